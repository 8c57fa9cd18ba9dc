"""The check that fails a test for what it left running (tests/leftovers.py) fails that test, names what it left,
and lets the tests after it run as if nothing had happened."""

from __future__ import annotations

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

INNER_CONFTEST = """
from tests import leftovers

pytest_plugins = ["tests.leftovers"]
leftovers.ENDS_WITHIN_S = 0.2  # (the real grace is longer; nothing here ends by itself)
"""

INNER_TESTS = """
import os
import threading

from PySide6.QtCore import QThread

release = threading.Event()


class Waiting(QThread):
    def run(self):
        release.wait(60)


def test_leaves_a_thread():
    threading.Thread(target=release.wait, args=(60,), name="left-behind", daemon=True).start()


def test_leaves_a_qthread():
    global waiting
    waiting = Waiting()
    waiting.start()


def test_leaves_the_environment_changed():
    os.environ["PUSTAKA_LEFT_BEHIND"] = "1"


def test_after_them():
    assert "PUSTAKA_LEFT_BEHIND" not in os.environ  # put back
    release.set()
    waiting.wait()
"""


def test_what_a_test_left_running_or_changed_fails_that_test_by_name(pytester, monkeypatch):
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join([str(ROOT), str(ROOT / "src")]))
    pytester.makeconftest(INNER_CONFTEST)
    pytester.makepyfile(test_inner=INNER_TESTS)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-p", "no:pytestqt")
    result.assert_outcomes(passed=4, errors=3)
    result.stdout.fnmatch_lines_random([
        "*ERROR at teardown of test_leaves_a_thread*",
        "*still running 0.2 s after the test ended: thread 'left-behind' (daemon)*",
        "*still running 0.2 s after the test ended: QThread Waiting*",
        "*the test changed the environment: PUSTAKA_LEFT_BEHIND='1' (was None)*",
    ])
