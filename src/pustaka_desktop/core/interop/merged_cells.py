"""Cells merged down in a sheet kept by hand: a buku induk merges a title down over its copies' rows, an
author over several of his books, a "Kelas", a "Rak" or a "Sumber" ("Bantuan Perpusnas 2019") over a block
of rows; a member list an address, a dusun or an RT over a family. Excel keeps the value in the merge's
first row only, and the rows under it read blank.

Each reader of ``sheets`` gives a sheet's rows with its merges (``SheetRows``: an xlsx's from the sheet's
part in the zip, ``XlsxMerges``, since openpyxl's streaming mode gives none; an xls's from xlrd; a web
page's from its cells' rowspan). ``sheets.header``, which knows where the data starts, fills them in the
data rows (``fill_down``), so the catalogue and the member imports read them the one way; the header's
rows read as they always have: a heading merged across as value then blanks, one merged down over two
header rows as blanks under it (what ``sheets.header`` finds sub-headers by). A filled row says which of
its cells were filled (``MergedDown``): a number merged down (a barcode, an accession or a card number)
belongs to the first row only, and an import leaves it out of the others and says so (``NUMBER_MERGED``)."""

from __future__ import annotations

import functools
import posixpath
import re
import zipfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from ..i18n import QT_TRANSLATE_NOOP
from .column_notices import hidden_columns_of, unsaved_formulas_of
from .types import clean

Span = tuple[int, int, int]  # (first row, last row, column) of a merge taller than a row: rows from 1, columns from 0


class SheetRows:
    """The rows of a sheet (lists of values, read as they go) and, asked for, its cells merged down
    (``spans``: found when the header asks, so listing a workbook's sheets reads no merges)."""

    def __init__(self, rows: Iterator[list[Any]], find_spans: Callable[[], list[Span]],
                 find_hidden: Callable[[], frozenset[int]] = frozenset,
                 find_hidden_columns: Callable[[], frozenset[int]] = frozenset,
                 find_unsaved: Callable[[], dict[int, list[int]]] = dict, stray_quotes: set[int] | None = None,
                 hidden_sheet: bool = False) -> None:
        self._rows = rows
        self.hidden_sheet = hidden_sheet  # the whole sheet hidden in Excel (its tab not shown): an old copy, a helper
        self._find_spans = find_spans
        self._find_hidden = find_hidden
        self._find_hidden_columns = find_hidden_columns
        self._find_unsaved = find_unsaved
        # rows (from 1) of a text file where a quote mark opened a cell and never closed: read as written, each
        # put here as it is read (``sheets.csv_rows``)
        self.stray_quotes: set[int] = set() if stray_quotes is None else stray_quotes

    def __iter__(self) -> Iterator[list[Any]]:
        return self._rows

    def __next__(self) -> list[Any]:
        return next(self._rows)

    def spans(self) -> list[Span]:
        return self._find_spans()

    def hidden(self) -> frozenset[int]:
        """The rows (numbered from 1) hidden in Excel: hidden by hand, by a filter, or in a folded group."""
        return self._find_hidden()

    @functools.cached_property
    def hidden_columns(self) -> frozenset[int]:
        """The columns (numbered from 0) hidden in Excel: a helper column, an old one she no longer looks at."""
        return self._find_hidden_columns()

    @functools.cached_property
    def unsaved_formulas(self) -> dict[int, list[int]]:
        """{column (from 0): its rows} of the formulas whose results the file does not hold (read empty)."""
        return self._find_unsaved()


class MergedDown(list):
    """A data row some of whose cells hold the value of a cell merged down over them: ``merged``, their
    columns. An import takes them as the row's own, but a number: a barcode, an accession or card number
    names one copy or one person, not every row under it (``merged_columns``)."""

    def __init__(self, values: Iterable[Any], merged: frozenset[int]) -> None:
        super().__init__(values)
        self.merged = merged


def merged_columns(values: list[Any]) -> frozenset[int]:
    """The columns of a row whose values came from a cell merged down over it (``fill_down``)."""
    return values.merged if isinstance(values, MergedDown) else frozenset()


