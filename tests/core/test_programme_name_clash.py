"""A programme made again under a name already here ("Mendongeng untuk anak", brought in by the visits import, or
typed "mendongeng  untuk ANAK" at the desk) is refused unless asked for on purpose: two programmes of one activity
would count the same children twice in the year's report."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest
from openpyxl import Workbook

from pustaka_desktop.cli import main as cli_main
from pustaka_desktop.core.community import programs
from pustaka_desktop.core.interop import visit_sheets
from pustaka_desktop.core.reports import figures
from pustaka_desktop.core.reports.period import Period

NAME = "Mendongeng untuk anak"
YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))


def _imported_storytelling(lib, librarian, tmp_path):
    """Last year's sheet of kegiatan: the storytelling hour twice in January, 15 children each time."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = "Kegiatan"
    for row in (["No", "Tanggal", "Nama Kegiatan", "Jumlah Peserta", "Mitra"],
                [1, datetime(2026, 1, 10), NAME, 15, "PKK Desa Uji"],
                [2, datetime(2026, 1, 17), NAME, 15, "PKK Desa Uji"]):
        sheet.append(row)
    workbook.save(tmp_path / "kegiatan.xlsx")
    assert visit_sheets.import_visit_book(lib, librarian, tmp_path / "kegiatan.xlsx").applied
    return programs.list_programs(lib)[0]


@pytest.mark.parametrize("typed", [NAME, "  mendongeng  UNTUK anak ", "Mendongeng untuk anák", "Mendongeng, untuk anak"])
def test_the_same_name_written_another_way_is_refused(lib, librarian, tmp_path, typed):
    imported = _imported_storytelling(lib, librarian, tmp_path)
    with pytest.raises(programs.SameNameProgramme) as refused:
        programs.create_program(lib, librarian, name=typed, kind="storytelling")
    assert refused.value.program.uid == imported.uid
    assert refused.value.params == {"name": NAME, "since": "10-01-2026", "count": 2}
    assert [p.uid for p in programs.list_programs(lib)] == [imported.uid]
    assert figures.programmes(lib, YEAR)["participants"] == 15  # the same 15 children, not 30


def test_a_new_season_is_made_when_asked_for(lib, librarian, tmp_path):
    _imported_storytelling(lib, librarian, tmp_path)
    programs.create_program(lib, librarian, name=NAME, new_anyway=True)
    assert [p.name for p in programs.list_programs(lib)] == [NAME, NAME]


def test_other_names_and_removed_programmes_are_no_clash(lib, librarian):
    kept = programs.create_program(lib, librarian, name=NAME)
    programs.create_program(lib, librarian, name="Mendongeng untuk anak-anak SD")  # another name
    programs.remove_program(lib, librarian, kept)
    again = programs.create_program(lib, librarian, name=NAME)  # the one removed no longer counts
    assert again.uid != kept.uid
    assert programs.programmes_named(lib, "  ") == []


def test_since_is_the_first_session_when_no_start_day(lib, librarian):
    program = programs.create_program(lib, librarian, name=NAME)
    programs.add_session(lib, librarian, program, starts_at="2026-02-07 09:00")
    cancelled = programs.add_session(lib, librarian, program, starts_at="2026-02-14 09:00")
    programs.cancel_session(lib, librarian, cancelled, "hujan")
    assert programs.programme_since(program) == date(2026, 2, 7)
    assert programs.held_sessions(program) == 1


def _cli(capsys, db, *argv):
    code = cli_main(["--lang", "en", "--db", db, *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_the_cli_refuses_naming_the_programme_and_the_way_on(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PUSTAKA_PASSWORD", "admin123")
    db = str(tmp_path / "desa.sqlite3")
    assert _cli(capsys, db, "init", "--library-name", "Perpustakaan Desa Uji", "--library-code", "UJI",
                "--librarian", "admin", "--password", "admin123")[0] == 0
    assert _cli(capsys, db, "--user", "admin", "program", "add", "--name", NAME, "--starts-on", "2026-01-10")[0] == 0
    assert _cli(capsys, db, "--user", "admin", "program", "session", NAME, "--at", "2026-01-10 09:00")[0] == 0
    code, out, err = _cli(capsys, db, "--user", "admin", "program", "add", "--name", "mendongeng untuk ANAK")
    assert code == 1 and out == "" and "Traceback" not in err
    assert f"A programme named {NAME} already exists (since 10-01-2026, 1 sessions)" in err
    assert f'program session "{NAME}"' in err and "--new-anyway" in err
    code, out, _ = _cli(capsys, db, "--user", "admin", "program", "add", "--name", NAME, "--new-anyway")
    assert code == 0
    code, out, _ = _cli(capsys, db, "--user", "admin", "program", "list", "--json")
    assert [row["name"] for row in json.loads(out)] == [NAME, NAME]


def test_in_indonesian_the_cli_names_the_programme_and_the_flag(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PUSTAKA_PASSWORD", "admin123")
    db = str(tmp_path / "desa.sqlite3")
    cli_main(["--lang", "id", "--db", db, "init", "--library-name", "Perpustakaan Desa Uji", "--library-code", "UJI",
              "--librarian", "admin", "--password", "admin123"])
    cli_main(["--lang", "id", "--db", db, "--user", "admin", "program", "add", "--name", NAME])
    capsys.readouterr()
    code = cli_main(["--lang", "id", "--db", db, "--user", "admin", "program", "add", "--name", NAME])
    err = capsys.readouterr().err
    assert code == 1 and NAME in err and "--new-anyway" in err and "Traceback" not in err
