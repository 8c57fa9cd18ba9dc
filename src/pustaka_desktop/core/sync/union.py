"""The district's union catalogue: every village record on one union record per book, with holdings
per village and availability as of each village's last bundle. It follows every change a bundle
brings, at a cost per change (never per village).

Matching rules (the code is in ``union_match``; tests/sync/test_union_rules.py holds one case each):

1. Each village record gets **match keys**: ``i:ISBN|volume|edition`` when it has an ISBN (ISBN-10
   and ISBN-13, with or without hyphens, are the same ISBN-13), and ``t:TITLE|a:AUTHOR|volume|edition``
   from the title proper (before any colon) and the first author. Without an author the title key is
   ``t:TITLE|p:PUBLISHER|y:YEAR|...``, made only when the record has both publisher and year: a title
   alone never matches. A record with an author has that key too, so the same book typed without one (a
   "Tim Penulis" book, its author left empty in one village) meets it; two records that each name an author
   never meet on it.
2. **Volumes and editions never merge on an ISBN alone**: ``Jilid 2``/``Jil. II``/``Jld. 2``/``Jilid ke-2``/
   ``Jilid Dua``, ``Vol. 2``, ``Buku 2``, ``Bagian 2``/``Bagian Kedua``, ``Part 2``, ``Juz 2`` in the title,
   subtitle or edition, and the edition (``Edisi 2``, ``Edisi II``, ``Ed. ke-2``, ``2nd ed.``, ``Edisi revisi``)
   are part of every key. A reprint (``Cetakan 3``, ``Cet. ke-3``) is the same edition, and its number is no
   edition's (``Edisi revisi, cet. 2`` is the revised edition).
3. **Names**: honorifics and degrees (``Ir.``, ``Dr.``, ``Drs.``, ``H.``, ``Hj.``, ``Prof.``, ``KH``,
   ``S.Pd.``, ``M.Ag.``...) are left out, and ``Hirata, Andrea`` is ``Andrea Hirata`` (the name's words
   are compared in any order). Titles and names ignore case, accents and punctuation, and old
   spellings (``Tjerita rakjat`` = ``Cerita rakyat``, ``Soedjito`` = ``Sudjito``: ``catalog.spelling``).
   Arabic and Javanese letters count like Latin ones (a Javanese word with its vowel signs, ended by its pangkon
   whether a space follows or not); Arabic vowel marks, hamza on alif, ``ة``/``ه`` and
   ``ى``/``ي`` aside. Numbers written out are digits (``SD Negeri Lima`` = ``SD Negeri 5``), a grade or semester in
   roman numerals too (``Kelas IV`` = ``Kelas 4``, never ``Kelas 5``), school subjects and schools written short are
   written out (``IPA`` = ``Ilmu Pengetahuan Alam``, ``SDN`` = ``SD Negeri``: ``title_words``); a school book's
   curriculum (``Kurikulum 2013``, ``Kurikulum Merdeka``) is part of its keys, as an edition is. A rule change makes
   the stored keys again once and joins the union records that now share a key (``union_rebuild.MATCH_RULE``,
   ``union_join``); what the rules must not join by themselves is offered to the officer (``union_suggest``).
4. A record joins the union record that holds its ISBN key when their titles agree (the same title
   key, one holding every word of the other, or one long word mistyped by a letter: an ISBN alone is
   only a suggestion, issue 12; two books sharing one stay apart and a search for it shows both); else
   the one holding its title key, unless both carry ISBNs and they differ (another edition or printing
   keeps its own record). So the same book with and without an ISBN meets. Otherwise it starts a new
   union record.
5. **Re-keying**: when a village changes a record's title, author, ISBN, volume or edition, its keys
   are made again; it stays where it is when its union record still holds one of the new keys
   (through the other villages' copies), else it moves, with its holdings, to the union record of its
   new keys (or a new one).
6. **What a union record shows**: the fields the district edited win (an adopted record); otherwise
   the most common form among its village records (case and punctuation aside), ties going to the
   most complete and tidy one (more fields filled, not in capitals, no trailing ``.``/``/``).
7. **Holdings** count copies in stock: not deleted, not lost, withdrawn, weeded or missing (the
   statuses the village reports leave out). A village holds a title while it has one such copy.
8. **Manual decisions survive re-syncs**: a merge pins the moved village records to the kept union
   record (they no longer re-key on their own) and holds the kept record's wording (title, class number,
   publisher...) though more villages wrote the other's; a split pins the split-off records to a new union
   record and remembers that they must not rejoin the old one. A re-match after a rule change never undoes either.
9. **A revoked village** leaves the catalogue, its counts and the catalogue pack at once; its rows
   stay in the replicas (history) and in the figures of the periods it reported.

Counts are kept incrementally (``union_write``, which writes the union tables: the links, the
differences a change brings, what a union record shows): each village record's link carries its copies,
available copies and copies per arrival day; a change adds or subtracts its own difference to the union
record and the district's figures (``district_tally``). A village's holding of a union record is its links' counts
summed, read from one covering index on the links (migration 0013). Search runs on an FTS5 table over
the union records (SQLite), or a ``tsvector`` column (PostgreSQL: ``dialect`` holds every difference). The
union tables are read and written through ``dialect.conn(lib)``; the village rows they come from
(``sync_replica``) through ``lib.db``, the SQLite file.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from ..reports.figures import GONE_STATUSES
from ..service import Library
from ..store.batches import marks, parts
from . import dialect
from .union_match import (
    PACK_FIELDS,
    clean_isbn,
    first_author,
    form_author,
    form_key,
    form_title,
    is_publisher_key,
    match_keys,
    name_key,
    title_fits,
    title_key,
)
from .union_search import (
    Holding,
    UnionHit,
    counts,
    recent,
    record_fields,
    search,
    union_record,
    village_records,
)
from .union_write import Changes, Link, load_links, new_union

# the search and the reading side (``union_search``) are re-exported: the GUI, the web catalogue, the CLI, the
# printed report and a dozen tests read the union catalogue as ``union.search``/``union.counts``/...
__all__ = ["refresh", "restate", "PACK_FIELDS", "Holding", "UnionHit",
           "counts", "record_fields", "recent", "search", "union_record", "village_records"]


# --- following a bundle ----------------------------------------------------------------------------


def refresh(lib: Library, site: str, record_uids: Iterable[str], item_uids: Iterable[str],
            changes: Changes | None = None) -> None:
    """Bring the union catalogue up to date for the rows of ``site`` a bundle touched.

    Records are matched in the order of their uids, whatever order they come in: which record starts
    a union record and which joins it may depend on the order, so it must not vary between runs
    (a set's order changes with Python's hash seed) or with how the batches fall."""
    conn = lib.db.connection()
    out = changes or Changes(dialect.conn(lib))
    affected: set[str] = set()
    for part in parts(sorted(item_uids)):
        affected |= _copies(conn, out.conn, site, part)
    known: dict[str, Link] = {}  # the links _records just read or wrote, as they now stand: not read again
    isbns: dict[int, str] = {}  # the ISBN each union record will show, ahead of its row (written at flush)
    titles: dict[int, set[str]] = {}  # the titles on each union record, ahead of its forms (written at flush)
    authors: dict[int, set[str]] = {}  # and the authors its records name ('' for none), the same way
    new: list[Link] = []  # links made here, written once recount has their counts (not written, then updated)
    for part in parts(sorted(record_uids)):
        affected |= _records(conn, site, part, out, known=known, isbns=isbns, titles=titles,
                             authors=authors, new=new)
        out.flush_keys()
    recount(out.conn, affected, out, known)
    _insert_links(out.conn, new)
    if changes is None:
        out.flush()


_COPY_UPSERT = ("ON CONFLICT (item_uid) DO UPDATE SET record_uid=excluded.record_uid, barcode=excluded.barcode, "
                "status=excluded.status, deleted=excluded.deleted, arrived=excluded.arrived")


def _falsy_to_empty(expr: str) -> str:
    """SQL for Python's ``value or ""`` on a JSON value: NULL, '', 0 and false become ''."""
    return f"coalesce(nullif(nullif({expr}, ''), 0), '')"


