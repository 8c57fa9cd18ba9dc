"""The files a village library moves in with, one of each format the import reads, written with the
standard library alone (``check_frozen.py`` runs with any Python and no packages): what the frozen
program must read where users run it. A module, codec or data file PyInstaller's analysis misses (a
reader imported inside a function, a codec looked up by name, a part of openpyxl, xlrd or pymarc)
passes every test of the source tree and fails only here.

Each ``CASES`` entry writes its files in a folder and says what the frozen ``pustaka-cli`` must make
of them: the import's JSON summary (records and copies added, rows refused) and, per copy barcode, the
title and class number the catalogue then holds, so a codec that decodes wrongly (an Arabic title as
question marks, cp1252 read as Latin-1, an old SLiMS's double UTF-8 left unmended) fails as surely as
a missing module. The files imitate the real ones: SLiMS 9's exports, Excel's xlsx, xls (a BIFF8
compound document), a web app's "Excel" that is an HTML page, ISO 2709 in UTF-8 and in MARC-8,
MarcEdit's .mrk, MARCXML, INLISLite 3's reports (PhpSpreadsheet's xlsx), a CSV saved by an old Excel
(Windows-1252) and Excel's "Unicode Text" (UTF-16, tab-separated).
"""

from __future__ import annotations

import struct
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

Row = list  # the cells of one row: str, int, float, date or None

# --- the two SLiMS exports (SLiMS 9: every field quoted, a trailing separator after the header) ------------

BIBLIO_COLUMNS = ("title", "gmd_name", "edition", "isbn_issn", "publisher_name", "publish_year", "collation",
                  "series_title", "call_number", "language_name", "place_name", "classification", "notes", "image",
                  "sor", "authors", "topics", "item_code")
ITEM_COLUMNS = ("item_code", "call_number", "coll_type_name", "inventory_code", "received_date", "supplier_name",
                "order_no", "location_name", "order_date", "item_status_name", "site", "source", "invoice", "price",
                "price_currency", "invoice_date", "input_date", "last_update", "title")
MEMBER_COLUMNS = ("member_id", "member_name", "gender", "member_type_name", "member_email", "member_address",
                  "postal_code", "inst_name", "is_new", "member_image", "pin", "member_phone", "member_fax",
                  "member_since_date", "register_date", "expire_date", "birth_date", "member_notes")


def slims_csv(columns: tuple[str, ...], rows: list[dict[str, str]]) -> str:
    lines = [",".join(columns) + ","]
    lines += [",".join(f'"{row.get(column, "")}"' for column in columns) for row in rows]
    return "\n".join(lines) + "\n"


def stored_twice(text: str) -> str:
    """``text`` as an old SLiMS on latin1 MySQL tables gives it back: each UTF-8 byte a character of its
    own (Windows-1252, its five unused bytes kept as they are). ``core/interop/mojibake`` mends it."""
    return "".join(chr(byte) if byte in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([byte]).decode("cp1252")
                   for byte in text.encode("utf-8"))


FIQH = "الفقه الميسر"  # an Arabic title as a pesantren library has it


def slims_biblio(folder: Path) -> list[str]:
    rows = [
        dict(title="Laskar Pelangi : sebuah novel", gmd_name="Text", edition="Cet. 5", isbn_issn="979-3062-79-7",
             publisher_name="Bentang Pustaka", publish_year="c2008", collation="xiv, 529 hlm. ; 20 cm",
             call_number="899.221 3 HIR l", language_name="Indonesia", place_name="Yogyakarta",
             classification="899.221 3", notes="Baris satu\\nBaris dua", sor="Andrea Hirata",
             authors="<Hirata, Andrea>", topics="<Novel><Fiksi Indonesia>", item_code="<B0001><B0002>"),
        dict(title=stored_twice(FIQH), gmd_name="Text", publisher_name="Pustaka Al-Kautsar", publish_year="2012",
             classification="297.4", language_name="Arab", authors="<Tim Ulama>", item_code="<B0003>"),
        dict(title='Kisah "Si Kancil" dan Buaya', gmd_name="Text", publisher_name="Balai Pustaka",
             publish_year="1999", classification="398.2", authors="<Anonim>", item_code="<B0004>"),
    ]
    path = folder / "senayan_biblio_export.csv"
    path.write_text(slims_csv(BIBLIO_COLUMNS, rows), encoding="utf-8")
    return ["import", "slims-biblio", str(path)]


def slims_item(folder: Path) -> list[str]:
    """The copies of ``slims_biblio``'s records with their details (imported after it)."""
    rows = [
        dict(item_code="B0001", call_number="899.221 3 HIR l", coll_type_name="Sirkulasi",
             inventory_code="001/P/2019", received_date="2019-02-01", location_name="Rak A", source="1",
             price="85000.00", price_currency="Rupiah", title="Laskar Pelangi : sebuah novel"),
        dict(item_code="B0002", coll_type_name="Referensi", item_status_name="Repair", source="2",
             received_date="0000-00-00", title="Laskar Pelangi : sebuah novel"),
        dict(item_code="B0003", location_name="Rak Agama", received_date="2020-07-15", title=stored_twice(FIQH)),
    ]
    path = folder / "senayan_item_export.csv"
    path.write_text(slims_csv(ITEM_COLUMNS, rows), encoding="utf-8")
    return ["import", "slims-item", str(path)]


