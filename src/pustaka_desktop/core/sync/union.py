"""The district's union catalogue: every village's records, deduplicated by ISBN and by normalised
title + first author, with holdings per village and availability as of each village's last bundle.

Search runs on a dedicated FTS5 table over the (far fewer) union records, unranked with a small
limit, then orders the handful of hits itself: no bm25 over thousands of hits (see SETUP-NOTES).
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from .. import auth
from ..errors import NotFound, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store.models import Staff, SyncPeer, UnionCopy, UnionLink, UnionRecord

PACK_FIELDS = ("title", "subtitle", "responsibility", "edition", "isbn", "publisher", "place", "year_text", "year",
               "collation", "series", "language", "ddc", "audience", "authors", "subjects", "material_type")


def normalise(text: str) -> str:
    text = unicodedata.normalize("NFKD", text or "").encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def first_author(authors_json: str, responsibility: str = "") -> str:
    try:
        authors = json.loads(authors_json or "[]")
        if authors:
            return authors[0].get("name", "")
    except (ValueError, AttributeError, TypeError):
        pass
    return responsibility


def key_for(data: dict[str, Any]) -> str:
    if data.get("isbn"):
        return "isbn:" + data["isbn"]
    return "title:" + normalise(data.get("title", "")) + "|" + normalise(first_author(data.get("authors", ""),
                                                                                      data.get("responsibility", "")))


def _fts_put(lib: Library, union: UnionRecord) -> None:
    conn = lib.db.connection()
    conn.execute("DELETE FROM union_record_fts WHERE rowid = ?", (union.id,))
    conn.execute("INSERT INTO union_record_fts(rowid, title, authors, isbn, publisher) VALUES (?,?,?,?,?)",
                 (union.id, union.title, union.authors, union.isbn, union.publisher))


def _resolve(union: UnionRecord) -> UnionRecord:
    seen = 0
    while union.data.startswith('{"merged_into"') and seen < 10:
        target = UnionRecord.get_or_none(UnionRecord.id == json.loads(union.data)["merged_into"])
        if target is None:
            break
        union, seen = target, seen + 1
    return union


def refresh(lib: Library, site: str, record_uids: Iterable[str], item_uids: Iterable[str]) -> None:
    """Bring the union catalogue up to date for the rows a village bundle touched."""
    affected: set[int] = set()
    conn = lib.db.connection()
    record_uids = list(record_uids)
    for start in range(0, len(record_uids), 500):
        part = record_uids[start:start + 500]
        marks = ",".join("?" * len(part))
        rows = conn.execute(f"SELECT uid, deleted, data FROM sync_replica WHERE uid IN ({marks})", part).fetchall()
        links = dict(conn.execute(f"SELECT record_uid, union_id FROM union_link WHERE record_uid IN ({marks})",
                                  part).fetchall())
        new_links = []
        fresh: list[tuple[str, str, dict[str, Any]]] = []
        for uid, deleted, text in rows:
            union_id = links.get(uid)
            if deleted:
                if union_id is not None:
                    affected.add(union_id)
                    conn.execute("DELETE FROM union_link WHERE record_uid = ?", (uid,))
                continue
            if union_id is not None:
                affected.add(union_id)
                continue
            data = json.loads(text)
            fresh.append((uid, key_for(data), data))
        union_of = _union_ids(conn, [key for _, key, _ in fresh], [data for _, _, data in fresh])
        for uid, key, _ in fresh:
            union_id = union_of[key]
            new_links.append((uid, union_id, site))
            affected.add(union_id)
        conn.executemany("INSERT OR IGNORE INTO union_link (record_uid, union_id, site) VALUES (?,?,?)", new_links)
    item_uids = list(item_uids)
    for start in range(0, len(item_uids), 500):
        part = item_uids[start:start + 500]
        rows = conn.execute(
            "SELECT uid, deleted, json_extract(data, '$.record_id'), json_extract(data, '$.barcode'), "
            f"json_extract(data, '$.status') FROM sync_replica WHERE uid IN ({','.join('?' * len(part))})",
            part).fetchall()
        old = dict(conn.execute(f"SELECT item_uid, record_uid FROM union_copy WHERE item_uid IN "
                                f"({','.join('?' * len(part))})", part).fetchall())
        conn.executemany(
            "INSERT INTO union_copy (item_uid, record_uid, site, barcode, status, deleted) VALUES (?,?,?,?,?,?) "
            "ON CONFLICT(item_uid) DO UPDATE SET record_uid=excluded.record_uid, barcode=excluded.barcode, "
            "status=excluded.status, deleted=excluded.deleted",
            [(uid, record or "", site, barcode or "", status or "", deleted) for uid, deleted, record, barcode, status
             in rows])
        record_set = {r[2] for r in rows if r[2]} | {r for r in old.values() if r}
        rs = list(record_set)
        for s2 in range(0, len(rs), 500):
            sub = rs[s2:s2 + 500]
            affected.update(u for (u,) in conn.execute(
                f"SELECT union_id FROM union_link WHERE record_uid IN ({','.join('?' * len(sub))})", sub))
    recount(lib, affected)


def _authors(data: dict[str, Any]) -> list[dict[str, Any]]:
    try:
        value = json.loads(data.get("authors") or "[]")
        return [a for a in value if isinstance(a, dict)]
    except (ValueError, TypeError):
        return []


def _union_ids(conn, keys: list[str], datas: list[dict[str, Any]]) -> dict[str, int]:
    """The union record for each key (a batch at a time): existing ones (following manual merges),
    new ones inserted with their search entry."""
    out: dict[str, int] = {}
    wanted = sorted(set(keys))
    for start in range(0, len(wanted), 500):
        part = wanted[start:start + 500]
        for key, union_id, text in conn.execute(
                f"SELECT key, id, data FROM union_record WHERE key IN ({','.join('?' * len(part))})", part):
            out[key] = _resolve(UnionRecord.get_by_id(union_id)).id if text.startswith('{"merged_into"') else union_id
    new: dict[str, tuple] = {}
    for key, data in zip(keys, datas, strict=True):
        if key in out or key in new:
            continue
        authors = "; ".join(a.get("name", "") for a in _authors(data)) or data.get("responsibility", "")
        new[key] = (key, data.get("isbn", ""), data.get("title", ""), authors, data.get("publisher", ""),
                    data.get("year"), data.get("ddc", ""),
                    json.dumps({k: data.get(k) for k in PACK_FIELDS if k in data}, ensure_ascii=False))
    rows = list(new.values())
    for start in range(0, len(rows), 500):
        part = rows[start:start + 500]
        conn.executemany("INSERT INTO union_record (key, isbn, title, authors, publisher, year, ddc, data, adopted, "
                         "copies, available, villages) VALUES (?,?,?,?,?,?,?,?,0,0,0,0)", part)
        ids = dict(conn.execute(f"SELECT key, id FROM union_record WHERE key IN ({','.join('?' * len(part))})",
                                [row[0] for row in part]).fetchall())
        conn.executemany("INSERT INTO union_record_fts(rowid, title, authors, isbn, publisher) VALUES (?,?,?,?,?)",
                         [(ids[row[0]], row[2], row[3], row[1], row[4]) for row in part])
        out.update(ids)
    return out


def recount(lib: Library, union_ids: Iterable[int]) -> None:
    """Copies, available copies and villages of these union records, 500 at a time."""
    conn = lib.db.connection()
    ids = sorted(set(union_ids))
    for start in range(0, len(ids), 500):
        part = ids[start:start + 500]
        figures = {union_id: (0, 0, 0) for union_id in part}
        for union_id, copies, available, villages in conn.execute(
                "SELECT l.union_id, count(c.id), coalesce(sum(c.status = 'available'), 0), count(DISTINCT l.site) "
                "FROM union_link l LEFT JOIN union_copy c ON c.record_uid = l.record_uid AND c.deleted = 0 "
                f"WHERE l.union_id IN ({','.join('?' * len(part))}) GROUP BY l.union_id", part):
            figures[union_id] = (copies, available, villages)
        conn.executemany("UPDATE union_record SET copies=?, available=?, villages=? WHERE id=?",
                         [(*values, union_id) for union_id, values in figures.items()])


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


def _match_expression(text: str) -> str:
    words = normalise(text).split()
    return " ".join(f'"{w}"*' for w in words[:8])


def search(lib: Library, text: str, limit: int = 20, with_holdings: bool = True) -> list[UnionHit]:
    """Union records matching every word (prefixes allowed), most widely held first."""
    expression = _match_expression(text)
    if not expression:
        return []
    conn = lib.db.connection()
    ids = [r for (r,) in conn.execute("SELECT rowid FROM union_record_fts WHERE union_record_fts MATCH ? LIMIT ?",
                                      (expression, max(200, limit * 10)))]
    if not ids:
        return []
    query = UnionRecord.select().where(UnionRecord.id.in_(ids))
    wanted = normalise(text)
    hits = sorted(query, key=lambda u: (not normalise(u.title).startswith(wanted), -u.copies, u.title))[:limit]
    out = [UnionHit(u.id, u.title, u.authors, u.isbn, u.publisher, u.year, u.copies, u.available, u.villages,
                    u.adopted) for u in hits]
    if with_holdings and out:
        attach_holdings(lib, out)
    return out


def attach_holdings(lib: Library, hits: list[UnionHit]) -> None:
    peers = {p.site: p for p in SyncPeer.select()}
    by_id = {h.id: h for h in hits}
    marks = ",".join("?" * len(by_id))
    rows = lib.db.connection().execute(
        "SELECT l.union_id, l.site, count(c.id), coalesce(sum(c.status = 'available'), 0) FROM union_link l "
        "LEFT JOIN union_copy c ON c.record_uid = l.record_uid AND c.deleted = 0 "
        f"WHERE l.union_id IN ({marks}) GROUP BY l.union_id, l.site", list(by_id)).fetchall()
    for union_id, site, copies, available in rows:
        peer = peers.get(site)
        by_id[union_id].holdings.append(Holding(site, peer.code if peer else "?", peer.name if peer else site,
                                                copies, available))
    for hit in hits:
        hit.holdings.sort(key=lambda h: h.code)


def merge_records(lib: Library, by: Staff, keep_id: int, other_id: int) -> UnionRecord:
    """A manual merge for duplicates the automatic keys missed (no ISBN, spelling variants)."""
    auth.require(by, "catalog.edit")
    if keep_id == other_id:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose two different records to merge."))
    keep = UnionRecord.get_or_none(UnionRecord.id == keep_id)
    other = UnionRecord.get_or_none(UnionRecord.id == other_id)
    if keep is None or other is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That union catalogue record does not exist."))
    with lib.transaction():
        UnionLink.update(union=keep.id).where(UnionLink.union == other.id).execute()
        other.data = json.dumps({"merged_into": keep.id})
        other.copies = other.available = other.villages = 0
        other.save()
        lib.db.connection().execute("DELETE FROM union_record_fts WHERE rowid = ?", (other.id,))
        recount(lib, [keep.id])
        auth.audit(lib, by, "sync.union_merge", "union_record", str(keep.id), merged=other.id, title=other.title)
    return keep


def counts() -> dict[str, int]:
    return {"records": UnionRecord.select().where(UnionRecord.copies > 0).count(),
            "copies": UnionCopy.select().where(UnionCopy.deleted == False).count()}  # noqa: E712


def record_fields(union_id: int) -> dict[str, Any]:
    """A union record's catalogue fields (PACK_FIELDS) for the district's edit form, plus ``adopted``."""
    union = UnionRecord.get_or_none(UnionRecord.id == union_id)
    if union is None or union.data.startswith('{"merged_into"'):
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That union catalogue record does not exist."))
    data = json.loads(union.data or "{}")
    out = {name: data.get(name) for name in PACK_FIELDS}
    out.update(title=union.title, isbn=union.isbn, publisher=union.publisher, year=union.year, ddc=union.ddc)
    out["adopted"] = bool(union.adopted)
    return out


def recent(lib: Library, limit: int = 50, with_holdings: bool = True) -> list[UnionHit]:
    """The union records that arrived last (newest first; merged-away and copy-less ones left out),
    what the district sees before it searches: new titles from the villages, to check and adopt."""
    rows = (UnionRecord.select().where((UnionRecord.copies > 0) & ~UnionRecord.data.startswith('{"merged_into"'))
            .order_by(UnionRecord.id.desc()).limit(limit))
    out = [UnionHit(u.id, u.title, u.authors, u.isbn, u.publisher, u.year, u.copies, u.available, u.villages,
                    u.adopted) for u in rows]
    if with_holdings and out:
        attach_holdings(lib, out)
    return out
