"""GUI tests must never stop on a modal message box nobody will click (a finished background job
announcing "Saved" would otherwise block the whole run). Boxes are recorded, not shown. And the background jobs a
test started end with it."""

import time

import pytest
from PySide6.QtWidgets import QMessageBox


@pytest.fixture(autouse=True)
def message_boxes(monkeypatch):
    shown: list[str] = []

    def record_exec(box):
        shown.append(box.text())
        return QMessageBox.StandardButton.NoButton

    def record_static(*args, **kwargs):
        shown.append(str(args[2]) if len(args) > 2 else "")
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "exec", record_exec)
    for name in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(record_static))
    return shown


@pytest.fixture(autouse=True)
def review_lists_close_with_the_test():
    """An import that kept fields as written opens its review list as it ends, window-modal over the main window (a
    wizard test has none): closed with the test, or it took the keyboard of a desk test later in the same process."""
    yield
    from PySide6.QtWidgets import QApplication

    from pustaka_desktop.gui.review_list import ReviewDialog

    for each in QApplication.topLevelWidgets():
        if isinstance(each, ReviewDialog) and each.isVisible():
            each.close()


@pytest.fixture(autouse=True, scope="session")
def workers_stop_when_the_run_ends():
    """What quitting the app does: the desk's and the stock-take's scan workers stop (their threads
    would otherwise still run when Python exits: "QThread: Destroyed while thread is still running")."""
    yield
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        app.aboutToQuit.emit()


JOBS_END_WITHIN_S = 60


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_call(item):
    """A background job a test started ends with the test, before its library is closed and its windows deleted:
    one left running (a wizard's check step the test did not wait for) went on into the next test, ran against a
    closed library, and reported to a deleted window while the next test's windows were being drawn."""
    yield
    from PySide6.QtWidgets import QApplication

    from pustaka_desktop.gui import workers

    deadline = time.monotonic() + JOBS_END_WITHIN_S
    while workers._unfinished and time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.005)
    assert not workers._unfinished, f"a background job still runs {JOBS_END_WITHIN_S} s after the test"
    told = time.monotonic() + 1  # (what the ended jobs report reaches their windows)
    while workers._running and time.monotonic() < told:
        QApplication.processEvents()
