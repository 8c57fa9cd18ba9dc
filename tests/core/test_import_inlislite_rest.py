"""A village library moving in from INLISLite 3.0-3.2 (read from pizaini/inlislite) keeps the barcodes already on
its books: its Buku Induk has none, but *Laporan Koleksi -> Periodik*, Export -> "Open-Office-Excel-data" (OpenTBS
filling laporan-koleksi-periodik-data.ods) lists each copy's "Nomor Induk" beside its "Nomor Barcode", with the
description in one "Data Bibliografis" cell. Its "Excel-data" (Laporan_Periodik_Data.xls) writes the barcode under
"Nomer Induk" too, and is refused with what to export instead. INLISLite set to English writes English headers."""

from __future__ import annotations

import zipfile
from datetime import date
from xml.sax.saxutils import escape

import pytest

from pustaka_desktop.core.errors import ValidationError
from pustaka_desktop.core.interop import importer, inlislite, readers, sheets, spreadsheet
from pustaka_desktop.core.store.models import Item, Record

from .test_import_inlislite_more import LASKAR, RONGGENG, buku_induk

PERIODIK = ["No.", "Nomor Induk", "Data Bibliografis", "Nomor Panggil", "Tanggal Pengadaan", "Sumber Perolehan",
            "Jenis Bahan", "Bentuk Fisik", "Kategori", "Jenis Akses", "Harga", "Nomor Barcode", "Nomor RFID"]
PERIODIK_EN = ["No.", "Nomor Induk", "Bibliografis", "Call Number", "Procurement Date", "Resource", "Source Type",
               "Physical Format", "Category", "Access Type", "Price", "Barcode Number", "RFID"]
_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
       'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
       'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"')


def _cell(value):
    if isinstance(value, list):  # the template's "Data Bibliografis": one paragraph each, the empty ones too
        return "<table:table-cell office:value-type=\"string\">" + "".join(
            f"<text:p>{escape(line)}</text:p>" if line else "<text:p/>" for line in value) + "</table:table-cell>"
    if value in ("", None):
        return "<table:table-cell/>"
    return f'<table:table-cell office:value-type="string"><text:p>{escape(str(value))}</text:p></table:table-cell>'


def periodik_ods(path, rows, headers=PERIODIK):
    """actionExportExcelOdtKoleksiPeriodikData: the template's title lines (merged across), its header, a row per
    copy (every value a string: OpenTBS writes text), then the sheet's empty end repeated as LibreOffice keeps it."""
    xml = [f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_NS}><office:body><office:spreadsheet>'
           '<table:table table:name="Sheet1"><table:table-column table:number-columns-repeated="13"/>']
    for line in ("Laporan Detail Data Tahunan", "Pengadaan Koleksi periode 2019 s/d 2020", "Berdasarkan Tahun"):
        xml.append(f'<table:table-row><table:table-cell table:number-columns-spanned="4" office:value-type="string">'
                   f'<text:p>{line}</text:p></table:table-cell><table:covered-table-cell '
                   f'table:number-columns-repeated="3"/></table:table-row>')
    xml.append('<table:table-row><table:table-cell table:number-columns-repeated="13"/></table:table-row>')
    xml.append("<table:table-row>" + "".join(_cell(h) for h in headers) + "</table:table-row>")
    for number, row in enumerate(rows, 1):
        xml.append("<table:table-row>" + "".join(_cell(v) for v in [number, *row]) +
                   '<table:table-cell table:number-columns-repeated="1011"/></table:table-row>')
    xml.append('<table:table-row table:number-rows-repeated="1048560"><table:table-cell '
               'table:number-columns-repeated="1024"/></table:table-row></table:table>')
    xml.append("</office:spreadsheet></office:body></office:document-content>")
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("META-INF/manifest.xml", '<?xml version="1.0"?><manifest:manifest '
                         'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>')
        archive.writestr("content.xml", "".join(xml))
    return path


def bib(title, edition, place, publisher, year, subject, ddc):
    """The cell's paragraphs: [a.data] / (empty) / [a.data2] / [a.data3] [a.data4] [a.data5] / [a.data6] / [a.data7]."""
    return [title, "", edition, f"{place} {publisher} {year}".strip(), subject, ddc]


