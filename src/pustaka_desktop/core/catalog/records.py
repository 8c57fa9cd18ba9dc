"""The catalogue's bibliographic records (judul): their fields checked, added, edited and deleted. Their
copies (eksemplar) are in ``copies``; finding a record or a copy by what is typed or scanned in ``finding``.

Public API (the Katalog page, the CLI, imports and the demo call these; each takes ``lib`` first):

- vocabularies with translatable labels: ``MATERIAL_TYPES``, ``AUDIENCES``, ``LANGUAGES``,
  ``AUTHOR_ROLES``, ``AUTHOR_KINDS``, ``DDC_CLASSES``
- ``clean_record(fields)``                         validate + normalise (inline validation too)
- ``add_record(lib, by, **fields)`` -> Saved         new record; ``Saved.duplicates`` warns, never refuses
- ``update_record(lib, by, record, **fields)`` -> Saved
- ``delete_record(lib, by, record)``                tombstone the record and its copies (librarian)
- ``find_duplicates(lib, isbn, title, first_author, exclude)``
- ``call_number_for(record)``
- ``match_key(title, first_author)``, ``parse_year(text)`` / ``year_in(text)``, ``authors_of(record)``,
  ``subjects_of(record)``
- ``LIVE_RECORD`` / ``LIVE_ITEM``: the conditions for rows not deleted
"""

from __future__ import annotations

import functools
import json
import re
from dataclasses import dataclass, field
from typing import Any

from peewee import fn
from stdnum import issn as _issn
from stdnum.exceptions import ValidationError as _StdnumError

from .. import auth
from ..errors import Refused, ValidationError
from ..fields import known_fields, single_spaced
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store import write as store
from ..store.clock import this_year
from ..store.models import Item, Record, Staff, Subject
from . import class_style, classnumber, imprint
from .callnumber import derive_call_number
from .isbn import compact_isbn, misprinted_isbn, normalise_isbn

# --- vocabularies (code -> English label, translated in the "Catalog" context) ---------------------

MATERIAL_TYPES: dict[str, str] = {
    "book": QT_TRANSLATE_NOOP("Catalog", "Book"),
    "magazine": QT_TRANSLATE_NOOP("Catalog", "Magazine"),
    "newspaper": QT_TRANSLATE_NOOP("Catalog", "Newspaper"),
    "av": QT_TRANSLATE_NOOP("Catalog", "Audio-visual"),
    "ebook": QT_TRANSLATE_NOOP("Catalog", "E-book"),
    "other": QT_TRANSLATE_NOOP("Catalog", "Other"),
}


def kind_named(material_type: str) -> str:
    """The label of a material type worth naming beside a title (untranslated, ``MATERIAL_TYPES``): "" for a
    book, which most titles are; a print book and its e-book of one title are told apart by it."""
    return "" if material_type in ("", "book") else MATERIAL_TYPES.get(material_type, "")


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
# the same names as sets: membership is checked for every field of every imported row
_RECORD_NAMES = frozenset(RECORD_FIELDS)
_RECORD_TEXTS = frozenset(("title", "subtitle", "responsibility", "edition", "publisher", "place", "collation",
                           "series", "year_text", "slims_id", "class_other"))  # single-spaced by clean_record

# Live rows, written as "deleted + 0 = 0" so that SQLite never picks the deleted index (true for
# nearly every row) over a selective one (ISBN, barcode, record) when it has no ANALYZE statistics.
LIVE_RECORD = (Record.deleted + 0) == 0
LIVE_ITEM = (Item.deleted + 0) == 0
_LIVE_RECORD = LIVE_RECORD
_LIVE_ITEM = LIVE_ITEM
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")
# the calendar after a year, also as Arabic imprints write it: "١٤٠٥هـ - ١٩٨٥م" (ha' for Hijri, mim for Miladi)
_MASEHI = re.compile(r"[\s.]*(M|CE|AD|Masehi|\u0645)(?!\w)", re.IGNORECASE)
_HIJRI = re.compile(r"[\s.]*(H|AH|Hijri|Hijriah|Hijriyah|\u0647\u0640?)(?!\w)", re.IGNORECASE)


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


