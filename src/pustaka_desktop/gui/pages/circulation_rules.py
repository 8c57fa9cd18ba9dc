"""Circulation rules (librarians): member types, loan rules, opening days and holidays, fine options.

A thin caller of ``core.loan_rules`` and ``core.holidays``: every check and every write is there.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.circulation import holidays, loan_rules
from ...core.community import members
from ...core.errors import PustakaError
from ...core.formatting import format_date, format_money
from ...core.store.models import LoanRule, MemberType
from ..context import AppContext
from ..widgets.messages import confirm, info, show_error
from ..widgets.tables import read_only_table


def _cell(text: object) -> QTableWidgetItem:
    return QTableWidgetItem("" if text is None else str(text))


def _button(text: str, name: str, slot) -> QPushButton:
    button = QPushButton(text)
    button.setAccessibleName(name)
    button.clicked.connect(slot)
    return button


def _spin(maximum: int, name: str, step: int = 1, suffix: str = "") -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(0, maximum)
    spin.setSingleStep(step)
    spin.setSuffix(suffix)
    spin.setGroupSeparatorShown(True)
    spin.setAccessibleName(name)
    return spin


# --- member types ----------------------------------------------------------------------------------


class MemberTypeDialog(QDialog):
    def __init__(self, member_type: MemberType | None, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New member type") if member_type is None else self.tr("Edit member type"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name"))
        self.loan_limit = _spin(100, self.tr("Loan limit"))
        self.loan_days = _spin(365, self.tr("Loan days"))
        self.renewals = _spin(20, self.tr("Renewals allowed"))
        self.fine_per_day = _spin(1_000_000, self.tr("Fine per day"), 100)
        self.grace_days = _spin(60, self.tr("Grace days"))
        self.reservations = QCheckBox(self.tr("May reserve books"))
        self.reservations.setAccessibleName(self.tr("May reserve books"))
        self.reservation_limit = _spin(50, self.tr("Reservation limit"))
        self.validity_days = _spin(3650, self.tr("Membership valid for (days)"))
        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name)
        form.addRow(self.tr("Loan &limit (books at once):"), self.loan_limit)
        form.addRow(self.tr("Loan &days:"), self.loan_days)
        form.addRow(self.tr("&Renewals allowed:"), self.renewals)
        form.addRow(self.tr("&Fine per day (Rp):"), self.fine_per_day)
        form.addRow(self.tr("&Grace days:"), self.grace_days)
        form.addRow("", self.reservations)
        form.addRow(self.tr("Reservation li&mit:"), self.reservation_limit)
        form.addRow(self.tr("Membership &valid for (days):"), self.validity_days)
        if member_type is not None:
            self.name.setText(member_type.name)
            for key in ("loan_limit", "loan_days", "renewals", "fine_per_day", "grace_days", "reservation_limit",
                        "validity_days"):
                getattr(self, key).setValue(getattr(member_type, key))
            self.reservations.setChecked(member_type.reservations)
        else:
            self.loan_limit.setValue(3)
            self.loan_days.setValue(7)
            self.renewals.setValue(1)
            self.reservations.setChecked(True)
            self.reservation_limit.setValue(2)
            self.validity_days.setValue(365)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict:
        return {
            "name": self.name.text(), "loan_limit": self.loan_limit.value(), "loan_days": self.loan_days.value(),
            "renewals": self.renewals.value(), "fine_per_day": self.fine_per_day.value(),
            "grace_days": self.grace_days.value(), "reservations": self.reservations.isChecked(),
            "reservation_limit": self.reservation_limit.value(), "validity_days": self.validity_days.value(),
        }


class MemberTypesTab(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table = read_only_table([self.tr("Name"), self.tr("Limit"), self.tr("Days"), self.tr("Renewals"),
                             self.tr("Fine/day"), self.tr("Grace"), self.tr("Reservations"),
                             self.tr("Valid (days)")], self.tr("Member types"))
        self.table.doubleClicked.connect(self.edit)
        buttons = QHBoxLayout()
        buttons.addWidget(_button(self.tr("&New type…"), self.tr("New member type"), self.add))
        buttons.addWidget(_button(self.tr("&Edit…"), self.tr("Edit member type"), self.edit))
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Each member belongs to a type; its defaults apply unless a loan rule "
                                        "says otherwise.")))
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.types: list[MemberType] = []
        self.load()

    def load(self) -> None:
        self.types = members.member_types(self.ctx.lib)
        self.table.setRowCount(len(self.types))
        for row, mt in enumerate(self.types):
            reservations = str(mt.reservation_limit) if mt.reservations else self.tr("no")
            for col, value in enumerate((mt.name, mt.loan_limit, mt.loan_days, mt.renewals, format_money(mt.fine_per_day),
                                         mt.grace_days, reservations, mt.validity_days)):
                self.table.setItem(row, col, _cell(value))

    def _save(self, member_type: MemberType | None) -> None:
        dialog = MemberTypeDialog(member_type, self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                loan_rules.save_member_type(self.ctx.lib, self.ctx.user, member_type, **dialog.values())
            except PustakaError as exc:
                show_error(self, exc)
                continue
            self.load()
            self.ctx.events.settings_changed.emit()
            return

    def add(self) -> None:
        self._save(None)

    def edit(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.types):
            self._save(self.types[row])


# --- loan rules ------------------------------------------------------------------------------------


class RuleDialog(QDialog):
    """A loan rule; a number left at "same as the member type" is not overridden."""

    def __init__(self, rule: LoanRule | None, types: list[MemberType], collections: list, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New loan rule") if rule is None else self.tr("Edit loan rule"))
        self.member_type = QComboBox()
        self.member_type.setAccessibleName(self.tr("Member type"))
        self.member_type.addItem(self.tr("Any member type"), None)
        for mt in types:
            self.member_type.addItem(mt.name, mt.id)
        self.collection_type = QComboBox()
        self.collection_type.setAccessibleName(self.tr("Collection type"))
        self.collection_type.addItem(self.tr("Any collection type"), None)
        for ct in collections:
            self.collection_type.addItem(ct.name, ct.id)
        self.loanable = QCheckBox(self.tr("May be borrowed"))
        self.loanable.setAccessibleName(self.tr("May be borrowed"))
        self.loanable.setChecked(True)
        same = self.tr("same as the member type")
        self.numbers: dict[str, QSpinBox] = {}
        form = QFormLayout()
        form.addRow(self.tr("&Member type:"), self.member_type)
        form.addRow(self.tr("&Collection type:"), self.collection_type)
        form.addRow("", self.loanable)
        labels = {"loan_days": self.tr("Loan &days:"), "loan_limit": self.tr("Loan &limit:"),
                  "renewals": self.tr("&Renewals:"), "fine_per_day": self.tr("&Fine per day (Rp):")}
        for key, label in labels.items():
            spin = _spin(1_000_000 if key == "fine_per_day" else 365, label.replace("&", "").rstrip(":"),
                         100 if key == "fine_per_day" else 1)
            spin.setMinimum(-1)
            spin.setSpecialValueText(same)
            spin.setValue(-1)
            self.numbers[key] = spin
            form.addRow(label, spin)
        if rule is not None:
            self.member_type.setCurrentIndex(max(0, self.member_type.findData(rule.__data__.get("member_type"))))
            self.collection_type.setCurrentIndex(
                max(0, self.collection_type.findData(rule.__data__.get("collection_type"))))
            self.loanable.setChecked(rule.loanable)
            for key, spin in self.numbers.items():
                value = getattr(rule, key)
                spin.setValue(-1 if value is None else value)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The most specific rule wins: member type and collection type, then "
                                        "collection type only, then member type only, then any.")))
        layout.addLayout(form)
        layout.addWidget(buttons)

    def values(self) -> dict:
        out = {"member_type": self.member_type.currentData(), "collection_type": self.collection_type.currentData(),
               "loanable": self.loanable.isChecked()}
        for key, spin in self.numbers.items():
            out[key] = None if spin.value() < 0 else spin.value()
        return out


class LoanRulesTab(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.table = read_only_table([self.tr("Member type"), self.tr("Collection type"), self.tr("Loanable"),
                             self.tr("Days"), self.tr("Limit"), self.tr("Renewals"), self.tr("Fine/day")],
                            self.tr("Loan rules"))
        self.table.doubleClicked.connect(self.edit)
        buttons = QHBoxLayout()
        buttons.addWidget(_button(self.tr("&New rule…"), self.tr("New loan rule"), self.add))
        buttons.addWidget(_button(self.tr("&Edit…"), self.tr("Edit loan rule"), self.edit))
        buttons.addWidget(_button(self.tr("&Delete"), self.tr("Delete loan rule"), self.remove))
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Loan rules change a member type's defaults for one collection type "
                                        "(for example: reference books are not lent).")))
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.rules: list[LoanRule] = []
        self.load()

    def load(self) -> None:
        types = {mt.id: mt.name for mt in loan_rules.member_types_all(self.ctx.lib)}
        collections = {ct.id: ct.name for ct in loan_rules.collection_types(self.ctx.lib)}
        anything = self.tr("any")
        same = "–"
        self.rules = loan_rules.rules(self.ctx.lib)
        self.table.setRowCount(len(self.rules))
        for row, rule in enumerate(self.rules):
            values = (
                types.get(rule.__data__.get("member_type"), anything),
                collections.get(rule.__data__.get("collection_type"), anything),
                self.tr("yes") if rule.loanable else self.tr("no"),
                same if rule.loan_days is None else rule.loan_days,
                same if rule.loan_limit is None else rule.loan_limit,
                same if rule.renewals is None else rule.renewals,
                same if rule.fine_per_day is None else format_money(rule.fine_per_day),
            )
            for col, value in enumerate(values):
                self.table.setItem(row, col, _cell(value))

    def _save(self, rule: LoanRule | None) -> None:
        types = members.member_types(self.ctx.lib)
        dialog = RuleDialog(rule, types, loan_rules.collection_types(self.ctx.lib), self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                loan_rules.save_rule(self.ctx.lib, self.ctx.user, rule, **dialog.values())
            except PustakaError as exc:
                show_error(self, exc)
                continue
            self.load()
            self.ctx.events.settings_changed.emit()
            return

    def _current(self) -> LoanRule | None:
        row = self.table.currentRow()
        return self.rules[row] if 0 <= row < len(self.rules) else None

    def add(self) -> None:
        self._save(None)

    def edit(self) -> None:
        rule = self._current()
        if rule is not None:
            self._save(rule)

    def remove(self) -> None:
        rule = self._current()
        if rule is None or not confirm(self, self.tr("Delete loan rule"), self.tr("Delete the selected loan rule?")):
            return
        try:
            loan_rules.delete_rule(self.ctx.lib, self.ctx.user, rule)
        except PustakaError as exc:
            show_error(self, exc)
        self.load()


# --- opening days and holidays -------------------------------------------------------------------------


class HolidayDialog(QDialog):
    def __init__(self, today: QDate, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New holiday"))
        self.starts = QDateEdit(today)
        self.starts.setDisplayFormat("dd-MM-yyyy")
        self.starts.setCalendarPopup(True)
        self.starts.setDisplayFormat("yyyy-MM-dd")
        self.starts.setAccessibleName(self.tr("First day"))
        self.ends = QDateEdit(today)
        self.ends.setDisplayFormat("dd-MM-yyyy")
        self.ends.setCalendarPopup(True)
        self.ends.setDisplayFormat("yyyy-MM-dd")
        self.ends.setAccessibleName(self.tr("Last day"))
        self.starts.dateChanged.connect(lambda d: self.ends.setDate(d) if self.ends.date() < d else None)
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Name of the holiday"))
        form = QFormLayout()
        form.addRow(self.tr("&First day:"), self.starts)
        form.addRow(self.tr("&Last day:"), self.ends)
        form.addRow(self.tr("&Name:"), self.name)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)


class HolidaysTab(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        names = [self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"), self.tr("Thursday"),
                 self.tr("Friday"), self.tr("Saturday"), self.tr("Sunday")]
        self.weekdays: list[QCheckBox] = []
        days = QHBoxLayout()
        for name in names:
            box = QCheckBox(name)
            box.setAccessibleName(self.tr("Closed on {day}").format(day=name))
            self.weekdays.append(box)
            days.addWidget(box)
        days.addStretch()
        days.addWidget(_button(self.tr("&Save closing days"), self.tr("Save closing days"), self.save_weekdays))
        self.table = read_only_table([self.tr("First day"), self.tr("Last day"), self.tr("Name")], self.tr("Holidays"))
        buttons = QHBoxLayout()
        buttons.addWidget(_button(self.tr("&Add holiday…"), self.tr("Add holiday"), self.add))
        buttons.addWidget(_button(self.tr("&Remove holiday"), self.tr("Remove holiday"), self.remove))
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The library is closed every week on:")))
        layout.addLayout(days)
        layout.addWidget(QLabel(self.tr("Holidays and other closing days (a due date never falls on them):")))
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.holidays = []
        self.load()

    def load(self) -> None:
        closed = holidays.parse_weekdays(self.ctx.lib.profile.closed_weekdays)
        for number, box in enumerate(self.weekdays, start=1):
            box.setChecked(number in closed)
        self.holidays = holidays.list_holidays(self.ctx.lib)
        self.table.setRowCount(len(self.holidays))
        for row, holiday in enumerate(self.holidays):
            self.table.setItem(row, 0, _cell(format_date(holiday.starts_on)))
            self.table.setItem(row, 1, _cell(format_date(holiday.ends_on)))
            self.table.setItem(row, 2, _cell(holiday.name))

    def save_weekdays(self) -> None:
        days = [n for n, box in enumerate(self.weekdays, start=1) if box.isChecked()]
        try:
            holidays.set_closed_weekdays(self.ctx.lib, self.ctx.user, days)
        except PustakaError as exc:
            show_error(self, exc)
            return
        self.ctx.events.settings_changed.emit()
        info(self, self.tr("Saved"), self.tr("The weekly closing days were saved."))

    def add(self) -> None:
        from ...core.store.clock import local_today

        today = local_today(self.ctx.lib.clock)
        dialog = HolidayDialog(QDate(today.year, today.month, today.day), self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                holidays.add_holiday(self.ctx.lib, self.ctx.user, dialog.starts.date().toPython(),
                                     dialog.ends.date().toPython(), dialog.name.text())
            except PustakaError as exc:
                show_error(self, exc)
                continue
            self.load()
            return

    def remove(self) -> None:
        row = self.table.currentRow()
        if not 0 <= row < len(self.holidays):
            return
        try:
            holidays.remove_holiday(self.ctx.lib, self.ctx.user, self.holidays[row])
        except PustakaError as exc:
            show_error(self, exc)
        self.load()


# --- options ---------------------------------------------------------------------------------------


class OptionsTab(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.renew_from = QComboBox()
        self.renew_from.setAccessibleName(self.tr("A renewal counts from"))
        self.renew_from.addItem(self.tr("the due date"), "due")
        self.renew_from.addItem(self.tr("the day of the renewal"), "today")
        self.skip_closed = QCheckBox(self.tr("Do not count days the library is closed as late days"))
        self.skip_closed.setAccessibleName(self.tr("Do not count closed days in fines"))
        self.max_unpaid = _spin(10_000_000, self.tr("Unpaid fines that block new loans"), 500)
        self.fine_cap = _spin(10_000_000, self.tr("Highest fine per loan"), 500)
        self.fine_cap.setSpecialValueText(self.tr("no limit"))
        self.hold_days = _spin(60, self.tr("Days a reserved copy waits"))
        self.receipt = QComboBox()
        self.receipt.setAccessibleName(self.tr("Receipt printer width"))
        self.receipt.addItem("58 mm", 58)
        self.receipt.addItem("80 mm", 80)
        form = QFormLayout()
        form.addRow(self.tr("A &renewal counts from:"), self.renew_from)
        form.addRow("", self.skip_closed)
        form.addRow(self.tr("&Unpaid fines above this block new loans (Rp):"), self.max_unpaid)
        form.addRow(self.tr("&Highest fine per loan (Rp):"), self.fine_cap)
        form.addRow(self.tr("&Days a reserved copy waits on the shelf:"), self.hold_days)
        form.addRow(self.tr("Receipt &printer width:"), self.receipt)
        save = _button(self.tr("&Save options"), self.tr("Save options"), self.save)
        box = QWidget()
        box.setMaximumWidth(900)
        inner = QVBoxLayout(box)
        inner.addLayout(form)
        inner.addWidget(save, alignment=Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addStretch()
        self.load()

    def load(self) -> None:
        opts = loan_rules.options(self.ctx.lib)
        self.renew_from.setCurrentIndex(max(0, self.renew_from.findData(opts.renew_from)))
        self.skip_closed.setChecked(opts.fines_skip_closed_days)
        self.max_unpaid.setValue(opts.max_unpaid_fines)
        self.fine_cap.setValue(opts.fine_cap)
        self.hold_days.setValue(opts.hold_days)
        self.receipt.setCurrentIndex(max(0, self.receipt.findData(opts.receipt_width_mm)))

    def save(self) -> None:
        try:
            loan_rules.set_options(
                self.ctx.lib, self.ctx.user, renew_from=self.renew_from.currentData(),
                fines_skip_closed_days=self.skip_closed.isChecked(), max_unpaid_fines=self.max_unpaid.value(),
                fine_cap=self.fine_cap.value(), hold_days=self.hold_days.value(),
                receipt_width_mm=self.receipt.currentData())
        except PustakaError as exc:
            show_error(self, exc)
            return
        self.ctx.events.settings_changed.emit()
        info(self, self.tr("Saved"), self.tr("The circulation options were saved."))


class CirculationRulesPage(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Circulation rules"))
        self.member_types = MemberTypesTab(ctx)
        self.loan_rules = LoanRulesTab(ctx)
        self.holidays = HolidaysTab(ctx)
        self.options = OptionsTab(ctx)
        self.tabs.addTab(self.member_types, self.tr("&Member types"))
        self.tabs.addTab(self.loan_rules, self.tr("&Loan rules"))
        self.tabs.addTab(self.holidays, self.tr("&Opening days and holidays"))
        self.tabs.addTab(self.options, self.tr("Fines and &options"))
        layout = QVBoxLayout(self)  # (the main window shows the page's name and icon above it)
        layout.addWidget(self.tabs)
        ctx.events.settings_changed.connect(self.member_types.load)
