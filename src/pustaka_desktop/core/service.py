"""``Library``: one open library database with its clock and version clock. Every core function
takes it as its first argument instead of reading globals, so tests can hold several libraries
(a village and its district) and move time freely."""

from __future__ import annotations

import json
import uuid
import weakref
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from peewee import SqliteDatabase

from .settings import get_setting, set_setting
from .store import db as dbmod
from .store import postgres
from .store.clock import Clock, SystemClock
from .store.hlc import HybridLogicalClock
from .store.models import ALL_MODELS, LibraryProfile, Setting

SITE_KEY = "site_id"
STATS_KEY = "statistics_refreshed_on"


_OPEN: weakref.WeakSet = weakref.WeakSet()


def library_of(db) -> Library | None:
    """The open library whose database is ``db`` (the refused-action audit finds its clock this way)."""
    for lib in list(_OPEN):
        if lib.db is db:
            return lib
    return None


class Library:
    def __init__(self, db: SqliteDatabase, path: Path, clock: Clock) -> None:
        _OPEN.add(self)
        self.db = db
        self.path = path
        self.clock = clock
        with self.bound():
            self.site_id = _ensure_site_id(db)
            last = latest_version(db)
            self._union_dsn = self._chosen_union_dsn()
        self.hlc = HybridLogicalClock(clock, self.site_id, last)
        self.union_store: postgres.Store | None = None  # a district hub's PostgreSQL (core.sync.dialect)
        self._district: bool | None = None  # (known once the file holds its library: ``_follow_union_choice``)
        self._refresh_statistics_daily()

    @classmethod
    def open(cls, path: str | Path, clock: Clock | None = None) -> Library:
        path = Path(path)
        return cls(dbmod.open_database(path), path, clock or SystemClock())

    def _refresh_statistics_daily(self) -> None:
        """Once a day, on the first open: the catalogue grows, and the planner must know it."""
        today = self.clock.now().date().isoformat()
        with self.bound():
            if get_setting(STATS_KEY) == today:
                return
            dbmod.refresh_statistics(self.db)
            set_setting(STATS_KEY, today)

    def close(self) -> None:
        if self.union_store is not None:
            self.union_store.close()
            self.union_store = None
        if not self.db.is_closed():
            dbmod.checkpoint(self.db)  # the one .sqlite3 file is the whole library once the app closes
            self.db.close()

    def checkpoint(self) -> bool:
        """Fold the write-ahead log into the database file (the app calls this when idle, and before
        any copy of the file); False when another job kept part of it for now."""
        return dbmod.checkpoint(self.db)

    @contextmanager
    def bound(self) -> Iterator[Library]:
        """Point the models at this library's database for the block (for code that holds several
        libraries at once; a single open library is bound already)."""
        with self.db.bind_ctx(ALL_MODELS):
            yield self

    def activate(self) -> None:
        """Make this library the one the models use (after another was bound)."""
        self.db.bind(ALL_MODELS)

    def transaction(self, immediate: bool = False):
        """One transaction; on a district hub whose union catalogue is in PostgreSQL, over both files.
        ``immediate``: it takes the file's write lock at its start (SQLite's BEGIN IMMEDIATE), waiting for
        another writer to finish, so what it reads is still true when it writes. Without it, a transaction that
        read before another program or thread wrote cannot write at all ("database is locked" at once, however
        long SQLite would wait): two phones renewing together got the web's "busy" page."""
        if not self.db.in_transaction():
            self._follow_union_choice()
        if self._union_dsn and self.union_store is None and not self.db.in_transaction():
            self.use_union_database(self._union_dsn)
        store = self.union_store
        if store is not None:
            return store.transaction(self.db)
        return self.db.atomic(lock_type="IMMEDIATE") if immediate else self.db.atomic()

    def use_union_database(self, dsn: str) -> None:
        """Keep the district's union catalogue and figures in PostgreSQL at ``dsn`` ('' = this file).
        Only a district library does; a failure to connect is raised in words (``core.store.postgres_errors``)."""
        self._union_dsn = dsn
        if self.union_store is not None:
            self.union_store.close()
            self.union_store = None
        with self.bound():
            if not dsn or not self.is_district:
                return
        postgres.recover(self.db)
        self.union_store = postgres.open_store(dsn)

    def _follow_union_choice(self) -> None:
        """A district's union catalogue where the file now says it is. Another program on this PC may have moved it
        since this one opened the file (the officer brought it back in the app while ``hub serve`` ran): a bundle
        the hub applied afterwards went on into the old place, and the catalogue was split without a word. One
        read of a setting before each transaction, for a district only."""
        if self._district is None:
            row = self.db.execute_sql("SELECT kind FROM library_profile WHERE site = ? AND deleted = 0",
                                      [self.site_id]).fetchone()
            if row is None:
                return  # (no library in the file yet)
            self._district = row[0] == "district"
        if not self._district:
            return
        dsn = self._chosen_union_dsn()
        if dsn != self._union_dsn:
            self.use_union_database(dsn)

    def _chosen_union_dsn(self) -> str:
        """Where the file says the union catalogue is ('' = this file; ``postgres.configured_dsn``), read with this
        library's own connection whichever library the models are bound to."""
        row = self.db.execute_sql("SELECT value FROM setting WHERE key = ?", [postgres.DSN_SETTING]).fetchone()
        return postgres.configured_dsn(None if row is None else json.loads(row[0]))

    def union_db(self):
        """The peewee database holding the district's union catalogue and figures: this file, or the
        district's PostgreSQL (connected on first use)."""
        if self._union_dsn and self.union_store is None and not self.db.in_transaction():
            self.use_union_database(self._union_dsn)
        return self.db if self.union_store is None else self.union_store.db

    @property
    def profile(self) -> LibraryProfile | None:
        return LibraryProfile.get_or_none((LibraryProfile.site == self.site_id) & (LibraryProfile.deleted == False))  # noqa: E712

    @property
    def is_initialised(self) -> bool:
        return self.profile is not None

    @property
    def is_district(self) -> bool:
        profile = self.profile
        return profile is not None and profile.kind == "district"


def latest_version(db: SqliteDatabase) -> str | None:
    """The version the clock starts from: the newest change stamped by this PC's own clock. Edits
    stamped just after a row that came from a PC whose clock ran ahead (``hlc.tick_after``) carry that
    PC's future time and are left out, so they cannot drag this clock into the future on restart."""
    row = db.execute_sql(
        "SELECT max(version) FROM change_log WHERE CAST(substr(version, 1, 13) AS INTEGER) "
        "<= CAST(strftime('%s', at) AS INTEGER) * 1000 + 600000").fetchone()
    return row[0] if row else None


def _ensure_site_id(db: SqliteDatabase) -> str:
    """A site id is made once per database, the first time it is opened."""
    with db.atomic():
        row = Setting.get_or_none(Setting.key == SITE_KEY)
        if row is not None:
            return row.value.strip('"')
        site = str(uuid.uuid4())
        Setting.create(key=SITE_KEY, value=f'"{site}"')
        return site
