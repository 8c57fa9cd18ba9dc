"""A second database beside the library's SQLite file: PostgreSQL, for a district or provincial hub
whose union catalogue and figures outgrow one PC. Which tables live there and how their SQL differs
is ``core.sync.dialect``'s business; this room only connects and keeps the two files in step.

- **Where**: the district setting ``district.database`` (``pustaka-cli district db DSN``, or ``false`` once the
  officer brought the catalogue back into the file), else the environment variable ``PUSTAKA_DISTRICT_DATABASE``
  (whoever installed the hub may set it); only a district library uses it. A choice saved in the file wins over the
  variable, so every program opening the file (the app, the CLI, the hub) keeps the catalogue in the same place. A password
  belongs in ``~/.pgpass`` (or ``PGPASSFILE``), not in the address: the address is kept in the
  library's settings, and so in its backups.
- **Speaking to it**: ``Connection`` takes the same ``?`` placeholders and ``execute``/``executemany``
  calls as sqlite3's connection, so the union code is written once. ``True``/``False`` are sent as 1/0
  (the union tables keep flags as integers on both databases).
- **One transaction over two files**: ``Library.transaction()`` opens both; SQLite commits first, then
  PostgreSQL. A ``district.union_pending`` mark is written inside the SQLite transaction whenever
  PostgreSQL was written to, and cleared once PostgreSQL has committed: if the PC dies between the
  two commits (or PostgreSQL refuses the commit), the mark is still there at the next start and the
  union catalogue is made again from the replicas (``core.sync.union_rebuild.rebuild``), so nothing counted
  in SQLite is ever missing from the catalogue.
"""

from __future__ import annotations

import logging
import os
import re
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any

from peewee import PostgresqlDatabase

from ..errors import Refused
from ..i18n import QT_TRANSLATE_NOOP
from . import postgres_errors

log = logging.getLogger(__name__)
DSN_SETTING = "district.database"
DSN_ENV = "PUSTAKA_DISTRICT_DATABASE"
PENDING_SETTING = "district.union_pending"
THIS_FILE = False  # the setting once the officer chose this file: the variable no longer decides (JSON false)
REBUILD_SETTING = "district.union_rebuild"  # core.sync.union_rebuild makes the derived tables again when true


def is_postgres_dsn(dsn: str) -> bool:
    return dsn.startswith(("postgresql://", "postgres://")) or ("dbname=" in dsn and "=" in dsn)


@lru_cache(maxsize=1024)
def _translate(sql: str) -> str:
    """sqlite3's ``?`` placeholders as psycopg's ``%s`` (a literal ``%`` doubled)."""
    return sql.replace("%", "%%").replace("?", "%s")


