"""Several libraries in one process: a district and its villages, and the USB stick between them."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from pustaka_desktop.core import auth, profile
from pustaka_desktop.core.circulation import loans
from pustaka_desktop.core.service import Library
from pustaka_desktop.core.store import backup
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.store.models import Item, Loan, Member, MemberType, Record
from pustaka_desktop.core.sync import enrolment, export, importer, union
from tests import new_library

# a test the district's union catalogue or figures take part in: run it on SQLite and on PostgreSQL
# (the union_backend fixture in conftest.py)
both_databases = pytest.mark.usefixtures("union_backend")


class Site:
    def __init__(self, root: Path, name: str, code: str, clock: FixedClock, district: bool = False) -> None:
        self.clock = clock
        self.lib = new_library.open_new(root / name / "db.sqlite3", clock)
        with self.lib.bound():
            profile.init_library(self.lib, name=f"Perpustakaan {name}", code=code, librarian="admin",
                                 password="rahasia1", kind="district" if district else "village",
                                 kabupaten="Bandung", village=name)
            self.staff = auth.login(self.lib, "admin", "rahasia1")
        self.code = code
        self.stick = root / name / "out"
        self.stick.mkdir()

    def __enter__(self):
        self._ctx = self.lib.bound()
        return self._ctx.__enter__()

    def __exit__(self, *exc):
        return self._ctx.__exit__(*exc)

    def export_to(self, other: Site) -> Path:
        with self.lib.bound():
            return export.export_bundle(self.lib, self.staff, other.lib.site_id, self.stick).path

    def import_file(self, path: Path) -> importer.ImportResult:
        with self.lib.bound():
            return importer.import_bundle(self.lib, self.staff, path)

    def close(self) -> None:
        self.lib.close()


def enrol(village: Site, district: Site, tmp: Path) -> None:
    request, answer = tmp / f"req-{village.code}.json", tmp / f"ans-{village.code}.json"
    with village.lib.bound():
        enrolment.make_request(village.lib, village.staff, request)
    with district.lib.bound():
        enrolment.accept_request(district.lib, district.staff, request, answer)
    with village.lib.bound():
        enrolment.finish(village.lib, village.staff, answer)


def village_and_district(root: Path, clock: FixedClock) -> tuple[Site, Site]:
    """Sukamaju (SKM) enrolled with its district office (DIN), on one clock."""
    district = Site(root, "dinas", "DIN", clock, district=True)
    village = Site(root, "suka", "SKM", clock)
    enrol(village, district, root)
    return village, district


def district_and_villages(root: Path, clock: FixedClock) -> tuple[Site, list[Site]]:
    """A district office and two villages enrolled with it (Sukamaju SKM, Maju MJU)."""
    district = Site(root, "dinas", "DIN", clock, district=True)
    villages = [Site(root, name, code, clock) for name, code in (("suka", "SKM"), ("maju", "MJU"))]
    for village in villages:
        enrol(village, district, root)
    return district, villages


def round_trip(village: Site, district: Site) -> None:
    village.clock.advance(hours=1)  # bundles are made at different times (the newest one counts)
    district.import_file(village.export_to(district))
    village.import_file(district.export_to(village))


@dataclass
class Restored:
    """A village that restored an older backup, its district, and what ``before`` and ``after`` returned."""

    village: Site
    district: Site
    before: Any
    after: Any


@contextmanager
def restored_village(root: Path, before: Callable[[Site], Any], after: Callable[[Site], Any],
                     restored_clock: FixedClock | None = None) -> Iterator[Restored]:
    """Sukamaju (SKM) enrolled with its district office (DIN) does ``before`` (inside ``with village``), syncs and
    backs up to ``root/usb``; then does ``after`` (the days the backup lacks: it moves the clock itself) and syncs;
    two days later the disk fails and the backup goes back on (``restored_clock``: the PC came back from the
    repair shop with this clock and the program was started again); one round trip more brings the district's
    list of what the village lost. Both libraries are closed at the end."""
    village, district = village_and_district(root, FixedClock("2026-03-02T09:00:00+07:00"))
    clock = village.clock
    try:
        with village:
            done_before = before(village)
        round_trip(village, district)
        (root / "usb").mkdir()
        with village:
            old = backup.backup_to(village.lib, village.staff, root / "usb")
        with village:
            done_after = after(village)
        round_trip(village, district)
        clock.advance(days=2)
        with village:
            backup.restore(village.lib, village.staff, old)
        if restored_clock is not None:
            village.lib.close()
            village.clock = restored_clock
            village.lib = Library.open(village.lib.path, restored_clock)
        round_trip(village, district)
        yield Restored(village, district, done_before, done_after)
    finally:
        village.close()
        district.close()


def catalogue(village: Site, title: str, barcodes: list[str], publisher: str = "Balai Pustaka") -> Record:
    """A record with its copies, on the shelf."""
    record = store.insert(village.lib, Record, title=title, publisher=publisher)
    for code in barcodes:
        store.insert(village.lib, Item, record=record.id, barcode=code, status="available")
    return record


def authored(site: Site, title: str, author: str, barcode: str) -> None:
    """A record by one author (a person) with one copy, catalogued at ``site``."""
    with site:
        record = store.insert(site.lib, Record, title=title,
                              authors=json.dumps([{"name": author, "role": "author", "kind": "person"}]))
        store.insert(site.lib, Item, record=record.id, barcode=barcode)


def union_titles(district: Site, text: str) -> list[str]:
    """The titles the district's union catalogue search finds for ``text``, sorted."""
    with district:
        return sorted(hit.title for hit in union.search(district.lib, text))


