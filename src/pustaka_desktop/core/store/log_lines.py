"""What a change-log line names: one row (its ``row_uid``), every row one bulk insert wrote
(``INSERT_RANGE``: the ids ``first``..``last`` of its table), or the rows one bulk update changed
(``UPDATE_SPANS``: runs of ids ``[[first, last], ...]``). A bulk line's rows were stamped with the versions
``from``..the line's own ``version``, nothing else of this site's between them.

A bulk write (an import, the demo) logs one line a batch instead of one line a row: a 50,000-title
move-in wrote 150,000 lines, a quarter of the file and of its writing time, and the item file imported
after the biblio file another 100,000 updates. Sync reads a bulk line's rows back from their table: rows
of synced tables are never deleted, only tombstoned, so an id stays its row. Whatever reads the log for
rows goes through here (``touched_since``, ``waiting``, ``seq_of``)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from .models import ChangeLog

INSERT_RANGE = "insert_range"
UPDATE_SPANS = "update_spans"
INSERTS = ("insert", INSERT_RANGE)  # the ops of lines that add rows: one row, or a run of ids
_BULK = (INSERT_RANGE, UPDATE_SPANS)

Line = tuple[str, str, str, str]  # (entity, row_uid, op, fields) of a change-log line


def range_fields(first: int, last: int, first_version: str) -> str:
    return json.dumps({"first": first, "last": last, "from": first_version}, separators=(",", ":"))


def spans_fields(ids: Iterable[int], first_version: str) -> str:
    """An ``UPDATE_SPANS`` line's fields: ``ids`` as runs of consecutive ids (an import updates copies
    in the order it wrote them: a few runs for thousands of rows)."""
    spans: list[list[int]] = []
    for rid in sorted(ids):
        if spans and rid == spans[-1][1] + 1:
            spans[-1][1] = rid
        else:
            spans.append([rid, rid])
    return json.dumps({"spans": spans, "from": first_version}, separators=(",", ":"))


def _spans(op: str, fields: str) -> list[tuple[int, int]]:
    """The runs of ids a bulk line names."""
    named = json.loads(fields)
    if op == INSERT_RANGE:
        return [(named["first"], named["last"])]
    return [(first, last) for first, last in named["spans"]]


def touched(db: Any, lines: Iterable[Line]) -> dict[str, list[str]]:
    """{table: the uids of its rows the lines name}, each uid once, in the order of the lines."""
    out: dict[str, dict[str, None]] = {}
    for entity, uid, op, fields in lines:
        rows = out.setdefault(entity, {})
        if op not in _BULK:
            rows[uid] = None
            continue
        for first, last in _spans(op, fields):
            rows.update((u, None) for (u,) in db.execute_sql(
                f'SELECT uid FROM "{entity}" WHERE id BETWEEN ? AND ? ORDER BY id', [first, last]))
    return {entity: list(rows) for entity, rows in out.items()}


def _own_lines(origin: str, after: int, upto: int | None) -> Any:
    """``origin``'s change-log lines numbered after ``after`` (up to ``upto``), the clock's own left out."""
    where = (ChangeLog.origin == origin) & (ChangeLog.seq > after) & (ChangeLog.entity != "_clock")
    return ChangeLog.select().where(where if upto is None else where & (ChangeLog.seq <= upto))


def of_import(origin: str, log: tuple[int, int] | list[int]) -> Any:
    """The change-log lines an import wrote, ``log`` = (first, last) as its audit line names them
    (``interop.undoable_import``): (entity, uid, op, fields, version), in order."""
    first, last = log
    return _own_lines(origin, first - 1, last).select(
        ChangeLog.entity, ChangeLog.row_uid, ChangeLog.op, ChangeLog.fields, ChangeLog.version).order_by(ChangeLog.seq)


def added(db: Any, lines: Iterable[tuple[Any, ...]]) -> dict[str, list[str]]:
    """{table: the uids of the rows the lines (entity, uid, op, fields, ...) added}."""
    return touched(db, [line[:4] for line in lines if line[2] in INSERTS])


def touched_since(db: Any, origin: str, after: int, upto: int) -> dict[str, list[str]]:
    """{table: uids} of the rows ``origin``'s lines after ``after`` up to ``upto`` name (``touched``): what a
    bundle to a partner that acknowledged ``after`` carries."""
    return touched(db, _own_lines(origin, after, upto).select(
        ChangeLog.entity, ChangeLog.row_uid, ChangeLog.op, ChangeLog.fields).order_by(ChangeLog.seq).tuples())


def waiting(origin: str, after: int) -> int:
    """How many row changes of ``origin`` a partner that acknowledged ``after`` has not received."""
    return rows_counted(_own_lines(origin, after, None).select(ChangeLog.op, ChangeLog.fields).tuples())


def rows_counted(lines: Iterable[tuple[str, str]]) -> int:
    """How many row changes the lines (op, fields) stand for: one a line, a bulk line's rows for it."""
    total = 0
    for op, fields in lines:
        if op in _BULK:
            total += sum(last - first + 1 for first, last in _spans(op, fields))
        else:
            total += 1
    return total


def seq_of(db: Any, origin: str, version: str) -> int | None:
    """The number of ``origin``'s change-log line that stamped ``version``: its own line, or the bulk line
    whose versions hold it (a bulk line carries the last; its fields the first)."""
    row = db.execute_sql('SELECT seq FROM change_log WHERE origin = ? AND version = ?', [origin, version]).fetchone()
    if row is not None:
        return row[0]
    row = db.execute_sql(
        "SELECT seq FROM change_log WHERE origin = ? AND op IN (?, ?) AND version >= ? "
        "AND json_extract(fields, '$.from') <= ? ORDER BY version LIMIT 1",
        [origin, *_BULK, version, version]).fetchone()
    return row[0] if row is not None else None
