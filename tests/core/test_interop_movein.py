"""Moving in without loss: real catalogues from SLiMS, national-library MARC, INLISLite and Excel come
in whole. The fixtures are written here the way those systems write them (SLiMS 9's CSV writer and
File_MARC, INLISLite 3's PhpSpreadsheet report and fputcsv OPAC export, a buku induk typed in Excel),
with the quirks of real village catalogues: KDT class numbers, Arabic titles, old spellings, a wrong
ISBN printed in a book, two editions, two volumes."""

from __future__ import annotations

import json
from datetime import date

import pymarc
import pytest
from openpyxl import Workbook
from pymarc import Field, Indicators, Subfield

from pustaka_desktop.core.catalog import records, review
from pustaka_desktop.core.catalog.copies import add_item
from pustaka_desktop.core.errors import Cancelled
from pustaka_desktop.core.interop import importer, marc_writer
from pustaka_desktop.core.store.models import CollectionType, Item, Record
from tests.core import interop_fixtures

empty_lib_factory = interop_fixtures.empty_lib_factory  # a fixture

SLIMS_BIBLIO = ("title", "gmd_name", "edition", "isbn_issn", "publisher_name", "publish_year", "collation",
                "series_title", "call_number", "language_name", "place_name", "classification", "notes", "image",
                "sor", "authors", "topics", "item_code")


def slims9_csv(rows: list[dict[str, str]]) -> str:
    """SLiMS 9's Csv\\Row::generate: every field (and the header) in quotes, quotes doubled, line breaks
    as the two characters \\n, one LF after each row."""
    def line(values):
        return ",".join('"' + v.replace('"', '""') + '"' for v in values) + "\n"
    return line(SLIMS_BIBLIO) + "".join(line([r.get(c, "") for c in SLIMS_BIBLIO]) for r in rows)


VILLAGE = [
    # 2: a KDT class number with its segmentation space, the language as SLiMS names it
    dict(title="Laskar pelangi", gmd_name="Text", isbn_issn="978-979-3062-79-2", publisher_name="Bentang Pustaka",
         publish_year="2008", call_number="899.221 3 HIR l", language_name="Indonesia", classification="899.221 3",
         authors="<Hirata, Andrea>", topics="<Novel Indonesia>", item_code="<B001><B002>"),
    # 3: Arabic, Perpusnas's Islam expansion
    dict(title="الفقه الإسلامي وأدلته", language_name="Arab", classification="2X4.1", publish_year="1985",
         authors="<Az-Zuhaili, Wahbah>", item_code="<B003>"),
    # 4: an old spelling, Javanese, a segmented folklore number
    dict(title="Tjerita rakjat dari Djawa Timoer", language_name="Jawa", classification="398.209 598",
         publish_year="1958", publisher_name="Balai Pustaka", authors="<Soedjito>", item_code="<B004>"),
    # 5: the ISBN printed in the book has a wrong check digit; a prime for the segmentation mark
    dict(title="Bekisar merah", isbn_issn="9789792278874", classification="899.221'3", publish_year="1993",
         authors="<Tohari, Ahmad>", item_code="<B005>"),
    # 6: another book with the same ISBN as row 2 (reused by the publisher): never merged
    dict(title="Sang pemimpi", isbn_issn="978-979-3062-79-2", classification="899.221 3", publish_year="2006",
         authors="<Hirata, Andrea>", item_code="<B006>"),
    # 7, 8: two editions of one title
    dict(title="Ronggeng dukuh paruk", edition="Cet. 1", publish_year="2003", classification="899.221 3",
         authors="<Tohari, Ahmad>", item_code="<B007>"),
    dict(title="Ronggeng dukuh paruk", edition="Cet. 5", publish_year="2011", classification="899.221 3",
         authors="<Tohari, Ahmad>", item_code="<B008>"),
    # 9, 10: two volumes
    dict(title="Ensiklopedia Islam Jilid 1", classification="297.03", authors="<Tim Redaksi>", item_code="<B009>"),
    dict(title="Ensiklopedia Islam Jilid 2", classification="297.03", authors="<Tim Redaksi>", item_code="<B010>"),
    # 11: a fiction prefix in front of the class
    dict(title="Negeri 5 menara", classification="F 899.221 3", language_name="Bahasa Indonesia",
         authors="<Fuadi, A.>", item_code="<B011>"),
    # 12: a language the program has no code for, and a class that is not one
    dict(title="Turi-turian ni Batak", language_name="Batak Toba", classification="Fiksi", item_code="<B012>"),
    # 13: no title at all: the only row refused
    dict(title="", publisher_name="Tanpa Judul", item_code="<B013>"),
    # 14: an impossible year
    dict(title="Kisah Si Kancil", publish_year="20015", classification="398.2", item_code="<B014>"),
]


