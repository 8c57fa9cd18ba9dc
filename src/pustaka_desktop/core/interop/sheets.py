"""Rows of a spreadsheet file, xlsx (openpyxl, read-only: streamed), Excel 97-2003 xls (xlrd: many
village PCs still save that) or CSV (any of ; , tab, streamed): shared by the generic spreadsheet
import and INLISLite's exports. What a file is comes from its first bytes, not its name. A number shown
with zeros in front by its cell's format ("0022") is read as shown (``shown``)."""

from __future__ import annotations

import csv
import itertools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..jobs import Cancel, Progress, checkpoint
from .types import clean, text_lines

HEADER_SEARCH = 30  # rows looked at for the header: a buku induk kept in Excel has its title rows above it
# a sheet's own row numbers ("No", "No. Urut", INLISLite's "ID"), folded: no data, and nothing to say of them
ROW_NUMBER_HEADERS = frozenset({"no", "nomor", "no urut", "nomor urut", "urut", "nr", "id"})


def xlsx_rows(path: str | Path) -> Iterator[list[Any]]:
    """The first sheet of an xlsx file."""
    for _, rows in xlsx_sheets(path):
        yield from rows
        return


def xlsx_sheets(path: str | Path) -> Iterator[tuple[str, Iterator[list[Any]]]]:
    """(name, rows) of each sheet of an xlsx file, in the workbook's order (each read as it goes); the name
    is "" when the workbook has one sheet (nobody needs to be told which)."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(str(path), read_only=True, data_only=True)
    except (InvalidFileException, OSError, KeyError, ValueError) as exc:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{path} is not an Excel (xlsx) file ({error})."),
                              path=Path(path).name, error=str(exc) or type(exc).__name__) from exc
    except Exception as exc:  # zipfile.BadZipFile and friends
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{path} is not an Excel (xlsx) file ({error})."),
                              path=Path(path).name, error=str(exc) or type(exc).__name__) from exc
    try:
        grids = [sheet for sheet in workbook.worksheets if hasattr(sheet, "iter_rows")]  # (a chart sheet has no cells)
        padding = _pads_with_zeros(workbook)
        for sheet in grids:
            name = sheet.title if len(grids) > 1 else ""
            if not padding:  # (most workbooks: the values as they are, read twice as fast as cells)
                yield name, (list(values) for values in sheet.iter_rows(values_only=True))
                continue
            yield name, ([shown(cell.value, cell.number_format) if cell.value.__class__ in (int, float) else cell.value
                          for cell in cells] for cells in sheet.iter_rows())
    finally:
        workbook.close()


def _pads_with_zeros(workbook: Any) -> bool:
    """Whether a workbook has a number format that shows zeros in front (``shown``); Excel's own formats
    do not, only one a person made ("0000")."""
    formats = getattr(workbook, "_number_formats", None)
    if formats is None:
        return True  # (another openpyxl: look at every cell)
    return any(padded and len(padded.group(1)) > 1 for padded in map(_ZERO_PADDED.fullmatch, formats))


# a number format that pads with zeros: "0000" (accession 22 shown 0022), "000.0" (class 4.2 shown 004.2)
_ZERO_PADDED = re.compile(r"(0+)(?:\.(0+))?")


def shown(value: Any, number_format: str | None) -> Any:
    """A cell's value as the sheet shows it where the difference is the data: a number whose format pads
    it with zeros (an accession number stamped "0022", a class number "030", an ISBN-10 "0979407123") is
    the text shown, since the zeros are part of the number people read; any other value is itself."""
    if value.__class__ not in (int, float) or not number_format or value < 0:
        return value
    padded = _ZERO_PADDED.fullmatch(number_format)
    if padded is None:
        return value
    whole, _, fraction = clean(value).partition(".")
    if len(whole) >= len(padded.group(1)):
        return value  # (no zero in front: a year, a price, a count stays a number)
    fraction = fraction.ljust(len(padded.group(2) or ""), "0")
    return whole.zfill(len(padded.group(1))) + ("." + fraction if fraction else "")


_ZIP = b"PK\x03\x04"  # xlsx
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003 xls (a compound document)


def kind_of(path: str | Path) -> str:
    """"xlsx", "xls" or "csv", from the file's first bytes."""
    try:
        with Path(path).open("rb") as handle:
            head = handle.read(8)
    except OSError:
        return "csv"  # (the reader says why it cannot read the file)
    return "xlsx" if head.startswith(_ZIP) else "xls" if head == _OLE2 else "csv"


