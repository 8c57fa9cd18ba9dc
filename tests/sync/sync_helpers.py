"""Several libraries in one process: a district and its villages, and the USB stick between them."""

from __future__ import annotations

from pathlib import Path

import pytest

from pustaka_desktop.core import auth, profile
from pustaka_desktop.core.service import Library
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.sync import enrolment, export, importer

# a test the district's union catalogue or figures take part in: run it on SQLite and on PostgreSQL
# (the union_backend fixture in conftest.py)
both_databases = pytest.mark.usefixtures("union_backend")


class Site:
    def __init__(self, root: Path, name: str, code: str, clock: FixedClock, district: bool = False) -> None:
        self.clock = clock
        self.lib = Library.open(root / name / "db.sqlite3", clock)
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


def district_and_villages(root: Path, clock: FixedClock) -> tuple[Site, list[Site]]:
    """A district office and two villages enrolled with it (Sukamaju SKM, Maju MJU)."""
    district = Site(root, "dinas", "DIN", clock, district=True)
    villages = [Site(root, name, code, clock) for name, code in (("suka", "SKM"), ("maju", "MJU"))]
    for village in villages:
        enrol(village, district, root)
    return district, villages
