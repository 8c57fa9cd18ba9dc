"""Our catalogue as MARC 21 (ISO 2709 or MARCXML), with pymarc for the XML.

Writes 001 (our record uid, so importing our own file again matches every record), 003, 005, 008,
020, 022, 041, 082, 084 (a class number of another scheme, with $2), 100/110 and 700/710 (with $e
role), 245, 250, 264, 300, 490, 500, 521, 650, and per copy one 852 (location, collection type,
call number, accession number, barcode) with an 876 (accession number, price, date received,
source, status) linked by the barcode in $p. ``marc_reader`` reads all of it back.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import UTC
from pathlib import Path
from typing import Any

import pymarc
from pymarc import Field, Indicators, Subfield

from .. import auth
from ..catalog import classnumber
from ..i18n import QT_TRANSLATE_NOOP
from ..jobs import checkpoint
from ..service import Library
from ..store.files import atomic_write
from ..store.models import Staff
from .types import Cancel, Progress
from .vocabulary import STATUS_OUT

LEADER_TYPE = {"book": "am", "magazine": "as", "newspaper": "as", "av": "gm", "ebook": "mm", "other": "pm"}
AUDIENCE_OUT = {"children": "j", "teen": "d", "adult": "e"}
# 521 (target audience note): serials have no audience position in 008, so it is written here too
AUDIENCE_NOTE = {"children": "Anak-anak", "teen": "Remaja", "adult": "Dewasa"}
ROLE_OUT = {"editor": "editor", "translator": "translator", "illustrator": "illustrator"}
SOURCE_OUT = {"purchase": "pembelian", "grant": "hibah", "donation": "sumbangan", "other": "lainnya"}

# --- ours -> MARC ---------------------------------------------------------------------------------


Sub = tuple[str, str]  # (code, value)
# A field to write: (tag, control data) or (tag, indicator 1, indicator 2, subfields)
OutField = tuple[str, str] | tuple[str, str, str, list[Sub]]
BASE_LEADER = "          22        4500"  # pymarc's blank leader


def _collation_subfields(collation: str) -> list[Sub]:
    """"120 hlm. : ilus. ; 21 cm" -> $a 120 hlm. : $b ilus. ; $c 21 cm"""
    main, _, size = collation.partition(" ; ")
    extent, _, other = main.partition(" : ")
    subfields = [("a", extent + (" :" if other else (" ;" if size else "")))]
    if other:
        subfields.append(("b", other + (" ;" if size else "")))
    if size:
        subfields.append(("c", size))
    return subfields


def _stamp(value: Any) -> str:
    """A stored UTC time (text ``YYYY-MM-DD HH:MM:SS`` or an aware datetime) as digits YYYYMMDDHHMMSS."""
    if not value:
        return ""
    if not isinstance(value, str):
        value = value.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S")
    return value[0:4] + value[5:7] + value[8:10] + value[11:13] + value[14:16] + value[17:19]


def record_fields(record: dict[str, Any], copies: Iterable[dict[str, Any]] = (),
                  library_code: str = "") -> tuple[str, list[OutField]]:
    """The leader and fields of one record (``record`` and ``copies`` as column -> value)."""
    get = record.get
    material = get("material_type") or ""
    leader = list(BASE_LEADER)
    leader[5], leader[6], leader[7] = "n", *LEADER_TYPE.get(material, "am")
    leader[9], leader[17], leader[18] = "a", " ", "i"
    authors = json.loads(get("authors") or "[]")
    subjects = json.loads(get("subjects") or "[]")
    fields: list[OutField] = [("001", get("uid") or "")]
    if library_code:
        fields.append(("003", library_code))
    updated = _stamp(get("updated_at"))
    if updated:
        fields.append(("005", updated + ".0"))
    year = get("year")
    language_code = get("language") or ""
    language = language_code if len(language_code) == 3 else "und"
    created = _stamp(get("created_at"))
    f008 = list(" " * 40)
    f008[0:6] = created[2:8] if created else "000000"
    f008[6] = "s" if year else "n"
    f008[7:11] = f"{year:04d}" if year else "uuuu"
    f008[15:18] = "io "
    if material == "magazine":
        f008[21] = "p"
    elif material == "newspaper":
        f008[21] = "n"
    else:
        f008[22] = AUDIENCE_OUT.get(get("audience"), " ")
    if material == "ebook":
        f008[23] = "o"
    f008[35:38] = language
    f008[39] = "d"
    fields.append(("008", "".join(f008)))
    if get("isbn"):
        fields.append(("020", " ", " ", [("a", get("isbn"))]))
    if get("issn"):
        fields.append(("022", " ", " ", [("a", get("issn"))]))
    if language_code:
        fields.append(("041", "0", " ", [("a", language_code)]))
    if get("ddc"):
        fields.append(("082", "0", "4", [("a", get("ddc"))]))
    if get("class_other"):
        scheme, number = classnumber.split_other(get("class_other"))
        fields.append(("084", " ", " ", [("a", number), ("2", scheme)]))
    for position, author in enumerate(authors):
        person = author.get("kind", "person") != "organisation"
        if position == 0:
            tag, ind1 = ("100", "1") if person else ("110", "2")
        else:
            tag, ind1 = ("700", "1") if person else ("710", "2")
        subfields = [("a", author["name"])]
        role = ROLE_OUT.get(author.get("role", ""))
        if role:
            subfields.append(("e", role))
        fields.append((tag, ind1, " ", subfields))
    subtitle, responsibility = get("subtitle") or "", get("responsibility") or ""
    title = [("a", (get("title") or "") + (" :" if subtitle else (" /" if responsibility else "")))]
    if subtitle:
        title.append(("b", subtitle + (" /" if responsibility else "")))
    if responsibility:
        title.append(("c", responsibility))
    fields.append(("245", "1" if authors else "0", "0", title))
    if get("edition"):
        fields.append(("250", " ", " ", [("a", get("edition"))]))
    place, publisher, year_text = get("place") or "", get("publisher") or "", get("year_text") or ""
    if place or publisher or year_text:
        pub: list[Sub] = []
        if place:
            pub.append(("a", place + (" :" if publisher else (" ," if year_text else ""))))
        if publisher:
            pub.append(("b", publisher + ("," if year_text else "")))
        if year_text:
            pub.append(("c", year_text))
        fields.append(("264", " ", "1", pub))
    if get("collation"):
        fields.append(("300", " ", " ", _collation_subfields(get("collation"))))
    if get("series"):
        fields.append(("490", "0", " ", [("a", get("series"))]))
    notes = (get("notes") or "").strip()
    for line in notes.split("\n") if notes else []:  # a 500 a line, a blank one too (read back as it was)
        fields.append(("500", " ", " ", [("a", line)]))
    if get("audience") in AUDIENCE_NOTE:
        fields.append(("521", "8", " ", [("a", AUDIENCE_NOTE[get("audience")])]))
    for term in subjects:
        fields.append(("650", " ", "4", [("a", term)]))
    for item in copies:
        holding = []
        if library_code:
            holding.append(("a", library_code))
        if item.get("location"):
            holding.append(("b", item["location"]))
        if item.get("call_number"):
            holding.append(("h", item["call_number"]))
        if item.get("collection_type"):
            holding.append(("c", item["collection_type"]))
        if item.get("accession_no"):
            holding.append(("j", item["accession_no"]))
        holding.append(("p", item["barcode"]))
        fields.append(("852", " ", " ", holding))
        fields.append(("876", " ", " ", _acquisition(item)))
        if item.get("supplier"):  # the copy's source of acquisition, linked by its barcode in $3 (with its copy)
            fields.append(("541", " ", " ", [("3", item["barcode"]), ("a", item["supplier"])]))
    if get("hidden"):
        fields.append(("942", " ", " ", [("n", "1")]))  # Koha's "suppress in OPAC": off the patrons' catalogue
    return "".join(leader), fields


def _acquisition(item: dict[str, Any]) -> list[Sub]:
    """876 (item information): what 852 has no place for, linked to the copy by its barcode in $p."""
    out: list[Sub] = []
    if item.get("accession_no"):
        out.append(("a", item["accession_no"]))
    if item.get("price") is not None:
        out.append(("c", str(item["price"])))
    if item.get("received_on"):
        out.append(("d", str(item["received_on"])))
    if item.get("source"):
        out.append(("e", SOURCE_OUT.get(item["source"], item["source"])))
    status = STATUS_OUT.get(item.get("status") or "", "")
    if status:
        out.append(("j", status))
    if item.get("source_detail"):
        out.append(("x", item["source_detail"]))
    if item.get("condition_note"):
        out.append(("z", item["condition_note"]))
    out.append(("p", item["barcode"]))
    return out


def iso2709(leader: str, fields: list[OutField]) -> bytes:
    """One record in ISO 2709 (UTF-8), byte for byte what pymarc's ``as_marc`` writes."""
    directory = []
    body = []
    offset = 0
    for field in fields:
        data = _field_bytes(field)
        directory.append(f"{field[0]}{len(data):04d}{offset:05d}")
        body.append(data)
        offset += len(data)
    head = ("".join(directory) + "\x1e").encode("ascii")
    base = 24 + len(head)
    return f"{base + offset + 1:05d}{leader[5:12]}{base:05d}{leader[17:]}".encode("ascii") + head + b"".join(body) \
        + b"\x1d"


