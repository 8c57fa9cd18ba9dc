"""SLiMS's own sample catalogue (the 15 titles and 10 copies every SLiMS installs with) moved in from the files
SLiMS's export pages write of it (``slims_sample``), and compared with the sample field by field."""

from __future__ import annotations

import json

import pytest

from pustaka_desktop.core.catalog import isbn as isbns
from pustaka_desktop.core.interop import importer
from pustaka_desktop.core.store.models import Item, Record, ReviewFlag
from tests.core import slims_sample as sample

# the sample's class field as SLiMS has it -> the class (the DDC edition after it is none of its digits)
CLASSES = {"005.13/3 22": "005.133", "005.4/32 22": "005.432", "005.75/85 22": "005.7585", "005.1 22": "005.1",
           "006.7/86 22": "006.786", "005.7/2 21": "005.72", "025 22": "025", "025.1 22": "025.1",
           "006.7 22": "006.7", "364.1/322/091724 21": "364.1322091724", "364.1/323091724 22": "364.1323091724",
           "364.1323": "364.1323", "338.9/1/091724 20": "338.91091724"}
SOURCES = {1: "purchase", 2: "grant"}  # SLiMS's "Buy" and "Prize/Grant"


@pytest.fixture
def files(tmp_path):
    return sample.write_all(tmp_path)


def record_of(b: dict) -> Record:
    return Record.get(Record.isbn == isbns.normalise_isbn(b["isbn_issn"]))


def split_title(title: str) -> tuple[str, str]:
    head, _, rest = title.partition(" : ")
    return head, rest


def assert_same_book(record: Record, b: dict) -> None:
    """The record holds what SLiMS's biblio row holds, field by field."""
    f = sample.biblio_fields(b)
    assert (record.title, record.subtitle) == split_title(b["title"])
    assert record.edition == (b["edition"] or "")
    assert record.publisher == f["publisher_name"] and record.place == (f["place_name"] or "")
    assert record.year_text == str(b["publish_year"]) and record.year == b["publish_year"]
    assert record.series == (b["series_title"] or "").replace("Ã¢â‚¬â„¢", "’")
    assert record.language == "eng" and record.material_type == "book"
    assert record.ddc == CLASSES[b["classification"]]
    assert json.loads(record.authors) == [
        {"name": name, "role": "primary" if level == 1 else "additional", "kind": "person"}
        for name, level in sample.authors_of(b["biblio_id"])]
    assert json.loads(record.subjects) == sample.topics_of(b["biblio_id"])


def test_the_sample_catalogue_comes_in_whole_from_its_two_csv_exports(lib, librarian, files):
    records, copies = importer.import_slims(lib, librarian, files["slims-biblio"], files["slims-item"])
    assert (records.bad, copies.bad) == ([], [])
    assert Record.select().count() == 15 and Item.select().count() == 10
    for b in sample.BIBLIOS:
        record = record_of(b)
        assert_same_book(record, b)
        assert record.collation == b["collation"]
        assert record.notes == (b["notes"] or "").replace("\r\n", "\n")
        assert sorted(item.barcode for item in record.items) == [i["item_code"] for i in sample.items_of(b["biblio_id"])]
    for i in sample.ITEMS:
        copy = Item.get(Item.barcode == i["item_code"])
        assert copy.accession_no == i["inventory_code"] and str(copy.received_on) == i["received_date"]
        assert str(copy.order_date) == i["order_date"] and str(copy.invoice_date) == i["invoice_date"]
        assert copy.price == i["price"] and copy.source == SOURCES[i["source"]]
        assert copy.location == "My Library" and copy.collection_type.name == "Reference"
        assert copy.status == "available" and copy.call_number == sample.biblio(i["biblio_id"])["call_number"]
    # flagged: only the collection type SLiMS has and this library had not yet
    assert [(f.reason, f.value) for f in ReviewFlag.select()] == [("collection_type", "Reference")]


def test_importing_the_sample_again_changes_nothing(lib, librarian, files):
    importer.import_slims(lib, librarian, files["slims-biblio"], files["slims-item"])
    records, copies = importer.import_slims(lib, librarian, files["slims-biblio"], files["slims-item"])
    assert (records.records_add, records.records_update, records.records_skip) == (0, 0, 15)
    assert (copies.items_add, copies.items_update, copies.flags) == (0, 0, 0)
    assert ReviewFlag.select().count() == 1


