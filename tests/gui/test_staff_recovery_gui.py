"""The login window's "Forgot password?", the recovery code shown once, and the code made from Settings."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWizard

from pustaka_desktop.core import auth, recovery
from pustaka_desktop.core.store.models import AuditLog
from pustaka_desktop.gui import staff_recovery
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.first_run import FirstRunWizard
from pustaka_desktop.gui.login import LoginDialog
from pustaka_desktop.gui.pages.settings import SettingsPage
from pustaka_desktop.gui.staff_recovery import CodeDialog, ForgotPasswordDialog


def test_the_first_run_makes_a_recovery_code(qtbot, empty_lib):
    wizard = FirstRunWizard(empty_lib)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    qtbot.keyClicks(wizard.name, "Perpustakaan Desa Mekar")
    qtbot.keyClicks(wizard.code, "mkr")
    wizard.next()
    qtbot.keyClicks(wizard.username, "siti")
    qtbot.keyClicks(wizard.password, "rahasia1")
    qtbot.keyClicks(wizard.password2, "rahasia1")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.staff is not None and wizard.recovery_code
    recovery.recover(empty_lib, wizard.recovery_code, "siti", "sandibaru1")  # the code shown is the one kept


def test_forgot_password_without_a_code_says_what_to_do(qtbot, lib, monkeypatch):
    told, asked = [], []
    monkeypatch.setattr(staff_recovery, "info", lambda parent, title, text: told.append(text))
    monkeypatch.setattr(ForgotPasswordDialog, "exec", lambda self: asked.append(self))
    dialog = LoginDialog(lib)
    qtbot.addWidget(dialog)
    dialog.forgot_password()
    assert len(told) == 1 and told[0].strip() and not asked  # the way to a code, not a form that cannot work


def _recovery_dialog(qtbot, lib) -> ForgotPasswordDialog:
    dialog = ForgotPasswordDialog(lib)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_recovery_dialog_sets_a_new_password_and_refuses_a_wrong_code(qtbot, lib, librarian):
    code = recovery.make_code(lib, librarian)
    dialog = _recovery_dialog(qtbot, lib)
    assert dialog.account.currentData() == "pustakawan"
    assert not dialog.new_username.isVisible()  # only for a new account
    qtbot.keyClicks(dialog.code, "AAAA-BBBB-CCCC-DDDD")
    qtbot.keyClicks(dialog.password, "sandibaru1")
    qtbot.keyClicks(dialog.password2, "sandibaru1")
    dialog.try_recover()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.message.text()
    assert AuditLog.select().where(AuditLog.action == "recovery.failed").exists()
    dialog.code.setText(code)
    dialog.try_recover()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.done_with.new_code != code
    assert auth.login(lib, "pustakawan", "sandibaru1")


def test_the_recovery_dialog_can_make_a_new_librarian_and_checks_the_two_passwords(qtbot, lib, librarian):
    code = recovery.make_code(lib, librarian)
    dialog = _recovery_dialog(qtbot, lib)
    dialog.account.setCurrentIndex(dialog.account.count() - 1)
    assert dialog.new_username.isVisible()
    dialog.code.setText(code)
    qtbot.keyClicks(dialog.new_username, "wulan")
    qtbot.keyClicks(dialog.password, "wulan1234")
    qtbot.keyClicks(dialog.password2, "wulan12345")
    dialog.try_recover()
    assert dialog.done_with is None and dialog.message.text()
    qtbot.keyClicks(dialog.password, "wulan1234")
    qtbot.keyClicks(dialog.password2, "wulan1234")
    dialog.try_recover()
    assert dialog.done_with.staff.role == auth.LIBRARIAN
    assert auth.login(lib, "wulan", "wulan1234")


def test_after_the_recovery_the_login_window_shows_the_new_code_and_waits_for_the_new_password(qtbot, lib, librarian,
                                                                                                 monkeypatch):
    code = recovery.make_code(lib, librarian)
    shown = []

    def fill_and_accept(self):
        self.code.setText(code)
        self.password.setText("sandibaru1")
        self.password2.setText("sandibaru1")
        self.try_recover()
        return self.result()

    monkeypatch.setattr(ForgotPasswordDialog, "exec", fill_and_accept)
    monkeypatch.setattr(CodeDialog, "exec", lambda self: shown.append(self.code))
    dialog = LoginDialog(lib)
    qtbot.addWidget(dialog)
    dialog.forgot_password()
    assert shown and shown[0] != code
    assert dialog.username.text() == "pustakawan" and dialog.password.text() == ""
    dialog.password.setText("sandibaru1")
    dialog.try_login()
    assert dialog.staff is not None


def test_settings_makes_a_new_code_and_says_when_there_is_none(qtbot, lib, librarian, monkeypatch):
    shown = []
    monkeypatch.setattr(CodeDialog, "exec", lambda self: shown.append(self.code))
    monkeypatch.setattr("pustaka_desktop.gui.pages.settings.confirm", lambda *a: True)
    page = SettingsPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    tab = page.staff_tab
    no_code_yet = tab.code_state.text()
    tab.make_recovery_code()
    assert shown and recovery.info() is not None
    assert tab.code_state.text() != no_code_yet and "pustakawan" in tab.code_state.text()
    tab.make_recovery_code()  # replaces the first: only the newest works
    recovery.recover(lib, shown[1], "pustakawan", "sandibaru1")


def test_the_code_sheet_names_the_library_and_the_code(qtbot, lib):
    dialog = CodeDialog(lib, "ABCD-EFGH-JKMN-PQRS")
    qtbot.addWidget(dialog)
    sheet = dialog.sheet_html()
    assert "ABCD-EFGH-JKMN-PQRS" in sheet and "Perpustakaan Desa Uji" in sheet
