"""A district that outgrows one PC: its union catalogue and figures move from the SQLite file into
PostgreSQL (``pustaka-cli district db DSN --move``), keep following the villages there, survive a
commit that reached only one of the two files, and can come back to the file."""

from __future__ import annotations

import json
from datetime import date

import pytest

from pustaka_desktop.cli import main
from pustaka_desktop.core.errors import Refused, ValidationError
from pustaka_desktop.core.reports.period import Period
from pustaka_desktop.core.service import Library
from pustaka_desktop.core.store import postgres
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.store.models import Item, Member, MemberType, Record, Visit
from pustaka_desktop.core.sync import dialect, district_db, hub, stats, union, union_rebuild

from .sync_helpers import Site, district_and_villages


@pytest.fixture
def grown(tmp_path, monkeypatch):
    """A district on its SQLite file with two villages' books, members and visitors already in."""
    monkeypatch.delenv(postgres.DSN_ENV, raising=False)
    clock = FixedClock("2026-03-02T09:00:00+07:00")
    district, villages = district_and_villages(tmp_path, clock)
    for n, village in enumerate(villages):
        with village:
            laskar = store.insert(village.lib, Record, title="Laskar Pelangi", isbn="9789793062792",
                                  authors=json.dumps([{"name": "Andrea Hirata", "role": "primary"}]))
            for k in range(n + 1):
                store.insert(village.lib, Item, record=laskar.id, barcode=f"{village.code}L{k}")
            own = store.insert(village.lib, Record, title=f"Sejarah Desa {village.code}", publisher="Swadaya",
                               year=2020)
            store.insert(village.lib, Item, record=own.id, barcode=f"{village.code}S1")
            store.insert(village.lib, Member, number=f"{village.code}-1", name=f"Warga {village.code}",
                         member_type=MemberType.select().first().id, registered_on=date(2026, 1, 5),
                         expires_on=date(2027, 1, 5))
            store.insert(village.lib, Visit, at=clock.now(), headcount=5 + n, purpose="read")
        assert district.import_file(village.export_to(district)).result == "applied"
    yield district, villages
    for site in (district, *villages):
        site.close()


def _view(district: Site):
    with district:
        hits = [(h.title, h.copies, h.villages, sorted(x.code for x in h.holdings))
                for h in union.search(district.lib, "laskar")]
        _, total = stats.district_report(district.lib, Period.year(2026))
        return hits, union.counts(district.lib), (total.records, total.copies, total.visits, total.members)


def test_moving_the_catalogue_into_postgresql_and_back(grown, pg_database, capsys, monkeypatch):
    monkeypatch.setenv("PUSTAKA_LANG", "en")
    district, villages = grown
    before = _view(district)
    assert before[0] == [("Laskar Pelangi", 3, 2, ["MJU", "SKM"])] and before[2] == (4, 5, 11, 2)
    path = str(district.lib.path)
    district.close()

    # an empty database next to a catalogue here: the officer must say to move it
    assert main(["--db", path, "district", "db", pg_database]) == 1
    assert "add --move" in capsys.readouterr().err
    assert main(["--db", path, "district", "db", pg_database, "--move"]) == 0
    out = capsys.readouterr().out
    assert "Copied 3 union records" in out and "(postgresql): 3 titles in stock" in out
    assert main(["--db", path, "district", "db", pg_database, "--move"]) == 1  # never twice into one database
    assert "already holds a union catalogue (3 records)" in capsys.readouterr().err

    district.lib = Library.open(path, district.clock)
    assert district.lib.union_db() is not district.lib.db
    assert _view(district) == before
    with district:  # the planner knows the tables at once (their first searches use the word index)
        analysed = dialect.conn(district.lib).execute(
            "SELECT count(*) FROM pg_stat_user_tables WHERE relname LIKE 'union_%' AND last_analyze IS NOT NULL"
        ).fetchone()[0]
        assert analysed >= 7
    with district:  # the search words came along
        assert sorted(h.title for h in union.search(district.lib, "sejarah desa")) == ["Sejarah Desa MJU",
                                                                                    "Sejarah Desa SKM"]
    # the villages go on: a new title, a weeded copy, the district adopts a record
    suka = villages[0]
    with suka:
        store.insert(suka.lib, Item, record=store.insert(suka.lib, Record, title="Ronggeng Dukuh Paruk").id,
                     barcode="SKMR1")
        store.update(suka.lib, Item.get(Item.barcode == "SKML0"), status="weeded")
    assert district.import_file(suka.export_to(district)).result == "applied"
    with district:
        [laskar] = union.search(district.lib, "laskar")
        assert (laskar.copies, laskar.villages) == (2, 1)
        assert [h.title for h in union.search(district.lib, "ronggeng")] == ["Ronggeng Dukuh Paruk"]
        hub.edit_record(district.lib, district.staff, laskar.id, publisher="Bentang Pustaka")
        assert union.record_fields(district.lib, laskar.id)["publisher"] == "Bentang Pustaka"
        # nothing of it was written into the file's own union tables
        assert district.lib.db.execute_sql("SELECT count(*) FROM union_record WHERE title = 'Ronggeng Dukuh Paruk'"
                                           ).fetchone()[0] == 0
    grown_there = _view(district)

    # back to the file: its old copy is made again from the replicas, and agrees
    with district:
        district_db.use_database(district.lib, district.staff, "")
        assert district.lib.union_store is None
        assert _view(district) == grown_there


