"""A village library moving in from INLISLite 3 with the files its librarian can take from it: INLISLite
3.0-3.2's (the Yii version, read from pizaini/inlislite) *Laporan Koleksi -> Buku Induk* "Export Excel" (a web
page's table saved as .xls, three title lines above the header), and INLISLite 3.3's catalogue and copy
reports (xlsx) with only some columns ticked."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import Workbook

from pustaka_desktop.core.catalog import review
from pustaka_desktop.core.interop import importer, inlislite, member_import, spreadsheet
from pustaka_desktop.core.store.models import Item, Member, Record

BUKU_INDUK = ["No.", "Tanggal Pengadaan", "Nomer Induk", "Jenis Bahan", "Bentuk Fisik", "Judul", "Pengarang", "Edisi",
              "Tempat Terbit", "Penerbit", "Tahun Terbit", "Deskripsi Fisik", "Jenis Sumber Perolehan",
              "Nama Sumber Perolehan", "Kategori", "ISBN", "ISSN", "Harga"]


def buku_induk(path, rows):
    """KoleksiController::actionExportExcelBukuIndukData: echoed HTML served as application/vnd-ms-excel, the
    title block a table of its own, dates as MySQL gives them, the price "<currency> - <price>" with the
    currency always empty (read under a name the query does not give it)."""
    html = ['<table border="0" align="center">']
    for line in ("Laporan Detail Data Tahunan", "Buku Induk Perpustakaan Periode 2019 s/d 2020",
                 "Berdasarkan Lokasi Perpustakaan"):
        html.append(f'<tr><th colspan="18">{line}</th></tr>')
    html.append('<tr></tr><table border="1" align="center"><tr>')
    html += [f"<th>{label}</th>" for label in BUKU_INDUK]
    html.append("</tr>")
    for number, row in enumerate(rows, 1):
        html.append('<tr align="center">' + "".join(f"<td>{cell}</td>" for cell in [number, *row]) + "</tr>")
    html.append("</table>")
    path.write_text("\n".join(html), encoding="utf-8")
    return path


LASKAR = ["Monograf", "Buku", "Laskar pelangi / Andrea Hirata", "Andrea Hirata", "Cet. 5", "Yogyakarta", "Bentang",
          "2008", "xiv, 529 hlm. ; 20 cm", "Pembelian", "", "Umum", "9789793062792", "", " - 45000"]
RONGGENG = ["Monograf", "Buku", "Ronggeng Dukuh Paruk / Ahmad Tohari", "Tohari, Ahmad", "", "Jakarta",
            "Gramedia Pustaka Utama", "2003", "", "Hadiah/Hibah", "Perpusnas", "Umum", "9789792201963", "",
            " - 65000"]
MAJALAH = ["Terbitan Berkala", "Majalah", "Trubus", "", "Edisi 600", "Jakarta", "Trubus Swadaya", "2019", "", "Pembelian",
           "", "Majalah", "", "0126-5156", "USD - 3"]


@pytest.mark.parametrize("fmt", ["xlsx", "inlislite"])
def test_the_buku_induk_of_inlislite_3_2_comes_in_whole_and_again_adds_nothing(lib, librarian, tmp_path, fmt):
    path = buku_induk(tmp_path / "Laporan_Periodik_Data.xls", [
        ["2019-03-12 00:00:00", "001/PD/2019", *LASKAR], ["2019-03-12 00:00:00", "002/PD/2019", *LASKAR],
        ["2020-08-05 00:00:00", "003/PD/2020", *RONGGENG], ["2021-01-04 00:00:00", "004/PD/2021", *MAJALAH]])
    assert spreadsheet.known_export(path) == "inlislite"  # what the wizard switches to
    # (a buku induk kept by hand may write "Nomer Induk" too: it stays a sheet, with its own rules)
    assert not inlislite.recognise(["No", "Tanggal Pengadaan", "Nomer Induk", "Judul", "Pengarang", "Penerbit"])
    result = importer.import_file(lib, librarian, fmt, path)
    assert (result.records_add, result.items_add, result.bad) == (3, 4, [])
    laskar = Record.get(Record.title == "Laskar pelangi")  # the ISBD title split, not kept whole
    assert (laskar.responsibility, laskar.edition, laskar.publisher, laskar.place, laskar.isbn) == (
        "Andrea Hirata", "Cet. 5", "Bentang", "Yogyakarta", "9789793062792")
    assert laskar.material_type == "book"  # INLISLite's worksheet "Monograf"
    trubus = Record.get(Record.title == "Trubus")
    assert (trubus.material_type, trubus.issn) == ("magazine", "0126-5156")
    first = Item.get(Item.accession_no == "001/PD/2019")  # "Nomer Induk", as INLISLite spells it
    assert (first.price, first.source, first.received_on, first.record_id) == (
        45000, "purchase", date(2019, 3, 12), laskar.id)
    gift = Item.get(Item.accession_no == "003/PD/2020")
    assert (gift.price, gift.source, gift.source_detail) == (65000, "grant", "Perpusnas")
    dollars = Item.get(Item.accession_no == "004/PD/2021")  # a price in another money: not counted as rupiah
    assert (dollars.price, dollars.condition_note) == (None, "3 USD")
    assert not [f for f in review.open_flags(lib) if f.reason not in ("price", "collection_type")]
    again = importer.import_file(lib, librarian, fmt, path)
    assert (again.records_add, again.items_add, again.records_update, again.items_update) == (0, 0, 0, 0)



# --- INLISLite 3.3: the copy report after the catalogue report, with other columns ticked ----------------------


def report(path, headers, rows, title="Worksheet"):
    """PhpSpreadsheet as LaporanKatalog.php / LaporanEksemplar.php use it: the ticked columns' labels in row 1."""
    book = Workbook()
    book.active.title = title
    for row in (headers, *rows):
        book.active.append(row)
    book.save(path)
    return path


