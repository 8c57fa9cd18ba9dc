"""The catalogue's copies (eksemplar) of a record: their fields, barcodes and accession numbers, and
what happens to a copy on the shelf (lost, damaged, withdrawn, back). Loans are circulation's.

Public API (each takes ``lib`` first where it reads or writes the library):

- vocabularies with translatable labels: ``ITEM_STATUSES``, ``SOURCES`` (and ``SOURCE_CODES``, the
  letter a source puts in accession numbers)
- ``clean_item(fields, current, today)``  validate + normalise (inline validation too)
- ``add_item(lib, by, record, **fields)`` / ``update_item(lib, by, item, **fields)``
- ``add_copies(lib, by, record, count, **fields)``  batch: barcodes + accession numbers from patterns
- ``withdraw`` / ``mark_lost`` / ``mark_damaged`` / ``restore_item`` / ``set_item_status``  (librarian, audited)
- ``delete_item(lib, by, item)``  a copy entered by mistake
- ``next_barcodes(lib, n)``, ``next_accession_numbers(lib, n, source, year)``, ``accession_pattern()`` /
  ``set_accession_pattern(lib, by, pattern)``
- ``get_item(lib, barcode)``, ``items_of(record)``, ``availability(record_ids)``
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from peewee import fn

from .. import auth
from ..errors import Cancelled, Conflict, NotFound, Refused, ValidationError
from ..fields import date_field, known_fields, single_spaced
from ..i18n import QT_TRANSLATE_NOOP
from ..jobs import Cancel, Progress
from ..service import Library
from ..settings import get_setting, set_setting
from ..store import write as store
from ..store.clock import local_today
from ..store.health import data_today
from ..store.lookup import by_id_or_name, used_elsewhere
from ..store.models import CollectionType, Item, Loan, Record, Staff
from .finding import live_copy
from .records import LIVE_ITEM, call_number_for

ITEM_STATUSES: dict[str, str] = {
    "available": QT_TRANSLATE_NOOP("Catalog", "Available"),
    "on_loan": QT_TRANSLATE_NOOP("Catalog", "On loan"),
    "in_repair": QT_TRANSLATE_NOOP("Catalog", "In repair"),
    "lost": QT_TRANSLATE_NOOP("Catalog", "Lost"),
    # set by a stock-take for a copy not seen on the shelf: still looked for (the catalogue and the web
    # catalogue name it instead of showing the code)
    "missing": QT_TRANSLATE_NOOP("Catalog", "Missing"),
    "damaged": QT_TRANSLATE_NOOP("Catalog", "Damaged"),
    "not_for_loan": QT_TRANSLATE_NOOP("Catalog", "Not for loan"),
    "withdrawn": QT_TRANSLATE_NOOP("Catalog", "Withdrawn"),
}
# Statuses only circulation or the guarded actions below may set.
_CIRCULATION_STATUSES = {"on_loan"}
_GUARDED_STATUSES = {"lost", "damaged", "withdrawn"}

SOURCES: dict[str, str] = {
    "purchase": QT_TRANSLATE_NOOP("Catalog", "Purchase"),
    "grant": QT_TRANSLATE_NOOP("Catalog", "Grant (hibah)"),
    "donation": QT_TRANSLATE_NOOP("Catalog", "Donation"),
    "other": QT_TRANSLATE_NOOP("Catalog", "Other source"),
}
# The letter a source puts in accession numbers ({source} in the pattern); the demo uses the same.
SOURCE_CODES = {"purchase": "P", "grant": "G", "donation": "D", "other": "O"}

ITEM_FIELDS = ("barcode", "accession_no", "call_number", "collection_type", "location", "source", "source_detail",
               "supplier", "order_no", "order_date", "invoice", "invoice_date", "price", "received_on", "status",
               "condition_note")
_ITEM_NAMES = frozenset(ITEM_FIELDS)  # a set: checked for every field of every imported row

MAX_BARCODE = 20
BARCODE_WIDTH = 6  # zero-padded counter after the library code: UJI000123
ACCESSION_PATTERN_KEY = "catalog.accession_pattern"
DEFAULT_ACCESSION_PATTERN = "{seq:05}/{source}/{year}"
MAX_BATCH = 500
_BARCODE = re.compile(r"^[A-Za-z0-9\-./]+$")


# --- validation -------------------------------------------------------------------------------------


def _as_price(value: Any) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The price must be whole rupiah."), field="price")
    if isinstance(value, int):
        price = value
    else:
        digits = re.sub(r"(?i)^rp\.?|[\s.]", "", str(value)).replace(",00", "")
        if not re.fullmatch(r"-?\d+", digits):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The price must be whole rupiah, e.g. 45000."),
                                  field="price")
        price = int(digits)
    if price < 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The price cannot be negative."), field="price")
    if price > MAX_PRICE:  # a 20-digit "price" is a slipped column, and SQLite cannot store it
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The price {price} is impossibly large; whole rupiah, "
                                                          "e.g. 45000."), field="price", price=str(value)[:30])
    return price


MAX_PRICE = 10**12  # a trillion rupiah


def _collection_type(value: Any) -> CollectionType | None:
    if value in (None, ""):
        return None
    found = by_id_or_name(CollectionType, value)
    if found is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown collection type {name}."),
                              field="collection_type", name=str(value))
    return found


def clean_item(fields: dict[str, Any], current: Item | None = None, today: date | None = None) -> dict[str, Any]:
    """Validate and normalise copy fields; raises ValidationError naming the first bad field."""
    out = known_fields(fields, _ITEM_NAMES, "item", trim=False)
    for key in ("accession_no", "call_number", "location", "source_detail", "supplier", "order_no", "invoice"):
        if key in out:
            out[key] = single_spaced(out[key])
    if "condition_note" in out:
        out["condition_note"] = (out["condition_note"] or "").strip()
    if current is not None and (out.get("barcode") or "").strip() == current.barcode:
        del out["barcode"]  # the label on the book, as an import kept it ("b00013", "B 00014"): not changed
    if "barcode" in out:
        barcode = (out["barcode"] or "").strip().upper()
        if not barcode:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The copy needs a barcode."), field="barcode")
        if len(barcode) > MAX_BARCODE:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A barcode has at most {n} characters."),
                                  field="barcode", n=MAX_BARCODE)
        if not _BARCODE.match(barcode):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A barcode has only letters, digits, - . or /, no spaces."),
                field="barcode")
        if used_elsewhere(Item, Item.barcode == barcode, current):  # tombstones too: a barcode is never reused
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The barcode {barcode} is already used."),
                                  field="barcode", barcode=barcode)
        out["barcode"] = barcode
    if out.get("accession_no"):
        if used_elsewhere(Item, LIVE_ITEM & (Item.accession_no == out["accession_no"]), current):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The accession number {number} is already used."),
                                  field="accession_no", number=out["accession_no"])
    if "collection_type" in out:
        out["collection_type"] = _collection_type(out["collection_type"])
    if "source" in out:
        out["source"] = out["source"] or "purchase"
        if out["source"] not in SOURCES:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown source {value}."), field="source",
                                  value=out["source"])
    if "price" in out:
        out["price"] = _as_price(out["price"])
    for key in ("order_date", "invoice_date", "received_on"):
        if key in out:
            out[key] = date_field(out[key], key)
    if out.get("received_on") and today and out["received_on"] > today:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The date received is in the future."),
                              field="received_on")
    if "status" in out:
        out["status"] = out["status"] or "available"
        if out["status"] not in ITEM_STATUSES:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown copy status {value}."), field="status",
                                  value=out["status"])
    return out


# --- copies -----------------------------------------------------------------------------------------


def items_of(record: Record) -> list[Item]:
    return list(Item.select().where((Item.record == record.id) & LIVE_ITEM).order_by(Item.barcode))


def get_item(lib: Library, barcode: str) -> Item:
    item = live_copy(barcode)
    if item is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No copy with barcode {barcode}."), barcode=barcode)
    return item


def next_barcodes(lib: Library, count: int = 1) -> list[str]:
    """``count`` new barcodes: the library code + a zero-padded counter continuing after the highest
    in use (deleted copies count: a barcode is never given twice)."""
    code = lib.profile.code if lib.profile else ""
    tail = re.compile(re.escape(code) + r"(\d+)$")
    highest, width = 0, BARCODE_WIDTH
    query = (Item.select(Item.barcode).where(Item.barcode.startswith(code))
             .order_by(fn.LENGTH(Item.barcode).desc(), Item.barcode.desc()).limit(50))
    for (barcode,) in query.tuples():
        match = tail.match(barcode)
        if match and int(match.group(1)) > highest:
            highest, width = int(match.group(1)), max(BARCODE_WIDTH, len(match.group(1)))
    out = []
    seq = highest
    while len(out) < count:
        seq += 1
        candidate = f"{code}{seq:0{width}d}"
        if len(candidate) > MAX_BARCODE:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A barcode has at most {n} characters."),
                                  field="barcode", n=MAX_BARCODE)
        out.append(candidate)
    clash = {b for (b,) in Item.select(Item.barcode).where(Item.barcode.in_(out)).tuples()}
    if clash:  # an odd barcode typed by hand inside the range: skip past it
        return [b for b in out if b not in clash] + _barcodes_after(seq, width, len(clash), code)
    return out


def _barcodes_after(seq: int, width: int, count: int, code: str) -> list[str]:
    out = []
    while len(out) < count:
        seq += 1
        candidate = f"{code}{seq:0{width}d}"
        if not Item.select().where(Item.barcode == candidate).exists():
            out.append(candidate)
    return out


def accession_pattern() -> str:
    return get_setting(ACCESSION_PATTERN_KEY, DEFAULT_ACCESSION_PATTERN)


def set_accession_pattern(lib: Library, by: Staff, pattern: str) -> None:
    """How new accession numbers (nomor induk) look: ``{seq}`` running number, ``{source}`` source
    letter (P/G/D/O), ``{year}`` year received, ``{code}`` library code. Librarian, settings."""
    auth.require(by, "settings.edit")
    pattern = (pattern or "").strip()
    if "{seq" not in pattern:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The accession number pattern needs {{seq}} for the running number."),
            field="pattern")
    try:
        pattern.format(seq=1, source="P", year=2026, code="X")
    except (KeyError, ValueError, IndexError):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The accession number pattern {pattern} is not valid."),
                              field="pattern", pattern=pattern) from None
    set_setting(ACCESSION_PATTERN_KEY, pattern)


def _pattern_regex(pattern: str) -> re.Pattern[str]:
    out, pos = "", 0
    for match in re.finditer(r"\{(\w+)(:[^}]*)?\}", pattern):
        out += re.escape(pattern[pos:match.start()])
        out += r"(?P<seq>\d+)" if match.group(1) == "seq" else r".*?"
        pos = match.end()
    return re.compile("^" + out + re.escape(pattern[pos:]) + "$")


def next_accession_numbers(lib: Library, count: int, source: str = "purchase", year: int | None = None) -> list[str]:
    """``count`` consecutive accession numbers from the pattern, after the highest running number in
    use."""
    pattern = accession_pattern()
    regex = _pattern_regex(pattern)
    highest = 0
    for (number,) in Item.select(Item.accession_no).where(Item.accession_no != "").tuples().iterator():
        match = regex.match(number)
        if match:
            highest = max(highest, int(match.group("seq")))
    year = year or local_today(lib.clock).year
    code = lib.profile.code if lib.profile else ""
    return [pattern.format(seq=highest + n, source=SOURCE_CODES.get(source, "O"), year=year, code=code)
            for n in range(1, count + 1)]


def _item_defaults(lib: Library, record: Record, cleaned: dict[str, Any]) -> dict[str, Any]:
    cleaned.setdefault("call_number", "")
    if not cleaned["call_number"]:
        cleaned["call_number"] = call_number_for(record)
    cleaned.setdefault("received_on", local_today(lib.clock))
    cleaned.setdefault("status", "available")
    if cleaned["status"] in _CIRCULATION_STATUSES | _GUARDED_STATUSES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A new copy cannot start as {status}."), field="status",
                              status=cleaned["status"])
    return cleaned


def add_item(lib: Library, by: Staff, record: Record, **fields: Any) -> Item:
    """Add one copy (librarian). Barcode and accession number default to the next from the patterns;
    the call number defaults to the record's derived one."""
    auth.require(by, "catalog.edit")
    today = local_today(lib.clock)
    cleaned = clean_item(fields, today=data_today(lib))
    with lib.transaction():
        if not cleaned.get("barcode"):
            cleaned["barcode"] = next_barcodes(lib, 1)[0]
        if not cleaned.get("accession_no"):
            received = cleaned.get("received_on") or today
            cleaned["accession_no"] = next_accession_numbers(lib, 1, cleaned.get("source", "purchase"),
                                                             received.year)[0]
        _item_defaults(lib, record, cleaned)
        item = store.insert(lib, Item, record=record.id, **cleaned)
    return item