def slims_pair(folder: Path) -> list[str]:
    """Another SLiMS library's two exports imported together (``--items``)."""
    biblio = [
        dict(title="Bumi Manusia", gmd_name="Text", publisher_name="Hasta Mitra", publish_year="1980",
             call_number="899.221 3 TOE b", classification="899.221 3", place_name="Jakarta",
             authors="<Toer, Pramoedya Ananta>", item_code="<P0001><P0002>"),
        dict(title="Ronggeng Dukuh Paruk", gmd_name="Text", publisher_name="Gramedia", publish_year="1982",
             classification="899.221 3", authors="<Tohari, Ahmad>", item_code="<P0003>"),
    ]
    items = [
        dict(item_code="P0001", coll_type_name="Sirkulasi", received_date="2021-03-01", location_name="Rak B",
             price="75000.00", price_currency="Rupiah", title="Bumi Manusia"),
        dict(item_code="P0003", coll_type_name="Sirkulasi", received_date="2021-03-02", title="Ronggeng Dukuh Paruk"),
    ]
    biblio_path, items_path = folder / "biblio_export.csv", folder / "item_export.csv"
    biblio_path.write_text(slims_csv(BIBLIO_COLUMNS, biblio), encoding="utf-8")
    items_path.write_text(slims_csv(ITEM_COLUMNS, items), encoding="utf-8")
    return ["import", "slims-biblio", str(biblio_path), "--items", str(items_path)]


def slims_as_workbook(folder: Path) -> list[str]:
    """SLiMS's bibliography export opened in Excel and saved as a workbook: the ISBN and year became
    numbers."""
    row = dict(title="Negeri 5 Menara", gmd_name="Text", isbn_issn=9789792248616, publisher_name="Gramedia",
               publish_year=2009, call_number="899.221 3 FUA n", classification="899.221 3", place_name="Jakarta",
               authors="<Fuadi, Ahmad>", topics="<Pesantren>", item_code="<W0001><W0002>")
    path = folder / "senayan_biblio_export.xlsx"
    write_xlsx(path, [("senayan_biblio_export", [list(BIBLIO_COLUMNS), [row.get(c, "") for c in BIBLIO_COLUMNS]])])
    return ["import", "slims-biblio", str(path)]


# --- lists kept in Excel ---------------------------------------------------------------------------------

BUKU_INDUK = ["No", "Tanggal", "No. Induk", "Judul", "Pengarang", "Penerbit", "Kota Terbit", "Tahun", "No. Klas",
              "Barcode"]
TALIM = "تعليم المتعلم"


def buku_induk_xlsx(folder: Path) -> list[str]:
    rows = [["BUKU INDUK PERPUSTAKAAN DESA SUKAMAJU"], [], BUKU_INDUK,
            [1, date(2023, 1, 16), "0001/PD/2023", "Sang Pemimpi", "Andrea Hirata", "Bentang Pustaka", "Yogyakarta",
             2006, "899.221 3", "X0001"],
            [2, date(2023, 1, 16), "0002/PD/2023", TALIM, "Az-Zarnuji", "Al-Haramain", "Surabaya", 2010, "297.6",
             "X0002"],
            [3, date(2023, 2, 3), "0003/PD/2023", "Budidaya Ikan Lele di Kolam Terpal", "Tim Penebar Swadaya",
             "Penebar Swadaya", "Jakarta", 2015, "639.3", "X0003"]]
    path = folder / "Buku Induk 2023.xlsx"
    write_xlsx(path, [("Buku Induk", rows)], merges=["A1:J1"])
    return ["import", "xlsx", str(path)]


SAFINAH = "سفينة النجاة"


def buku_induk_xls(folder: Path) -> list[str]:
    """The same kind of list in an old Excel 97-2003 workbook (.xls)."""
    rows = [["BUKU INDUK PERPUSTAKAAN DESA SUKAMAJU 2015"], BUKU_INDUK,
            [1, date(2015, 8, 17), "0101/PD/2015", "Si Kabayan", "Achdiat K. Mihardja", "Balai Pustaka", "Jakarta",
             1997, "899.232", "Y0001"],
            [2, date(2015, 8, 17), "0102/PD/2015", SAFINAH, "Salim bin Sumair", "Toha Putra", "Semarang", 2005,
             "297.5", "Y0002"]]
    path = folder / "BUKU INDUK 2015.xls"
    path.write_bytes(xls_workbook("Sheet1", rows, merges=[(0, 0, 0, 9)]))
    return ["import", "xlsx", str(path)]


