"""Union records that may be one book, for the officer to look at (*mungkin duplikat*): what the matching rules
(``union`` rule 4) must not join by themselves, because the same words can also be two books. A title holding
every word of the other (*Matematika* and *Matematika untuk SD*), or one long word mistyped by a letter (*Dongeng
Nusantra*), by the same author, or without authors from the same publisher and year; and one record naming its
volume, edition or curriculum where the other names none. Never two records that each name a different volume,
edition or curriculum (*Kelas 4* and *Kelas 5*, the *Kurikulum 2013* and the *Kurikulum Merdeka* book), nor two
with different ISBNs, nor records the officer split apart. The officer merges them (``hub.merge_records``)."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Any

from ..service import Library
from ..store.batches import marks, parts
from . import dialect
from .union_match import (
    clean_isbn,
    curriculum_of,
    edition_of,
    fold,
    form_author,
    form_title,
    titles_agree,
    volume_of,
)
from .union_search import UnionHit, attach_holdings, search, union_record

# the longest words of a title are looked up one by one (a mistyped one still leaves the others to find it)
WORDS_LOOKED_UP = 3
CANDIDATES_PER_WORD = 200


def likely_duplicates(lib: Library, union_id: int, limit: int = 20) -> list[UnionHit]:
    """The union records that may be the same book as ``union_id``, most widely held first."""
    record = union_record(lib, union_id)
    words = sorted({w for w in fold(record.title).split() if len(w) >= 4}, key=lambda w: (-len(w), w))
    found: dict[int, UnionHit] = {}
    for word in words[:WORDS_LOOKED_UP]:
        for hit in search(lib, word, limit=CANDIDATES_PER_WORD, with_holdings=False):
            if hit.id != union_id:
                found.setdefault(hit.id, hit)
    if not found:
        return []
    described = _descriptions(lib, [union_id, *found])
    apart = _split_apart(lib, union_id, list(found))
    mine = described.get(union_id, [])
    out = [hit for uid, hit in found.items()
           if uid not in apart and _may_be_one(mine, described.get(uid, []), record.isbn, hit.isbn)]
    out.sort(key=lambda h: (-h.villages, -h.copies, h.id))
    out = out[:limit]
    attach_holdings(lib, out)
    return out


def _descriptions(lib: Library, union_ids: list[int]) -> dict[int, list[dict[str, Any]]]:
    """Each union record's village forms: title key, author, publisher, year, volume, edition, curriculum."""
    out: dict[int, list[dict[str, Any]]] = defaultdict(list)
    conn = dialect.conn(lib)
    for part in parts(union_ids):
        for union_id, form, text in conn.execute(
                f"SELECT union_id, form, data FROM union_form WHERE union_id IN ({marks(part)}) AND n > 0", part):
            data = json.loads(text or "{}")
            out[union_id].append({"title": form_title(form), "author": form_author(form),
                                  "publisher": fold(data.get("publisher")), "year": str(data.get("year") or ""),
                                  "marks": (volume_of(data), edition_of(data), curriculum_of(data))})
    return out


def _split_apart(lib: Library, union_id: int, others: list[int]) -> set[int]:
    """The union records the officer split from ``union_id`` (or it from them)."""
    conn, apart = dialect.conn(lib), set()
    for part in parts(others):
        apart.update(u for (u,) in conn.execute(
            f"SELECT l.union_id FROM union_apart a JOIN union_link l ON l.record_uid = a.record_uid "
            f"WHERE a.union_id = ? AND l.union_id IN ({marks(part)})", [union_id, *part]))
        apart.update(u for (u,) in conn.execute(
            f"SELECT a.union_id FROM union_apart a JOIN union_link l ON l.record_uid = a.record_uid "
            f"WHERE l.union_id = ? AND a.union_id IN ({marks(part)})", [union_id, *part]))
    return apart


def _may_be_one(mine: list[dict[str, Any]], theirs: list[dict[str, Any]], isbn: str, other_isbn: str) -> bool:
    if clean_isbn(isbn) and clean_isbn(other_isbn) and clean_isbn(isbn) != clean_isbn(other_isbn):
        return False
    return any(_forms_may_be_one(a, b) for a in mine for b in theirs)


def _forms_may_be_one(a: dict[str, Any], b: dict[str, Any]) -> bool:
    if not titles_agree(a["title"], b["title"]):
        return False
    if any(x and y and x != y for x, y in zip(a["marks"], b["marks"], strict=True)):
        return False  # each names its volume, edition or curriculum, and they differ: two books
    if a["author"] and b["author"]:
        return a["author"] == b["author"]
    return bool(a["publisher"]) and (a["publisher"], a["year"]) == (b["publisher"], b["year"])
