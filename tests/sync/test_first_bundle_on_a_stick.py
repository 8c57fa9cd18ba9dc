"""A village's first bundle on a USB stick as sticks really are: nearly full, or taken out too early. The
librarian reads what happened in words, nothing on the stick looks like a bundle when it is not one, and the
bundle is not counted as made."""

from __future__ import annotations

import errno
import shutil
from pathlib import Path

import pytest

from pustaka_desktop.core.errors import PustakaError, Refused
from pustaka_desktop.core.store import files
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.store.models import Item, Record, SyncBundleLog
from pustaka_desktop.core.sync import bundle, export, hub

from .sync_helpers import village_and_district


def _moved_in(village, records: int = 300) -> None:
    with village:
        for n in range(records):
            record = store.insert(village.lib, Record, title=f"Cerita rakyat Nusantara {n}", isbn="",
                                  notes=f"Dari SLiMS, baris {n}; " * 5)
            store.insert(village.lib, Item, record=record, barcode=f"B{n:06d}")


def _made(village) -> list[str]:
    with village:
        return [row.result for row in SyncBundleLog.select().where(SyncBundleLog.direction == "out")]


class _FullAfter:
    """A file on a stick that is full after ``room`` bytes."""

    def __init__(self, handle, room: int) -> None:
        self._handle, self._room = handle, room

    def write(self, data):
        if len(data) > self._room:
            raise OSError(errno.ENOSPC, "No space left on device")
        self._room -= len(data)
        return self._handle.write(data)

    def __getattr__(self, name):
        return getattr(self._handle, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self._handle.close()


def test_a_nearly_full_stick_says_so_and_leaves_nothing_that_looks_like_a_bundle(tmp_path, monkeypatch):
    village, district = village_and_district(tmp_path, FixedClock("2026-03-02T09:00:00+07:00"))
    _moved_in(village)
    stick = tmp_path / "usb"
    stick.mkdir()
    real_open = open
    monkeypatch.setattr(files, "open", lambda path, mode="r", *a, **k: _FullAfter(real_open(path, mode, *a, **k),
                                                                                  20_000), raising=False)
    with pytest.raises(PustakaError, match="full") as caught:
        with village:
            export.export_bundle(village.lib, village.staff, "DIN", stick)
    assert "Traceback" not in caught.value.message() and str(stick) in caught.value.message()
    assert list(stick.iterdir()) == []  # no bundle, no half-written .partial
    assert _made(village) == []
    monkeypatch.undo()  # room made on the stick: the same first bundle is written and goes in
    path = village.export_to(district)
    assert district.import_file(path).result == "applied"


def test_a_stick_taken_out_while_the_bundle_is_read_back_is_said_in_words(tmp_path, monkeypatch):
    village, district = village_and_district(tmp_path, FixedClock("2026-03-02T09:00:00+07:00"))
    _moved_in(village, 50)
    stick = tmp_path / "usb"
    stick.mkdir()

    def taken_out(path):  # the read-back finds the stick gone: the drive answers nothing any more
        raise OSError(errno.EIO, "Input/output error")

    real_unlink = Path.unlink

    def unlink(self, missing_ok=False):
        if self.parent == stick:
            raise OSError(errno.EIO, "Input/output error")
        return real_unlink(self, missing_ok)

    monkeypatch.setattr(bundle, "open_bundle", taken_out)
    monkeypatch.setattr(Path, "unlink", unlink)
    with pytest.raises(Refused, match="taken out") as caught:
        with village:
            export.export_bundle(village.lib, village.staff, "DIN", stick)
    assert caught.value.reason == "verify-failed"
    monkeypatch.undo()
    assert _made(village) == []  # not counted as made: the next one carries the same changes
    # what the stick holds went through the whole write before the read-back: the district checks it as any
    # bundle, and the village's next bundle carries the same changes in any case
    (left,) = hub.bundle_files(stick)
    assert district.import_file(left).result == "applied"


def test_a_stick_taken_out_while_the_bundle_is_written_leaves_no_bundle_the_district_would_read(tmp_path,
                                                                                                monkeypatch):
    village, district = village_and_district(tmp_path, FixedClock("2026-03-02T09:00:00+07:00"))
    _moved_in(village)
    stick = tmp_path / "usb"
    stick.mkdir()
    real_write = bundle._write_lines

    def pulled(out, lines, cancel, batch=5000):
        shutil.copytree(stick, tmp_path / "stick-as-it-was")  # what the stick held when it was taken out
        raise OSError(errno.EIO, "Input/output error")

    monkeypatch.setattr(bundle, "_write_lines", pulled)
    with pytest.raises(PustakaError, match="USB stick removed"):
        with village:
            export.export_bundle(village.lib, village.staff, "DIN", stick)
    monkeypatch.setattr(bundle, "_write_lines", real_write)
    as_it_was = tmp_path / "stick-as-it-was"
    assert [p.suffix for p in as_it_was.iterdir()] == [".partial"]  # never under a bundle's name
    assert hub.bundle_files(as_it_was) == []  # the district's folder import passes it by
    assert _made(village) == []