def call_number_for(record: Record | dict[str, Any], segmented: bool | None = None) -> str:
    """The Indonesian call number (``899.221 HIR l``) derived from a record's class number, title and
    main author (its kind too: an organisation files under its first word; see ``callnumber``), its class
    written the library's way (``class_style``: ``899.221 3`` or ``899.2213``). ``segmented``: that way, when
    the caller derives many at once (it is a setting read from the database otherwise)."""
    if segmented is None:
        segmented = class_style.segmented()
    if isinstance(record, dict):
        authors = record.get("authors", [])
        if isinstance(authors, str):
            try:
                authors = json.loads(authors or "[]")
            except ValueError:
                authors = []
        kind = authors[0].get("kind", "person") if authors and isinstance(authors[0], dict) else "person"
        return derive_call_number(record.get("ddc", ""), record.get("title", ""), first_author(authors), kind,
                                  segmented)
    authors = authors_of(record)
    kind = authors[0].get("kind", "person") if authors else "person"
    return derive_call_number(record.ddc, record.title, first_author(authors), kind, segmented)


def maybe_hijri(text: str) -> int | None:
    """A year written alone that only the Hijri calendar makes possible (``"1405"`` on a kitab from Beirut: no book
    of a village library was printed in 1405 AD): the Gregorian year it mostly falls in, else None."""
    found = _YEAR.findall(text or "")
    year = year_in(text)
    if len(found) != 1 or year is None or not HIJRI_YEARS[0] <= year <= HIJRI_YEARS[1]:
        return None
    return year - year // 33 + 622


HIJRI_YEARS = (1300, 1460)  # 1882 to 2038 AD; as AD years, before any printed book a village library holds


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


# a year known only to its decade or century, as catalogues write it: "197-", "[197-?]", "19--", "197u" (MARC)
_DECADE = re.compile(r"^\[?\s*\d{2,3}[-?u]{1,2}\??\s*\]?$")


def parse_year(text: str, this_year: int | None = None) -> int | None:
    """The year in a publication-year text as written (``year_in``); ``"t.t."`` (no year) and ``"197-"``
    (a decade: no one year) -> None. A year after next year is refused."""
    year = year_in(text)
    if year is None:
        if re.search(r"\d", text or "") and not _DECADE.match(text.strip()):
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
DEFAULT_LANGUAGE = "ind"  # a record whose language is not given
# Fields that hold one of our codes: (field, the codes, what an empty value means, what an unknown code
# becomes (kept as written for review), the message naming the unknown {value}).
_CODED_FIELDS = (
    ("material_type", MATERIAL_TYPES, "book", "other", QT_TRANSLATE_NOOP("Errors", "Unknown material type {value}.")),
    ("audience", AUDIENCES, "adult", "adult", QT_TRANSLATE_NOOP("Errors", "Unknown audience {value}.")),
)


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
        name = single_spaced(entry.get("name", ""))
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
        term = single_spaced(term)
        if term and term.lower() not in seen:
            seen.add(term.lower())
            out.append(term)
    return out


# --- validation -------------------------------------------------------------------------------------


def clean_record(fields: dict[str, Any], this_year: int | None = None, partial: bool = False,
                 flags: list[tuple[str, Any, str, dict[str, Any]]] | None = None,
                 lists: bool = False, isbn_as_printed: bool = False) -> dict[str, Any]:
    """Validate and normalise record fields; raises ValidationError naming the first bad field.
    Returns the fields as stored (authors/subjects as JSON text, ISBN-13 digits, parsed year) plus
    ``match_key`` whenever the title or authors are given. ``partial``: only the given fields
    (an edit); otherwise the title is required.

    ``flags`` (imports): a list to report bad fields in instead of raising. A field that fails is
    kept as written (an unknown material type or audience falls back to the default) and
    ``(field, value as written, message template, params)`` is appended; only a missing title
    still raises. See core.catalog.review. ``lists``: authors and subjects as lists, not JSON text
    (an import that compares them before writing). ``isbn_as_printed``: an ISBN whose only fault is its
    check digit (printed so in the book) is kept, as its compact digits (``isbn.misprinted_isbn``)."""
    out = known_fields(fields, _RECORD_NAMES, "record", trim=False)

    def flag(exc: ValidationError, key: str, raw: Any, keep: Any) -> Any:
        if flags is None:
            raise exc
        flags.append((key, raw, exc.template, exc.params))
        return keep
    for key in _RECORD_TEXTS.intersection(out):
        value = out[key]
        out[key] = " ".join(str(value).split()) if value is not None else ""  # (single_spaced, inlined: 400,000 calls)
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
            printed = misprinted_isbn(out["isbn"]) if isbn_as_printed else ""
            out["isbn"] = printed or flag(exc, "isbn", out["isbn"], str(out["isbn"]).strip())
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
        raw = (out["language"] or DEFAULT_LANGUAGE).strip()
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
    if isbn:  # (one kept as printed with a wrong check digit is compared as its digits)
        conditions.append(Record.isbn == (misprinted_isbn(isbn) or normalise_isbn(isbn)))
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