NUMBER_MERGED = QT_TRANSLATE_NOOP("Import", "{column} is one cell merged down over rows {rows}. A number belongs to "
                                            "one book or one member, so it was kept for the first of those rows "
                                            "only; the rows under it came in without it. Check their numbers.")


def fill_down(rows: Iterable[list[Any]], spans: list[Span], first: int) -> Iterator[list[Any]]:
    """``rows`` (the first of them row ``first``), a cell under a merge's first row given the merge's
    value (a ``MergedDown`` row). Of a merge across columns too (a "Sumber" over two columns and thirty
    rows) only its first column: each row reads as the merge's first row does, value then blanks. A merge
    that starts above ``first`` (the header's) is left as it reads; a row that holds nothing of its own is
    left empty (a "Sumber" drawn over the rows kept for the books to come is no book)."""
    waiting = sorted(span for span in spans if span[0] >= first)
    at = 0
    over: list[tuple[int, int, Any]] = []  # (last row, column, value) of the merges over the rows to come
    for number, values in enumerate(rows, start=first):
        if over:
            over = [merge for merge in over if merge[0] >= number]
            values = _filled(values, over)
        while at < len(waiting) and waiting[at][0] <= number:
            top, bottom, column = waiting[at]
            at += 1
            value = values[column] if top == number and column < len(values) else None
            if value is not None and value != "":
                over.append((bottom, column, value))
        yield values


def _filled(values: list[Any], over: list[tuple[int, int, Any]]) -> list[Any]:
    blanks = [(column, value) for _, column, value in over
              if column >= len(values) or values[column] is None or values[column] == ""]
    if not blanks or not any(clean(v) for v in values):
        return values
    row = MergedDown(values, frozenset(column for column, _ in blanks))
    row.extend([None] * (max(column for column, _ in blanks) + 1 - len(row)))
    for column, value in blanks:
        row[column] = value
    return row


class XlsxMerges:
    """Where each sheet of an xlsx file is (its part in the zip, by the sheet's name: the workbook's
    sheet list and its relationships), and the merges of a sheet's part. openpyxl's read-only mode,
    which streams a sheet of 50,000 rows, gives no merges, so they are read here from the part's
    ``<mergeCells>``, which comes after the cells: the part is unzipped and searched, not parsed."""

    def __init__(self, path: str | Path) -> None:
        self._path = path
        self._parts: dict[str, str] | None = None

    def names(self) -> list[str]:
        """The workbook's sheets by name, in its order ([] when the file cannot be read so)."""
        try:
            with zipfile.ZipFile(self._path) as archive:
                if self._parts is None:
                    self._parts = _sheet_parts(archive)
        except (OSError, KeyError, zipfile.BadZipFile, ElementTree.ParseError, ValueError):
            return []
        return list(self._parts)

    def of(self, name: str) -> list[Span]:
        try:
            with zipfile.ZipFile(self._path) as archive:
                if self._parts is None:
                    self._parts = _sheet_parts(archive)
                return _spans(archive, self._parts[name]) if name in self._parts else []
        except (OSError, KeyError, zipfile.BadZipFile, ElementTree.ParseError, ValueError):
            return []  # (openpyxl read the cells: without their merges, the sheet reads as it did before)

    def hidden(self, name: str) -> frozenset[int]:
        """The rows of the sheet ``name`` hidden in Excel (none when its part cannot be read)."""
        try:
            with zipfile.ZipFile(self._path) as archive:
                if self._parts is None:
                    self._parts = _sheet_parts(archive)
                return _hidden_rows(archive, self._parts[name]) if name in self._parts else frozenset()
        except (OSError, KeyError, zipfile.BadZipFile, ElementTree.ParseError, ValueError):
            return frozenset()

    def hidden_columns(self, name: str) -> frozenset[int]:
        """The columns of the sheet ``name`` hidden in Excel (none when its part cannot be read)."""
        try:
            with zipfile.ZipFile(self._path) as archive:
                if self._parts is None:
                    self._parts = _sheet_parts(archive)
                return hidden_columns_of(archive, self._parts[name]) if name in self._parts else frozenset()
        except (OSError, KeyError, zipfile.BadZipFile, ElementTree.ParseError, ValueError):
            return frozenset()

    def unsaved_formulas(self, name: str) -> dict[int, list[int]]:
        """The formulas without a saved result of the sheet ``name`` ({} when its part cannot be read)."""
        try:
            with zipfile.ZipFile(self._path) as archive:
                if self._parts is None:
                    self._parts = _sheet_parts(archive)
                return unsaved_formulas_of(archive, self._parts[name]) if name in self._parts else {}
        except (OSError, KeyError, zipfile.BadZipFile, ElementTree.ParseError, ValueError):
            return {}