def web_page_xls(folder: Path) -> list[str]:
    """What a web application exports as "Excel": an HTML table in a file named .xls."""
    html = (
        '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">\n'
        '<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>\n<body>\n'
        '<table border="1">\n<tr><th>No</th><th>Judul</th><th>Pengarang</th><th>Penerbit</th><th>Tahun</th>'
        '<th>No. Klas</th><th>Barcode</th></tr>\n'
        '<tr><td>1</td><td>Sejarah Desa Sukamaju &amp; Sekitarnya</td><td>Karang Taruna Sukamaju</td>'
        '<td>Pemerintah Desa</td><td>2019</td><td>959.82</td><td>H0001</td></tr>\n'
        '<tr><td>2</td><td>Pedoman Posyandu</td><td>Kementerian Kesehatan</td><td>Kemenkes RI</td>'
        '<td>2018</td><td>362.1</td><td>H0002</td></tr>\n</table>\n</body>\n</html>\n')
    path = folder / "data_buku.xls"
    path.write_text(html, encoding="utf-8")
    return ["import", "xlsx", str(path)]


def old_excel_csv(folder: Path) -> list[str]:
    """A CSV an old Excel saved in the Windows code page (Windows-1252, ";" where the list separator is ";")."""
    text = ("Judul;Pengarang;Penerbit;Tahun;No. Klas;Barcode\r\n"
            "Noli Me Tángere;Rizal, José;Pustaka Jaya;1975;899.211;C0001\r\n"
            "Kumpulan Cerpen “Senja” – Edisi Baru;Ajidarma, Seno Gumira;Gramedia;2002;899.221 3;C0002\r\n")
    path = folder / "daftar buku.csv"
    path.write_bytes(text.encode("cp1252"))
    return ["import", "csv", str(path)]


QISAS = "قصص الأنبياء"


def unicode_text(folder: Path) -> list[str]:
    """Excel's "Unicode Text": UTF-16 with its byte order mark, tab-separated."""
    text = ("Judul\tPengarang\tPenerbit\tTahun\tNo. Klas\tBarcode\r\n"
            f"{QISAS}\tIbnu Katsir\tPustaka Azzam\t2011\t297.24\tU0001\r\n"
            "Serat Centhini\tR. Ng. Ranggasutrasna\tBalai Pustaka\t1991\t899.222\tU0002\r\n")
    path = folder / "daftar buku (unicode).txt"
    path.write_bytes(text.encode("utf-16"))
    return ["import", "csv", str(path)]


# --- MARC ---------------------------------------------------------------------------------------------

RIYADH = "رياض الصالحين"
Field = tuple  # ("001", "text") or ("245", "10", [("a", "..."), ...])


def fixed_008(entered: str, year: str, language: str) -> str:
    """MARC 008 (40 characters): entered, a single date, published in Indonesia, the language."""
    return f"{entered}s{year}    io {' ' * 17}{language} d"


MARC_RECORDS: list[list[Field]] = [
    [("001", "INLIS000000000001"), ("008", fixed_008("230116", "2005", "ind")),
     ("020", "  ", [("a", "9789799731234")]), ("082", "04", [("a", "899.221 3"), ("2", "23")]),
     ("100", "1 ", [("a", "Hirata, Andrea")]), ("245", "10", [("a", "Laskar pelangi :"), ("b", "sebuah novel /"),
                                                              ("c", "Andrea Hirata.")]),
     ("260", "  ", [("a", "Yogyakarta :"), ("b", "Bentang Pustaka,"), ("c", "2005.")]),
     ("300", "  ", [("a", "xiv, 529 hlm. ;"), ("c", "20 cm.")]), ("650", " 4", [("a", "Novel Indonesia")]),
     ("852", "  ", [("b", "Rak A"), ("h", "899.221 3 HIR l"), ("p", "M0001")])],
    [("001", "INLIS000000000002"), ("008", fixed_008("230116", "1999", "ara")),
     ("082", "04", [("a", "297.5")]), ("100", "0 ", [("a", "An-Nawawi")]), ("245", "10", [("a", RIYADH)]),
     ("260", "  ", [("a", "Beirut :"), ("b", "Dar al-Fikr,"), ("c", "1999.")]),
     ("852", "  ", [("b", "Rak Agama"), ("p", "M0002")])],
]
# a record in MARC-8 (leader position 9 blank), as older catalogues and copy cataloguing still give them: its
# romanised Arabic title in MARC-8's combining marks (E5 macron, F2 dot below, before the letter)
MIRSBAH_MARC8 = b"Tafs\xe5ir al-Mi\xf2sb\xe5a\xf2h"
MIRSBAH = "Tafsīr al-Miṣbāḥ"


def iso2709(fields: list[Field], marc8_title: bytes | None = None) -> bytes:
    """One ISO 2709 record: leader, directory, fields; UTF-8 (leader/09 "a"), or MARC-8 when
    ``marc8_title`` is given (its 245 $a, already in MARC-8's bytes)."""
    data, directory = b"", b""
    for tag, *rest in fields:
        if len(rest) == 1:
            body = rest[0].encode("utf-8")
        else:
            indicators, subfields = rest
            body = indicators.encode() + b"".join(
                b"\x1f" + code.encode() + (marc8_title if marc8_title and tag == "245" and code == "a"
                                           else value.encode("utf-8")) for code, value in subfields)
        body += b"\x1e"
        directory += f"{tag}{len(body):04d}{len(data):05d}".encode()
        data += body
    base = 24 + len(directory) + 1
    length = base + len(data) + 1
    leader = f"{length:05d}nam {' ' if marc8_title else 'a'}22{base:05d}   4500".encode()
    return leader + directory + b"\x1e" + data + b"\x1d"


