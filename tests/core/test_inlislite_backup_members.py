"""Issue #12, "Moving in without loss", for a library whose INLISLite computer is gone: the members of its own backup
(INLISLite 3: Setting → Umum → Backup Data, written as ``inlislite_backup_sample`` writes it) come in with the members
import, their types with the terms INLISLite lent on, as its member report would bring them."""

from __future__ import annotations

import os

import pytest

from pustaka_desktop.cli import main as cli_main
from pustaka_desktop.core.errors import ValidationError
from pustaka_desktop.core.interop import inlislite_backup_members, member_import, member_plan, slims_lending
from pustaka_desktop.core.store.models import Member, MemberType
from tests.core import inlislite_backup_sample as sample
from tests.core.test_inlislite_33_movein_walk import ANGGOTA, inlislite_report


def _said(result) -> dict[str, list[dict]]:
    said: dict[str, list[dict]] = {}
    for notice in result.notices:
        said.setdefault(notice.template, []).append(notice.params)
    return said


def test_the_backups_members_come_in_with_their_types_and_terms(lib, librarian, tmp_path):
    result = member_import.import_members(lib, librarian, sample.write(tmp_path / "inlislite_2026_12_01.sql"))
    assert (result.add, result.bad) == (3, [])
    siti, budi, joko = (Member.get(Member.number == n) for n in ("AG-0001", "AG-0002", "AG-0003"))
    # the lists' ids in words: sex, type, schooling, job; the NIK of a KTP; the card's address with its RT/RW
    assert (siti.name, siti.gender, siti.member_type.name, siti.nik, siti.phone, siti.email) == (
        "Siti Aminah", "F", "Umum", "3404015708850001", "081234567890", "siti@example.id")
    assert (siti.village, siti.rt_rw, siti.occupation, siti.education) == ("Sukamaju", "002/005", "Petani", "SMA")
    assert siti.address.startswith("Dusun Krajan") and "Depok" in siti.address
    assert (str(siti.registered_on), str(siti.expires_on), str(siti.birth_date)) == (
        "2019-01-02", "2027-01-02", "1985-08-17")
    assert "Alamat Sekarang" not in siti.notes and "Islam" not in siti.notes and "Sumiyati" not in siti.notes
    # what has no field here is in the notes: a pupil's card, the present address, the emergency contact, the class
    assert (budi.gender, budi.member_type.name, budi.nik, budi.institution) == ("M", "Pelajar", "",
                                                                               "SD Negeri 1 Sukamaju")
    for line in ("Suka buku cerita.", "Identitas: Kartu Pelajar 1234", "Alamat Sekarang: Asrama Pondok Al-Ikhlas",
                 "Kontak Darurat: Sri Wahyuni (Ibu), 085600001111", "Kelas: 5A", "Tahun Ajaran: 2023/2024"):
        assert line in budi.notes.splitlines()
    assert str(budi.expires_on) == "2024-06-30"  # (ran out in INLISLite: still run out here, as SLiMS's do)
    assert joko.blocked and "Tidak Aktif" in joko.blocked_reason  # (not Aktif: INLISLite lent him nothing)
    # the types with INLISLite's terms: the starting Umum and Pelajar take them; a fine a week is not a fine a day
    umum, pelajar = MemberType.get(MemberType.name == "Umum"), MemberType.get(MemberType.name == "Pelajar")
    assert (umum.loan_limit, umum.loan_days, umum.renewals, umum.fine_per_day) == (4, 10, 1, 1000)
    assert (pelajar.loan_limit, pelajar.loan_days, pelajar.renewals) == (2, 7, 0)
    assert result.terms_from == "INLISLite" and set(result.adopted_member_types) == {"Umum", "Pelajar"}
    said = _said(result)
    assert said[inlislite_backup_members.FINE_NOT_DAILY] == [{"type": "Pelajar", "fine": 2000, "count": 1,
                                                              "unit": "minggu"}]
    # what else INLISLite lent by, which a type here has no term for: said in INLISLite's words
    assert said[inlislite_backup_members.TERMS_NOT_CARRIED] == [
        {"type": "Umum", "terms": "Perpanjangan 7 hari; Skorsing 3 hari; Biaya pendaftaran Rp5000"},
        {"type": "Mahasiswa", "terms": "Perpanjangan 7 hari"}]
    assert said[slims_lending.INLIS_NOT_MADE][0]["type"] == "Mahasiswa"  # (nobody holds it: not made, said)
    assert not MemberType.select().where(MemberType.name == "Mahasiswa").exists()
    assert said[inlislite_backup_members.NOT_KEPT] == [{"columns": "Agama, Status Perkawinan, Nama Ibu Kandung"}]
    assert any("INLISLite's loan terms" in line for line in result.notes(lambda _context, text: text))
    assert member_plan.INLIS_ADOPTED_TYPES != member_plan.ADOPTED_TYPES


