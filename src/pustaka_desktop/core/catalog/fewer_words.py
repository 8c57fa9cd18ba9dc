"""When a patron's words find nothing together, the books that have most of them.

A child at the kiosk types "kancil cerdik": fifteen books have *kancil*, none has *cerdik*, and every
word must match, so she saw "nothing found" and could not tell which word to drop. ``fewer_words``
leaves out first the words no book has at all, then as few of the others as it must, earlier words
kept before later ones (the first word is usually what she came for).

- ``fewer_words(lib, text, filters)`` -> Fewer | None   None when the words find something together,
  when one word is all there is, or when no part of them finds a book
- ``search_or_fewer(lib, text, filters, offset, limit)`` -> SearchPage   ``search.search``, or else the page of
  the books with most of the words, its ``fewer`` naming them (the kiosk and the patrons' Wi-Fi catalogue;
  every page of it, so the next page follows the same words)
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from itertools import combinations

from ..service import Library
from . import search

MAX_WORDS = 8  # of a long paste or a child's 500 keys, only the first words are tried
MAX_TRIES = 40  # searches at most, however many words (each costs about a millisecond)


@dataclass(frozen=True)
class Fewer:
    text: str  # the words that find books, as typed
    left_out: tuple[str, ...]  # the words left out, as typed


def _chunks(text: str) -> list[str]:
    return re.findall(r'"[^"]*"?|[^\s"]+', text or "")


def _finds(lib: Library, text: str, filters: search.Filters | None) -> bool:
    return search.search(lib, text, filters, limit=1).total > 0


def fewer_words(lib: Library, text: str, filters: search.Filters | None = None) -> Fewer | None:
    chunks = _chunks(text)
    if len(chunks) < 2 or _finds(lib, text, filters):
        return None
    chunks = chunks[:MAX_WORDS]
    tries = 0
    known = [chunk for chunk in chunks if _finds(lib, chunk, filters)]
    tries += len(chunks)
    if not known:
        return None
    for size in range(len(known), 0, -1):
        for kept in combinations(known, size):  # in the order typed: earlier words stay longest
            if size == len(chunks):
                continue  # all of them: already known to find nothing
            if size == 1 or tries < MAX_TRIES:
                tries += 1
                if size == 1 or _finds(lib, " ".join(kept), filters):  # a single known word finds books
                    return Fewer(" ".join(kept), tuple(c for c in chunks if c not in kept))
    return None


def search_or_fewer(lib: Library, text: str, filters: search.Filters | None = None, offset: int = 0,
                    limit: int = 20) -> search.SearchPage:
    page = search.search(lib, text, filters, offset=offset, limit=limit)
    if page.total:
        return page
    fewer = fewer_words(lib, text, filters)
    if fewer is None:
        return page
    return replace(search.search(lib, fewer.text, filters, offset=offset, limit=limit), fewer=fewer.text)
