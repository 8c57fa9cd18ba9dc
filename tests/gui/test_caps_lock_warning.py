"""Caps Lock on at the log-in: a volunteer is told so under the password field, not only "wrong password".

The keys are sent as a keyboard sends them: with Caps Lock on, R comes as the letter "R" with no Shift."""

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog

from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.login import LoginDialog
from pustaka_desktop.gui.main_window import MainWindow
from pustaka_desktop.gui.widgets.a11y import ANNOUNCEMENTS

NO_SHIFT = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def typed(field, text: str, modifiers=NO_SHIFT) -> None:
    """Each character as one key press (and release) carrying exactly that text and those modifiers."""
    for char in text:
        key = Qt.Key(ord(char.upper())) if char.isalnum() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(field, QKeyEvent(kind, key, modifiers, char))


def caps_lock_key(field) -> None:
    QApplication.sendEvent(field, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_CapsLock, NO_SHIFT, ""))


def assert_shown_whole(qtbot, warning) -> None:
    """Every wrapped line of the warning gets its height (the open dialog grows for it, not squeezes it)."""
    qtbot.waitUntil(lambda: warning.height() >= warning.heightForWidth(warning.width()), timeout=2000)


def login(qtbot, lib) -> LoginDialog:
    dialog = LoginDialog(lib)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_warning_shows_under_the_password_while_caps_lock_is_on(qtbot, lib):
    dialog = login(qtbot, lib)
    assert not dialog.caps_lock.isVisible()  # nothing known before a letter is typed
    typed(dialog.password, "RAHASIA1")
    assert dialog.caps_lock.isVisible() and "Caps Lock" in dialog.caps_lock.text()
    assert_shown_whole(qtbot, dialog.caps_lock)
    assert dialog.caps_lock.geometry().top() >= dialog.password.geometry().bottom()
    assert any("Caps Lock" in said for said in ANNOUNCEMENTS.recent)  # a screen reader hears it too
    caps_lock_key(dialog.password)
    assert not dialog.caps_lock.isVisible()
    typed(dialog.password, "x")
    assert not dialog.caps_lock.isVisible()


def test_shift_turns_the_reading_round(qtbot, lib):
    dialog = login(qtbot, lib)
    typed(dialog.password, "R", SHIFT)  # a capital with Shift: Caps Lock is off
    assert not dialog.caps_lock.isVisible()
    typed(dialog.password, "r", SHIFT)  # a small letter with Shift: Caps Lock is on
    assert dialog.caps_lock.isVisible()
    typed(dialog.password, "1!", SHIFT)  # digits and signs say nothing either way
    assert dialog.caps_lock.isVisible()


def test_the_refusal_says_caps_lock_is_on_and_the_check_stays_as_strict(qtbot, lib):
    dialog = login(qtbot, lib)
    typed(dialog.username, "pustakawan")
    typed(dialog.password, "RAHASIA1")  # "rahasia1" typed with Caps Lock on
    dialog.try_login()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.staff is None
    assert "Caps Lock" in dialog.message.text()
    caps_lock_key(dialog.password)
    typed(dialog.password, "rahasia1")
    dialog.try_login()
    assert dialog.staff is not None and dialog.staff.username == "pustakawan"


def test_the_lock_screen_warns_too(qtbot, lib, librarian):
    window = MainWindow(AppContext(lib, librarian))
    qtbot.addWidget(window)
    window.show()
    dialog = window.idle_lock.lock()
    typed(dialog.secret, "RAHASIA")
    assert dialog.caps_lock.isVisible()
    dialog.try_unlock()
    assert "Caps Lock" in dialog.message.text() and window.idle_lock.dialog is dialog


def test_choosing_a_new_password_warns_too(qtbot, lib, librarian):
    from pustaka_desktop.gui.choose_password import ChoosePasswordDialog

    dialog = ChoosePasswordDialog(lib, librarian)
    qtbot.addWidget(dialog)
    dialog.show()
    typed(dialog.new, "SAWAH")
    assert dialog.caps_lock.isVisible()  # before she saves a password she could not type again
    assert_shown_whole(qtbot, dialog.caps_lock)
    caps_lock_key(dialog.new)
    assert not dialog.caps_lock.isVisible()