# A copy's arrival day (``union_copy.arrived``) is its date received; '' for a copy without one, which came
# with a village's move-in (every copy entered by hand gets one): '' sorts before every day, so such a copy is
# in stock in every period and new in none, as the village's own figures count it (``reports.figures``).
def _copies(conn, uconn, site: str, part: list[str]) -> set[str]:
    if uconn is conn:  # the union tables in this file: copied by SQLite, not row by row through Python
        return _copies_here(conn, site, part)
    rows = conn.execute(
        "SELECT uid, deleted, json_extract(data, '$.record_id'), json_extract(data, '$.barcode'), "
        "json_extract(data, '$.status'), json_extract(data, '$.received_on') "
        f"FROM sync_replica WHERE uid IN ({marks(part)})", part).fetchall()
    old = dict(uconn.execute(f"SELECT item_uid, record_uid FROM union_copy WHERE item_uid IN ({marks(part)})",
                             part).fetchall())
    uconn.executemany(
        "INSERT INTO union_copy (item_uid, record_uid, site, barcode, status, deleted, arrived) VALUES (?,?,?,?,?,?,?) "
        "ON CONFLICT (item_uid) DO UPDATE SET record_uid=excluded.record_uid, barcode=excluded.barcode, "
        "status=excluded.status, deleted=excluded.deleted, arrived=excluded.arrived",
        [(uid, record or "", site, barcode or "", status or "", deleted, arrived or "")
         for uid, deleted, record, barcode, status, arrived in rows])
    return {r[2] for r in rows if r[2]} | {r for r in old.values() if r}