def test_a_commit_that_reached_only_the_sqlite_file_is_made_good(grown, pg_database, monkeypatch):
    district, villages = grown
    with district:
        district_db.use_database(district.lib, district.staff, pg_database, move=True)
    before = _view(district)
    # The PC dies after SQLite committed a bundle and before PostgreSQL did: imitated by a PostgreSQL
    # that refuses the commit.
    maju = villages[1]
    with maju:
        store.insert(maju.lib, Item, record=store.insert(maju.lib, Record, title="Bumi Manusia").id, barcode="MJUB1")
    pg = district.lib.union_store.db
    real_commit = type(pg).commit
    monkeypatch.setattr(type(pg), "commit", lambda self: (_ for _ in ()).throw(OSError("server closed the connection")))
    with pytest.raises(OSError):
        district.import_file(maju.export_to(district))
    monkeypatch.setattr(type(pg), "commit", real_commit)
    pg.rollback()
    with district:
        assert union.search(district.lib, "bumi manusia") == []  # PostgreSQL lost it for now
    path = str(district.lib.path)
    district.close()
    district.lib = Library.open(path, district.clock)
    with district:  # the next start makes the catalogue again from the replicas, which kept the bundle
        assert [h.title for h in union.search(district.lib, "bumi manusia")] == []
        union_rebuild.ensure_current(district.lib)
        assert [h.title for h in union.search(district.lib, "bumi manusia")] == ["Bumi Manusia"]
    assert _view(district)[0] == before[0]


def test_bad_addresses_are_refused_in_words(grown, capsys, monkeypatch):
    monkeypatch.setenv("PUSTAKA_LANG", "en")
    district, _ = grown
    with district:
        with pytest.raises(ValidationError):
            district_db.use_database(district.lib, district.staff, "mysql://root@localhost/dinas")
        with pytest.raises(Refused) as refused:
            district_db.use_database(district.lib, district.staff, "postgresql://dinas:rahasia@127.0.0.1:1/dinas")
        assert "(127.0.0.1, port 1) refused the connection" in str(refused.value) and "rahasia" not in str(refused.value)
        assert district.lib.union_store is None and union.counts(district.lib)["records"] == 3
    path = str(district.lib.path)
    district.close()
    assert main(["--db", path, "district", "db", "postgresql://dinas:rahasia@127.0.0.1:1/dinas"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: The district database server (127.0.0.1, port 1) refused the connection")
    assert "Traceback" not in err and "failed:" not in err
    assert main(["--db", path, "district", "db"]) == 0
    assert "(sqlite): 3 titles in stock" in capsys.readouterr().out
    district.lib = Library.open(path, district.clock)


def test_the_hub_carries_on_after_the_database_server_dropped_it(grown, pg_database):
    import psycopg

    district, villages = grown
    with district:
        district_db.use_database(district.lib, district.staff, pg_database, move=True)
        before = [h.title for h in union.search(district.lib, "laskar")]
        pid = district.lib.union_store.db.execute_sql("SELECT pg_backend_pid()").fetchone()[0]
    with psycopg.connect(pg_database, autocommit=True) as admin:  # a restart, or an administrator's kill
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    with district:
        assert [h.title for h in union.search(district.lib, "laskar")] == before
    suka = villages[0]
    with suka:
        store.insert(suka.lib, Item, record=store.insert(suka.lib, Record, title="Cantik Itu Luka").id, barcode="SKMC1")
    assert district.import_file(suka.export_to(district)).result == "applied"
    with district:
        assert [h.title for h in union.search(district.lib, "cantik luka")] == ["Cantik Itu Luka"]
