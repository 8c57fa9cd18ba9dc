"""A village library moving in from INLISLite by its MARC export. What INLISLite writes (read from its source):
- 3.0-3.2 (pizaini/inlislite, ``MarcHelpers::Export``/``MultipleExport``): every row the catalogue keeps in
  ``catalog_ruas``, in the order they were saved, by File_MARC (a blank leader with only the lengths, ``22`` and
  ``4500`` set, UTF-8): ``001`` INLIS + 15 digits (the Control Number), ``005``, ``035 ## $a`` the BIB ID, the
  description, then one ``990 ## $a <No. Induk>`` per copy (written by the cataloguing form whenever a copy is
  saved). No barcode. Its MARCXML the same fields, ``<record xmlns=...>`` inside ``<collection>``.
- 3.3 (INLISLite-Perpusnas/INLISLIteV33, ``Opac::downloadMarcUtf8``/``downloadMarcXml``): the same rows of one
  record, as text (``=990  ##$$a 001/PD/2019``: the stored value begins with its own ``$``) or XML; a library that
  came up from 3.2 keeps its 990s, 3.3 writes none of its own.
- *Katalog -> Export Data Tag* (``KatalogExportDataTagController``, ``SemuaDataKatalog.xls``): the same rows as an
  HTML table saved as .xls, ``No | Judul | Katalog ID | Tag | Indicator 1 | Indicator 2 | Value`` (``$a ...``)."""

from __future__ import annotations

from xml.sax.saxutils import escape

import pytest

from pustaka_desktop.core.community import members
from pustaka_desktop.core.interop import importer, member_import, spreadsheet
from pustaka_desktop.core.store.models import Item, Member, Record

from .test_import_inlislite_more import member_report
from .test_import_inlislite_rest import COPIES, periodik_ods

FT, RT, SF = b"\x1e", b"\x1d", b"\x1f"

# (tag, indicators, value) as catalog_ruas keeps them: control fields a string, data fields [(code, value)]
LASKAR_RUAS = [
    ("001", None, "INLIS000000000000012"),
    ("005", None, "20190312101530"),
    ("035", "##", [("a", "0010-0319000012")]),
    ("008", None, "190312s2008####io######r#####000#0#ind#d"),
    ("020", "##", [("a", "9789793062792")]),
    ("082", "##", [("a", "899.221 3")]),
    ("084", "##", [("a", "899.221 3 HIR l")]),
    ("100", "0#", [("a", "Andrea Hirata")]),
    ("245", "10", [("a", "Laskar pelangi /"), ("c", "Andrea Hirata")]),
    ("250", "##", [("a", "Cet. 5")]),
    ("260", "##", [("a", "Yogyakarta :"), ("b", "Bentang,"), ("c", "2008")]),
    ("300", "##", [("a", "xiv, 529 hlm. ;"), ("c", "20 cm")]),
    ("650", "#4", [("a", "Novel Indonesia")]),
    ("990", "##", [("a", "001/PD/2019")]),
    ("990", "##", [("a", "002/PD/2019")]),
]
RONGGENG_RUAS = [
    ("001", None, "INLIS000000000000013"),
    ("005", None, "20200805090000"),
    ("035", "##", [("a", "0010-0820000001")]),
    ("100", "1#", [("a", "Tohari, Ahmad")]),
    ("245", "10", [("a", "Ronggeng Dukuh Paruk /"), ("c", "Ahmad Tohari")]),
    ("260", "##", [("a", "Jakarta :"), ("b", "Gramedia Pustaka Utama,"), ("c", "2003")]),
    ("990", "##", [("a", "003/PD/2020")]),
]


def file_marc_raw(ruas) -> bytes:
    """File_MARC_Record::toRaw as MarcHelpers::Export calls it: a leader of spaces given only its lengths, '22' and
    '4500'; '#' in an indicator (and '#', '*' in a control field) written as a space."""
    directory, body = b"", b""
    for tag, indicators, value in ruas:
        if indicators is None:
            data = value.replace("#", " ").replace("*", " ").encode() + FT
        else:
            data = indicators.replace("#", " ").encode() + b"".join(
                SF + code.encode() + text.encode() for code, text in value) + FT
        directory += tag.encode() + b"%04d%05d" % (len(data), len(body))
        body += data
    base = 24 + len(directory) + 1
    total = base + len(body) + 1
    leader = b"%05d" % total + b"     22" + b"%05d" % base + b"   4500"
    return leader + directory + FT + body + RT


