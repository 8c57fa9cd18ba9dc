"""The district's desk beyond the union: backups that fit a district, a shared folder as inbox,
grants matched like the union matches, the grant list as a person reads it."""

from __future__ import annotations

import json
import shutil

import pytest

from pustaka_desktop.cli import main
from pustaka_desktop.core.settings import set_setting
from pustaka_desktop.core.store import backup, backup_budget
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.store.models import Item, Record
from pustaka_desktop.core.sync import grants, hub

from .sync_helpers import Site, both_databases, enrol


@pytest.fixture
def trio(tmp_path):
    clock = FixedClock("2026-03-02T09:00:00+08:00")
    district = Site(tmp_path, "dinas", "DIN", clock, district=True)
    one = Site(tmp_path, "suka", "SKM", clock)
    two = Site(tmp_path, "maju", "MJU", clock)
    enrol(one, district, tmp_path)
    enrol(two, district, tmp_path)
    yield one, two, district
    for site in (one, two, district):
        site.close()


def test_district_imports_make_no_backup_each_but_a_village_import_does(trio):
    one, two, district = trio
    with one:
        store.insert(one.lib, Record, title="Laskar Pelangi")
    for village in (one, two, one):
        district.import_file(village.export_to(district))
    reasons = [b.reason for b in backup.list_backups(district.lib.path)]
    assert "bundle-import" not in reasons
    one.import_file(district.export_to(one))
    assert "bundle-import" in [b.reason for b in backup.list_backups(one.lib.path)]


def test_backups_keep_to_the_disk_budget_newest_first(trio):
    _one, _two, district = trio
    folder = backup.backup_dir(district.lib.path)
    folder.mkdir(parents=True, exist_ok=True)
    for day in range(1, 8):
        (folder / f"pustaka-202602{day:02d}-010000-daily.sqlite3").write_bytes(b"x" * 1000)
    with district:
        set_setting(backup_budget.BUDGET_SETTING, 3500)
        removed = backup_budget.trim(district.lib.path)
        use = backup_budget.disk_use(district.lib.path)
    assert [p.name for p in removed] == [f"pustaka-202602{d:02d}-010000-daily.sqlite3" for d in (1, 2, 3, 4)]
    assert use.count == 3 and use.backups == 3000 and not use.over and use.budget == 3500


def test_a_shared_folder_is_an_inbox_the_offices_own_bundles_are_ignored(trio, tmp_path, capsys):
    one, two, district = trio
    shared = tmp_path / "shared"
    shared.mkdir()
    for path in (one.export_to(district), two.export_to(district), district.export_to(one)):
        shutil.copy(path, shared / path.name)
    renamed = district.export_to(two)
    shutil.copy(renamed, shared / "kiriman-dinas.zip")  # a renamed file: known by its manifest
    with district:
        lines = hub.import_folder(district.lib, district.staff, shared)
    assert sorted(line.result for line in lines) == ["applied", "applied", "ignored", "ignored"]
    district.lib.close()
    assert main(["--db", str(district.lib.path), "--lang", "en", "sync", "import", str(shared)]) == 0
    out = capsys.readouterr().out
    assert out.count("ignored (written by this office)") == 2 and ": rejected" not in out and "0 rejected." in out


@both_databases
def test_a_grant_without_isbn_lands_on_the_villages_own_record(trio):
    one, _two, district = trio
    with one:
        own = store.insert(one.lib, Record, title="Budidaya Lele",
                           authors=json.dumps([{"name": "Setiadi", "role": "primary"}]), publisher="Penebar Swadaya")
        store.insert(one.lib, Item, record=own.id, barcode="SKM00001", status="available")
    district.import_file(one.export_to(district))
    lines = [{"title": "Budidaya lele", "author": "Ir. Setiadi", "barcode": "HIBAH-001"},
             {"title": "BUDIDAYA LELE", "author": "Setiadi, Ir.", "barcode": "HIBAH-002"},
             {"title": "Ensiklopedia Islam Jilid 1", "isbn": "9789794610008", "barcode": "HIBAH-003"},
             {"title": "Ensiklopedia Islam Jilid 2", "isbn": "9789794610008", "barcode": "HIBAH-004"}]
    with district:
        plan = grants.build(district.lib, "SKM", "DAK 2026", lines)
        assert len(plan.records) == 3  # one Budidaya Lele, and the two volumes apart
        grants.create(district.lib, district.staff, "SKM", "DAK 2026", lines)
    one.import_file(district.export_to(one))
    with one:
        assert Record.select().where(Record.title ** "%lele%").count() == 1
        assert Item.select().where(Item.record == own.id).count() == 3
        assert Record.select().where(Record.title ** "ensiklopedia%").count() == 2


def test_grant_list_shows_village_codes_and_states_in_words(trio, capsys):
    one, _two, district = trio
    with district:
        grants.create(district.lib, district.staff, "SKM", "DAK 2026", [{"title": "Laskar Pelangi", "barcode": "H1"}])
    district.lib.close()
    assert main(["--db", str(district.lib.path), "--lang", "en", "district", "grant", "list"]) == 0
    out = capsys.readouterr().out
    assert "SKM" in out and "waiting for the next bundle to the village" in out and "ready" not in out


