"""Power cut: SIGKILL a process that is lending, returning and importing, 30+ times; after each, the
database passes integrity_check and holds every operation that was reported done."""

import sys

import pytest

from tests.robustness import harness

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def test_thirty_power_cuts_lose_no_acknowledged_operation(tmp_path):
    path = tmp_path / "powercut.sqlite3"
    harness.prepare(path)
    # Each kill comes after the worker acknowledged 1-3 operations (then a random moment, often in
    # the middle of the next one): the same work is checked on a fast or a loaded machine.
    result = harness.run(path, kills=30, seed=8, max_wait=0.25, min_acks=3)
    assert result.tried == 30
    assert result.problems == []
    assert result.survived == 30 and result.lost == 0
    assert result.acknowledged >= 30  # the worker really was working when it was killed


def test_the_harness_notices_a_lost_operation(tmp_path):
    path = tmp_path / "check.sqlite3"
    harness.prepare(path)
    problems = harness.verify(path, ["L 1-1 00000000-0000-0000-0000-000000000000",
                                     "I 1-2 00000000-0000-0000-0000-000000000001 20"])
    assert problems == ["lost check-out 1-1", "lost import 1-2: 0/20"]