def _copies_here(conn, site: str, part: list[str]) -> set[str]:
    """``_copies`` when union_copy is in the same SQLite file as the replicas: one INSERT ... SELECT
    (the same rows, values and order as the row-by-row upsert); returns the records of these copies,
    before and after."""
    holes = marks(part)
    records = {r for (r,) in conn.execute(f"SELECT record_uid FROM union_copy WHERE item_uid IN ({holes})", part)
               if r}
    record = _falsy_to_empty("json_extract(data, '$.record_id')")
    barcode = _falsy_to_empty("json_extract(data, '$.barcode')")
    status = _falsy_to_empty("json_extract(data, '$.status')")
    arrived = _falsy_to_empty("json_extract(data, '$.received_on')")
    conn.execute(f"INSERT INTO union_copy (item_uid, record_uid, site, barcode, status, deleted, arrived) "
                 f"SELECT uid, {record}, ?, {barcode}, {status}, deleted, {arrived} FROM sync_replica "
                 f"WHERE uid IN ({holes}) {_COPY_UPSERT}", [site, *part])
    records.update(r for (r,) in conn.execute(
        f"SELECT record_uid FROM union_copy WHERE item_uid IN ({holes}) AND record_uid != ''", part))
    return records


def _records(conn, site: str, part: list[str], out: Changes, in_place: bool = False,
             known: dict[str, Link] | None = None, isbns: dict[int, str] | None = None,
             titles: dict[int, set[str]] | None = None, new: list[Link] | None = None,
             authors: dict[int, set[str]] | None = None) -> set[str]:
    """Match these village records; ``new``: where the links made are left for the caller to write;
    ``isbns``/``titles``/``authors``: what earlier batches of the same bundle put on union records not
    written yet."""
    # by uid alone (the entity is checked here): with ``AND entity = ...`` SQLite chose the (entity, site)
    # index and read every village's records for each batch, a cost that grew with the villages
    rows = sorted(row[:3] for row in conn.execute(f"SELECT uid, deleted, data, entity FROM sync_replica WHERE uid "
                                                  f"IN ({marks(part)})", part).fetchall() if row[3] == "record")
    conn = out.conn  # the rest is the union tables
    links = load_links(conn, part)
    alive: list[tuple[str, dict[str, Any], list[str]]] = []
    for uid, deleted, text in rows:
        link = links.get(uid)
        if deleted:
            if link is not None:
                out.detach(link)
                conn.execute("DELETE FROM union_link WHERE record_uid = ?", (uid,))
            continue
        data = json.loads(text)
        alive.append((uid, data, match_keys(data)))
    wanted = {key for _, _, keys in alive for key in keys}
    holders: dict[str, list[int]] = defaultdict(list)
    for kpart in parts(sorted(wanted)):
        for key, union_id in conn.execute(f"SELECT key, union_id FROM union_key WHERE key IN ({marks(kpart)}) "
                                          "AND n > 0 ORDER BY union_id", kpart):
            holders[key].append(union_id)
    candidates = {u for ids in holders.values() for u in ids} | {link.union_id for link in links.values()}
    isbn_of: dict[int, str] = {} if isbns is None else isbns
    for upart in parts(sorted(candidates)):
        for union_id, isbn, form, best in conn.execute(
                "SELECT r.id, r.isbn, r.form, f.score FROM union_record r LEFT JOIN union_form f "
                f"ON f.union_id = r.id AND f.form = r.form WHERE r.id IN ({marks(upart)})", upart):
            isbn_of[union_id] = isbn_of.get(union_id) or isbn
            out.shown[union_id] = (form, isbn, best if best is not None else -1)
    titles_of = _titles(conn, {u for key, ids in holders.items() if key.startswith("i:") for u in ids},
                        {} if titles is None else titles)
    authors_of = _authors(conn, {u for key, ids in holders.items() if is_publisher_key(key) for u in ids},
                          {} if authors is None else authors)
    apart: dict[str, set[int]] = defaultdict(set)
    for record_uid, union_id in conn.execute(
            f"SELECT record_uid, union_id FROM union_apart WHERE record_uid IN ({marks(part)})", part):
        apart[record_uid].add(union_id)
    inserts, updates = [], []
    for uid, data, keys in alive:
        keys_text, form = "\n".join(keys), form_key(data)
        link = links.get(uid)
        if link is not None and link.keys == keys_text and link.form == form:
            out.add_form(link.union_id, form, -1)  # the same form; its data may now be the most complete
            out.add_form(link.union_id, form, +1, data)
            continue
        if link is not None and (in_place or link.pinned or not link.keys or link.keys == keys_text):
            out.add_keys(link.union_id, link.keys, -1)  # the same union record, new keys/form in place
            out.add_form(link.union_id, link.form, -1)
            link.keys, link.form = keys_text, form
            out.add_keys(link.union_id, keys_text, +1)
            out.add_form(link.union_id, form, +1, data)
            _remember(holders, link.union_id, keys)
            updates.append(link)
            continue
        if link is not None:
            out.add_keys(link.union_id, link.keys, -1)
            _forget(holders, link.union_id, link.keys.split("\n"), out)
        isbn = clean_isbn(data.get("isbn"))
        title, author = title_key(data), name_key(first_author(data))
        target = _choose(keys, isbn, holders, isbn_of, apart.get(uid, set()),
                         link.union_id if link is not None else None, title, titles_of, author, authors_of)
        if target is None:
            target = new_union(out.conn)
            titles_of[target], authors_of[target] = set(), set()
        if not isbn_of.get(target):
            # a record bringing the first ISBN: the union record shows it from now on, so a record
            # with another ISBN matched after it, in this batch or the next, keeps apart (rule 4)
            isbn_of[target] = isbn
        if link is None:
            link = Link(uid, target, site, keys_text, form, new=True)
            out.attach(link, data)
            inserts.append(link)
        else:
            if target != link.union_id:
                out.add_form(link.union_id, link.form, -1)
                out.add_counts(link, -1)
                link.copies = link.available = 0
                link.stock = ""
                link.union_id = target
                out.add_form(target, form, +1, data)
            else:
                out.add_form(target, link.form, -1)
                out.add_form(target, form, +1, data)
            link.keys, link.form = keys_text, form
            out.add_keys(target, keys_text, +1)
            updates.append(link)
        _remember(holders, target, keys)
        _titles(conn, {target}, titles_of).setdefault(target, set()).add(title)  # read once: then added to
        _authors(conn, {target}, authors_of).setdefault(target, set()).add(author)
    if new is None:
        _insert_links(conn, inserts)
    else:
        new.extend(inserts)
    conn.executemany("UPDATE union_link SET union_id=?, keys=?, form=?, copies=?, available=?, stock=? "
                     "WHERE record_uid=?", [(lk.union_id, lk.keys, lk.form, lk.copies, lk.available, lk.stock,
                                             lk.record_uid) for lk in updates])
    if known is not None:
        known.update((lk.record_uid, lk) for lk in inserts)
        known.update((uid, links[uid]) for uid, _, _ in alive if uid in links)
    return {uid for uid, _, _ in alive}


