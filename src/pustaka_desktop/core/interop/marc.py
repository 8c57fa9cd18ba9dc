"""MARC 21 bibliographic records with pymarc: ISO 2709 (binary ``.mrc``) and MARCXML, both ways.

Fields read: 001, 008 (year, audience, language), 020, 022, 041, 082 (else 084, where SLiMS puts the
class number), 100/110/111 and 700/710/711 (with $e role), 245, 250, 260/264, 300, 490/440, every 5XX
as notes, 600/610/650/651/653 as subjects, and 852 holdings (copies: $p barcode, $b shelf, $h $i call
number, $j accession number). Export writes the same fields, our record uid in 001 (so importing our
own file again matches every record) and one 852 per copy.
"""

from __future__ import annotations

import io
import json
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC
from pathlib import Path
from typing import Any, BinaryIO
from xml.etree import ElementTree

import pymarc
from pymarc import Field, Indicators, Subfield

from .. import auth
from ..catalog import classnumber
from ..errors import Cancelled, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..jobs import checkpoint
from ..service import Library
from ..store.files import atomic_write
from ..store.models import Item, Record, Staff
from .types import (
    BadRow,
    Cancel,
    Incoming,
    Progress,
    RowError,
    clean,
    fold,
    language_code,
    parse_date,
    parse_isbn,
    parse_price,
    parse_year,
    soft,
)
from .vocabulary import GMD_IN, SOURCE_IN, STATUS_IN, STATUS_OUT

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
    for line in (get("notes") or "").split("\n"):
        if line.strip():
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
    out.append(("p", item["barcode"]))
    return out


def iso2709(leader: str, fields: list[OutField]) -> bytes:
    """One record in ISO 2709 (UTF-8), byte for byte what pymarc's ``as_marc`` writes."""
    directory = []
    body = []
    offset = 0
    for field in fields:
        if len(field) == 2:
            data = (field[1] + "\x1e").encode("utf-8")
        else:
            data = (field[1] + field[2] + "".join(f"\x1f{code}{value}" for code, value in field[3])
                    + "\x1e").encode("utf-8")
        directory.append(f"{field[0]}{len(data):04d}{offset:05d}")
        body.append(data)
        offset += len(data)
    head = ("".join(directory) + "\x1e").encode("ascii")
    base = 24 + len(head)
    return f"{base + offset + 1:05d}{leader[5:12]}{base:05d}{leader[17:]}".encode("ascii") + head + b"".join(body) \
        + b"\x1d"


def to_pymarc(leader: str, fields: list[OutField]) -> pymarc.Record:
    rec = pymarc.Record(force_utf8=True, leader=leader)
    for field in fields:
        if len(field) == 2:
            rec.add_field(Field(tag=field[0], data=field[1]))
        else:
            rec.add_field(Field(field[0], Indicators(field[1], field[2]),
                                [Subfield(code=code, value=value) for code, value in field[3]]))
    return rec