def test_a_second_import_of_the_backup_changes_nothing(lib, librarian, tmp_path):
    dump = sample.write(tmp_path / "backup.sql")
    member_import.import_members(lib, librarian, dump)
    again = member_import.import_members(lib, librarian, dump)
    assert (again.add, again.update, again.unchanged, again.adopted_member_types, again.new_member_types) == (
        0, 0, 3, [], [])


def test_members_the_report_brought_before_are_the_same_members(lib, librarian, tmp_path):
    row = dict.fromkeys(ANGGOTA, "") | {"Nomor Anggota": "AG-0001", "Nama Lengkap": "Siti Aminah",
                                        "Tempat Lahir": "Sleman", "Tanggal Lahir": "17-08-1985"}
    member_import.import_members(lib, librarian, inlislite_report(
        tmp_path / "Laporan_Anggota.xlsx", "Laporan Anggota", ANGGOTA, [[row[h] for h in ANGGOTA]]))
    result = member_import.import_members(lib, librarian, sample.write(tmp_path / "backup.sql"))
    assert (result.add, Member.select().where(Member.number == "AG-0001").count()) == (2, 1)


def test_a_member_number_twice_is_said(lib, librarian, tmp_path):
    data = sample.tables()
    data["members"].append(data["members"][0] | {"ID": 9, "Fullname": "Rina Marlina", "DateOfBirth": "1990-01-01",
                                                 "IdentityNo": None, "NoHp": None, "Address": "Dusun Kulon"})
    result = member_import.import_members(lib, librarian, sample.write(tmp_path / "backup.sql", data))
    assert result.add == 3 and [bad.template for bad in result.bad] == [member_import.TWO_PEOPLE]
    assert result.bad[0].row > 1 and Member.get(Member.number == "AG-0001").name == "Siti Aminah"


def test_a_backup_without_members_is_refused_whole(lib, librarian, tmp_path):
    data = {name: rows for name, rows in sample.tables().items() if name != "members"}
    with pytest.raises(ValidationError) as refused:
        member_import.import_members(lib, librarian, sample.write(tmp_path / "backup.sql", data))
    assert refused.value.template == inlislite_backup_members.NO_MEMBERS
    assert Member.select().count() == 0


def test_the_cli_imports_the_backups_members(tmp_path, capsys, monkeypatch):
    dump = sample.write(tmp_path / "backup.sql")
    db = str(tmp_path / "baru.sqlite3")
    assert cli_main(["--lang", "en", "--db", db, "init", "--library-name", "Baru", "--library-code", "BR",
                     "--librarian", "budi", "--password", "rahasia1"]) == 0
    monkeypatch.setenv("PUSTAKA_PASSWORD", "rahasia1")
    assert cli_main(["--lang", "en", "--db", db, "--user", "budi", "members-import", str(dump)]) == 0
    assert "added 3" in capsys.readouterr().out
    bad = tmp_path / "kosong.sql"
    sample.write(bad, {name: rows for name, rows in sample.tables().items() if name != "members"})
    assert cli_main(["--lang", "en", "--db", db, "--user", "budi", "members-import", str(bad)]) != 0
    out = capsys.readouterr()
    assert "without its members" in out.out + out.err and "Traceback" not in out.out + out.err
    assert os.path.exists(db)
