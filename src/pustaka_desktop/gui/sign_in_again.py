"""Signing in again at an open window after a librarian changed its account (``core.auth.account_change``):
the volunteer was deactivated, her role lowered or her password reset while the desk window was still open.

The core refuses the next action; the window then hides its pages behind this dialog, which says why. Whoever
goes on at this window signs in: the same person with her new password, or someone else (the librarian, the
next volunteer). The window is not rebuilt: the member open at the desk, a form half filled in, stay as they
were, and the next action is done under the name of the person who signed in. A window keeps the rights it was
opened with: anyone active may go on at a volunteer's window (a librarian there works with a volunteer's
rights, as in volunteer mode), only a librarian at a librarian's window; anyone else logs out and signs in
there. The window asks on its own within seconds (the idle lock's timer), and at once when an action is
refused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from ..core import auth
from ..core.errors import PustakaError
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.service import Library
from ..core.store.models import Staff
from .appearance import text_style
from .widgets.caps_lock import CapsLockWarning
from .widgets.forms import arrange, label_for, note, secret_field, try_again
from .widgets.messages import error_text

LOG_OUT = 2  # the dialog's result when the person chose to log out instead
NOT_THIS_WINDOW = QT_TRANSLATE_NOOP(
    "SignInAgain", "This window is open with a librarian's rights. A volunteer goes on after logging out: press "
                   "“Log out” and sign in there.")


def reason_text(change: str, username: str) -> str:
    """Why the window asks, in the user's language (the core's own message for the refusal)."""
    return QCoreApplication.translate("Errors", auth.SIGN_IN_AGAIN[change]).format(username=username)


class SignInAgainDialog(QDialog):
    def __init__(self, lib: Library, window_user: Staff, reason: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.lib = lib
        self.window_user = window_user
        self.staff: Staff | None = None
        self.setWindowTitle(self.tr("Sign in again — Pustaka"))
        self.setMinimumWidth(440)
        self.setAccessibleDescription(reason)  # why the window asks, read with its title (the focus is in a field)
        heading = QLabel(self.tr("<h2>Sign in again</h2>"))
        why = note(reason + "\n" + self.tr("What is open in this window stays as it is."))
        self.username = QLineEdit(window_user.username)
        self.username.setAccessibleName(self.tr("User name"))
        self.password = secret_field(self.tr("Password"))
        self.caps_lock = CapsLockWarning(self.password, self.username)
        self.message = note()
        self.message.setStyleSheet(text_style("danger"))
        buttons = QDialogButtonBox()
        self.sign_in_button = buttons.addButton(self.tr("&Sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setDefault(True)
        self.log_out_button = buttons.addButton(self.tr("&Log out"), QDialogButtonBox.ButtonRole.ResetRole)
        self.log_out_button.setAutoDefault(False)
        buttons.accepted.connect(self.try_sign_in)
        self.log_out_button.clicked.connect(lambda: self.done(LOG_OUT))
        arrange(QVBoxLayout(self), heading, why, label_for(self.tr("&User name:"), self.username), self.username,
                label_for(self.tr("&Password:"), self.password), self.password, self.caps_lock, self.message, buttons)
        self.password.setFocus()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        self.password.setFocus()

    def try_sign_in(self) -> None:
        try:
            staff = auth.login(self.lib, self.username.text(), self.password.text())
        except PustakaError as exc:
            try_again(self.password, self.message, self.caps_lock.with_reason(error_text(exc)))
            return
        if self.window_user.role == auth.LIBRARIAN and staff.role != auth.LIBRARIAN:
            try_again(self.password, self.message, QCoreApplication.translate("SignInAgain", NOT_THIS_WINDOW))
            return
        self.staff = staff
        self.accept()

    def reject(self) -> None:  # Escape / closing the box must not give the old account back
        self.password.setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt name
        if event.key() == Qt.Key.Key_Escape:
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton):
                focused.click()
            else:
                self.try_sign_in()
            return
        super().keyPressEvent(event)


def take_over(window_user: Staff, staff: Staff) -> None:
    """The window's account (one object, shared by its pages, its desk and its lock) becomes ``staff``, keeping
    the window's rights when ``staff`` has more (a librarian at a volunteer's window)."""
    role = window_user.role
    for field in Staff._meta.sorted_fields:
        setattr(window_user, field.name, getattr(staff, field.name))
    if role == auth.VOLUNTEER:
        window_user.role = auth.VOLUNTEER
    if getattr(window_user, "desk_mode_of", None) is not None:  # volunteer mode: left with this person's password
        window_user.desk_mode_of = staff