def _field_bytes(field: OutField) -> bytes:
    if len(field) == 2:
        return (field[1] + "\x1e").encode("utf-8")
    return (field[1] + field[2] + "".join(f"\x1f{code}{value}" for code, value in field[3]) + "\x1e").encode("utf-8")


MAX_RECORD = 99_999  # ISO 2709 says a record's length in five digits
MAX_FIELD = 9_999  # and a field's in four
_HOLDINGS = ("852", "876", "541", "952")  # a copy's fields: 852, then its 876 and 541 (or a 952)


def iso2709_records(leader: str, fields: list[OutField]) -> bytes:
    """A record in ISO 2709, within the lengths the format can say. A field longer than 9,999 bytes (a
    long abstract) is written as several of the same tag. A record longer than 99,999 bytes (a title
    with a thousand copies: a school's textbook set) is written as several records with the same 001
    and description, its copies shared out among them: an import finds them by their 001 as one record
    with all its copies."""
    fields = [part for field in fields for part in _fitting(field)]
    whole = iso2709(leader, fields)
    if len(whole) <= MAX_RECORD:
        return whole
    description = [field for field in fields if field[0] not in _HOLDINGS]
    copies: list[list[OutField]] = []  # each copy's 852 with its 876 (or a 952), kept together
    for field in fields:
        if field[0] in _HOLDINGS:
            if field[0] in ("852", "952") or not copies:
                copies.append([])
            copies[-1].append(field)
    empty = len(iso2709(leader, description))
    out, part, size = [], [], empty
    for copy in copies:
        more = sum(12 + len(_field_bytes(field)) for field in copy)
        if part and size + more > MAX_RECORD:
            out.append(iso2709(leader, description + part))
            part, size = [], empty
        part += copy
        size += more
    out.append(iso2709(leader, description + part))
    return b"".join(out)


