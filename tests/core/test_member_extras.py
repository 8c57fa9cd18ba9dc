"""SLiMS's members CSV has no column for a member's village, RT/RW, occupation, education or guardian: our export
writes them where a SLiMS user keeps them (the RT/RW and the village at the end of the address, the rest as
labelled lines after the notes, in the library's language), and the import takes back exactly what it wrote. A
member exported and imported comes back whole into an empty library, and the library the file came from changes
nothing; an address a SLiMS user typed otherwise stays as written."""

from __future__ import annotations

import pytest

from pustaka_desktop.core.community import members
from pustaka_desktop.core.interop import member_import, slims_members
from pustaka_desktop.core.settings import set_setting
from pustaka_desktop.core.store.models import ChangeLog, Member
from tests.core import interop_fixtures

empty_lib_factory = interop_fixtures.empty_lib_factory  # a fixture

KEPT = ("name", "address", "village", "rt_rw", "occupation", "education", "guardian", "notes", "nik", "phone",
        "institution", "birth_date", "registered_on", "expires_on")
HEADER = ",".join(slims_members.COLUMNS)


def _rows(path) -> dict[str, dict[str, str]]:
    return {row["member_id"]: row for _, row in slims_members.csv_rows(path, None, None)}


def _member(lib, librarian, name: str, **fields) -> Member:
    return members.register(lib, librarian, name=name, member_type="Umum", allow_duplicate=True, **fields)


@pytest.mark.parametrize(("language", "lines"), [
    ("id", "Kelas: 4A\nPekerjaan: Petani\nPendidikan: SMA\nWali: Sutrisno"),
    ("en", "Kelas: 4A\nOccupation: Petani\nEducation: SMA\nGuardian: Sutrisno"),
])
def test_the_export_writes_them_where_slims_shows_them(lib, librarian, tmp_path, language, lines):
    set_setting("language", language)
    made = _member(lib, librarian, "Eko Putra", address="Kp. Cikaret", village="Cibeureum", rt_rw="05/03",
                   occupation="Petani", education="SMA", guardian="Sutrisno", notes="Kelas: 4A")
    plain = _member(lib, librarian, "Siti Aminah", address="Jl. Raya 5")  # (nothing more: nothing added)
    path = tmp_path / "anggota.csv"
    slims_members.export_members(lib, librarian, path)
    rows = _rows(path)
    assert rows[made.number]["member_address"] == "Kp. Cikaret RT 05/RW 03, Desa Cibeureum"
    assert rows[made.number]["member_notes"] == lines
    assert (rows[plain.number]["member_address"], rows[plain.number]["member_notes"]) == ("Jl. Raya 5", "")


def test_an_address_that_names_its_rt_and_village_already_is_not_written_twice(lib, librarian, tmp_path):
    # (a list kept by hand came in so: its Alamat holds the RT/RW and the Desa, and its columns filled the fields)
    made = _member(lib, librarian, "Dedi", address="Kp. Babakan, RT/RW 02/04, Sukamaju", village="Sukamaju",
                   rt_rw="02/04")
    path = tmp_path / "anggota.csv"
    slims_members.export_members(lib, librarian, path)
    row = _rows(path)[made.number]
    assert row["member_address"] == "Kp. Babakan, RT/RW 02/04, Sukamaju"
    assert row["member_notes"] == "Desa/Kelurahan: Sukamaju\nRT/RW: 02/04"


def _awkward_members(lib, librarian) -> None:
    """Members whose own address or notes look like what the export writes, beside plain ones."""
    _member(lib, librarian, "Eko Putra", address="Kp. Cikaret", village="Cibeureum", rt_rw="05/03",
            occupation="Petani", education="SMA", guardian="Sutrisno", notes="suka novel\nKelas: 4A")
    _member(lib, librarian, "Ani", address="", village="Sukamaju", rt_rw="01/02", guardian="Bu Ani")
    _member(lib, librarian, "Budi", address="Kp. Babakan, RT/RW 02/04, Sukamaju", village="Sukamaju", rt_rw="02/04")
    # the notes end in a line of a label of ours while the field is empty: it stays in the notes
    _member(lib, librarian, "Cici", address="Kp. Pasir", notes="Wali: Pak Harun (kakek)", occupation="Pedagang")
    # an address in the export's shape, with no village or RT/RW in their fields: it stays the address
    _member(lib, librarian, "Dodi", address="Kp. Tegal RT 03/RW 01, Desa Mekarsari")
    _member(lib, librarian, "Euis", address="Jl. Merdeka No. 5", village="Desa Sukamaju", rt_rw="5")  # (as typed)
    _member(lib, librarian, "Fajar", address="Kp. Pasir\nRT 03/RW 01", village="Sindangrasa 2", rt_rw="RT 3 RW 1")
    # a member listed twice in a list: the other occupation in the notes, as the import wrote it
    _member(lib, librarian, "Gita", occupation="Petani", education="SD", notes="Pekerjaan: Buruh")
    _member(lib, librarian, "Hadi", occupation="Guru", notes="Pendidikan: S1\n\n")
    _member(lib, librarian, "Ika", notes="catatan\nWali:")  # (a label without a value: the notes' own)
    _member(lib, librarian, "Joko", occupation="Tani", notes="Wali: -")  # (the librarian's dash for no guardian)


