"""Issue 12, "moving in without loss": every non-empty cell of a member list, shaped as real people and systems write
it, ends up somewhere in the library (a field of the member, the member's notes, the member type, the block's
reason) or is named by the import (a refused row with its reason, a value set aside, a notice naming its row). A
value that silently disappears is a bug; a value judged right to drop is accepted below, each with its reason.

The fixtures are written here: SLiMS 9's members CSV, INLISLite's member reports (3.0-3.2's *Anggota Per
Pendaftaran* echoed as HTML .xls, 3.3's *Laporan Anggota* xlsx) and a village's hand-kept Excel list."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from openpyxl import Workbook

from pustaka_desktop.core.interop import member_import, member_sheets, slims_members
from pustaka_desktop.core.store.models import Member

# --- the accounting --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    sheet: str
    row: int  # as the spreadsheet (or the CSV's line) numbers it, the header included
    column: str
    value: Any

    def __str__(self) -> str:
        return f"sheet {self.sheet or '-'!r}, row {self.row}, column {self.column!r}: {self.value!r}"


# How each column's value is compared ("text" when not listed): a phone as its digits (and its words), a date as a
# date, a gender as M/F, an RT/RW as its two numbers, a birth place and date as both
KINDS = {"phone": "phone", "date": "date", "place_date": "place_date", "gender": "gender", "rt_rw": "rt_rw",
         "digits": "digits"}

_MONTHS = {m: n for n, names in enumerate([("jan", "januari", "january"), ("feb", "februari", "february"),
                                           ("mar", "maret", "march"), ("apr", "april"), ("mei", "may"),
                                           ("jun", "juni", "june"), ("jul", "juli", "july"),
                                           ("agu", "agt", "agustus", "aug", "august"),
                                           ("sep", "september"), ("okt", "oktober", "oct", "october"),
                                           ("nov", "november", "nop", "nopember"),
                                           ("des", "desember", "dec", "december")], 1) for m in names}


def as_date(value: Any) -> date | None:
    """The date a cell means, read independently of the importer: a date cell, an Excel serial, or the text."""
    try:
        return _as_date(value)
    except ValueError:  # (31-02-2005: no day)
        return None


def _as_date(value: Any) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float):
        return date(1899, 12, 30) + timedelta(days=int(value))
    text = str(value).strip()
    if re.fullmatch(r"\d{5}", text):
        return _as_date(int(text))
    if found := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text):
        return date(int(found[1]), int(found[2]), int(found[3]))
    if found := re.fullmatch(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})", text):
        return date(int(found[3]), int(found[2]), int(found[1]))
    if found := re.fullmatch(r"(\d{1,2})[- ]([A-Za-z]+)[- ](\d{4})", text):
        month = _MONTHS.get(found[2].lower())
        return date(int(found[3]), month, int(found[1])) if month else None
    return None


def norm(text: Any) -> str:
    return " ".join(unicodedata.normalize("NFKC", str(text)).casefold().split())


def digits(text: Any) -> str:
    return re.sub(r"\D", "", str(text))


def _words(text: str) -> list[str]:
    return [w for w in re.findall(r"[^\W\d_]+", norm(text)) if w not in ("rt", "rw")]


def haystack(member: Member) -> str:
    fields = ("number", "name", "address", "village", "rt_rw", "postal_code", "phone", "email", "nik", "occupation",
              "education", "institution", "guardian", "notes", "blocked_reason")
    return "\n".join([*(str(getattr(member, f) or "") for f in fields), member.member_type.name])


def found_in(member: Member, kind: str, value: Any) -> bool:
    """Whether ``value`` (of a column of ``kind``) is kept in ``member``."""
    hay = norm(haystack(member))
    written = norm(value.strftime("%d-%m-%Y") if isinstance(value, date) else value)
    if written in hay:  # as written (the notes keep a value that did not look right so)
        return True
    if kind == "date":
        day = as_date(value)
        return day is not None and (day in (member.birth_date, member.registered_on, member.expires_on)
                                    or day.strftime("%d-%m-%Y") in hay)  # (a date in the notes, as they write it)
    if kind == "place_date":  # "Cianjur, 5 Mei 2001": the place in the notes, the date the birth date
        place, _, when = str(value).rpartition(",")
        return found_in(member, "text", place) and found_in(member, "date", when.strip())
    if kind == "gender":  # (SLiMS writes 1 and 0)
        genders = {"l": "M", "laki-laki": "M", "1": "M", "p": "F", "perempuan": "F", "0": "F"}
        return genders.get(norm(value)) == member.gender
    if kind == "status":  # INLISLite's "Aktif" is the member not blocked (another status is the block's reason)
        return norm(value) in ("aktif", "active") and not member.blocked
    if kind == "rt_rw":
        wanted = [int(n) for n in re.findall(r"\d+", str(value))]
        return any(wanted == [int(n) for n in re.findall(r"\d+", text)] for text in (member.rt_rw, *hay.split("\n")))
    if kind in ("phone", "digits"):  # each number as digits (a 0 put back, +62 for the 0), and the cell's words
        numbers = [digits(line) for line in haystack(member).split("\n")]
        parts = re.split(r"[/,;]|\batau\b|\bdan\b", str(value)) if kind == "phone" else [str(value)]
        wanted = [re.sub(r"^62", "", digits(part).lstrip("0")) for part in parts if digits(part)]
        words = all(w in hay for w in _words(str(value))) if kind == "phone" else True
        return bool(wanted) and all(any(n in line for line in numbers) for n in wanted) and words
    return False


def named(result: member_import.MemberImportPlan, cell: Cell) -> bool:
    """Whether the import's report names the cell's row (refused, set aside, a notice listing it), or its column (a
    column not kept on purpose: ``member_sheets.NOT_KEPT``)."""
    said = [*result.bad, *result.set_aside, *result.notices, *result.possible_duplicates, *result.merged]
    for row in said:
        if row.sheet not in ("", cell.sheet):
            continue
        if row.row == cell.row or cell.column in str(row.params.get("columns", "")).split(", "):
            return True
        listed = str(row.params.get("rows", ""))
        if not row.row and re.search(rf"(?<!\d){cell.row}(?!\d)", listed):
            return True
    return False


# cells that hold no value: empty, and MySQL's "no date" as SLiMS writes it (nothing was ever typed there)
NO_VALUE = (None, "", "0000-00-00")


def lost_cells(result: member_import.MemberImportPlan, cells: list[Cell], kinds: dict[str, str],
               accepted: dict[str, str], name_column: str) -> list[str]:
    """Each cell neither kept in its member nor named by the import, said precisely (sheet, row, column, value).
    ``accepted``: the columns (by header) judged right to drop, with why; ``name_column``: how a row's member is
    found (the members here by that name)."""
    names = {(c.sheet, c.row): norm(c.value) for c in cells if c.column == name_column}
    members = {norm(m.name): m for m in Member.select()}
    lost = []
    for cell in cells:
        if cell.value in NO_VALUE or cell.column in accepted:
            continue
        member = members.get(names.get((cell.sheet, cell.row), ""))
        if member is not None and found_in(member, kinds.get(cell.column, "text"), cell.value):
            continue
        if named(result, cell):
            continue
        lost.append(str(cell))
    return lost


def table_cells(sheet: str, header_row: int, headers: list[str], rows: list[list[Any]]) -> list[Cell]:
    return [Cell(sheet, header_row + n, header, value)
            for n, row in enumerate(rows, 1) for header, value in zip(headers, row, strict=True)]


# --- a village's hand-kept list --------------------------------------------------------------------------------------

HAND = ["No", "No. Anggota", "Nama", "L/P", "Tempat/Tgl Lahir", "Alamat", "RT/RW", "Dusun", "Desa", "No. HP/WA",
        "Pekerjaan", "Sekolah/Kelas", "Nama Orang Tua", "Tgl Daftar", "Berlaku s/d", "Keterangan"]
HAND_KINDS = {"L/P": "gender", "Tempat/Tgl Lahir": "place_date", "RT/RW": "rt_rw", "No. HP/WA": "phone",
              "Tgl Daftar": "date", "Berlaku s/d": "date", "No. Anggota": "digits"}
HAND_ROWS = [
    [1, "A-001", "Siti Aminah", "P", "Cianjur, 5 Mei 2001", "Kp. Babakan No. 3", "RT 02/RW 05", "Babakan",
     "Sukamaju", "0812-3456-7890 (ortu)", "Ibu Rumah Tangga", "", "", datetime(2019, 3, 12), "12/03/2027",
     "pindahan dari Cibeber"],
    [2, "A-002", "Budi Santoso", "L", "Cianjur, 17-08-2014", "Kp. Babakan", "002/005", "Babakan", "Sukamaju",
     "081234567891", "Pelajar SD", "SDN 1 Sukamaju / 5A", "Sutrisno", 43540, "", ""],
    [3, "A-003", "Muhammad Rizky Al-Farizi", "Laki-laki", "Bandung, 3 Februari 2010", "Jl. Merdeka 5", "RT 1 RW 2",
     "", "Sukamaju", "0856 1111 2222 / 0813 3333 4444", "Pelajar", "MI Al-Hidayah kelas 6", "Ibu Aisyah",
     "05-01-2020", "31-12-2026", "kartu hilang 2022"],
    [4, "A-004", "محمد رضا", "L", "Cianjur, 1 Januari 1995", "Kp. Sindang", "03/01", "Sindang", "Sukamaju",
     "+62 812 9999 8888", "Guru Ngaji", "", "", "2021-07-17", "", "anggota pengajian"],
    [5, "A-005", "ꦱꦸꦠꦂꦤꦶ", "P", "Yogyakarta, 20-04-1970", "Dusun Krapyak", "RT 04/RW 02", "Krapyak", "Sukamaju",
     "", "Petani", "", "", "Maret 2018", "", ""],
    [6, "A-006", "Dewi Lestari", "Perempuan", "Cianjur, 31-02-2005", "Kp. Babakan", "RT 02/RW 05", "Babakan",
     "Sukamaju", "8,12346E+11", "Mahasiswa", "", "Ahmad", "12 Agustus 2023", "2023-01-01", "suka komik"],
    [7, "A-007", "", "L", "", "Kp. Babakan", "", "", "", "081200001111", "", "", "", "", "", "nama lupa ditulis"],
    # the same member again, a year on (a list added to, not corrected): another phone, job, school and remark
    [8, "A-001", "Siti Aminah", "P", "Cianjur, 5 Mei 2001", "Kp. Babakan No. 3", "RT 02/RW 05", "Babakan",
     "Sukamaju", "0877-1234-5678", "Pedagang", "Paket C", "Hj. Iyah", "2024-03-12", "12/03/2028",
     "daftar ulang"],
    ["", "A-009", "Ujang Saepudin", "L", "Garut, 1 Juli 1999", "Kp. Sindang", "RT 03/RW 01", "Sindang", "Sukamaju",
     "0812 7777 8888", "Buruh", "", "", "", "", "bawa KK"],
]


def _hand_list(path):
    book = Workbook()
    sheet = book.active
    sheet.title = "Anggota 2023"
    sheet.append(["DAFTAR ANGGOTA PERPUSTAKAAN DESA SUKAMAJU"])
    sheet.append([])
    sheet.append(HAND)
    for row in HAND_ROWS:
        sheet.append(row)
    sheet.append(["", "", "Jumlah", "", "", "", "", "", "", "", "", "", "", "", "", "9 orang"])
    rt = book.create_sheet("RT 03")  # (a village keeps a sheet an RT, each typed by another hand)
    for row in [RT3, *RT3_ROWS]:
        rt.append(row)
    book.save(path)
    return path


# the second sheet: its own headers, two phone columns, both parents, a religion column, a column without a header
RT3 = ["No", "Nama Lengkap", "Jenis Kelamin", "Tempat Lahir", "Tanggal Lahir", "NIK", "Alamat", "No. HP", "No. WA",
       "Agama", "Nama Ayah", "Nama Ibu", "Kategori", "Hobi", "Tgl Daftar", "Catatan", ""]
RT3_KINDS = {"Jenis Kelamin": "gender", "Tanggal Lahir": "date", "NIK": "digits", "No. HP": "phone",
             "No. WA": "phone", "Tgl Daftar": "date"}
RT3_ROWS = [
    [1, "Ahmad Fauzi", "L", "Cianjur", datetime(1988, 11, 2), "3203010211880003", "Kp. Cikaret RT 03/RW 01",
     "0813-2222-3333", "0857-4444-5555", "Islam", "H. Mahmud", "Hj. Aminah", "Umum", "sepak bola", "43900",
     "", "sudah bayar iuran"],
    [2, "Nur Hasanah", "P", "Cianjur", 39500, "", "Kp. Cikaret", "", "0896-1234-5678", "Islam", "Ujang", "Euis",
     "Anak-anak", "membaca", "2020-02-02", "kelas 5", ""],
]
# columns judged right to drop, each with why
HAND_ACCEPTED = {
    "No": "the sheet's running row number: it says nothing about the member",
}
# (a person's religion, and the second parent's name beside the guardian's, the first parent named, are not kept on
# purpose, UU 27/2022's data minimisation: the import names their columns, member_sheets.NOT_KEPT)
RT3_ACCEPTED = HAND_ACCEPTED


def test_no_cell_of_a_hand_kept_list_is_lost(lib, librarian, tmp_path):
    result = member_import.import_members(lib, librarian, _hand_list(tmp_path / "anggota.xlsx"))
    lost = lost_cells(result, table_cells("Anggota 2023", 3, HAND, HAND_ROWS), HAND_KINDS, HAND_ACCEPTED, "Nama")
    lost += lost_cells(result, table_cells("RT 03", 1, RT3, RT3_ROWS), RT3_KINDS, RT3_ACCEPTED, "Nama Lengkap")
    assert not lost, "lost:\n" + "\n".join(lost)
    # a second phone column and a remark in a column without a header were dropped: kept in the notes
    ahmad = Member.get(Member.name == "Ahmad Fauzi")
    assert ahmad.phone == "081322223333" and {"No. WA: 0857-4444-5555", "sudah bayar iuran"} <= set(
        ahmad.notes.splitlines())
    assert ahmad.guardian == "H. Mahmud" and "Aminah" not in ahmad.notes
    # an RT/RW typed with its words is kept as the member form keeps it: "RT/RW RT 02/RW 05" in the address, and a
    # letter to the home (which writes the field in) said "RT RT 02/RW RW 05"
    dewi = Member.get(Member.name == "Dewi Lestari")
    assert (dewi.rt_rw, dewi.address) == ("02/05", "Kp. Babakan, RT/RW 02/05, Babakan, Sukamaju")
    assert Member.get(Member.name == "Muhammad Rizky Al-Farizi").rt_rw == "1/2"  # ("RT 1 RW 2")
    again = member_import.import_members(lib, librarian, tmp_path / "anggota.xlsx")
    assert (again.add, again.update) == (0, 0)
    # the totals row under the list is no member, and said
    assert any(str(n.params.get("rows")) == "13" for n in result.notices)
    # the columns not kept on purpose are named, each sheet's (a sheet without a value in them names none)
    assert [(n.sheet, n.params["columns"]) for n in result.notices if n.template == member_sheets.NOT_KEPT] == [
        ("RT 03", "Agama, Nama Ibu")]


# --- SLiMS 9's members CSV --------------------------------------------------------------------------------------------

SLIMS_KINDS = {"gender": "gender", "member_phone": "phone", "member_fax": "phone", "pin": "digits",
               "member_since_date": "date", "register_date": "date", "expire_date": "date", "birth_date": "date"}
SLIMS_ROWS = [
    ["M0001", 'Siti "Ucok" Aminah', "0", "Umum", "siti@example.id", "Kp. Babakan RT 01/RW 02\\nSukamaju", "40123",
     "SDN 1 Sukamaju", "1", "siti.jpg", "3204051234560001", "0812-3456-7890", "0857-1111-2222", "2015-01-10",
     "2024-01-10", "2026-12-31", "1990-05-01", "suka novel"],
    ["M0002", "Budi Santoso", "1", "Pelajar", "budi(at)mail", "Jl. Raya 5", "", "SMPN 1", "0", "", "A-77",
     "62812000111", "", "2025-06-01", "2025-06-01", "0000-00-00", "2011-02-03", "Pekerjaan: Pelajar"],
    ["M0003", "", "1", "Umum", "", "Kp. Sindang", "", "", "0", "", "", "0813", "", "2025-06-01", "2025-06-01",
     "2027-06-01", "", "data tidak lengkap"],
    ["M0004", "Kelompok Tani Makmur", "1", "Kelompok", "", "", "", "", "0", "", "", "", "", "2025-06-01",
     "2025-06-01", "2027-06-01", "1980-13-45", ""],
]
# SLiMS's columns judged right to drop
SLIMS_ACCEPTED = {
    # SLiMS's own flag (a member whose data the OPAC's self-registration added, still to be checked there): no
    # meaning once the member is here
    "is_new": "SLiMS's self-registration flag",
    # the photo's file name: the photo itself comes in with --pictures (the report names the photos the file lists)
    "member_image": "a file name, the photo comes with --pictures",
    "mpasswd": "a password hash of SLiMS's OPAC login: never imported (nobody logs in here with it)",
}


def _slims_csv(path, rows):
    quoted = ['"' + '","'.join(v.replace('"', '\\"') for v in row) + '"' for row in rows]
    path.write_text(",".join(slims_members.COLUMNS) + ",\n" + "\n".join(quoted) + "\n", encoding="utf-8")
    return path


def test_no_cell_of_slims_members_csv_is_lost(lib, librarian, tmp_path):
    result = member_import.import_members(lib, librarian, _slims_csv(tmp_path / "members.csv", SLIMS_ROWS))
    cells = table_cells("", 1, list(slims_members.COLUMNS), [[v.replace("\\n", "\n") for v in row] for row in SLIMS_ROWS])
    lost = lost_cells(result, cells, SLIMS_KINDS, SLIMS_ACCEPTED, "member_name")
    assert not lost, "lost:\n" + "\n".join(lost)
    assert result.photo_files == [("M0001", "siti.jpg")]  # named: the report says photos are listed, to bring
    # SLiMS's register_date (the last registration, a renewal) after member_since_date (the day she joined, ours):
    # it was dropped; it is kept in the notes under SLiMS's label, and the file imported again changes nothing
    siti = Member.get(Member.number == "M0001")
    assert siti.registered_on == date(2015, 1, 10) and "Tanggal registrasi: 10-01-2024" in siti.notes
    again = member_import.import_members(lib, librarian, tmp_path / "members.csv")
    assert (again.add, again.update) == (0, 0)


# --- INLISLite's member reports ----------------------------------------------------------------------------------------

# 3.0-3.2: Laporan Anggota → Anggota Per Pendaftaran → Export Excel, an HTML table saved as .xls under three title lines
INLIS32 = ["No.", "Tanggal", "Nomer Anggota", "Anggota", "Jenis Kelamin", "Tempat & Tanggal Lahir", "Umur",
           "Jenis Identitas", "Nomer Identitas", "Alamat", "Kabupaten / Kota", "Provinsi", "Telepon", "Email",
           "Jenis Anggota", "Pekerjaan", "Pendidikan", "Berdasarkan", "Jurusan", "Kelas", "Status Keanggotaan",
           "Tanggal Akhir Berlaku", "Biaya"]
INLIS32_KINDS = {"Tanggal": "date", "Nomer Anggota": "digits", "Jenis Kelamin": "gender",
                 "Tempat & Tanggal Lahir": "place_date", "Nomer Identitas": "digits", "Telepon": "phone",
                 "Tanggal Akhir Berlaku": "date", "Status Keanggotaan": "status"}
INLIS32_ROWS = [
    ["1", "12-03-2019", "0010190300001", "Siti Aminah", "Perempuan", "Sleman, 05-06-1990", "35", "KTP",
     "3404014506900001", "Dusun Krapyak RT 02 RW 05", "Sleman", "DI Yogyakarta", "081234567890", "siti@example.id",
     "Umum", "Ibu Rumah Tangga", "SMA", "Jenis Anggota", "", "", "Aktif", "31-December-2099", "0"],
    ["2", "14-03-2019", "0010190300002", "Budi Santoso", "Laki-laki", "Sleman, 17-08-2011", "14", "Kartu Pelajar",
     "1234", "Dusun Krapyak RT 03 RW 05", "Sleman", "DI Yogyakarta", "", "", "Pelajar", "Pelajar", "SD",
     "Jenis Anggota", "IPA", "6A", "Tidak Aktif", "14-March-2020", "5000"],
]
INLIS32_ACCEPTED = {
    "No.": "the report's running row number",
}


def _inlislite_32(path):
    html = ['<table border="0" align="center">', '<tr><th colspan="23">Laporan Detail Data Harian</th></tr>',
            '<tr><th colspan="23">Anggota Per Pendaftaraan Periode 01-01-2019 s/d 31-12-2020</th></tr>',
            '<tr><th colspan="23">Berdasarkan Jenis Anggota</th></tr><tr></tr>', '<table border="1" align="center">',
            "<tr>" + "".join(f"<th>{label}</th>" for label in INLIS32) + "</tr>"]
    html += ['<tr align="center">' + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in INLIS32_ROWS]
    path.write_text("\n".join([*html, "</table>"]), encoding="utf-8")
    return path


def test_no_cell_of_inlislite_32s_member_report_is_lost(lib, librarian, tmp_path):
    result = member_import.import_members(lib, librarian, _inlislite_32(tmp_path / "Laporan_Anggota.xls"))
    assert (result.add, result.bad) == (2, [])
    # (the three title lines and the empty row above the header: the header is the 5th row; "Umur", "Berdasarkan",
    # "Biaya" are kept in the notes under their headers, as any column the import does not know)
    lost = lost_cells(result, table_cells("", 5, INLIS32, INLIS32_ROWS), INLIS32_KINDS, INLIS32_ACCEPTED, "Anggota")
    assert not lost, "lost:\n" + "\n".join(lost)
    # its "Pendidikan" is the member's education, in the field the Members page shows (it was a line of the notes)
    siti = Member.get(Member.name == "Siti Aminah")
    assert siti.education == "SMA" and "Pendidikan" not in siti.notes


# 3.3: Laporan Anggota, written by PhpSpreadsheet (a numeric text without a 0 in front becomes a number)
INLIS33 = ["Nomor Anggota", "Nama Lengkap", "Tempat Lahir", "Tanggal Lahir", "Alamat", "Telepon", "Email", "Provinsi",
           "Kota", "Kecamatan", "Kelurahan", "RT", "RW", "Nama Institusi", "Nomor Identitas", "Tanggal Registrasi",
           "Tanggal Berakhir", "Dibuat Oleh", "Diperbarui Oleh", "Jenis Kelamin", "Jenis Anggota"]
INLIS33_KINDS = {"Nomor Anggota": "digits", "Tanggal Lahir": "date", "Telepon": "phone", "RT": "digits",
                 "RW": "digits", "Nomor Identitas": "digits", "Tanggal Registrasi": "date", "Tanggal Berakhir": "date",
                 "Jenis Kelamin": "gender"}
INLIS33_ROWS = [
    [19031200001, "Siti Aminah", "Sleman", "05-06-1990", "Dusun Krajan", 81234567890, "siti@example.id",
     "DI Yogyakarta", "Sleman", "Mlati", "Sendangadi", "002", 5, "", 3404014506900001, "12-03-2019", "12-03-2027",
     "admin", "petugas2", "Perempuan", "Umum"],
    [19031200002, "Rahmat Hidayat", "Bantul", "30-11--0001", "Jl. Parangtritis Km 5", "0274-512345", "",
     "DI Yogyakarta", "Bantul", "Sewon", "Panggungharjo", 7, 12, "SMPN 1 Sewon", "NISN 0098765432", "01-07-2020",
     "01-07-2021", "admin", "", "Laki-laki", "Pelajar"],
]
INLIS33_ACCEPTED = {
    # INLISLite's staff accounts that typed or last changed the member: about INLISLite's users, not the member
    # (member_sheets._NO_DATA)
    "Dibuat Oleh": "INLISLite's staff account",
    "Diperbarui Oleh": "INLISLite's staff account",
}


def _inlislite_33(path):
    book = Workbook()
    book.active.title = "Laporan Anggota"
    book.active.append(INLIS33)
    for row in INLIS33_ROWS:
        book.active.append(row)
    book.save(path)
    return path


def test_no_cell_of_inlislite_33s_member_report_is_lost(lib, librarian, tmp_path):
    result = member_import.import_members(lib, librarian, _inlislite_33(tmp_path / "Laporan_Anggota.xlsx"))
    cells = [c for c in table_cells("", 1, INLIS33, INLIS33_ROWS)
             # MySQL's no-date as INLISLite writes it: nothing was typed there
             if c.value != "30-11--0001"]
    lost = lost_cells(result, cells, INLIS33_KINDS, INLIS33_ACCEPTED, "Nama Lengkap")
    assert not lost, "lost:\n" + "\n".join(lost)


# --- a hand-kept list saved as CSV by Excel set to Indonesian (semicolons) ----------------------------------------------

CSV_HEADER = ["No", "Nama", "JK", "Tgl Lahir", "Alamat", "No HP", "Keterangan"]
CSV_ROWS = [
    ["1", "Yayan Sopyan", "L", "12/05/1985", "Kp. Cikaret, RT 01/02", "0812 3333 4444", "ketua RT"],
    # a remark typed after the last cell (one separator more than the header)
    ["2", "Euis Komariah", "P", "3 Maret 1979", "Kp. Cikaret", "", "lunas", "titip buku ke anaknya"],
]


def test_no_cell_of_a_hand_kept_csv_is_lost(lib, librarian, tmp_path):
    path = tmp_path / "anggota.csv"
    path.write_text("\r\n".join(";".join(row) for row in [CSV_HEADER, *CSV_ROWS]) + "\r\n", encoding="cp1252")
    result = member_import.import_members(lib, librarian, path)
    cells = [Cell("", n, CSV_HEADER[i] if i < len(CSV_HEADER) else f"#{i + 1}", value)
             for n, row in enumerate(CSV_ROWS, 2) for i, value in enumerate(row)]
    lost = lost_cells(result, cells, {"JK": "gender", "Tgl Lahir": "date", "No HP": "phone"}, HAND_ACCEPTED, "Nama")
    assert not lost, "lost:\n" + "\n".join(lost)
    assert "titip buku ke anaknya" in Member.get(Member.name == "Euis Komariah").notes.splitlines()
