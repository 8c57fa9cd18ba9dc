"""Fixed tests for each sync rule and each refusal."""

from __future__ import annotations

import json
import zipfile

import pytest

from pustaka_desktop.core import demo
from pustaka_desktop.core.errors import Refused
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.store.models import (
    ChangeLog,
    Item,
    Loan,
    Member,
    Record,
    SyncConflict,
    SyncException,
    SyncPeer,
    SyncReplica,
    UnionLink,
)
from pustaka_desktop.core.sync import bundle, changes, conflicts, enrolment, hub, keys, union

from .sync_helpers import Site, both_databases, enrol


def test_enrolment_shows_matching_fingerprints_and_assigns_code(tmp_path):
    clock = FixedClock("2026-03-02T09:00:00+07:00")
    district = Site(tmp_path, "dinas", "DIN", clock, district=True)
    village = Site(tmp_path, "suka", "SKM", clock)
    request, answer = tmp_path / "req.json", tmp_path / "ans.json"
    with village:
        shown_village = enrolment.make_request(village.lib, village.staff, request)
    assert enrolment.read_request(request)["fingerprint"] == shown_village
    with district:
        peer = enrolment.accept_request(district.lib, district.staff, request, answer, code="SKM02")
        assert peer.code == "SKM02"
        district_print = keys.own_fingerprint(district.lib)
    assert enrolment.read_answer(answer)["fingerprint"] == district_print
    with village:
        enrolment.finish(village.lib, village.staff, answer)
        assert village.lib.profile.code == "SKM02"
        assert SyncPeer.get().kind == "district"
        # the private key never sits in the database or the request file
        assert "PRIVATE" not in request.read_text()
        assert (keys.key_dir(village.lib) / "site.key").exists()


def test_tampered_enrolment_request_is_refused(tmp_path):
    clock = FixedClock("2026-03-02T09:00:00+07:00")
    district = Site(tmp_path, "dinas", "DIN", clock, district=True)
    village = Site(tmp_path, "suka", "SKM", clock)
    request = tmp_path / "req.json"
    with village:
        enrolment.make_request(village.lib, village.staff, request)
    doc = json.loads(request.read_text())
    doc["name"] = "Perpustakaan Palsu"
    request.write_text(json.dumps(doc))
    with district, pytest.raises(Refused) as err:
        enrolment.accept_request(district.lib, district.staff, request, tmp_path / "a.json")
    assert err.value.reason == "bad-signature"


@both_databases
def test_snapshot_then_incremental_reaches_district_pseudonymised(pair):
    village, district = pair
    with village:
        demo.generate(village.lib, "tiny")
        member = Member.select().first()
    first = village.export_to(district)
    result = district.import_file(first)
    assert result.result == "applied" and result.rows > 100
    with village:
        local = changes.dump_local(village.lib, full_members=False)
    with district:
        remote = changes.dump_replica(village.lib.site_id)
        assert remote == local
        data = json.loads(SyncReplica.get(SyncReplica.uid == member.uid).data)
        assert "name" not in data and "phone" not in data and "nik" not in data and data["age_band"]
        assert union.counts(district.lib)["copies"] == 100
    # acknowledgement travels back; the next bundle only carries what changed
    back = district.export_to(village)
    village.import_file(back)
    with village:
        record = Record.select().first()
        store.update(village.lib, record, title="Judul Baru")
    second = village.export_to(district)
    with zipfile.ZipFile(second) as zf:
        manifest = json.loads(zf.read("manifest.json"))
    assert manifest["snapshot"] is False and manifest["files"]["changes.jsonl"]["records"] == 1
    district.import_file(second)
    with district:
        assert json.loads(SyncReplica.get(SyncReplica.uid == record.uid).data)["title"] == "Judul Baru"


