"""One school, many spellings: pupils moved in from class lists, Dapodik and SLiMS, and registered at the desk,
carry their school as each source writes it ("SDN 1 Sukamaju", "SD Negeri 1 Sukamaju", "SD N 1 SUKAMAJU",
"SDN 01 Sukamaju"). A search by school found one spelling only; the records keep what was typed."""

from __future__ import annotations

from pustaka_desktop.core.community import members, schools
from pustaka_desktop.core.printing import selection

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
    for name, school, notes in PUPILS:
        members.register(lib, librarian, name=name, member_type="Anak-anak", institution=school, notes=notes)


def _found(lib, librarian, query):
    return sorted(m.name for m in members.search_for(lib, librarian, query, limit=100).rows)


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
