"""The kiosk started the way docs/kiosk-windows.md sets it up: by a Windows account of its own, whose data folder
holds no library. Started without --db (or with a mistyped one) the patrons met the new-library wizard, and a
child could make a library and herself its librarian. Now it says where it looked and how to start it, makes no
file, and ends."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from pustaka_desktop.gui import app as app_module
from pustaka_desktop.gui import first_run, web_catalogue

INNER = "PUSTAKA_KIOSK_START_INNER"


def test_the_kiosk_start_in_a_process_of_its_own():
    if os.environ.get(INNER):
        pytest.skip("(this is the inner run)")
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-rA", "-p", "no:cacheprovider", __file__, "-k",
                           "never_makes"], env={**os.environ, INNER: "1", "QT_QPA_PLATFORM": "offscreen"},
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "PASSED" in done.stdout and "SKIPPED" not in done.stdout


@pytest.mark.skipif(not os.environ.get(INNER), reason="runs in its own process (above)")
def test_a_kiosk_without_a_library_never_makes_one_nor_shows_the_wizard(qtbot, tmp_path, monkeypatch,
                                                                       message_boxes):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(app_module, "install_excepthook", lambda: None)
    monkeypatch.setattr(web_catalogue, "start_with_app", lambda lib: None)
    monkeypatch.setattr(web_catalogue, "stop_with_app", lambda: None)
    wizards = []
    monkeypatch.setattr(first_run.FirstRunWizard, "exec", lambda wizard: wizards.append(wizard) or 0)
    missing = tmp_path / "Katalog" / "pustaka.sqlite3"
    missing.parent.mkdir()

    assert app_module.main(["--kiosk", "--db", str(missing), "--lang", "en"]) == 1

    assert wizards == [] and not missing.exists()
    assert len(message_boxes) == 1 and str(missing) in message_boxes[0]
    assert 'pustaka --kiosk --db "C:\\Perpustakaan\\pustaka.sqlite3"' in message_boxes[0]
