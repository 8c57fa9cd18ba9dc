"""SLiMS's members CSV, read and written in SLiMS's exact column order:

``member_id,member_name,gender,member_type_name,member_email,member_address,postal_code,inst_name,
is_new,member_image,pin,member_phone,member_fax,member_since_date,register_date,expire_date,birth_date,
member_notes[,mpasswd]``

- gender: 1 = male, 0 = female; ``mpasswd`` (a password hash) is never imported or exported.
- What SLiMS has no column for (village, RT/RW, occupation, education, guardian) is written at the end of
  ``member_address`` and ``member_notes`` and read back from there (``member_extras``).
- SLiMS's own export escapes quotes with backslashes (``\\"``) and may end the header with an extra
  separator; both are tolerated, and so is any field separator and quote typed on SLiMS's export
  page (the line reader is the catalogue's, ``slims_csv``).
- These columns are what every member reader gives (``member_import`` checks and writes the rows).
- Exporting members is exporting personal data: librarians only ("members.export"), audited.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from .. import auth
from ..cells import as_written
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..jobs import Cancel, Progress, checkpoint
from ..service import Library
from ..settings import get_setting
from ..store.files import atomic_write
from ..store.models import Member, MemberType, Staff
from . import member_extras, sheets
from .slims_csv import cut_stray_separator, dialect, escaped_line, not_slims, split_line, unescape_mysql
from .types import BadRow, clean, read_text

COLUMNS = ("member_id", "member_name", "gender", "member_type_name", "member_email", "member_address",
           "postal_code", "inst_name", "is_new", "member_image", "pin", "member_phone", "member_fax",
           "member_since_date", "register_date", "expire_date", "birth_date", "member_notes")
COLUMNS_WITH_PASSWORD = (*COLUMNS, "mpasswd")


def csv_rows(path: str | Path, progress: Progress | None, cancel: Cancel | None, source: list[str] | None = None):
    """(row number, {column: value}) or (row number, BadRow) for each line of SLiMS's members CSV; the
    header is optional, and so are SLiMS's trailing separator and its password column. ``source``: the lines
    read another way than the file's (``slims_one_column``)."""
    lines = read_text(path).splitlines() if source is None else source
    name = Path(path).name
    start = 0
    while start < len(lines) and not lines[start].strip():
        start += 1
    if start >= len(lines):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{path} is empty."), path=name)
    sep, quote = dialect(lines[start], COLUMNS[:2])  # the separator and quote the export page was given
    first = [f.strip().strip("\"'").strip().lower() for f in split_line(lines[start], sep, quote)]
    while first and first[-1] == "" and first[0] == "member_id":
        first = first[:-1]
    columns = COLUMNS
    if first and first[0] == "member_id":
        if tuple(first) not in (COLUMNS, COLUMNS_WITH_PASSWORD):
            raise not_slims(name, "members", first, COLUMNS)
        columns = tuple(first)
        start += 1
    elif set(first) & set(COLUMNS):
        raise not_slims(name, "members", [c for c in COLUMNS if c != "member_id"], COLUMNS)  # (names member_id)
    total = max(1, len(lines))
    for number in range(start, len(lines)):
        line = lines[number]
        if number % 1000 == 0:
            checkpoint(progress, cancel, number / total, QT_TRANSLATE_NOOP("Progress", "Reading the file"))
        if not line.strip():
            continue
        line = cut_stray_separator(line, sep, quote)
        fields = split_line(line, sep, quote, escaped=True)
        if len(fields) not in (len(columns), len(columns) + 1, len(COLUMNS_WITH_PASSWORD)):
            fields = split_line(line, sep, quote)  # (a file saved again elsewhere: a backslash as written)
        if len(fields) == len(columns) + 1 and fields[-1] == "":
            fields = fields[:-1]
        if len(fields) == len(COLUMNS_WITH_PASSWORD) and columns == COLUMNS:
            fields = fields[:len(COLUMNS)]  # no header, but the password column: ignored
        if len(fields) != len(columns):
            yield number + 1, BadRow(number + 1, QT_TRANSLATE_NOOP(
                "Import", "The row has {found} columns instead of {expected}."),
                {"found": len(fields), "expected": len(columns)})
            continue
        yield number + 1, {c: unescape(v) for c, v in zip(columns, fields, strict=True)}


