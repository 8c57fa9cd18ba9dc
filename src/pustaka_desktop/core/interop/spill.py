"""A map from text or integer keys that, each time it is told to (``spill``, after an import writes a chunk), moves its
oldest entries to a private temporary SQLite file once it holds more than ``limit``, until it holds half of that
(``sqlite3.connect("")``: on disk, deleted when closed, its page cache small): what an import keeps of every copy of a
big file (its barcode, the row it came in, a copy held back for the item file) and of every record (``per_record``: its
description key, first row, ISBN, title words) then stops growing with the file.

A key asked for that is on neither side costs no query: a fixed-size Bloom filter of the keys moved to disk
answers "not there" for almost all of them (a new copy's barcode, the common case, is never there).
Values go to disk through ``encode`` and come back through ``decode``; an entry ``encode`` answers ``KEEP``
for stays in memory (a copy held back whose record has no id yet). Not thread-safe: one import's."""

from __future__ import annotations

import pickle
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from itertools import islice
from operator import itemgetter
from typing import Any

# entries in memory before the rest go to disk: about 5 MB a map. A village library's copies (most have a few
# thousand, the largest about 50,000) never reach the disk and pay nothing; past it, each entry moved costs a few
# microseconds and each later read a Python call: 100,000 copies spend about 2 s more CPU (of ~25)
LIMIT = 50_000
# the same for a map of what an import keeps of every record (its description key, first row, ISBN, title words):
# smaller, as a record's entries are read less than a copy's (a row's new keys are answered by the Bloom filter)
RECORD_LIMIT = 10_000
KEEP = object()  # what ``encode`` answers for an entry that must stay in memory
_MISSING = object()
# each map's page cache (SQLite's default: 2 MB): the rest of its file is the system's to cache, outside this
# process, so that ten maps do not hold 20 MB (a read that finds nothing never gets here: the Bloom filter)
_CACHE_KB = 256
_BATCH = 5000  # entries written to disk at a time (``_write``)
# the Bloom filter: 256 KB; two probes answer a false "maybe" 1 % of the time at 100,000 keys, 3 % at 200,000 (each
# a query of a few microseconds: a 1 MB filter a map was 3 MB more the moment a big import's copies went to disk)
_BITS = 1 << 21


