"""After class 4 came in (``test_school_class_walk``): the librarian needs to know which pupils were members
already (the report said only "updated 2"), to print the cards of that class and school (a card search found
names only: "SD NEGERI 1" or "4A" chose nobody), and a member type typed a little wrong at the CLI ("Anak")
was refused without saying what the types are."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook

from pustaka_desktop.cli import main as cli_main
from pustaka_desktop.core.community import members
from pustaka_desktop.core.errors import ValidationError
from pustaka_desktop.core.interop import member_import, member_plan
from pustaka_desktop.core.printing import selection

HEADER = ["No", "Nama Peserta Didik", "NISN", "JK", "Tempat Lahir", "Tanggal Lahir", "Nama Ibu Kandung", "Kelas"]
FIRST_NAMES = ["ADITYA", "BAYU", "CITRA", "DIMAS", "EKA", "FAJAR", "GILANG", "HANA", "INDRA", "JIHAN", "KEVIN",
               "LAILA", "MUHAMMAD", "NABILA", "OKTAVIA"]


def _class_list(path, names, school="SD NEGERI 1 SUKAMAJU", kelas="4A"):
    """A class list as the school's operator types it: the school in the title, a pupil a row."""
    book = Workbook()
    sheet = book.active
    sheet.append([f"DAFTAR SISWA KELAS IV {school} TAHUN PELAJARAN 2026/2027"])
    sheet.append([])
    sheet.append(HEADER)
    for n, name in enumerate(names, 1):
        sheet.append([n, name, f"01600{n:05d}", "L", "SUKAMAJU", f"{n:02d}/05/2016", f"IBU {name.split()[0]}",
                      kelas])
    book.save(path)
    return path


def _pupils(count):
    return [f"{FIRST_NAMES[n % len(FIRST_NAMES)]} PUTRA {n + 1}" for n in range(count)]


def _registered_last_year(lib, librarian, name, born):
    return members.register(lib, librarian, name=name, member_type="Anak-anak", birth_date=born, gender="M")


# --- (1) who of the class was a member already -------------------------------------------------------


def test_the_report_names_the_pupils_who_were_members_already(lib, librarian, tmp_path):
    rizky = _registered_last_year(lib, librarian, "Muhammad Rizky", date(2016, 5, 1))
    dewi = _registered_last_year(lib, librarian, "Dewi Sartika", date(2016, 5, 2))
    path = _class_list(tmp_path / "kelas4.xlsx", ["MUHAMMAD RIZKY", "DEWI SARTIKA", "AHMAD FAUZAN"])
    english = lambda _context, text: text  # noqa: E731
    for dry_run in (True, False):
        result = member_import.import_members(lib, librarian, path, dry_run=dry_run)
        assert (result.add, result.update) == (1, 2)
        assert result.already_members == [(rizky.name, rizky.number), (dewi.name, dewi.number)]
        assert result.notes(english)[0] == (f"Already members here (2): Muhammad Rizky ({rizky.number}), "
                                            f"Dewi Sartika ({dewi.number}).")
    assert result.summary()["already_members"][0] == {"number": rizky.number, "name": "Muhammad Rizky"}


def test_a_long_list_of_members_already_is_cut_short(lib, librarian, tmp_path):
    """Importing the class again (all 32 members already): the first ten are named, the rest counted."""
    path = _class_list(tmp_path / "kelas4.xlsx", _pupils(32))
    member_import.import_members(lib, librarian, path)
    again = member_import.import_members(lib, librarian, path, dry_run=True)
    line = again.notes(lambda _context, text: text)[0]
    assert line.startswith("Already members here (32): ADITYA PUTRA 1 (")
    assert line.endswith(" and 22 more.")
    assert line.count("PUTRA") == member_plan.ROWS_LISTED


def test_the_cli_names_them_in_the_dry_run(tmp_path, capsys):
    db = str(tmp_path / "lib.sqlite3")
    assert cli_main(["--lang", "en", "--db", db, "init", "--library-name", "T", "--library-code", "TST",
                     "--librarian", "admin", "--password", "admin123"]) == 0
    assert cli_main(["--lang", "en", "--db", db, "member", "add", "--name", "Dewi Sartika", "--type", "Anak-anak",
                     "--birth-date", "01-05-2016"]) == 0
    path = _class_list(tmp_path / "kelas4.xlsx", ["DEWI SARTIKA", "AHMAD FAUZAN"])
    capsys.readouterr()
    assert cli_main(["--lang", "en", "--db", db, "members-import", str(path), "--dry-run"]) == 0
    assert "Already members here (1): Dewi Sartika (TST-A00001)." in capsys.readouterr().out.splitlines()


