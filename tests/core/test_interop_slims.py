"""SLiMS CSV import/export, dry runs, bad rows, bad files, cancel, idempotence, permissions."""

from __future__ import annotations

import json

import pytest

from pustaka_desktop.core.catalog import review
from pustaka_desktop.core.errors import Cancelled, PermissionDenied, ValidationError
from pustaka_desktop.core.interop import importer, slims, slims_csv
from pustaka_desktop.core.interop.types import RECORD_FIELDS, BadRow
from pustaka_desktop.core.store.models import AuditLog, CollectionType, Item, Record
from tests.core import interop_fixtures

empty_lib_factory = interop_fixtures.empty_lib_factory  # a fixture

BIBLIO_HEADER = ",".join(slims.BIBLIO_COLUMNS)
ITEM_HEADER = ",".join(slims.ITEM_COLUMNS)


def biblio_line(**values: str) -> str:
    return ",".join(f'"{values.get(c, "")}"' for c in slims.BIBLIO_COLUMNS)


def item_line(**values: str) -> str:
    return ",".join(f'"{values.get(c, "")}"' for c in slims.ITEM_COLUMNS)


@pytest.fixture
def biblio_file(tmp_path):
    """As SLiMS exports it: a trailing separator after the header, an unescaped quote in a title,
    a newline written as \\n, multi-values, no BOM."""
    lines = [
        BIBLIO_HEADER + ",",
        biblio_line(title="Laskar Pelangi : sebuah novel", gmd_name="Text", edition="Cet. 5",
                    isbn_issn="979-3062-79-7", publisher_name="Bentang Pustaka", publish_year="c2008",
                    collation="529 hlm. ; 20 cm", call_number="899.221 HIR l", language_name="Indonesia",
                    place_name="Yogyakarta", classification="899.221", notes="Baris satu\\nBaris dua",
                    sor="Andrea Hirata", authors="<Hirata, Andrea><Editor Kedua>", topics="<Novel><Fiksi Indonesia>",
                    item_code="<B0001><B0002>"),
        biblio_line(title='Kisah "Si Kancil" dan Buaya', gmd_name="Text", publisher_name="Balai Pustaka",
                    publish_year="1999", classification="398.2", authors="<Anonim>", item_code="<B0003>"),
        biblio_line(title="Majalah Desa", gmd_name="Majalah", isbn_issn="0317-8471", publish_year="2024",
                    language_name="Jawa"),
    ]
    path = tmp_path / "biblio.csv"
    path.write_bytes(("\n".join(lines) + "\n").encode("utf-8"))
    return path


def test_slims_biblio_import_reads_quirks_and_multi_values(lib, librarian, biblio_file):
    result = importer.import_file(lib, librarian, "slims-biblio", biblio_file)
    assert (result.records_add, result.items_add, result.bad) == (3, 3, [])
    laskar = Record.get(Record.title == "Laskar Pelangi")
    assert laskar.subtitle == "sebuah novel"
    assert laskar.isbn == "9789793062792"  # ISBN-10 normalised to 13
    assert (laskar.year_text, laskar.year, laskar.language) == ("c2008", 2008, "ind")
    assert laskar.notes == "Baris satu\nBaris dua"
    assert [a["name"] for a in json.loads(laskar.authors)] == ["Hirata, Andrea", "Editor Kedua"]
    assert json.loads(laskar.subjects) == ["Novel", "Fiksi Indonesia"]
    assert sorted(i.barcode for i in laskar.items) == ["B0001", "B0002"]
    assert {i.call_number for i in laskar.items} == {"899.221 HIR l"}
    kancil = Record.get(Record.title.startswith("Kisah"))
    assert kancil.title == 'Kisah "Si Kancil" dan Buaya'
    magazine = Record.get(Record.title == "Majalah Desa")
    assert (magazine.material_type, magazine.issn, magazine.language) == ("magazine", "0317-8471", "jav")


def test_reimporting_the_same_file_adds_nothing(lib, librarian, biblio_file):
    importer.import_file(lib, librarian, "slims-biblio", biblio_file)
    again = importer.import_file(lib, librarian, "slims-biblio", biblio_file)
    assert (again.records_add, again.records_update, again.records_skip) == (0, 0, 3)
    assert (again.items_add, again.items_skip) == (0, 3)
    assert Record.select().count() == 3 and Item.select().count() == 3


