"""*Add national holidays…* on the opening days and holidays tab: the librarian ticks the year's national
holidays (and cuti bersama when she wants them) and they become closing days, listed on the tab."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from pustaka_desktop import i18n
from pustaka_desktop.core.circulation import holidays
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.dialogs import national_holidays as dialog_module
from pustaka_desktop.gui.dialogs.national_holidays import NationalHolidaysDialog
from pustaka_desktop.gui.pages.circulation_rules import CirculationRulesPage


@pytest.fixture(autouse=True)
def english():
    i18n.install("en")  # the new words are checked in their source language; the holidays' names follow it


def rows(dialog: NationalHolidaysDialog) -> dict[str, int]:
    return {dialog.table.item(r, 0).text(): r for r in range(dialog.table.rowCount())}


def test_ticked_national_holidays_become_closing_days_on_the_tab(qtbot, lib, librarian, monkeypatch):
    lib.clock.set("2027-01-03T09:00:00+07:00")
    page = CirculationRulesPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    seen = {}

    def tick_and_add(dialog):
        seen["year"] = dialog.year.value()
        dialog.table.item(rows(dialog)["01-05-2027"], 0).setCheckState(Qt.CheckState.Unchecked)  # left open
        dialog.add_ticked()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(NationalHolidaysDialog, "exec", tick_and_add)
    page.holidays.add_national()
    assert seen["year"] == 2027
    calendar = holidays.calendar(lib)
    assert not calendar.is_open(date(2027, 3, 10)) and not calendar.is_open(date(2027, 8, 17))
    assert calendar.is_open(date(2027, 5, 3)) and not holidays.list_holidays(lib, 2026)
    assert all(h.starts_on != date(2027, 5, 1) for h in holidays.list_holidays(lib))
    assert not any("Joint Holiday" in h.name for h in holidays.list_holidays(lib))  # cuti bersama not asked for
    names = {page.holidays.table.item(r, 2).text() for r in range(page.holidays.table.rowCount())}
    assert "Eid al-Fitr (estimated)" in names


def test_entered_days_cannot_be_ticked_and_cuti_bersama_show_when_asked(qtbot, lib, librarian):
    holidays.add_holiday(lib, librarian, "2027-08-17", name="HUT RI")
    dialog = NationalHolidaysDialog(AppContext(lib, librarian), 2027)
    qtbot.addWidget(dialog)
    entered = dialog.table.item(rows(dialog)["17-08-2027"], 0)
    assert entered.checkState() == Qt.CheckState.Unchecked and not entered.flags() & Qt.ItemFlag.ItemIsEnabled
    assert dialog.table.item(rows(dialog)["17-08-2027"], 3).text() == "already entered"
    assert "24-12-2027" not in rows(dialog)
    dialog.joint_leave.setChecked(True)
    assert dialog.table.item(rows(dialog)["24-12-2027"], 0).checkState() == Qt.CheckState.Checked
    assert "estimate" in dialog.table.item(rows(dialog)["10-03-2027"], 3).text()
    dialog.year.setValue(2031)  # cuti bersama not announced yet
    assert "has not announced the cuti bersama of 2031" in dialog.remarks.text()


def test_nothing_ticked_adds_nothing(qtbot, lib, librarian):
    dialog = NationalHolidaysDialog(AppContext(lib, librarian), 2027)
    qtbot.addWidget(dialog)
    for row in range(dialog.table.rowCount()):
        dialog.table.item(row, 0).setCheckState(Qt.CheckState.Unchecked)
    dialog.add_ticked()
    assert dialog.added == 0 and holidays.list_holidays(lib) == []
    assert dialog_module.add_national_holidays  # the page's entry point
