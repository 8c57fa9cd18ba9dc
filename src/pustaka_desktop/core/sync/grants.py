"""Book-grant packages: the district catalogues a shipment once (records, and how many copies of each,
with their price); the village imports it with its next district bundle and the books are ready to
lend. The village's copies then travel back to the district like any of its own rows.

Grant boxes arrive without labels, so the village numbers the copies: barcodes and accession numbers
(with the grant's letter) come from the village's own patterns when the package is applied, call numbers
from the records, and the village prints the labels (*Baru ditambahkan*). A district that did label the
books may give a barcode per copy; one the village already uses gets the village's next number instead
(noted as a sync exception) rather than leaving the book out.
"""

from __future__ import annotations

import csv
import json
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import auth
from ..catalog import review
from ..catalog.copies import next_accession_numbers, next_barcodes
from ..catalog.records import call_number_for, match_key
from ..errors import Conflict, NotFound, PustakaError, Translate, ValidationError, render
from ..i18n import QT_TRANSLATE_NOOP
from ..interop.prices import parse_price
from ..interop.row_checks import checked_record
from ..interop.sheets import NOT_XLSX
from ..interop.types import kept_as_written, soft, with_written
from ..service import Library
from ..store import write as store
from ..store.clock import local_today
from ..store.models import CollectionType, GrantPackage, Item, Record, Staff, SyncPeer, UnionCopy
from .merge import record_exception
from .union_match import match_keys, same_book

COLUMNS = ("title", "author", "isbn", "publisher", "year", "ddc", "copies", "price", "barcode", "accession_no",
           "call_number")
MAX_COPIES_PER_LINE = 500  # more on one line is a slipped column (an ISBN in the copies column), not a box


@dataclass
class GrantPlan:
    """A grant checked and laid out, not yet stored: what the preview shows and ``create`` saves."""

    peer: SyncPeer
    name: str
    records: list[dict[str, Any]] = field(default_factory=list)
    items: list[dict[str, Any]] = field(default_factory=list)
    flagged: list[int] = field(default_factory=list)  # lines with a value kept as written, flagged for the village


def _pending_barcodes(site: str) -> set[str]:
    """Barcodes in grants for ``site`` that the village has not received yet."""
    out: set[str] = set()
    for (data,) in GrantPackage.select(GrantPackage.data).where(
            (GrantPackage.site == site) & (GrantPackage.status == "ready")).tuples():
        out.update(item.get("barcode", "") for item in json.loads(data).get("items", []))
    return out - {""}


class GrantLinesError(ValidationError):
    """Every line of a grant list that cannot be read, at once (not the first one only): the officer fixes
    them in one go. Nothing is saved: a grant is the handover of a box of books, and its package must hold
    every book in the box (a line left out would be books on the village's table with no record, and a
    grant whose count is not the list's)."""

    SHOWN = 30  # (a slipped column makes every line bad: the first ones tell what is wrong)

    def __init__(self, problems: list[PustakaError]) -> None:
        self.problems = problems
        super().__init__(QT_TRANSLATE_NOOP("Errors", "Lines of the list that cannot be read: {count}. Nothing "
                                                     "was saved; fix them and check again:"), count=len(problems))

    def message(self, translate: Translate = lambda context, text: text) -> str:
        lines = [super().message(translate)] + [p.message(translate) for p in self.problems[:self.SHOWN]]
        if len(self.problems) > self.SHOWN:
            lines.append(render("Errors", QT_TRANSLATE_NOOP("Errors", "… and {count} more lines."),
                                {"count": len(self.problems) - self.SHOWN}, translate))
        return "\n".join(lines)

    @property
    def lines(self) -> list[int]:
        return [p.params["line"] for p in self.problems if "line" in p.params]


