import pytest

from pustaka_desktop.core.errors import PermissionDenied, Refused
from pustaka_desktop.core.service import Library
from pustaka_desktop.core.store import backup, health
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import AuditLog, Record


def test_a_healthy_database_passes_the_start_up_check(lib):
    report = health.check_database(lib.path)
    assert report.ok and report.backup is None


def test_a_damaged_database_fails_the_check_and_offers_the_newest_good_backup(tmp_path, clock):
    path = tmp_path / "lib.sqlite3"
    lib = Library.open(path, clock)
    store.insert(lib, Record, title="Sang Pemimpi")
    older = backup.backup_before(lib, "daily")
    clock.advance(days=1)
    newer = backup.backup_before(lib, "import")
    clock.advance(days=1)
    broken = backup.backup_before(lib, "import")
    lib.close()
    broken.write_bytes(b"\x00" * 4096)  # the newest copy is unreadable: skip it
    data = bytearray(path.read_bytes())
    data[100:4096] = b"\xee" * (4096 - 100)  # wreck the schema page
    path.write_bytes(bytes(data))
    report = health.check_database(path)
    assert not report.ok and report.problem
    assert report.backup is not None and report.backup.path == newer and older.exists()


def test_a_clock_behind_the_newest_change_blocks_circulation_until_a_librarian_confirms(
        lib, librarian, volunteer, clock):
    store.insert(lib, Record, title="Negeri 5 Menara")
    assert health.circulation_blocked_reason(lib) is None
    clock.advance(days=-3)  # the CMOS battery is flat and the PC lost three days
    reason = health.circulation_blocked_reason(lib)
    assert reason and "earlier than changes already saved" in reason
    with pytest.raises(Refused) as caught:
        health.require_circulation_allowed(lib)
    assert caught.value.reason == "clock"
    with pytest.raises(PermissionDenied):
        health.confirm_clock(lib, volunteer)
    health.confirm_clock(lib, librarian)
    assert health.circulation_blocked_reason(lib) is None
    assert AuditLog.select().where(AuditLog.action == "clock.confirm").count() == 1
    clock.advance(days=-1)  # jumps back again after the confirmation: blocked again
    assert health.circulation_blocked_reason(lib) is not None


def test_an_implausible_clock_is_refused(lib, clock):
    clock.set("2001-01-01T08:00:00+07:00")
    assert "cannot be right" in health.circulation_blocked_reason(lib)


def test_a_clock_years_ahead_of_the_last_change_is_refused(lib, clock):
    clock.advance(days=900)
    assert "long after the last change" in health.circulation_blocked_reason(lib)


def test_a_few_minutes_behind_is_normal(lib, clock):
    store.insert(lib, Record, title="Ayat-Ayat Cinta")
    clock.advance(minutes=-3)
    assert health.circulation_blocked_reason(lib) is None
