"""The dashboard of a library being set up says what to do first: a "First steps" list ticked from the
library's data, with a button to where each step is done; the yellow backup box does not say "no copy on
a USB stick yet" a second time while the list asks for it; closing the list is remembered."""

from __future__ import annotations

import pytest

from pustaka_desktop import i18n
from pustaka_desktop.core import first_steps
from pustaka_desktop.core.circulation import holidays
from pustaka_desktop.core.store import backup
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.main_window import MainWindow
from pustaka_desktop.gui.pages.backups import BackupsPage
from pustaka_desktop.gui.pages.dashboard import DashboardPage

from .test_accessibility_mnemonics import clashes, menu_bar, mnemonics
from .test_backup_reminder import _page


@pytest.fixture(autouse=True)
def english():
    i18n.install("en")
    yield


def test_a_fresh_library_shows_the_first_steps_and_no_second_usb_reminder(qtbot, lib, librarian):
    page = _page(qtbot, DashboardPage, lib, librarian)
    box = page.first_steps
    assert box.isVisible()
    assert [step.key for step in box.steps][0] == first_steps.CATALOGUE
    assert all(push.isVisible() for pushes in box.buttons.values() for push in pushes)  # nothing done yet
    assert box.texts[first_steps.BACKUP].accessibleName().startswith("To do: Make the first backup on a USB stick")
    assert not page.backup_notice.isVisible()  # the list's backup step says it (the status bar line stays)


def test_a_step_done_elsewhere_is_ticked_when_the_dashboard_shows_again(qtbot, lib, librarian):
    page = _page(qtbot, DashboardPage, lib, librarian)
    page.hide()
    holidays.add_holiday(lib, librarian, "2026-03-31", name="Idul Fitri 1447 H")  # on the Circulation rules page
    page.show()
    box = page.first_steps
    assert box.marks[first_steps.OPENING_DAYS].text() == "✔"
    assert box.texts[first_steps.OPENING_DAYS].accessibleName().startswith("Done: ")
    assert not any(push.isVisible() for push in box.buttons[first_steps.OPENING_DAYS])
    assert box.marks[first_steps.MEMBERS].text() == "○"


def test_closing_the_list_is_remembered_and_the_usb_reminder_comes_back(qtbot, lib, librarian):
    page = _page(qtbot, DashboardPage, lib, librarian)
    page.first_steps.close_button.click()
    assert not page.first_steps.isVisible()
    assert page.backup_notice.isVisible()  # now nothing else asks for the first copy
    again = _page(qtbot, DashboardPage, lib, librarian)  # the next start
    assert not again.first_steps.isVisible()


def test_a_failed_daily_backup_still_shows_beside_the_list(qtbot, lib, librarian, monkeypatch):
    import shutil as real_shutil

    real = real_shutil.disk_usage
    monkeypatch.setattr(backup.shutil, "disk_usage", lambda path: real(path)._replace(free=200_000))
    with pytest.raises(backup.PustakaError):
        backup.daily_backup(lib)
    page = _page(qtbot, DashboardPage, lib, librarian)
    assert page.first_steps.isVisible()
    assert page.backup_notice.isVisible() and page.backup_notice.failure.isVisible()


def test_a_volunteer_sees_no_first_steps(qtbot, lib, volunteer):
    page = _page(qtbot, DashboardPage, lib, volunteer)
    assert not page.first_steps.isVisible()


def test_the_backup_to_a_usb_stick_has_one_name_on_the_dashboard_and_the_backups_page(qtbot, lib, librarian):
    dashboard = _page(qtbot, DashboardPage, lib, librarian)
    backups = _page(qtbot, BackupsPage, lib, librarian)
    name = backups.usb_button.text()
    assert dashboard.backup_notice.button.text() == name
    assert dashboard.first_steps.buttons[first_steps.BACKUP][0].text() == name


def test_the_opening_days_button_opens_the_holidays_tab_and_no_alt_letter_clashes(qtbot, lib, librarian):
    window = MainWindow(AppContext(lib, librarian))
    qtbot.addWidget(window)
    window.show()
    window.show_page("dashboard")
    qtbot.wait(20)
    found = menu_bar(window) + mnemonics(window)
    assert not clashes(found), clashes(found)
    dashboard = window.pages["dashboard"]
    dashboard.first_steps.buttons[first_steps.OPENING_DAYS][0].click()
    rules = window.pages["rules"]
    assert window.current_key() == "rules" and rules.tabs.currentWidget() is rules.holidays
