"""The search index written in bulk by an import (``bulk_index``): its records indexed a batch at a time, in a
thread of its own beside the import's planning, instead of one by one by the index's trigger."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from typing import Any

from ..errors import Cancelled
from ..service import Library


def bulk_index(lib: Library, cancel: Callable[[], bool] | None = None) -> _BulkIndex:
    """Bulk mode for the search index, for writing many records at once (an import).

    ``with search_bulk.bulk_index(lib): store.insert_many(lib, Record, rows)``: inside the block, new
    records are not indexed one by one by the ``record_fts_ai`` trigger (about 0.1 ms a record, a
    third of an import's write time); on leaving it, every record added meanwhile is indexed in one
    statement and the trigger is put back. The block is a transaction (a savepoint inside the
    caller's) and SQLite's DDL is transactional, so an error or a cancel rolls back the records and
    restores the trigger alike. Updates and deletes stay indexed by their own triggers meanwhile.
    ``cancel``: asked between batches of the indexing on leaving (``Cancelled`` rolls it all back): indexing
    50,000 records is one long statement otherwise, and a Cancel pressed meanwhile was ignored (the import
    was saved after all).
    ``catch_up()`` inside the block indexes the records added so far; ``catch_up_aside()`` does it in a thread of its
    own while the import plans its next rows: an import calls it after each chunk it writes, so the indexing is done
    beside the work, not after the last row."""
    return _BulkIndex(lib, cancel)


SERIALIZED = 3  # ``sqlite3.threadsafety`` of an SQLite whose connection serves two threads (its statements one at a time)
INDEX_BATCH = 5000  # records indexed per statement on leaving bulk mode: a Cancel is seen between two


class _BulkIndex:
    def __init__(self, lib: Library, cancel: Callable[[], bool] | None = None) -> None:
        self.lib = lib
        self.cancel = cancel
        self.before = 0
        self.indexed = 0  # records up to this id are in the index (catch_up)
        self.transaction: Any = None
        self.conn: Any = None  # (the sqlite3 connection of the caller's thread: catch_up_aside uses it from its own)
        self.aside: threading.Thread | None = None
        self.failed: BaseException | None = None  # (what stopped the indexing aside: raised by ``wait``)

    def __enter__(self) -> _BulkIndex:
        self.transaction = self.lib.transaction()
        self.transaction.__enter__()
        try:
            # ids are max(id) + 1 (INTEGER PRIMARY KEY without AUTOINCREMENT): new records are above this
            self.before = self.lib.db.execute_sql("SELECT coalesce(max(id), 0) FROM record").fetchone()[0]
            self.indexed = self.before
            self.conn = self.lib.db.connection()
            self.lib.db.execute_sql("DROP TRIGGER IF EXISTS record_fts_ai")
        except BaseException as exc:
            self.transaction.__exit__(type(exc), exc, exc.__traceback__)
            raise
        return self

    def __exit__(self, exc_type: Any, exc: Any, tb: Any) -> Any:
        from .search_index import FTS_DDL

        try:
            self.wait()  # (before anything is rolled back or written after it)
        except BaseException as error:
            if exc_type is None:  # (else the block's own error is the one said: the indexing's followed from it)
                self.transaction.__exit__(type(error), error, error.__traceback__)
                raise
        if exc_type is None:
            try:
                self._index_new(0)
                self.lib.db.execute_sql(next(sql for sql in FTS_DDL if " record_fts_ai " in sql))
            except BaseException as error:
                self.transaction.__exit__(type(error), error, error.__traceback__)
                raise
        return self.transaction.__exit__(exc_type, exc, tb)

    def catch_up(self, at_least: int = INDEX_BATCH) -> None:
        """Indexes the records added since the last call, when there are ``at_least`` of them (fewer wait for the
        next call, or the end of the block)."""
        self.wait()
        self._index_new(at_least)

    def catch_up_aside(self, at_least: int = INDEX_BATCH) -> None:
        """``catch_up`` in a thread of its own, while the caller goes on planning its next rows in Python: SQLite
        indexes without holding Python's lock, so on a PC with two processor cores the import's own work and the
        indexing go on side by side (a 50,000-title SLiMS move-in spent 2 of its 20 s indexing in between). One
        connection, one transaction: SQLite runs one statement of it at a time, the caller's writes between the
        indexing's. ``wait`` for it before anything is rolled back; leaving the block and the next catch-up do.
        Meanwhile the caller adds records and changes those that were there before the block (an import's own
        records are written whole, never changed in it): a record of the block changed meanwhile would be indexed
        twice, which the index refuses ("constraint failed": the import is rolled back, never left half-indexed).
        An SQLite built without serialized threads (``sqlite3.threadsafety`` below 3), whose connection one thread
        at a time may use, indexes here instead."""
        self.wait()
        if sqlite3.threadsafety < SERIALIZED:
            self._index_new(at_least)
            return
        self.aside = threading.Thread(target=self._index_aside, args=(at_least,), name="pustaka-search-index",
                                      daemon=True)
        self.aside.start()

    def _index_aside(self, at_least: int) -> None:
        try:
            self._index_new(at_least)
        except BaseException as exc:  # (the caller's thread raises it: ``wait``)
            self.failed = exc

    def wait(self) -> None:
        """Until the indexing aside is done; what stopped it (a cancel, a full disk) is raised here."""
        if self.aside is not None:
            self.aside.join()
            self.aside = None
        failed, self.failed = self.failed, None
        if failed is not None:
            raise failed

    def _index_new(self, at_least: int) -> None:
        from .search_index import FTS_COLUMNS, FTS_VALUES

        db = self.conn  # (not ``lib.db``: peewee gives each thread a connection of its own, outside the transaction)
        last = db.execute("SELECT coalesce(max(id), 0) FROM record").fetchone()[0]
        if last - self.indexed < max(at_least, 1):
            return
        # (a record added and then updated in the block was indexed by the update's trigger: indexed once, here)
        db.execute("DELETE FROM record_fts WHERE rowid > ?", [self.indexed])
        for start in range(self.indexed, last, INDEX_BATCH):
            if self.cancel is not None and self.cancel():
                raise Cancelled()
            db.execute(
                f"INSERT INTO record_fts(rowid, {FTS_COLUMNS}) SELECT r.id, "
                f"{FTS_VALUES.format(r='r')} FROM record r WHERE r.id > ? AND r.id <= ? AND r.deleted = 0",
                [start, min(start + INDEX_BATCH, last)])
        self.indexed = last
