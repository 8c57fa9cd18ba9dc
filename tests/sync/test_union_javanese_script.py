"""The district's union catalogue with titles in aksara Jawa: one village writes Serat Wedhatama without a space
(as scribes do), the other with a space after the pangkon; a third title is a *surat*, not a *serat*."""

from __future__ import annotations

from pathlib import Path

import pytest

from pustaka_desktop.core.settings import set_setting
from pustaka_desktop.core.store import db as store_db
from pustaka_desktop.core.store import migrations
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.sync import dialect, union_rebuild

from .sync_helpers import Site, authored, both_databases, enrol, union_titles

SERAT_WEDHATAMA = "ꦱꦼꦫꦠ꧀ꦮꦺꦝꦠꦩ"  # Serat Wedhatama, written as one run
SERAT_WEDHATAMA_SPACED = "ꦱꦼꦫꦠ꧀ ꦮꦺꦝꦠꦩ"  # the same, a space after the pangkon
SURAT_PAK_LURAH = "ꦱꦸꦫꦠ꧀ꦱꦏꦶꦁꦥꦏ꧀ꦭꦸꦫꦃ"  # Surat saking Pak Lurah


@pytest.fixture
def trio(tmp_path):
    clock = FixedClock("2026-03-02T09:00:00+07:00")
    district = Site(tmp_path, "dinas", "DIN", clock, district=True)
    one = Site(tmp_path, "kotagede", "KTG", clock)
    two = Site(tmp_path, "imogiri", "IMG", clock)
    enrol(one, district, tmp_path)
    enrol(two, district, tmp_path)
    yield one, two, district
    for site in (one, two, district):
        site.close()




def _fill(trio):
    one, two, district = trio
    authored(one, SERAT_WEDHATAMA, "Mangkunagara IV", "KTG1")
    authored(two, SERAT_WEDHATAMA_SPACED, "Mangkunagara IV", "IMG1")
    authored(two, SURAT_PAK_LURAH, "Suparto Brata", "IMG2")
    district.import_file(one.export_to(district))
    district.import_file(two.export_to(district))


@both_databases
def test_serat_wedhatama_with_and_without_a_space_is_one_union_record_and_no_surat(trio):
    _fill(trio)
    district = trio[2]
    with district:
        assert dialect.conn(district.lib).execute("SELECT count(*) FROM union_record").fetchone()[0] == 2
    assert len(union_titles(district, "ꦱꦼꦫꦠ꧀")) == 1
    assert union_titles(district, "ꦱꦼꦫꦠ꧀") == union_titles(district, "ꦮꦺꦝꦠꦩ")
    assert union_titles(district, "ꦱꦸꦫꦠ꧀") == [SURAT_PAK_LURAH]


def test_a_district_file_indexed_by_the_old_rules_finds_its_javanese_titles_after_the_update(trio):
    """Migration 0022 and the union's word rule 4 on a district whose word table cut words at vowel signs."""
    _fill(trio)
    district = trio[2]
    path = Path(district.lib.db.database)
    with district:  # the word table as migration 0001 made it, filled as the old rules did
        set_setting(union_rebuild.WORDS_SETTING, 3)
        set_setting(union_rebuild.MATCH_SETTING, 5)
    district.lib.close()
    old = store_db.connect(path)
    old.connect()
    with old.atomic():
        old.execute_sql("DROP TABLE union_record_fts")
        old.execute_sql("CREATE VIRTUAL TABLE union_record_fts USING fts5(title, authors, isbn, publisher, "
                        "tokenize='unicode61 remove_diacritics 2')")
        old.execute_sql("INSERT INTO union_record_fts(rowid, title, authors) SELECT id, title, authors "
                        "FROM union_record")
        for statement in migrations.statements(
                (migrations.SCHEMA_DIR / "0020_search_splits_at_ayn_and_hamza.sql").read_text(encoding="utf-8")):
            old.execute_sql(statement)
        old.execute_sql("PRAGMA user_version = 20")
    # (the old table: serat and surat were both "ꦱ ꦫꦠ")
    assert old.execute_sql("SELECT count(*) FROM union_record_fts WHERE union_record_fts MATCH ?",
                           ['"ꦱ ꦫꦠ"']).fetchone()[0] == 2
    old.close()
    from pustaka_desktop.core.service import Library
    district.lib = Library.open(path, district.clock)
    with district:
        union_rebuild.ensure_current(district.lib)  # (as the district's pages do when they open)
    assert union_titles(district, "ꦱꦼꦫꦠ꧀") == union_titles(district, "ꦮꦺꦝꦠꦩ")
    assert len(union_titles(district, "ꦱꦼꦫꦠ꧀")) == 1
    assert union_titles(district, "ꦱꦸꦫꦠ꧀") == [SURAT_PAK_LURAH]