def test_inlislite_marc_export_brings_each_copy_with_its_no_induk(lib, librarian, tmp_path):
    path = tmp_path / "All_Record.mrc"
    path.write_bytes(file_marc_raw(LASKAR_RUAS) + file_marc_raw(RONGGENG_RUAS))
    result = importer.import_file(lib, librarian, "marc", path)
    assert (result.records_add, result.items_add, result.bad) == (2, 3, [])
    assert sorted(i.accession_no for i in Item.select()) == ["001/PD/2019", "002/PD/2019", "003/PD/2020"]
    assert {i.record.title for i in Item.select()} == {"Laskar pelangi", "Ronggeng Dukuh Paruk"}
    assert Record.select().count() == 2


def test_the_periodik_ods_then_gives_those_copies_their_barcodes_and_nothing_doubles(lib, librarian, tmp_path):
    path = tmp_path / "All_Record.mrc"
    path.write_bytes(file_marc_raw(LASKAR_RUAS) + file_marc_raw(RONGGENG_RUAS))
    importer.import_file(lib, librarian, "marc", path)
    again = importer.import_file(lib, librarian, "marc", path)
    assert (again.records_add, again.items_add, again.records_update, again.items_update) == (0, 0, 0, 0)
    ods = periodik_ods(tmp_path / "laporan-koleksi-periodik-data.ods", COPIES)
    result = importer.import_file(lib, librarian, "inlislite", ods)
    assert (result.records_add, result.items_add, result.items_update, result.bad) == (0, 0, 3, [])
    assert {i.accession_no: i.barcode for i in Item.select()} == {
        "001/PD/2019": "00012345", "002/PD/2019": "00012346", "003/PD/2020": "00012400"}
    assert Item.get(Item.barcode == "00012346").status == "not_for_loan"
    last = importer.import_file(lib, librarian, "marc", path)
    assert (last.records_add, last.items_add, last.items_update) == (0, 0, 0)
    assert Item.select().count() == 3 and Record.select().count() == 2


def file_marc_xml(records) -> str:
    """MarcHelpers::MultipleExport 'marcxml': each record's toXML(single=false) (a leader of spaces with only 'n'
    and 'a' set) inside toXMLMultiple's <collection>, indented by XMLWriter."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<collection xmlns="http://www.loc.gov/MARC21/slim">']
    for ruas in records:
        out += [' <record xmlns="http://www.loc.gov/MARC21/slim">', "  <leader>     na                 </leader>"]
        for tag, indicators, value in ruas:
            if indicators is None:
                out.append(f'  <controlfield tag="{tag}">{escape(value.replace("#", " "))}</controlfield>')
                continue
            ind = indicators.replace("#", " ")
            out.append(f'  <datafield tag="{tag}" ind1="{ind[0]}" ind2="{ind[1]}">')
            out += [f'   <subfield code="{code}">{escape(text)}</subfield>' for code, text in value]
            out.append("  </datafield>")
        out.append(" </record>")
    out.append("</collection>")
    return "\n".join(out) + "\n"


def ruas_value(value) -> str:
    """catalog_ruas.Value as INLISLite stores a data field: '$a 0010-0319000012' (a space after each code, as 3.2
    writes its 035 and 990)."""
    return "".join(f"${code} {text}" for code, text in value)


def marc_utf8(ruas) -> str:
    """Opac::downloadMarcUtf8 (3.3): '=LDR', then '={tag}  {ind1}{ind2}$' + the stored value (which begins with its
    own '$'); a control field's value as stored; '#' indicators as stored."""
    lines = ["=LDR  00000nam  2200000   4500"]
    for tag, indicators, value in ruas:
        lines.append(f"={tag}  {value}" if indicators is None else f"={tag}  {indicators}${ruas_value(value)}")
    return "\n".join(lines) + "\n"


