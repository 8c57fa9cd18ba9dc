"""A district officer whose PostgreSQL fails reads what is wrong and what to do, never the driver's English
(``connection to server at ... failed: FATAL: ...``): on the command line (exit 1, no traceback), in the
GUI's words, and a village sending to the hub learns that the district's database is not reachable and keeps
its bundle. Every failure here is the real server's (``PUSTAKA_TEST_POSTGRES``): a wrong port, password or
database name, a database that lets no one in, a role without rights, and the server gone in the middle
(a relay in front of it that is cut). A full server disk and a server too old are not made on the shared test
server: their errors are the driver's own classes with the server's own words."""

from __future__ import annotations

import os
import socket
import subprocess
import sys

import pytest

from pustaka_desktop.cli import main
from pustaka_desktop.core.settings import set_setting
from pustaka_desktop.core.store import faults, postgres, postgres_errors
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.store.models import Item, Record, SyncBundleLog
from pustaka_desktop.core.sync import client, district_db, hub, union

from .relay import Relay
from .sync_helpers import Site, enrol

NOW = "2026-03-02T09:00:00+07:00"
DRIVER_WORDS = ("connection failed", "failed:", "FATAL", "Traceback", "psycopg", "does not exist", "for table")


def _changed(dsn: str, **parts) -> str:
    from psycopg.conninfo import make_conninfo

    return make_conninfo(dsn, **parts)


def _admin(dsn: str):
    import psycopg

    return psycopg.connect(dsn, autocommit=True, connect_timeout=5)


def _port(dsn: str) -> int:
    from psycopg.conninfo import conninfo_to_dict

    return int(conninfo_to_dict(dsn).get("port") or 5432)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server(Relay):
    """The district's database server as the hub sees it, through a relay on loopback: ``stop`` is the server
    going down in the middle of the work (every open connection cut, and each new one cut as it starts, as a
    PostgreSQL shutting down answers). ``close`` at the test's end (its threads must not outlive the test)."""

    stopped = False

    def up(self, link, data):
        return (b"", True) if self.stopped else (data, False)

    def down(self, link, data):
        return not self.stopped

    def stop(self) -> None:
        self.stopped = True


@pytest.fixture
def district(tmp_path, monkeypatch):
    monkeypatch.delenv(postgres.DSN_ENV, raising=False)
    monkeypatch.setenv("PUSTAKA_LANG", "en")
    site = Site(tmp_path, "dinas", "DIN", FixedClock(NOW), district=True)
    yield site
    site.close()


