"""Catalogues and member lists kept in the tools village libraries really use, written here as those tools write
them: WPS Office (on many cheap Indonesian PCs), Google Sheets downloaded as .xlsx or .csv, Excel set to
Indonesian. Every row comes in; what is wrong is flagged, never lost."""

from __future__ import annotations

import re
import zipfile

import pytest
from openpyxl import Workbook

from pustaka_desktop.core.catalog import review
from pustaka_desktop.core.errors import ValidationError
from pustaka_desktop.core.interop import (
    importer,
    member_import,
    member_values,
    not_data,
    not_records,
    zeros_dropped,
)
from pustaka_desktop.core.store.models import Item, Member, Record


def _sized_as(path, dimension):
    """The workbook with its sheet's size declared as ``dimension``, as WPS Office may write it ("A1" for a
    whole sheet: reported to openpyxl and to other readers of WPS files)."""
    with zipfile.ZipFile(path) as archive:
        parts = {name: archive.read(name) for name in archive.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    parts[sheet] = re.sub(rb'<dimension ref="[^"]*"\s*/>', f'<dimension ref="{dimension}"/>'.encode(), parts[sheet])
    assert f'<dimension ref="{dimension}"/>'.encode() in parts[sheet]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    return path


def test_a_wps_workbook_that_declares_one_cell_comes_in_whole(lib, librarian, tmp_path):
    book = Workbook()
    for row in (["No", "Judul", "Pengarang", "No. Induk"], [1, "Laskar Pelangi", "Andrea Hirata", "001"],
                [2, "Bumi Manusia", "Pramoedya Ananta Toer", "002"], [3, "Saman", "Ayu Utami", "003"]):
        book.active.append(row)
    book.save(tmp_path / "buku induk.xlsx")
    path = _sized_as(tmp_path / "buku induk.xlsx", "A1")
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert (result.records_add, result.items_add, result.bad) == (3, 3, [])
    assert sorted((item.record.title, item.accession_no) for item in Item.select().join(Record)) == [
        ("Bumi Manusia", "002"), ("Laskar Pelangi", "001"), ("Saman", "003")]


def test_a_sheet_declared_smaller_than_it_is_loses_no_row(lib, librarian, tmp_path):
    book = Workbook()
    book.active.append(["Judul", "Pengarang"])
    for n in range(1, 21):
        book.active.append([f"Buku {n}", "Tim"])
    book.save(tmp_path / "katalog.xlsx")
    path = _sized_as(tmp_path / "katalog.xlsx", "A1:B5")  # (a size left from when the list was short)
    assert importer.import_file(lib, librarian, "xlsx", path).records_add == 20


def test_a_phone_excel_showed_as_8_12346e11_is_said_as_such_and_given_to_nobody(lib, librarian, tmp_path):
    """A member list saved as CSV by Excel set to Indonesian (semicolons, Windows-1252) writes a phone column
    as Excel showed it, 8,12346E+11; opened and saved again as a workbook, the cell holds 812346000000. Either way
    the last digits are gone: neither is a phone of the member's (0812346000000 was stored, the same for two
    members), and "not a phone number" would send her looking for a typing mistake."""
    (tmp_path / "anggota.csv").write_bytes("No;Nama;No HP;Pekerjaan\r\n1;Siti Aminah;8,12346E+11;Ibu Rumah Tangga\r\n"
                                           "2;Budi Santoso;081234567891;Petani\r\n".encode("cp1252"))
    book = Workbook()
    for row in (["No", "Nama", "No HP"], [1, "Ani", 812346000000], [2, "Joko", 81234567890]):
        book.active.append(row)
    book.active["C2"].number_format = "0.00E+00"
    book.save(tmp_path / "anggota.xlsx")
    for path in (tmp_path / "anggota.csv", tmp_path / "anggota.xlsx"):
        result = member_import.import_members(lib, librarian, path)
        assert result.add == 2
        assert [(row.template, row.params["value"]) for row in result.set_aside] == [
            (member_values.PHONE_AS_A_NUMBER, "8,12346E+11" if path.suffix == ".csv" else "812346000000")]
    assert sorted((m.name, m.phone, m.notes) for m in Member.select()) == [
        ("Ani", "", "Telepon: 812346000000"), ("Budi Santoso", "081234567891", ""),
        ("Joko", "081234567890", ""), ("Siti Aminah", "", "Telepon: 8,12346E+11")]


def test_a_two_column_list_excel_saved_with_semicolons_is_read_by_its_semicolons(lib, librarian, tmp_path):
    """Excel set to Indonesian saves a CSV with semicolons (the comma is its decimal mark) and leaves the commas in
    the cells unquoted: in a list of two columns they outnumbered the semicolons, each row was read as one cell and
    the file refused as having no title (or, as a member list, read as SLiMS's with 18 columns a row)."""
    (tmp_path / "katalog.csv").write_bytes(
        "Judul;Pengarang\r\nAyat-Ayat Cinta, sebuah novel;Shirazy, Habiburrahman El\r\n"
        "Laskar Pelangi, edisi kedua;Hirata, Andrea\r\n".encode("cp1252"))
    result = importer.import_file(lib, librarian, "csv", tmp_path / "katalog.csv")
    assert (result.records_add, result.bad) == (2, [])
    assert sorted(r.title for r in Record.select()) == ["Ayat-Ayat Cinta, sebuah novel", "Laskar Pelangi, edisi kedua"]
    (tmp_path / "anggota.csv").write_bytes(
        "Nama;Alamat\r\nSiti Aminah;Dusun Krajan, RT 02/03, Desa Sukamaju, Kec. Cibeber\r\n"
        "Budi Santoso;Jl. Mawar No. 5, RT 01/02, Desa Sukamaju\r\n".encode("cp1252"))
    members = member_import.import_members(lib, librarian, tmp_path / "anggota.csv")
    assert (members.add, members.bad) == (2, [])
    assert Member.get(Member.name == "Budi Santoso").address.startswith("Jl. Mawar No. 5, RT 01/02")


def test_a_comma_list_with_semicolons_in_its_cells_is_read_by_its_commas(lib, librarian, tmp_path):
    """Google Sheets (and Excel in English) quote a cell with a comma but not one with semicolons: a column of
    subjects written "Fiksi; Novel; Remaja" is no reason to read the file by semicolons."""
    (tmp_path / "katalog.csv").write_text(
        'Judul,Pengarang,Subjek\r\nLaskar Pelangi,"Hirata, Andrea",Fiksi; Novel; Remaja; Pendidikan; Sekolah; Belitung\r\n'
        "Bumi Manusia,Pramoedya Ananta Toer,Fiksi; Sejarah; Novel; Indonesia; Jawa\r\n", encoding="utf-8")
    result = importer.import_file(lib, librarian, "csv", tmp_path / "katalog.csv")
    assert (result.records_add, result.bad) == (2, [])
    assert sorted(r.title for r in Record.select()) == ["Bumi Manusia", "Laskar Pelangi"]


def test_years_and_months_as_people_write_them_in_a_csv(lib, librarian, tmp_path):
    """A year column Excel set to Indonesian shows with a thousands separator is saved so in a CSV ("2.008"): it was
    "not a year", the record without one; "Agust." and "Pebr." are how many write August and February."""
    (tmp_path / "induk.csv").write_bytes(
        "No. Induk;Judul;Pengarang;Tahun Terbit;Tanggal Terima\r\n"
        "001;Laskar Pelangi;Andrea Hirata;2.008;17 Agust 2019\r\n"
        "002;Bumi Manusia;Pramoedya Ananta Toer;1.980;3 Pebr. 2020\r\n".encode("cp1252"))
    result = importer.import_file(lib, librarian, "csv", tmp_path / "induk.csv")
    assert (result.records_add, result.bad, result.flags) == (2, [], 0)
    assert sorted((i.record.title, i.record.year_text, i.record.year, str(i.received_on))
                  for i in Item.select().join(Record)) == [
        ("Bumi Manusia", "1980", 1980, "2020-02-03"), ("Laskar Pelangi", "2008", 2008, "2019-08-17")]
    (tmp_path / "anggota.csv").write_bytes("Nama;Tgl Lahir\r\nSiti Aminah;17 Agust 1990\r\n".encode("cp1252"))
    members = member_import.import_members(lib, librarian, tmp_path / "anggota.csv")
    assert (members.add, members.set_aside) == (1, [])
    assert str(Member.get().birth_date) == "1990-08-17"


def test_google_sheets_formula_error_is_no_author(lib, librarian, tmp_path):
    """Google Sheets downloads a formula it could not parse as #ERROR! (its own error, beside Excel's): it was the
    book's author, "#ERROR!", without a word."""
    (tmp_path / "Katalog - Sheet1.csv").write_text(
        "Judul,Pengarang,No. Induk\r\nLaskar Pelangi,#ERROR!,001\r\n", encoding="utf-8")
    result = importer.import_file(lib, librarian, "csv", tmp_path / "Katalog - Sheet1.csv")
    assert (result.records_add, result.flags) == (1, 1)
    assert Record.get().authors == "[]"


def _member_form(path):
    """A member book kept as a form: "Jenis Kelamin" merged over "L | P" with a mark under one, "Tempat/Tgl Lahir"
    merged over "Tempat | Tanggal", "RT/RW" over "RT | RW", the day of registering in a column of its own."""
    book = Workbook()
    sheet = book.active
    sheet.append(["BUKU ANGGOTA PERPUSTAKAAN DESA SUKAMAJU"])
    sheet.append([])
    sheet.append(["No", "Nama Lengkap", "Jenis Kelamin", None, "Tempat/Tgl. Lahir", None, "Alamat", "RT/RW", None,
                  "Tgl Daftar"])
    sheet.append([None, None, "L", "P", "Tempat", "Tanggal", None, "RT", "RW", None])
    for column in "ABGJ":
        sheet.merge_cells(f"{column}3:{column}4")
    for cells in ("C3:D3", "E3:F3", "H3:I3"):
        sheet.merge_cells(cells)
    sheet.append([1, "Siti Aminah", None, "√", "Cianjur", "12-03-1990", "Dusun Krajan", "02", "03", "05-01-2019"])
    sheet.append([2, "Budi Santoso", "v", None, "Bandung", "5 Mei 1985", "Dusun Wetan", "01", "02", "06-01-2019"])
    sheet.append([3, "Rina", "x", "x", "Cianjur", "", "Dusun Kulon", "3", "4", "07-01-2019"])
    book.save(path)
    return path


def test_a_member_form_with_headings_over_their_parts_reads_each_part(lib, librarian, tmp_path):
    """"Tanggal" under "Tempat/Tgl Lahir" was read as the day of registering (every member registered on her
    birthday, the real day left unread), and the marks under "L" and "P" went into the notes as "P: √"."""
    result = member_import.import_members(lib, librarian, _member_form(tmp_path / "anggota.xlsx"))
    assert result.add == 3
    assert sorted((m.name, m.gender, str(m.birth_date), str(m.registered_on), m.rt_rw, m.notes)
                  for m in Member.select()) == [
        ("Budi Santoso", "M", "1985-05-05", "2019-01-06", "01/02", "Tempat lahir: Bandung"),
        ("Rina", "", "None", "2019-01-07", "3/4", "Tempat lahir: Cianjur\nL/P: L, P"),
        ("Siti Aminah", "F", "1990-03-12", "2019-01-05", "02/03", "Tempat lahir: Cianjur")]
    assert [(row.row, row.params["value"]) for row in result.set_aside] == [(7, "L, P")]  # (both marked: asked)


def test_a_google_drive_shortcut_is_said_to_be_one(lib, librarian, tmp_path):
    """Google Drive for desktop shows a sheet kept in Google Sheets as "Buku Induk.gsheet", a few lines naming it on
    Drive: read as a CSV, the import said it had no title column, the member import that each line lacked 17 of
    SLiMS's 18 columns. A member list printed to PDF got the same lines."""
    shortcut = tmp_path / "Buku Induk.gsheet"
    shortcut.write_text('{"":"WARNING! DO NOT EDIT THIS FILE! ANY CHANGES MADE WILL BE LOST!","doc_id":"1AbCdEfGh",'
                        '"resource_key":"","email":"perpusdesa.sukamaju@gmail.com"}', encoding="utf-8")
    (tmp_path / "anggota.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    for path, template in ((shortcut, not_records.NOT_RECORDS_DRIVE), (tmp_path / "anggota.pdf", not_records.NOT_RECORDS_PDF)):
        with pytest.raises(ValidationError) as refused:
            member_import.import_members(lib, librarian, path, dry_run=True)
        assert refused.value.template == template
    with pytest.raises(ValidationError) as refused:
        importer.import_file(lib, librarian, "xlsx", shortcut)
    assert refused.value.template == not_records.NOT_RECORDS_DRIVE
    assert Member.select().count() == Record.select().count() == 0


def test_a_copy_number_that_lost_its_zeros_where_the_others_have_them_is_asked_about(lib, librarian, tmp_path):
    """A buku induk whose barcodes are written "00012" (a text cell, the label's number) and a row a volunteer typed
    into a number cell: 13, the zeros gone. It came in as 13 without a word, its label 00013."""
    book = Workbook()
    for row in (["No", "Kode Eksemplar", "Judul", "Pengarang"], [1, "00012", "Laskar Pelangi", "Andrea Hirata"],
                [2, 13, "Sang Pemimpi", "Andrea Hirata"], [3, "00014", "Edensor", "Andrea Hirata"],
                [4, 15000, "Maryamah Karpov", "Andrea Hirata"]):
        book.active.append(row)
    book.save(tmp_path / "buku induk.xlsx")
    result = importer.import_file(lib, librarian, "xlsx", tmp_path / "buku induk.xlsx")
    assert (result.items_add, result.flags) == (4, 1)  # (15000 is as long as 00014: not one that lost zeros)
    [flag] = review.open_flags(lib)
    assert (flag.value, flag.suggestion, flag.template) == ("13", "00013", zeros_dropped.ZEROS_DROPPED)
    assert Item.get(Item.barcode == "13").record.title == "Sang Pemimpi"  # (kept as written until she says)
    review.fix(lib, librarian, flag.id)
    assert Item.get(Item.barcode == "00013").record.title == "Sang Pemimpi"
    again = importer.import_file(lib, librarian, "xlsx", tmp_path / "buku induk.xlsx")
    assert (again.items_add, Item.select().count()) == (0, 4)


def test_a_list_typed_to_be_printed_page_by_page_brings_only_its_books(lib, librarian, tmp_path):
    """A buku induk typed to be printed a page at a time: its header again at the top of each page (spelled a little
    otherwise on one), the page's number under it and a page total. The headers came in as books ("Judul" by
    "Pengarang"), the page total as a book priced 45.000, and "Halaman 1" was a row refused (exit code 2)."""
    header = ["No", "No. Induk", "Judul", "Pengarang", "Tahun", "Harga"]
    book = Workbook()
    for row in (["BUKU INDUK PERPUSTAKAAN DESA SUKAMAJU"], header, [1, "001", "Laskar Pelangi", "Andrea Hirata", 2008,
                45000], [2, "002", "Saman", "Ayu Utami", 1998, 50000], [None, None, None, None, "Halaman 1"], header,
                [3, "003", "Edensor", "Andrea Hirata", 2007, 45000], [None, None, "Jumlah halaman ini", None, None,
                45000], ["No.", "No. Induk", "Judul Buku", "Pengarang", "Tahun", "Harga (Rp)"],
                [4, "004", "Bumi Manusia", "Pramoedya Ananta Toer", 1980, 60000]):
        book.active.append(row)
    book.save(tmp_path / "buku induk.xlsx")
    result = importer.import_file(lib, librarian, "xlsx", tmp_path / "buku induk.xlsx")
    assert (result.records_add, result.items_add, result.bad, result.flags) == (4, 4, [], 0)
    assert sorted(r.title for r in Record.select()) == ["Bumi Manusia", "Edensor", "Laskar Pelangi", "Saman"]
    assert [n.params["rows"] for n in result.notices if n.template == not_data.HEADER_AGAIN] == ["6, 9"]
    members = Workbook()
    for row in (["No", "Nama", "Alamat"], [1, "Siti Aminah", "Krajan"], ["No", "Nama", "Alamat"], [2, "Budi", "Wetan"]):
        members.active.append(row)
    members.save(tmp_path / "anggota.xlsx")
    assert member_import.import_members(lib, librarian, tmp_path / "anggota.xlsx").add == 2
    assert sorted(m.name for m in Member.select()) == ["Budi", "Siti Aminah"]


def test_a_birth_date_written_with_its_place_under_tgl_lahir_gives_both(lib, librarian, tmp_path):
    """"Cianjur, 5 Mei 2001" is how people write a birth date (the TTL of every form): under "Tgl Lahir" it was "no
    date", the member without one; a weekday in front stays the day's."""
    (tmp_path / "anggota.csv").write_bytes("Nama;Tgl Lahir\r\nSiti Aminah;Cianjur, 5 Mei 2001\r\n"
                                           "Budi Santoso;Senin, 12 Maret 1990\r\n".encode("cp1252"))
    result = member_import.import_members(lib, librarian, tmp_path / "anggota.csv")
    assert (result.add, result.set_aside) == (2, [])
    assert sorted((m.name, str(m.birth_date), m.notes) for m in Member.select()) == [
        ("Budi Santoso", "1990-03-12", ""), ("Siti Aminah", "2001-05-05", "Tempat lahir: Cianjur")]


def test_a_class_number_shown_with_a_set_count_of_decimals_is_asked_about(lib, librarian, tmp_path):
    """A class column formatted to show one decimal is saved in a CSV as shown: 370 as "370,0" (Excel set to
    Indonesian), a class no book has, stored without a word; 899.221 (no 0 at its end) is read as it was."""
    (tmp_path / "katalog.csv").write_bytes(
        "Judul;Pengarang;No. Klas\r\nPendidikan Karakter;Tim;370,0\r\nLaskar Pelangi;Andrea Hirata;899,221\r\n"
        "Kamus Besar;Tim;R 030.00\r\n".encode("cp1252"))
    result = importer.import_file(lib, librarian, "csv", tmp_path / "katalog.csv")
    assert (result.records_add, result.flags) == (3, 2)
    assert sorted((f.value, f.suggestion) for f in review.open_flags(lib)) == [("370,0", "370"), ("R 030.00", "R 030")]
    for flag in review.open_flags(lib):
        review.fix(lib, librarian, flag.id)
    assert sorted(r.ddc for r in Record.select()) == ["370", "899.221", "R 030"]


def test_l_and_p_side_by_side_with_a_mark_give_the_gender(lib, librarian, tmp_path):
    """"L" and "P" as two columns of the header, a mark under one: they went into the notes ("P: v")."""
    (tmp_path / "anggota.csv").write_bytes(b"No;Nama;L;P;Alamat\r\n1;Siti;;v;Krajan\r\n2;Budi;v;;Wetan\r\n")
    assert member_import.import_members(lib, librarian, tmp_path / "anggota.csv").add == 2
    assert sorted((m.name, m.gender, m.notes) for m in Member.select()) == [("Budi", "M", ""), ("Siti", "F", "")]


def test_whose_phone_it_is_is_kept_in_the_notes(lib, librarian, tmp_path):
    """"0812... (ortu)": a child's list gives the parent's phone and says so; the words went with the dashes. A label
    ("HP:", "WA") says nothing more and is not kept."""
    (tmp_path / "anggota.csv").write_bytes("Nama;No HP\r\nRina;0812-3456-7890 (ortu)\r\nJoko;HP: 0813 1111 2222\r\n"
                                           .encode("cp1252"))
    assert member_import.import_members(lib, librarian, tmp_path / "anggota.csv").add == 2
    assert sorted((m.name, m.phone, m.notes) for m in Member.select()) == [
        ("Joko", "081311112222", ""), ("Rina", "081234567890", "Telepon: 0812-3456-7890 (ortu)")]
    again = member_import.import_members(lib, librarian, tmp_path / "anggota.csv")
    assert (again.add, again.update) == (0, 0)


def test_a_member_type_written_once_for_its_plural_is_that_type(lib, librarian, tmp_path):
    """"Anak" (or "anak2") for the type "Anak-anak": a second type "Anak" was made beside it, with rules of its own."""
    (tmp_path / "anggota.csv").write_bytes(b"Nama;Jenis Anggota\r\nRina;Anak\r\nJoko;anak2\r\nSiti;Mahasiswa\r\n")
    result = member_import.import_members(lib, librarian, tmp_path / "anggota.csv")
    assert (result.add, result.new_member_types) == (3, ["Mahasiswa"])
    assert sorted((m.name, m.member_type.name) for m in Member.select()) == [
        ("Joko", "Anak-anak"), ("Rina", "Anak-anak"), ("Siti", "Mahasiswa")]


def test_the_visitor_book_and_the_loan_list_refuse_a_printout_as_one(lib, librarian, tmp_path):
    """A PDF (the printed visitor book) or a phone's photo of the loan notebook, chosen for the visitor book or the
    loan list: "no date column; its columns: %PDF-1.4". Now said as what it is, as the catalogue and members do."""
    from pustaka_desktop.core.interop import loan_lists, visit_sheets

    (tmp_path / "buku tamu.pdf").write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n")
    (tmp_path / "pinjaman.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + b"\x00" * 64)
    for importing, path, template in ((visit_sheets.import_visit_book, tmp_path / "buku tamu.pdf",
                                       not_records.NOT_RECORDS_PDF),
                                      (loan_lists.import_loans, tmp_path / "pinjaman.jpg", not_records.NOT_RECORDS_PICTURE)):
        with pytest.raises(ValidationError) as refused:
            importing(lib, librarian, path, dry_run=True)
        assert refused.value.template == template


def test_short_and_local_headers_are_read(lib, librarian, tmp_path):
    """"Bhs", "No. Barkod", "Ruang" and "Jenjang" were columns not read: each book came in without its language, its
    copy without the barcode on its label (a new one given), its room or its readers."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["No", "Judul", "Pengarang", "Bhs", "No. Barkod", "Ruang", "Jenjang"])
    book.active.append([1, "Si Kancil", "Anonim", "Jawa", "00417", "Ruang Anak", "SD"])
    book.save(tmp_path / "koleksi.xlsx")
    result = importer.import_file(lib, librarian, "xlsx", tmp_path / "koleksi.xlsx")
    assert (result.items_add, result.barcodes_given) == (1, 0)
    item = Item.get()
    assert (item.barcode, item.location, item.record.language, item.record.audience) == (
        "00417", "Ruang Anak", "jav", "children")


@pytest.mark.parametrize("written", ["@ Rp 25.000", "@Rp25.000", "25.000/eks", "Rp 25.000 per eks", "Rp 25.000,-/buah",
                                     "25rb/eks"])
def test_a_price_written_for_each_copy_is_the_copys_price(written):
    """A buku induk's "@ Rp 25.000" (at 25,000 each) and "25.000/eks" are the price of each copy: they were "not a
    price", kept in the copy's note and listed, the copy without a price."""
    from pustaka_desktop.core.interop.prices import parse_price

    assert parse_price(written, "Harga") == 25000
