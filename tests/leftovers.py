"""What a test leaves running must not reach the next test (a pytest plugin, loaded by tests/conftest.py).

The suite's tests run one after another in each of a few processes (``./dev test``: pytest-xdist, a test file's tests
in one), so a thread a test started and did not wait for runs on into the tests after it: a daily backup still reading the library a test had just damaged failed the architecture test two files
later ("database disk image is malformed"), and a thread binding the models to its own library made another test's
first write fail. So after each test's teardown:

- every Python thread the test started (daemon or not) has ended, and every QThread it started from Python has
  stopped: each gets a short grace to finish (``ENDS_WITHIN_S``), then the test fails naming it;
- the process's environment is as the test found it (a text-size test left QT_SCALE_FACTOR=1.50 in it: the windows
  of later tests were laid out at 150 %, and every program a later test started inherited it);
- no window the test opened is still shown: a review list left open by a test of the import wizard took the
  keyboard of a desk test that ran after it in the same process ("ReviewDialog stayed open"); it is closed, and the
  test that left it fails naming it;
- the windows pytest-qt closed at teardown are really deleted. pytest-qt asks Qt to delete them later, and Qt does
  that only in a running event loop, which a test without ``qtbot.wait`` never starts: a main window of one test
  kept its timers, and its clock banner read whatever library the models were bound to then, a test or two later.
"""

from __future__ import annotations

import os
import threading
import time
import weakref

import pytest
import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QThread
from PySide6.QtWidgets import QApplication

ENDS_WITHIN_S = 10.0  # a joined thread costs nothing when it has ended; only a leak waits this long

_started_qthreads: weakref.WeakSet = weakref.WeakSet()
_qthread_start = QThread.start


def _recording_start(self, *args, **kwargs):
    _started_qthreads.add(self)
    return _qthread_start(self, *args, **kwargs)


QThread.start = _recording_start  # (a QThread started from C++ code is not seen: the product starts them from Python)


def _python_threads() -> set[threading.Thread]:
    # a _DummyThread stands for a thread Python did not start (a Qt pool thread that ran Python code): it is never
    # removed from the list, and the pool's own threads are waited for by tests/gui/conftest.py
    return {each for each in threading.enumerate() if not isinstance(each, threading._DummyThread)}


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_setup(item):
    item._environment_before = dict(os.environ)
    item._threads_before = _python_threads()
    item._windows_before = _shown_windows()
    item._qthreads_before = {id(each) for each in _started_qthreads if shiboken6.isValid(each) and each.isRunning()}
    return (yield)


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_teardown(item):
    result = yield
    _delete_closed_windows()  # (a dialog whose window pytest-qt closed goes with it)
    shown = _windows_left_shown(item)
    if shown:
        raise AssertionError(f"windows left open after the test: {', '.join(shown)} (a test closes what it opened)")
    left = _still_running(item)
    if left:
        raise AssertionError(f"still running {ENDS_WITHIN_S:g} s after the test ended: {', '.join(left)} "
                             "(a test waits for what it started, or stops it)")
    changed = _environment_changed(item)
    if changed:
        raise AssertionError(f"the test changed the environment: {', '.join(changed)} (use monkeypatch.setenv)")
    return result


_PYTESTS_OWN = {"PYTEST_CURRENT_TEST"}


def _environment_changed(item) -> list[str]:
    before = getattr(item, "_environment_before", None)
    if before is None:
        return []
    now = dict(os.environ)
    names = {name for name in before.keys() | now.keys() if before.get(name) != now.get(name)} - _PYTESTS_OWN
    for name in names:  # put back, so that one leak fails one test, not every test after it
        if name in before:
            os.environ[name] = before[name]
        else:
            os.environ.pop(name, None)
    return sorted(f"{name}={now.get(name)!r} (was {before.get(name)!r})" for name in names)


def _shown_windows() -> set[int]:
    app = QApplication.instance()
    return {id(each) for each in app.topLevelWidgets() if each.isVisible()} if app is not None else set()


def _windows_left_shown(item) -> list[str]:
    """The top-level windows shown now that were not before the test (closed here, so one leak fails one test)."""
    app = QApplication.instance()
    if app is None:
        return []
    before = getattr(item, "_windows_before", set())
    left = [each for each in app.topLevelWidgets() if each.isVisible() and id(each) not in before]
    for each in left:
        each.close()
    return sorted(f"{type(each).__name__} {each.windowTitle()!r}" for each in left)


def _delete_closed_windows() -> None:
    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _still_running(item) -> list[str]:
    before = getattr(item, "_threads_before", set())
    deadline = time.monotonic() + ENDS_WITHIN_S
    left: list[str] = []
    for thread in sorted(_python_threads() - before, key=lambda each: each.name):
        thread.join(max(0.0, deadline - time.monotonic()))
        if thread.is_alive():
            left.append(f"thread {thread.name!r} ({'daemon' if thread.daemon else 'not daemon'})")
    qthreads_before = getattr(item, "_qthreads_before", set())
    for qthread in list(_started_qthreads):
        if id(qthread) in qthreads_before or not shiboken6.isValid(qthread):
            continue
        if qthread.isRunning() and not qthread.wait(max(0, int((deadline - time.monotonic()) * 1000))):
            left.append(f"QThread {type(qthread).__name__} {qthread.objectName()!r}".rstrip(" '"))
    return left