def to_marc(record: Record, copies: Iterable[Item] = (), library_code: str = "") -> pymarc.Record:
    """A record (and its copies) as a pymarc record."""
    return to_pymarc(*record_fields(dict(record.__data__), [dict(item.__data__) for item in copies], library_code))


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

    __slots__ = ("leader", "fields", "by_tag")

    def __init__(self, leader: str, fields: list[MarcField]) -> None:
        self.leader = leader
        self.fields = fields
        self.by_tag: dict[str, list[MarcField]] = {}
        for field in fields:
            self.by_tag.setdefault(field.tag, []).append(field)

    def get(self, tag: str) -> MarcField | None:
        found = self.by_tag.get(tag)
        return found[0] if found else None

    def get_fields(self, *tags: str) -> list[MarcField]:
        if len(tags) == 1:
            return self.by_tag.get(tags[0], [])
        return [field for field in self.fields if field.tag in tags]  # in record order

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
    flags: list[Any] = []
    leader = str(rec.leader)
    f008 = rec.get("008").data if rec.get("008") is not None else ""
    kind = leader[6:8] if len(leader) >= 8 else "am"
    gmd = fold(_strip(_first(rec, "245", "h")).strip("[]"))
    if kind[1:] == "s":
        out["material_type"] = "newspaper" if f008[21:22] == "n" else "magazine"
    elif kind[:1] not in ("a", "t", "g", "i", "j", "k", "m", "p", "r") and gmd:
        out["material_type"] = GMD_IN.get(gmd, "other")  # SLiMS leaves the leader blank; 245 $h has its GMD
    else:
        out["material_type"] = {"a": "book", "t": "book", "g": "av", "i": "av", "j": "av", "k": "av", "m": "ebook",
                                "p": "other", "r": "other"}.get(kind[:1], "book")
        if out["material_type"] == "book" and f008[23:24] in ("o", "s"):
            out["material_type"] = "ebook"
        audience = AUDIENCE_IN.get(f008[22:23])
        if audience:
            out["audience"] = audience
    title_field = rec.get("245")
    title = _strip(_first(rec, "245", "a"), True)
    if not title:
        raise RowError(QT_TRANSLATE_NOOP("Import", "The title (245 $a) is empty."))
    # 245 $n $p: the number and name of a part ("Jilid 1"): different volumes stay different records
    parts = [_strip(v, True) for v in (title_field.get_subfields("n", "p") if title_field is not None else [])]
    parts = [p for p in parts if p]
    out["title"] = ". ".join([title, *parts]) if parts else title
    out["subtitle"] = _strip(_lead(_first(rec, "245", "b")), True)
    out["responsibility"] = _strip(_lead(_first(rec, "245", "c")), True)
    for field in rec.get_fields("020"):
        values = field.get_subfields("a")
        if values:
            out["isbn"] = parse_isbn(re.split(r"[\s(]", values[0].strip(), maxsplit=1)[0])
            break
    out["issn"] = _strip(_first(rec, "022", "a"))
    out["ddc"] = _strip(_first(rec, "082", "a"))
    for field in rec.get_fields("084"):
        number = _strip((field.get_subfields("a") or [""])[0])
        scheme = (field.get_subfields("2") or [""])[0]
        if not number:
            continue
        if classnumber.is_ddc_scheme(scheme):  # SLiMS writes its class number in 084 without $2
            out["ddc"] = out["ddc"] or number
        elif not out.get("class_other"):
            out["class_other"] = classnumber.other_scheme(number, scheme)
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
    if not out.get("year_text") and parse_year(f008[7:11]):
        out["year_text"] = f008[7:11]
    collation = rec.get("300")
    if collation is not None:
        parts = {code: _strip(collation.get_subfields(code)[0]) for code in "abc" if collation.get_subfields(code)}
        text = parts.get("a", "")
        if parts.get("b"):
            text += " : " + parts["b"]
        if parts.get("c"):
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
    out["language"] = language_code(language)  # SLiMS writes the name ("Indonesia"); old records "engund"
    notes = []
    for field in [f for f in rec.fields if f.tag[:1] == "5" and f.tag[1:].isdigit()]:
        text = " ".join(v for _, v in field.subfields)
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
        words = [_strip(v, True) for code, v in field.subfields if code in "axyzv" and v.strip()]
        term = " -- ".join(w for w in words if w)
        if term and term not in subjects:
            subjects.append(term)
    out["subjects"] = subjects
    items = _holdings(rec, flags)
    record = {k: v for k, v in out.items() if v not in ("", None, [])}
    source = ""
    if control and not _UID.fullmatch(control):
        origin = clean(rec.get("003").data) if rec.get("003") is not None else ""
        source = f"marc:{origin}:{control}" if origin else f"marc:{control}"
    elif not control:
        for field in rec.get_fields("035"):
            number = clean((field.get_subfields("a") or [""])[0])
            if number:
                source = f"marc035:{number}"
                break
    return Incoming(row, record=record, items=items, control=control, source_id=source, flags=flags)


_UID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
SOURCE_OUT = {"purchase": "pembelian", "grant": "hibah", "donation": "sumbangan", "other": "lainnya"}


def _lead(value: str) -> str:
    """SLiMS writes 245 $b as " : subtitle": the ISBD mark belongs to the field before."""
    return re.sub(r"^\s*[:/;=]\s*", "", value or "")


def _holdings(rec: MarcRecord, flags: list[Any]) -> list[dict[str, Any]]:
    """Copies from 852 (location, call number, barcode) with 876 (accession number, price, date
    received, source, status; linked by barcode in $p), or from Koha's 952."""
    items: dict[str, dict[str, Any]] = {}
    for field in rec.get_fields("852"):
        barcodes = field.get_subfields("p")
        if not barcodes or not barcodes[0].strip():
            continue
        call = " ".join(v.strip() for v in field.get_subfields("h", "i") if v.strip())
        items[barcodes[0].strip()] = {
            "barcode": barcodes[0].strip(), "location": _strip((field.get_subfields("b") or [""])[0]),
            "collection_type": _strip((field.get_subfields("c") or [""])[0]), "call_number": call,
            "accession_no": (field.get_subfields("j") or [""])[0].strip()}
    for field in rec.get_fields("876"):
        barcode = (field.get_subfields("p") or [""])[0].strip()
        if not barcode:
            continue
        item = items.setdefault(barcode, {"barcode": barcode})
        sub = {code: value.strip() for code, value in reversed(field.subfields)}
        item["accession_no"] = item.get("accession_no") or sub.get("a", "")
        item["price"] = soft(parse_price, sub.get("c", ""), "876 $c", flags, "price")
        item["received_on"] = soft(parse_date, _marc_date(sub.get("d", "")), "876 $d", flags, "date")
        source = fold(sub.get("e", ""))
        item["source"] = SOURCE_IN.get(source, "other" if source else "")
        item["source_detail"] = sub.get("x", "")
        status = STATUS_IN.get(fold(sub.get("j", "")))
        if status and status != "available":
            item["status"] = status
    for field in rec.get_fields("952"):  # Koha
        sub = {code: value.strip() for code, value in reversed(field.subfields)}
        barcode = sub.get("p", "")
        if not barcode:
            continue
        items[barcode] = {
            "barcode": barcode, "location": sub.get("c", ""), "call_number": sub.get("o", ""),
            "accession_no": sub.get("i", ""), "collection_type": sub.get("8", "") or sub.get("y", ""),
            "price": soft(parse_price, sub.get("g", ""), "952 $g", flags, "price"),
            "received_on": soft(parse_date, _marc_date(sub.get("d", "")), "952 $d", flags, "date"),
            "supplier": sub.get("e", "")}
    return [{k: v for k, v in item.items() if v not in ("", None)} for item in items.values()]


