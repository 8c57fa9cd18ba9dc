"""ISO 2709, the bytes of a MARC file (``.mrc``), as records: the leader, the directory and the fields
(``MarcRecord``), read as files are found. A record is cut at its end mark; one whose lengths or
offsets are wrong is read by its field marks; the text of a field is UTF-8, MARC-8 where the leader
says so, or the Windows code page where a record that says UTF-8 holds it (``MarcRecord.recoded``).
What the fields mean is ``marc_reader``'s."""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Iterable, Iterator
from typing import BinaryIO

import pymarc

from .mojibake import undo_double_utf8
from .types import UTF8_BOM, windows_text


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
    """A record as ``from_marc`` reads it: the leader and the fields in file order; ``recoded``: the
    tags of fields read in the Windows code page although the leader says UTF-8."""

    __slots__ = ("leader", "fields", "by_tag", "recoded")

    def __init__(self, leader: str, fields: list[MarcField]) -> None:
        self.leader = leader
        self.fields = fields
        self.recoded: list[str] = []
        self.by_tag: dict[str, list[MarcField]] = {}
        for field in fields:
            self.by_tag.setdefault(field.tag, []).append(field)

    def get(self, tag: str) -> MarcField | None:
        found = self.by_tag.get(tag)
        return found[0] if found else None

    def get_fields(self, *tags: str) -> list[MarcField]:
        present = [tag for tag in tags if tag in self.by_tag]  # (most tags asked for are in no record: none to scan)
        if len(present) <= 1:
            return self.by_tag[present[0]] if present else []
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


SUBFIELD = "\x1f"


def parse_record(chunk: bytes) -> MarcRecord:
    """One ISO 2709 record (leader, directory, fields), text read as UTF-8, as pymarc's
    MARCReader(to_unicode=True, force_utf8=True, utf8_handling="replace") reads it, in a fraction of
    the time. A field that is not UTF-8 in a record whose leader says MARC-8 (position 9 blank: what
    national-library and union-catalogue records copied over Z39.50 often are) is read as MARC-8, so
    "García Márquez" keeps its accents; one that is not UTF-8 in a record that says UTF-8 was written
    in the Windows code page (a Windows tool's export): read so, and named in ``MarcRecord.recoded``.
    A record whose lengths or offsets are wrong is read by its field marks (``_fields_by_marks``).
    Raises ValueError (or UnicodeDecodeError) on a record that cannot be read either way."""
    leader = chunk[:24].decode("ascii")
    if len(leader) != 24:
        raise ValueError("short leader")
    try:
        raw_fields = _fields_by_directory(chunk)
    except (ValueError, IndexError):
        raw_fields = _fields_by_marks(chunk)
    return _decoded(leader, raw_fields)


def _fields_by_directory(chunk: bytes) -> list[tuple[str, bytes]]:
    base = int(chunk[12:17])
    if base <= 24 or base >= len(chunk):
        raise ValueError("bad base address")
    directory = chunk[24:base - 1]
    if len(directory) % 12:
        raise ValueError("bad directory")
    fields = []
    for start in range(0, len(directory), 12):
        entry = directory[start:start + 12]
        length = int(entry[3:7])
        offset = base + int(entry[7:12])
        raw = chunk[offset:offset + length]
        if length < 1 or raw[-1:] != b"\x1e":  # every field ends with its mark: else the numbers are wrong
            raise ValueError("field length")
        fields.append((entry[:3].decode("ascii"), raw[:-1]))
    return fields


