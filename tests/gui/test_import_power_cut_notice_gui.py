"""The window's side of an import a power cut (or the program quitting) cut off.

- The start after a power cut during an import says, before the log-in, that the import of FILE did not finish
  and nothing of it was saved (it said nothing, and the librarian could think her books came in).
- Quitting during an import (Windows logging off, closing from the taskbar): the app waited up to 30 s for its
  jobs without cancelling them, so an import could finish after the window was gone, or be cut off with the
  library closed under it. Now it cancels them first (nothing saved), says so in the log, and the next start tells
  the librarian.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading

import pytest
from PySide6.QtWidgets import QWidget

from pustaka_desktop.core.interop import member_import
from pustaka_desktop.core.store import unfinished
from pustaka_desktop.core.store.models import Member
from pustaka_desktop.gui import app as app_module
from pustaka_desktop.gui import web_catalogue
from pustaka_desktop.gui.workers import run_import
from tests.core.test_import_power_cut_notice import killed_import, members_file


@pytest.fixture
def not_quitting(monkeypatch):
    """``program_quitting`` holds for the rest of a process: each test starts with the program not quitting."""
    monkeypatch.setattr(unfinished, "_quitting", threading.Event())


def test_quitting_during_an_import_cancels_it_first_and_the_next_start_says_so(qtbot, lib, librarian, tmp_path,
                                                                              not_quitting, monkeypatch, caplog):
    path = members_file(tmp_path)
    parent = QWidget()
    qtbot.addWidget(parent)
    reading, let_go = threading.Event(), threading.Event()

    def import_still_going(progress, cancelled):
        def report(fraction, message):
            reading.set()
            # 400 members still being read when Windows logs off: it goes on until it is cancelled (or, should the
            # quit not cancel it, until the test lets it go, so a failing test does not hang)
            while not cancelled() and not let_go.wait(0.01):
                pass
            progress(fraction, message)
        return member_import.import_members(lib, librarian, path, progress=report, cancel=cancelled)

    job = run_import(parent, "Import members", import_still_going, lambda result: None)
    assert reading.wait(60)
    monkeypatch.setattr(app_module, "EXIT_WAIT_MS", 5_000)  # (a failing run need not wait the full 30 s)
    try:
        with caplog.at_level(logging.WARNING):
            app_module.stop_background_jobs()  # what app.main does once its last window closed
        assert job.stopped(), "the import was not cancelled before the app waited for it"
        assert any("cancelled" in record.getMessage() for record in caplog.records)  # said in the log
    finally:
        let_go.set()
        from PySide6.QtCore import QThreadPool

        QThreadPool.globalInstance().waitForDone(60_000)
    assert Member.select().count() == 0  # nothing of it saved: the notice says so
    assert [each.file for each in unfinished.cut_off(lib)] == ["anggota.csv"]


# The start through ``app.main`` (its library, its check at start, its background backup) in a pytest of its own, as
# tests/gui/test_first_day_walk.py does: what a whole start leaves in a process upsets later tests.
INNER = "PUSTAKA_POWER_CUT_NOTICE_INNER"


def test_the_start_after_a_power_cut_in_a_process_of_its_own():
    if os.environ.get(INNER):
        pytest.skip("(this is the inner run)")
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-rA", "-p", "no:cacheprovider", __file__, "-k",
                           "start_says_an_import"], env={**os.environ, INNER: "1", "QT_QPA_PLATFORM": "offscreen"},
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-2000:]
    assert "PASSED" in done.stdout and "SKIPPED" not in done.stdout


@pytest.mark.skipif(not os.environ.get(INNER), reason="runs in its own process (above)")
def test_the_start_says_an_import_cut_by_a_power_cut_did_not_finish_once(lib, librarian, tmp_path, monkeypatch,
                                                                         message_boxes):
    books = tmp_path / "daftar buku 2024.csv"
    books.write_text("judul,pengarang,tahun,barcode\n" + "".join(
        f"Cerita Rakyat Nusantara Jilid {n},Tim Penulis Desa,2019,B{n:05d}\n" for n in range(1, 5001)),
        encoding="utf-8")
    killed_import(lib, books)
    lib.close()
    monkeypatch.setattr(app_module, "install_excepthook", lambda: None)
    monkeypatch.setattr(web_catalogue, "start_with_app", lambda lib: None)
    monkeypatch.setattr(web_catalogue, "stop_with_app", lambda: None)
    monkeypatch.setattr(app_module.Controller, "start", lambda self, staff=None: False)  # (she closes the log-in)

    assert app_module.main(["--db", str(lib.path), "--lang", "en"]) == 0
    told = [text for text in message_boxes if "did not finish" in text]
    assert len(told) == 1 and "daftar buku 2024.csv" in told[0] and "import the file again" in told[0], message_boxes

    before = len(message_boxes)
    assert app_module.main(["--db", str(lib.path), "--lang", "en"]) == 0  # the next start: said once
    assert not [text for text in message_boxes[before:] if "did not finish" in text], message_boxes