def opac_marc_xml(ruas) -> str:
    """Opac::downloadMarcXml (3.3): DOMDocument with formatOutput, one record, '#' indicators as stored, each
    subfield of the stored value split on '$' and trimmed."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>', '<collection xmlns="http://www.loc.gov/MARC21/slim">',
           "  <record>", "    <leader>00000nam  2200000   4500</leader>"]
    for tag, indicators, value in ruas:
        if indicators is None:
            out.append(f'    <controlfield tag="{tag}">{escape(value)}</controlfield>')
            continue
        out.append(f'    <datafield tag="{tag}" ind1="{indicators[0]}" ind2="{indicators[1]}">')
        out += [f'      <subfield code="{code}">{escape(text.strip())}</subfield>' for code, text in value]
        out.append("    </datafield>")
    out += ["  </record>", "</collection>"]
    return "\n".join(out) + "\n"


@pytest.mark.parametrize("variant", ["3.2 marcxml", "3.3 marc utf-8", "3.3 marcxml"])
def test_every_inlislite_marc_download_brings_the_copies(lib, librarian, tmp_path, variant):
    if variant == "3.2 marcxml":
        path, fmt = tmp_path / "All_Record.xml", "marcxml"
        path.write_text(file_marc_xml([LASKAR_RUAS, RONGGENG_RUAS]), encoding="utf-8")
    elif variant == "3.3 marc utf-8":
        path, fmt = tmp_path / "MARC_12_UTF8.txt", "marc"
        path.write_text(marc_utf8(LASKAR_RUAS) + marc_utf8(RONGGENG_RUAS), encoding="utf-8")
    else:
        path, fmt = tmp_path / "MARC_12_XML.xml", "marcxml"
        path.write_text(opac_marc_xml(LASKAR_RUAS), encoding="utf-8")
    result = importer.import_file(lib, librarian, fmt, path)
    laskar = Record.get(Record.title == "Laskar pelangi")
    assert (laskar.publisher, laskar.language, result.bad) == ("Bentang", "ind", [])
    assert sorted(i.accession_no for i in laskar.items) == ["001/PD/2019", "002/PD/2019"]
    again = importer.import_file(lib, librarian, fmt, path)
    assert (again.records_add, again.items_add, again.items_update) == (0, 0, 0)


def test_a_990_of_another_system_is_no_copy(lib, librarian, tmp_path):
    """990 is a local field: only INLISLite's records (001 INLIS...) give copies by it."""
    other = [("001", None, "b1234567"), *LASKAR_RUAS[3:]]
    path = tmp_path / "koha.mrc"
    path.write_bytes(file_marc_raw(other))
    result = importer.import_file(lib, librarian, "marc", path)
    assert (result.records_add, result.items_add) == (1, 0)


DATA_TAG = ["No", "Judul", "Katalog ID", "Tag", "Indicator 1", "Indicator 2", "Value"]


