"""A visitor book imported by a version before migration 0022 (which folded ꦱꦸꦫꦠ꧀ *surat* and ꦱꦼꦫꦠ꧀ *serat* both to
``ꦱ ꦫꦠ``) and imported again after the update adds nothing: the lines keep the uids the older version gave them
(they went to the district under those), and the import knows them by those. Names in aksara Jawa and Bali."""

from __future__ import annotations

from datetime import datetime

import pytest
from openpyxl import Workbook

from pustaka_desktop.core.accents import fold, fold_of_older_versions
from pustaka_desktop.core.community import programs, visits
from pustaka_desktop.core.interop import row_uids, visit_activities, visit_sheets
from pustaka_desktop.core.store.models import Attendance, Partner, Program, ProgramSession, Visit

HEADER = ["No", "Tanggal", "Nama", "Alamat/Asal", "L/P", "Umur", "Pekerjaan", "Keperluan", "Jumlah"]
BUKU_TAMU = [
    ["BUKU TAMU PERPUSTAKAAN DESA UJI"],
    HEADER,
    # Surat and Serat the same day, both men of the same age: an older version gave them one key (two lines of it)
    [1, datetime(2026, 1, 5), "ꦱꦸꦫꦠ꧀", "Dusun Krajan, Uji", "L", 34, "Petani", "Membaca", 1],
    [2, datetime(2026, 1, 5), "ꦱꦼꦫꦠ꧀", "Dusun Krajan, Uji", "L", 34, "Petani", "Membaca", 1],
    [3, datetime(2026, 1, 6), "ᬧᬸᬢᬸ ᬲᬸᬭᬶ", "Desa Sukamaju", "P", 16, "Pelajar", "Mengerjakan tugas", 1],
    # a school class signing once, its teacher's name written in aksara Jawa
    [4, datetime(2026, 1, 7), "ꦧꦸ ꦱꦶꦠꦶ", "SD Negeri 1 Uji", "", "", "", "Kunjungan sekolah", 28],
]
KEGIATAN = [
    ["No", "Tanggal", "Nama Kegiatan", "Jumlah Peserta", "Mitra"],
    # macapat of the Serat Wedhatama, the sung poems
    [1, datetime(2026, 1, 10), "ꦩꦕꦥꦠ꧀ ꦱꦼꦫꦠ꧀ ꦮꦺꦝꦠꦩ", 12, "Karang Taruna"],
    [2, datetime(2026, 1, 17), "ꦩꦕꦥꦠ꧀ ꦱꦼꦫꦠ꧀ ꦮꦺꦝꦠꦩ", 10, "Karang Taruna"],
]


def _sheet(path, *extra_rows):
    workbook = Workbook()
    visitors = workbook.active
    visitors.title = "Buku Tamu"
    for row in [*BUKU_TAMU, *extra_rows]:
        visitors.append(row)
    activities = workbook.create_sheet("Kegiatan")
    for row in KEGIATAN:
        activities.append(row)
    workbook.save(path)
    return path


def _import_as_an_older_version(monkeypatch, lib, librarian, path):
    """The import as versions before 0022 ran it: every name folded by their rule."""
    with monkeypatch.context() as older:
        for module in (visit_sheets, visit_activities, row_uids):
            older.setattr(module, "fold", fold_of_older_versions, raising=False)
        return visit_sheets.import_visit_book(lib, librarian, path)


def _live_lines():
    return sorted((v.name or v.group_name, v.at.date().isoformat(), v.headcount)
                  for v in Visit.select().where(Visit.deleted == False))  # noqa: E712


def test_the_older_rule_made_surat_and_serat_one_key():
    assert fold_of_older_versions("ꦱꦸꦫꦠ꧀") == fold_of_older_versions("ꦱꦼꦫꦠ꧀") == "ꦱ ꦫꦠ"
    assert fold("ꦱꦸꦫꦠ꧀") != fold("ꦱꦼꦫꦠ꧀")


def test_the_same_sheet_imported_again_after_the_update_adds_nothing(lib, librarian, tmp_path, monkeypatch):
    path = _sheet(tmp_path / "buku-tamu.xlsx")
    first = _import_as_an_older_version(monkeypatch, lib, librarian, path)
    assert first.visits == 4
    before = _live_lines()
    assert ("ꦧꦸ ꦱꦶꦠꦶ", "2026-01-07", 28) in before and len(before) == 4

    again = visit_sheets.import_visit_book(lib, librarian, path)

    assert again.changes == 0
    assert again.unchanged == 4  # the sheet's own lines, not "already in the book from the backup or the desk"
    assert not [n for n in again.notices if n.template == visit_sheets.GUEST_TWICE]
    assert _live_lines() == before
    assert ProgramSession.select().count() == 2 and Attendance.select().count() == 22


