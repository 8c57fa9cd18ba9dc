"""One school, many spellings: pupils moved in from class lists, Dapodik and SLiMS, and registered at the desk,
carry their school as each source writes it ("SDN 1 Sukamaju", "SD Negeri 1 Sukamaju", "SD N 1 SUKAMAJU",
"SDN 01 Sukamaju"). A search by school found one spelling only; the records keep what was typed."""

from __future__ import annotations

from pustaka_desktop.core.circulation import loans
from pustaka_desktop.core.community import member_privacy, members, schools, visits
from pustaka_desktop.core.printing import selection
from pustaka_desktop.core.reports import documents
from pustaka_desktop.core.reports.period import Period
from tests.core.circ_helpers import book

PUPILS = [  # (name, school as written, notes)
    ("ADITYA PRATAMA", "SD NEGERI 1 SUKAMAJU", "Kelas: 4A"),  # a class list's title
    ("Bayu Saputra", "SDN 1 Sukamaju", ""),  # the desk
    ("CITRA LESTARI", "SD N 1 SUKAMAJU", "Rombel Saat Ini: Kelas 4A"),  # Dapodik
    ("Dimas Wahyu", "SDN 01 Sukamaju", "Kelas: 5"),  # SLiMS
    ("Eka Putri", "SDN 2 Sukamaju", "Kelas: 1"),  # another school, class 1
    ("Fajar Nugroho", "SDN 12 Sukamaju", ""),
    ("Hana Salsabila", "MI Al-Hidayah", ""),
    ("Indra Kurnia", "MIS Al Hidayah", ""),
    ("Jihan Aulia", "SDIT Al Hidayah", ""),
    ("Kevin Ramadhan", "SMPN 2", ""),
    ("Laila Fitri", "SMP Negeri 2 Cibadak", ""),
    ("Maulana Yusuf", "MTs", ""),
    ("Nabila Zahra", "MTs Al-Hidayah", ""),
    ("Oktavia Dewi", "Kantor Desa Sukamaju", ""),
]


def _pupils(lib, librarian):
    return {name: members.register(lib, librarian, name=name, member_type="Anak-anak", institution=school,
                                   notes=notes) for name, school, notes in PUPILS}


def _found(lib, librarian, query):
    return sorted(m.name for m in member_privacy.search_for(lib, librarian, query, limit=100).rows)


def test_the_spellings_of_one_school_have_one_form_and_different_schools_differ():
    one = {schools.school_of(text).key for text in ("SDN 1 Sukamaju", "SD Negeri 1 Sukamaju", "SD N 1 SUKAMAJU",
                                                    "SDN 01 Sukamaju", "SDN. 1 Sukamaju", "UPT SD Negeri 1 Sukamaju")}
    assert len(one) == 1
    different = ["SDN 1 Sukamaju", "SDN 2 Sukamaju", "SDN 12 Sukamaju", "SMPN 1 Sukamaju", "MI 1 Sukamaju",
                 "SDIT 1 Sukamaju", "SD 1 Muhammadiyah Sukamaju"]
    assert len({schools.school_of(text).key for text in different}) == len(different)
    assert schools.school_of("MI Al-Hidayah").key == schools.school_of("MIS Al Hidayah").key
    assert schools.school_of("Kantor Desa") is None and schools.school_of("Maria") is None


def test_a_short_spelling_joins_the_one_school_it_can_only_mean():
    keys = schools.grouped(["SMPN 2", "SMP Negeri 2 Cibadak", "MTs", "MTs Al-Hidayah", "SDN Sukamaju",
                            "SDN 1 Sukamaju", "SDN 2 Sukamaju"])
    assert keys["SMPN 2"] == keys["SMP Negeri 2 Cibadak"]
    assert keys["MTs"] == keys["MTs Al-Hidayah"]
    assert len({keys["SDN Sukamaju"], keys["SDN 1 Sukamaju"], keys["SDN 2 Sukamaju"]}) == 3  # (two it may mean)


def test_a_search_by_school_finds_every_spelling_and_no_other_school(lib, librarian):
    _pupils(lib, librarian)
    sdn1 = ["ADITYA PRATAMA", "Bayu Saputra", "CITRA LESTARI", "Dimas Wahyu"]
    for query in ("SDN 1 Sukamaju", "SD Negeri 1 Sukamaju", "sd n 1 sukamaju", "SDN 01 SUKAMAJU"):
        assert _found(lib, librarian, query) == sdn1, query
    assert _found(lib, librarian, "SD NEGERI 1 SUKAMAJU 4A") == ["ADITYA PRATAMA", "CITRA LESTARI"]
    assert _found(lib, librarian, "MI Al Hidayah") == ["Hana Salsabila", "Indra Kurnia"]
    assert _found(lib, librarian, "SMP Negeri 2 Cibadak") == ["Kevin Ramadhan", "Laila Fitri"]
    assert _found(lib, librarian, "MTs") == ["Maulana Yusuf", "Nabila Zahra"]
    assert _found(lib, librarian, "Aditya") == ["ADITYA PRATAMA"]  # (a name as before)
    # what was typed is kept
    assert members.get_member(lib, members.search(lib, "Dimas").rows[0].number).institution == "SDN 01 Sukamaju"


