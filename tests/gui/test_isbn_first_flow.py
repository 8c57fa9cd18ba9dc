"""Cataloguing in a minute, through the GUI as a librarian does it: a scanned ISBN the district knows
becomes a title with two copies and their labels in four interactions; a typed title the district
knows is taken over with one click; a typo finds the word meant; labels for the catalogue's chosen
titles open on the Print page."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from pustaka_desktop.core.catalog import finding
from pustaka_desktop.core.catalog import records as catalog
from pustaka_desktop.core.catalog.copies import add_copies, items_of
from pustaka_desktop.core.sync import catalog_pack
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.main_window import MainWindow
from pustaka_desktop.gui.widgets.record_dialog import RecordDialog

LASKAR = {"title": "Laskar Pelangi", "publisher": "Bentang Pustaka", "place": "Yogyakarta", "year_text": "2008",
          "ddc": "899.221 3", "subjects": '["Fiksi Indonesia"]', "language": "ind",
          "authors": json.dumps([{"name": "Andrea Hirata", "role": "primary", "kind": "person"}])}


@pytest.fixture
def pack(lib):
    with lib.transaction():
        catalog_pack.replace_pack(lib, [
            {"isbn": "9789793062792", "record": LASKAR},
            {"isbn": "9789794192368", "record": {"title": "Tjerita dari Djakarta", "authors": [{"name": "Idrus"}],
                                                 "publisher": "Balai Pustaka"}}])


def _when_shown(qtbot, act):
    """Run ``act`` on the record dialog once it is open (it is modal)."""
    def poll():
        widget = QApplication.activeModalWidget()
        if isinstance(widget, RecordDialog):
            act(widget)
        else:
            QTimer.singleShot(20, poll)
    QTimer.singleShot(0, poll)


def _window(qtbot, lib, librarian):
    win = MainWindow(AppContext(lib, librarian))
    qtbot.addWidget(win)
    win.show()
    return win, win.show_page("catalog")


def test_a_title_with_two_copies_and_labels_in_four_interactions(qtbot, lib, librarian, pack):
    win, page = _window(qtbot, lib, librarian)
    steps: list[str] = []
    seen = {}

    def in_dialog(dialog):
        steps.append("scan the ISBN")  # a scanner types the digits and Enter
        qtbot.keyClicks(dialog.scan, "9789793062792")
        qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
        seen.update(title=dialog.title.text(), authors=dialog.authors.text(), note=dialog.found_note.text(),
                    focus=dialog.focusWidget() is dialog.copies.lineEdit() or dialog.focusWidget() is dialog.copies,
                    open=dialog.isVisible())
        steps.append("type 2 copies")
        qtbot.keyClicks(dialog.copies, "2")
        seen["numbers"] = dialog.numbers.text()
        steps.append("Save and print labels")
        qtbot.mouseClick(dialog.labels_button, Qt.MouseButton.LeftButton)

    _when_shown(qtbot, in_dialog)
    steps.append("New record")
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)

    assert len(steps) <= 5 and len(steps) == 4
    assert seen["open"] and seen["focus"]  # Enter from the scanner did not save the form by itself
    assert seen["title"] == "Laskar Pelangi" and seen["authors"] == "Andrea Hirata"
    assert "district" in seen["note"]
    assert "UJI000001" in seen["numbers"] and "UJI000002" in seen["numbers"]
    record = finding.find_record(lib, "9789793062792")
    items = items_of(record)
    assert [i.call_number for i in items] == ["899.2213 HIR l", "899.2213 HIR l"]
    printing = win.current_page()
    assert printing is win.pages["printing"]
    assert printing.items.spec() == "ids:" + ",".join(str(i.id) for i in items)
    qtbot.waitUntil(lambda: not printing.preview_timer.isActive() and not printing.preview_busy, timeout=20000)
    assert printing.summary.text().startswith("2 ")  # the preview counts the two new copies


def test_scanning_a_title_already_here_adds_copies_to_it(qtbot, lib, librarian, pack):
    record = catalog.add_record(lib, librarian, title="Laskar Pelangi", isbn="9789793062792").record
    dialog = RecordDialog(lib, librarian, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.scan, "979-3062-79-7")
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    assert dialog.record.id == record.id and "already" in dialog.found_note.text().lower()
    dialog.copies.setValue(3)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved.record.id == record.id and len(items_of(record)) == 3
    assert catalog.Record.select().count() == 1


def test_a_wrong_isbn_says_so_and_keeps_the_form_open(qtbot, lib, librarian, pack):
    dialog = RecordDialog(lib, librarian, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.scan, "978-979-3062-79-3")
    qtbot.keyClick(dialog.scan, Qt.Key.Key_Return)
    assert dialog.isVisible() and "978-979-3062-79-3" in dialog.found_note.text()
    assert dialog.title.text() == ""


def test_a_typed_title_the_district_knows_is_taken_over_with_one_click(qtbot, lib, librarian, pack):
    dialog = RecordDialog(lib, librarian, None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.title, "cerita dari jak")  # the district has it in the old spelling
    assert dialog.offer.isVisible() and "Tjerita dari Djakarta" in dialog.offer.text()
    dialog.offer.linkActivated.emit("0")  # the click on "use this record"
    assert dialog.title.text() == "Tjerita dari Djakarta" and dialog.publisher.text() == "Balai Pustaka"
    assert dialog.isbn.text().replace("-", "") == "9789794192368" and not dialog.offer.isVisible()
    dialog.copies.setValue(0)
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert finding.find_record(lib, "9789794192368").authors.count("Idrus") == 1


def test_a_typo_shows_did_you_mean_and_labels_for_chosen_titles(qtbot, lib, librarian):
    for title in ("Pertanian Organik", "Pertanian Lahan Kering"):
        record = catalog.add_record(lib, librarian, title=title).record
        add_copies(lib, librarian, record, 2)
    win, page = _window(qtbot, lib, librarian)
    page.query.setText("pertanain")
    page.run_search()
    assert page.model.total == 2 and page.did_you_mean.isVisible() and "pertanian" in page.did_you_mean.text()
    page.results.selectAll()
    qtbot.mouseClick(page.labels_button, Qt.MouseButton.LeftButton)
    printing = win.current_page()
    assert printing is win.pages["printing"] and len(printing.items.spec().split(",")) == 4
    qtbot.waitUntil(lambda: not printing.preview_timer.isActive() and not printing.preview_busy, timeout=20000)
    assert printing.summary.text().startswith("4 ")


def test_copies_added_later_get_their_labels_too(qtbot, lib, librarian):
    from pustaka_desktop.gui.widgets.item_dialog import BatchCopiesDialog

    catalog.add_record(lib, librarian, title="Bumi Manusia")
    win, page = _window(qtbot, lib, librarian)
    page.query.setText("bumi")
    page.run_search()

    def add_three():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, BatchCopiesDialog):
            QTimer.singleShot(20, add_three)
            return
        dialog.count.setValue(3)
        qtbot.mouseClick(dialog.labels_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, add_three)
    qtbot.mouseClick(page.batch_button, Qt.MouseButton.LeftButton)
    printing = win.current_page()
    assert printing is win.pages["printing"] and len(printing.items.spec().split(",")) == 3
    qtbot.waitUntil(lambda: not printing.preview_timer.isActive() and not printing.preview_busy, timeout=20000)
