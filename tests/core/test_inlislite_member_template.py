"""INLISLite 3.3's member import template (Keanggotaan → Anggota → Import Excel; its columns read from
INLISLite-Perpusnas/INLISLIteV33 ``Anggota::import``, ``$columnMap``): the list a village library typed to bring its
members into INLISLite, and so has at hand. Its address (``Alamat sesuai KTP`` and the KTP's Kelurahan, RT, RW...),
e-mail (``Alamat Email``) and education (``Pendidikan Terakhir``) went into the notes, the member's address empty;
its ``Status Anggota`` (``Aktif``) was read as a member type beside ``Jenis Anggota``."""

from __future__ import annotations

from openpyxl import Workbook

from pustaka_desktop.core.interop import member_import
from pustaka_desktop.core.store.models import Member, MemberType

TEMPLATE = ["No Anggota", "Nama", "Tempat Lahir", "Tanggal Lahir", "Alamat sesuai KTP", "Propinsi sesuai KTP",
            "Kabupaten/Kota sesuai KTP", "Kecamatan sesuai KTP", "Kelurahan sesuai KTP", "RT sesuai KTP",
            "RW sesuai KTP", "Alamat tempat tinggal sekarang", "Propinsi sekarang", "Kabupaten/Kota sekarang",
            "Kecamatan sekarang", "Kelurahan sekarang", "RT sekarang", "RW sekarang", "No. HP", "Agama",
            "Jenis Identitas", "Nomor Identitas", "Jenis Kelamin", "Photo URL", "Pekerjaan", "Ibu Kandung",
            "Alamat Email", "Jenis Anggota", "Pendidikan Terakhir", "Status Perkawinan", "Tanggal Pendaftaran",
            "Tanggal Akhir Berlaku", "Jenis Permohonan", "Status Anggota", "Nama Institusi", "Alamat Institusi",
            "No Telp Institusi", "Unit Kerja", "Tahun Ajaran", "Fakultas", "Kelas", "Program Studi", "Phone"]


def _row(number, name, **over):
    row = {"No Anggota": number, "Nama": name, "Tempat Lahir": "Sleman", "Tanggal Lahir": "1985-04-12",
           "Alamat sesuai KTP": "Dusun Krajan", "Propinsi sesuai KTP": "DI Yogyakarta",
           "Kabupaten/Kota sesuai KTP": "Sleman", "Kecamatan sesuai KTP": "Mlati", "Kelurahan sesuai KTP": "Sendangadi",
           "RT sesuai KTP": "002", "RW sesuai KTP": "005", "Alamat tempat tinggal sekarang": "Perum Griya Asri B-5",
           "Kelurahan sekarang": "Ambarketawang", "No. HP": "081234567890", "Agama": "Islam", "Jenis Identitas": "KTP",
           "Nomor Identitas": "3404015204850002", "Jenis Kelamin": "Perempuan", "Pekerjaan": "Guru",
           "Alamat Email": "sri@example.com", "Jenis Anggota": "Umum", "Pendidikan Terakhir": "S1",
           "Status Perkawinan": "Kawin", "Tanggal Pendaftaran": "2024-01-15", "Tanggal Akhir Berlaku": "2030-01-15",
           "Status Anggota": "Aktif"} | over
    return [row.get(header, "") for header in TEMPLATE]


def _template(path, rows):
    book = Workbook()
    book.active.append(TEMPLATE)
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_inlislite_member_template_gives_the_address_email_and_education_their_fields(lib, librarian, tmp_path):
    path = _template(tmp_path / "template_import_anggota.xlsx", [
        _row("0001/SKM/2024", "Sri Mulyani"),
        _row("0002/SKM/2024", "Joko Santoso", **{"Jenis Anggota": "", "Status Anggota": "Non Aktif",
                                                 "Nomor Identitas": "3404011708800003"})])
    result = member_import.import_members(lib, librarian, path)
    assert (result.add, result.bad) == (2, [])
    sri = Member.get(Member.name == "Sri Mulyani")
    assert sri.address == "Dusun Krajan, RT/RW 002/005, Sendangadi, Mlati, Sleman, DI Yogyakarta"
    assert (sri.village, sri.rt_rw, sri.email, sri.education, sri.occupation) == (
        "Sendangadi", "002/005", "sri@example.com", "S1", "Guru")
    assert (sri.member_type.name, sri.blocked, sri.nik) == ("Umum", False, "3404015204850002")
    assert "Alamat tempat tinggal sekarang: Perum Griya Asri B-5" in sri.notes  # (where she lives now: kept)
    assert "sri@example.com" not in sri.notes and "Islam" not in sri.notes and "Kawin" not in sri.notes
    joko = Member.get(Member.name == "Joko Santoso")
    assert joko.blocked and "Non Aktif" in joko.blocked_reason  # (INLISLite did not lend to him)
    assert not MemberType.select().where(MemberType.name.in_(["Aktif", "Non Aktif"])).exists()
    again = member_import.import_members(lib, librarian, path)
    assert (again.add, again.update, again.unchanged) == (0, 0, 2)
