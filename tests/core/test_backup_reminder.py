"""The backup reminder: when a copy last left this PC (a USB stick, the move file), whether the daily
backup failed and why, kept across restarts and restores, and never an age a wrong clock made up;
`pustaka-cli backups` (text and --json) and `pustaka-cli check` say it too."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from pustaka_desktop.cli import main
from pustaka_desktop.core import auth, profile
from pustaka_desktop.core.service import Library
from pustaka_desktop.core.store import backup, backup_status, move
from pustaka_desktop.core.store.backup_reminder import OFF_PC_DUE_DAYS, reminder
from pustaka_desktop.core.store.clock import FixedClock


def _stick(tmp_path, name="FLASHDISK"):
    stick = tmp_path / name
    stick.mkdir()
    return stick


def _disk_full(monkeypatch):
    """The disk of the backups folder has 200 KB left (the database needs more)."""
    import shutil as real_shutil

    real = real_shutil.disk_usage
    monkeypatch.setattr(backup.shutil, "disk_usage", lambda path: real(path)._replace(free=200_000))


# -- the last copy off this PC -----------------------------------------------------------------------


def test_never_copied_to_a_stick_says_so_and_asks_for_one(lib):
    shown = reminder(lib)
    assert shown.last_off_pc is None and shown.off_pc_due and shown.needs_attention
    assert "No backup has been copied to a USB stick yet" in shown.off_pc_text()


def test_a_copy_on_a_stick_is_remembered_across_a_restart_and_its_age_counted(lib, librarian, clock, tmp_path):
    backup.backup_to(lib, librarian, _stick(tmp_path))  # Monday 2 March 2026
    assert reminder(lib).days == 0 and not reminder(lib).off_pc_due
    assert reminder(lib).off_pc_text() == "Last backup to a USB stick: today (02-03-2026)."
    lib.close()
    clock.advance(days=45)
    again = Library.open(tmp_path / "library.sqlite3", clock)
    try:
        shown = reminder(again)
        assert shown.days == 45 and shown.off_pc_due
        assert shown.off_pc_text() == "Last backup to a USB stick: 45 days ago (02-03-2026). Back up now."
    finally:
        again.close()


def test_the_reminder_comes_back_after_a_week(lib, librarian, clock, tmp_path):
    backup.backup_to(lib, librarian, _stick(tmp_path))
    clock.advance(days=OFF_PC_DUE_DAYS - 1)
    assert not reminder(lib).needs_attention
    clock.advance(days=1)
    assert reminder(lib).off_pc_due


def test_a_copy_beside_the_database_is_not_a_copy_off_this_pc(lib, librarian):
    backup.backup_dir(lib.path).mkdir(exist_ok=True)
    backup.backup_to(lib, librarian, backup.backup_dir(lib.path))  # the automatic backups' own folder
    backup.backup_to(lib, librarian, lib.path.parent)  # the database's folder
    assert reminder(lib).last_off_pc is None


def test_the_move_file_counts_as_a_copy_off_this_pc(lib, librarian, tmp_path):
    target = move.pack(lib, librarian, _stick(tmp_path))
    copy = reminder(lib).last_off_pc
    assert copy is not None and copy.kind == backup_status.MOVE and copy.file == target.name


# -- a daily backup that failed ----------------------------------------------------------------------


def test_a_failed_daily_backup_is_remembered_with_its_reason_until_one_works(lib, clock, monkeypatch):
    _disk_full(monkeypatch)
    with pytest.raises(backup.PustakaError):
        backup.daily_backup(lib)
    failure = reminder(lib).failure
    assert failure is not None and failure.at == clock.now()
    text = reminder(lib).failure_text()
    assert text.startswith("The automatic backup of 02-03-2026 failed: The disk or USB stick is too full")
    assert "back up to a USB stick every day" in text
    monkeypatch.undo()
    clock.advance(days=1)
    assert backup.daily_backup(lib) is not None
    assert reminder(lib).failure is None


def test_a_restore_keeps_this_pcs_backup_state_not_the_old_files(lib, librarian, clock, tmp_path, monkeypatch):
    stick = _stick(tmp_path)
    backup.backup_to(lib, librarian, stick)  # day 0: a stick copy
    clock.advance(days=4)
    _disk_full(monkeypatch)
    with pytest.raises(backup.PustakaError):
        backup.daily_backup(lib)  # day 4: the disk was full
    monkeypatch.undo()
    clock.advance(days=1)
    old = backup.backup_before(lib, "manual")  # day 5: holds "last stick copy day 0" and "day 4 failed"
    clock.advance(days=15)
    backup.backup_to(lib, librarian, stick)  # day 20
    clock.advance(days=1)
    backup.restore(lib, librarian, old)  # day 21
    shown = reminder(lib)
    assert shown.days == 1  # the copy of day 20, not the restored file's day 0 (21 days: "back up now")
    assert shown.failure is None  # the restored file's old failure was mended long ago


# -- a wrong clock -------------------------------------------------------------------------------------


def test_a_copy_dated_in_the_future_shows_its_date_not_a_negative_age(lib, librarian, clock, tmp_path):
    clock.set("2026-12-10T09:00:00+07:00")  # the clock ran ahead when the copy was made
    backup.backup_to(lib, librarian, _stick(tmp_path))
    clock.set("2026-03-02T10:00:00+07:00")  # put right: the copy is "in the future"
    shown = reminder(lib)
    assert shown.days is None and shown.clock_wrong and shown.off_pc_due
    assert shown.off_pc_text() == ("Last backup to a USB stick: 10-12-2026. The computer's date is or was wrong, so "
                                   "how long ago cannot be told. Back up now.")  # not "-283 days ago"


def test_a_copy_made_while_the_clock_said_2009_gets_no_age_of_years(tmp_path):
    clock = FixedClock("2009-01-01T08:00:00+07:00")  # a flat clock battery
    lib = Library.open(tmp_path / "library.sqlite3", clock)
    try:
        profile.init_library(lib, name="Perpustakaan Desa Uji", code="UJI", librarian="pustakawan",
                             password="rahasia1", pin="1234", village="Uji", kabupaten="Bandung")
        by = auth.login(lib, "pustakawan", "rahasia1")
        backup.backup_to(lib, by, _stick(tmp_path))
        assert reminder(lib).days is None  # "today" by a clock that says 2009 means nothing
        clock.set("2026-03-02T09:00:00+07:00")  # the battery replaced, the date set
        shown = reminder(lib)
        assert shown.days is None and shown.off_pc_due and "01-01-2009" in shown.off_pc_text()
        assert "days ago" not in shown.off_pc_text()
    finally:
        lib.close()


def test_a_clock_years_ahead_gives_no_age_either(lib, librarian, clock, tmp_path):
    backup.backup_to(lib, librarian, _stick(tmp_path))
    clock.set("2029-03-02T09:00:00+07:00")  # a wrong year typed into the BIOS
    shown = reminder(lib)
    assert shown.days is None and "days ago" not in shown.off_pc_text()


# -- the command line -----------------------------------------------------------------------------------


def _cli(capsys, *argv):
    code = main(["--lang", "en", *argv])
    return code, capsys.readouterr().out


def _stamp_off_pc(db, days_ago):
    """A stick copy ``days_ago`` days before now, as the CLI's own (system) clock sees it."""
    lib = Library.open(db)
    try:
        with lib.transaction():
            backup_status.set_setting(backup_status.OFF_PC_KEY, {
                "at": (datetime.now(UTC) - timedelta(days=days_ago)).isoformat(), "file": "x.sqlite3",
                "kind": "usb"})
    finally:
        lib.close()


