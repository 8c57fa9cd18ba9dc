"""The rows of a CSV file as the csv module reads them, but for a quote mark that opens a cell and never closes.

A cell that starts with a quote mark is quoted to its closing quote, across line breaks (Excel writes a cell with
Alt+Enter lines so). A quote typed at the start of a cell and never closed (``"Sang Pemimpi`` in a list kept in
Notepad, a title written with its quote marks by another program that does not double them) made the csv module
read the whole rest of the file as that one cell: a 3,000-row list came in as 201 books, the last one's title
2,800 lines long, and nothing said so. Here such a quote is a *stray*: the row is read as written, the quote mark
kept as text, and the rows after it are read as rows; the caller is given the row's number to say so.

A quote is a stray when its cell does not close within ``MOST_LINES`` lines or before the end of the file, or when,
closed, the row has more cells than the file's rows or the cell as many separators as a row (rows read into it,
closed by a quote of a later row: the lines of one cell, an address, a note, hardly ever hold a row's separators).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from typing import Any

from ..catalog import review
from ..i18n import QT_TRANSLATE_NOOP

MOST_LINES = 50  # lines one cell may span (an address, a note with line breaks): more is the rest of the file

STRAY_QUOTE = QT_TRANSLATE_NOOP(
    "Review", "{value} starts with a quotation mark that is never closed: the row was read as written, with the mark "
              "(read as the start of a quoted cell, the rest of the file would have become this one cell). Take the "
              "suggestion if the mark is not part of the text.")
# (said of a list without a review list, a member list: which rows, once)
STRAY_QUOTE_ROWS = QT_TRANSLATE_NOOP(
    "Import", "Rows {rows}: a cell starts with a quotation mark that is never closed. Each row was read as written, "
              "with the mark (read as the start of a quoted cell, the rest of the file would have become that one "
              "cell): correct those cells if the mark is not part of the text.")
_PLAIN = frozenset({"title", "subtitle", "responsibility", "edition", "publisher", "place", "series", "notes",
                    "collation"})  # record fields of plain text: the suggestion can be written back


def rows(lines: Iterator[str], delimiter: str, width: int, stray: set[int]) -> Iterator[list[str]]:
    """The rows of ``lines`` (without their line ends) separated by ``delimiter``; ``width``: the separators a row
    of the file holds (0: unknown). The number (from 1) of each row whose quote was a stray is put in ``stray``."""
    waiting: list[str] = []  # lines read ahead to close a cell, given back when its quote was a stray
    number = 0
    while True:
        line = waiting.pop(0) if waiting else next(lines, None)
        if line is None:
            return
        number += 1
        if '"' not in line:  # (most lines: the csv module would split them just so)
            yield line.split(delimiter) if line else []
            continue
        try:  # (a line whose quotes all close, as a file that quotes every cell writes each: read in C)
            yield next(csv.reader([line], delimiter=delimiter, strict=True), [])
            continue
        except csv.Error:  # a cell open at its end (on the next lines, or a stray), or a quote out of place
            pass
        cell = [line]
        while _ends_open("\n".join(cell), delimiter) and len(cell) <= MOST_LINES:
            more = waiting.pop(0) if waiting else next(lines, None)
            if more is None:
                break
            cell.append(more)
        joined = "\n".join(cell)
        row = None if _ends_open(joined, delimiter) else _read(joined, delimiter)
        if row is None or len(cell) > 1 and _holds_rows(row, delimiter, width):
            waiting[0:0] = cell[1:]  # (read again as the rows they are)
            stray.add(number)
            row = _as_written(line, delimiter)
        yield row


def _read(text: str, delimiter: str) -> list[str]:
    """One row, as the csv module reads it; a cell longer than it reads (128 KB: no catalogue's) split as written,
    so that the row is refused or flagged for what it holds, not the whole file."""
    try:
        return next(csv.reader([text], delimiter=delimiter), [])
    except csv.Error:
        return text.split(delimiter)


def _holds_rows(row: list[str], delimiter: str, width: int) -> bool:
    """Whether a row read across lines has more cells than a row of the file, or a cell of it as many separators
    as a row: rows read into one cell (a stray quote closed by a quote in a later row), not the lines of one cell."""
    return bool(width) and (len(row) > width + 1 or any("\n" in cell and cell.count(delimiter) >= width
                                                        for cell in row))


def _ends_open(text: str, delimiter: str) -> bool:
    return _open_at(text, delimiter) >= 0


def _open_at(text: str, delimiter: str) -> int:
    """Where the quoted cell that ``text`` ends inside begins (-1: it ends outside any), as the csv module reads
    it: a quote opens a cell only at its start; after the closing quote the rest of the cell is text; two quotes
    inside a quoted cell are one."""
    at, end = 0, len(text)
    while at <= end:
        if text.startswith('"', at):  # a quoted cell: to its closing quote
            opened = at
            at += 1
            while True:
                close = text.find('"', at)
                if close < 0:
                    return opened
                if text.startswith('"', close + 1):
                    at = close + 2
                    continue
                at = close + 1
                break
        after = text.find(delimiter, at)
        if after < 0:
            return -1
        at = after + len(delimiter)
    return -1


def _as_written(line: str, delimiter: str) -> list[str]:
    """The cells of a line whose quote was a stray: the stray's cell as written (its quote mark kept) up to the
    next separator, the cells before and after it as the csv module reads them."""
    start = _open_at(line, delimiter)
    if start < 0:
        return _read(line, delimiter)
    before = (_read(line[:start], delimiter) or [""])[:-1] if start else []
    end = line.find(delimiter, start)
    if end < 0:
        return [*before, line[start:]]
    return [*before, line[start:end], *_as_written(line[end + len(delimiter):], delimiter)]


def stray_quote_flags(values: dict[str, Any], row: int) -> list[review.Flag]:
    """The flags of the cells of a row whose quote was a stray (``rows``): each cell that starts with a quote mark
    and holds an odd number of them, with the text without that first mark as the suggestion; not a ditto mark
    alone (``"``: the cell above, as a list kept by hand writes it: ``not_data``)."""
    found = []
    for name, value in values.items():
        if isinstance(value, str) and value.startswith('"') and value.count('"') % 2 and value.strip() != '"':
            plain = name in _PLAIN
            found.append(review.Flag(reason="quote", field=name if plain else "", value=value, template=STRAY_QUOTE,
                                     params={"value": value}, suggestion=value[1:].strip() if plain else "",
                                     row=row))
    return found