def register(village: Site, number: str, name: str) -> Member:
    """A member of the first member type, registered today for two years."""
    today = village.clock.now().date()
    return store.insert(village.lib, Member, number=number, name=name, member_type=MemberType.select().first().id,
                        registered_on=today, expires_on=today.replace(year=2028))


def siti_borrows_si_kancil(village: Site) -> Loan:
    """A village desk that charges fines (Rp 500 a day): Si Kancil dan Buaya in two copies (SKM0001, SKM0002),
    Siti Aminah (SKM-0001) and Budi Santoso (SKM-0002), the volunteer Dewi (relawan); Siti borrows SKM0001."""
    catalogue(village, "Si Kancil dan Buaya", ["SKM0001", "SKM0002"])
    store.update(village.lib, MemberType.select().first(), fine_per_day=500)
    register(village, "SKM-0001", "Siti Aminah")
    register(village, "SKM-0002", "Budi Santoso")
    auth.add_staff(village.lib, village.staff, "relawan", "relawan123", "volunteer", full_name="Dewi")
    return loans.checkout(village.lib, village.staff, "SKM-0001", "SKM0001").loan


def hub_serving(db: Path) -> tuple[subprocess.Popen, int]:
    """``pustaka-cli hub serve`` on ``db`` in a process of its own, on a free loopback port, once it answers: (the
    process, its port). Its output (in English) is read from ``process.stdout``; the caller terminates it."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    hub = subprocess.Popen([sys.executable, "-c", "import sys; from pustaka_desktop.cli import main; sys.exit(main())",
                            "--db", str(db), "hub", "serve", "--host", "127.0.0.1", "--port", str(port)],
                           env=dict(os.environ, PUSTAKA_LANG="en", PYTHONUNBUFFERED="1"),
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    deadline = time.monotonic() + 60
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return hub, port
        except OSError:
            if hub.poll() is not None or time.monotonic() > deadline:
                hub.kill()
                raise RuntimeError("the hub did not start:\n" + hub.communicate(timeout=30)[0]) from None
            time.sleep(0.05)  # (it answers ~1 s after it starts: looked at often, it is used at once)


def drop_database(admin, name: str) -> None:
    """Drop a test database on PostgreSQL. ``WITH (FORCE)`` ends our own connections, but an autovacuum
    worker that happens to be in the database belongs to no role, and a role without
    ``pg_signal_backend`` may not end it: wait for the worker to finish and try again."""
    import psycopg

    for attempt in range(100):
        try:
            admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            return
        except (psycopg.errors.InsufficientPrivilege, psycopg.errors.ObjectInUse):
            if attempt == 99:
                raise
            time.sleep(0.1)
