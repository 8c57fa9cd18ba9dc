"""A MySQL dump read as statements: the rows each INSERT gives, by table and by database, as they go
(``rows``), and what a dump holds without reading its rows (``survey``). Dumps as mysqldump-php (SLiMS's
own backup), phpMyAdmin, the mysqldump command and DBeaver write them: one row or many per INSERT, with or
without the column names, a statement over several lines, strings escaped with backslashes, binary
columns as 0x..., a server's dump of several databases. ``dump_files`` gives the lines (packed, archived,
UTF-16); ``slims_backup`` reads what SLiMS's tables mean."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import Cancelled
from ..jobs import Cancel, Progress
from .dump_files import CUT, text_lines

# a table's name: in backticks (MySQL), in double quotes (mysqldump --compatible=ansi), bare (mysqldump
# --skip-quote-names), after its database's name (DBeaver: slims.biblio)
_NAME = r"""(?:[`"]?\w+[`"]?\.)?[`"]?(\w+)[`"]?"""
_INTO = r"(?:INSERT|REPLACE)\s+(?:(?:LOW_PRIORITY|DELAYED|HIGH_PRIORITY|IGNORE)\s+)*INTO\s+" + _NAME
_INSERT = re.compile(_INTO + r"\s*(\([^)]*\))?\s*VALUES\s*", re.I)
_CREATE = re.compile(r"CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?" + _NAME, re.I)
# a statement naming a table, for the survey of what a dump holds (a table left empty in a data-only dump
# still has its LOCK TABLES)
_TABLE = re.compile(rf"{_INTO}|CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?{_NAME}|LOCK\s+TABLES\s+{_NAME}", re.I)
# a column's line in a CREATE TABLE (its name quoted or bare), not a key's
_COLUMN = re.compile(r"""\s*(?:[`"](\w+)[`"]|(?!(?:PRIMARY|UNIQUE|KEY|INDEX|FULLTEXT|SPATIAL|CONSTRAINT|FOREIGN"""
                     r"""|CHECK)\b)(\w+)\s)""", re.I)
# where a server's dump (mysqldump --all-databases, phpMyAdmin's server export) turns to another database
_DATABASE = re.compile(r"""(?:USE\s+|CREATE\s+(?:DATABASE|SCHEMA)\s+(?:/\*.*?\*/\s*)?(?:IF\s+NOT\s+EXISTS\s+)?"""
                       r"""|--\s+Database:\s+)[`"]?([^`"\s;]+)""", re.I)
# a dump's statements, for one that does not start with the comment its tool writes (DBeaver)
STATEMENT = re.compile(r"^\s*(?:(?:INSERT|REPLACE)\s+(?:IGNORE\s+)?INTO|CREATE\s+TABLE)\s", re.I | re.M)
# one value and what follows it: a quoted string (backslash escapes, '' for a quote), NULL, a number,
# a hex or binary literal
_VALUE = re.compile(r"\s*(?:'((?:[^'\\]|\\.|'')*)'|(NULL)|(0x[0-9A-Fa-f]*|X'[0-9A-Fa-f]*')|([-+]?[0-9.][0-9.eE+-]*)"
                    r"|_binary\s*'((?:[^'\\]|\\.|'')*)')\s*([,)])", re.S | re.I)
_ESCAPES = {"0": "\x00", "b": "\b", "n": "\n", "r": "\r", "t": "\t", "Z": "\x1a"}
_ESCAPED = re.compile(r"\\(.)|''", re.S)


def _unquote(text: str) -> str:
    if "\\" not in text and "''" not in text:
        return text
    return _ESCAPED.sub(lambda m: "'" if m.group(1) is None else _ESCAPES.get(m.group(1), m.group(1)), text)


def _values(text: str, start: int) -> Iterator[tuple[int, list[Any]]]:
    """The row tuples of an INSERT's VALUES part: (offset of the tuple, its values)."""
    pos, end = start, len(text)
    while pos < end:
        while pos < end and text[pos] in " \t\r\n,":
            pos += 1
        if pos >= end or text[pos] == ";":
            return
        if text[pos] != "(":
            raise ValueError(f"expected ( at {pos}")
        begin, pos = pos, pos + 1
        row: list[Any] = []
        while True:
            m = _VALUE.match(text, pos)
            if m is None:
                raise ValueError(f"unreadable value at {pos}")
            quoted, null, hexa, number, binary, after = m.groups()
            if quoted is not None:
                row.append(_unquote(quoted))
            elif null is not None:
                row.append(None)
            elif number is not None:
                row.append(number)
            elif binary is not None:
                row.append(_unquote(binary))
            else:
                row.append(hexa)
            pos = m.end()
            if after == ")":
                break
        yield begin, row