@both_databases
def test_duplicate_and_out_of_order_bundles_give_the_same_result(pair):
    village, district = pair
    with village:
        record = store.insert(village.lib, Record, title="Satu")
    b1 = village.export_to(district)
    with village:
        store.update(village.lib, record, title="Dua")
        store.insert(village.lib, Record, title="Tiga")
    b2 = village.export_to(district)
    assert district.import_file(b2).result == "applied"
    assert district.import_file(b1).result == "applied"  # older, arrives late: merges to nothing new
    assert district.import_file(b2).result == "already"
    with district:
        assert json.loads(SyncReplica.get(SyncReplica.uid == record.uid).data)["title"] == "Dua"
    with village:
        local = changes.dump_local(village.lib, False)
    with district:
        assert changes.dump_replica(village.lib.site_id) == local


def test_lost_stick_costs_nothing(pair):
    village, district = pair
    with village:
        store.insert(village.lib, Record, title="Hilang di jalan")
    lost = village.export_to(district)
    lost.unlink()
    again = village.export_to(district)
    district.import_file(again)
    with district:
        titles = [json.loads(r.data)["title"] for r in SyncReplica.select().where(SyncReplica.entity == "record")]
    assert "Hilang di jalan" in titles


def test_tombstone_never_comes_back_from_an_old_edit(pair):
    village, district = pair
    with village:
        record = store.insert(village.lib, Record, title="Akan dihapus")
    old = village.export_to(district)
    with village:
        store.delete(village.lib, Record.get_by_id(record.id))
    new = village.export_to(district)
    district.import_file(new)
    district.import_file(old)
    with district:
        assert SyncReplica.get(SyncReplica.uid == record.uid).deleted


@both_databases
def test_concurrent_edit_keeps_loser_in_conflict_list_and_can_be_reversed(pair):
    village, district = pair
    with village:
        record = store.insert(village.lib, Record, title="Asli", publisher="Gramedia")
    district.import_file(village.export_to(district))
    village.import_file(district.export_to(village))
    with district:
        link = UnionLink.select().where(UnionLink.record_uid == record.uid).bind(district.lib.union_db()).get()
        hub.edit_record(district.lib, district.staff, link.union_id, title="Versi Dinas")
    village.clock.advance(minutes=5)
    with village:
        store.update(village.lib, Record.get_by_id(record.id), title="Versi Desa")
    village.import_file(district.export_to(village))  # the district's edit is older: village wins
    with village:
        assert Record.get_by_id(record.id).title == "Versi Desa"
        conflict = SyncConflict.get()
        assert json.loads(conflict.lost_value) == "Versi Dinas"
        conflicts.reverse(village.lib, village.staff, conflict.id)
        assert Record.get_by_id(record.id).title == "Versi Dinas"
    district.import_file(village.export_to(district))
    with district:
        assert json.loads(SyncReplica.get(SyncReplica.uid == record.uid).data)["title"] == "Versi Dinas"


def test_sequential_edit_is_not_a_conflict(pair):
    village, district = pair
    with village:
        record = store.insert(village.lib, Record, title="Awal")
        store.update(village.lib, record, title="Desa")
    district.import_file(village.export_to(district))
    with district:
        link = UnionLink.select().where(UnionLink.record_uid == record.uid).bind(district.lib.union_db()).get()
        hub.edit_record(district.lib, district.staff, link.union_id, title="Dinas")
    village.import_file(district.export_to(village))
    with village:
        assert Record.get_by_id(record.id).title == "Dinas"
        assert SyncConflict.select().count() == 0


def test_same_copy_lent_twice_goes_to_exceptions(pair):
    village, district = pair
    with village:
        demo.generate(village.lib, "tiny")
        open_loan = Loan.select().where(Loan.returned_at.is_null()).first()
        store.insert(village.lib, Loan, item=open_loan.item_id, member=open_loan.member_id,
                     loaned_at=open_loan.loaned_at, due_on=open_loan.due_on)
    district.import_file(village.export_to(district))
    with district:
        found = SyncException.get()
        assert found.kind == "double-loan" and open_loan.uid in found.detail


def _resign(src, path, lib, mutate):
    with zipfile.ZipFile(src) as zf:
        files = {n: zf.read(n) for n in zf.namelist()}
    manifest = json.loads(files["manifest.json"])
    data = {n: files[n] for n in bundle.DATA_FILES if n in files}
    manifest, data = mutate(manifest, data)
    manifest.pop("files", None)
    with lib.bound():
        raw = bundle.build(manifest, data, lambda b: keys.sign(lib, b))
    path.write_bytes(raw)
    return path


