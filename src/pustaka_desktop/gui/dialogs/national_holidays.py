"""*Add national holidays…* on the opening days and holidays tab: the year's national holidays (and, when
ticked, the government's cuti bersama) in a list the librarian ticks, then one press adds the ticked days
as closing days. Estimates and days already entered say so; an entered day cannot be ticked.
A thin caller of ``core.circulation.national_holidays``."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QCheckBox, QDialog, QHBoxLayout, QVBoxLayout

from ...core.circulation import national_holidays
from ...core.circulation.national_holidays import NationalDay, NationalYear
from ...core.formatting import format_date
from ..context import AppContext
from ..widgets.actions import REFUSED, attempt
from ..widgets.forms import dialog_buttons, label_for, note, spin
from ..widgets.screen import fit_to_screen
from ..widgets.tables import fill, read_only_table

CHECKED, UNCHECKED = Qt.CheckState.Checked, Qt.CheckState.Unchecked


class NationalHolidaysDialog(QDialog):
    def __init__(self, ctx: AppContext, year: int, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.listed: NationalYear | None = None
        self.shown: list[NationalDay] = []
        self.added = 0
        self.setWindowTitle(self.tr("Add national holidays"))
        self.year = spin(national_holidays.LAST_YEAR, self.tr("Year"), minimum=national_holidays.FIRST_YEAR)
        self.year.setGroupSeparatorShown(False)  # 2027, not 2.027
        self.year.setKeyboardTracking(False)  # the list follows the year once it is typed whole
        self.year.setValue(year)
        self.joint_leave = QCheckBox(self.tr("Also the &cuti bersama (the government's joint leave days)"))
        self.joint_leave.setAccessibleName(self.tr("Also the cuti bersama"))
        self.table = read_only_table([self.tr("Date"), self.tr("Day"), self.tr("Name"), self.tr("Note")],
                                     self.tr("National holidays to add"))
        self.remarks = note()
        self.buttons = dialog_buttons(self, self.tr("Add the ticked days"), self.tr("Cancel"), self.add_ticked)
        top = QHBoxLayout()
        top.addWidget(label_for(self.tr("&Year:"), self.year))
        top.addWidget(self.year)
        top.addWidget(self.joint_leave)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(note(self.tr("Tick the days the library is closed. A due date never falls on them, and "
                                      "fines can leave them out.")))
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.remarks)
        layout.addWidget(self.buttons)
        fit_to_screen(self, 720, 560)  # (a 1024 x 600 netbook has 520 px: Add and Cancel were below its edge)
        self.year.valueChanged.connect(self.load)
        self.joint_leave.toggled.connect(self.show_days)
        self.load()

    def load(self) -> None:
        listed = attempt(self, national_holidays.national_year, self.ctx.lib, self.year.value())
        self.listed = None if listed is REFUSED else listed
        self.show_days()

    def show_days(self) -> None:
        self.shown = self.listed.chosen(self.joint_leave.isChecked()) if self.listed else []
        locale = QLocale()
        fill(self.table, [(format_date(d.day), locale.dayName(d.day.isoweekday()), d.name, self._note(d))
                          for d in self.shown])
        for row, day in enumerate(self.shown):
            self._make_tickable(row, day)
        self.remarks.setText(self._remarks())

    def ticked(self) -> list[NationalDay]:
        return [day for row, day in enumerate(self.shown) if self.table.item(row, 0).checkState() == CHECKED]

    def add_ticked(self) -> None:
        days = self.ticked()
        if not days:
            self.reject()
            return
        added = attempt(self, national_holidays.add_national_days, self.ctx.lib, self.ctx.user, days)
        if added is not REFUSED:
            self.added = len(added)
            self.accept()

    def _make_tickable(self, row: int, day: NationalDay) -> None:
        """A day not entered yet starts ticked; an entered one shows greyed as done and cannot be ticked."""
        item = self.table.item(row, 0)
        if day.entered:
            item.setCheckState(UNCHECKED)
            for column in range(self.table.columnCount()):
                cell = self.table.item(row, column)
                cell.setFlags(cell.flags() & ~Qt.ItemFlag.ItemIsEnabled)
        else:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(CHECKED)

    def _note(self, day: NationalDay) -> str:
        parts = [self.tr("cuti bersama")] if day.joint_leave else []
        if day.estimated:
            parts.append(self.tr("estimate"))
        if day.entered:
            parts.append(self.tr("already entered"))
        return ", ".join(parts)

    def _remarks(self) -> str:
        lines = []
        if any(day.estimated for day in self.shown):
            lines.append(self.tr("An estimate is a lunar date the government has not fixed yet: check it when the "
                                 "government announces the year's holidays."))
        if self.listed and self.joint_leave.isChecked() and not self.listed.joint_leave_known:
            lines.append(self.tr("The government has not announced the cuti bersama of {year} yet (usually late in "
                                 "the year before).").format(year=self.listed.year))
        return "\n".join(lines)


def add_national_holidays(ctx: AppContext, year: int, parent=None) -> int:
    """Opens the dialog; the number of closing days added (0 when cancelled)."""
    dialog = NationalHolidaysDialog(ctx, year, parent)
    dialog.exec()
    return dialog.added