def _marc_date(text: str) -> str:
    """yyyymmdd (MARC's form) -> yyyy-mm-dd; other forms pass."""
    text = (text or "").strip()
    if len(text) == 8 and text.isdigit():
        return f"{text[:4]}-{text[4:6]}-{text[6:]}"
    return text


def _incoming(records: Iterable[tuple[int, MarcRecord | None]], progress: Callable[[], float] | None,
              report: Progress | None, cancel: Cancel | None) -> Iterator[Incoming]:
    for number, rec in records:
        if number % 1000 == 0:
            if cancel is not None and cancel():
                raise Cancelled()
            if report and progress:
                report(min(1.0, progress()), QT_TRANSLATE_NOOP("Import", "Reading the file"))
        if rec is None:
            yield Incoming(number, error=BadRow(number, QT_TRANSLATE_NOOP(
                "Import", "This MARC record is damaged and cannot be read.")))
            continue
        try:
            yield from_marc(rec, number)
        except RowError as exc:
            yield Incoming(number, error=BadRow(number, exc.template, exc.params))


END_OF_RECORD = 0x1D
SUBFIELD = "\x1f"


def parse_record(chunk: bytes) -> MarcRecord:
    """One ISO 2709 record (leader, directory, fields), text read as UTF-8, as pymarc's
    MARCReader(to_unicode=True, force_utf8=True, utf8_handling="replace") reads it, in a fraction of
    the time. A field that is not UTF-8 in a record whose leader says MARC-8 (position 9 blank: what
    national-library and union-catalogue records copied over Z39.50 often are) is read as MARC-8, so
    "García Márquez" keeps its accents; other bad bytes are replaced. Raises ValueError (or
    UnicodeDecodeError) on a damaged record."""
    leader = chunk[:24].decode("ascii")
    if len(leader) != 24:
        raise ValueError("short leader")
    marc8 = leader[9] != "a"
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
        raw = chunk[offset:offset + length - 1]
        try:
            text = raw.decode("utf-8")  # (also a record that says MARC-8 but was written as UTF-8: SLiMS)
        except UnicodeDecodeError:
            text = "\x1f".join(map(_marc8, raw.split(b"\x1f"))) if marc8 else raw.decode("utf-8", "replace")
        if tag < "010" and tag.isdigit() and SUBFIELD not in text:
            fields.append(MarcField(tag, data=text))
            continue
        parts = text.split(SUBFIELD)
        indicators = parts[0]
        fields.append(MarcField(tag, indicator1=indicators[:1] or " ", indicator2=indicators[1:2] or " ",
                                subfields=[(part[0], part[1:]) for part in parts[1:] if part]))
    return MarcRecord(leader, fields)


def _marc8(raw: bytes) -> str:
    """MARC-8 text (one subfield: the converter drops the delimiters) as Unicode, composed (NFC)."""
    from pymarc.marc8 import marc8_to_unicode

    try:
        return unicodedata.normalize("NFC", marc8_to_unicode(raw, hide_utf8_warnings=True))
    except (ValueError, KeyError, IndexError, UnicodeDecodeError):
        return raw.decode("utf-8", "replace")


def iter_iso2709(data: bytes) -> Iterable[MarcRecord | None]:
    """The records of ISO 2709 bytes in order; None for each damaged one (see ``_iso_records``)."""
    yield from _iso_records(io.BytesIO(data))


