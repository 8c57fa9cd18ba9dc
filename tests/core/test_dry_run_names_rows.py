"""A dry run's possible duplicates name the other book by its place in the file: the record number the import
gave it is rolled back with everything else (the catalogue then has another book by that number, or none). A
book already in the catalogue is still named by its record number, and a real import names its records."""

from pustaka_desktop.core.catalog import records
from pustaka_desktop.core.interop import importer
from pustaka_desktop.core.store.models import Record

SHEET = ("Judul;Pengarang;Penerbit;Tahun;ISBN\n"
         "Laskar Pelangi;Andrea Hirata;Bentang;2008;978-979-1227-00-2\n"
         "Sang Pemimpi;Andrea Hirata;Bentang;2008;978-979-1227-00-2\n"
         "Ronggeng Dukuh Paruk;Ahmad Tohari;Gramedia;2003;\n"
         "Ronggeng Dukuh Paruk;Tohari, A.;;;\n"
         "Bumi Manusia;Pramoedya Ananta Toer;Hasta Mitra;1980;978-602-6208-00-2\n")

MARCXML = """<?xml version="1.0" encoding="UTF-8"?>
<collection xmlns="http://www.loc.gov/MARC21/slim">
  <record><leader>00000nam a2200000 a 4500</leader>
    <datafield tag="020" ind1=" " ind2=" "><subfield code="a">9789791227002</subfield></datafield>
    <datafield tag="245" ind1="1" ind2="0"><subfield code="a">Edensor</subfield></datafield>
  </record>
  <record><leader>00000nam a2200000 a 4500</leader>
    <datafield tag="020" ind1=" " ind2=" "><subfield code="a">9789791227002</subfield></datafield>
    <datafield tag="245" ind1="1" ind2="0"><subfield code="a">Maryamah Karpov</subfield></datafield>
  </record>
</collection>
"""


def _messages(plan) -> dict[str, str]:
    return {entry.title: entry.message() for entry in plan.to_review if entry.reason == "duplicate"}


def test_a_dry_run_names_the_other_book_of_the_file_by_its_row(lib, librarian, tmp_path):
    kept = records.add_record(lib, librarian, title="Bumi Manusia", authors=[{"name": "Pramoedya"}],
                              isbn="9786026208002").record.id
    sheet = tmp_path / "induk.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    plan = importer.import_file(lib, librarian, "csv", sheet, dry_run=True, review=True)
    said = _messages(plan)
    assert "Laskar Pelangi (row 2 of this file) has the same ISBN" in said["Sang Pemimpi"]
    assert "Ronggeng Dukuh Paruk (row 4 of this file) has the same title and authors" in said["Ronggeng Dukuh Paruk"]
    assert "will be kept apart" in said["Ronggeng Dukuh Paruk"]
    # a book the catalogue has: its record number, which is real
    assert f"Bumi Manusia (record {kept}) has the same ISBN" in said["Bumi Manusia"]

    marc = tmp_path / "katalog.xml"
    marc.write_text(MARCXML, encoding="utf-8")
    said = _messages(importer.import_file(lib, librarian, "marcxml", marc, dry_run=True, review=True))
    assert "Edensor (record 1 of this file) has the same ISBN" in said["Maryamah Karpov"]

    done = importer.import_file(lib, librarian, "csv", sheet, review=True)  # (the real import: record numbers)
    said = _messages(done)
    first = next(e.params["other"] for e in done.to_review if e.title == "Sang Pemimpi" and e.reason == "duplicate")
    assert Record.get_by_id(first).title == "Laskar Pelangi"
    assert f"Laskar Pelangi (record {first}) has the same ISBN" in said["Sang Pemimpi"]


def test_a_dry_run_says_a_new_collection_type_will_be_added_not_that_it_was(lib, librarian, tmp_path):
    """A dry run adds nothing, yet its review list said the new collection type "has been added"."""
    from openpyxl import Workbook

    from pustaka_desktop.core.interop import import_copies
    from pustaka_desktop.core.store.models import CollectionType

    book = Workbook()
    book.active.append(["No. Induk", "Judul", "Pengarang", "Jenis Koleksi"])
    book.active.append(["001", "Laskar Pelangi", "Andrea Hirata", "Koleksi Pojok Baca"])
    book.save(tmp_path / "induk.xlsx")
    plan = importer.import_file(lib, librarian, "xlsx", tmp_path / "induk.xlsx", dry_run=True, review=True)
    (entry,) = [e for e in plan.to_review if e.reason == "collection_type"]
    assert entry.template == import_copies.NEW_TYPE_TO_ADD
    assert not CollectionType.select().where(CollectionType.name == "Koleksi Pojok Baca").exists()
    done = importer.import_file(lib, librarian, "xlsx", tmp_path / "induk.xlsx", review=True)
    (entry,) = [e for e in done.to_review if e.reason == "collection_type"]
    assert entry.template == import_copies.NEW_TYPE_ADDED
