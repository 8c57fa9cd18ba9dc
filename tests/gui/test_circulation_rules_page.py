"""The circulation rules page: what a librarian sees and changes."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog

from pustaka_desktop.core.circulation import holidays, loan_rules
from pustaka_desktop.core.store.models import CollectionType, MemberType
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages import circulation_rules
from pustaka_desktop.gui.pages.circulation_rules import CirculationRulesPage


def make_page(qtbot, lib, user):
    page = CirculationRulesPage(AppContext(lib, user))
    qtbot.addWidget(page)
    return page


def test_member_types_listed_and_options_saved(qtbot, lib, librarian, monkeypatch):
    monkeypatch.setattr(circulation_rules, "info", lambda *a: None)
    page = make_page(qtbot, lib, librarian)
    names = {page.member_types.table.item(r, 0).text() for r in range(page.member_types.table.rowCount())}
    assert {"Anak-anak", "Pelajar", "Umum", "Lembaga"} <= names

    opts = page.options
    opts.renew_from.setCurrentIndex(opts.renew_from.findData("today"))
    opts.skip_closed.setChecked(True)
    opts.max_unpaid.setValue(7500)
    opts.save()
    saved = loan_rules.options(lib)
    assert saved.renew_from == "today" and saved.fines_skip_closed_days and saved.max_unpaid_fines == 7500


def test_new_loan_rule_through_dialog(qtbot, lib, librarian, monkeypatch):
    page = make_page(qtbot, lib, librarian)
    reference = CollectionType.get(CollectionType.name == "Referensi")
    children = MemberType.get(MemberType.name == "Anak-anak")

    def fake_exec(dialog):
        dialog.member_type.setCurrentIndex(dialog.member_type.findData(children.id))
        dialog.collection_type.setCurrentIndex(dialog.collection_type.findData(reference.id))
        dialog.numbers["loan_days"].setValue(3)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(circulation_rules.RuleDialog, "exec", fake_exec)
    page.loan_rules.add()
    rules = loan_rules.rules(lib)
    assert len(rules) == 1
    assert rules[0].loan_days == 3 and rules[0].loan_limit is None
    assert page.loan_rules.table.rowCount() == 1
    assert page.loan_rules.table.item(0, 1).text() == "Referensi"


def test_closing_days_and_holiday(qtbot, lib, librarian, monkeypatch):
    monkeypatch.setattr(circulation_rules, "info", lambda *a: None)
    page = make_page(qtbot, lib, librarian)
    tab = page.holidays
    tab.weekdays[4].setChecked(True)  # Friday
    tab.save_weekdays()
    assert holidays.parse_weekdays(lib.profile.closed_weekdays) == {5, 7}

    def fake_exec(dialog):
        dialog.starts.setDate(dialog.starts.date().addDays(10))
        dialog.name.setText("Idul Fitri")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(circulation_rules.HolidayDialog, "exec", fake_exec)
    tab.add()
    assert [h.name for h in holidays.list_holidays(lib)] == ["Idul Fitri"]
    assert tab.table.item(0, 2).text() == "Idul Fitri"