def rows(dump: Dump, tables: set[str], seen: set[str] | None = None,
         known_columns: Callable[[str, int], tuple[str, ...]] = lambda table, count: (),
         read: Callable[[float], None] | None = None) -> Iterator[tuple[int, str, list[str], list[Any]]]:
    """(line number, table, column names, values) of every row the dump inserts into ``tables`` (of its
    database: the one chosen of a server's dump); ``seen`` collects the names of every table the dump creates
    or fills (and ``CUT``); ``read(fraction)`` is told how far into the file it is (``text_lines``)."""
    seen = set() if seen is None else seen
    columns: dict[str, tuple[str, ...]] = {}
    lists: dict[str, tuple[str, ...]] = {}  # an INSERT's column list as written -> its names
    creating: str | None = None
    pending: list[str] = []
    start = 0
    database = ""
    for number, line in text_lines(dump.path, seen, read):
        if creating is not None:  # the column lines of a CREATE TABLE, up to its closing parenthesis
            if line.startswith(")"):
                creating = None
            else:
                m = _COLUMN.match(line)
                if m:
                    columns[creating] = (*columns.get(creating, ()), m.group(1) or m.group(2))
            continue
        head = line[:40].lstrip()[:16].upper()  # (not all of a line of many megabytes)
        if pending and head.startswith(("INSERT", "REPLACE", "CREATE", "--", "/*")):
            if _table_of(pending) in tables:  # the statement before never ended: cut off
                yield start, _table_of(pending), [], []
            pending = []
        if not pending:
            named = _database_named(line, head)
            if named is not None:
                database = named
                continue
            if dump.database is not None and database != dump.database:
                continue  # another database of a server's dump
            if head.startswith("CREATE"):
                m = _CREATE.match(line.lstrip())
                if m:
                    creating = m.group(1).lower()
                    columns[creating] = ()
                    seen.add(creating)
                continue
            if not (head.startswith("INSERT") or head.startswith("REPLACE")):
                continue
            start = number
        pending.append(line)
        if not line.rstrip().endswith(";"):
            continue  # a statement over several lines (phpMyAdmin: one row per line)
        text, pending = "\n".join(pending), []
        m = _INSERT.match(text.lstrip())
        if m is not None:
            seen.add(m.group(1).lower())
        if m is None or m.group(1).lower() not in tables:
            continue
        table = m.group(1).lower()
        listed = m.group(2)
        named = lists.get(listed) if listed else None
        if listed and named is None:  # (an INSERT a row repeats its column list: taken apart once)
            named = lists[listed] = tuple(c.strip(' `"') for c in listed[1:-1].split(","))
        names = named or columns.get(table)
        body = text.lstrip()
        line_of_row, counted = start, 0
        try:
            for offset, row in _values(body, m.end()):
                line_of_row += _newlines(body, counted, offset)
                counted = offset
                yield line_of_row, table, list(names or known_columns(table, len(row))), row
        except ValueError:
            yield start, table, [], []  # an INSERT that cannot be read: its rows are reported, not guessed
    if pending:  # the file ends inside a statement (copied before it was whole)
        seen.add(CUT)
        if _table_of(pending) in tables:
            yield start, _table_of(pending), [], []


def _newlines(text: str, start: int, end: int) -> int:
    """The line breaks in ``text[start:end]`` (the rows of a statement are numbered by the lines before them,
    counted from the row before: a statement of 50,000 rows on one line is counted once, not 50,000 times)."""
    return text.count("\n", start, end)


def _database_named(line: str, head: str) -> str | None:
    """The database a line of the dump turns to (``USE``, ``CREATE DATABASE``, phpMyAdmin's ``-- Database:``);
    None for any other line. ``head``: the line's start in capitals."""
    if not head.startswith(("USE", "CREATE DATABASE", "CREATE SCHEMA", "-- DATABASE")):
        return None
    m = _DATABASE.match(line.lstrip())
    return m.group(1) if m else None


def _table_of(lines: list[str]) -> str:
    m = _INSERT.match("\n".join(lines).lstrip())
    return m.group(1).lower() if m else ""


@dataclass(frozen=True)
class Dump:
    """A backup file, and what a survey of it found: the tables it holds (of the database read, when it
    holds several) and whether it ends before its end."""

    path: Path
    database: str | None  # the database read of a server's dump of several (None: every statement)
    tables: frozenset[str]
    cut: bool


@dataclass(frozen=True)
class Survey:
    """What a dump holds, from one reading of it without taking its rows apart."""

    tables: dict[str, set[str]]  # the tables of each database ("" before any is named)
    rows: dict[str, Counter[str]]  # of each database, how many rows the dump inserts into the tables counted
    cut: bool  # it ends before its end


