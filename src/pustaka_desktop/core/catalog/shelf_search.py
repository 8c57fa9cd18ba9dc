"""The catalogue searched by shelf: a query that is a class number or a call number (as the book's KDT
prints it, ``899.221 3``; as on the spine label, ``899.221 3 HIR l``, ``2X4.1 SUR``, ``F HIR``) finds
the records on that shelf, sorted by class number then title. ``core.catalog.search`` tries this path
beside the FTS words (the index holds no class or call number), so every place that searches the
catalogue (the Katalog page, the Printing page's label search, the web catalogue, the kiosk,
``pustaka-cli search``) gets it.

How a query is read (``read``): the class at its start by ``classnumber.parse`` (segmentation spaces
and primes dropped, a collection prefix kept), then at most an author mark (``HIR``, SLiMS's ``AL-``)
and a title letter (``l``). A query with a point or Perpusnas's ``2X`` (``899.22``, ``2x4.1``) or
written in capitals as on a spine (``F HIR``, ``899 HIR``) is *sure*: the shelf comes first. A bare
three-digit number or lower-case letters (``100``, ``100 resep``, ``a sur``) may as well be words of a
title: the words come first and the shelf only when they find nothing (``core.catalog.search``).

How it matches:
- the class is the record's class number (``record.ddc``, stored normalised: ``899.2213``, ``F 899.2213``,
  ``2X4.1``) by prefix: ``899.22`` finds 899.2213 and 899.221; a query without a collection prefix finds the
  prefixed numbers too, ``F`` finds ``FIK`` and the reverse. Each prefix is one ``ddc`` range of the index
  ``record_shelf`` (deleted, ddc, title; migration 0025), read in the order shown: the first page is the
  index's first rows and the count a count of its entries, whatever the size of the class;
- an author mark narrows to the records one of whose copies' call numbers (what is on the spine,
  SLiMS's per copy) carries that mark after its class; a record without a copy with a call number is
  judged by the call number derived from it (``call_number_for``). SQL passes on only the records whose
  copies have the mark somewhere in their call number (or none labelled); Python reads those few.
A copy whose call number names another class than its record's is found by its record's class (the
copies' call numbers have no index: reading all of them costs a scan of every copy, too slow while
typing on a large catalogue).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from ..service import Library
from ..store.models import Record
from . import class_style, classnumber
from .callnumber import letters
from .records import call_number_for

# letters; SLiMS writes an Arabic article's mark "AL-", a label typed by hand initials with their dots ("W.M")
_MARK = re.compile(r"^[^\W\d_](?:\.?[^\W\d_]){0,11}[-.]?$")
_LETTER = re.compile(r"^[^\W\d_]\.?$")
_GLUED = re.compile(r"^[A-Za-z]+\d")
_MAX_CLASS_WORDS = 4  # "899.221 3", "R 030", "F 899.221 3": the class never takes more words


@dataclass(frozen=True)
class ShelfQuery:
    cls: classnumber.ClassNumber
    mark: str = ""  # the author mark's letters in capitals: "HIR", "AL"
    letter: str = ""  # the title letter in lower case
    sure: bool = True  # shaped like nothing but a class or call number (see the module doc)

    @property
    def shown(self) -> str:
        """How the query was read, for the page: ``899.2213 HIR l``."""
        return " ".join(p for p in (self.cls.stored, self.mark, self.letter) if p)


def _class_at_start(words: list[str]) -> tuple[classnumber.ClassNumber | None, int]:
    """The class number the words start with and how many words it takes ((None, 0) when none)."""
    for n in range(min(len(words), _MAX_CLASS_WORDS), 0, -1):
        parsed = classnumber.parse(" ".join(words[:n]))
        if parsed is not None and (parsed.number or parsed.prefix):
            return parsed, n
    return None, 0


def read(text: str) -> ShelfQuery | None:
    """The query as a class or call number, or None when it is not shaped like one (words, a year, an
    ISBN, a collection prefix alone: ``F`` or ``A`` is a word)."""
    words = (text or "").replace('"', " ").split()
    if words and _GLUED.match(words[0]):
        return None  # "A123", "F001", "R2019": a barcode or a code, not "A 123"
    cls, used = _class_at_start(words)
    if cls is None:
        return None
    rest = words[used:]
    if len(rest) > 2 or (rest and not _MARK.match(rest[0])) or (len(rest) == 2 and not _LETTER.match(rest[1])):
        return None
    if not cls.number and not rest:
        return None
    written = " ".join(words[:used])
    typed_letters = [ch for ch in "".join([written, *rest[:1]]) if ch.isalpha() and ch not in "xX"]
    sure = ("." in written or "," in written or cls.number.startswith("2X")
            or (bool(typed_letters) and all(ch.isupper() for ch in typed_letters)))
    return ShelfQuery(cls, letters(rest[0]).upper() if rest else "", letters(rest[1]).lower() if len(rest) > 1 else "",
                      sure)


def _family(prefix: str) -> list[str]:
    """A collection prefix and the others that mark the same collection (F and FIK, R and REF, A and AN)."""
    kind = classnumber.PREFIXES.get(prefix, "")
    return [p for p, k in classnumber.PREFIXES.items() if k == kind] if kind else [prefix]


def _class_ranges(shelf: ShelfQuery) -> list[tuple[str, str]]:
    """The ``record.ddc`` ranges [low, high) of the query's class, one per collection prefix, in ``ddc`` order. They
    never overlap, so the shelf in class-number order is each range's records in order, one range after another."""
    number = shelf.cls.number
    prefixes = _family(shelf.cls.prefix) if shelf.cls.prefix else ["", *classnumber.PREFIXES]
    ranges = []
    for prefix in prefixes:
        low = " ".join(p for p in (prefix, number) if p)
        # "899.22" up to "899.23"; a prefix alone "F" covers "F" and "F ...", not "FIK" ("!" follows " ")
        high = low[:-1] + chr(ord(low[-1]) + 1) if number else low + "!"
        ranges.append((low, high))
    return sorted(ranges)