def typed_imprint(fields: dict[str, Any], record: Record | None = None) -> dict[str, Any]:
    """A publisher typed as the book's KDT prints it ("Jakarta : Gramedia", "Bandung: Mizan, 2005") saved as
    place, publisher and year when the place (and year) are empty (``imprint.take_apart``). Only what is sure:
    a head that is no known place, or a year other than the form's, stays as typed (she sees it)."""
    if record is None:
        moved = imprint.take_apart(fields)
    else:  # (an edit names only what changed: the record's place and year stand for the rest)
        moved = imprint.take_apart(fields, record.place, record.year_text or str(record.year or ""))
    return fields if moved.other_year else moved.fields


def add_record(lib: Library, by: Staff, isbn_as_printed: bool = False, **fields: Any) -> Saved:
    """Catalogue a new title (librarian). Returns the record and any likely duplicates.
    ``isbn_as_printed``: the librarian keeps an ISBN with a wrong check digit as the book prints it (the
    caller lists it for review: ``review.note_isbn``)."""
    auth.require(by, "catalog.edit")
    fields.setdefault("title", "")
    cleaned = clean_record(typed_imprint(fields), this_year(lib.clock), isbn_as_printed=isbn_as_printed)
    author = first_author(cleaned.get("authors", "[]"))
    cleaned["match_key"] = match_key(cleaned["title"], author)
    with lib.transaction():
        duplicates = find_duplicates(lib, cleaned.get("isbn", ""), cleaned["title"], author)
        record = store.insert(lib, Record, **cleaned)
        if "subjects" in cleaned:
            _remember_subjects(lib, cleaned["subjects"])
    return Saved(record, duplicates)


def update_record(lib: Library, by: Staff, record: Record, isbn_as_printed: bool = False, **fields: Any) -> Saved:
    """Edit a record (librarian). Only changed fields are written; the match key follows. An ISBN given as the
    record already has it is unchanged, even one kept as printed with a wrong check digit (``isbn_as_printed``:
    as in ``add_record``)."""
    auth.require(by, "catalog.edit")
    if "isbn" in fields and record.isbn and compact_isbn(str(fields["isbn"] or "")) == compact_isbn(record.isbn):
        fields = {k: v for k, v in fields.items() if k != "isbn"}
    cleaned = clean_record(typed_imprint(fields, record), this_year(lib.clock), partial=True,
                           isbn_as_printed=isbn_as_printed)
    title = cleaned.get("title", record.title)
    author = first_author(cleaned.get("authors", record.authors))
    cleaned["match_key"] = match_key(title, author)
    with lib.transaction():
        duplicates = []
        if "isbn" in cleaned or "title" in cleaned or "authors" in cleaned:
            duplicates = find_duplicates(lib, cleaned.get("isbn", record.isbn), title, author, exclude=record)
        before = _derived_call_numbers(record)
        store.update(lib, record, **cleaned)
        if "subjects" in cleaned:
            _remember_subjects(lib, cleaned["subjects"])
        _copies_follow(lib, record, before)
    return Saved(record, duplicates)


def _derived_call_numbers(record: Record) -> set[str]:
    """The call numbers a copy of ``record`` took from it when added, in either way of writing the class."""
    authors = authors_of(record)
    kind = authors[0].get("kind", "person") if authors else "person"
    return {derive_call_number(record.ddc, record.title, first_author(authors), kind, segmented)
            for segmented in (False, True)}


def _copies_follow(lib: Library, record: Record, before: set[str]) -> None:
    """A class, title or author corrected after saving: the copies that took their call number from the
    record take the new one, so their spine labels print it (a copy given its own call number keeps it)."""
    after = call_number_for(record)
    if after in before:
        return
    for item in Item.select().where((Item.record == record.id) & _LIVE_ITEM & Item.call_number.in_(before | {""})):
        store.update(lib, item, call_number=after)


def delete_record(lib: Library, by: Staff, record: Record) -> None:
    """Remove a title and its copies from the catalogue (librarian, audited). Refused while a copy is
    on loan."""
    auth.require(by, "catalog.delete")
    items = list(Item.select().where((Item.record == record.id) & _LIVE_ITEM))
    if any(i.status == "on_loan" for i in items):
        raise Refused(QT_TRANSLATE_NOOP("Errors", "A copy of {title} is on loan: check it in first."),
                      reason="on_loan", title=record.title)
    with lib.transaction():
        for item in items:
            store.delete(lib, item)
        store.delete(lib, record)
        auth.audit(lib, by, "catalog.delete", "record", record.uid, title=record.title, copies=len(items))