def add_copies(lib: Library, by: Staff, record: Record, count: int, progress: Progress | None = None,
               cancel: Cancel | None = None, **fields: Any) -> list[Item]:
    """Batch-add ``count`` copies with consecutive barcodes and accession numbers, in one transaction."""
    auth.require(by, "catalog.edit")
    if not 1 <= int(count) <= MAX_BATCH:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Add between 1 and {n} copies at a time."),
                              field="count", n=MAX_BATCH)
    count = int(count)
    fields.pop("barcode", None)
    fields.pop("accession_no", None)
    today = local_today(lib.clock)
    cleaned = _item_defaults(lib, record, clean_item(fields, today=data_today(lib)))
    with lib.transaction():
        barcodes = next_barcodes(lib, count)
        received = cleaned.get("received_on") or today
        numbers = next_accession_numbers(lib, count, cleaned.get("source", "purchase"), received.year)
        rows = []
        for n, (barcode, number) in enumerate(zip(barcodes, numbers, strict=True)):
            if cancel is not None and cancel():
                raise Cancelled()
            row = dict(cleaned, record=record.id, barcode=barcode, accession_no=number)
            if isinstance(row.get("collection_type"), CollectionType):
                row["collection_type"] = row["collection_type"].id
            rows.append(row)
            if progress is not None:
                progress((n + 1) / count, barcode)
        uids = store.insert_many(lib, Item, rows)
    return list(Item.select().where(Item.uid.in_(uids)).order_by(Item.barcode))


