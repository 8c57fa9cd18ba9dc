"""Where data lives: the platformdirs user data dir, unless --db or PUSTAKA_DB says otherwise."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path, user_log_path

APP_NAME = "Pustaka"
APP_AUTHOR = "Pustaka"
DB_ENV = "PUSTAKA_DB"


def data_dir() -> Path:
    return user_data_path(APP_NAME, APP_AUTHOR)


def log_dir() -> Path:
    return user_log_path(APP_NAME, APP_AUTHOR)


def default_db_path() -> Path:
    return data_dir() / "pustaka.sqlite3"


def resolve_db_path(cli_value: str | os.PathLike | None = None) -> Path:
    """--db wins, then the PUSTAKA_DB environment variable, then the user data dir."""
    if cli_value:
        return Path(cli_value).expanduser().resolve()
    if os.environ.get(DB_ENV):
        return Path(os.environ[DB_ENV]).expanduser().resolve()
    return default_db_path()


def backup_dir(db_path: Path) -> Path:
    """Backups live beside the database they protect."""
    return db_path.parent / f"{db_path.stem}-backups"


def key_dir(db_path: Path) -> Path:
    """The site's sync key and instance file live beside the database, never inside it."""
    return db_path.parent / f"{db_path.stem}-keys"
