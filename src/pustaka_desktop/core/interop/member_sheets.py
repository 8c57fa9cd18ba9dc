"""Member lists kept in a spreadsheet (xlsx, xls or CSV with a header row): INLISLite 3's member
report (*Laporan Anggota*, the columns the librarian ticked) and the lists villages keep by hand
(*Daftar Anggota*: ``No. Anggota``, ``Nama``, ``L/P``, ``Tempat, Tgl Lahir``, ``Alamat``, ``No. HP``,
``Pekerjaan`` ...), with the library's name above the header if it has one (``sheets.header``); a totals
row and the signature block under the list are no members, said in a notice (``sheets.table_rows``). An
address, a dusun or an RT merged down over a family is each member's (``merged_cells``); a card number or
a NIK merged down is the first member's only, and the notice says so.

A column this module does not know ("Kelas", "Hobi") is kept in the member's notes as "Kelas: 5A";
the sheet's row numbers, a signature box and what a library has no need to hold (religion, marriage,
blood group, a password) are never kept.

Rows come out in SLiMS's member columns (``slims_members.COLUMNS``), so the members import checks,
matches and writes every source the one way; ``_occupation`` rides along, and ``_sheet`` marks a row
whose missing card number the import may give (a list kept by hand often has none)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..cells import as_written
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from . import column_notices, dates, loan_columns, loan_lists, merged_cells, sheets, text_rows
from .sheet_values import NOTHING
from .types import BadRow, RowError, clean, fold, header_key, header_keys

# header -> SLiMS member column, or one of ours (``_...``) the row is put together from; matched by
# ``header_key`` (case, spaces, punctuation and short forms aside: "No. HP" = "nomor hp", "L/P" = "l p")
_HEADERS = {
    # INLISLite 3's Laporan Anggota
    "nomor anggota": "member_id", "nama lengkap": "member_name", "jenis kelamin": "gender",
    "jenis anggota": "member_type_name", "email": "member_email", "alamat": "member_address",
    "nama institusi": "inst_name", "nomor identitas": "pin", "telepon": "member_phone",
    "tanggal registrasi": "register_date", "tanggal berakhir": "expire_date", "tanggal lahir": "birth_date",
    "tempat lahir": "_birth_place", "rt": "_rt", "rw": "_rw", "kelurahan": "_kelurahan",
    "kecamatan": "_kecamatan", "kota": "_kota", "provinsi": "_provinsi",
    # INLISLite 3.0-3.2's Laporan Anggota (Anggota Per Pendaftaran, "Export Excel"), as it spells them
    "nomer anggota": "member_id", "anggota": "member_name", "nomer identitas": "pin", "kabupaten / kota": "_kota",
    "tanggal akhir berlaku": "expire_date", "tanggal": "register_date",
    "status keanggotaan": "_membership_status",  # (INLISLite lends to "Aktif" members only: ``member_import``)
    # INLISLite 3.3's member import template (Keanggotaan → Anggota → Import: the list a library typed for it):
    # the address as on the KTP is the member's address, as INLISLite's report gives it; the present one, if
    # another, stays in the notes under its own header
    "alamat sesuai ktp": "member_address", "propinsi sesuai ktp": "_provinsi", "kabupaten/kota sesuai ktp": "_kota",
    "kecamatan sesuai ktp": "_kecamatan", "kelurahan sesuai ktp": "_kelurahan", "rt sesuai ktp": "_rt",
    "rw sesuai ktp": "_rw", "alamat email": "member_email",
    "pendidikan terakhir": "_education", "pendidikan": "_education", "propinsi": "_provinsi",
    # SLiMS's Reporting → Member List → spreadsheet (``member_list.xlsx``), in Indonesian and in English
    "tipe keanggotaan": "member_type_name", "member id": "member_id", "member name": "member_name",
    "membership type": "member_type_name",
    # lists kept by hand
    "tipe anggota": "member_type_name", "jenis keanggotaan": "member_type_name",
    "no anggota": "member_id", "no. anggota": "member_id", "nomor kartu": "member_id", "no kartu": "member_id",
    "kode anggota": "member_id", "id anggota": "member_id", "no induk anggota": "member_id",
    "nama": "member_name", "nama anggota": "member_name", "nama peminjam": "member_name",
    "l/p": "gender", "jk": "gender", "l p": "gender", "gender": "gender",
    "kategori": "member_type_name", "kategori anggota": "member_type_name", "status anggota": "member_type_name",
    "alamat rumah": "member_address", "desa": "_kelurahan", "dusun": "_dusun", "rt/rw": "_rt_rw",
    "sekolah": "inst_name", "asal sekolah": "inst_name", "instansi": "inst_name", "sekolah/instansi": "inst_name",
    "nik": "pin", "no ktp": "pin", "no. ktp": "pin", "nomor ktp": "pin", "nomor nik": "pin",
    "no hp": "member_phone", "no. hp": "member_phone", "hp": "member_phone", "no telp": "member_phone",
    "no. telp": "member_phone", "telp": "member_phone", "no hp/wa": "member_phone", "whatsapp": "member_phone",
    "no wa": "member_phone", "wa": "member_phone", "nomor hp": "member_phone",
    "tgl daftar": "register_date", "tanggal daftar": "register_date", "tgl. daftar": "register_date",
    "tanggal pendaftaran": "register_date", "berlaku sampai": "expire_date", "masa berlaku": "expire_date",
    "tgl lahir": "birth_date", "tgl. lahir": "birth_date", "tempat, tgl lahir": "_birth_place_date",
    "tempat/tgl lahir": "_birth_place_date", "tempat, tanggal lahir": "_birth_place_date",
    "tempat/tanggal lahir": "_birth_place_date", "ttl": "_birth_place_date", "tempat tgl lahir": "_birth_place_date",
    "pekerjaan": "_occupation", "keterangan": "member_notes", "catatan": "member_notes", "ket": "member_notes",
    "nama orang tua": "_guardian", "orang tua": "_guardian", "nama wali": "_guardian", "wali": "_guardian",
    "orang tua/wali": "_guardian", "nama orang tua/wali": "_guardian", "orang tua wali": "_guardian",
    # more spellings; the short forms ("Tgl.", "Jns", "Tmp", "No.", "E-mail", "Ortu") are ``header_key``'s,
    # and "NIK/No. KTP", "HP/WA", "Desa/Kelurahan" are read by either side of the "/"
    "alamat lengkap": "member_address", "kode pos": "postal_code", "nomor telepon": "member_phone", "tanggal masuk": "register_date",
    # a school's list names its members by what they are there; the card's end as cards print it ("s/d")
    "nama siswa": "member_name", "nama murid": "member_name", "nama peserta": "member_name",
    "nama pemustaka": "member_name", "nama peserta didik": "member_name", "nama pd": "member_name",
    "nama lengkap siswa": "member_name", "nama lengkap peserta didik": "member_name", "berlaku s/d": "expire_date", "masa berlaku s/d": "expire_date",
    "berlaku hingga": "expire_date", "berlaku sampai dengan": "expire_date", "aktif s/d": "expire_date",
    "aktif sampai": "expire_date", "kadaluarsa": "expire_date", "kedaluwarsa": "expire_date",
    "kadaluwarsa": "expire_date", "tanggal kadaluarsa": "expire_date", "tanggal kedaluwarsa": "expire_date",
    "tanggal kadaluwarsa": "expire_date", "habis berlaku": "expire_date", "tempat dan tanggal lahir": "_birth_place_date",
    "tempat & tanggal lahir": "_birth_place_date",
    # a pupil's parent is the member's guardian (a school's own list, Dapodik's "Data Ayah" over "Nama")
    "nama ayah": "_guardian", "nama ibu": "_guardian", "nama ibu kandung": "_guardian", "nama ayah kandung": "_guardian",
    "nama wali murid": "_guardian", "data ayah nama": "_guardian", "data ibu nama": "_guardian",
    "data wali nama": "_guardian",
}
# columns never kept: nothing about the member (the sheet's row numbers, a signature box; INLISLite's report: the
# account of the staff member who typed or last changed the member, not the member's)...
_NOT_THE_MEMBERS = sheets.ROW_NUMBER_HEADERS | sheets.SIGNATURE_HEADERS | {"dibuat oleh", "diperbarui oleh"}
# ... or what a library has no need to hold about a person (religion, marriage, blood group: UU 27/2022's data
# minimisation), named by the import so that the librarian knows they were left out on purpose (``NOT_KEPT``)
_PRIVATE = frozenset({"agama", "status perkawinan", "status kawin", "golongan darah", "gol darah", "suku", "kata sandi",
                      "password"} | {
    # a Dapodik pupil list (the school's database): a family's means, aid, bank, health and home's position,
    # none of it a library's business (UU 27/2022)
    "penghasilan", "penerima kps", "no kps", "penerima kip", "nomor kip", "nama di kip", "nomor kks", "bank",
    "nomor rekening bank", "rekening atas nama", "layak pip usulan dari sekolah", "layak pip", "alasan layak pip",
    "kebutuhan khusus", "lintang", "bujur", "berat badan", "tinggi badan", "lingkar kepala",
    "no registrasi akta lahir", "jenis tinggal", "alat transportasi", "anak ke berapa", "jml saudara kandung",
    "jarak rumah ke sekolah km", "skhun", "no peserta ujian nasional", "no seri ijazah", "sekolah asal"})
_NO_DATA = _NOT_THE_MEMBERS | _PRIVATE
NOT_KEPT = QT_TRANSLATE_NOOP(
    "Import", "Not kept, on purpose: {columns}. A library needs no such data about its members (the personal data law, "
              "UU 27/2022, asks to keep no more than needed); of the parents, the first named is kept, as the "
              "guardian.")
# a Dapodik list's headings over the parents' columns: only their names are kept (as the guardian)
_PARENT_HEADINGS = frozenset({"data ayah", "data ibu", "data wali"})
HEADERS = {header_key(header): column for header, column in _HEADERS.items()}
# a form's headings merged over their parts: "Tempat/Tgl Lahir" over "Tempat | Tanggal" (a "Tanggal" alone was read as
# the day the member registered, her birth date in its place), "Jenis Kelamin" over "L | P" with a mark under one
_SPLIT = {"_birth_place_date": {"tempat": "_birth_place", "kota": "_birth_place", "tempat lahir": "_birth_place",
                                "tanggal": "birth_date", "tanggal lahir": "birth_date"},
          "gender": {"l": "_male", "lk": "_male", "laki laki": "_male", "pria": "_male",
                     "p": "_female", "pr": "_female", "perempuan": "_female", "wanita": "_female"}}
_SPLIT_HEADINGS = tuple(sorted(((key, column) for key, column in HEADERS.items() if column in _SPLIT),
                               key=lambda heading: -len(heading[0])))
# (``sheets.header`` keeps a heading in front of its sub-headers by its words as ``fold`` gives them: "tgl" as written)
_HEADINGS = _PARENT_HEADINGS | {fold(header).replace(long, short) for header, column in _HEADERS.items()
                                if column in _SPLIT for long, short in (("tanggal", "tgl"), ("tgl", "tanggal"))}
# a number that is one person's: merged down over a family, it is the first member's (``merged_cells``)
_ONE_PERSON = frozenset({"member_id", "pin"})
_GENDERS = {"laki laki": "1", "pria": "1", "l": "1", "lk": "1", "perempuan": "0", "wanita": "0", "p": "0", "pr": "0"}


def recognised(headers: list[str]) -> list[str]:
    """The column each header stands for ("" for one it does not know)."""
    keys = [_under_heading(h) or next((HEADERS[key] for key in header_keys(h) if key in HEADERS), "") for h in headers]
    if keys.count("member_type_name") > 1:  # INLISLite's template: "Jenis Anggota" and "Status Anggota" (Aktif...)
        keys = ["_membership_status" if key == "member_type_name" and "status anggota" in header_keys(h) else key
                for h, key in zip(headers, keys, strict=True)]
    folded = [fold(h) for h in headers]
    for at in range(len(headers) - 1):  # "L | P" side by side without a heading over them: a mark under one
        if (folded[at], folded[at + 1]) in (("l", "p"), ("lk", "pr")) and not keys[at] and not keys[at + 1]:
            keys[at:at + 2] = ["_male", "_female"]
    return keys


def _under_heading(header: str) -> str:
    """The column of a sub-header read with its heading ("Tempat/Tgl Lahir Tanggal": the birth date; "Jenis Kelamin
    L": the mark of a man), "" for any other header."""
    key = header_key(header)
    for heading, column in _SPLIT_HEADINGS:
        if key.startswith(heading + " "):
            return _SPLIT[column].get(key[len(heading) + 1:], "")
    return ""


def _known(headers: list[str]) -> int:
    """How many of the headers this module knows (``sheets.header`` joins a header split over two rows by it)."""
    return sum(1 for column in recognised(headers) if column)


def rows(path: str | Path, columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str] | BadRow]] | None:
    """The members of a list as rows of ``columns`` (SLiMS's), or None when the file is not a member
    list with a header this module knows (it needs at least the name). Every sheet of a workbook is read
    (a school keeps a sheet a class, a village one an RT): a row of one of several sheets carries its
    sheet's name in ``_sheet_name``; a later sheet without names is named as not read."""
    every = sheets.every_sheet(path)
    titles: list[str] = []
    try:
        sheet, first = next(every, ("", iter(())))
        header_row, headers, values_rows = sheets.header(_noting_titles(first, titles), _known, _HEADINGS)
    except ValidationError:
        return None
    keys = recognised(headers)
    if "member_name" not in keys:
        return None
    if loan_columns.recognise(headers):  # a member per loan row, the borrowers twice over
        raise ValidationError(loan_lists.LOAN_LIST_ELSEWHERE, columns=", ".join(h for h in headers
                                                                              if not h.startswith("#")))
    return itertools.chain(_converted(header_row, headers, keys, values_rows, columns, sheet, school_in(titles),
                                      _reader(first)), _later_sheets(every, columns))


