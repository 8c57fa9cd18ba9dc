"""The shared import machinery: parse -> plan (the dry run) -> apply in one transaction.

A format module turns a file into ``Incoming`` rows: the record fields the file carries (only the
non-empty ones), the copies it lists, or a per-row ``BadRow`` (a wrong ISBN, a bad date). A file that
cannot be read at all raises ``ValidationError`` and changes nothing.

``plan`` matches every row against the catalogue (our own id from MARC 001, the ISBN, the normalised
title + first author; copies by barcode, then by accession number) and counts what would be added,
updated or skipped. ``import_file`` plans and applies in ONE transaction, so a cancelled or failed
import leaves the catalogue as it was, and importing the same file twice adds nothing the second time.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Any

from peewee import fn

from .. import auth
from ..catalog import search
from ..catalog.records import match_key
from ..errors import Cancelled, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store import backup
from ..store import write as store
from ..store.clock import local_today
from ..store.models import CollectionType, Item, Record, Staff, Subject
from .types import (
    MAX_BARCODE,
    BadRow,
    Cancel,
    ImportPlan,
    Incoming,
    Progress,
    RowError,
    first_author,
    fold,
)

# --- planning -------------------------------------------------------------------------------------


class _Index:
    """What the catalogue already holds, loaded once per import (a few columns, not whole rows)."""

    def __init__(self) -> None:
        live = Record.deleted == False  # noqa: E712
        self.by_uid: dict[str, int] = {}
        self.by_isbn: dict[str, int] = {}
        self.by_key: dict[str, int] = {}
        for rid, uid, isbn, key in Record.select(Record.id, Record.uid, Record.isbn, Record.match_key).where(
                live).order_by(Record.id).tuples():
            self.by_uid[uid] = rid
            if isbn:
                self.by_isbn.setdefault(isbn, rid)
            if key:
                self.by_key.setdefault(key, rid)
        self.barcodes: dict[str, int] = {}
        self.accessions: dict[str, tuple[int, int]] = {}  # accession number -> (item id, record id)
        self.copy_counts: dict[int, int] = {}
        for iid, rid, barcode, acc in Item.select(Item.id, Item.record, Item.barcode, Item.accession_no).where(
                Item.deleted == False).tuples():  # noqa: E712
            self.barcodes[barcode] = iid
            if acc:
                self.accessions[acc] = (iid, rid)
            self.copy_counts[rid] = self.copy_counts.get(rid, 0) + 1
        # tombstoned copies still hold their barcode (the column is unique)
        self.dead_barcodes = set(Item.select(Item.barcode).where(Item.deleted == True).tuples())  # noqa: E712
        self.dead_barcodes = {b for (b,) in self.dead_barcodes}
        self.types = {fold(name): tid for tid, name in CollectionType.select(CollectionType.id, CollectionType.name)
                      .where(CollectionType.deleted == False).tuples()}  # noqa: E712
        self.subjects = {fold(term) for (term,) in Subject.select(Subject.term).where(
            Subject.deleted == False).tuples()}  # noqa: E712
        self._titles: dict[str, int] | None = None

    def by_title(self, title: str) -> int | None:
        if self._titles is None:
            self._titles = {}
            for rid, title_, subtitle in Record.select(Record.id, Record.title, Record.subtitle).where(
                    Record.deleted == False).order_by(Record.id).tuples():  # noqa: E712
                self._titles.setdefault(fold(title_), rid)
                if subtitle:
                    self._titles.setdefault(fold(f"{title_} : {subtitle}"), rid)
        return self._titles.get(fold(title))


_BARCODE = re.compile(r"^[A-Za-z0-9\-./]+$")


def _clean_record(rec: dict[str, Any], this_year: int) -> dict[str, Any]:
    """The catalogue's own rules (core.catalog.clean_record), keeping authors/subjects as lists."""
    from ..catalog import records as catalog

    fields = {k: v for k, v in rec.items() if k in catalog.RECORD_FIELDS}
    if fields.get("year_text"):
        fields.pop("year", None)  # the catalogue parses the year from the text as written
    cleaned = catalog.clean_record(fields, this_year=this_year, partial=True)
    for name in ("authors", "subjects"):
        if name in cleaned:
            cleaned[name] = json.loads(cleaned[name])
    return {k: v for k, v in cleaned.items() if v not in ("", None, [])}


