"""The review list ("Perlu diperiksa"): what imports kept as written but could not check, with the
reason and a suggested correction. Opened after an import that flagged something, from the Import &
Export page and from the dashboard. Cleared with the keyboard alone: arrows move from row to row (the
current cell always in the correction column, framed), Enter takes the correction, Delete keeps the
value as written, both on every selected row; F2 or simply typing edits the correction, and one Enter
then applies what was typed (a value the check refuses stays in the editor, with the reason below)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QPen
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core.catalog import review
from ..core.errors import PustakaError
from .context import AppContext
from .models.search_results import kind_suffix
from .widgets.a11y import announce, release_tab
from .widgets.forms import add_all, button, note
from .widgets.messages import error_text, translate
from .widgets.screen import fit_to_screen
from .widgets.tables import fit_columns

SHOWN = 1000  # rows loaded at once; the rest come as these are cleared
RECORD, WRITTEN, WHY, KIND, CORRECTION = range(5)  # the columns; only the correction is edited
NARROW = {RECORD: 30, WRITTEN: 24}  # characters: wider text is cut with "…" (whole in its tooltip),
CORRECTION_CHARS = 20  # so the reason and the correction (room to type an ISBN) stay in view
# (the kind is one of a few short labels, "Mungkin duplikat", "Rumus lembar kerja": always whole)
DIALOG_SIZE = (1000, 560)  # px, when the screen has room (widgets.screen.fit_to_screen)


class _Cells(QStyledItemDelegate):
    """The record and the value as written stay on one line each, cut with "…" (the reason wraps);
    the current cell gets a frame, so a keyboard user sees where F2 and typing go."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        if index.column() != WHY:
            option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        super().paint(painter, option, index)
        if option.state & QStyle.StateFlag.State_HasFocus:
            painter.save()
            painter.setPen(QPen(option.palette.highlightedText().color(), 2))
            painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
            painter.restore()


class _Table(QTableWidget):
    """Enter and Delete act on the selected rows (an open cell editor takes its own keys first). The
    current cell stays in the correction column: F2 or a typed letter edits the correction, and Enter
    in the editor applies what was typed at once (``typed``)."""

    enter = Signal()
    delete = Signal()
    typed = Signal(int)  # the row whose correction was typed and confirmed with Enter

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt name
        if self.state() != QAbstractItemView.State.EditingState:
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.enter.emit()
                return
            if event.key() == Qt.Key.Key_Delete:
                self.delete.emit()
                return
            if event.key() == Qt.Key.Key_F2 or _starts_typing(event):
                self.to_correction()
        super().keyPressEvent(event)

    def moveCursor(self, action, modifiers) -> QModelIndex:  # noqa: N802 - Qt name
        """Up, Down, Page Up, Home and the rest move between rows, always to the correction."""
        index = super().moveCursor(action, modifiers)
        return index.siblingAtColumn(CORRECTION) if index.isValid() else index

    def closeEditor(self, editor, hint) -> None:  # noqa: N802 - Qt name
        row = self.currentRow()
        super().closeEditor(editor, hint)
        if hint == QAbstractItemDelegate.EndEditHint.SubmitModelCache:  # Enter (Escape: RevertModelCache)
            self.typed.emit(row)

    def to_correction(self, row: int | None = None) -> None:
        """The current cell: the correction of ``row`` (the current row when None); the selection stays."""
        row = self.currentRow() if row is None else row
        if 0 <= row < self.rowCount():
            self.selectionModel().setCurrentIndex(self.model().index(row, CORRECTION),
                                                  QItemSelectionModel.SelectionFlag.NoUpdate)


def _starts_typing(event) -> bool:
    """A key that types a character (not Space, which selects, nor a shortcut with Ctrl or Alt)."""
    shortcut = event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                                    | Qt.KeyboardModifier.MetaModifier)
    return bool(event.text()) and event.text().isprintable() and event.text() != " " and not shortcut


