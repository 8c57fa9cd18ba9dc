"""Moving a library in from SLiMS on the day Pustaka is installed, with the keyboard alone (an old PC whose mouse
broke): what stopped the librarian on the way from the menu to the review list. The page the menu opened left the
keyboard in the sidebar or the status bar, Enter on a focused page button did nothing (Qt presses buttons with
Enter only in dialogs), the review list's button had no Alt letter, the list of 1,185 fields showed its first 1,000
without saying so, and Qt's own file dialog spoke English beside Indonesian."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QLabel, QMessageBox, QPushButton

from pustaka_desktop import i18n
from pustaka_desktop.gui import qt_strings, review_list
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.import_wizard import ImportWizard
from pustaka_desktop.gui.main_window import MainWindow
from pustaka_desktop.gui.pages.transfer import TransferPage
from pustaka_desktop.gui.review_list import ReviewDialog
from pustaka_desktop.gui.widgets import enter_buttons

from .a11y_helpers import describe, press
from .test_accessibility_mnemonics import clashes, menu_bar, mnemonic, mnemonics
from .test_keyboard_import import _review


@pytest.fixture
def indonesian():
    i18n.install("id")
    yield
    i18n.install("en")


def _window(qtbot, lib, librarian) -> MainWindow:
    window = MainWindow(AppContext(lib, librarian))
    qtbot.addWidget(window)
    _active(qtbot, window)
    return window


def _active(qtbot, window) -> None:
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def _menu_to(qtbot, window: MainWindow, menu_index: int, entry: str) -> None:
    """Alt + the menu's letter, then the entry's letter, as she would (entry: its text without "&")."""
    title = window.menuBar().actions()[menu_index]
    qtbot.keyClick(window, Qt.Key(ord(mnemonic(title.text()).upper())), Qt.KeyboardModifier.AltModifier)
    popup = QApplication.activePopupWidget()
    assert popup is title.menu(), describe(popup)
    action = next(a for a in popup.actions() if a.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
                  == entry)
    qtbot.keyClick(popup, Qt.Key(ord(mnemonic(action.text()).upper())))
    window.activateWindow()  # (as the window manager does once the menu is gone; offscreen Qt does not)
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def _dialog_opened_by(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    """The dialog a key opened (closed again at once), or None when the key opened nothing within a second."""
    seen = []

    def look(tries: int) -> None:  # (an Alt letter presses its button 100 ms later, as animateClick does)
        dialog = QApplication.activeModalWidget() or next(
            (w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()), None)
        if dialog is None and tries:
            QTimer.singleShot(50, lambda: look(tries - 1))
            return
        seen.append(dialog)
        if dialog is not None:
            dialog.reject()

    QTimer.singleShot(0, lambda: look(20))  # (exec() returns only once the dialog is closed: looked at from inside)
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    return seen[0]


def test_the_menu_puts_the_keyboard_on_the_page_and_enter_presses_the_focused_button(qtbot, lib, librarian,
                                                                                    indonesian):
    window = MainWindow(AppContext(lib, librarian))
    qtbot.addWidget(window)
    window.show_page("dashboard")  # as the app opens a library still being set up (app.Controller)
    _active(qtbot, window)
    assert QApplication.focusWidget() is window.nav
    _menu_to(qtbot, window, 1, "Impor & Ekspor")  # Buka → Impor & Ekspor
    page = window.current_page()
    assert isinstance(page, TransferPage)
    # the keyboard is on the page's first button, not left in the sidebar or the status bar's notice
    assert QApplication.focusWidget() is page.import_button, describe(QApplication.focusWidget())
    # Enter presses it, as Space does and as every Windows program has taught her
    assert isinstance(_dialog_opened_by(qtbot, Qt.Key.Key_Return), ImportWizard)
    # Tab on to the next button, Enter again (the keypad's Enter too)
    window.activateWindow()
    page.import_button.setFocus(Qt.FocusReason.TabFocusReason)
    for _ in range(3):  # (nothing to check yet: the review button is off and Tab passes it)
        if press(qtbot, Qt.Key.Key_Tab) is page.undo_import_button:
            break
    assert QApplication.focusWidget() is page.undo_import_button, describe(QApplication.focusWidget())
    assert _dialog_opened_by(qtbot, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier) is not None
    # from the navigation list (F6), Ctrl+0 opens the dashboard with the keyboard on it, not back in the list
    _active(qtbot, window)
    page.import_button.setFocus(Qt.FocusReason.TabFocusReason)
    press(qtbot, Qt.Key.Key_F6)
    assert QApplication.focusWidget() is window.nav
    press(qtbot, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(20)
    assert window.current_key() == "dashboard"
    assert window.current_page().isAncestorOf(QApplication.focusWidget()), describe(QApplication.focusWidget())


def test_enter_in_a_dialog_still_goes_to_its_default_button(qtbot, lib, librarian, tmp_path):
    """The dialogs keep their own rule: Enter on a button made not to answer Enter does not press it."""
    dialog = _review(qtbot, lib, librarian, tmp_path)
    close = next(b for b in dialog.findChildren(QPushButton) if b.text() == "&Close")
    kept = []
    dialog.keep_button.clicked.connect(lambda: kept.append(1))
    dialog.keep_button.setAutoDefault(False)
    close.setDefault(True)
    dialog.keep_button.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert not kept and not dialog.isVisible()  # the default button (Close) answered


def test_the_review_button_has_an_alt_letter_and_no_letter_clashes_after_an_import(qtbot, lib, librarian, tmp_path,
                                                                                  language):
    from pustaka_desktop.core.interop import importer

    from .test_keyboard_import import _flagged_catalogue

    importer.import_file(lib, librarian, "slims-biblio", _flagged_catalogue(tmp_path))
    window = _window(qtbot, lib, librarian)
    page = window.show_page("transfer")
    page.new_labels_button.show()  # (after an import that gave copies new barcodes)
    QApplication.processEvents()
    found = menu_bar(window) + mnemonics(window)
    assert not clashes(found), f"in {language}: {clashes(found)}"
    letter = mnemonic(page.review_button.text())
    assert letter, page.review_button.text()
    page.import_button.setFocus()
    assert isinstance(_dialog_opened_by(qtbot, Qt.Key(ord(letter.upper())), Qt.KeyboardModifier.AltModifier),
                      ReviewDialog)


@pytest.fixture(params=["id", "en"])
def language(request):
    i18n.install(request.param)
    yield request.param
    i18n.install("en")


def test_the_review_list_says_when_it_shows_only_its_first_rows(qtbot, lib, librarian, tmp_path, monkeypatch):
    monkeypatch.setattr(review_list, "SHOWN", 2)  # (1,000 in the app: the move-in tested had 1,185 to check)
    dialog = _review(qtbot, lib, librarian, tmp_path)
    press(qtbot, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)
    assert dialog.table.currentRow() == 1 == dialog.table.rowCount() - 1  # the last row listed, not the last one
    assert "3 fields to check" in dialog.summary.text() and "first 2 are listed" in dialog.summary.text()
    dialog.keep_selected()
    assert "first" not in dialog.summary.text()  # two left, both listed


def test_every_text_of_qts_file_dialog_is_in_the_translation_catalogue(qtbot):
    """Qt ships no Indonesian of its own: the file dialog (Qt's, where the system has none) spoke English in
    "Look in:" and "Files of type:" beside "Nama berkas" and "Buka", as Qt 6 asks for them with their Alt letter."""
    dialog = QFileDialog(None, "Pilih berkas")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = {label.text() for label in dialog.findChildren(QLabel) if label.isVisible() and label.text()}
    assert {"&Look in:", "File &name:", "Files of &type:"} <= shown, shown
    missing = {text for text in shown if text not in qt_strings.QT_TEXTS}
    assert not missing


def _walk(qtbot, steps, timeout: int = 60_000) -> None:
    """Runs ``steps()``, a generator that yields the milliseconds to wait before its next step, from the event loop:
    the walk goes on inside the dialogs it opens (their exec() does not return until they are closed)."""
    walk, ended = steps(), []

    def step() -> None:
        try:
            wait = next(walk)
        except StopIteration:
            ended.append(None)
            return
        except Exception as exc:  # (an assertion inside a dialog: reported after the walk, not lost in Qt)
            ended.append(exc)
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, QDialog) and widget.isVisible():
                    widget.reject()
            return
        QTimer.singleShot(wait, step)

    closed: list[str] = []
    before = set(QApplication.topLevelWidgets())  # (an earlier test's: not this walk's to close or count)

    def close_what_is_left() -> None:
        """Once the walk has ended (or failed), any dialog still open is closed, so the test ends and says so
        instead of waiting forever inside that dialog's exec()."""
        if ended:
            for widget in QApplication.topLevelWidgets():
                if isinstance(widget, QDialog) and widget.isVisible() and widget not in before:
                    closed.append(f"{type(widget).__name__}: {describe(widget)}")
                    widget.reject()
        if not done:
            QTimer.singleShot(200, close_what_is_left)

    done: list[bool] = []
    QTimer.singleShot(0, step)
    QTimer.singleShot(0, close_what_is_left)
    try:
        qtbot.waitUntil(lambda: bool(ended), timeout=timeout)
    finally:
        done.append(True)
    if ended[0] is not None:
        raise ended[0]
    assert not closed, f"left open after the walk: {closed}"


def _later(key, modifier=Qt.KeyboardModifier.NoModifier, text: str = "", to=None) -> None:
    """A key (or ``text`` typed) from the event loop, to the window the window manager would have made active (or
    to the control ``to``: the one with the keyboard in a window shown beside another)."""
    def send() -> None:
        if to is not None:
            QTest.keyClick(to, key, modifier)
            return
        if QApplication.focusWidget() is None and QApplication.activeModalWidget() is not None:
            QApplication.activeModalWidget().activateWindow()  # (offscreen Qt leaves that to nobody)
            QApplication.processEvents()
        target = QApplication.focusWidget() or QApplication.activeModalWidget()
        if text:
            QTest.keyClicks(target, text)
        else:
            QTest.keyClick(target, key, modifier)
    QTimer.singleShot(0, send)


def _until(found, tries: int = 400):
    """Waits (in a walk: ``yield from``) until ``found()`` gives something; fails after ``tries`` × 50 ms."""
    for _ in range(tries):
        if found():
            return
        yield 50
    raise AssertionError(f"waited in vain; on screen: {describe(QApplication.activeModalWidget())}, "
                         f"{[type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()]}")


def test_after_slims_catalogue_by_keyboard_the_members_file_dialog_opens_beside_it(qtbot, lib, librarian, tmp_path,
                                                                                   monkeypatch):
    """The whole first step of the move by keyboard: Enter on *Import a file…*, the two SLiMS files typed with their
    Alt letters, Enter through the preview, the check and the import, Escape on the review list, Enter on "Choose
    SLiMS's members export now?". The members' file dialog opened in the program's folder: on a keyboard she had
    to walk back to the USB stick the catalogue came from; it opens in the catalogue's folder."""
    from tests.core.test_interop_slims_pair import biblio_text, items_text

    monkeypatch.setattr(QMessageBox, "exec", QDialog.exec)  # (the GUI tests' boxes answer nothing: this one is asked)
    usb = tmp_path / "FLASHDISK" / "ekspor_slims"
    usb.mkdir(parents=True)
    (usb / "senayan_biblio_export.csv").write_text(biblio_text(), encoding="utf-8")
    (usb / "senayan_item_export.csv").write_text(items_text(), encoding="utf-8")
    before = set(QApplication.topLevelWidgets())  # (an earlier test's review list may still be about: not ours)
    window = _window(qtbot, lib, librarian)
    page = window.show_page("transfer")
    page.import_button.setFocus(Qt.FocusReason.TabFocusReason)
    opened_in = []

    def ours_open(kind):
        return next((w for w in QApplication.topLevelWidgets()
                     if isinstance(w, kind) and w.isVisible() and w not in before), None)

    def modal(kind):
        return lambda: isinstance(QApplication.activeModalWidget(), kind) and QApplication.activeModalWidget()

    def steps():
        _later(Qt.Key.Key_Return)  # Import a file…
        yield from _until(modal(ImportWizard))
        wizard = QApplication.activeModalWidget()
        _later(Qt.Key.Key_I, Qt.KeyboardModifier.AltModifier)  # F&ile
        yield 50
        _later(None, text=str(usb / "senayan_biblio_export.csv"))
        yield 50
        _later(Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)  # I&tem file
        yield 50
        _later(None, text=str(usb / "senayan_item_export.csv"))
        yield 50
        assert wizard.items() == str(usb / "senayan_item_export.csv")
        _later(Qt.Key.Key_Return)  # Next: the preview
        yield from _until(lambda: wizard.currentPage() is wizard.preview)
        _later(Qt.Key.Key_Return)  # Next: the check
        yield from _until(lambda: wizard.report.plans)
        _later(Qt.Key.Key_Return)  # Import
        yield from _until(lambda: not wizard.isVisible())
        yield 300  # (the wizard's exec() returns: the page goes on with what came in)
        yield from _until(lambda: modal(QMessageBox)() or ours_open(ReviewDialog))
        review = ours_open(ReviewDialog)
        if review is not None:
            yield 300  # (she reads it; the wizard's own exec() has returned meanwhile)
            _later(Qt.Key.Key_Escape, to=review.table)  # the review list, for later
            yield from _until(modal(QMessageBox))
        _later(Qt.Key.Key_Return)  # "Choose SLiMS's members export now?" Yes
        yield from _until(modal(QFileDialog))
        opened_in.append(QApplication.activeModalWidget().directory().absolutePath())
        _later(Qt.Key.Key_Escape)
        yield from _until(lambda: ours_open(QFileDialog) is None and ours_open(QMessageBox) is None)

    _walk(qtbot, steps)
    assert opened_in == [str(usb)]


def test_a_scan_that_lands_on_a_focused_button_presses_nothing(qtbot, lib, librarian, indonesian):
    """A USB scanner types the barcode and Enter within milliseconds. With the keyboard on a page button (the
    stock-take's *Selesai…* clicked a moment before), a scan must not press it: Enter after typed characters is the
    scanner's, not a hand's."""
    window = _window(qtbot, lib, librarian)
    window.show_page("transfer")
    page = window.current_page()
    _active(qtbot, window)
    page.import_button.setFocus(Qt.FocusReason.MouseFocusReason)
    opened = []
    page.import_button.clicked.disconnect()  # (only counted: the wizard itself is not wanted here)
    page.import_button.clicked.connect(lambda: opened.append(True))
    qtbot.keyClicks(page.import_button, "B00012")
    qtbot.keyClick(page.import_button, Qt.Key.Key_Return)
    assert opened == []
    qtbot.wait(int(enter_buttons.SCANNED_WITHIN * 1000) + 50)
    qtbot.keyClick(page.import_button, Qt.Key.Key_Return)  # her own Enter, a moment later, presses it
    assert opened == [True]
