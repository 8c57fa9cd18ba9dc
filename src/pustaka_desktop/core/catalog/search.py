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

It forgives (``spelling``): the index holds old-spelling-folded text and every query word is folded
the same way, so *Pramoedya* finds *Pramudya* and the reverse; romanised Arabic is asked for in the spellings
villages write it (``transliteration``: *Fath al-Qarib*, *Fathul Qorib*, *Quran*, *Al-Qur'an*), and a kitab catalogued
in Arabic letters is found by its name typed in Latin ones (``arabic_letters``: *Riyadhus Shalihin* finds رياض
الصالحين); an ISBN typed in part with its hyphens
(``978-623``, ``602-03``) is an ISBN prefix; two or three consonants typed together are also an author's
initials (``nh dini`` finds *N.H. Dini*); and when a query finds nothing, a word of five letters or
more that the index does not know is replaced by the nearest one it does that finds books beside the other
words (``typos``), and the page says so (``SearchPage.corrected``: "Maksud Anda: pertanian?").

A class number or a call number (``899.221 3``, ``2X4.1 SUR``, ``F HIR``) finds the records on that
shelf, by class number then title (``shelf_search``; ``SearchPage.shelf`` says how it was read). A bare
three-digit number is first a word (``100 Resep``), the shelf when the words find nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ..errors import ValidationError
from ..service import Library
from ..store.models import Item, Record
from . import arabic_letters, class_style, shelf_search, transliteration, typos
from .finding import live_copy, with_printed_isbn
from .isbn import normalise_isbn
from .records import (
    DDC_CLASSES,
    LIVE_ITEM,
    LIVE_RECORD,
    authors_of,
    call_number_for,
)
from .search_index import CLASS_DIGIT_SQL
from .spelling import fold
from .spelling import words as split_words

RANK_LIMIT = 2000
# bm25 column weights: title, subtitle, authors, subjects, series, publisher, isbn, notes
_WEIGHTS = "10.0, 4.0, 6.0, 3.0, 2.0, 1.0, 1.0, 0.5, 0.0"  # ..., facets
_TITLE_COLUMNS = "{title subtitle}"
_TEXT_COLUMNS = "{title subtitle authors subjects series publisher isbn notes}"
_CODE = re.compile(r"^[A-Za-z0-9]+$")
_ISBNISH = re.compile(r"^[\d\-\s]{9,17}[\dXx]$")
# the label printed before the number on a book's back cover, copied with it: "ISBN 978-...", "ISBN-13: 978..."
_ISBN_LABEL = re.compile(r"^(?:e-?)?ISBN(?:[-\s]?1[03])?\s*:?\s*", re.IGNORECASE)
# Two or three letters without a vowel, typed together, are an author's initials, indexed as letters apart
# (N.H. Dini, H.B. Jassin, K.H. Hasyim Asy'ari); "pel" is still only the start of a word being typed
_INITIALS = re.compile(r"^[B-DF-HJ-NP-TV-Zb-df-hj-np-tv-z]{2,3}$")
_ISBN_PART = re.compile(r"^\d[\d-]*$")  # an ISBN typed in part: 978-623, 602-03-, 9786020
# Copies that count towards "copies": those that can come back to the shelf.
# "+x.deleted": the unary plus keeps SQLite from choosing the (nearly useless) deleted index over a
# selective one when the database has no ANALYZE statistics.
_COUNTED = "+i.deleted = 0 AND i.status NOT IN ('withdrawn', 'lost')"


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
    corrected: str = ""  # the hits are for this text (a typo corrected): "Maksud Anda: ...?"
    shelf: str = ""  # the query read as a class or call number ("899.2213 HIR"): the hits are that shelf's
    fewer: str = ""  # the words typed found nothing together: the hits are for these of them (``fewer_words``)


def _isbn_prefix(chunk: str) -> str:
    """An ISBN typed in part (``978-623``, ``602-03``, ``978602``) as FTS5 prefixes of the ISBN
    column's ISBN-13 digits, or '' when the chunk is not one. The words as written still count
    (``1945-1950`` is also two years)."""
    if not _ISBN_PART.match(chunk):
        return ""
    digits = chunk.replace("-", "")
    if not 3 <= len(digits) <= 13 or ("-" not in chunk and digits[:3] not in ("978", "979")):
        return ""
    options = [f'"{digits}"*']
    if digits[:3] not in ("978", "979") and len(digits) <= 10:
        options.append(f'"978{digits}"*')  # an ISBN-10's first groups
    words = split_words(chunk)
    options.append('"' + " ".join(words) + '"')
    return "(" + " OR ".join(options) + ")"


def fts_query(text: str, prefix: bool = True, arabic: arabic_letters.ArabicWords | None = None) -> str:
    """The FTS5 expression for what a user typed: every word must match (AND); "quoted words" are a
    phrase; the last word is a prefix while typing; words are folded (``spelling.fold``) as the index
    is. '' when there is no word at all. ``arabic``: the index's words in Arabic letters, which a word typed in
    Latin letters also asks for when they have its consonants (``arabic_letters``: *Riyadhus* finds رياض)."""
    parts: list[str] = []
    chunks = re.findall(r'"[^"]*"?|[^\s"]+', text or "")
    romanised = transliteration.looks_romanised(text or "")
    for n, chunk in enumerate(chunks):
        isbn = _isbn_prefix(chunk)
        if isbn:
            parts.append(isbn)
            continue
        words = split_words(fold(chunk))  # folded first: an Arabic vowel mark would split the word
        if not words:
            continue
        quoted = chunk.startswith('"')
        if not quoted:  # al-Qarib is Qarib, as Fathul Qarib writes it (see ``transliteration``)
            words = transliteration.without_article(words)
            if transliteration.is_lone_article(words) and len(chunks) > 1:
                continue
        last = n == len(chunks) - 1 and not quoted and prefix and not text[-1:].isspace()
        if last and len(words) == 1 and len(words[0]) == 1:
            # one letter just typed: as a prefix it matches most of the catalogue (and has no prefix
            # index); the words before it already narrow the list, so wait for the next letter
            if parts:
                continue
            last = False
        # romanised Arabic: every word a prefix (Sullam finds Sullamut, Fath finds Fathul: the article joined)
        as_prefix = last or (romanised and not quoted and len(words[0]) >= 3)
        if quoted or len(words) > 1:
            written = [" ".join(words)]
            if not quoted and transliteration.joined(chunk, words):  # Qur'an is also Quran
                written += transliteration.word_forms(transliteration.joined(chunk, words), romanised)
        else:
            written = [variant for form in arabic_letters.with_and_without_article(words[0])
                       for variant in transliteration.word_forms(form, romanised)]
            if not quoted and _INITIALS.match(chunk):  # "nh dini", "hb jassin": N.H. Dini's initials
                written.append(" ".join(chunk.lower()))
        forms = [f'"{form}"' + ("*" if as_prefix else "") for form in dict.fromkeys(written)]
        if arabic is not None and not quoted:
            forms += [f'"{term}"' for term in arabic.terms(chunk, last)]
        parts.append(forms[0] if len(forms) == 1 else "(" + " OR ".join(forms) + ")")
    return " AND ".join(parts)  # (said: FTS5 joins two phrases alone, never a phrase and a bracket)


def _facet_match(filters: Filters) -> str:
    """The record-level filters as an FTS5 expression over the ``facets`` column (see migrations)."""
    terms = []
    for prefix, value in (("xm", filters.material_type), ("xa", filters.audience), ("xl", filters.language)):
        if value:
            if not _CODE.match(value):
                return '{facets} : "xnone"'
            terms.append(f'"{prefix}{value.lower()}"')
    if filters.ddc_class:
        if filters.ddc_class not in DDC_CLASSES:
            raise ValueError(f"unknown DDC class {filters.ddc_class}")
        terms.append(f'"xd{filters.ddc_class[0]}"')
    return "{facets} : (" + " AND ".join(terms) + ")" if terms else ""


def _item_filter_sql(filters: Filters, record_id: str = "record_fts.rowid") -> tuple[str, list[Any]]:
    """Availability and location depend on the copies: an EXISTS over item ('' when not asked)."""
    if not (filters.available or filters.location):
        return "", []
    params: list[Any] = []
    sub = f"EXISTS (SELECT 1 FROM item i WHERE i.record_id = {record_id} AND +i.deleted = 0"
    if filters.available:
        sub += " AND i.status = 'available'"
    if filters.location:
        sub += " AND i.location = ?"
        params.append(filters.location)
    return sub + ")", params


def _record_filter_sql(filters: Filters) -> tuple[str, list[Any]]:
    """The filters as a condition on ``record r`` (the shelf search, which does not go through FTS5);
    the same meaning as the facets (``_facet_match``) and ``_item_filter_sql``."""
    conditions: list[str] = []
    params: list[Any] = []
    for column, value in (("material_type", filters.material_type), ("audience", filters.audience),
                          ("language", filters.language)):
        if value:
            conditions.append(f"lower(r.{column}) = ?")
            params.append(value.lower())
    if filters.ddc_class:
        if filters.ddc_class not in DDC_CLASSES:
            raise ValueError(f"unknown DDC class {filters.ddc_class}")
        conditions.append(f"({CLASS_DIGIT_SQL.format(r='r')}) = ?")
        params.append(filters.ddc_class[0])
    if not filters.include_hidden:
        conditions.append("NOT r.hidden")
    items, item_params = _item_filter_sql(filters, "r.id")
    if items:
        conditions.append(items)
        params += item_params
    return " AND ".join(conditions), params


def _shelf(lib: Library, shelf: shelf_search.ShelfQuery, filters: Filters, offset: int, limit: int) -> SearchPage:
    where, params = _record_filter_sql(filters)
    total, ids = shelf_search.page(lib, shelf, where, params, offset, limit)
    return SearchPage(total, hits(lib, ids), offset=offset, shelf=shelf.shown if total else "")


def _exact(lib: Library, text: str, filters: Filters) -> list[int]:
    """Record ids for an exact ISBN (any form) or a copy barcode; [] when the text is neither."""
    key = text.strip()
    labelled = _ISBN_LABEL.sub("", key)
    if labelled != key and _ISBNISH.match(labelled):
        key = labelled
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
                (Record.isbn == isbn) & LIVE_RECORD).order_by(Record.id).tuples()]
        else:  # printed in the book with a wrong check digit, and kept so
            ids = with_printed_isbn(key)
    if not ids and " " not in key and any(ch.isdigit() for ch in key):
        found = live_copy(key)
        if found is not None:
            ids = [found.record_id]
    if ids and not filters.include_hidden:
        ids = [rid for (rid,) in Record.select(Record.id).where(Record.id.in_(ids) & (Record.hidden == False))  # noqa: E712
               .tuples()]
    return ids