def report_rows(headers: list[str], values_rows: list[list[Any]],
                columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str] | BadRow]]:
    """Rows another source gives as INLISLite's member report heads them (its database backup:
    ``inlislite_backup_members``), read as that report is, so the same member rules apply to both."""
    return _converted(1, headers, recognised(headers), iter(values_rows), columns, "")


def _noting_titles(rows: Iterator[list[Any]], titles: list[str]) -> Iterator[list[Any]]:
    """``rows`` as they come; the lines of one cell among the first (the title above a table) are put in
    ``titles`` as the header is looked for."""
    def noted() -> Iterator[list[Any]]:
        for number, values in enumerate(rows):
            texts = [clean(v) for v in values if clean(v)]
            if number < sheets.HEADER_SEARCH and len(texts) == 1:
                titles.append(texts[0])
            yield values
    return merged_cells.SheetRows(noted(), rows.spans) if isinstance(rows, merged_cells.SheetRows) else noted()


# a school's name in a class list's title: "DAFTAR SISWA KELAS IV SD NEGERI 1 SUKAMAJU TAHUN PELAJARAN 2026/2027"
_SCHOOL = re.compile(r"\b(?:(?:SDN?|SDIT|MI[NS]?|SMPN?|SMPIT|MTsN?|MTSN?|SMAN?|SMKN?|MAN?|SLB|TK|RA)\b"
                     r"|(?i:sekolah dasar|sekolah menengah|madrasah)\b)")
