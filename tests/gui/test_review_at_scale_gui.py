"""The review dialog after a large move-in: one kind at a time, "use all suggestions" for every flag of that kind
(not only the rows loaded) after a question, and a bulk "keep as written" that asks first and can be undone."""

from PySide6.QtCore import Qt

from pustaka_desktop.core.catalog import review
from pustaka_desktop.core.interop import importer
from pustaka_desktop.core.store.models import Record
from pustaka_desktop.gui import review_list
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.review_list import ReviewDialog
from tests.core.test_review_at_scale import _isbn, _moved_in


def _dialog(qtbot, lib, librarian) -> ReviewDialog:
    dialog = ReviewDialog(AppContext(lib, librarian))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _show(dialog: ReviewDialog, reason: str) -> None:
    dialog.kinds.setCurrentIndex(dialog.kinds.findData(reason))
    dialog.kinds.activated.emit(dialog.kinds.currentIndex())


def test_one_kind_at_a_time_and_all_its_suggestions_after_a_question(qtbot, lib, librarian, tmp_path, monkeypatch):
    importer.import_file(lib, librarian, "slims-biblio", _moved_in(tmp_path, rows=60))
    monkeypatch.setattr(review_list, "SHOWN", 10)  # fewer rows loaded than flags of the kind
    dialog = _dialog(qtbot, lib, librarian)
    assert [dialog.kinds.itemData(i) for i in range(dialog.kinds.count())] == ["", "ddc", "isbn"]
    _show(dialog, "ddc")
    assert {entry.reason for entry in dialog.entries} == {"ddc"}
    asked: list[str] = []
    monkeypatch.setattr(review_list, "confirm", lambda _parent, _title, text: asked.append(text) or True)
    dialog.all_button.click()
    qtbot.waitUntil(lambda: "suggested corrections used" in dialog.status.text(), timeout=10_000)
    assert "40" in asked[0]  # every one of the kind, not the 10 loaded
    assert review.open_count(lib, "ddc") == 20 and review.open_count(lib, "isbn") == 15
    assert Record.get(Record.title == "Cerita rakyat 1").ddc == "641.5"
    assert Record.get(Record.title == "Cerita rakyat 0").isbn == _isbn("978602000000", good=False)


def test_use_all_suggestions_asks_first_and_no_means_nothing_changes(qtbot, lib, librarian, tmp_path, monkeypatch):
    importer.import_file(lib, librarian, "slims-biblio", _moved_in(tmp_path, rows=9))
    dialog = _dialog(qtbot, lib, librarian)
    before = review.open_count(lib)
    monkeypatch.setattr(review_list, "confirm", lambda *_args: False)
    dialog.all_button.click()
    qtbot.wait(200)
    assert review.open_count(lib) == before


def test_keeping_many_rows_asks_and_undo_brings_them_back(qtbot, lib, librarian, tmp_path, monkeypatch):
    importer.import_file(lib, librarian, "slims-biblio", _moved_in(tmp_path, rows=9))
    dialog = _dialog(qtbot, lib, librarian)
    before = review.open_count(lib)
    monkeypatch.setattr(review_list, "confirm", lambda *_args: False)
    dialog.table.selectAll()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert review.open_count(lib) == before  # no yes: nothing kept
    monkeypatch.setattr(review_list, "confirm", lambda *_args: True)
    dialog.table.selectAll()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)
    assert review.open_count(lib) == 0 and dialog.undo_button.isEnabled()
    dialog.undo_button.click()
    assert review.open_count(lib) == before and len(dialog.entries) == before
