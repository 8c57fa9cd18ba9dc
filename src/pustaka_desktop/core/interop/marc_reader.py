"""MARC 21 bibliographic records -> ours: ISO 2709 (binary ``.mrc``) and MARCXML, streamed.

Fields read: 001, 003, 035, 008 (year, audience, language), 020, 022, 041, 082 (else 084, where
SLiMS puts the class number; 084 of another scheme stays that scheme), 100/110/111 and 700/710/711
(with $e role), 245 (with $n $p: volumes stay apart), 250, 260/264, 300, 490/440, every 5XX as
notes (521: audience), 600/610/611/630/650/651/653 as subjects, and holdings: 852 (copies: $p
barcode, $b shelf, $c collection type, $h $i call number, $j accession number) with 876 (price,
date received, source, status), or Koha's 952. ``marc_writer`` writes the same fields.
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO
from xml.etree import ElementTree

import pymarc

from ..catalog import classnumber
from ..errors import Cancelled, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
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
from .vocabulary import GMD_IN, SOURCE_IN, STATUS_IN

AUDIENCE_IN = {"a": "children", "b": "children", "c": "children", "j": "children", "d": "teen", "e": "adult"}
AUDIENCE_NOTE_IN = {"anak anak": "children", "anak": "children", "children": "children", "juvenile": "children",
                    "remaja": "teen", "teen": "teen", "adolescent": "teen", "dewasa": "adult", "adult": "adult",
                    "umum": "adult"}
ROLE_IN = {"editor": "editor", "ed": "editor", "penyunting": "editor", "editor (ed.)": "editor", "edt": "editor",
           "translator": "translator", "trans": "translator", "penerjemah": "translator", "trl": "translator",
           "illustrator": "illustrator", "ill": "illustrator", "ilustrator": "illustrator", "ilt": "illustrator",
           "pengarang": "", "author": "", "aut": ""}
SUBJECT_TAGS = ("600", "610", "611", "630", "650", "651", "653")


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
