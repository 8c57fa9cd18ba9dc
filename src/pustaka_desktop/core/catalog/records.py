"""The catalogue: bibliographic records (judul) and their copies (eksemplar).

Public API (the Katalog page, the CLI, imports and the demo call these; each takes ``lib`` first):

- vocabularies with translatable labels: ``MATERIAL_TYPES``, ``AUDIENCES``, ``LANGUAGES``,
  ``AUTHOR_ROLES``, ``AUTHOR_KINDS``, ``ITEM_STATUSES``, ``SOURCES``, ``DDC_CLASSES``
- ``clean_record(fields)`` / ``clean_item(fields, ...)``  validate + normalise (inline validation too)
- ``add_record(lib, by, **fields)`` -> Saved         new record; ``Saved.duplicates`` warns, never refuses
- ``update_record(lib, by, record, **fields)`` -> Saved
- ``delete_record(lib, by, record)``                tombstone the record and its copies (librarian)
- ``find_duplicates(lib, isbn, title, first_author, exclude)``
- ``add_item(lib, by, record, **fields)`` / ``update_item(lib, by, item, **fields)``
- ``add_copies(lib, by, record, count, **fields)``  batch: barcodes + accession numbers from patterns
- ``withdraw`` / ``mark_lost`` / ``mark_damaged`` / ``restore_item``  (librarian, audited)
- ``call_number_for(record)``, ``next_barcodes(lib, n)``, ``next_accession_numbers(lib, n, source, year)``
- ``get_record``, ``find_record(lib, "id | ISBN | barcode")``, ``get_item``, ``items_of(record)``
- ``match_key(title, first_author)``, ``parse_year(text)`` / ``year_in(text)``, ``authors_of(record)``,
  ``subjects_of(record)``
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from peewee import fn
from stdnum import issn as _issn
from stdnum.exceptions import ValidationError as _StdnumError

from .. import auth
from ..errors import Cancelled, Conflict, NotFound, Refused, ValidationError
from ..fields import date_field, known_fields
from ..i18n import QT_TRANSLATE_NOOP
from ..jobs import Cancel, Progress
from ..service import Library
from ..settings import get_setting, set_setting
from ..store import write as store
from ..store.clock import local_today, this_year
from ..store.health import data_today
from ..store.lookup import by_id_or_name, used_elsewhere
from ..store.models import CollectionType, Item, Loan, Record, Staff, Subject
from . import classnumber
from .callnumber import derive_call_number
from .isbn import normalise_isbn

# --- vocabularies (code -> English label, translated in the "Catalog" context) ---------------------

MATERIAL_TYPES: dict[str, str] = {
    "book": QT_TRANSLATE_NOOP("Catalog", "Book"),
    "magazine": QT_TRANSLATE_NOOP("Catalog", "Magazine"),
    "newspaper": QT_TRANSLATE_NOOP("Catalog", "Newspaper"),
    "av": QT_TRANSLATE_NOOP("Catalog", "Audio-visual"),
    "ebook": QT_TRANSLATE_NOOP("Catalog", "E-book"),
    "other": QT_TRANSLATE_NOOP("Catalog", "Other"),
}

AUDIENCES: dict[str, str] = {
    "children": QT_TRANSLATE_NOOP("Catalog", "Children"),
    "teen": QT_TRANSLATE_NOOP("Catalog", "Teens"),
    "adult": QT_TRANSLATE_NOOP("Catalog", "Adults"),
}

# ISO 639-2/B codes a village library meets most; any other three-letter code is accepted too.
LANGUAGES: dict[str, str] = {
    "ind": QT_TRANSLATE_NOOP("Catalog", "Indonesian"),
    "eng": QT_TRANSLATE_NOOP("Catalog", "English"),
    "jav": QT_TRANSLATE_NOOP("Catalog", "Javanese"),
    "sun": QT_TRANSLATE_NOOP("Catalog", "Sundanese"),
    "mad": QT_TRANSLATE_NOOP("Catalog", "Madurese"),
    "min": QT_TRANSLATE_NOOP("Catalog", "Minangkabau"),
    "ban": QT_TRANSLATE_NOOP("Catalog", "Balinese"),
    "bug": QT_TRANSLATE_NOOP("Catalog", "Buginese"),
    "ara": QT_TRANSLATE_NOOP("Catalog", "Arabic"),
    "may": QT_TRANSLATE_NOOP("Catalog", "Malay"),
    "chi": QT_TRANSLATE_NOOP("Catalog", "Chinese"),
}

AUTHOR_ROLES: dict[str, str] = {
    "primary": QT_TRANSLATE_NOOP("Catalog", "Primary author"),
    "additional": QT_TRANSLATE_NOOP("Catalog", "Additional author"),
    "editor": QT_TRANSLATE_NOOP("Catalog", "Editor"),
    "translator": QT_TRANSLATE_NOOP("Catalog", "Translator"),
    "illustrator": QT_TRANSLATE_NOOP("Catalog", "Illustrator"),
}

AUTHOR_KINDS: dict[str, str] = {
    "person": QT_TRANSLATE_NOOP("Catalog", "Person"),
    "organisation": QT_TRANSLATE_NOOP("Catalog", "Organisation"),
}

ITEM_STATUSES: dict[str, str] = {
    "available": QT_TRANSLATE_NOOP("Catalog", "Available"),
    "on_loan": QT_TRANSLATE_NOOP("Catalog", "On loan"),
    "in_repair": QT_TRANSLATE_NOOP("Catalog", "In repair"),
    "lost": QT_TRANSLATE_NOOP("Catalog", "Lost"),
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

# The ten DDC main classes (English source; the Indonesian names libraries use are the translations).
DDC_CLASSES: dict[str, str] = {
    "000": QT_TRANSLATE_NOOP("Catalog", "000 General works"),
    "100": QT_TRANSLATE_NOOP("Catalog", "100 Philosophy and psychology"),
    "200": QT_TRANSLATE_NOOP("Catalog", "200 Religion"),
    "300": QT_TRANSLATE_NOOP("Catalog", "300 Social sciences"),
    "400": QT_TRANSLATE_NOOP("Catalog", "400 Language"),
    "500": QT_TRANSLATE_NOOP("Catalog", "500 Science"),
    "600": QT_TRANSLATE_NOOP("Catalog", "600 Technology (applied sciences)"),
    "700": QT_TRANSLATE_NOOP("Catalog", "700 Arts and recreation"),
    "800": QT_TRANSLATE_NOOP("Catalog", "800 Literature"),
    "900": QT_TRANSLATE_NOOP("Catalog", "900 History and geography"),
}

RECORD_FIELDS = ("title", "subtitle", "responsibility", "edition", "isbn", "issn", "material_type", "publisher",
                 "place", "year_text", "year", "collation", "series", "language", "ddc", "notes", "audience",
                 "authors", "subjects", "cover", "hidden", "slims_id", "class_other")
ITEM_FIELDS = ("barcode", "accession_no", "call_number", "collection_type", "location", "source", "source_detail",
               "supplier", "order_no", "order_date", "invoice", "invoice_date", "price", "received_on", "status",
               "condition_note")

# the same names as sets: membership is checked for every field of every imported row
_RECORD_NAMES = frozenset(RECORD_FIELDS)
_ITEM_NAMES = frozenset(ITEM_FIELDS)
_RECORD_TEXTS = frozenset(("title", "subtitle", "responsibility", "edition", "publisher", "place", "collation",
                           "series", "year_text", "slims_id", "class_other"))  # single-spaced by clean_record

MAX_BARCODE = 20
BARCODE_WIDTH = 6  # zero-padded counter after the library code: UJI000123
ACCESSION_PATTERN_KEY = "catalog.accession_pattern"
DEFAULT_ACCESSION_PATTERN = "{seq:05}/{source}/{year}"
MAX_BATCH = 500

# Live rows, written as "deleted + 0 = 0" so that SQLite never picks the deleted index (true for
# nearly every row) over a selective one (ISBN, barcode, record) when it has no ANALYZE statistics.
LIVE_RECORD = (Record.deleted + 0) == 0
LIVE_ITEM = (Item.deleted + 0) == 0
_LIVE_RECORD = LIVE_RECORD
_LIVE_ITEM = LIVE_ITEM
_DDC = re.compile(r"^(\d{3}|2X\d)(\.\d+)?$")
_BARCODE = re.compile(r"^[A-Za-z0-9\-./]+$")
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
_MASEHI = re.compile(r"[\s.]*(M|CE|AD|Masehi)\b", re.IGNORECASE)
_HIJRI = re.compile(r"[\s.]*(H|AH|Hijri|Hijriah|Hijriyah)\b", re.IGNORECASE)


# --- small helpers ----------------------------------------------------------------------------------


def match_key(title: str, first_author: str) -> str:
    """The duplicate key: title and first author in lower case with single spaces (the same key
    core.demo and the importers write)."""
    return f"{' '.join((title or '').lower().split())}|{' '.join((first_author or '').lower().split())}"


def authors_of(record: Record) -> list[dict[str, str]]:
    try:
        return json.loads(record.authors or "[]")
    except ValueError:
        return []


def subjects_of(record: Record) -> list[str]:
    try:
        return json.loads(record.subjects or "[]")
    except ValueError:
        return []


def first_author(authors: list[dict[str, str]] | str | None) -> str:
    if isinstance(authors, str):
        try:
            authors = json.loads(authors or "[]")
        except ValueError:
            return ""
    return authors[0]["name"] if authors else ""


def author_names(record: Record) -> str:
    return "; ".join(a.get("name", "") for a in authors_of(record))


def call_number_for(record: Record | dict[str, Any]) -> str:
    """The Indonesian call number (``899.221 HIR l``) derived from a record's class number, title and
    main author (its kind too: an organisation files under its first word; see ``callnumber``)."""
    if isinstance(record, dict):
        authors = record.get("authors", [])
        if isinstance(authors, str):
            try:
                authors = json.loads(authors or "[]")
            except ValueError:
                authors = []
        kind = authors[0].get("kind", "person") if authors and isinstance(authors[0], dict) else "person"
        return derive_call_number(record.get("ddc", ""), record.get("title", ""), first_author(authors), kind)
    authors = authors_of(record)
    kind = authors[0].get("kind", "person") if authors else "person"
    return derive_call_number(record.ddc, record.title, first_author(authors), kind)


def year_in(text: str) -> int | None:
    """The (Gregorian) year a publication-year text gives, unchecked: ``"c2010"`` -> 2010, ``"[2019]"``
    -> 2019, ``"t.t."`` -> None. Books from pesantren presses print both calendars: ``"1429 H / 2008 M"``
    -> 2008 (the Masehi year, wherever it stands); a Hijri year alone -> the Gregorian year it mostly
    falls in (``"1445 H"`` -> 2024), so the book sorts and counts with its time."""
    plain = hijri = None
    for match in _YEAR.finditer(text or ""):
        year, after = int(match.group(1)), text[match.end():]
        if _MASEHI.match(after):
            return year
        if _HIJRI.match(after):
            hijri = hijri or year - year // 33 + 622  # (a Hijri year is 354 days: 33 of them are 32 Gregorian)
        elif plain is None:
            plain = year
    return plain or hijri


def parse_year(text: str, this_year: int | None = None) -> int | None:
    """The year in a publication-year text as written (``year_in``); ``"t.t."`` (no year) -> None.
    A year after next year is refused."""
    year = year_in(text)
    if year is None:
        if re.search(r"\d", text or ""):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "{text} is not a year (write it like 2010 or c2010)."),
                field="year_text", text=text)
        return None
    if year < 1000 or (this_year is not None and year > this_year + 1):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The year {year} is not possible."), field="year_text",
                              year=year)
    return year


# class numbers and year texts repeat across a catalogue (imports clean 50,000 records): each distinct
# value is parsed once; a value that fails raises every time (exceptions are not cached)
_stored_class = functools.lru_cache(maxsize=8192)(classnumber.normalise)
_cached_year = functools.lru_cache(maxsize=8192)(parse_year)
_LANGUAGE_CODE = re.compile(r"[a-z]{3}")
# Fields that hold one of our codes: (field, the codes, what an empty value means, what an unknown code
# becomes (kept as written for review), the message naming the unknown {value}).
_CODED_FIELDS = (
    ("material_type", MATERIAL_TYPES, "book", "other", QT_TRANSLATE_NOOP("Errors", "Unknown material type {value}.")),
    ("audience", AUDIENCES, "adult", "adult", QT_TRANSLATE_NOOP("Errors", "Unknown audience {value}.")),
)


def _text(value: Any) -> str:
    return " ".join(str(value).split()) if value is not None else ""


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


def _authors(value: Any) -> list[dict[str, str]]:
    if isinstance(value, str):
        try:
            value = json.loads(value or "[]")
        except ValueError:
            value = [{"name": part} for part in value.split(";")]
    out = []
    for entry in value or []:
        if isinstance(entry, str):
            entry = {"name": entry}
        name = _text(entry.get("name", ""))
        if not name:
            continue
        role = entry.get("role") or ("primary" if not out else "additional")
        kind = entry.get("kind") or "person"
        if role not in AUTHOR_ROLES:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown author role {role}."), field="authors",
                                  role=role)
        if kind not in AUTHOR_KINDS:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown author kind {kind}."), field="authors",
                                  kind=kind)
        out.append({"name": name, "role": role, "kind": kind})
    return out


def _subjects(value: Any) -> list[str]:
    if isinstance(value, str):
        try:
            value = json.loads(value or "[]")
        except ValueError:
            value = value.split(";")
    out: list[str] = []
    seen: set[str] = set()
    for term in value or []:
        term = _text(term)
        if term and term.lower() not in seen:
            seen.add(term.lower())
            out.append(term)
    return out


# --- validation -------------------------------------------------------------------------------------


def clean_record(fields: dict[str, Any], this_year: int | None = None, partial: bool = False,
                 flags: list[tuple[str, Any, str, dict[str, Any]]] | None = None,
                 lists: bool = False) -> dict[str, Any]:
    """Validate and normalise record fields; raises ValidationError naming the first bad field.
    Returns the fields as stored (authors/subjects as JSON text, ISBN-13 digits, parsed year) plus
    ``match_key`` whenever the title or authors are given. ``partial``: only the given fields
    (an edit); otherwise the title is required.

    ``flags`` (imports): a list to report bad fields in instead of raising. A field that fails is
    kept as written (an unknown material type or audience falls back to the default) and
    ``(field, value as written, message template, params)`` is appended; only a missing title
    still raises. See core.catalog.review. ``lists``: authors and subjects as lists, not JSON text
    (an import that compares them before writing)."""
    out = known_fields(fields, _RECORD_NAMES, "record", trim=False)

    def flag(exc: ValidationError, key: str, raw: Any, keep: Any) -> Any:
        if flags is None:
            raise exc
        flags.append((key, raw, exc.template, exc.params))
        return keep
    for key in _RECORD_TEXTS.intersection(out):
        value = out[key]
        out[key] = " ".join(str(value).split()) if value is not None else ""  # (_text, inlined: 400,000 calls)
    if "notes" in out:
        out["notes"] = (out["notes"] or "").strip()
    if "title" in out or not partial:
        if not out.get("title"):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The record needs a title."), field="title")
        if len(out["title"]) > 500:
            out["title"] = flag(ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "The title is too long (at most {n} characters)."), field="title", n=500), "title",
                out["title"], out["title"])
    if "isbn" in out:
        try:
            out["isbn"] = normalise_isbn(out["isbn"] or "")
        except ValidationError as exc:
            out["isbn"] = flag(exc, "isbn", out["isbn"], str(out["isbn"]).strip())
    if "issn" in out:
        raw = (out["issn"] or "").strip()
        if raw:
            try:
                out["issn"] = _issn.format(_issn.validate(raw))
            except _StdnumError:
                out["issn"] = flag(ValidationError(QT_TRANSLATE_NOOP("Errors", "{issn} is not a valid ISSN."),
                                                   field="issn", issn=raw), "issn", raw, raw)
        else:
            out["issn"] = ""
    for key, codes, empty, unknown, refusal in _CODED_FIELDS:
        if key in out:
            out[key] = out[key] or empty
            if out[key] not in codes:
                out[key] = flag(ValidationError(refusal, field=key, value=out[key]), key, out[key], unknown)
    if "language" in out:
        raw = (out["language"] or "ind").strip()
        out["language"] = raw.lower()
        if not _LANGUAGE_CODE.fullmatch(out["language"]):
            out["language"] = flag(ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The language is a three-letter code such as ind or eng."),
                field="language"), "language", raw, raw)
    if "ddc" in out:
        raw = " ".join(str(out["ddc"] or "").split())
        try:  # segmented, primed, MARC-slashed and prefixed forms (core.catalog.classnumber)
            out["ddc"] = _stored_class(raw)
        except ValidationError as exc:
            out["ddc"] = flag(exc, "ddc", raw, raw)
    if "year_text" in out:
        try:
            parsed = _cached_year(out["year_text"], this_year)
        except ValidationError as exc:
            parsed = flag(exc, "year_text", out["year_text"], None)
        if "year" not in out or out["year"] in (None, ""):
            out["year"] = parsed
    if out.get("year") not in (None, ""):
        try:
            out["year"] = int(out["year"])
        except (TypeError, ValueError):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The year must be a number."), field="year") from None
        if out["year"] < 1000 or (this_year is not None and out["year"] > this_year + 1):
            out["year"] = flag(ValidationError(QT_TRANSLATE_NOOP("Errors", "The year {year} is not possible."),
                                               field="year_text", year=out["year"]),
                               "year_text", out.get("year_text") or out["year"], None)
    elif "year" in out:
        out["year"] = None
    if "authors" in out:
        authors = _authors(out["authors"])
        out["authors"] = authors if lists else json.dumps(authors, ensure_ascii=False)
    if "subjects" in out:
        subjects = _subjects(out["subjects"])
        out["subjects"] = subjects if lists else json.dumps(subjects, ensure_ascii=False)
    if "hidden" in out:
        out["hidden"] = bool(out["hidden"])
    return out


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
            out[key] = _text(out[key])
    if "condition_note" in out:
        out["condition_note"] = (out["condition_note"] or "").strip()
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
        if used_elsewhere(Item, _LIVE_ITEM & (Item.accession_no == out["accession_no"]), current):
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


# --- records ----------------------------------------------------------------------------------------


@dataclass
class Saved:
    """A saved record, and the records it may duplicate (same ISBN, or same title + first author):
    a warning to show, never a refusal (two editions can share a title)."""

    record: Record
    duplicates: list[Record] = field(default_factory=list)


def find_duplicates(lib: Library, isbn: str = "", title: str = "", first_author_name: str = "",
                    exclude: Record | None = None) -> list[Record]:
    conditions = []
    if isbn:
        conditions.append(Record.isbn == normalise_isbn(isbn))
    if title:
        conditions.append(Record.match_key == match_key(title, first_author_name))
    if not conditions:
        return []
    where = conditions[0] if len(conditions) == 1 else (conditions[0] | conditions[1])
    query = Record.select().where(_LIVE_RECORD & where)
    if exclude is not None:
        query = query.where(Record.id != exclude.id)
    return list(query.order_by(Record.id).limit(10))


def _remember_subjects(lib: Library, subjects_json: str) -> None:
    terms = json.loads(subjects_json or "[]")
    if not terms:
        return
    known = {t.lower() for (t,) in Subject.select(Subject.term).where(
        (Subject.deleted == False) & (fn.LOWER(Subject.term).in_([t.lower() for t in terms]))).tuples()}  # noqa: E712
    new = [{"term": t} for t in terms if t.lower() not in known]
    if new:
        store.insert_many(lib, Subject, new)


def subject_terms(lib: Library, prefix: str = "", limit: int = 50) -> list[str]:
    """The reusable subject list, for the editor's completer."""
    query = Subject.select(Subject.term).where(Subject.deleted == False)  # noqa: E712
    if prefix:
        query = query.where(Subject.term.startswith(prefix))
    return [t for (t,) in query.order_by(Subject.term).limit(limit).tuples()]


