"""Streaming bundles: rows made by SQLite, files read a batch at a time, rows new at the district copied
by SQL. The same results and refusals as the row-by-row path."""

from __future__ import annotations

import json
import zipfile

import pytest

from pustaka_desktop.core import demo
from pustaka_desktop.core.errors import Refused
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import SYNC_MODELS, Member, Record, SyncBundleLog, SyncReplica
from pustaka_desktop.core.sync import bundle, changes, keys, staging


def test_sql_made_lines_are_the_same_documents_as_python_rows(pair):
    village, _ = pair
    with village:
        demo.generate(village.lib, "tiny")
        record = Record.select().first()
        store.update(village.lib, record, cover=b"\x89PNG fake cover")
        member = Member.select().first()
        store.update(village.lib, member, photo=b"\xff\xd8 fake photo")
        for full in (True, False):
            encoder = changes.Encoder(village.lib, full_members=full)
            for model in SYNC_MODELS:
                rows = list(encoder.rows(model))
                assert [json.loads(line) for line in encoder.lines(model)] == rows, model
        photographed = [json.loads(line) for line in changes.Encoder(village.lib).lines(Member)
                        if json.loads(line)["u"] == member.uid][0]
        assert photographed["f"]["photo"]  # a blob travels as base64 (full member records)
        covered = [json.loads(line) for line in changes.Encoder(village.lib).lines(Record)
                   if json.loads(line)["u"] == record.uid][0]
        assert "cover" not in covered["f"]  # a cover stays on the PC (changes.LOCAL_FIELDS)


def _rewrite(src, path, lib, mutate_lines):
    """The bundle ``src`` with its rows changed by ``mutate_lines`` and the manifest re-signed."""
    with zipfile.ZipFile(src) as zf:
        files = {n: zf.read(n) for n in zf.namelist()}
    manifest = json.loads(files["manifest.json"])
    manifest.pop("files")
    lines = mutate_lines(files[bundle.CHANGES].decode().splitlines())
    data = {bundle.CHANGES: ("\n".join(lines) + "\n").encode()}
    with lib.bound():
        path.write_bytes(bundle.build({**manifest, "bundle_id": manifest["bundle_id"] + "x"}, data,
                                      lambda b: keys.sign(lib, b)))
    return path


def test_batches_stream_every_line_and_refuse_an_altered_file_before_its_end(pair, tmp_path):
    village, district = pair
    with village:
        demo.generate(village.lib, "tiny")
    path = village.export_to(district)
    opened = bundle.open_bundle(path)
    with opened.zf:
        batches = list(opened.batches(bundle.CHANGES, size=7))
        whole = opened.zf.read(bundle.CHANGES).splitlines()
    assert len(batches) > 10 and [line for batch in batches for line in batch] == whole

    altered = tmp_path / "altered.zip"
    with zipfile.ZipFile(path) as zf, zipfile.ZipFile(altered, "w") as out:
        for name in zf.namelist():
            data = zf.read(name)
            out.writestr(name, data.replace(b'"e":"visit"', b'"e":"vizit"') if name == bundle.CHANGES else data)
    opened = bundle.open_bundle(altered)
    seen = []
    with opened.zf, pytest.raises(Refused) as err:
        for batch in opened.batches(bundle.CHANGES, size=7):
            seen.extend(batch)
    assert err.value.reason == "tampered" and len(seen) < len(whole)  # the end was never given out


def test_altered_copy_of_an_applied_bundle_is_refused_not_already(pair, tmp_path):
    village, district = pair
    with village:
        store.insert(village.lib, Record, title="Satu")
    good = village.export_to(district)
    assert district.import_file(good).result == "applied"
    assert district.import_file(good).result == "already"
    altered = tmp_path / "altered.zip"
    with zipfile.ZipFile(good) as zf, zipfile.ZipFile(altered, "w") as out:
        for name in zf.namelist():
            data = zf.read(name)
            out.writestr(name, data.replace(b"Satu", b"Dua!") if name == bundle.CHANGES else data)
    with pytest.raises(Refused) as err:
        district.import_file(altered)
    assert err.value.reason == "tampered"


def test_a_row_twice_in_one_bundle_merges_at_the_district(pair, tmp_path):
    village, district = pair
    with village:
        record = store.insert(village.lib, Record, title="Lama")
    first = village.export_to(district)
    with village:
        store.update(village.lib, record, title="Baru")
        newer = json.loads(next(changes.Encoder(village.lib).lines(Record, "WHERE uid = ?", [record.uid])))

    def twice(lines):
        return [*lines, json.dumps(newer)]

    path = _rewrite(first, tmp_path / "twice.zip", village.lib, twice)
    result = district.import_file(path)
    assert result.result == "applied"
    with district:
        row = SyncReplica.get(SyncReplica.uid == record.uid)
        assert json.loads(row.data)["title"] == "Baru" and row.version == newer["v"]


@pytest.mark.parametrize("damage", ["no-fv", "fv-without-version", "bad-version", "unknown-entity", "not-json",
                                    "two-documents", "a-string", "an-array"])
def test_a_bad_row_anywhere_refuses_the_whole_bundle(pair, tmp_path, damage, monkeypatch):
    village, district = pair
    scratch = tmp_path / "scratch"  # where the district stages a bundle's rows (``staging``)
    scratch.mkdir()
    monkeypatch.setattr(staging.tempfile, "tempdir", str(scratch))
    with village:
        demo.generate(village.lib, "tiny")
    good = village.export_to(district)

    def spoil(lines):
        doc = json.loads(lines[-1])
        if damage == "no-fv":
            doc.pop("fv")
        elif damage == "fv-without-version":  # field versions but not the row's own ("*")
            doc["fv"] = {"title": doc["v"]}
        elif damage == "bad-version":
            doc["v"] = "yesterday"
        elif damage == "unknown-entity":
            doc["e"] = "spaceship"
        last = {"not-json": "{not json", "two-documents": f"{json.dumps(doc)}, {json.dumps(doc)}",
                "a-string": '"just text"', "an-array": "[]"}.get(damage, json.dumps(doc))
        return [*lines[:-1], last]

    bad = _rewrite(good, tmp_path / "bad.zip", village.lib, spoil)
    with pytest.raises(Refused) as err:
        district.import_file(bad)
    assert err.value.reason in {"bad-row", "damaged"}
    with district:
        assert SyncReplica.select().count() == 0  # nothing of the rows before it stayed
        assert not SyncBundleLog.select().where(SyncBundleLog.result == "applied").exists()
    assert not list(scratch.iterdir())  # its staged rows are gone too
    assert district.import_file(good).result == "applied"