def _fitting(field: OutField) -> list[OutField]:
    """``field``, or, when longer than ISO 2709 can say, copies of it that each hold a piece of its longest
    subfield, cut between words."""
    if len(field) == 2 or len(_field_bytes(field)) <= MAX_FIELD:
        return [field]
    tag, ind1, ind2, subs = field
    longest = max(range(len(subs)), key=lambda n: len(subs[n][1].encode("utf-8")))
    room = MAX_FIELD - (len(_field_bytes(field)) - len(subs[longest][1].encode("utf-8"))) - 16
    pieces = [""]
    for word in subs[longest][1].split(" "):
        while word:
            joined = f"{pieces[-1]} {word}" if pieces[-1] else word
            if len(joined.encode("utf-8")) <= room:
                pieces[-1], word = joined, ""
            elif pieces[-1]:
                pieces.append("")
            else:  # one word longer than a field: cut where it must be
                cut = len(word.encode("utf-8")[:room].decode("utf-8", "ignore"))
                pieces[-1], word = word[:cut], word[cut:]
                pieces.append("")
    pieces = [text for text in pieces if text]
    return [(tag, ind1, ind2, [*subs[:longest], (subs[longest][0], text), *subs[longest + 1:]]) for text in pieces]


def to_pymarc(leader: str, fields: list[OutField]) -> pymarc.Record:
    rec = pymarc.Record(force_utf8=True, leader=leader)
    for field in fields:
        if len(field) == 2:
            rec.add_field(Field(tag=field[0], data=field[1]))
        else:
            rec.add_field(Field(field[0], Indicators(field[1], field[2]),
                                [Subfield(code=code, value=value) for code, value in field[3]]))
    return rec


