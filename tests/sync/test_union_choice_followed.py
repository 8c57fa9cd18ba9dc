"""Two programs on the district's PC open the same file: the app the officer works in, and ``hub serve`` taking the
villages' bundles over the network. When the officer moved the union catalogue (brought it back into the file, or to
PostgreSQL) in one, the other went on writing into the old place until it was started again: a village's book
applied meanwhile was missing from the catalogue the office then used, without a word. Each transaction now
follows the choice saved in the file."""

from __future__ import annotations

import socket

import pytest

from pustaka_desktop.core.service import Library
from pustaka_desktop.core.settings import set_setting
from pustaka_desktop.core.store import postgres, postgres_errors
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Item, Record
from pustaka_desktop.core.sync import dialect, district_db, importer, union

from .sync_helpers import Site


def _book(village: Site, title: str, barcode: str) -> None:
    with village:
        record = store.insert(village.lib, Record, title=title)
        store.insert(village.lib, Item, record=record.id, barcode=barcode)


def _second_program(district: Site) -> Library:
    """The same district file opened by another program (the hub beside the app)."""
    return Library.open(district.lib.path, district.clock)


def _titles(lib: Library, words: str) -> list[str]:
    with lib.bound():
        return [hit.title for hit in union.search(lib, words)]


def test_the_hub_follows_a_move_the_app_saved_and_says_so_when_that_server_is_not_there(pair, monkeypatch):
    village, district = pair
    monkeypatch.delenv(postgres.DSN_ENV, raising=False)
    hub = _second_program(district)
    try:
        _book(village, "Laskar Pelangi", "SKM1")
        bundle = village.export_to(district)
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        with district:  # the app saved a server (as `district db ... --move` does) that is not running now
            set_setting(postgres.DSN_SETTING, f"postgresql://dinas@127.0.0.1:{port}/pustaka")
        with hub.bound(), pytest.raises(postgres_errors.DistrictDatabaseError) as refused:
            importer.import_bundle(hub, district.staff, bundle)  # not into the file the catalogue has left
        assert "refused the connection" in str(refused.value)
        with district:
            set_setting(postgres.DSN_SETTING, postgres.THIS_FILE)  # brought back: the hub follows it again
        with hub.bound():
            assert importer.import_bundle(hub, district.staff, bundle).result == "applied"
            assert dialect.describe(hub)["kind"] == "sqlite"
        assert _titles(district.lib, "laskar") == ["Laskar Pelangi"]
    finally:
        hub.close()
        district.lib.activate()


def test_a_book_the_hub_applies_after_the_app_brought_the_catalogue_back_is_in_the_file(pair, pg_database,
                                                                                         monkeypatch):
    village, district = pair
    monkeypatch.delenv(postgres.DSN_ENV, raising=False)
    _book(village, "Laskar Pelangi", "SKM1")
    with district:
        district_db.use_database(district.lib, district.staff, pg_database, move=True)
    assert district.import_file(village.export_to(district)).result == "applied"
    hub = _second_program(district)
    try:
        with hub.bound():
            assert dialect.describe(hub)["kind"] == "postgresql"
        with district:
            district_db.use_database(district.lib, district.staff, "")  # the officer brings it back in the app
        _book(village, "Bumi Manusia", "SKM2")
        with hub.bound():  # the next bundle reaches the hub, which has not been started again
            assert importer.import_bundle(hub, district.staff, village.export_to(district)).result == "applied"
            assert dialect.describe(hub)["kind"] == "sqlite"
        district.lib.activate()
        assert _titles(district.lib, "bumi manusia") == ["Bumi Manusia"]
        assert _titles(district.lib, "laskar") == ["Laskar Pelangi"]
    finally:
        hub.close()
        district.lib.activate()
