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
        "title, authors, isbn, publisher, tokenize='unicode61 remove_diacritics 2')"
    )
    # Catalogue search (core.search): live records only, kept in sync by triggers on record so that
    # store.insert_many, imports and sync all stay indexed. Authors/subjects are indexed as their
    # names/terms, not as JSON.
    for statement in _RECORD_FTS_DDL:
        db.execute_sql(statement)
    # Circulation (core.circulation): the few open loans among hundreds of thousands of returned
    # ones, by due date (overdue list) and by member (loan limit at every check-out).
    db.execute_sql("CREATE INDEX IF NOT EXISTS loan_open_due ON loan(due_on) "
                   "WHERE returned_at IS NULL AND deleted = 0")
    db.execute_sql("CREATE INDEX IF NOT EXISTS loan_open_member ON loan(member_id) "
                   "WHERE returned_at IS NULL AND deleted = 0")
    # Reports and the dashboard (core.reports.figures): covering indexes, so a month's or a year's
    # figures read index pages only (visits and loans by time; the collection title by title).
    for statement in _REPORT_INDEXES:
        db.execute_sql(statement)


_REPORT_INDEXES = [
    "CREATE INDEX IF NOT EXISTS report_visit_at ON visit(at, deleted, headcount, member_id, gender, age_band, "
    "purpose, origin_place, group_name)",
    "CREATE INDEX IF NOT EXISTS report_loan_out ON loan(loaned_at, deleted, member_id, item_id)",
    "CREATE INDEX IF NOT EXISTS report_loan_back ON loan(returned_at, deleted, due_on)",
    "CREATE INDEX IF NOT EXISTS report_item_collection ON item(record_id, deleted, status, received_on, created_at, "
    "source)",
    "CREATE INDEX IF NOT EXISTS report_record_facets ON record(id, deleted, ddc, audience, material_type, year)",
]


_RECORD_FTS_VALUES = (
    "{r}.title, {r}.subtitle, "
    "CASE WHEN json_valid({r}.authors) THEN (SELECT group_concat(json_extract(value, '$.name'), ' ') "
    "FROM json_each({r}.authors)) ELSE {r}.authors END, "
    "CASE WHEN json_valid({r}.subjects) THEN (SELECT group_concat(value, ' ') FROM json_each({r}.subjects)) "
    "ELSE {r}.subjects END, "
    "{r}.series, {r}.publisher, {r}.isbn, {r}.notes, "
    # facets: the record-level search filters as tokens, so a filter is an FTS term (fast to count
    # and to intersect with words) instead of a scan of the record table
    "'xall xm' || {r}.material_type || ' xd' || substr({r}.ddc, 1, 1) || ' xa' || {r}.audience || "
    "' xl' || {r}.language || CASE WHEN {r}.hidden THEN ' xh1' ELSE '' END"
)
_RECORD_FTS_COLUMNS = "title, subtitle, authors, subjects, series, publisher, isbn, notes, facets"
_RECORD_FTS_DDL = [
    f"CREATE VIRTUAL TABLE IF NOT EXISTS record_fts USING fts5({_RECORD_FTS_COLUMNS}, "
    "tokenize='unicode61 remove_diacritics 2', prefix='2 3')",
    "CREATE TRIGGER IF NOT EXISTS record_fts_ai AFTER INSERT ON record WHEN new.deleted = 0 BEGIN "
    f"INSERT INTO record_fts(rowid, {_RECORD_FTS_COLUMNS}) VALUES (new.id, {_RECORD_FTS_VALUES.format(r='new')}); "
    "END",
    "CREATE TRIGGER IF NOT EXISTS record_fts_ad AFTER DELETE ON record BEGIN "
    "DELETE FROM record_fts WHERE rowid = old.id; END",
    "CREATE TRIGGER IF NOT EXISTS record_fts_au AFTER UPDATE OF title, subtitle, authors, subjects, series, "
    "publisher, isbn, notes, material_type, ddc, audience, language, hidden, deleted ON record BEGIN "
    "DELETE FROM record_fts WHERE rowid = old.id; "
    f"INSERT INTO record_fts(rowid, {_RECORD_FTS_COLUMNS}) SELECT new.id, {_RECORD_FTS_VALUES.format(r='new')} "
    "WHERE new.deleted = 0; END",
]


MIGRATIONS: list[tuple[int, Callable[[SqliteDatabase], None]]] = [
    (1, _m0001_initial),
]

LATEST = MIGRATIONS[-1][0]
