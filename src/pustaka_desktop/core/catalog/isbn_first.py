"""ISBN-first cataloguing: scan the ISBN (or the barcode of a copy already here) and the new-record
form fills itself; the librarian checks, says how many copies, and saves.

Where the fields come from, in this order (``lookup``):

1. **this library's catalogue**: the ISBN or barcode is already here, so this is a new copy of that
   title (nothing to type but the number of copies);
2. **the district's catalogue**: the catalogue pack the district sent with its last bundle (the most
   widely held titles of the union catalogue), or on the district PC the union catalogue itself;
3. **the publisher prefix**: nobody knows the title, but the ISBN's registrant element names its
   publisher (python-stdnum splits an ISBN into prefix, group, registrant, title and check digit):
   the publisher and place are taken from records here or in the pack with the same prefix.

``save`` catalogues the title (or reuses the one found) and its copies — barcodes and accession
numbers from the library's patterns — in one transaction; the caller prints their labels.
``district_matches`` offers the district's record while a title is typed by hand, so a record the
district already knows is taken over with one action (``from_pack``).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from stdnum import isbn as _isbn
from stdnum.exceptions import ValidationError as _StdnumError

from ..errors import NotFound, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store.clock import local_today
from ..store.models import CatalogPackEntry, Item, Record, Staff, UnionRecord
from . import records as catalog
from . import review
from .copies import MAX_BATCH, add_copies, next_accession_numbers, next_barcodes
from .finding import live_copy, with_printed_isbn
from .isbn import compact_isbn, misprinted_isbn, normalise_isbn
from .records import LIVE_RECORD
from .spelling import fold, words

LOCAL, PACK, UNION, PUBLISHER, UNKNOWN = "local", "pack", "union", "publisher", "unknown"
SOURCE_MESSAGES: dict[str, str] = {
    LOCAL: QT_TRANSLATE_NOOP("Catalog", "Already in this catalogue: saving adds new copies of this title."),
    PACK: QT_TRANSLATE_NOOP("Catalog", "Filled in from the district's catalogue: check it and save."),
    UNION: QT_TRANSLATE_NOOP("Catalog", "Filled in from the union catalogue: check it and save."),
    PUBLISHER: QT_TRANSLATE_NOOP(
        "Catalog", "A new ISBN: the publisher is guessed from other books with the same publisher prefix."),
    UNKNOWN: QT_TRANSLATE_NOOP("Catalog", "A new ISBN that nobody here knows yet: fill in the form."),
}
# Record fields a district record may fill in (never the hidden flag, cover or a SLiMS id).
TAKEN_FIELDS = ("title", "subtitle", "responsibility", "edition", "isbn", "issn", "material_type", "publisher",
                "place", "year_text", "collation", "series", "language", "ddc", "notes", "audience", "authors",
                "subjects")


@dataclass
class Found:
    """What a scanned code told us. ``fields`` prefill the form (authors and subjects as lists)."""

    source: str
    isbn: str
    fields: dict[str, Any] = field(default_factory=dict)
    record: Record | None = None  # the title already in this catalogue
    item: Item | None = None  # the copy whose barcode was scanned
    guessed: tuple[str, ...] = ()  # fields guessed (publisher prefix), not copied from a record

    @property
    def message(self) -> str:
        return SOURCE_MESSAGES[self.source]


@dataclass
class Catalogued:
    record: Record
    items: list[Item]
    duplicates: list[Record]
    new_record: bool


@dataclass
class DistrictMatch:
    isbn: str
    fields: dict[str, Any]

    def summary(self) -> str:
        names = "; ".join(a.get("name", "") for a in self.fields.get("authors", []))
        tail = ", ".join(p for p in (self.fields.get("publisher", ""), self.fields.get("year_text", "")) if p)
        return " / ".join(p for p in (self.fields.get("title", ""), names, tail) if p)


def _as_list(value: Any) -> list[Any]:
    if isinstance(value, str):
        try:
            value = json.loads(value or "[]")
        except ValueError:
            return [part.strip() for part in value.split(";") if part.strip()]
    return list(value or [])


def record_fields(data: dict[str, Any] | Record) -> dict[str, Any]:
    """Form values from a record (ours, the pack's or the union's): authors and subjects as lists."""
    if isinstance(data, Record):
        data = {name: getattr(data, name) for name in TAKEN_FIELDS}
    out = {name: data[name] for name in TAKEN_FIELDS if name in data and data[name] not in (None, "")}
    out["authors"] = [a if isinstance(a, dict) else {"name": str(a)} for a in _as_list(data.get("authors"))]
    out["subjects"] = [str(s) for s in _as_list(data.get("subjects"))]
    if out.get("ddc") is not None:
        out["ddc"] = str(out["ddc"])
    return out


def _pack_record(isbn: str) -> dict[str, Any] | None:
    entry = CatalogPackEntry.get_or_none(CatalogPackEntry.isbn == isbn)
    return json.loads(entry.data) if entry is not None else None


def _union_record(lib: Library, isbn: str) -> dict[str, Any] | None:
    union = (UnionRecord.select().where((UnionRecord.isbn == isbn) & ~UnionRecord.data.startswith('{"merged_into"'))
             .order_by(UnionRecord.copies.desc()).bind(lib.union_db()).first())
    if union is None:
        return None
    try:
        return json.loads(union.data)
    except ValueError:
        return None


def publisher_prefix(isbn13: str) -> str:
    """The ISBN's prefix up to and including the registrant (publisher) element, '' when unknown."""
    try:
        parts = _isbn.split(isbn13)
    except _StdnumError:
        return ""
    if len(parts) < 3 or not parts[2]:
        return ""
    return "".join(parts[:3])