def marc_iso2709(folder: Path) -> list[str]:
    marc8 = [("001", "BPK-7788"), ("008", fixed_008("090512", "2009", "ind")),
             ("082", "04", [("a", "297.122 7")]), ("100", "1 ", [("a", "Shihab, M. Quraish")]),
             ("245", "10", [("a", "Tafsir al-Misbah")]), ("260", "  ", [("a", "Jakarta :"), ("b", "Lentera Hati,"),
                                                                        ("c", "2009.")]),
             ("852", "  ", [("p", "M0003")])]
    path = folder / "katalog.mrc"
    path.write_bytes(b"".join(iso2709(record) for record in MARC_RECORDS) + iso2709(marc8, MIRSBAH_MARC8))
    return ["import", "marc", str(path)]


def marc_text(folder: Path) -> list[str]:
    """MarcEdit's .mrk (INLISLite's "MARC UTF-8" is the same): one field a line, ``\\`` for a blank."""
    text = "\n".join([
        "=LDR  00000nam  2200000   4500", "=001  MRK-0001", "=008  " + fixed_008("080101", "2004", "ind").replace(" ", "\\"),
        "=082  04$a899.221 3$223", "=100  1\\$aEl Shirazy, Habiburrahman",
        "=245  10$aAyat-ayat cinta :$bsebuah novel pembangun jiwa /$cHabiburrahman El Shirazy.",
        "=260  \\\\$aJakarta :$bRepublika,$c2004.", "=852  \\\\$bRak A$pK0001", "",
        "=LDR  00000nam  2200000   4500", "=001  MRK-0002", "=245  10$aArba'in an-Nawawiyah =$bالأربعين النووية",
        "=852  \\\\$pK0002", ""])
    path = folder / "katalog.mrk"
    path.write_text(text, encoding="utf-8")
    return ["import", "marc", str(path)]


def marcxml(folder: Path) -> list[str]:
    def record(fields: list[Field]) -> str:
        out = ["<record>", "<leader>00000nam a2200000   4500</leader>"]
        for tag, *rest in fields:
            if len(rest) == 1:
                out.append(f'<controlfield tag="{tag}">{escape(rest[0])}</controlfield>')
            else:
                indicators, subfields = rest
                out.append(f'<datafield tag="{tag}" ind1="{indicators[0]}" ind2="{indicators[1]}">'
                           + "".join(f'<subfield code="{c}">{escape(v)}</subfield>' for c, v in subfields)
                           + "</datafield>")
        return "\n".join(out + ["</record>"])

    records = [
        [("001", "XML-0001"), ("082", "04", [("a", "899.221 3")]), ("100", "1 ", [("a", "Tere Liye")]),
         ("245", "10", [("a", "Hafalan shalat Delisa")]), ("260", "  ", [("a", "Jakarta :"), ("b", "Republika,"),
                                                                          ("c", "2005.")]),
         ("852", "  ", [("p", "Z0001")])],
        [("001", "XML-0002"), ("082", "04", [("a", "297.3")]), ("245", "10", [("a", "الأذكار النووية")]),
         ("852", "  ", [("p", "Z0002")])],
    ]
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n<collection xmlns="http://www.loc.gov/MARC21/slim">\n'
            + "\n".join(map(record, records)) + "\n</collection>\n")
    path = folder / "katalog.xml"
    path.write_text(text, encoding="utf-8")
    return ["import", "marcxml", str(path)]


# --- INLISLite 3 ------------------------------------------------------------------------------------------


def inlislite_catalogue(folder: Path) -> list[str]:
    """INLISLite 3's Laporan Katalog (PhpSpreadsheet: the ticked columns' labels in row 1; titles in ISBD)."""
    headers = ["No. Kontrol", "BIB ID", "Judul", "Pengarang", "Edisi", "Penerbit", "Tempat Terbit", "Tahun Terbit",
               "Subjek", "Deskripsi Fisik", "ISBN", "No. Panggil", "Bahasa", "Klas DDC", "Abstrak", "Status OPAC"]
    rows = [headers,
            ["INLIS000000000101", "0010-0101000001", "Perahu kertas / Dee Lestari", "Lestari, Dewi", "Cet. 1",
             "Bentang", "Yogyakarta", "2009.", "Novel Indonesia", "444 hlm. ; 20 cm.", "9789791227780",
             "899.221 3 LES p", "ind", "899.221 3", "", "Ya"],
            ["INLIS000000000102", "0010-0101000002", "Bertani cabai di pekarangan / Tim Agro", "Tim Agro", "",
             "Agromedia", "Jakarta", "2016.", "Cabai -- Budidaya", "80 hlm. ; 21 cm.", "", "635.6 TIM b", "ind",
             "635.6", "", "Ya"]]
    path = folder / "Laporan_Katalog_04-12-2026_101112.xlsx"
    write_xlsx(path, [("Laporan Katalog", rows)])
    return ["import", "inlislite", str(path)]