def search(lib: Library, text: str = "", filters: Filters | None = None, offset: int = 0, limit: int = 20,
           prefix: bool = True, correct: bool = True) -> SearchPage:
    """One page of catalogue search results, with the total number of matching records. When nothing
    matches and ``correct``, a typo is corrected (see the module doc) and ``corrected`` says how."""
    page = _search(lib, text, filters, offset, limit, prefix)
    if page.total or not correct or page.exact is not None:
        return page
    if any(_isbn_prefix(chunk) for chunk in (text or "").split()):
        return page
    for better in typos.corrections(lib, text, prefix):  # the first corrected query that finds books
        fixed = _search(lib, better, filters, offset, limit, prefix)
        if fixed.total:
            fixed.corrected = _as_written(lib, better, fixed.hits)
            return fixed
    return page


def _search(lib: Library, text: str, filters: Filters | None, offset: int, limit: int,
            prefix: bool) -> SearchPage:
    filters = filters or Filters()
    exact = _exact(lib, text, filters)
    if exact:
        ids = exact[offset:offset + limit]
        return SearchPage(len(exact), hits(lib, ids), exact=exact[0], ranked=False, offset=offset)
    shelf = shelf_search.read(text)
    if shelf is not None and shelf.sure:
        found = _shelf(lib, shelf, filters, offset, limit)
        if found.total:
            return found
    found = _words(lib, text, filters, offset, limit, prefix)
    if not found.total and shelf is not None and not shelf.sure:  # "297": no title has it, the shelf has
        found = _shelf(lib, shelf, filters, offset, limit)
    if not found.total and shelf is not None:
        found.shelf = shelf.shown  # what was looked for, for the sentence that says nothing was found
    return found