@pytest.fixture
def village_csv(tmp_path):
    path = tmp_path / "senayan_biblio_export.csv"
    path.write_text(slims9_csv(VILLAGE), encoding="utf-8")
    return path


def test_every_record_with_a_title_comes_in_and_nothing_is_merged(lib, librarian, village_csv):
    result = importer.import_file(lib, librarian, "slims-biblio", village_csv)
    assert (result.records_add, result.items_add) == (12, 13)
    assert [(bad.row, "title" in bad.message()) for bad in result.bad] == [(13, True)]
    assert Record.select().count() == 12 and Item.select().count() == 13

    def record(title, **where):
        query = Record.select().where(Record.title == title)
        for name, value in where.items():
            query = query.where(getattr(Record, name) == value)
        return query.get()

    laskar = record("Laskar pelangi")
    assert (laskar.ddc, laskar.language, laskar.isbn) == ("899.2213", "ind", "9789793062792")
    assert sorted(i.barcode for i in laskar.items) == ["B001", "B002"]
    arabic = record("الفقه الإسلامي وأدلته")
    assert (arabic.ddc, arabic.language) == ("2X4.1", "ara")
    assert record("Tjerita rakjat dari Djawa Timoer").ddc == "398.209598"
    bekisar = record("Bekisar merah")
    assert (bekisar.isbn, bekisar.ddc) == ("9789792278874", "899.2213")  # kept as written, flagged
    pemimpi = record("Sang pemimpi")
    assert pemimpi.id != laskar.id and [i.barcode for i in pemimpi.items] == ["B006"]
    assert {(r.edition, r.year) for r in Record.select().where(Record.title == "Ronggeng dukuh paruk")} == {
        ("Cet. 1", 2003), ("Cet. 5", 2011)}
    assert Record.select().where(Record.title.startswith("Ensiklopedia Islam")).count() == 2
    negeri = record("Negeri 5 menara")
    assert (negeri.ddc, negeri.language) == ("F 899.2213", "ind")
    assert records.call_number_for(negeri).startswith("F 899.221 3 ")  # as its copies write it (class_style)
    batak = record("Turi-turian ni Batak")
    assert (batak.language, batak.ddc) == ("Batak Toba", "Fiksi")
    kancil = record("Kisah Si Kancil")
    assert (kancil.year_text, kancil.year) == ("20015", None)
    # the search index has every record, Arabic and old spellings included
    hits = lib.db.execute_sql("SELECT count(*) FROM record_fts").fetchone()[0]
    assert hits == 12


def test_the_review_list_says_what_to_check_and_fixes_in_place(lib, librarian, village_csv):
    result = importer.import_file(lib, librarian, "slims-biblio", village_csv)
    entries = review.open_flags(lib)
    found = {(e.title, e.reason): e for e in entries}
    assert set(found) == {("Bekisar merah", "isbn"), ("Sang pemimpi", "duplicate"), ("Turi-turian ni Batak", "language"),
                          ("Turi-turian ni Batak", "ddc"), ("Kisah Si Kancil", "year")}
    assert (result.flags, result.flagged_rows) == (5, 4)
    assert review.open_count(lib) == 5
    isbn = found[("Bekisar merah", "isbn")]
    assert isbn.value == "9789792278874" and isbn.suggestion == "9789792278873"
    assert "9789792278874" in isbn.message()
    duplicate = found[("Sang pemimpi", "duplicate")]
    laskar = Record.get(Record.title == "Laskar pelangi")
    assert "9789793062792" in duplicate.message() and f"Laskar pelangi (record {laskar.id})" in duplicate.message()
    assert found[("Turi-turian ni Batak", "ddc")].suggestion == "F"

    # fix with the suggestion, with a typed value, keep as written; in bulk
    review.fix(lib, librarian, found[("Turi-turian ni Batak", "ddc")].id)
    review.fix(lib, librarian, found[("Turi-turian ni Batak", "language")].id, "btk")
    review.keep(lib, librarian, duplicate.id)
    batak = Record.get(Record.title == "Turi-turian ni Batak")
    assert (batak.ddc, batak.language) == ("F", "btk")
    done, failed = review.fix_many(lib, librarian, [isbn.id, found[("Kisah Si Kancil", "year")].id])
    assert done == 1 and len(failed) == 1  # no suggestion for an impossible year: it stays open
    assert Record.get(Record.title == "Bekisar merah").isbn == "9789792278873"
    assert review.open_count(lib) == 1

    # importing the same file again changes nothing and flags nothing again (fixes stay fixed)
    again = importer.import_file(lib, librarian, "slims-biblio", village_csv)
    assert (again.records_add, again.items_add, again.flags) == (0, 0, 0)
    assert Record.get(Record.title == "Turi-turian ni Batak").ddc == "F"
    assert review.open_count(lib) == 1