# --- (2) the cards of a class and a school -----------------------------------------------------------


def _two_schools(lib, librarian, tmp_path):
    member_import.import_members(lib, librarian, _class_list(tmp_path / "a.xlsx", ["SITI AMINAH", "AHMAD FAUZAN"]))
    member_import.import_members(lib, librarian, _class_list(tmp_path / "b.xlsx", ["BAYU SAPUTRA"], kelas="4B"))
    member_import.import_members(lib, librarian, _class_list(tmp_path / "c.xlsx", ["CITRA KIRANA"],
                                                             school="SD NEGERI 12 SUKAMAJU"))


def _chosen(lib, spec):
    return [m.name for m in selection.select_members(lib, spec)]


def test_the_cards_of_a_school_and_a_class_are_chosen_by_a_search(lib, librarian, tmp_path):
    _two_schools(lib, librarian, tmp_path)
    assert _chosen(lib, "search:SD NEGERI 1 SUKAMAJU") == ["AHMAD FAUZAN", "BAYU SAPUTRA", "SITI AMINAH"]
    assert _chosen(lib, "search:sd negeri 1 sukamaju 4A") == ["AHMAD FAUZAN", "SITI AMINAH"]
    assert _chosen(lib, "search:4B") == ["BAYU SAPUTRA"]
    assert _chosen(lib, "search:SD NEGERI 12") == ["CITRA KIRANA"]
    assert _chosen(lib, "search:siti") == ["SITI AMINAH"]  # (a name as before)


def test_dapodiks_class_is_found_too(lib, librarian):
    """Dapodik's "Rombel Saat Ini" is kept in the notes as "Rombel Saat Ini: Kelas 4A"."""
    members.register(lib, librarian, name="NI MADE AYU LESTARI", member_type="Anak-anak",
                     institution="SD NEGERI 1 SUKAMAJU", notes="NISN: 0165551234\nRombel Saat Ini: Kelas 4A")
    members.register(lib, librarian, name="I KETUT ARTA", member_type="Anak-anak", institution="SD NEGERI 1 SUKAMAJU",
                     notes="Rombel Saat Ini: Kelas 4AB")
    assert _chosen(lib, "search:SD NEGERI 1 SUKAMAJU 4A") == ["NI MADE AYU LESTARI"]


def test_the_cards_cli_prints_a_class(tmp_path, capsys):
    db = str(tmp_path / "lib.sqlite3")
    assert cli_main(["--lang", "en", "--db", db, "init", "--library-name", "T", "--library-code", "TST",
                     "--librarian", "admin", "--password", "admin123"]) == 0
    assert cli_main(["--lang", "en", "--db", db, "members-import",
                     str(_class_list(tmp_path / "kelas4.xlsx", _pupils(12)))]) == 0
    capsys.readouterr()
    out = tmp_path / "cards.pdf"
    assert cli_main(["--lang", "en", "--db", db, "cards", "--select", "search:SD NEGERI 1 SUKAMAJU 4A",
                     "-o", str(out)]) == 0
    assert capsys.readouterr().out.startswith("Wrote 12 member cards")
    assert out.stat().st_size > 0


# --- (3) a member type typed a little wrong -----------------------------------------------------------


def test_an_unknown_member_type_lists_the_types_and_the_one_meant(lib, librarian):
    with pytest.raises(ValidationError) as refused:
        members.register(lib, librarian, name="Rizky", member_type="Anak")
    assert refused.value.params["closest"] == "Anak-anak"
    assert refused.value.params["names"] == "Anak-anak, Lembaga, Pelajar, Umum"
    with pytest.raises(ValidationError) as refused:
        members.register(lib, librarian, name="Rizky", member_type="Mahasiswa")
    assert (refused.value.params["closest"], refused.value.params["names"]) == ("", "Anak-anak, Lembaga, Pelajar, Umum")


def test_the_cli_says_which_types_there_are(tmp_path, capsys):
    db = str(tmp_path / "lib.sqlite3")
    assert cli_main(["--lang", "id", "--db", db, "init", "--library-name", "T", "--library-code", "TST",
                     "--librarian", "admin", "--password", "admin123"]) == 0
    assert cli_main(["--lang", "en", "--db", db, "member", "add", "--name", "Rizky", "--type", "pelajr"]) != 0
    said = capsys.readouterr().err
    assert "Did you mean Pelajar?" in said and "Anak-anak, Lembaga, Pelajar, Umum" in said