LASKAR_BIB = bib("Laskar pelangi / Andrea Hirata", "Cet. 5", "Yogyakarta", "Bentang", "2008", "Novel Indonesia",
                 "899.221 3")
RONGGENG_BIB = bib("Ronggeng Dukuh Paruk / Ahmad Tohari", "", "Jakarta", "Gramedia Pustaka Utama", "2003",
                   "Fiksi Indonesia", "899.221")
COPIES = [["001/PD/2019", LASKAR_BIB, "899.221 3 HIR l", "2019-03-12 00:00:00", "Pembelian", "Monograf", "Buku",
           "Umum", "Dapat dipinjam", "45000", "00012345", ""],
          ["002/PD/2019", LASKAR_BIB, "899.221 3 HIR l", "2019-03-12 00:00:00", "Pembelian", "Monograf", "Buku",
           "Umum", "Tidak dapat dipinjam", "45000", "00012346", ""],
          ["003/PD/2020", RONGGENG_BIB, "899.221 TOH r", "2020-08-05 00:00:00", "Hadiah/Hibah", "Monograf", "Buku",
           "Umum", "Dapat dipinjam", "65000", "00012400", ""]]


def test_the_periodik_ods_gives_the_buku_induk_copies_the_barcodes_on_the_books(lib, librarian, tmp_path):
    induk = buku_induk(tmp_path / "Laporan_Buku_Induk.xls", [
        ["2019-03-12 00:00:00", "001/PD/2019", *LASKAR], ["2019-03-12 00:00:00", "002/PD/2019", *LASKAR],
        ["2020-08-05 00:00:00", "003/PD/2020", *RONGGENG]])
    importer.import_file(lib, librarian, "inlislite", induk)
    made = {i.accession_no: i.barcode for i in Item.select()}
    assert "00012345" not in made.values()  # (the Buku Induk has no barcode: this library made its own)
    path = periodik_ods(tmp_path / "laporan-koleksi-periodik-data.ods", COPIES)
    assert spreadsheet.known_export(path) == "inlislite"  # what the wizard switches to
    assert readers.fitting_format(path, "xlsx") == "xlsx"
    result = importer.import_file(lib, librarian, "xlsx", path)  # (the wizard's "Excel" reads it as INLISLite's)
    assert (result.records_add, result.items_add, result.items_update, result.bad) == (0, 0, 3, [])
    first = Item.get(Item.accession_no == "001/PD/2019")
    assert (first.barcode, first.call_number, first.status) == ("00012345", "899.221 3 HIR l", "available")
    assert Item.get(Item.accession_no == "002/PD/2019").barcode == "00012346"
    assert Item.get(Item.accession_no == "003/PD/2020").barcode == "00012400"
    laskar = Record.get(Record.title == "Laskar pelangi")
    # what the Buku Induk lacks comes in; place and publisher, joined in the cell, stay as the Buku Induk wrote them
    assert (laskar.ddc, laskar.place, laskar.publisher, Record.select().count()) == (
        "899.2213", "Yogyakarta", "Bentang", 2)
    assert "Novel Indonesia" in laskar.subjects
    again = importer.import_file(lib, librarian, "inlislite", path)
    assert (again.records_add, again.items_add, again.records_update, again.items_update) == (0, 0, 0, 0)


def test_the_periodik_ods_alone_brings_records_and_copies_with_both_numbers(lib, librarian, tmp_path):
    path = periodik_ods(tmp_path / "laporan-koleksi-periodik-data.ods", COPIES)
    result = importer.import_file(lib, librarian, "inlislite", path)
    assert (result.records_add, result.items_add, result.bad) == (2, 3, [])
    ronggeng = Record.get(Record.title == "Ronggeng Dukuh Paruk")
    assert (ronggeng.place, ronggeng.publisher, ronggeng.year_text, ronggeng.ddc) == (
        "Jakarta", "Gramedia Pustaka Utama", "2003", "899.221")
    copy = Item.get(Item.barcode == "00012346")
    assert (copy.accession_no, copy.status, copy.received_on) == ("002/PD/2019", "not_for_loan", date(2019, 3, 12))
    again = importer.import_file(lib, librarian, "inlislite", path)
    assert (again.records_add, again.items_add, again.items_update) == (0, 0, 0)