def test_the_dry_run_counts_flagged_rows_apart_from_refused_ones(lib, librarian, village_csv):
    dry = importer.import_file(lib, librarian, "slims-biblio", village_csv, dry_run=True)
    assert (dry.records_add, len(dry.bad), dry.flagged_rows, dry.applied) == (12, 1, 4, False)
    assert Record.select().count() == 0 and review.open_count(lib) == 0
    assert lib.db.execute_sql("SELECT count(*) FROM record_fts").fetchone()[0] == 0


def test_an_interrupted_import_leaves_the_library_as_before(lib, librarian, tmp_path, village_csv):
    importer.import_file(lib, librarian, "slims-biblio", village_csv)
    before = (Record.select().count(), Item.select().count(), review.open_count(lib),
              lib.db.execute_sql("SELECT count(*) FROM record_fts").fetchone()[0])
    big = tmp_path / "big.csv"
    big.write_text(slims9_csv([dict(title=f"Buku desa nomor {n}", classification="Tidak tahu",
                                    item_code=f"<N{n:05d}>") for n in range(5000)]), encoding="utf-8")
    asked = []

    def cancel() -> bool:  # the power cut / Cancel button after two chunks were written
        asked.append(1)
        return len(asked) >= 3

    with pytest.raises(Cancelled):
        importer.import_file(lib, librarian, "slims-biblio", big, cancel=cancel)
    after = (Record.select().count(), Item.select().count(), review.open_count(lib),
             lib.db.execute_sql("SELECT count(*) FROM record_fts").fetchone()[0])
    assert after == before


# --- MARC as SLiMS writes it (File_MARC), and as national libraries write it ---------------------------


def file_marc_raw(fields: list[tuple[str, str, list[tuple[str, str]]]]) -> bytes:
    """One record as SLiMS's File_MARC toRaw writes it: a leader of spaces but for the lengths, no 001,
    empty subfields and empty fields left out, data fields even for 005."""
    directory, body = [], b""
    for tag, indicators, subfields in fields:
        data = "".join(f"\x1f{code}{value}" for code, value in subfields if value)
        if not data:
            continue
        raw = (indicators + data + "\x1e").encode("utf-8")
        directory.append(f"{tag}{len(raw):04d}{len(body):05d}".encode("ascii"))
        body += raw
    base = 24 + 12 * len(directory) + 1
    total = base + len(body) + 1
    leader = f"{total:05d}       {base:05d}       ".encode("ascii")
    return leader + b"".join(directory) + b"\x1e" + body + b"\x1d"


def slims_marc_fields(title: str, rest: str, sor: str, language: str, klass: str, isbn: str = "") -> list:
    return [("245", "0 ", [("a", title), ("b", f" : {rest}" if rest else ""), ("c", sor), ("h", "Text")]),
            ("020", "  ", [("a", isbn)]),
            ("100", "  ", [("a", sor)]),
            ("650", "  ", [("a", "Novel Indonesia")]),
            ("005", "  ", [("a", "20240305101112")]),
            ("260", "  ", [("a", "Yogyakarta"), ("b", "Bentang Pustaka"), ("c", "2008")]),
            ("041", "  ", [("a", language)]),
            ("084", "  ", [("a", klass)]),
            ("300", "  ", [("a", "529 hlm. :"), ("b", ""), ("c", "20 cm")])]


