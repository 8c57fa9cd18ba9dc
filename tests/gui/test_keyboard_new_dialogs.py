"""This session's new and changed windows walked with the keyboard alone and heard through a screen reader: the
review list's "Show" chooser, the import preview's "(to check)" marks, the "Sign in again" box, the copy history
window at 150 % text, and the searches of the Audit and Members pages. What a tester found: the arrow keys in
"Show" jumped into the table after one kind, why a cell is "(to check)" was only on the mouse pointer, a wrong
password in the box was said to no one, the copy history's Close button was off a 1366 x 768 screen at 150 %, and
a search told a screen reader nothing of what it found."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from pustaka_desktop.core import auth
from pustaka_desktop.core.catalog import review
from pustaka_desktop.core.community import members
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages.audit import AuditPage
from pustaka_desktop.gui.pages.members import MembersPage
from pustaka_desktop.gui.sign_in_again import SignInAgainDialog, reason_text
from pustaka_desktop.gui.widgets.a11y import ANNOUNCEMENTS
from pustaka_desktop.gui.widgets.copy_history_dialog import CopyHistoryDialog, show_copy_history
from pustaka_desktop.gui.widgets.screen import screen_of

from .a11y_helpers import press
from .test_copy_history_gui import _lent_twice
from .test_interop_pages import _wizard
from .test_keyboard_import import _active, _review
from .test_wizard_preview_values import HEADERS, _buku_induk


def _heard() -> list[str]:
    return list(ANNOUNCEMENTS.recent)


# -- the review list's "Show" chooser ---------------------------------------------------------------------------


def test_the_arrow_keys_in_show_step_through_the_kinds_and_stay_there(qtbot, lib, librarian, tmp_path):
    dialog = _review(qtbot, lib, librarian, tmp_path)  # a class number, an ISBN and a language to check
    kinds = dialog.kinds
    assert kinds.count() == 4  # all kinds, then each kind
    kinds.setFocus()
    ANNOUNCEMENTS.recent.clear()
    press(qtbot, Qt.Key.Key_Down)
    now = press(qtbot, Qt.Key.Key_Down)
    assert now is kinds and kinds.currentIndex() == 2  # the second Down chose the next kind, not the next row
    shown = kinds.currentData()
    assert {entry.reason for entry in dialog.entries} == {shown}
    assert dialog.table.rowCount() == review.open_count(lib, shown)
    assert dialog.summary.text() in _heard()  # what the list holds now is said aloud
    assert press(qtbot, Qt.Key.Key_Tab) is dialog.table  # Tab goes on to its rows
    assert press(qtbot, Qt.Key.Key_Backtab) is kinds  # and back up to the chooser above them


# -- the import preview's "(to check)" marks -------------------------------------------------------------------


def test_why_a_cell_is_to_check_is_shown_and_read_when_the_arrows_reach_it(qtbot, lib, librarian, tmp_path):
    path = tmp_path / "Buku Induk Sukamaju.xlsx"
    _buku_induk(path)
    wizard = _wizard(qtbot, AppContext(lib, librarian), "xlsx", path)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview, timeout=20_000)
    page = wizard.preview
    table = page.table
    _active(qtbot, wizard)  # (the keyboard's window: offscreen, a window shown is not always made active at once)
    table.setFocus()
    table.setCurrentCell(0, 0)
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Down, Qt.Key.Key_Down):  # to "kemarin" under Tgl Terima
        press(qtbot, key)
    marked = table.currentItem()
    assert (marked.row(), marked.column()) == (3, HEADERS.index("Tgl Terima"))
    assert "(to check)" in marked.text()
    why = marked.data(Qt.ItemDataRole.AccessibleDescriptionRole)
    assert why and why in marked.toolTip()  # a screen reader reads the reason with the cell
    assert page.cell_note.isVisible()
    assert page.cell_note.text() == why and "kemarin" in why  # seen without the pointer
    qtbot.waitUntil(lambda: any(why in text for text in _heard()), timeout=2000)
    press(qtbot, Qt.Key.Key_Up)  # "12 Maret 2016" is read as it is: nothing to say
    assert page.cell_note.text() == ""


# -- the "Sign in again" box -----------------------------------------------------------------------------------


def test_sign_in_again_says_why_it_asks_and_a_wrong_password_aloud(qtbot, lib, librarian, volunteer):
    reason = reason_text(auth.DEACTIVATED, volunteer.username)
    dialog = SignInAgainDialog(lib, volunteer, reason)
    qtbot.addWidget(dialog)
    dialog.show()
    _active(qtbot, dialog)
    assert dialog.accessibleDescription() == reason  # read with the box's title: the focus is in the password
    assert QApplication.focusWidget() is dialog.password
    for _attempt in range(2):  # the same refusal twice is said twice
        ANNOUNCEMENTS.recent.clear()
        qtbot.keyClicks(dialog.password, "salah sandi")
        press(qtbot, Qt.Key.Key_Return)
        assert dialog.isVisible() and dialog.message.text()
        assert _heard() == [dialog.message.text()]
        assert QApplication.focusWidget() is dialog.password and dialog.password.text() == ""


# -- the copy history window -----------------------------------------------------------------------------------


def test_the_copy_history_fits_the_screen_and_escape_closes_it(qtbot, lib, clock, librarian):
    item, _first, _last = _lent_twice(lib, clock, librarian)
    host = AuditPage(AppContext(lib, librarian))  # (any window to open it over)
    qtbot.addWidget(host)
    host.show()
    dialog = show_copy_history(AppContext(lib, librarian), host, item.barcode)
    assert isinstance(dialog, CopyHistoryDialog)
    qtbot.waitExposed(dialog)
    free = screen_of(dialog).availableGeometry()  # (the test screen is 800 px wide: a 1366 px screen at 150 % is 911)
    assert dialog.frameGeometry().width() <= free.width() and dialog.frameGeometry().height() <= free.height()
    _active(qtbot, dialog)
    assert QApplication.focusWidget() is dialog.loans
    press(qtbot, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


# -- the Audit and Members searches ----------------------------------------------------------------------------


def test_enter_in_the_audit_search_says_how_many_entries_it_found(qtbot, lib, librarian, volunteer):
    page = AuditPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.show()
    _active(qtbot, page)
    page.search.setFocus()
    ANNOUNCEMENTS.recent.clear()
    qtbot.keyClicks(page.search, "relawan")
    press(qtbot, Qt.Key.Key_Return)
    assert page.total >= 1  # the account added
    assert page.position.text() in _heard()
    ANNOUNCEMENTS.recent.clear()
    page.search.clear()
    qtbot.keyClicks(page.search, "tidak ada yang begini")
    press(qtbot, Qt.Key.Key_Return)
    assert page.total == 0 and _heard() == [page.position.text()]


def test_a_search_by_school_says_how_many_members_it_found(qtbot, lib, librarian):
    for name in ("Ayu Lestari", "Bagus Pratama"):
        members.register(lib, librarian, name=name, member_type="Umum", institution="SD NEGERI 1 SUKAMAJU",
                         allow_duplicate=True)
    page = MembersPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.show()
    ANNOUNCEMENTS.recent.clear()
    qtbot.keyClicks(page.search, "SD NEGERI 1")
    qtbot.waitUntil(lambda: page.total == 2, timeout=2000)
    qtbot.waitUntil(lambda: page.count_label.text() in _heard(), timeout=2000)
    assert "2" in page.count_label.text()
