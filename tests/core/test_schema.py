"""The database the migrations build must be exactly the schema models.py describes: a model field
without a migration (or the reverse) fails here, not on a village PC."""

import pytest

from pustaka_desktop.core.store import models

# the migrations themselves build these tests' database, not a copy of the run's template (tests/new_library.py)
pytestmark = pytest.mark.migrations_from_nothing


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


def _normal(sql: str) -> str:
    return " ".join(sql.replace("IF NOT EXISTS ", "").split())


def test_search_index_definition_matches_the_database(empty_lib):
    """core.search rebuilds the index and re-creates a trigger after a bulk import from
    core/catalog/search_index.py: it must be exactly what the migrations made."""
    from pustaka_desktop.core.catalog import search_index

    stored = {name: _normal(sql) for name, sql in empty_lib.db.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE name IN ('record_fts', 'record_fts_ai', 'record_fts_ad', "
        "'record_fts_au')").fetchall()}
    assert sorted(stored.values()) == sorted(_normal(sql) for sql in search_index.FTS_DDL)


def test_migration_scripts_split_into_whole_statements():
    from pustaka_desktop.core.store.migrations import statements

    parts = statements("-- note\nCREATE TABLE a (x);\n\nCREATE TRIGGER t AFTER INSERT ON a BEGIN\n"
                       "  INSERT INTO a VALUES (1);\n  INSERT INTO a VALUES (2);\nEND;\n")
    assert len(parts) == 2 and parts[1].startswith("CREATE TRIGGER") and parts[1].endswith("END;")