_SCHOOL_END = re.compile(r"\s+(?i:tahun pelajaran|tahun ajaran|t\.?\s?p\.?|semester|kecamatan|kec\.|kabupaten)(?:\s|$).*$")


def school_in(titles: list[str]) -> str:
    """The school a class list's title names ("SD NEGERI 1 SUKAMAJU"), or ""."""
    for line in titles:
        found = _SCHOOL.search(line)
        if found:
            return _SCHOOL_END.sub("", line[found.start():]).strip(" ,.-")
    return ""


def _note_value(header: str, value: Any) -> str:
    """A value kept in the notes under its header; a NISN (ten digits) gets back the zeros in front a
    number cell dropped, so the desk finds the pupil by the number on the school's card."""
    text = _cell(value)
    if fold(header) == "nisn" and text.isdigit() and len(text) < 10:
        return text.zfill(10)
    return text


NOT_READ = QT_TRANSLATE_NOOP("Import", "Not read: none of its columns holds names.")


def _later_sheets(every: Iterator[tuple[str, Iterator[list[Any]]]],
                  columns: tuple[str, ...]) -> Iterator[tuple[int, dict[str, str] | BadRow]]:
    for sheet, values in every:
        titles: list[str] = []
        header_row, headers, values_rows = sheets.header(_noting_titles(values, titles), _known, _HEADINGS)
        if not headers:
            continue  # an empty sheet
        keys = recognised(headers)
        if "member_name" not in keys:
            yield 0, BadRow(0, NOT_READ, sheet=sheet)
            continue
        yield from _converted(header_row, headers, keys, values_rows, columns, sheet, school_in(titles),
                              _reader(values))