def _clean_item(item: dict[str, Any], today: date) -> dict[str, Any]:
    """core.catalog.clean_item for the plain fields; barcode, accession number and collection type
    are checked by the planner against the whole file and catalogue at once."""
    from ..catalog import records as catalog

    own = ("barcode", "accession_no", "collection_type", "_soft")
    cleaned = catalog.clean_item({k: v for k, v in item.items() if k in catalog.ITEM_FIELDS and k not in own},
                                 today=today)
    out = {k: v for k, v in item.items() if k in own}
    out.update(cleaned)
    if out.get("barcode"):
        out["barcode"] = str(out["barcode"]).strip().upper()
        if not _BARCODE.match(out["barcode"]):
            raise RowError(QT_TRANSLATE_NOOP(
                "Import", "The barcode {barcode} may have only letters, digits, - . or /, no spaces."),
                barcode=out["barcode"])
    if out.get("accession_no"):
        out["accession_no"] = " ".join(str(out["accession_no"]).split())
    return {k: v for k, v in out.items() if v not in ("", None)}


def _record_changes(row: Record, incoming: dict[str, Any]) -> dict[str, Any]:
    """The fields the file would change: only values it carries; an empty value never erases."""
    changes: dict[str, Any] = {}
    for name, value in incoming.items():
        if value in ("", None, []):
            continue
        if name == "authors":
            current = json.loads(row.authors or "[]")
            if [fold(a["name"]) for a in current] != [fold(a["name"]) for a in value]:
                changes[name] = json.dumps(value, ensure_ascii=False)
            continue
        if name == "subjects":
            current = json.loads(row.subjects or "[]")
            if [fold(s) for s in current] != [fold(s) for s in value]:
                changes[name] = json.dumps(value, ensure_ascii=False)
            continue
        if getattr(row, name) != value:
            changes[name] = value
    return changes


def _item_changes(row: Item, incoming: dict[str, Any], type_id: int | None) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    soft = incoming.get("_soft", {})
    for name, value in incoming.items():
        if name in ("barcode", "collection_type", "_soft") or value in ("", None):
            continue
        if name == "status" and value == "available" and row.status == "on_loan":
            continue  # circulation owns "on loan"; a file saying "available" does not end a loan
        if getattr(row, name) in soft.get(name, ()):
            continue  # the file's value is vaguer than ours (SLiMS's "2" is a grant or a donation)
        if getattr(row, name) != value:
            changes[name] = value
    if type_id is not None and row.__data__.get("collection_type") != type_id:
        changes["collection_type"] = type_id
    return changes