def update_item(lib: Library, by: Staff, item: Item, **fields: Any) -> Item:
    """Edit a copy (librarian). Lost / damaged / withdrawn go through their own actions; on loan
    belongs to circulation."""
    auth.require(by, "catalog.edit")
    cleaned = clean_item(fields, current=item, today=data_today(lib))
    status = cleaned.get("status")
    if status is not None and status != item.status:
        if status in _CIRCULATION_STATUSES or item.status in _CIRCULATION_STATUSES:
            raise Refused(QT_TRANSLATE_NOOP("Errors", "Loans change this status: use the desk to check it out or in."),
                          reason="on_loan")
        if status in _GUARDED_STATUSES:
            return set_item_status(lib, by, item, status, cleaned.get("condition_note", ""))
    with lib.transaction():
        if status == "available" and item.status != "available":
            cleaned.pop("status")
            store.update(lib, item, **cleaned)
            _back_in_circulation(lib, item)
        else:
            store.update(lib, item, **cleaned)
    return item


def _back_in_circulation(lib: Library, item: Item) -> None:
    """A copy back from repair, found again or restored: the first member waiting for its title gets it
    (the hold shelf), as a returned copy does; else it goes on the shelf."""
    from ..circulation.holds import release_copy  # (circulation builds on the catalogue, not back)

    release_copy(lib, item)


