"""Two union records made one: a village record's links moved from one to the other (``absorb``, what the
officer's merge and the rule change below both do), and the union records a new matching rule finds to be one
book (``join_rekeyed``: after ``union_rebuild.MATCH_RULE`` changed, union records that now share a match key are
joined by rule 4, as a village record bringing that key would have been joined when it arrived).

A join never takes a village record away from those it was placed with: every record of both union records ends
on one. So a re-match cannot undo an officer's merge; and it never undoes a split (``union_apart``), never joins
two records the district corrected both (the officer chooses which corrections stay: ``hub.merge_records``), and
never joins what rule 4 keeps apart (two ISBNs, titles that disagree, two authors named)."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from ..service import Library
from ..store.batches import marks, parts
from . import dialect, union_write
from .union_match import form_author, form_title, is_publisher_key, titles_agree


def absorb(lib: Library, keep_id: int, other_id: int, pin: bool) -> None:
    """Move every village record of ``other_id`` to ``keep_id`` (``pin``: placed by the officer, they stay
    there through later bundles) and remove ``other_id``. The caller holds the transaction."""
    conn = dialect.conn(lib)
    out = union_write.Changes(conn)
    uids = [u for (u,) in conn.execute("SELECT record_uid FROM union_link WHERE union_id = ?", (other_id,))]
    data = _village_data(lib, uids)
    links = union_write.load_links(conn, uids)
    for link in links.values():
        out.move(link, keep_id, data.get(link.record_uid, {}))
    conn.executemany(f"UPDATE union_link SET union_id = ?{', pinned = 1' if pin else ''} WHERE record_uid = ?",
                     [(keep_id, uid) for uid in links])
    # a record split off ``other_id`` (elsewhere now) may join ``keep_id`` no more than it could ``other_id``
    conn.execute("UPDATE union_apart SET union_id = ? WHERE union_id = ? AND record_uid NOT IN "
                 "(SELECT record_uid FROM union_apart WHERE union_id = ?) AND record_uid NOT IN "
                 "(SELECT record_uid FROM union_link WHERE union_id = ?)", (keep_id, other_id, keep_id, keep_id))
    conn.execute("DELETE FROM union_apart WHERE union_id = ?", (other_id,))
    out.flush()
    conn.execute("DELETE FROM union_form WHERE union_id = ?", (other_id,))
    conn.execute("DELETE FROM union_key WHERE union_id = ?", (other_id,))
    dialect.unindex(conn, [other_id])
    conn.execute("DELETE FROM union_record WHERE id = ?", (other_id,))


def _village_data(lib: Library, uids: list[str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for part in parts(uids):
        out.update((uid, json.loads(text)) for uid, text in lib.db.connection().execute(
            f"SELECT uid, data FROM sync_replica WHERE uid IN ({marks(part)})", part))
    return out


def join_rekeyed(lib: Library) -> int:
    """Union records that share a match key and that rule 4 would have joined, joined (the one the district
    corrected is kept, else the older); returns how many were joined into another."""
    conn = dialect.conn(lib)
    shared: dict[str, list[int]] = defaultdict(list)
    for key, union_id in conn.execute(
            "SELECT key, union_id FROM union_key WHERE n > 0 AND key IN (SELECT key FROM union_key WHERE n > 0 "
            "GROUP BY key HAVING count(*) > 1) ORDER BY key, union_id"):
        shared[key].append(union_id)
    into: dict[int, int] = {}  # a union record joined -> the one it joined

    def now(union_id: int) -> int:
        while union_id in into:
            union_id = into[union_id]
        return union_id

    for key, ids in shared.items():
        ids = sorted({now(u) for u in ids})
        while len(ids) > 1:
            first = ids[0]
            for other in ids[1:]:
                keep, gone = _joinable(conn, first, other, key)
                if keep is not None:
                    absorb(lib, keep, gone, pin=False)
                    into[gone] = keep
                    break
            else:
                ids = ids[1:]  # ``first`` joins none of the others: they may still join each other
                continue
            ids = sorted({now(u) for u in ids})
    return len(into)


def _joinable(conn, one: int, two: int, key: str) -> tuple[int | None, int]:
    """(the union record kept, the one joining it), or (None, ...) when rule 4 keeps them apart."""
    rows = {row[0]: row[1:] for row in conn.execute(
        "SELECT id, isbn, adopted, district_fields FROM union_record WHERE id IN (?, ?)", (one, two))}
    if len(rows) < 2:
        return None, two
    if any(conn.execute(
            "SELECT 1 FROM union_apart a JOIN union_link l ON l.record_uid = a.record_uid "
            "WHERE (a.union_id = ? AND l.union_id = ?) OR (a.union_id = ? AND l.union_id = ?) LIMIT 1",
            (one, two, two, one))):
        return None, two  # the officer split them apart
    corrected = [u for u in (one, two) if rows[u][1] or rows[u][2]]
    if len(corrected) == 2:
        return None, two
    isbns = {rows[u][0] for u in (one, two) if rows[u][0]}
    if len(isbns) > 1 and not key.startswith("i:"):
        return None, two  # another edition or printing keeps its own record
    forms = defaultdict(set)
    for union_id, form in conn.execute("SELECT union_id, form FROM union_form WHERE union_id IN (?, ?) AND n > 0",
                                       (one, two)):
        forms[union_id].add(form)
    if key.startswith("i:") and not any(titles_agree(form_title(a), form_title(b))
                                        for a in forms[one] for b in forms[two]):
        return None, two  # one ISBN on two books
    if is_publisher_key(key) and any(form_author(f) for f in forms[one]) and any(form_author(f) for f in forms[two]):
        return None, two  # title, publisher and year, but each names an author that did not match
    keep = corrected[0] if corrected else min(one, two)
    return keep, (two if keep == one else one)