def plan(lib: Library, fmt: str, rows: Iterable[Incoming], path: str = "", progress: Progress | None = None,
         cancel: Cancel | None = None) -> ImportPlan:
    """Match the parsed rows against the catalogue and count what importing would do. Writes nothing."""
    report = progress or (lambda fraction, message: None)
    rows = list(rows)
    result = ImportPlan(format=fmt, path=path, rows=len(rows))
    index = _Index()
    in_file: dict[str, tuple[str, int]] = {}  # file key -> record ref
    new_titles: dict[str, tuple[str, int]] = {}
    barcode_rows: dict[str, int] = {}  # barcode -> first row in this file
    planned_copies: dict[tuple[str, int], int] = {}
    planned_types: dict[str, str] = {}
    barcode_gen: _BarcodeGenerator | None = None
    # Rows matched to records/copies already in the catalogue are compared in batches: one query per
    # 500 rows instead of one per row (a re-import of 100,000 records touches every one of them).
    pending_records: list[tuple[int, dict[str, Any]]] = []
    pending_items: list[tuple[int, dict[str, Any], int | None, bool, str]] = []

    def compare_records() -> None:
        ids = list({rid for rid, _ in pending_records})
        rows_by_id = {row.id: row for row in Record.select().where(Record.id.in_(ids))}
        for existing, rec in pending_records:
            changes = _record_changes(rows_by_id[existing], rec)
            if changes:
                result.record_updates.setdefault(existing, {}).update(changes)
                result.records_update += 1
            else:
                result.records_skip += 1
        pending_records.clear()

    def compare_items() -> None:
        ids = list({iid for iid, *_ in pending_items})
        rows_by_id = {row.id: row for row in Item.select().where(Item.id.in_(ids))}
        for existing_item, fields, type_id, type_new, type_name in pending_items:
            changes = _item_changes(rows_by_id[existing_item], fields, type_id)
            if type_new:
                changes["collection_type"] = ("new", fold(type_name))
            if changes:
                result.item_updates.setdefault(existing_item, {}).update(changes)
                result.items_update += 1
            else:
                result.items_skip += 1
        pending_items.clear()
    accession_rows: dict[str, int] = {}
    today = local_today(lib.clock)
    total = max(1, len(rows))

    def type_id_for(name: str) -> tuple[int | None, bool]:
        """(existing id or None, is a planned new type)."""
        key = fold(name)
        if not key:
            return None, False
        if key in index.types:
            return index.types[key], False
        if key not in planned_types:
            planned_types[key] = name.strip()
            result.new_collection_types.append(name.strip())
        return None, True

    for n, inc in enumerate(rows):
        if n % 500 == 0:
            if cancel is not None and cancel():
                raise Cancelled()
            report(n / total, QT_TRANSLATE_NOOP("Import", "Checking rows"))
        if inc.error is not None:
            result.bad.append(inc.error)
            continue
        try:
            rec = _clean_record(inc.record, today.year) if inc.record is not None else None
            inc.items = [_clean_item(item, today) for item in inc.items]
        except ValidationError as exc:
            result.bad.append(BadRow(inc.row, exc.template, exc.params, exc.context))
            continue
        except RowError as exc:
            result.bad.append(BadRow(inc.row, exc.template, exc.params))
            continue
        # copies first: a row whose copies clash is left out whole
        clash = None
        for item in inc.items:
            acc = item.get("accession_no", "")
            if acc and acc in accession_rows:
                clash = BadRow(inc.row, QT_TRANSLATE_NOOP(
                    "Import", "The accession number {number} is already used on row {first} of this file."),
                    {"number": acc, "first": accession_rows[acc]})
                break
            holder = index.accessions.get(acc) if acc else None
            if holder is not None and item.get("barcode") and index.barcodes.get(item["barcode"]) != holder[0]:
                clash = BadRow(inc.row, QT_TRANSLATE_NOOP(
                    "Import", "The accession number {number} is already used by another copy."), {"number": acc})
                break
            barcode = item.get("barcode", "")
            if barcode and len(barcode) > MAX_BARCODE:
                clash = BadRow(inc.row, QT_TRANSLATE_NOOP(
                    "Import", "The barcode {barcode} is longer than {n} characters."), {"barcode": barcode,
                                                                                       "n": MAX_BARCODE})
            elif barcode and barcode in barcode_rows:
                clash = BadRow(inc.row, QT_TRANSLATE_NOOP(
                    "Import", "The barcode {barcode} is already used on row {first} of this file."),
                    {"barcode": barcode, "first": barcode_rows[barcode]})
            elif barcode and barcode in index.dead_barcodes:
                clash = BadRow(inc.row, QT_TRANSLATE_NOOP(
                    "Import", "The barcode {barcode} belonged to a deleted copy and cannot be used again."),
                    {"barcode": barcode})
            if clash:
                break
        if clash:
            result.bad.append(clash)
            continue
        for item in inc.items:
            if item.get("barcode"):
                barcode_rows[item["barcode"]] = inc.row
            if item.get("accession_no"):
                accession_rows[item["accession_no"]] = inc.row

        # the record
        ref: tuple[str, int] | None = None
        if rec is not None:
            key = match_key(rec.get("title", ""), first_author(rec.get("authors")))
            file_key = ("c:" + inc.control) if inc.control else (("i:" + rec["isbn"]) if rec.get("isbn") else "k:" + key)
            if file_key in in_file:
                ref = in_file[file_key]
            else:
                existing = (index.by_uid.get(inc.control) if inc.control else None) or (
                    index.by_isbn.get(rec["isbn"]) if rec.get("isbn") else None) or index.by_key.get(key)
                if existing is not None:
                    ref = ("id", existing)
                    pending_records.append((existing, rec))
                    if len(pending_records) >= 500:
                        compare_records()
                else:
                    fields = dict(rec)
                    fields["match_key"] = key
                    if inc.control and _looks_like_uid(inc.control):
                        fields["uid"] = inc.control
                    ref = ("new", len(result.new_records))
                    result.new_records.append(fields)
                    result.records_add += 1
                    new_titles.setdefault(fold(rec.get("title", "")), ref)
                in_file[file_key] = ref
        elif inc.record_title:
            existing = index.by_title(inc.record_title)
            if existing is not None:
                ref = ("id", existing)
            elif fold(inc.record_title) in new_titles:
                ref = new_titles[fold(inc.record_title)]
        if ref is None:
            if any(item.get("barcode") in index.barcodes for item in inc.items):
                ref = ("none", 0)  # copies already in the catalogue: update them where they are
            else:
                result.bad.append(BadRow(inc.row, QT_TRANSLATE_NOOP(
                    "Import", "No record titled {title} in the catalogue: import the biblio file first."),
                    {"title": inc.record_title}))
                continue

        # the copies
        for item in inc.items:
            fields = {k: v for k, v in item.items() if v not in ("", None)}
            type_name = fields.pop("collection_type", "")
            type_id, type_new = type_id_for(type_name) if type_name else (None, False)
            barcode = fields.get("barcode", "")
            existing_item = index.barcodes.get(barcode) if barcode else None
            if existing_item is None and not barcode and fields.get("accession_no"):
                holder = index.accessions.get(fields["accession_no"])
                if holder is not None and ref != ("id", holder[1]):
                    result.bad.append(BadRow(inc.row, QT_TRANSLATE_NOOP(
                        "Import", "The accession number {number} is already used by another copy."),
                        {"number": fields["accession_no"]}))
                    continue
                existing_item = holder[0] if holder is not None else None
            if existing_item is not None:
                pending_items.append((existing_item, fields, type_id, type_new, type_name))
                if len(pending_items) >= 500:
                    compare_items()
                continue
            if ref[0] == "none":
                continue
            if not barcode:
                if barcode_gen is None:
                    barcode_gen = _BarcodeGenerator(lib, index)
                fields["barcode"] = barcode_gen.next()
            if type_id is not None:
                fields["collection_type"] = type_id
            elif type_new:
                fields["collection_type"] = ("new", fold(type_name))
            fields.pop("_soft", None)
            result.new_items.append((ref, fields))
            planned_copies[ref] = planned_copies.get(ref, 0) + 1
            result.items_add += 1
        if inc.copies and not inc.items and ref[0] != "none":
            have = planned_copies.get(ref, 0) + (index.copy_counts.get(ref[1], 0) if ref[0] == "id" else 0)
            for _ in range(max(0, inc.copies - have)):
                if barcode_gen is None:
                    barcode_gen = _BarcodeGenerator(lib, index)
                result.new_items.append((ref, {"barcode": barcode_gen.next()}))
                planned_copies[ref] = planned_copies.get(ref, 0) + 1
                result.items_add += 1

    compare_records()
    compare_items()

    # subjects new to the reusable list
    seen: set[str] = set()
    for fields in [*result.new_records, *result.record_updates.values()]:
        subjects = fields.get("subjects") or []
        if isinstance(subjects, str):
            subjects = json.loads(subjects)
        for term in subjects:
            key = fold(term)
            if key and key not in index.subjects and key not in seen:
                seen.add(key)
                result.new_subjects.append(term)
    report(1.0, "")
    return result


