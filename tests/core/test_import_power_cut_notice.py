"""After a power cut (or the program killed) during an import, the next start says so, once: the import of FILE
started at TIME did not finish, nothing of it was saved, import the file again. It used to say nothing, and a
librarian who saw the bar at 80 % before the lights went out could think her 5,000 books came in.

The power cut is a real SIGKILL of a process importing through the real core (``import_file``), at the moment the
bar says "Saving records" (inside the import's transaction): no timing. What must never happen is told too: an
import that did finish told as lost, an import still running in another program (the window opened while
``pustaka-cli import`` works) told as lost, a wrong time from a PC whose clock was wrong."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import threading
from datetime import datetime

import pytest

from pustaka_desktop.cli import main as cli_main
from pustaka_desktop.core.errors import Cancelled
from pustaka_desktop.core.formatting import format_datetime
from pustaka_desktop.core.interop import importer, member_import
from pustaka_desktop.core.store import unfinished
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.store.models import Member, Record

pytestmark = pytest.mark.skipif(os.name == "nt", reason="SIGKILL is the power cut here")

KILLED_IMPORT = textwrap.dedent("""
    import os, signal, sys
    from pustaka_desktop.core import auth
    from pustaka_desktop.core.interop import importer
    from pustaka_desktop.core.service import Library
    from pustaka_desktop.core.store import unfinished
    from pustaka_desktop.core.store.clock import FixedClock

    db, csv, at, when = sys.argv[1:5]
    lib = Library.open(db, FixedClock(at))
    by = auth.login(lib, "pustakawan", "rahasia1")

    def power_cut(fraction, message):
        if message == "Saving records":  # inside the import's transaction, half of the file written
            os.kill(os.getpid(), signal.SIGKILL)

    if when == "during":
        importer.import_file(lib, by, "csv", csv, progress=power_cut)
    else:  # saved, and the power went before the marker was removed
        with unfinished.watched(lib, "catalog.import", csv):
            importer.import_file(lib, by, "csv", csv)
            os.kill(os.getpid(), signal.SIGKILL)
