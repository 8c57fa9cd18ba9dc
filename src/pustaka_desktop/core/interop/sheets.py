"""Rows of a spreadsheet file, xlsx (openpyxl, read-only: streamed), Excel 97-2003 xls (xlrd: many
village PCs still save that), CSV (any of ; , tab, streamed) or a web page's table saved as .xls (what
web apps export as "Excel"): shared by the catalogue import, the member lists and INLISLite's exports.
What a file is comes from its first bytes, not its name. How a table kept by hand is read, the same for
every import: where its header is (``header``) and which of its rows are data (``table_rows``: not the
totals, not the signature block under it). A number shown with zeros in front by its cell's format
("0022") is read as shown (``shown``). A cell merged down is read in every data row under it
(``merged_cells``: each reader gives its sheet's merges, ``header`` fills them below the header)."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Callable, Collection, Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..jobs import Cancel, Progress, checkpoint
from . import text_rows, xlsx_size
from .merged_cells import SheetRows, Span, XlsxMerges, fill_down

# (what in a table is not data -- totals, the signature block, headings between the rows -- read through here by
# every import)
from .not_data import (  # noqa: F401
    DITTOS,
    HEADINGS,
    NUMBERED_ONLY,
    SIGNATURES,
    SIGNATURES_KEPT,
    TOTALS,
    is_ditto,
    is_totals,
    row_list,
    table_rows,
)
from .types import clean, fold, read_text, text_lines

HEADER_SEARCH = 30  # rows looked at for the header: a buku induk kept in Excel has its title rows above it
# a sheet's own row numbers ("No", "No. Urut", INLISLite's "ID"), folded: no data, and nothing to say of them
ROW_NUMBER_HEADERS = frozenset({"no", "nomor", "no urut", "nomor urut", "urut", "nr", "id"})
# a column signed in on paper and typed over as it was: nothing to keep
SIGNATURE_HEADERS = frozenset({"paraf", "ttd", "tanda tangan"})


def holds_data(header: str, no_data: frozenset[str] = ROW_NUMBER_HEADERS) -> bool:
    """Whether a column is worth naming (or keeping) when no field takes it: not the sheet's row numbers
    (nor other headers of ``no_data``), not a column without a header (``header`` names it "#3")."""
    return bool(header.strip()) and not header.startswith("#") and fold(header) not in no_data


def unread_columns(headers: list[str], keys: list[str], filled: set[int], read: Collection[str],
                   no_data: frozenset[str]) -> list[str]:
    """The headers of the columns with a value in some row (``filled``) whose key (``keys``: "" for none) no reader
    reads, not those that hold nothing to keep (``no_data``: row numbers, signatures): named by an import, so nothing
    written there disappears unsaid."""
    return [header for i, (header, key) in enumerate(zip(headers, keys, strict=True))
            if i in filled and key not in read and holds_data(header, no_data)]


# A workbook its reader cannot open: said in the user's words, what to do included; the reader's own reason
# (English: "File is not a zip file", "Unsupported format, or corrupt file") stays on the exception's cause
NOT_XLSX = QT_TRANSLATE_NOOP(
    "Errors", "{path} cannot be opened as an Excel workbook (xlsx): it is damaged or cut short (copied from a stick "
              "pulled out too early?), or it is another kind of file with an Excel name. Open it in Excel, save it "
              "again as Excel Workbook (.xlsx), and import that file.")
NOT_XLS = QT_TRANSLATE_NOOP(
    "Errors", "{path} cannot be opened as an Excel 97-2003 workbook (xls): it is damaged or cut short, or it is "
              "another kind of file with an Excel name. Open it in Excel, save it again as Excel Workbook (.xlsx), "
              "and import that file.")

# A workbook with a password to open (Excel's File > Info > Protect Workbook > Encrypt with Password): an xlsx so
# locked is a compound document holding the encrypted workbook, an xls says so to its reader
LOCKED = QT_TRANSLATE_NOOP(
    "Errors", "{path} is locked with a password, and this program cannot open it. Open it in Excel with its "
              "password, take the password off (File > Info > Protect Workbook > Encrypt with Password: empty the "
              "box, OK), save it, and import that file. Nothing was imported.")
_ENCRYPTED_PACKAGE = "EncryptedPackage".encode("utf-16-le")  # (the stream's name in the compound document)


def locked(path: str | Path, exc: BaseException | None = None) -> bool:
    """Whether the workbook at ``path`` needs a password to open: an xlsx saved with one (its encrypted package
    inside a compound document), or an xls its reader found encrypted."""
    if exc is not None and "encrypted" in str(exc).lower():  # (xlrd: "Workbook is encrypted")
        return True
    try:
        with Path(path).open("rb") as handle:
            data = handle.read()  # (the directory may lie anywhere in the file; one a person locked is small)
    except OSError:
        return False
    return data.startswith(_OLE2) and _ENCRYPTED_PACKAGE in data


def xlsx_sheets(path: str | Path) -> Iterator[tuple[str, Iterator[list[Any]]]]:
    """(name, rows) of each sheet of an xlsx file, in the workbook's order (each read as it goes); the name
    is "" when the workbook has one sheet (nobody needs to be told which)."""
    from openpyxl import load_workbook

    xlsx_size.install()
    handle = Path(path).open("rb")  # (a handle, not the name: openpyxl refuses a real xlsx named .xls by its name)
    try:
        workbook = load_workbook(handle, read_only=True, data_only=True)
    except Exception as exc:  # InvalidFileException, zipfile.BadZipFile, a KeyError of a damaged part...
        handle.close()
        raise ValidationError(NOT_XLSX, path=Path(path).name) from exc
    try:
        grids = [sheet for sheet in workbook.worksheets if hasattr(sheet, "iter_rows")]  # (a chart sheet has no cells)
        padding = _pads_with_zeros(workbook)
        merges = XlsxMerges(path)
        for sheet in grids:
            name = sheet.title if len(grids) > 1 else ""
            width = sheet.max_column or 0
            # WPS Office may declare a whole sheet's size as "A1": read-only openpyxl then reads that one cell
            # and nothing else (the sheet "had no title column"); the cells say how big the sheet is
            sheet.reset_dimensions()
            if not padding:  # (most workbooks: the values as they are, read twice as fast as cells)
                rows = (_wide(list(values), width) for values in sheet.iter_rows(values_only=True))
            else:
                rows = (_wide([shown(cell.value, cell.number_format) if cell.value.__class__ in (int, float)
                               else cell.value for cell in cells], width) for cells in sheet.iter_rows())
            yield name, SheetRows(_or_damaged(rows, path), functools.partial(merges.of, sheet.title),
                                  functools.partial(merges.hidden, sheet.title),
                                  functools.partial(merges.hidden_columns, sheet.title),
                                  functools.partial(merges.unsaved_formulas, sheet.title),
                                  hidden_sheet=getattr(sheet, "sheet_state", "visible") != "visible")
    finally:
        workbook.close()
        handle.close()


def _wide(row: list[Any], width: int) -> list[Any]:
    """A row at least as wide as its sheet says it is, as openpyxl gives a sheet whose size it trusts."""
    return row + [None] * (width - len(row)) if len(row) < width else row


def _or_damaged(rows: Iterator[list[Any]], path: str | Path) -> Iterator[list[Any]]:
    """A sheet's rows as openpyxl reads them, one at a time: a sheet damaged past its first rows (a copy cut
    short, a bad sector) is found only there, and is refused with the row it stopped at, never a traceback
    (the import's transaction takes back what its rows wrote)."""
    count = 0
    try:
        for row in rows:
            count += 1
            yield row
    except Exception as exc:  # ParseError of the sheet's XML, BadZipFile (a bad CRC), zlib's errors...
        raise ValidationError(DAMAGED_SHEET, path=Path(path).name, row=count + 1,
                              error=str(exc) or type(exc).__name__) from exc


DAMAGED_SHEET = QT_TRANSLATE_NOOP("Errors", "{path} is damaged: its rows cannot be read from row {row} on ({error}). "
                                            "Open it in Excel and save it again, or copy it again. Nothing was "
                                            "imported.")


def _pads_with_zeros(workbook: Any) -> bool:
    """Whether a workbook has a number format that shows zeros in front (``shown``); Excel's own formats
    do not, only one a person made ("0000")."""
    formats = getattr(workbook, "_number_formats", None)
    if formats is None:
        return True  # (another openpyxl: look at every cell)
    return any(padded and (len(padded.group(2)) > 1 or padded.group(1) or padded.group(4))
               for padded in map(_ZERO_PADDED.fullmatch, formats))


# a number format that pads with zeros: "0000" (accession 22 shown 0022), "000.0" (class 4.2 shown 004.2), maybe
# with text of its own around the number, quoted or each character after a backslash as Excel keeps it: an accession
# number made by the format, 000"/PD/2019" (1 shown 001/PD/2019), a barcode "B"0000 (B0001, on the label)
_LITERAL = r'(?:"[^"]*"|\\.)*'
_ZERO_PADDED = re.compile(rf"({_LITERAL})(0+)(?:\.(0+))?({_LITERAL})")
_LITERAL_MARKS = re.compile(r'"|\\(?=.)')


def shown(value: Any, number_format: str | None) -> Any:
    """A cell's value as the sheet shows it where the difference is the data: a number whose format pads
    it with zeros (an accession number stamped "0022", a class number "030", an ISBN-10 "0979407123") or
    writes text around it (an accession number "001/PD/2019", a barcode "B0001") is the text shown, since
    that is the number people read and stamp; any other value is itself."""
    if value.__class__ not in (int, float) or not number_format or value < 0:
        return value
    padded = _ZERO_PADDED.fullmatch(number_format)
    if padded is None:
        return value
    before, zeros, decimals, after = padded.groups()
    whole, _, fraction = clean(value).partition(".")
    if len(whole) >= len(zeros) and not (before or after):
        return value  # (no zero in front: a year, a price, a count stays a number)
    fraction = fraction.ljust(len(decimals or ""), "0")
    number = whole.zfill(len(zeros)) + ("." + fraction if fraction else "")
    return _LITERAL_MARKS.sub("", before) + number + _LITERAL_MARKS.sub("", after)


_ZIP = b"PK\x03\x04"  # xlsx (and OpenDocument's .ods: a zip too, whose first member names its kind)
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Excel 97-2003 xls (a compound document)
_ODS = b"opendocument.spreadsheet"


def kind_of(path: str | Path) -> str:
    """"xlsx", "xls", "ods", "html" (a web page's table saved as .xls: what web apps call an Excel export)
    or "csv", from the file's first bytes, whatever its name says."""
    try:
        with Path(path).open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return "csv"  # (the reader says why it cannot read the file)
    if head.startswith(_ZIP):
        return "ods" if _ODS in head[:100] else "xlsx"
    if head.startswith(_OLE2):
        return "xls"
    return "html" if _web_page(head) else "csv"


def _web_page(head: bytes) -> bool:
    """An HTML table: the file starts with a tag and names a table or a page (a MARCXML file names neither;
    Excel's XML Spreadsheet 2003 has a <Workbook>, not a web page)."""
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return text.startswith(b"<") and (b"<table" in text or b"<html" in text) and b"<workbook" not in text


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
        raise ValidationError(LOCKED if locked(path, exc) else NOT_XLS, path=Path(path).name) from exc

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

    def spans(sheet: Any) -> list[Span]:
        # (xlrd gives a sheet's merges when it reads the formats: not for a file opened without them)
        return [(top + 1, end, left) for top, end, left, _ in getattr(sheet, "merged_cells", ()) if end - top > 1]

    def hidden(sheet: Any) -> frozenset[int]:
        # (as the merges: known when xlrd reads the formats)
        return frozenset(row + 1 for row, info in getattr(sheet, "rowinfo_map", {}).items() if info.hidden)

    def hidden_columns(sheet: Any) -> frozenset[int]:
        return frozenset(column for column, info in getattr(sheet, "colinfo_map", {}).items() if info.hidden)

    try:
        for index in range(count):
            try:
                sheet = book.sheet_by_index(index)
            except Exception as exc:  # a damaged sheet after good ones
                raise ValidationError(NOT_XLS, path=Path(path).name) from exc
            yield sheet.name if count > 1 else "", SheetRows(rows_of(sheet), functools.partial(spans, sheet),
                                                             functools.partial(hidden, sheet),
                                                             functools.partial(hidden_columns, sheet),
                                                             hidden_sheet=bool(getattr(sheet, "visibility", 0)))
    finally:
        book.release_resources()


def csv_rows(path: str | Path) -> SheetRows:
    """The rows of a CSV file (``text_rows``: a quote mark that opens a cell and never closes is read as written,
    its row's number in the reader's ``stray_quotes``)."""
    stray: set[int] = set()
    return SheetRows(_csv_rows(path, stray), list, stray_quotes=stray)


def _csv_rows(path: str | Path, stray: set[int]) -> Iterator[list[Any]]:
    _, lines = text_lines(path)
    first = list(itertools.islice(lines, HEADER_SEARCH))  # (a title line above the header has few separators)
    if not first:
        return
    delimiter = _separator(first)
    width = max(line.count(delimiter) for line in first)  # (the header's: a row's separators)
    yield from text_rows.rows(itertools.chain(first, lines), delimiter, width, stray)


def _separator(lines: list[str]) -> str:
    """The separator of a CSV's first lines: the one that parts most of its rows into as many cells (Excel writes
    each row as wide as the sheet), the most used on a tie. Counted alone, the commas of a two-column list Excel set
    to Indonesian saved ("Nama;Alamat", addresses "Dusun Krajan, RT 02/03, Desa Sukamaju") outnumbered its
    semicolons: each row was read as one cell, and the file as having no name or title column."""
    rows = _quoted_rows(lines)

    def score(separator: str) -> tuple[int, int]:
        counts = [sum(part.count(separator) for part in row.split('"')[::2]) for row in rows]  # (outside quotes)
        same = max((counts.count(count) for count in set(counts) if count), default=0)
        return same, sum(line.count(separator) for line in lines)
    return max((";", ",", "\t"), key=score)


def _quoted_rows(lines: list[str]) -> list[str]:
    """``lines`` joined into rows where a quoted cell goes on over line breaks (Excel's Alt+Enter)."""
    rows: list[str] = []
    open_quote = False
    for line in lines:
        if open_quote:
            rows[-1] += "\n" + line
        else:
            rows.append(line)
        open_quote ^= line.count('"') % 2 == 1
    return rows


class _TableCells(HTMLParser):
    """The rows of a web page's tables: a <tr> a row, a <td> or <th> a cell, a <br> a line break in the
    cell. A cell spanning columns is followed by blanks, one spanning rows has blanks under it, as Excel's
    merged cells read (the cells beside them in their columns); ``spans``, those spanning rows."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[Any]] = []
        self.spans: list[Span] = []
        self._row: list[Any] | None = None
        self._cell: list[str] | None = None
        self._span = 1
        self._down = 1
        self._covered: dict[int, int] = {}  # column: the last row a cell spanning rows covers

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self._end_row()
            self._row = []
        elif tag in ("td", "th"):
            self._end_cell()
            self._cell = []
            self._span = _span(dict(attrs).get("colspan"), 100)
            self._down = _span(dict(attrs).get("rowspan"), 65534)
        elif tag == "br" and self._cell is not None:
            self._cell.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th"):
            self._end_cell()
        elif tag in ("tr", "table"):
            self._end_row()
        if tag == "table":
            self._covered = {}  # (a cell spans rows of its own table only)

    def handle_data(self, data: str) -> None:
        if self._cell is not None:
            self._cell.append(data)

    def _end_cell(self) -> None:
        if self._cell is None:
            return
        text = "\n".join(" ".join(line.split()) for line in "".join(self._cell).split("\n")).strip()
        if self._row is None:  # (a cell outside any <tr>)
            self._row = []
        number = len(self.rows)  # (this row's, from 0)
        while self._covered.get(len(self._row), -1) >= number:  # under a cell spanning rows above
            self._row.append(None)
        if self._down > 1:
            self.spans.append((number + 1, number + self._down, len(self._row)))
            self._covered.update((len(self._row) + i, number + self._down - 1) for i in range(self._span))
        self._row += [text or None] + [None] * (self._span - 1)
        self._cell = None

    def close(self) -> None:
        super().close()
        self._end_row()

    def _end_row(self) -> None:
        self._end_cell()
        if self._row is not None:
            self.rows.append(self._row)
        self._row = None


def _span(text: str | None, most: int) -> int:
    """A colspan's or rowspan's number of cells (1 for none, or for what is no number)."""
    return min(int(text), most) if text and text.strip().isdigit() and int(text) > 0 else 1


def html_rows(path: str | Path) -> SheetRows:
    """The rows of a web page's tables (the page's text decoded as a CSV is: UTF-8, else Windows-1252),
    read when the first is asked for."""
    parsed: list[_TableCells] = []

    def table() -> _TableCells:
        if not parsed:
            parsed.append(_TableCells())
            parsed[0].feed(read_text(path))
            parsed[0].close()
        return parsed[0]

    def rows() -> Iterator[list[Any]]:
        yield from table().rows

    return SheetRows(rows(), lambda: table().spans)


def every_sheet(path: str | Path) -> Iterator[tuple[str, Iterator[list[Any]]]]:
    """(name, rows) of each sheet of a file, read as what its first bytes say it is (``kind_of``): a
    buku induk kept in Excel often has a sheet a year; a CSV or a web page's table, like a workbook of
    one sheet, is one sheet without a name; an OpenDocument spreadsheet (LibreOffice, WPS, INLISLite's
    "Open-Office-Excel" reports) as ``ods`` reads it."""
    kind = kind_of(path)
    if kind == "ods":
        from .ods import ods_sheets

        yield from ods_sheets(path)
    elif kind == "xlsx":
        yield from xlsx_sheets(path)
    elif kind == "xls":
        yield from xls_sheets(path)
    else:
        yield "", html_rows(path) if kind == "html" else csv_rows(path)


def only_title(path: str | Path) -> str:
    """The name of the one sheet of an xlsx workbook (which ``every_sheet`` leaves unnamed: nobody needs
    to be told which), "" for anything else: INLISLite's catalogue report is known by its sheet's name."""
    if kind_of(path) != "xlsx":
        return ""
    names = XlsxMerges(path).names()
    return names[0] if len(names) == 1 else ""


def first_sheet(path: str | Path) -> Iterator[list[Any]]:
    """The rows of a file's first sheet (read as it goes: the workbook stays open until they are read)."""
    for _, rows in every_sheet(path):
        yield from rows
        return