@both_databases
def test_a_district_edit_keeps_the_villages_duplicate_key_true(trio):
    one, _two, district = trio
    with one:
        record = store.insert(one.lib, Record, title="Laskar Pelangii", match_key="laskar pelangii|andrea hirata",
                              authors=json.dumps([{"name": "Andrea Hirata", "role": "primary"}]))
        store.insert(one.lib, Item, record=record.id, barcode="SKM9", status="available")
    district.import_file(one.export_to(district))
    with district:
        from pustaka_desktop.core.sync import union

        [hit] = union.search(district.lib, "laskar")
        hub.edit_record(district.lib, district.staff, hit.id, title="Laskar Pelangi")
        assert union.search(district.lib, "laskar")[0].title == "Laskar Pelangi"
    one.import_file(district.export_to(one))
    with one:
        assert Record.get_by_id(record.id).match_key == "laskar pelangi|andrea hirata"


def test_migration_0013_keeps_each_village_holding_and_drops_the_holdings_table(trio):
    """A district upgraded from 0012: its search still shows each village's copies, now its links' counts
    summed (read from one covering index), and the union_holding table it no longer writes is gone."""
    from pustaka_desktop.core.store import migrations
    from pustaka_desktop.core.sync import union

    one, two, district = trio
    for site, copies in ((one, 2), (two, 1)):
        with site:
            rec = store.insert(site.lib, Record, title="Laskar Pelangi", publisher="Bentang", year=2005,
                               authors=json.dumps([{"name": "Andrea Hirata", "role": "primary"}]))
            for n in range(copies):
                store.insert(site.lib, Item, record=rec.id, barcode=f"{site.code}{n}", status="available")
        district.import_file(site.export_to(district))
    with district:
        db = district.lib.db
        # the schema as 0012 left it: holdings in a table of their own, the links indexed by union record
        db.execute_sql('DROP INDEX IF EXISTS "union_link_union_id_site_copies_available"')
        db.execute_sql('CREATE INDEX IF NOT EXISTS "union_link_union_id" ON "union_link" ("union_id")')
        db.execute_sql('CREATE TABLE IF NOT EXISTS "union_holding" ("union_id" INTEGER NOT NULL, "site" VARCHAR(255) NOT NULL, '
                       '"copies" INTEGER NOT NULL, "available" INTEGER NOT NULL, PRIMARY KEY ("union_id", "site")) '
                       'WITHOUT ROWID')
        db.execute_sql("DELETE FROM union_holding")
        db.execute_sql("INSERT INTO union_holding SELECT union_id, site, sum(copies), sum(available) FROM union_link "
                       "GROUP BY 1, 2")
        with db.atomic():
            dict(migrations.MIGRATIONS)[13](db)
        tables = {name for (name,) in db.execute_sql("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert "union_holding" not in tables
        [hit] = union.search(district.lib, "laskar pelangi")
        assert (hit.copies, hit.villages) == (3, 2)
        assert sorted((h.code, h.copies, h.available) for h in hit.holdings) == [("MJU", 1, 1), ("SKM", 2, 2)]
        plan = " ".join(str(row) for row in db.execute_sql(
            "EXPLAIN QUERY PLAN SELECT union_id, site, sum(copies), sum(available) FROM union_link "
            "WHERE union_id IN (1, 2) GROUP BY union_id, site"))
        assert "COVERING INDEX union_link_union_id_site_copies_available" in plan


@both_databases
def test_derived_tables_made_again_after_the_schema_change(trio):
    """An office upgraded from before migration 0005: links without keys or counts are made whole."""
    from pustaka_desktop.core.reports.period import Period
    from pustaka_desktop.core.sync import dialect, stats, union, union_rebuild

    one, two, district = trio
    for site, titles in ((one, ["Laskar Pelangi", "Sang Pemimpi"]), (two, ["Laskar Pelangi"])):
        with site:
            for n, title in enumerate(titles):
                rec = store.insert(site.lib, Record, title=title, publisher="Bentang", year=2005,
                                   authors=json.dumps([{"name": "Andrea Hirata", "role": "primary"}]))
                store.insert(site.lib, Item, record=rec.id, barcode=f"{site.code}{n}", status="available")
        district.import_file(site.export_to(district))
    with district:
        before = [(h.title, h.copies, h.villages) for h in union.search(district.lib, "andrea hirata")]
        report = stats.district_report(district.lib, Period.year(2026))[1]
        conn = dialect.conn(district.lib)  # wherever the union lives
        for table in ("union_key", "union_form", "district_tally"):
            conn.execute(f"DELETE FROM {table}")
        conn.execute("UPDATE union_link SET keys = '', form = '', copies = 0, available = 0, stock = ''")
        conn.execute("UPDATE union_record SET copies = 0, available = 0, villages = 0")
        set_setting(union_rebuild.REBUILD_SETTING, True)
        union_rebuild.ensure_current(district.lib)
        assert [(h.title, h.copies, h.villages) for h in union.search(district.lib, "andrea hirata")] == before
        assert stats.district_report(district.lib, Period.year(2026))[1] == report
        assert before == [("Laskar Pelangi", 2, 2), ("Sang Pemimpi", 1, 1)]