def _insert_links(conn, links: list[Link]) -> None:
    conn.executemany("INSERT INTO union_link (record_uid, union_id, site, keys, form, pinned, copies, available, "
                     "stock) VALUES (?,?,?,?,?,0,?,?,?)",
                     [(lk.record_uid, lk.union_id, lk.site, lk.keys, lk.form, lk.copies, lk.available, lk.stock)
                      for lk in links])
    for link in links:
        link.new = False


def _remember(holders: dict[str, list[int]], union_id: int, keys: list[str]) -> None:
    for key in keys:
        if union_id not in holders[key]:
            holders[key].append(union_id)
            holders[key].sort()


def _forget(holders: dict[str, list[int]], union_id: int, keys: list[str], out: Changes) -> None:
    """A record's old keys leave its union record unless another village record still holds them."""
    for key in keys:
        if not key or union_id not in holders.get(key, []):
            continue
        row = out.conn.execute("SELECT n FROM union_key WHERE key = ? AND union_id = ?", (key, union_id)).fetchone()
        if (row[0] if row else 0) + out.keys.get((key, union_id), 0) <= 0:
            holders[key].remove(union_id)


def _titles(conn, union_ids: set[int], known: dict[int, set[str]]) -> dict[int, set[str]]:
    """The title keys of the village records on these union records (from their forms), added to
    ``known``: union records already in it are not read again (it keeps the titles of the records
    matched earlier in this bundle, whose forms are written at flush; a new union record has none
    stored); returns ``known``."""
    return _from_forms(conn, union_ids, known, form_title)


