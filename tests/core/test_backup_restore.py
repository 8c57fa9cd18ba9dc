import sqlite3
from datetime import timedelta

import pytest

from pustaka_desktop.core import auth
from pustaka_desktop.core.errors import PermissionDenied, PustakaError
from pustaka_desktop.core.service import Library
from pustaka_desktop.core.store import backup, snapshots
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import AuditLog, Item, Loan, Member, MemberType, Record
from pustaka_desktop.core.store.paths import backup_dir


def _add_book(lib, title="Laskar Pelangi", barcode="B0001"):
    record = store.insert(lib, Record, title=title)
    return store.insert(lib, Item, record=record, barcode=barcode)


def test_daily_backup_is_made_once_per_day_and_passes_its_check(lib, clock):
    first = backup.daily_backup(lib)
    assert first is not None and first.exists()
    assert backup.check_file(first)
    assert backup.daily_backup(lib) is None  # second start the same day
    clock.advance(days=1)
    second = backup.daily_backup(lib)
    assert second is not None and second != first
    assert [b.reason for b in backup.list_backups(lib.path)] == ["daily", "daily"]


def test_rotation_keeps_14_daily_and_12_monthly(lib, clock):
    folder = backup_dir(lib.path)
    folder.mkdir(parents=True, exist_ok=True)
    start = clock.now()
    for day in range(400):  # two automatic backups a day for ~13 months (names as backup_before makes them)
        for hour, reason in ((1, "daily"), (5, "import")):
            at = start + timedelta(days=day, hours=hour)
            (folder / f"pustaka-{at:%Y%m%d-%H%M%S}-{reason}.sqlite3").write_bytes(b"x")
    clock.advance(days=400)
    backup.backup_before(lib, "daily")  # a real one: rotation runs after it
    kept = backup.list_backups(lib.path)
    days = {b.at.astimezone().date() for b in kept}
    months = {(b.at.astimezone().year, b.at.astimezone().month) for b in kept}
    newest = kept[0].at.astimezone().date()
    assert all(newest - timedelta(days=n) in days for n in range(14))  # the last 14 days are all there
    assert len(months) == 12
    assert len(kept) <= 14 + 12 + snapshots.KEEP_NEWEST
    assert backup.check_file(kept[0].path)  # the newest is the real, checked backup


def test_rotation_never_touches_files_it_did_not_make(lib, clock):
    folder = backup_dir(lib.path)
    folder.mkdir(parents=True, exist_ok=True)
    mine = folder / "copy-by-hand.sqlite3"
    mine.write_bytes(b"x")
    start = clock.now()
    for day in range(40):
        (folder / f"pustaka-{start + timedelta(days=day):%Y%m%d-%H%M%S}-import.sqlite3").write_bytes(b"x")
    clock.advance(days=41)
    backup.backup_before(lib, "import")
    assert mine.exists()
    assert len(backup.list_backups(lib.path)) < 41  # ours were rotated


def test_preview_shows_library_date_and_counts(lib, librarian, tmp_path):
    _add_book(lib)
    path = backup.backup_to(lib, librarian, tmp_path)
    info = backup.preview(path)
    assert info.library_name == "Perpustakaan Desa Uji" and info.library_code == "UJI"
    assert info.counts["record"] == 1 and info.counts["item"] == 1
    assert info.made_at is not None
    assert AuditLog.get(AuditLog.action == "backup.create").username == "pustakawan"


def test_volunteer_may_not_copy_the_database_to_usb(lib, volunteer, tmp_path):
    usb = tmp_path / "usb"
    usb.mkdir()
    with pytest.raises(PermissionDenied):
        backup.backup_to(lib, volunteer, usb)
    assert list(usb.iterdir()) == []


def test_backup_to_a_removed_stick_says_so(lib, librarian, tmp_path):
    with pytest.raises(PustakaError, match="not there any more"):
        backup.backup_to(lib, librarian, tmp_path / "gone" / "x.sqlite3")


def test_preview_refuses_a_file_that_is_not_a_backup(tmp_path):
    bad = tmp_path / "notes.sqlite3"
    bad.write_bytes(b"hello " * 1000)
    with pytest.raises(backup.BackupError):
        backup.preview(bad)
    other = tmp_path / "other.sqlite3"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(backup.BackupError):
        backup.preview(other)


