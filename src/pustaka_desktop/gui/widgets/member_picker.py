"""The pick list the desk shows when a name, phone number or NIK was typed instead of a card: the
matching members with what tells them apart (number, village, birth year, phone), Enter or a double
click opens the chosen one, Esc goes back to the scan box. A card or book scanned while the list is open
opens nobody: the list closes as ``SCANNED`` and the desk takes the scan (``desk_question.ScanGuard``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.circulation.desk_lookup import Lookup
from ...core.formatting import format_date
from ...core.service import Library
from .desk_question import SCANNED, ScanGuard, is_scan, typed_names_item
from .screen import screen_of


class MemberPicker(QDialog):
    def __init__(self, lib: Library, lookup: Lookup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lib, self.lookup = lib, lookup
        self.chosen: str | None = None
        self.scanned_code = ""  # SCANNED: the code that came in
        self.setWindowTitle(self.tr("Which member?"))
        self.setMinimumWidth(620)
        heading = QLabel(self.tr("Members matching \u201c{text}\u201d: choose one and press Enter.").format(
            text=lookup.code))
        heading.setWordWrap(True)
        heading.setStyleSheet("font-size: 13pt;")
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Matching members"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setStyleSheet("QListWidget { font-size: 13pt; } QListWidget::item { padding: 6px; }")
        for choice in lookup.candidates:
            details = [choice.number]
            if choice.village:
                details.append(choice.village)
            if choice.birth_year:
                details.append(self.tr("born {year}").format(year=choice.birth_year))
            if choice.phone:
                details.append(choice.phone)
            if choice.expired:
                details.append(self.tr("membership ended {date}").format(date=format_date(choice.expires_on)))
            if choice.blocked:
                details.append(self.tr("blocked"))
            item = QListWidgetItem(f"{choice.name}  —  " + "  ·  ".join(details))
            item.setData(Qt.ItemDataRole.UserRole, choice.number)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemActivated.connect(lambda _item: self.accept())
        # Wide enough for the longest line (on the screen): no sideways scrolling to see the village.
        found = screen_of(self)
        screen = found.availableGeometry().width() if found else 1280
        self.setMinimumWidth(min(screen - 80, 900, max(620, self.list.sizeHintForColumn(0) + 60)))
        self.list.setMinimumHeight(min(10, len(lookup.candidates)) * 34 + 8)
        more = QLabel()
        if lookup.total > len(lookup.candidates):
            more.setText(self.tr("{shown} of {total} shown: type more of the name to narrow the list.").format(
                shown=len(lookup.candidates), total=lookup.total))
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(self.tr("Open at the desk"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setDefault(True)
        cancel = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setAutoDefault(False)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(more)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #8a1111; font-size: 12pt;")
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.list.setFocus()
        self.guard = ScanGuard(self)

    def typed_then_enter(self, typed: str, widget: QWidget) -> bool:
        """Enter after typing: a card or label is a scan; the first letters of the name the list jumped to
        open that member; anything else opens nobody and says why."""
        if is_scan(self.lib, typed):
            self.scanned_code = typed
            self.done(SCANNED)
            return True
        if typed_names_item(typed, self.list.currentItem()):
            return False
        self.message.setText(self.tr("\u201c{text}\u201d is not a member card or a book label. Choose a member with "
                                     "the arrow keys, then Enter.").format(text=typed))
        return True

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        super().accept()