# One range of the shelf, read from the index record_shelf (deleted, ddc, title COLLATE NOCASE; migration 0025) in the
# order shown: the rowid ends the index, so there is no sort, and no record is read from the table unless a filter asks.
# ("r.deleted = 0" without the unary plus core.catalog.search puts before it: here it is the index's first column.)
_IN_RANGE = "r.deleted = 0 AND r.ddc >= ? AND r.ddc < ?"
_SHELF_ORDER = "ORDER BY r.ddc, r.title COLLATE NOCASE, r.id"
# A copy whose call number may carry the author mark, as the first check in Python reads it (``_carries``): the mark's
# letters in the call number in their order, anything between (a mark written with dots, "W.M" for WM). LIKE ignores the
# case of ASCII letters only (Python's upper() makes "SS" of "ß"), so a call number with any other character (an
# accented mark, "HÍR") is left to Python. (The mark is letters only: no "%" or "_" in it.)
_MAY_CARRY = "i.call_number LIKE ? OR length(i.call_number) != length(CAST(i.call_number AS BLOB))"
# Per record: 1 when one of its labelled copies may carry the mark, 0 when none can, NULL when it has no labelled
# copy (its derived call number is judged then). The covering index item_record_call_number (migration 0015).
_LABELS = ("(SELECT max(" + _MAY_CARRY + ") FROM item i WHERE i.record_id = r.id AND i.deleted = 0 "
           "AND i.call_number != '')")


def after_class(call: str) -> list[str]:
    """The words of a call number after its class: ``899.221 3 HIR l`` -> [HIR, l]; ``F HIR l`` -> [HIR, l]."""
    words = (call or "").split()
    _cls, used = _class_at_start(words)
    return words[used:]