def test_slims_marc_comes_in_whole(lib, librarian, tmp_path):
    path = tmp_path / "slims.mrc"
    path.write_bytes(
        file_marc_raw(slims_marc_fields("Laskar pelangi ", "sebuah novel", "Andrea Hirata", "Indonesia", "899.221 3",
                                        "9789793062792"))
        + file_marc_raw(slims_marc_fields("The Hobbit", "", "J.R.R. Tolkien", "Inggris", "823.912"))
        + file_marc_raw(slims_marc_fields("Riyadh as-shalihin", "", "An-Nawawi", "Arab", "2X7.2")))
    result = importer.import_file(lib, librarian, "marc", path)
    assert (result.records_add, result.bad) == (3, [])
    laskar = Record.get(Record.title == "Laskar pelangi")
    assert (laskar.subtitle, laskar.language, laskar.ddc, laskar.material_type, laskar.year) == (
        "sebuah novel", "ind", "899.2213", "book", 2008)
    assert laskar.collation == "529 hlm. ; 20 cm"
    assert {r.language for r in Record.select()} == {"ind", "eng", "ara"}


def test_slims_marcxml_comes_in_whole(lib, librarian, tmp_path):
    """SLiMS wraps records in <marc:collection>, each <record> with the default namespace again, writes
    005 as a data field and keeps empty subfields."""
    def record(title, language, klass):
        return (f'<record xmlns="http://www.loc.gov/MARC21/slim"><leader>     na                 </leader>'
                f'<datafield tag="245" ind1="0" ind2=" "><subfield code="a">{title}</subfield>'
                f'<subfield code="h">Text</subfield></datafield>'
                f'<datafield tag="100" ind1=" " ind2=" "><subfield code="a">Tohari, Ahmad</subfield></datafield>'
                f'<datafield tag="005" ind1=" " ind2=" "><subfield code="a">20231201080910</subfield></datafield>'
                f'<datafield tag="260" ind1=" " ind2=" "><subfield code="a"></subfield><subfield code="b">Gramedia'
                f'</subfield><subfield code="c">1982</subfield></datafield>'
                f'<datafield tag="041" ind1=" " ind2=" "><subfield code="a">{language}</subfield></datafield>'
                f'<datafield tag="084" ind1=" " ind2=" "><subfield code="a">{klass}</subfield></datafield>'
                f'</record>')
    path = tmp_path / "slims.xml"
    path.write_text('<?xml version="1.0" encoding="UTF-8"?><marc:collection xmlns:marc="http://www.loc.gov/MARC21/'
                    'slim" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.loc.'
                    'gov/MARC21/slim http://www.loc.gov/standards/marcxml/schema/MARC21slim.xsd">'
                    + record("Ronggeng dukuh paruk", "Indonesia", "899.221 3")
                    + record("Lintang kemukus dini hari", "Jawa", "899.222 3") + "</marc:collection>",
                    encoding="utf-8")
    result = importer.import_file(lib, librarian, "marcxml", path)
    assert (result.records_add, result.bad) == (2, [])
    assert {(r.title, r.language, r.ddc, r.publisher) for r in Record.select()} == {
        ("Ronggeng dukuh paruk", "ind", "899.2213", "Gramedia"),
        ("Lintang kemukus dini hari", "jav", "899.2223", "Gramedia")}


def _sf(*pairs: str) -> list[Subfield]:
    return [Subfield(code=pairs[i], value=pairs[i + 1]) for i in range(0, len(pairs), 2)]


def loc_record(control: str, title: str, ddc: str, language: str, extra: list[Field] = ()) -> pymarc.Record:
    rec = pymarc.Record(force_utf8=True, leader="00000cam a2200000 a 4500")
    rec.add_field(Field(tag="001", data=control))
    rec.add_field(Field(tag="003", data="DLC"))
    rec.add_field(Field(tag="008", data="010523s2001    nyu           000 0 eng  "))
    rec.add_field(Field("041", Indicators("0", " "), _sf("a", language)))
    rec.add_field(Field("082", Indicators("0", "0"), _sf("a", ddc, "2", "21")))
    if not any(field.tag == "245" for field in extra):
        rec.add_field(Field("245", Indicators("1", "0"), _sf("a", title)))
    for field in extra:
        rec.add_field(field)
    return rec