def _refused_in_words(site: Site, capsys, *command: str) -> str:
    path = str(site.lib.path)
    site.close()
    assert main(["--db", path, *command]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: ") and not any(words in err for words in DRIVER_WORDS), err
    return err


@pytest.mark.parametrize(("change", "said"), [
    ({"port": "wrong"}, "(127.0.0.1, port {port}) refused the connection: PostgreSQL is not running on that "
                        "computer, or the port number is wrong"),
    ({"password": "salah-ketik"}, "refused the user name or password of {user}. Check the password kept in the "
                                  ".pgpass file"),
    ({"dbname": "perpus_kabupaten_tidak_ada"}, "There is no database named perpus_kabupaten_tidak_ada on the "
                                               "district database server. Create it"),
    ({"host": "server-dinas.invalid"}, "The computer name server-dinas.invalid in the district database's address "
                                       "cannot be found"),
    ({"port": "54x2"}, "The district database's address is not written right"),
])
def test_a_wrong_address_password_or_database_is_said_in_words(district, pg_database, capsys, change, said):
    from psycopg.conninfo import conninfo_to_dict

    if change.get("port") == "wrong":
        change = {"port": str(_free_port())}
    dsn = _changed(pg_database, **change)
    expected = said.format(port=change.get("port", ""), user=conninfo_to_dict(pg_database)["user"])
    with district:
        with pytest.raises(postgres_errors.DistrictDatabaseError) as refused:
            district_db.use_database(district.lib, district.staff, dsn)
    assert expected in str(refused.value)
    assert expected in _refused_in_words(district, capsys, "district", "db", dsn)


def test_a_database_that_lets_no_one_in_is_said_in_words(district, pg_database, capsys):
    with _admin(pg_database) as admin:  # (its owner: the test role)
        admin.execute("REVOKE ALL ON DATABASE " + admin.info.dbname + " FROM PUBLIC, CURRENT_USER")
    err = _refused_in_words(district, capsys, "district", "db", pg_database)
    assert "may not do this in the district database (permission denied). Ask whoever looks after" in err


def test_a_server_with_no_room_for_another_connection_is_said_in_words(district, pg_database, capsys):
    with _admin(pg_database) as admin:
        admin.execute("ALTER DATABASE " + admin.info.dbname + " CONNECTION LIMIT 0")
    err = _refused_in_words(district, capsys, "district", "db", pg_database)
    assert "The district database server is full: it takes no more connections now. Wait a moment" in err


def test_a_role_without_rights_on_the_union_tables_is_named_without_a_traceback(district, pg_database, capsys):
    with district:
        district_db.use_database(district.lib, district.staff, pg_database)
    with _admin(pg_database) as admin:  # an administrator "tidied up" the grants
        admin.execute("REVOKE ALL ON union_record FROM CURRENT_USER")
    err = _refused_in_words(district, capsys, "district", "search", "laskar")
    assert "may not do this in the district database (permission denied)" in err


def _enrolled_village_and_a_relay(tmp_path, district, pg_database) -> tuple[Site, Server]:
    """A village enrolled at a district whose PostgreSQL is reached through a relay the test can stop."""
    village = Site(tmp_path, "suka", "SKM", district.clock)
    enrol(village, district, tmp_path)
    server = Server(_port(pg_database))
    with district:
        district_db.use_database(district.lib, district.staff, _changed(pg_database, port=str(server.port)))
    return village, server


def test_the_server_stopped_mid_run_stops_the_usb_inbox_in_words_and_rejects_no_bundle(tmp_path, district,
                                                                                         pg_database):
    village, server = _enrolled_village_and_a_relay(tmp_path, district, pg_database)
    with village:
        store.insert(village.lib, Item, record=store.insert(village.lib, Record, title="Laskar Pelangi").id,
                     barcode="SKM1")
        bundle = village.export_to(district)
    village.close()
    server.stop()
    try:
        with district:
            with pytest.raises(postgres_errors.DistrictDatabaseError) as stopped:
                hub.import_folder(district.lib, district.staff, bundle.parent)
            assert faults.explain(stopped.value) is stopped.value
    finally:
        server.close()
    assert str(stopped.value) == ("The connection to the district database (127.0.0.1) was cut: the server was stopped "
                                  "or restarted. Nothing was saved. Check that PostgreSQL is running there, then try "
                                  "again.")
    with district:  # not "damaged, ask for a new bundle": nothing was logged against the bundle
        assert SyncBundleLog.select().where(SyncBundleLog.result == "rejected").count() == 0
    with district:  # the server back (reached at its own port: the relay is gone): the same bundle goes in
        set_setting(postgres.DSN_SETTING, pg_database)
        lines = hub.import_folder(district.lib, district.staff, bundle.parent)
        assert [line.result for line in lines] == ["applied"]
        assert [h.title for h in union.search(district.lib, "laskar")] == ["Laskar Pelangi"]


_SERVE = """
import sys
from pustaka_desktop.cli.hub import hub_and_catalogue
from pustaka_desktop.core.service import Library
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.web.server import WebServer

lib = Library.open(sys.argv[1], FixedClock(sys.argv[2]))
server = WebServer(hub_and_catalogue(lib), host="127.0.0.1", port=int(sys.argv[3])).start()
print("ready", flush=True)
server._thread.join()
"""


def test_a_village_learns_the_districts_database_is_not_reachable_and_keeps_its_bundle(tmp_path, district,
                                                                                        pg_database):
    village, server = _enrolled_village_and_a_relay(tmp_path, district, pg_database)
    path = district.lib.path
    district.close()
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-c", _SERVE, str(path), NOW, str(port)], text=True,
                               env=dict(os.environ, PUSTAKA_LANG="en"), stdout=subprocess.PIPE,
                               stderr=subprocess.STDOUT)
    try:
        assert process.stdout.readline().strip() == "ready"
        url = f"http://127.0.0.1:{port}"
        with village:
            store.insert(village.lib, Item, record=store.insert(village.lib, Record, title="Laskar Pelangi").id,
                         barcode="SKM1")
            assert client.exchange(village.lib, village.staff, url).sent[0][1] == "applied"
            server.stop()  # the district's PostgreSQL switched off while the hub runs
            store.insert(village.lib, Item, record=store.insert(village.lib, Record, title="Bumi Manusia").id,
                         barcode="SKM2")
            with pytest.raises(client.NetworkError) as refused:
                client.exchange(village.lib, village.staff, url)
            assert refused.value.reason == "hub-database"
            said = refused.value.message()
            assert said.startswith("The district's database is not reachable right now") and "Nothing was lost" in said
            assert not any(words in said for words in DRIVER_WORDS)
            assert len(list(client.sync_dir(village.lib, "outgoing").glob("*.zip"))) == 1  # sent again next time
            assert not list(client.sync_dir(village.lib, "rejected").glob("*.zip"))
    finally:
        process.terminate()
        log = process.communicate(timeout=30)[0]
        village.close()
        server.close()
    assert "the district database cannot be used" in log and "Traceback" not in log  # the officer's log says why


