"""MARC 21 bibliographic records with pymarc: ISO 2709 (binary ``.mrc``) and MARCXML, both ways.

Fields read: 001, 008 (year, audience, language), 020, 022, 041, 082 (else 084, where SLiMS puts the
class number), 100/110/111 and 700/710/711 (with $e role), 245, 250, 260/264, 300, 490/440, every 5XX
as notes, 600/610/650/651/653 as subjects, and 852 holdings (copies: $p barcode, $b shelf, $h $i call
number, $j accession number). Export writes the same fields, our record uid in 001 (so importing our
own file again matches every record) and one 852 per copy.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from xml.sax import SAXException

import pymarc
from pymarc import Field, Indicators, Subfield

from .. import auth
from ..errors import Cancelled, ValidationError
from ..files import atomic_write
from ..i18n import QT_TRANSLATE_NOOP
from ..models import Item, Record, Staff
from ..service import Library
from .importer import BadRow, Cancel, Incoming, Progress, RowError, clean, fold, parse_isbn, parse_year

LEADER_TYPE = {"book": "am", "magazine": "as", "newspaper": "as", "av": "gm", "ebook": "mm", "other": "pm"}
AUDIENCE_OUT = {"children": "j", "teen": "d", "adult": "e"}
AUDIENCE_IN = {"a": "children", "b": "children", "c": "children", "j": "children", "d": "teen", "e": "adult"}
# 521 (target audience note): serials have no audience position in 008, so it is written here too
AUDIENCE_NOTE = {"children": "Anak-anak", "teen": "Remaja", "adult": "Dewasa"}
AUDIENCE_NOTE_IN = {"anak anak": "children", "anak": "children", "children": "children", "juvenile": "children",
                    "remaja": "teen", "teen": "teen", "adolescent": "teen", "dewasa": "adult", "adult": "adult",
                    "umum": "adult"}
ROLE_OUT = {"editor": "editor", "translator": "translator", "illustrator": "illustrator"}
ROLE_IN = {"editor": "editor", "ed": "editor", "penyunting": "editor", "editor (ed.)": "editor", "edt": "editor",
           "translator": "translator", "trans": "translator", "penerjemah": "translator", "trl": "translator",
           "illustrator": "illustrator", "ill": "illustrator", "ilustrator": "illustrator", "ilt": "illustrator",
           "pengarang": "", "author": "", "aut": ""}
SUBJECT_TAGS = ("600", "610", "611", "630", "650", "651", "653")


# --- ours -> MARC ---------------------------------------------------------------------------------


def _sf(code: str, value: str) -> Subfield:
    return Subfield(code=code, value=value)


def _collation_subfields(collation: str) -> list[Subfield]:
    """"120 hlm. : ilus. ; 21 cm" -> $a 120 hlm. : $b ilus. ; $c 21 cm"""
    main, _, size = collation.partition(" ; ")
    extent, _, other = main.partition(" : ")
    subfields = [_sf("a", extent + (" :" if other else (" ;" if size else "")))]
    if other:
        subfields.append(_sf("b", other + (" ;" if size else "")))
    if size:
        subfields.append(_sf("c", size))
    return subfields


def to_marc(record: Record, copies: Iterable[Item] = (), library_code: str = "") -> pymarc.Record:
    rec = pymarc.Record(force_utf8=True)
    leader = list(rec.leader)
    leader[5], leader[6], leader[7] = "n", *LEADER_TYPE.get(record.material_type, "am")
    leader[9], leader[17], leader[18] = "a", " ", "i"
    rec.leader = "".join(leader)
    authors = json.loads(record.authors or "[]")
    subjects = json.loads(record.subjects or "[]")
    rec.add_field(Field(tag="001", data=record.uid))
    if library_code:
        rec.add_field(Field(tag="003", data=library_code))
    if record.updated_at:
        rec.add_field(Field(tag="005", data=record.updated_at.strftime("%Y%m%d%H%M%S.0")))
    language = record.language if len(record.language or "") == 3 else "und"
    f008 = list(" " * 40)
    f008[0:6] = (record.created_at.strftime("%y%m%d") if record.created_at else "000000")
    f008[6] = "s" if record.year else "n"
    f008[7:11] = f"{record.year:04d}" if record.year else "uuuu"
    f008[15:18] = "io "
    if record.material_type == "magazine":
        f008[21] = "p"
    elif record.material_type == "newspaper":
        f008[21] = "n"
    else:
        f008[22] = AUDIENCE_OUT.get(record.audience, " ")
    if record.material_type == "ebook":
        f008[23] = "o"
    f008[35:38] = language
    f008[39] = "d"
    rec.add_field(Field(tag="008", data="".join(f008)))
    if record.isbn:
        rec.add_field(Field("020", Indicators(" ", " "), [_sf("a", record.isbn)]))
    if record.issn:
        rec.add_field(Field("022", Indicators(" ", " "), [_sf("a", record.issn)]))
    if record.language:
        rec.add_field(Field("041", Indicators("0", " "), [_sf("a", record.language)]))
    if record.ddc:
        rec.add_field(Field("082", Indicators("0", "4"), [_sf("a", record.ddc)]))
    for position, author in enumerate(authors):
        person = author.get("kind", "person") != "organisation"
        if position == 0:
            tag, ind1 = ("100", "1") if person else ("110", "2")
        else:
            tag, ind1 = ("700", "1") if person else ("710", "2")
        subfields = [_sf("a", author["name"])]
        role = ROLE_OUT.get(author.get("role", ""))
        if role:
            subfields.append(_sf("e", role))
        rec.add_field(Field(tag, Indicators(ind1, " "), subfields))
    title = [_sf("a", record.title + (" :" if record.subtitle else (" /" if record.responsibility else "")))]
    if record.subtitle:
        title.append(_sf("b", record.subtitle + (" /" if record.responsibility else "")))
    if record.responsibility:
        title.append(_sf("c", record.responsibility))
    rec.add_field(Field("245", Indicators("1" if authors else "0", "0"), title))
    if record.edition:
        rec.add_field(Field("250", Indicators(" ", " "), [_sf("a", record.edition)]))
    if record.place or record.publisher or record.year_text:
        pub: list[Subfield] = []
        if record.place:
            pub.append(_sf("a", record.place + (" :" if record.publisher else (" ," if record.year_text else ""))))
        if record.publisher:
            pub.append(_sf("b", record.publisher + ("," if record.year_text else "")))
        if record.year_text:
            pub.append(_sf("c", record.year_text))
        rec.add_field(Field("264", Indicators(" ", "1"), pub))
    if record.collation:
        rec.add_field(Field("300", Indicators(" ", " "), _collation_subfields(record.collation)))
    if record.series:
        rec.add_field(Field("490", Indicators("0", " "), [_sf("a", record.series)]))
    for line in (record.notes or "").split("\n"):
        if line.strip():
            rec.add_field(Field("500", Indicators(" ", " "), [_sf("a", line)]))
    if record.audience in AUDIENCE_NOTE:
        rec.add_field(Field("521", Indicators("8", " "), [_sf("a", AUDIENCE_NOTE[record.audience])]))
    for term in subjects:
        rec.add_field(Field("650", Indicators(" ", "4"), [_sf("a", term)]))
    for item in copies:
        holding = []
        if library_code:
            holding.append(_sf("a", library_code))
        if item.location:
            holding.append(_sf("b", item.location))
        if item.call_number:
            holding.append(_sf("h", item.call_number))
        if item.accession_no:
            holding.append(_sf("j", item.accession_no))
        holding.append(_sf("p", item.barcode))
        rec.add_field(Field("852", Indicators(" ", " "), holding))
    return rec


# --- MARC -> ours ---------------------------------------------------------------------------------

_TRAILING = re.compile(r"\s*[/:;=,]\s*$")


def _strip(value: str, period: bool = False) -> str:
    value = _TRAILING.sub("", (value or "").strip())
    if period and value.endswith(".") and not value.endswith(".."):
        last_word = value[:-1].split(" ")[-1]
        if len(last_word) > 3 or last_word.isdigit():  # keep abbreviations and initials: "hlm.", "A."
            value = value[:-1]
    return value.strip()


class MarcField:
    """One field of a record being read: a control field (``data``) or a data field (indicators and
    ``(code, value)`` subfield pairs). The few pymarc methods ``from_marc`` uses, on plain tuples."""

    __slots__ = ("tag", "data", "indicator1", "indicator2", "subfields")

    def __init__(self, tag: str, data: str = "", indicator1: str = " ", indicator2: str = " ",
                 subfields: list[tuple[str, str]] | None = None) -> None:
        self.tag = tag
        self.data = data
        self.indicator1 = indicator1
        self.indicator2 = indicator2
        self.subfields = subfields or []

    def get_subfields(self, *codes: str) -> list[str]:
        return [value for code, value in self.subfields if code in codes]


class MarcRecord:
    """A record as ``from_marc`` reads it: the leader and the fields in file order."""

    __slots__ = ("leader", "fields")

    def __init__(self, leader: str, fields: list[MarcField]) -> None:
        self.leader = leader
        self.fields = fields

    def get(self, tag: str) -> MarcField | None:
        for field in self.fields:
            if field.tag == tag:
                return field
        return None

    def get_fields(self, *tags: str) -> list[MarcField]:
        return [field for field in self.fields if field.tag in tags]

    @classmethod
    def from_pymarc(cls, rec: pymarc.Record) -> MarcRecord:
        fields = []
        for field in rec.fields:
            if field.is_control_field():
                fields.append(MarcField(field.tag, data=field.data or ""))
            else:
                fields.append(MarcField(field.tag, indicator1=field.indicator1 or " ",
                                        indicator2=field.indicator2 or " ",
                                        subfields=[(sf.code, sf.value) for sf in field.subfields]))
        return cls(str(rec.leader), fields)


def _first(rec: MarcRecord, tag: str, code: str) -> str:
    for field in rec.get_fields(tag):
        values = field.get_subfields(code)
        if values:
            return values[0]
    return ""


def _role(field: MarcField, default: str) -> str:
    for value in field.get_subfields("e", "4"):
        role = ROLE_IN.get(_strip(value, True).strip(".").lower())
        if role:
            return role
    return default


def from_marc(rec: MarcRecord | pymarc.Record, row: int) -> Incoming:
    if isinstance(rec, pymarc.Record):
        rec = MarcRecord.from_pymarc(rec)
    control = clean(rec.get("001").data) if rec.get("001") is not None else ""
    out: dict[str, Any] = {}
    leader = str(rec.leader)
    f008 = rec.get("008").data if rec.get("008") is not None else ""
    kind = leader[6:8] if len(leader) >= 8 else "am"
    if kind[1:] == "s":
        out["material_type"] = "newspaper" if f008[21:22] == "n" else "magazine"
    else:
        out["material_type"] = {"a": "book", "t": "book", "g": "av", "i": "av", "j": "av", "k": "av", "m": "ebook",
                                "p": "other", "r": "other"}.get(kind[:1], "other")
        if out["material_type"] == "book" and f008[23:24] in ("o", "s"):
            out["material_type"] = "ebook"
        audience = AUDIENCE_IN.get(f008[22:23])
        if audience:
            out["audience"] = audience
    title = _strip(_first(rec, "245", "a"), True)
    if not title:
        raise RowError(QT_TRANSLATE_NOOP("Import", "The title (245 $a) is empty."))
    out["title"] = title
    out["subtitle"] = _strip(_first(rec, "245", "b"), True)
    out["responsibility"] = _strip(_first(rec, "245", "c"), True)
    for field in rec.get_fields("020"):
        values = field.get_subfields("a")
        if values:
            out["isbn"] = parse_isbn(re.split(r"[\s(]", values[0].strip(), maxsplit=1)[0])
            break
    out["issn"] = _strip(_first(rec, "022", "a"))
    out["ddc"] = _strip(_first(rec, "082", "a")) or _strip(_first(rec, "084", "a"))
    out["edition"] = _strip(_first(rec, "250", "a"), True)
    publication = None
    for field in rec.get_fields("264", "260"):
        if field.tag == "260" or field.indicator2 == "1":
            publication = field
            break
    if publication is not None:
        out["place"] = _strip((publication.get_subfields("a") or [""])[0])
        out["publisher"] = _strip((publication.get_subfields("b") or [""])[0])
        out["year_text"] = _strip((publication.get_subfields("c") or [""])[0], True)
    out["year"] = parse_year(out.get("year_text", "")) or parse_year(f008[7:11])
    collation = rec.get("300")
    if collation is not None:
        parts = {code: _strip(collation.get_subfields(code)[0]) for code in "abc" if collation.get_subfields(code)}
        text = parts.get("a", "")
        if "b" in parts:
            text += " : " + parts["b"]
        if "c" in parts:
            text += " ; " + parts["c"]
        out["collation"] = text.strip(" :;")
    for tag in ("490", "440"):
        field = rec.get(tag)
        if field is not None:
            series = _strip((field.get_subfields("a") or [""])[0])
            volumes = field.get_subfields("v")
            out["series"] = series + (f" ; {_strip(volumes[0])}" if volumes else "")
            break
    language = _strip(_first(rec, "041", "a"))
    if not language and len(f008) >= 38 and f008[35:38].strip() not in ("", "und", "|||"):
        language = f008[35:38]
    out["language"] = language
    notes = []
    for field in [f for f in rec.fields if f.tag[:1] == "5" and f.tag[1:].isdigit()]:
        text = " ".join(v for _, v in _pairs(field))
        if field.tag == "521" and fold(_strip(text, True)) in AUDIENCE_NOTE_IN:
            out["audience"] = AUDIENCE_NOTE_IN[fold(_strip(text, True))]
            continue
        notes.append(text)
    out["notes"] = "\n".join(n for n in notes if n.strip())
    authors: list[dict[str, str]] = []
    for field in rec.get_fields("100", "110", "111", "700", "710", "711"):
        name = _strip(" ".join(field.get_subfields("a", "b") if field.tag[1:] == "10" else field.get_subfields("a")))
        if not name:
            continue
        primary = field.tag.startswith("1")
        authors.append({"name": name, "role": _role(field, "primary" if primary and not authors else "additional"),
                        "kind": "person" if field.tag.endswith("00") else "organisation"})
    out["authors"] = authors
    subjects: list[str] = []
    for field in rec.get_fields(*SUBJECT_TAGS):
        parts = [_strip(v, True) for code, v in _pairs(field) if code in "axyzv" and v.strip()]
        term = " -- ".join(p for p in parts if p)
        if term and term not in subjects:
            subjects.append(term)
    out["subjects"] = subjects
    items = []
    for field in rec.get_fields("852"):
        barcodes = field.get_subfields("p")
        if not barcodes:
            continue
        call = " ".join(v.strip() for v in field.get_subfields("h", "i") if v.strip())
        items.append({"barcode": barcodes[0].strip(), "location": _strip((field.get_subfields("b") or [""])[0]),
                      "call_number": call, "accession_no": (field.get_subfields("j") or [""])[0].strip()})
    items = [{k: v for k, v in item.items() if v} for item in items]
    record = {k: v for k, v in out.items() if v not in ("", None, [])}
    return Incoming(row, record=record, items=items, control=control)


def _pairs(field: MarcField) -> list[tuple[str, str]]:
    return field.subfields


def _incoming(records: Iterable[tuple[int, MarcRecord | pymarc.Record | None]], progress: Progress | None,
              cancel: Cancel | None, total: int) -> list[Incoming]:
    out: list[Incoming] = []
    for number, rec in records:
        if number % 1000 == 0:
            if cancel is not None and cancel():
                raise Cancelled()
            if progress:
                progress(min(1.0, number / max(1, total)), QT_TRANSLATE_NOOP("Import", "Reading the file"))
        if rec is None:
            out.append(Incoming(number, error=BadRow(number, QT_TRANSLATE_NOOP(
                "Import", "This MARC record is damaged and cannot be read."))))
            continue
        try:
            out.append(from_marc(rec, number))
        except RowError as exc:
            out.append(Incoming(number, error=BadRow(number, exc.template, exc.params)))
    return out


END_OF_RECORD = 0x1D
SUBFIELD = "\x1f"


def parse_record(chunk: bytes) -> MarcRecord:
    """One ISO 2709 record (leader, directory, fields), text read as UTF-8 (bad bytes replaced), as
    pymarc's MARCReader(to_unicode=True, force_utf8=True, utf8_handling="replace") reads it, in a
    fraction of the time. Raises ValueError (or UnicodeDecodeError) on a damaged record."""
    leader = chunk[:24].decode("ascii")
    if len(leader) != 24:
        raise ValueError("short leader")
    base = int(chunk[12:17])
    if base <= 24 or base >= len(chunk):
        raise ValueError("bad base address")
    directory = chunk[24:base - 1]
    if len(directory) % 12:
        raise ValueError("bad directory")
    fields = []
    for start in range(0, len(directory), 12):
        entry = directory[start:start + 12]
        tag = entry[:3].decode("ascii")
        length = int(entry[3:7])
        offset = base + int(entry[7:12])
        text = chunk[offset:offset + length - 1].decode("utf-8", "replace")
        if tag < "010" and tag.isdigit():
            fields.append(MarcField(tag, data=text))
            continue
        parts = text.split(SUBFIELD)
        indicators = parts[0]
        fields.append(MarcField(tag, indicator1=indicators[:1] or " ", indicator2=indicators[1:2] or " ",
                                subfields=[(part[0], part[1:]) for part in parts[1:] if part]))
    return MarcRecord(leader, fields)


def iter_iso2709(data: bytes) -> Iterable[MarcRecord | None]:
    """The records of an ISO 2709 file in order; None for each damaged one. After a record whose
    length is wrong, reading resumes after the next record terminator."""
    pos, size = 0, len(data)
    while pos < size:
        if data[pos] in (0x0A, 0x0D):
            pos += 1  # some systems put a line break between records
            continue
        head = data[pos:pos + 5]
        length = int(head) if head.isdigit() else 0
        end = pos + length
        if length >= 24 and end <= size and data[end - 1] == END_OF_RECORD:
            try:
                rec: MarcRecord | None = parse_record(data[pos:end])
            except (ValueError, IndexError):
                rec = None
            yield rec
            pos = end
            continue
        yield None
        terminator = data.find(b"\x1d", pos)
        pos = size if terminator < 0 else terminator + 1


def read_iso2709(path: str | Path, progress: Progress | None = None, cancel: Cancel | None = None) -> list[Incoming]:
    data = Path(path).read_bytes()
    if len(data) < 24 or not data[:5].isdigit():
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "{path} is not a MARC (ISO 2709) file. For MARCXML choose the MARCXML format."),
            path=Path(path).name)
    # a rough count for progress: one record terminator per record
    total = data.count(b"\x1d")
    damaged: list[int] = []

    def numbered():
        for number, rec in enumerate(iter_iso2709(data), start=1):
            if rec is None:
                damaged.append(number)
            yield number, rec

    out = _incoming(numbered(), progress, cancel, total)
    if not out or len(damaged) == len(out):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{path} is not a readable MARC file."), path=Path(path).name)
    return out


def read_marcxml(path: str | Path, progress: Progress | None = None, cancel: Cancel | None = None) -> list[Incoming]:
    try:
        records = pymarc.parse_xml_to_array(str(path))
    except (SAXException, ValueError, OSError, KeyError, IndexError, AttributeError, TypeError,
            pymarc.exceptions.PymarcException) as exc:
        # KeyError & co.: pymarc's handler meets an element without its tag/code attribute (fuzz test)
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{path} is not a MARCXML file ({error})."),
                              path=Path(path).name, error=str(exc)) from exc
    if not records:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{path} holds no MARC records."), path=Path(path).name)
    return _incoming(enumerate(records, start=1), progress, cancel, len(records))


# --- export ---------------------------------------------------------------------------------------


def _records_with_copies(cancel: Cancel | None, progress: Progress | None):
    copies: dict[int, list[Item]] = {}
    for item in Item.select(Item.record, Item.barcode, Item.location, Item.call_number, Item.accession_no).where(
            Item.deleted == False).order_by(Item.record, Item.id).iterator():  # noqa: E712
        copies.setdefault(item.__data__["record"], []).append(item)
    query = Record.select().where(Record.deleted == False).order_by(Record.id)  # noqa: E712
    total = max(1, query.count())
    for n, record in enumerate(query.iterator()):
        if n % 1000 == 0:
            if cancel is not None and cancel():
                raise Cancelled()
            if progress:
                progress(n / total, QT_TRANSLATE_NOOP("Export", "Writing records"))
        yield record, copies.get(record.id, [])


def export_marc(lib: Library, by: Staff | None, path: str | Path, xml: bool = False,
                progress: Progress | None = None, cancel: Cancel | None = None) -> int:
    """Every record (with its copies in 852) as ISO 2709, or MARCXML with ``xml``; returns the count."""
    auth.require(by, "catalog.export")
    code = lib.profile.code if lib.profile is not None else ""
    count = 0
    with atomic_write(path) as out:
        if xml:
            out.write(b'<?xml version="1.0" encoding="UTF-8"?>\n<collection xmlns="http://www.loc.gov/MARC21/slim">\n')
        for record, copies in _records_with_copies(cancel, progress):
            marc = to_marc(record, copies, code)
            if xml:
                out.write(pymarc.record_to_xml(marc))
                out.write(b"\n")
            else:
                out.write(marc.as_marc())
            count += 1
        if xml:
            out.write(b"</collection>\n")
    auth.audit(lib, by, "catalog.export", "record", format="marcxml" if xml else "marc", file=Path(path).name,
               rows=count)
    return count