def test_cli_backups_and_check_say_when_the_last_stick_copy_was(tmp_path, capsys):
    db = tmp_path / "lib.sqlite3"
    assert main(["--db", str(db), "demo", "--size", "tiny"]) == 0
    code, out = _cli(capsys, "--db", str(db), "backups")
    assert code == 0 and "No backup has been copied to a USB stick yet" in out
    _stamp_off_pc(db, 45)
    code, out = _cli(capsys, "--db", str(db), "backups")
    assert "Last backup to a USB stick: 45 days ago" in out and "Back up now." in out
    code, out = _cli(capsys, "--db", str(db), "backups", "--json")
    data = json.loads(out)
    assert data["backups"] == [] and data["off_pc_due"] is True
    assert data["last_off_pc"]["days_ago"] == 45 and data["last_off_pc"]["kind"] == "usb"
    assert data["daily_backup_failed"] is None and data["due_after_days"] == OFF_PC_DUE_DAYS
    code, out = _cli(capsys, "--db", str(db), "check")
    assert code == 0 and "Last backup to a USB stick: 45 days ago" in out  # an old copy is a reminder, not a fault


def test_cli_check_fails_while_the_daily_backup_fails(tmp_path, capsys):
    db = tmp_path / "lib.sqlite3"
    assert main(["--db", str(db), "demo", "--size", "tiny"]) == 0
    lib = Library.open(db)
    try:
        backup_status.record_daily_failed(lib, backup._no_room(db, 900 << 20))
    finally:
        lib.close()
    code, out = _cli(capsys, "--db", str(db), "check")
    assert code == 1 and "failed: The disk or USB stick is too full for the backup: it needs about 900 MB" in out
    code, out = _cli(capsys, "--db", str(db), "backups", "--json")
    assert "too full" in json.loads(out)["daily_backup_failed"]["reason"]