def build(lib: Library, site: str, name: str, copies: list[dict[str, Any]]) -> GrantPlan:
    """Check a grant for village ``site`` (code or site id) from one line per title or copy (see COLUMNS)
    and lay it out as records (one per distinct title) and copies. Nothing is written.

    A field that fails a check (an ISBN with a wrong check digit, an impossible year, a price that is no
    price) is kept as written and travels with the record as a review flag: the village finds it on its
    *Perlu diperiksa* list (DESIGN.md, data rules). A line that cannot be read at all (no title, a
    Jumlah that is not a number) raises GrantLinesError naming every such line."""
    peer = SyncPeer.get_or_none((SyncPeer.site == site) | (SyncPeer.code == site.upper()))
    if peer is None or peer.status != "active" or peer.kind != "village":
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No partner library {site} is enrolled here."), site=site)
    if not name.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Give the grant a name (programme and year)."), field="name")
    # numbered before the empty lines go, so a line number is the row the officer sees in the table
    numbered = [(n, line) for n, line in enumerate(copies, start=1)
                if any(str(line.get(c) or "").strip() for c in COLUMNS)]
    if not numbered:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The grant has no copies."))
    plan = GrantPlan(peer, name.strip())
    records: dict[str, dict[str, Any]] = {}
    barcodes: set[str] = set()
    pending = _pending_barcodes(peer.site)
    problems: list[PustakaError] = []
    this_year = lib.clock.now().year
    for number, line in numbered:
        try:
            count, barcode, accession_no = _copy_numbers(lib, peer, line, number, barcodes | pending)
        except PustakaError as exc:
            problems.append(exc)
            continue
        barcodes.add(barcode)
        item_flags: list[review.Flag] = []
        price = soft(parse_price, line.get("price"), "Harga", item_flags, "price", "price")
        # (the price as written, when it could not be read: in the copy's note at the village, as an import keeps it)
        note = with_written("", kept_as_written({"price": price}, list(item_flags), 0).get("_written", []))
        record, record_flags = _record(line, number, this_year)
        same = next((r for r in records.values() if same_book(r, record)), None)
        if same is None:
            same = records[str(number)] = {"uid": str(uuid.uuid4()), **record}
        if record_flags:
            same.setdefault("flags", []).extend(_travelling(record_flags, number))
        if record_flags or item_flags:
            plan.flagged.append(number)
        for _copy in range(count):
            item = {"uid": str(uuid.uuid4()), "record": same["uid"], "barcode": barcode,
                    "accession_no": accession_no, "price": price,
                    "call_number": str(line.get("call_number") or "").strip()}
            if note:
                item["condition_note"] = note
            if item_flags:
                item["flags"] = _travelling(item_flags, number)
            plan.items.append(item)
    if problems:
        raise GrantLinesError(problems)
    plan.records = list(records.values())
    return plan


def _copy_numbers(lib: Library, peer: SyncPeer, line: dict[str, Any], number: int,
                  taken: set[str]) -> tuple[int, str, str]:
    """A line's number of copies, barcode and accession number; raises for a line that cannot be read."""
    if not str(line.get("title") or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Line {line}: every line needs a title."), line=number)
    barcode = str(line.get("barcode") or "").strip()
    accession_no = str(line.get("accession_no") or "").strip()
    count = _copies(line, number)
    if (barcode or accession_no) and count != 1:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Line {line}: a barcode or accession number names one copy: give each copy its own line, "
                      "or leave them empty and the village numbers the copies."), line=number)
    if barcode and (barcode in taken or UnionCopy.select().where(
            (UnionCopy.site == peer.site) & (UnionCopy.barcode == barcode)
            & (UnionCopy.deleted == False)).bind(lib.union_db()).exists()):  # noqa: E712
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "Line {line}: barcode {barcode} is already used in that "
                                                   "library."), line=number, barcode=barcode)
    return count, barcode, accession_no


def _record(line: dict[str, Any], number: int, this_year: int) -> tuple[dict[str, Any], list[review.Flag]]:
    """A line's record through the catalogue's own rules in the mode that flags instead of refusing (as an
    import: an ISBN with a wrong check digit or an impossible year kept as written, a class number as
    librarians write it, ``Jakarta: Balai Pustaka`` taken apart)."""
    author = str(line.get("author") or "").strip()
    year = str(line.get("year") or "").strip()
    if year.endswith(".0") and year[:-2].isdigit():  # a spreadsheet number
        year = year[:-2]
    flags: list[review.Flag] = []
    marc = line.get("marc") if isinstance(line.get("marc"), dict) else {}  # a MARC record's other fields
    authors = marc.get("authors") or []
    if not authors or authors[0].get("name") != author:  # (the author typed over in the table wins)
        authors = [author] if author else []
    fields, _flagged = checked_record(
        {**{k: v for k, v in marc.items() if k in MARC_KEPT}, "authors": authors,
         "title": str(line.get("title") or "").strip(), "isbn": str(line.get("isbn") or "").strip(),
         "publisher": str(line.get("publisher") or "").strip(), "year_text": year,
         "ddc": str(line.get("ddc") or "").strip()}, this_year, number, flags)
    for name in ("authors", "subjects"):
        if name in fields:
            fields[name] = json.dumps(fields[name], ensure_ascii=False)
    fields["authors"] = fields.get("authors", "[]")
    fields["responsibility"] = fields.get("responsibility") or author
    fields["match_key"] = match_key(fields["title"], author)
    return fields, flags


