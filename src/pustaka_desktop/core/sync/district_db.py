"""Where the district keeps its union catalogue and figures, as the district officer decides it
(``pustaka-cli district db``, ``hub serve --database``): this library's own SQLite file, or a PostgreSQL
database when the district outgrew one PC, with the catalogue already built moved along. The SQL
differences are ``dialect``'s; connecting and the two-file transaction are ``core.store.postgres``'s."""

from __future__ import annotations

from .. import auth
from ..errors import Refused, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..settings import get_setting, set_setting
from ..store import postgres
from ..store.models import Staff
from ..store.postgres import mask, unreachable
from . import dialect, union_rebuild


def use_database(lib: Library, by: Staff, dsn: str, move: bool = False) -> dict[str, int]:
    """Keep the district's union catalogue and figures in PostgreSQL at ``dsn`` (its tables made when
    missing), or back in this file (``dsn`` ''). ``move`` copies the catalogue this file holds into an
    empty PostgreSQL database; without it, a catalogue here and an empty database there is refused (the
    officer must say which). Returns the rows copied per table."""
    auth.require(by, "sync.manage")
    if not lib.is_district:
        raise Refused(QT_TRANSLATE_NOOP("Errors", "Only a district office keeps a union catalogue."),
                      reason="not_district")
    dsn = (dsn or "").strip()
    copied: dict[str, int] = {}
    if dsn:
        if not postgres.is_postgres_dsn(dsn):
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "{dsn} is not a PostgreSQL address (postgresql://USER@HOST/DATABASE)."), field="dsn",
                dsn=mask(dsn))
        target = postgres.open_store(dsn)
        try:
            dialect.create_schema(target)
            there = int(target.db.execute_sql("SELECT count(*) FROM union_record").fetchone()[0])
        except Exception as exc:  # noqa: BLE001 - the driver's errors (no right to create tables...), worded
            target.close()
            raise unreachable(exc, dsn) from None
        try:
            here = int(lib.db.execute_sql("SELECT count(*) FROM union_record").fetchone()[0])
            if move and there:
                raise Refused(QT_TRANSLATE_NOOP("Errors", "That PostgreSQL database already holds a union catalogue "
                                                          "({count} records): move into an empty one."),
                              reason="not_empty", count=there)
            if not move and here and not there and lib.union_store is None:
                raise Refused(QT_TRANSLATE_NOOP("Errors", "This file holds a union catalogue of {count} records: "
                                                          "add --move to copy it into PostgreSQL."),
                              reason="move_needed", count=here)
            if move:
                copied = dialect.move_to(lib, target)
        finally:
            target.close()
    with lib.transaction():
        set_setting(postgres.DSN_SETTING, dsn)
        if not dsn:  # what this file kept is older than the catalogue that grew elsewhere: made again
            set_setting(postgres.REBUILD_SETTING, True)
        auth.audit(lib, by, "sync.union_database", "setting", postgres.DSN_SETTING,
                   kind="postgresql" if dsn else "sqlite", where=mask(dsn), moved=sum(copied.values()))
    lib.use_union_database(dsn)
    union_rebuild.ensure_current(lib)
    return copied


def kept_elsewhere(lib: Library) -> str:
    """The address (password hidden) of the PostgreSQL database a district keeps its union catalogue
    in, which this file's backups do not hold; '' when it lives in this file. Read without connecting."""
    if not lib.is_district:
        return ""
    dsn = postgres.configured_dsn(get_setting(postgres.DSN_SETTING))
    return mask(dsn) if dsn else ""
