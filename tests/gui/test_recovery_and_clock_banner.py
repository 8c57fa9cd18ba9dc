"""Start-up: a damaged database is recovered from the newest good backup; a wrong clock shows a banner
until a librarian confirms it; the first start of the day makes a backup."""

import threading

import pytest
from PySide6.QtWidgets import QDialog

from pustaka_desktop.core.errors import Refused
from pustaka_desktop.core.service import Library
from pustaka_desktop.core.store import backup
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import AuditLog, Record
from pustaka_desktop.gui import app as app_module
from pustaka_desktop.gui import other_library
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.dialogs import recovery
from pustaka_desktop.gui.main_window import MainWindow


def _damaged_after_a_backup(tmp_path, clock):
    """A library with one title, backed up, then its first pages overwritten (a power cut while writing)."""
    path = tmp_path / "lib.sqlite3"
    lib = Library.open(path, clock)
    store.insert(lib, Record, title="Bumi Manusia")
    backup.backup_before(lib, "daily")
    lib.close()
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xee" * (4096 - 100)
    path.write_bytes(bytes(data))
    return path


def test_damaged_database_is_restored_from_the_newest_good_backup(qtbot, tmp_path, clock, monkeypatch):
    path = _damaged_after_a_backup(tmp_path, clock)
    offered = []

    def accept(dialog):
        offered.append(dialog.restore_button is not None)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(recovery.RecoveryDialog, "exec", accept)
    restored = recovery.check_at_start(None, path, None)
    assert offered == [True]
    assert restored is not None and [r.title for r in Record.select()] == ["Bumi Manusia"]
    assert list(tmp_path.glob("lib-damaged-*.sqlite3"))  # the damaged file was kept
    restored.close()


def test_quitting_the_recovery_dialog_changes_nothing(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "lib.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\xee" * 8000)
    before = path.read_bytes()
    monkeypatch.setattr(recovery.RecoveryDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    assert recovery.check_at_start(None, path, None) is None
    assert path.read_bytes() == before


def test_healthy_start_makes_the_daily_backup_once_in_the_background(qtbot, lib):
    assert recovery.check_at_start(lib, lib.path, None) is lib
    qtbot.waitUntil(lambda: len(backup.list_backups(lib.path)) == 1, timeout=10000)
    recovery.start_daily_backup(lib).join()  # a second start the same day
    assert [b.reason for b in backup.list_backups(lib.path)] == ["daily"]
    assert Record.select().count() == 0  # the library itself is untouched and still usable


def test_clock_banner_shows_until_a_librarian_confirms(qtbot, lib, librarian, volunteer, clock, monkeypatch):
    monkeypatch.setattr("pustaka_desktop.gui.clock_banner.confirm", lambda *a: True)
    store.insert(lib, Record, title="Laskar Pelangi")
    clock.advance(days=-2)
    desk = MainWindow(AppContext(lib, volunteer))
    qtbot.addWidget(desk)
    desk.show()
    assert desk.clock_banner.refresh() and not desk.clock_banner.button.isVisible()
    assert "Ask a librarian" in desk.clock_banner.text.text()
    window = MainWindow(AppContext(lib, librarian))
    qtbot.addWidget(window)
    window.show()
    assert window.clock_banner.button.isVisible()
    window.clock_banner.button.click()
    assert not window.clock_banner.refresh()
    assert AuditLog.select().where(AuditLog.action == "clock.confirm").count() == 1


def test_the_kiosk_never_offers_a_patron_to_restore_a_backup(qtbot, tmp_path, clock, monkeypatch, message_boxes):
    """The kiosk starts with the PC, often right after a power cut: a damaged file showed the patrons the
    recovery dialog, whose default button put yesterday's backup over today's loans."""
    path = _damaged_after_a_backup(tmp_path, clock)
    damaged = path.read_bytes()
    offered = []
    monkeypatch.setattr(recovery.RecoveryDialog, "exec", lambda dialog: offered.append(dialog) or 1)

    assert recovery.check_at_start(None, path, None, for_patrons=True) is None
    assert offered == [] and path.read_bytes() == damaged and not list(tmp_path.glob("lib-damaged-*"))
    assert len(message_boxes) == 1 and "Please tell the librarian" in message_boxes[0]


def _daily_backup_held(lib, monkeypatch):
    """The daily backup started and held before it writes anything, until the returned event is set."""
    started, release, made = threading.Event(), threading.Event(), []

    def held_backup(library):
        started.set()
        release.wait(60)
        made.append(backup.backup_before(library, "daily"))

    monkeypatch.setattr(backup, "daily_backup", held_backup)
    thread = recovery.start_daily_backup(lib)
    assert started.wait(60)
    return thread, release, made


def test_quitting_waits_for_the_daily_backup_before_the_library_closes(qtbot, lib, monkeypatch):
    """Quitting soon after the first start of the day (a big library's backup takes minutes) closed the library
    under the backup and ended the program with it half written: no backup that day."""
    thread, release, made = _daily_backup_held(lib, monkeypatch)
    letting_go = threading.Timer(0.5, release.set)  # the backup ends while the program is quitting
    letting_go.start()
    try:
        app_module.stop_background_jobs()  # what app.main does before it closes the library
        assert made and made[0].exists()
    finally:
        release.set()
        thread.join(60)
        letting_go.join()


def test_the_practice_library_waits_for_the_daily_backup(qtbot, lib, monkeypatch):
    """Opening the practice library points the models at it: a daily backup still running wrote its note there."""
    thread, release, made = _daily_backup_held(lib, monkeypatch)
    monkeypatch.setattr(other_library, "WAIT_MS", 0)  # (the backup is held: it does not end in time)
    try:
        with pytest.raises(Refused):
            other_library.quiet_the_real_library()
    finally:
        release.set()
        thread.join(60)
    other_library.quiet_the_real_library()  # once it ended, the switch goes ahead
    assert made
