"""The review list ("Perlu diperiksa"): what imports kept as written but could not check, with the
reason and a suggested correction. Opened after an import that flagged something, from the Import &
Export page and from the dashboard. Cleared with the keyboard alone: arrows move, Enter takes the
correction (the suggestion, or what was typed after F2), Delete keeps the value as written; both work
on every selected row."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core.catalog import review
from ..core.errors import PustakaError
from .context import AppContext
from .widgets.forms import add_all, button, note
from .widgets.messages import error_text

SHOWN = 1000  # rows loaded at once; the rest come as these are cleared
CORRECTION = 4  # the editable column


def _tr(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class _Table(QTableWidget):
    """Enter and Delete act on the selected rows (an open cell editor takes its own keys first)."""

    enter = Signal()
    delete = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt name
        if self.state() != QAbstractItemView.State.EditingState:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.enter.emit()
                return
            if event.key() == Qt.Key.Key_Delete:
                self.delete.emit()
                return
        super().keyPressEvent(event)


class ReviewDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[review.Entry] = []
        self.setWindowTitle(self.tr("Needs checking (Perlu diperiksa)"))
        layout = QVBoxLayout(self)
        self.summary = note()
        layout.addWidget(self.summary)
        layout.addWidget(note(self.tr("Enter: use the correction · F2: type another correction · Delete: keep the "
                                      "value as written. Select several rows to do the same for all of them.")))
        self.table = _Table(0, 5)
        self.table.setAccessibleName(self.tr("Fields to check"))
        self.table.setHorizontalHeaderLabels([self.tr("Record"), self.tr("As written"), self.tr("Why"),
                                              self.tr("Kind"), self.tr("Correction")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked)
        header = self.table.horizontalHeader()
        for column in (0, 1, 3, CORRECTION):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        layout.addWidget(self.table, 1)
        self.status = note()
        layout.addWidget(self.status)
        self.fix_button = button(self.tr("&Use the correction"), slot=self.fix_selected)
        self.keep_button = button(self.tr("&Keep as written"), slot=self.keep_selected)
        self.all_button = button(self.tr("Use &all suggestions"), slot=self.fix_all)
        for push in (self.fix_button, self.keep_button, self.all_button):
            push.setEnabled(ctx.allowed("catalog.edit"))
        row = add_all(QHBoxLayout(), self.fix_button, self.keep_button, self.all_button)
        row.addWidget(button(self.tr("&Close"), slot=self.accept))
        layout.addLayout(row)
        self.table.enter.connect(self.fix_selected)
        self.table.delete.connect(self.keep_selected)
        self.resize(1000, 560)
        self.load()
        self.table.setFocus()

    def load(self, keep_row: int = 0) -> None:
        self.entries = review.open_flags(self.ctx.lib, limit=SHOWN)
        total = review.open_count(self.ctx.lib)
        self.summary.setText(self.tr("{count} fields to check. Each was kept as the file wrote it; nothing was "
                                     "lost.").format(count=total) if total else self.tr("Nothing left to check."))
        self.table.setRowCount(len(self.entries))
        for r, entry in enumerate(self.entries):
            what = entry.title or "-"
            if entry.barcode:
                what += f"\n[{entry.barcode}]"
            label = review.REASONS.get(entry.reason, entry.reason)
            cells = [what, entry.value, entry.message(_tr), _tr("Review", label), entry.suggestion]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c != CORRECTION or not entry.field:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        self.table.resizeRowsToContents()
        if self.entries:
            self.table.selectRow(min(keep_row, len(self.entries) - 1))
        self.all_button.setEnabled(self.ctx.allowed("catalog.edit") and any(e.suggestion for e in self.entries))

    def _selected(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        return [r for r in rows if r < len(self.entries)]

    def fix_selected(self) -> None:
        rows = self._selected()
        if not rows:
            return
        problems = []
        for r in rows:
            entry = self.entries[r]
            typed = self.table.item(r, CORRECTION).text().strip()
            try:
                if not entry.field:  # a possible duplicate, a new collection type: nothing to write
                    review.keep(self.ctx.lib, self.ctx.user, entry.id)
                else:
                    review.fix(self.ctx.lib, self.ctx.user, entry.id, None if typed == entry.suggestion else typed)
            except PustakaError as exc:
                problems.append(f"{entry.title}: {error_text(exc)}")
        self._done(rows[0], problems)

    def keep_selected(self) -> None:
        rows = self._selected()
        if not rows:
            return
        try:
            review.keep_many(self.ctx.lib, self.ctx.user, [self.entries[r].id for r in rows])
        except PustakaError as exc:
            self._done(rows[0], [error_text(exc)])
            return
        self._done(rows[0], [])

    def fix_all(self) -> None:
        ids = [e.id for e in self.entries if e.suggestion]
        done, failed = review.fix_many(self.ctx.lib, self.ctx.user, ids)
        self._done(0, [error_text(exc) for _, exc in failed])

    def _done(self, row: int, problems: list[str]) -> None:
        self.status.setText("\n".join(problems))
        self.ctx.events.catalog_changed.emit()
        self.load(row)
        self.table.setFocus()


def open_review(ctx: AppContext, parent=None, closed=None) -> ReviewDialog:
    """Show the list (window-modal, without blocking the caller); ``closed()`` runs when it closes."""
    dialog = ReviewDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if closed is not None:
        dialog.finished.connect(lambda _result: closed())
    dialog.open()
    return dialog