def test_a_full_server_disk_is_the_servers_not_this_pcs(district):
    import psycopg

    full = psycopg.errors.DiskFull('could not extend file "base/16384/16390": No space left on device\n'
                                   "HINT:  Check free disk space.")
    said = faults.explain(full, district.lib.path)
    assert said.message().startswith("The disk of the district database server (?) is full")  # (no guessed host)
    assert str(district.lib.path) not in said.message()  # (this PC's library file is not the one that is full)
    from peewee import OperationalError

    try:
        raise OperationalError(str(full)) from full  # as peewee passes it on
    except OperationalError as wrapped:
        assert faults.explain(wrapped, district.lib.path).kind == postgres_errors.DISK_FULL


def test_a_server_too_old_for_the_union_tables_says_which_version():
    assert postgres_errors.too_old(150004) is None and postgres_errors.too_old(100023) is None
    said = postgres_errors.too_old(90624)
    assert said.message() == ("The district database server is PostgreSQL 9.6; Pustaka needs PostgreSQL 10 or newer. "
                              "Ask whoever looks after the server to update it.")


@pytest.mark.parametrize(("dsn", "where"), [
    ("postgresql://pustaka:rahasia@10.0.0.5:5433/hub", ("10.0.0.5", "5433", "pustaka", "hub")),
    ("postgresql://pustaka@dinas.local/perpus", ("dinas.local", "5432", "pustaka", "perpus")),
    ("host=10.0.0.5 dbname=hub user=pustaka password=rahasia", ("10.0.0.5", "5432", "pustaka", "hub")),
])
def test_the_address_is_named_without_its_password(dsn, where):
    found = postgres_errors.where(dsn)
    assert (found["host"], found["port"], found["user"], found["database"]) == where
    assert "rahasia" not in str(found)


@pytest.mark.parametrize(("words", "sqlstate", "kind"), [  # as libpq 18 and PostgreSQL 15 write them
    ('connection failed: connection to server at "127.0.0.1", port 5432 failed: server does not support SSL, but '
     "SSL was required", None, postgres_errors.SECURE),
    ('connection failed: connection to server at "10.0.0.5", port 5432 failed: FATAL:  no pg_hba.conf entry for host '
     '"10.0.0.9", user "pustaka", database "hub", no encryption', None, postgres_errors.NOT_LET_IN),
    ('connection failed: connection to server at "10.0.0.5", port 5432 failed: timeout expired', None,
     postgres_errors.NO_ANSWER),
    ("consuming input failed: server closed the connection unexpectedly\n\tThis probably means the server terminated "
     "abnormally\n\tbefore or while processing the request.", None, postgres_errors.DROPPED),
    ("the connection is closed", None, postgres_errors.DROPPED),
    ('connection failed: connection to server at "10.0.0.5", port 5432 failed: FATAL:  the database system is '
     "starting up", None, postgres_errors.DROPPED),
    ('connection failed: connection to server at "10.0.0.5", port 5432 failed: FATAL:  sorry, too many clients '
     "already", None, postgres_errors.TOO_MANY),
    ("cannot execute INSERT in a read-only transaction", "25006", postgres_errors.READ_ONLY),
    # (a port where a web server answers: libpq's SSL question gets "HTTP/1.1 ...", with sslmode=disable its
    # start-up packet does; neither is an SSL problem)
    ('connection failed: connection to server at "10.0.0.5", port 8080 failed: received invalid response to SSL '
     "negotiation: H", None, postgres_errors.NOT_POSTGRES),
    ('connection failed: connection to server at "10.0.0.5", port 8080 failed: expected authentication request from '
     'server, but received H', None, postgres_errors.NOT_POSTGRES),
    ('relation "union_record" does not exist', "42P01", postgres_errors.OTHER),  # (a bug, not the database name)
    ('duplicate key value violates unique constraint "union_record_key_key"', "23505", postgres_errors.OTHER),
])
def test_the_servers_words_are_sorted_into_what_an_officer_can_do(words, sqlstate, kind):
    import psycopg

    error = psycopg.errors.lookup(sqlstate)(words) if sqlstate else psycopg.OperationalError(words)
    assert postgres_errors.kind(error) == kind
    said = postgres_errors.worded(error, "postgresql://pustaka@10.0.0.5/hub").message()
    assert kind == postgres_errors.OTHER or "failed:" not in said
