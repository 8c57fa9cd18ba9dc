"""Where the district keeps its union catalogue and figures, as the district officer decides it
(``pustaka-cli district db``, ``hub serve --database``): this library's own SQLite file, or a PostgreSQL
database when the district outgrew one PC, with the catalogue already built moved along. The choice is saved in
the file and wins over ``PUSTAKA_DISTRICT_DATABASE``, which decides only until the officer chose (``place`` says
which did). The SQL differences are ``dialect``'s; connecting and the two-file transaction are
``core.store.postgres``'s."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote, unquote

from .. import auth
from ..errors import Refused, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..jobs import Cancel, Progress
from ..service import Library
from ..settings import get_setting, set_setting
from ..store import pgpass, postgres, postgres_errors
from ..store.models import Staff
from ..store.postgres import mask, unreachable
from . import dialect, union_rebuild


def use_database(lib: Library, by: Staff, dsn: str, move: bool = False, progress: Progress | None = None,
                 cancel: Cancel | None = None) -> dict[str, int]:
    """Keep the district's union catalogue and figures in PostgreSQL at ``dsn`` (its tables made when
    missing), or back in this file (``dsn`` ''). ``move`` copies the catalogue this file holds into an
    empty PostgreSQL database; without it, a catalogue here and an empty database there is refused (the
    officer must say which). While the catalogue lives in another PostgreSQL database, a move (only this file's
    catalogue is ever copied) or a switch to an empty one is refused: bring it back first. The choice is saved in
    the file and wins over PUSTAKA_DISTRICT_DATABASE. Returns the rows copied per table. Cancelled while copying,
    nothing changed."""
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
        # the catalogue on another server now: a move copies this file's (older) one, never that one
        current = postgres.configured_dsn(get_setting(postgres.DSN_SETTING))
        elsewhere = current if current and not postgres.same_database(current, dsn) else ""
        if move and elsewhere:
            raise _bring_back_first(elsewhere)
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
                raise _not_empty(there)
            if not move and not there and elsewhere:  # (the officer would find an empty catalogue there)
                raise _bring_back_first(elsewhere)
            if not move and here and not there and not current:
                raise Refused(QT_TRANSLATE_NOOP("Errors", "This file holds a union catalogue of {count} records: "
                                                          "add --move to copy it into PostgreSQL."),
                              reason="move_needed", count=here)
            if move:
                copied = dialect.move_to(lib, target, progress, cancel)
        finally:
            target.close()
    # only this file is written here: leaving a server needs nothing of it (it may be gone, the very reason to
    # bring the catalogue back)
    with lib.db.atomic():
        set_setting(postgres.DSN_SETTING, dsn or postgres.THIS_FILE)  # (saved: it wins over the variable)
        if not dsn:  # what this file kept is older than the catalogue that grew elsewhere: made again
            set_setting(postgres.REBUILD_SETTING, True)
        auth.audit(lib, by, "sync.union_database", "setting", postgres.DSN_SETTING,
                   kind="postgresql" if dsn else "sqlite", where=mask(dsn), moved=sum(copied.values()))
    lib.use_union_database(dsn)
    union_rebuild.ensure_current(lib)
    return copied


@dataclass(frozen=True)
class Place:
    """Where a district keeps its union catalogue and what decided it, fit to show (passwords hidden)."""

    server: str  # the PostgreSQL database in use; '' = this file
    by_variable: bool  # named by this PC's PUSTAKA_DISTRICT_DATABASE (no choice saved in the file yet)
    unused_variable: str  # what the variable names when the choice saved in the file overrules it, else ''


def place(lib: Library) -> Place:
    """Where the union catalogue is kept, and whether the variable or the saved choice decided. Read without
    connecting."""
    if not lib.is_district:
        return Place("", False, "")
    saved = get_setting(postgres.DSN_SETTING)
    dsn, variable = postgres.configured_dsn(saved), postgres.variable_dsn()
    overruled = variable and postgres.chosen_in_file(saved) and not (dsn and postgres.same_database(dsn, variable))
    return Place(mask(dsn), bool(dsn) and not postgres.chosen_in_file(saved), mask(variable) if overruled else "")


def kept_elsewhere(lib: Library) -> str:
    """The address (password hidden) of the PostgreSQL database a district keeps its union catalogue
    in, which this file's backups do not hold; '' when it lives in this file. Read without connecting."""
    return place(lib).server


def variable_overruled_by(dsn: str) -> str:
    """What this PC's PUSTAKA_DISTRICT_DATABASE names (password hidden) when choosing ``dsn`` overrules it
    (another database); '' when the variable is not set or names that one."""
    variable = postgres.variable_dsn()
    return mask(variable) if variable and not postgres.same_database(variable, dsn) else ""


