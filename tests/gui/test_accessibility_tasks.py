"""The main tasks done with the keyboard alone, as a volunteer without a mouse would: log in, lend
and return at the desk, sign a guest into the visitor book, register a member, search the catalogue
and open a title, and search on the kiosk."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from pustaka_desktop.core.store.models import Loan, Member, Visit
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.main_window import MainWindow

from .a11y_helpers import lendable, press


def type_text(qtbot, text: str) -> None:
    qtbot.keyClicks(QApplication.focusWidget(), text)


def tab_to(qtbot, wanted: Callable[[QWidget], bool], limit: int = 40) -> QWidget:
    """Press Tab until the focused control is the wanted one (a keyboard user looking for it)."""
    for _ in range(limit):
        widget = press(qtbot, Qt.Key.Key_Tab)
        if widget is not None and wanted(widget):
            return widget
    raise AssertionError(f"Tab never reached the control within {limit} presses")


def text_of(widget: QWidget) -> str:
    return getattr(widget, "text", lambda: "")().replace("&", "")


@pytest.fixture
def window(qtbot, lib, librarian):
    win = MainWindow(AppContext(lib, librarian))
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    return win


def test_log_in_with_the_keyboard(qtbot, lib):
    from pustaka_desktop.gui.login import LoginDialog

    dialog = LoginDialog(lib)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.username.hasFocus(), timeout=2000)
    type_text(qtbot, "pustakawan")
    press(qtbot, Qt.Key.Key_Tab)
    assert dialog.password.hasFocus()
    type_text(qtbot, "rahasia1")
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.staff.username == "pustakawan"


@pytest.mark.tiny_demo
def test_lend_and_return_at_the_desk_with_the_keyboard(qtbot, window, lib, librarian):
    member, item = lendable(lib, librarian)
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # the desk is the first page
    desk = window.current_page()
    qtbot.waitUntil(desk.scan_box.hasFocus, timeout=2000)
    for code in (member.number, item.barcode):
        type_text(qtbot, code)
        press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.worker.pending == 0 and Loan.select().where(
        Loan.item == item.id, Loan.returned_at.is_null()).exists(), timeout=10_000)
    press(qtbot, Qt.Key.Key_F3)  # return mode
    type_text(qtbot, item.barcode)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: desk.worker.pending == 0 and not Loan.select().where(
        Loan.item == item.id, Loan.returned_at.is_null()).exists(), timeout=10_000)
    # and the keyboard can leave the desk again
    away = tab_to(qtbot, lambda w: not desk.isAncestorOf(w), limit=10)
    assert away is not desk.scan_box


@pytest.mark.tiny_demo
def test_a_guest_signs_the_visitor_book_with_the_keyboard(qtbot, window):
    page = window.show_page("visitors")
    page.scan_box.setFocus()
    before = Visit.select().count()
    tab_to(qtbot, lambda w: w is page.guest_button)
    press(qtbot, Qt.Key.Key_Space)
    for _ in page.step_keys:  # gender, age, occupation, origin, purpose: the first answer each time
        focused = QApplication.focusWidget()
        assert page.steps.currentWidget().isAncestorOf(focused), "the keyboard is not on the question"
        press(qtbot, Qt.Key.Key_Space)
    assert Visit.select().count() == before + 1


@pytest.mark.tiny_demo
def test_register_a_member_with_the_keyboard(qtbot, window):
    page = window.show_page("members")
    page.search.setFocus()
    before = Member.select().count()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.form.edits["name"].hasFocus()
    type_text(qtbot, "Siti Aminah")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: Member.select().count() == before + 1, timeout=5000)
    assert Member.select().order_by(Member.id.desc()).first().name == "Siti Aminah"


@pytest.mark.tiny_demo
def test_search_the_catalogue_and_open_a_title_with_the_keyboard(qtbot, window):
    page = window.show_page("catalog")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.query.hasFocus()
    type_text(qtbot, "desa")
    press(qtbot, Qt.Key.Key_Down)  # into the results
    qtbot.waitUntil(lambda: page.results.hasFocus() and page.results.currentIndex().isValid(), timeout=5000)
    title = page.results.currentIndex().siblingAtColumn(0).data()
    qtbot.waitUntil(lambda: title in page.detail.toPlainText(), timeout=5000)  # its details are shown
    away = tab_to(qtbot, lambda w: w is not page.results, limit=3)
    assert away is not None


@pytest.mark.tiny_demo
def test_search_on_the_kiosk_with_the_keyboard(qtbot, lib):
    from pustaka_desktop.gui.kiosk import KioskWindow

    kiosk = KioskWindow(lib)
    qtbot.addWidget(kiosk)
    kiosk.show()
    kiosk.activateWindow()
    qtbot.waitUntil(kiosk.query.hasFocus, timeout=2000)
    type_text(qtbot, "desa")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: kiosk.results.count() > 0, timeout=5000)
    tab_to(qtbot, lambda w: w is kiosk.results, limit=6)
    assert kiosk.results.hasFocus()