def test_library_of_congress_practice_comes_in(lib, librarian, tmp_path):
    path = tmp_path / "loc.mrc"
    path.write_bytes(b"".join(r.as_marc() for r in [
        loc_record("  2001012345", "Programming Python /", "005.13/3", "eng"),
        loc_record("  2002054321", "Mass media and society /", "302.23/1", "engund"),
        loc_record("  2003011111", "Selected poems /", "811/.54", "engger"),
        loc_record("  2004022222", "Istoriia Rossii.", "", "rus", [
            Field("084", Indicators(" ", " "), _sf("a", "94(470)", "2", "udc")),
            Field("084", Indicators(" ", " "), _sf("a", "63.3(2)", "2", "rubbk"))]),
        loc_record("  2005033333", "Ensiklopedia Islam.", "297.03", "ind", [
            Field("245", Indicators("1", "0"), _sf("a", "Ensiklopedia Islam.", "n", "Jilid 2."))]),
    ]))
    result = importer.import_file(lib, librarian, "marc", path)
    assert (result.records_add, result.bad) == (5, [])
    ddc = {r.slims_id: (r.ddc, r.language, r.class_other) for r in Record.select()}
    assert ddc == {"marc:DLC:2001012345": ("005.133", "eng", ""), "marc:DLC:2002054321": ("302.231", "eng", ""),
                   "marc:DLC:2003011111": ("811.54", "eng", ""), "marc:DLC:2004022222": ("", "rus", "udc 94(470)"),
                   "marc:DLC:2005033333": ("297.03", "ind", "")}
    assert review.open_count(lib) == 0
    assert Record.get(Record.slims_id == "marc:DLC:2005033333").title == "Ensiklopedia Islam. Jilid 2"
    again = importer.import_file(lib, librarian, "marc", path)
    assert (again.records_add, again.records_update) == (0, 0)


def test_a_run_that_refuses_everything_says_so(lib, librarian, tmp_path, capsys):
    from pustaka_desktop.cli import main

    path = tmp_path / "untitled.csv"
    path.write_text(slims9_csv([dict(title="", item_code="<X1>"), dict(title="", item_code="<X2>")]),
                    encoding="utf-8")
    code = main(["--lang", "en", "--db", str(lib.path), "import", "slims-biblio", str(path)])
    out = capsys.readouterr().out
    assert code == 2 and "0 of 2 records came in (2 rows refused)" in out
    assert "Row 2:" in out and "Row 3:" in out


# --- round trip with holdings ------------------------------------------------------------------------


def test_marc_round_trip_keeps_every_copy_detail(lib, librarian, tmp_path, empty_lib_factory):
    saved = records.add_record(lib, librarian, title="Bercocok tanam padi", ddc="633.18", audience="children",
                               language="ind", authors=[{"name": "Tim Penyusun", "role": "primary", "kind": "person"}])
    record = saved.record
    add_item(lib, librarian, record, barcode="PD001", accession_no="001/H/2024", price=45000,
                     source="grant", source_detail="Hibah Perpusnas 2024", received_on=date(2024, 2, 1),
                     location="Rak Tani")
    item = Item.get(Item.barcode == "PD001")
    from pustaka_desktop.core.store import write

    kind = write.insert(lib, CollectionType, name="Referensi")
    write.update(lib, item, collection_type=kind.id)
    add_item(lib, librarian, record, barcode="PD002", accession_no="002/S/2024", source="donation",
                     source_detail="Bapak Kepala Desa", received_on=date(2024, 3, 5))
    path = tmp_path / "out.mrc"
    marc_writer.export_marc(lib, librarian, path)
    other, other_librarian = empty_lib_factory()
    result = importer.import_file(other, other_librarian, "marc", path)
    assert (result.records_add, result.items_add, result.bad) == (1, 2, [])
    got = Record.get()
    assert (got.title, got.ddc, got.audience, got.language) == ("Bercocok tanam padi", "633.18", "children", "ind")
    copies = {i.barcode: i for i in Item.select()}
    first, second = copies["PD001"], copies["PD002"]
    assert (first.accession_no, first.price, first.source, first.source_detail, first.received_on, first.location,
            first.collection_type.name) == ("001/H/2024", 45000, "grant", "Hibah Perpusnas 2024", date(2024, 2, 1),
                                            "Rak Tani", "Referensi")
    assert (second.source, second.source_detail, second.received_on) == ("donation", "Bapak Kepala Desa",
                                                                         date(2024, 3, 5))


# --- INLISLite 3 ---------------------------------------------------------------------------------------