def sheet_rows(path: str | Path) -> tuple[int, list[str], Iterator[list[Any]]]:
    """(header row number, headers, the rows after it) of an xlsx, xls or CSV file (``kind_of``)."""
    header_row, headers, rest = header(first_sheet(path))
    if not headers:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{path} is empty."), path=Path(path).name)
    return header_row, headers, rest


def header(rows: Iterator[list[Any]], recognise: Callable[[list[str]], int] | None = None,
           headings: frozenset[str] = frozenset()) -> tuple[int, list[str], Iterator[list[Any]]]:
    """(number of the header's last row, the headers, the rows after it). A sheet kept by hand often
    starts with the library's name and address in a cell or two, or in lines of label, colon and value
    ("Nama Perpustakaan | : | Desa Sukamaju"), has a second header row under a merged one ("Penerbitan"
    over "Penerbit | Kota | Tahun") or its header's words split over two rows ("Nomor" over "Induk"), and
    numbers its columns 1, 2, 3 or (1), (2), (3) in the row below. So: the header is the first row, not a
    label line, filled in at least half as many cells as the fullest of the first rows; a row of
    sub-headers below it fills in its blanks; a row of words below it is joined to it when ``recognise``
    (how many of the names the import knows) knows more of the joined names than of the first row's;
    a numbering row is skipped. The data is never taken for a header: it comes after. In the rows after it,
    a cell merged down has its value in every row it covers (``fill_down``); the header's rows read as
    they are. A sub-header under one of ``headings`` (folded) keeps the heading in front: Dapodik's "Data Ayah"
    over "Nama | Pekerjaan | NIK" is the father's name, not the pupil's ("Data Ayah Nama")."""
    ahead = list(itertools.islice(rows, HEADER_SEARCH))
    filled = [0 if _label_line(values) else sum(1 for v in values if clean(v)) for values in ahead]
    if not any(filled):
        return 0, [], iter(())
    most = max(filled)
    enough = max(min(3, most), (most + 1) // 2)
    at = next(i for i, count in enumerate(filled) if count >= enough)
    names = [clean(v) for v in ahead[at]]
    below = at + 1
    if below < len(ahead) and _sub_headers(names, ahead[below]):
        names = _with_sub_headers(names, ahead[below], headings)
        below += 1
    elif below < len(ahead) and recognise is not None and _words(ahead[below]):
        joined = [" ".join(part for part in (name, clean(word)) if part)
                  for name, word in itertools.zip_longest(names, ahead[below], fillvalue="")]
        if recognise(joined) > recognise(names):
            names = joined
            below += 1
    if below < len(ahead) and _column_numbers(ahead[below]):
        below += 1
    # a header typed on two lines in its cell (Alt+Enter: "Tgl.\nTerima") is named on one in every message
    headers = [" ".join(name.split()) or f"#{i + 1}" for i, name in enumerate(names)]
    rest: Iterator[list[Any]] = itertools.chain(ahead[below:], rows)
    spans = rows.spans() if isinstance(rows, SheetRows) else []
    return below, headers, fill_down(rest, spans, below + 1) if spans else rest


def _with_sub_headers(names: list[str], subs: list[Any], headings: frozenset[str]) -> list[str]:
    """Each column's name from the header and the sub-header row under it: the sub-header where there is
    one, with its heading (merged across, so written over its first column only) in front when the
    heading is one of ``headings``."""
    out, heading = [], ""
    for i, name in enumerate(names + [""] * (len(subs) - len(names))):
        sub = clean(subs[i]) if i < len(subs) else ""
        heading = name or heading
        if not sub:
            out.append(name)
        else:
            out.append(f"{heading} {sub}" if fold(heading) in headings else sub)
    return out


def _label_line(values: list[Any]) -> bool:
    """A line of the form's identity block above the table: "Nama Perpustakaan | : | Desa Sukamaju",
    "Alamat | : Jl. Raya 1", "Kecamatan: | Cibadak" (a cell that is a colon or starts with one, or a label
    ending in one)."""
    texts = [text for text in map(clean, values) if text]
    return bool(texts) and (texts[0].endswith(":") or any(text.startswith(":") for text in texts))


def _words(values: list[Any]) -> bool:
    """Text only, no numbers: what a header row's words can be, a data row seldom is."""
    cells = [v for v in values if clean(v)]
    return bool(cells) and all(isinstance(v, str) and not clean(v).replace(".", "").isdigit() for v in cells)


def _sub_headers(names: list[str], values: list[Any]) -> bool:
    """Whether the row under a header holds sub-headers: text only, some of it under a blank of the
    header (a heading merged across), and blank under most of the header's own columns (merged down)."""
    cells = [i for i, v in enumerate(values) if clean(v)]
    if not _words(values):
        return False
    if not any(i >= len(names) or not names[i] for i in cells):
        return False  # (a first data row with only its title filled in: data, not a heading)
    blank_below = sum(1 for i, name in enumerate(names) if name and not (i < len(values) and clean(values[i])))
    return blank_below * 2 >= sum(1 for name in names if name)


def _column_numbers(values: list[Any]) -> bool:
    """1, 2, 3 ... or (1), (2), (3) ... across the row (the column numbers official forms print under the
    header)."""
    cells = [clean(v).strip("()[]. ") for v in values if clean(v)]
    return len(cells) >= 3 and cells == [str(n) for n in range(1, len(cells) + 1)]


def filled_rows(rows: Iterator[list[Any]], first: int, rows_hint: int, progress: Progress | None,
                cancel: Cancel | None, before: int = 0) -> Iterator[tuple[int, list[Any]]]:
    """(row number, values) of the rows that hold anything, numbered from ``first``; progress is
    guessed from the row number (after ``before`` rows of the sheets before) against ``rows_hint`` (an
    estimate from the file's size)."""
    for number, values in enumerate(rows, start=first):
        if number % 1000 == 0:
            checkpoint(progress, cancel, min(0.99, (before + number) / rows_hint),
                       QT_TRANSLATE_NOOP("Progress", "Reading the file"))
        if any(clean(v) for v in values):
            yield number, values
