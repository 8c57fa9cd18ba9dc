"""The desk window left open when the librarian deactivates the volunteer, resets her password or lowers a
librarian's role: the window asks to sign in again (saying why), nothing open in it is lost, and what is done
next is done under the name of whoever signed in."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from pustaka_desktop.core import auth
from pustaka_desktop.core.errors import SignInAgain
from pustaka_desktop.core.store.models import Loan, Staff
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.main_window import MainWindow
from pustaka_desktop.gui.sign_in_again import LOG_OUT, SignInAgainDialog
from pustaka_desktop.gui.widgets.messages import show_error
from tests.core.circ_helpers import book, member
from tests.gui.desk_helpers import scan


@pytest.fixture
def window_of(qtbot, lib):
    made = []

    def open_for(staff):
        window = MainWindow(AppContext(lib, staff))
        qtbot.addWidget(window)
        window.show()
        made.append(window)
        return window

    yield open_for
    for window in made:
        desk = window.pages.get("desk")
        if desk is not None:
            desk.shutdown()


def when_asked(*steps):
    """Answers the sign-in box once it is open: each step gets the dialog; what the box showed is kept."""
    seen: list[str] = []

    def answer():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, SignInAgainDialog):
            QTimer.singleShot(20, answer)
            return
        seen.append(dialog.findChildren(type(dialog.message))[1].text())
        for step in steps:
            step(dialog)

    QTimer.singleShot(0, answer)
    return seen


def sign_in(username: str, password: str):
    def step(dialog):
        dialog.username.setText(username)
        dialog.password.setText(password)
        dialog.sign_in_button.click()
    return step


def test_the_desk_of_a_deactivated_volunteer_asks_for_sign_in_and_keeps_the_member_open(
        qtbot, lib, librarian, volunteer, window_of):
    at_desk = auth.login(lib, "relawan", "relawan1")
    window = window_of(at_desk)
    desk = window.show_page("desk")
    siti = member(lib, librarian, "Siti Aminah")
    first, second = book(lib, "Laskar Pelangi", copies=2)
    scan(qtbot, desk, siti.number)
    scan(qtbot, desk, first.barcode)
    auth.set_active(lib, librarian, Staff.get(Staff.username == "relawan"), False)  # at the office PC

    shown = when_asked(sign_in("relawan", "relawan1"), sign_in("pustakawan", "rahasia1"))
    scan(qtbot, desk, second.barcode)

    assert "relawan" in shown[0]  # the box says whose account changed
    assert isinstance(desk.history[-1].error, SignInAgain)
    assert second.barcode in desk.result.text()  # which book to scan again
    assert window.ctx.user.username == "pustakawan"
    assert window.ctx.user.role == auth.VOLUNTEER  # the window keeps the rights it was opened with
    assert desk.summary.member.number == siti.number  # the member is still open
    scan(qtbot, desk, second.barcode)
    assert [loan.staff for loan in Loan.select().order_by(Loan.id)] == ["relawan", "pustakawan"]
    assert "pustakawan" in window.user_label.text()


def test_after_a_password_reset_the_open_window_asks_by_itself_and_goes_on_with_the_new_one(
        qtbot, lib, librarian, volunteer, window_of):
    window = window_of(auth.login(lib, "relawan", "relawan1"))
    auth.reset_secret(lib, librarian, Staff.get(Staff.username == "relawan"), password="baru-123")

    shown = when_asked(sign_in("relawan", "relawan1"), sign_in("relawan", "baru-123"))
    window.idle_lock.check()  # the lock's timer, every few seconds

    assert shown and window.ctx.user.username == "relawan"
    assert auth.account_change(window.ctx.user) == ""
    assert window.centralWidget().isVisible()


def test_a_volunteer_cannot_go_on_at_a_librarians_window_and_logs_out_instead(qtbot, lib, librarian, window_of):
    auth.add_staff(lib, librarian, "bu.ani", "ani-rahasia", auth.LIBRARIAN)
    auth.add_staff(lib, librarian, "relawan", "relawan1", auth.VOLUNTEER)
    window = window_of(auth.login(lib, "bu.ani", "ani-rahasia"))
    auth.set_role(lib, librarian, Staff.get(Staff.username == "bu.ani"), auth.VOLUNTEER)
    logged_out = []
    window.logout_requested.connect(lambda: logged_out.append(True))

    results = []
    shown = when_asked(sign_in("relawan", "relawan1"), lambda dialog: results.append(dialog.message.text()),
                       lambda dialog: dialog.log_out_button.click())
    assert window.idle_lock.sign_in_again() == LOG_OUT
    qtbot.waitUntil(lambda: bool(logged_out), timeout=5000)

    assert shown and results[0]  # told why a volunteer cannot go on here
    assert window.ctx.user.username == "bu.ani"  # nobody took the window over


def test_a_refused_form_asks_for_sign_in_instead_of_a_box(qtbot, lib, librarian, volunteer, window_of):
    window = window_of(auth.login(lib, "relawan", "relawan1"))
    auth.set_active(lib, librarian, Staff.get(Staff.username == "relawan"), False)
    shown = when_asked(sign_in("pustakawan", "rahasia1"))
    refused = SignInAgain(auth.SIGN_IN_AGAIN[auth.DEACTIVATED], username="relawan")

    show_error(window.stack.currentWidget(), refused)  # as a page shows a refused Save

    assert shown and window.ctx.user.username == "pustakawan"
