"""A working day's lock, unlock, switch user, log out and back in, driven through the real controller:
never an error dialog, never a lost desk session, the member hidden behind the lock."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import QApplication

from pustaka_desktop.core import auth
from pustaka_desktop.core.community import members
from pustaka_desktop.gui.app import Controller, parse_args


@pytest.fixture
def errors(monkeypatch):
    """Anything that would reach the "Terjadi kesalahan" dialog (the app's excepthook)."""
    seen: list = []
    monkeypatch.setattr(sys, "excepthook", lambda *info: seen.append(info))
    return seen


@pytest.fixture
def controller(qtbot, lib, librarian, monkeypatch):
    who = {"user": "pustakawan", "password": "rahasia1"}
    monkeypatch.setattr(Controller, "login", lambda self: auth.login(lib, who["user"], who["password"]))
    control = Controller(QApplication.instance(), lib, parse_args(["--db", str(lib.path)]))
    control.who = who
    assert control.start()
    yield control
    if control.window is not None:
        page = control.window.pages.get("desk")
        if page is not None:
            page.shutdown()
        control.window.close()
        control.window.deleteLater()
    flush()


def flush() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()


def open_member(qtbot, desk, number: str) -> None:
    seen = desk.events_seen
    desk.submit_scan(number)
    qtbot.waitUntil(lambda: desk.events_seen > seen and desk.worker.pending == 0, timeout=10_000)


def test_enter_unlocks_and_the_member_stays_open_but_hidden(qtbot, controller, lib, librarian, errors):
    member = members.register(lib, librarian, name="Rangga Halim", member_type="Umum")
    window = controller.window
    window.show()
    desk = window.show_page("desk")
    open_member(qtbot, desk, member.number)
    assert desk.summary.member.number == member.number

    dialog = window.idle_lock.lock()  # Ctrl+Shift+L
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.message)))
    assert "Locked by" in texts or "Dikunci oleh" in texts
    assert "lama tidak dipakai" not in texts and "without use" not in texts
    assert not window.centralWidget().isVisible()  # the member's loans are not on show
    qtbot.keyClicks(dialog.secret, "rahasia1")
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)  # Enter unlocks, it does not log out
    assert window.idle_lock.dialog is None
    assert controller.window is window
    assert window.centralWidget().isVisible()
    assert desk.summary is not None and desk.summary.member.number == member.number
    assert errors == []


def test_idle_lock_says_why_and_enter_on_switch_user_logs_out(qtbot, controller, lib, errors):
    window = controller.window
    window.show()
    dialog = window.idle_lock.lock(manual=False)
    texts = " ".join(label.text() for label in dialog.findChildren(type(dialog.message)))
    assert "lama tidak dipakai" in texts or "without use" in texts
    dialog.switch_button.setFocus()
    qtbot.keyClick(dialog.switch_button, Qt.Key.Key_Return)  # the focused button decides
    flush()
    assert controller.window is not window
    assert errors == []


def test_log_out_and_back_in_three_times_without_an_error(qtbot, controller, lib, librarian, volunteer, errors):
    member = members.register(lib, librarian, name="Siti Aminah", member_type="Umum")
    for turn in range(3):
        window = controller.window
        window.show()
        desk = window.show_page("desk")
        open_member(qtbot, desk, member.number)
        window.idle_lock.lock()
        controller.who.update(user="relawan" if turn % 2 == 0 else "pustakawan",
                              password="relawan1" if turn % 2 == 0 else "rahasia1")
        window.logout_requested.emit()  # Ctrl+L / "Switch user"
        flush()
        assert controller.window is not None and controller.window is not window
        window.idle_lock.check()  # a timer tick reaching the old window is harmless
    assert controller.window.ctx.user.username == "relawan"
    assert errors == []
