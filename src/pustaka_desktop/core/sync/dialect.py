"""Where the district's union catalogue and figures live, and every way their SQL differs between
the two databases: this library's own SQLite file (the default: a district on one PC), or PostgreSQL
(a district or provincial hub that outgrew it; ``pustaka-cli district db DSN``,
``core.store.postgres`` connects and keeps the two files in one transaction).

The union tables (``TABLES``) are written with the same SQL on both (``?`` placeholders, ``INSERT ..
ON CONFLICT .. DO UPDATE``, ``RETURNING``, flags as integers, text compared byte by byte: every text
column on PostgreSQL is ``COLLATE "C"``, as SQLite compares). What differs is here only:

- **word search**: SQLite's FTS5 table ``union_record_fts`` (unicode61, diacritics removed) against
  a ``tsvector`` column ``words`` with a GIN index on PostgreSQL, filled with the same folded words
  the query is folded to (``searchable``: lower-case ASCII, old spellings folded), prefixes with ``:*``.
  Beside it, on both, the index's words in Arabic letters (``union_arabic_word``, the same table): a kitab
  catalogued in Arabic letters is found by its name typed in Latin ones (``catalog.arabic_letters``), and
  PostgreSQL has no vocabulary of a ``tsvector`` column to read them from but the whole table (``ts_stat``);
- **rows made from the replicas**: the village rows (``sync_replica``, the staging table of a bundle)
  stay in the SQLite file with their JSON and date functions; what they add to the figures is chosen
  there and, on PostgreSQL, sent across in one batch (``add_sums``);
- **the schema** on PostgreSQL (``create_schema``), and moving a district's existing catalogue from
  its SQLite file into it (``move_to``).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..catalog import spelling, transliteration
from ..catalog.arabic_letters import ARABIC_RANGE, ArabicWords, in_arabic_letters, with_and_without_article
from ..i18n import QT_TRANSLATE_NOOP
from ..jobs import Cancel, Progress, checkpoint
from ..service import Library
from ..store import postgres
from ..store.postgres import mask
from .union_match import fold

TABLES = ("union_record", "union_link", "union_key", "union_form", "union_apart", "union_copy", "district_tally")


def store(lib: Library) -> postgres.Store | None:
    """The district's PostgreSQL store, or None when the union lives in this file (``Refused`` when it
    cannot be reached)."""
    lib.union_db()
    found = lib.union_store
    if found is not None:
        found.revive()
    if found is not None and not found.schema_checked:
        create_schema(found)  # a hub upgraded since: its new tables and indexes (CREATE ... IF NOT EXISTS)
        found.schema_checked = True
    return found


def conn(lib: Library):
    """The connection the union tables are read and written through (sqlite3's, or one that speaks
    like it to PostgreSQL)."""
    found = store(lib)
    return lib.db.connection() if found is None else found.conn


def database(lib: Library):
    """The peewee database for model queries on the union tables (``query.bind(database(lib))``)."""
    found = store(lib)
    return lib.db if found is None else found.db


def is_postgres(connection) -> bool:
    return isinstance(connection, postgres.Connection)


def describe(lib: Library) -> dict[str, Any]:
    """Where the union catalogue lives now, and its size."""
    found = store(lib)
    records = conn(lib).execute("SELECT count(*) FROM union_record WHERE copies > 0").fetchone()[0]
    return {"kind": "sqlite" if found is None else "postgresql",
            "where": str(lib.path) if found is None else mask(found.dsn), "records": int(records)}


# --- word search ------------------------------------------------------------------------------------


def searchable(text: str) -> str:
    """What the union's word index holds and is asked: the words folded, old spellings too
    (*Djakarta*, *Soekarno* and *Tjerita* are found as *Jakarta*, *Sukarno* and *Cerita*, and back;
    ``catalog.spelling``, the village catalogue's own rule)."""
    return spelling.fold(fold(text))


def words_query(connection, text: str, arabic: ArabicWords | None = None) -> str:
    """The search expression for up to eight words (each a prefix), '' when there is no word. Each word is
    also asked for in the spellings other villages romanise Arabic with (``catalog.transliteration``: Fathul
    Qarib, Fath al-Qarib and Fathul Qorib are one kitab; a lone article is left out), and as the index's words
    in Arabic letters that fit it (``arabic``: *Riyadhus Shalihin* finds رياض الصالحين; ``arabic_words``)."""
    # each word folded, and as typed for the Arabic words (old spellings folded, jalalain is yalalain)
    folded, typed = searchable(text).split(), fold(text).split()
    words = list(zip(folded, typed if len(typed) == len(folded) else folded, strict=True))[:8]
    words = [w for w in words if not transliteration.is_lone_article([w[0]])] or words
    romanised = transliteration.looks_romanised(text)
    postgres_ = is_postgres(connection)
    groups = []
    for n, (word, typed) in enumerate(words):
        forms = [f.replace(" ", " <-> ") + ":*" if postgres_ else f'"{f}"*'
                 for form in with_and_without_article(word) for f in transliteration.word_forms(form, romanised)]
        if arabic is not None:  # (whole words: the ones a word still being typed may become are among them)
            last = n == len(words) - 1 and not text[-1:].isspace()
            forms += [term.replace(" ", " <-> ") if postgres_ else f'"{term}"' for term in arabic.terms(typed, last)]
        groups.append(forms)
    return (" & " if postgres_ else " AND ").join(
        "(" + (" | " if postgres_ else " OR ").join(forms) + ")" for forms in groups)


def arabic_words(lib: Library) -> ArabicWords:
    """The union catalogue's words in Arabic letters (``union_arabic_word``, filled by ``index_words``; read
    again when a word was added, which its last id tells: a word is never taken out, and one no record has any more
    finds nothing)."""
    connection = conn(lib)
    return ArabicWords(lib, lambda: connection.execute("SELECT max(id) FROM union_arabic_word").fetchone()[0],
                       lambda: connection.execute("SELECT word FROM union_arabic_word").fetchall(),
                       ta_marbuta_as_ha=True)


def word_match(connection) -> str:
    """A subquery of union record ids matching ``words_query`` (parameters: the expression, a limit)."""
    if is_postgres(connection):
        return "SELECT id FROM union_record WHERE words @@ to_tsquery('simple', ?) LIMIT ?"
    return "SELECT rowid FROM union_record_fts WHERE union_record_fts MATCH ? LIMIT ?"


def index_words(connection, rows: list[tuple]) -> None:
    """(union id, title, authors, isbn, publisher) made searchable again; a row without a title is not. Its words
    in Arabic letters are noted in ``union_arabic_word`` (``arabic_words``)."""
    texts = [(r[0], [searchable(str(v or "")) for v in r[1:5]] if r[1] else []) for r in rows]
    if is_postgres(connection):
        connection.executemany("UPDATE union_record SET words = to_tsvector('simple', ?) WHERE id = ?",
                               [(" ".join(words), union_id) for union_id, words in texts])
    else:
        connection.executemany("DELETE FROM union_record_fts WHERE rowid = ?", [(r[0],) for r in rows])
        connection.executemany("INSERT INTO union_record_fts(rowid, title, authors, isbn, publisher) VALUES "
                               "(?,?,?,?,?)", [(union_id, *words) for union_id, words in texts if words])
    note_arabic_words(connection, (text for _, words in texts for text in words))


def note_arabic_words(connection, texts: Iterable[str]) -> None:
    """The words in Arabic letters of ``texts`` (made ``searchable``) added to those the union catalogue lists
    (``arabic_words``)."""
    arabic = sorted({word for text in texts for word in text.split() if in_arabic_letters(word)})
    if arabic:
        connection.executemany("INSERT INTO union_arabic_word (word) VALUES (?) ON CONFLICT (word) DO NOTHING",
                               [(word,) for word in arabic])


def holds_arabic(connection, expression: str) -> str:
    """An SQL condition: the text ``expression`` holds a letter in Arabic script."""
    low, high = ARABIC_RANGE[0], chr(ord(ARABIC_RANGE[1]) - 1)
    if is_postgres(connection):
        return f"{expression} ~ '[{low}-{high}]'"
    return f"{expression} GLOB '*[{low}-{high}]*'"


def unindex(connection, union_ids: Iterable[int]) -> None:
    """Before union records are deleted (PostgreSQL's words go with the row)."""
    if not is_postgres(connection):
        connection.executemany("DELETE FROM union_record_fts WHERE rowid = ?", [(u,) for u in union_ids])


# --- figures chosen from the replicas --------------------------------------------------------------

_SUM_UPSERT = "ON CONFLICT (site, metric, day, key) DO UPDATE SET value = district_tally.value + excluded.value"


def add_sums(source, target, select: str, params: Any = ()) -> None:
    """Add ``select``'s rows (site, metric, day, key, value), read from this file's tables through
    ``source``, to the district's figures behind ``target``."""
    if target is source or not is_postgres(target):
        source.execute(f"INSERT INTO district_tally (site, metric, day, key, value) {select} {_SUM_UPSERT}", params)
        return
    rows = source.execute(select, params).fetchall()
    target.executemany(f"INSERT INTO district_tally (site, metric, day, key, value) VALUES (?,?,?,?,?) {_SUM_UPSERT}",
                       rows)


# --- the PostgreSQL schema, and moving into it ---------------------------------------------------

_T = "TEXT COLLATE \"C\" NOT NULL DEFAULT ''"
_I = "INTEGER NOT NULL DEFAULT 0"
_ID = "id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"
SCHEMA = (
    f"CREATE TABLE IF NOT EXISTS union_record ({_ID}, key TEXT COLLATE \"C\" NOT NULL UNIQUE, isbn {_T}, "
    f"title {_T}, authors {_T}, publisher {_T}, year INTEGER, ddc {_T}, data TEXT NOT NULL DEFAULT '{{}}', "
    f"adopted {_I}, copies {_I}, available {_I}, villages {_I}, form {_T}, district_fields {_T}, words tsvector)",
    "CREATE INDEX IF NOT EXISTS union_record_isbn ON union_record (isbn)",
    "CREATE INDEX IF NOT EXISTS union_record_words ON union_record USING gin (words)",
    f"CREATE TABLE IF NOT EXISTS union_link ({_ID}, record_uid TEXT COLLATE \"C\" NOT NULL UNIQUE, "
    f"union_id BIGINT NOT NULL REFERENCES union_record (id), site {_T}, keys {_T}, form {_T}, pinned {_I}, "
    f"copies {_I}, available {_I}, stock {_T})",
    # as SQLite's migration 0013: a union record's links, and each village's holding of it (its links'
    # counts summed), from one index; no (union_id) index and no union_holding table to keep
    "CREATE INDEX IF NOT EXISTS union_link_holding ON union_link (union_id, site, copies, available)",
    "DROP INDEX IF EXISTS union_link_union_id",
    "DROP TABLE IF EXISTS union_holding",
    "CREATE INDEX IF NOT EXISTS union_link_site ON union_link (site)",
    f"CREATE TABLE IF NOT EXISTS union_key ({_ID}, key {_T}, union_id BIGINT NOT NULL, n {_I}, UNIQUE (key, union_id))",
    "CREATE INDEX IF NOT EXISTS union_key_union_id ON union_key (union_id)",
    f"CREATE TABLE IF NOT EXISTS union_form ({_ID}, union_id BIGINT NOT NULL, form {_T}, n {_I}, score {_I}, "
    "data TEXT NOT NULL DEFAULT '{}', UNIQUE (union_id, form))",
    f"CREATE TABLE IF NOT EXISTS union_apart ({_ID}, record_uid {_T}, union_id BIGINT NOT NULL, "
    "UNIQUE (record_uid, union_id))",
    f"CREATE TABLE IF NOT EXISTS union_copy ({_ID}, item_uid TEXT COLLATE \"C\" NOT NULL UNIQUE, record_uid {_T}, "
    f"site {_T}, barcode {_T}, status TEXT COLLATE \"C\" NOT NULL DEFAULT 'available', deleted {_I}, arrived {_T})",
    "CREATE INDEX IF NOT EXISTS union_copy_record_uid ON union_copy (record_uid)",
    "CREATE INDEX IF NOT EXISTS union_copy_site_barcode ON union_copy (site, barcode)",
    f"CREATE TABLE IF NOT EXISTS union_arabic_word ({_ID}, word TEXT COLLATE \"C\" NOT NULL UNIQUE)",
    f"CREATE TABLE IF NOT EXISTS district_tally ({_ID}, site {_T}, metric {_T}, day {_T}, key {_T}, value {_I}, "
    "UNIQUE (site, metric, day, key))",
    # the report reads the sums by village (SQLite's migration 0012): no (metric, day) index to keep
    "DROP INDEX IF EXISTS district_tally_metric_day",
)


def create_schema(target: postgres.Store) -> None:
    with target.db.atomic():
        for statement in SCHEMA:
            target.db.execute_sql(statement)


def rows_held(target: postgres.Store) -> int:
    return int(target.db.execute_sql("SELECT count(*) FROM union_link").fetchone()[0])


MOVE_BATCH = 5000


def move_to(lib: Library, target: postgres.Store, progress: Progress | None = None,
            cancel: Cancel | None = None) -> dict[str, int]:
    """Copy the union catalogue and figures kept in this SQLite file into an empty PostgreSQL
    database (ids kept, the search words made there); returns rows copied per table. Cancelled, nothing
    stays there (one transaction)."""
    source = lib.db.connection()
    copied: dict[str, int] = {}
    with target.db.atomic():
        for step, table in enumerate(TABLES):
            checkpoint(progress, cancel, step / (len(TABLES) + 1),
                       QT_TRANSLATE_NOOP("Progress", "Copying the union catalogue to PostgreSQL…"))
            columns = [row[1] for row in source.execute(f"PRAGMA table_info({table})")]
            names = ", ".join(columns)
            marks = ", ".join("?" * len(columns))
            cursor = source.execute(f"SELECT {names} FROM {table} ORDER BY id")
            copied[table] = 0
            while batch := cursor.fetchmany(MOVE_BATCH):
                checkpoint(None, cancel, 0)
                target.conn.executemany(f"INSERT INTO {table} ({names}) VALUES ({marks})", batch)
                copied[table] += len(batch)
            target.db.execute_sql(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                                  f"coalesce((SELECT max(id) FROM {table}), 0) + 1, false)")
        rows = target.db.execute_sql("SELECT id, title, authors, isbn, publisher FROM union_record").fetchall()
        for start in range(0, len(rows), MOVE_BATCH):
            checkpoint(progress, cancel, (len(TABLES) + start / max(1, len(rows))) / (len(TABLES) + 1),
                       QT_TRANSLATE_NOOP("Progress", "Making the search words in PostgreSQL…"))
            index_words(target.conn, rows[start:start + MOVE_BATCH])
        for table in (*TABLES, "union_arabic_word"):  # what the planner knows of them at once: autovacuum comes later
            target.db.execute_sql(f"ANALYZE {table}")
    return copied
