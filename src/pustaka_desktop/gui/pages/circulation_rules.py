"""Circulation rules (librarians): member types, loan rules, opening days and holidays, fine options.

A thin caller of ``core.loan_rules`` and ``core.holidays``: every check and every write is there.
Each form is a dict from the core's field names to its widgets, so reading, showing and saving a
member type, a loan rule or the options is one loop, not one line per field.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...core.circulation import holidays, loan_rules
from ...core.community import members
from ...core.formatting import format_date, format_money
from ...core.store.models import LoanRule, MemberType
from ..context import AppContext
from ..widgets.actions import REFUSED, attempt, until_saved
from ..widgets.forms import (
    FormDialog,
    add_all,
    button,
    date_box,
    form_with_action,
    narrow_form,
    show_value,
    spin,
    value_of,
)
from ..widgets.messages import confirm, info
from ..widgets.tables import fill, read_only_table
from .base import Page

# A number field of a form: the field's label (with its mnemonic), its screen-reader name ("" to read
# the label without its mnemonic and colon), the highest value, the step of the arrows, and the value
# a new entry starts with.
Number = tuple[str, str, int, int, int]


def _numbers(specs: dict[str, Number], minimum: int = 0) -> dict[str, tuple[str, QSpinBox]]:
    """Labelled number boxes, one per field, set to their starting values."""
    boxes = {}
    for key, (label, name, highest, step, start) in specs.items():
        box = spin(highest, name or label.replace("&", "").rstrip(":"), step, minimum=minimum)
        box.setValue(start)
        boxes[key] = (label, box)
    return boxes


def _check(text: str) -> QCheckBox:
    box = QCheckBox(text)
    box.setAccessibleName(text)
    return box


def _choices(name: str, first: str, entries: list) -> QComboBox:
    """A list of named entries after a first choice that stands for any of them (data None)."""
    combo = QComboBox()
    combo.setAccessibleName(name)
    combo.addItem(first, None)
    for entry in entries:
        combo.addItem(entry.name, entry.id)
    return combo


class _ListTab(Page):
    """What the core keeps a list of (member types, loan rules, holidays): a table, the sentence that
    explains it, and a row of buttons under it. A subclass says how to fetch the list and show one
    entry; ``saved`` runs after every change that went through."""

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.entries: list = []

    def build(self, headers: list[str], name: str, above: list[QWidget | QHBoxLayout],
              buttons: list[QPushButton], edit: Callable | None = None) -> None:
        self.table = read_only_table(headers, name)
        if edit is not None:
            self.table.doubleClicked.connect(edit)
        layout = QVBoxLayout(self)
        for part in above:
            if isinstance(part, QHBoxLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)
        layout.addWidget(self.table)
        layout.addLayout(add_all(QHBoxLayout(), *buttons))
        self.load()

    def fetch(self) -> list:
        raise NotImplementedError

    def cells(self, entry) -> tuple:
        raise NotImplementedError

    def load(self) -> None:
        self.entries = self.fetch()
        fill(self.table, [self.cells(entry) for entry in self.entries], fit=False)

    def current(self):
        row = self.table.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def saved(self) -> None:
        self.load()
        self.ctx.events.settings_changed.emit()

    def open_editor(self, entry) -> None:
        """Opens the dialog for ``entry`` (None: a new one); a subclass that edits says how."""
        raise NotImplementedError

    def add(self) -> None:
        self.open_editor(None)

    def edit(self) -> None:
        entry = self.current()
        if entry is not None:
            self.open_editor(entry)

    def edit_in(self, dialog: FormDialog, save: Callable[[], object]) -> None:
        if until_saved(dialog, save):
            self.saved()


# --- member types ----------------------------------------------------------------------------------


class MemberTypeDialog(FormDialog):
    def __init__(self, member_type: MemberType | None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New member type") if member_type is None else self.tr("Edit member type"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.reservations = _check(self.tr("May reserve books"))
        self.reservations.setChecked(True)
        rows = {"name": (self.tr("&Name:"), self.name)}
        rows |= _numbers({
            "loan_limit": (self.tr("Loan &limit (books at once):"), self.tr("Loan limit"), 100, 1, 3),
            "loan_days": (self.tr("Loan &days:"), self.tr("Loan days"), 365, 1, 7),
            "renewals": (self.tr("&Renewals allowed:"), self.tr("Renewals allowed"), 20, 1, 1),
            "fine_per_day": (self.tr("&Fine per day (Rp):"), self.tr("Fine per day"), 1_000_000, 100, 0),
            "grace_days": (self.tr("&Grace days:"), self.tr("Grace days"), 60, 1, 0),
        })
        rows["reservations"] = ("", self.reservations)
        rows |= _numbers({
            "reservation_limit": (self.tr("Reservation li&mit:"), self.tr("Reservation limit"), 50, 1, 2),
            "validity_days": (self.tr("Membership &valid for (days):"), self.tr("Membership valid for (days)"),
                              3650, 1, 365),
        })
        self.fields = {key: widget for key, (_label, widget) in rows.items()}
        if member_type is not None:
            for key, widget in self.fields.items():
                show_value(widget, getattr(member_type, key))
        self.finish(list(rows.values()), self.tr("Save"), self.tr("Cancel"))

    def values(self) -> dict:
        return {key: value_of(widget) for key, widget in self.fields.items()}


class MemberTypesTab(_ListTab):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.build([self.tr("Name"), self.tr("Limit"), self.tr("Days"), self.tr("Renewals"), self.tr("Fine/day"),
                    self.tr("Grace"), self.tr("Reservations"), self.tr("Valid (days)")], self.tr("Member types"),
                   [QLabel(self.tr("Each member belongs to a type; its defaults apply unless a loan rule "
                                   "says otherwise."))],
                   [button(self.tr("&New type…"), self.tr("New member type"), self.add),
                    button(self.tr("&Edit…"), self.tr("Edit member type"), self.edit)], self.edit)

    def fetch(self) -> list:
        return members.member_types(self.ctx.lib)

    def cells(self, mt: MemberType) -> tuple:
        reservations = str(mt.reservation_limit) if mt.reservations else self.tr("no")
        return (mt.name, mt.loan_limit, mt.loan_days, mt.renewals, format_money(mt.fine_per_day), mt.grace_days,
                reservations, mt.validity_days)

    def open_editor(self, member_type: MemberType | None) -> None:
        dialog = MemberTypeDialog(member_type, self)
        self.edit_in(dialog, lambda: loan_rules.save_member_type(self.ctx.lib, self.ctx.user, member_type,
                                                                 **dialog.values()))


# --- loan rules ------------------------------------------------------------------------------------


class RuleDialog(FormDialog):
    """A loan rule; a number left at "same as the member type" is not overridden."""

    def __init__(self, rule: LoanRule | None, types: list[MemberType], collections: list, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New loan rule") if rule is None else self.tr("Edit loan rule"))
        self.member_type = _choices(self.tr("Member type"), self.tr("Any member type"), types)
        self.collection_type = _choices(self.tr("Collection type"), self.tr("Any collection type"), collections)
        self.loanable = _check(self.tr("May be borrowed"))
        self.loanable.setChecked(True)
        same = self.tr("same as the member type")
        numbers = _numbers({  # -1 (shown as "same as the member type") leaves the number to the member type
            "loan_days": (self.tr("Loan &days:"), "", 365, 1, -1),
            "loan_limit": (self.tr("Loan &limit:"), "", 365, 1, -1),
            "renewals": (self.tr("&Renewals:"), "", 365, 1, -1),
            "fine_per_day": (self.tr("&Fine per day (Rp):"), "", 1_000_000, 100, -1),
        }, minimum=-1)
        self.numbers = {key: box for key, (_label, box) in numbers.items()}
        for box in self.numbers.values():
            box.setSpecialValueText(same)
        if rule is not None:
            show_value(self.member_type, rule.__data__.get("member_type"))
            show_value(self.collection_type, rule.__data__.get("collection_type"))
            self.loanable.setChecked(rule.loanable)
            for key, box in self.numbers.items():
                value = getattr(rule, key)
                box.setValue(-1 if value is None else value)
        self.finish([(self.tr("&Member type:"), self.member_type), (self.tr("&Collection type:"), self.collection_type),
                     ("", self.loanable), *numbers.values()], self.tr("Save"), self.tr("Cancel"),
                    intro=self.tr("The most specific rule wins: member type and collection type, then "
                                  "collection type only, then member type only, then any."))

    def values(self) -> dict:
        out = {"member_type": self.member_type.currentData(), "collection_type": self.collection_type.currentData(),
               "loanable": self.loanable.isChecked()}
        for key, box in self.numbers.items():
            out[key] = None if box.value() < 0 else box.value()
        return out


class LoanRulesTab(_ListTab):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.build([self.tr("Member type"), self.tr("Collection type"), self.tr("Loanable"), self.tr("Days"),
                    self.tr("Limit"), self.tr("Renewals"), self.tr("Fine/day")], self.tr("Loan rules"),
                   [QLabel(self.tr("Loan rules change a member type's defaults for one collection type "
                                   "(for example: reference books are not lent)."))],
                   [button(self.tr("&New rule…"), self.tr("New loan rule"), self.add),
                    button(self.tr("&Edit…"), self.tr("Edit loan rule"), self.edit),
                    button(self.tr("&Delete"), self.tr("Delete loan rule"), self.remove)], self.edit)

    def fetch(self) -> list:
        self.type_names = {mt.id: mt.name for mt in loan_rules.member_types_all(self.ctx.lib)}
        self.collection_names = {ct.id: ct.name for ct in loan_rules.collection_types(self.ctx.lib)}
        return loan_rules.rules(self.ctx.lib)

    def cells(self, rule: LoanRule) -> tuple:
        anything = self.tr("any")
        same = "–"
        return (
            self.type_names.get(rule.__data__.get("member_type"), anything),
            self.collection_names.get(rule.__data__.get("collection_type"), anything),
            self.tr("yes") if rule.loanable else self.tr("no"),
            same if rule.loan_days is None else rule.loan_days,
            same if rule.loan_limit is None else rule.loan_limit,
            same if rule.renewals is None else rule.renewals,
            same if rule.fine_per_day is None else format_money(rule.fine_per_day),
        )

    def open_editor(self, rule: LoanRule | None) -> None:
        dialog = RuleDialog(rule, members.member_types(self.ctx.lib), loan_rules.collection_types(self.ctx.lib), self)
        self.edit_in(dialog, lambda: loan_rules.save_rule(self.ctx.lib, self.ctx.user, rule, **dialog.values()))

    def remove(self) -> None:
        rule = self.current()
        if rule is None or not confirm(self, self.tr("Delete loan rule"), self.tr("Delete the selected loan rule?")):
            return
        attempt(self, loan_rules.delete_rule, self.ctx.lib, self.ctx.user, rule)
        self.load()


# --- opening days and holidays -------------------------------------------------------------------------


class HolidayDialog(FormDialog):
    def __init__(self, today: QDate, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New holiday"))
        self.starts = date_box(today, self.tr("First day"), "yyyy-MM-dd")
        self.ends = date_box(today, self.tr("Last day"), "yyyy-MM-dd")
        self.starts.dateChanged.connect(lambda d: self.ends.setDate(d) if self.ends.date() < d else None)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name of the holiday"))
        self.finish([(self.tr("&First day:"), self.starts), (self.tr("&Last day:"), self.ends),
                     (self.tr("&Name:"), self.name)], self.tr("Save"), self.tr("Cancel"))


class HolidaysTab(_ListTab):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        names = [self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"), self.tr("Thursday"),
                 self.tr("Friday"), self.tr("Saturday"), self.tr("Sunday")]
        self.weekdays: list[QCheckBox] = []
        for name in names:
            box = QCheckBox(name)
            box.setAccessibleName(self.tr("Closed on {day}").format(day=name))
            self.weekdays.append(box)
        days = add_all(QHBoxLayout(), *self.weekdays)
        days.addWidget(button(self.tr("&Save closing days"), self.tr("Save closing days"), self.save_weekdays))
        self.build([self.tr("First day"), self.tr("Last day"), self.tr("Name")], self.tr("Holidays"),
                   [QLabel(self.tr("The library is closed every week on:")), days,
                    QLabel(self.tr("Holidays and other closing days (a due date never falls on them):"))],
                   [button(self.tr("&Add holiday…"), self.tr("Add holiday"), self.add),
                    button(self.tr("Add &national holidays…"), self.tr("Add national holidays"), self.add_national),
                    button(self.tr("&Remove holiday"), self.tr("Remove holiday"), self.remove)])

    def fetch(self) -> list:
        closed = holidays.parse_weekdays(self.ctx.lib.profile.closed_weekdays)
        for number, box in enumerate(self.weekdays, start=1):
            box.setChecked(number in closed)
        return holidays.list_holidays(self.ctx.lib)

    def cells(self, holiday) -> tuple:
        return format_date(holiday.starts_on), format_date(holiday.ends_on), holiday.name

    def saved(self) -> None:
        self.load()  # a holiday changes no other page

    def save_weekdays(self) -> None:
        days = [n for n, box in enumerate(self.weekdays, start=1) if box.isChecked()]
        if attempt(self, holidays.set_closed_weekdays, self.ctx.lib, self.ctx.user, days) is REFUSED:
            return
        self.ctx.events.settings_changed.emit()
        info(self, self.tr("Saved"), self.tr("The weekly closing days were saved."))

    def open_editor(self, _holiday: None) -> None:  # holidays are added and removed, never edited
        from ...core.store.clock import local_today

        today = local_today(self.ctx.lib.clock)
        dialog = HolidayDialog(QDate(today.year, today.month, today.day), self)
        self.edit_in(dialog, lambda: holidays.add_holiday(self.ctx.lib, self.ctx.user, dialog.starts.date().toPython(),
                                                          dialog.ends.date().toPython(), dialog.name.text()))

    def add_national(self) -> None:
        """The year's national holidays (and cuti bersama) to tick, instead of typing each one."""
        from ...core.circulation import national_holidays
        from ...core.store.clock import local_today
        from ..dialogs.national_holidays import add_national_holidays

        year = attempt(self, national_holidays.suggested_year, self.ctx.lib, local_today(self.ctx.lib.clock))
        if year is not REFUSED and add_national_holidays(self.ctx, year, self):
            self.load()

    def remove(self) -> None:
        holiday = self.current()
        if holiday is not None:
            attempt(self, holidays.remove_holiday, self.ctx.lib, self.ctx.user, holiday)
            self.load()