def _reader(rows: Iterator[list[Any]]) -> merged_cells.SheetRows | None:
    """A sheet's reader, for what it knows of the columns beyond their cells (``column_notices``)."""
    return rows if isinstance(rows, merged_cells.SheetRows) else None


def _cell(value: Any, dash: bool = False) -> str:
    """A cell's text; ``dash``: a "-" alone kept (a name, so its row is seen), else it is none."""
    if isinstance(value, datetime | date):  # (a date cell as Excel shows it here, day first: in the report and notes)
        return value.strftime("%d-%m-%Y")
    text = as_written(clean(value))  # (without the apostrophe an export puts before formula-looking text)
    return "" if text in NOTHING and not dash else text  # (INLISLite's form wants every field: "-" for no e-mail)


def _parents_column(header: str) -> bool:
    """A column under Dapodik's "Data Ayah"/"Data Ibu"/"Data Wali" other than the name: a parent's job,
    income, education or NIK, never the member's."""
    return any(fold(header).startswith(heading + " ") for heading in _PARENT_HEADINGS)


def _first_filled(keys: list[str], values: list[Any]) -> dict[str, str]:
    """Each field's value: the first filled column of those that give it (a Dapodik list has "Telepon" and
    "HP", a father's, a mother's and a guardian's name: an empty one does not hide a filled one)."""
    got: dict[str, str] = {}
    for i, key in enumerate(keys):
        if key and i < len(values) and not got.get(key):
            got[key] = _cell(values[i], dash=key == "member_name")
    return got