def inlislite_laporan_katalog(path):
    """INLISLite 3.3's Laporan Katalog (PhpSpreadsheet): bold headers, one row per title, Ya/Tidak,
    dates dd-mm-yyyy as text."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Laporan Katalog"
    sheet.append(["No. Kontrol", "BIB ID", "Judul", "Pengarang", "Edisi", "Penerbit", "Tempat Terbit",
                  "Tahun Terbit", "Subjek", "Deskripsi Fisik", "ISBN", "No. Panggil", "Bahasa", "Klas DDC",
                  "Abstrak", "Status OPAC", "Tanggal Dibuat"])
    sheet.append(["INLIS000000000001234", "0010-0218000012", "Laskar pelangi : sebuah novel / Andrea Hirata",
                  "Hirata, Andrea", "Cet. 1", "Bentang Pustaka", "Yogyakarta", "c2019", "Fiksi Indonesia",
                  "529 hlm. ; 20 cm", "978-979-3062-79-2", "899.221 3 HIR l", "ind", "899.221 3", "", "Ya",
                  "12-03-2020"])
    sheet.append(["INLIS000000000001235", "0010-0218000013", "Pedoman bertani organik / penyusun, Tim Dinas "
                  "Pertanian", "Tim Dinas Pertanian", "", "Dinas Pertanian", "Malang", "2017",
                  "Pertanian organik ; Pupuk", "96 hlm. : ilus. ; 21 cm", "", "631.584 PED p", "Indonesia", "",
                  "Panduan untuk petani desa.", "Tidak", "01-06-2021"])
    book.save(path)


def test_inlislite_catalogue_report_makes_records_and_no_copies(lib, librarian, tmp_path):
    path = tmp_path / "Laporan_Katalog_03-12-2026_101010.xlsx"
    inlislite_laporan_katalog(path)
    result = importer.import_file(lib, librarian, "xlsx", path)  # recognised by its headers
    assert (result.records_add, result.items_add, result.bad) == (2, 0, [])
    assert [notice.params for notice in result.notices] == [{"columns": "Tanggal Dibuat"},  # said, not dropped
                                                            {"count": 2}]  # (and that its copies are elsewhere)
    laskar = Record.get(Record.slims_id == "inlislite:0010-0218000012")
    assert (laskar.title, laskar.subtitle, laskar.responsibility) == ("Laskar pelangi", "sebuah novel",
                                                                      "Andrea Hirata")
    assert (laskar.year_text, laskar.year, laskar.language, laskar.isbn, laskar.ddc) == (
        "c2019", 2019, "ind", "9789793062792", "899.2213")
    tani = Record.get(Record.slims_id == "inlislite:0010-0218000013")
    assert (tani.title, tani.ddc, tani.hidden, json.loads(tani.subjects)) == (
        "Pedoman bertani organik", "631.584", True, ["Pertanian organik", "Pupuk"])
    assert Item.select().count() == 0
    again = importer.import_file(lib, librarian, "inlislite", path)
    assert (again.records_add, again.records_update, again.items_add) == (0, 0, 0)


def test_inlislite_opac_csv_reads_the_class_from_the_call_number(lib, librarian, tmp_path):
    path = tmp_path / "catalog_export_2026-12-03_10-10-10.csv"
    path.write_text(  # PHP fputcsv: quotes only where needed
        "ID,\"Control Number\",BIBID,Title,Author,Edition,Publisher,\"Publish Location\",\"Publish Year\",Subject,"
        "\"Physical Description\",ISBN,\"Call Number\",Languages\n"
        "17,INLIS000000000000017,0010-0118000017,\"Ronggeng dukuh paruk / Ahmad Tohari\",\"Tohari, Ahmad\",,"
        "\"Gramedia Pustaka Utama\",Jakarta,2003,\"Fiksi Indonesia\",\"408 hlm. ; 21 cm\",979-22-0196-3,"
        "\"899.221 3 TOH r\",Indonesia\n", encoding="utf-8")
    result = importer.import_file(lib, librarian, "inlislite", path)
    assert (result.records_add, result.items_add) == (1, 0)
    got = Record.get()
    assert (got.title, got.responsibility, got.ddc, got.language, got.isbn) == (
        "Ronggeng dukuh paruk", "Ahmad Tohari", "899.2213", "ind", "9789792201963")


# --- Excel kept by hand -----------------------------------------------------------------------------


def test_excel_with_indonesian_headers_and_our_own_field_names(lib, librarian, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Judul", "Pengarang", "Penerbit", "Tahun Terbit", "No. Induk", "No. Panggil", "Kode Eksemplar",
                  "ISBN"])
    sheet.append(["Si Kancil", "Anonim", "Balai Pustaka", 1987, "001/P/2020", "398.2 ANO s", "bk-001a", None])
    sheet.append(["Si Kancil", "Anonim", "Balai Pustaka", 1987, "002/P/2020", "398.2 ANO s", "bk-002a", None])
    sheet.append(["Tjerita Pak Belalang", "Anonim", "Pustaka Djaja", 1962, "003/P/2020", "F ANO t", "bk-003a", None])
    path = tmp_path / "buku_induk.xlsx"
    book.save(path)
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert (result.records_add, result.items_add) == (2, 3)
    assert sorted(i.barcode for i in Item.select()) == ["bk-001a", "bk-002a", "bk-003a"]  # exactly as written
    assert Record.get(Record.title == "Tjerita Pak Belalang").ddc == "F"
    assert Record.get(Record.title == "Si Kancil").ddc == "398.2"

    own = tmp_path / "ours.csv"
    own.write_text("title,authors,call_number,accession_no,received_on,barcode,price\n"
                   "Bertani cabai,Tim Tani,635.6 TIM b,004/P/2021,2021-05-01,CB-01,Rp 35.000\n", encoding="utf-8")
    mine = importer.import_file(lib, librarian, "csv", own)
    assert (mine.records_add, mine.items_add) == (1, 1)
    copy = Item.get(Item.barcode == "CB-01")
    assert (copy.accession_no, copy.received_on, copy.price, copy.call_number) == (
        "004/P/2021", date(2021, 5, 1), 35000, "635.6 TIM b")


def test_inlislite_member_report_comes_in(lib, librarian, tmp_path):
    from pustaka_desktop.core.interop import member_import
    from pustaka_desktop.core.store.models import Member

    book = Workbook()
    sheet = book.active
    sheet.title = "Laporan Anggota"
    sheet.append(["Nomor Anggota", "Nama Lengkap", "Tempat Lahir", "Tanggal Lahir", "Alamat", "Telepon", "Email",
                  "Provinsi", "Kota", "Kecamatan", "Kelurahan", "RT", "RW", "Nomor Identitas", "Tanggal Registrasi",
                  "Tanggal Berakhir", "Jenis Kelamin", "Jenis Anggota"])
    sheet.append(["AGT-0001", "Siti Nurhaliza", "Banyuwangi", "14-02-1990", "Dusun Krajan", "081234567890", "",
                  "Jawa Timur", "Banyuwangi", "Glagah", "Kemiren", "02", "01", "3510011402900001", "05-01-2023",
                  "05-01-2025", "Perempuan", "Umum"])
    sheet.append(["AGT-0002", "Ahmad Fauzi", "", "", "Dusun Sukorejo", "", "", "", "", "", "", "", "", "",
                  "10-03-2024", "", "Laki-laki", "Pelajar"])
    path = tmp_path / "Laporan_Anggota_03-12-2026_101010.xlsx"
    book.save(path)
    result = member_import.import_members(lib, librarian, path)
    assert (result.add, result.bad) == (2, [])
    siti = Member.get(Member.number == "AGT-0001")
    assert (siti.name, siti.gender, siti.nik, str(siti.birth_date), str(siti.registered_on)) == (
        "Siti Nurhaliza", "F", "3510011402900001", "1990-02-14", "2023-01-05")
    assert "Kemiren" in siti.address and "RT/RW 02/01" in siti.address
    assert Member.get(Member.number == "AGT-0002").gender == "M"
    again = member_import.import_members(lib, librarian, path)
    assert (again.add, again.update) == (0, 0)


def test_two_rows_with_one_description_become_one_record_and_say_so(lib, librarian, tmp_path):
    path = tmp_path / "twice.csv"
    path.write_text(slims9_csv([
        dict(title="Riyadhus shalihin", publish_year="2010", authors="<An-Nawawi>", item_code="<R1>"),
        dict(title="Riyadhus shalihin", publish_year="2010", authors="<An-Nawawi>", item_code="<R2>"),
    ]), encoding="utf-8")
    result = importer.import_file(lib, librarian, "slims-biblio", path)
    assert (result.records_add, result.items_add) == (1, 2)
    [flag] = review.open_flags(lib)
    assert flag.reason == "duplicate" and "Row 3" in flag.message() and "row 2" in flag.message()
