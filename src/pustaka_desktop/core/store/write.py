"""The one write path for synced tables.

Every insert, update and delete of a ``SyncModel`` row goes through here: in one transaction it
changes the row, stamps a new hybrid-logical-clock version, and appends to the change log that sync
exports. Nothing else writes synced tables (sync's import applies remote changes through
``core.sync``, which keeps the remote versions).
"""

from __future__ import annotations

import functools
import json
import os
import struct
import threading
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import date
from itertools import repeat
from operator import itemgetter
from typing import Any, TypeVar

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    Field,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
    fn,
)

from ..service import Library
from . import log_lines
from .batches import marks, parts
from .hlc import COUNTER_MAX, TIME_ORDER, Version
from .models import ChangeLog, SyncModel

M = TypeVar("M", bound=SyncModel)
_UNSET = object()
BOOKKEEPING = frozenset({"id", "uid", "origin", "version", "deleted", "created_at", "updated_at", "field_versions"})
_BOOKKEEPING_BUT_UID = BOOKKEEPING - {"uid"}


def new_uid() -> str:
    return new_uids(1)[0]


_MASK_60 = (1 << 60) - 1
_newest = [0, 0]  # the millisecond and the counted random part of the newest uid made here
_newest_lock = threading.Lock()


def new_uids(count: int) -> list[str]:
    """``count`` new row uids in ascending order: time-ordered version-7 UUIDs as text (RFC 9562: 48
    bits of milliseconds, then 74 bits that start random and count on by a random step within the
    same millisecond, so each uid is above the one made before it here).

    Order matters for writing: the uid index is UNIQUE, so it is kept up row by row even in a bulk
    import, and random (version-4) uids landed on every page of it again and again; these go at its
    end. Nothing reads meaning into a uid: it stays an opaque unique text (older rows keep theirs)."""
    steps = os.urandom(4 * count)
    with _newest_lock:
        ms = max(time.time_ns() // 1_000_000, _newest[0])
        # a new millisecond starts at a random 71-bit number: room to count on by 2**32 steps
        counted = _newest[1] if ms == _newest[0] else int.from_bytes(os.urandom(9), "big") >> 1
        made = []
        stamp = f"{ms:012x}"
        head = f"{stamp[:8]}-{stamp[8:]}-7"  # (the same millisecond for the whole call: written once)
        # (the steps unpacked at once, each uid written in one format: an import makes one a row)
        for step in struct.unpack(f">{count}I", steps):
            counted += 1 + step
            low = f"{counted & _MASK_60:015x}"  # (counted >> 62 is 3 hex digits: 71 random bits, stepped on)
            made.append(f"{head}{counted >> 62:03x}-{8 | (counted >> 60) & 3:x}{low[:3]}-{low[3:]}")
        _newest[:] = [ms, counted]
    return made


def _next_seq(lib: Library) -> int:
    _flush_log(lib)  # lines queued by store.transaction take their numbers first
    last = ChangeLog.select(fn.MAX(ChangeLog.seq)).where(ChangeLog.origin == lib.site_id).scalar()
    return (last or 0) + 1


def last_seq(lib: Library) -> int:
    """The number of this site's newest change-log line (0 before any), the lines a ``transaction`` queued
    written first: an import notes it before and after its writes, so the lines between are its own
    (core.interop.import_undo reads them to take the import back)."""
    return _next_seq(lib) - 1


# One statement takes the next number and writes the line (the (origin, seq) index answers MAX at
# once); written as fixed SQL because every desk scan logs two or three changes.
_LOG_SQL = ('INSERT INTO "change_log" ("origin", "seq", "entity", "row_uid", "op", "version", "fields", "at") '
            'SELECT ?, COALESCE(MAX("seq"), 0) + 1, ?, ?, ?, ?, ?, ? FROM "change_log" WHERE "origin" = ?')
_AT = ChangeLog._meta.fields["at"]


def _log(lib: Library, model: type[SyncModel], uid: str, op: str, version: str, fields: list[str] | None) -> None:
    line = [model._meta.table_name, uid, op, version, json.dumps(fields) if fields else "", None]
    pending = getattr(lib, "_pending_log", None)
    if pending is not None:  # inside store.transaction: written with the others at its end (and time)
        pending.append(line)
        return
    line[-1] = _AT.db_value(lib.clock.now())
    lib.db.execute_sql(_LOG_SQL, (lib.site_id, *line, lib.site_id))


# Several lines in one statement: the next numbers counted on from one MAX (SQLite reads the SELECT in
# full before it inserts, so every line sees the same MAX).
_LOG_LINES_SQL: dict[int, str] = {}


def _log_lines_sql(count: int) -> str:
    sql = _LOG_LINES_SQL.get(count)
    if sql is None:
        values = ", ".join(f"({n}, ?, ?, ?, ?, ?, ?)" for n in range(1, count + 1))
        sql = _LOG_LINES_SQL[count] = (
            'INSERT INTO "change_log" ("origin", "seq", "entity", "row_uid", "op", "version", "fields", "at") '
            "SELECT ?1, m.s + v.column1, v.column2, v.column3, v.column4, v.column5, v.column6, v.column7 "
            'FROM (SELECT COALESCE(MAX("seq"), 0) AS s FROM "change_log" WHERE "origin" = ?1) AS m, '
            f"(VALUES {values}) AS v ORDER BY v.column1")
    return sql


def _flush_log(lib: Library) -> None:
    """Write the change-log lines ``store.transaction`` collected so far (in the order they were made)."""
    pending = getattr(lib, "_pending_log", None)
    if not pending:
        return
    at = _AT.db_value(lib.clock.now())  # the lines of one transaction share its time
    for line in pending:
        line[-1] = at
    if len(pending) == 1:
        lib.db.execute_sql(_LOG_SQL, (lib.site_id, *pending[0], lib.site_id))
    else:
        lib.db.execute_sql(_log_lines_sql(len(pending)), (lib.site_id, *(v for line in pending for v in line)))
    pending.clear()


@contextmanager
def transaction(lib: Library) -> Iterator[None]:
    """One transaction for several writes (a loan, its copy, a fine...) whose change-log lines are
    written together at its end, in one statement, instead of one statement (and a savepoint) per write.

    Safe without a savepoint per write: a write is one statement, which SQLite applies whole or not
    at all, and its line is queued only after it succeeded; nothing reads the log in between
    (``insert_many``/``update_many`` write what is queued first). Inside a caller's transaction
    the block is a savepoint, so an error caught by the caller cannot keep rows without their lines."""
    if getattr(lib, "_pending_log", None) is not None:  # already collecting: one block
        yield
        return
    db = lib.db
    outer = db.in_transaction()
    lib._pending_log = []
    try:
        if outer:
            db.execute_sql('SAVEPOINT "store_batch"')
            try:
                yield
                _flush_log(lib)
            except BaseException:
                db.execute_sql('ROLLBACK TO SAVEPOINT "store_batch"')
                db.execute_sql('RELEASE SAVEPOINT "store_batch"')
                raise
            db.execute_sql('RELEASE SAVEPOINT "store_batch"')
        else:
            with lib.transaction():
                yield
                _flush_log(lib)
    finally:
        lib._pending_log = None


@contextmanager
def _atomic(lib: Library) -> Iterator[None]:
    """One write and its change-log line, all or nothing. Inside the caller's transaction this is a
    savepoint with a fixed name: peewee names each savepoint afresh, and a new SQL text per write
    pushed the desk's prepared statements out of sqlite3's statement cache. Inside
    ``store.transaction`` no savepoint is needed (see there)."""
    db = lib.db
    if getattr(lib, "_pending_log", None) is not None:
        yield
        return
    if not db.in_transaction():
        with db.atomic():
            yield
        return
    db.execute_sql('SAVEPOINT "store_write"')
    try:
        yield
    except BaseException:
        db.execute_sql('ROLLBACK TO SAVEPOINT "store_write"')
        db.execute_sql('RELEASE SAVEPOINT "store_write"')
        raise
    db.execute_sql('RELEASE SAVEPOINT "store_write"')


# Fixed INSERT / UPDATE statements per table and set of columns, each built once (sqlite3 keeps them
# prepared): building the SQL with peewee's query builder cost more than the write itself.
@functools.cache
def _insert_sql(model: type[SyncModel], names: tuple[str, ...]) -> str:
    columns = ", ".join(f'"{model._meta.fields[name].column_name}"' for name in names)
    return f'INSERT INTO "{model._meta.table_name}" ({columns}) VALUES ({", ".join("?" * len(names))})'


@functools.cache
def _update_sql(model: type[SyncModel], names: tuple[str, ...]) -> str:
    columns = ", ".join(f'"{model._meta.fields[name].column_name}" = ?' for name in names)
    return f'UPDATE "{model._meta.table_name}" SET {columns} WHERE "id" = ?'


def _insert_row(lib: Library, row: SyncModel) -> None:
    model = type(row)
    data = row.__data__
    names = tuple(name for name in data if name != "id")
    fields = model._meta.fields
    cursor = lib.db.execute_sql(_insert_sql(model, names), [fields[name].db_value(data[name]) for name in names])
    row.id = cursor.lastrowid
    row._dirty.clear()


def _update_row(lib: Library, row: SyncModel, names: tuple[str, ...]) -> None:
    model = type(row)
    fields = model._meta.fields
    data = row.__data__
    lib.db.execute_sql(_update_sql(model, names), [*(fields[name].db_value(data.get(name)) for name in names), row.id])
    row._dirty.difference_update(names)


def insert(lib: Library, model: type[M], **fields: Any) -> M:
    _refuse_bookkeeping(fields, allow={"uid"})
    now = lib.clock.now()
    with _atomic(lib):
        version = lib.hlc.tick()
        row = model(
            uid=fields.pop("uid", None) or new_uid(),
            origin=lib.site_id,
            version=version,
            created_at=now,
            updated_at=now,
            **fields,
        )
        _insert_row(lib, row)
        _log(lib, model, row.uid, "insert", version, None)
    return row


def _versions(lib: Library, count: int) -> list[str]:
    """``count`` new versions in a row, as ``count`` calls of ``lib.hlc.tick()`` would make them when
    they fall in one millisecond (the clock's counter steps on): one tick, the rest counted on from
    it, and the clock told the last one, so its next tick sorts after them all. A bulk write's rows
    get distinct, increasing stamps without a clock call (and a Version object) per row."""
    if count <= 0:
        return []
    first = Version.parse(lib.hlc.tick())
    wall, counter, site = first.wall_ms, first.counter, first.site
    out = []
    for _ in range(count):
        out.append(f"{wall:013d}-{counter:04x}-{site}")
        if counter >= COUNTER_MAX:
            wall, counter = wall + 1, 0
        else:
            counter += 1
    lib.hlc.observe(out[-1])
    return out


def _after(old: str, mine: str) -> str:
    """``mine`` when it sorts after ``old`` (the usual case), else what ``hlc.tick_after`` gives:
    just after ``old`` (a row last changed on a PC whose clock runs ahead)."""
    if old[TIME_ORDER] < mine[TIME_ORDER]:  # text order is time order
        return mine
    try:
        seen, made = Version.parse(old), Version.parse(mine)
    except ValueError:
        return mine
    if (seen.wall_ms, seen.counter) < (made.wall_ms, made.counter):
        return mine
    wall, counter = (seen.wall_ms + 1, 0) if seen.counter >= COUNTER_MAX else (seen.wall_ms, seen.counter + 1)
    return str(Version(wall, counter, made.site))


_LOG_MANY_SQL = ('INSERT INTO "change_log" ("origin", "seq", "entity", "row_uid", "op", "version", "fields", "at") '
                 'VALUES (?, ?, ?, ?, ?, ?, ?, ?)')


def insert_many(lib: Library, model: type[SyncModel], rows: Iterable[dict[str, Any]], batch: int = 5000) -> list[str]:
    """Bulk insert (imports, demo data): same stamping and logging, far fewer round trips.
    Returns the new rows' uids in order. Call it inside the caller's transaction.

    Rows may carry different sets of fields: a field a row leaves out gets the model's default (or
    NULL where the column allows it), like ``Model.create``. The rows are written with one prepared
    statement per batch (``executemany``), not as generated SQL: building a multi-row INSERT in
    peewee cost ~90 % of an import's write time. Each batch is one change-log line, a range of the rows
    it wrote (``log_lines.INSERT_RANGE``), not a line a row; the versions are counted on from one clock
    tick (``_versions``)."""
    now = lib.clock.now()
    at = _AT.db_value(now)
    uids: list[str] = []
    chunk: list[dict[str, Any]] = []
    spare: list[str] = []  # new uids, made 16, 32, 64 ... up to a batch at a time
    made = 8
    with lib.transaction():
        seq = _next_seq(lib)
        entity = model._meta.table_name
        site = lib.site_id
        stamps = {"origin": site, "created_at": now, "updated_at": now}  # (every row's: one column each)
        cursor = lib.db.cursor()

        def flush() -> None:
            nonlocal seq
            if not chunk:
                return
            versions = _versions(lib, len(chunk))
            for row, version in zip(chunk, versions, strict=True):
                row["version"] = version
            # the rows get the ids after the highest (INTEGER PRIMARY KEY), one after the other: the range
            before = cursor.execute(f'SELECT coalesce(max("id"), 0) FROM "{entity}"').fetchone()[0]
            _execute_many(cursor, model, chunk, stamps)
            last = cursor.execute(f'SELECT max("id") FROM "{entity}"').fetchone()[0]
            if last - before != len(chunk):  # (cannot happen: nothing else writes inside the transaction)
                raise RuntimeError(f"{entity}: ids {before + 1}..{last} for {len(chunk)} new rows")
            cursor.execute(_LOG_MANY_SQL, (site, seq, entity, "", log_lines.INSERT_RANGE, versions[-1],
                                           log_lines.range_fields(before + 1, last, versions[0]), at))
            seq += 1
            chunk.clear()

        for fields in rows:
            if not _BOOKKEEPING_BUT_UID.isdisjoint(fields):
                _refuse_bookkeeping(fields, allow={"uid"})
            row = dict(fields)  # (the caller's dict is not changed)
            if not row.get("uid"):
                if not spare:
                    made = min(batch, made * 2)
                    spare = new_uids(made)[::-1]  # (popped from the end: in order)
                row["uid"] = spare.pop()
            uids.append(row["uid"])
            chunk.append(row)
            if len(chunk) >= batch:
                flush()
        flush()
    return uids


# Field classes whose db_value leaves a value of these types as it is: such columns skip conversion.
_PLAIN: dict[type, frozenset[type]] = {
    CharField: frozenset({str, type(None)}), TextField: frozenset({str, type(None)}),
    IntegerField: frozenset({int, type(None)}), AutoField: frozenset({int, type(None)}),
    BooleanField: frozenset({bool, type(None)}),
}


def _plain_types(field: Field) -> frozenset[type]:
    if isinstance(field, ForeignKeyField):
        return _plain_types(field.rel_field)
    return _PLAIN.get(type(field), frozenset())


def _execute_many(cursor: Any, model: type[Model], rows: list[dict[str, Any]], same: dict[str, Any]) -> None:
    """INSERT ``rows`` (dicts keyed by field name, ``insert_many``'s own: callable defaults are filled
    into them) with one prepared statement; ``same``: the fields every row takes one value of (the
    bookkeeping stamps). Values go through each field's ``db_value`` (foreign keys may be rows or
    ids); a missing field takes its default. Column by column, so the common case (text and integers
    as they are) costs no Python per value."""
    meta = model._meta
    names: set[str] = set(same)
    for row in rows:
        names.update(row)
    unknown = names - set(meta.fields)
    if unknown:
        raise AttributeError(f"{model.__name__} has no field(s) {sorted(unknown)}")
    if not rows:
        return
    defaults = meta.defaults
    columns = [f for f in meta.sorted_fields
               if f.name in names or f in defaults or (f.null and f is not meta.primary_key)]
    fixed: dict[str, Any] = {}  # what a row without the field gets
    made: list[tuple[str, Any]] = []  # callable defaults, called per row
    for f in columns:
        if f in defaults:
            if callable(defaults[f]):
                made.append((f.name, defaults[f]))
            else:
                fixed[f.name] = defaults[f]
        elif f.null:
            fixed[f.name] = None
    if made:
        for row in rows:
            for name, make in made:
                if name not in row:
                    row[name] = make()
    # each column taken from the rows with map (in C: itemgetter, or dict.get with the default), and
    # the columns zipped into the rows' tuples once; only a column holding a value its field must
    # convert (a date, a row for a foreign key) is converted
    count = len(rows)
    by_column: list[list[Any]] = []
    for f in columns:
        name = f.name
        if name in same:
            value = same[name]
            if value.__class__ not in _plain_types(f):
                value = f.db_value(value)
            by_column.append([value] * count)
            continue
        if name in fixed and name not in names:  # no row gives it: every row's is the default, checked once
            value = fixed[name]
            if value.__class__ not in _plain_types(f):
                value = f.db_value(value)
            by_column.append([value] * count)
            continue
        if name in fixed:
            column = list(map(dict.get, rows, repeat(name), repeat(fixed[name])))
        else:
            try:
                column = list(map(itemgetter(name), rows))
            except KeyError:
                raise ValueError(f"Missing value for {model.__name__}.{name}.") from None
        if not set(map(type, column)) <= _plain_types(f):
            column = _converted(column, f.db_value)
        by_column.append(column)
    column_sql = ", ".join(f'"{f.column_name}"' for f in columns)
    marks = ", ".join("?" * len(columns))
    cursor.executemany(f'INSERT INTO "{meta.table_name}" ({column_sql}) VALUES ({marks})',
                       zip(*by_column, strict=True))


_MEMO_TYPES = (date, type(None))  # values that repeat across rows (the same days, no date at all)


def _converted(values: Iterable[Any], db_value: Any) -> list[Any]:
    out = []
    seen: Any = _UNSET
    converted = None
    memo: dict[Any, Any] = {}
    for value in values:
        if value is not seen:  # the same object as the row before (a batch's timestamps): reuse
            seen = value
            if value.__class__ in _MEMO_TYPES:  # (exactly a date: a datetime may carry a zone)
                converted = memo.get(value, _UNSET)
                if converted is _UNSET:
                    converted = memo[value] = db_value(value)
            else:
                converted = db_value(value)
        out.append(converted)
    return out


def update(lib: Library, row: M, **changes: Any) -> M:
    """Change fields of ``row``; only fields whose value really changes are written and logged."""
    _refuse_bookkeeping(changes)
    changed = [name for name, value in changes.items() if _differs(row, name, value)]
    if not changed:
        return row
    with _atomic(lib):
        version = lib.hlc.tick_after(row.version)  # after what it replaces, whatever the clocks
        versions = json.loads(row.field_versions) if row.field_versions else {"*": row.version}
        for name in changed:
            setattr(row, name, changes[name])
            versions[name] = version
        row.version = version
        row.updated_at = lib.clock.now()
        row.field_versions = json.dumps(versions, separators=(",", ":"))
        _update_row(lib, row, (*changed, "version", "updated_at", "field_versions"))
        _log(lib, type(row), row.uid, "update", version, changed)
    return row


def restamp(lib: Library, row: M, names: tuple[str, ...], after: str = "") -> M:
    """Write fields of ``row`` again with the values they hold, under a new version later than the row's own and
    than ``after`` (the version a partner holds of it), so they travel and win there. After a restored backup
    the partner may hold a newer, wrong value (a copy "on loan" the restore forgot), and this PC's version
    clock may be behind it: ``update`` writes nothing when the value is unchanged."""
    _refuse_bookkeeping(dict.fromkeys(names))
    with _atomic(lib):
        version = lib.hlc.tick_after(max(row.version, after))
        versions = json.loads(row.field_versions) if row.field_versions else {"*": row.version}
        versions.update(dict.fromkeys(names, version))
        row.version = version
        row.updated_at = lib.clock.now()
        row.field_versions = json.dumps(versions, separators=(",", ":"))
        _update_row(lib, row, (*names, "version", "updated_at", "field_versions"))
        _log(lib, type(row), row.uid, "update", version, list(names))
    return row


def update_many(lib: Library, model: type[SyncModel], changes: dict[int, dict[str, Any]], batch: int = 5000) -> int:
    """Bulk ``update`` (imports): ``{row id: {field: new value}}``, the same stamping (a version after
    each row's own, per-field versions), with one prepared statement per set of changed fields instead
    of a query and a save per row, and one change-log line a batch naming its rows
    (``log_lines.UPDATE_SPANS``). The caller passes only real changes (values as the field takes them).
    Returns the number of rows changed. Call it inside the caller's transaction.

    The per-field versions are set by SQLite in the UPDATE itself (``json_set`` on the row's
    ``field_versions``, or on ``{"*": its version}`` when it has none), the same JSON ``update`` writes,
    without reading and rewriting each row's JSON in Python."""
    if not changes:
        return 0
    now = lib.clock.now()
    at = _AT.db_value(now)
    meta = model._meta
    entity = meta.table_name
    site = lib.site_id
    updated_at = meta.fields["updated_at"].db_value(now)
    done = 0
    statements: dict[tuple[str, ...], str] = {}
    names_json: dict[tuple[str, ...], str] = {}
    with lib.transaction():
        seq = _next_seq(lib)
        cursor = lib.db.cursor()
        ids = [rid for rid, fields in changes.items() if fields]
        for part in parts(ids, batch):
            current: dict[int, tuple[str, str]] = {}
            for some in parts(part):
                current.update((rid, (uid, version)) for rid, uid, version in cursor.execute(
                    f'SELECT id, uid, version FROM "{entity}" WHERE id IN ({marks(some)})', some))
            part = [rid for rid in part if rid in current]
            groups: dict[tuple[str, ...], list[list[Any]]] = {}
            versions = _versions(lib, len(part))
            spanned: list[int] = []  # the rows stamped with the batch's own versions: one line names them all
            log_rows = []  # (a row stamped after a version from a clock ahead: a line of its own, as update writes)
            for rid, mine in zip(part, versions, strict=True):
                uid, old_version = current[rid]
                names = tuple(sorted(changes[rid]))
                version = _after(old_version, mine)
                row = changes[rid]
                groups.setdefault(names, []).append(
                    [*(meta.fields[name].db_value(row[name]) for name in names), version, updated_at, rid])
                if version == mine:
                    spanned.append(rid)
                else:
                    fields = names_json.get(names)
                    if fields is None:
                        fields = names_json[names] = json.dumps(list(names))
                    log_rows.append((entity, uid, "update", version, fields))
                done += 1
            if spanned:
                log_rows.insert(0, (entity, "", log_lines.UPDATE_SPANS, versions[-1],
                                    log_lines.spans_fields(spanned, versions[0])))
            log_rows = [(site, seq + n, *line, at) for n, line in enumerate(log_rows)]
            seq += len(log_rows)
            for names, params in groups.items():
                sql = statements.get(names)
                if sql is None:
                    k = len(names)
                    columns = ", ".join(f'"{meta.fields[name].column_name}" = ?{n}' for n, name in enumerate(names, 1))
                    paths = ", ".join(f"'$.{name}', ?{k + 1}" for name in names)
                    sql = statements[names] = (
                        f'UPDATE "{entity}" SET {columns}, "version" = ?{k + 1}, "updated_at" = ?{k + 2}, '
                        f'"field_versions" = json_set(coalesce(nullif("field_versions", \'\'), '
                        f'json_object(\'*\', "version")), {paths}) WHERE id = ?{k + 3}')
                cursor.executemany(sql, params)
            if log_rows:
                cursor.executemany(_LOG_MANY_SQL, log_rows)
    return done


def delete(lib: Library, row: SyncModel) -> None:
    """Tombstone, never a hard delete: the deletion must travel, and must win over old edits."""
    if row.deleted:
        return
    with _atomic(lib):
        version = lib.hlc.tick_after(row.version)
        row.deleted = True
        row.version = version
        row.updated_at = lib.clock.now()
        _update_row(lib, row, ("deleted", "version", "updated_at"))
        _log(lib, type(row), row.uid, "delete", version, None)


def _differs(row: SyncModel, name: str, value: Any) -> bool:
    field = row._meta.fields.get(name)
    if field is None:
        raise AttributeError(f"{type(row).__name__} has no field {name}")
    if hasattr(field, "rel_model"):
        current_id = row.__data__.get(name)
        new_id = value.id if isinstance(value, SyncModel) else value
        return current_id != new_id
    return getattr(row, name) != value


def _refuse_bookkeeping(fields: dict[str, Any], allow: frozenset[str] | set[str] = frozenset()) -> None:
    bad = (set(fields) & BOOKKEEPING) - set(allow)
    if bad:
        raise ValueError(f"bookkeeping fields are set by core.store, not by callers: {sorted(bad)}")