def test_restore_brings_back_the_backup_and_keeps_a_safety_copy(lib, librarian, clock, tmp_path):
    _add_book(lib, "Bumi Manusia", "B0001")
    saved = backup.backup_to(lib, librarian, tmp_path / "usb.sqlite3")
    clock.advance(hours=1)
    _add_book(lib, "Ronggeng Dukuh Paruk", "B0002")
    version_before = lib.hlc.last
    info = backup.restore(lib, librarian, saved)
    assert info.counts["record"] == 1
    assert [r.title for r in Record.select()] == ["Bumi Manusia"]
    # the database before the restore was kept
    safety = [b for b in backup.list_backups(lib.path) if b.reason == "restore"]
    assert len(safety) == 1 and backup.preview(safety[0].path).counts["record"] == 2
    # the library keeps working, versions never go backwards, and the restore is in the audit log
    later = _add_book(lib, "Cantik Itu Luka", "B0003")
    assert later.version > version_before
    assert AuditLog.select().where(AuditLog.action == "backup.restore").count() == 1


def test_restore_is_refused_for_a_volunteer_and_changes_nothing(lib, librarian, volunteer, tmp_path):
    saved = backup.backup_to(lib, librarian, tmp_path / "usb.sqlite3")
    _add_book(lib)
    with pytest.raises(PermissionDenied):
        backup.restore(lib, volunteer, saved)
    assert Record.select().count() == 1


def test_restore_of_a_damaged_backup_changes_nothing(lib, librarian, tmp_path):
    _add_book(lib)
    saved = backup.backup_to(lib, librarian, tmp_path / "usb.sqlite3")
    data = bytearray(saved.read_bytes())
    for offset in range(4096, len(data), 1024):  # wreck every page after the first
        data[offset:offset + 64] = b"\xff" * 64
    saved.write_bytes(bytes(data))
    with pytest.raises(PustakaError):
        backup.restore(lib, librarian, saved)
    assert Record.select().count() == 1


def test_restore_file_recovers_a_damaged_database(tmp_path, clock):
    path = tmp_path / "lib.sqlite3"
    lib = Library.open(path, clock)
    mt = store.insert(lib, MemberType, name="Umum")
    store.insert(lib, Member, number="M1", name="Ani", member_type=mt, registered_on=clock.now().date(),
                 expires_on=clock.now().date())
    good = backup.backup_before(lib, "daily")
    lib.close()
    path.write_bytes(b"\x00" * 8192)  # the disk ate the database
    assert backup.newest_good_backup(path).path == good
    aside = backup.restore_file(path, good, clock.now())
    assert aside.exists()
    again = Library.open(path, clock)
    assert Member.select().count() == 1 and Loan.select().count() == 0
    again.close()


def test_backup_before_names_the_reason(lib):
    path = backup.backup_before(lib, "bundle import")
    assert path.name.endswith("-bundle-import.sqlite3")
    assert backup.list_backups(lib.path)[0].reason == "bundle-import"


def test_cannot_restore_the_live_database_onto_itself(lib, librarian):
    with pytest.raises(PustakaError):
        backup.restore(lib, librarian, lib.path)
    assert auth.allowed(librarian, "backup.restore")


def test_imports_in_a_row_share_the_backup_made_before_the_first(lib, clock):
    first = backup.backup_before(lib, "bundle-import", recent=backup.IMPORT_REUSE)
    clock.advance(minutes=3)
    assert backup.backup_before(lib, "bundle-import", recent=backup.IMPORT_REUSE) == first
    clock.advance(minutes=20)
    assert backup.backup_before(lib, "bundle-import", recent=backup.IMPORT_REUSE) != first
    assert backup.backup_before(lib, "import") != first  # without ``recent`` always a new one


def test_an_import_is_preceded_by_a_backup_but_a_dry_run_is_not(lib, librarian, tmp_path):
    from pustaka_desktop.core.interop import importer

    source = tmp_path / "buku.csv"
    source.write_text("title,barcode\nSitti Nurbaya,IMP001\n", encoding="utf-8")
    importer.import_file(lib, librarian, "csv", source, dry_run=True)
    assert backup.list_backups(lib.path) == []
    importer.import_file(lib, librarian, "csv", source)
    made = backup.list_backups(lib.path)
    assert [b.reason for b in made] == ["import"]
    assert backup.preview(made[0].path).counts["record"] == 0  # the catalogue as it was before
    assert Record.select().count() == 1
