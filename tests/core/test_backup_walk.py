"""A village librarian's backups in real situations: a PC clock that is wrong by years, a USB stick
that is full or pulled out, a copy renamed by Windows, a new PC after the disk failed."""

from __future__ import annotations

from pustaka_desktop.core.store import backup


def _a_year_of_daily_backups(lib, clock):
    """The first start of each day for a year made its backup, as on a PC in daily use."""
    for _day in range(365):
        clock.advance(days=1)
        backup.daily_backup(lib)


def test_backups_made_while_the_clock_is_years_behind_are_kept(lib, librarian, clock):
    # The CMOS battery of the old PC dies: after a power cut the clock says 2019. The librarian still
    # backs up before a big import and before a restore; those copies must survive the rotation.
    _a_year_of_daily_backups(lib, clock)
    clock.set("2019-01-01T08:00:00+07:00")
    made = backup.backup_before(lib, "manual")
    assert made.exists(), "the backup just made (and reported as saved) was deleted by the rotation"
    clock.advance(days=1)
    daily = backup.daily_backup(lib)
    assert daily is not None and daily.exists()
    assert made.exists()
    # and what was made before the clock broke is not thrown away either
    assert len(backup.list_backups(lib.path)) >= 14 + 2


def test_backups_dated_in_the_future_do_not_push_out_todays(lib, librarian, clock):
    # The clock ran years ahead for a few weeks, then the librarian put it right: the next backups
    # (correctly dated, but "older" than the wrong ones) must still be kept, each of them.
    clock.set("2035-06-01T08:00:00+07:00")
    for _day in range(20):
        clock.advance(days=1)
        backup.daily_backup(lib)
    clock.set("2026-03-10T08:00:00+07:00")
    kept = []
    for _day in range(6):
        clock.advance(days=1)
        kept.append(backup.daily_backup(lib))
    assert all(path is not None and path.exists() for path in kept)


def test_a_district_over_its_disk_budget_keeps_the_backup_just_made_with_the_clock_behind(lib, librarian, clock):
    from pustaka_desktop.core.settings import set_setting
    from pustaka_desktop.core.store import backup_budget

    for _day in range(6):
        clock.advance(days=1)
        backup.daily_backup(lib)
    one = backup.list_backups(lib.path)[0].size
    with lib.bound():
        set_setting(backup_budget.BUDGET_SETTING, one * 4)  # room for four backups
    clock.set("2019-01-01T08:00:00+07:00")
    made = backup.backup_before(lib, "import")
    assert made.exists()
    assert sum(b.size for b in backup.list_backups(lib.path)) <= one * 5


# -- a USB stick that is nearly full, or pulled out -----------------------------------------------------


def _stick(tmp_path):
    stick = tmp_path / "FLASHDISK"
    stick.mkdir()
    return stick


def test_a_nearly_full_stick_is_said_so_before_anything_is_written(lib, librarian, tmp_path, monkeypatch):
    import shutil as real_shutil

    from pustaka_desktop.core.store.files import FileWriteError

    stick = _stick(tmp_path)
    real = real_shutil.disk_usage
    monkeypatch.setattr(backup.shutil, "disk_usage",
                        lambda path: real(path)._replace(free=200_000) if str(stick) in str(path) else real(path))
    try:
        backup.backup_to(lib, librarian, stick)
    except FileWriteError as exc:
        assert exc.params["free"] == "1" and int(exc.params["needed"]) >= 1
        assert "USB" in exc.template  # says what to do: delete files from it, or another stick
    else:
        raise AssertionError("a backup that does not fit was not refused")
    assert list(stick.iterdir()) == []


def _fails_while_writing(error):
    def copy(db, target, compact=None):
        partial = target.with_name(target.name + ".partial")
        partial.write_bytes(b"SQLite format 3\0" + b"\0" * 4000)
        partial.with_name(partial.name + "-journal").write_bytes(b"\0" * 512)
        raise error
    return copy


def test_a_stick_that_fills_up_during_the_copy_keeps_nothing_half_written(lib, librarian, tmp_path, monkeypatch):
    import sqlite3

    from pustaka_desktop.core.store.files import FileWriteError

    stick = _stick(tmp_path)
    monkeypatch.setattr(backup.dbmod, "backup", _fails_while_writing(sqlite3.OperationalError(
        "database or disk is full")))
    try:
        backup.backup_to(lib, librarian, stick)
    except FileWriteError as exc:
        assert "needed" in exc.params and "free" in exc.params
    else:
        raise AssertionError("no error")
    assert list(stick.iterdir()) == []  # no .partial, no .partial-journal left on the stick


def test_a_stick_pulled_out_mid_backup_says_so_and_leaves_no_scraps(lib, librarian, tmp_path, monkeypatch):
    import sqlite3

    from pustaka_desktop.core.store.files import FileWriteError

    stick = _stick(tmp_path)
    monkeypatch.setattr(backup.dbmod, "backup", _fails_while_writing(sqlite3.OperationalError("disk I/O error")))
    try:
        backup.backup_to(lib, librarian, stick)
    except FileWriteError as exc:
        assert "USB" in exc.template and exc.params["path"].startswith(str(stick))
    else:
        raise AssertionError("no error")
    assert list(stick.iterdir()) == []


# -- a new PC after the old one's disk broke: only last month's USB backup is left ---------------------


def _last_months_usb_backup(lib, librarian, tmp_path):
    from pustaka_desktop.core.store import write as store
    from pustaka_desktop.core.store.models import Record

    store.insert(lib, Record, title="Serat Centhini")
    stick = _stick(tmp_path)
    return backup.backup_to(lib, librarian, stick)


def test_restore_on_a_new_pc_needs_no_made_up_library_first(lib, librarian, tmp_path, capsys):
    from pustaka_desktop.cli import main

    saved = _last_months_usb_backup(lib, librarian, tmp_path)
    new_pc = tmp_path / "pc-baru" / "pustaka.sqlite3"
    code = main(["--lang", "en", "--db", str(new_pc), "restore", str(saved)])
    out = capsys.readouterr().out
    assert code == 0, out
    assert "sync key" in out and "enrol with the district again" in out  # what to do next
    fresh = type(lib).open(new_pc, lib.clock)
    try:
        assert fresh.is_initialised and fresh.profile.code == "UJI"
        from pustaka_desktop.core.store.models import Record

        with fresh.bound():
            assert Record.select().where(Record.title == "Serat Centhini").exists()
    finally:
        fresh.close()
    assert not list(new_pc.parent.glob("*.partial*"))


def test_move_in_takes_a_backup_when_no_move_file_was_made(lib, librarian, tmp_path, clock):
    from pustaka_desktop.core.service import Library
    from pustaka_desktop.core.store import move

    saved = _last_months_usb_backup(lib, librarian, tmp_path)
    copy = saved.with_name(saved.stem + " - Copy.sqlite3")  # what Windows Explorer names a copy
    copy.write_bytes(saved.read_bytes())
    new_pc = tmp_path / "pc-baru" / "pustaka.sqlite3"
    Library.open(new_pc, clock).close()  # the empty database the first start on the new PC made
    info = move.unpack(copy, new_pc)
    assert info["code"] == "UJI" and info["keys"] is False
    fresh = Library.open(new_pc, clock)
    try:
        assert fresh.is_initialised
    finally:
        fresh.close()