def _travelling(flags: list[review.Flag], number: int) -> list[dict[str, Any]]:
    """Review flags as the package carries them: the village writes them against its own record or copy."""
    return [{"reason": f.reason, "field": f.field, "value": f.value, "template": f.template, "params": f.params,
             "suggestion": f.suggestion, "context": f.context, "row": number} for f in flags]


def _copies(line: dict[str, Any], number: int) -> int:
    """How many copies a line brings: its copies column (``3``, ``3.0`` from a spreadsheet, ``3 eks``), else 1."""
    text = str(line.get("copies") or "").strip().lower()
    digits = text.removesuffix(".0").removesuffix("eksemplar").removesuffix("eks").removesuffix(".").strip()
    if not text:
        return 1
    if not digits.isdigit() or not 1 <= int(digits) <= MAX_COPIES_PER_LINE:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Line {line}: {value} is not a number of copies (1 to "
                                                          "{most})."), line=number, value=text[:30],
                              most=MAX_COPIES_PER_LINE)
    return int(digits)


def create(lib: Library, by: Staff, site: str, name: str, copies: list[dict[str, Any]]) -> GrantPackage:
    """District side: one package for village ``site`` from one line per copy (see COLUMNS). It goes
    out with the next bundle written for that village."""
    return create_for(lib, by, [site], name, copies)[0]


def create_for(lib: Library, by: Staff, sites: list[str], name: str,
               copies: list[dict[str, Any]]) -> list[GrantPackage]:
    """The same shipment list for several villages (a programme that sends every village the same box): a package
    of its own for each (its own copies, numbered by that village). Every village's package is checked first; a
    village code that is not enrolled, or a line that cannot be read, writes none of them."""
    auth.require(by, "sync.manage")
    plans = [build(lib, site, name, copies) for site in dict.fromkeys(sites)]
    made = []
    with lib.transaction():
        for plan in plans:
            grant = GrantPackage.create(uid=str(uuid.uuid4()), name=plan.name, site=plan.peer.site,
                                        created_at=lib.clock.now(),
                                        data=json.dumps({"records": plan.records, "items": plan.items,
                                                         "flagged": plan.flagged}, ensure_ascii=False))
            auth.audit(lib, by, "sync.grant_create", "grant", grant.uid, site=plan.peer.site, copies=len(plan.items))
            made.append(grant)
    return made


