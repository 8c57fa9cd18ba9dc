"""The login dialog: who is at the desk decides what the app lets them do."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from ..core import auth
from ..core.errors import PustakaError
from ..core.service import Library
from ..core.store.models import Staff
from .widgets.messages import error_text


class LoginDialog(QDialog):
    def __init__(self, lib: Library, parent=None) -> None:
        super().__init__(parent)
        self.lib = lib
        self.staff: Staff | None = None
        self.setWindowTitle(self.tr("Log in — Pustaka"))
        self.setMinimumWidth(420)
        title = QLabel(f"<h2>{lib.profile.name}</h2>")
        title.setWordWrap(True)
        self.username = QLineEdit()
        self.username.setAccessibleName(self.tr("User name"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        buttons = QDialogButtonBox()
        self.login_button = buttons.addButton(self.tr("Log in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.login_button.setDefault(True)
        buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.username.setFocus()

    def try_login(self) -> None:
        try:
            self.staff = auth.login(self.lib, self.username.text(), self.password.text())
        except PustakaError as exc:
            self.message.setText(error_text(exc))
            self.password.clear()
            self.password.setFocus()
            return
        self.accept()
