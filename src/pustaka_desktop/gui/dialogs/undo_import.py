"""*Batalkan impor…* on the Import & Export page: the catalogue, members, loan list, SLiMS history and visitor book
imports, newest first; the one picked says what undoing it removes, puts back and keeps (and why), and *Batalkan
impor ini* does it after a question, in the background. A thin caller of ``core.interop.import_undo`` and
``import_list`` (the same as ``pustaka-cli import-undo``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QHBoxLayout, QVBoxLayout

from ...core.formatting import format_datetime, format_number
from ...core.interop import import_list, import_undo, undo_circulation
from ...core.interop.import_list import ImportEntry
from ...core.interop.import_undo import UndoPlan
from ...core.practice import library as practice
from ..context import AppContext
from ..widgets.a11y import readable
from ..widgets.actions import REFUSED, attempt
from ..widgets.forms import button, note
from ..widgets.messages import confirm, info, translate
from ..widgets.screen import fit_to_screen
from ..widgets.tables import current_key, fill, read_only_table
from ..workers import run_job

KEPT_SHOWN = 12  # what stays, named one by one; the rest counted


class UndoImportDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[ImportEntry] = []
        self.plan: UndoPlan | None = None
        self.undone = False
        self.setWindowTitle(self.tr("Undo an import"))
        self.table = read_only_table([self.tr("When"), self.tr("By"), self.tr("File"), self.tr("What it brought")],
                                     self.tr("Imports, newest first"))
        self.preview = note()
        readable(self.preview, True)  # what undoing it removes and keeps: Tab from the list reaches it (and a reader)
        self.undo_button = button(self.tr("&Undo this import…"), self.tr("Undo the chosen import"), self.undo)
        self.undo_button.setEnabled(False)
        close = button(self.tr("&Close"), self.tr("Close"), self.reject)
        row = QHBoxLayout()
        row.addWidget(self.undo_button)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(note(self.tr(
            "Choose the import that was a mistake: a catalogue, a members list, a loan notebook, SLiMS's history or a "
            "visitor book. Only what it added is removed and what it changed is put back; the loans, returns and "
            "everything else done since stay. What was lent, returned, renewed, paid, reserved or edited since the "
            "import stays too, and is named below.")))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.preview)
        layout.addLayout(row)
        fit_to_screen(self, 820, 560)  # (taller than a 1024 x 600 netbook's free room: its buttons were cut)
        self.table.itemSelectionChanged.connect(self.show_plan)
        self.load()

    def load(self) -> None:
        entries = attempt(self, import_list.recent_imports, self.ctx.lib, self.ctx.user)
        self.entries = [] if entries is REFUSED else entries
        self.table.blockSignals(True)  # (the plan is read once, below, for the row chosen after the refill)
        fill(self.table, [(format_datetime(e.at), e.username, e.file, e.brought(translate)) for e in self.entries],
             keys=[e.audit_id for e in self.entries])
        if self.entries:
            self.table.selectRow(0)
        self.table.blockSignals(False)
        self.show_plan()
        if not self.entries:
            self.preview.setText(self._nothing_to_undo())

    def _nothing_to_undo(self) -> str:
        # the practice library is made after the real library's imports, without their traces: "no imports yet"
        # there would tell a librarian who just moved in that her import cannot be undone
        if practice.is_practice(self.ctx.lib):
            return self.tr("The practice library keeps none of the real library's imports: import a file here "
                           "(Import & Export) to try undoing it. The real library's imports are undone in the "
                           "real library.")
        return self.tr("No imports to undo yet.")

    def chosen(self) -> ImportEntry | None:
        key = current_key(self.table)
        return next((e for e in self.entries if e.audit_id == key), None)

    def show_plan(self) -> None:
        self.plan = None
        self.undo_button.setEnabled(False)
        entry = self.chosen()
        if entry is None or not entry.undoable:
            self.preview.setText("" if entry is None else entry.brought(translate))
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # (a move-in of 50,000 books takes seconds)
        try:
            plan = attempt(self, import_undo.plan_undo, self.ctx.lib, self.ctx.user, entry.audit_id)
        finally:
            QApplication.restoreOverrideCursor()
        if plan is REFUSED:
            return
        self.plan = plan
        self.preview.setText(self.describe(plan, done=False))
        self.undo_button.setEnabled(not plan.nothing)

    def describe(self, plan: UndoPlan, done: bool) -> str:
        removed = plan.removed
        counts = {"file": plan.file, "records": format_number(removed.get("record", 0)),
                  "copies": format_number(removed.get("item", 0)), "members": format_number(removed.get("member", 0)),
                  "restored": format_number(sum(plan.restored.values()))}
        if plan.nothing:
            lines = [self.tr("Nothing to undo: what the import of {file} added or changed is gone already, or was used "
                             "or changed since.").format(**counts)]
        elif plan.action not in ("catalog.import", "members.import"):  # (loans, fines, visits: said by kind)
            counts["what"] = import_list.removed_counts(plan.removed, translate)
            lines = [self.tr("The import of {file} is undone: {what} removed, {restored} put back as they were.")
                     .format(**counts) if done else
                     self.tr("Undoing the import of {file} removes {what}, and puts back {restored} that it changed.")
                     .format(**counts)]
        elif done:
            lines = [self.tr("The import of {file} is undone: {records} records, {copies} copies and {members} "
                             "members removed, {restored} put back as they were.").format(**counts)]
        else:
            lines = [self.tr("Undoing the import of {file} removes {records} records, {copies} copies and {members} "
                             "members, and puts back {restored} that it changed.").format(**counts)]
        if plan.kept:
            lines.append(self.tr("Kept as they are ({count}):").format(count=format_number(len(plan.kept))))
            lines += [f"• {k.label}: {translate('ImportUndo', k.reason)}" for k in plan.kept[:KEPT_SHOWN]]
            if len(plan.kept) > KEPT_SHOWN:
                lines.append(self.tr("and {count} more").format(count=format_number(len(plan.kept) - KEPT_SHOWN)))
        if plan.put_aside:
            lines.append(translate("ImportUndo", undo_circulation.TO_THE_HOLD_SHELF).format(
                count=format_number(len(plan.put_aside))))
            lines += [f"• {label}" for label in plan.put_aside]
        if plan.sent and not plan.nothing:
            lines.append(self.tr("Part of this import had already gone to the district in a bundle: the next bundle "
                                 "takes the removal there."))
        return "\n".join(lines)

    def undo(self) -> None:
        entry, plan = self.chosen(), self.plan
        if entry is None or plan is None or plan.nothing:
            return
        if not confirm(self, self.tr("Undo this import"), self.tr(
                "Undo the import of {file}? A backup is made first.").format(file=entry.file)):
            return
        lib, user = self.ctx.lib, self.ctx.user
        # (one transaction: a Cancel in time leaves the import as it was)
        run_job(self, self.tr("Undoing the import"), lambda progress, cancelled: import_undo.undo_import(
            lib, user, entry.audit_id, progress, cancelled), self.finished,
            on_cancelled=lambda: info(self, self.tr("Undo an import"), self.tr(
                "The undo was stopped: nothing was changed.")))

    def finished(self, plan: UndoPlan) -> None:
        self.undone = True
        events = self.ctx.events
        for signal in (events.catalog_changed, events.members_changed, events.circulation_changed,
                       events.visits_changed, events.programs_changed):
            signal.emit()
        info(self, self.tr("Import undone"), self.describe(plan, done=True))
        self.load()
