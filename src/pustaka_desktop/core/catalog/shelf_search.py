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

How it matches, without a new index (so without a migration):
- the class is the record's class number (``record.ddc``, indexed, stored normalised: ``899.2213``,
  ``F 899.2213``, ``2X4.1``) by prefix: ``899.22`` finds 899.2213 and 899.221; a query without a
  collection prefix finds the prefixed numbers too, ``F`` finds ``FIK`` and the reverse;
- an author mark narrows to the records one of whose copies' call numbers (what is on the spine,
  SLiMS's per copy) carries that mark after its class; a record without a copy with a call number is
  judged by the call number derived from it (``call_number_for``).
A copy whose call number names another class than its record's is found by its record's class (the
copies' call numbers have no index: reading all of them costs a scan of every copy, too slow while
typing on a large catalogue).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from ..service import Library
from ..store.models import Record
from . import classnumber
from .callnumber import letters
from .records import call_number_for

_MARK = re.compile(r"^[^\W\d_]{1,12}[-.]?$")  # letters; SLiMS writes an Arabic article's mark "AL-"
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


def _class_ranges(shelf: ShelfQuery) -> tuple[str, list[str]]:
    """``record.ddc`` ranges (the ddc index answers them) for the query's class, with its prefixes."""
    number = shelf.cls.number
    prefixes = _family(shelf.cls.prefix) if shelf.cls.prefix else ["", *classnumber.PREFIXES]
    ranges, params = [], []
    for prefix in prefixes:
        low = " ".join(p for p in (prefix, number) if p)
        # "899.22" up to "899.23"; a prefix alone "F" covers "F" and "F ...", not "FIK" ("!" follows " ")
        high = low[:-1] + chr(ord(low[-1]) + 1) if number else low + "!"
        ranges.append("(r.ddc >= ? AND r.ddc < ?)")
        params += [low, high]
    return "(" + " OR ".join(ranges) + ")", params


def after_class(call: str) -> list[str]:
    """The words of a call number after its class: ``899.221 3 HIR l`` -> [HIR, l]; ``F HIR l`` -> [HIR, l]."""
    words = (call or "").split()
    _cls, used = _class_at_start(words)
    return words[used:]


def _has_mark(call: str, shelf: ShelfQuery) -> bool:
    rest = after_class(call)
    if not rest or not letters(rest[0]).upper().startswith(shelf.mark):
        return False
    return not shelf.letter or (len(rest) > 1 and letters(rest[1])[:1].lower() == shelf.letter)


def _marked_ids(lib: Library, shelf: ShelfQuery, ranges: str, params: list[str]) -> list[int]:
    """The records of the class whose call number carries the query's author mark (and title letter): a
    copy's as written on its spine, the derived one for a record without a copy that has one."""
    found: list[int] = []
    unlabelled: list[int] = []
    rows = lib.db.execute_sql(
        f"SELECT r.id, (SELECT group_concat(i.call_number, char(10)) FROM item i WHERE i.record_id = r.id "
        f"AND +i.deleted = 0 AND i.call_number != '') FROM record r WHERE {ranges} AND +r.deleted = 0", params)
    for record_id, calls in rows:
        if not calls:
            unlabelled.append(record_id)
        elif shelf.mark in calls.upper() and any(_has_mark(call, shelf) for call in calls.split("\n")):
            found.append(record_id)
    for record in Record.select(Record.id, Record.ddc, Record.title, Record.authors).where(
            Record.id.in_(unlabelled)):
        if _has_mark(call_number_for(record), shelf):
            found.append(record.id)
    return found


def page(lib: Library, shelf: ShelfQuery, filters_sql: str, filter_params: list[Any], offset: int,
         limit: int) -> tuple[int, list[int]]:
    """(total, one page of record ids) on the shelf, by class number then title. ``filters_sql`` is the
    search filters as a condition on ``record r`` (``core.catalog.search``)."""
    ranges, params = _class_ranges(shelf)
    if shelf.mark:
        where, params = "r.id IN (SELECT value FROM json_each(?))", [json.dumps(_marked_ids(lib, shelf, ranges, params))]
    else:
        where = ranges
    # "+r.deleted": the unary plus keeps SQLite on the ddc index (see core.catalog.search)
    where += f" AND +r.deleted = 0{' AND ' + filters_sql if filters_sql else ''}"
    ids = [rid for (rid,) in lib.db.execute_sql(
        f"SELECT r.id FROM record r WHERE {where} ORDER BY r.ddc, r.title COLLATE NOCASE, r.id",
        [*params, *filter_params])]
    return len(ids), ids[offset:offset + limit]