def test_the_cards_of_a_school_are_chosen_whatever_its_spelling(lib, librarian):
    _pupils(lib, librarian)
    chosen = [m.name for m in selection.select_members(lib, "search:SDN 1 Sukamaju")]
    assert sorted(chosen) == ["ADITYA PRATAMA", "Bayu Saputra", "CITRA LESTARI", "Dimas Wahyu"]


# --- reports: each school once --------------------------------------------------------------------------


def _march(lib, clock, librarian):
    """March: pupils of SDN 1 Sukamaju (four spellings) and of MI Al-Hidayah (two) come and borrow; a class of
    SDN 1 Sukamaju comes as a group, named as the volunteer typed it."""
    pupils = _pupils(lib, librarian)
    copies = iter(book(lib, "Si Kancil", copies=6))
    for name in ("ADITYA PRATAMA", "Bayu Saputra", "Dimas Wahyu", "Hana Salsabila", "Eka Putri"):
        loans.checkout(lib, librarian, pupils[name], next(copies).barcode)
    for name in ("CITRA LESTARI", "Dimas Wahyu", "Indra Kurnia"):
        visits.record_member(lib, librarian, pupils[name].number)
    visits.record_group(lib, librarian, "Kunjungan SD N 01 Sukamaju kls 4", {"F": 12, "M": 10, "sd": 22})
    visits.record_group(lib, librarian, "Rombongan PKK RW 02", {"F": 9})
    clock.set("2026-04-02T09:00:00+07:00")
    return documents.monthly_data(lib, Period.month(2026, 3))


def _school_rows(data):
    members_section = next(s for s in documents.monthly_tables(data) if s.title == "Members")
    table = next(t for t in members_section.tables if t.title == "Pupils by school")
    return {row[0]: row[1:] for row in table.rows}


def test_the_monthly_report_counts_each_school_once(lib, clock, librarian):
    rows = _school_rows(_march(lib, clock, librarian))
    # school: members, members who visited, who borrowed, books borrowed, people in visiting groups
    assert rows["SDN 1 Sukamaju"] == [4, 2, 3, 3, 22]
    assert rows["MI Al-Hidayah"] == [2, 1, 1, 1, 0]
    assert rows["SDN 2 Sukamaju"] == [1, 0, 1, 1, 0]  # (another school)
    assert rows["SMP Negeri 2 Cibadak"][0] == 2 and rows["MTs Al-Hidayah"][0] == 2
    assert "SDIT Al Hidayah" in rows and "SMPN 2" not in rows and "MTs" not in rows
    assert not any("Kantor" in name or "PKK" in name for name in rows)  # (no school)
    assert rows["Total"] == [13, 3, 5, 5, 22]


def test_the_monthly_report_prints_the_school_groups(lib, clock, librarian):
    data = _march(lib, clock, librarian)
    figures = dict(documents.monthly_tables(data)[0].tables[0].rows)
    assert figures["School groups"] == 1 and figures["Pupils in school groups"] == 22



def test_the_cli_lists_each_school_once_with_its_spellings(tmp_path, capsys):
    from pustaka_desktop.cli import main as cli_main

    db = str(tmp_path / "lib.sqlite3")
    assert cli_main(["--lang", "en", "--db", db, "init", "--library-name", "T", "--library-code", "TST",
                     "--librarian", "admin", "--password", "admin123"]) == 0
    for name, school in (("Siti", "SD Negeri 1 Sukamaju"), ("Rina", "SDN 01 Sukamaju"), ("Budi", "SDN 1 Sukamaju"),
                         ("Eka", "SDN 2 Sukamaju")):
        assert cli_main(["--lang", "en", "--db", db, "member", "add", "--name", name, "--type", "Anak-anak",
                         "--institution", school]) == 0
    capsys.readouterr()
    assert cli_main(["--lang", "en", "--db", db, "member", "schools"]) == 0
    assert capsys.readouterr().out.splitlines() == [
        "SDN 1 Sukamaju: 3 member(s)", "    SD Negeri 1 Sukamaju (1), SDN 01 Sukamaju (1), SDN 1 Sukamaju (1)",
        "SDN 2 Sukamaju: 1 member(s)"]
