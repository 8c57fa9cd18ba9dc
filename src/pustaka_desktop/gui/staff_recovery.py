"""The recovery code on screen (core.recovery): shown once to print or write down (``CodeDialog``), and the
login window's "Forgot password?" (``forgot_password``): with the code, a new password for a librarian
account or a new librarian account, then the next code."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from ..core import recovery
from ..core.errors import PustakaError
from ..core.service import Library
from ..core.store.models import Staff
from .appearance import text_style
from .widgets.forms import OK, FormDialog, button, note, secret_field, try_again
from .widgets.messages import error_text, info

NEW_ACCOUNT = ""  # the account box's last choice: make a new librarian account


class CodeDialog(QDialog):
    """The recovery code, shown this once, large and in groups of four, with where to keep it. ``replaces``:
    an earlier code stops working (False for the library's first code: there is no older one to speak of)."""

    def __init__(self, lib: Library, code: str, parent: QWidget | None = None, replaces: bool = True) -> None:
        super().__init__(parent)
        self.lib = lib
        self.code = code
        self.setWindowTitle(self.tr("Recovery code — write it down"))
        self.setMinimumWidth(480)
        shown = QLabel(code)
        shown.setObjectName("recovery_code")
        shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(max(18, font.pointSize() * 2))
        font.setBold(True)
        shown.setFont(font)
        shown.setAccessibleName(self.tr("Recovery code {code}").format(code=" ".join(code)))
        self.print_button = button(self.tr("&Print…"), self.tr("Print the recovery code"), self.print_code)
        buttons = QDialogButtonBox()  # one way out: there is nothing to cancel, the code is already kept
        done = buttons.addButton(self.tr("I have written it down"), QDialogButtonBox.ButtonRole.AcceptRole)
        done.setDefault(True)
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(note(self.tr(
            "This is the library's recovery code. If one day no librarian can log in (the librarian moved away or "
            "forgot the password), it lets a new librarian set a new password.")))
        layout.addWidget(shown)
        keep = self.tr(
            "Write it down or print it now: it is shown only this once. Keep it with the village office (kepala "
            "desa), away from the desk, so that a volunteer cannot make herself a librarian.")
        if replaces:
            keep += " " + self.tr("Any older recovery code no longer works.")
        layout.addWidget(note(keep))
        layout.addWidget(buttons)

    def reject(self) -> None:
        """Escape or the window's close button: the code is never shown again, so ask before it goes unseen."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.windowTitle())
        box.setText(self.tr(
            "Close without the recovery code? It is not shown again. Without it, nobody can get back in when no "
            "librarian can log in (a new code can be made later under Settings → Staff accounts)."))
        back = box.addButton(self.tr("Back to the code"), QMessageBox.ButtonRole.RejectRole)
        close = box.addButton(self.tr("Close"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        box.exec()
        if box.clickedButton() is close:
            super().reject()

    def sheet_html(self) -> str:
        name = self.lib.profile.name if self.lib.is_initialised else ""
        return self.tr(
            "<h2>{library}</h2><p>Pustaka recovery code:</p><h1 style='font-family: monospace'>{code}</h1>"
            "<p>Keep this sheet with the village office (kepala desa). If no librarian can log in: on the "
            "log-in window choose “Forgot password?” and type this code.</p>").format(library=name, code=self.code)

    def print_code(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        chooser = QPrintDialog(printer, self)
        chooser.setWindowTitle(self.tr("Print the recovery code"))
        if chooser.exec() != QDialog.DialogCode.Accepted:
            return
        sheet = QTextDocument()
        sheet.setHtml(self.sheet_html())
        sheet.print_(printer)


class ForgotPasswordDialog(FormDialog):
    """The recovery code, the librarian account (or a new one), and the new password twice."""

    def __init__(self, lib: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lib = lib
        self.done_with: recovery.Recovered | None = None
        self.setWindowTitle(self.tr("Forgot password — recovery code"))
        self.setMinimumWidth(520)
        self.code = QLineEdit()
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX")
        self.account = QComboBox()
        for staff in recovery.librarians():
            self.account.addItem(f"{staff.username} — {staff.full_name}" if staff.full_name else staff.username,
                                 staff.username)
        self.account.addItem(self.tr("New librarian account…"), NEW_ACCOUNT)
        self.new_username = QLineEdit()
        self.full_name = QLineEdit()
        self.password = secret_field(self.tr("New password"))
        self.password2 = secret_field(self.tr("New password again"))
        self.message = note()
        self.message.setStyleSheet(text_style("danger"))
        rows = [(self.tr("Recovery &code:"), self.code), (self.tr("&Librarian account:"), self.account),
                (self.tr("New user &name:"), self.new_username), (self.tr("&Full name:"), self.full_name),
                (self.tr("New pass&word:"), self.password), (self.tr("New password &again:"), self.password2)]
        for label, field in rows:
            field.setAccessibleName(label.replace("&", "").rstrip(":"))
        self.finish(rows, self.tr("Set the new password"), self.tr("Cancel"), intro=self.tr(
            "The recovery code was shown when the library was set up (or when a librarian last made one); it is "
            "usually kept with the village office (kepala desa). Choose the librarian account to get back, or make "
            "a new librarian account."), on_ok=self.try_recover)
        self.layout().insertWidget(2, self.message)
        self.buttons.button(OK).setDefault(True)
        self.account.currentIndexChanged.connect(self.show_new_account_fields)
        self.show_new_account_fields()
        self.code.setFocus()

    def making_account(self) -> bool:
        return self.account.currentData() == NEW_ACCOUNT

    def show_new_account_fields(self) -> None:
        for field in (self.new_username, self.full_name):
            self.form.setRowVisible(field, self.making_account())

    def try_recover(self) -> None:
        if self.password.text() != self.password2.text():
            self.password2.clear()
            try_again(self.password, self.message, self.tr("The two passwords are not the same."))
            return
        username = self.new_username.text() if self.making_account() else self.account.currentData()
        try:
            self.done_with = recovery.recover(self.lib, self.code.text(), username, self.password.text(),
                                              new_account=self.making_account(), full_name=self.full_name.text())
        except PustakaError as exc:
            self.message.setText(error_text(exc))
            return
        self.accept()


def forgot_password(lib: Library, parent: QWidget | None = None) -> Staff | None:
    """The login window's "Forgot password?": the account given a new password (None when nothing was done).
    A library without a code (or the practice library) is told what to do instead."""
    try:
        recovery.require_available(lib)
    except PustakaError as exc:  # no code yet, or the practice library: what to do instead
        info(parent, QCoreApplication.translate("ForgotPasswordDialog", "Forgot password"), error_text(exc))
        return None
    dialog = ForgotPasswordDialog(lib, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.done_with is None:
        return None
    CodeDialog(lib, dialog.done_with.new_code, parent).exec()
    return dialog.done_with.staff


def side_link(text: str, slot) -> QWidget:
    """A quiet text button on the left under a form ("Forgot password?")."""
    link = button(text, slot=slot)
    link.setFlat(True)
    link.setAutoDefault(False)
    link.setCursor(Qt.CursorShape.PointingHandCursor)
    holder = QWidget()
    row = QHBoxLayout(holder)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(link)
    row.addStretch()
    return holder