@pytest.mark.parametrize(("fmt", "export"), [("marc", "marc"), ("marcxml", "marcxml"), ("marc", "marcjson")])
def test_the_sample_catalogue_comes_in_whole_from_slims_marc_export(lib, librarian, files, fmt, export):
    """SLiMS's MARC says no copies and splits every title at its colon ("Cathedral and the Bazaar: Musings...");
    its notes lose their line breaks and a collation with no ":" or ";" is given the details of the record
    before (both SLiMS's own doing: written so, read so)."""
    plan = importer.import_file(lib, librarian, fmt, files[export])
    assert plan.bad == [] and plan.records_add == 15 and Item.select().count() == 0
    for b in sample.BIBLIOS:
        record = record_of(b)
        if " : " not in b["title"] and ":" in b["title"]:
            b = {**b, "title": b["title"].replace(":", " :", 1)}
        assert_same_book(record, b)
        assert record.notes == (b["notes"] or "").replace("\r\n", "")
    assert ReviewFlag.select().count() == 0
    again = importer.import_file(lib, librarian, fmt, files[export])
    assert (again.records_add, again.records_update, again.records_skip) == (0, 0, 15)


@pytest.mark.parametrize("export", ["marc", "marcxml"])
def test_the_sample_marc_after_its_csv_adds_no_book_and_keeps_the_notes_line_breaks(lib, librarian, files, export):
    """The librarian brings SLiMS's MARC export too, after the CSV ones: the same 15 books, none twice, their
    copies where they were; the notes' line breaks, which SLiMS's MARC drops, are kept."""
    importer.import_slims(lib, librarian, files["slims-biblio"], files["slims-item"])
    plan = importer.import_file(lib, librarian, export, files[export])
    assert plan.records_add == 0 and plan.flags == 0 and Record.select().count() == 15
    web = record_of(sample.biblio(7))
    assert web.notes == sample.biblio(7)["notes"].replace("\r\n", "\n")
    assert sorted(i.barcode for i in record_of(sample.biblio(2)).items) == ["B00009", "B00010"]
    assert ReviewFlag.select().count() == 1


def test_the_sample_from_a_backup_of_its_database_is_what_its_csv_exports_make(lib, librarian, files, tmp_path):
    """The same books, copies and fields from SLiMS's database as from its two exports: a note's CR LF, typed in
    SLiMS's text box, is one line break in both (it was kept as CR LF from the backup)."""
    importer.import_slims_backup(lib, librarian, files["slims-sql"])
    for b in sample.BIBLIOS:
        record = record_of(b)
        assert_same_book(record, b)
        assert record.notes == (b["notes"] or "").replace("\r\n", "\n") and record.collation == b["collation"]
        assert sorted(i.barcode for i in record.items) == [i["item_code"] for i in sample.items_of(b["biblio_id"])]
    records, copies = importer.import_slims(lib, librarian, files["slims-biblio"], files["slims-item"])
    assert (records.records_add, records.records_update, copies.items_add, copies.items_update) == (0, 0, 0, 0)


def test_the_csv_after_the_backup_keeps_the_notes_lines_only_the_backup_has(lib, librarian, files):
    """A librarian brings the backup first (the richer source), then the CSV exports of the same SLiMS: the notes
    the backup made longer (its Specific Detail Info beside the note typed in the notes field) stay whole; the CSV,
    whose notes are among them, changes nothing."""
    files["slims-sql"].write_text(sample.sql_dump({7: "Edisi revisi, dengan CD", 1: "Termasuk indeks"}),
                                  encoding="utf-8")
    importer.import_slims_backup(lib, librarian, files["slims-sql"])
    web, php = record_of(sample.biblio(7)), record_of(sample.biblio(1))
    assert web.notes.endswith("\nEdisi revisi, dengan CD") and php.notes == "Termasuk indeks"
    records, copies = importer.import_slims(lib, librarian, files["slims-biblio"], files["slims-item"])
    assert (records.records_update, copies.items_update) == (0, 0)
    assert (record_of(sample.biblio(7)).notes, record_of(sample.biblio(1)).notes) == (web.notes, php.notes)
