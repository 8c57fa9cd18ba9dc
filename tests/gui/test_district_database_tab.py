"""A district officer moves the union catalogue to PostgreSQL from Settings > Union catalogue database, and back:
the server typed in fields, a test of the connection said in words (never the driver's English), the password
kept in the PC user's PostgreSQL password file and never in the library's settings; only staff allowed
``sync.manage`` in a district office see the tab."""

from __future__ import annotations

import os
import socket
import stat
import threading

import pytest

from pustaka_desktop.core import auth
from pustaka_desktop.core.settings import get_setting
from pustaka_desktop.core.store import pgpass, postgres
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.store.models import Item, Record, Setting
from pustaka_desktop.core.sync import dialect, district_db, union
from pustaka_desktop.gui import workers
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages.settings import SettingsPage
from tests.sync.conftest import pg_database, pg_template  # noqa: F401 - the sync tests' fresh PostgreSQL database
from tests.sync.sync_helpers import Site, drop_database, enrol

DRIVER_WORDS = ("connection failed", "failed:", "FATAL", "Traceback", "psycopg", "refused)")


def district_with_a_book(tmp_path, monkeypatch) -> Site:
    """A district office whose union catalogue holds a village's book (Laskar Pelangi), in its own file."""
    monkeypatch.delenv(postgres.DSN_ENV, raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "home" / "pgpass.conf"))  # (never the tester's own ~/.pgpass)
    clock = FixedClock("2026-03-02T09:00:00+07:00")
    site = Site(tmp_path, "dinas", "DIN", clock, district=True)
    village = Site(tmp_path, "suka", "SKM", clock)
    enrol(village, site, tmp_path)
    with village:
        record = store.insert(village.lib, Record, title="Laskar Pelangi", isbn="9789793062792")
        store.insert(village.lib, Item, record=record.id, barcode="SKM1")
    site.import_file(village.export_to(site))
    village.close()
    site.lib.activate()
    return site


@pytest.fixture
def district(tmp_path, monkeypatch):
    site = district_with_a_book(tmp_path, monkeypatch)
    yield site
    site.close()


def _tab(qtbot, site, user=None):
    page = SettingsPage(AppContext(lib=site.lib, user=user or site.staff))
    qtbot.addWidget(page)
    return page


def _finished(qtbot) -> None:
    qtbot.waitUntil(lambda: not workers._unfinished and not workers._running, timeout=30_000)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_the_tab_is_the_district_officers_only(qtbot, district, tmp_path):
    page = _tab(qtbot, district)
    titles = [page.tabs.tabText(i) for i in range(page.tabs.count())]
    assert page.district_db_tab is not None and "Union catalogue database" in titles
    volunteer = auth.add_staff(district.lib, district.staff, "relawan", "relawan1", auth.VOLUNTEER)
    assert _tab(qtbot, district, volunteer).district_db_tab is None  # (no tab: no way to it)
    with pytest.raises(auth.PermissionDenied):
        district_db.try_server(volunteer, "127.0.0.1", 5432, "pustaka", "dinas")
    village = Site(tmp_path, "desa", "DSA", FixedClock("2026-03-02T09:00:00+07:00"))
    try:
        village.lib.activate()
        assert _tab(qtbot, village).district_db_tab is None
    finally:
        village.close()
        district.lib.activate()


def test_the_tab_says_the_catalogue_lives_in_this_file(qtbot, district):
    page = _tab(qtbot, district)
    tab = page.district_db_tab
    assert str(district.lib.path) in tab.where.text()
    assert tab.back_button.isHidden() and tab.move_button.isEnabled()


def test_a_wrong_port_is_said_in_words(qtbot, district):
    page = _tab(qtbot, district)
    tab = page.district_db_tab
    port = _free_port()  # (nothing listens there)
    _type_server(tab, f"postgresql://dinas:rahasia@127.0.0.1:{port}/pustaka")
    tab.test_button.click()
    _finished(qtbot)
    said = tab.outcome.text()
    assert "refused the connection" in said and f"port {port}" in said and "port number is wrong" in said
    assert not any(words in said for words in DRIVER_WORDS)
    assert get_setting(postgres.DSN_SETTING) in (None, "")  # a test keeps nothing


