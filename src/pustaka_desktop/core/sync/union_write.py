"""Writing the district's union catalogue: the village records' links to their union records, the
differences a bundle or a district decision brings (``Changes``: key and form votes, holdings, the
district's figures) gathered in memory and written at ``flush``, and what each union record shows
(``show``: rule 6 of ``union``). Matching a village record to its union record is ``union``'s job.

Counts are kept incrementally: each village record's link carries its copies, available copies and
copies per arrival day; a change adds or subtracts its own difference to the union record and the
district's figures (``district_tally``)."""

from __future__ import annotations

import json
import uuid
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from ..store.batches import marks, parts
from . import dialect
from .union_match import authors_text, clean_isbn, isbn_of_key, pack_data, score


class Link:
    __slots__ = ("record_uid", "union_id", "site", "keys", "form", "pinned", "copies", "available", "stock", "new")

    def __init__(self, record_uid: str, union_id: int, site: str, keys: str = "", form: str = "", pinned: int = 0,
                 copies: int = 0, available: int = 0, stock: str = "", new: bool = False) -> None:
        self.record_uid, self.union_id, self.site = record_uid, union_id, site
        self.keys, self.form, self.pinned = keys, form, pinned
        self.copies, self.available, self.stock, self.new = copies, available, stock, new

    def stock_days(self) -> dict[str, int]:
        return json.loads(self.stock) if self.stock else {}


_LINK_COLUMNS = "record_uid, union_id, site, keys, form, pinned, copies, available, stock"


def load_links(conn, record_uids: list[str]) -> dict[str, Link]:
    out = {}
    for part in parts(record_uids):
        for row in conn.execute(f"SELECT {_LINK_COLUMNS} FROM union_link WHERE record_uid IN ({marks(part)})", part):
            out[row[0]] = Link(*row)
    return out


