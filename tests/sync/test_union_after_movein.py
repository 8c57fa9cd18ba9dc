"""Villages that moved in this year (SLiMS CSV, a hand-kept Excel sheet) send their catalogues to the district
office, with the faults such catalogues carry. Issue 12: two different books are never made one silently; an
ISBN shared by two records is a suggestion, not proof (small publishers reuse their numbers, a volunteer copies
the ISBN of the book beside it, a KDT is printed with the wrong one)."""

from __future__ import annotations

import json

import openpyxl
import pytest

from pustaka_desktop.core.interop import importer, slims
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.store.models import Item, Record
from pustaka_desktop.core.sync import grants, hub, union

from .sync_helpers import Site, both_databases, enrol

SHARED_ISBN = "978-979-97312-3-4"  # Bumi manusia's, printed on the next book of the tetralogy too


def slims_csv(path, rows):
    """SLiMS 9's CSV export: every field in quotes, one LF after each row."""
    def line(values):
        return ",".join('"' + v.replace('"', '""') + '"' for v in values) + "\n"
    path.write_text(line(slims.BIBLIO_COLUMNS) + "".join(line([r.get(c, "") for c in slims.BIBLIO_COLUMNS])
                                                           for r in rows), encoding="utf-8")
    return path


def excel_sheet(path, rows):
    """A catalogue kept by hand in Excel: a heading row, then one row a title."""
    book = openpyxl.Workbook()
    book.active.append(["Judul", "Pengarang", "Penerbit", "Tahun", "ISBN", "No Klas", "Jumlah"])
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


@pytest.fixture
def district_and_two(tmp_path):
    clock = FixedClock("2026-03-02T09:00:00+07:00")
    district = Site(tmp_path, "dinas", "DIN", clock, district=True)
    suka, jaya = Site(tmp_path, "suka", "SKM", clock), Site(tmp_path, "jaya", "JYA", clock)
    for village in (suka, jaya):
        enrol(village, district, tmp_path)
    yield district, suka, jaya
    for site in (district, suka, jaya):
        site.close()


def holdings_by_title(district, words):
    with district:
        return {hit.title: sorted((h.code, h.copies) for h in hit.holdings) for hit in union.search(district.lib, words)}


@both_databases
def test_two_books_sharing_an_isbn_stay_two_union_records_and_the_isbn_finds_both(district_and_two, tmp_path):
    district, suka, jaya = district_and_two
    with suka:
        importer.import_file(suka.lib, suka.staff, "slims-biblio", slims_csv(tmp_path / "suka.csv", [
            dict(title="Bumi manusia", isbn_issn=SHARED_ISBN, classification="899.221 3", publish_year="2005",
                 publisher_name="Lentera Dipantara", authors="<Toer, Pramoedya Ananta>", item_code="<SKM001>"),
            dict(title="Laskar pelangi", isbn_issn="978-979-3062-79-2", classification="899.221 3",
                 publish_year="2008", publisher_name="Bentang", authors="<Hirata, Andrea>", item_code="<SKM002>"),
        ]))
    with jaya:
        importer.import_file(jaya.lib, jaya.staff, "xlsx", excel_sheet(tmp_path / "jaya.xlsx", [
            ["Anak Semua Bangsa", "Pramoedya Ananta Toer", "Lentera Dipantara", "2006", SHARED_ISBN, "899.221 3", 1],
            ["Budidaya Lele", "Tim Redaksi", "Penebar Swadaya", "2012", SHARED_ISBN, "639.3", 2],
            ["Bumi Manusia", "Pramoedya Ananta Toer", "Lentera Dipantara", "2005", SHARED_ISBN, "899.221 3", 1],
            # the same book, its title mistyped by a letter: its ISBN still brings it to its union record
            ["Laskar Pelagi", "Andrea Hirata", "Bentang", "2008", "9793062797", "899.221 3", 3],
        ]))
    for village in (suka, jaya):
        district.import_file(village.export_to(district))

    assert holdings_by_title(district, "9789799731234") == {
        "Bumi manusia": [("JYA", 1), ("SKM", 1)],
        "Anak Semua Bangsa": [("JYA", 1)],
        "Budidaya Lele": [("JYA", 2)],
    }
    assert holdings_by_title(district, "9789793062792") == {"Laskar pelangi": [("JYA", 3), ("SKM", 1)]}


def test_a_granted_book_with_another_book_s_isbn_gets_its_own_record_not_copies_of_that_book(district_and_two):
    district, suka, _ = district_and_two
    with suka:
        bumi = store.insert(suka.lib, Record, title="Bumi manusia", isbn="9789799731234",
                            authors=json.dumps([{"name": "Pramoedya Ananta Toer"}]))
        store.insert(suka.lib, Item, record=bumi.id, barcode="SKM001", status="available")
    district.import_file(suka.export_to(district))
    with district:
        grants.create(district.lib, district.staff, "SKM", "Hibah 2026", [
            {"title": "Anak Semua Bangsa", "author": "Pramoedya Ananta Toer", "isbn": SHARED_ISBN, "copies": "2"}])
    suka.import_file(district.export_to(suka))

    with suka:
        copies = {r.title: Item.select().where(Item.record == r, Item.deleted == False).count()  # noqa: E712
                  for r in Record.select().where(Record.deleted == False)}  # noqa: E712
    assert copies == {"Bumi manusia": 1, "Anak Semua Bangsa": 2}


def _book(village, **fields):
    with village:
        record = store.insert(village.lib, Record, authors=json.dumps([{"name": "Pramoedya Ananta Toer"}]), **fields)
        store.insert(village.lib, Item, record=record.id, barcode=f"{village.code}001", status="available")
        return record.uid


def _as_kept(village, uid):
    with village:
        record = Record.get(Record.uid == uid)
        return record.publisher, record.year_text, record.isbn


@both_databases
def test_the_district_s_correction_leaves_a_village_s_own_values_alone(district_and_two):
    district, suka, jaya = district_and_two
    # Sukamaju's SLiMS record: the publisher mistyped, the ISBN kept as printed (a wrong check digit, on its
    # review list); Jaya's hand-kept sheet: the 1980 Hasta Mitra printing, no ISBN. Title and author make them one.
    mine = _book(suka, title="Bumi manusia", subtitle="sebuah roman", publisher="Lentera Dipantra", year_text="2005",
                 isbn="9789799731233", ddc="899.2213")
    theirs = _book(jaya, title="Bumi Manusia", publisher="Hasta Mitra", year_text="1980")
    for village in (suka, jaya):
        district.import_file(village.export_to(district))
    with district:
        [hit] = union.search(district.lib, "bumi manusia")
        assert (hit.publisher, hit.villages) == ("Lentera Dipantra", 2)
        hub.edit_record(district.lib, district.staff, hit.id, publisher="Lentera Dipantara", isbn="9789799731234")
    for village in (suka, jaya):
        village.import_file(district.export_to(village))

    assert _as_kept(suka, mine) == ("Lentera Dipantara", "2005", "9789799731233")
    assert _as_kept(jaya, theirs) == ("Hasta Mitra", "1980", "")