def xls_rows(path: str | Path) -> Iterator[list[Any]]:
    """The first sheet of an Excel 97-2003 file."""
    for _, rows in xls_sheets(path):
        yield from rows
        return


def xls_sheets(path: str | Path) -> Iterator[tuple[str, Iterator[list[Any]]]]:
    """(name, rows) of each sheet of an Excel 97-2003 file, as ``xlsx_sheets``; its dates as dates (xls
    keeps them as numbers)."""
    import xlrd
    from xlrd import XL_CELL_BOOLEAN, XL_CELL_DATE, XL_CELL_NUMBER, XL_CELL_TEXT, xldate

    try:
        try:
            book = xlrd.open_workbook(str(path), on_demand=True, formatting_info=True)  # (number formats: ``shown``)
        except NotImplementedError:  # (a file whose formats xlrd cannot read: its values still can be)
            book = xlrd.open_workbook(str(path), on_demand=True)
        count = book.nsheets
    except Exception as exc:  # xlrd.XLRDError, CompDocError, a truncated file's struct.error ...
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{path} is not an Excel 97-2003 (xls) file ({error})."),
                              path=Path(path).name, error=str(exc)[:80] or type(exc).__name__) from exc

    def value(cell: Any) -> Any:
        if cell.ctype == XL_CELL_NUMBER:
            return shown(cell.value, number_format(cell))
        if cell.ctype == XL_CELL_TEXT:
            return cell.value
        if cell.ctype == XL_CELL_DATE:
            try:
                return xldate.xldate_as_datetime(cell.value, book.datemode)
            except (xldate.XLDateError, OverflowError, ValueError):
                return cell.value  # (an impossible date: the number as it is, flagged by the reader)
        if cell.ctype == XL_CELL_BOOLEAN:
            return bool(cell.value)
        return None  # empty, blank, an error cell (#N/A)

    def number_format(cell: Any) -> str | None:
        try:
            return book.format_map[book.xf_list[cell.xf_index].format_key].format_str
        except (AttributeError, IndexError, KeyError, TypeError):
            return None

    def rows_of(sheet: Any) -> Iterator[list[Any]]:
        for number in range(sheet.nrows):
            yield [value(cell) for cell in sheet.row(number)]

    try:
        for index in range(count):
            try:
                sheet = book.sheet_by_index(index)
            except Exception as exc:  # a damaged sheet after good ones
                raise ValidationError(QT_TRANSLATE_NOOP(
                    "Errors", "{path} is not an Excel 97-2003 (xls) file ({error})."),
                    path=Path(path).name, error=str(exc)[:80] or type(exc).__name__) from exc
            yield sheet.name if count > 1 else "", rows_of(sheet)
    finally:
        book.release_resources()


def csv_rows(path: str | Path) -> Iterator[list[Any]]:
    _, lines = text_lines(path)
    first = list(itertools.islice(lines, HEADER_SEARCH))  # (a title line above the header has few separators)
    if not first:
        return
    delimiter = max((";", ",", "\t"), key=lambda sep: sum(line.count(sep) for line in first))
    # csv joins a quoted field's line breaks itself: hand it lines with their ends back
    yield from csv.reader((line + "\n" for line in itertools.chain(first, lines)), delimiter=delimiter)


def rows(path: str | Path, fmt: str) -> Iterator[list[Any]]:
    """The rows of a file imported as ``fmt`` ("xlsx" takes an xls too: both are "Excel" to people)."""
    if fmt != "xlsx":
        return csv_rows(path)
    return xls_rows(path) if kind_of(path) == "xls" else xlsx_rows(path)