def _bring_back_first(current: str) -> Refused:
    """A move (or a switch to an empty database) refused while the catalogue lives in another PostgreSQL database:
    only the catalogue in this file is ever copied, so that one's merges and figures would be left behind."""
    if not postgres.chosen_in_file(get_setting(postgres.DSN_SETTING)):
        return Refused(QT_TRANSLATE_NOOP(
            "Errors", "The union catalogue is kept in the PostgreSQL database {where}, which this PC's "
                      "PUSTAKA_DISTRICT_DATABASE variable names: bring it back into this file first, then move it."),
            reason="bring_back_first", where=mask(current))
    return Refused(QT_TRANSLATE_NOOP(
        "Errors", "The union catalogue is kept in the PostgreSQL database {where}: bring it back into this file "
                  "first, then move it."), reason="bring_back_first", where=mask(current))


def _not_empty(count: int) -> Refused:
    """A move refused: the catalogue goes into an empty database only (never merged into another)."""
    return Refused(QT_TRANSLATE_NOOP("Errors", "That PostgreSQL database already holds a union catalogue ({count} "
                                               "records): move into an empty one."), reason="not_empty", count=count)


def address(host: str, port: int, database: str, user: str, password: str = "") -> str:
    """The libpq address (URI) of a PostgreSQL database, from what the officer typed in its fields; the
    password only when given (an address to try, never one to keep: ``use_database`` keeps its address)."""
    host, database, user = host.strip(), database.strip(), user.strip()
    if any(sign in host for sign in ("/", "@", " ")) or host.count(":") == 1:  # (one colon: a port; two: IPv6)
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Type only the server's name or IP address (e.g. 192.168.1.10), without postgresql://, a user "
                      "or a port: those have their own fields."), field="host")
    for value, field, template in (
            (host, "host", QT_TRANSLATE_NOOP("Errors", "Type the name or IP address of the database server.")),
            (database, "database", QT_TRANSLATE_NOOP("Errors", "Type the name of the database on the server.")),
            (user, "user", QT_TRANSLATE_NOOP("Errors", "Type the database user name."))):
        if not value:
            raise ValidationError(template, field=field)
    if not 0 < int(port) < 65536:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The port is a number from 1 to 65535 (PostgreSQL "
                                                          "usually listens on 5432)."), field="port")
    login = quote(user, safe="") + (":" + quote(password, safe="") if password else "")
    server = f"[{host}]" if ":" in host else quote(host, safe=".-_")
    return f"postgresql://{login}@{server}:{int(port)}/{quote(database, safe='')}"


def parts(dsn: str) -> dict[str, str]:
    """host, port, database and user of a kept address (to show in the fields again); never its password."""
    found = postgres_errors.where(dsn)
    return {name: unquote(found[name]) if name != "port" else found[name] for name in ("host", "port", "database",
                                                                                       "user")}


def try_server(by: Staff, host: str, port: int, database: str, user: str, password: str = "") -> int:
    """Connect to the PostgreSQL database the officer typed in (without ``password``: the one the password
    file holds) and let go again; how many union records it already holds. Nothing is kept."""
    auth.require(by, "sync.manage")
    return try_database(address(host, port, database, user, password))


def move_to_server(lib: Library, by: Staff, host: str, port: int, database: str, user: str, password: str = "",
                   progress: Progress | None = None, cancel: Cancel | None = None) -> dict[str, int]:
    """Move the union catalogue built in this file into the (empty) PostgreSQL database typed in. A password
    typed is tried first, then kept in this PC user's password file (``pgpass``), where libpq finds it each time
    Pustaka connects; the library's settings keep only the address without it. Returns the rows copied."""
    auth.require(by, "sync.manage")
    kept = address(host, port, database, user)
    if password:
        there = try_database(address(host, port, database, user, password))
        if there:
            raise _not_empty(there)
        pgpass.remember(host.strip(), int(port), database.strip(), user.strip(), password)
    return use_database(lib, by, kept, move=True, progress=progress, cancel=cancel)


def try_database(dsn: str) -> int:
    """Connect to the PostgreSQL database at ``dsn`` and let go again; how many union records it already
    holds (0 for an empty database). A failure is raised in the officer's words (``postgres_errors``)."""
    target = postgres.open_store(dsn)
    try:
        held, may_create = target.db.execute_sql(
            "SELECT to_regclass('union_record') IS NOT NULL, "
            "coalesce(has_schema_privilege(current_schema(), 'CREATE'), false)").fetchone()
        if not held and not may_create:  # (PostgreSQL 15 lets only the database's owner make tables in it)
            raise postgres_errors.DistrictDatabaseError(postgres_errors.NO_RIGHT, "no CREATE on the schema",
                                                        **postgres_errors.where(dsn))
        return int(target.db.execute_sql("SELECT count(*) FROM union_record").fetchone()[0]) if held else 0
    except postgres_errors.DistrictDatabaseError:
        raise
    except Exception as exc:  # noqa: BLE001 - the driver's errors (no right to read...), worded
        raise unreachable(exc, dsn) from None
    finally:
        target.close()
