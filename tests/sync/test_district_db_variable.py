"""PUSTAKA_DISTRICT_DATABASE (set by whoever installed the district hub) against the district officer's own choice
(``district db``, Settings > Union catalogue database): the choice saved in the file wins, so bringing the union
catalogue back into the file holds at the next start, and a move never copies this file's older catalogue while
the catalogue lives on another server. The CLI says which of the two decided.

The first tests need no server (the variable names one nobody answers on: nothing may try to reach it); the
others run on the PostgreSQL of ``PUSTAKA_TEST_POSTGRES`` and are skipped without it."""

from __future__ import annotations

import socket

import pytest

from pustaka_desktop.cli import main
from pustaka_desktop.core.errors import Refused
from pustaka_desktop.core.service import Library
from pustaka_desktop.core.settings import get_setting, set_setting
from pustaka_desktop.core.store import postgres
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Item, Record
from pustaka_desktop.core.sync import dialect, district_db, union

from .sync_helpers import Site, drop_database


def _nobody_listens() -> str:
    """The address of a PostgreSQL server that is not there (a port nothing listens on)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"postgresql://dinas@127.0.0.1:{port}/pustaka_hub"


def _book(village: Site, district: Site, title: str, barcode: str) -> None:
    with village:
        record = store.insert(village.lib, Record, title=title)
        store.insert(village.lib, Item, record=record.id, barcode=barcode)
    assert district.import_file(village.export_to(district)).result == "applied"


def _reopen(district: Site) -> None:
    path = district.lib.path
    district.close()
    district.lib = Library.open(path, district.clock)
    district.lib.activate()


# --- without a server ----------------------------------------------------------------------------------


def test_brought_back_the_catalogue_stays_in_the_file_at_the_next_start_though_the_variable_names_a_server(
        pair, monkeypatch):
    village, district = pair
    monkeypatch.delenv(postgres.DSN_ENV, raising=False)
    _book(village, district, "Laskar Pelangi", "SKM1")
    gone = _nobody_listens()
    with district:
        district_db.use_database(district.lib, district.staff, "")  # 'district db here' / Bring it back
    monkeypatch.setenv(postgres.DSN_ENV, gone)  # (the hub's installer sets it on this PC afterwards)
    _reopen(district)
    with district:
        assert dialect.describe(district.lib)["kind"] == "sqlite"  # (the server was never asked)
        assert [h.title for h in union.search(district.lib, "laskar")] == ["Laskar Pelangi"]
        found = district_db.place(district.lib)
        assert found.server == "" and not found.by_variable and found.unused_variable == gone
        assert district_db.kept_elsewhere(district.lib) == ""  # (the Backups page: the file holds everything)


def test_the_variable_decides_only_until_the_officer_chose(pair, monkeypatch):
    _village, district = pair
    there = "postgresql://dinas:rahasia@10.0.0.5/pustaka"
    monkeypatch.setenv(postgres.DSN_ENV, there)
    with district:
        found = district_db.place(district.lib)
        assert found == district_db.Place("postgresql://dinas:***@10.0.0.5/pustaka", True, "")
        set_setting(postgres.DSN_SETTING, "")  # (what an older version saved on bringing it back: not a choice)
        assert district_db.place(district.lib).by_variable
        set_setting(postgres.DSN_SETTING, "postgresql://dinas@10.0.0.5:5432/pustaka")  # the same database, saved
        assert district_db.place(district.lib) == district_db.Place("postgresql://dinas@10.0.0.5:5432/pustaka",
                                                                    False, "")
        set_setting(postgres.DSN_SETTING, "postgresql://dinas@10.0.0.9/pustaka")
        assert district_db.place(district.lib).unused_variable == "postgresql://dinas:***@10.0.0.5/pustaka"
        assert district_db.variable_overruled_by("postgresql://dinas@10.0.0.5:5432/pustaka") == ""
        assert district_db.variable_overruled_by("postgresql://dinas@10.0.0.9/pustaka") == found.server


def test_a_move_while_the_variable_names_another_server_is_refused_before_connecting(pair, monkeypatch, capsys):
    monkeypatch.setenv("PUSTAKA_LANG", "en")
    village, district = pair
    _book(village, district, "Laskar Pelangi", "SKM1")
    monkeypatch.setenv(postgres.DSN_ENV, _nobody_listens())
    with district:
        with pytest.raises(Refused) as refused:
            district_db.use_database(district.lib, district.staff, _nobody_listens(), move=True)
        assert refused.value.reason == "bring_back_first"
        assert get_setting(postgres.DSN_SETTING) is None  # nothing saved
    path = str(district.lib.path)
    district.close()
    assert main(["--db", path, "district", "db", _nobody_listens(), "--move"]) == 1
    said = capsys.readouterr().err
    assert "PUSTAKA_DISTRICT_DATABASE variable names" in said and "bring it back into this file first" in said
    assert "Traceback" not in said


def test_the_cli_says_the_variable_is_not_used_once_the_catalogue_is_brought_back(pair, monkeypatch, capsys):
    monkeypatch.setenv("PUSTAKA_LANG", "en")
    _village, district = pair
    gone = _nobody_listens()
    monkeypatch.setenv(postgres.DSN_ENV, gone)
    path = str(district.lib.path)
    district.close()
    assert main(["--db", path, "district", "db", "here"]) == 0
    assert main(["--db", path, "district", "db"]) == 0  # (a later run: still the file, the server not asked)
    said = capsys.readouterr().out.splitlines()
    assert len(said) == 4 and said[0] == said[2] and said[1] == said[3]
    assert said[0].startswith(f"Union catalogue in {path} (sqlite)")
    assert said[1] == (f"This PC's PUSTAKA_DISTRICT_DATABASE variable names {gone}, but the choice saved in this "
                       "library decides: the variable is not used.")


def test_the_cli_says_it_in_indonesian_too(pair, monkeypatch, capsys):
    from pustaka_desktop import i18n
    from tests.core.test_cli_output_language import english_in

    village, district = pair
    _book(village, district, "Laskar Pelangi", "SKM1")
    monkeypatch.setenv(postgres.DSN_ENV, _nobody_listens())
    path = str(district.lib.path)
    district.close()
    try:
        assert main(["--lang", "id", "--db", path, "district", "db", _nobody_listens(), "--move"]) == 1
        assert main(["--lang", "id", "--db", path, "district", "db", "here"]) == 0
        out, err = capsys.readouterr()
    finally:
        i18n.install("id")
    assert "PUSTAKA_DISTRICT_DATABASE" in err and "kembalikan dulu" in err
    assert "variabel itu tidak dipakai" in out
    assert not [line for line in (out + err).splitlines() if english_in(line)], out + err


# --- on a real PostgreSQL -------------------------------------------------------------------------------


def test_a_book_applied_after_bringing_it_back_is_still_in_the_catalogue_at_the_next_start(
        pair, pg_database, monkeypatch):
    village, district = pair
    monkeypatch.setenv(postgres.DSN_ENV, pg_database)  # the hub was installed with the catalogue on the server
    _reopen(district)  # (the variable is read when the library opens)
    _book(village, district, "Laskar Pelangi", "SKM1")
    with district:
        assert dialect.describe(district.lib)["kind"] == "postgresql" and district_db.place(district.lib).by_variable
        district_db.use_database(district.lib, district.staff, "")  # brought back; the app stays open
    _book(village, district, "Bumi Manusia", "SKM2")  # the next bundle, into the file's catalogue
    _reopen(district)
    with district:
        assert dialect.describe(district.lib)["kind"] == "sqlite"
        assert [h.title for h in union.search(district.lib, "bumi manusia")] == ["Bumi Manusia"]
        assert [h.title for h in union.search(district.lib, "laskar")] == ["Laskar Pelangi"]
    assert district_db.try_database(pg_database) == 1  # (nothing deleted on the server)


def test_a_move_from_the_variables_server_to_another_copies_nothing_and_changes_nothing(
        pair, pg_database, pg_template, monkeypatch, capsys):
    from tests.sync.conftest import _admin, _with_database

    monkeypatch.setenv("PUSTAKA_LANG", "en")
    village, district = pair
    monkeypatch.setenv(postgres.DSN_ENV, pg_database)
    _reopen(district)
    _book(village, district, "Laskar Pelangi", "SKM1")
    server, template = pg_template
    other = f"{template}_other"
    with _admin(server) as admin:
        admin.execute(f'CREATE DATABASE "{other}" TEMPLATE "{template}"')
    try:
        path = str(district.lib.path)
        district.close()
        assert main(["--db", path, "district", "db"]) == 0
        said = capsys.readouterr().out
        assert "(postgresql): 1 titles in stock" in said and "Named by this PC's PUSTAKA_DISTRICT_DATABASE" in said
        for args in (["--move"], []):  # moved there (an older catalogue), or pointed at an empty database
            assert main(["--db", path, "district", "db", _with_database(server, other), *args]) == 1
            assert "bring it back into this file first" in capsys.readouterr().err
        assert district_db.try_database(_with_database(server, other)) == 0
        district.lib = Library.open(path, district.clock)
        with district:
            assert get_setting(postgres.DSN_SETTING) is None
            assert [h.title for h in union.search(district.lib, "laskar")] == ["Laskar Pelangi"]
    finally:
        district.close()
        with _admin(server) as admin:
            drop_database(admin, other)


def test_the_catalogue_comes_back_while_the_saved_server_is_gone(pair, monkeypatch):
    village, district = pair
    monkeypatch.delenv(postgres.DSN_ENV, raising=False)
    _book(village, district, "Laskar Pelangi", "SKM1")
    with district:
        set_setting(postgres.DSN_SETTING, _nobody_listens())  # (the server's disk died; this file holds the replicas)
    _reopen(district)
    with district:
        district_db.use_database(district.lib, district.staff, "")
        assert dialect.describe(district.lib)["kind"] == "sqlite"
        assert [h.title for h in union.search(district.lib, "laskar")] == ["Laskar Pelangi"]
