"""The database the migrations build must be exactly the schema models.py describes: a model field
without a migration (or the reverse) fails here, not on a village PC."""

from pustaka_desktop.core import models


def _columns(db, table):
    return {row[1]: row[2].upper() for row in db.execute_sql(f'PRAGMA table_info("{table}")').fetchall()}


def test_migrated_schema_matches_the_models(empty_lib):
    db = empty_lib.db
    for model in models.ALL_MODELS:
        table = model._meta.table_name
        actual = _columns(db, table)
        expected = {field.column_name: field.field_type.upper() for field in model._meta.sorted_fields}
        assert set(actual) == set(expected), f"{table}: migrated {sorted(actual)} vs models {sorted(expected)}"


def test_every_model_table_exists_and_nothing_unexpected(empty_lib):
    tables = {row[0] for row in empty_lib.db.execute_sql(
        "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'").fetchall()}
    expected = {model._meta.table_name for model in models.ALL_MODELS}
    assert expected <= tables
    extra = {t for t in tables - expected if not any(t.startswith(p) for p in _virtual_prefixes(tables))}
    assert not extra, f"tables no model describes: {sorted(extra)}"


def _virtual_prefixes(tables):
    """FTS5 virtual tables and their shadow tables are created by migrations on purpose."""
    return [t for t in tables if t.endswith("_fts")]