class _Database(PostgresqlDatabase):
    """peewee's PostgreSQL database on psycopg 3, given any libpq address (URI or ``key=value``). A failure
    a person can act on (the server stopped, no right, its disk full...) is raised as a
    ``postgres_errors.DistrictDatabaseError`` in words, the driver's error as its cause; anything else (a bug)
    as the driver raised it."""

    def _connect(self):
        import psycopg
        from psycopg.types.numeric import IntDumper

        try:
            conn = psycopg.connect(self.database, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            raise postgres_errors.worded(exc, self.database) from exc
        old = postgres_errors.too_old(conn.info.server_version)
        if old is not None:
            conn.close()
            raise old
        conn.adapters.register_dumper(bool, IntDumper)  # flags are integers on both databases
        return conn

    @contextmanager
    def in_words(self) -> Iterator[None]:
        """A failure of the database (rather than of the code) inside the block raised in the officer's words."""
        try:
            yield
        except Exception as exc:
            if isinstance(exc, postgres_errors.DistrictDatabaseError) or postgres_errors.driver_error(exc) is None:
                raise
            found = postgres_errors.worded(exc, self.database)
            if found.kind == postgres_errors.OTHER:
                raise
            raise found from exc

    def execute_sql(self, sql, params=None, *args, **kwargs):
        with self.in_words():
            return super().execute_sql(sql, params, *args, **kwargs)

    def begin(self, *args, **kwargs):
        with self.in_words():
            return super().begin(*args, **kwargs)

    def commit(self):
        with self.in_words():
            return super().commit()

    def rollback(self):
        with self.in_words():
            return super().rollback()


class Connection:
    """The current thread's PostgreSQL connection, spoken to like sqlite3's."""

    def __init__(self, store: Store) -> None:
        self._store = store

    def execute(self, sql: str, params: Any = ()) -> Any:
        if not sql.lstrip()[:6].upper() == "SELECT":
            self._store.local.touched = True
        with self._store.db.in_words():
            cursor = self._store.db.cursor()
            cursor.execute(_translate(sql), params if params else None)
        return cursor

    def executemany(self, sql: str, rows: Any) -> Any:
        rows = list(rows)
        with self._store.db.in_words():
            cursor = self._store.db.cursor()
            if rows:
                self._store.local.touched = True
                cursor.executemany(_translate(sql), rows)
        return cursor


class Store:
    """A district's PostgreSQL database (peewee's ``PostgresqlDatabase``, one connection per thread)."""

    kind = "postgresql"

    def __init__(self, dsn: str) -> None:
        self.dsn = dsn
        self.db = _Database(dsn, prefer_psycopg3=True)
        self.conn = Connection(self)
        self.local = threading.local()  # per thread, like the connections: written since the transaction began
        self.schema_checked = False  # core.sync.dialect brings the tables up to date once per connection

    def close(self) -> None:
        if not self.db.is_closed():
            self.db.close()

    def transaction(self, sqlite_db) -> _Both:
        self.revive()
        return _Both(sqlite_db, self)

    def revive(self) -> None:
        """After the server restarted (or dropped this thread's connection): the dead connection is let
        go, and the next statement connects again."""
        db = self.db
        if db.is_closed() or db.in_transaction():
            return
        try:  # psycopg learns of a dropped connection only when it next speaks: one cheap round trip
            db.connection().execute("SELECT 1")
        except Exception:  # noqa: BLE001 - any failure of the old connection: a new one is made
            db.close()


def _mark(sqlite_db, value: str) -> None:
    sqlite_db.execute_sql("INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET "
                          "value = excluded.value", (PENDING_SETTING, value))


class _Both:
    """SQLite's and PostgreSQL's transactions as one (see the module's notes)."""

    def __init__(self, sqlite_db, store: Store) -> None:
        self.sqlite_db, self.store = sqlite_db, store

    def __enter__(self):
        self.outer = not self.sqlite_db.in_transaction()
        if self.outer:
            self.store.local.touched = False
        self.pg = self.store.db.atomic()
        self.pg.__enter__()
        self.lite = self.sqlite_db.atomic()
        try:
            return self.lite.__enter__()
        except BaseException:
            self.pg.__exit__(*sys.exc_info())
            raise

    def __exit__(self, kind, value, tb) -> bool:
        marked = False
        try:
            if kind is None and self.outer and getattr(self.store.local, "touched", False):
                _mark(self.sqlite_db, "true")
                marked = True
            self.lite.__exit__(kind, value, tb)
        except BaseException:
            self.pg.__exit__(*sys.exc_info())
            raise
        try:
            self.pg.__exit__(kind, value, tb)
        except BaseException:
            if marked:  # SQLite has it, PostgreSQL not: make the catalogue again from the replicas
                with self.sqlite_db.atomic():
                    _mark(self.sqlite_db, "false")
                    self.sqlite_db.execute_sql(
                        "INSERT INTO setting (key, value) VALUES (?, 'true') ON CONFLICT (key) DO UPDATE SET "
                        "value = excluded.value", (REBUILD_SETTING,))
            raise
        if marked:
            _mark(self.sqlite_db, "false")
        return False


def configured_dsn(setting_value: Any) -> str:
    """The PostgreSQL address to use ('' = this file): the district setting, else the environment."""
    if isinstance(setting_value, str) and setting_value.strip():
        return setting_value.strip()
    if setting_value is THIS_FILE:
        return ""
    return variable_dsn()


def variable_dsn() -> str:
    """The address ``PUSTAKA_DISTRICT_DATABASE`` names on this PC ('' when not set)."""
    return os.environ.get(DSN_ENV, "").strip()


def chosen_in_file(setting_value: Any) -> bool:
    """Whether the officer's choice is saved in the file (then the variable does not decide)."""
    return setting_value is THIS_FILE or (isinstance(setting_value, str) and bool(setting_value.strip()))


def same_database(one: str, other: str) -> bool:
    """Whether two addresses name one database (the server, port, database and user compared; a port left out
    is 5432, as libpq takes it)."""
    return postgres_errors.where(one) == postgres_errors.where(other)


def open_store(dsn: str) -> Store:
    """Connect, or a ``Refused`` that says why not (an interrupted two-file commit found in the SQLite
    file is the caller's: ``recover``)."""
    store = Store(dsn)
    try:
        store.db.connect(reuse_if_open=True)
    except Exception as exc:  # noqa: BLE001 - the driver's errors, worded for the officer
        raise unreachable(exc, dsn) from None
    return store


def unreachable(exc: BaseException, dsn: str = "") -> Refused:
    """Why the district database at ``dsn`` cannot be used, in words (the driver's own go to the log)."""
    if isinstance(exc, ImportError):
        return Refused(QT_TRANSLATE_NOOP("Errors", "PostgreSQL support is not installed on this PC (pip install "
                                                   "'pustaka-desktop[hub]')."), reason="postgresql")
    found = postgres_errors.explain(exc, dsn) or postgres_errors.worded(exc, dsn)
    log.info("district database %s: %s", mask(dsn), found.details or postgres_errors.technical(exc))
    return found


def mask(dsn: str) -> str:
    """An address fit to show or log: its password hidden."""
    return re.sub(r"(password\s*=\s*)\S+", r"\1***", re.sub(r"(://[^:/@]+:)[^@]*@", r"\1***@", dsn))


def recover(sqlite_db) -> None:
    """A two-file commit that did not finish last time: the union catalogue is made again."""
    row = sqlite_db.execute_sql("SELECT value FROM setting WHERE key = ?", (PENDING_SETTING,)).fetchone()
    if row and row[0] == "true":
        with sqlite_db.atomic():
            _mark(sqlite_db, "false")
            sqlite_db.execute_sql("INSERT INTO setting (key, value) VALUES (?, 'true') ON CONFLICT (key) DO UPDATE "
                                  "SET value = excluded.value", (REBUILD_SETTING,))