class ReviewDialog(QDialog):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.entries: list[review.Entry] = []
        self.setWindowTitle(self.tr("Needs checking (Perlu diperiksa)"))
        layout = QVBoxLayout(self)
        self.summary = note()
        layout.addWidget(self.summary)
        layout.addWidget(note(self.tr("Enter: use the correction · F2, or just type: another correction · Delete: "
                                      "keep the value as written. Select several rows to do the same for all of "
                                      "them.")))
        self.table = _Table(0, 5)
        self.table.setAccessibleName(self.tr("Fields to check"))
        self.table.setHorizontalHeaderLabels([self.tr("Record"), self.tr("As written"), self.tr("Why"),
                                              self.tr("Kind"), self.tr("Correction")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked)
        self.table.setItemDelegate(_Cells(self.table))
        release_tab(self.table)  # Tab goes on to the buttons; the arrows move between rows
        self.table.horizontalHeader().setSectionResizeMode(WHY, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().sectionResized.connect(self._fit_rows)  # the reason wraps to its width
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
        self.table.typed.connect(self.fix_typed)
        fit_to_screen(self, *DIALOG_SIZE)
        self.load()
        self.table.setFocus()

    def load(self, keep_row: int = 0) -> None:
        self.entries = review.open_flags(self.ctx.lib, limit=SHOWN)
        total = review.open_count(self.ctx.lib)
        self.summary.setText(self.tr("{count} fields to check. Each was kept as the file wrote it; nothing was "
                                     "lost.").format(count=total) if total else self.tr("Nothing left to check."))
        self.table.setRowCount(len(self.entries))
        for r, entry in enumerate(self.entries):
            what = (entry.title + kind_suffix(entry.material_type)) if entry.title else "-"
            if entry.barcode:
                what += f"\n[{entry.barcode}]"
            label = review.REASONS.get(entry.reason, entry.reason)
            cells = [what, entry.value, entry.message(translate), translate("Review", label), entry.suggestion]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c != CORRECTION or not entry.field:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                item.setToolTip(text)
                self.table.setItem(r, c, item)
        for column, widest in NARROW.items():
            fit_columns(self.table, widest, [column])
        self.table.resizeColumnToContents(KIND)
        fit_columns(self.table, CORRECTION_CHARS, [CORRECTION])
        self.table.setColumnWidth(CORRECTION, max(self.table.columnWidth(CORRECTION),
                                                  self.table.fontMetrics().averageCharWidth() * CORRECTION_CHARS))
        self.table.resizeRowsToContents()
        if self.entries:
            row = min(keep_row, len(self.entries) - 1)
            self.table.selectRow(row)
            self.table.to_correction(row)  # F2 and typing go to the correction, also after a reload
        self.all_button.setEnabled(self.ctx.allowed("catalog.edit") and any(e.suggestion for e in self.entries))

    def _fit_rows(self, column: int, *_sizes) -> None:
        if column == WHY:  # after the header has finished sharing out the width (during it, rows see the old one)
            QTimer.singleShot(0, self.table, self.table.resizeRowsToContents)

    def _selected(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentRow() >= 0:
            rows = [self.table.currentRow()]
        return [r for r in rows if r < len(self.entries)]

    def fix_selected(self) -> None:
        self._fix(self._selected())

    def fix_typed(self, row: int) -> None:
        """Enter in the correction's editor: apply what was typed in that row, now."""
        if 0 <= row < len(self.entries):
            self._fix([row], reopen=True)

    def _fix(self, rows: list[int], reopen: bool = False) -> None:
        """Apply the correction shown in each of ``rows``. A typed value the check refuses is not thrown
        away: it is shown again after the reload (in the editor again when ``reopen``), the reason below."""
        if not rows:
            return
        problems, refused = [], {}
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
                if typed != entry.suggestion:
                    refused[entry.id] = typed
        self._done(rows[0], problems)
        self._show_refused(refused, reopen)

    def _show_refused(self, refused: dict[int, str], reopen: bool) -> None:
        """Put the refused typed values back in their rows; with ``reopen`` the editor opens on the first."""
        for r, entry in enumerate(self.entries):
            if entry.id in refused:
                self.table.item(r, CORRECTION).setText(refused[entry.id])
                if reopen:
                    reopen = False
                    self.table.selectRow(r)
                    self.table.to_correction(r)
                    self.table.edit(self.table.currentIndex())

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
        self._done(0, [error_text(exc) for _, exc in failed], used=done)

    def _done(self, row: int, problems: list[str], used: int | None = None) -> None:
        """The list again after an action; what went wrong said below it. ``used``: how many suggestions "Use all
        suggestions" applied, said first (only the count above the list changed, and a screen reader heard
        nothing)."""
        self.ctx.events.catalog_changed.emit()
        self.load(row)
        said = [] if used is None else [self._used(used)]
        self.status.setText("\n".join(said + problems))
        if said or problems:  # said aloud too: the focus stays in the table
            announce(self.status, self.status.text(), assertive=bool(problems))
        self.table.setFocus()
        if not self.entries and not said:  # the focus stays in a table now empty: the list being done is said aloud
            announce(self.summary, self.summary.text())

    def _used(self, used: int) -> str:
        left = review.open_count(self.ctx.lib)
        if left:
            return self.tr("{used} suggested corrections used; {left} fields are left to check.").format(
                used=used, left=left)
        return self.tr("{used} suggested corrections used; nothing is left to check.").format(used=used)


def open_review(ctx: AppContext, parent=None, closed=None) -> ReviewDialog:
    """Show the list (window-modal, without blocking the caller); ``closed()`` runs when it closes."""
    dialog = ReviewDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if closed is not None:
        dialog.finished.connect(lambda _result: closed())
    dialog.open()
    return dialog
