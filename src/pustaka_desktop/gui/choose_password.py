"""Choosing one's own password: at the log-in after a librarian typed one for the account (a new volunteer, a
forgotten password), and any day from *Application → Change my password…* (``core.auth.choose_own_password``).

After the log-in the password just typed is the current one, so only the new one is asked, twice; from the menu
the current one is asked first (someone at a window left open must not lock its owner out)."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QWidget

from ..core import auth
from ..core.errors import PustakaError
from ..core.service import Library
from ..core.store.models import Staff
from .appearance import text_style
from .widgets.caps_lock import CapsLockWarning
from .widgets.forms import OK, FormDialog, note, secret_field, try_again
from .widgets.messages import error_text


class ChoosePasswordDialog(FormDialog):
    def __init__(self, lib: Library, staff: Staff, current: str | None = None, parent: QWidget | None = None) -> None:
        """``current``: the password just typed at the log-in (then not asked again); None: asked here."""
        super().__init__(parent)
        self.lib = lib
        self.staff = staff
        self.given = current
        self.setWindowTitle(self.tr("Choose your own password — Pustaka"))
        self.setMinimumWidth(440)
        self.current = secret_field(self.tr("Current password"))
        self.new = secret_field(self.tr("New password"))
        self.again = secret_field(self.tr("New password again"))
        self.message = note()
        self.message.setStyleSheet(text_style("danger"))
        rows: list[tuple[str, QLineEdit]] = [] if current is not None else [
            (self.tr("&Current password:"), self.current)]
        rows += [(self.tr("&New password:"), self.new), (self.tr("New password &again:"), self.again)]
        name = staff.full_name or staff.username
        intro = (self.tr("{name}, your password was set by a librarian. Choose your own now, one only you know: at "
                         "least {n} characters, for example two words and a number.")
                 if current is not None else
                 self.tr("{name}, choose a new password: at least {n} characters, for example two words and a "
                         "number.")).format(name=name, n=auth.MIN_PASSWORD)
        self.finish(rows, self.tr("Save password"), self.tr("Cancel"), intro=intro, on_ok=self.save)
        self.caps_lock = CapsLockWarning(self.current, self.new, self.again)  # (or she chooses one she cannot type)
        self.form.addRow(self.caps_lock)
        self.form.addRow(self.message)
        self.buttons.button(OK).setDefault(True)
        (self.current if current is None else self.new).setFocus()

    def save(self) -> None:
        if self.new.text() != self.again.text():
            self.again.clear()
            try_again(self.new, self.message, self.tr("The two new passwords are not the same. Type them again."))
            return
        current = self.given if self.given is not None else self.current.text()
        try:
            auth.choose_own_password(self.lib, self.staff, current, self.new.text())
        except PustakaError as exc:  # the current one wrong (or a wait), or the new one too easy or the same
            wrong_current = self.given is None and getattr(exc, "field", None) != "password"
            self.again.clear()
            text = self.caps_lock.with_reason(error_text(exc)) if wrong_current else error_text(exc)
            try_again(self.current if wrong_current else self.new, self.message, text)
            return
        self.accept()
