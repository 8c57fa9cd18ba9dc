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


MIGRATIONS: list[tuple[int, Callable[[SqliteDatabase], None]]] = [
    (1, _m0001_initial),
]

LATEST = MIGRATIONS[-1][0]