def read_csv(path: str | Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8-sig") as handle:
        return [{k.strip().lower(): (v or "") for k, v in row.items() if k} for row in csv.DictReader(handle)]


def receive(lib: Library, grant_docs: list[dict[str, Any]]) -> list[tuple[str, int]]:
    """Village side, inside the import transaction: add each new grant's records and copies through
    the normal write path (so they are this library's rows), numbered by this library (see the module
    note). Returns (grant name, copies added) for each grant applied now."""
    applied = []
    shelf: _Shelf | None = None
    for doc in grant_docs:
        if not isinstance(doc, dict) or not doc.get("uid") or GrantPackage.get_or_none(GrantPackage.uid == doc["uid"]):
            continue
        records: dict[str, Record] = {}
        for rec in doc.get("records", []):
            fields = {k: v for k, v in rec.items() if k != "uid" and k in Record._meta.columns}
            shelf = shelf if shelf is not None else _Shelf()  # made once, when a grant brings records
            existing = shelf.same_record(fields)
            if existing is None and Record.get_or_none(Record.uid == rec["uid"]) is None:
                existing = store.insert(lib, Record, uid=rec["uid"], **fields)
                shelf.add(existing)
                _flag(lib, doc, rec.get("flags"), record=existing.id)  # (a record the village had keeps its values)
            elif existing is None:
                existing = Record.get(Record.uid == rec["uid"])
            records[rec["uid"]] = existing
        applied.append((doc.get("name", ""), _add_copies(lib, doc, records)))
        GrantPackage.create(uid=doc["uid"], name=doc.get("name", ""), site=lib.site_id, created_at=lib.clock.now(),
                            data=json.dumps({"copies": len(doc.get("items", []))}), status="applied",
                            received_at=lib.clock.now())
    return applied


def _add_copies(lib: Library, doc: dict[str, Any], records: dict[str, Record]) -> int:
    """A grant's copies as this library's: the barcodes the district gave that are free here first, then
    the rest numbered after them from this library's patterns (so a generated number never takes one
    the district gave), in the package's order, so the labels come out title by title."""
    today = local_today(lib.clock)
    grant_type = CollectionType.get_or_none((CollectionType.name == "Sirkulasi") & (CollectionType.deleted == False))  # noqa: E712
    new = [item for item in doc.get("items", []) if Item.get_or_none(Item.uid == item["uid"]) is None]
    given: dict[str, str] = {}
    for item in new:
        barcode = str(item.get("barcode") or "").strip()
        if barcode and barcode not in set(given.values()) and Item.get_or_none(Item.barcode == barcode) is None:
            given[item["uid"]] = barcode
    kept = [item for item in new if item["uid"] in given]
    rest = [item for item in new if item["uid"] not in given]

    def insert(item: dict[str, Any], barcode: str, accession_no: str) -> None:
        record = records[item["record"]]
        copy = store.insert(lib, Item, uid=item["uid"], record=record.id, barcode=barcode, accession_no=accession_no,
                            call_number=item.get("call_number") or call_number_for(record), price=item.get("price"),
                            source="grant", source_detail=doc.get("name", ""), received_on=today, status="available",
                            condition_note=str(item.get("condition_note") or ""),
                            collection_type=grant_type.id if grant_type else None)
        _flag(lib, doc, item.get("flags"), record=record.id, item=copy.id)

    numbers = iter(next_accession_numbers(lib, sum(1 for item in new if not item.get("accession_no")), "grant",
                                          today.year))
    for item in kept:
        insert(item, given[item["uid"]], item.get("accession_no") or next(numbers))
    for item, barcode in zip(rest, next_barcodes(lib, len(rest)) if rest else [], strict=True):
        insert(item, barcode, item.get("accession_no") or next(numbers))
        label = str(item.get("barcode") or "").strip()
        if label:  # a label stuck on at the district that this library already uses: the book got a new one
            record_exception(lib, "grant-barcode", f"grant-barcode:{doc['uid']}:{label}",
                             grant=doc.get("name", ""), barcode=label, given=barcode)
    return len(new)


def _flag(lib: Library, doc: dict[str, Any], flags: Any, record: int, item: int | None = None) -> None:
    """The review flags a grant's record or copy came with (values the district's list had wrong, kept as
    written), on this library's *Perlu diperiksa* list, named by the grant."""
    if not isinstance(flags, list) or not flags:
        return
    known = {name for name in review.Flag.__dataclass_fields__} - {"record", "item", "sheet"}
    review.add(lib, [review.Flag(**{k: v for k, v in f.items() if k in known}, record=record, item=item)
                     for f in flags if isinstance(f, dict) and f.get("reason") and f.get("template")],
               origin=doc.get("name", ""))


_COMPARED = ("title", "subtitle", "edition", "isbn", "publisher", "year", "authors", "responsibility")


class _Shelf:
    """The village's own records by their union match keys, so a granted book finds the record the
    village already has however it was typed there (SLiMS's ``Tohari, Ahmad``, an old spelling, an
    Arabic title with or without hamza): matched the way the union catalogue matches (ISBN with volume
    and edition, else title with author, else title with publisher and year)."""

    def __init__(self) -> None:
        self.by_key: dict[str, list[Record]] = {}
        for record in Record.select().where(Record.deleted == False).order_by(Record.id):  # noqa: E712
            self.add(record)

    def add(self, record: Record) -> None:
        for key in match_keys(_fields(record)):
            self.by_key.setdefault(key, []).append(record)

    def same_record(self, fields: dict[str, Any]) -> Record | None:
        for key in match_keys(fields):
            for record in self.by_key.get(key, []):
                if same_book(_fields(record), fields):
                    return record
        return None


def _fields(record: Record) -> dict[str, Any]:
    return {name: getattr(record, name) for name in _COMPARED}


def applied_grant_uids() -> list[str]:
    return [u for (u,) in GrantPackage.select(GrantPackage.uid).where(GrantPackage.status == "applied").tuples()]


def district_grants() -> list[GrantPackage]:
    return list(GrantPackage.select().order_by(GrantPackage.created_at.desc()))


# --- the district's grant builder: reading a shipment list, and the list of grants ----------------

HEADER_ALIASES = {
    "judul": "title", "pengarang": "author", "penulis": "author", "authors": "author", "penerbit": "publisher",
    "tahun": "year", "tahun terbit": "year", "klasifikasi": "ddc", "no klasifikasi": "ddc", "barkode": "barcode",
    "kode eksemplar": "barcode", "no induk": "accession_no", "nomor induk": "accession_no",
    "accession": "accession_no", "accession no": "accession_no", "no panggil": "call_number",
    "nomor panggil": "call_number", "call number": "call_number",
    # a shipment list is one line per title with how many copies (Perpusnas's lists: Jumlah, Eksemplar)
    "jumlah": "copies", "jml": "copies", "jumlah eksemplar": "copies", "jml eksemplar": "copies",
    "eksemplar": "copies", "eks": "copies", "jumlah buku": "copies", "qty": "copies", "quantity": "copies",
    "harga": "price", "harga satuan": "price", "harga buku": "price", "harga (rp)": "price", "harga rp": "price",
    "no isbn": "isbn",
}


def _column(header: Any) -> str:
    text = " ".join(str(header or "").strip().lower().replace("_", " ").replace(".", " ").split())
    if text.replace(" ", "_") in COLUMNS:
        return text.replace(" ", "_")
    return HEADER_ALIASES.get(text, "")


def read_table(path: str | Path) -> list[dict[str, str]]:
    """One dict per line (a title with its number of copies, or one copy with its barcode) from a CSV
    (comma, semicolon or tab) or xlsx file whose first non-empty row names the columns (English COLUMNS or
    the usual Indonesian headers); unknown columns are ignored."""
    path = Path(path)
    if path.suffix.lower() in MARC_SUFFIXES:
        return read_marc(path)
    if path.suffix.lower() == ".xlsx":
        from openpyxl import load_workbook

        try:
            workbook = load_workbook(str(path), read_only=True, data_only=True)
        except Exception as exc:  # not a zip, not a workbook, unreadable
            raise ValidationError(NOT_XLSX, path=path.name) from exc
        try:
            sheet = workbook.worksheets[0]
            sheet.reset_dimensions()  # (WPS Office may declare a sheet as "A1" alone: its cells say how big it is)
            rows = [["" if v is None else str(v) for v in values] for values in sheet.iter_rows(values_only=True)]
        finally:
            workbook.close()
    else:
        try:
            text = path.read_text(encoding="utf-8-sig")
        except UnicodeDecodeError:
            text = path.read_text(encoding="cp1252")
        first = text.split("\n", 1)[0]
        delimiter = max((",", ";", "\t"), key=first.count)
        rows = list(csv.reader(text.splitlines(), delimiter=delimiter))
    rows = [r for r in rows if any(c.strip() for c in r)]
    if not rows:
        return []
    # a list as sent often opens with its own heading (DAFTAR BUKU BANTUAN ..., the programme, the village)
    # above the column names: the header is the first of the top rows that names a title column
    start = next((n for n, row in enumerate(rows[:15]) if "title" in [_column(h) for h in row]), 0)
    rows = rows[start:]
    columns = [_column(h) for h in rows[0]]
    if "title" not in columns:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{path} needs at least the column title (judul)."),
                              path=path.name)
    out = []
    for row in rows[1:]:
        line = {c: "" for c in COLUMNS}
        for name, value in zip(columns, row, strict=False):
            if name:
                line[name] = value.strip()
        out.append(line)
    return out