# an RT/RW cell as people type it: "02/05", "RT 02/RW 05", "RT.2 RW.5", "002-005", "2 / 5"
_RT_RW_CELL = re.compile(r"(?i)\s*(?:rt\.?\s*)?(\d{1,3})\s*(?:[/\-,]|\s)\s*(?:rw\.?\s*)?(\d{1,3})\s*")


def rt_and_rw(text: str) -> str:
    """A member's RT/RW as the member form keeps it, "02/05" (its numbers as written), from a cell that writes it
    with its words ("RT 02/RW 05": the address read "RT/RW RT 02/RW 05", and a letter to the member's home, which
    writes the RT/RW field into it, "RT RT 02/RW RW 05"); anything else as written."""
    found = _RT_RW_CELL.fullmatch(text)
    return f"{found[1]}/{found[2]}" if found else text


def _headerless(header: str) -> bool:
    """A column without a header (``sheets.header`` names it "#3")."""
    return header.startswith("#") and header[1:].isdigit()


def _beyond(headers: list[str], values: list[Any]) -> list[tuple[int, str]]:
    """The cells of a row past the header's last column (a CSV's line with a separator more than its header, a
    remark typed after the last cell): columns without a header, named as ``sheets.header`` names one."""
    return [(i, f"#{i + 1}") for i in range(len(headers), len(values))]


