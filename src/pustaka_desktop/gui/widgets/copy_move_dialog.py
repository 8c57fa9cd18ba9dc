"""Moving a copy to another title (``core.catalog.copy_move``): the copy catalogued under the wrong record, as the
review list says of a book the old system had twice. Keyboard only: type a title or the record number the review
list names, Down to the list, Enter moves; Esc leaves the copy where it was."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ...core.catalog import copy_move
from ...core.errors import PustakaError
from ...core.store.models import Item, Record
from ..context import AppContext
from .forms import button, dialog_buttons, label_for, note, search_as_you_type
from .messages import show_error
from .tables import current_key, fill, read_only_table


class CopyMoveDialog(QDialog):
    def __init__(self, ctx: AppContext, item: Item, record: Record, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item = item
        self.record = record
        self.setWindowTitle(self.tr("Move copy {barcode} to another title").format(barcode=item.barcode))
        intro = note(self.tr("Copy {barcode} (accession no. {accession}) is now a copy of “{title}” (record "
                             "{record}). Type the title it belongs to, or the record number the review list names, "
                             "then choose it in the list.").format(barcode=item.barcode,
                                                                   accession=item.accession_no or "-",
                                                                   title=record.title, record=record.id))
        self.query = QLineEdit(record.title)
        self.query.setAccessibleName(self.tr("Title or record number"))
        self.list = read_only_table([self.tr("Record"), self.tr("Title"), self.tr("Author"), self.tr("Year"),
                                     self.tr("Copies")], self.tr("Titles to move the copy to"), stretch=1)
        self.list.doubleClicked.connect(lambda *_: self.move())
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.buttons = dialog_buttons(self, self.tr("Move"), self.tr("Cancel"), self.move)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(label_for(self.tr("&Title or record number:"), self.query))
        layout.addWidget(self.query)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.timer = search_as_you_type(self.query, self.find, self._to_list)
        self.query.installEventFilter(self)
        self.resize(720, 420)
        self.find()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
        # Down or Enter in the search field goes to the list (Enter must not move the copy to a title not yet seen)
        if watched is self.query and event.type() == event.Type.KeyPress and event.key() in (
                Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._to_list()
            return True
        return super().eventFilter(watched, event)

    def _to_list(self) -> None:
        self.timer.stop()
        self.find()
        if self.list.rowCount():
            self.list.setFocus()
            self.list.selectRow(max(0, self.list.currentRow()))

    def find(self) -> None:
        hits = copy_move.destinations(self.ctx.lib, self.query.text(), self.record.id)
        fill(self.list, [(hit.record_id, hit.title, hit.authors, hit.year or "", hit.copies) for hit in hits],
             keys=[hit.record_id for hit in hits], fit=False)
        if hits:
            self.list.selectRow(0)
        self.empty.setText("" if hits or not self.query.text().strip() else self.tr("No other title found."))

    def move(self) -> None:
        record_id = current_key(self.list)
        if record_id is None:
            self.empty.setText(self.tr("Choose the title in the list first."))
            return
        try:
            copy_move.move_item(self.ctx.lib, self.ctx.user, self.item, int(record_id))
        except PustakaError as exc:
            show_error(self, exc)
            return
        self.moved_to = int(record_id)
        self.accept()


def move_copy_button(page) -> QPushButton:
    """The catalogue page's "Move… (Ctrl+M)" for its selected copy: a button, and the copies list's
    menu and key. ``page`` gives ``copies``, ``selected_item()``, ``record`` and ``_changed(record_id)``."""
    text = QCoreApplication.translate("CopyMoveDialog", "Move to another title…")

    def run() -> None:
        item = page.selected_item()
        if item is None or page.record is None or not push.isEnabled():
            return
        dialog = CopyMoveDialog(page.ctx, item, page.record, page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        record_id = page.record.id
        dialog.accepted.connect(lambda: page._changed(record_id))
        dialog.open()  # (modal to the page, without a loop of its own)

    action = QAction(text, page.copies)
    action.setShortcut(QKeySequence("Ctrl+M"))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(run)
    page.copies.addAction(action)
    push = button(QCoreApplication.translate("CopyMoveDialog", "Move… (Ctrl+M)"), QCoreApplication.translate(
        "CopyMoveDialog", "Move the selected copy to another title"), run)
    if not page.ctx.allowed("catalog.edit"):  # (only hidden: shown before the page's layout takes it, a button
        push.hide()                           # without a parent opens as a window of its own and takes the focus)
        action.setVisible(False)
    return push