def every_sheet(path: str | Path, fmt: str) -> Iterator[tuple[str, Iterator[list[Any]]]]:
    """(name, rows) of each sheet of a file imported as ``fmt`` (a buku induk kept in Excel often has a
    sheet a year); a CSV, like a workbook of one sheet, is one sheet without a name."""
    if fmt != "xlsx":
        yield "", csv_rows(path)
    else:
        yield from xls_sheets(path) if kind_of(path) == "xls" else xlsx_sheets(path)


def sheet_rows(path: str | Path) -> tuple[int, list[str], Iterator[list[Any]]]:
    """(header row number, headers, the rows after it) of an xlsx, xls or CSV file (``kind_of``)."""
    header_row, headers, rest = header(rows(path, "csv" if kind_of(path) == "csv" else "xlsx"))
    if not headers:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{path} is empty."), path=Path(path).name)
    return header_row, headers, rest


def header(rows: Iterator[list[Any]]) -> tuple[int, list[str], Iterator[list[Any]]]:
    """(number of the header's last row, the headers, the rows after it). A sheet kept by hand often
    starts with the library's name and address in a cell or two, has a second header row under a
    merged one ("Penerbitan" over "Penerbit | Kota | Tahun") and numbers its columns 1, 2, 3 ... in
    the row below: the header is the first row filled in at least half as many cells as the fullest
    of the first rows, a row of sub-headers below it fills in its blanks, and a numbering row is
    skipped. The data is never taken for a header: it comes after."""
    ahead = list(itertools.islice(rows, HEADER_SEARCH))
    filled = [sum(1 for v in values if clean(v)) for values in ahead]
    if not any(filled):
        return 0, [], iter(())
    most = max(filled)
    enough = max(min(3, most), (most + 1) // 2)
    at = next(i for i, count in enumerate(filled) if count >= enough)
    names = [clean(v) for v in ahead[at]]
    below = at + 1
    if below < len(ahead) and _sub_headers(names, ahead[below]):
        subs = ahead[below]
        names = [clean(subs[i]) if i < len(subs) and clean(subs[i]) else name for i, name in enumerate(names)]
        names += [clean(v) for v in subs[len(names):]]
        below += 1
    if below < len(ahead) and _column_numbers(ahead[below]):
        below += 1
    headers = [name or f"#{i + 1}" for i, name in enumerate(names)]
    return below, headers, itertools.chain(ahead[below:], rows)


def _sub_headers(names: list[str], values: list[Any]) -> bool:
    """Whether the row under a header holds sub-headers: text only, some of it under a blank of the
    header (a heading merged across), and blank under most of the header's own columns (merged down)."""
    cells = [(i, v) for i, v in enumerate(values) if clean(v)]
    if not cells or any(not isinstance(v, str) or clean(v).replace(".", "").isdigit() for _, v in cells):
        return False
    if not any(i >= len(names) or not names[i] for i, _ in cells):
        return False  # (a first data row with only its title filled in: data, not a heading)
    blank_below = sum(1 for i, name in enumerate(names) if name and not (i < len(values) and clean(values[i])))
    return blank_below * 2 >= sum(1 for name in names if name)


def _column_numbers(values: list[Any]) -> bool:
    """1, 2, 3 ... across the row (the column numbers official forms print under the header)."""
    cells = [clean(v) for v in values if clean(v)]
    return len(cells) >= 3 and cells == [str(n) for n in range(1, len(cells) + 1)]


def filled_rows(rows: Iterator[list[Any]], first: int, rows_hint: int, progress: Progress | None,
                cancel: Cancel | None, before: int = 0) -> Iterator[tuple[int, list[Any]]]:
    """(row number, values) of the rows that hold anything, numbered from ``first``; progress is
    guessed from the row number (after ``before`` rows of the sheets before) against ``rows_hint`` (an
    estimate from the file's size)."""
    for number, values in enumerate(rows, start=first):
        if number % 1000 == 0:
            checkpoint(progress, cancel, min(0.99, (before + number) / rows_hint),
                       QT_TRANSLATE_NOOP("Import", "Reading the file"))
        if any(clean(v) for v in values):
            yield number, values
