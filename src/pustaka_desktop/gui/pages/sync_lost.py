"""The Sync page's list of what a restored backup lost, as the district still holds it (core.sync.lost).

After a village restores an older backup, the district's next bundle brings the loans, returns, members
and books of the days since. ``LostNotice`` says at the top of the Sync page how many lines wait and how many
books are still in patrons' houses while the desk shows them on the shelf; ``LostTab`` lists them, most urgent
first, one group under a heading row each, and above them what the lost fine payments add up to (the cash box),
per staff member who took the money. A librarian chooses lines and re-enters them (a loan lent again
with its original dates, a return closed on its day) or dismisses them (dealt with another way). The work
runs off the GUI thread; each line's result or refusal is said plainly, and to a screen reader.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QTableWidgetItem, QVBoxLayout

from ...core.errors import PustakaError
from ...core.formatting import format_number
from ...core.sync import lost
from ..context import AppContext
from ..widgets.a11y import announce
from ..widgets.forms import add_all, button, note
from ..widgets.messages import confirm, info, translate
from ..widgets.tables import EXTENDED, KEY_ROLE, fill, read_only_table
from ..workers import run_job
from .base import Page

SHOWN_IN_A_QUESTION = 8  # lines named in a confirmation; more are counted


def loans_out(found: list[lost.LostEntry]) -> int:
    return sum(1 for entry in found if entry.kind == "loan_out")


def describe(entry: lost.LostEntry) -> str:
    """One line in the librarian's words, for a question or a result."""
    return lost.describe(entry, translate)


def detail(name: str, value: object) -> str:
    return lost.detail(name, value, translate)


