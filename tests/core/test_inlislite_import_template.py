"""INLISLite 3.3's copy import template (Eksemplar → Import Excel → download template; its headers and sample rows
read from INLISLite-Perpusnas/INLISLIteV33 ``EksemplarImportController::downloadTemplate``): the sheet a village
library typed its books into to bring them into INLISLite. It was refused ("no title column": ``JUDUL_UTAMA``)."""

from __future__ import annotations

import json

from openpyxl import Workbook

from pustaka_desktop.core.interop import importer, inlislite
from pustaka_desktop.core.store.models import Item, Record

HEADERS = ["NO", "TGL_PENGADAAN", "NO_INDUK", "NO_BARCODE", "NO_RFID", "JENIS_SUMBER", "NAMA_SUMBER", "MATA_UANG",
           "HARGA", "KODE_LOKASI_PERPUSTAKAAN", "KODE_LOKASI_RUANG", "AKSES", "KATEGORI", "MEDIA", "KETERSEDIAAN",
           "NOMOR_PANGGIL_EKSEMPLAR", "JENIS_BAHAN", "JUDUL_UTAMA", "ANAK_JUDUL", "PERNYATAAN_TANGGUNGJAWAB",
           "TAJUK_PENGARANG", "TAJUK_PENGARANG_BADAN_KOOPERASI", "PENGARANG_TAMBAHAN_NAMA_ORANG",
           "PENGARANG_TAMBAHAN_NAMA_BADAN", "EDISI", "KOTA_TERBIT", "PENERBIT", "TAHUN_TERBIT", "JUMLAH_HALAMAN",
           "DIMENSI", "ISBN", "ISSN", "ISMN", "NO_DDC", "NOMOR_PANGGIL_KATALOG", "ABSTRAK", "BAHASA", "SUBJEK_TOPIK",
           "EDISI_SERIAL", "TGL_TERBIT_EDISI_SERIAL", "BAHAN_SERTAAN_SERIAL", "KETERANGAN_LAIN_SERIAL"]
# (two of INLISLite's own sample rows, as its template holds them)
ROWS = [
    [1, "14-02-2015", "X0022/2016", "X0022/2016", "X0022/2016", "Hadiah/Hibah", "---Belum ditentukan---", "IDR", 0,
     "Pusat", "0101", "Dapat dipinjam", "Koleksi Umum", "Buku", "Tersedia", "123 PRA m", "Monograf", "Mahligai Biru",
     "", "Mamik Pradana", "Pradana, Mamik", "", "", "", "", "Jakarta", "Grafika", "2015", "120 hlm.", "25 cm.",
     "978-222-666-444", "", "", "123", "123 PRA m", "", "ind", "Rumah Tangga", "", "", "", ""],
    [3, "16-03-2015", "X0024/2016", "X0024/2016", "X0024/2016", "Pembelian", "Toko Buku Mandiri", "IDR", 75000, "Pusat",
     "0102", "Tidak dapat dipinjam", "Koleksi Umum", "Buku", "Tersedia", "", "Monograf", "Pemrograman Web dengan PHP",
     "Panduan Lengkap untuk Pemula", "Budi Raharjo", "Raharjo, Budi", "", "Santoso, Adi", "Informatika Press",
     "Edisi 2", "Bandung", "Informatika", "2015", "350 hlm.", "24 cm.", "", "", "", "004.678", "004.678 BUD p",
     "Buku panduan pemrograman web", "ind", "Teknologi Informasi; Pemrograman", "", "", "", ""],
]


def _template(path):
    book = Workbook()
    book.active.append(HEADERS)
    for row in ROWS:
        book.active.append(row)
    book.save(path)
    return path


def test_inlislite_import_template_comes_in_one_copy_a_row_with_its_description(lib, librarian, tmp_path):
    path = _template(tmp_path / "template_import_eksemplar.xlsx")
    assert inlislite.recognise(HEADERS)
    result = importer.import_file(lib, librarian, "xlsx", path)  # (chosen as a plain sheet: read as INLISLite's)
    assert (result.records_add, result.items_add, result.bad) == (2, 2, [])
    php = Record.get(Record.title == "Pemrograman Web dengan PHP")
    assert (php.subtitle, php.responsibility, php.edition, php.place, php.publisher, php.year) == (
        "Panduan Lengkap untuk Pemula", "Budi Raharjo", "Edisi 2", "Bandung", "Informatika", 2015)
    assert (php.collation, php.ddc, php.notes) == ("350 hlm. ; 24 cm", "004.678", "Buku panduan pemrograman web")
    assert json.loads(php.subjects) == ["Teknologi Informasi", "Pemrograman"]
    assert [(a["name"], a["role"], a["kind"]) for a in json.loads(php.authors)] == [
        ("Raharjo, Budi", "primary", "person"), ("Santoso, Adi", "additional", "person"),
        ("Informatika Press", "additional", "organisation")]
    copy = Item.get(Item.accession_no == "X0024/2016")
    # its own call number empty: the catalogue's; "Tidak dapat dipinjam": not for loan
    assert (copy.barcode, copy.call_number, copy.price, copy.source, copy.status) == (
        "X0024/2016", "004.678 BUD p", 75000, "purchase", "not_for_loan")
    gift = Item.get(Item.accession_no == "X0022/2016")
    assert (gift.source, gift.source_detail, str(gift.received_on)) == ("grant", "", "2015-02-14")  # (no "---...")
    assert Record.get(Record.title == "Mahligai Biru").responsibility == "Mamik Pradana"
    again = importer.import_file(lib, librarian, "inlislite", path)
    assert (again.records_add, again.records_update, again.items_add, again.items_update) == (0, 0, 0, 0)