def _looks_like_uid(text: str) -> bool:
    return bool(re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", text))


class _BarcodeGenerator:
    """Barcodes for copies a file lists without one: the library code + a zero-padded counter."""

    def __init__(self, lib: Library, index: _Index) -> None:
        profile = lib.profile
        self.prefix = profile.code if profile is not None else "B"
        self.index = index
        pattern = re.compile(re.escape(self.prefix) + r"(\d+)$")
        last = 0
        for (barcode,) in Item.select(Item.barcode).where(Item.barcode.startswith(self.prefix)).tuples():
            match = pattern.match(barcode)
            if match:
                last = max(last, int(match.group(1)))
        self.counter = last

    def next(self) -> str:
        while True:
            self.counter += 1
            barcode = f"{self.prefix}{self.counter:06d}"
            if barcode not in self.index.barcodes and barcode not in self.index.dead_barcodes:
                self.index.barcodes[barcode] = -1
                return barcode


# --- applying -------------------------------------------------------------------------------------


def apply(lib: Library, result: ImportPlan, progress: Progress | None = None, cancel: Cancel | None = None) -> None:
    """Write a plan. Call inside the caller's transaction (``import_file`` does)."""
    report = progress or (lambda fraction, message: None)

    def check(fraction: float, message: str) -> None:
        if cancel is not None and cancel():
            raise Cancelled()
        report(fraction, message)

    check(0.0, QT_TRANSLATE_NOOP("Import", "Saving records"))
    type_ids: dict[str, int] = {}
    for name in result.new_collection_types:
        type_ids[fold(name)] = store.insert(lib, CollectionType, name=name).id
    if result.new_subjects:
        store.insert_many(lib, Subject, [{"term": term} for term in result.new_subjects])

    before = Record.select(fn.MAX(Record.id)).scalar() or 0
    chunk = 2000
    rows: list[dict[str, Any]] = []
    for fields in result.new_records:
        row = dict(fields)
        for name in ("authors", "subjects"):
            if name in row and not isinstance(row[name], str):
                row[name] = json.dumps(row[name], ensure_ascii=False)
        rows.append(row)
    # the search index is filled once at the end of the block, not by a trigger per record
    with search.bulk_index(lib):
        for start in range(0, len(rows), chunk):
            check(0.6 * start / max(1, len(rows)), QT_TRANSLATE_NOOP("Import", "Saving records"))
            store.insert_many(lib, Record, rows[start:start + chunk])
    new_ids = [rid for (rid,) in Record.select(Record.id).where(Record.id > before).order_by(Record.id).tuples()]
    if len(new_ids) != len(rows):  # pragma: no cover - ids are assigned in insert order
        raise RuntimeError("imported record ids out of step")

    for n, (rid, changes) in enumerate(result.record_updates.items()):
        if n % 200 == 0:
            check(0.6, QT_TRANSLATE_NOOP("Import", "Updating records"))
        store.update(lib, Record.get_by_id(rid), **changes)

    def resolve_type(value: Any) -> Any:
        if isinstance(value, tuple):
            return type_ids[value[1]]
        return value

    items: list[dict[str, Any]] = []
    for ref, fields in result.new_items:
        row = dict(fields)
        row["record"] = new_ids[ref[1]] if ref[0] == "new" else ref[1]
        if "collection_type" in row:
            row["collection_type"] = resolve_type(row["collection_type"])
        items.append(row)
    for start in range(0, len(items), chunk):
        check(0.65 + 0.3 * start / max(1, len(items)), QT_TRANSLATE_NOOP("Import", "Saving copies"))
        store.insert_many(lib, Item, items[start:start + chunk])
    for n, (iid, changes) in enumerate(result.item_updates.items()):
        if n % 200 == 0:
            check(0.95, QT_TRANSLATE_NOOP("Import", "Updating copies"))
        if "collection_type" in changes:
            changes["collection_type"] = resolve_type(changes["collection_type"])
        store.update(lib, Item.get_by_id(iid), **changes)
    result.applied = True
    report(1.0, "")


# --- the entry point ------------------------------------------------------------------------------


def parse(fmt: str, path: str | Path, mapping: dict[str, str] | None = None,
          progress: Progress | None = None, cancel: Cancel | None = None) -> list[Incoming]:
    from . import marc, slims, spreadsheet

    readers: dict[str, Callable[..., list[Incoming]]] = {
        "slims-biblio": slims.read_biblio,
        "slims-item": slims.read_items,
        "marc": marc.read_iso2709,
        "marcxml": marc.read_marcxml,
        "xlsx": lambda p, progress=None, cancel=None: spreadsheet.read_xlsx(p, mapping, progress, cancel),
        "csv": lambda p, progress=None, cancel=None: spreadsheet.read_csv(p, mapping, progress, cancel),
    }
    if fmt not in readers:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown import format {format}."), format=fmt)
    if not Path(path).is_file():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The file {path} does not exist."), path=str(path))
    return readers[fmt](path, progress=progress, cancel=cancel)


class _big_cache:  # noqa: N801 - a context manager
    """A bigger SQLite page cache while a large import writes (its rows and their many indexes stay in
    memory instead of spilling to the WAL and being read back): up to 256 MB, as much as the import
    needs (about 1 KB a row); the usual size comes back afterwards, which frees the pages."""

    def __init__(self, lib: Library, result: ImportPlan) -> None:
        self.lib = lib
        rows = len(result.new_records) + len(result.new_items)
        self.kib = min(256 * 1024, rows)  # ~1 KiB a row
        self.before: int | None = None

    def __enter__(self) -> None:
        if self.kib > 16 * 1024:
            self.before = self.lib.db.execute_sql("PRAGMA cache_size").fetchone()[0]
            if self.before is not None and (self.before < 0 and -self.before < self.kib):
                self.lib.db.execute_sql(f"PRAGMA cache_size = -{int(self.kib)}")
            else:
                self.before = None

    def __exit__(self, *exc: Any) -> None:
        if self.before is not None:
            self.lib.db.execute_sql(f"PRAGMA cache_size = {int(self.before)}")


def import_file(lib: Library, by: Staff | None, fmt: str, path: str | Path, *, mapping: dict[str, str] | None = None,
                dry_run: bool = False, progress: Progress | None = None, cancel: Cancel | None = None) -> ImportPlan:
    """Read ``path`` in format ``fmt`` and import it (or, with ``dry_run``, only report what would
    happen). One transaction: on an error or a cancel nothing is written."""
    auth.require(by, "catalog.import")
    report = progress or (lambda fraction, message: None)

    def scaled(start: float, width: float) -> Progress:
        return lambda fraction, message: report(start + width * fraction, message)

    rows = parse(fmt, path, mapping, scaled(0.0, 0.35), cancel)
    if not dry_run:  # the catalogue as it was, in case the import was a mistake (core.backup)
        backup.backup_before(lib, "import", recent=backup.IMPORT_REUSE)
    with lib.transaction():
        result = plan(lib, fmt, rows, str(path), scaled(0.35, 0.15), cancel)
        del rows
        if dry_run:
            report(1.0, "")
            return result
        with _big_cache(lib, result):
            apply(lib, result, scaled(0.5, 0.5), cancel)
        auth.audit(lib, by, "catalog.import", "record", "", format=fmt, file=Path(path).name,
                   **{k: v for k, v in result.summary().items() if k in ("records", "copies", "bad_rows")})
    return result