def export_data_tag(path, catalogues):
    """KatalogExportDataTagController::actionTemplateExportExcel: a <style> block, one table, a row per catalog_ruas
    row in the order saved ('No' and 'Judul' on the 001 row only, indicators as stored: '#'), the value as stored
    ('$a ...'), nothing escaped, an empty <tr></tr> after each catalogue."""
    out = ["<style> \n                .num {\n                  mso-number-format:General;\n                }\n"
           "                .text{\n                  mso-number-format:\"\\@\";/*force text*/\n                }\n"
           "                </style>", '<table border="1" align="center">\n                <tr>']
    out += [f"<th>{label}</th>" for label in DATA_TAG]
    out.append("</tr>")
    for number, (catalog_id, title, ruas) in enumerate(catalogues, 1):
        for tag, indicators, value in ruas:
            first = tag == "001"
            cells = [("text", number if first else ""), ("text", title if first else ""), ("text", catalog_id),
                     ("text", tag), ("num", indicators[0] if indicators else ""),
                     ("num", indicators[1] if indicators else ""),
                     ("text", value if indicators is None else ruas_value(value))]
            out.append("<tr>" + "".join(f'<td class="{kind}">{text}</td>' for kind, text in cells) + "</tr>")
        out.append("<tr></tr>")
    out.append("</table>")
    path.write_text("".join(out), encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", ["inlislite", "xlsx"])
def test_export_data_tag_is_read_as_the_marc_records_it_lists(lib, librarian, tmp_path, fmt):
    path = export_data_tag(tmp_path / "SemuaDataKatalog.xls", [
        (12, "Laskar pelangi / Andrea Hirata", LASKAR_RUAS), (13, "Ronggeng Dukuh Paruk / Ahmad Tohari", RONGGENG_RUAS)])
    assert spreadsheet.known_export(path) == "inlislite"  # what the wizard switches to, whatever was chosen
    result = importer.import_file(lib, librarian, fmt, path)
    assert (result.records_add, result.items_add, result.bad) == (2, 3, [])
    laskar = Record.get(Record.title == "Laskar pelangi")
    assert (laskar.responsibility, laskar.publisher, laskar.place, laskar.year_text, laskar.isbn, laskar.language) == (
        "Andrea Hirata", "Bentang", "Yogyakarta", "2008", "9789793062792", "ind")
    assert "Andrea Hirata" in laskar.authors and "Novel Indonesia" in laskar.subjects
    assert sorted(i.accession_no for i in laskar.items) == ["001/PD/2019", "002/PD/2019"]
    # INLISLite's MARC export of the same catalogue finds the same books: nothing twice
    mrc = tmp_path / "All_Record.mrc"
    mrc.write_bytes(file_marc_raw(LASKAR_RUAS) + file_marc_raw(RONGGENG_RUAS))
    again = importer.import_file(lib, librarian, "marc", mrc)
    assert (again.records_add, again.items_add, again.items_update) == (0, 0, 0)
    assert (Record.select().count(), Item.select().count()) == (2, 3)


def test_a_member_inlislite_did_not_lend_to_comes_in_blocked_and_stays_as_the_desk_leaves_it(lib, librarian, tmp_path):
    """INLISLite lends only to members whose Status Keanggotaan is "Aktif" (SirkulasiHelpers: StatusAnggota_id 3)."""
    row = ["12-03-2019", "0010190300003", "Wahyu Nugroho", "Laki-laki", "Sleman & 01-02-1985", "34", "KTP", "",
           "Dusun Krapyak RT 01 RW 05", "Sleman", "DI Yogyakarta", "", "", "Umum", "Petani", "SMP", "", "", "",
           "Tidak Aktif", "31-December-2099", "0"]
    active = [*row[:1], "0010190300004", "Sri Lestari", "Perempuan", *row[4:19], "Aktif", *row[20:]]
    path = member_report(tmp_path / "Laporan_Periodik_Data.xls", [row, active])
    result = member_import.import_members(lib, librarian, path)
    assert (result.add, result.bad, result.inactive) == (2, [], 1)
    wahyu = Member.get(Member.number == "0010190300003")
    assert wahyu.blocked and "Tidak Aktif" in wahyu.blocked_reason and "Status Keanggotaan" not in wahyu.notes
    assert not Member.get(Member.number == "0010190300004").blocked
    members.unblock(lib, librarian, wahyu)  # the librarian knows him active again: the next import leaves him so
    again = member_import.import_members(lib, librarian, path)
    assert (again.add, again.update, again.bad) == (0, 0, [])
    assert not Member.get(Member.number == "0010190300003").blocked


CATALOGUE_ROWS = [  # the same two records, as INLISLite 3.3's catalogue report lists them (No. Kontrol = MARC 001)
    ["INLIS000000000000012", "0010-0319000012", "Laskar pelangi / Andrea Hirata", "Andrea Hirata", "Cet. 5", "Bentang",
     "Yogyakarta", "2008", "9789793062792", "899.221 3 HIR l", "899.221 3"],
    ["INLIS000000000000013", "0010-0820000001", "Ronggeng Dukuh Paruk / Ahmad Tohari", "Tohari, Ahmad", "",
     "Gramedia Pustaka Utama", "Jakarta", "2003", "", "", ""]]


@pytest.mark.parametrize("marc_first", [False, True])
def test_the_catalogue_report_and_the_marc_export_of_one_catalogue_make_each_book_once(lib, librarian, tmp_path,
                                                                                     marc_first):
    """INLISLite numbers a record twice: the catalogue report keys it by its BIB ID, the MARC export by its Control
    Number (001, with the BIB ID in 035). A library that brings both (the report for its columns, the MARC for the
    copies' No. Induk) gets each book once, whichever came first, and a second import changes nothing."""
    from .test_import_inlislite_more import CATALOGUE, report

    marc = tmp_path / "All_Record.mrc"
    marc.write_bytes(file_marc_raw(LASKAR_RUAS) + file_marc_raw(RONGGENG_RUAS))
    catalogue = report(tmp_path / "Laporan_Katalog.xlsx", CATALOGUE, CATALOGUE_ROWS, title="Laporan Katalog")
    files = [("marc", marc), ("inlislite", catalogue)]
    for fmt, path in files if marc_first else files[::-1]:
        importer.import_file(lib, librarian, fmt, path)
    assert Record.select().count() == 2
    assert sorted(i.accession_no for i in Item.select()) == ["001/PD/2019", "002/PD/2019", "003/PD/2020"]
    for fmt, path in files:
        again = importer.import_file(lib, librarian, fmt, path)
        assert (again.records_add, again.records_update, again.items_add) == (0, 0, 0)
