"""The backup reminder where the librarian looks every day: the dashboard says when no copy went to a
USB stick for a week (or ever) with a button that makes one, and a failed daily backup in plain words;
the Backups page always says when the last copy left this PC. Keyboard reachable, announced, no dialog."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pustaka_desktop import i18n
from pustaka_desktop.core import auth, first_steps
from pustaka_desktop.core.practice import library as practice
from pustaka_desktop.core.store import backup, backup_status
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages.backups import BackupsPage
from pustaka_desktop.gui.pages.dashboard import DashboardPage
from pustaka_desktop.gui.widgets import a11y


@pytest.fixture(autouse=True)
def english():
    i18n.install("en")  # the new sentences are checked in their source language
    a11y.ANNOUNCEMENTS.recent.clear()  # what this test's pages say, not an earlier test's
    yield


def _page(qtbot, page_class, lib, user):
    page = page_class(AppContext(lib, user))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def _stick(tmp_path):
    stick = tmp_path / "FLASHDISK"
    stick.mkdir()
    return stick


def _disk_full(monkeypatch):
    import shutil as real_shutil

    real = real_shutil.disk_usage
    monkeypatch.setattr(backup.shutil, "disk_usage", lambda path: real(path)._replace(free=200_000))


def test_the_dashboard_asks_for_a_first_copy_on_a_stick_and_the_button_makes_it(qtbot, lib, librarian, tmp_path,
                                                                                 message_boxes):
    first_steps.close(lib)  # (while the first steps list shows, it asks for the first copy itself)
    page = _page(qtbot, DashboardPage, lib, librarian)
    notice = page.backup_notice
    assert notice.isVisible() and "No backup has been copied to a USB stick yet" in notice.off_pc.text()
    assert not notice.failure.isVisible()
    push = notice.button
    assert push.isVisible() and push.isEnabled() and "&" in push.text()  # an Alt letter
    assert push.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert "No backup has been copied" in push.accessibleDescription()  # a screen reader tabbing to it hears why
    qtbot.waitUntil(lambda: any("No backup has been copied" in said for said in a11y.ANNOUNCEMENTS.recent))
    notice.back_up(str(_stick(tmp_path)))
    qtbot.waitUntil(lambda: any("remove the USB stick" in text for text in message_boxes), timeout=10000)
    assert not notice.isVisible()  # a copy made today: nothing to remind of
    assert backup_status.last_off_pc() is not None


def test_the_dashboard_says_how_long_ago_after_a_week(qtbot, lib, librarian, clock, tmp_path):
    backup.backup_to(lib, librarian, _stick(tmp_path))
    page = _page(qtbot, DashboardPage, lib, librarian)
    assert not page.backup_notice.isVisible()  # a fresh copy: the dashboard stays quiet
    clock.advance(days=45)
    page.refresh()
    assert page.backup_notice.isVisible()
    assert page.backup_notice.off_pc.text() == "Last backup to a USB stick: 45 days ago (02-03-2026). Back up now."


def test_a_daily_backup_that_failed_after_the_page_opened_shows_in_plain_words(qtbot, lib, librarian, clock,
                                                                              tmp_path, monkeypatch):
    backup.backup_to(lib, librarian, _stick(tmp_path))
    page = _page(qtbot, DashboardPage, lib, librarian)
    assert not page.backup_notice.isVisible()
    _disk_full(monkeypatch)
    with pytest.raises(backup.PustakaError):
        backup.daily_backup(lib)  # the background backup of the first start of the day
    page.backup_notice.timer.timeout.emit()  # its minute's recheck, no click needed
    failure = page.backup_notice.failure
    assert page.backup_notice.isVisible() and failure.isVisible()
    assert failure.text().startswith("The automatic backup of 02-03-2026 failed: The disk or USB stick is too full")
    assert page.backup_notice.button.isVisible()  # what to do: copy to a stick until it works again
    qtbot.waitUntil(lambda: any("too full" in said for said in a11y.ANNOUNCEMENTS.recent))


def test_a_volunteer_is_told_to_ask_a_librarian_and_gets_no_button(qtbot, lib, volunteer):
    page = _page(qtbot, DashboardPage, lib, volunteer)
    notice = page.backup_notice
    assert notice.isVisible() and "Ask a librarian" in notice.off_pc.text()
    assert not notice.button.isVisible()


def test_the_backups_page_always_says_when_the_last_copy_left_this_pc(qtbot, lib, librarian, clock, tmp_path):
    page = _page(qtbot, BackupsPage, lib, librarian)
    assert "No backup has been copied to a USB stick yet" in page.backup_notice.off_pc.text()
    page.move_to_new_pc(str(_stick(tmp_path)))  # the move file is a whole copy off this PC too
    qtbot.waitUntil(lambda: "today" in page.backup_notice.off_pc.text(), timeout=10000)
    assert page.backup_notice.isVisible()
    assert page.backup_notice.off_pc.text() == "Last backup to a USB stick: today (02-03-2026)."
    assert not page.backup_notice.button.isVisible()  # "Back up to USB…" is right below it


def test_a_wrong_clock_shows_the_date_never_a_negative_age(qtbot, lib, librarian, clock, tmp_path):
    clock.set("2026-12-10T09:00:00+07:00")
    backup.backup_to(lib, librarian, _stick(tmp_path))
    clock.set("2026-03-02T09:00:00+07:00")
    page = _page(qtbot, DashboardPage, lib, librarian)
    text = page.backup_notice.off_pc.text()
    assert page.backup_notice.isVisible() and "10-12-2026" in text
    assert "days ago" not in text and "date is or was wrong" in text


def test_the_practice_library_keeps_no_backups_and_asks_for_none(qtbot, lib, clock):
    real_path = lib.path
    lib.close()
    plib = practice.open_practice(real_path, clock)
    try:
        page = _page(qtbot, DashboardPage, plib, auth.login(plib, "pustakawan", "rahasia1"))
        assert not page.backup_notice.isVisible()  # a volunteer practising is not asked to copy made-up loans
    finally:
        plib.close()
