"""How a big import writes: the secondary indexes of the tables it fills dropped and built again at
the end (``importer`` wraps its one transaction in this and in ``jobs.paused_gc``), which puts back what
it changed. An import keeps the usual page cache (``store.db``, 16 MB): with the indexes built at the end
a bigger one (64 MB, until 2026-12) wrote no faster, and cost a 50,000-title move-in 50 MB of memory."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..jobs import Cancel, checkpoint
from ..service import Library

# bytes per row a file of each format takes, about (the smallest seen): an estimate of a file's rows
# from its size, before reading it
_BYTES_PER_ROW = {"slims-biblio": 150, "slims-item": 120, "marc": 400, "marcxml": 1000, "inlislite": 100,
                  "csv": 60, "xlsx": 30}
_BIG_IMPORT = 5000  # rows: below this, secondary indexes are kept up row by row as always
_REBUILT_TABLES = ("record", "item", "change_log")


class deferred_indexes:  # noqa: N801 - a context manager
    """A big import into a table that holds fewer rows than the file brings: the table's secondary
    (non-unique) indexes are dropped while the rows go in and built again, sorted, at the end.
    Keeping 13 indexes of the copy table up row by row was most of an import's write time, and an
    index built at once is compact (fewer pages to write). UNIQUE indexes stay (they are rules:
    one barcode, one uid). Inside the import's transaction: DDL is transactional in SQLite, so a
    cancel, an error or a power cut brings the indexes back with everything else. The indexes are
    rebuilt from their own CREATE statements as stored in the file, so they come back exactly."""

    def __init__(self, lib: Library, expected_rows: int, cancel: Cancel | None = None) -> None:
        self.lib = lib
        self.expected = expected_rows
        self.cancel = cancel  # asked between two indexes: a Cancel pressed while they are built is honoured
        self.dropped: list[str] = []

    def __enter__(self) -> None:
        if self.expected < _BIG_IMPORT:
            return
        db = self.lib.db
        for table in _REBUILT_TABLES:
            held = db.execute_sql(f'SELECT count(*) FROM "{table}"').fetchone()[0]
            if held >= self.expected:
                continue
            for name, sql in db.execute_sql(
                    "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL "
                    "AND sql NOT LIKE 'CREATE UNIQUE%' ORDER BY name", [table]).fetchall():
                db.execute_sql(f'DROP INDEX "{name}"')
                self.dropped.append(sql)

    def __exit__(self, exc_type: Any, *exc: Any) -> None:
        if exc_type is None:  # on an error the transaction's rollback brings them back
            self.rebuild()

    def rebuild(self) -> None:
        for sql in self.dropped:
            checkpoint(None, self.cancel, 0.0)
            self.lib.db.execute_sql(sql)
        self.dropped = []


def expected_rows(jobs: list[tuple[str, str | Path, dict[str, str] | None]]) -> int:
    total = 0
    for fmt, path, _ in jobs:
        try:
            total += Path(path).stat().st_size // _BYTES_PER_ROW.get(fmt, 100)
        except OSError:
            pass
    return total