def _inlislite_insert(table: str, row: dict[str, object]) -> str:
    """A row as INLISLite's Backup Data writes it: every value quoted and passed through addslashes, NULL bare."""
    def quoted(value: object) -> str:
        return "NULL" if value is None else "'" + str(value).replace("\\", "\\\\").replace("'", "\\'") + "'"

    return (f"INSERT INTO `{table}` (`{'`,`'.join(row)}`) VALUES\n"
            f"({','.join(quoted(value) for value in row.values())});\n")


def inlislite_backup(folder: Path) -> list[str]:
    """INLISLite 3's own database backup (Setting → Umum → Backup Data): a record with its MARC fields
    (catalog_ruas), one typed before INLISLite kept them (its columns only), their copies, and a member."""
    tables = {
        "catalog_ruas": [dict(ID=i, CatalogId=21, Tag=tag, Indicator1=ind[:1] or None, Indicator2=ind[1:] or None,
                              Value=value, Sequence=i) for i, (tag, ind, value) in enumerate([
            ("001", "", "INLIS000000000000021"), ("035", "##", "$a 0010-1226000021"),
            ("082", "04", "$a 899.221 3"), ("100", "0#", "$a Habiburrahman El Shirazy"),
            ("245", "10", "$a Ayat-ayat cinta :$b sebuah novel pembangun jiwa /$c Habiburrahman El Shirazy"),
            ("260", "##", "$a Jakarta :$b Republika,$c 2004")], start=1)],
        "catalogs": [dict(ID=21, ControlNumber="INLIS000000000000021", BIBID="0010-1226000021",
                          Title="Ayat-ayat cinta : sebuah novel pembangun jiwa / Habiburrahman El Shirazy",
                          DeweyNo="899.221 3", IsOPAC=1, Worksheet_id=1, QUARANTINEDDATE=None),
                     dict(ID=22, ControlNumber="INLIS000000000000022", BIBID="0010-1226000022",
                          Title="Beternak kambing / Tim Penyusun", Author="Tim Penyusun", PublishYear="2015",
                          DeweyNo="636.3", Languages="ind", IsOPAC=1, Worksheet_id=1, QUARANTINEDDATE=None)],
        "collections": [dict(ID=31, NomorBarcode="IN0001", NoInduk="0001/PD/2019", Catalog_id=21, Price="65000.00",
                             Currency="IDR", TanggalPengadaan="2019-03-12 00:00:00", Source_id=1, Status_id=1,
                             Rule_id=1, Category_id=1, Location_id=1, QUARANTINEDDATE=None),
                        dict(ID=32, NomorBarcode="IN0002", NoInduk="0002/PD/2019", Catalog_id=22, Price="0",
                             Source_id=1, Status_id=1, Rule_id=1, Category_id=1, Location_id=1,
                             QUARANTINEDDATE=None)],
        "collectioncategorys": [dict(ID=1, Code="UM", Name="Umum")],
        "collectionrules": [dict(ID=1, Name="Dapat dipinjam")],
        "collectionsources": [dict(ID=1, Code="1", Name="Pembelian")],
        "collectionstatus": [dict(ID=1, Name="Tersedia")],
        "locations": [dict(ID=1, Code="RB", Name="Ruang Baca")],
        "worksheets": [dict(ID=1, Name="Monograf")],
        "jenis_anggota": [dict(id=1, jenisanggota="Umum", MaxPinjamKoleksi=3, MaxLoanDays=7)],
        "members": [dict(ID=41, MemberNo="AG-0041", Fullname="Fatimah Az-Zahra", JenisAnggota_id=1,
                         RegisterDate="2023-01-05", EndDate="2030-01-05", Address="Dusun Krajan")],
    }
    lines = ["-- -------------------------------------------\n", "SET AUTOCOMMIT=0;\n", "START TRANSACTION;\n"]
    names = {table: list(dict.fromkeys(column for row in rows for column in row)) for table, rows in tables.items()}
    for table in sorted(tables):  # (SHOW FULL TABLES: by name; every table created before any row)
        columns = "\n".join(f"  `{column}` varchar(255) DEFAULT NULL," for column in names[table])
        lines.append(f"DROP TABLE IF EXISTS `{table}`;\nCREATE TABLE IF NOT EXISTS `{table}` (\n{columns}\n"
                     f"  PRIMARY KEY (`{names[table][0]}`)\n) ENGINE=InnoDB  DEFAULT CHARSET=utf8;\n\n")
    for table in sorted(tables):
        lines += [_inlislite_insert(table, {column: row.get(column) for column in names[table]})
                  for row in tables[table]]
    lines.append("COMMIT;\n-- -------------------------------------------\n-- END BACKUP\n")
    path = folder / "inlislite_backup_2026_12_04_101112.sql"
    path.write_text("".join(lines), encoding="utf-8")
    return ["import", "inlislite-sql", str(path)]


def members_inlislite_backup(folder: Path) -> list[str]:
    """The member of the same INLISLite backup, read by the members import."""
    return ["members-import", inlislite_backup(folder)[-1]]


# --- members ------------------------------------------------------------------------------------------------