def guess_publisher(lib: Library, isbn13: str) -> dict[str, str]:
    """Publisher and place most often written for ISBNs with the same publisher prefix, here and in
    the district's pack; {} when there are none."""
    prefix = publisher_prefix(isbn13)
    if not prefix:
        return {}
    end = prefix + ":"  # ':' sorts right after '9': a range over the ISBN index
    votes: Counter[tuple[str, str]] = Counter()
    for publisher, place in (Record.select(Record.publisher, Record.place)
                             .where(LIVE_RECORD & (Record.isbn >= prefix) & (Record.isbn < end)
                                    & (Record.publisher != "")).limit(200).tuples()):
        votes[(publisher, place or "")] += 1
    for (data,) in (CatalogPackEntry.select(CatalogPackEntry.data)
                    .where((CatalogPackEntry.isbn >= prefix) & (CatalogPackEntry.isbn < end)).limit(200).tuples()):
        try:
            record = json.loads(data)
        except ValueError:
            continue
        if record.get("publisher"):
            votes[(record["publisher"], record.get("place") or "")] += 1
    if not votes:
        return {}
    # the same publisher may be written with and without its place: count by publisher first
    by_name: Counter[str] = Counter()
    for (publisher, _place), n in votes.items():
        by_name[publisher] += n
    publisher = by_name.most_common(1)[0][0]
    places = Counter({place: n for (name, place), n in votes.items() if name == publisher and place})
    out = {"publisher": publisher}
    if places:
        out["place"] = places.most_common(1)[0][0]
    return out


def lookup(lib: Library, code: str) -> Found:
    """What to prefill for a scanned or typed ISBN (any form) or copy barcode (see the module doc).
    A mistyped ISBN (wrong check digit) raises ValidationError; an unknown barcode NotFound."""
    code = " ".join((code or "").split())
    if not code:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Scan or type an ISBN or the barcode of a copy."),
                              field="isbn")
    compact = code.replace("-", "").replace(" ", "")
    try:
        isbn = normalise_isbn(code)
    except ValidationError:
        isbn = ""
    if not isbn:
        item = live_copy(code)
        if item is not None:
            record = Record.get_or_none((Record.id == item.record_id) & LIVE_RECORD)
            if record is not None:
                return Found(LOCAL, record.isbn, record_fields(record), record=record, item=item)
        if compact[:-1].isdigit() and len(compact) in (10, 13):
            record = kept_as_printed(code)
            if record is not None:
                return Found(LOCAL, record.isbn, record_fields(record), record=record)
            normalise_isbn(code)  # raises the "check the digits" message
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "{code} is neither an ISBN nor the barcode of a copy here."),
                       code=code)
    record = Record.select().where(LIVE_RECORD & (Record.isbn == isbn)).order_by(Record.id).first()
    if record is not None:
        return Found(LOCAL, isbn, record_fields(record), record=record)
    for source, fetch in ((PACK, _pack_record), (UNION, lambda key: _union_record(lib, key))):
        data = fetch(isbn)
        if data:
            fields = record_fields(data)
            fields["isbn"] = isbn
            return Found(source, isbn, fields)
    guess = guess_publisher(lib, isbn)
    if guess:
        return Found(PUBLISHER, isbn, {"isbn": isbn, **guess}, guessed=tuple(guess))
    return Found(UNKNOWN, isbn, {"isbn": isbn})


def kept_as_printed(code: str) -> Record | None:
    """The title here whose ISBN was kept as printed with a wrong check digit, for a scan of that number (the
    next copy of a misprinted book finds its record instead of a refusal)."""
    ids = with_printed_isbn(code)
    return Record.get_by_id(ids[0]) if ids else None


def names_the_same_title(code: str, isbn: str, record: Record | None = None) -> bool:
    """Whether a scanned ``code`` is this title's ISBN (``isbn`` in any form) or the barcode of a copy of
    ``record``: the second copy of a book scanned while the first one's form is still open."""
    try:
        scanned = normalise_isbn(code)
    except ValidationError:
        scanned = ""
    if scanned:
        try:
            return scanned == normalise_isbn(isbn)
        except ValidationError:
            return False
    if misprinted_isbn(code):  # a book printed with a wrong check digit, scanned twice
        return compact_isbn(code) == compact_isbn(isbn)
    item = live_copy(code)
    return item is not None and record is not None and item.record_id == record.id