@lru_cache(maxsize=8192)
def _spine_mark(call: str) -> tuple[str, str | None] | None:
    """A call number's author mark (its letters in capitals) and the first letter of the word after it (None when
    there is no such word); None when nothing follows the class. The copies of a shelf share a few call numbers."""
    rest = after_class(call)
    if not rest:
        return None
    return letters(rest[0]).upper(), (letters(rest[1])[:1].lower() if len(rest) > 1 else None)


def _has_mark(call: str, shelf: ShelfQuery) -> bool:
    found = _spine_mark(call)
    if found is None or not found[0].startswith(shelf.mark):
        return False
    return not shelf.letter or found[1] == shelf.letter


def _carries(calls: list[str], shelf: ShelfQuery) -> bool:
    """Whether one of a record's labelled copies carries the query's mark (and title letter) on its spine."""
    return (shelf.mark in letters("\n".join(calls)).upper()  # (as on the spine, accents and dots left out)
            and any(_has_mark(call, shelf) for call in calls))


def _marked_ids(lib: Library, shelf: ShelfQuery, ranges: list[tuple[str, str]], where: str,
                params: list[Any]) -> list[int]:
    """The records on the shelf, in its order, whose call number carries the query's author mark (and title letter): a
    copy's as written on its spine, the derived one for a record without a copy that has one. SQL leaves out the
    records whose labelled copies cannot carry the mark (``_LABELS``); Python judges the few others."""
    candidates: list[int] = []
    for low, high in ranges:
        candidates += [rid for (rid,) in lib.db.execute_sql(
            f"SELECT r.id FROM record r WHERE {_IN_RANGE}{where} AND coalesce({_LABELS}, 1) {_SHELF_ORDER}",
            [low, high, *params, "%" + "%".join(shelf.mark) + "%"])]
    if not candidates:
        return []
    calls: dict[int, list[str]] = {}
    for record_id, call in lib.db.execute_sql(
            "SELECT i.record_id, i.call_number FROM item i WHERE i.record_id IN (SELECT value FROM json_each(?)) "
            "AND i.deleted = 0 AND i.call_number != ''", [json.dumps(candidates)]):
        calls.setdefault(record_id, []).append(call)
    unlabelled = [rid for rid in candidates if rid not in calls]
    derived: dict[int, str] = {}
    if unlabelled:  # (the library's way of writing the class read once, not once a record)
        segmented = class_style.segmented()
        derived = {record.id: call_number_for(record, segmented) for record in Record.select(
            Record.id, Record.ddc, Record.title, Record.authors).where(Record.id.in_(unlabelled))}
    return [rid for rid in candidates
            if (_carries(calls[rid], shelf) if rid in calls else _has_mark(derived.get(rid, ""), shelf))]


def page(lib: Library, shelf: ShelfQuery, filters_sql: str, filter_params: list[Any], offset: int,
         limit: int) -> tuple[int, list[int]]:
    """(total, one page of record ids) on the shelf, by class number then title. ``filters_sql`` is the
    search filters as a condition on ``record r`` (``core.catalog.search``)."""
    ranges = _class_ranges(shelf)
    where = f" AND {filters_sql}" if filters_sql else ""
    if shelf.mark:
        ids = _marked_ids(lib, shelf, ranges, where, filter_params)
        return len(ids), ids[offset:offset + limit]
    # the count of each range (one statement), then the page from the ranges it falls in
    counts = lib.db.execute_sql(
        "SELECT " + ", ".join(f"(SELECT count(*) FROM record r WHERE {_IN_RANGE}{where})" for _ in ranges),
        [value for low, high in ranges for value in (low, high, *filter_params)]).fetchone()
    ids: list[int] = []
    skip = offset
    for (low, high), count in zip(ranges, counts, strict=True):
        if len(ids) >= limit:
            break
        if skip >= count:
            skip -= count
            continue
        ids += [rid for (rid,) in lib.db.execute_sql(
            f"SELECT r.id FROM record r WHERE {_IN_RANGE}{where} {_SHELF_ORDER} LIMIT ? OFFSET ?",
            [low, high, *filter_params, limit - len(ids), skip])]
        skip = 0
    return sum(counts), ids