def _authors(conn, union_ids: set[int], known: dict[int, set[str]]) -> dict[int, set[str]]:
    """The first authors (name keys, '' for none) of the village records on these union records, as ``_titles``."""
    return _from_forms(conn, union_ids, known, form_author)


def _from_forms(conn, union_ids: set[int], known: dict[int, set[str]], part_of) -> dict[int, set[str]]:
    wanted = sorted(u for u in union_ids if u not in known)
    for part in parts(wanted):
        for union_id, form in conn.execute(f"SELECT union_id, form FROM union_form WHERE union_id IN ({marks(part)}) "
                                           "AND n > 0", part):
            known.setdefault(union_id, set()).add(part_of(form))
    return known


def _choose(keys: list[str], isbn: str, holders: dict[str, list[int]], isbn_of: dict[int, str], apart: set[int],
            current: int | None, title: str = "", titles: dict[int, set[str]] | None = None, author: str = "",
            authors: dict[int, set[str]] | None = None) -> int | None:
    """Rule 4 (and 5: stay when the current union record still holds one of the keys). An ISBN key
    joins only a union record whose titles agree with this one's (issue 12: two books sharing an
    ISBN stay apart; a search for the ISBN shows both, for the district to merge if they are one)."""
    allowed = []
    for key in keys:
        for union_id in holders.get(key, []):
            if union_id in apart:
                continue
            other = isbn_of.get(union_id, "")
            if key.startswith("t:") and isbn and other and other != isbn:
                continue
            if key.startswith("i:") and not title_fits(title, (titles or {}).get(union_id)):
                continue
            if author and is_publisher_key(key) and any((authors or {}).get(union_id, ())):
                continue  # title, publisher and year, but an author on both sides that did not match: two books
            allowed.append(union_id)
    if current is not None and current in allowed:
        return current
    return allowed[0] if allowed else None


def recount(conn, record_uids: Iterable[str], out: Changes, known: dict[str, Link] | None = None) -> None:
    """Copies in stock, available copies and copies per arrival day of these village records' links;
    the difference from what the link held goes to the holdings and the figures. ``known``: links
    already in memory as they stand in the database (the others are read)."""
    gone = tuple(GONE_STATUSES)
    known = known or {}
    for part in parts(sorted(record_uids)):
        links = load_links(conn, [uid for uid in part if uid not in known])
        links.update((uid, known[uid]) for uid in part if uid in known)
        if not links:
            continue
        ids = list(links)
        found: dict[str, list] = {uid: [0, 0, defaultdict(int)] for uid in ids}
        for record_uid, status, arrived in conn.execute(
                f"SELECT record_uid, status, arrived FROM union_copy WHERE record_uid IN ({marks(ids)}) "
                f"AND deleted = 0 AND status NOT IN ({marks(gone)})", [*ids, *gone]):
            entry = found[record_uid]
            entry[0] += 1
            entry[1] += status == "available"
            entry[2][arrived or ""] += 1
        updates = []
        for uid, link in links.items():
            copies, available, days = found[uid]
            days = dict(sorted(days.items()))
            stock = json.dumps(days) if days else ""
            if (copies, available, stock) == (link.copies, link.available, link.stock):
                continue
            out.add_counts(link, -1)
            link.copies, link.available, link.stock = copies, available, stock
            out.add_counts(link, +1, days=days)
            if not link.new:  # a link not written yet is written with these counts (``refresh``)
                updates.append((copies, available, stock, uid))
        conn.executemany("UPDATE union_link SET copies=?, available=?, stock=? WHERE record_uid=?", updates)


def restate(lib: Library, record_uids: Iterable[str]) -> None:
    """After the district edited these village records: their keys and forms are made again where
    they are (the district has said they belong together), and their union records shown again."""
    conn = lib.db.connection()
    out = Changes(dialect.conn(lib))
    for part in parts(sorted(record_uids)):
        _records(conn, "", part, out, in_place=True)
        out.flush_keys()
    out.flush()