def test_a_longer_copy_after_the_update_adds_only_its_new_rows_and_keeps_surat_and_serat_apart(
        lib, librarian, tmp_path, monkeypatch):
    _import_as_an_older_version(monkeypatch, lib, librarian, _sheet(tmp_path / "januari.xlsx"))
    longer = _sheet(tmp_path / "januari-lengkap.xlsx",
                    [5, datetime(2026, 1, 8), "ꦱꦼꦫꦠ꧀", "Dusun Krajan, Uji", "L", 34, "Petani", "Membaca", 1])

    again = visit_sheets.import_visit_book(lib, librarian, longer)

    assert again.visits == 1
    assert [line for line in _live_lines() if line[0] in ("ꦱꦸꦫꦠ꧀", "ꦱꦼꦫꦠ꧀")] == [
        ("ꦱꦸꦫꦠ꧀", "2026-01-05", 1), ("ꦱꦼꦫꦠ꧀", "2026-01-05", 1), ("ꦱꦼꦫꦠ꧀", "2026-01-08", 1)]
    assert visit_sheets.import_visit_book(lib, librarian, longer).changes == 0


def test_a_line_the_librarian_removed_does_not_come_back_after_the_update(lib, librarian, tmp_path, monkeypatch):
    path = _sheet(tmp_path / "buku-tamu.xlsx")
    _import_as_an_older_version(monkeypatch, lib, librarian, path)
    written_twice = Visit.get(Visit.name == "ꦱꦼꦫꦠ꧀")  # (the librarian found Serat was Surat written again)
    visits.remove_visit(lib, librarian, written_twice)
    before = _live_lines()

    again = visit_sheets.import_visit_book(lib, librarian, path)

    assert again.visits == 0
    assert _live_lines() == before


def test_a_cancelled_session_does_not_come_back_after_the_update(lib, librarian, tmp_path, monkeypatch):
    path = _sheet(tmp_path / "buku-tamu.xlsx")
    _import_as_an_older_version(monkeypatch, lib, librarian, path)
    rained_off = ProgramSession.select().order_by(ProgramSession.starts_at.desc()).get()
    programs.cancel_session(lib, librarian, rained_off, "Hujan deras")

    again = visit_sheets.import_visit_book(lib, librarian, path)

    assert again.activities.sessions == 0
    sessions = ProgramSession.select().where(ProgramSession.deleted == False)  # noqa: E712
    assert sorted((s.starts_at.date().isoformat(), s.cancelled) for s in sessions) == [
        ("2026-01-10", False), ("2026-01-17", True)]


@pytest.mark.parametrize("name", ["ꦱꦸꦫꦠ꧀", "ᬧᬸᬢᬸ ᬲᬸᬭᬶ"])
def test_a_new_library_keys_the_lines_by_todays_rule(lib, librarian, tmp_path, name):
    """(No older line here: the import makes today's uids, and the second import finds them.)"""
    path = _sheet(tmp_path / "buku-tamu.xlsx")
    assert visit_sheets.import_visit_book(lib, librarian, path).visits == 4
    assert Visit.select().where(Visit.name == name).count() == 1
    assert visit_sheets.import_visit_book(lib, librarian, path).changes == 0


def test_a_programme_renamed_here_is_still_the_sheets(lib, librarian, tmp_path):
    """(The librarian wrote the activity's name in Latin letters after the import; the sheet names it as before.)"""
    path = _sheet(tmp_path / "buku-tamu.xlsx")
    visit_sheets.import_visit_book(lib, librarian, path)
    programs.update_program(lib, librarian, Program.get(), name="Macapat Serat Wedhatama")

    again = visit_sheets.import_visit_book(lib, librarian, path)

    assert again.changes == 0
    assert [p.name for p in Program.select()] == ["Macapat Serat Wedhatama"]


def test_a_partner_renamed_here_is_still_the_sheets(lib, librarian, tmp_path):
    visit_sheets.import_visit_book(lib, librarian, _sheet(tmp_path / "januari.xlsx"))
    programs.update_partner(lib, librarian, Partner.get(), name="Karang Taruna Tunas Muda")
    longer = _sheet(tmp_path / "januari-lengkap.xlsx",
                    [5, datetime(2026, 1, 8), "ꦱꦼꦫꦠ꧀", "Dusun Krajan, Uji", "L", 34, "Petani", "Membaca", 1])

    again = visit_sheets.import_visit_book(lib, librarian, longer)

    assert again.visits == 1 and again.activities.partners == 0
    assert [p.name for p in Partner.select()] == ["Karang Taruna Tunas Muda"]


def test_a_programme_renamed_before_the_update_is_still_the_sheets_after_it(lib, librarian, tmp_path, monkeypatch):
    path = _sheet(tmp_path / "buku-tamu.xlsx")
    _import_as_an_older_version(monkeypatch, lib, librarian, path)
    programs.update_program(lib, librarian, Program.get(), name="Macapat Serat Wedhatama")

    again = visit_sheets.import_visit_book(lib, librarian, path)

    assert again.activities.programmes == 0 and again.activities.sessions == 0
    assert Program.select().count() == 1 and ProgramSession.select().count() == 2