def add_record(lib: Library, by: Staff, **fields: Any) -> Saved:
    """Catalogue a new title (librarian). Returns the record and any likely duplicates."""
    auth.require(by, "catalog.edit")
    fields.setdefault("title", "")
    cleaned = clean_record(fields, this_year(lib.clock))
    author = first_author(cleaned.get("authors", "[]"))
    cleaned["match_key"] = match_key(cleaned["title"], author)
    with lib.transaction():
        duplicates = find_duplicates(lib, cleaned.get("isbn", ""), cleaned["title"], author)
        record = store.insert(lib, Record, **cleaned)
        if "subjects" in cleaned:
            _remember_subjects(lib, cleaned["subjects"])
    return Saved(record, duplicates)


def update_record(lib: Library, by: Staff, record: Record, **fields: Any) -> Saved:
    """Edit a record (librarian). Only changed fields are written; the match key follows."""
    auth.require(by, "catalog.edit")
    cleaned = clean_record(fields, this_year(lib.clock), partial=True)
    title = cleaned.get("title", record.title)
    author = first_author(cleaned.get("authors", record.authors))
    cleaned["match_key"] = match_key(title, author)
    with lib.transaction():
        duplicates = []
        if "isbn" in cleaned or "title" in cleaned or "authors" in cleaned:
            duplicates = find_duplicates(lib, cleaned.get("isbn", record.isbn), title, author, exclude=record)
        store.update(lib, record, **cleaned)
        if "subjects" in cleaned:
            _remember_subjects(lib, cleaned["subjects"])
    return Saved(record, duplicates)