# --- options ---------------------------------------------------------------------------------------


class OptionsTab(Page):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.renew_from = QComboBox()
        self.renew_from.setAccessibleName(self.tr("A renewal counts from"))
        self.renew_from.addItem(self.tr("the due date"), "due")
        self.renew_from.addItem(self.tr("the day of the renewal"), "today")
        self.skip_closed = QCheckBox(self.tr("Do not count days the library is closed as late days"))
        self.skip_closed.setAccessibleName(self.tr("Do not count closed days in fines"))
        self.max_unpaid = spin(10_000_000, self.tr("Unpaid fines that block new loans"), 500)
        self.fine_cap = spin(10_000_000, self.tr("Highest fine per loan"), 500)
        self.fine_cap.setSpecialValueText(self.tr("no limit"))
        self.hold_days = spin(60, self.tr("Open days a reserved copy waits"))  # closed days do not count
        self.receipt = QComboBox()
        self.receipt.setAccessibleName(self.tr("Receipt printer width"))
        self.receipt.addItem("58 mm", 58)
        self.receipt.addItem("80 mm", 80)
        # the core's option name: (label, widget), in keyboard order
        rows = {
            "renew_from": (self.tr("A &renewal counts from:"), self.renew_from),
            "fines_skip_closed_days": ("", self.skip_closed),
            "max_unpaid_fines": (self.tr("&Unpaid fines above this block new loans (Rp):"), self.max_unpaid),
            "fine_cap": (self.tr("&Highest fine per loan (Rp):"), self.fine_cap),
            "hold_days": (self.tr("&Days a reserved copy waits on the shelf (open days):"), self.hold_days),
            "receipt_width_mm": (self.tr("Receipt &printer width:"), self.receipt),
        }
        self.fields = {key: widget for key, (_label, widget) in rows.items()}
        form = narrow_form()  # (the long Indonesian labels go above their fields on a netbook)
        for label, widget in rows.values():
            form.addRow(label, widget)
        form_with_action(self, form, button(self.tr("&Save options"), self.tr("Save options"), self.save),
                         max_width=900)
        self.load()

    def load(self) -> None:
        opts = loan_rules.options(self.ctx.lib)
        for key, widget in self.fields.items():
            show_value(widget, getattr(opts, key))

    def save(self) -> None:
        values = {key: value_of(widget) for key, widget in self.fields.items()}
        if attempt(self, loan_rules.set_options, self.ctx.lib, self.ctx.user, **values) is REFUSED:
            return
        self.ctx.events.settings_changed.emit()
        info(self, self.tr("Saved"), self.tr("The circulation options were saved."))


class CirculationRulesPage(Page):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.member_types, self.loan_rules, self.holidays, self.options = self.fill_with_tabs(
            self.tr("Circulation rules"), [
                (MemberTypesTab, self.tr("&Member types")), (LoanRulesTab, self.tr("&Loan rules")),
                (HolidaysTab, self.tr("Opening &days and holidays")), (OptionsTab, self.tr("Fines and &options"))])
        ctx.events.settings_changed.connect(self.member_types.load)