class LostNotice(QGroupBox):
    """The notice at the top of the Sync page while a list waits (hidden otherwise)."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("A restored backup lost what the district still holds"))
        row = QHBoxLayout(self)
        self.text = note()
        self.open_button = button(self.tr("Open the &list"), self.tr("Open the list of what the restore lost"))
        row.addWidget(self.text, 1)
        row.addWidget(self.open_button)
        self.hide()

    def show_count(self, found: list[lost.LostEntry]) -> None:
        out = loans_out(found)
        text = self.tr("{lines} line(s) to check, sent back by the district.").format(lines=format_number(len(found)))
        if out:
            text += " " + self.tr("{loans} loan(s) still out: those books are in patrons' houses while the desk "
                                  "shows them on the shelf.").format(loans=format_number(out))
        self.text.setText(text)
        self.setVisible(bool(found))


class LostTab(Page):
    """The list itself, with Re-enter and Dismiss for the chosen lines."""

    decided = Signal()  # lines were re-entered or dismissed: the Sync page counts again

    COLUMNS = 6

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.found: list[lost.LostEntry] = []
        layout = QVBoxLayout(self)
        layout.addWidget(note(self.tr(
            "Your PC went back to an older backup; the district still held what was done since. Loans still out "
            "come first. Choose lines: Re-enter lends a copy again with its original dates (or records a return "
            "on its day, or puts a fine paid or charged back in the ledger with its day and who took it). Members, visits and books added: enter them again as usual, then dismiss the line.")))
        self.cash = note()  # the fine payments' total, for the volunteer counting the cash box
        self.cash.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.cash)
        self.table = read_only_table([self.tr("Copy"), self.tr("Title"), self.tr("Member"), self.tr("Lent / date"),
                                      self.tr("Due back"), self.tr("Returned / details")],
                                     self.tr("What the restore lost"), selection=EXTENDED)
        self.table.itemSelectionChanged.connect(self._chosen_changed)
        layout.addWidget(self.table, 1)
        self.reenter_button = button(self.tr("&Re-enter…"), self.tr("Re-enter the chosen lines"), self._reenter)
        self.dismiss_button = button(self.tr("&Dismiss…"), self.tr("Dismiss the chosen lines"), self._dismiss)
        layout.addLayout(add_all(QHBoxLayout(), self.reenter_button, self.dismiss_button))
        self.result = note()
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result)
        if not ctx.allowed("sync.manage"):
            layout.addWidget(note(self.tr("Only a librarian may re-enter or dismiss lines.")))
        self._chosen_changed()

    # --- showing --------------------------------------------------------------------------------

    def show_entries(self, found: list[lost.LostEntry], cash: list[lost.CashTaken] | None = None) -> None:
        """The lines, a heading row before each group (most urgent first, as ``lost.entries`` orders them), and
        what the lost fine payments add up to (``lost.cash_taken``)."""
        self.found = found
        self.cash.setText(lost.cash_line(cash or [], translate))
        self.cash.setVisible(bool(self.cash.text()))
        rows: list[list[str]] = []
        keys: list[str | None] = []
        kind = ""
        for entry in found:
            if entry.kind != kind:
                kind = entry.kind
                count = sum(1 for e in found if e.kind == kind)
                rows.append([f"{translate('Lost', lost.KIND_LABELS[kind])}: {format_number(count)}"] +
                            [""] * (self.COLUMNS - 1))
                keys.append(None)
            rows.append(self._cells(entry))
            keys.append(entry.uid)
        self.table.clearSpans()
        fill(self.table, rows, keys, fit=False)
        for row, key in enumerate(keys):
            if key is None:
                self._heading(row)
        self.table.resizeColumnsToContents()
        self._chosen_changed()

    def _cells(self, entry: lost.LostEntry) -> list[str]:
        last = ", ".join(detail(name, value) for name, value in entry.details.items())
        if entry.kind == "fine":
            last = lost.fine_done(entry, translate)
        elif entry.returned_at:
            last = self.tr("returned {day}").format(day=lost.day_text(entry.returned_at))
        return [entry.barcode, entry.title, entry.number, lost.day_text(entry.when), lost.day_text(entry.due_on), last]

    def _heading(self, row: int) -> None:
        """A group's title across the whole row, bold, not choosable (Re-enter acts on lines only)."""
        self.table.setSpan(row, 0, 1, self.COLUMNS)
        item: QTableWidgetItem = self.table.item(row, 0)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        for column in range(self.COLUMNS):
            cell = self.table.item(row, column)
            cell.setFlags(Qt.ItemFlag.ItemIsEnabled)

    def chosen(self) -> list[lost.LostEntry]:
        """The lines chosen in the table, in the table's order."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        keys = [self.table.item(row, 0).data(KEY_ROLE) for row in rows]
        by_uid = {entry.uid: entry for entry in self.found}
        return [by_uid[key] for key in keys if key in by_uid]

    def _chosen_changed(self) -> None:
        lines = self.chosen()
        librarian = self.ctx.allowed("sync.manage")
        self.reenter_button.setEnabled(librarian and bool(lines) and all(e.kind in lost.REENTERABLE for e in lines))
        self.dismiss_button.setEnabled(librarian and bool(lines))

    # --- actions ----------------------------------------------------------------------------------

    def _listed(self, lines: list[lost.LostEntry]) -> str:
        named = "\n".join(f"• {describe(entry)}" for entry in lines[:SHOWN_IN_A_QUESTION])
        if len(lines) > SHOWN_IN_A_QUESTION:
            named += "\n" + self.tr("… and {count} more").format(
                count=format_number(len(lines) - SHOWN_IN_A_QUESTION))
        return named

    def _reenter(self) -> None:
        lines = [entry for entry in self.chosen() if entry.kind in lost.REENTERABLE]
        if not lines:
            return
        loans = [e for e in lines if e.kind == "loan_out"]
        fines = [e for e in lines if e.kind == "fine"]
        returns = len(lines) - len(loans) - len(fines)
        what = []
        if loans:
            what.append(self.tr("{count} loan(s) lent again with their original lent and due dates: the desk will "
                                "show these copies on loan to these members.").format(count=format_number(len(loans))))
        if returns:
            what.append(self.tr("{count} return(s) recorded on the day they came back (no fine is charged): the desk "
                                "will show these copies on the shelf.").format(count=format_number(returns)))
        if fines:
            what.append(self.tr("{count} fine line(s) put back in the members' ledgers with their original day, "
                                "amount and the staff who took the money.").format(count=format_number(len(fines))))
        if confirm(self, self.tr("Re-enter"), "\n\n".join([*what, self._listed(lines)])):
            self._run(self.tr("Re-entering"), lost.reenter, lines)

    def _dismiss(self) -> None:
        lines = self.chosen()
        if lines and confirm(self, self.tr("Dismiss"), self.tr(
                "Take {count} line(s) off the list? Nothing in the catalogue, the members or the loans changes: "
                "do it only when you have dealt with them another way.").format(count=format_number(len(lines)))
                + "\n\n" + self._listed(lines)):
            self._run(self.tr("Dismissing"), lost.dismiss, lines)

    def _run(self, title: str, decide, lines: list[lost.LostEntry]) -> None:
        """``decide`` each line off the GUI thread; a refusal (the copy is on loan again, the member is
        missing) stops only its own line."""
        lib, user = self.ctx.lib, self.ctx.user

        def job(progress, cancelled):
            outcome = []
            for n, entry in enumerate(lines):
                progress(n / len(lines), "")
                try:
                    decide(lib, user, entry.uid)
                    outcome.append((entry, None))
                except PustakaError as exc:
                    outcome.append((entry, exc))
            return outcome

        run_job(self, title, job, lambda outcome: self._said(decide is lost.reenter, outcome))

    def _said(self, reentered: bool, outcome: list[tuple[lost.LostEntry, PustakaError | None]]) -> None:
        done = [entry for entry, exc in outcome if exc is None]
        refused = [(entry, exc) for entry, exc in outcome if exc is not None]
        parts = []
        if done:
            head = self.tr("Re-entered: {count}") if reentered else self.tr("Dismissed: {count}")
            parts.append(head.format(count=format_number(len(done))) + "\n" + self._listed(done))
        if refused:
            parts.append(self.tr("Not done: {count}").format(count=format_number(len(refused))) + "\n" + "\n".join(
                f"• {describe(entry)}: {exc.message(translate)}" for entry, exc in refused))
        text = "\n\n".join(parts)
        self.decided.emit()  # the page counts again and shows the list as it is now
        if done and reentered:
            self.ctx.events.circulation_changed.emit()
        self.result.setText(text)
        announce(self.result, text, assertive=bool(refused))
        info(self, self.tr("Re-enter") if reentered else self.tr("Dismiss"), text)