@pytest.fixture
def web_server():
    """A port where another program answers, as a web server does to anything it is sent (the officer typed the
    port of the server's web page, 80 or 8080, for PostgreSQL's)."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    listener.settimeout(0.2)
    stop = threading.Event()

    def answer() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                continue
            with conn:
                conn.settimeout(2)
                try:
                    conn.recv(1024)
                    conn.sendall(b"HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\nConnection: close\r\n\r\n")
                except OSError:
                    pass

    thread = threading.Thread(target=answer, daemon=True)
    thread.start()
    yield listener.getsockname()[1]
    stop.set()
    thread.join()
    listener.close()


def test_a_port_where_a_web_server_answers_is_said_to_be_the_wrong_port_not_ssl(qtbot, district, web_server):
    pytest.importorskip("psycopg")
    page = _tab(qtbot, district)
    tab = page.district_db_tab
    _type_server(tab, f"postgresql://dinas:rahasia@127.0.0.1:{web_server}/pustaka")
    tab.test_button.click()
    _finished(qtbot)
    said = tab.outcome.text()
    assert f"port {web_server} is not PostgreSQL" in said and "port number is probably wrong" in said, said
    assert "SSL" not in said and not any(words in said for words in DRIVER_WORDS)


def test_an_empty_server_name_is_said_before_anything_is_tried(qtbot, district, message_boxes):
    page = _tab(qtbot, district)
    tab = page.district_db_tab
    tab.database.setText("pustaka")
    tab.user.setText("dinas")
    tab.move_button.click()
    assert "name or IP address of the database server" in tab.outcome.text()
    assert message_boxes == []  # (no confirmation was asked for a move that cannot start)


def test_the_password_file_is_libpqs_own_place_on_each_system():
    assert pgpass.location({"APPDATA": r"C:\Users\dinas\AppData\Roaming"}, "win32").parts[-2:] == (
        "postgresql", "pgpass.conf")
    assert str(pgpass.location({"HOME": "/home/dinas"}, "linux")) == "/home/dinas/.pgpass"
    assert str(pgpass.location({"PGPASSFILE": "/srv/pg.pass", "HOME": "/home/dinas"}, "linux")) == "/srv/pg.pass"


def test_the_password_file_keeps_other_lines_and_replaces_this_servers(tmp_path):
    path = tmp_path / "pg" / "pgpass.conf"
    path.parent.mkdir()
    path.write_text("# kept by the server's keeper\n*:*:*:dinas:older\nother:5432:*:postgres:secret\n"
                    "10.0.0.5:5432:pustaka:dinas:old\n")
    pgpass.remember("10.0.0.5", 5432, "pustaka", "dinas", "new:pa\\ss", path)
    lines = path.read_text().splitlines()
    # first: libpq takes the first line that fits, and the wildcard line would have given the old password
    assert lines == ["10.0.0.5:5432:pustaka:dinas:new\\:pa\\\\ss", "# kept by the server's keeper",
                     "*:*:*:dinas:older", "other:5432:*:postgres:secret"]
    if os.name != "nt":
        assert stat.S_IMODE(path.stat().st_mode) == 0o600  # (libpq ignores a .pgpass others may read)


def _type_server(tab, dsn: str) -> str:
    from psycopg.conninfo import conninfo_to_dict

    found = conninfo_to_dict(dsn)
    tab.host.setText(found.get("host") or "127.0.0.1")
    tab.port.setValue(int(found.get("port") or 5432))
    tab.database.setText(found["dbname"])
    tab.user.setText(found["user"])
    tab.password.setText(found.get("password") or "")
    return found.get("password") or ""


def test_the_catalogue_moves_to_postgresql_and_back_with_the_password_kept_out_of_settings(
        qtbot, district, pg_database, monkeypatch, message_boxes):  # noqa: F811 - the fixture imported above
    from pustaka_desktop.gui.pages import settings_district_db

    asked: list[str] = []
    monkeypatch.setattr(settings_district_db, "confirm", lambda parent, title, text: asked.append(text) or True)
    before = union.counts(district.lib)["records"]
    assert before == 1
    page = _tab(qtbot, district)
    tab = page.district_db_tab
    password = _type_server(tab, pg_database)
    assert password  # (the test server's role has one)
    tab.test_button.click()
    _finished(qtbot)
    assert "The database is empty" in tab.outcome.text()

    tab.move_button.click()
    _finished(qtbot)
    assert "copied there" in asked[0] and "stay in this library's file" in asked[0] and "pg_dump" in asked[0]
    assert "Moved: 1 union records" in tab.outcome.text(), tab.outcome.text()
    # (the test server's password may be its user name: the address kept is compared whole)
    kept = get_setting(postgres.DSN_SETTING)
    assert kept == f"postgresql://{tab.user.text()}@{tab.host.text()}:{tab.port.value()}/{tab.database.text()}"
    assert not any(f":{password}@" in str(value) or "password=" in str(value)
                   for (value,) in Setting.select(Setting.value).tuples())
    assert pgpass.known(tab.host.text(), tab.port.value(), tab.database.text(), tab.user.text())
    assert dialect.describe(district.lib)["kind"] == "postgresql"
    assert union.search(district.lib, "laskar")[0].title == "Laskar Pelangi"
    assert "On the PostgreSQL server" in tab.where.text() and f":{password}@" not in tab.where.text()
    assert tab.password.text() == "" and not tab.move_button.isEnabled() and not tab.back_button.isHidden()

    tab.back_button.click()
    _finished(qtbot)
    assert get_setting(postgres.DSN_SETTING) is postgres.THIS_FILE  # (saved: it wins over the variable)
    assert dialect.describe(district.lib)["kind"] == "sqlite"
    assert union.counts(district.lib)["records"] == before
    assert str(district.lib.path) in tab.where.text()


def test_a_move_cancelled_moves_nothing(qtbot, district, pg_database):  # noqa: F811 - the fixture imported above
    from psycopg.conninfo import conninfo_to_dict

    from pustaka_desktop.core.errors import Cancelled

    found = conninfo_to_dict(pg_database)
    with pytest.raises(Cancelled):
        district_db.move_to_server(district.lib, district.staff, found.get("host") or "127.0.0.1",
                                   int(found.get("port") or 5432), found["dbname"], found["user"],
                                   found.get("password") or "", cancel=lambda: True)
    assert get_setting(postgres.DSN_SETTING) in (None, "")
    assert dialect.describe(district.lib)["kind"] == "sqlite" and union.counts(district.lib)["records"] == 1
    assert district_db.try_database(pg_database) == 0  # (nothing was left there)


@pytest.mark.parametrize("host", ["postgresql://dinas@10.0.0.5/pustaka", "10.0.0.5:5432", "server dinas"])
def test_a_whole_address_typed_as_the_server_name_is_said_before_connecting(host):
    from pustaka_desktop.core.errors import ValidationError

    with pytest.raises(ValidationError) as refused:
        district_db.address(host, 5432, "pustaka", "dinas")
    assert "without postgresql://, a user or a port" in str(refused.value)
    assert district_db.address("fe80::1", 5432, "pustaka", "dinas") == "postgresql://dinas@[fe80::1]:5432/pustaka"


def test_a_database_the_user_may_not_make_tables_in_fails_the_test_in_words(qtbot, district, pg_template):  # noqa: F811
    import psycopg
    from psycopg.conninfo import make_conninfo

    server, _template = pg_template
    name = f"pustaka_t_{os.getpid()}_norights"
    with psycopg.connect(server, autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')
    try:
        with psycopg.connect(make_conninfo(server, dbname=name), autocommit=True) as owner:
            # (what PostgreSQL 15 gives a user that does not own the database: no tables of its own in it)
            owner.execute("REVOKE CREATE ON SCHEMA public FROM pg_database_owner, PUBLIC")
        page = _tab(qtbot, district)
        tab = page.district_db_tab
        _type_server(tab, make_conninfo(server, dbname=name))
        tab.test_button.click()
        _finished(qtbot)
        said = tab.outcome.text()
        assert "may not do this in the district database (permission denied)" in said and name in said, said
        assert "ready" not in said
    finally:
        with psycopg.connect(server, autocommit=True) as admin:
            drop_database(admin, name)
