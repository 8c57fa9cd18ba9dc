"""The union catalogue does not depend on the order a bundle's records are matched in: the importer
hands them over as a set (its order changes with Python's hash seed) and matches them in batches, so
two districts importing the same bundle must end up with the same union records."""

from __future__ import annotations

import json

from pustaka_desktop.core.store import batches
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.store.models import Item, Record
from pustaka_desktop.core.sync import union

from .sync_helpers import Site, enrol

ISBNS = ("", "9789793062792", "9786022910770")  # the same book without ISBN, and two printings with


def _groups(district: Site) -> set[frozenset[str]]:
    """The village records on each union record, named by their ISBN."""
    with district:
        conn = district.lib.db.connection()
        rows = conn.execute("SELECT l.union_id, json_extract(r.data, '$.isbn') FROM union_link l "
                            "JOIN sync_replica r ON r.uid = l.record_uid").fetchall()
    found: dict[int, set[str]] = {}
    for union_id, isbn in rows:
        found.setdefault(union_id, set()).add(isbn)
    return {frozenset(v) for v in found.values()}


def test_matching_ignores_the_order_records_arrive_in(tmp_path, monkeypatch):
    clock = FixedClock("2026-03-03T09:00:00+07:00")
    village = Site(tmp_path, "desa", "DSA", clock)
    districts = [Site(tmp_path, name, "DIN", clock, district=True) for name in ("dinas1", "dinas2")]
    for district in districts:
        enrol(village, district, tmp_path)
    with village:
        for isbn in ISBNS:
            record = store.insert(village.lib, Record, title="Laskar Pelangi", isbn=isbn, publisher="Bentang",
                                  authors=json.dumps([{"name": "Andrea Hirata", "role": "primary"}]))
            store.insert(village.lib, Item, record=record.id, barcode=f"B{isbn or 0}", status="available")
    real = union.refresh

    def in_order(order):
        """union.refresh handed the records in this order of their ISBNs."""
        def refresh(lib, site, record_uids, item_uids, changes=None):
            isbn = {uid: json.loads(data)["isbn"] for uid, data in lib.db.connection().execute(
                "SELECT uid, data FROM sync_replica WHERE entity = 'record'")}
            return real(lib, site, sorted(record_uids, key=lambda uid: order.index(isbn[uid])), item_uids, changes)
        return refresh

    monkeypatch.setattr(batches, "PART", 1)  # each record a batch of its own, as across batches of 500
    for district, order in zip(districts, (ISBNS, ISBNS[::-1]), strict=True):
        path = village.export_to(district)
        monkeypatch.setattr(union, "refresh", in_order(order))
        district.import_file(path)
    first, second = (_groups(d) for d in districts)
    try:
        assert first == second
        assert len(first) == 2  # two printings never share a union record (rule 4)
    finally:
        for site in (village, *districts):
            site.close()