def _as_kept() -> dict[str, tuple]:
    return {m.number: tuple(getattr(m, name) for name in KEPT) for m in Member.select().where(~Member.deleted)}


@pytest.mark.tiny_demo
@pytest.mark.parametrize("language", ["id", "en"])
def test_exported_and_imported_back_each_member_comes_back_exactly(lib, librarian, tmp_path, empty_lib_factory,
                                                                     language):
    set_setting("language", language)
    _awkward_members(lib, librarian)
    assert Member.select().where(Member.guardian != "").count() > 5  # (the demo's children have a parent)
    made = _as_kept()
    path = tmp_path / "anggota.csv"
    slims_members.export_members(lib, librarian, path)

    # into the library it came from: nothing changes, not one line of the change log
    members_before = lib.db.execute_sql("SELECT * FROM member ORDER BY id").fetchall()
    changes = ChangeLog.select().count()
    again = member_import.import_members(lib, librarian, path)
    assert (again.add, again.update, again.unchanged, again.bad) == (0, 0, len(made), [])
    assert lib.db.execute_sql("SELECT * FROM member ORDER BY id").fetchall() == members_before
    assert ChangeLog.select().count() == changes

    # into an empty library (in Indonesian whichever language wrote the file): each field as it was
    other, other_librarian = empty_lib_factory()
    result = member_import.import_members(other, other_librarian, path)
    assert (result.add, result.bad) == (len(made), [])
    assert _as_kept() == made
    assert member_import.import_members(other, other_librarian, path).unchanged == len(made)


def _slims_file(tmp_path, rows: list[tuple[str, str, str, str]]):
    """A members CSV as SLiMS writes it: (member_id, name, address, notes) each; newlines as \\n."""
    lines = [HEADER + ","]
    for number, name, address, notes in rows:
        fields = [number, name, "1", "Umum", "", address, "", "", "0", "", "", "", "", "2024-01-10", "2024-01-10",
                  "2026-12-31", "1990-05-01", notes.replace("\n", "\\n")]
        lines.append(",".join(f'"{field}"' for field in fields))
    path = tmp_path / "members.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_an_address_a_slims_user_typed_otherwise_stays_as_written(lib, librarian, tmp_path):
    typed = ["Jl. Merdeka No. 5 RT 02 RW 03 Desa Sukamaju", "Kp. Cikaret RT.05/RW.03 Cibeureum",
             "Kp. A, Desa Sukamaju, Kec. Cibiru", "Dusun Krajan Rt 01/Rw 02", "Kp. B, Desa Sukamaju 2",
             "Kp. C RT 01 / RW 02", "Kp. D, desa Sukamaju"]
    path = _slims_file(tmp_path, [(f"M{n}", f"Anggota {n}", address, "") for n, address in enumerate(typed)])
    member_import.import_members(lib, librarian, path)
    assert [(m.address, m.village, m.rt_rw) for m in Member.select().order_by(Member.number)] == [
        (address, "", "") for address in typed]


def test_a_slims_users_address_and_notes_in_the_exports_shape_fill_the_fields(lib, librarian, tmp_path):
    path = _slims_file(tmp_path, [
        ("M1", "Eko", "Kp. Cikaret RT 05/RW 03, Desa Cibeureum", "suka novel\nPekerjaan: Petani\nWali: Sutrisno"),
        ("M2", "Ani", "Perum Griya, Desa Sukamaju", "Occupation: Guru\nEducation: S1"),
        # a labelled line above free text is the librarian's: it stays in the notes
        ("M3", "Budi", "Jl. Raya 5", "Pekerjaan: Petani\nsering pinjam buku tani"),
    ])
    result = member_import.import_members(lib, librarian, path)
    assert (result.add, result.bad) == (3, [])
    got = {m.number: (m.address, m.village, m.rt_rw, m.occupation, m.education, m.guardian, m.notes)
           for m in Member.select()}
    assert got == {
        "M1": ("Kp. Cikaret", "Cibeureum", "05/03", "Petani", "", "Sutrisno", "suka novel"),
        "M2": ("Perum Griya", "Sukamaju", "", "Guru", "S1", "", ""),
        "M3": ("Jl. Raya 5", "", "", "", "", "", "Pekerjaan: Petani\nsering pinjam buku tani"),
    }


def test_a_member_whose_address_came_whole_from_slims_before_keeps_it(lib, librarian, tmp_path):
    """A SLiMS file imported before this shape was read: imported again, the same file changes nothing."""
    path = _slims_file(tmp_path, [("M1", "Eko", "Kp. Cikaret RT 05/RW 03, Desa Cibeureum", "Wali: Sutrisno")])
    members.register(lib, librarian, number="M1", name="Eko", member_type="Umum", gender="M",
                     birth_date="1990-05-01", registered_on="2024-01-10", expires_on="2026-12-31",
                     address="Kp. Cikaret RT 05/RW 03, Desa Cibeureum", guardian="Sutrisno")
    result = member_import.import_members(lib, librarian, path)
    assert (result.update, result.unchanged) == (0, 1)
    eko = Member.get(Member.number == "M1")
    assert (eko.address, eko.village, eko.rt_rw, eko.guardian) == ("Kp. Cikaret RT 05/RW 03, Desa Cibeureum", "", "",
                                                                   "Sutrisno")
