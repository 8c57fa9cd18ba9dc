"""The shared GUI blocks every page is built from behave as a person expects, whichever page uses them."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCheckBox, QComboBox, QDialog, QFileDialog, QLabel, QLineEdit, QSpinBox, QWidget

from pustaka_desktop.core.errors import ValidationError
from pustaka_desktop.gui.widgets import actions, forms, tables


def test_a_refused_save_keeps_the_dialog_open_with_what_was_typed(qtbot, message_boxes, monkeypatch):
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = forms.FormDialog(parent)
    title = QLineEdit()
    dialog.finish([("&Title:", title)], "Simpan", "Batal")
    typed, saved = iter(["", "Laskar Pelangi"]), []

    def exec_(self):
        title.setText(next(typed))
        return QDialog.DialogCode.Accepted

    def save():
        if not title.text():
            raise ValidationError("A title is needed.", field="title")
        saved.append(title.text())

    monkeypatch.setattr(forms.FormDialog, "exec", exec_)
    assert actions.until_saved(dialog, save)
    assert saved == ["Laskar Pelangi"]
    assert message_boxes == ["A title is needed."]  # the refusal was shown once, in between
    assert [b.text() for b in dialog.buttons.buttons()] == ["Simpan", "Batal"]


def test_cancelling_the_dialog_saves_nothing(qtbot, monkeypatch):
    dialog = forms.FormDialog()
    qtbot.addWidget(dialog)
    dialog.finish([], "Simpan", "Batal")
    monkeypatch.setattr(forms.FormDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    assert not actions.until_saved(dialog, lambda: 1 / 0)


def test_a_file_name_typed_without_its_ending_gets_it(qtbot, monkeypatch, tmp_path):
    typed = str(tmp_path / "laporan")
    answers = iter([(typed, ""), (typed + ".PDF", ""), ("", "")])
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: next(answers))
    assert actions.save_file(None, "Simpan", "laporan.pdf", "PDF (*.pdf)", ".pdf") == typed + ".pdf"
    assert actions.save_file(None, "Simpan", "laporan.pdf", "PDF (*.pdf)", ".pdf") == typed + ".PDF"
    assert actions.save_file(None, "Simpan", "laporan.pdf", "PDF (*.pdf)", ".pdf") == ""  # cancelled


def test_a_name_typed_without_its_ending_does_not_replace_a_file_unasked(qtbot, monkeypatch, tmp_path):
    """The dialog asks before replacing the name as typed ("laporan"); the ending added after it names another
    file ("laporan.pdf", last month's report): that one is asked about here, in the user's words."""
    (tmp_path / "laporan.pdf").write_bytes(b"%PDF last month")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "laporan"), ""))
    asked = []
    answer = iter([False, True])
    monkeypatch.setattr(actions, "confirm", lambda parent, title, text: asked.append(text) or next(answer))
    assert actions.save_file(None, "Simpan", "laporan.pdf", "PDF (*.pdf)", ".pdf") == ""  # kept
    assert actions.save_file(None, "Simpan", "laporan.pdf", "PDF (*.pdf)", ".pdf") == str(tmp_path / "laporan.pdf")
    assert len(asked) == 2 and "laporan.pdf" in asked[0]
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "baru"), ""))
    assert actions.save_file(None, "Simpan", "baru.pdf", "PDF (*.pdf)", ".pdf") == str(tmp_path / "baru.pdf")
    assert len(asked) == 2  # (no file of that name: nothing to ask)


def test_read_only_tables_select_whole_rows_and_let_tab_move_on(qtbot):
    table = tables.read_only_table(["Judul", "Rak"], "Buku")
    qtbot.addWidget(table)
    tables.fill(table, [("Laskar Pelangi", "813"), ("Bumi Manusia", None)], keys=[7, 9])
    assert table.accessibleName() == "Buku" and not table.tabKeyNavigation()
    assert table.item(1, 1).text() == ""  # nothing shows "None"
    table.setCurrentCell(1, 1)
    assert tables.current_key(table) == 9
    assert [i.row() for i in table.selectionModel().selectedRows()] == [1]
    assert table.editTriggers() == table.EditTrigger.NoEditTriggers  # nothing is typed into a listing


def test_a_form_is_read_and_shown_through_field_names(qtbot):
    name, count, agree, kind = QLineEdit(), forms.spin(100, "Jumlah"), QCheckBox(), \
        forms.choice_box("Jenis", [("Anak", "child"), ("Umum", "adult")])
    fields = {"name": name, "count": count, "agree": agree, "kind": kind}
    for key, value in {"name": "Siti", "count": 12, "agree": True, "kind": "adult"}.items():
        forms.show_value(fields[key], value)
    assert {key: forms.value_of(widget) for key, widget in fields.items()} == \
        {"name": "Siti", "count": 12, "agree": True, "kind": "adult"}
    forms.show_value(kind, "unknown")  # a value the list lacks shows its first choice
    assert forms.value_of(kind) == "child"


def test_every_kind_of_input_reports_a_change(qtbot):
    heard = []
    widgets = [QLineEdit(), QSpinBox(), QCheckBox(), QComboBox(), forms.date_box(QDate(2026, 1, 1), "Tanggal")]
    widgets[3].addItems(["a", "b"])
    forms.when_changed(lambda *_: heard.append(1), *widgets)
    widgets[0].setText("x")
    widgets[1].setValue(3)
    widgets[2].setChecked(True)
    widgets[3].setCurrentIndex(1)
    widgets[4].setDate(QDate(2026, 2, 1))
    assert len(heard) == 5


def test_a_refused_pin_empties_the_field_and_says_why(qtbot):
    field, message = forms.secret_field("PIN"), QLabel()
    qtbot.addWidget(field)
    field.setText("1234")
    forms.try_again(field, message, "PIN salah.")
    assert field.text() == "" and message.text() == "PIN salah."
    assert field.echoMode() == QLineEdit.EchoMode.Password and field.accessibleName() == "PIN"


def test_a_button_without_a_name_is_named_by_its_text(qtbot):
    push = forms.button("Simpan &PDF…")
    qtbot.addWidget(push)
    assert push.accessibleName() == "Simpan PDF"