def _second_columns(keys: list[str], headers: list[str], values: list[Any], got: dict[str, str]) -> list[tuple[int, str]]:
    """The columns of a field a column before them gave (``_first_filled``) holding another value: "No. HP" and
    "No. WA", "Keterangan" and "Catatan", each number and remark is kept, in the notes under its header; a second
    parent's name is not (the guardian is one, the first, parent: ``_SECOND_PARENT``)."""
    firsts: set[str] = set()
    seconds = []
    for i, key in enumerate(keys):
        if not key or i >= len(values) or not _cell(values[i]):
            continue
        if key in firsts and fold(_cell(values[i])) != fold(got.get(key, "")):
            seconds.append((i, headers[i]))
        firsts.add(key)
    return seconds


# a second parent's name is not kept: a library has no need of both parents' names (a mother's maiden name vouches
# for a person at a bank: Dapodik's "Data Ibu" under "Data Ayah"); named with the columns not kept (``NOT_KEPT``)
_SECOND_PARENT = "_guardian"


def _digits_maybe_lost(value: Any) -> bool:
    """A number cell of 16 digits or more that Excel may have cut: Excel keeps 15 significant digits and
    writes 0 for the rest, so a NIK typed into a number cell ends in 0 whatever its last digit was. One
    with a digit other than 0 past the 15th was written whole by another program (INLISLite's report)."""
    digits = clean(value)
    return value.__class__ in (int, float) and len(digits) >= 16 and not digits[15:].strip("0")


def _written_whole(rows: list[list[Any]]) -> bool:
    """Whether a sheet's long numbers were written whole: Excel cuts every number cell of a file it saves, so one
    of 16 digits or more with a digit other than 0 past the 15th (INLISLite's report: PhpSpreadsheet writes a NIK
    as a whole number) says its NIKs that end in 0 (one in ten) really do."""
    return any(value.__class__ is int and len(str(value)) >= 16 and str(value)[15:].strip("0")
               for values in rows for value in values)


def place_and_date(text: str) -> tuple[str, str]:
    """(place, date as written) of a "Tempat, Tgl Lahir" cell: ``Kutai, 12-05-1990``, ``Tenggarong, 3
    Februari 2011``, ``Bandung 12-03-1990`` and ``Bandung / 12-03-1990`` (no comma: the date starts at
    its first digit), ``12-05-1990`` alone, ``Bandung`` alone."""
    where, comma, when = text.rpartition(",")
    if not comma:
        first = re.search(r"\d", text)
        where, when = (text[:first.start()], text[first.start():]) if first else (text, "")
    elif not re.search(r"\d", when) and re.search(r"\d{4}", where):  # (a comma inside the date)
        where, when = "", text
    return where.strip(" /-&\n\t"), when.strip()  # ("Sleman & 05-06-1990": INLISLite 3.2)


