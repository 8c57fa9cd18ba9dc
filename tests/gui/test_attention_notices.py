"""The main window opens on the desk; what a librarian must act on but is told only on pages she may never open
(no backup on a USB stick for weeks, what a restored backup lost, the review list "Perlu diperiksa") shows in one
quiet line of the status bar, each part a link to where it is dealt with, reached with Ctrl+Shift+P. Nothing for a
volunteer, nothing in the practice library, nothing when all is done; announced once, no dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pustaka_desktop import i18n
from pustaka_desktop.core import recovery
from pustaka_desktop.core.catalog import review
from pustaka_desktop.core.practice import library as practice
from pustaka_desktop.core.settings import set_setting
from pustaka_desktop.core.store import backup
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Record
from pustaka_desktop.core.sync import lost
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.main_window import MainWindow
from pustaka_desktop.gui.review_list import ReviewDialog
from pustaka_desktop.gui.widgets import a11y
from pustaka_desktop.gui.workers import run_job


@pytest.fixture(autouse=True)
def english():
    i18n.install("en")  # the new words are checked in their source language
    a11y.ANNOUNCEMENTS.recent.clear()
    yield


@pytest.fixture
def code_made(lib, librarian):
    """The recovery code made at the first start, as every library set up since codes exist has it."""
    recovery.make_code(lib, librarian)


def _flags(lib, count):
    """An old SLiMS export's ISBNs that fail their check digit: kept as written, to be checked."""
    with lib.transaction():
        records = [store.insert(lib, Record, title=f"Serat Centhini jilid {n}", publisher="Balai Pustaka")
                   for n in range(count)]
        review.add(lib, [review.Flag("isbn_checksum", "isbn", "979-407-000-1", "ISBN {value} fails its check digit",
                                     {"value": "979-407-000-1"}, record=r.id, row=n + 2)
                         for n, r in enumerate(records)], origin="slims-2019.csv")


def _lost_list(lib, members):
    """The district's list after a restore: members registered since the backup, gone from this PC."""
    docs = [{"e": "member", "u": f"0190abcd-0000-7000-8000-00000000000{n}", "o": "x", "v": f"0190abcd{n}zz",
             "d": False, "c": "2026-02-27", "m": "2026-02-27",
             "f": {"number": f"SKM-09{n}", "gender": "P", "registered_on": "2026-02-27"}} for n in range(members)]
    with lib.transaction():
        lost.receive(lib, "list-from-dinas", docs)


def _window(qtbot, lib, user):
    window = MainWindow(AppContext(lib, user))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def _stick(tmp_path):
    stick = tmp_path / "FLASHDISK"
    stick.mkdir(exist_ok=True)
    return stick


def test_a_librarian_on_the_desk_sees_what_needs_her_with_links(qtbot, lib, librarian, clock, tmp_path, code_made):
    backup.backup_to(lib, librarian, _stick(tmp_path))
    clock.advance(days=45)
    _flags(lib, 3)
    _lost_list(lib, 2)
    window = _window(qtbot, lib, librarian)
    assert window.current_key() == "desk"
    line = window.attention
    qtbot.waitUntil(line.isVisible)
    said = "Needs attention: backup to a USB stick 45 days ago · 2 lost in the restore · 3 to check"
    assert line.accessibleName() == said
    assert [href for href in ("backups", "sync", "review") if f'href="{href}"' in line.text()] == \
           ["backups", "sync", "review"]
    assert list(a11y.ANNOUNCEMENTS.recent).count(said) == 1
    line.refresh()  # a recount saying the same is not said again
    qtbot.wait(50)
    qtbot.waitUntil(lambda: line.property("_load_ticket") is not None)
    assert list(a11y.ANNOUNCEMENTS.recent).count(said) == 1

    line.linkActivated.emit("sync")
    assert window.current_key() == "sync"
    assert window.current_page().tabs.currentWidget() is window.current_page().lost_tab
    line.linkActivated.emit("backups")
    assert window.current_key() == "backups"
    line.linkActivated.emit("review")
    qtbot.waitUntil(lambda: any(isinstance(w, ReviewDialog) and w.isVisible() for w in QApplication.topLevelWidgets()))
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ReviewDialog) and w.isVisible())
    dialog.close()


def test_ctrl_shift_p_reaches_the_line_and_enter_opens_its_first_link(qtbot, lib, librarian, code_made):
    window = _window(qtbot, lib, librarian)  # never backed up to a stick
    line = window.attention
    qtbot.waitUntil(line.isVisible)
    assert line.accessibleName() == "Needs attention: no backup on a USB stick yet"
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert line.hasFocus()
    qtbot.keyClick(line, Qt.Key.Key_Return)
    assert window.current_key() == "backups"


def test_a_backup_job_takes_its_part_away_and_an_empty_line_is_hidden(qtbot, lib, librarian, tmp_path, code_made):
    window = _window(qtbot, lib, librarian)
    line = window.attention
    qtbot.waitUntil(line.isVisible)
    run_job(window, "Backing up to USB", lambda progress, cancelled: backup.backup_to(lib, librarian,
                                                                                      _stick(tmp_path)))
    qtbot.waitUntil(lambda: not line.isVisible(), timeout=10000)
    assert line.text() == "" and line.accessibleName() == ""


def test_a_volunteer_sees_nothing_she_cannot_act_on(qtbot, lib, volunteer):
    _flags(lib, 2)
    _lost_list(lib, 1)
    window = _window(qtbot, lib, volunteer)
    qtbot.wait(100)
    assert not window.attention.isVisible() and window.attention.text() == ""
    assert not window.attention.timer.isActive()  # and nothing counted for her in the background


def test_the_practice_library_shows_no_line(qtbot, lib, librarian):
    with lib.bound():
        set_setting(practice.PRACTICE_KEY, True)
    _flags(lib, 2)
    window = _window(qtbot, lib, librarian)
    line = window.attention
    qtbot.waitUntil(lambda: line.property("_load_ticket") is not None)
    qtbot.wait(200)
    assert not line.isVisible() and line.text() == ""


def test_a_library_without_a_recovery_code_is_told_until_one_is_made(qtbot, lib, librarian, monkeypatch, tmp_path):
    """A library set up before recovery codes existed: if its only librarian forgets her password, nobody gets
    back in. The line says so on every page; its link opens the staff accounts at *Make a recovery code*."""
    from pustaka_desktop.gui.pages import settings

    backup.backup_to(lib, librarian, _stick(tmp_path))
    window = _window(qtbot, lib, librarian)
    line = window.attention
    qtbot.waitUntil(line.isVisible)
    assert line.accessibleName() == "Needs attention: no recovery code"
    line.linkActivated.emit("settings")
    page = window.current_page()
    assert window.current_key() == "settings" and page.tabs.currentWidget() is page.staff_tab
    assert page.staff_tab.code_button.hasFocus()
    monkeypatch.setattr(settings.CodeDialog, "exec", lambda dialog: 1)
    page.staff_tab.code_button.click()
    qtbot.waitUntil(lambda: not line.isVisible(), timeout=10000)


def test_a_volunteer_is_not_told_of_the_recovery_code(qtbot, lib, volunteer):
    window = _window(qtbot, lib, volunteer)
    qtbot.wait(100)
    assert not window.attention.isVisible()
