"""A SLiMS export that Excel left in one column, read back as the lines SLiMS wrote.

Excel splits a CSV it opens at the list separator of the computer's regional settings. An Indonesian
Windows separates lists with ``;``, so SLiMS's ``"title","gmd_name",...`` lines stay whole in column A, and
a volunteer who looked at the file (or fixed a typo) and saved it gives us a workbook, or a CSV of one
column, with a SLiMS line in each cell. Excel read each line as a field: the first field's quotes were
taken off (a ``""`` inside it made ``"``) and the rest of the line kept as it was, from the separator on:

    "Laskar pelangi, sebuah novel","Text","Cet. 1"   ->   Laskar pelangi, sebuah novel,"Text","Cet. 1"

The line is put back by quoting that first field again. Where it ends is told by the header, whose first
column name is known (``title``, ``item_code``, ``member_id``): what follows it is SLiMS's separator and quote. A row's
first field ends at the first separator + quote after which the rest of the cell makes the header's number
of fields (a title may hold ``,"`` itself). ``slims_csv`` then reads the lines as it reads SLiMS's file."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from . import sheets, slims_csv
from .types import clean

_EXCEL_CSV_LINE = re.compile(r'^\ufeff?"(title|item_code|member_id)[^"]', re.IGNORECASE)  # a one-column CSV's first line


def is_one_column(path: str | Path) -> bool:
    """Whether a file is a SLiMS export left in one column: a workbook whose first rows hold a cell naming
    SLiMS's columns (a title row may stand above it), or a CSV of such cells (Excel quoted each whole)."""
    if sheets.kind_of(path) == "csv" and not _quoted_whole(path):
        return False  # (SLiMS's own CSV, its first field quoted alone: read by slims_csv)
    rows = sheets.first_sheet(path)
    try:
        # (column A alone: a workbook in SLiMS's columns joined would name them too)
        return any(values and _header_cell(clean(values[0])) for values in itertools.islice(rows, sheets.HEADER_SEARCH))
    finally:
        rows.close()  # (the workbook is open until its rows are read)


def _cell(values: list[Any]) -> str:
    """A row's line: column A, and the cells after it that Excel cut off at a comma inside a field (a SLiMS
    export separated by ``;`` opened where lists are separated by ``,``)."""
    texts = [value if isinstance(value, str) else clean(value) for value in values]  # (" Andrea>": its space kept)
    while texts and not texts[-1]:
        texts.pop()
    return ",".join(texts)


def _quoted_whole(path: str | Path) -> bool:
    try:
        with Path(path).open(encoding="utf-8", errors="replace") as handle:
            return bool(_EXCEL_CSV_LINE.match(handle.readline()))
    except OSError:
        return False


def _header_cell(text: str) -> tuple[str, str] | None:
    """(separator, quote) SLiMS wrote, when ``text`` is the header of a biblio or item export in one cell."""
    lowered = text.strip().lower()
    for first, second in (("title", "gmd_name"), ("item_code", "call_number"), ("member_id", "member_name")):
        if lowered.startswith(first) and second in lowered:
            between = text.strip()[len(first):lowered.index(second)]
            quote = between[-1] if between[-1:] in ('"', "'") else ""
            separator = between[:len(between) - len(quote)]
            if separator and not any(ch.isalnum() for ch in separator):
                return separator, quote
    return None


def lines(path: str | Path) -> tuple[int, Iterator[str]]:
    """(file size, the lines SLiMS wrote) of a one-column export (``is_one_column``), as ``types.text_lines``
    gives a CSV's; a line break Excel kept inside a cell stays one."""
    rows = sheets.first_sheet(path)
    size = Path(path).stat().st_size

    def restored() -> Iterator[str]:
        dialect: tuple[str, str] | None = None
        width = 0
        for values in rows:
            cell = _cell(values)
            if dialect is None:
                dialect = _header_cell(cell)
                if dialect is None:
                    yield ""  # (a title row above the header: a line of its own, so the numbers stay)
                    continue
                sep, quote = dialect
                header = _requoted(cell.strip(), len(cell.strip().split(sep, 1)[0]), quote)
                width = len(slims_csv.split_line(header.rstrip(sep), sep, quote or '"'))
                dialect = sep, quote or '"'  # (a header written without quotes may stand above quoted rows)
                yield header
                continue
            yield _line_of(cell, *dialect, width) if cell else ""

    return size, restored()


def _line_of(cell: str, sep: str, quote: str, width: int) -> str:
    """The line SLiMS wrote that Excel read into ``cell``: its first field ends where the rest makes ``width``
    fields, each quoted whole (a title holding ``","`` makes the header's number of fields at two places)."""
    fields_of = slims_csv.splitter(width, sep, quote)
    fitting = []
    for end in (m.start() for m in re.finditer(re.escape(sep + quote), cell)):
        line = _requoted(cell, end, quote)
        if len(fields_of(line)) in (width, width + 1):
            if _quoted_whole_fields(cell[end:], sep, quote):
                return line
            fitting.append(line)
    if fitting:
        return fitting[0]
    # (no quoted field after the first: an export without quotes, which Excel kept as it was; else slims_csv
    # says what is wrong with the row)
    end = cell.find(sep + quote)
    return _requoted(cell, end, quote) if end >= 0 else cell


def _quoted_whole_fields(rest: str, sep: str, quote: str) -> bool:
    """Whether the fields of ``rest`` (the line from the separator after its first field) are each quoted
    whole, a quote inside one doubled."""
    body = rest[len(sep) + len(quote):].rstrip()
    body = body[:-len(sep)] if body.endswith(sep) else body
    body = body[:-len(quote)] if body.endswith(quote) else body
    return not any(quote in part.replace(quote * 2, "") for part in body.split(quote + sep + quote))


def _requoted(cell: str, end: int, quote: str) -> str:
    """``cell`` with its first field (up to ``end``) in quotes again."""
    if not quote:
        return cell
    return quote + cell[:end].replace(quote, quote * 2) + quote + cell[end:]
