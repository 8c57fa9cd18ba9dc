"""A full disk, a read-only stick and a stick pulled out mid-save: a clear message, no file that looks
complete but is not, the old file (if any) intact, and the database untouched."""

import builtins
import errno
import shutil
import sqlite3

import pytest

from pustaka_desktop.core import audit_log, auth
from pustaka_desktop.core.errors import PustakaError
from pustaka_desktop.core.store import backup, files
from pustaka_desktop.core.store import db as dbmod
from pustaka_desktop.core.store.models import AuditLog


class _FillsUp:
    """A file handle on a disk that is full after ``room`` bytes."""

    def __init__(self, handle, room):
        self._handle, self._room = handle, room

    def write(self, data):
        if len(data) > self._room:
            self._handle.write(data[: self._room])
            raise OSError(errno.ENOSPC, "No space left on device")
        self._room -= len(data)
        return self._handle.write(data)

    def __getattr__(self, name):
        return getattr(self._handle, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._handle.close()


def _full_disk(monkeypatch, room=100):
    real_open = builtins.open
    monkeypatch.setattr(files, "open", lambda path, mode="r", *a, **k: _FillsUp(real_open(path, mode, *a, **k), room),
                        raising=False)


def _state(lib):
    return AuditLog.select().count()


def test_full_disk_keeps_the_old_export_and_leaves_no_partial_file(lib, librarian, tmp_path, monkeypatch):
    target = tmp_path / "audit.csv"
    audit_log.export(lib, librarian, target)
    before_bytes = target.read_bytes()
    for _ in range(50):
        auth.audit(lib, librarian, "catalog.delete", "record", "x" * 20)
    before = _state(lib)
    _full_disk(monkeypatch)
    with pytest.raises(PustakaError, match="full") as caught:
        audit_log.export(lib, librarian, target)
    assert str(target) in caught.value.message()
    assert target.read_bytes() == before_bytes
    assert [p.name for p in tmp_path.glob("audit.csv*")] == ["audit.csv"]
    assert _state(lib) == before  # the failed export was not logged as done


def test_full_disk_on_fsync_is_reported_too(tmp_path, monkeypatch):
    def no_room(fd):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(files.os, "fsync", no_room)
    with pytest.raises(PustakaError, match="full"):
        files.write_bytes(tmp_path / "x.pdf", b"%PDF" * 1000)
    assert list(tmp_path.iterdir()) == []


def test_read_only_stick(lib, librarian, tmp_path, monkeypatch):
    def read_only(path, mode="r", *a, **k):
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr(files, "open", read_only, raising=False)
    with pytest.raises(PustakaError, match="read-only"):
        audit_log.export(lib, librarian, tmp_path / "a.xlsx")
    assert list(tmp_path.glob("a.xlsx*")) == []


def test_stick_removed_before_saving(lib, librarian, tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    shutil.rmtree(stick)
    before = _state(lib)
    with pytest.raises(PustakaError, match="not there any more"):
        audit_log.export(lib, librarian, stick / "audit.csv")
    with pytest.raises(PustakaError, match="not there any more"):
        backup.backup_to(lib, librarian, stick)
    assert _state(lib) == before


def test_stick_pulled_out_while_writing(tmp_path):
    stick = tmp_path / "usb"
    stick.mkdir()
    with pytest.raises(PustakaError, match="not there any more"):
        with files.atomic_write(stick / "bundle.zip") as handle:
            handle.write(b"PK" * 1000)
            shutil.rmtree(stick)  # gone before the rename
    assert not stick.exists()


def test_backup_to_a_full_stick(lib, librarian, tmp_path, monkeypatch):
    def full(db, target):
        partial = target.with_name(target.name + ".partial")
        partial.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)  # what a half-made copy looks like
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(dbmod, "backup", full)
    usb = tmp_path / "usb"
    usb.mkdir()
    before = _state(lib)
    with pytest.raises(PustakaError, match="full"):
        backup.backup_to(lib, librarian, usb)
    assert list(usb.iterdir()) == []
    assert _state(lib) == before
