"""Overdue (Terlambat): who has late books, days late and the fine so far, and a reminder per member
that reaches them: a WhatsApp click-to-chat link and its QR code (scan it with the library's phone),
the text to copy, or a printable letter (PDF). Who was reminded when is written down and shown.

The list is worked out off the GUI thread (a large library has thousands of loans to look at): the
page opens at once with "Looking for overdue books…" and fills in.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QTableWidgetItem, QVBoxLayout

from ...core.circulation import overdue, reminders
from ...core.formatting import format_date, format_money
from ...core.store.clock import local_today, to_local
from ..background import load_later
from ..context import AppContext
from ..models.rows import Column, RowsModel
from ..widgets.actions import save_file
from ..widgets.forms import arrange, button, column, note, side_by_side
from ..widgets.messages import error_text
from ..widgets.reminder_panel import ReminderPanel
from ..widgets.tables import INTERACTIVE, NO_STRETCH, fit_widths, model_table, read_only_table
from ..workers import run_job
from .base import Page


def _overdue_with_reminders(lib) -> tuple[list[overdue.OverdueMember], list[reminders.Reminder]]:
    entries = overdue.overdue_by_member(lib)
    return entries, reminders.overdue_reminders(lib, entries)


class OverduePage(Page):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.entries: list[overdue.OverdueMember] = []
        self.reminders: list[reminders.Reminder] = []
        self.loads_done = 0  # tests and the bench wait for it
        self.summary = note()  # the counts arrive later and may be longer than the first text
        self.refresh_button = button(self.tr("&Refresh"), self.tr("Refresh the list"), self.load)
        self.letters_button = button(self.tr("Print &letters for everyone (PDF)…"),
                                     self.tr("Print reminder letters for everyone"), lambda: self.print_letters(None))
        # no title of its own: the window's heading above names the page
        top = arrange(QHBoxLayout(), (self.summary, 1), self.refresh_button, self.letters_button)

        # A model, not a table of items: a large library has thousands of members with late books.
        self.model = RowsModel([
            Column(self.tr("Member"), lambda e: e.name), Column(self.tr("Number"), lambda e: e.number),
            Column(self.tr("Phone"), lambda e: e.phone), Column(self.tr("Books"), lambda e: len(e.lines), True),
            Column(self.tr("Most days late"), lambda e: e.most_days_late, True),
            Column(self.tr("Fine so far"), lambda e: format_money(e.total_fine), True),
            Column(self.tr("Reminded"), self._reminded_text)], self)
        self.table = model_table(self.model, self.tr("Members with overdue books"), resize=INTERACTIVE,
                                 stretch=NO_STRETCH)
        # the name read whole and first (on a 1366x768 screen half the page left it "An… 2" over two lines, the
        # seven columns sharing 340 pixels); the rest as wide as they need, scrolled to sideways
        fit_widths(self.table, {0: 24, 1: 13, 2: 15, 3: 2, 4: 3, 5: 10, 6: 12})
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self.show_entry(current.row()))

        self.books = read_only_table([self.tr("Title"), self.tr("Due back"), self.tr("Days late"),
                                      self.tr("Fine so far")], self.tr("Overdue books of this member"), stretch=0)
        self.panel = ReminderPanel(ctx)
        self.panel.sent.connect(lambda _channel: self._update_reminded(self.current_row()))
        self.message = self.panel.message
        self.copy_button = self.panel.copy_button
        self.copied = self.panel.status
        self.letter_button = button(self.tr("Letter for this &member (PDF)…"),
                                    self.tr("Print a reminder letter for this member"), self.print_one)
        right = column((self.books, 1), (self.panel, 2))
        right.layout().addWidget(self.letter_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        halves = side_by_side(self.table, right, stretch=(1, 1))
        halves.setSizes([500, 500])  # (by size hints the reminder took two thirds: the card numbers broke in two)
        layout.addWidget(halves, 1)
        shortcut = QShortcut(QKeySequence("Ctrl+Shift+C"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.copy_message)
        ctx.events.circulation_changed.connect(self.load)
        self.load()

    def load(self) -> None:
        """Work the list out in the background; the page stays usable meanwhile."""
        self.summary.setText(self.tr("Looking for overdue books…"))
        self.refresh_button.setEnabled(False)
        lib = self.ctx.lib
        load_later(self, lib, lambda: _overdue_with_reminders(lib), self._loaded, self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.refresh_button.setEnabled(True)
        self.summary.setText(self.tr("The list could not be made: {error}").format(error=error_text(exc)))
        self.loads_done += 1

    def _loaded(self, result) -> None:
        self.entries, self.reminders = result
        self.refresh_button.setEnabled(True)
        books = sum(len(e.lines) for e in self.entries)
        total = sum(e.total_fine for e in self.entries)
        self.summary.setText(self.tr("{members} member(s), {books} book(s), fines so far {amount} — {date}").format(
            members=len(self.entries), books=books, amount=format_money(total),
            date=format_date(local_today(self.ctx.lib.clock))))
        self._last_sent = {r.member_id: r for r in self.reminders}
        self.model.set_rows(self.entries)
        self.letters_button.setEnabled(bool(self.entries))
        if self.entries:
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.show_entry(self.current_row() if self.entries else -1)
        self.loads_done += 1

    def _reminded_text(self, entry: overdue.OverdueMember) -> str:
        reminder = getattr(self, "_last_sent", {}).get(entry.member_id)
        last = reminder.last_sent if reminder is not None else None
        return to_local(last).strftime("%d-%m %H:%M") if last else ""

    def _update_reminded(self, row: int) -> None:
        if 0 <= row < len(self.entries):
            index = self.model.index(row, 6)
            self.model.dataChanged.emit(index, index)

    def current_row(self) -> int:
        index = self.table.currentIndex()
        return index.row() if index.isValid() else -1

    def current(self) -> overdue.OverdueMember | None:
        row = self.current_row()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def show_entry(self, row: int) -> None:
        entry = self.entries[row] if 0 <= row < len(self.entries) else None
        self.letter_button.setEnabled(entry is not None)
        if entry is None:
            self.books.setRowCount(0)
            self.panel.show_reminder(None, self.tr("Nobody has overdue books.") if not self.entries else "")
            return
        self.books.setRowCount(len(entry.lines))
        for r, line in enumerate(entry.lines):
            for c, value in enumerate((line.title, format_date(line.due_on), line.days_late,
                                       format_money(line.fine_so_far))):
                self.books.setItem(r, c, QTableWidgetItem(str(value)))
        self.panel.show_reminder(self.reminders[row])

    def copy_message(self) -> None:
        self.panel.copy_message()

    def print_one(self) -> None:
        entry = self.current()
        if entry is not None:
            self.print_letters([entry.member_id])

    def print_letters(self, member_ids: list[int] | None) -> None:
        default = str(Path.home() / f"surat-terlambat-{local_today(self.ctx.lib.clock).isoformat()}.pdf")
        path = save_file(self, self.tr("Save reminder letters"), default, self.tr("PDF files (*.pdf)"), ".pdf")
        if not path:
            return
        lib, user = self.ctx.lib, self.ctx.user
        chosen = [r for r in self.reminders if member_ids is None or r.member_id in member_ids]

        from ...core.printing import overdue_letters  # reportlab and fonts: loaded when letters are asked for

        def job(progress, cancelled):
            count = overdue_letters.write_letters(lib, user, path, member_ids, progress, cancelled)
            for reminder in chosen:
                reminders.record_sent(lib, user, reminder, reminders.LETTER)
            return count

        def done(count: int) -> None:
            self.copied.setText(self.tr("{count} letter(s) saved to {path}").format(count=count, path=path))
            for row in range(len(self.reminders)):
                self._update_reminded(row)

        run_job(self, self.tr("Writing reminder letters"), job, done)
