"""Reservations (Pemesanan): the hold shelf (copies put aside, for whom, until when; a WhatsApp
reminder that the book is ready) and every reservation still waiting, with its number in its title's
queue. Cancel one (a copy put aside goes to the next in line), release the copies whose pick-up day
passed, see one title's queue. Placing a reservation happens at the desk (F7) or in the catalogue."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QTableWidgetItem, QTabWidget, QVBoxLayout

from ...core.circulation import holds, reminders
from ...core.errors import PustakaError
from ...core.formatting import format_date
from ..background import load_later
from ..context import AppContext
from ..widgets.forms import arrange, button, column, note, side_by_side
from ..widgets.messages import confirm, error_text
from ..widgets.reminder_panel import ReminderPanel
from ..widgets.tables import read_only_table
from .base import Page

LATE = QColor("#fde2e1")


def _load(lib):
    shelf = holds.hold_shelf(lib)
    return shelf, reminders.hold_ready_reminders(lib, shelf), holds.reservations(lib)


class ReservationsPage(Page):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.shelf: list[holds.ReservationLine] = []
        self.shelf_reminders: list[reminders.Reminder] = []
        self.waiting: list[holds.ReservationLine] = []
        self.loads_done = 0
        self.summary = note()  # large text on a small screen
        self.refresh_button = button(self.tr("&Refresh"), slot=self.load)
        self.expire_button = button(self.tr("Release copies &not collected"), slot=self.expire)
        self.expire_button.setToolTip(self.tr("Copies whose pick-up day has passed go to the next member in line, "
                                              "or back on the shelf"))
        # no title of its own: the window's heading above names the page
        top = arrange(QHBoxLayout(), (self.summary, 1), self.expire_button, self.refresh_button)

        self.shelf_table = read_only_table(
            [self.tr("Pick up by"), self.tr("Title"), self.tr("Copy"), self.tr("Member"), self.tr("Number"),
             self.tr("Phone")], self.tr("Copies on the hold shelf"))
        self.shelf_table.currentCellChanged.connect(lambda row, *_: self._show_shelf_row(row))
        self.panel = ReminderPanel(ctx)
        self.cancel_shelf_button = button(self.tr("Cancel this reservation…"),
                                          slot=lambda: self.cancel(self._current(self.shelf_table, self.shelf)))
        shelf_right = column((self.panel, 1))
        shelf_right.layout().addWidget(self.cancel_shelf_button, 0, Qt.AlignmentFlag.AlignLeft)
        # the list gets the room; the reminder is a side panel
        shelf_split = side_by_side(self.shelf_table, shelf_right, stretch=(3, 2))
        shelf_split.setSizes([600, 400])  # (a splitter shares out by size hints first: the panel's took the room)

        self.queue_table = read_only_table(
            [self.tr("Title"), self.tr("In line"), self.tr("Member"), self.tr("Number"), self.tr("Reserved on")],
            self.tr("Reservations waiting for a copy"))
        self.cancel_button = button(self.tr("Cancel this reservation…"),
                                    slot=lambda: self.cancel(self._current(self.queue_table, self.waiting)))
        queue_box = column((self.queue_table, 1), margins=True)
        queue_box.layout().addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignLeft)

        self.tabs = QTabWidget()
        self.tabs.addTab(shelf_split, self.tr("Hold shelf"))
        self.tabs.addTab(queue_box, self.tr("Waiting for a copy"))
        self.message = note()
        self.message.setStyleSheet("font-size: 12pt;")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.message)
        ctx.events.circulation_changed.connect(self.load)
        self.load()

    # -- data -------------------------------------------------------------------------------------

    def load(self) -> None:
        self.summary.setText(self.tr("Loading…"))
        lib = self.ctx.lib
        load_later(self, lib, lambda: _load(lib), self._loaded,
                   lambda exc: self.summary.setText(error_text(exc)))

    def _loaded(self, result) -> None:
        self.shelf, self.shelf_reminders, everything = result
        self.waiting = [line for line in everything if line.status == holds.WAITING]
        late = sum(1 for line in self.shelf if line.pickup_passed)
        self.summary.setText(self.tr("{shelf} on the hold shelf ({late} not collected in time), {waiting} waiting").format(
            shelf=len(self.shelf), late=late, waiting=len(self.waiting)))
        self.shelf_table.setRowCount(len(self.shelf))
        for row, line in enumerate(self.shelf):
            values = (format_date(line.ready_until) if line.ready_until else "", line.title, line.barcode,
                      line.member_name, line.member_number, line.phone)
            for col, value in enumerate(values):
                item = QTableWidgetItem(value)
                if line.pickup_passed:
                    item.setBackground(LATE)
                    item.setToolTip(self.tr("The pick-up day has passed"))
                self.shelf_table.setItem(row, col, item)
        self.queue_table.setRowCount(len(self.waiting))
        for row, line in enumerate(self.waiting):
            values = (line.title, str(line.position), line.member_name, line.member_number, format_date(line.placed_on))
            for col, value in enumerate(values):
                self.queue_table.setItem(row, col, QTableWidgetItem(value))
        self.expire_button.setEnabled(late > 0)
        if self.shelf:
            self.shelf_table.setCurrentCell(0, 0)
        self._show_shelf_row(self.shelf_table.currentRow() if self.shelf else -1)
        self.cancel_button.setEnabled(bool(self.waiting))
        self.loads_done += 1

    def _show_shelf_row(self, row: int) -> None:
        has = 0 <= row < len(self.shelf_reminders)
        self.cancel_shelf_button.setEnabled(has)
        self.panel.show_reminder(self.shelf_reminders[row] if has else None,
                                 "" if has else self.tr("No copies are waiting on the hold shelf."))

    @staticmethod
    def _current(table, lines: list[holds.ReservationLine]) -> holds.ReservationLine | None:
        row = table.currentRow()
        return lines[row] if 0 <= row < len(lines) else None

    # -- actions ----------------------------------------------------------------------------------

    def cancel(self, line: holds.ReservationLine | None) -> None:
        if line is None:
            return
        if not confirm(self, self.tr("Cancel reservation"),
                       self.tr("Cancel the reservation of \u201c{title}\u201d for {name} ({number})?").format(
                           title=line.title, name=line.member_name, number=line.member_number)):
            return
        try:
            now_for = holds.cancel(self.ctx.lib, self.ctx.user, line.hold_id)
        except PustakaError as exc:
            self.message.setText(error_text(exc))
            return
        text = self.tr("Cancelled: \u201c{title}\u201d for {name}.").format(title=line.title, name=line.member_name)
        if now_for is not None:
            text += " " + self.tr("Keep {barcode} on the hold shelf for {name} ({number}) until {date}.").format(
                barcode=now_for.barcode, name=now_for.member_name, number=now_for.member_number,
                date=format_date(now_for.ready_until))
        elif line.status == holds.READY:
            text += " " + self.tr("Put {barcode} back on the shelf.").format(barcode=line.barcode)
        self.message.setText(text)
        self.ctx.events.circulation_changed.emit()

    def expire(self) -> None:
        try:
            expired = holds.expire_holds(self.ctx.lib, self.ctx.user)
        except PustakaError as exc:
            self.message.setText(error_text(exc))
            return
        self.message.setText(QCoreApplication.translate(
            "ReservationsPage", "{count} reservation(s) were not collected in time; their copies went to the next "
                                "in line or back on the shelf (see the list).").format(count=len(expired)))
        self.ctx.events.circulation_changed.emit()
