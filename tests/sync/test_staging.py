"""Village bundles read ahead into staging files (a second process) while the district applies the one
before: the same rows and refusals as reading each bundle when it is applied."""

from __future__ import annotations

import json
import os
import shutil
import time

import pytest

from pustaka_desktop.core import demo
from pustaka_desktop.core.errors import Cancelled
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.store.models import SyncReplica
from pustaka_desktop.core.sync import bundle, hub, importer, staging

from .sync_helpers import Site, district_and_villages, enrol


@pytest.fixture
def office(tmp_path):
    clock = FixedClock("2026-03-02T09:00:00+07:00")
    district, villages = district_and_villages(tmp_path, clock)
    for n, village in enumerate(villages):
        with village:
            demo.generate(village.lib, "tiny", seed=n + 1)
    yield district, villages
    for site in (district, *villages):
        site.close()


def _replica(district: Site) -> dict[str, tuple]:
    with district:
        return {r.uid: (r.site, r.entity, r.version, r.deleted, json.loads(r.data), r.field_versions)
                for r in SyncReplica.select()}


def test_an_inbox_read_ahead_applies_what_bundles_read_one_by_one_apply(office, tmp_path, monkeypatch):
    district, villages = office
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for village in villages:
        shutil.copy(village.export_to(district), inbox)
    (inbox / "pustaka-XYZ-to-DIN-damaged.zip").write_bytes(b"PK\x03\x04 not a bundle")
    # the importer never reads a bundle itself here: every one was staged by the second process
    monkeypatch.setattr(importer.staging, "stage", lambda *a, **k: pytest.fail("read again in the importer"))
    with district:
        lines = hub.import_folder(district.lib, district.staff, inbox)
    assert sorted(line.result for line in lines) == ["applied", "applied", "rejected"]
    ahead = _replica(district)
    monkeypatch.undo()

    clock = FixedClock("2026-03-02T09:00:00+07:00")
    again = Site(tmp_path / "again", "dinas", "DIN", clock, district=True)
    try:
        for village in villages:
            enrol(village, again, tmp_path)
            again.import_file(village.export_to(again))
        one_by_one = _replica(again)
    finally:
        again.close()
    assert len(ahead) == len(one_by_one) > 100
    assert {uid: row[1:5] for uid, row in ahead.items()} == {uid: row[1:5] for uid, row in one_by_one.items()}


def test_a_staged_file_is_used_only_for_the_rows_its_manifest_names(office, tmp_path):
    """A bundle replaced after it was read ahead (still being copied into a shared folder): the staged
    rows of the old file are not applied; the importer reads the file as it now is."""
    district, (first, second) = office
    bundle_a, bundle_b = first.export_to(district), second.export_to(district)
    opened = bundle.open_bundle(bundle_a)
    with opened.zf:
        stale = staging.stage(opened, tmp_path)
    try:
        with district:
            result = importer.import_bundle(district.lib, district.staff, bundle_b, staged=stale)
        assert result.result == "applied" and result.sender == second.code
        assert {row[0] for row in _replica(district).values()} == {second.lib.site_id}
    finally:
        stale.discard()


def test_reading_ahead_leaves_no_files_and_tidies_what_a_killed_run_left(tmp_path, monkeypatch):
    monkeypatch.setattr(staging.tempfile, "tempdir", str(tmp_path))
    old = tmp_path / (staging.PREFIX + "killed")
    old.mkdir()
    (old / "stage-1.sqlite3").write_bytes(b"x")
    a_day_ago = time.time() - 90_000
    os.utime(old, (a_day_ago, a_day_ago))
    stray = tmp_path / (staging.PREFIX + "1234.sqlite3")  # staged by an importer itself
    stray.write_bytes(b"x")
    os.utime(stray, (a_day_ago, a_day_ago))
    recent = tmp_path / (staging.PREFIX + "running")
    recent.mkdir()  # another run's, today: left alone
    damaged = tmp_path / "damaged.zip"
    damaged.write_bytes(b"not a zip")
    ahead = staging.Ahead([damaged])
    try:
        assert ahead.take(damaged) is None  # unreadable: the importer reads it and says why
    finally:
        ahead.close()
    assert not old.exists() and not stray.exists() and recent.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["damaged.zip", recent.name]


def test_a_cancel_while_waiting_for_the_next_bundle_stops_at_once(office, tmp_path):
    district, (village, _) = office
    path = village.export_to(district)
    ahead = staging.Ahead([path])
    try:
        with pytest.raises(Cancelled):
            ahead.take(path, cancel=lambda: True)
    finally:
        ahead.close()
    assert not ahead.folder.exists()


def test_an_inbox_is_imported_when_no_second_process_can_be_set_up(office, tmp_path, monkeypatch):
    """No scratch folder for the reader (a full or read-only temporary folder): each bundle is read by
    the importer itself, as a single bundle is."""
    district, (village, _) = office
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    shutil.copy(village.export_to(district), inbox)

    def no_folder(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(staging.tempfile, "mkdtemp", no_folder)
    with district:
        lines = hub.import_folder(district.lib, district.staff, inbox)
    assert [line.result for line in lines] == ["applied"]
    assert _replica(district)