def _fields_by_marks(chunk: bytes) -> list[tuple[str, bytes]]:
    """A record whose numbers are wrong but whose marks are whole: a record edited by hand (a title
    changed, its lengths not), or a field longer than the directory's four digits can say (SLiMS
    writes a long abstract's length with five, shifting every entry after it). The fields are cut at
    their end marks and paired in order with the directory's tags, as MarcEdit and yaz read such a
    record; an entry's width is 12, or 13 where its length took five digits (told by the offset
    that follows it)."""
    end = chunk.find(b"\x1e", 24)
    if end < 0:
        raise ValueError("no directory")
    directory = chunk[24:end].decode("ascii")
    data = chunk[end + 1:].rstrip(b"\x1d").split(b"\x1e")
    if data and not data[-1]:
        data.pop()  # (after the last field's mark)
    tags = []
    position = offset = 0
    for raw in data:
        entry = directory[position:position + 13]
        width = 13 if entry[8:13] == f"{offset:05d}" and entry[7:12] != f"{offset:05d}" else 12
        tags.append(entry[:3])
        position += width
        offset += len(raw) + 1
    if position != len(directory) or any(len(tag) != 3 for tag in tags):
        raise ValueError("directory and fields disagree")
    return list(zip(tags, data, strict=True))


def _decoded(leader: str, raw_fields: list[tuple[str, bytes]]) -> MarcRecord:
    marc8 = leader[9] != "a"
    fields = []
    recoded = []
    for tag, raw in raw_fields:
        text = _utf8(raw) if not (marc8 and b"\x1b" in raw) else None  # (ESC: MARC-8 into Arabic, an 880)
        if text is None and marc8:
            text = "\x1f".join(map(_marc8, raw.split(b"\x1f")))
        elif text is None:
            text = windows_text(raw)
            recoded.append(tag)
        if tag < "010" and tag.isdigit() and SUBFIELD not in text:
            fields.append(MarcField(tag, data=text))
            continue
        parts = text.split(SUBFIELD)
        indicators = parts[0]
        fields.append(MarcField(tag, indicator1=indicators[:1] or " ", indicator2=indicators[1:2] or " ",
                                subfields=[(part[0], part[1:]) for part in parts[1:] if part]))
    record = MarcRecord(leader, fields)
    record.recoded = recoded
    return record


def _utf8(raw: bytes) -> str | None:
    """UTF-8 text, or None (also read so: a record that says MARC-8 but was written as UTF-8, as SLiMS does).
    An old SLiMS's text stored twice as UTF-8 is mended, as its CSV export's is (``mojibake``)."""
    try:
        return undo_double_utf8(raw.decode("utf-8"))
    except UnicodeDecodeError:
        return None


def _marc8(raw: bytes) -> str:
    """MARC-8 text (one subfield: the converter drops the delimiters) as Unicode, composed (NFC)."""
    from pymarc.marc8 import marc8_to_unicode

    try:
        return unicodedata.normalize("NFC", marc8_to_unicode(raw, hide_utf8_warnings=True))
    except (ValueError, KeyError, IndexError, UnicodeDecodeError):
        return raw.decode("utf-8", "replace")


def iter_iso2709(data: bytes) -> Iterable[MarcRecord | None]:
    """The records of ISO 2709 bytes in order; None for each damaged one (see ``iso_records``)."""
    yield from iso_records(io.BytesIO(data))


# what may stand between records and after the last: line breaks, DOS's end-of-file mark (``copy /b``),
# the spaces or NULs of a tape's fixed blocks, a BOM at the start of a file a Windows tool wrote
BETWEEN_RECORDS = b"\r\n\x1a\x00 \t"


def iso_records(handle: BinaryIO) -> Iterator[MarcRecord | None]:
    """Records read one at a time from a file, each cut at its end mark (0x1D): a record whose leader
    gives a wrong length is still read whole; None for each record that cannot be read, and for
    text after the last end mark (a file cut short)."""
    buffer = handle.read(1 << 20).removeprefix(UTF8_BOM)
    start = 0
    while True:
        end = buffer.find(b"\x1d", start)
        if end < 0:
            more = handle.read(1 << 20)
            if more:
                buffer = buffer[start:] + more
                start = 0
                continue
            if buffer[start:].strip(BETWEEN_RECORDS):
                yield None
            return
        chunk = buffer[start:end + 1].lstrip(BETWEEN_RECORDS)
        start = end + 1
        try:
            rec: MarcRecord | None = parse_record(chunk)
        except (ValueError, IndexError):
            rec = None
        yield rec