def members_slims(folder: Path) -> list[str]:
    rows = [dict(member_id="F001", member_name="Siti Aminah", gender="0", member_type_name="Umum",
                 member_address="Jl. Mawar 3, Sukamaju", is_new="0", member_phone="081234567890",
                 member_since_date="2020-01-05", register_date="2020-01-05", expire_date="2030-01-05",
                 birth_date="1990-05-01"),
            dict(member_id="F002", member_name="Muhammad Ma'ruf", gender="1", member_type_name="Pelajar",
                 inst_name="SDN 1 Sukamaju", is_new="0", member_since_date="2021-07-19", register_date="2021-07-19",
                 expire_date="2031-07-19", birth_date="2012-03-10")]
    path = folder / "member_export.csv"
    path.write_text(slims_csv(MEMBER_COLUMNS, rows), encoding="utf-8")
    return ["members-import", str(path)]


def members_inlislite(folder: Path) -> list[str]:
    rows = [["Nomor Anggota", "Nama Lengkap", "Tempat Lahir", "Tanggal Lahir", "Alamat", "Telepon", "Kelurahan",
             "RT", "RW", "Nomor Identitas", "Tanggal Registrasi", "Tanggal Berakhir", "Jenis Kelamin",
             "Jenis Anggota"],
            ["AGT-0001", "Dewi Lestari", "Banyuwangi", "14-02-1990", "Dusun Krajan", "081298765432", "Kemiren", "02",
             "01", 3510011402900001, "05-01-2023", "05-01-2026", "Perempuan", "Umum"]]
    path = folder / "Laporan_Anggota_04-12-2026_101112.xlsx"
    write_xlsx(path, [("Laporan Anggota", rows)])
    return ["members-import", str(path)]


def members_by_hand(folder: Path) -> list[str]:
    """A Daftar Anggota kept in Excel: no card numbers, a family's address merged down over its rows."""
    rows = [["DAFTAR ANGGOTA TAMAN BACAAN DESA SUKAMAJU"],
            ["No", "Nama", "L/P", "Tempat, Tgl Lahir", "Alamat", "No. HP", "Pekerjaan"],
            [1, "Budi Santoso", "L", "Klaten, 03-02-1985", "Dusun Krajan RT 01", "0812 3456 7001", "Petani"],
            [2, "Rina Santoso", "P", "Klaten, 11-09-2011", None, "", "Pelajar"],
            [3, "Nur'aini", "P", "Boyolali, 20-12-1995", "Dusun Ngemplak RT 03", "0813-2222-3333", "Guru"]]
    path = folder / "Daftar Anggota.xlsx"
    write_xlsx(path, [("Anggota", rows)], merges=["A1:G1", "E3:E4"])
    return ["members-import", str(path)]


# --- what each import must bring in -------------------------------------------------------------------


@dataclass
class Case:
    name: str
    write: Callable[[Path], list[str]]  # writes the files in a folder; the CLI's arguments after --db DB
    # catalogue: (records added, copies added, copies detailed, rows refused) per plan; members: (added, refused)
    came_in: list[tuple[int, ...]]
    shelf: dict[str, tuple[str, str]] = field(default_factory=dict)  # barcode -> (title, class number)
    members: list[str] = field(default_factory=list)  # names found by ``member search`` afterwards


CASES = [
    Case("SLiMS biblio CSV (an old SLiMS's double UTF-8 mended)", slims_biblio, [(3, 4, 0, 0)],
         {"B0001": ("Laskar Pelangi", "899.2213"), "B0003": (FIQH, "297.4")}),
    Case("SLiMS item CSV", slims_item, [(0, 0, 0, 0)], {"B0002": ("Laskar Pelangi", "899.2213")}),
    Case("SLiMS biblio + item CSV together", slims_pair, [(2, 3, 0, 0), (0, 0, 2, 0)],
         {"P0001": ("Bumi Manusia", "899.2213"), "P0003": ("Ronggeng Dukuh Paruk", "899.2213")}),
    Case("SLiMS export re-saved as xlsx", slims_as_workbook, [(1, 2, 0, 0)],
         {"W0002": ("Negeri 5 Menara", "899.2213")}),
    Case("Excel buku induk (.xlsx)", buku_induk_xlsx, [(3, 3, 0, 0)],
         {"X0001": ("Sang Pemimpi", "899.2213"), "X0002": (TALIM, "297.6")}),
    Case("Excel 97-2003 buku induk (.xls)", buku_induk_xls, [(2, 2, 0, 0)],
         {"Y0001": ("Si Kabayan", "899.232"), "Y0002": (SAFINAH, "297.5")}),
    Case("web page saved as .xls (HTML)", web_page_xls, [(2, 2, 0, 0)],
         {"H0001": ("Sejarah Desa Sukamaju & Sekitarnya", "959.82")}),
    Case("CSV from an old Excel (Windows-1252)", old_excel_csv, [(2, 2, 0, 0)],
         {"C0001": ("Noli Me Tángere", "899.211"), "C0002": ("Kumpulan Cerpen “Senja” – Edisi Baru", "899.2213")}),
    Case("Excel \"Unicode Text\" (UTF-16)", unicode_text, [(2, 2, 0, 0)],
         {"U0001": (QISAS, "297.24"), "U0002": ("Serat Centhini", "899.222")}),
    Case("MARC ISO 2709 (.mrc, UTF-8 and MARC-8)", marc_iso2709, [(3, 3, 0, 0)],
         {"M0001": ("Laskar pelangi", "899.2213"), "M0002": (RIYADH, "297.5"), "M0003": (MIRSBAH, "297.1227")}),
    Case("MARC as text (.mrk)", marc_text, [(2, 2, 0, 0)], {"K0001": ("Ayat-ayat cinta", "899.2213")}),
    Case("MARCXML", marcxml, [(2, 2, 0, 0)],
         {"Z0001": ("Hafalan shalat Delisa", "899.2213"), "Z0002": ("الأذكار النووية", "297.3")}),
    Case("INLISLite Laporan Katalog (.xlsx)", inlislite_catalogue, [(2, 0, 0, 0)]),
    Case("members: SLiMS CSV", members_slims, [(2, 0)], members=["Siti Aminah", "Muhammad Ma'ruf"]),
    Case("members: INLISLite Laporan Anggota", members_inlislite, [(1, 0)], members=["Dewi Lestari"]),
    Case("members: a list kept in Excel", members_by_hand, [(3, 0)], members=["Rina Santoso", "Nur'aini"]),
    Case("INLISLite database backup (.sql)", inlislite_backup, [(2, 2, 0, 0)],
         {"IN0001": ("Ayat-ayat cinta", "899.2213"), "IN0002": ("Beternak kambing", "636.3")}),
    Case("members: INLISLite database backup", members_inlislite_backup, [(1, 0)], members=["Fatimah Az-Zahra"]),
]