_RELATIONSHIPS = "_rels/.rels"


def _sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """{sheet name: its part} from the workbook's sheet list (workbook.xml) and relationships."""
    workbook = next((target for kind, target in _relationships(archive, _RELATIONSHIPS).items()
                     if kind.endswith("/officeDocument")), "xl/workbook.xml")
    folder, _, file = workbook.rpartition("/")
    targets = _relationships(archive, f"{folder}/_rels/{file}.rels".lstrip("/"), by_id=True)
    parts = {}
    for element in ElementTree.fromstring(archive.read(workbook)).iter():
        if element.tag.rpartition("}")[2] == "sheet":
            ident = next((v for k, v in element.attrib.items() if k.rpartition("}")[2] == "id" and "}" in k), "")
            if ident in targets:
                parts[element.get("name", "")] = targets[ident]
    return parts


def _relationships(archive: zipfile.ZipFile, part: str, by_id: bool = False) -> dict[str, str]:
    """{type (or id) of a relationship: the part it points to} of a relationships part."""
    folder = part.rpartition("_rels/")[0]
    found = {}
    for element in ElementTree.fromstring(archive.read(part)):
        target = element.get("Target", "")
        target = target[1:] if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        found[element.get("Id" if by_id else "Type", "")] = target
    return found


# <mergeCell ref="B5:B9"/> (or <x:mergeCell ...> of another writer's prefix)
_MERGE_REF = re.compile(rb"<(?:\w+:)?mergeCell\s[^>]*?\bref=\"\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)\"")


def _spans(archive: zipfile.ZipFile, part: str) -> list[Span]:
    """The merges taller than a row of a sheet's part. They come after its cells: the part is unzipped a
    megabyte at a time and looked into for the word, not parsed as XML (a fraction of the time openpyxl
    takes to read the cells)."""
    from openpyxl.utils import column_index_from_string

    with archive.open(part) as stream:
        seen = b""
        while chunk := stream.read(1 << 20):
            seen = seen[-16:] + chunk
            at = seen.find(b"mergeCell")
            if at >= 0:
                merges = seen[at:] + stream.read()
                break
        else:
            return []
    return [(int(top), int(bottom), column_index_from_string(left.decode()) - 1)
            for left, top, _, bottom in _MERGE_REF.findall(merges) if int(bottom) > int(top)]


# <row r="12" spans="1:12" hidden="1"> (a row hidden by hand, by an autofilter, or in a folded outline group)
_ROW_TAG = re.compile(rb"<(?:\w+:)?row\s[^>]*>")
_ROW_NUMBER = re.compile(rb"\br=\"(\d+)\"")
_HIDDEN = re.compile(rb"\bhidden=\"(?:1|true)\"")


def _hidden_rows(archive: zipfile.ZipFile, part: str) -> frozenset[int]:
    """The hidden rows of a sheet's part: its row tags looked into a megabyte at a time, not parsed."""
    hidden: set[int] = set()
    with archive.open(part) as stream:
        rest = b""
        while chunk := stream.read(1 << 20):
            seen = rest + chunk
            end = seen.rfind(b">") + 1  # (a tag cut by the chunk's end is read with the next chunk)
            for tag in _ROW_TAG.findall(seen, 0, end):
                number = _ROW_NUMBER.search(tag)
                if number and _HIDDEN.search(tag):
                    hidden.add(int(number.group(1)))
            rest = seen[end:]
    return frozenset(hidden)
