"""A village enrolled with its district office (``pair``: two sites, one shared clock), and the district's union
catalogue and figures on both databases it can live in.

A test module that uses ``union_backend`` (``pytestmark = pytest.mark.usefixtures("union_backend")``)
runs once on the district's own SQLite file and once on PostgreSQL: a fresh database per test, made
from a template that already holds the schema (``core.sync.dialect.SCHEMA``), on the server named by
``PUSTAKA_TEST_POSTGRES`` (a DSN of a role that may create databases; ``./dev test`` starts Debian's
PostgreSQL and sets it). Without that server the PostgreSQL runs are skipped with the reason, except
under CI (``CI=true``, or ``PUSTAKA_REQUIRE_POSTGRES=1`` as ``.ci/run`` sets), where they fail: CI must
test both.
"""

from __future__ import annotations

import os
import uuid

import pytest

from pustaka_desktop.core.store import postgres
from pustaka_desktop.core.store.clock import FixedClock

from .sync_helpers import Site, drop_database, enrol

SERVER_ENV = "PUSTAKA_TEST_POSTGRES"


def _unavailable(reason: str) -> None:
    if os.environ.get("CI", "").lower() in ("true", "1", "yes") or os.environ.get("PUSTAKA_REQUIRE_POSTGRES") == "1":
        pytest.fail(f"PostgreSQL is required under CI: {reason}")
    pytest.skip(f"PostgreSQL tests skipped: {reason}")


def _with_database(dsn: str, name: str) -> str:
    from psycopg.conninfo import make_conninfo

    return make_conninfo(dsn, dbname=name)


def _admin(dsn: str):
    import psycopg

    return psycopg.connect(dsn, autocommit=True, connect_timeout=5)


def _drop_leftovers(admin) -> None:
    """Databases of an earlier run on this machine that was killed before it could drop them (the
    process id in their name is gone); a run still going keeps its own."""
    for (name,) in admin.execute("SELECT datname FROM pg_database WHERE datname LIKE 'pustaka\\_t%'").fetchall():
        parts = name.split("_")
        if len(parts) >= 4 and parts[2].isdigit() and not os.path.exists(f"/proc/{parts[2]}"):
            drop_database(admin, name)


@pytest.fixture(scope="session")
def pg_template():
    """(server DSN, template database name): the union schema made once per test run."""
    dsn = os.environ.get(SERVER_ENV, "").strip()
    if not dsn:
        _unavailable(f"{SERVER_ENV} is not set (./dev test starts PostgreSQL and sets it)")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _unavailable("the psycopg package is not installed (pip install -e '.[test]')")
    template = f"pustaka_tpl_{os.getpid()}_{uuid.uuid4().hex[:6]}"
    try:
        with _admin(dsn) as admin:
            _drop_leftovers(admin)
            admin.execute(f'CREATE DATABASE "{template}" ENCODING \'UTF8\' TEMPLATE template0')
    except Exception as exc:  # noqa: BLE001 - any reason the server cannot be used
        _unavailable(f"cannot create a database on {SERVER_ENV}: {exc}")
    from pustaka_desktop.core.sync import dialect

    store = postgres.open_store(_with_database(dsn, template))
    dialect.create_schema(store)
    store.close()
    yield dsn, template
    with _admin(dsn) as admin:
        drop_database(admin, template)


@pytest.fixture
def pg_database(pg_template):
    """A fresh, empty district database with the union schema; its DSN."""
    dsn, template = pg_template
    name = f"pustaka_t_{os.getpid()}_{uuid.uuid4().hex[:12]}"
    with _admin(dsn) as admin:
        admin.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    yield _with_database(dsn, name)
    with _admin(dsn) as admin:
        drop_database(admin, name)


@pytest.fixture(params=["sqlite", "postgresql"])
def union_backend(request, monkeypatch):
    """Where the district keeps its union catalogue in this run: 'sqlite' or 'postgresql' (then every
    district library opened in the test, and a hub started in a subprocess, uses a fresh database)."""
    if request.param == "sqlite":
        monkeypatch.delenv(postgres.DSN_ENV, raising=False)
    else:
        monkeypatch.setenv(postgres.DSN_ENV, request.getfixturevalue("pg_database"))
    return request.param


@pytest.fixture
def pair(tmp_path):
    """A village enrolled with its district office: (village, district), each a ``sync_helpers.Site``."""
    clock = FixedClock("2026-03-02T09:00:00+07:00")
    district = Site(tmp_path, "dinas", "DIN", clock, district=True)
    village = Site(tmp_path, "suka", "SKM", clock)
    enrol(village, district, tmp_path)
    yield village, district
    village.close()
    district.close()