# --- xlsx: what Excel writes (shared strings, a date style, merged cells) ------------------------------------


def _column_name(index: int) -> str:
    name = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        name = chr(65 + rest) + name
    return name


def _excel_serial(day: date) -> int:
    return (day - date(1899, 12, 30)).days


def write_xlsx(path: Path, sheets: list[tuple[str, list[Row]]], merges: list[str] = ()) -> None:
    """A workbook as Excel saves it: text in the shared strings, dates as serial numbers with a date style
    (numFmt 14), ``merges`` (A1 ranges) on the first sheet."""
    strings: dict[str, int] = {}
    parts: dict[str, str] = {}
    for number, (_, rows) in enumerate(sheets, start=1):
        lines = []
        for r, row in enumerate(rows, start=1):
            cells = []
            for c, value in enumerate(row):
                ref = f"{_column_name(c)}{r}"
                if value is None or value == "":
                    continue
                if isinstance(value, date):
                    cells.append(f'<c r="{ref}" s="1"><v>{_excel_serial(value)}</v></c>')
                elif isinstance(value, (int, float)):
                    cells.append(f'<c r="{ref}"><v>{value}</v></c>')
                else:
                    index = strings.setdefault(value, len(strings))
                    cells.append(f'<c r="{ref}" t="s"><v>{index}</v></c>')
            lines.append(f'<row r="{r}">{"".join(cells)}</row>')
        merged = (f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges)
                  + "</mergeCells>") if merges and number == 1 else ""
        parts[f"xl/worksheets/sheet{number}.xml"] = (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
            f'<sheetData>{"".join(lines)}</sheetData>{merged}</worksheet>')
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    parts["xl/sharedStrings.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="{main}" count="{len(strings)}" '
        f'uniqueCount="{len(strings)}">' + "".join(f"<si><t>{escape(s)}</t></si>" for s in strings) + "</sst>")
    parts["xl/styles.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="{main}">'
        '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/>'
        '</fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>')
    parts["xl/workbook.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{main}" xmlns:r="{rel}">'
        "<sheets>" + "".join(f'<sheet name="{escape(name)}" sheetId="{n}" r:id="rId{n}"/>'
                             for n, (name, _) in enumerate(sheets, start=1)) + "</sheets></workbook>")
    sheet_type = rel + "/worksheet"
    parts["xl/_rels/workbook.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        + "".join(f'<Relationship Id="rId{n}" Type="{sheet_type}" Target="worksheets/sheet{n}.xml"/>'
                  for n in range(1, len(sheets) + 1))
        + f'<Relationship Id="rId{len(sheets) + 1}" Type="{rel}/styles" Target="styles.xml"/>'
        + f'<Relationship Id="rId{len(sheets) + 2}" Type="{rel}/sharedStrings" Target="sharedStrings.xml"/>'
        + "</Relationships>")
    parts["_rels/.rels"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>')
    content = "application/vnd.openxmlformats-officedocument.spreadsheetml"
    parts["[Content_Types].xml"] = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        f'<Override PartName="/xl/workbook.xml" ContentType="{content}.sheet.main+xml"/>'
        + "".join(f'<Override PartName="/xl/worksheets/sheet{n}.xml" ContentType="{content}.worksheet+xml"/>'
                  for n in range(1, len(sheets) + 1))
        + f'<Override PartName="/xl/styles.xml" ContentType="{content}.styles+xml"/>'
        f'<Override PartName="/xl/sharedStrings.xml" ContentType="{content}.sharedStrings+xml"/></Types>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in ("[Content_Types].xml", "_rels/.rels", "xl/workbook.xml", "xl/_rels/workbook.xml.rels",
                     "xl/styles.xml", "xl/sharedStrings.xml", *sorted(n for n in parts if "worksheets" in n)):
            archive.writestr(name, parts[name])


