"""The idle lock: after the configured minutes without a key press or mouse move (or at once with
Ctrl+Shift+L) the main window's pages are hidden behind a lock dialog; the same user unlocks with their
password or PIN, or someone else (a volunteer taking over the desk) logs in through "Switch user".

Enter in the password field unlocks; Enter on a focused button does what that button says. Locking
keeps every page as it was (the member open at the desk, the scans queued): only the view is hidden."""

from __future__ import annotations

import time

import shiboken6
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core import auth, session
from ..core.errors import PustakaError
from ..core.service import Library
from ..core.store.models import Staff
from .activity import INPUT, InputWatcher
from .appearance import text_style
from .widgets.caps_lock import CapsLockWarning
from .widgets.forms import arrange, label_for, secret_field, try_again
from .widgets.messages import error_text


class LockDialog(QDialog):
    switch_user = Signal()

    def __init__(self, lib: Library, user: Staff, parent: QWidget | None = None, heading: str = "",
                 text: str = "", can_switch: bool = True) -> None:
        super().__init__(parent)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.lib = lib
        self.user = user
        self.setWindowTitle(self.tr("Locked — Pustaka"))
        self.setModal(True)
        self.setMinimumWidth(420)
        title = QLabel(f"<h2>{heading}</h2>" if heading else self.tr("<h2>The screen is locked</h2>"))
        who = QLabel(text or self.tr("Locked after a while without use. {name}, type your password or PIN to "
                                     "go on.").format(name=user.full_name or user.username))
        who.setWordWrap(True)
        self.secret = secret_field(self.tr("Password or PIN"))
        self.caps_lock = CapsLockWarning(self.secret)
        self.message = QLabel()
        self.message.setWordWrap(True)  # "Too many wrong attempts: locked for 15 minutes (until 10:42)..." is long
        self.message.setStyleSheet(text_style("danger"))
        buttons = QDialogButtonBox()
        self.unlock_button = buttons.addButton(self.tr("&Unlock"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.unlock_button.setDefault(True)
        self.switch_button = buttons.addButton(self.tr("&Switch user"), QDialogButtonBox.ButtonRole.ResetRole)
        self.switch_button.setToolTip(self.tr("Someone else (for example a volunteer) logs in at this desk"))
        # Enter in the password field unlocks; Enter on a focused button presses that button only.
        self.switch_button.setAutoDefault(False)
        buttons.accepted.connect(self.try_unlock)
        self.switch_button.clicked.connect(self._switch)
        self.cancel_button = None
        if not can_switch:  # leaving volunteer mode: the desk may also just carry on
            self.switch_button.setVisible(False)
            self.cancel_button = buttons.addButton(self.tr("&Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
            self.cancel_button.clicked.connect(lambda: self.done(QDialog.DialogCode.Rejected))
        arrange(QVBoxLayout(self), title, who, label_for(self.tr("&Password or PIN:"), self.secret), self.secret,
                self.caps_lock, self.message, buttons)
        self.secret.setFocus()

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        self.secret.setFocus()

    def try_unlock(self) -> None:
        try:
            unlocked = session.unlock(self.lib, self.user, self.secret.text())
        except PustakaError as exc:  # too many wrong tries: the wait, in words
            try_again(self.secret, self.message, error_text(exc))
            self.adjustSize()  # (two lines: the dialog grows instead of cutting the second)
            return
        if unlocked:
            self.accept()
            return
        try_again(self.secret, self.message, self.caps_lock.with_reason(
            self.tr("That is not the password or PIN of {name}.").format(name=self.user.username)))

    def _switch(self) -> None:
        self.done(2)
        self.switch_user.emit()

    def reject(self) -> None:  # Escape / closing the dialog must not unlock
        if self.cancel_button is not None:
            super().reject()
            return
        self.secret.setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape and self.cancel_button is None:
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            if isinstance(focused, QPushButton):
                focused.click()  # Enter does what the focused button says
            else:
                self.try_unlock()
            return
        super().keyPressEvent(event)


class IdleLock(InputWatcher):
    """Watches the input of the application's windows; locks ``window`` after ``minutes`` idle (0 = never).
    Also asks to sign in again once a librarian changed the account signed in here (``gui.sign_in_again``)."""

    locked = Signal()
    switch_user = Signal()
    taken_over = Signal()  # someone signed in again at this window: its account is now theirs

    def __init__(self, window: QWidget, lib: Library, user: Staff, minutes: int | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.lib = lib
        self.user = user
        self.minutes = session.idle_minutes(lib) if minutes is None else minutes
        self.last_activity = time.monotonic()
        self.dialog: LockDialog | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(5_000)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        self._hidden: QWidget | None = None
        # Qt drops the filters by itself when this object goes with its window (a logout).
        self.watch_windows()

    def _alive(self) -> bool:
        """False once the window (and so this object) was deleted, e.g. after a logout."""
        return shiboken6.isValid(self) and shiboken6.isValid(self.window)

    def set_minutes(self, minutes: int) -> None:
        self.minutes = minutes
        self.last_activity = time.monotonic()

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() in INPUT and self.dialog is None:
            self.last_activity = time.monotonic()
        return False

    def idle_seconds(self) -> float:
        return time.monotonic() - self.last_activity

    def check(self) -> None:
        if not self._alive():
            return
        self.watch_window(self.window.windowHandle())  # (it had none before it was first shown)
        if self.minutes and self.dialog is None and self.window.isVisible() and \
                self.idle_seconds() >= self.minutes * 60:
            self.lock(manual=False)
        if self.dialog is None and self.window.isVisible():
            self.sign_in_again()  # (nothing when the account is as it was)

    def sign_in_again(self) -> int | None:
        """When a librarian changed this window's account since it signed in: hide the pages until someone signs
        in here (the pages stay as they were). The dialog's result; None when there was nothing to ask, or it
        is being asked already (the desk's next queued scans are refused too)."""
        from .sign_in_again import LOG_OUT, SignInAgainDialog, reason_text, take_over

        change = auth.account_change(self.user) if self._alive() and self.dialog is None else ""
        if not change:
            return None
        dialog = SignInAgainDialog(self.lib, self.user, reason_text(change, self.user.username), self.window)
        self.dialog = dialog  # the idle lock does not lock over it, nor is it asked twice
        self._hide_content()
        result = dialog.exec()
        staff = dialog.staff
        self._unlocked(result)
        if result == LOG_OUT:
            QTimer.singleShot(0, self.switch_user.emit)  # once whatever was refused has finished
        elif staff is not None:
            take_over(self.user, staff)
            self.taken_over.emit()
        return result

    def lock(self, *_checked, manual: bool = True) -> LockDialog | None:
        """Hide the window's pages and show the lock dialog (modal; returns it at once). ``manual``:
        the user locked on purpose (Ctrl+Shift+L, the menu), not the idle timer."""
        if not self._alive():
            return None
        if self.dialog is not None:
            return self.dialog
        name = self.user.full_name or self.user.username
        text = (self.tr("Locked by {name}. Type your password or PIN to go on.").format(name=name)
                if manual else "")
        self.dialog = LockDialog(self.lib, self.user, self.window, text=text)
        self.dialog.switch_user.connect(self.switch_user.emit)
        self.dialog.finished.connect(self._unlocked)
        self._hide_content()
        self.locked.emit()
        self.dialog.open()
        return self.dialog

    def _hide_content(self) -> None:
        """Whatever is on screen (a member's loans, the catalogue) is hidden while locked."""
        central = self.window.centralWidget() if hasattr(self.window, "centralWidget") else None
        if central is not None and central.isVisible():
            central.hide()
            self._hidden = central

    def _unlocked(self, _result: int) -> None:
        if not self._alive():
            return
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = None
        if self._hidden is not None and shiboken6.isValid(self._hidden):
            self._hidden.show()
        self._hidden = None
        self.last_activity = time.monotonic()


# -- volunteer mode ---------------------------------------------------------------------------------
# A librarian can hand the desk over: the window reopens with a volunteer's rights (desk work only: no
# deletes, exports of personal data or settings), still under the librarian's name in the audit log.
# The idle lock stays off (the volunteers at the desk do not know the librarian's password); leaving
# volunteer mode needs the librarian's password or PIN.


def volunteer_view(staff: Staff) -> Staff:
    """The same account with the volunteer role, for this session only (never saved)."""
    view = Staff(id=staff.id, username=staff.username, full_name=staff.full_name, role=auth.VOLUNTEER,
                 active=True, password_hash=staff.password_hash, pin_hash=staff.pin_hash,
                 created_at=staff.created_at)
    view.desk_mode_of = staff
    return view


def in_volunteer_mode(staff: Staff) -> bool:
    return getattr(staff, "desk_mode_of", None) is not None


def install_volunteer_mode(window) -> QAction | None:
    """Add "Desk in volunteer mode" (librarians) or "Leave volunteer mode" to the first menu. The window
    must have ``ctx``, ``idle_lock`` and a ``switch_staff`` signal (the controller reopens it)."""
    user = window.ctx.user
    if in_volunteer_mode(user):
        window.idle_lock.set_minutes(0)
        action = QAction(QCoreApplication.translate("VolunteerMode", "Leave &volunteer mode…"), window)
        action.triggered.connect(lambda: leave_volunteer_mode(window))
    elif user.role == auth.LIBRARIAN:
        action = QAction(QCoreApplication.translate("VolunteerMode", "Desk in &volunteer mode"), window)
        action.triggered.connect(lambda: enter_volunteer_mode(window))
    else:
        return None
    action.setShortcut(QKeySequence("Ctrl+Shift+V"))
    menus = window.menuBar().actions()
    if menus and menus[0].menu() is not None:
        first = menus[0].menu()
        first.insertAction(first.actions()[0] if first.actions() else None, action)
    else:
        window.addAction(action)
    window.volunteer_mode_action = action
    return action


def enter_volunteer_mode(window) -> None:
    auth.audit(window.ctx.lib, window.ctx.user, "desk.volunteer_mode", "staff", window.ctx.user.username, on=True)
    window.switch_staff.emit(volunteer_view(window.ctx.user))


def leave_volunteer_mode(window) -> LockDialog:
    real = window.ctx.user.desk_mode_of
    dialog = LockDialog(
        window.ctx.lib, real, window,
        heading=QCoreApplication.translate("VolunteerMode", "Leave volunteer mode"),
        text=QCoreApplication.translate("VolunteerMode", "{name}, type your password or PIN to give the desk "
                                                         "back its librarian rights.").format(
            name=real.full_name or real.username),
        can_switch=False)

    def finished(result: int) -> None:
        dialog.deleteLater()
        if result == QDialog.DialogCode.Accepted:
            auth.audit(window.ctx.lib, real, "desk.volunteer_mode", "staff", real.username, on=False)
            window.switch_staff.emit(real)

    dialog.finished.connect(finished)
    dialog.open()
    return dialog
