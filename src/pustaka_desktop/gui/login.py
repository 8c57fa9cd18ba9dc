"""The login dialog: who is at the desk decides what the app lets them do."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from ..core import auth
from ..core.errors import PustakaError
from ..core.service import Library
from ..core.store.models import Staff
from .appearance import text_style
from .choose_password import ChoosePasswordDialog
from .staff_recovery import forgot_password, side_link
from .widgets.caps_lock import CapsLockWarning
from .widgets.forms import arrange, note, secret_field, try_again
from .widgets.messages import error_text


class LoginDialog(QDialog):
    SWITCH = 2  # exec() result: go to the practice library, or back from it to the real one

    def __init__(self, lib: Library, parent=None, practice: bool = False, username: str = "") -> None:
        super().__init__(parent)
        self.lib = lib
        self.practice = practice
        self.staff: Staff | None = None
        self.setWindowTitle(self.tr("Log in — Pustaka"))
        self.setMinimumWidth(420)
        title = QLabel(f"<h2>{lib.profile.name}</h2>")
        title.setWordWrap(True)
        self.username = QLineEdit()
        self.username.setAccessibleName(self.tr("User name"))
        self.password = secret_field(self.tr("Password"))
        self.message = note()
        self.message.setStyleSheet(text_style("danger"))
        form = QFormLayout()
        form.addRow(self.tr("&User name:"), self.username)
        form.addRow(self.tr("&Password:"), self.password)
        self.caps_lock = CapsLockWarning(self.password, self.username)
        buttons = QDialogButtonBox()
        self.login_button = buttons.addButton(self.tr("Log in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.login_button.setDefault(True)
        buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        # Practice mode: a separate practice library where a new volunteer can try everything.
        switch = QPushButton(self.tr("Back to the real &library") if practice else self.tr("P&ractice mode"))
        switch.setAutoDefault(False)
        switch.setToolTip(self.tr("The real library, as you left it") if practice else
                          self.tr("Try lending, returning and cataloguing on a practice copy: nothing reaches the "
                                  "real library"))
        switch.clicked.connect(lambda: self.done(self.SWITCH))
        buttons.addButton(switch, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.try_login)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if practice:
            from .practice import BANNER_STYLE

            banner = QLabel(self.tr("PRACTICE (LATIHAN) — log in with your usual account"))
            banner.setStyleSheet(BANNER_STYLE + " font-weight: bold;")
            banner.setWordWrap(True)
            layout.addWidget(banner)
            self.setWindowTitle(f"LATIHAN — {self.windowTitle()}")
        # the way back in when nobody remembers a librarian's password (core.recovery)
        forgot = side_link(self.tr("&Forgot password?"), self.forgot_password)
        arrange(layout, title, form, self.caps_lock, forgot, self.message, buttons)
        self.username.setText(username)  # the librarian the first-start wizard just made: her password is next
        (self.password if username else self.username).setFocus()

    def forgot_password(self) -> None:
        staff = forgot_password(self.lib, self)
        if staff is None:
            return
        self.username.setText(staff.username)
        self.message.setStyleSheet(text_style("ok"))
        self.message.setText(self.tr("New password set for {name}: log in with it now.").format(name=staff.username))
        self.password.clear()
        self.password.setFocus()

    def try_login(self) -> None:
        try:
            staff = auth.login(self.lib, self.username.text(), self.password.text())
        except PustakaError as exc:
            self.message.setStyleSheet(text_style("danger"))
            try_again(self.password, self.message, self.caps_lock.with_reason(error_text(exc)))
            return
        # a password a librarian typed for her: her own first (not in practice, whose accounts are copies)
        if not self.practice and auth.must_choose_password(staff) and \
                ChoosePasswordDialog(self.lib, staff, self.password.text(), self).exec() != QDialog.DialogCode.Accepted:
            self.message.setStyleSheet(text_style("danger"))
            try_again(self.password, self.message, self.tr("Choose your own password to go on: log in again."))
            return
        self.staff = staff
        self.accept()