def _place_in_front(text: str) -> bool:
    """Whether a birth date is written with the place in front ("Cianjur, 5 Mei 2001"), not only the day (a weekday
    in front, "Senin, 5 Mei 2001", is the day's)."""
    if not _PLACE_THEN_DAY.match(text or ""):
        return False
    try:
        dates.parse_date(text, "")
    except RowError:
        return True
    return False


_PLACE_THEN_DAY = re.compile(r"[^\W\d][^,\d]*,\s*\d")


def _converted(header_row: int, headers: list[str], keys: list[str], values_rows: Iterator[list[Any]],
               columns: tuple[str, ...], sheet: str, school: str = "", reader: merged_cells.SheetRows | None = None
               ) -> Iterator[tuple[int, dict[str, str] | BadRow]]:
    # a column this module does not know ("Kelas", "Hobi") is kept in the notes as "Kelas: 5A", not dropped; so is
    # one without a header (a remark typed beside the table, "sudah bayar iuran"), its value alone
    others = [(i, h) for i, (h, key) in enumerate(zip(headers, keys, strict=True))
              if not key and (sheets.holds_data(h, _NO_DATA) or _headerless(h)) and not _parents_column(h)]
    # what a library does not keep about a person (``_PRIVATE``, a parent's job or NIK): named if a row has it
    private = [(i, h) for i, (h, key) in enumerate(zip(headers, keys, strict=True))
               if not key and (fold(h) in _PRIVATE or _parents_column(h))]
    unkept: dict[int, str] = {}
    # the header each column had, for what is said of a value ("Tgl Daftar: 31-02-2023 is not a date")
    labels = {f"_column_{key}": h for h, key in zip(headers, keys, strict=True) if key}
    if "_column__birth_place_date" in labels:
        labels.setdefault("_column_birth_date", labels["_column__birth_place_date"])
    if "_column__male" in labels or "_column__female" in labels:  # (L and P, each a column of marks)
        labels.setdefault("_column_gender", "L/P")
    # (a member list is small: read once ahead for its NIKs and card numbers, which Excel may have cut)
    listed = list(values_rows) if "pin" in keys or "member_id" in keys else []
    whole = _written_whole(listed)
    filled = ((number, values) for number, values in enumerate(listed or values_rows, start=header_row + 1)
              if any(clean(v) for v in values))
    numbers_merged: tuple[list[int], set[str]] = ([], set())  # rows under a card number or NIK merged down
    numbered_only: list[int] = []  # rows that hold nothing read here ("No" alone: a list numbered ahead)
    data_rows: set[int] = set()  # the rows read, when the sheet has formulas without their results
    for entry in sheets.table_rows(filled, sheet, headers):
        if isinstance(entry, BadRow):  # totals, a signature block: no members, said
            yield 0, entry
            continue
        number, values = entry
        if reader is not None and reader.unsaved_formulas:
            data_rows.add(number)  # (a formula without its result in a totals row is no value lost)
        got = _first_filled(keys, values)
        if not any(got.values()) and not any(_cell(values[i]) for i, _ in [*others, *_beyond(headers, values)]
                                             if i < len(values)):
            numbered_only.append(number)
            continue
        # (an address, a dusun, an RT merged down over a family is each member's; a number is one person's)
        merged = [i for i in merged_cells.merged_columns(values) if i < len(keys) and keys[i] in _ONE_PERSON]
        if merged:
            got.update((keys[i], "") for i in merged)
            numbers_merged[0].append(number)
            numbers_merged[1].update(headers[i] for i in merged)
        row = {c: got.get(c, "") for c in columns}
        row |= labels
        pin = values[keys.index("pin")] if got.get("pin") and keys.index("pin") < len(values) else None
        if _digits_maybe_lost(pin) and not whole:
            row["_pin_from_number"] = "1"  # a NIK Excel kept as a number: its 16th digit may not be the one typed
        card = values[keys.index("member_id")] if got.get("member_id") and keys.index("member_id") < len(values) \
            else None
        if _digits_maybe_lost(card) and not whole:
            row["_card_cut"] = "1"  # a card that is a NIK, cut by Excel: 3404014506900001 saved as ...0000
        if got.get("_male") or got.get("_female"):  # (a mark under L or under P: both marked is no gender, kept)
            got["gender"] = ", ".join(sex for sex, mark in (("L", "_male"), ("P", "_female")) if got.get(mark))
        row["gender"] = _GENDERS.get(fold(got.get("gender", "")), got.get("gender", ""))
        place = got.get("_birth_place", "")
        if got.get("_birth_place_date"):
            where, when = place_and_date(got["_birth_place_date"])
            place = place or where
            row["birth_date"] = row["birth_date"] or when
        elif _place_in_front(row["birth_date"]):  # ("Cianjur, 5 Mei 2001" under "Tgl Lahir": written as people do)
            where, row["birth_date"] = place_and_date(row["birth_date"])
            place = place or where
        rt_rw = rt_and_rw(got.get("_rt_rw", "") or "/".join(v for v in (got.get("_rt", ""), got.get("_rw", "")) if v))
        parts = [f"RT/RW {rt_rw}" if rt_rw else "", got.get("_dusun", ""), got.get("_kelurahan", ""),
                 got.get("_kecamatan", ""), got.get("_kota", ""), got.get("_provinsi", "")]
        row["member_address"] = ", ".join(v for v in [got.get("member_address", ""), *parts] if v)
        # ... and the village and RT/RW in the member's own fields too: the Members page's Village column, the desk's
        # choice between two members of one name (the address keeps them: a member matched by it stays the same)
        row["_village"], row["_rt_rw"] = got.get("_kelurahan", ""), rt_rw
        seconds = _second_columns(keys, headers, values, got)
        unkept |= {i: h for i, h in [*private, *((i, h) for i, h in seconds if keys[i] == _SECOND_PARENT)]
                   if i < len(values) and _cell(values[i])}
        extra = [_note_value(h, values[i]) if _headerless(h) else f"{h}: {_note_value(h, values[i])}"
                 for i, h in [*others, *((i, h) for i, h in seconds if keys[i] != _SECOND_PARENT),
                              *_beyond(headers, values)]
                 if i < len(values) and _cell(values[i])]
        if place:
            extra.insert(0, f"Tempat lahir: {place}")
        if extra:
            row["member_notes"] = "\n".join([row["member_notes"], *extra] if row["member_notes"] else extra)
        for ours in ("_occupation", "_education", "_guardian", "_membership_status"):
            if got.get(ours):
                row[ours] = got[ours]
        row["inst_name"] = row["inst_name"] or school  # (the school a class list's title names)
        row["_sheet"] = "1"
        if sheet:
            row["_sheet_name"] = sheet
        yield number, row
    if numbers_merged[0]:
        yield 0, BadRow(0, merged_cells.NUMBER_MERGED, {"column": ", ".join(sorted(numbers_merged[1])),
                                                  "rows": sheets.row_list(numbers_merged[0])}, sheet=sheet)
    if numbered_only:
        yield 0, BadRow(0, sheets.NUMBERED_ONLY, {"rows": sheets.row_list(numbered_only)}, sheet=sheet)
    if unkept:
        yield 0, BadRow(0, NOT_KEPT, {"columns": ", ".join(unkept[i] for i in sorted(unkept))}, sheet=sheet)
    read = [(i, key) for i, key in enumerate(keys) if key] + others  # (a column hidden in Excel, formulas unsaved)
    for notice in column_notices.notices(reader, read, headers, data_rows, sheet, sheets.row_list):
        yield 0, notice
    if reader is not None and reader.stray_quotes:  # (a CSV typed by hand: "Siti Aminah with its quote kept)
        yield 0, BadRow(0, text_rows.STRAY_QUOTE_ROWS, {"rows": sheets.row_list(sorted(reader.stray_quotes))},
                        sheet=sheet)
