"""A move-in after the first bundle: a bulk import logs one change-log line a batch (store.log_lines), and
the next bundle still carries every record and copy it wrote, each once; the sync screen counts them."""

from __future__ import annotations

import json
import zipfile

from pustaka_desktop.core import demo
from pustaka_desktop.core.interop import importer, slims
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import ChangeLog, Item, Record, SyncReplica
from pustaka_desktop.core.sync import status, union


def _slims_biblio(path, count):
    lines = [",".join(slims.BIBLIO_COLUMNS)]
    for n in range(count):
        values = {"title": f"Budidaya lele jilid {n}", "gmd_name": "Text", "publish_year": "2019",
                  "authors": "<Tim Penyusun>", "item_code": f"<P{n:05d}a><P{n:05d}b>"}
        lines.append(",".join(f'"{values.get(c, "")}"' for c in slims.BIBLIO_COLUMNS))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_bulk_import_after_the_first_bundle_reaches_the_district_whole(pair, tmp_path):
    village, district = pair
    with village:
        demo.generate(village.lib, "tiny")
    district.import_file(village.export_to(district))  # the snapshot
    village.import_file(district.export_to(village))  # its acknowledgement: the next bundle carries changes only
    with village:
        lines_before = ChangeLog.select().count()
        plan = importer.import_file(village.lib, village.staff, "slims-biblio", _slims_biblio(tmp_path / "b.csv", 120))
        assert (plan.records_add, plan.items_add) == (120, 240)
        assert ChangeLog.select().count() - lines_before < 10  # a line a batch (records, copies, subjects), not 360
        [peer] = status.sync_status(village.lib)["peers"]
        assert peer["waiting_changes"] >= 360  # the rows the ranges stand for, as the screen counts them
        edited = Record.get(Record.title == "Budidaya lele jilid 7")
        store.update(village.lib, edited, subtitle="pembesaran")  # its own line too: travels once
        imported = {r.uid for r in Record.select().where(Record.title.startswith("Budidaya lele"))}
        copies = {i.uid for i in Item.select().where(Item.barcode.startswith("P"))}
    second = village.export_to(district)
    with zipfile.ZipFile(second) as bundle:
        manifest = json.loads(bundle.read("manifest.json"))
        lines = [json.loads(line) for line in bundle.read("changes.jsonl").decode().splitlines() if line.strip()]
    assert manifest["snapshot"] is False
    sent = [line["u"] for line in lines]
    assert len(sent) == len(set(sent))  # each row once
    assert imported | copies <= set(sent)
    assert district.import_file(second).result == "applied"
    with district:
        assert json.loads(SyncReplica.get(SyncReplica.uid == edited.uid).data)["subtitle"] == "pembesaran"
        assert SyncReplica.select().where(SyncReplica.uid.in_(list(imported | copies))).count() == 360
        assert union.counts(district.lib)["copies"] == 100 + 240


def _slims_items(path, count):
    lines = [",".join(slims.ITEM_COLUMNS)]
    for n in range(count):
        values = {"item_code": f"P{n:05d}a", "call_number": "639.3 BUD b", "inventory_code": f"INV/{n:05d}",
                  "title": f"Budidaya lele jilid {n}"}
        lines.append(",".join(f'"{values.get(c, "")}"' for c in slims.ITEM_COLUMNS))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_the_item_file_imported_after_the_biblio_file_updates_copies_that_reach_the_district(pair, tmp_path):
    """The item file after the biblio file fills in the copies the biblio file made: a bulk update, logged one
    line a batch (store.log_lines.UPDATE_SPANS), whose every copy the next bundle carries with its new details."""
    village, district = pair
    with village:
        demo.generate(village.lib, "tiny")
        importer.import_file(village.lib, village.staff, "slims-biblio", _slims_biblio(tmp_path / "b.csv", 60))
    district.import_file(village.export_to(district))
    village.import_file(district.export_to(village))
    with village:
        lines_before = ChangeLog.select().count()
        plan = importer.import_file(village.lib, village.staff, "slims-item", _slims_items(tmp_path / "i.csv", 60))
        assert plan.items_update == 60
        assert ChangeLog.select().count() - lines_before < 5  # one line a batch, not 60
        [peer] = status.sync_status(village.lib)["peers"]
        assert peer["waiting_changes"] == 60
        filled = {i.uid for i in Item.select().where(Item.accession_no.startswith("INV/"))}
    assert len(filled) == 60
    bundle = village.export_to(district)
    assert district.import_file(bundle).result == "applied"
    with district:
        replicas = SyncReplica.select().where(SyncReplica.uid.in_(list(filled)))
        assert sorted(json.loads(r.data)["accession_no"] for r in replicas) == [f"INV/{n:05d}" for n in range(60)]