def test_dry_run_counts_refused_rows_apart_from_flagged_ones_without_writing(lib, librarian, tmp_path):
    path = tmp_path / "b.csv"
    path.write_text("\n".join([
        BIBLIO_HEADER,
        biblio_line(title="Buku Baik", isbn_issn="9786020331331", item_code="<X1>"),
        biblio_line(title="ISBN Salah", isbn_issn="9786020331332"),
        biblio_line(title="", publisher_name="Tanpa Judul"),
        '"Terlalu","sedikit"',
        biblio_line(title="Kode Ganda", item_code="<X1>"),
    ]), encoding="utf-8")
    result = importer.import_file(lib, librarian, "slims-biblio", path, dry_run=True)
    # a wrong ISBN check digit and a copy whose barcode is taken never cost the record
    assert (result.records_add, result.items_add, result.applied) == (3, 1, False)
    reasons = {bad.row: bad.message() for bad in result.bad}
    assert set(reasons) == {4, 5}
    assert "title" in reasons[4]
    assert "2 columns instead of 18" in reasons[5]
    assert [(bad.row, "X1" in bad.message() and "row 2" in bad.message()) for bad in result.left_out] == [(6, True)]
    assert (result.flagged_rows, result.flags) == (1, 1)
    assert Record.select().count() == 0 and Item.select().count() == 0


def test_bad_row_messages_are_translatable_templates():
    bad = BadRow(7, "The row has {found} columns instead of {expected}.", {"found": 2, "expected": 18})
    assert bad.message(lambda context, text: "Baris punya {found} kolom, bukan {expected}.") == \
        "Baris punya 2 kolom, bukan 18."


