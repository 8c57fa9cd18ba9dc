"""A village library moving in, driven end to end by the frozen ``pustaka-cli`` (``check_frozen.py`` runs these
checks): the files the newer readers take, written with the standard library alone, and what the library holds
after each step. Each reader these use is imported late or reads a data file (the .ods reader, the web page
read as a spreadsheet, SLiMS's header-less shape and line-break repair, the loan notebook, the schools, the
audit log told in words, the Indonesian translation): a part PyInstaller's analysis misses passes every test
of the source tree and fails only here.

One library, in the order a librarian moves in: the SLiMS 7 catalogue (no header row, line breaks turned into
"rn"), INLISLite 3.2's Buku Induk (a web page saved as .xls) and then its Periodik report (.ods) that gives
the copies the barcodes on the books, INLISLite 3.2's member report (a web page too), a class list, the loan
notebook with returned loans, the schools, and the audit log searched for a barcode, in Indonesian.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from xml.sax.saxutils import escape

from frozen_fixtures import write_xlsx

# --- SLiMS 7 (and 8, 9.0-9.2): no header row; MySQL's escape_string then PHP's stripslashes made each line
# break "rn"; the item lines without their last separator -----------------------------------------------------

SLIMS_BIBLIO = (
    '"Sejarah Desa Sukamaju :rnDari Masa ke Masa","Text","","","Pemdes Sukamaju","2010","xii, 120 hlm.rnIlus.",'
    '"","959.8 SEJ","Indonesia","Sukamaju","959.8","Sumbangan dari PemdesrnTahun 2010rnBantuan Perpusnas","",'
    '"","<Tim Penyusun>","<Sejarah desa>","<TBM0001><TBM0002>"\n'
    '"Tafsir Jalalain","Text","","","Al-Hidayah","1990","","","2X1.3 JAL","Arab","Surabaya","2X1.3",'
    '"الفقهrnالتفسير","","","<Jalaluddin>","<Tafsir>","<TBM0003>"\n')
SLIMS_ITEMS = (
    '"TBM0001","959.8 SEJ","Umum","001/TBM/2010","2010-03-01","","","Taman Bacaan","","","","1","","45000",'
    '"Rupiah","","2010-03-01 09:00:00","2010-03-01 09:00:00","Sejarah Desa Sukamaju :rnDari Masa ke Masa"\n'
    '"TBM0002","959.8 SEJ","Umum","002/TBM/2010","2010-03-01","","","Taman Bacaan","","","","2","","","0","",'
    '"2010-03-01 09:00:00","2010-03-01 09:00:00","Sejarah Desa Sukamaju :rnDari Masa ke Masa"\n'
    '"TBM0003","2X1.3 JAL","Referensi","003/TBM/2010","2010-04-01","","","Taman Bacaan","","","","0","","","0",'
    '"","2010-04-01 09:00:00","2010-04-01 09:00:00","Tafsir Jalalain"\n')

# --- INLISLite 3.0-3.2 (the Yii version): "Export Excel" is echoed HTML under three title lines ---------------

BUKU_INDUK = ["No.", "Tanggal Pengadaan", "Nomer Induk", "Jenis Bahan", "Bentuk Fisik", "Judul", "Pengarang", "Edisi",
              "Tempat Terbit", "Penerbit", "Tahun Terbit", "Deskripsi Fisik", "Jenis Sumber Perolehan",
              "Nama Sumber Perolehan", "Kategori", "ISBN", "ISSN", "Harga"]
LASKAR = ["Monograf", "Buku", "Laskar pelangi / Andrea Hirata", "Andrea Hirata", "Cet. 5", "Yogyakarta", "Bentang",
          "2008", "xiv, 529 hlm. ; 20 cm", "Pembelian", "", "Umum", "9789793062792", "", " - 45000"]
RONGGENG = ["Monograf", "Buku", "Ronggeng Dukuh Paruk / Ahmad Tohari", "Tohari, Ahmad", "", "Jakarta",
            "Gramedia Pustaka Utama", "2003", "", "Hadiah/Hibah", "Perpusnas", "Umum", "9789792201963", "", " - 65000"]
INDUK_ROWS = [["2019-03-12 00:00:00", "001/PD/2019", *LASKAR], ["2019-03-12 00:00:00", "002/PD/2019", *LASKAR],
              ["2020-08-05 00:00:00", "003/PD/2020", *RONGGENG]]
MEMBER_REPORT = ["No.", "Tanggal", "Nomer Anggota", "Anggota", "Jenis Kelamin", "Tempat & Tanggal Lahir", "Umur",
                 "Jenis Identitas", "Nomer Identitas", "Alamat", "Kabupaten / Kota", "Provinsi", "Telepon", "Email",
                 "Jenis Anggota", "Pekerjaan", "Pendidikan", "Berdasarkan", "Jurusan", "Kelas",
                 "Status Keanggotaan", "Tanggal Akhir Berlaku", "Biaya"]
MEMBER_ROWS = [
    ["12-03-2019", "0010190300001", "Siti Aminah", "Perempuan", "Sleman & 05-06-1990", "35", "KTP", "3404014506900001",
     "Dusun Krapyak RT 02 RW 05", "Sleman", "DI Yogyakarta", "081234567890", "", "Umum", "Ibu Rumah Tangga", "SMA",
     "", "", "", "Aktif", "31-December-2099", "0"],
    ["14-03-2019", "0010190300002", "Budi Santoso", "Laki-laki", "Sleman & 17-08-1985", "40", "KTP", "",
     "Dusun Krapyak RT 03 RW 05", "Sleman", "DI Yogyakarta", "", "", "Umum", "Petani", "SMP", "", "", "",
     "Aktif", "31-December-2099", "0"]]


def web_page_report(path: Path, titles: list[str], headers: list[str], rows: list[list[str]]) -> None:
    """INLISLite 3.2's "Export Excel": its title lines a table of their own, then the header and a row each."""
    html = ['<table border="0" align="center">']
    html += [f'<tr><th colspan="{len(headers)}">{line}</th></tr>' for line in titles]
    html.append('<tr></tr><table border="1" align="center"><tr>' + "".join(f"<th>{h}</th>" for h in headers)
                + "</tr>")
    html += ['<tr align="center">' + "".join(f"<td>{escape(str(c))}</td>" for c in [n, *row]) + "</tr>"
             for n, row in enumerate(rows, 1)]
    path.write_text("\n".join([*html, "</table>"]), encoding="utf-8")