MARC_SUFFIXES = (".mrc", ".marc", ".iso", ".xml", ".marcxml")


def read_marc(path: str | Path, copies: int = 1) -> list[dict[str, Any]]:
    """The lines of a grant from MARC (ISO 2709, MARC as text) or MARCXML, as Perpusnas and union catalogues
    send them: one line per record with its number of copies; a copy its holdings (852/876, Koha's 952) number
    gets a line of its own with its barcode and price. A record without holdings brings ``copies`` copies.
    Every field the record has (subjects, collation, series, notes...) travels under ``marc``."""
    from ..interop.marc_reader import _looks_like_xml, read_marcxml
    from ..interop.marc_text import read_marc as read_iso_or_text

    path = Path(path)
    with path.open("rb") as handle:
        xml = _looks_like_xml(handle.read(2048))
    out: list[dict[str, Any]] = []
    for inc in (read_marcxml if xml else read_iso_or_text)(path):
        rec = inc.record or {}
        authors = rec.get("authors") or []
        line = {c: "" for c in COLUMNS} | {
            "title": rec.get("title", ""), "author": authors[0]["name"] if authors else "",
            "isbn": rec.get("isbn", ""), "publisher": rec.get("publisher", ""), "year": rec.get("year_text", ""),
            "ddc": rec.get("ddc", ""), "marc": {k: v for k, v in rec.items() if k in MARC_KEPT}}
        numbered = [item for item in inc.items if item.get("barcode") or item.get("accession_no")]
        for item in numbered:
            out.append(line | {"copies": "1", "barcode": item.get("barcode", ""),
                               "accession_no": item.get("accession_no", ""), "price": _text(item.get("price")),
                               "call_number": item.get("call_number", "")})
        rest = [item for item in inc.items if item not in numbered]
        if rest or not numbered:
            out.append(line | {"copies": str(len(rest) or copies), "price": _text(rest[0].get("price") if rest else "")})
    return out


