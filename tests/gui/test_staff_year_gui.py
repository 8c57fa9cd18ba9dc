"""A year of staff at a village library, at the window: a volunteer alone with a librarian's locked screen, a new
account typed in a hurry, a role changed on purpose only."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QDialog, QWidget

from pustaka_desktop.gui.idle_lock import LockDialog


def test_guessing_at_the_lock_screen_is_told_to_wait_and_stays_locked(qtbot, lib, librarian):
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = LockDialog(lib, librarian, parent)
    qtbot.addWidget(dialog)
    for guess in ("0000", "1111", "2222", "1234"):  # the last one right, but too soon after three wrong
        dialog.secret.setText(guess)
        dialog.try_unlock()
    assert "Wait" in dialog.message.text() and dialog.result() == 0
    assert dialog.message.wordWrap()  # the whole sentence shows, not cut at the dialog's edge
    assert dialog.secret.text() == ""


def test_a_new_volunteer_chooses_her_own_password_at_her_first_log_in(qtbot, lib, librarian, monkeypatch):
    from pustaka_desktop.core import auth
    from pustaka_desktop.gui.choose_password import ChoosePasswordDialog
    from pustaka_desktop.gui.login import LoginDialog

    auth.add_staff(lib, librarian, "sitinur", "mawar-12", auth.VOLUNTEER, full_name="Siti Nur'aini, S.Pd.")
    asked = []

    def choose(dialog):
        asked.append(dialog.findChildren(type(dialog.message))[0].text())
        dialog.new.setText("kenanga 9")
        dialog.again.setText("kenanga 8")  # a slip of the finger
        dialog.save()
        asked.append(dialog.message.text())
        dialog.new.setText("kenanga 9")
        dialog.again.setText("kenanga 9")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(ChoosePasswordDialog, "exec", choose)
    login = LoginDialog(lib)
    qtbot.addWidget(login)
    login.username.setText("sitinur")
    login.password.setText("mawar-12")
    login.try_login()
    assert login.staff is not None and "Siti Nur'aini, S.Pd." in asked[0] and "not the same" in asked[1]
    assert auth.login(lib, "sitinur", "kenanga 9")  # hers now; the librarian's no longer works
    monkeypatch.setattr(ChoosePasswordDialog, "exec", lambda dialog: pytest.fail("asked twice"))
    again = LoginDialog(lib)
    qtbot.addWidget(again)
    again.username.setText("sitinur")
    again.password.setText("kenanga 9")
    again.try_login()
    assert again.staff is not None


def test_she_does_not_go_in_with_the_librarians_password_when_she_cancels(qtbot, lib, librarian, monkeypatch):
    from pustaka_desktop.core import auth
    from pustaka_desktop.gui.choose_password import ChoosePasswordDialog
    from pustaka_desktop.gui.login import LoginDialog

    auth.add_staff(lib, librarian, "sitinur", "mawar-12", auth.VOLUNTEER)
    monkeypatch.setattr(ChoosePasswordDialog, "exec", lambda dialog: 0)
    login = LoginDialog(lib)
    qtbot.addWidget(login)
    login.username.setText("sitinur")
    login.password.setText("mawar-12")
    login.try_login()
    assert login.staff is None and "own password" in login.message.text()


def test_change_my_password_asks_the_current_one_first(qtbot, lib, librarian, volunteer):
    from pustaka_desktop.core import auth
    from pustaka_desktop.gui.choose_password import ChoosePasswordDialog

    dialog = ChoosePasswordDialog(lib, volunteer)
    qtbot.addWidget(dialog)
    dialog.current.setText("bukan-ini1")
    dialog.new.setText("kenanga 9")
    dialog.again.setText("kenanga 9")
    dialog.save()
    assert dialog.result() == 0 and "current password" in dialog.message.text()
    dialog.current.setText("relawan1")
    dialog.new.setText("123456")
    dialog.again.setText("123456")
    dialog.save()
    assert dialog.result() == 0 and "too easy" in dialog.message.text()
    dialog.new.setText("kenanga 9")
    dialog.again.setText("kenanga 9")
    dialog.save()
    assert dialog.result() == 1 and auth.login(lib, "relawan", "kenanga 9")


def test_adding_a_volunteer_offers_her_user_name_and_asks_the_password_twice(qtbot, lib, librarian):
    from pustaka_desktop.gui.pages.settings import StaffDialog

    dialog = StaffDialog(None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.full_name, "Siti Nur'aini, S.Pd.")
    assert dialog.username.text() == "sitinuraini"
    dialog.password.setText("melati 7")
    dialog.password_again.setText("melati 8")
    dialog.check()
    assert dialog.result() == 0 and "not the same" in dialog.message.text() and dialog.password.text() == ""
    dialog.password.setText("melati 7")
    dialog.password_again.setText("melati 7")
    dialog.check()
    assert dialog.result() == 1


def test_a_user_name_typed_by_hand_is_not_overwritten(qtbot, lib, librarian):
    from pustaka_desktop.gui.pages.settings import StaffDialog

    dialog = StaffDialog(None)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.username, "siti")
    qtbot.keyClicks(dialog.full_name, "Siti Nur'aini")
    assert dialog.username.text() == "siti"


def test_changing_a_role_asks_first_and_says_what_it_gives(qtbot, lib, librarian, volunteer, monkeypatch):
    from pustaka_desktop.core import auth
    from pustaka_desktop.core.store.models import Staff
    from pustaka_desktop.gui.context import AppContext
    from pustaka_desktop.gui.pages import settings

    asked = []
    monkeypatch.setattr(settings, "confirm", lambda parent, title, text: asked.append(text) or False)
    tab = settings.StaffTab(AppContext(lib, librarian))
    qtbot.addWidget(tab)
    tab.table.setCurrentCell([staff.username for staff in tab.staff].index("relawan"), 0)
    tab.role_button.click()
    assert asked and "Relawan Satu (relawan)" in asked[0] and "librarian" in asked[0]
    assert Staff.get(Staff.username == "relawan").role == auth.VOLUNTEER  # "No": nothing changed
    monkeypatch.setattr(settings, "confirm", lambda parent, title, text: True)
    tab.role_button.click()
    assert Staff.get(Staff.username == "relawan").role == auth.LIBRARIAN


def test_a_refused_new_account_opens_again_with_what_was_typed(qtbot, lib, librarian, monkeypatch):
    from pustaka_desktop.core.store.models import Staff
    from pustaka_desktop.gui.context import AppContext
    from pustaka_desktop.gui.pages import settings
    from pustaka_desktop.gui.widgets import actions

    shown, seen = [], []
    monkeypatch.setattr(actions, "show_error", lambda parent, exc, details="": shown.append(exc.message()))

    def busy_morning(dialog):
        seen.append((dialog.full_name.text(), dialog.username.text()))
        if len(seen) == 1:
            dialog.full_name.setText("Siti Nur'aini, S.Pd.")
            dialog.username.setText("sitinuraini")
            dialog.password.setText("123456")  # what everyone types first
        else:
            dialog.password.setText("melati 7")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(settings.StaffDialog, "exec", busy_morning)
    tab = settings.StaffTab(AppContext(lib, librarian))
    qtbot.addWidget(tab)
    tab.add_button.click()
    assert "too easy" in shown[0]
    assert seen[1] == ("Siti Nur'aini, S.Pd.", "sitinuraini")  # nothing to type again but the password
    assert Staff.get(Staff.username == "sitinuraini").full_name == "Siti Nur'aini, S.Pd."


def test_deactivating_the_librarian_who_left_says_what_is_left_to_do(qtbot, lib, librarian, monkeypatch):
    from pustaka_desktop.core import auth, profile, recovery
    from pustaka_desktop.core.store.models import Staff
    from pustaka_desktop.gui.context import AppContext
    from pustaka_desktop.gui.pages import settings

    librarian.full_name = "Ani Suryani"
    librarian.save()
    profile.update_profile(lib, librarian, head_name="Ani Suryani")
    recovery.make_code(lib, librarian)
    rina = auth.add_staff(lib, librarian, "rina", "mawar-12", auth.LIBRARIAN, full_name="Rina Marlina")
    told = []
    monkeypatch.setattr(settings, "confirm", lambda parent, title, text: True)
    monkeypatch.setattr(settings, "info", lambda parent, title, text: told.append(text))
    tab = settings.StaffTab(AppContext(lib, rina))
    qtbot.addWidget(tab)
    tab.table.setCurrentCell([staff.username for staff in tab.staff].index("pustakawan"), 0)
    tab.active_button.click()
    assert not Staff.get(Staff.username == "pustakawan").active
    assert told and "Ani Suryani is still the head of the library" in told[0]
    assert "recovery code was made by Ani Suryani" in told[0]


def test_a_button_pressed_with_no_account_chosen_says_so(qtbot, lib, librarian, monkeypatch):
    from pustaka_desktop.gui.context import AppContext
    from pustaka_desktop.gui.pages import settings

    told = []
    monkeypatch.setattr(settings, "info", lambda parent, title, text: told.append(text))
    tab = settings.StaffTab(AppContext(lib, librarian))
    qtbot.addWidget(tab)
    tab.table.setCurrentCell(-1, -1)
    for push in (tab.reset_button, tab.role_button, tab.active_button):
        push.click()
    assert told == ["Choose an account in the list first."] * 3


def test_a_reset_with_nothing_typed_changes_nothing_and_says_so(qtbot, lib, librarian, volunteer):
    from pustaka_desktop.gui.pages.settings import StaffDialog

    dialog = StaffDialog(volunteer)
    qtbot.addWidget(dialog)
    dialog.check()
    assert dialog.result() == 0 and "new password" in dialog.message.text()
