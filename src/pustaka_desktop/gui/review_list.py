"""The review list ("Perlu diperiksa"): what imports kept as written but could not check, with the
reason and a suggested correction. Opened after an import that flagged something, from the Import &
Export page and from the dashboard. Cleared with the keyboard alone: arrows move from row to row (the
current cell always in the correction column, framed), Enter takes the correction, Delete keeps the
value as written, both on every selected row; F2 or simply typing edits the correction, and one Enter
then applies what was typed (a value the check refuses stays in the editor, with the reason below).

After a large move-in the list holds thousands: "Show" narrows it to one kind (class numbers, languages, possible
duplicates...), and "Use all suggestions" then applies every suggestion of that kind, not only the rows loaded,
after saying how many. Keeping several rows as written asks first and can be undone."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QPen
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.catalog import review, review_edits
from ..core.errors import PustakaError
from ..core.formatting import format_number
from .context import AppContext
from .models.search_results import kind_suffix
from .widgets.a11y import announce, release_tab
from .widgets.forms import add_all, button, label_for, note
from .widgets.messages import confirm, error_text, translate
from .widgets.screen import fit_to_screen
from .widgets.tables import fit_columns
from .workers import run_job

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
        self.kinds = QComboBox()  # one kind at a time: thousands of flags after a large move-in
        self.kinds.setAccessibleName(self.tr("Show which kind"))
        # any change, the arrow keys' too: the focus stays here, so Down, Down reaches the third kind (the first
        # Down used to move the focus into the table, and the second one moved its row instead)
        self.kinds.currentIndexChanged.connect(lambda _index: self._show_kind())
        layout.addLayout(add_all(QHBoxLayout(), label_for(self.tr("Sho&w:"), self.kinds), self.kinds))
        self.kept: list[int] = []  # the rows last kept as written in bulk, for Undo
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
        self.undo_button = button(self.tr("Un&do keeping"), slot=self.undo_keep)
        self.undo_button.setEnabled(False)
        # (what the list cannot write, a copy's source or a subject, is corrected in the copy's or record's form)
        self.form_button = button(self.tr("&Open its form…"), self.tr("Correct it in the copy's or the record's form"),
                                  self.open_form)
        for push in (self.fix_button, self.keep_button, self.all_button, self.form_button):
            push.setEnabled(ctx.allowed("catalog.edit"))
        row = add_all(QHBoxLayout(), self.fix_button, self.keep_button, self.form_button, self.all_button,
                      self.undo_button)
        row.addWidget(button(self.tr("&Close"), slot=self.accept))
        layout.addLayout(row)
        self.table.enter.connect(self.fix_selected)
        self.table.delete.connect(self.keep_selected)
        self.table.typed.connect(self.fix_typed)
        QWidget.setTabOrder(self.kinds, self.table)  # top to bottom: the kind, its rows, then the buttons
        fit_to_screen(self, *DIALOG_SIZE)
        self.load()
        self.table.setFocus()

    def reason(self) -> str:
        """The kind shown ('' for all)."""
        return self.kinds.currentData() or ""

    def _fill_kinds(self) -> None:
        """The choice of "all kinds" and of each kind still open, with its count, most first; the kind shown stays
        chosen (when none of it is left: all kinds)."""
        shown = self.reason()
        counts = review.counts_by_reason(self.ctx.lib)
        self.kinds.blockSignals(True)
        self.kinds.clear()
        self.kinds.addItem(self.tr("All kinds ({count})").format(count=format_number(sum(counts.values()))), "")
        for reason, count in sorted(counts.items(), key=lambda pair: (-pair[1], pair[0])):
            label = translate("Review", review.REASONS.get(reason, reason))
            self.kinds.addItem(self.tr("{kind} ({count})").format(kind=label, count=format_number(count)), reason)
        self.kinds.setCurrentIndex(max(0, self.kinds.findData(shown)))
        self.kinds.blockSignals(False)

    def _show_kind(self) -> None:
        """The rows of the kind chosen. The focus stays on the chooser (Tab goes on to the rows): the new count is
        said aloud, as only the list below it changed."""
        self.status.clear()
        self.load()
        announce(self.summary, self.summary.text())

    def load(self, keep_row: int = 0) -> None:
        self._fill_kinds()
        reason = self.reason()
        self.entries = review.open_flags(self.ctx.lib, reason=reason, limit=SHOWN)
        total = review.open_count(self.ctx.lib)
        of_kind = review.open_count(self.ctx.lib, reason) if reason else total
        if reason:
            summary = self.tr("{count} of the {total} fields to check are of this kind. Each was kept as the file "
                              "wrote it; nothing was lost.").format(count=format_number(of_kind),
                                                                    total=format_number(total))
        else:
            summary = self.tr("{count} fields to check. Each was kept as the file wrote it; nothing was "
                              "lost.").format(count=format_number(total)) if total else self.tr("Nothing left to check.")
        if of_kind > len(self.entries):  # Ctrl+End stops at the last row loaded: that is not the end of the list
            summary += " " + self.tr("The first {shown} are listed; the others come as these are done.").format(
                shown=format_number(len(self.entries)))
        self.summary.setText(summary)
        self.table.setRowCount(len(self.entries))
        for r, entry in enumerate(self.entries):
            what = (entry.title + kind_suffix(entry.material_type)) if entry.title else "-"
            if entry.barcode:
                what += f"\n[{entry.barcode}]"
            label = review.REASONS.get(entry.reason, entry.reason)
            why = entry.message(translate)
            if entry.place():  # (the sheet and row: where to correct her workbook too)
                why += "\n" + self.tr("In the file: {place}").format(place=entry.place(translate))
            cells = [what, entry.value, why, translate("Review", label),
                     entry.shown_suggestion(translate)]
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
        self.all_button.setEnabled(self.ctx.allowed("catalog.edit") and bool(review.bulk_ids(self.ctx.lib, reason)))

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
        """Enter in the correction's editor: apply what was typed in that row, now (nothing typed: the field is
        emptied, as a class field holding "umum" should be)."""
        if 0 <= row < len(self.entries):
            self._fix([row], reopen=True)

    def _fix(self, rows: list[int], reopen: bool = False) -> None:
        """Apply the correction shown in each of ``rows``. A typed value the check refuses is not thrown
        away: it is shown again after the reload (in the editor again when ``reopen``), the reason below.
        ``reopen``: the correction was typed, so an empty one empties the field; otherwise an empty cell is no
        correction (Enter on a row without a suggestion never empties a field unasked)."""
        if not rows:
            return
        problems, refused = [], {}
        for r in rows:
            entry = self.entries[r]
            typed = self.table.item(r, CORRECTION).text().strip()
            shown = entry.shown_suggestion(translate)
            value = None if typed == shown and not (reopen and not typed) else typed
            try:
                if not entry.field:  # a possible duplicate, a new collection type: nothing to write
                    review.keep(self.ctx.lib, self.ctx.user, entry.id)
                else:
                    review.fix(self.ctx.lib, self.ctx.user, entry.id, value)
            except PustakaError as exc:
                problems.append(f"{entry.title}: {error_text(exc)}")
                if typed != shown:
                    refused[entry.id] = typed
        self._done(rows[0], problems)
        self._show_refused(refused, reopen)

    def open_form(self) -> None:
        """The current item's copy (or record) in its own form; saved with its field changed, the item is done. An
        item of no one field stays, to be kept once the book is right."""
        rows = self._selected()
        if not rows:
            return
        row, entry, lib, user = rows[0], self.entries[rows[0]], self.ctx.lib, self.ctx.user
        try:
            before = review_edits.field_now(lib, entry.id)
            record, item = review_edits.to_open(lib, entry.id)
        except PustakaError as exc:
            self.status.setText(error_text(exc))
            return
        if item is not None:
            from .widgets.item_dialog import ItemDialog

            form = ItemDialog(lib, user, record, item, self)
        else:
            from .widgets.record_dialog import RecordDialog

            form = RecordDialog(lib, user, record, self)
        if not form.exec():
            return
        done = review_edits.settle_after_edit(lib, user, entry.id, before)
        self.load(keep_row=row)
        self.status.setText(self.tr("Saved: that item is done.") if done else self.tr(
            "Saved. When the book is right now, keep the item as written (Delete)."))
        announce(self.status, self.status.text())

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
        if len(rows) > 1 and not confirm(self, self.tr("Keep as written"), self.tr(
                "Keep the {count} selected fields as written? They leave the list; Undo keeping brings them "
                "back.").format(count=format_number(len(rows)))):
            return  # (Ctrl+A then Delete, meant for one row: nothing happens without a yes)
        ids = [self.entries[r].id for r in rows]
        try:
            review.keep_many(self.ctx.lib, self.ctx.user, ids)
        except PustakaError as exc:
            self._done(rows[0], [error_text(exc)])
            return
        self.kept = ids
        self.undo_button.setEnabled(True)
        self._done(rows[0], [])

    def undo_keep(self) -> None:
        """The rows last kept as written are on the list again (a bulk keep on the wrong rows)."""
        if not self.kept:
            return
        try:
            back = review.reopen(self.ctx.lib, self.ctx.user, self.kept)
        except PustakaError as exc:
            self._done(0, [error_text(exc)])
            return
        self.kept = []
        self.undo_button.setEnabled(False)
        self._done(0, [], said=self.tr("{count} fields are on the list again.").format(count=format_number(back)))

    def fix_all(self) -> None:
        """Every suggestion of the kind shown (all of them, not only the rows loaded), after saying how many;
        with all kinds shown, never an ISBN's check digit (``review.CHECK_EACH``: checked against the book)."""
        reason = self.reason()
        ids = review.bulk_ids(self.ctx.lib, reason)
        if not ids:
            return
        kind = translate("Review", review.REASONS.get(reason, reason)) if reason else self.tr("all kinds")
        question = self.tr("Write the suggested correction into {count} fields ({kind})? What the file wrote is "
                           "replaced; fields without a suggestion stay on the list.").format(count=format_number(len(ids)), kind=kind)
        if not reason and review.open_count(self.ctx.lib, "isbn"):
            question += "\n\n" + self.tr("ISBNs are left for you to check one by one: their suggestion only "
                                          "recomputes the check digit, and many books are printed with a wrong one.")
        if reason in review.CHECK_EACH:
            question += "\n\n" + self.tr("An ISBN's suggestion only recomputes its check digit: many books are "
                                          "printed with a wrong one, and then the record no longer matches the "
                                          "barcode on the book. Best checked one by one with the book in hand.")
        if not confirm(self, self.tr("Use all suggestions"), question):
            return
        lib, user = self.ctx.lib, self.ctx.user

        def job(progress, _cancelled):
            return review.fix_many(lib, user, ids, progress=progress)

        def finished(result) -> None:
            done, failed = result
            self._done(self.table.currentRow(), [error_text(exc) for _, exc in failed[:20]], used=done)

        run_job(self, self.tr("Using the suggestions"), job, finished)

    def _done(self, row: int, problems: list[str], used: int | None = None, said: str = "") -> None:
        """The list again after an action; what went wrong said below it. ``used``: how many suggestions "Use all
        suggestions" applied, said first (only the count above the list changed, and a screen reader heard
        nothing); ``said``: another such sentence."""
        self.ctx.events.catalog_changed.emit()
        self.load(row)
        said = ([] if used is None else [self._used(used)]) + ([said] if said else [])
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
                used=format_number(used), left=format_number(left))
        return self.tr("{used} suggested corrections used; nothing is left to check.").format(used=format_number(used))


def open_review(ctx: AppContext, parent=None, closed=None) -> ReviewDialog:
    """Show the list (window-modal, without blocking the caller); ``closed()`` runs when it closes."""
    dialog = ReviewDialog(ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if closed is not None:
        dialog.finished.connect(lambda _result: closed())
    dialog.open()
    return dialog
