"""Reading the union catalogue: search (words, or an ISBN in any of its forms), the newest titles,
sizes, one record's fields, and holdings per village. Union records without a copy in stock (all
weeded, lost, or held only by a revoked village) are left out.

Word search runs on the FTS5 table over the union records (far fewer rows than copies), takes the
matches unranked and lets the database order at most ``CANDIDATES`` of them by how widely they are
held: no bm25 over thousands of hits (see SETUP-NOTES). The word match is SQLite's FTS5 or
PostgreSQL's ``tsvector`` (``dialect``); everything else is the same SQL on both.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any

from peewee import fn

from ..errors import NotFound
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store.models import SyncPeer, UnionRecord
from . import dialect
from .union_match import PACK_FIELDS, fold, isbn_query

CANDIDATES = 2000
HOLDINGS_LISTED = 12  # villages listed with each hit of a search (all of them: ``attach_holdings``)


@dataclass
class Holding:
    site: str
    code: str
    name: str
    copies: int
    available: int


@dataclass
class UnionHit:
    id: int
    title: str
    authors: str
    isbn: str
    publisher: str
    year: int | None
    copies: int
    available: int
    villages: int
    adopted: bool
    holdings: list[Holding] = field(default_factory=list)


_HIT_COLUMNS = "id, title, authors, isbn, publisher, year, copies, available, villages, adopted"


def _hits(rows) -> list[UnionHit]:
    return [UnionHit(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], bool(r[9])) for r in rows]


def search(lib: Library, text: str, limit: int = 20, with_holdings: bool = True) -> list[UnionHit]:
    """Union records matching every word (prefixes allowed), titles starting with the words first,
    then the most widely held; or, for an ISBN (10 or 13 digits, hyphens or not), that book's records."""
    conn = dialect.conn(lib)
    isbn = isbn_query(text)
    if isbn:
        rows = conn.execute(
            f"SELECT {_HIT_COLUMNS} FROM union_record WHERE copies > 0 AND id IN (SELECT id FROM union_record "
            "WHERE isbn = ? UNION SELECT union_id FROM union_key WHERE key >= ? AND key < ?) "
            "ORDER BY villages DESC, copies DESC, id LIMIT ?",
            (isbn, f"i:{isbn}|", f"i:{isbn}}}", limit)).fetchall()
    else:
        expression = dialect.words_query(conn, text, dialect.arabic_words(lib))
        if not expression:
            return []
        start = fold(text)
        rows = conn.execute(
            f"SELECT {_HIT_COLUMNS} FROM union_record WHERE id IN ({dialect.word_match(conn)}) AND copies > 0 "
            "ORDER BY lower(title) LIKE ? DESC, villages DESC, copies DESC, id LIMIT ?",
            (expression, CANDIDATES, start.replace("%", "") + "%", limit)).fetchall()
    out = _hits(rows)
    if with_holdings and out:
        attach_holdings(lib, out, HOLDINGS_LISTED)
    return out


def attach_holdings(lib: Library, hits: list[UnionHit], per_hit: int | None = None) -> None:
    """Each hit's holdings in village-code order: all of them, or (a list of hits) at most ``per_hit``,
    villages with a copy on the shelf first (``hit.villages`` still counts them all)."""
    # a popular title is held by every village (20 hits x 200 villages): plain tuples, each village's links
    # summed in the order of the covering index (union_id, site, copies, available) they are read from
    conn = dialect.conn(lib)
    by_id = {h.id: h.holdings for h in hits}
    if per_hit is None:
        marks = ",".join("?" * len(by_id))
        rows = conn.execute(f"SELECT union_id, site, sum(copies), sum(available) FROM union_link WHERE union_id IN "
                            f"({marks}) GROUP BY union_id, site HAVING sum(copies) > 0", list(by_id)).fetchall()
    else:  # a province: the 20 hits of a common word are each held by a thousand villages
        rows = [(union_id, *row) for union_id in by_id for row in conn.execute(
            "SELECT site, sum(copies), sum(available) FROM union_link WHERE union_id = ? GROUP BY site "
            "HAVING sum(copies) > 0 ORDER BY sum(available) > 0 DESC, site LIMIT ?", (union_id, per_hit)).fetchall()]
    query = SyncPeer.select(SyncPeer.site, SyncPeer.code, SyncPeer.name)
    if per_hit is not None:
        query = query.where(SyncPeer.site.in_(sorted({row[1] for row in rows})))
    peers = {site: (code, name) for site, code, name in query.tuples()}
    for union_id, site, copies, available in rows:
        code, name = peers.get(site) or ("?", site)
        by_id[union_id].append(Holding(site, code, name, copies, available))
    for hit in hits:
        hit.holdings.sort(key=_by_code)