class SpillMap(dict):
    """A dict of text (or integer) keys, its entries moved to disk by ``spill`` once it holds more than ``limit``. Until
    then it is a plain dict (its reads at the speed of one: a village's import pays nothing); after, a ``_Spilled``
    one."""

    def __init__(self, limit: int | None = None, encode: Callable[[Any], Any] | None = None,
                 decode: Callable[[Any], Any] | None = None, bits: int = _BITS) -> None:
        """``bits``: the size of the Bloom filter (a power of two), made when entries first go to disk."""
        super().__init__()
        self.limit = LIMIT if limit is None else limit
        self._bits = bits
        self._mask, self._shift = bits - 1, bits.bit_length() - 1  # (the second probe: the hash's next bits)
        self._encode, self._decode = encode, decode  # (None: stored as it is)
        self._disk: sqlite3.Connection | None = None
        self._bloom: bytearray | None = None
        self._gone: set[str] = set()  # keys popped from disk, deleted there a batch at a time (``_forget``)
        # the last key looked up on disk and what it found: a row asks "is it there?", then "what is it?"
        self._last: tuple[str | None, Any] = (None, _MISSING)

    def in_memory(self) -> list[str]:
        """The keys held in memory (the rest are on disk)."""
        return list(dict.keys(self))

    def spill(self) -> None:
        """Move the oldest entries in memory that may go (``encode``) to disk, once more than ``limit`` are there,
        until half of it is left. Called where it is safe (after a chunk is written: ``ChunkWriting.spill``), never by
        a write."""
        if dict.__len__(self) <= self.limit:
            return
        try:
            self._spill()
        except sqlite3.Error as exc:  # (a full disk: said as such, and the import is rolled back whole)
            from ..store.faults import explain

            raise (explain(exc, tempfile.gettempdir()) or exc) from exc

    def clear(self) -> None:
        dict.clear(self)
        self._gone.clear()
        self._last = (None, _MISSING)
        if self._disk is not None:
            self._disk.close()
            self._disk, self._bloom = None, None
        self.__class__ = SpillMap  # (nothing on disk: a plain dict again)

    def _spill(self) -> None:
        if self._disk is None:
            self._disk = sqlite3.connect("", isolation_level=None)  # (a private temporary file: never the library's)
            self._disk.execute("PRAGMA journal_mode = OFF")
            self._disk.execute("PRAGMA synchronous = OFF")
            self._disk.execute(f"PRAGMA cache_size = -{_CACHE_KB}")
            # (a key without a type: an integer key stays one, never equal to its text)
            self._disk.execute("CREATE TABLE kv (k PRIMARY KEY, v) WITHOUT ROWID")
            self._bloom = bytearray(self._bits // 8)
        self._forget()  # (before the entries are written: a key popped from disk may be written again now)
        # the oldest go, until half the limit is left: the dict keeps its size (emptied, it grew again through every
        # size, its tables new blocks each time, which a 100,000-copy import's memory kept 5 MB more of)
        excess = dict.__len__(self) - self.limit // 2
        moved: list[Any] = []
        rows: list[tuple[Any, Any]] = []
        bloom = self._bloom
        assert bloom is not None
        encode = self._encode
        mask, shift = self._mask, self._shift
        self._disk.execute("BEGIN")
        for key, value in islice(dict.items(self), excess):  # (one that must stay, ``KEEP``, counts as left)
            stored = value if encode is None else encode(value)
            if stored is KEEP:
                continue
            rows.append((key, stored))
            moved.append(key)
            h = hash(key)
            first, second = h & mask, (h >> shift) & mask
            bloom[first >> 3] |= 1 << (first & 7)
            bloom[second >> 3] |= 1 << (second & 7)
            if len(rows) == _BATCH:
                self._write(rows)
        self._write(rows)
        self._disk.execute("COMMIT")
        for key in moved:
            dict.__delitem__(self, key)
        self._last = (None, _MISSING)
        self.__class__ = _Spilled

    def _write(self, rows: list[tuple[Any, Any]]) -> None:
        """Write ``rows`` (key, value) and empty the list: a batch at a time, so that moving a big map to disk does not
        hold all of it twice."""
        assert self._disk is not None
        rows.sort(key=itemgetter(0))  # (in key order the B-tree is written page after page, not at random)
        self._disk.executemany("INSERT OR REPLACE INTO kv (k, v) VALUES (?, ?)", rows)
        rows.clear()

    def _forget(self) -> None:
        """Delete on disk the keys popped from there (kept in ``_gone`` until now, a batch at a time)."""
        if self._gone and self._disk is not None:
            self._disk.execute("BEGIN")
            self._disk.executemany("DELETE FROM kv WHERE k = ?", ((key,) for key in sorted(self._gone)))
            self._disk.execute("COMMIT")
        self._gone.clear()


class _Spilled(SpillMap):
    """A ``SpillMap`` with entries on disk: each read that memory cannot answer looks there too."""

    def __contains__(self, key: object) -> bool:
        return dict.__contains__(self, key) or self._on_disk(key) is not _MISSING  # type: ignore[arg-type]

    def get(self, key: str, default: Any = None) -> Any:
        value = dict.get(self, key, _MISSING)
        if value is _MISSING:
            value = self._on_disk(key)
        return default if value is _MISSING else value

    def __getitem__(self, key: str) -> Any:
        value = self.get(key, _MISSING)
        if value is _MISSING:
            raise KeyError(key)
        return value

    def setdefault(self, key: str, value: Any = None) -> Any:
        found = self.get(key, _MISSING)
        if found is _MISSING:
            self[key] = found = value
        return found

    def pop(self, key: str, default: Any = _MISSING) -> Any:
        value = dict.pop(self, key, _MISSING)
        on_disk = self._on_disk(key)
        if on_disk is not _MISSING:  # (an older value there must not come back)
            value = on_disk if value is _MISSING else value
            self._gone.add(key)
            self._last = (None, _MISSING)
            if len(self._gone) >= _BATCH:  # (each key held until then: a big item file popped 50,000)
                self._forget()
        if value is _MISSING:
            if default is _MISSING:
                raise KeyError(key)
            return default
        return value

    def keys(self) -> Iterator[str]:  # type: ignore[override]
        yield from list(dict.keys(self))
        assert self._disk is not None
        cursor = self._disk.execute("SELECT k FROM kv")
        while page := cursor.fetchmany(1000):
            for (key,) in page:
                if key not in self._gone and not dict.__contains__(self, key):
                    yield key

    __iter__ = keys  # type: ignore[assignment]

    def items(self) -> Iterator[tuple[str, Any]]:  # type: ignore[override]
        """Every entry: those in memory, then those on disk (read a page at a time)."""
        yield from list(dict.items(self))
        assert self._disk is not None
        decode = self._decode
        cursor = self._disk.execute("SELECT k, v FROM kv")
        while page := cursor.fetchmany(1000):
            for key, value in page:
                if key not in self._gone and not dict.__contains__(self, key):
                    yield key, value if decode is None else decode(value)

    def __bool__(self) -> bool:
        return dict.__len__(self) > 0 or any(True for _ in self.keys())

    def _on_disk(self, key: str) -> Any:
        """The value of ``key`` on disk, else ``_MISSING`` (most keys asked for: the Bloom filter says so, at once)."""
        bloom: bytearray = self._bloom  # type: ignore[assignment]
        h, mask = hash(key), self._mask
        first, second = h & mask, (h >> self._shift) & mask
        if not (bloom[first >> 3] >> (first & 7)) & 1 or not (bloom[second >> 3] >> (second & 7)) & 1:
            return _MISSING
        last_key, last_value = self._last
        if key == last_key:
            return last_value
        if key in self._gone:
            value = _MISSING
        else:
            assert self._disk is not None
            found = self._disk.execute("SELECT v FROM kv WHERE k = ?", (key,)).fetchone()
            value = _MISSING if found is None else found[0] if self._decode is None else self._decode(found[0])
        self._last = (key, value)  # (also what is not there: asked again by the next line, often)
        return value


def per_record(encode: Callable[[Any], Any] | None = None, decode: Callable[[Any], Any] | None = None) -> SpillMap:
    """A map an import keeps an entry in for each record (its description key, first row, ISBN, title words...):
    ``RECORD_LIMIT`` entries in memory, the rest on disk."""
    return SpillMap(RECORD_LIMIT, encode, decode)


def pickled(value: Any) -> bytes:
    """``encode`` for values of several parts (a tuple of fields): pickled."""
    return pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL)


def unpickled(value: bytes) -> Any:
    return pickle.loads(value)  # noqa: S301 (bytes this process wrote to its own temporary file a moment ago)