def _words(lib: Library, text: str, filters: Filters, offset: int, limit: int, prefix: bool) -> SearchPage:
    """The FTS5 search (see the module doc)."""
    db = lib.db
    text_expr = fts_query(text, prefix, arabic_letters.ArabicWords.of_catalogue(db))
    if not text_expr and split_words(text or ""):
        return SearchPage(0, offset=offset)
    parts = [f"{_TEXT_COLUMNS} : ({text_expr})"] if text_expr else []
    facets = _facet_match(filters)
    if facets:
        parts.append(facets)
    if not parts:
        parts.append('{facets} : "xall"')  # no words, no filters: browse everything
    match = " AND ".join(parts)
    hidden = "" if filters.include_hidden else ' NOT {facets} : "xh1"'
    item_sql, item_params = _item_filter_sql(filters)
    where = "record_fts MATCH ?" + (f" AND {item_sql}" if item_sql else "")

    def count(expr: str) -> int:
        return db.execute_sql(f"SELECT count(*) FROM record_fts WHERE {where}", [expr, *item_params]).fetchone()[0]

    def page(expr: str, order: str, lim: int, off: int) -> list[int]:
        return [row[0] for row in db.execute_sql(
            f"SELECT record_fts.rowid FROM record_fts WHERE {where} ORDER BY {order} LIMIT ? OFFSET ?",
            [expr, *item_params, lim, off])]

    full = f"({match}){hidden}"
    try:
        total = count(full)
    except Exception as exc:  # a query FTS5 cannot parse: no hits rather than a crash
        if "fts5" in str(exc).lower() or "syntax" in str(exc).lower():
            return SearchPage(0, offset=offset)
        raise
    if total == 0:
        return SearchPage(0, offset=offset)
    if not text_expr:  # filters only: newest first
        return SearchPage(total, hits(lib, page(full, "record_fts.rowid DESC", limit, offset)), offset=offset)
    if total <= RANK_LIMIT:
        ids = page(full, f"bm25(record_fts, {_WEIGHTS}), record_fts.rowid DESC", limit, offset)
        return SearchPage(total, hits(lib, ids), ranked=True, offset=offset)

    # Many hits: title matches first, then the rest, each newest first; no scoring.
    in_title = " AND ".join([f"{_TITLE_COLUMNS} : ({text_expr})", *parts[1:]])
    title_full = f"({in_title}){hidden}"
    title_total = count(title_full)
    ids = []
    if offset < title_total:
        ids = page(title_full, "record_fts.rowid DESC", limit, offset)
    if len(ids) < limit:
        rest_offset = max(0, offset - title_total)
        rest = f"({match}) NOT ({_TITLE_COLUMNS} : ({text_expr})){hidden}"
        ids += page(rest, "record_fts.rowid DESC", limit - len(ids), rest_offset)
    return SearchPage(total, hits(lib, ids), ranked=False, offset=offset)