def test_a_file_with_the_wrong_columns_changes_nothing_and_says_why(lib, librarian, tmp_path):
    path = tmp_path / "wrong.csv"
    path.write_text("judul,pengarang\nLaskar Pelangi,Andrea Hirata\n", encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        importer.import_file(lib, librarian, "slims-biblio", path)
    assert "gmd_name" in str(caught.value)
    assert Record.select().count() == 0


def test_windows_1252_files_are_read(lib, librarian, tmp_path):
    path = tmp_path / "cp1252.csv"
    path.write_bytes((BIBLIO_HEADER + "\n" + biblio_line(title="Caf\u00e9 di Desa", authors="<Ren\u00e9>")).encode("cp1252"))
    importer.import_file(lib, librarian, "slims-biblio", path)
    assert Record.get().title == "Caf\u00e9 di Desa"


def test_item_file_updates_copies_and_reports_unknown_titles_and_bad_dates(lib, librarian, biblio_file, tmp_path):
    importer.import_file(lib, librarian, "slims-biblio", biblio_file)
    path = tmp_path / "item.csv"
    path.write_text("\n".join([
        ITEM_HEADER + ",",
        item_line(item_code="B0001", call_number="899.221 HIR l", coll_type_name="Sirkulasi",
                  inventory_code="001/P/2024", received_date="2024-02-01", location_name="Rak A",
                  item_status_name="", source="1", price="85000.00", price_currency="Rupiah",
                  title="Laskar Pelangi : sebuah novel"),
        item_line(item_code="B0002", coll_type_name="Koleksi Langka", item_status_name="Repair", source="2",
                  received_date="0000-00-00", title="Laskar Pelangi : sebuah novel"),
        item_line(item_code="B0009", title="Judul Yang Tidak Ada"),
        item_line(item_code="B0003", received_date="2024-31-12", title='Kisah "Si Kancil" dan Buaya'),
    ]), encoding="utf-8")
    result = importer.import_file(lib, librarian, "slims-item", path)
    # (B0003 too: its unreadable date goes into its note as written, "Tanggal terima tertulis: 2024-31-12")
    assert (result.items_update, result.items_add) == (3, 0)
    assert sorted(bad.row for bad in result.bad) == [4]  # a copy of a title the catalogue does not have
    assert result.flagged_rows >= 1  # the impossible date 2024-31-12 is flagged, the copy still updated
    first = Item.get(Item.barcode == "B0001")
    assert (first.accession_no, str(first.received_on), first.location, first.price, first.source) == (
        "001/P/2024", "2024-02-01", "Rak A", 85000, "purchase")
    assert first.collection_type.name == "Sirkulasi"
    second = Item.get(Item.barcode == "B0002")
    assert (second.status, second.source, second.collection_type.name) == ("in_repair", "grant", "Koleksi Langka")
    assert CollectionType.select().where(CollectionType.name == "Koleksi Langka").count() == 1


def test_an_items_shelf_and_a_price_in_another_money_are_kept(lib, librarian, biblio_file, tmp_path):
    """SLiMS's "site" is the shelf (its form: Shelf Location): it joins the location. A price in dollars is
    no amount in rupiah: kept in the copy's remarks and flagged, never counted as Rp 15."""
    importer.import_file(lib, librarian, "slims-biblio", biblio_file)
    path = tmp_path / "item.csv"
    path.write_text("\n".join([
        ITEM_HEADER + ",",
        item_line(item_code="B0001", location_name="Ruang Baca", site="Rak 3", price="85000", price_currency="Rupiah",
                  title="Laskar Pelangi : sebuah novel"),
        item_line(item_code="B0002", site="Rak 5", price="15", price_currency="USD",
                  title="Laskar Pelangi : sebuah novel"),
    ]), encoding="utf-8")
    importer.import_file(lib, librarian, "slims-item", path)
    first, second = Item.get(Item.barcode == "B0001"), Item.get(Item.barcode == "B0002")
    assert (first.location, first.price, first.condition_note) == ("Ruang Baca – Rak 3", 85000, "")
    assert (second.location, second.price, second.condition_note) == ("Rak 5", None, "15 USD")
    flag = review.open_flags(lib, reason="price")[0]
    assert (flag.barcode, flag.params) == ("B0002", {"price": "15", "currency": "USD"})


def test_cancel_changes_nothing(lib, librarian, biblio_file):
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return True  # the first time the import asks (after its rows are written, before the commit)

    with pytest.raises(Cancelled):
        importer.import_file(lib, librarian, "slims-biblio", biblio_file, cancel=cancel)
    assert Record.select().count() == 0 and Item.select().count() == 0


def test_a_volunteer_may_not_import_or_export(lib, volunteer, biblio_file, tmp_path):
    with pytest.raises(PermissionDenied):
        importer.import_file(lib, volunteer, "slims-biblio", biblio_file, dry_run=True)
    with pytest.raises(PermissionDenied):
        slims.export_biblio(lib, volunteer, tmp_path / "out.csv")
    assert not (tmp_path / "out.csv").exists()


def test_round_trip_ours_to_slims_to_ours(lib, librarian, tmp_path, empty_lib_factory):
    from pustaka_desktop.core import demo

    demo.generate(lib, "tiny")
    biblio, items = tmp_path / "b.csv", tmp_path / "i.csv"
    assert slims.export_biblio(lib, librarian, biblio) == Record.select().count()
    assert slims.export_items(lib, librarian, items) == Item.select().count()
    raw = biblio.read_bytes()
    assert raw.startswith(b"title,gmd_name,edition,isbn_issn,") and not raw.startswith(b"\xef\xbb\xbf")
    assert AuditLog.select().where(AuditLog.action == "catalog.export").count() == 2
    before = _catalogue()

    other, other_librarian = empty_lib_factory()
    first = importer.import_file(other, other_librarian, "slims-biblio", biblio)
    second = importer.import_file(other, other_librarian, "slims-item", items)
    assert first.bad == [] and second.bad == []
    after = _catalogue()
    assert set(after) == set(before)
    for key, record in before.items():
        theirs = after[key]
        for name in ("subtitle", "edition", "isbn", "publisher", "place", "year_text", "year", "collation",
                     "language", "ddc", "material_type", "responsibility"):
            assert theirs[name] == record[name], (key, name)
        assert theirs["authors"] == record["authors"] and theirs["subjects"] == record["subjects"]
        for barcode, copy in record["items"].items():
            mine = dict(copy)
            if mine["source"] == "donation":  # SLiMS has one code for grants and donations
                mine["source"] = "grant"
            mine.pop("source_detail")
            got = dict(theirs["items"][barcode])
            got.pop("source_detail")
            if mine["status"] == "on_loan":  # loans are not in a SLiMS item file
                mine["status"] = "available"
            assert got == mine, barcode


def _catalogue() -> dict:
    out = {}
    for record in Record.select().where(Record.deleted == False):  # noqa: E712
        fields = {name: getattr(record, name) for name in RECORD_FIELDS if name not in ("authors", "subjects",
                                                                                                "slims_id", "notes")}
        fields["authors"] = [a["name"] for a in json.loads(record.authors)]
        fields["subjects"] = json.loads(record.subjects)
        fields["items"] = {
            item.barcode: {"accession_no": item.accession_no, "call_number": item.call_number,
                           "location": item.location, "source": item.source, "source_detail": item.source_detail,
                           "price": item.price, "received_on": item.received_on, "status": item.status,
                           "collection_type": item.collection_type.name if item.collection_type else ""}
            for item in record.items}
        out[(record.title, record.isbn, tuple(fields["authors"]), tuple(sorted(fields["items"])))] = fields
    return out


# --- what SLiMS's export page lets the librarian choose, and a file Excel saved again ----------------

_CHOSEN_ROWS = [
    {"title": "Laskar Pelangi : sebuah novel", "gmd_name": "Text", "isbn_issn": "979-3062-79-7",
     "publisher_name": "Bentang Pustaka", "publish_year": "2008", "collation": "xiv, 529 hlm. ; 20 cm",
     "call_number": "899.221 3 HIR l", "language_name": "Indonesia", "classification": "899.221 3",
     "authors": "<Hirata, Andrea>", "topics": "<Novel Indonesia>", "item_code": "<B001><B002>"},
    {"title": 'Budidaya Lele; panduan "praktis"', "gmd_name": "Text", "publisher_name": "Penebar Swadaya",
     "publish_year": "2015", "classification": "639.3", "authors": "<Susanto, Heru>", "item_code": "<B003>"},
    {"title": "تفسير الجلالين", "gmd_name": "Text", "publisher_name": "Toha Putra", "publish_year": "1990",
     "language_name": "Arab", "classification": "2X1.3", "authors": "<Jalaluddin>", "item_code": "<B004>"},
]


def _chosen_file(path, columns, rows, sep=",", quote='"', newline="\n", header=True, excel=False):
    """A file as SLiMS writes it with the export page's choices (``sep``, ``quote``, CR or LF), or as
    Excel saves it again (``excel``: only the fields that hold the separator or a quote are quoted)."""
    def cell(value: str) -> str:
        if excel:
            return '"' + value.replace('"', '""') + '"' if (sep in value or '"' in value) else value
        return quote + value.replace(quote, quote * 2) + quote

    lines = ([sep.join(cell(c) for c in columns)] if header else []) + \
        [sep.join(cell(row.get(c, "")) for c in columns) for row in rows]
    path.write_bytes((newline.join(lines) + newline).encode("utf-8"))
    return path


def _catalogue_read_back() -> list[tuple]:
    return [(r.title, r.subtitle, r.isbn, r.ddc, r.collation, r.language, json.loads(r.authors)[0]["name"],
             sorted(i.barcode for i in r.items)) for r in Record.select().order_by(Record.id)]


@pytest.mark.parametrize("choice", [
    {"sep": ";"}, {"sep": "|"}, {"sep": "||"}, {"quote": "'"}, {"newline": "\r"}, {"sep": ";", "header": False},
    {"sep": ";", "excel": True, "newline": "\r\n"}, {"sep": ";", "excel": True, "header": False},
    {"sep": ",", "excel": True},
], ids=["semicolon", "pipe", "double-pipe", "single-quote", "carriage-return", "semicolon-no-header",
        "excel-semicolon", "excel-semicolon-no-header", "excel-comma"])
def test_every_export_page_choice_reads_like_the_default(lib, librarian, tmp_path, empty_lib_factory, choice):
    default = _chosen_file(tmp_path / "default.csv", slims.BIBLIO_COLUMNS, _CHOSEN_ROWS)
    importer.import_file(lib, librarian, "slims-biblio", default)
    expected = _catalogue_read_back()
    assert expected[0][:4] == ("Laskar Pelangi", "sebuah novel", "9789793062792", "899.2213")
    assert expected[1][0] == 'Budidaya Lele; panduan "praktis"'
    other, other_librarian = empty_lib_factory()
    chosen = _chosen_file(tmp_path / "chosen.csv", slims.BIBLIO_COLUMNS, _CHOSEN_ROWS, **choice)
    result = importer.import_file(other, other_librarian, "slims-biblio", chosen)
    assert (result.records_add, result.items_add, result.bad) == (3, 4, [])
    assert _catalogue_read_back() == expected


def test_a_semicolon_pair_of_biblio_and_item_files_comes_in_whole(lib, librarian, tmp_path):
    biblio = _chosen_file(tmp_path / "biblio.csv", slims.BIBLIO_COLUMNS, _CHOSEN_ROWS, sep=";")
    items = _chosen_file(tmp_path / "item.csv", slims.ITEM_COLUMNS, [
        {"item_code": "B001", "coll_type_name": "Fiksi", "inventory_code": "001/P/2019", "price": "85000",
         "location_name": "Rak A; atas", "title": "Laskar Pelangi : sebuah novel"},
        {"item_code": "B004", "received_date": "2019-03-04", "title": "تفسير الجلالين"}], sep=";")
    first, second = importer.import_slims(lib, librarian, biblio, items)
    assert (first.bad, second.bad) == ([], [])
    copy = Item.get(Item.barcode == "B001")
    assert (copy.accession_no, copy.price, copy.location) == ("001/P/2019", 85000, "Rak A; atas")
    assert str(Item.get(Item.barcode == "B004").received_on) == "2019-03-04"


@pytest.mark.parametrize(("line", "expected"), [
    ('"title","gmd_name","edition"', (",", '"')),
    ("'title';'gmd_name';'edition'", (";", "'")),
    ('\ufeff"title"||"gmd_name"||"edition"', ("||", '"')),
    ("title;gmd_name;edition", (";", '"')),
    ('"Laskar Pelangi";"Text";"Cet. 5";"979-3062-79-7"', (";", '"')),
    ('Laskar Pelangi;Text;"xiv, 529 hlm. ; 20 cm";;', (";", '"')),
    ('"Kisah "Si Kancil" dan Buaya","Text","",""', (",", '"')),
])
def test_the_separator_and_quote_come_from_the_first_line(line, expected):
    assert slims_csv.dialect(line, ("title", "gmd_name")) == expected


def test_another_slims_versions_columns_are_read_by_name(lib, librarian, tmp_path):
    """An older SLiMS without ``sor`` and ``image``, a newer one with a column more, in another order:
    each column is taken by its header; what the file lacks stays empty."""
    columns = [c for c in slims.BIBLIO_COLUMNS if c not in ("sor", "image")] + ["spec_detail_info"]
    columns[0], columns[1] = columns[1], columns[0]
    rows = [dict(_CHOSEN_ROWS[0], spec_detail_info="-"), _CHOSEN_ROWS[2]]
    path = _chosen_file(tmp_path / "slims7.csv", columns, rows)
    result = importer.import_file(lib, librarian, "slims-biblio", path)
    assert (result.records_add, result.items_add, result.bad) == (2, 3, [])
    laskar = Record.get(Record.title == "Laskar Pelangi")
    assert (laskar.isbn, laskar.ddc, laskar.collation) == ("9789793062792", "899.2213", "xiv, 529 hlm. ; 20 cm")
    wrong = tmp_path / "not-slims.csv"
    wrong.write_text('"judul","pengarang"\n"Laskar Pelangi","Andrea Hirata"\n', encoding="utf-8")
    with pytest.raises(ValidationError):  # a file without SLiMS's title column is still refused, with why
        importer.import_file(lib, librarian, "slims-biblio", wrong)


def test_a_dash_slims_holds_for_no_publisher_author_or_number_is_none(lib, librarian, tmp_path):
    # SLiMS's lists keep a publisher, place, author or topic "-" a librarian typed for none: the record had an
    # author "-" (on its card, its label and the OPAC) and matched every other book of its title by "-"
    biblio = tmp_path / "biblio.csv"
    biblio.write_text("\n".join([BIBLIO_HEADER, biblio_line(
        title="Bertani Cabai", gmd_name="Text", edition="-", isbn_issn="-", publisher_name="-", publish_year="-",
        collation="-", series_title="-", call_number="635 BER", language_name="Indonesia", place_name="-",
        classification="635", notes="-", sor="-", authors="<->", topics="<->", item_code="<C0001><C0002>")]),
        encoding="utf-8")
    items = tmp_path / "item.csv"
    items.write_text("\n".join([ITEM_HEADER] + [item_line(
        item_code=code, call_number="635 BER", coll_type_name="Umum", inventory_code="-", supplier_name="-",
        invoice="-", site="-", location_name="Ruang Baca", title="Bertani Cabai") for code in ("C0001", "C0002")]),
        encoding="utf-8")
    importer.import_file(lib, librarian, "slims-biblio", biblio)
    result = importer.import_file(lib, librarian, "slims-item", items)
    cabai = Record.get()
    assert (cabai.authors, cabai.subjects, cabai.publisher, cabai.place, cabai.edition, cabai.notes) == (
        "[]", "[]", "", "", "", "")
    assert (result.items_update, result.bad) == (2, [])
    assert [(i.accession_no, i.supplier, i.invoice, i.location) for i in Item.select().order_by(Item.barcode)] == [
        ("", "", "", "Ruang Baca")] * 2


def test_a_record_slims_titled_dash_still_comes_in_with_its_copies(lib, librarian, tmp_path):
    biblio = tmp_path / "biblio.csv"
    biblio.write_text("\n".join([BIBLIO_HEADER, biblio_line(title="-", gmd_name="Text", publisher_name="-",
                                                            item_code="<C0009>")]), encoding="utf-8")
    result = importer.import_file(lib, librarian, "slims-biblio", biblio)
    assert (result.records_add, result.items_add, result.bad) == (1, 1, [])
    assert (Record.get().title, Record.get().publisher) == ("-", "")