def _refusal(district, path):
    with district:
        before = SyncReplica.select().count()
    with pytest.raises(Refused) as err:
        district.import_file(path)
    with district:
        assert SyncReplica.select().count() == before  # a bad bundle changed nothing
    return err.value.reason


def test_refusals(pair, tmp_path):
    village, district = pair
    with village:
        store.insert(village.lib, Record, title="Satu")
    good = village.export_to(district)
    raw = good.read_bytes()

    truncated = tmp_path / "truncated.zip"
    truncated.write_bytes(raw[: len(raw) // 2])
    assert _refusal(district, truncated) == "damaged"

    tampered = tmp_path / "tampered.zip"
    with zipfile.ZipFile(good) as zf, zipfile.ZipFile(tampered, "w") as out:
        for name in zf.namelist():
            data = zf.read(name)
            if name == "changes.jsonl":
                data = data.replace(b"Satu", b"Dua!")
            out.writestr(name, data)
    assert _refusal(district, tampered) == "tampered"

    forged = tmp_path / "forged.zip"
    with zipfile.ZipFile(good) as zf, zipfile.ZipFile(forged, "w") as out:
        for name in zf.namelist():
            data = zf.read(name)
            if name == "manifest.json":
                data = data.replace(b'"snapshot": true', b'"snapshot": false')
            out.writestr(name, data)
    assert _refusal(district, forged) == "bad-signature"

    traversal = tmp_path / "traversal.zip"
    with zipfile.ZipFile(good) as zf, zipfile.ZipFile(traversal, "w") as out:
        for name in zf.namelist():
            out.writestr(name, zf.read(name))
        out.writestr("../../evil.txt", b"x")
    assert _refusal(district, traversal) == "unsafe-path"

    too_new = _resign(good, tmp_path / "new.zip", village.lib, lambda m, d: ({**m, "schema": 999}, d))
    assert _refusal(district, too_new) == "schema-too-new"

    wrong = _resign(good, tmp_path / "wrong.zip", village.lib,
                    lambda m, d: ({**m, "receiver": {"site": "someone-else", "code": "X"}}, d))
    assert _refusal(district, wrong) == "wrong-receiver"

    # a re-signed bundle from a key that is not the village's
    stranger = Site(tmp_path, "asing", "ASG", village.clock)
    evil = _resign(good, tmp_path / "evil.zip", stranger.lib, lambda m, d: (m, d))
    assert _refusal(district, evil) == "bad-signature"
    stranger.close()

    with district:
        enrolment.revoke(district.lib, district.staff, village.lib.site_id)
    assert _refusal(district, good) == "revoked"


def test_bundle_from_unknown_site_is_refused(pair, tmp_path):
    village, district = pair
    clock = village.clock
    other_district = Site(tmp_path, "dinas2", "DN2", clock, district=True)
    village2 = Site(tmp_path, "lain", "LAN", clock)
    enrol(village2, other_district, tmp_path)
    with village2:
        store.insert(village2.lib, Record, title="Asing")
    path = village2.export_to(other_district)
    with pytest.raises(Refused) as err:
        district.import_file(path)
    assert err.value.reason == "wrong-receiver"  # said first: the officer gives it back, no enrolment needed
    other_district.close()
    village2.close()


def test_copied_database_must_be_confirmed(pair, tmp_path):
    village, district = pair
    import shutil

    copy_path = tmp_path / "copy" / "db.sqlite3"
    copy_path.parent.mkdir()
    with village:
        village.lib.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(village.lib.path, copy_path)
    from pustaka_desktop.core.service import Library

    copy = Library.open(copy_path, village.clock)
    with copy.bound():
        assert keys.instance_problem(copy) == "no-keys"
        with pytest.raises(Refused) as err:
            from pustaka_desktop.core.sync import export

            export.export_bundle(copy, village.staff, district.lib.site_id, tmp_path)
        assert err.value.reason == "copied-database"
        said = err.value.message()
        assert "folder of its sync keys is not beside it" in said and "no-keys" not in said  # (words, not its code)
        old_site = copy.site_id
        new_site = keys.resolve_copy(copy, village.staff, keep_site=False)
        assert new_site != old_site and keys.instance_problem(copy) == ""
        assert SyncPeer.select().count() == 0  # must enrol again
    copy.close()


@both_databases
def test_catalog_pack_fills_a_new_isbn_offline(pair):
    village, district = pair
    with village:
        record = store.insert(village.lib, Record, title="Laskar Pelangi", isbn="9789793062792",
                              authors=json.dumps([{"name": "Andrea Hirata"}]))
        store.insert(village.lib, Item, record=record.id, barcode="SKM1")
    district.import_file(village.export_to(district))
    village.import_file(district.export_to(village))
    from pustaka_desktop.core.sync import catalog_pack

    with village:
        found = catalog_pack.lookup_isbn(village.lib, "979-3062-79-7")
        assert found["title"] == "Laskar Pelangi"
        assert catalog_pack.lookup_isbn(village.lib, "9786020000000") is None


@both_databases
def test_grant_package_arrives_ready_to_lend_and_is_marked_received(pair):
    village, district = pair
    from pustaka_desktop.core.store.models import GrantPackage
    from pustaka_desktop.core.sync import grants

    with district:
        grants.create(district.lib, district.staff, "SKM", "Bantuan Perpusnas 2026", [
            {"title": "Buku Tani", "author": "Budi", "barcode": "HIBAH001",
             "accession_no": "H/001"},
            {"title": "Buku Tani", "author": "Budi", "barcode": "HIBAH002", "accession_no": "H/002"},
        ])
    path = district.export_to(village)
    village.import_file(path)
    village.import_file(path)  # twice: no duplicate copies
    with village:
        items = list(Item.select().where(Item.source == "grant"))
        assert sorted(i.barcode for i in items) == ["HIBAH001", "HIBAH002"]
        assert all(i.status == "available" for i in items)
        assert Record.select().where(Record.title == "Buku Tani").count() == 1
    district.import_file(village.export_to(district))
    with district:
        assert GrantPackage.get().status == "received"
        assert union.counts(district.lib)["copies"] == 2


def test_clock_restart_remembers_imported_versions(pair):
    village, district = pair
    village.clock.advance(days=3)  # the village PC runs days ahead
    with village:
        store.insert(village.lib, Record, title="Masa depan")
    district.import_file(village.export_to(district))
    with district:
        highest = ChangeLog.select().order_by(ChangeLog.version.desc()).first().version
        assert highest.endswith(village.lib.site_id)


def test_a_records_cover_stays_on_the_village_pc(pair):
    """Covers do not travel: the district shows none, and a village that brought SLiMS's pictures in
    would send thousands. A record the district edits keeps its cover at the village."""
    import io

    from PIL import Image

    from pustaka_desktop.core.catalog import covers

    village, district = pair
    picture = io.BytesIO()
    Image.new("RGB", (300, 450), (20, 90, 160)).save(picture, "JPEG")
    with village:
        record = store.insert(village.lib, Record, title="Laskar Pelangi", publisher="Bentang")
        covers.set_cover(village.lib, village.staff, record, picture.getvalue())
    first = village.export_to(district)
    with zipfile.ZipFile(first) as zf:
        lines = [json.loads(line) for name in zf.namelist() if name.endswith(".jsonl")
                 for line in zf.read(name).decode().splitlines() if line]
    sent = [doc for doc in lines if doc.get("u") == record.uid]
    assert sent and all("cover" not in doc["f"] and "cover" not in doc.get("fv", {}) for doc in sent)
    district.import_file(first)
    village.import_file(district.export_to(village))
    with district:
        assert "cover" not in json.loads(SyncReplica.get(SyncReplica.uid == record.uid).data)
        link = UnionLink.select().where(UnionLink.record_uid == record.uid).bind(district.lib.union_db()).get()
        hub.edit_record(district.lib, district.staff, link.union_id, title="Laskar pelangi")
    village.import_file(district.export_to(village))
    with village:
        kept = Record.get_by_id(record.id)
        assert kept.title == "Laskar pelangi" and kept.cover is not None  # the district's edit, the village's cover

