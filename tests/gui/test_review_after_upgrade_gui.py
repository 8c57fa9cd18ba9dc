"""The review window after an update: a class number flag an older version left without a suggestion shows the one
an import makes now in its correction cell, and "use all suggestions" is offered for it."""

from pustaka_desktop.gui import review_list
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.review_list import ReviewDialog
from tests.core.test_review_after_upgrade import _moved_in_before_the_update


def test_the_window_shows_and_offers_todays_suggestion(qtbot, lib, librarian, tmp_path):
    _moved_in_before_the_update(lib, librarian, tmp_path)
    dialog = ReviewDialog(AppContext(lib, librarian))
    qtbot.addWidget(dialog)
    dialog.show()
    shown = {dialog.table.item(r, 0).text().split("\n")[0]: dialog.table.item(r, review_list.CORRECTION).text()
             for r in range(dialog.table.rowCount())}
    assert shown["Dilan 1990"] == "F" and shown["Pemrograman Web"] == "005.133"
    assert shown["Tuntunan Shalat"] == ""
    assert dialog.all_button.isEnabled()