def _by_code(holding: Holding) -> str:
    return holding.code


def recent(lib: Library, limit: int = 50, with_holdings: bool = True) -> list[UnionHit]:
    """The union records that arrived last (newest first; copy-less ones left out), what the
    district sees before it searches: new titles from the villages, to check and adopt."""
    rows = dialect.conn(lib).execute(f"SELECT {_HIT_COLUMNS} FROM union_record WHERE copies > 0 "
                                     "ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
    out = _hits(rows)
    if with_holdings and out:
        attach_holdings(lib, out, HOLDINGS_LISTED)
    return out


def counts(lib: Library) -> dict[str, int]:
    """Titles and copies in stock in the union catalogue (active villages only)."""
    records, copies = UnionRecord.select(fn.COUNT(UnionRecord.id), fn.COALESCE(fn.SUM(UnionRecord.copies), 0)).where(
        UnionRecord.copies > 0).bind(dialect.database(lib)).tuples().get()
    return {"records": int(records), "copies": int(copies)}


def union_record(lib: Library, union_id: int) -> UnionRecord:
    """One union record (read only: it is written through ``dialect.conn``), or NotFound."""
    union = UnionRecord.select().where(UnionRecord.id == union_id).bind(dialect.database(lib)).first()
    if union is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That union catalogue record does not exist."))
    return union


def record_fields(lib: Library, union_id: int) -> dict[str, Any]:
    """A union record's catalogue fields (PACK_FIELDS) for the district's edit form, plus ``adopted``."""
    union = union_record(lib, union_id)
    data = json.loads(union.data or "{}")
    out = {name: data.get(name) for name in PACK_FIELDS}
    out.update(title=union.title, isbn=union.isbn, publisher=union.publisher, year=union.year, ddc=union.ddc)
    out["adopted"] = bool(union.adopted)
    return out


def printing(data: dict[str, Any]) -> str:
    """The printing a village record describes (``Balai Pustaka, 1978``): without ISBNs, a title and author join two
    printings on one union record, and the publisher and year are what tell the officer whether to split them."""
    year = str(data.get("year_text") or data.get("year") or "").strip()
    return ", ".join(part for part in (str(data.get("publisher") or "").strip(), year) if part)


def village_records(lib: Library, union_id: int) -> list[dict[str, Any]]:
    """The village records on a union record, for the district's split dialog: site, code, record uid,
    title as the village wrote it, its printing (publisher and year), copies in stock, pinned or not."""
    peers = {p.site: p.code for p in SyncPeer.select(SyncPeer.site, SyncPeer.code)}
    links = dialect.conn(lib).execute("SELECT record_uid, site, copies, pinned FROM union_link WHERE union_id = ? "
                                      "ORDER BY site, record_uid", (union_id,)).fetchall()
    texts = dict(lib.db.connection().execute(
        f"SELECT uid, data FROM sync_replica WHERE uid IN ({','.join('?' * len(links))})",
        [link[0] for link in links]).fetchall()) if links else {}
    out = []
    for uid, site, copies, pinned in links:
        if uid not in texts:
            continue
        data = json.loads(texts[uid])
        out.append({"record_uid": uid, "site": site, "code": peers.get(site, "?"), "title": data.get("title", ""),
                    "isbn": data.get("isbn", ""), "edition": data.get("edition", ""), "copies": copies,
                    "pinned": bool(pinned), "printing": printing(data)})
    return out
