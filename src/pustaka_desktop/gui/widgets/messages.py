"""Showing problems to the user in their language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...core.errors import PustakaError, SignInAgain
from ...core.store import postgres_errors
from ...core.store.files import explain_os_error


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def error_text(exc: BaseException) -> str:
    """What the user reads: a PustakaError in her language; an OSError she can fix (a file open in Excel, a
    locked or pulled USB stick) in words too, not as "[WinError 32] ..." (that stays in the details and the log);
    so is a failure of the district's PostgreSQL (its server stopped, a wrong password, no right: ``postgres_errors``)."""
    if isinstance(exc, OSError):
        exc = explain_os_error(exc) or exc
    exc = postgres_errors.explain(exc) or exc
    if isinstance(exc, PustakaError):
        return exc.message(translate)
    return str(exc) or type(exc).__name__


def ask_to_sign_in_again(widget: QWidget | None, exc: BaseException | None) -> bool:
    """When ``exc`` says a librarian changed the account signed in here, the window of ``widget`` asks to sign in
    again (its idle lock's ``sign_in_again``, see gui.sign_in_again) and True; False for any other problem."""
    if not isinstance(exc, SignInAgain):
        return False
    while widget is not None and getattr(widget, "idle_lock", None) is None:
        widget = widget.parentWidget()
    if widget is None:
        return False
    widget.idle_lock.sign_in_again()
    return True


def show_error(parent: QWidget | None, exc: BaseException, details: str = "") -> None:
    """A user mistake (PustakaError) is shown as is; anything else also offers the details. An action refused
    because a librarian changed the account signed in here asks to sign in again instead (it says why)."""
    if ask_to_sign_in_again(parent, exc):
        return
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Messages", "Cannot continue"))
    box.setText(error_text(exc))
    if details and not isinstance(exc, PustakaError):
        box.setDetailedText(details)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.button(QMessageBox.StandardButton.Ok).setText(translate("Messages", "OK"))
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    yes = box.addButton(translate("Messages", "Yes"), QMessageBox.ButtonRole.YesRole)
    box.addButton(translate("Messages", "No"), QMessageBox.ButtonRole.NoRole)
    box.exec()
    return box.clickedButton() is yes


def info(parent: QWidget | None, title: str, text: str) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.button(QMessageBox.StandardButton.Ok).setText(translate("Messages", "OK"))
    box.exec()
