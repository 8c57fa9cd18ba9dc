"""A book's number of copies written beside copies numbered one per row: a buku induk gives each copy its row and
its No. Induk, and writes the title's count of copies once, on the first of its rows, on each of them (a row copied
and its number changed) or in a cell merged down over them. Read row by row, the first row's "Jml. Eks 3" with one
number made two more copies without a number, and each row below did the same when it said 3 too: nine copies
of a book the library has three of, three flags asking for numbers the copies already had.

``totals_of_titles`` holds back the rows after such a row: when the rows of the same book that follow it, each
with its own number and the same count (or none), are as many as the count, the count was the book's in all, and
each row is one copy (said once for the sheet). Otherwise the rows are read as before (the count is what stands on
the shelf, the copies without a number flagged)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..i18n import QT_TRANSLATE_NOOP
from . import sheets
from .catalogue_row import ONE_NUMBER_FOR_MORE
from .types import BadRow, Incoming, fold

MOST_HELD = 100  # a count above this is no title's rows in a village library: read as written, nothing held back
COUNTED_ONCE = QT_TRANSLATE_NOOP(
    "Import", "Rows {rows}: a book's number of copies stands beside copies numbered one per row (on the book's first "
              "row, on each of its rows or in a cell merged over them): it was read as the book's copies in all, so "
              "no copy without a number was added.")


def _number(item: dict[str, Any]) -> str:
    return str(item.get("barcode") or item.get("accession_no") or "")


def _book(record: dict[str, Any]) -> str:
    """The row's book, written in capitals or not ("SI KANCIL" over "Si Kancil": one record for the import)."""
    return "\x1f".join(f"{key}={' '.join(fold(str(value)).split())}" for key, value in sorted(record.items()))


def _starts(inc: Incoming) -> bool:
    """A row of one numbered copy whose count made the others, unnumbered and flagged (``ONE_NUMBER_FOR_MORE``)."""
    items = inc.items
    return (inc.error is None and bool(inc.record) and 1 < inc.copies <= MOST_HELD and len(items) == inc.copies
            and bool(_number(items[0])) and all(item.get("_unnumbered") for item in items[1:])
            and any(getattr(flag, "template", "") == ONE_NUMBER_FOR_MORE for flag in inc.flags))


def _follows(held: list[Incoming], inc: Incoming) -> bool:
    """Another copy of the held rows' book: its own number, and the same count as the first row or none."""
    first = held[0]
    if inc.error is not None or not inc.record or not inc.items or not _number(inc.items[0]):
        return False
    if _book(inc.record) != _book(first.record or {}):
        return False
    if _number(inc.items[0]) in {_number(row.items[0]) for row in held}:
        return False  # (a row copied twice: the session reads it once and says so)
    if inc.copies == 0:
        return len(inc.items) == 1
    return _starts(inc) and inc.copies == first.copies


def _one_each(held: list[Incoming]) -> None:
    for inc in held:
        inc.items = inc.items[:1]
        inc.copies = 1
        inc.flags = [flag for flag in inc.flags if getattr(flag, "template", "") != ONE_NUMBER_FOR_MORE]


def totals_of_titles(rows: Iterator[Incoming], sheet: str) -> Iterator[Incoming]:
    """The sheet's rows, a book's count of copies read as its total when its rows number its copies one each."""
    held: list[Incoming] = []
    counted: list[int] = []
    for inc in rows:
        if held and inc.notice is None and _follows(held, inc):
            held.append(inc)
            if len(held) == held[0].copies:
                _one_each(held)
                counted += [row.row for row in held]
                yield from held
                held = []
            continue
        yield from held
        held = []
        if inc.notice is None and _starts(inc):
            held = [inc]
        else:
            yield inc
    yield from held
    if counted:
        yield Incoming(0, notice=BadRow(0, COUNTED_ONCE, {"rows": sheets.row_list(counted)}, sheet=sheet), sheet=sheet)
