"""Catalogue search over the FTS5 index ``record_fts`` (built and kept in sync by triggers, see
core.migrations): title, subtitle, authors, subjects, series, publisher, ISBN, notes, with
``unicode61 remove_diacritics 2`` and no stemmer (Indonesian words keep their affixes).

How it stays fast on 100,000 records (SETUP-NOTES: bm25 costs ~3 µs per hit, whatever the LIMIT):

1. An exact ISBN (any form) or copy barcode goes straight to its record.
2. The hits are counted first (cheap: about 0.1 µs per hit).
3. Few hits (``RANK_LIMIT``): ranked with bm25, the title weighing most.
4. Many hits (a common word): no scoring at all. Records whose title or subtitle match come first,
   then the rest, each newest first (``rowid DESC`` is FTS5's native order, so a page costs about
   the same as ``LIMIT 20`` unranked). A word that common is rarely what tells records apart;
   the user narrows it with a second word or a filter, which brings the hits under the limit.

Filters: material type, DDC main class, audience, language, available now, location (shelf).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from .catalog import DDC_CLASSES, authors_of, call_number_for
from .errors import ValidationError
from .isbn import normalise_isbn
from .models import Item, Record
from .service import Library

RANK_LIMIT = 2000
# bm25 column weights: title, subtitle, authors, subjects, series, publisher, isbn, notes
_WEIGHTS = "10.0, 4.0, 6.0, 3.0, 2.0, 1.0, 1.0, 0.5"
_TITLE_COLUMNS = "{title subtitle}"
_WORD = re.compile(r"\w+", re.UNICODE)
_ISBNISH = re.compile(r"^[\d\-\s]{9,17}[\dXx]$")
# Copies that count towards "copies": those that can come back to the shelf.
_COUNTED = "i.deleted = 0 AND i.status NOT IN ('withdrawn', 'lost')"


@dataclass
class Filters:
    material_type: str = ""
    ddc_class: str = ""  # "000".."900", one of catalog.DDC_CLASSES
    audience: str = ""
    language: str = ""
    available: bool = False  # at least one copy on the shelf now
    location: str = ""  # at least one copy at this location
    include_hidden: bool = True  # the kiosk passes False

    def any(self) -> bool:
        return bool(self.material_type or self.ddc_class or self.audience or self.language or self.available
                    or self.location or not self.include_hidden)


@dataclass
class Hit:
    record_id: int
    title: str
    subtitle: str
    authors: str
    year: int | None
    material_type: str
    isbn: str
    call_number: str
    location: str
    available: int
    copies: int
    hidden: bool = False


@dataclass
class SearchPage:
    total: int
    hits: list[Hit] = field(default_factory=list)
    exact: int | None = None  # the record id when the query was an exact ISBN or barcode
    ranked: bool = False
    offset: int = 0


def fts_query(text: str, prefix: bool = True) -> str:
    """The FTS5 expression for what a user typed: every word must match (AND); "quoted words" are a
    phrase; the last word is a prefix while typing. '' when there is no word at all."""
    parts: list[str] = []
    chunks = re.findall(r'"[^"]*"?|[^\s"]+', text or "")
    for n, chunk in enumerate(chunks):
        words = _WORD.findall(chunk)
        if not words:
            continue
        quoted = chunk.startswith('"')
        last = n == len(chunks) - 1 and not quoted and prefix and not text[-1:].isspace()
        if quoted or len(words) > 1:
            expr = '"' + " ".join(words) + '"'
            parts.append(expr + ("*" if last else ""))
        else:
            parts.append('"' + words[0] + '"' + ("*" if last else ""))
    return " ".join(parts)


def _filter_sql(filters: Filters) -> tuple[list[str], list[Any]]:
    where: list[str] = ["r.deleted = 0"]
    params: list[Any] = []
    if filters.material_type:
        where.append("r.material_type = ?")
        params.append(filters.material_type)
    if filters.ddc_class:
        if filters.ddc_class not in DDC_CLASSES:
            raise ValueError(f"unknown DDC class {filters.ddc_class}")
        low = filters.ddc_class[0]
        where.append("r.ddc >= ? AND r.ddc < ?")
        params += [low, chr(ord(low) + 1)]
    if filters.audience:
        where.append("r.audience = ?")
        params.append(filters.audience)
    if filters.language:
        where.append("r.language = ?")
        params.append(filters.language)
    if not filters.include_hidden:
        where.append("r.hidden = 0")
    if filters.available or filters.location:
        sub = "EXISTS (SELECT 1 FROM item i WHERE i.record_id = r.id AND i.deleted = 0"
        if filters.available:
            sub += " AND i.status = 'available'"
        if filters.location:
            sub += " AND i.location = ?"
            params.append(filters.location)
        where.append(sub + ")")
    return where, params


def _exact(lib: Library, text: str, filters: Filters) -> list[int]:
    """Record ids for an exact ISBN (any form) or a copy barcode; [] when the text is neither."""
    key = text.strip()
    if not key or len(key) > 20:
        return []
    ids: list[int] = []
    if _ISBNISH.match(key):
        try:
            isbn = normalise_isbn(key)
        except ValidationError:
            isbn = ""
        if isbn:
            ids = [rid for (rid,) in Record.select(Record.id).where(
                (Record.isbn == isbn) & (Record.deleted == False)).order_by(Record.id).tuples()]  # noqa: E712
    if not ids and " " not in key and any(ch.isdigit() for ch in key):
        found = Item.select(Item.record).where((Item.barcode == key.upper()) & (Item.deleted == False)).first()  # noqa: E712
        if found is not None:
            ids = [found.record_id]
    if ids and not filters.include_hidden:
        ids = [rid for (rid,) in Record.select(Record.id).where(Record.id.in_(ids) & (Record.hidden == False))  # noqa: E712
               .tuples()]
    return ids


def search(lib: Library, text: str = "", filters: Filters | None = None, offset: int = 0, limit: int = 20,
           prefix: bool = True) -> SearchPage:
    """One page of catalogue search results, with the total number of matching records."""
    filters = filters or Filters()
    db = lib.db
    exact = _exact(lib, text, filters)
    if exact:
        ids = exact[offset:offset + limit]
        return SearchPage(len(exact), hits(lib, ids), exact=exact[0], ranked=False, offset=offset)

    where, params = _filter_sql(filters)
    expr = fts_query(text, prefix)
    if not expr:
        if _WORD.search(text or ""):
            return SearchPage(0, offset=offset)
        # No words: browse what the filters leave, newest first.
        cond = " AND ".join(where)
        total = db.execute_sql(f"SELECT count(*) FROM record r WHERE {cond}", params).fetchone()[0]
        ids = [row[0] for row in db.execute_sql(
            f"SELECT r.id FROM record r WHERE {cond} ORDER BY r.id DESC LIMIT ? OFFSET ?",
            [*params, limit, offset])]
        return SearchPage(total, hits(lib, ids), offset=offset)

    cond = " AND ".join(where)
    base = f"FROM record_fts CROSS JOIN record r ON r.id = record_fts.rowid WHERE record_fts MATCH ? AND {cond}"

    def count(match: str) -> int:
        if not filters.any():
            return db.execute_sql("SELECT count(*) FROM record_fts WHERE record_fts MATCH ?", [match]).fetchone()[0]
        return db.execute_sql(f"SELECT count(*) {base}", [match, *params]).fetchone()[0]

    def page(match: str, order: str, lim: int, off: int) -> list[int]:
        return [row[0] for row in db.execute_sql(
            f"SELECT record_fts.rowid {base} ORDER BY {order} LIMIT ? OFFSET ?", [match, *params, lim, off])]

    try:
        total = count(expr)
    except Exception as exc:  # a query FTS5 cannot parse: no hits rather than a crash
        if "fts5" in str(exc).lower() or "syntax" in str(exc).lower():
            return SearchPage(0, offset=offset)
        raise
    if total == 0:
        return SearchPage(0, offset=offset)
    if total <= RANK_LIMIT:
        ids = page(expr, f"bm25(record_fts, {_WEIGHTS}), record_fts.rowid DESC", limit, offset)
        return SearchPage(total, hits(lib, ids), ranked=True, offset=offset)

    # Many hits: title matches first, then the rest, each newest first; no scoring.
    in_title = f"{_TITLE_COLUMNS} : ({expr})"
    title_total = count(in_title)
    ids = []
    if offset < title_total:
        ids = page(in_title, "record_fts.rowid DESC", limit, offset)
    if len(ids) < limit:
        rest_offset = max(0, offset - title_total)
        rest = f"({expr}) NOT ({in_title})"
        ids += page(rest, "record_fts.rowid DESC", limit - len(ids), rest_offset)
    return SearchPage(total, hits(lib, ids), ranked=False, offset=offset)


def hits(lib: Library, ids: list[int]) -> list[Hit]:
    """Result rows for record ids, in that order, with call number, shelf and availability."""
    if not ids:
        return []
    marks = ",".join("?" * len(ids))
    records = {r.id: r for r in Record.select(
        Record.id, Record.title, Record.subtitle, Record.authors, Record.year, Record.material_type, Record.isbn,
        Record.ddc, Record.hidden).where(Record.id.in_(ids))}
    copies: dict[int, tuple[int, int, str, str]] = {}
    for rid, total, available, call_number, location in lib.db.execute_sql(
            f"SELECT i.record_id, count(*), sum(i.status = 'available'), min(i.call_number), "
            f"group_concat(DISTINCT i.location) FROM item i WHERE i.record_id IN ({marks}) AND {_COUNTED} "
            f"GROUP BY i.record_id", ids):
        copies[rid] = (int(total), int(available or 0), call_number or "", location or "")
    out = []
    for rid in ids:
        record = records.get(rid)
        if record is None:
            continue
        total, available, call_number, locations = copies.get(rid, (0, 0, "", ""))
        out.append(Hit(
            record_id=rid, title=record.title, subtitle=record.subtitle,
            authors="; ".join(a.get("name", "") for a in authors_of(record)), year=record.year,
            material_type=record.material_type, isbn=record.isbn,
            call_number=call_number or call_number_for(record),
            location=", ".join(sorted(filter(None, locations.split(",")))), available=available, copies=total,
            hidden=bool(record.hidden)))
    return out


def locations(lib: Library) -> list[str]:
    """The shelf locations in use, for the location filter."""
    return [loc for (loc,) in Item.select(Item.location).where(
        (Item.deleted == False) & (Item.location != "")).distinct().order_by(Item.location).tuples()]  # noqa: E712


def rebuild_index(lib: Library) -> int:
    """Rebuild the search index from the records (repair tool); returns the number indexed."""
    from .migrations import _RECORD_FTS_COLUMNS, _RECORD_FTS_VALUES

    with lib.transaction():
        lib.db.execute_sql("DELETE FROM record_fts")
        lib.db.execute_sql(
            f"INSERT INTO record_fts(rowid, {_RECORD_FTS_COLUMNS}) SELECT r.id, {_RECORD_FTS_VALUES.format(r='r')} "
            "FROM record r WHERE r.deleted = 0")
    return lib.db.execute_sql("SELECT count(*) FROM record_fts").fetchone()[0]
