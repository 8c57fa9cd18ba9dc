"""The application's screen outlives every window that asked where it is.

PySide makes the application's one QScreen wrapper the child of the widget whose ``screen()`` was asked. When
Python's cycle collector frees such a widget (a dialog in a reference cycle, a closed window) and clears the
wrapper before the widget, the wrapper takes the QScreen as its own and deletes it: the next window drawn crashes
the program (the GUI tests died now and then in Qt's painting, in a dialog's constructor, in a page switch, with
the QScreen's memory freed). ``widgets.screen.screen_of`` asks the application instead, which gives the wrapper no
parent; no code asks a widget or a window for its screen."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

# A widget asked first, a newer one in a reference cycle asked next (the wrapper moves to it, older than it), the
# collector frees the newer one: then a window is drawn.
RECIPE = """
import gc
from PySide6.QtWidgets import QApplication, QDialog, QLineEdit
from pustaka_desktop.gui.widgets.screen import screen_of

app = QApplication([])
ask = (lambda widget: widget.screen()) if {raw} else screen_of


class Dialog(QDialog):
    pass


for _ in range(3):
    first = QDialog()
    ask(first)
    gc.collect()
    second = Dialog()
    second.itself = second
    ask(second).availableGeometry()
    del second
    gc.collect()
    shown = QDialog()
    QLineEdit(shown)
    shown.show()
    app.processEvents()
    shown.close()
print("drawn")
"""


def _run(raw: bool) -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT / "src"))
    return subprocess.run([sys.executable, "-c", RECIPE.format(raw=raw)], capture_output=True, text=True, env=env,
                          timeout=120, check=False)


def test_asking_through_screen_of_keeps_the_screen_when_the_collector_frees_the_window():
    done = _run(raw=False)
    assert done.returncode == 0 and "drawn" in done.stdout, done.stderr[-2000:]


def test_asking_the_widget_itself_lets_the_collector_delete_the_screen():
    """Why ``screen_of`` exists (PySide 6.11): when this stops crashing, PySide mended it."""
    done = _run(raw=True)
    assert done.returncode != 0 and "drawn" not in done.stdout


@pytest.mark.parametrize("folder", ["src", "tests"])
def test_no_code_asks_a_widget_or_a_window_for_its_screen(folder):
    asked = [f"{path.relative_to(ROOT)}:{number}"
             for path in sorted((ROOT / folder).rglob("*.py")) if path.name != "test_screen_kept.py"
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
             if re.search(r"\.screen\(\)", line.split("#")[0])]
    assert asked == [], "use widgets.screen.screen_of: " + ", ".join(asked)
