"""Catalogue packs: union-catalogue records the district sends to every village, so that a librarian
scanning an ISBN that is not in the local catalogue gets the record filled in, offline.

For the catalogue developer: ``lookup_isbn(lib, isbn) -> dict | None`` gives Record field values
(title, authors JSON, publisher, year, ddc, ...) ready to prefill the new-record form.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from peewee import fn

from ..catalog.isbn import normalise_isbn
from ..errors import ValidationError
from ..service import Library
from ..store.batches import parts
from ..store.models import CatalogPackEntry, UnionRecord
from .changes import dumps_line

PACK_LIMIT = 20_000  # the most widely held titles: what a village is most likely to receive next


def pack_lines(lib: Library) -> Iterator[str]:
    """The most widely held union records with an ISBN, as the union shows them (the district's
    edits, else the most common form). Records with no copy in stock (weeded, lost, or held only by a
    revoked village) are left out, and so is an ISBN printed on several union records (the volumes
    of a set, two editions): a scan of it could not tell which one is meant."""
    shared = (UnionRecord.select(UnionRecord.isbn).where((UnionRecord.isbn != "") & (UnionRecord.copies > 0))
              .group_by(UnionRecord.isbn).having(fn.COUNT(UnionRecord.id) > 1))
    query = (UnionRecord.select(UnionRecord.isbn, UnionRecord.data)
             .where((UnionRecord.isbn != "") & (UnionRecord.copies > 0) & UnionRecord.isbn.not_in(shared))
             .order_by(UnionRecord.villages.desc(), UnionRecord.copies.desc(), UnionRecord.id).limit(PACK_LIMIT)
             .bind(lib.union_db()))
    for isbn, data in query.tuples():
        yield dumps_line({"isbn": isbn, "record": json.loads(data)})


def replace_pack(lib: Library, lines: list[dict[str, Any]]) -> int:
    """Village side: the newest pack replaces the old one (inside the import transaction)."""
    CatalogPackEntry.delete().execute()
    rows = [{"isbn": line["isbn"], "data": json.dumps(line["record"], ensure_ascii=False)}
            for line in lines if isinstance(line, dict) and line.get("isbn") and isinstance(line.get("record"), dict)]
    for part in parts(rows):
        CatalogPackEntry.insert_many(part).on_conflict_ignore().execute()
    return len(rows)


def lookup_isbn(lib: Library, isbn: str) -> dict[str, Any] | None:
    """Record fields for ``isbn`` from the district's catalogue pack, or None."""
    try:
        key = normalise_isbn(isbn)
    except ValidationError:
        return None
    if not key:
        return None
    entry = CatalogPackEntry.get_or_none(CatalogPackEntry.isbn == key)
    return json.loads(entry.data) if entry is not None else None


def pack_size() -> int:
    return CatalogPackEntry.select().count()
