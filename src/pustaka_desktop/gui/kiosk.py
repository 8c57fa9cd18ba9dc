"""The patron kiosk (OPAC): ``pustaka --kiosk`` opens this full-screen, read-only catalogue search.

Large text; each result shows title, author, call number, shelf and how many copies are on the shelf.
Touching a result opens its page: cover, call number and shelf on lines of their own, the copies on
the shelf (or when the first comes back), other titles by the author, and "Pesan" (reserve) with the
member's card number and PIN (``kiosk_dialogs``). Lists scroll with a finger (swipe); Esc goes back. After
``IDLE_SECONDS`` without a touch or a key the kiosk goes back to its start screen, so the next patron never
sees the last one's search.

Nothing staff-only is reachable: no menus (not even right-click ones), no editing, records marked hidden
never show. Closing the window (Alt+F4) does nothing; a librarian leaves with ``LEAVE_KEYS`` and her PIN
(``core.auth.librarian_by_pin``, its wrong tries counted apart from the desk's). Shown full screen it stays
full screen: a window manager's attempt to shrink it is undone and it takes the front
again when something else was brought up. What the operating system does before the app sees a key
(Alt+Tab, the Windows key, Ctrl+Alt+Del) is locked down by Windows itself: docs/kiosk-windows.md.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QScroller,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ..core.catalog import opac, search
from ..core.catalog.fewer_words import search_or_fewer
from ..core.errors import PustakaError
from ..core.formatting import format_day, format_number
from ..core.service import Library
from .appearance import color
from .kiosk_dialogs import SCAN_ROOM, PinDialog, ReserveDialog
from .widgets import a11y
from .widgets.forms import search_as_you_type
from .widgets.messages import error_text

__all__ = ["SCAN_ROOM", "KioskWindow", "PinDialog", "ReserveDialog"]

PAGE = 30
DEBOUNCE_MS = 300
IDLE_SECONDS = 60
# How a librarian leaves the kiosk (then her PIN): a chord no child presses by chance, told in `pustaka --help`,
# docs/kiosk-windows.md and the README, never on the patrons' screen.
LEAVE_KEYS = "Ctrl+Shift+K"
_ACTIVITY = {QEvent.Type.MouseButtonPress, QEvent.Type.KeyPress, QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate,
             QEvent.Type.Wheel, QEvent.Type.InputMethod}


def swipeable(widget: QAbstractItemView | QScrollArea) -> None:
    """Scroll by dragging with a finger (or the mouse, on a touch screen that sends mouse events)."""
    viewport = widget.viewport()
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    if isinstance(widget, QAbstractItemView):
        widget.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)


class KioskWindow(QWidget):
    def __init__(self, lib: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lib = lib
        self.unlocked = False
        self.locked_full_screen = False  # set by showFullScreen(): the kiosk keeps the whole screen
        self.text = ""
        self.total = 0
        self.loaded = 0
        self.record_id: int | None = None
        self.fewer = ""  # the words searched when all of them together found nothing
        self.setWindowTitle(self.tr("Library catalogue"))
        self.setObjectName("kiosk")
        # Large text for patrons with poor eyesight, whatever the desktop's font.
        self.setStyleSheet(
            "#kiosk, #kiosk QWidget, #reserve, #reserve QWidget { font-size: 20pt; } "
            "#kiosk QLabel#heading { font-size: 30pt; font-weight: bold; } "
            "#kiosk QLabel#title { font-size: 28pt; font-weight: bold; } "
            f"#kiosk QLabel#callnumber {{ font-size: 30pt; font-weight: bold; color: {color('info')}; }} "
            f"#kiosk QListWidget::item {{ border-bottom: 1px solid {color('border')}; padding: 6px; }} "
            # scroll bars an unsteady hand can hit, their handle plain to see on either theme (no arrows: drag or swipe)
            f"#kiosk QScrollBar:vertical {{ width: 40px; background: {color('window')}; }} "
            f"#kiosk QScrollBar::handle:vertical {{ background: {color('muted')}; min-height: 60px; margin: 4px; "
            "border-radius: 8px; } "
            "#kiosk QScrollBar::add-line:vertical, #kiosk QScrollBar::sub-line:vertical { height: 0px; } "
            "#kiosk QScrollBar::add-page:vertical, #kiosk QScrollBar::sub-page:vertical { background: none; }")

        self.stack = QStackedWidget()
        self.stack.addWidget(self._search_page())
        self.stack.addWidget(self._detail_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 30, 40, 30)
        layout.addWidget(self.stack)

        self.timer = search_as_you_type(self.query, self.run_search, delay_ms=DEBOUNCE_MS)

        self.idle = QTimer(self)
        self.idle.setSingleShot(True)
        self.idle.setInterval(IDLE_SECONDS * 1000)
        self.idle.timeout.connect(self.reset)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self.idle.start()
        leave = QShortcut(QKeySequence(LEAVE_KEYS), self)
        leave.setContext(Qt.ShortcutContext.WindowShortcut)
        leave.activated.connect(self.request_leave)
        a11y.tidy(self)  # lists let Tab leave; the count and messages are announced to screen readers
        self.run_search()
        self.query.setFocus()

    # --- pages -----------------------------------------------------------------------------------

    def _search_page(self) -> QWidget:
        page = QWidget()
        name = self.lib.profile.name if self.lib.profile else ""
        heading = QLabel(self.tr("Find a book in {library}").format(library=name))
        heading.setObjectName("heading")
        heading.setWordWrap(True)

        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Type a title, an author or a subject"))
        self.query.setAccessibleName(self.tr("Search the catalogue"))
        # A clear button big enough for a finger (the line edit's own is 22 x 18 px).
        self.clear_button = QPushButton("✕")
        self.clear_button.setAccessibleName(self.tr("Clear the search"))
        self.clear_button.setToolTip(self.tr("Clear the search"))
        self.clear_button.setMinimumSize(56, 56)
        self.clear_button.clicked.connect(self.query.clear)
        self.clear_button.clicked.connect(self.query.setFocus)
        self.query.setMinimumHeight(56)
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.setAccessibleName(self.tr("Search"))
        self.search_button.setMinimumHeight(56)
        self.search_button.clicked.connect(self.run_search)
        row = QHBoxLayout()
        row.addWidget(self.query, 1)
        row.addWidget(self.clear_button)
        row.addWidget(self.search_button)

        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Number of books found"))
        self.count.setWordWrap(True)
        self.results = QListWidget()
        self.results.setAccessibleName(self.tr("Books found"))
        self.results.setWordWrap(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setSpacing(4)
        swipeable(self.results)
        self.results.verticalScrollBar().valueChanged.connect(self._maybe_more)
        self.results.itemClicked.connect(self._open_item)
        self.results.itemActivated.connect(self._open_item)
        self.more_button = QPushButton(self.tr("Show more"))
        self.more_button.setAccessibleName(self.tr("Show more books"))
        self.more_button.clicked.connect(self.load_more)
        self.more_button.setMinimumHeight(56)
        self.more_button.hide()
        hint = QLabel(self.tr("Touch a book to see where it stands and to reserve it. Ask us if you need help!"))
        hint.setWordWrap(True)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addLayout(row)
        layout.addWidget(self.count)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.more_button)
        layout.addWidget(hint)
        return page

    def _detail_page(self) -> QWidget:
        page = QWidget()
        self.back_button = QPushButton(self.tr("← Back to the search"))
        self.back_button.setAccessibleName(self.tr("Back to the search"))
        self.back_button.setMinimumHeight(56)
        self.back_button.clicked.connect(self.show_search)
        self.reserve_button = QPushButton(self.tr("Reserve"))
        self.reserve_button.setAccessibleName(self.tr("Reserve this book"))
        self.reserve_button.setMinimumHeight(56)
        self.reserve_button.clicked.connect(self.reserve)
        top = QHBoxLayout()
        top.addWidget(self.back_button)
        top.addStretch(1)
        top.addWidget(self.reserve_button)

        self.cover = QLabel()
        self.cover.setFixedSize(QSize(220, 320))
        self.cover.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cover.setFrameShape(QFrame.Shape.Box)
        self.cover.setAccessibleName(self.tr("Cover"))
        self.detail_title = QLabel()
        self.detail_title.setObjectName("title")
        self.detail_title.setWordWrap(True)
        self.detail_authors = QLabel()
        self.detail_authors.setWordWrap(True)
        self.detail_facts = QLabel()
        self.detail_facts.setWordWrap(True)
        self.call_number = QLabel()
        self.call_number.setObjectName("callnumber")
        self.call_number.setWordWrap(True)  # at 30 pt a segmented class number ran off a 1024 px screen
        self.call_number.setAccessibleName(self.tr("Call number"))
        self.shelf = QLabel()
        self.shelf.setWordWrap(True)
        self.shelf.setAccessibleName(self.tr("Shelf"))
        self.availability = QLabel()
        self.availability.setWordWrap(True)
        self.availability.setAccessibleName(self.tr("Copies on the shelf"))
        facts = QVBoxLayout()
        for widget in (self.detail_title, self.detail_authors, self.detail_facts, self.call_number, self.shelf,
                       self.availability):
            facts.addWidget(widget)
        facts.addStretch(1)
        head = QHBoxLayout()
        head.addWidget(self.cover, 0, Qt.AlignmentFlag.AlignTop)
        head.addLayout(facts, 1)

        self.others_label = QLabel(self.tr("More by this author:"))
        self.others = QListWidget()
        self.others.setAccessibleName(self.tr("More books by this author"))
        self.others.setWordWrap(True)
        self.others.setMinimumHeight(160)
        swipeable(self.others)
        self.others.itemClicked.connect(self._open_item)
        self.others.itemActivated.connect(self._open_item)

        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(head)
        body_layout.addWidget(self.others_label)
        body_layout.addWidget(self.others, 1)
        self.detail_scroll = QScrollArea()
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_scroll.setWidget(body)
        swipeable(self.detail_scroll)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.detail_scroll, 1)
        return page

    # --- searching -------------------------------------------------------------------------------

    def run_search(self) -> None:
        self.timer.stop()
        self.text = self.query.text()
        self.fewer = ""
        self.results.clear()
        self.loaded = 0
        self.total = 0
        self.load_more()

    def load_more(self) -> None:
        # "kancil cerdik": the books with "kancil", and it says so (as the Wi-Fi catalogue does)
        page = search_or_fewer(self.lib, self.text, search.Filters(include_hidden=False), offset=self.loaded,
                               limit=PAGE)
        self.fewer = page.fewer
        self.total = page.total
        for hit in page.hits:
            self._add(hit, self.results)
        self.loaded += len(page.hits)
        if not self.text.strip():
            self.count.setText(self.tr("Newest books in the library"))
        elif self.fewer:
            self.count.setText(self.tr("No book has all of “{typed}”. Here are the books with “{kept}” ({n}):").format(
                typed=self.text.strip(), n=format_number(self.total), kept=self.fewer))
        elif page.corrected:
            self.count.setText(self.tr("Nothing found for “{typed}”. Did you mean “{better}”? {n} books found.").format(
                typed=self.text.strip(), better=page.corrected, n=self.total))
        elif self.total:
            self.count.setText(self.tr("{n} books found").format(n=format_number(self.total)))
        else:
            self.count.setText(self.tr("Nothing found. Try fewer or other words."))
        self.more_button.setVisible(self.loaded < self.total and bool(page.hits))

    def _maybe_more(self, value: int) -> None:
        bar = self.results.verticalScrollBar()
        if value >= bar.maximum() - 5 and self.loaded < self.total:
            self.load_more()

    def _availability(self, available: int, copies: int) -> str:
        if available:
            return self.tr("{available} of {copies} on the shelf").format(available=available, copies=copies)
        if copies:
            return self.tr("All {copies} copies are out on loan").format(copies=copies)
        return self.tr("No copy to lend")

    def _where(self, shelves: list[str], call_number: str) -> str:
        """Where the book is, in words a child can follow: the shelf, then what to look for on the spine."""
        shelf = self.tr(" or ").join(shelves)
        if not shelves:
            return self.tr("Ask at the desk where it is.")
        if call_number:
            return self.tr("Go to {shelf} and look for {call_number} on the spine.").format(
                shelf=shelf, call_number=call_number)
        return self.tr("Its place: {shelf}").format(shelf=shelf)

    def _add(self, hit: search.Hit, owner: QListWidget) -> None:
        e = html.escape
        availability = self._availability(hit.available, hit.copies)
        title = hit.title + (f": {hit.subtitle}" if hit.subtitle else "")
        call_number = self.tr("Call number: {call_number}").format(call_number=hit.call_number)
        shelf = self.tr("Shelf: {shelf}").format(shelf=hit.location or "-")
        lines = [title, hit.authors, call_number, shelf, availability]
        item = QListWidgetItem("\n".join(line for line in lines if line))
        item.setData(Qt.ItemDataRole.UserRole, hit.record_id)
        item.setData(Qt.ItemDataRole.AccessibleTextRole, ". ".join(line for line in lines if line))
        colour = color("ok") if hit.available else color("danger")
        # One block per line: each takes its direction from its own words, so an Arabic title reads right
        # to left while the call number under it stays "Call number: 297.122 7 JAL ت" (in one block the
        # title turned every line, and the author mark jumped to the front)
        label = QLabel(f"<div><b>{e(title)}</b></div><div>{e(hit.authors)}</div><div><b>{e(call_number)}</b></div>"
                       f"<div>{e(shelf)}</div><div style='color:{colour}'>{e(availability)}</div>")
        label.setWordWrap(True)
        label.setContentsMargins(8, 6, 8, 6)
        label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)  # the touch reaches the list
        item.setForeground(Qt.GlobalColor.transparent)
        owner.addItem(item)
        owner.setItemWidget(item, label)
        label.ensurePolished()  # the kiosk's large font applies once the label has a parent
        width = max(200, owner.viewport().width() - 20)
        item.setSizeHint(QSize(0, label.heightForWidth(width) + 12))

    def hit_texts(self) -> list[str]:
        return [self.results.item(n).text() for n in range(self.results.count())]

    # --- a record's page -------------------------------------------------------------------------

    def _open_item(self, item: QListWidgetItem) -> None:
        record_id = item.data(Qt.ItemDataRole.UserRole)
        if record_id is not None:
            self.show_record(int(record_id))

    def show_record(self, record_id: int) -> None:
        try:
            record = opac.public_record(self.lib, record_id)
        except PustakaError as exc:
            self.count.setText(error_text(exc))
            return
        self.record_id = record.id
        self.detail_title.setText(record.title + (f": {record.subtitle}" if record.subtitle else ""))
        self.detail_authors.setText("; ".join(record.authors) or record.responsibility)
        facts = ", ".join(p for p in (record.publisher, record.place, record.year_text) if p)
        self.detail_facts.setText(facts)
        self.detail_facts.setVisible(bool(facts))  # no empty line between the author and the call number
        self.call_number.setText(self.tr("Call number: {call_number}").format(call_number=record.call_number))
        on_shelf = record.available
        self.shelf.setText(self._where(record.shelves, record.call_number if on_shelf else ""))
        if on_shelf:
            text = self._availability(on_shelf, len(record.copies))
            colour = color("ok")
        else:
            text = self._availability(0, len(record.copies))
            due = sorted(c.due_on for c in record.copies if c.due_on)
            if due:
                text += " " + self.tr("(the first is due back {date})").format(date=format_day(due[0]))
            colour = color("danger")
        self.availability.setText(f"<span style='color:{colour}'>{html.escape(text)}</span>")
        data = opac.cover(self.lib, record.id) if record.has_cover else None
        pixmap = QPixmap()
        if data and pixmap.loadFromData(QByteArray(data)):
            self.cover.setPixmap(pixmap.scaled(self.cover.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                               Qt.TransformationMode.SmoothTransformation))
        else:
            self.cover.setPixmap(QPixmap())
            self.cover.setText(self.tr("no cover"))
        self.others.clear()
        others = search.other_titles(self.lib, record.id)
        for hit in others:
            self._add(hit, self.others)
        self.others_label.setVisible(bool(others))
        self.others.setVisible(bool(others))
        self.reserve_button.setVisible(bool(record.copies))
        self.stack.setCurrentIndex(1)
        self.detail_scroll.verticalScrollBar().setValue(0)

    def show_search(self) -> None:
        self.stack.setCurrentIndex(0)
        self.record_id = None
        self.query.setFocus()

    def reserve(self) -> None:
        if self.record_id is None:
            return
        dialog = ReserveDialog(self.lib, self.record_id, self.detail_title.text(), self)
        dialog.exec()
        try:
            dialog.deleteLater()
        except RuntimeError:  # destroyed with the kiosk
            return
        if dialog.hold is not None and self.record_id is not None:
            self.show_record(self.record_id)

    # --- the next patron -------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() in _ACTIVITY:
            self.idle.start()
        # No right-click menus (Undo, Paste, a scroll bar's "Scroll here"): nothing a patron needs, and one left
        # open outlived the reset to the start screen.
        return event.type() == QEvent.Type.ContextMenu and not self.unlocked

    def reset(self) -> None:
        """Back to the start screen: open dialogs closed, search emptied, newest books shown."""
        for dialog in self.findChildren(QDialog):
            if dialog.isVisible():
                dialog.reject()
        self.query.blockSignals(True)
        self.query.clear()
        self.query.blockSignals(False)
        self.show_search()
        self.run_search()
        self.results.scrollToTop()
        self.idle.start()

    # --- staying full screen, and leaving --------------------------------------------------------

    def showFullScreen(self) -> None:  # noqa: N802
        self.locked_full_screen = True
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, True)
        super().showFullScreen()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if not self.locked_full_screen or self.unlocked:
            return
        if event.type() == QEvent.Type.WindowStateChange and not self.isFullScreen():
            QTimer.singleShot(0, self._full_screen_again)  # minimised or restored by someone: undo it
        elif event.type() == QEvent.Type.ActivationChange and not self.isActiveWindow():
            QTimer.singleShot(300, self._take_front)

    def _full_screen_again(self) -> None:
        if not self.unlocked:  # (a librarian may have left in between: then the window is hers to shrink)
            super().showFullScreen()

    def _take_front(self) -> None:
        if self.unlocked or QApplication.activeModalWidget() is not None:
            return  # our own dialogs (PIN, reserve) may have the focus
        if not self.isFullScreen():
            super().showFullScreen()
        self.raise_()
        self.activateWindow()

    def request_leave(self) -> bool:
        dialog = PinDialog(self.lib, self)
        accepted = bool(dialog.exec()) and dialog.staff is not None
        try:
            dialog.deleteLater()
        except RuntimeError:  # the kiosk itself was destroyed while the question was open
            return False
        if accepted:
            self.unlocked = True
            app = QApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            self.close()
            return True
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Esc is a patron's "back": from a book to the search, then an emptied search. It once asked for the
        # librarian's PIN, the first key a child presses, and her guesses counted toward the PIN's lock.
        # Leaving is LEAVE_KEYS (a shortcut); typing goes to the search box.
        if event.key() == Qt.Key.Key_Escape:
            self.go_back()
            return
        if event.text() and event.text().isprintable() and not self.query.hasFocus():
            self.show_search()
            self.query.setFocus()
            self.query.insert(event.text())
            return
        super().keyPressEvent(event)

    def go_back(self) -> None:
        if self.stack.currentIndex() != 0:
            self.show_search()
        elif self.query.text():
            self.query.clear()
            self.run_search()
        self.query.setFocus()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        # Alt+F4 (or "End task") from a patron does nothing: no question a child can answer wrongly.
        if self.unlocked:
            event.accept()
            return
        event.ignore()
