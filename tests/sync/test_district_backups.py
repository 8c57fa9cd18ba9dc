"""Backups that fit a district (issue 22): one a day however many bundles arrive (none per import),
written compacted once the database is big, restorable like any other, and kept to the disk budget."""

from __future__ import annotations

import os

from pustaka_desktop.core.settings import set_setting
from pustaka_desktop.core.store import backup, backup_budget
from pustaka_desktop.core.store import db as dbmod
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Item, Record, SyncReplica
from pustaka_desktop.core.sync import enrolment

from .test_district_desk_more import trio  # noqa: F401 - the fixture: two villages and their district


def _reasons(site) -> list[str]:
    return [b.reason for b in backup.list_backups(site.lib.path)]


def _stock(site, books: int) -> None:
    with site, site.lib.transaction():
        for n in range(books):
            record = store.insert(site.lib, Record, title=f"Cerita Rakyat Nusantara Jilid {n + 1}",
                                  publisher="Balai Pustaka", isbn="")
            store.insert(site.lib, Item, record=record, barcode=f"{site.code}{n:05d}")


def test_the_district_backs_up_once_a_day_however_many_bundles_it_imports(trio):  # noqa: F811
    one, two, district = trio
    _stock(one, 3)
    for village in (one, two, one, two, one):
        district.import_file(village.export_to(district))
    assert _reasons(district) == ["daily"]  # the first import of the day made it; no copy per import
    district.clock.advance(days=1)
    for village in (two, one, two):
        district.import_file(village.export_to(district))
    assert _reasons(district) == ["daily", "daily"]
    assert "bundle-import" not in _reasons(district)


def test_a_big_district_database_is_backed_up_compacted_and_restores_from_it(trio, monkeypatch):  # noqa: F811
    one, _two, district = trio
    _stock(one, 400)
    district.import_file(one.export_to(district))
    with district:
        # a village closes: its holdings leave the union tables, and their pages stand empty in the file
        enrolment.revoke(district.lib, district.staff, one.lib.site_id)
        replicas = SyncReplica.select().count()
    dbmod.checkpoint(district.lib.db)
    monkeypatch.setattr(dbmod, "COMPACT_FROM", 0)  # as big as a district's multi-gigabyte file
    with district:
        made = backup.backup_before(district.lib, "manual")
    size = os.path.getsize(district.lib.path)
    assert made.stat().st_size < size  # only the pages in use, each one full
    assert backup.check_file(made)
    assert backup.preview(made).library_code == "DIN"
    with district:
        district.lib.db.execute_sql("DELETE FROM sync_replica")  # a mistake the backup must undo
        info = backup.restore(district.lib, district.staff, made)
        assert SyncReplica.select().count() == replicas > 800
    assert info.library_code == "DIN"


def test_a_small_village_database_is_copied_page_by_page(trio):  # noqa: F811
    one, _two, _district = trio
    with one:
        made = backup.backup_before(one.lib, "manual")
    with open(made, "rb") as handle:
        header = handle.read(20)
    assert header[18:20] == b"\x02\x02"  # the live file's own pages (WAL mode), not rebuilt
    assert backup.check_file(made)


def test_new_backups_keep_to_the_budget_the_backups_page_shows(trio):  # noqa: F811
    _one, _two, district = trio
    with district:
        first = backup.backup_before(district.lib, "daily")
        budget = first.stat().st_size * 4
        set_setting(backup_budget.BUDGET_SETTING, budget)
        for _day in range(6):
            district.clock.advance(days=1)
            backup.daily_backup(district.lib)
        use = backup_budget.disk_use(district.lib.path)
    assert use.count == 4 and not use.over  # the oldest went first
    assert use.backups <= use.budget == budget
    assert not first.exists()