# INLISLite 3.2's Laporan Koleksi -> Periodik, "Open-Office-Excel-data" (OpenTBS filling an .ods): the one report
# of those versions with each copy's barcode beside its No. Induk; the description in one cell, a line each
PERIODIK = ["No.", "Nomor Induk", "Data Bibliografis", "Nomor Panggil", "Tanggal Pengadaan", "Sumber Perolehan",
            "Jenis Bahan", "Bentuk Fisik", "Kategori", "Jenis Akses", "Harga", "Nomor Barcode", "Nomor RFID"]
LASKAR_BIB = ["Laskar pelangi / Andrea Hirata", "", "Cet. 5", "Yogyakarta Bentang 2008", "Novel Indonesia",
              "899.221 3"]
RONGGENG_BIB = ["Ronggeng Dukuh Paruk / Ahmad Tohari", "", "", "Jakarta Gramedia Pustaka Utama 2003",
                "Fiksi Indonesia", "899.221"]
PERIODIK_ROWS = [
    ["001/PD/2019", LASKAR_BIB, "899.221 3 HIR l", "2019-03-12 00:00:00", "Pembelian", "Monograf", "Buku", "Umum",
     "Dapat dipinjam", "45000", "00012345", ""],
    ["002/PD/2019", LASKAR_BIB, "899.221 3 HIR l", "2019-03-12 00:00:00", "Pembelian", "Monograf", "Buku", "Umum",
     "Tidak dapat dipinjam", "45000", "00012346", ""],
    ["003/PD/2020", RONGGENG_BIB, "899.221 TOH r", "2020-08-05 00:00:00", "Hadiah/Hibah", "Monograf", "Buku",
     "Umum", "Dapat dipinjam", "65000", "00012400", ""]]
