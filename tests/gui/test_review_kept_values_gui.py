"""The review dialog says its counts as the rest of the app does (4.929, not 4929), shows "(leave empty)" for a
class field that says none ("umum", "-"), empties a field when the librarian types nothing, and keeping a price
as written leaves it in the copy's note."""

import pytest
from PySide6.QtCore import Qt

from pustaka_desktop.core import formatting
from pustaka_desktop.core.catalog import review
from pustaka_desktop.core.interop import importer
from pustaka_desktop.core.store.models import Item, Record
from pustaka_desktop.gui import review_list
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.review_list import CORRECTION, ReviewDialog
from tests.core.test_review_kept_values import HAND_LIST, NO_CLASS_LIST


@pytest.fixture(autouse=True)
def indonesian_numbers(monkeypatch):
    monkeypatch.setattr(formatting, "_display_language", ["id"])


def _dialog(qtbot, lib, librarian) -> ReviewDialog:
    dialog = ReviewDialog(AppContext(lib, librarian))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _row(dialog: ReviewDialog, value: str) -> int:
    return next(r for r, entry in enumerate(dialog.entries) if entry.value == value)


def test_counts_above_and_below_the_list_have_thousands_separators(qtbot, lib, librarian, tmp_path, monkeypatch):
    # a move-in whose class column says "umum" for most books
    path = tmp_path / "buku.csv"
    path.write_text("Judul,Kelas\n" + "".join(f"Buku bacaan {n},umum\n" for n in range(1001)), encoding="utf-8")
    importer.import_file(lib, librarian, "csv", path)
    monkeypatch.setattr(review_list, "SHOWN", 20)
    dialog = _dialog(qtbot, lib, librarian)
    assert dialog.summary.text().startswith("1.001 fields to check.")
    monkeypatch.setattr(review_list, "confirm", lambda *_args: True)
    ids = [flag_id for flag_id, in review.ReviewFlag.select(review.ReviewFlag.id).tuples()]
    review.keep_many(lib, librarian, ids)
    dialog.kept = ids
    dialog.undo_button.setEnabled(True)
    dialog.undo_button.click()
    assert dialog.status.text() == "1.001 fields are on the list again."


def test_a_class_that_says_none_is_emptied_and_an_empty_correction_empties_a_field(qtbot, lib, librarian, tmp_path):
    path = tmp_path / "kelas.csv"
    path.write_text(NO_CLASS_LIST, encoding="utf-8")
    importer.import_file(lib, librarian, "csv", path)
    dialog = _dialog(qtbot, lib, librarian)
    row = _row(dialog, "umum")
    assert dialog.table.item(row, CORRECTION).text() == "(leave empty)"
    dialog.table.selectRow(row)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert Record.get(Record.title == "Kumpulan Resep").ddc == ""
    row = _row(dialog, "Agama")  # no suggestion: the librarian clears the cell and confirms it
    assert dialog.table.item(row, CORRECTION).text() == ""
    dialog.table.selectRow(row)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # Enter on an untouched empty cell empties nothing
    assert Record.get(Record.title == "Tafsir Jalalain").ddc == "Agama"
    dialog.fix_typed(_row(dialog, "Agama"))  # (what Enter in the cell's editor does, with nothing typed)
    assert Record.get(Record.title == "Tafsir Jalalain").ddc == ""
    assert "Agama" not in [entry.value for entry in dialog.entries]


def test_keeping_a_price_as_written_leaves_it_on_the_copy(qtbot, lib, librarian, tmp_path):
    path = tmp_path / "buku.csv"
    path.write_text(HAND_LIST, encoding="utf-8")
    importer.import_file(lib, librarian, "csv", path)
    dialog = _dialog(qtbot, lib, librarian)
    dialog.table.selectRow(_row(dialog, "gratis"))
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert "gratis" not in [entry.value for entry in dialog.entries]
    assert "Harga tertulis: gratis" in Item.get(Item.barcode == "B001").condition_note