CATALOGUE = ["No. Kontrol", "BIB ID", "Judul", "Pengarang", "Edisi", "Penerbit", "Tempat Terbit", "Tahun Terbit",
             "ISBN", "No. Panggil", "Klas DDC"]


def test_the_copy_report_puts_its_copies_on_the_catalogue_reports_records(lib, librarian, tmp_path):
    catalogue = report(tmp_path / "Laporan_Katalog.xlsx", CATALOGUE, [
        ["INLIS101", "0010-0319000101", "Laskar pelangi / Andrea Hirata", "Andrea Hirata", "Cet. 5", "Bentang",
         "Yogyakarta", "2008", "9789793062792", "899.221 3 HIR l", "899.221 3"],
        ["INLIS102", "0010-0319000102", "Matematika untuk SMP kelas VII", "Nuharini, Dewi", "", "Pusat Perbukuan",
         "Jakarta", "2008", "", "510 NUH m", "510"],
        ["INLIS103", "0010-0319000103", "Matematika untuk SMP kelas VII", "Nuharini, Dewi", "", "Pusat Perbukuan",
         "Jakarta", "2013", "", "510 NUH m", "510"]], title="Laporan Katalog")
    importer.import_file(lib, librarian, "inlislite", catalogue)
    # the copy report without "Edisi", "ISBN" and "Tahun Terbit" ticked (and no BIB ID, which it never has)
    copies = report(tmp_path / "Laporan_Eksemplar.xlsx", ["No. Barcode", "No. Induk", "Judul", "Pengarang",
                                                          "Ketersediaan"], [
        ["00001", "001/PD/2019", "Laskar pelangi / Andrea Hirata", "Andrea Hirata", "Tersedia"],
        ["00002", "002/PD/2019", "Laskar pelangi / Andrea Hirata", "Andrea Hirata", "Rusak"],
        ["00003", "003/PD/2019", "Matematika untuk SMP kelas VII", "Nuharini, Dewi", "Tersedia"]])
    result = importer.import_file(lib, librarian, "xlsx", copies)
    laskar = Record.get(Record.slims_id == "inlislite:0010-0319000101")
    assert [i.barcode for i in Item.select().where(Item.record == laskar).order_by(Item.barcode)] == ["00001", "00002"]
    # of two records the row may be a copy of, none is guessed: a record of its own, listed as a possible duplicate
    assert result.records_add == 1
    assert [f.reason for f in review.open_flags(lib) if f.reason == "duplicate"] == ["duplicate"]
    again = importer.import_file(lib, librarian, "xlsx", copies)
    assert (again.records_add, again.items_add, Record.select().count()) == (0, 0, 4)


