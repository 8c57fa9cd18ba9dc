"""Open or create a library database: pragmas for power cuts, migrations after a backup."""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from peewee import DatabaseError as PeeweeDatabaseError
from peewee import SqliteDatabase

from ..errors import PustakaError
from ..i18n import QT_TRANSLATE_NOOP
from . import models
from .files import tidy_leftovers
from .migrations import LATEST, MIGRATIONS
from .paths import backup_dir

log = logging.getLogger(__name__)

# WAL lets the desk read while a worker writes; synchronous=FULL because power cuts are normal.
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": "full",
    "busy_timeout": 5000,
    "cache_size": -16000,  # 16 MB page cache
}


class DatabaseError(PustakaError):
    pass


@contextmanager
def bigger_cache(conn: sqlite3.Connection, kib: int, temp_kib: int = 0) -> Iterator[None]:
    """A bigger SQLite page cache while a lot is written (a catalogue import, a village bundle at the
    district): the rows and their indexes stay in memory instead of spilling to the WAL and being read
    back; ``temp_kib`` for TEMP tables too. Never made smaller than it was; put back as it was found."""
    before: list[tuple[str, int]] = []
    for schema, size in (("main", kib), ("temp", temp_kib)):
        was = conn.execute(f"PRAGMA {schema}.cache_size").fetchone()[0] if size else None
        # (a positive size counts pages: left alone; 0 is TEMP not opened yet on this connection, as in every library
        # opened again rather than made new: its default, made bigger too)
        if was is not None and (was == 0 or was < 0 and -was < size):
            before.append((schema, was))
            conn.execute(f"PRAGMA {schema}.cache_size = -{int(size)}")
    try:
        yield
    finally:
        for schema, was in before:
            conn.execute(f"PRAGMA {schema}.cache_size = {int(was)}")


def connect(path: Path) -> SqliteDatabase:
    """A peewee database for ``path`` with our pragmas (not yet migrated, not bound to models)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    return SqliteDatabase(str(path), pragmas=PRAGMAS, check_same_thread=False)


def schema_version(db: SqliteDatabase) -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def open_database(path: Path, *, backup_before_migrate: bool = True) -> SqliteDatabase:
    """Open (creating if needed) and migrate the database at ``path``; bind the models to it."""
    from .faults import explain

    tidy_leftovers(path)  # what a killed backup, restore or export left behind
    db = connect(path)
    try:
        db.connect(reuse_if_open=True)
        version = schema_version(db)
    except (sqlite3.DatabaseError, PeeweeDatabaseError) as exc:
        db.close()
        truthful = explain(exc, path)  # a full disk, a read-only stick or a lock is not damage
        if truthful is not None:
            raise truthful from exc
        raise DatabaseError(
            QT_TRANSLATE_NOOP("Errors", "The file {path} is not a Pustaka database or is damaged ({error})."),
            path=str(path),
            error=str(exc),
        ) from exc
    if version > LATEST:
        db.close()
        raise DatabaseError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This database was made by a newer version of Pustaka (schema {found}, this version "
                "knows {known}). Please update the application.",
            ),
            found=version,
            known=LATEST,
        )
    db.bind(models.ALL_MODELS)
    if version < LATEST:
        if version > 0 and backup_before_migrate:
            stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
            backup(db, backup_dir(path) / f"before-migration-{version}-to-{LATEST}-{stamp}.sqlite3")
            from .snapshots import rotate  # the same rotation as every automatic backup

            rotate(backup_dir(path))
        migrate(db, version)
    return db


def migrate(db: SqliteDatabase, current: int) -> None:
    for number, step in MIGRATIONS:
        if number <= current:
            continue
        log.info("applying migration %s", number)
        with db.atomic():
            step(db)
            db.execute_sql(f"PRAGMA user_version = {int(number)}")


def checkpoint(db: SqliteDatabase) -> bool:
    """Move everything in the write-ahead log into the database file itself and empty the log, so the
    one ``.sqlite3`` file is the whole library (a librarian copying it, a backup, a move to a new PC,
    the app closing or sitting idle). False when a reader or writer kept part of the log (busy): the
    next checkpoint finishes it; nothing is lost either way."""
    if db.is_closed():
        return False
    try:
        busy, _log_pages, _moved = db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except (sqlite3.DatabaseError, PeeweeDatabaseError):
        return False
    return not busy


# From this size on (a district's database: gigabytes of village rows) a backup is written compacted.
COMPACT_FROM = 64 << 20


def backup(db: SqliteDatabase, target: Path, compact: bool | None = None) -> Path:
    """Copy the live database to ``target`` (consistent even while in use), check the copy, and only
    then give it its final name.

    A small database is copied page by page with SQLite's backup API. A big one (``COMPACT_FROM``;
    ``compact`` decides when given) is written with ``VACUUM INTO``: only the pages in use, each one
    full, every index rebuilt in order, so the copy is smaller than the file (a district's rows arrive
    in random order and leave its pages part empty) and as consistent (one read transaction)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    checkpoint(db)
    conn = db.connection()
    if compact is None:
        compact = _file_bytes(Path(db.database)) >= COMPACT_FROM
    if compact and not conn.in_transaction:  # VACUUM cannot run inside a transaction
        conn.execute("VACUUM INTO ?", (str(partial),))
        dest = sqlite3.connect(str(partial))
    else:
        dest = sqlite3.connect(str(partial))
        conn.backup(dest)
    try:
        ok = dest.execute("PRAGMA integrity_check").fetchone()[0]
        dest.commit()
    finally:
        dest.close()
    if ok != "ok":
        partial.unlink(missing_ok=True)
        raise DatabaseError(QT_TRANSLATE_NOOP("Errors", "The backup copy failed its integrity check."))
    partial.replace(target)
    return target


def _file_bytes(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:  # an in-memory database, or one not written yet
        return 0


def refresh_statistics(db: SqliteDatabase) -> None:
    """Give SQLite's query planner fresh table statistics. Without them it may pick the index on
    ``deleted`` for ``isbn = ? AND deleted = 0`` (120 ms instead of 0.4 ms on 100,000 records).
    ``analysis_limit`` samples each index, so this takes ~50 ms even on the stress library."""
    db.execute_sql("PRAGMA analysis_limit = 400")
    db.execute_sql("ANALYZE")
