"""The library open in several programs at once (the staff app and the patrons' kiosk on one PC): closing one
must not tell the next start that all ended cleanly, or a power cut while the other still ran goes unchecked."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from pustaka_desktop.core.store import running

ROOT = Path(__file__).resolve().parents[2]

# One program with the library open: "close" closes it normally; it can also be killed (a power cut, for it).
PROGRAM = """
import sys
from pathlib import Path
from pustaka_desktop.core.store import running

path = Path(sys.argv[1])
running.mark_running(path)
print("open", flush=True)
for line in sys.stdin:
    if line.strip() == "close":
        running.mark_stopped(path)
        print("closed", flush=True)
        break
"""


class Program:
    def __init__(self, path: Path) -> None:
        env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
        self.process = subprocess.Popen([sys.executable, "-c", PROGRAM, str(path)], stdin=subprocess.PIPE,
                                        stdout=subprocess.PIPE, text=True, env=env)
        assert self.process.stdout.readline().strip() == "open"

    def close(self) -> None:
        self.process.stdin.write("close\n")
        self.process.stdin.flush()
        assert self.process.stdout.readline().strip() == "closed"
        assert self.process.wait(timeout=60) == 0

    def power_cut(self) -> None:
        self.process.kill()  # SIGKILL: no clean-up runs, as when the power goes
        self.process.wait(timeout=60)
        self.process.stdin.close()
        self.process.stdout.close()


@pytest.fixture
def path(tmp_path):
    return tmp_path / "perpustakaan.sqlite3"


pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="kills a process the POSIX way")


def test_the_kiosk_closed_while_the_staff_app_runs_leaves_a_later_power_cut_noticed(path):
    staff = Program(path)
    kiosk = Program(path)
    kiosk.close()
    assert running.ended_cleanly(path)  # the staff app still runs: no sign of a power cut yet
    staff.power_cut()
    assert not running.ended_cleanly(path)


def test_both_closed_normally_is_a_clean_end(path):
    staff = Program(path)
    kiosk = Program(path)
    staff.close()
    kiosk.close()
    assert running.ended_cleanly(path)
    assert not list(path.parent.glob("*.running*"))


def test_a_killed_program_is_noticed_once_the_next_start_marks_itself_running(path):
    kiosk = Program(path)
    kiosk.power_cut()
    assert not running.ended_cleanly(path)
    running.mark_running(path)  # the next start checked the file: the marker of the cut session goes
    try:
        assert running.ended_cleanly(path)
    finally:
        running.mark_stopped(path)
    assert running.ended_cleanly(path)


def test_the_marker_of_an_earlier_version_left_by_a_power_cut_is_noticed(path):
    (path.parent / (path.name + ".running")).touch()
    assert not running.ended_cleanly(path)
    running.mark_running(path)
    running.mark_stopped(path)
    assert running.ended_cleanly(path)

