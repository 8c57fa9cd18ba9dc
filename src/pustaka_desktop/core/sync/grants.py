"""Book-grant packages: the district catalogues a shipment once (records, copies with barcodes and
accession numbers); the village imports it with its next district bundle and the books are ready to
lend. The village's copies then travel back to the district like any of its own rows.
"""

from __future__ import annotations

import csv
import json
import uuid
from pathlib import Path
from typing import Any

from .. import auth, store
from ..errors import Conflict, NotFound, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..isbn import normalise_isbn
from ..models import CollectionType, GrantPackage, Item, Record, Staff, SyncPeer, UnionCopy
from ..service import Library
from .union import key_for, normalise

COLUMNS = ("title", "author", "isbn", "publisher", "year", "ddc", "barcode", "accession_no", "call_number")


def create(lib: Library, by: Staff, site: str, name: str, copies: list[dict[str, Any]]) -> GrantPackage:
    """District side: one package for village ``site`` from one line per copy (see COLUMNS)."""
    auth.require(by, "sync.manage")
    peer = SyncPeer.get_or_none((SyncPeer.site == site) | (SyncPeer.code == site.upper()))
    if peer is None or peer.status != "active":
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No partner library {site} is enrolled here."), site=site)
    if not name.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give the grant a name (programme and year)."), field="name")
    if not copies:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The grant has no copies."))
    records: dict[str, dict[str, Any]] = {}
    items = []
    barcodes: set[str] = set()
    for number, line in enumerate(copies, start=1):
        title = (line.get("title") or "").strip()
        barcode = (line.get("barcode") or "").strip()
        if not title or not barcode:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Line {line}: every copy needs a title and a barcode."),
                                  line=number)
        if barcode in barcodes or UnionCopy.select().where((UnionCopy.site == peer.site) & (UnionCopy.barcode == barcode)
                                                           & (UnionCopy.deleted == False)).exists():  # noqa: E712
            raise Conflict(QT_TRANSLATE_NOOP("Errors", "Line {line}: barcode {barcode} is already used in that "
                                                       "library."), line=number, barcode=barcode)
        barcodes.add(barcode)
        isbn = normalise_isbn(line.get("isbn") or "")
        author = (line.get("author") or "").strip()
        year = str(line.get("year") or "").strip()
        record = {"title": title, "isbn": isbn, "publisher": (line.get("publisher") or "").strip(),
                  "year_text": year, "year": int(year) if year.isdigit() else None, "ddc": (line.get("ddc") or "").strip(),
                  "responsibility": author,
                  "authors": json.dumps([{"name": author, "role": "primary", "kind": "person"}] if author else []),
                  "match_key": f"{normalise(title)}|{normalise(author)}"}
        key = key_for(record)
        if key not in records:
            records[key] = {"uid": str(uuid.uuid4()), **record}
        items.append({"uid": str(uuid.uuid4()), "record": records[key]["uid"], "barcode": barcode,
                      "accession_no": (line.get("accession_no") or "").strip(),
                      "call_number": (line.get("call_number") or "").strip()})
    with lib.transaction():
        grant = GrantPackage.create(uid=str(uuid.uuid4()), name=name.strip(), site=peer.site,
                                    created_at=lib.clock.now(),
                                    data=json.dumps({"records": list(records.values()), "items": items},
                                                    ensure_ascii=False))
        auth.audit(lib, by, "sync.grant_create", "grant", grant.uid, site=peer.site, copies=len(items))
    return grant


def read_csv(path: str | Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8-sig") as handle:
        return [{k.strip().lower(): (v or "") for k, v in row.items() if k} for row in csv.DictReader(handle)]


def receive(lib: Library, grant_docs: list[dict[str, Any]]) -> int:
    """Village side, inside the import transaction: add each new grant's records and copies through
    the normal write path (so they are this library's rows). Returns copies added."""
    added = 0
    today = lib.clock.now().date()
    grant_type = CollectionType.get_or_none((CollectionType.name == "Sirkulasi") & (CollectionType.deleted == False))  # noqa: E712
    for doc in grant_docs:
        if not isinstance(doc, dict) or not doc.get("uid") or GrantPackage.get_or_none(GrantPackage.uid == doc["uid"]):
            continue
        record_ids: dict[str, int] = {}
        for rec in doc.get("records", []):
            fields = {k: v for k, v in rec.items() if k != "uid" and k in Record._meta.columns}
            existing = None
            if fields.get("isbn"):
                existing = Record.get_or_none((Record.isbn == fields["isbn"]) & (Record.deleted == False))  # noqa: E712
            if existing is None and Record.get_or_none(Record.uid == rec["uid"]) is None:
                existing = store.insert(lib, Record, uid=rec["uid"], **fields)
            elif existing is None:
                existing = Record.get(Record.uid == rec["uid"])
            record_ids[rec["uid"]] = existing.id
        for item in doc.get("items", []):
            if Item.get_or_none(Item.barcode == item["barcode"]) is not None or Item.get_or_none(Item.uid == item["uid"]):
                from .conflicts import record_exception

                record_exception(lib, "grant-barcode", f"grant-barcode:{doc['uid']}:{item['barcode']}",
                                 grant=doc.get("name", ""), barcode=item["barcode"])
                continue
            store.insert(lib, Item, uid=item["uid"], record=record_ids[item["record"]], barcode=item["barcode"],
                         accession_no=item.get("accession_no", ""), call_number=item.get("call_number", ""),
                         source="grant", source_detail=doc.get("name", ""), received_on=today, status="available",
                         collection_type=grant_type.id if grant_type else None)
            added += 1
        GrantPackage.create(uid=doc["uid"], name=doc.get("name", ""), site=lib.site_id, created_at=lib.clock.now(),
                            data=json.dumps({"copies": len(doc.get("items", []))}), status="applied",
                            received_at=lib.clock.now())
    return added


def applied_grant_uids() -> list[str]:
    return [u for (u,) in GrantPackage.select(GrantPackage.uid).where(GrantPackage.status == "applied").tuples()]


def district_grants() -> list[GrantPackage]:
    return list(GrantPackage.select().order_by(GrantPackage.created_at.desc()))
