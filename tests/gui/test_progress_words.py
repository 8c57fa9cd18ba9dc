"""A long job's words in the progress dialog and on the CLI's progress line are in the user's language. The
dialog showed "Saving records" (and the sync's "rows", "union") in English to an Indonesian librarian: a
job reports only English words, which the GUI now looks up in the one context they are marked in
(core.jobs.PROGRESS; tests/test_translations.py checks every job marks them there)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

from pustaka_desktop import i18n
from pustaka_desktop.cli import common
from pustaka_desktop.core.i18n import QT_TRANSLATE_NOOP
from pustaka_desktop.gui.workers import run_job


def test_the_progress_dialog_says_what_the_import_does_in_indonesian(qtbot):
    i18n.install("id")
    parent = QWidget()
    qtbot.addWidget(parent)
    go_on = threading.Event()

    def job(progress, cancelled):
        progress(0.5, QT_TRANSLATE_NOOP("Progress", "Saving records"))
        go_on.wait(10)
        return None

    run_job(parent, "Mengimpor", job)
    dialog = parent.findChild(QProgressDialog)
    try:
        qtbot.waitUntil(lambda: "Menyimpan cantuman" in dialog.labelText(), timeout=5000)
        assert "Saving records" not in dialog.labelText()
    finally:
        go_on.set()


def test_the_cli_progress_line_says_it_in_indonesian(monkeypatch, capsys):
    i18n.install("id")
    monkeypatch.setattr("sys.stderr.isatty", lambda: True)
    common.progress_line(message_width=24)(0.4, QT_TRANSLATE_NOOP("Progress", "Applying the changes"))
    assert "Menerapkan perubahan" in capsys.readouterr().err


def test_a_long_jobs_busy_bar_and_cancel_are_due_after_the_minimum_duration_not_four_seconds(qtbot):
    """Qt's progress dialog shows by its own 4-second timer until it is given a first value: opening a workbook (which
    says nothing of how far it is) left the librarian 4 s with no busy bar and no Cancel, where 0.3 s was meant."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    go_on = threading.Event()
    run_job(parent, "Membuka berkas", lambda progress, cancelled: go_on.wait(10))
    dialog = parent.findChild(QProgressDialog)
    try:
        due = [timer.interval() for timer in dialog.findChildren(QTimer) if timer.isActive()]  # when it shows
        assert due == [dialog.minimumDuration()] == [300]  # (was [4000])
        qtbot.waitUntil(dialog.isVisible, timeout=10_000)
        assert dialog.maximum() == 0 and dialog.labelText() == "Membuka berkas"  # a busy bar: no "how far" yet
    finally:
        go_on.set()
