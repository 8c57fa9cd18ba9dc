"""The first day of a village library, through the real start (``pustaka --db NEW.sqlite3``): the first-start
wizard, the recovery code, the log-in and the main window, as one librarian meets them in that order.

What tripped her: Escape (or the window's close button) on the recovery code closed it without a word, though
it is "shown only this once"; the library's very first code told her "any older recovery code no longer works"
(what older code?); and the log-in right after the wizard asked again for the user name she had typed a minute
before. Now closing the code asks first, the first code says nothing of older ones, and the first log-in has her
user name filled in and waits for her password (the next log-in, perhaps a volunteer's, starts empty)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QWizard

from pustaka_desktop import i18n
from pustaka_desktop.core import recovery
from pustaka_desktop.gui import app as app_module
from pustaka_desktop.gui import web_catalogue

PASSWORD = "rahasia123"


@pytest.fixture
def quiet_start(monkeypatch):
    """The start as it is, without what a test run must not keep: the exception hook and the Wi-Fi catalogue."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(app_module, "install_excepthook", lambda: None)
    monkeypatch.setattr(web_catalogue, "start_with_app", lambda lib: None)
    monkeypatch.setattr(web_catalogue, "stop_with_app", lambda: None)
    for window in QApplication.topLevelWidgets():  # a window an earlier test left open is not hers
        if window.isVisible():
            window.close()


class Walk:
    """Acts on whichever window is on top, as the librarian would, and writes down what she met."""

    TICKS = 600  # 30 s: a window nobody expected ends the walk (and the app) instead of hanging the suite

    def __init__(self, steps: dict) -> None:
        self.steps = steps  # window class name -> what she does there
        self.met: list[str] = []
        self.ticks = 0
        self.stuck_on = ""

    def tick(self) -> None:
        app = QApplication.instance()
        window = app.activeModalWidget() or next(
            (w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow" and w.isVisible()), None)
        name = type(window).__name__ if window is not None else ""
        if name in self.steps and (not self.met or self.met[-1] != name or name == "FirstRunWizard"):
            self.met.append(name)
            if self.steps[name](window) == "stop":
                return
        self.ticks += 1
        if self.ticks < self.TICKS and len(self.met) < 40:
            QTimer.singleShot(50, self.tick)
            return
        self.stuck_on = name or repr([type(w).__name__ for w in app.topLevelWidgets() if w.isVisible()])
        for widget in app.topLevelWidgets():  # give up: close everything so the app's loop ends
            widget.close()
        app.quit()


def fill_wizard(wizard) -> None:
    page = wizard.currentPage()
    if page is wizard.profile_page:
        wizard.name.setText("Perpustakaan Desa Sukamaju")
        wizard.code.setText("SKM")
        wizard.village.setText("Sukamaju")
    elif page is wizard.account_page:
        wizard.full_name.setText("Siti Aminah")
        wizard.username.setText("siti")
        wizard.password.setText(PASSWORD)
        wizard.password2.setText(PASSWORD)
        wizard.button(QWizard.WizardButton.FinishButton).click()
        return
    wizard.next()


def read_the_code(found: dict):
    def step(dialog) -> None:
        found["text"] = " ".join(label.text() for label in dialog.findChildren(QLabel))
        found["code"] = dialog.code
        dialog.reject()  # Escape, or the window's close button, by habit
        found["still open after Escape"] = dialog.isVisible()
        if dialog.isVisible():
            dialog.accept()  # "I have written it down"
    return step


def log_in(found: dict):
    def step(login) -> None:
        found["user name filled in"] = login.username.text()
        found["waits for"] = "password" if login.focusWidget() is login.password else "user name"
        login.username.setText("siti")
        login.password.setText(PASSWORD)
        login.try_login()
    return step


OPENED_ON: list[str] = []  # the page each main window opened on


def main_window(window) -> str:
    OPENED_ON.append(window.current_key())
    window.close()  # the last window closed: the app ends, as when she closes it at the end of the day
    return "stop"


# The whole app runs here (``app.main`` twice: its event loop, its library, its background jobs), and what it
# leaves in the test process (models bound, jobs, Qt state) upset later tests: it runs in a pytest of its own.
INNER = "PUSTAKA_FIRST_DAY_INNER"


def test_the_first_day_in_a_process_of_its_own():
    if os.environ.get(INNER):
        pytest.skip("(this is the inner run)")
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-rA", "-p", "no:cacheprovider", __file__, "-k",
                           "first_start_code"], env={**os.environ, INNER: "1", "QT_QPA_PLATFORM": "offscreen"},
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "PASSED" in done.stdout and "SKIPPED" not in done.stdout


@pytest.mark.skipif(not os.environ.get(INNER), reason="runs in its own process (above)")
def test_first_start_code_cannot_be_closed_unseen_and_the_first_login_knows_her(qtbot, tmp_path, quiet_start,
                                                                              message_boxes):
    path = tmp_path / "sukamaju.sqlite3"
    code, login = {}, {}
    walk = Walk({"FirstRunWizard": fill_wizard, "CodeDialog": read_the_code(code), "LoginDialog": log_in(login),
                 "MainWindow": main_window})
    QTimer.singleShot(0, walk.tick)

    assert app_module.main(["--db", str(path), "--lang", "en"]) == 0

    assert not walk.stuck_on, f"the walk met a window it did not expect: {walk.stuck_on} (after {walk.met})"
    assert walk.met[-3:] == ["CodeDialog", "LoginDialog", "MainWindow"]
    assert code["still open after Escape"], "Escape closed the recovery code, which is never shown again"
    assert any("not shown again" in text for text in message_boxes)
    assert "older" not in code["text"], "the library's first code spoke of an older one"
    assert recovery.info() is not None and len(code["code"]) == 19
    assert login["user name filled in"] == "siti" and login["waits for"] == "password"
    assert OPENED_ON[-1] == "dashboard"  # its first steps, not an empty desk asking for a member's card

    # the next morning: no wizard, no recovery code a second time, and the log-in asks who it is
    next_day = Walk({"LoginDialog": log_in(login), "MainWindow": main_window})
    QTimer.singleShot(0, next_day.tick)
    assert app_module.main(["--db", str(path), "--lang", "en"]) == 0
    assert not next_day.stuck_on, f"the next day met a window it did not expect: {next_day.stuck_on}"
    assert next_day.met == ["LoginDialog", "MainWindow"]
    assert login["user name filled in"] == ""  # a volunteer may be next at the desk


def test_a_new_code_made_later_still_says_the_old_one_stops_working(qtbot, lib, quiet_start):
    i18n.install("en")
    from pustaka_desktop.gui.staff_recovery import CodeDialog

    dialog = CodeDialog(lib, "ABCD-EFGH-JKMN-PQRS")
    qtbot.addWidget(dialog)
    dialog.show()
    assert any("older recovery code no longer works" in label.text() for label in dialog.findChildren(QLabel))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == 0 and not dialog.isHidden()
