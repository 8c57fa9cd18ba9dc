"""The patron kiosk (OPAC): ``pustaka --kiosk`` opens this full-screen, read-only catalogue search.

Large text; each result shows title, author, call number, shelf and how many copies are on the shelf.
Nothing staff-only is reachable: no menus, no editing, records marked hidden never show. Leaving
(Esc, closing the window) asks for a librarian's PIN (``core.auth.librarian_by_pin``)."""

from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core import auth
from ..core.catalog import search
from ..core.errors import PustakaError
from ..core.service import Library
from .appearance import color
from .widgets.messages import error_text

PAGE = 30
DEBOUNCE_MS = 300


class PinDialog(QDialog):
    """Asks for a librarian's PIN; ``staff`` is set when it was right."""

    def __init__(self, lib: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lib = lib
        self.staff = None
        self.setWindowTitle(self.tr("Leave the kiosk"))
        self.pin = QLineEdit()
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("Librarian PIN"))
        self.message = QLabel(self.tr("A librarian's PIN is needed to leave the kiosk."))
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Leave"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Stay"))
        buttons.accepted.connect(self.check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        label = QLabel(self.tr("&PIN:"))
        label.setBuddy(self.pin)
        layout.addWidget(label)
        layout.addWidget(self.pin)
        layout.addWidget(buttons)

    def check(self) -> None:
        try:
            self.staff = auth.librarian_by_pin(self.lib, self.pin.text())
        except PustakaError as exc:
            self.message.setText(error_text(exc))
            self.pin.clear()
            self.pin.setFocus()
            return
        self.accept()


class KioskWindow(QWidget):
    def __init__(self, lib: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lib = lib
        self.unlocked = False
        self.text = ""
        self.total = 0
        self.loaded = 0
        self.setWindowTitle(self.tr("Library catalogue"))
        self.setObjectName("kiosk")
        # Large text for patrons with poor eyesight, whatever the desktop's font.
        self.setStyleSheet(
            "#kiosk, #kiosk QWidget { font-size: 20pt; } "
            "#kiosk QLabel#heading { font-size: 30pt; font-weight: bold; } "
            f"#kiosk QListWidget::item {{ border-bottom: 1px solid {color('border')}; padding: 6px; }}")

        name = lib.profile.name if lib.profile else ""
        heading = QLabel(self.tr("Find a book in {library}").format(library=name))
        heading.setObjectName("heading")
        heading.setWordWrap(True)

        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Type a title, an author or a subject"))
        self.query.setAccessibleName(self.tr("Search the catalogue"))
        self.query.setClearButtonEnabled(True)
        self.query.setMinimumHeight(56)
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.setAccessibleName(self.tr("Search"))
        self.search_button.setMinimumHeight(56)
        self.search_button.clicked.connect(self.run_search)
        row = QHBoxLayout()
        row.addWidget(self.query, 1)
        row.addWidget(self.search_button)

        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Number of books found"))
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Books found"))
        self.results.setWordWrap(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.results.setSpacing(4)
        self.results.verticalScrollBar().valueChanged.connect(self._maybe_more)
        self.more_button = QPushButton(self.tr("Show more"))
        self.more_button.setAccessibleName(self.tr("Show more books"))
        self.more_button.clicked.connect(self.load_more)
        self.more_button.hide()
        hint = QLabel(self.tr("Write down the call number and look for it on the shelf. Ask us if you need help!"))
        hint.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        layout.addWidget(heading)
        layout.addLayout(row)
        layout.addWidget(self.count)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.more_button)
        layout.addWidget(hint)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _t: self.timer.start())
        self.query.returnPressed.connect(self.run_search)
        self.run_search()
        self.query.setFocus()

    # --- searching -------------------------------------------------------------------------------

    def run_search(self) -> None:
        self.timer.stop()
        self.text = self.query.text()
        self.results.clear()
        self.loaded = 0
        self.total = 0
        self.load_more()

    def load_more(self) -> None:
        filters = search.Filters(include_hidden=False)
        page = search.search(self.lib, self.text, filters, offset=self.loaded, limit=PAGE)
        self.total = page.total
        for hit in page.hits:
            self._add(hit)
        self.loaded += len(page.hits)
        if not self.text.strip():
            self.count.setText(self.tr("Newest books in the library"))
        elif self.total:
            self.count.setText(self.tr("{n} books found").format(n=self.total))
        else:
            self.count.setText(self.tr("Nothing found. Try fewer or other words."))
        self.more_button.setVisible(self.loaded < self.total and bool(page.hits))

    def _maybe_more(self, value: int) -> None:
        bar = self.results.verticalScrollBar()
        if value >= bar.maximum() - 5 and self.loaded < self.total:
            self.load_more()

    def _add(self, hit: search.Hit) -> None:
        e = html.escape
        if hit.available:
            availability = self.tr("{available} of {copies} on the shelf").format(
                available=hit.available, copies=hit.copies)
        elif hit.copies:
            availability = self.tr("All {copies} copies are out on loan").format(copies=hit.copies)
        else:
            availability = self.tr("No copy to lend")
        title = hit.title + (f": {hit.subtitle}" if hit.subtitle else "")
        lines = [title, hit.authors,
                 self.tr("Call number: {call_number}   Shelf: {shelf}").format(
                     call_number=hit.call_number, shelf=hit.location or "-"),
                 availability]
        item = QListWidgetItem("\n".join(line for line in lines if line))
        item.setData(Qt.ItemDataRole.AccessibleTextRole, ". ".join(line for line in lines if line))
        colour = color("ok") if hit.available else color("danger")
        label = QLabel(f"<b>{e(title)}</b><br>{e(hit.authors)}<br>{e(lines[2])}<br>"
                       f"<span style='color:{colour}'>{e(availability)}</span>")
        label.setWordWrap(True)
        label.setContentsMargins(8, 6, 8, 6)
        item.setForeground(Qt.GlobalColor.transparent)
        self.results.addItem(item)
        self.results.setItemWidget(item, label)
        label.ensurePolished()  # the kiosk's large font applies once the label has a parent
        width = max(200, self.results.viewport().width() - 20)
        item.setSizeHint(QSize(0, label.heightForWidth(width) + 12))

    def hit_texts(self) -> list[str]:
        return [self.results.item(n).text() for n in range(self.results.count())]

    # --- leaving ---------------------------------------------------------------------------------

    def request_leave(self) -> bool:
        dialog = PinDialog(self.lib, self)
        accepted = bool(dialog.exec()) and dialog.staff is not None
        dialog.deleteLater()
        if accepted:
            self.unlocked = True
            self.close()
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Esc asks for the PIN; Alt+F4 and friends go through closeEvent; typing goes to the search box.
        if event.key() == Qt.Key.Key_Escape:
            self.request_leave()
            return
        if event.text() and event.text().isprintable() and not self.query.hasFocus():
            self.query.setFocus()
            self.query.insert(event.text())
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.unlocked:
            event.accept()
            return
        event.ignore()
        QTimer.singleShot(0, self.request_leave)
