"""Numbered schema migrations. Each runs once, in order, after an automatic backup (core.db).

Rules for whoever adds one: never edit a migration that has shipped; add the next number. A
migration gets the open peewee database and runs inside one transaction with the version bump.
"""

from __future__ import annotations

from collections.abc import Callable

from peewee import SqliteDatabase

from . import models


def _m0001_initial(db: SqliteDatabase) -> None:
    db.create_tables(models.ALL_MODELS)
    # District union catalogue search (core.sync.union): title, authors, ISBN, publisher.
    db.execute_sql(
        "CREATE VIRTUAL TABLE IF NOT EXISTS union_record_fts USING fts5("
        "title, authors, isbn, publisher, content='union_record', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 2')"
    )


MIGRATIONS: list[tuple[int, Callable[[SqliteDatabase], None]]] = [
    (1, _m0001_initial),
]

LATEST = MIGRATIONS[-1][0]
