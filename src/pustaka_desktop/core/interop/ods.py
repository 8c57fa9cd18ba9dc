"""Rows of an OpenDocument spreadsheet (.ods): what LibreOffice and WPS save, and what INLISLite 3.0-3.2's
reports write with "Open-Office-Excel" (OpenTBS filling an .ods template): its *Laporan Koleksi → Periodik*
"Open-Office-Excel-data" is the one report of those versions with each copy's barcode beside its No. Induk.

Read with the standard library (the zip's ``content.xml``, streamed), as ``sheets`` reads the other kinds:
a cell's paragraphs joined by line breaks, runs of spaces as one (as the spreadsheet shows them), numbers as
numbers, dates as dates. The empty rows and columns a sheet repeats to its end (a million of them) are not
made; a cell spanning rows gives its span, as Excel's merged cells do."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element, iterparse

from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from .merged_cells import SheetRows, Span

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_STYLE_NS = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
_STYLE, _TABLE_PROPERTIES = f"{{{_STYLE_NS}}}style", f"{{{_STYLE_NS}}}table-properties"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
_ROW, _CELL, _COVERED, _SHEET = (f"{{{_TABLE}}}{name}" for name in
                                 ("table-row", "table-cell", "covered-table-cell", "table"))
_MOST_REPEATS = 10_000  # a row or cell repeated more than this is the sheet's empty end, not data

NOT_ODS = QT_TRANSLATE_NOOP(
    "Errors", "{path} cannot be opened as an OpenDocument spreadsheet (ods): it is damaged or cut short. Open it in "
              "LibreOffice, save it again, and import that file.")


def ods_sheets(path: str | Path) -> Iterator[tuple[str, SheetRows]]:
    """(name, rows) of each sheet, in the file's order; the name is "" when the file has one sheet."""
    try:
        with zipfile.ZipFile(path) as archive:
            content = archive.read("content.xml")
    except (zipfile.BadZipFile, KeyError, OSError) as exc:
        raise ValidationError(NOT_ODS, path=Path(path).name) from exc
    several = content.count(b"<table:table ") > 1
    for name, rows, spans, hidden in _sheets(content, path):
        yield (name if several else ""), SheetRows(iter(rows), lambda spans=spans: spans, hidden_sheet=hidden)


def _sheets(content: bytes, path: str | Path) -> Iterator[tuple[str, list[list[Any]], list[Span], bool]]:
    """(name, rows, spans, hidden) of each sheet: hidden when its table style does not display it (LibreOffice's
    Sheet > Hide Sheet writes ``table:display="false"`` in the automatic styles, which come before the sheets)."""
    rows: list[list[Any]] = []
    spans: list[Span] = []
    blank_rows = 0  # empty rows seen and not yet made: made only when a row with data follows
    not_shown: set[str] = set()  # the table styles that hide their sheet
    hidden = False
    try:
        for event, element in iterparse(io.BytesIO(content), events=("start", "end")):
            if event == "start":
                if element.tag == _SHEET:
                    rows, spans, blank_rows = [], [], 0
                    hidden = element.get(f"{{{_TABLE}}}style-name", "") in not_shown
                continue
            if element.tag == _STYLE:
                shown = element.find(_TABLE_PROPERTIES)
                if shown is not None and shown.get(f"{{{_TABLE}}}display") == "false":
                    not_shown.add(element.get(f"{{{_STYLE_NS}}}name", ""))
                continue
            if element.tag == _ROW:
                values, down = _row(element, len(rows) + blank_rows)
                repeat = int(element.get(f"{{{_TABLE}}}number-rows-repeated", "1") or 1)
                if any(value is not None for value in values):
                    rows += [[] for _ in range(blank_rows)]
                    blank_rows = 0
                    spans += down
                    rows += [list(values) for _ in range(min(repeat, _MOST_REPEATS))]
                else:
                    blank_rows += repeat
                element.clear()
            elif element.tag == _SHEET:
                yield element.get(f"{{{_TABLE}}}name", ""), rows, spans, hidden
                element.clear()
    except SyntaxError as exc:  # (ParseError)
        raise ValidationError(NOT_ODS, path=Path(path).name) from exc


def _row(element: Element, number: int) -> tuple[list[Any], list[Span]]:
    """The values of a row (``number`` from 0), without the empty cells at its end, and its cells spanning rows."""
    values: list[Any] = []
    down: list[Span] = []
    blanks = 0
    for cell in element:
        if cell.tag not in (_CELL, _COVERED):
            continue
        repeat = int(cell.get(f"{{{_TABLE}}}number-columns-repeated", "1") or 1)
        value = _value(cell) if cell.tag == _CELL else None
        if value is None:
            blanks += repeat
            continue
        values += [None] * blanks
        blanks = 0
        tall = int(cell.get(f"{{{_TABLE}}}number-rows-spanned", "1") or 1)
        if tall > 1:
            down.append((number + 2, number + tall, len(values)))
        values += [value] * min(repeat, _MOST_REPEATS)
    return values, down


def _value(cell: Element) -> Any:
    kind = cell.get(f"{{{_OFFICE}}}value-type", "")
    if kind in ("float", "percentage", "currency"):
        number = float(cell.get(f"{{{_OFFICE}}}value", "0") or 0)
        return int(number) if number.is_integer() else number
    if kind == "date":
        return _date(cell.get(f"{{{_OFFICE}}}date-value", ""))
    if kind == "boolean":
        return cell.get(f"{{{_OFFICE}}}boolean-value", "") == "true"
    text = "\n".join(_text(p).strip() for p in cell if p.tag in (f"{{{_TEXT}}}p", f"{{{_TEXT}}}h"))
    return text.strip("\n") or None


def _date(text: str) -> date | datetime | str | None:
    """office:date-value: "2019-03-12" a date, "2019-03-12T08:30:00" a moment (as a workbook gives them)."""
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return text or None
    return moment if "T" in text else moment.date()


def _text(element: Element) -> str:
    """A paragraph's text as the spreadsheet shows it: <text:s c="3"/> three spaces, a tab, a line break;
    the other runs of spaces as one (OpenDocument's rule)."""
    out = [re.sub(r"\s+", " ", element.text or "")]
    for child in element:
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "s":
            out.append(" " * int(child.get(f"{{{_TEXT}}}c", "1") or 1))
        elif tag == "tab":
            out.append("\t")
        elif tag == "line-break":
            out.append("\n")
        else:
            out.append(_text(child))
        out.append(re.sub(r"\s+", " ", child.tail or ""))
    return "".join(out)

