"""The district office moved its hub to a new server (its database folder copied, keys and all) and the officer has
not yet confirmed it is the original: a village sending over the network meanwhile hears that the problem is at the
district office, not in its own database, and keeps its bundle to send again."""

from __future__ import annotations

import shutil

import pytest

from pustaka_desktop.core.catalog import records
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.sync import client

from .sync_helpers import Site, enrol, hub_serving


def test_a_village_sending_to_a_hub_whose_database_was_moved_is_told_it_is_the_districts_and_keeps_its_bundle(
        tmp_path):
    clock = FixedClock("2026-03-02T09:00:00+07:00")
    district = Site(tmp_path, "dinas", "DIN", clock, district=True)
    village = Site(tmp_path, "cibodas", "CBD", clock)
    enrol(village, district, tmp_path)
    with district:
        district.lib.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    district.close()
    server = tmp_path / "server-baru"
    shutil.copytree(district.lib.path.parent, server)  # the database and its keys folder beside it
    hub, port = hub_serving(server / district.lib.path.name)
    try:
        with village:
            records.add_record(village.lib, village.staff, title="Laskar Pelangi")
            with pytest.raises(client.NetworkError) as refused:
                client.exchange(village.lib, village.staff, f"http://127.0.0.1:{port}")
            assert refused.value.reason == "hub-database"  # "a problem at the district office, not here"
            assert "copy" not in refused.value.message()  # not "this database looks like a copy": not the village's
            assert len(list(client.sync_dir(village.lib, "outgoing").glob("*.zip"))) == 1  # sent again next time
            assert not list(client.sync_dir(village.lib, "rejected").glob("*.zip"))
    finally:
        hub.terminate()
        log = hub.communicate(timeout=30)[0]
        village.close()
    assert "looks like a copy" in log and "Traceback" not in log  # the officer's log says what to confirm
    assert "sync confirm-copy --original" in log.split("listening")[0]  # said when the hub starts, before any village
