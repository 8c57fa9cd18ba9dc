"""A district's server backup (hundreds of MB) chosen in the import wizard: the survey of its databases runs on a
worker thread, not the GUI's (the window stayed "Not Responding" with no progress and no way out), says how far
it is, and Cancel leaves the wizard on its first page. The chooser then lists each library with its titles,
copies and members, so the librarian can tell which database is their village's; the list has the focus and
Enter chooses."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton

from pustaka_desktop.core import formatting
from pustaka_desktop.core.interop import slims_backup
from pustaka_desktop.gui.dialogs.slims_database import DatabaseChooser, describe
from tests.core.test_slims_backup_counts import server_dump
from tests.gui.test_dump_database_chooser import _wizard


@pytest.fixture
def surveys(monkeypatch):
    """Each survey of a backup recorded: whether it ran on the GUI thread, and the progress it reported.
    ``hold`` set: the survey waits until the librarian cancels it (then goes on, and sees it)."""
    made: list[dict] = []
    hold = threading.Event()
    real = slims_backup.libraries_in

    def recorded(path, progress=None, cancel=None):
        made.append(survey := {"on the GUI thread": threading.current_thread() is threading.main_thread(),
                               "progress": []})
        for _ in range(3000):  # (a survey of a large file, still reading; given up after a while, not to hang)
            if not hold.is_set() or (cancel and cancel()):
                break
            threading.Event().wait(0.01)

        def told(fraction: float, message: str) -> None:
            survey["progress"].append(fraction)
            progress(fraction, message)
        return real(path, told if progress else None, cancel)

    monkeypatch.setattr(slims_backup, "libraries_in", recorded)
    return made, hold


@pytest.fixture
def chooser(monkeypatch, qtbot):
    """The chooser answered with Enter in the widget that has the focus; each showing's lines recorded."""
    shown: list[dict] = []

    def exec_(dialog: DatabaseChooser) -> int:
        dialog.show()
        focus = dialog.focusWidget()
        shown.append({"lines": [dialog.list.item(r).text() for r in range(dialog.list.count())],
                      "focus on the list": focus is dialog.list})
        qtbot.keyClick(focus, Qt.Key.Key_Return)
        dialog.hide()
        return dialog.result()

    monkeypatch.setattr(DatabaseChooser, "exec", exec_)
    return shown


def test_the_survey_runs_off_the_gui_thread_and_the_chooser_counts_each_library(qtbot, lib, librarian, tmp_path,
                                                                               surveys, chooser, message_boxes):
    made, _hold = surveys
    wizard = _wizard(qtbot, lib, librarian, server_dump(tmp_path))
    wizard.next()
    assert len(made) == 1 and not made[0]["on the GUI thread"]
    assert made[0]["progress"] and made[0]["progress"][-1] == 1.0  # the progress dialog is told how far
    assert chooser == [{"lines": ["slims — 4 titles, 4 copies, 2 members, with loans",
                                  "slims_desa_a — 11 titles, 22 copies, 7 members",
                                  "slims_old — catalogue empty, 5 members"], "focus on the list": True}]
    assert wizard.currentPage() is wizard.preview and wizard.database() == "slims"  # Enter chose the first
    assert wizard.preview.table.rowCount() == 4 and message_boxes == []
    assert len(made) == 1  # the preview read the file without surveying it again


def test_cancel_while_the_backup_is_read_stays_on_the_first_page(qtbot, lib, librarian, tmp_path, surveys, chooser,
                                                                message_boxes):
    made, hold = surveys
    hold.set()
    wizard = _wizard(qtbot, lib, librarian, server_dump(tmp_path))
    cancelled: list[str] = []

    def cancel_once_shown() -> None:  # the librarian presses Cancel on the progress dialog
        shown = [d for d in wizard.findChildren(QProgressDialog) if d.isVisible()]
        if not shown:
            QTimer.singleShot(20, cancel_once_shown)
            return
        cancelled.append(shown[0].labelText())
        qtbot.mouseClick(shown[0].findChild(QPushButton), Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, cancel_once_shown)
    wizard.next()
    assert cancelled == ["Reading the backup"] and made and not made[0]["on the GUI thread"]
    assert wizard.currentPage() is wizard.choose and chooser == [] and message_boxes == []
    hold.clear()
    wizard.next()  # Next again: read to the end this time (the cancelled reading was not kept)
    assert len(chooser) == 1 and len(chooser[0]["lines"]) == 3 and wizard.currentPage() is wizard.preview


def test_a_backup_that_cannot_be_read_goes_on_to_the_preview_which_says_why(qtbot, lib, librarian, tmp_path, surveys,
                                                                          chooser, message_boxes):
    made, _hold = surveys
    path = tmp_path / "all-databases.sql.gz"
    path.write_bytes(b"\x1f\x8b\x08\x00" + b"\x00" * 6 + b"not deflated at all" * 20)
    wizard = _wizard(qtbot, lib, librarian, path)
    wizard.next()
    assert made and not made[0]["on the GUI thread"]
    assert wizard.currentPage() is wizard.preview and wizard.preview.error and chooser == [] and message_boxes == []


def test_counts_are_written_with_the_thousands_separator_of_the_language():
    library = slims_backup.ServerDatabase("slims_desa_a", 1204, 2310, 356, False)
    language = formatting.display_language()
    try:
        formatting.set_display_language("id")
        assert describe(library) == "slims_desa_a — 1.204 titles, 2.310 copies, 356 members"  # (the .ts: Indonesian)
        formatting.set_display_language("en")
        assert describe(library) == "slims_desa_a — 1,204 titles, 2,310 copies, 356 members"
    finally:
        formatting.set_display_language(language)