def survey(path: Path, counted: frozenset[str] = frozenset(), progress: Progress | None = None,
           cancel: Cancel | None = None) -> Survey:
    """The tables of each database the dump holds, the rows of its ``counted`` tables (a server's dump is
    hundreds of MB: the one reading that finds the databases counts them too), and whether it is cut off.
    ``progress`` is told how far into the file it is; ``cancel`` is asked every few thousand lines."""
    found: dict[str, set[str]] = {"": set()}
    rows = _RowCount(counted)
    database, last = "", ""
    seen: set[str] = set()
    for number, line in text_lines(path, seen, progress and (lambda fraction: progress(fraction, ""))):
        if number % 4096 == 1 and cancel is not None and cancel():
            raise Cancelled()
        if line.strip():
            last = line[-200:].strip()
        head = line[:40].lstrip()[:16].upper()
        if rows.takes(line, head):
            continue
        named = _database_named(line, head)
        if named is not None:
            database = named
            found.setdefault(database, set())
            continue
        if head.startswith(("INSERT", "REPLACE", "CREATE", "LOCK")):
            m = _TABLE.match(line[:500].lstrip())
            name = m and next((group for group in m.groups() if group), None)
            if name:
                found[database].add(name.lower())
                if head.startswith(("INSERT", "REPLACE")):
                    rows.begins(database, name.lower(), line)
    rows.end()
    ended = last.endswith((";", "*/")) or last.startswith("--")  # (a dump ends with a statement or a comment)
    return Survey(found, dict(rows.rows), CUT in seen or not ended)


class _RowCount:
    """The rows of the INSERTs into some tables, counted as the survey passes their lines: a statement of
    one line (mysqldump, mysqldump-php) or of many (phpMyAdmin: one row a line)."""

    def __init__(self, tables: frozenset[str]) -> None:
        self.tables = tables
        self.rows: dict[str, Counter[str]] = defaultdict(Counter)  # of each database, of each table
        self.statement: list[str] = []  # the lines so far of an INSERT into a counted table, up to its ";"
        self.into = ("", "")  # its database and table

    def begins(self, database: str, table: str, line: str) -> None:
        """An INSERT into ``table`` of ``database`` begins with ``line``."""
        if table in self.tables:
            self.statement, self.into = [line], (database, table)
            if line.rstrip().endswith(";"):
                self.end()

    def takes(self, line: str, head: str) -> bool:
        """The line goes on the INSERT being counted (and ends it with its ";"). An INSERT that never ended is
        cut off where the next statement begins, as ``rows`` reads it."""
        if not self.statement:
            return False
        if head.startswith(_STATEMENT_HEADS):
            self.end()
            return False
        self.statement.append(line)
        if line.rstrip().endswith(";"):
            self.end()
        return True

    def end(self) -> None:
        if self.statement:
            database, table = self.into
            self.rows[database][table] += _tuples("\n".join(self.statement))
            self.statement = []


# the lines that begin a statement (where ``rows`` ends one that never ended)
_STATEMENT_HEADS = ("INSERT", "REPLACE", "CREATE", "--", "/*")
# a quoted string of a row (backslash escapes, '' for a quote; as ``_VALUE`` reads it), to count the rows
# around it: a title may hold "),(" or "("
_QUOTED = re.compile(r"'[^'\\]*(?:(?:\\.|'')[^'\\]*)*'", re.S)


def _tuples(statement: str) -> int:
    """The rows an INSERT statement gives: the tuples after its VALUES, the brackets outside its strings
    counted (no value of a dump has a bracket of its own: numbers, NULL, strings, 0x...)."""
    text = statement.lstrip()
    m = _INSERT.match(text)
    return _QUOTED.sub("", text[m.end():]).count("(") if m else 0


def first_named(path: Path, names: frozenset[str], limit: int = 8 << 20) -> str | None:
    """Which of the tables ``names`` the dump names first (creates, fills or locks), looking no further than its
    first ``limit`` characters (None: none of them there). Tells whose database a dump is without reading all of it:
    a system's own tables come early (mysqldump goes by name, INLISLite's backup creates every table first)."""
    size = 0
    for _number, line in text_lines(path):
        head = line[:40].lstrip()[:16].upper()
        if head.startswith(("INSERT", "REPLACE", "CREATE", "LOCK")):
            m = _TABLE.match(line[:500].lstrip())
            name = m and next((group for group in m.groups() if group), None)
            if name and name.lower() in names:
                return name.lower()
        size += len(line)
        if size > limit:
            break
    return None


def head(path: Path) -> str:
    """The dump's first 64 KB of text (the whole first line, however long)."""
    lines, size = [], 0
    for _number, line in text_lines(path):
        lines.append(line)
        size += len(line)
        if size > 1 << 16:
            break
    return "\n".join(lines)
