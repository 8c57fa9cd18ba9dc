"""The first-run wizard, login, the main window and Settings, driven like a person would."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWizard

from pustaka_desktop.core import auth
from pustaka_desktop.core.store.models import LibraryProfile, Staff
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.first_run import FirstRunWizard
from pustaka_desktop.gui.login import LoginDialog
from pustaka_desktop.gui.main_window import MainWindow


def test_first_run_wizard_creates_the_library_and_first_librarian(qtbot, empty_lib):
    wizard = FirstRunWizard(empty_lib)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    qtbot.keyClicks(wizard.name, "Perpustakaan Desa Mekar")
    qtbot.keyClicks(wizard.code, "mkr")
    qtbot.keyClicks(wizard.kabupaten, "Garut")
    wizard.next()
    assert wizard.currentPage() is wizard.account_page
    qtbot.keyClicks(wizard.username, "siti")
    qtbot.keyClicks(wizard.password, "rahasia1")
    qtbot.keyClicks(wizard.password2, "rahasia1")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert empty_lib.profile.name == "Perpustakaan Desa Mekar" and empty_lib.profile.code == "MKR"
    assert Staff.get(Staff.username == "siti").role == auth.LIBRARIAN


def test_wizard_refuses_a_bad_library_code_and_stays_on_the_page(qtbot, empty_lib, monkeypatch):
    shown = []
    monkeypatch.setattr("pustaka_desktop.gui.first_run.QMessageBox.warning", lambda *a: shown.append(a[2]))
    wizard = FirstRunWizard(empty_lib)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    qtbot.keyClicks(wizard.name, "Perpus")
    qtbot.keyClicks(wizard.code, "x")
    wizard.next()
    assert wizard.currentPage() is wizard.profile_page
    assert shown and "SKM01" in shown[0]
    assert not LibraryProfile.select().exists()


def test_login_dialog_says_why_and_lets_the_right_password_in(qtbot, lib):
    dialog = LoginDialog(lib)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.username, "pustakawan")
    qtbot.keyClicks(dialog.password, "salah")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.staff is None and dialog.message.text()
    qtbot.keyClicks(dialog.password, "rahasia1")
    qtbot.keyClick(dialog.password, Qt.Key.Key_Return)
    assert dialog.staff is not None and dialog.staff.username == "pustakawan"


def test_volunteer_cannot_reach_settings(qtbot, lib, librarian, volunteer):
    librarian_window = MainWindow(AppContext(lib, librarian))
    volunteer_window = MainWindow(AppContext(lib, volunteer))
    qtbot.addWidget(librarian_window)
    qtbot.addWidget(volunteer_window)
    assert "settings" in librarian_window.page_keys()
    assert "settings" not in volunteer_window.page_keys()
    assert volunteer_window.show_page("settings") is None


def test_status_bar_shows_library_user_and_database(qtbot, lib, librarian):
    window = MainWindow(AppContext(lib, librarian))
    qtbot.addWidget(window)
    assert window.library_label.text() == "Perpustakaan Desa Uji"
    assert "pustakawan" in window.user_label.text()
    assert window.db_label.text() == str(lib.path)


def test_settings_page_saves_the_profile_and_adds_a_volunteer(qtbot, lib, librarian, monkeypatch):
    monkeypatch.setattr("pustaka_desktop.gui.pages.settings.info", lambda *a: None)
    window = MainWindow(AppContext(lib, librarian))
    qtbot.addWidget(window)
    page = window.show_page("settings")
    village = page.profile_tab.edits["village"]
    village.clear()
    qtbot.keyClicks(village, "Sukamaju")
    page.profile_tab.save_button.click()
    assert lib.profile.village == "Sukamaju"

    from pustaka_desktop.gui.pages import settings as settings_module

    def fake_exec(dialog):
        dialog.username.setText("rina")
        dialog.password.setText("relawan9")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(settings_module.StaffDialog, "exec", fake_exec)
    page.staff_tab.add_button.click()
    assert Staff.get(Staff.username == "rina").role == auth.VOLUNTEER
    assert page.staff_tab.table.rowCount() == 2


def test_english_can_be_chosen_and_indonesian_is_the_default(qtbot, lib, librarian):
    from pustaka_desktop import i18n

    i18n.install("id")
    window = MainWindow(AppContext(lib, librarian))
    qtbot.addWidget(window)
    assert window.nav_item("settings").text(0) == "Pengaturan"
    i18n.install("en")
    try:
        english = MainWindow(AppContext(lib, librarian))
        qtbot.addWidget(english)
        assert english.nav_item("settings").text(0) == "Settings"
    finally:
        i18n.install("id")