def _as_written(lib: Library, folded_text: str, found: list[Hit]) -> str:
    """The corrected query with each folded word shown as the catalogue writes it (a title's
    *perdjoeangan*, not the index's *peryuangan*)."""
    written: dict[str, str] = {}
    for hit in found[:5]:
        for word in split_words(" ".join((hit.title, hit.subtitle, hit.authors))):
            written.setdefault(fold(word).lower(), word.lower())
    out = []
    for chunk in folded_text.split(" "):
        out.append(written.get(chunk, chunk))
    return " ".join(out)


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
    # the class written the library's way in a derived call number: a setting, read once (only when a record needs it)
    segmented = any(not copies.get(rid, (0, 0, ""))[2] for rid in ids) and class_style.segmented()
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
            call_number=call_number or call_number_for(record, segmented),
            location=", ".join(sorted(filter(None, locations.split(",")))), available=available, copies=total,
            hidden=bool(record.hidden)))
    return out


def other_titles(lib: Library, record_id: int, limit: int = 8, include_hidden: bool = False) -> list[Hit]:
    """Other titles by the record's main author (the kiosk's "more by this author"), newest first."""
    row = Record.get_or_none((Record.id == record_id) & LIVE_RECORD)
    names = [a.get("name", "") for a in authors_of(row)] if row is not None else []
    words = split_words(fold(names[0])) if names else []
    if not words:
        return []
    expr = "{authors} : (" + " ".join(f'"{w}"' for w in words) + ")"
    if not include_hidden:
        expr += ' NOT {facets} : "xh1"'
    ids = [rid for (rid,) in lib.db.execute_sql(
        "SELECT rowid FROM record_fts WHERE record_fts MATCH ? AND rowid != ? ORDER BY rowid DESC LIMIT ?",
        [expr, record_id, limit])]
    return hits(lib, ids)


def locations(lib: Library) -> list[str]:
    """The shelf locations in use, for the location filter."""
    return [loc for (loc,) in Item.select(Item.location).where(
        LIVE_ITEM & (Item.location != "")).distinct().order_by(Item.location).tuples()]


def rebuild_index(lib: Library) -> int:
    """Rebuild the search index from the records (repair tool); returns the number indexed."""
    from .search_index import FTS_COLUMNS, FTS_VALUES

    with lib.transaction():
        lib.db.execute_sql("DELETE FROM record_fts")
        lib.db.execute_sql(
            f"INSERT INTO record_fts(rowid, {FTS_COLUMNS}) SELECT r.id, {FTS_VALUES.format(r='r')} "
            "FROM record r WHERE r.deleted = 0")
    return lib.db.execute_sql("SELECT count(*) FROM record_fts").fetchone()[0]
