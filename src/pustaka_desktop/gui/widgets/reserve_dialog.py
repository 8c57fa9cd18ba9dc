"""Placing a reservation: from the desk (the member is open: find the title) or from the catalogue
(the title is chosen: find the member by card number, name, phone or NIK). Both end in one core call,
``core.circulation.holds.place``; the dialog says what happened (number in line, or which copy to
put on the hold shelf now). At the desk, a member card or a book scanned into the box reserves nothing: it
closes as ``SCANNED`` and the desk takes the scan (``desk_question.ScanGuard``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.catalog import search
from ...core.circulation import desk_lookup, holds
from ...core.errors import PustakaError
from ...core.formatting import format_date
from ..context import AppContext
from .desk_question import SCANNED, ScanGuard, is_scan, typed_names_item
from .forms import search_as_you_type
from .messages import error_text


class _ReserveBase(QDialog):
    def __init__(self, ctx: AppContext, heading: str, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.placed: holds.Placed | None = None
        self.setMinimumSize(640, 420)
        self.heading = QLabel(heading)
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 13pt;")
        self.query = QLineEdit()
        self.query.setPlaceholderText(placeholder)
        self.query.setAccessibleName(placeholder)
        self.query.setStyleSheet("font-size: 13pt; padding: 4px;")
        self.results = QListWidget()
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.setStyleSheet("QListWidget { font-size: 12pt; } QListWidget::item { padding: 5px; }")
        self.results.itemActivated.connect(lambda _item: self.reserve())
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #8a1111; font-size: 12pt;")
        buttons = QDialogButtonBox()
        self.reserve_button = buttons.addButton(self.tr("Reserve"), QDialogButtonBox.ButtonRole.AcceptRole)
        close = buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAutoDefault(False)
        self.reserve_button.setAutoDefault(False)
        buttons.accepted.connect(self.reserve)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.query)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.timer = search_as_you_type(self.query, self.find, self._enter)
        self.query.setFocus()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        # The button box made Reserve the default as it was shown: Enter in the search reserved the first title
        # (at the desk) or the first member found (the catalogue: "Siti" reserved for the first Siti in the list,
        # and a card scanned at the desk said "choose a title first" and was lost). Enter searches and goes to the
        # list; Enter there (or Reserve) reserves what was chosen.
        self.reserve_button.setDefault(False)

    def find(self) -> None:
        """What was typed (two letters at least) looked up by ``show_found``; a lookup the core refuses
        (e.g. a card of a member removed a moment ago) is said under the list, never raised."""
        self.results.clear()
        self.message.clear()
        text = self.query.text().strip()
        if len(text) < 2:
            return
        try:
            self.show_found(text)
        except PustakaError as exc:
            self.message.setText(error_text(exc))

    def show_found(self, text: str) -> None:
        raise NotImplementedError

    def _enter(self) -> None:
        if self.timer.isActive():
            self.timer.stop()
            self.find()
        if self.results.count():
            self.results.setFocus()

    def reserve(self) -> None:
        chosen = self.chosen()
        if chosen is None:
            self.message.setText(self.choose_first)
        else:
            self.place(chosen)

    def chosen(self):
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _place(self, member_number: str, record_id: int) -> None:
        try:
            self.placed = holds.place(self.ctx.lib, self.ctx.user, member_number, record_id)
        except PustakaError as exc:
            self.message.setText(error_text(exc))
            return
        self.ctx.events.circulation_changed.emit()
        self.accept()

    def result_text(self) -> str:
        if self.placed is None:
            return ""
        return QCoreApplication.translate("Circulation", self.placed.message).format(**self.placed.params)


class ReserveTitleDialog(_ReserveBase):
    """The desk: the member is open; find the title they want."""

    def __init__(self, ctx: AppContext, member_number: str, member_name: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "", "", parent)
        self.member_number = member_number
        self.scanned_code = ""  # SCANNED: the code that came in
        self.guard = ScanGuard(self)
        self.choose_first = self.tr("Choose a title in the list first.")
        self.setWindowTitle(self.tr("Reserve a title"))
        self.heading.setText(self.tr("Reserve a title for {name}: type words of the title or author.").format(
            name=member_name))
        self.query.setPlaceholderText(self.tr("Title, author or ISBN"))
        self.query.setAccessibleName(self.tr("Title, author or ISBN"))

    def typed_then_enter(self, typed: str, widget: QWidget) -> bool:
        """Enter after typing: a card or label read exactly is a scan (the next member, or a book to lend);
        words in the search box are searched; in the list, the first letters of the title chosen take it,
        anything else reserves nothing and says why."""
        if is_scan(self.ctx.lib, typed, exact=True):
            self.scanned_code = typed
            self.done(SCANNED)
            return True
        if widget is self.query or typed_names_item(typed, self.results.currentItem()):
            return False
        self.message.setText(self.tr("\u201c{text}\u201d is not a member card or a book label. Choose a title with "
                                     "the arrow keys, then Enter.").format(text=typed))
        return True

    def show_found(self, text: str) -> None:
        page = search.search(self.ctx.lib, text, limit=30)
        for hit in page.hits:
            if hit.copies:
                where = self.tr("{free} of {copies} on the shelf").format(free=hit.available, copies=hit.copies)
            else:
                where = self.tr("no copies")
            line = f"{hit.title}" + (f" — {hit.authors}" if hit.authors else "") + f"  ({where})"
            item = QListWidgetItem(line)
            item.setData(Qt.ItemDataRole.UserRole, hit.record_id)
            self.results.addItem(item)
        if not page.hits:
            self.message.setText(self.tr("Nothing in the catalogue matches \u201c{text}\u201d.").format(text=text))
        else:
            self.results.setCurrentRow(0)

    def place(self, record_id: int) -> None:
        self._place(self.member_number, record_id)


class ReserveForMemberDialog(_ReserveBase):
    """The catalogue: the title is chosen; find the member by card number, name, phone or NIK."""

    def __init__(self, ctx: AppContext, record_id: int, title: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, "", "", parent)
        self.record_id = record_id
        self.choose_first = self.tr("Choose a member in the list first.")
        self.setWindowTitle(self.tr("Reserve \u201c{title}\u201d").format(title=title))
        queue = holds.title_queue(ctx.lib, record_id)
        waiting = sum(1 for line in queue if line.status == holds.WAITING)
        self.heading.setText(self.tr("Reserve \u201c{title}\u201d ({waiting} waiting now). Scan the member card or "
                                     "type a name, phone number or NIK.").format(title=title, waiting=waiting))
        self.query.setPlaceholderText(self.tr("Member card, name, phone or NIK"))
        self.query.setAccessibleName(self.tr("Member card, name, phone or NIK"))
        self.queue = QLabel()  # the title's queue as it stands
        self.queue.setWordWrap(True)
        lines = []
        for line in queue:
            if line.status == holds.READY:
                lines.append(self.tr("On the hold shelf for {name} ({number}) until {date}").format(
                    name=line.member_name, number=line.member_number, date=format_date(line.ready_until)))
            else:
                lines.append(self.tr("{position}. {name} ({number}), since {date}").format(
                    position=line.position, name=line.member_name, number=line.member_number,
                    date=format_date(line.placed_on)))
        self.queue.setText("\n".join(lines) if lines else self.tr("Nobody is waiting for this title."))
        self.layout().insertWidget(1, self.queue)

    def show_found(self, text: str) -> None:
        found = desk_lookup.look_up(self.ctx.lib, text)
        if found.kind == desk_lookup.MEMBER:
            choices, _ = desk_lookup.search_members(self.ctx.lib, found.member_number, limit=5)
            choices = [c for c in choices if c.number == found.member_number]
        elif found.kind == desk_lookup.SEARCH:
            choices = found.candidates
        else:
            choices = []
            if found.message:
                self.message.setText(QCoreApplication.translate("Errors", found.message).format(**found.params))
        for choice in choices:
            item = QListWidgetItem(f"{choice.name}  —  {choice.number}" + (f"  ·  {choice.village}" if choice.village
                                                                          else ""))
            item.setData(Qt.ItemDataRole.UserRole, choice.number)
            self.results.addItem(item)
        if choices:
            self.results.setCurrentRow(0)

    def place(self, number: str) -> None:
        self._place(number, self.record_id)