def delete_record(lib: Library, by: Staff, record: Record) -> None:
    """Remove a title and its copies from the catalogue (librarian, audited). Refused while a copy is
    on loan."""
    auth.require(by, "catalog.delete")
    items = items_of(record)
    if any(i.status == "on_loan" for i in items):
        raise Refused(QT_TRANSLATE_NOOP("Errors", "A copy of {title} is on loan: check it in first."),
                      reason="on_loan", title=record.title)
    with lib.transaction():
        for item in items:
            store.delete(lib, item)
        store.delete(lib, record)
        auth.audit(lib, by, "catalog.delete", "record", record.uid, title=record.title, copies=len(items))


def get_record(lib: Library, record_id: int) -> Record:
    record = Record.get_or_none((Record.id == record_id) & _LIVE_RECORD)
    if record is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No record number {id} in the catalogue."), id=record_id)
    return record


def record_or_none(lib: Library, record_id: int | None, live_only: bool = True) -> Record | None:
    """The record as saved now, or None (no id, not found, or deleted when ``live_only``)."""
    if not record_id:
        return None
    query = Record.id == record_id
    return Record.get_or_none(query & _LIVE_RECORD if live_only else query)


def find_record(lib: Library, key: str) -> Record:
    """A record by its number, any form of its ISBN, or the barcode of one of its copies."""
    key = (key or "").strip()
    if key.isascii() and key.isdigit() and len(key) < 9:
        return get_record(lib, int(key))
    item = Item.get_or_none((Item.barcode == key.upper()) & _LIVE_ITEM)
    if item is not None:
        return get_record(lib, item.record_id)
    try:
        isbn = normalise_isbn(key)
    except ValidationError:
        isbn = ""
    if isbn:
        record = Record.select().where(_LIVE_RECORD & (Record.isbn == isbn)).order_by(Record.id).first()
        if record is not None:
            return record
    raise NotFound(QT_TRANSLATE_NOOP("Errors", "Nothing in the catalogue matches {key}."), key=key)


# --- copies -----------------------------------------------------------------------------------------


def items_of(record: Record) -> list[Item]:
    return list(Item.select().where((Item.record == record.id) & _LIVE_ITEM).order_by(Item.barcode))


def get_item(lib: Library, barcode: str) -> Item:
    item = Item.get_or_none((Item.barcode == (barcode or "").strip().upper()) & _LIVE_ITEM)
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
        store.update(lib, item, **cleaned)
    return item


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
             .where(_LIVE_ITEM & Item.record.in_(ids) & (Item.status != "withdrawn"))
             .group_by(Item.record).tuples())
    return {rid: (int(avail or 0), int(total)) for rid, total, avail in query}