# --- INLISLite 3.0-3.2's member report (Laporan Anggota -> Anggota Per Pendaftaran, "Export Excel") ------------

MEMBERS = ["No.", "Tanggal", "Nomer Anggota", "Anggota", "Jenis Kelamin", "Tempat & Tanggal Lahir", "Umur",
           "Jenis Identitas", "Nomer Identitas", "Alamat", "Kabupaten / Kota", "Provinsi", "Telepon", "Email",
           "Jenis Anggota", "Pekerjaan", "Pendidikan", "Berdasarkan", "Jurusan", "Kelas", "Status Keanggotaan",
           "Tanggal Akhir Berlaku", "Biaya"]


def member_report(path, rows):
    """AnggotaController::actionExportExcelPerpendaftaranData: echoed HTML as .xls under three title lines; the
    birth place and date joined by " & ", the card's end as MySQL's '%d-%M-%Y' writes it (English months)."""
    html = ['<table border="0" align="center">', '<tr><th colspan="23">Laporan Detail Data Harian</th></tr>',
            '<tr><th colspan="23">Anggota Per Pendaftaraan Periode 01-01-2019 s/d 31-12-2020</th></tr>',
            '<tr><th colspan="23">Berdasarkan Jenis Anggota</th></tr><tr></tr>', '<table border="1" align="center">',
            "<tr>" + "".join(f"<th>{label}</th>" for label in MEMBERS) + "</tr>"]
    html += ['<tr align="center">' + "".join(f"<td>{c}</td>" for c in [n, *row]) + "</tr>" for n, row in enumerate(rows, 1)]
    path.write_text("\n".join([*html, "</table>"]), encoding="utf-8")
    return path


def test_the_member_report_of_inlislite_3_2_comes_in_and_again_changes_nothing(lib, librarian, tmp_path):
    path = member_report(tmp_path / "Laporan_Periodik_Data.xls", [
        ["12-03-2019", "0010190300001", "Siti Aminah", "Perempuan", "Sleman & 05-06-1990", "35", "KTP",
         "3404014506900001", "Dusun Krapyak RT 02 RW 05", "Sleman", "DI Yogyakarta", "081234567890", "", "Umum",
         "Ibu Rumah Tangga", "SMA", "", "", "", "Aktif", "31-December-2099", "0"],
        ["14-03-2019", "0010190300002", "Budi Santoso", "Laki-laki", "Sleman & 17-08-2011", "14", "Kartu Pelajar", "",
         "Dusun Krapyak RT 03 RW 05", "Sleman", "DI Yogyakarta", "", "", "Pelajar", "Pelajar", "SD", "", "", "6A",
         "Aktif", "14-March-2020", "0"]])
    result = member_import.import_members(lib, librarian, path)
    assert (result.add, result.bad) == (2, [])
    siti = Member.get(Member.number == "0010190300001")  # "Nomer Anggota", "Anggota": the card and the name
    assert (siti.name, siti.nik, siti.birth_date, siti.registered_on, siti.expires_on) == (
        "Siti Aminah", "3404014506900001", date(1990, 6, 5), date(2019, 3, 12), date(2099, 12, 31))
    assert "Tempat lahir: Sleman\n" in siti.notes  # (not "Sleman &")
    budi = Member.get(Member.number == "0010190300002")  # a card that ran out stays run out
    assert budi.expires_on == date(2020, 3, 14)
    again = member_import.import_members(lib, librarian, path)
    assert (again.add, again.update, again.unchanged, again.bad) == (0, 0, 2, [])


def test_a_card_that_ran_out_in_a_list_without_registration_dates_keeps_its_end(lib, librarian, tmp_path):
    book = Workbook()
    book.active.append(["No. Anggota", "Nama", "Masa Berlaku"])
    book.active.append(["A-001", "Siti Aminah", "14-03-2020"])
    book.save(tmp_path / "anggota.xlsx")
    assert member_import.import_members(lib, librarian, tmp_path / "anggota.xlsx").add == 1
    assert Member.get().expires_on == date(2020, 3, 14)  # (was moved to today, and then refused on the next import)
    again = member_import.import_members(lib, librarian, tmp_path / "anggota.xlsx")
    assert (again.add, again.unchanged, again.bad) == (0, 1, [])