# what a MARC record carries beyond the list's columns, kept with the grant's record
MARC_KEPT = ("subtitle", "edition", "place", "collation", "series", "language", "notes", "subjects", "authors",
             "responsibility", "material_type", "audience", "issn")


def _text(value: Any) -> str:
    return "" if value is None else str(value)


STATE_LABELS = {
    "waiting": QT_TRANSLATE_NOOP("Grants", "waiting for the next bundle to the village"),
    "sent": QT_TRANSLATE_NOOP("Grants", "sent, not yet confirmed by the village"),
    "received": QT_TRANSLATE_NOOP("Grants", "received by the village"),
}


@dataclass
class GrantRow:
    uid: str
    name: str
    site: str
    code: str
    village: str
    created_at: Any
    titles: int
    copies: int
    status: str  # waiting (not in a bundle yet) | sent (in a bundle, not confirmed) | received
    sent_at: Any = None
    received_at: Any = None


def grant_list(lib: Library) -> list[GrantRow]:
    """The district's grants, newest first, with where each one is: waiting for the next bundle to
    its village, sent (a bundle for the village was written since), or received by the village."""
    from ..store.models import SyncBundleLog

    peers = {p.site: p for p in SyncPeer.select()}
    last_out: dict[str, Any] = {}
    for site, at in (SyncBundleLog.select(SyncBundleLog.peer, SyncBundleLog.at)
                     .where((SyncBundleLog.direction == "out") & (SyncBundleLog.result == "made")).tuples()):
        if site not in last_out or at > last_out[site]:
            last_out[site] = at
    out = []
    for grant in GrantPackage.select().where(GrantPackage.status.in_(("ready", "received"))).order_by(
            GrantPackage.created_at.desc(), GrantPackage.id.desc()):
        data = json.loads(grant.data)
        peer = peers.get(grant.site)
        sent = last_out.get(grant.site)
        if grant.status == "received":
            state = "received"
        elif sent is not None and sent >= grant.created_at:
            state = "sent"
        else:
            state = "waiting"
        out.append(GrantRow(grant.uid, grant.name, grant.site, peer.code if peer else "?",
                            peer.name if peer else grant.site, grant.created_at, len(data.get("records", [])),
                            len(data.get("items", [])), state, sent if state != "waiting" else None,
                            grant.received_at))
    return out


def villages(active_only: bool = True) -> list[SyncPeer]:
    """The villages enrolled at this district, by code (for choosing who a grant is for)."""
    query = SyncPeer.select().where(SyncPeer.kind == "village")
    if active_only:
        query = query.where(SyncPeer.status == "active")
    return list(query.order_by(SyncPeer.code))


def village_codes(packages: list[GrantPackage]) -> list[str]:
    """The codes of the villages these packages are for, in the packages' order."""
    codes = {peer.site: peer.code for peer in villages(active_only=False)}
    return [codes.get(package.site, package.site) for package in packages]