class Changes:
    """Differences gathered while a bundle (or a district decision) is applied, written at ``flush``:
    key and form votes, holdings per (union record, village), the district's figures."""

    def __init__(self, conn, with_tally: bool = True) -> None:
        self.conn = conn
        self.with_tally = with_tally
        self.keys: dict[tuple[str, int], int] = defaultdict(int)
        self.forms: dict[tuple[int, str], list] = {}
        self.holdings: dict[tuple[int, str], list[int]] = defaultdict(lambda: [0, 0])
        self.tally: dict[tuple[str, str, str, str], int] = defaultdict(int)
        self.dirty: set[int] = set()
        self.shown: dict[int, tuple[str, str, int]] = {}  # union id -> (form, isbn, score) shown, when known

    # -- a link's contributions ------------------------------------------------------------------
    def add_keys(self, union_id: int, keys: str, sign: int) -> None:
        shown = self.shown.get(union_id)
        for key in keys.split("\n") if keys else ():
            self.keys[(key, union_id)] += sign
            if key.startswith("i:") and (sign < 0 or shown is None or shown[1] != isbn_of_key(key)):
                self.dirty.add(union_id)

    def add_form(self, union_id: int, form: str, sign: int, data: dict[str, Any] | None = None) -> None:
        if not form:
            return
        entry = self.forms.setdefault((union_id, form), [0, -1, None])
        entry[0] += sign
        s = -1
        if data is not None:
            s = score(data)
            if s > entry[1]:
                # kept as the text it is written as: a village's first bundle brings every record it holds, and
                # 50,000 records kept as dicts until the flush took the district ~150 MB more
                entry[1], entry[2] = s, json.dumps(data, ensure_ascii=False)
        shown = self.shown.get(union_id)
        # one more vote for the form shown, written no better than it is shown, changes nothing
        if sign < 0 or shown is None or shown[0] != form or s > shown[2]:
            self.dirty.add(union_id)

    def add_counts(self, link: Link, sign: int, tally: bool = True, days: dict[str, int] | None = None) -> None:
        """``days``: the link's copies per arrival day when the caller has them (else read from its stock)."""
        if link.copies or link.available:
            held = self.holdings[(link.union_id, link.site)]
            held[0] += sign * link.copies
            held[1] += sign * link.available
        if tally and self.with_tally:
            days = link.stock_days() if days is None else days
            for day, n in days.items():
                self.tally[(link.site, "copies", day, "")] += sign * n
            if days:
                self.tally[(link.site, "titles", min(days), "")] += sign

    def attach(self, link: Link, data: dict[str, Any]) -> None:
        self.add_keys(link.union_id, link.keys, +1)
        self.add_form(link.union_id, link.form, +1, data)
        self.add_counts(link, +1)

    def detach(self, link: Link, tally: bool = True) -> None:
        self.add_keys(link.union_id, link.keys, -1)
        self.add_form(link.union_id, link.form, -1)
        self.add_counts(link, -1, tally)

    def move(self, link: Link, target: int, data: dict[str, Any]) -> None:
        """A district merge or split: the link and its counts change union record (the village's
        figures do not change)."""
        self.detach(link, tally=False)
        link.union_id = target
        self.add_keys(target, link.keys, +1)
        self.add_form(target, link.form, +1, data)
        self.add_counts(link, +1, tally=False)

    # -- writing ---------------------------------------------------------------------------------
    def flush_keys(self) -> None:
        conn = self.conn
        rows = [(key, union_id, n) for (key, union_id), n in self.keys.items() if n]
        conn.executemany("INSERT INTO union_key (key, union_id, n) VALUES (?,?,?) ON CONFLICT (key, union_id) "
                         "DO UPDATE SET n = union_key.n + excluded.n", rows)
        conn.executemany("DELETE FROM union_key WHERE key = ? AND union_id = ? AND n <= 0",
                         [(key, union_id) for key, union_id, n in rows if n < 0])
        self.keys.clear()

    def flush(self) -> None:
        conn = self.conn
        self.flush_keys()
        rows = []
        for (u, form), (n, s, d) in self.forms.items():
            shown = self.shown.get(u)
            if shown is not None and shown[0] == form and s <= shown[2]:
                d = None  # votes for the form shown, written no better than its stored data: not written
            rows.append((u, form, n, max(s, 0), d if d is not None else "{}"))
        conn.executemany(
            "INSERT INTO union_form (union_id, form, n, score, data) VALUES (?,?,?,?,?) "
            "ON CONFLICT (union_id, form) DO UPDATE SET n = union_form.n + excluded.n, "
            "data = CASE WHEN excluded.score > union_form.score THEN excluded.data ELSE union_form.data END, "
            "score = CASE WHEN excluded.score > union_form.score THEN excluded.score ELSE union_form.score END",
            rows)
        conn.executemany("DELETE FROM union_form WHERE union_id = ? AND form = ? AND n <= 0",
                         [(u, form) for u, form, n, _, _ in rows if n < 0])
        self.forms.clear()
        self._flush_holdings()
        if self.tally:
            from .tally import grains

            sums: dict[tuple[str, str, str, str], int] = defaultdict(int)
            for (site, metric, day, key), value in self.tally.items():
                for grain in grains(day) if value else ():
                    sums[(site, metric, grain, key)] += value
            conn.executemany(
                "INSERT INTO district_tally (site, metric, day, key, value) VALUES (?,?,?,?,?) "
                "ON CONFLICT (site, metric, day, key) DO UPDATE SET value = district_tally.value + excluded.value",
                [(*k, v) for k, v in sums.items() if v])
            conn.executemany("DELETE FROM district_tally WHERE site = ? AND metric = ? AND day = ? AND key = ? "
                             "AND value = 0", [k for k, v in sums.items() if v < 0])
            self.tally.clear()
        show(conn, self.dirty)
        self.dirty.clear()

    def _flush_holdings(self) -> None:
        """The union records' totals. A village's holding is its links' counts summed (0013), already
        written: what it held before is that sum less this flush's difference."""
        conn = self.conn
        changes = {k: v for k, v in self.holdings.items() if v[0] or v[1]}
        self.holdings.clear()
        by_site: dict[str, list[int]] = defaultdict(list)
        for union_id, site in changes:
            by_site[site].append(union_id)
        totals: dict[int, list[int]] = defaultdict(lambda: [0, 0, 0])
        for site, ids in by_site.items():
            held = {}
            for part in parts(ids):
                held.update(conn.execute(
                    f"SELECT union_id, sum(copies) FROM union_link WHERE union_id IN ({marks(part)}) AND site = ? "
                    "GROUP BY union_id", [*part, site]).fetchall())
            for union_id in ids:
                dc, da = changes[(union_id, site)]
                c1 = held.get(union_id) or 0
                total = totals[union_id]
                total[0] += dc
                total[1] += da
                total[2] += (c1 > 0) - (c1 - dc > 0)
        conn.executemany("UPDATE union_record SET copies = copies + ?, available = available + ?, "
                         "villages = villages + ? WHERE id = ?", [(*t, u) for u, t in totals.items()])