def district_matches(lib: Library, title: str, limit: int = 3) -> list[DistrictMatch]:
    """District records (the catalogue pack) whose title starts like ``title``, for the offer shown
    while a librarian types a title by hand; none for fewer than four letters. Titles this
    catalogue already holds (same ISBN) are left out."""
    typed = words(fold(title))
    if not typed or sum(len(w) for w in typed) < 4:
        return []
    expr = " ".join(f'"{w}"' for w in typed[:-1]) + f' "{typed[-1]}"*'
    try:
        rows = lib.db.execute_sql(
            "SELECT e.isbn, e.data FROM catalog_pack_fts f JOIN catalog_pack_entry e ON e.id = f.rowid "
            "WHERE catalog_pack_fts MATCH ? ORDER BY rank LIMIT ?", ["{title} : (" + expr + ")", limit * 3]).fetchall()
    except Exception as exc:  # a query FTS5 cannot parse is no match
        if "fts5" in str(exc).lower() or "syntax" in str(exc).lower():
            return []
        raise
    out: list[DistrictMatch] = []
    held = {isbn for (isbn,) in Record.select(Record.isbn).where(
        LIVE_RECORD & Record.isbn.in_([isbn for isbn, _ in rows])).tuples()} if rows else set()
    for isbn, data in rows:
        if isbn in held:
            continue
        try:
            fields = record_fields(json.loads(data))
        except ValueError:
            continue
        fields["isbn"] = isbn
        out.append(DistrictMatch(isbn, fields))
        if len(out) >= limit:
            break
    return out


def from_pack(lib: Library, isbn: str) -> dict[str, Any]:
    """The district's record for ``isbn`` as form values (raises NotFound when the pack lacks it)."""
    key = normalise_isbn(isbn)
    data = _pack_record(key) or _union_record(lib, key)
    if not data:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The district's catalogue has no record for {isbn}."),
                       isbn=isbn)
    fields = record_fields(data)
    fields["isbn"] = key
    return fields


def numbers_preview(lib: Library, copies: int, source: str = "purchase",
                    year: int | None = None) -> tuple[list[str], list[str]]:
    """The barcodes and accession numbers ``copies`` new copies would get now (for the form); ``year``: the
    year they were received (the accession numbers count per year), this year when not given."""
    if copies <= 0:
        return [], []
    copies = min(copies, MAX_BATCH)
    year = year or local_today(lib.clock).year
    return next_barcodes(lib, copies), next_accession_numbers(lib, copies, source, year)


def save(lib: Library, by: Staff, fields: dict[str, Any] | None, copies: int = 1, record: Record | None = None,
         isbn_as_printed: bool = False, **item_fields: Any) -> Catalogued:
    """Catalogue a title and ``copies`` new copies in one transaction. ``record``: the title is
    already here (only changed ``fields`` are written to it). Item fields (location, source,
    price, ...) apply to every new copy; barcodes and accession numbers come from the patterns.
    ``isbn_as_printed``: keep an ISBN with a wrong check digit as the book prints it (``records.add_record``)."""
    copies = int(copies or 0)
    if copies < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Add between 1 and {n} copies at a time."),
                              field="count", n=MAX_BATCH)
    with lib.transaction():
        if record is None:
            saved = catalog.add_record(lib, by, isbn_as_printed=isbn_as_printed, **(fields or {}))
            new = True
            if saved.record.isbn:
                review.note_isbn(lib, by, saved.record)
        else:
            saved = edit(lib, by, record, isbn_as_printed, **{
                k: v for k, v in (fields or {}).items() if _differs(record, k, v)})
            new = False
        items = add_copies(lib, by, saved.record, copies, **item_fields) if copies else []
    return Catalogued(saved.record, items, saved.duplicates, new)


def edit(lib: Library, by: Staff, record: Record, isbn_as_printed: bool = False, **fields: Any) -> catalog.Saved:
    """The record form's edit (``records.update_record``): an ISBN it writes is listed for review when kept as
    printed with a wrong check digit, and settles the list's flags when right."""
    if not fields:
        return catalog.Saved(record, [])
    with lib.transaction():
        before = record.isbn
        saved = catalog.update_record(lib, by, record, isbn_as_printed=isbn_as_printed, **fields)
        if saved.record.isbn != before:
            review.note_isbn(lib, by, saved.record)
    return saved


def _differs(record: Record, name: str, value: Any) -> bool:
    if name == "authors":
        return [a.get("name") for a in catalog.authors_of(record)] != [
            (a.get("name") if isinstance(a, dict) else a) for a in _as_list(value)]
    if name == "subjects":
        return catalog.subjects_of(record) != [str(s) for s in _as_list(value)]
    if name == "isbn":
        try:
            return normalise_isbn(value or "") != (record.isbn or "")
        except ValidationError:
            return compact_isbn(value or "") != compact_isbn(record.isbn or "")
    current = getattr(record, name, None)
    return (current or "") != (value or "") if not isinstance(value, bool) else bool(current) != value