""")


@pytest.fixture
def catalogue_file(tmp_path):
    """A hand-kept list of 5,000 titles: bigger than one chunk of the import, so it is cut half way."""
    path = tmp_path / "daftar buku 2024.csv"
    rows = [f"Cerita Rakyat Nusantara Jilid {n},Tim Penulis Desa,{2000 + n % 20},B{n:05d}" for n in range(1, 5001)]
    path.write_text("judul,pengarang,tahun,barcode\n" + "\n".join(rows) + "\n", encoding="utf-8")
    return path


def killed_import(lib, path, at="2026-03-02T08:30:00+07:00", when="during") -> None:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    done = subprocess.run([sys.executable, "-c", KILLED_IMPORT, str(lib.path), str(path), at, when], env=env,
                          capture_output=True, text=True, timeout=300, check=False)
    assert done.returncode == -signal.SIGKILL, done.stderr[-2000:]


def markers(lib) -> list:
    return list(lib.path.parent.glob(lib.path.name + ".import-*.unfinished"))


def test_an_import_cut_by_a_power_cut_is_told_once_at_the_next_start(lib, librarian, catalogue_file):
    killed_import(lib, catalogue_file)
    assert Record.select().count() == 0  # (the transaction: nothing of it saved, as the notice says)

    told = unfinished.cut_off(lib)
    assert [each.file for each in told] == ["daftar buku 2024.csv"]
    at = format_datetime(datetime.fromisoformat("2026-03-02T08:30:00+07:00"))  # (in the PC's zone: 08:30 in WIB)
    assert told[0].message() == (
        f"The import of daftar buku 2024.csv started on {at} did not finish (the computer was switched "
        "off or the program was stopped). Nothing of it was saved: import the file again.")
    assert unfinished.cut_off(lib) == [] and markers(lib) == []  # once


def test_pustaka_cli_says_it_at_its_next_run_and_only_once(lib, catalogue_file, tmp_path, capsys):
    killed_import(lib, catalogue_file)
    lib.close()

    assert cli_main(["--db", str(lib.path), "--lang", "en", "stats"]) == 0
    said = capsys.readouterr()
    at = format_datetime(datetime.fromisoformat("2026-03-02T08:30:00+07:00"))
    assert f"The import of daftar buku 2024.csv started on {at} did not finish" in said.err
    assert "did not finish" not in said.out  # (the output stays what the command prints: --json stays JSON)
    assert cli_main(["--db", str(lib.path), "--lang", "en", "stats"]) == 0
    assert "did not finish" not in capsys.readouterr().err


def test_an_import_that_was_saved_before_the_power_went_is_not_told_as_lost(lib, librarian, catalogue_file):
    """Saved (its line in the audit log), then the power went before its marker was removed."""
    killed_import(lib, catalogue_file, when="after")
    assert Record.select().count() == 5000
    assert len(markers(lib)) == 1  # (what the power cut left)

    assert unfinished.cut_off(lib) == []
    assert markers(lib) == []


def test_the_same_file_imported_again_later_does_not_hide_the_import_that_was_cut(lib, librarian, catalogue_file):
    """The audit line that says "saved" is the import's own, written after its marker: an earlier import of the same
    file does not count."""
    importer.import_file(lib, librarian, "csv", catalogue_file)
    killed_import(lib, catalogue_file)
    assert [each.file for each in unfinished.cut_off(lib)] == ["daftar buku 2024.csv"]


def test_a_marker_from_a_pc_whose_clock_was_wrong_is_told_without_a_wrong_time(lib, librarian, catalogue_file):
    """The clock battery was flat (2009): the notice does not say the import started in 2009."""
    killed_import(lib, catalogue_file, at="2009-01-01T00:05:00+07:00")
    told = unfinished.cut_off(lib)
    assert [each.started for each in told] == [None]
    assert "2009" not in told[0].message() and "daftar buku 2024.csv" in told[0].message()


def test_an_import_still_running_in_another_program_is_not_told(lib, librarian, catalogue_file):
    """The window opened while pustaka-cli imports: its marker is held by the running import."""
    with unfinished.watched(lib, "catalog.import", catalogue_file):
        assert unfinished.cut_off(lib) == []
        assert len(markers(lib)) == 1  # still there for a power cut yet to come
    assert markers(lib) == []  # it ended: nothing to tell


def members_file(tmp_path):
    path = tmp_path / "anggota.csv"
    path.write_text(  # as SLiMS's members export writes it
        "member_id,member_name,gender,member_type_name,member_email,member_address,postal_code,inst_name,is_new,"
        "member_image,pin,member_phone,member_fax,member_since_date,register_date,expire_date,birth_date,member_notes\n"
        + "".join(f"A{n:04d},Warga Desa {n},{n % 2},Umum,,Dusun Krajan RT 02,,,0,,,0812345678,,2024-01-10,2024-01-10,"
                  "2027-01-10,1990-05-04,\n" for n in range(1, 401)),  # (the import looks at Cancel every 200)
        encoding="utf-8")
    return path


def test_an_import_cancelled_by_the_program_quitting_is_told_at_the_next_start(lib, librarian, tmp_path,
                                                                               monkeypatch):
    """Windows logging off during an import: the app cancels it (nothing saved) and nobody saw it stop."""
    monkeypatch.setattr(unfinished, "_quitting", threading.Event())
    path = members_file(tmp_path)
    with pytest.raises(Cancelled):  # Cancel pressed by the librarian: she saw it stop, nothing to tell later
        member_import.import_members(lib, librarian, path, cancel=lambda: True)
    assert unfinished.cut_off(lib) == []

    unfinished.program_quitting()
    with pytest.raises(Cancelled):
        member_import.import_members(lib, librarian, path, cancel=lambda: True)
    assert Member.select().count() == 0
    assert [each.file for each in unfinished.cut_off(lib)] == ["anggota.csv"]


def test_an_import_on_a_stick_where_no_marker_can_be_written_still_goes_in(lib, librarian, catalogue_file,
                                                                           monkeypatch):
    def read_only(*args, **kwargs):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(unfinished, "open", read_only, raising=False)
    importer.import_file(lib, librarian, "csv", catalogue_file)
    assert Record.select().count() == 5000


def test_a_dry_run_leaves_nothing_to_tell(lib, librarian, catalogue_file):
    seen = []
    importer.import_file(lib, librarian, "csv", catalogue_file, dry_run=True,
                         progress=lambda fraction, message: seen.append(markers(lib)))
    assert not any(seen) and unfinished.cut_off(lib) == []


# -- a bundle imported from a USB stick (the district's inbox, the Sync page, pustaka-cli sync import) ------------


@pytest.fixture
def village_bundle(tmp_path):
    from tests.sync.sync_helpers import catalogue, village_and_district

    village, district = village_and_district(tmp_path, FixedClock("2026-03-02T09:00:00+07:00"))
    with village:
        catalogue(village, "Si Kancil", ["SKM001"])
    yield district, village.export_to(district)
    village.close()
    district.close()


def test_a_bundle_import_the_program_quitting_stopped_is_told_but_not_one_that_was_saved(village_bundle,
                                                                                         monkeypatch):
    from pustaka_desktop.core.sync import hub

    district, bundle = village_bundle
    monkeypatch.setattr(unfinished, "_quitting", threading.Event())
    unfinished.program_quitting()
    with district, pytest.raises(Cancelled):
        hub.import_folder(district.lib, district.staff, bundle.parent, cancel=lambda: bool(markers(district.lib)))
    with district:
        assert [each.file for each in unfinished.cut_off(district.lib)] == [bundle.name]

        # saved, then the power went before its marker was removed: its audit line names the file
        left = unfinished._start(district.lib, "sync.import", bundle)
        assert hub.import_folder(district.lib, district.staff, bundle.parent)[0].result == "applied"
        left[1].close()  # (what the power cut leaves: the marker, its lock gone with the process)
        assert unfinished.cut_off(district.lib) == [] and markers(district.lib) == []


def test_a_bundle_the_network_exchange_fetches_leaves_no_marker(village_bundle):
    """Fetched again by itself at the next exchange: "import the file again" would say the wrong thing."""
    district, bundle = village_bundle
    seen = []
    with district:
        from pustaka_desktop.core.sync import importer as bundles

        bundles.import_bundle(district.lib, district.staff, bundle,
                              progress=lambda fraction, message: seen.append(markers(district.lib)))
    assert not any(seen)