def _iso_records(handle: BinaryIO) -> Iterator[MarcRecord | None]:
    """Records read one at a time from a file; None for each damaged one. After a record whose length
    is wrong, reading resumes after the next record terminator."""
    buffer = b""
    while True:
        if len(buffer) < 1 << 16:
            more = handle.read(1 << 20)
            buffer += more
        else:
            more = b"-"
        buffer = buffer.lstrip(b"\r\n")  # some systems put a line break between records
        if not buffer:
            return
        head = buffer[:5]
        length = int(head) if head.isdigit() else 0
        while length > len(buffer) and more:
            more = handle.read(max(1 << 20, length - len(buffer)))
            buffer += more
        if length >= 24 and length <= len(buffer) and buffer[length - 1] == END_OF_RECORD:
            try:
                rec: MarcRecord | None = parse_record(buffer[:length])
            except (ValueError, IndexError):
                rec = None
            yield rec
            buffer = buffer[length:]
            continue
        yield None
        terminator = buffer.find(b"\x1d")
        while terminator < 0:
            more = handle.read(1 << 20)
            if not more:
                return
            buffer += more
            terminator = buffer.find(b"\x1d")
        buffer = buffer[terminator + 1:]


def read_iso2709(path: str | Path, progress: Progress | None = None,
                 cancel: Cancel | None = None) -> Iterator[Incoming]:
    path = Path(path)
    with path.open("rb") as handle:
        head = handle.read(24)
    if len(head) < 24 or not head[:5].isdigit():
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "{path} is not a MARC (ISO 2709) file. For MARCXML choose the MARCXML format."),
            path=path.name)
    size = max(1, path.stat().st_size)

    def rows() -> Iterator[Incoming]:
        good = 0
        with path.open("rb") as handle:
            numbered = enumerate(_iso_records(handle), start=1)
            for inc in _incoming(numbered, lambda: handle.tell() / size, progress, cancel):
                if inc.error is None:
                    good += 1
                elif good == 0 and inc.row >= 20:
                    raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{path} is not a readable MARC file."),
                                          path=path.name)
                yield inc
        if good == 0:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{path} is not a readable MARC file."), path=path.name)

    return rows()


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]


def _xml_records(path: Path) -> Iterator[MarcRecord]:
    """MARCXML records one at a time (with or without the marc: prefix, SLiMS mixes both), each
    element cleared once read."""
    leader = ""
    fields: list[MarcField] = []
    for _event, element in ElementTree.iterparse(str(path), events=("end",)):
        name = _local(element.tag)
        if name == "leader":
            leader = (element.text or "").ljust(24)[:24]
        elif name == "controlfield":
            fields.append(MarcField(element.get("tag", ""), data=element.text or ""))
        elif name == "datafield":
            subfields = [(sub.get("code", " ")[:1] or " ", sub.text or "") for sub in element
                         if _local(sub.tag) == "subfield"]
            fields.append(MarcField(element.get("tag", ""), indicator1=(element.get("ind1") or " ")[:1],
                                    indicator2=(element.get("ind2") or " ")[:1], subfields=subfields))
            element.clear()
        elif name == "record":
            yield MarcRecord(leader or " " * 24, fields)
            leader, fields = "", []
            element.clear()


def read_marcxml(path: str | Path, progress: Progress | None = None,
                 cancel: Cancel | None = None) -> Iterator[Incoming]:
    path = Path(path)
    size = max(1, path.stat().st_size)

    def rows() -> Iterator[Incoming]:
        count = 0
        try:
            with path.open("rb") as handle:
                head = handle.read(2048).lstrip()
            if not head.startswith(b"<"):
                raise ElementTree.ParseError("not XML")
            records = _xml_records(path)
            done = [0]

            def numbered() -> Iterator[tuple[int, MarcRecord]]:
                for number, rec in enumerate(records, start=1):
                    done[0] = number
                    yield number, rec

            for inc in _incoming(numbered(), lambda: min(0.99, done[0] * 1500 / size), progress, cancel):
                count += 1
                yield inc
        except ElementTree.ParseError as exc:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{path} is not a MARCXML file ({error})."),
                                  path=path.name, error=str(exc)) from exc
        if count == 0:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{path} holds no MARC records."), path=path.name)

    return rows()


# --- export ---------------------------------------------------------------------------------------


_RECORD_COLUMNS = ("id", "uid", "material_type", "authors", "subjects", "updated_at", "created_at", "year",
                   "language", "audience", "isbn", "issn", "ddc", "title", "subtitle", "responsibility", "edition",
                   "place", "publisher", "year_text", "collation", "series", "notes", "class_other")
_ITEM_COLUMNS = ("record_id", "barcode", "location", "call_number", "accession_no", "price", "received_on", "source",
                 "source_detail", "status")


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
                checkpoint(progress, cancel, n / total, QT_TRANSLATE_NOOP("Export", "Writing records"))
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
                out.write(iso2709(leader, fields))
            count += 1
        if xml:
            out.write(b"</collection>\n")
    auth.audit(lib, by, "catalog.export", "record", format="marcxml" if xml else "marc", file=Path(path).name,
               rows=count)
    return count
