"""What a sheet's reader knows of its columns beyond their cells, said when an import reads them: columns
hidden in Excel (a helper column she hid would fill a field she never sees) and formulas whose results the file
does not hold (read as empty). Found in the xlsx part's XML, looked into, not parsed (``merged_cells.XlsxMerges``
asks), and for .xls by xlrd."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Container, Iterator
from typing import Any

from ..i18n import QT_TRANSLATE_NOOP
from .types import BadRow

_HIDDEN = re.compile(rb"\bhidden=\"(?:1|true)\"")

# <col min="2" max="3" width="0" hidden="1"/>: columns hidden by hand, listed before the cells
_COL_TAG = re.compile(rb"<(?:\w+:)?col\s[^>]*>")
_COL_RANGE = (re.compile(rb"\bmin=\"(\d+)\""), re.compile(rb"\bmax=\"(\d+)\""))


def hidden_columns_of(archive: zipfile.ZipFile, part: str) -> frozenset[int]:
    """The hidden columns of a sheet's part (from 0), from its <cols>, which comes before the cells: only the
    part's start is read."""
    with archive.open(part) as stream:
        head = b""
        while (chunk := stream.read(1 << 16)) and b"sheetData" not in head:
            head += chunk
    head = head[: head.find(b"sheetData")] if b"sheetData" in head else head
    hidden: set[int] = set()
    for tag in _COL_TAG.findall(head):
        first, last = (found.search(tag) for found in _COL_RANGE)
        if first and last and _HIDDEN.search(tag) and int(last.group(1)) - int(first.group(1)) < 16384:
            hidden.update(range(int(first.group(1)) - 1, int(last.group(1))))
    return frozenset(hidden)


HIDDEN_COLUMNS = QT_TRANSLATE_NOOP(
    "Import", "Columns hidden in Excel were read too: {columns}. If one of them should not come in (a helper "
              "column, an old one), choose “(ignore)” for it in the wizard's preview, or leave it out with --map.")


# <c r="B2"><f>TEXT(A2,"000")</f><v /></c>, <c r="B3"><f t="shared" si="0"/></c>: a formula whose result the file
# does not hold. Excel, LibreOffice and WPS save each result beside its formula; a file written by a program
# (a web app's export) may not, and the cell reads empty
_UNSAVED = re.compile(rb"<(?:\w+:)?c\s[^>]*?\br=\"([A-Z]{1,3})(\d+)\"[^>]*>\s*<(?:\w+:)?f\b[^>]*?(?:/>|>[^<]*</(?:\w+:)?f>)"
                      rb"\s*(?:<(?:\w+:)?v\s*/>|<(?:\w+:)?v>\s*</(?:\w+:)?v>)?\s*</(?:\w+:)?c>")


def unsaved_formulas_of(archive: zipfile.ZipFile, part: str) -> dict[int, list[int]]:
    """{column: rows} of a sheet part's formulas without their result, looked for a megabyte at a time (and
    only in the megabytes that hold a formula at all)."""
    from openpyxl.utils import column_index_from_string

    found: dict[int, list[int]] = {}
    with archive.open(part) as stream:
        rest = b""
        while chunk := stream.read(1 << 20):
            seen = rest + chunk
            end = seen.rfind(b"row>") + 4 if b"row>" in seen else 0  # (a row cut by the chunk's end: read next)
            if b"<f" in seen[:end] or b":f" in seen[:end]:
                for column, row in _UNSAVED.findall(seen, 0, end):
                    found.setdefault(column_index_from_string(column.decode()) - 1, []).append(int(row))
            rest = seen[end:]
    return found


UNSAVED_FORMULAS = QT_TRANSLATE_NOOP(
    "Import", "{columns}: formulas whose results the file does not hold (rows {rows}), so they were read as empty. "
              "The file was saved by a program that does not work formulas out: open it in Excel or LibreOffice, "
              "save it, and import that file again.")


def notices(reader: Any, positions: list[tuple[int, str]], headers: list[str], data_rows: Container[int],
            sheet: str, row_list: Callable[[list[int]], str]) -> Iterator[BadRow]:
    """The notices of the columns an import reads (``positions``) that ``reader`` (a ``SheetRows``, or None)
    knows to be hidden in Excel, or to hold formulas without their results in ``data_rows`` (not a totals
    row's sums); ``row_list`` names the rows (``sheets.row_list``: this module comes before the sheets)."""
    if reader is None:
        return
    read = dict(positions)
    hidden = [headers[i] for i in read if i in reader.hidden_columns]
    if hidden:
        yield BadRow(0, HIDDEN_COLUMNS, {"columns": ", ".join(hidden)}, sheet=sheet)
    unsaved = {i: [row for row in rows if row in data_rows] for i, rows in reader.unsaved_formulas.items() if i in read}
    if any(unsaved.values()):
        yield BadRow(0, UNSAVED_FORMULAS, {"columns": ", ".join(headers[i] for i, rows in unsaved.items() if rows),
                                           "rows": row_list(sorted({r for rows in unsaved.values() for r in rows}))},
                     sheet=sheet)