def show(conn, union_ids: Iterable[int]) -> None:
    """Bring what these union records show up to date: the district's fields, else the best form."""
    for part in parts(sorted(union_ids)):
        current = {row[0]: row for row in conn.execute(
            "SELECT id, form, title, authors, isbn, publisher, year, ddc, district_fields, data FROM union_record "
            f"WHERE id IN ({marks(part)})", part)}
        best: dict[int, tuple[str, str]] = {}
        for union_id, form, data in conn.execute(
                f"SELECT union_id, form, data FROM union_form WHERE union_id IN ({marks(part)}) "
                "ORDER BY union_id, n DESC, score DESC, id", part):
            best.setdefault(union_id, (form, data))
        isbns: dict[int, str] = {}
        for key, union_id in conn.execute(
                f"SELECT key, union_id FROM union_key WHERE union_id IN ({marks(part)}) AND key >= 'i:' "
                "AND key < 'i;' ORDER BY n DESC, id", part):
            isbns.setdefault(union_id, isbn_of_key(key))
        updates, fts = [], []
        for union_id in part:
            row = current.get(union_id)
            if row is None:
                continue
            form, text = best.get(union_id, ("", "{}"))
            data = json.loads(text)
            if row[8]:
                data.update(json.loads(row[8]))
            if not clean_isbn(data.get("isbn")):
                data["isbn"] = isbns.get(union_id, "")
            data = pack_data(data)
            shown = (form, str(data.get("title") or ""), authors_text(data), data.get("isbn") or "",
                     str(data.get("publisher") or ""), data.get("year") if isinstance(data.get("year"), int) else None,
                     str(data.get("ddc") or ""))
            text = json.dumps(data, ensure_ascii=False)
            if tuple(row[1:8]) == shown and row[9] == text:
                continue
            updates.append((*shown, text, union_id))
            if tuple(row[2:6]) != shown[1:5]:
                fts.append((union_id, shown[1], shown[2], shown[3], shown[4]))
        conn.executemany("UPDATE union_record SET form=?, title=?, authors=?, isbn=?, publisher=?, year=?, ddc=?, "
                         "data=? WHERE id=?", updates)
        _fts(conn, fts)


def _fts(conn, rows: list[tuple]) -> None:
    """The search index (SQLite FTS5, or PostgreSQL's words: ``dialect``)."""
    dialect.index_words(conn, rows)


def new_union(conn) -> int:
    cursor = conn.execute("INSERT INTO union_record (key, isbn, title, authors, publisher, year, ddc, data, adopted, "
                          "copies, available, villages, form, district_fields) "
                          "VALUES (?, '', '', '', '', NULL, '', '{}', 0, 0, 0, 0, '', '') RETURNING id",
                          ("u:" + uuid.uuid4().hex,))
    return cursor.fetchone()[0]
