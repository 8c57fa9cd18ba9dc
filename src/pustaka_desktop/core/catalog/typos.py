"""A query that found nothing, corrected: the index's own words for the words it does not know.

Each unknown word of five letters or more gets the index words within its edit distance
(``spelling.ranked``), looked for among the words sharing its first four letters, then three, then two
(typos are rarely at the very start), then with two of its first three letters swapped (*bauya*: *buaya*). The words of a query are corrected *together*: a word's nearest
spelling alone may find nothing beside the others. A mother typing *kancil dan buwaya* means *buaya*;
*budaya* is as near and more common, and "kancil dan budaya" finds nothing. So ``corrections`` gives the
corrected queries likeliest first (each word's nearest, then the next nearest of one word at a time), and
the search takes the first that finds books (``search.search``).
"""

from __future__ import annotations

import re
from typing import Any

from ..service import Library
from .spelling import fold, max_edits, ranked
from .spelling import words as split_words

CANDIDATES = 3  # spellings tried per unknown word
MAX_QUERIES = 6  # corrected queries searched at most: each is one more search


def _vocabulary(lib: Library, low: str, high: str, limit: int) -> list[tuple[str, int]]:
    sql = "SELECT term, doc FROM record_fts_vocab WHERE term >= ? AND term < ? LIMIT ?"
    return [(t, d) for t, d in lib.db.execute_sql(sql, [low, high, limit])]


def _known(lib: Library, word: str, as_prefix: bool) -> bool:
    high = word + "\U0010ffff" if as_prefix else word + "\x00"
    return bool(_vocabulary(lib, word, high, limit=1))


def _near_known(lib: Library, word: str) -> list[str]:
    """The index words nearest to ``word``, nearest first. Reading the vocabulary costs about 10 µs a word
    (FTS5 counts each word's records), so each slice is capped: a correction costs at most a few thousand
    words read, however large the catalogue. A shared-letter-pairs test drops most words before the edit
    distance is counted."""
    limit = max_edits(word)
    pairs = {word[i:i + 2] for i in range(len(word) - 1)}
    # letter pairs a word within ``limit`` edits still shares: a swap of two letters breaks three ("bauya" and
    # "buaya" share only "ya"; at two a pair, a child's most common typo was never corrected)
    need = len(word) - 1 - 3 * limit
    low, high = len(word) - limit, len(word) + limit
    seen: set[str] = set()
    # last, the words starting as it would with its 1st and 2nd, or 2nd and 3rd, letters swapped back (bauya: bua)
    swapped = [(word[1] + word[0] + word[2], 1200), (word[0] + word[2] + word[1], 1200)] if len(word) > 2 else []
    for start, cap in [(word[:4], 1500), (word[:3], 1200), (word[:2], 800), *swapped]:
        if start in seen or len(word) < len(start):
            continue
        seen.add(start)
        rows = _vocabulary(lib, start, start[:-1] + chr(ord(start[-1]) + 1), limit=cap)
        close = [(term, docs) for term, docs in rows if low <= len(term) <= high
                 and len(pairs & {term[i:i + 2] for i in range(len(term) - 1)}) >= need]
        found = ranked(word, close, CANDIDATES)
        if found:
            return found
    return []


def corrections(lib: Library, text: str, prefix: bool = True) -> list[str]:
    """The query with its unknown words of five letters or more replaced by index words (folded), likeliest
    first; [] when no word needed or found a correction."""
    chunks = re.findall(r'"[^"]*"?|[^\s"]+', text or "")
    choices: list[list[Any]] = []
    for n, chunk in enumerate(chunks):
        words = split_words(fold(chunk).lower())
        if len(words) != 1 or chunk.startswith('"') or not max_edits(words[0]) or words[0].isdigit():
            choices.append([chunk])
            continue
        last = n == len(chunks) - 1 and prefix and not text[-1:].isspace()
        if _known(lib, words[0], last):
            choices.append([chunk])
            continue
        choices.append(_near_known(lib, words[0]) or [chunk])
    if all(len(options) == 1 and options[0] == chunk for options, chunk in zip(choices, chunks, strict=True)):
        return []
    # every word's nearest first; then one word at a time moved to its next nearest
    out = [" ".join(options[0] for options in choices)]
    for rank in range(1, CANDIDATES):
        for n, options in enumerate(choices):
            if rank < len(options):
                out.append(" ".join(options[rank] if m == n else other[0] for m, other in enumerate(choices)))
    return out[:MAX_QUERIES]