# --- xls: BIFF8 in a compound document, as Excel 97-2003 saves it ------------------------------------------


def _record(kind: int, data: bytes) -> bytes:
    return struct.pack("<HH", kind, len(data)) + data


def _unicode(text: str, length_bytes: int) -> bytes:
    """A BIFF8 string: its character count, a flags byte (1: UTF-16LE), the characters."""
    return struct.pack("<B" if length_bytes == 1 else "<H", len(text)) + b"\x01" + text.encode("utf-16-le")


def xls_workbook(sheet_name: str, rows: list[Row], merges: list[tuple[int, int, int, int]] = ()) -> bytes:
    """An .xls file of one sheet: the workbook globals (code page, fonts, a dd/mm/yyyy format, the XFs
    Excel writes, the shared strings), then the sheet (text as LABELSST, numbers and dates as NUMBER,
    ``merges`` as (first row, last row, first column, last column)), in an OLE2 compound document."""
    bof = lambda kind: _record(0x0809, struct.pack("<HHHHII", 0x0600, kind, 0x0DBB, 0x07CC, 0x000080C9, 0x0206))  # noqa: E731
    font = _record(0x0031, struct.pack("<HHHHHBBBB", 200, 0, 0x7FFF, 400, 0, 0, 0, 0, 0) + _unicode("Arial", 1))
    day_format = _record(0x041E, struct.pack("<H", 164) + _unicode("dd/mm/yyyy", 2))

    def xf(format_index: int, style: bool) -> bytes:
        kind = 0xFFF5 if style else 0x0001  # (style XF; a cell XF of the Normal style)
        return _record(0x00E0, struct.pack("<HHHBBBBIIH", 0, format_index, kind, 0x20, 0, 0, 0, 0, 0, 0x20C0))

    strings: dict[str, int] = {}
    cells = b""
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            if value is None or value == "":
                continue
            if isinstance(value, date):
                cells += _record(0x0203, struct.pack("<HHHd", r, c, 16, _excel_serial(value)))
            elif isinstance(value, (int, float)):
                cells += _record(0x0203, struct.pack("<HHHd", r, c, 15, float(value)))
            else:
                cells += _record(0x00FD, struct.pack("<HHHI", r, c, 15, strings.setdefault(value, len(strings))))
    sst = _record(0x00FC, struct.pack("<II", len(strings), len(strings))
                  + b"".join(_unicode(s, 2) for s in strings))
    columns = max(len(row) for row in rows)
    sheet = (bof(0x0010) + _record(0x0200, struct.pack("<IIHHH", 0, len(rows), 0, columns, 0)) + cells
             + (_record(0x00E5, struct.pack("<H", len(merges)) + b"".join(struct.pack("<HHHH", *m) for m in merges))
                if merges else b"") + _record(0x000A, b""))
    fonts = font * 4  # (Excel writes four, and font 4 does not exist: the fifth is numbered 5)
    xfs = b"".join(xf(0, True) for _ in range(15)) + xf(0, False) + xf(164, False)
    name = _unicode(sheet_name, 1)

    def globals_(sheet_offset: int) -> bytes:
        return (bof(0x0005) + _record(0x0042, struct.pack("<H", 1200)) + fonts + day_format + xfs
                + _record(0x0293, struct.pack("<HBB", 0x8000, 0, 0xFF))  # the Normal style
                + _record(0x0085, struct.pack("<IBB", sheet_offset, 0, 0) + name) + sst + _record(0x000A, b""))

    offset = len(globals_(0))
    stream = globals_(offset) + sheet
    return _compound_document("Workbook", stream)


def _compound_document(name: str, stream: bytes) -> bytes:
    """One stream in an OLE2 compound document (512-byte sectors): the stream padded to 4096 bytes (so it
    lives in the big sectors, as Excel's does), then the directory sector, then the FAT sector."""
    stream = stream.ljust(max(4096, -(-len(stream) // 512) * 512), b"\x00")
    stream_sectors = len(stream) // 512
    directory_sector, fat_sector = stream_sectors, stream_sectors + 1
    end, free = 0xFFFFFFFE, 0xFFFFFFFF
    fat = [n + 1 for n in range(stream_sectors - 1)] + [end, end, 0xFFFFFFFD]
    fat += [free] * (128 - len(fat))

    def entry(entry_name: str, kind: int, child: int, start: int, size: int) -> bytes:
        encoded = (entry_name + "\x00").encode("utf-16-le") if entry_name else b""
        return (encoded.ljust(64, b"\x00") + struct.pack("<HBBIII", len(encoded), kind, 1, free, free, child)
                + b"\x00" * 36 + struct.pack("<III", start, size, 0))

    directory = (entry("Root Entry", 5, 1, end, 0) + entry(name, 2, free, 0, len(stream))
                 + entry("", 0, free, free, 0) * 2)
    header = (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16
              + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6) + b"\x00" * 6
              + struct.pack("<IIIIIIIII", 0, 1, directory_sector, 0, 4096, end, 0, end, 0)
              + struct.pack("<I", fat_sector) + struct.pack("<I", free) * 108)
    return header + stream + directory + struct.pack("<128I", *fat)