_ODS_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')


def _ods_cell(value) -> str:
    if isinstance(value, list):  # a cell of several paragraphs, the empty ones too
        return '<table:table-cell office:value-type="string">' + "".join(
            f"<text:p>{escape(line)}</text:p>" if line else "<text:p/>" for line in value) + "</table:table-cell>"
    if value in ("", None):
        return "<table:table-cell/>"
    return f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}</text:p></table:table-cell>'


def periodik_ods(path: Path) -> None:
    """The template's title lines merged across, the header, a row per copy (all text: OpenTBS writes text),
    then the sheet's empty end repeated a million rows down, as LibreOffice keeps it."""
    xml = [f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODS_NS}><office:body>'
           '<office:spreadsheet><table:table table:name="Sheet1"><table:table-column '
           'table:number-columns-repeated="13"/>']
    for line in ("Laporan Detail Data Tahunan", "Pengadaan Koleksi periode 2019 s/d 2020", "Berdasarkan Tahun"):
        xml.append('<table:table-row><table:table-cell table:number-columns-spanned="4" office:value-type="string">'
                   f'<text:p>{line}</text:p></table:table-cell><table:covered-table-cell '
                   'table:number-columns-repeated="3"/></table:table-row>')
    xml.append('<table:table-row><table:table-cell table:number-columns-repeated="13"/></table:table-row>')
    xml.append("<table:table-row>" + "".join(map(_ods_cell, PERIODIK)) + "</table:table-row>")
    xml += ["<table:table-row>" + "".join(_ods_cell(v) for v in [n, *row])
            + '<table:table-cell table:number-columns-repeated="1011"/></table:table-row>'
            for n, row in enumerate(PERIODIK_ROWS, 1)]
    xml.append('<table:table-row table:number-rows-repeated="1048560"><table:table-cell '
               'table:number-columns-repeated="1024"/></table:table-row></table:table>'
               "</office:spreadsheet></office:body></office:document-content>")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", '<?xml version="1.0"?><manifest:manifest '
                         'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>')
        archive.writestr("content.xml", "".join(xml))


# --- kept in Excel: a class list (one school written three ways) and the loan notebook --------------------------

CLASS_LIST = [["DAFTAR ANGGOTA PERPUSTAKAAN - KUNJUNGAN SEKOLAH"], ["No", "Nama", "L/P", "Sekolah", "Kelas"],
              [1, "Aditya Pratama", "L", "SD NEGERI 1 SUKAMAJU", "4A"], [2, "Bayu Saputra", "L", "SDN 1 Sukamaju", "4A"],
              [3, "Citra Lestari", "P", "SD N 1 SUKAMAJU", "4B"], [4, "Hana Salsabila", "P", "MI Al-Hidayah", "5"]]
NOTEBOOK_HEADERS = ["No", "Tgl Pinjam", "Nama Peminjam", "No. Anggota", "Judul Buku", "Kode Buku", "Tgl Kembali",
                    "Tgl Dikembalikan", "Ket."]


