"""A backup folder on the database's own disk (D:\\Backup on the one hard disk of the PC, a folder on C:)
is still a backup, but it dies with the disk: the reminder keeps saying no copy left this PC, and the
librarian is told why when that folder is chosen. A USB stick, a network drive or another disk counts."""

from __future__ import annotations

import os

import pytest

from pustaka_desktop.cli import main
from pustaka_desktop.core.store import backup, disks, move
from pustaka_desktop.core.store.backup_reminder import reminder
from pustaka_desktop.core.store.disks import disk_of as real_disk_of

SAME_DISK_WORDS = "same disk as the library"


def _folder(tmp_path, name):
    folder = tmp_path / name
    folder.mkdir()
    return folder


@pytest.fixture
def real_disks(monkeypatch):
    """Ask the system which disk a folder is on (the temp dir is one disk, like C: and C:\\Backup)."""
    monkeypatch.setattr(disks, "disk_of", real_disk_of)


@pytest.fixture
def stick_on_its_own_disk(monkeypatch):
    """Folders named FLASHDISK are a USB stick; every other folder is on the PC's hard disk."""
    monkeypatch.setattr(disks, "disk_of", lambda folder: frozenset(
        {"usb" if "FLASHDISK" in str(folder) else "hdd0"}))


def test_a_folder_on_the_databases_disk_is_not_a_copy_off_this_pc(lib, librarian, tmp_path, real_disks):
    saved = backup.backup_to(lib, librarian, _folder(tmp_path, "Backup"))
    assert saved.exists() and backup.check_file(saved)  # still a good backup
    shown = reminder(lib)
    assert shown.last_off_pc is None and shown.off_pc_due
    assert "No backup has been copied to a USB stick yet" in shown.off_pc_text()


def test_a_copy_on_a_stick_counts_and_one_on_the_hard_disk_after_it_does_not_undo_it(
        lib, librarian, tmp_path, stick_on_its_own_disk):
    on_stick = backup.backup_to(lib, librarian, _folder(tmp_path, "FLASHDISK"))
    backup.backup_to(lib, librarian, _folder(tmp_path, "D-Backup"))
    assert reminder(lib).last_off_pc.file == on_stick.name and not reminder(lib).off_pc_due


def test_the_move_file_on_the_same_disk_is_not_a_copy_off_this_pc(lib, librarian, tmp_path, real_disks):
    assert move.pack(lib, librarian, _folder(tmp_path, "Pindahan")).exists()
    assert reminder(lib).last_off_pc is None


def test_cli_backup_to_a_folder_on_the_same_disk_says_why_it_does_not_count(tmp_path, capsys, real_disks):
    db = str(tmp_path / "lib.sqlite3")
    assert main(["--lang", "en", "--db", db, "demo", "--size", "tiny"]) == 0
    capsys.readouterr()
    assert main(["--lang", "en", "--db", db, "backup", "-o", str(_folder(tmp_path, "Backup"))]) == 0
    out = capsys.readouterr().out
    assert "checked" in out and SAME_DISK_WORDS in out
    assert main(["--lang", "en", "--db", db, "backups", "--json"]) == 0
    assert '"off_pc_due": true' in capsys.readouterr().out


def test_cli_backup_to_a_stick_says_nothing_of_the_disk(tmp_path, capsys, stick_on_its_own_disk):
    db = str(tmp_path / "lib.sqlite3")
    assert main(["--lang", "en", "--db", db, "demo", "--size", "tiny"]) == 0
    capsys.readouterr()
    assert main(["--lang", "en", "--db", db, "backup", "-o", str(_folder(tmp_path, "FLASHDISK"))]) == 0
    assert SAME_DISK_WORDS not in capsys.readouterr().out


# -- which disk: Linux partitions, Windows drive letters ----------------------------------------------------


def _sysfs(tmp_path):
    """/sys/dev/block as Linux lays it out: sda with two partitions, and a USB stick sdb with one."""
    devices = tmp_path / "sys" / "devices" / "pci0000:00" / "block"
    for disk, parts in (("sda", ("sda1", "sda2")), ("sdb", ("sdb1",))):
        for part in parts:
            (devices / disk / part).mkdir(parents=True)
            (devices / disk / part / "partition").write_text(part[-1])
    block = tmp_path / "sys" / "dev" / "block"
    block.mkdir(parents=True)
    for number, disk, part in ((1, "sda", "sda1"), (2, "sda", "sda2"), (17, "sdb", "sdb1")):
        (block / f"8:{number}").symlink_to(devices / disk / part)
    (block / "8:0").symlink_to(devices / "sda")
    return block


def test_linux_partitions_of_one_disk_are_one_disk(tmp_path):
    block = _sysfs(tmp_path)
    root, home, stick = (disks._linux_disks(os.makedev(8, minor), block) for minor in (1, 2, 17))
    assert root == home == disks._linux_disks(os.makedev(8, 0), block)
    assert not root & stick
    assert disks._linux_disks(os.makedev(0, 42), block) is None  # no block device of its own: st_dev decides


def _extents(*disk_numbers):
    """VOLUME_DISK_EXTENTS as DeviceIoControl fills it: a count, then 24-byte extents."""
    raw = len(disk_numbers).to_bytes(4, "little") + bytes(4)
    for number in disk_numbers:
        raw += number.to_bytes(4, "little") + bytes(4) + (1 << 20).to_bytes(8, "little") + (1 << 30).to_bytes(8, "little")
    return raw


def test_windows_c_and_d_on_one_hard_disk_are_one_disk_and_a_stick_or_usb_disk_is_not(monkeypatch):
    drives = {"C:": (disks.DRIVE_FIXED, _extents(0)), "D:": (disks.DRIVE_FIXED, _extents(0)),
              "E:": (2, None),  # DRIVE_REMOVABLE: a flash disk
              "F:": (disks.DRIVE_FIXED, _extents(1)),  # a USB hard disk shows as fixed, on a disk of its own
              "Z:": (4, None)}  # DRIVE_REMOTE: the district office's share
    monkeypatch.setattr(disks, "_windows_volume", lambda drive: drives[drive])
    c, d, e, f, z = (disks._windows_disks(drive) for drive in ("C:", "D:", "E:", "F:", "Z:"))
    assert c & d
    assert not c & e and not c & f and not c & z
    assert disks.disk_numbers(_extents(0, 2)) == {0, 2}  # a volume spanning two disks
