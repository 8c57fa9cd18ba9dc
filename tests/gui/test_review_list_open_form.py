"""The review list opens an item's copy (or record) in its own form ("Buka formulirnya…", Alt+O): what the list
cannot write there, a copy's source marked under two columns of Asal Buku, is set in the copy's form; a field
changed there closes its item, an item of no one field stays to be kept."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from pustaka_desktop.core.interop import importer
from pustaka_desktop.core.store.models import Item
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.review_list import ReviewDialog
from pustaka_desktop.gui.widgets.item_dialog import ItemDialog
from tests.core.test_review_edits import HAND_LIST
from tests.gui.a11y_helpers import press, shown_active


def _in_the_form(qtbot, change) -> list[str]:
    """Once the form opened from the list is up: ``change`` it and save (what the librarian does)."""
    seen = []

    def act():
        form = QApplication.activeModalWidget()
        if not isinstance(form, ItemDialog):
            QTimer.singleShot(50, act)
            return
        seen.append(form.item.barcode)
        change(form)
        form.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    QTimer.singleShot(0, act)
    return seen


def _dialog(qtbot, lib, librarian, tmp_path) -> ReviewDialog:
    path = tmp_path / "buku induk.csv"
    path.write_text(HAND_LIST, encoding="utf-8")
    importer.import_file(lib, librarian, "csv", path)
    return shown_active(qtbot, ReviewDialog(AppContext(lib, librarian)))


def _row(dialog, barcode: str, field: str) -> int:
    return next(r for r, e in enumerate(dialog.entries) if e.barcode == barcode and e.field == field)


def test_a_source_marked_twice_is_set_in_the_copy_form_opened_from_the_list(qtbot, lib, librarian, tmp_path):
    dialog = _dialog(qtbot, lib, librarian, tmp_path)
    row = _row(dialog, "B002", "")
    assert "[B002]" in dialog.table.item(row, 0).text()  # (the list names the copy whose source to set)
    dialog.table.selectRow(row)
    seen = _in_the_form(qtbot, lambda form: form.source.setCurrentIndex(form.source.findData("grant")))
    press(qtbot, Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)  # (the keyboard alone)
    qtbot.waitUntil(lambda: "Saved" in dialog.status.text())
    assert seen == ["B002"]
    assert Item.get(Item.barcode == "B002").source == "grant"
    assert any(e.barcode == "B002" and not e.field for e in dialog.entries)  # (kept by her, once right)
    assert "keep the item as written" in dialog.status.text()


def test_a_field_changed_in_the_form_closes_its_item(qtbot, lib, librarian, tmp_path):
    dialog = _dialog(qtbot, lib, librarian, tmp_path)
    dialog.table.selectRow(_row(dialog, "B001", "price"))
    seen = _in_the_form(qtbot, lambda form: form.price.setText("0"))
    dialog.form_button.click()
    qtbot.waitUntil(lambda: "Saved" in dialog.status.text())
    assert seen == ["B001"] and "that item is done" in dialog.status.text()
    assert not any(e.barcode == "B001" and e.field == "price" for e in dialog.entries)