def test_the_periodik_ods_of_inlislite_in_english_is_read_the_same(lib, librarian, tmp_path):
    path = periodik_ods(tmp_path / "laporan-koleksi-periodik-data.ods", COPIES[:1], PERIODIK_EN)
    assert spreadsheet.known_export(path) == "inlislite"
    result = importer.import_file(lib, librarian, "inlislite", path)
    assert (result.records_add, result.items_add, result.bad) == (1, 1, [])
    assert Item.get(Item.barcode == "00012345").accession_no == "001/PD/2019"


def test_the_periodik_excel_data_is_refused_naming_the_export_to_take_instead(lib, librarian, tmp_path):
    """actionExportExcelKoleksiPeriodikData echoes NomorBarcode under "Nomer Induk" and "Nomer Barcode" alike."""
    headers = ["No.", "Nomer Induk", "Data Bibliografis", "Nomer Panggil", "Tanggal Pengadaan", "Sumber Perolehan",
               "Jenis Bahan", "Bentuk Fisik", "Kategori", "Jenis Akses", "Harga", "Nomer Barcode", "Nomer RFID"]
    cell = "<b>Laskar pelangi / Andrea Hirata</b><br/><br/>Cet. 5<br/>Yogyakarta Bentang 2008<br/>Novel<br/>899.221"
    html = ['<table border="0" align="center"><tr><th colspan="13">Laporan Detail Data Tahunan</th></tr></table>',
            '<table border="1" align="center"><tr>' + "".join(f"<th>{h}</th>" for h in headers) + "</tr>",
            f'<tr align="center"><td>1</td><td>00012345</td><td>{cell}</td><td>899.221 HIR l</td>'
            "<td>2019-03-12 00:00:00</td><td>Pembelian</td><td>Monograf</td><td>Buku</td><td>Umum</td>"
            "<td>Dapat dipinjam</td><td>45000</td><td>00012345</td><td></td></tr></table>"]
    path = tmp_path / "Laporan_Periodik_Data.xls"
    path.write_text("".join(html), encoding="utf-8")
    assert spreadsheet.known_export(path) == "inlislite"
    with pytest.raises(ValidationError) as refused:
        importer.import_file(lib, librarian, "inlislite", path)
    assert refused.value.template == inlislite.PERIODIK_EXCEL
    assert Record.select().count() == 0


def test_the_buku_induk_of_inlislite_in_english_is_known_and_read(lib, librarian, tmp_path):
    english = ["No.", "Procurement Date", "Nomer Induk", "Source Type", "Physical Format", "Title", "Author",
               "Edition", "Publish Location", "Publisher", "Publish Year", "Physical Description", "Source Type",
               "Acquisition Resource", "Category", "ISBN", "ISSN", "Price"]
    assert inlislite.recognise(english)
    keys = inlislite._keys(english)
    assert (keys[3], keys[12]) == ("material_type", "source")  # the worksheet, then the source
    # (the OPAC export, English too, stays a catalogue: its rows are no copies)
    assert not set(inlislite._keys(["ID", "BIBID", "Title", "Author", "Publisher", "Call Number"])) & {"barcode"}
    assert not any(h.lower() in inlislite.COPY_ONLY_LABELS for h in ["Title", "Author", "Publisher", "Call Number"])


def test_an_ods_workbook_is_read_not_refused(tmp_path):
    path = periodik_ods(tmp_path / "buku.ods", [["7", bib("Judul", "", "", "", "", "", ""), "", "", "", "", "", "",
                                                 "", "", "B7", ""]])
    assert sheets.kind_of(path) == "ods"
    rows = list(sheets.first_sheet(path))
    assert (rows[0], rows[3]) == (["Laporan Detail Data Tahunan"], [])
    assert rows[4][:2] == ["No.", "Nomor Induk"]
    assert rows[5][1:3] == ["7", "Judul"] and rows[5][11] == "B7"
    assert len(rows) == 6  # (the million empty rows at the sheet's end are not made)