def set_item_status(lib: Library, by: Staff, item: Item, status: str, note: str = "") -> Item:
    """Withdraw, mark lost or damaged, or put back in circulation (librarian, audited)."""
    auth.require(by, "catalog.withdraw")
    if status not in ITEM_STATUSES or status in _CIRCULATION_STATUSES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown copy status {value}."), field="status",
                              value=status)
    if item.status == "on_loan":
        raise Refused(QT_TRANSLATE_NOOP("Errors", "Copy {barcode} is on loan: check it in first."),
                      reason="on_loan", barcode=item.barcode)
    changes: dict[str, Any] = {"status": status}
    if note:
        changes["condition_note"] = note.strip()
    with lib.transaction():
        before = item.status
        if status == "available" and before != "available":
            changes.pop("status")
            if changes:
                store.update(lib, item, **changes)
            _back_in_circulation(lib, item)
        else:
            store.update(lib, item, **changes)
        auth.audit(lib, by, f"catalog.item.{status}", "item", item.uid, barcode=item.barcode, before=before,
                   note=note)
    return item


def withdraw(lib: Library, by: Staff, item: Item, note: str = "") -> Item:
    return set_item_status(lib, by, item, "withdrawn", note)


def mark_lost(lib: Library, by: Staff, item: Item, note: str = "") -> Item:
    return set_item_status(lib, by, item, "lost", note)


def mark_damaged(lib: Library, by: Staff, item: Item, note: str = "") -> Item:
    return set_item_status(lib, by, item, "damaged", note)


def restore_item(lib: Library, by: Staff, item: Item, note: str = "") -> Item:
    return set_item_status(lib, by, item, "available", note)


def delete_item(lib: Library, by: Staff, item: Item) -> None:
    """Remove a copy entered by mistake (librarian, audited). A copy that left the shelf is withdrawn
    instead, so the accession register keeps it."""
    auth.require(by, "catalog.delete")
    if item.status == "on_loan":
        raise Refused(QT_TRANSLATE_NOOP("Errors", "Copy {barcode} is on loan: check it in first."),
                      reason="on_loan", barcode=item.barcode)
    if Loan.select().where(Loan.item == item.id).exists():
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "Copy {barcode} has loan history: withdraw it instead."),
                       barcode=item.barcode)
    with lib.transaction():
        store.delete(lib, item)
        auth.audit(lib, by, "catalog.delete", "item", item.uid, barcode=item.barcode)


def availability(record_ids: Iterable[int]) -> dict[int, tuple[int, int]]:
    """{record id: (copies available now, copies in the catalogue)} (withdrawn copies not counted)."""
    ids = list(record_ids)
    if not ids:
        return {}
    query = (Item.select(Item.record, fn.COUNT(Item.id), fn.SUM(Item.status == "available"))
             .where(LIVE_ITEM & Item.record.in_(ids) & (Item.status != "withdrawn"))
             .group_by(Item.record).tuples())
    return {rid: (int(avail or 0), int(total)) for rid, total, avail in query}