def sheet_rows(path: str | Path) -> Iterator[tuple[int, dict[str, str]]] | None:
    """SLiMS's members CSV opened in Excel with its columns apart (a PC whose list separator is the comma, or Text to
    Columns) and saved as a workbook: its rows as the CSV's (a date cell as the day it shows), or None when the file is
    no such workbook. Its headers are SLiMS's column names, which no member list kept by hand has: it was refused as
    having no column of names."""
    if sheets.kind_of(path) == "csv":
        return None
    try:
        header_row, headers, rest = sheets.sheet_rows(path)
    except ValidationError:
        return None
    names = [header.strip().lower() for header in headers]
    while names and (not names[-1] or names[-1].startswith("#")):  # (empty columns after the last)
        names.pop()
    if tuple(names) not in (COLUMNS, COLUMNS_WITH_PASSWORD):
        return None

    def rows() -> Iterator[tuple[int, dict[str, str]]]:
        for number, values in enumerate(rest, start=header_row + 1):
            cells = [_text(value) for value in values[:len(COLUMNS)]]
            if any(cells):
                yield number, dict(zip(COLUMNS, [unescape(cell) for cell in cells] + [""] * (len(COLUMNS) - len(cells)),
                                       strict=True))

    return rows()


def _text(value: Any) -> str:
    """A cell of SLiMS's columns as the CSV had it: a day Excel read as a date written as SLiMS writes it."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    return value.isoformat() if isinstance(value, date) else clean(value)


def unescape(value: str) -> str:
    """A field of SLiMS's member export as it was typed: the export runs MySQL's ``escape_string`` on
    every field and never undoes it (membership/export.php), read back by ``slims_csv.unescape_mysql``;
    the apostrophe an export puts in front of formula-looking text comes off (``cells.as_written``)."""
    return unescape_mysql(as_written(value.strip()))


def _date(value: date | None) -> str:
    return value.isoformat() if value else ""


def export_members(lib: Library, by: Staff, path: str | Path, *, header: bool = True,
                   progress: Progress | None = None, cancel: Cancel | None = None) -> int:
    """Write every member as a SLiMS members CSV (personal data: librarian only, audited). What SLiMS has no
    column for goes where a SLiMS user keeps it (``member_extras``): the RT/RW and the village at the end of the
    address, occupation, education and guardian as labelled lines after the notes, in the library's language.
    Returns the number of members written."""
    auth.require(by, "members.export")
    language = get_setting("language", "id")
    query = (Member.select(Member, MemberType.name.alias("type_name"))
             .join(MemberType, on=(Member.member_type == MemberType.id))
             .where(Member.deleted == False).order_by(Member.number))  # noqa: E712
    total = max(1, query.count())
    count = 0
    with atomic_write(path) as handle:
        if header:
            handle.write((",".join(COLUMNS) + "\n").encode("utf-8"))
        for member in query.objects():
            count += 1
            if count % 1000 == 0:
                checkpoint(progress, cancel, count / total, QT_TRANSLATE_NOOP("Progress", "Writing"))
            address, notes = member_extras.written(
                member.address or "", member.notes or "",
                {field: getattr(member, field) for field in member_extras.FIELDS}, language)
            handle.write(escaped_line([
                member.number, member.name, {"M": "1", "F": "0"}.get(member.gender, ""), member.type_name,
                member.email, address, member.postal_code, member.institution, "0", "", member.nik,
                member.phone, "", _date(member.registered_on), _date(member.registered_on),
                _date(member.expires_on), _date(member.birth_date), notes,
            ]))
    auth.audit(lib, by, "members.export", "member", "", file=Path(path).name, count=count)
    return count