def notebook_rows(today: date) -> list[list]:
    """Two loans returned (one by its card, one by name, an Excel date and a written one), one still out
    (by name, the card's zeros dropped, the copy by its title: one record, one copy), one of nobody here."""
    day = lambda n: today - timedelta(days=n)  # noqa: E731 (the notebook runs up to the day of the move)
    written = lambda n: day(n).strftime("%d-%m-%Y")  # noqa: E731
    return [["BUKU PEMINJAMAN PERPUSTAKAAN DESA SUKAMAJU"], [], NOTEBOOK_HEADERS,
            [1, day(40), "SITI AMINAH", "0010190300001", "Sejarah Desa Sukamaju", "TBM0001", day(33), day(34),
             "sudah kembali"],
            [2, written(30), "BUDI SANTOSO", None, "Laskar pelangi", "00012345", written(23), written(20), None],
            [3, written(10), "Siti Aminah", 10190300001, "Tafsir Jalalain", None, written(3), None, "belum kembali"],
            [4, written(5), "JOKO SUSILO", None, "Kamus Besar", "B-0999", written(1), None, None]]


# --- the checks ---------------------------------------------------------------------------------------------


def checks(app, home: Path) -> list[tuple[str, Callable[[], str]]]:
    """(name, check) in the order a library moves in: each step reads what the one before brought."""
    folder = home / "pindahan"
    folder.mkdir()
    db = str(home / "pindahan.sqlite3")

    def cli(*args: str) -> str:
        return app.cli_ok("--db", db, *args)

    def cli_json(*args: str):
        return json.loads(cli(*args, "--json"))

    def plans_of(*args: str) -> list[dict]:  # (one file's import says one plan, a pair's two)
        said = cli_json(*args)
        return said if isinstance(said, list) else [said]

    def copy_of(barcode: str) -> dict:
        return cli_json("record", "show", barcode)

    def expect(what: str, got, wanted) -> None:
        if got != wanted:
            raise AssertionError(f"{what}: {got!r}, expected {wanted!r}")

    def slims() -> str:
        cli("init", "--library-name", "Taman Bacaan Sukamaju", "--library-code", "TBS", "--librarian", "admin",
            "--password", "admin12345")
        biblio, items = folder / "senayan_biblio_export.csv", folder / "senayan_item_export.csv"
        biblio.write_text(SLIMS_BIBLIO, encoding="utf-8")
        items.write_text(SLIMS_ITEMS, encoding="utf-8")
        plans = plans_of("import", "slims-biblio", str(biblio), "--items", str(items))
        expect("records and copies added, copies detailed",
               [(p["records"]["add"], p["copies"]["add"], p["copies"]["detailed"], p["bad_rows"]) for p in plans],
               [(2, 3, 0, 0), (0, 0, 3, 0)])
        history, tafsir = copy_of("TBM0001"), copy_of("TBM0003")
        expect("TBM0001", (history["title"], history["subtitle"], history["notes"]),
               ("Sejarah Desa Sukamaju", "Dari Masa ke Masa", "Sumbangan dari PemdesrnTahun 2010\nBantuan Perpusnas"))
        expect("TBM0003's note", tafsir["notes"], "الفقه\nالتفسير")
        return "2 records, 3 copies; the certain line breaks put back, in Arabic too"

    def inlislite() -> str:
        induk, periodik = folder / "Laporan_Buku_Induk.xls", folder / "laporan-koleksi-periodik-data.ods"
        web_page_report(induk, ["Laporan Detail Data Tahunan", "Buku Induk Perpustakaan Periode 2019 s/d 2020",
                                "Berdasarkan Lokasi Perpustakaan"], BUKU_INDUK, INDUK_ROWS)
        periodik_ods(periodik)
        plans = plans_of("import", "inlislite", str(induk))
        expect("Buku Induk: records and copies added",
               [(p["records"]["add"], p["copies"]["add"], p["bad_rows"]) for p in plans], [(2, 3, 0)])
        plans = plans_of("import", "xlsx", str(periodik))  # (the wizard's "Excel": known as INLISLite's)
        expect("Periodik: records and copies added, copies updated, refused",
               [(p["records"]["add"], p["copies"]["add"], p["copies"]["update"], p["bad_rows"]) for p in plans],
               [(0, 0, 3, 0)])
        laskar = copy_of("00012345")
        expect("00012345", (laskar["title"], laskar["ddc"], sorted(c["barcode"] for c in laskar["copies"])),
               ("Laskar pelangi", "899.2213", ["00012345", "00012346"]))
        return "Buku Induk .xls (web page): 2 records, 3 copies; Periodik .ods: the 3 copies' barcodes"

    def members() -> str:
        report, classes = folder / "Laporan_Anggota_Perpendaftaran.xls", folder / "Daftar Anggota Kelas 4.xlsx"
        web_page_report(report, ["Laporan Detail Data Harian", "Anggota Per Pendaftaraan Periode 01-01-2019 s/d "
                                 "31-12-2020", "Berdasarkan Jenis Anggota"], MEMBER_REPORT, MEMBER_ROWS)
        write_xlsx(classes, [("Kelas 4", CLASS_LIST)], merges=["A1:E1"])
        said = cli_json("members-import", str(report))
        expect("member report: added, refused", (said["add"], said["bad_rows"]), (2, 0))
        said = cli_json("members-import", str(classes))
        expect("class list: added, refused", (said["add"], said["bad_rows"]), (4, 0))
        siti = cli_json("member", "show", "0010190300001")
        expect("member 0010190300001", (siti["name"], siti["nik"]), ("Siti Aminah", "3404014506900001"))
        return "INLISLite member report (.xls web page): 2 members; a class list: 4 pupils"

    def schools() -> str:
        found = {s["school"]: s["members"] for s in cli_json("member", "schools")["schools"]}
        if sorted(found.values()) != [1, 3]:
            raise AssertionError(f"the schools: {found}")
        said = cli("--lang", "id", "member", "schools")
        if "3 anggota" not in said:
            raise AssertionError(f"member schools in Indonesian said {said!r}")
        return f"{len(found)} schools, {said.splitlines()[0]!r}"

    def loans() -> str:
        book = folder / "buku peminjaman.xlsx"
        write_xlsx(book, [("Buku Peminjaman", notebook_rows(date.today()))], merges=["A1:I1"])
        done = app.run(app.cli, "--db", db, "--lang", "id", "loans-import", str(book))
        said = done.stdout + done.stderr
        # (exit code 2: a row was left out, the rest came in)
        expect("loans-import's exit code", done.returncode, 2)
        for words in ("1 peminjaman yang masih di luar dan 2 peminjaman yang sudah kembali", "JOKO SUSILO"):
            if words not in said:
                raise AssertionError(f"loans-import in Indonesian said {said!r}, without {words!r}")
        again = json.loads(app.run(app.cli, "--db", db, "loans-import", str(book), "--json").stdout)
        expect("the second import: out, returned, unchanged", (again["loans_out"], again["loans_returned"],
                                                               again["unchanged"]), (0, 0, 3))
        return said.strip().splitlines()[0]

    def audit() -> str:
        """The book the notebook has still out is taken back at the desk, and that undone; the audit log,
        searched for its barcode, tells it in an Indonesian sentence naming the member and the book."""
        cli("checkin", "TBM0003")
        cli("undo")  # (the wrong book was scanned: the desk's returns are not logged, their undoing is)
        said = cli("--lang", "id", "audit", "--search", "TBM0003").strip()
        for words in ("dibatalkan", "Siti Aminah", "Tafsir Jalalain"):
            if words not in said:
                raise AssertionError(f"audit --search TBM0003 said {said!r}, without {words!r}")
        return said.splitlines()[0]

    return [("moving in: SLiMS 7 export without a header, line breaks as rn", slims),
            ("moving in: INLISLite 3.2 Buku Induk (.xls web page) + Periodik (.ods)", inlislite),
            ("moving in: INLISLite 3.2 member report + a class list", members),
            ("moving in: member schools", schools),
            ("moving in: loan notebook with returned loans", loans),
            ("moving in: audit --search, in Indonesian", audit)]
