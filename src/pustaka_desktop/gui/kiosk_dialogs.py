"""The kiosk's two questions: a librarian's PIN to leave it, and "Pesan" (reserve) with a member's card
number and PIN. A card, a book's label or its ISBN barcode scanned into the PIN field is said in words and
never counted as a wrong PIN (the kiosk has a scanner; counted, a child scanning books locked the
member's PIN)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ..core import auth
from ..core.circulation import desk_reads, patron
from ..core.circulation.refusals import MEMBER_BLOCKED
from ..core.community import member_pin
from ..core.errors import PustakaError
from ..core.formatting import format_day
from ..core.service import Library
from .widgets.forms import arrange, dialog_buttons, label_for, note, secret_field, try_again
from .widgets.messages import error_text
from .widgets.screen import screen_of

SCAN_ROOM = 40  # characters the kiosk's PIN field takes: a card or label scanned into it arrives whole


class KioskQuestion(QDialog):
    """A dialog as large as its lines need at the kiosk's large text, centred on the screen, and again whenever a
    message changes. Qt first sizes a window to at most two thirds of the screen and forgets that wrapped lines
    need height: with Windows at 150 % the note ran over the PIN box and the buttons were cut in half."""

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.fit()

    def event(self, event: QEvent) -> bool:
        done = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest and self.isVisible():
            self.fit()  # a message of more lines than the last
        return done

    def fit(self) -> None:
        screen = screen_of(self)
        if screen is None:
            return
        layout, room = self.layout(), screen.availableGeometry()
        width = min(max(self.width(), self.sizeHint().width()), room.width())
        height = max(layout.totalHeightForWidth(width), layout.totalMinimumSize().height())
        size = QRect(0, 0, width, min(height, room.height()))
        size.moveCenter(room.center())
        if size != self.geometry():
            self.setGeometry(size)


class PinDialog(KioskQuestion):
    """Asks for a librarian's PIN; ``staff`` is set when it was right."""

    def __init__(self, lib: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lib = lib
        self.staff = None
        self.setWindowTitle(self.tr("Leave the kiosk"))
        self.pin = secret_field(self.tr("Librarian PIN"))
        self.message = note(self.tr("A librarian's PIN is needed to leave the kiosk."))
        arrange(QVBoxLayout(self), self.message, label_for(self.tr("&PIN:"), self.pin), self.pin,
                dialog_buttons(self, self.tr("Leave"), self.tr("Stay"), self.check))

    def check(self) -> None:
        try:
            self.staff = auth.librarian_by_pin(self.lib, self.pin.text(), auth.KIOSK_PIN)
        except PustakaError as exc:
            try_again(self.pin, self.message, error_text(exc))
            return
        self.accept()


class ReserveDialog(KioskQuestion):
    """"Pesan": the member's card number and PIN, then the title joins the desk's reservation queue."""

    def __init__(self, lib: Library, record_id: int, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lib = lib
        self.record_id = record_id
        self.hold = None
        self.setWindowTitle(self.tr("Reserve this book"))
        self.setObjectName("reserve")
        heading = QLabel(self.tr("Reserve “{title}”").format(title=title))
        heading.setWordWrap(True)
        self.number = QLineEdit()
        self.number.setAccessibleName(self.tr("Member card number"))
        self.pin = secret_field(self.tr("PIN"))
        # Room for a whole card or label scanned here by mistake: cut to a PIN's 8 characters, a book's ISBN
        # barcode read as a PIN-shaped number and was counted as a wrong try.
        self.pin.setMaxLength(SCAN_ROOM)
        for edit in (self.number, self.pin):
            edit.setMinimumHeight(56)
        self.message = note(self.tr("No PIN yet? Ask at the desk: we set one for your card."))
        self.buttons = dialog_buttons(self, self.tr("Reserve"), self.tr("Back"), self.reserve)
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        for push in self.buttons.buttons():
            push.setMinimumHeight(56)
        arrange(QVBoxLayout(self), heading, label_for(self.tr("Card &number:"), self.number), self.number,
                label_for(self.tr("P&IN:"), self.pin), self.pin, self.message, self.buttons)
        self.number.setFocus()

    def reserve(self) -> None:
        if self.hold is not None:  # the confirmation was shown: this press closes it
            self.accept()
            return
        if self._no_try(self.number.text().strip(), self.pin.text()):
            return
        try:
            member = member_pin.check(self.lib, self.number.text().strip(), self.pin.text())
            self.hold = patron.place_hold(self.lib, member, self.record_id)
        except PustakaError as exc:
            self.message.setText(self._refusal_text(exc))
            self.pin.clear()
            return
        if self.hold.status == "ready":
            text = self.tr("Reserved. A copy is on the shelf: the desk puts it aside for you until {date}.")
        else:
            text = self.tr("Reserved. The desk keeps the next copy that comes back for you; we will tell you.")
        until = getattr(self.hold, "ready_until", None)
        self.message.setText(text.format(date=format_day(until) if until else ""))
        for edit in (self.number, self.pin):
            edit.setEnabled(False)
        self.pin.clear()
        self.ok.setText(self.tr("Done"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).hide()

    def _no_try(self, number: str, pin: str) -> bool:
        """Whether what is in the PIN field is no try at the member's PIN: then it is said in words, the field
        is emptied and has the keyboard, and nothing counts toward the lock. A kiosk has a scanner, and a
        child scanning books into the PIN field locked the member's PIN (and web account) for 15 minutes.
        A member card scanned there is taken as the card number; the member's real PIN is never refused."""
        scanned = desk_reads.identify(self.lib, pin, exact=True) if pin.strip() else None
        if scanned and member_pin.is_pin(self.lib, number, pin):
            scanned = None  # the PIN that happens to read like a card or label stays a PIN
        if not pin.strip():
            text = self.tr("Now type your PIN.") if number else self.tr("Type or scan your card number first.")
        elif scanned == "member":
            self.number.setText(pin.strip())
            text = self.tr("Your card is read. Now type your PIN with the keys.")
        elif scanned:
            text = self.tr("That was a book's label, not a PIN. Type your PIN with the keys.")
        elif not member_pin.could_be_pin(pin):
            text = self.tr("A PIN is {min} to {max} digits. Type it with the keys.").format(
                min=member_pin.MIN_LENGTH, max=member_pin.MAX_LENGTH)
        else:
            return False
        try_again(self.pin if number or scanned == "member" else self.number, self.message, text)
        self.pin.clear()
        return True

    def _refusal_text(self, exc: PustakaError) -> str:
        # A block's reason is the librarian's note about the member; the kiosk stands in the reading room
        # where whoever waits behind reads it too, so only the desk tells it (the web says it on her phone).
        if getattr(exc, "reason", "") == MEMBER_BLOCKED:
            return self.tr("Your card is blocked. Please ask at the desk.")
        return error_text(exc)
