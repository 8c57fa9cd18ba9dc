"""Showing problems to the user in their language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from ...core.errors import PustakaError


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def error_text(exc: BaseException) -> str:
    if isinstance(exc, PustakaError):
        return exc.message(translate)
    return str(exc) or type(exc).__name__


def show_error(parent: QWidget | None, exc: BaseException, details: str = "") -> None:
    """A user mistake (PustakaError) is shown as is; anything else also offers the details."""
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
