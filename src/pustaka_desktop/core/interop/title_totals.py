"""A book's number of copies written beside copies numbered one per row: a buku induk gives each copy its row and
its No. Induk, and writes the title's count of copies once, on the first of its rows, on each of them (a row copied
and its number changed) or in a cell merged down over them. Read row by row, the first row's "Jml. Eks 3" with one
number made two more copies without a number, and each row below did the same when it said 3 too: nine copies
of a book the library has three of, three flags asking for numbers the copies already had.

``totals_of_titles`` holds back the rows after such a row: when the rows of the same book that follow it, each
with its own number and the same count (or none), are as many as the count, the count was the book's in all, and
each row is one copy (said once for the sheet). Otherwise the rows are read as before (the count is what stands on
the shelf, the copies without a number flagged).

A list without numbers does the same with rows described alike (the same book, the same price, day, source...):
"Jml 3" filled down over the book's three rows, or on its first row above two more like it, is the book's three
copies, not nine or five. Rows alike that are fewer than their count are read as written (two rows of "Jml 3" may be
two purchases of three), and said, so that a row copied by mistake is found before the books are labelled. A count
merged down over a book's rows (``under_count``: the sheet's reader says which) is the book's in all whatever its
rows say of their copies: each row that describes a copy is one, its first row makes the rest."""

from __future__ import annotations

from collections.abc import Iterator, Set
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


ALIKE_COUNTED_ONCE = QT_TRANSLATE_NOOP(
    "Import", "Rows {rows}: a book's number of copies stands on its rows (on each, or on the first), and the book has "
              "as many rows, described alike: it was read as the book's copies in all, one copy a row, not that many "
              "on every row.")
REPEATED_COUNT = QT_TRANSLATE_NOOP(
    "Import", "Rows {rows}: the same book, described alike, each row with {count} copies: read as {total} copies. If "
              "{count} is the book's number of copies in all, delete the rows repeated and import the sheet again "
              "(after undoing this import), or remove the copies too many in the catalogue.")


def _number(item: dict[str, Any]) -> str:
    return str(item.get("barcode") or item.get("accession_no") or "")


def _book(record: dict[str, Any]) -> str:
    """The row's book, written in capitals or not ("SI KANCIL" over "Si Kancil": one record for the import)."""
    return "\x1f".join(f"{key}={' '.join(fold(str(value)).split())}" for key, value in sorted(record.items()))


def _starts(inc: Incoming) -> bool:
    """A row whose count may be its book's in all: one numbered copy whose count made the others, unnumbered and
    flagged (``ONE_NUMBER_FOR_MORE``), or a count of copies none of which has a number."""
    items = inc.items
    if inc.error is not None or not inc.record or not 1 < inc.copies <= MOST_HELD:
        return False
    if _unnumbered(inc):
        return len(items) in (0, inc.copies)  # (no copy details: the session counts them; else each copy alike)
    return (len(items) == inc.copies and bool(_number(items[0])) and all(item.get("_unnumbered") for item in items[1:])
            and any(getattr(flag, "template", "") == ONE_NUMBER_FOR_MORE for flag in inc.flags))


def _unnumbered(inc: Incoming) -> bool:
    return all(item.get("_unnumbered") and not _number(item) for item in inc.items)


def _alike(inc: Incoming, first: Incoming) -> bool:
    """Whether an unnumbered row says of its copy what ``first`` says (details filled down, or a row copied)."""
    described = [{k: v for k, v in item.items() if not k.startswith("_")} for item in (inc.items[:1] or [{}])]
    return described == [{k: v for k, v in item.items() if not k.startswith("_")} for item in (first.items[:1] or [{}])]


def _follows(held: list[Incoming], inc: Incoming, under_count: Set[int]) -> bool:
    """Another copy of the held rows' book: its own number, and the same count as the first row or none; or, the
    first row unnumbered, described alike without a number, with the same count or, giving its copy's details,
    none; or under the first row's count merged down, without a number."""
    first = held[0]
    if inc.error is not None or not inc.record or _book(inc.record) != _book(first.record or {}):
        return False
    if _unnumbered(first) and inc.row in under_count:
        return _unnumbered(inc) and len(inc.items) <= 1
    if _unnumbered(first):
        if not _unnumbered(inc) or not _alike(inc, first):
            return False
        if inc.copies == 0:
            return len(inc.items) == 1 and bool(first.items)
        return inc.copies == first.copies and len(inc.items) == len(first.items)
    if not inc.items or not _number(inc.items[0]):
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


def totals_of_titles(rows: Iterator[Incoming], sheet: str, under_count: Set[int] = frozenset()) -> Iterator[Incoming]:
    """The sheet's rows, a book's count of copies read as its total when its rows number its copies one each, are
    as many as it and described alike, or are under it merged down (``under_count``: their row numbers, filled as
    the rows are read)."""
    held: list[Incoming] = []
    counted: dict[str, list[int]] = {COUNTED_ONCE: [], ALIKE_COUNTED_ONCE: []}
    repeated: list[BadRow] = []
    for inc in rows:
        if held and inc.notice is None and _follows(held, inc, under_count):
            held.append(inc)
            if len(held) == held[0].copies and not _merged_count(held, under_count):
                counted[ALIKE_COUNTED_ONCE if _unnumbered(held[0]) else COUNTED_ONCE] += [row.row for row in held]
                _one_each(held)
                yield from held
                held = []
            continue
        yield from _flushed(held, repeated, sheet, _merged_count(held, under_count))
        held = []
        if inc.notice is None and _starts(inc):
            held = [inc]
        else:
            yield inc
    yield from _flushed(held, repeated, sheet, _merged_count(held, under_count))
    for template, numbers in counted.items():
        if numbers:
            yield Incoming(0, notice=BadRow(0, template, {"rows": sheets.row_list(numbers)}, sheet=sheet), sheet=sheet)
    for notice in repeated:
        yield Incoming(0, notice=notice, sheet=sheet)


def _merged_count(held: list[Incoming], under_count: Set[int]) -> bool:
    """Whether the held rows are an unnumbered book's under its count merged down (numbered ones: each row a copy)."""
    return len(held) > 1 and held[-1].row in under_count and _unnumbered(held[0])


def _flushed(held: list[Incoming], repeated: list[BadRow], sheet: str, merged: bool = False) -> list[Incoming]:
    """Held rows that did not reach their count, read as written: but under a count merged down (``merged``), the
    first row makes only the copies its rows below do not describe. Unnumbered rows alike that each gave the same
    count are said (``REPEATED_COUNT``)."""
    if merged:
        first = held[0]
        first.copies = max(1, first.copies - sum(1 for inc in held[1:] if inc.items))
        first.items = first.items[:first.copies]
        return held
    same = [inc for inc in held if inc.copies == held[0].copies] if held and _unnumbered(held[0]) else []
    if len(same) > 1:
        count = held[0].copies
        repeated.append(BadRow(0, REPEATED_COUNT, {"rows": sheets.row_list([inc.row for inc in same]), "count": count,
                                                   "total": count * len(same)}, sheet=sheet))
    return held