# --- export ---------------------------------------------------------------------------------------


_RECORD_COLUMNS = ("id", "uid", "material_type", "authors", "subjects", "updated_at", "created_at", "year",
                   "language", "audience", "isbn", "issn", "ddc", "title", "subtitle", "responsibility", "edition",
                   "place", "publisher", "year_text", "collation", "series", "notes", "class_other", "hidden")
_ITEM_COLUMNS = ("record_id", "barcode", "location", "call_number", "accession_no", "price", "received_on", "source",
                 "source_detail", "status", "supplier", "condition_note")


def _records_with_copies(lib: Library, cancel: Cancel | None, progress: Progress | None):
    """(record, its live copies) for every live record, as plain column dicts read straight from SQLite
    (model instances cost more than writing the MARC). Copies stream alongside the records, both in
    record order, so neither list is held whole."""
    db = lib.db
    with lib.transaction():  # one snapshot: records and copies as they were at the start
        total = max(1, db.execute_sql("SELECT count(*) FROM record WHERE deleted = 0").fetchone()[0])
        records = db.cursor().execute(
            f"SELECT {', '.join(_RECORD_COLUMNS)} FROM record WHERE deleted = 0 ORDER BY id")
        items = db.cursor().execute(
            f"SELECT {', '.join('i.' + c for c in _ITEM_COLUMNS)}, t.name FROM item i LEFT JOIN collection_type t "
            "ON t.id = i.collection_type_id WHERE i.deleted = 0 ORDER BY i.record_id, i.id")
        pending = items.fetchone()
        for n, row in enumerate(records):
            if n % 1000 == 0:
                checkpoint(progress, cancel, n / total, QT_TRANSLATE_NOOP("Progress", "Writing records"))
            record = dict(zip(_RECORD_COLUMNS, row, strict=True))
            rid = record["id"]
            copies = []
            while pending is not None and pending[0] <= rid:
                if pending[0] == rid:
                    copies.append(dict(zip((*_ITEM_COLUMNS, "collection_type"), pending, strict=True)))
                pending = items.fetchone()
            yield record, copies


def export_marc(lib: Library, by: Staff | None, path: str | Path, xml: bool = False,
                progress: Progress | None = None, cancel: Cancel | None = None) -> int:
    """Every record (with its copies in 852) as ISO 2709, or MARCXML with ``xml``; returns the count."""
    auth.require(by, "catalog.export")
    code = lib.profile.code if lib.profile is not None else ""
    count = 0
    with atomic_write(path) as out:
        if xml:
            out.write(b'<?xml version="1.0" encoding="UTF-8"?>\n<collection xmlns="http://www.loc.gov/MARC21/slim">\n')
        for record, copies in _records_with_copies(lib, cancel, progress):
            leader, fields = record_fields(record, copies, code)
            if xml:
                out.write(pymarc.record_to_xml(to_pymarc(leader, fields)))
                out.write(b"\n")
            else:
                out.write(iso2709_records(leader, fields))
            count += 1
        if xml:
            out.write(b"</collection>\n")
    auth.audit(lib, by, "catalog.export", "record", format="marcxml" if xml else "marc", file=Path(path).name,
               rows=count)
    return count
