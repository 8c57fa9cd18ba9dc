"""Which record a row is: a print book and its e-book (or audio book) with one description are two books,
however the file says so; and a record's uid (MARC 001 of a file we wrote) is taken only from this
library's own file: another library's uids stay theirs (the district hub keeps one book per uid)."""

from __future__ import annotations

import json

from pustaka_desktop.core.catalog import records, review
from pustaka_desktop.core.interop import importer, marc_writer, slims, spreadsheet
from pustaka_desktop.core.store import write
from pustaka_desktop.core.store.models import ChangeLog, Item, Record, ReviewFlag
from tests.core import interop_fixtures

empty_lib_factory = interop_fixtures.empty_lib_factory  # a fixture

AUTHORS = [{"name": "Tohari, Ahmad", "role": "primary", "kind": "person"}]
DESCRIPTION = dict(title="Ronggeng dukuh paruk", edition="Cet. 3", year_text="2003", publisher="Gramedia",
                   series="Sastra Indonesia", place="Jakarta", collation="408 hlm.", language="ind", ddc="899.2213",
                   subjects=["Novel"])


def add_record(lib, material_type: str, *barcodes: str) -> Record:
    """A record of the one description, stored as the catalogue stores it, with its copies."""
    cleaned = records.clean_record(dict(DESCRIPTION, authors=AUTHORS, material_type=material_type), 2026)
    cleaned["match_key"] = records.match_key(cleaned["title"], records.first_author(cleaned.get("authors")))
    record = write.insert(lib, Record, **cleaned)
    for barcode in barcodes:
        write.insert(lib, Item, record=record.id, barcode=barcode, call_number="899.2213 TOH r")
    return record


def slims_biblio(path, *rows: tuple[str, str]) -> None:
    """A SLiMS bibliography export (every field quoted, the header ending with a comma): one row per
    (GMD, item codes), all of the one description."""
    lines = [",".join(slims.BIBLIO_COLUMNS) + ","]
    for gmd, codes in rows:
        lines.append(",".join(f'"{v}"' for v in (
            "Ronggeng dukuh paruk", gmd, "Cet. 3", "", "Gramedia", "2003", "408 hlm.", "Sastra Indonesia",
            "899.2213 TOH r", "Indonesia", "Jakarta", "899.2213", "", "", "", "<Tohari, Ahmad>", "<Novel>", codes)))
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def kinds() -> dict[str, list[str]]:
    """Each record's material type -> the barcodes of its copies."""
    return {r.material_type: sorted(i.barcode for i in r.items) for r in Record.select().where(Record.deleted == False)}  # noqa: E712


def fingerprint(lib) -> tuple:
    """Every column of every record and copy, and the change log: what a sync would send."""
    rows = tuple(tuple(lib.db.execute_sql(f"SELECT * FROM {table} ORDER BY id").fetchall())
                 for table in ("record", "item"))
    return rows, ChangeLog.select().count()


# --- a print book and its e-book ------------------------------------------------------------------------


def test_a_print_book_its_e_book_and_its_audio_book_in_one_slims_file_are_three_records(lib, librarian, tmp_path):
    path = tmp_path / "senayan_biblio_export.csv"
    slims_biblio(path, ("Text", "<B0001><B0002>"), ("Electronic Resource", "<E0001>"), ("Sound Recording", "<A0001>"))
    result = importer.import_file(lib, librarian, "slims-biblio", path)
    assert (result.records_add, result.items_add, result.bad) == (3, 4, [])
    assert kinds() == {"book": ["B0001", "B0002"], "ebook": ["E0001"], "av": ["A0001"]}
    # not "row 3 describes the same book as row 2": a mild possible duplicate, naming the print book
    print_book = Record.get(Record.material_type == "book")
    flags = ReviewFlag.select().where(ReviewFlag.reason == "duplicate")
    assert sorted((f.record.material_type, json.loads(f.params)["other"]) for f in flags) == [
        ("av", print_book.id), ("ebook", print_book.id)]
    again = importer.import_file(lib, librarian, "slims-biblio", path)
    assert (again.records_add, again.records_update, again.items_add, again.items_update) == (0, 0, 0, 0)


def test_a_sheet_with_a_material_type_column_keeps_the_e_book_apart_and_a_blank_type_joins_the_first(
        lib, librarian, tmp_path):
    path = tmp_path / "buku_induk.csv"
    path.write_text("\n".join([
        "No;Judul;Pengarang;Edisi;Penerbit;Tahun;Seri;Jenis;Barcode",
        "1;Ronggeng dukuh paruk;Ahmad Tohari;Cet. 3;Gramedia;2003;Sastra Indonesia;Buku;B0001",
        "2;Ronggeng dukuh paruk;Ahmad Tohari;Cet. 3;Gramedia;2003;Sastra Indonesia;E-book;E0001",
        "3;Ronggeng dukuh paruk;Ahmad Tohari;Cet. 3;Gramedia;2003;Sastra Indonesia;Buku;B0002",
        "4;Ronggeng dukuh paruk;Ahmad Tohari;Cet. 3;Gramedia;2003;Sastra Indonesia;;B0003",  # no type: as before
    ]) + "\n", encoding="utf-8")
    result = importer.import_file(lib, librarian, "csv", path)
    assert (result.records_add, result.items_add, result.bad) == (2, 4, [])
    assert kinds() == {"book": ["B0001", "B0002", "B0003"], "ebook": ["E0001"]}
    again = importer.import_file(lib, librarian, "csv", path)
    assert (again.records_add, again.records_update, again.items_add, again.items_update) == (0, 0, 0, 0)


def test_a_row_finds_the_record_of_its_own_material_type_in_the_catalogue(lib, librarian, tmp_path):
    """The e-book was catalogued first (the lower id): a SLiMS row of the print book is the print book,
    the e-book's row is the e-book, and a copy in a sheet without a type column is the print book's (a copy
    on the shelf is no e-book's)."""
    ebook = add_record(lib, "ebook", "E0001")
    slims_file = tmp_path / "biblio.csv"
    slims_biblio(slims_file, ("Text", "<B0001>"))
    first = importer.import_file(lib, librarian, "slims-biblio", slims_file)
    assert (first.records_add, first.records_update, first.items_add) == (1, 0, 1)
    assert kinds() == {"ebook": ["E0001"], "book": ["B0001"]}
    print_book = Record.get(Record.material_type == "book")
    slims_biblio(slims_file, ("Text", "<B0001><B0002>"), ("Electronic Resource", "<E0001>"))
    both = importer.import_file(lib, librarian, "slims-biblio", slims_file)
    assert (both.records_add, both.records_update, both.items_add) == (0, 0, 1)
    assert Item.get(Item.barcode == "B0002").record_id == print_book.id
    sheet = tmp_path / "daftar.csv"
    sheet.write_text("Judul;Pengarang;Edisi;Penerbit;Tahun;Seri;Barcode\n"
                     "Ronggeng dukuh paruk;Tohari, Ahmad;Cet. 3;Gramedia;2003;Sastra Indonesia;X0001\n", encoding="utf-8")
    untyped = importer.import_file(lib, librarian, "csv", sheet)
    assert (untyped.records_add, untyped.items_add) == (0, 1)
    assert Item.get(Item.barcode == "X0001").record_id == print_book.id != ebook.id


def test_a_copy_without_a_type_is_no_e_books_even_when_only_the_e_book_is_here(lib, librarian, tmp_path):
    """Only the e-book is catalogued (from the digital shelf): a buku induk row of the same description with
    an accession number is the printed book, a record of its own, listed as a possible duplicate of the
    e-book; the file again adds nothing. A row without copies still finds the e-book."""
    ebook = add_record(lib, "ebook", "E0001")
    sheet = tmp_path / "induk.csv"
    sheet.write_text("Judul;Pengarang;Edisi;Penerbit;Tahun;Seri;No. Induk\n"
                     "Ronggeng dukuh paruk;Tohari, Ahmad;Cet. 3;Gramedia;2003;Sastra Indonesia;005/P/2019\n",
                     encoding="utf-8")
    first = importer.import_file(lib, librarian, "csv", sheet)
    assert (first.records_add, first.items_add) == (1, 1)
    printed = Record.get(Record.material_type == "book")
    assert Item.get(Item.accession_no == "005/P/2019").record_id == printed.id
    [flag] = ReviewFlag.select().where(ReviewFlag.reason == "duplicate")
    assert (flag.record_id, json.loads(flag.params)["other"]) == (printed.id, ebook.id)
    again = importer.import_file(lib, librarian, "csv", sheet)
    assert (again.records_add, again.records_update, again.items_add, again.items_update) == (0, 0, 0, 0)
    titles = tmp_path / "judul.csv"
    titles.write_text("Judul;Pengarang;Edisi;Penerbit;Tahun;Seri\n"
                      "Ronggeng dukuh paruk;Tohari, Ahmad;Cet. 3;Gramedia;2003;Sastra Indonesia\n", encoding="utf-8")
    assert importer.import_file(lib, librarian, "csv", titles).records_add == 0


def test_our_slims_and_xlsx_exports_of_a_print_book_and_its_e_book_change_nothing_when_imported_back(
        lib, librarian, tmp_path, empty_lib_factory):
    add_record(lib, "book", "B0001", "B0002")
    add_record(lib, "ebook", "E0001")
    biblio, items, sheet = tmp_path / "biblio.csv", tmp_path / "item.csv", tmp_path / "katalog.xlsx"
    slims.export_biblio(lib, librarian, biblio)
    slims.export_items(lib, librarian, items)
    spreadsheet.export_xlsx(lib, librarian, sheet)
    before = fingerprint(lib)
    plans = [*importer.import_slims(lib, librarian, biblio, items), importer.import_file(lib, librarian, "xlsx", sheet)]
    assert [(p.records_add, p.records_update, p.items_add, p.items_update) for p in plans] == [(0, 0, 0, 0)] * 3
    assert fingerprint(lib) == before
    other, other_librarian = empty_lib_factory()
    importer.import_slims(other, other_librarian, biblio, items)
    assert kinds() == {"book": ["B0001", "B0002"], "ebook": ["E0001"]}
    again, another_librarian = empty_lib_factory()
    importer.import_file(again, another_librarian, "xlsx", sheet)
    assert kinds() == {"book": ["B0001", "B0002"], "ebook": ["E0001"]}


# --- uids: ours, another library's, a deleted record's --------------------------------------------------


def _catalogue_with_marc_export(lib, librarian, tmp_path):
    add_record(lib, "book", "B0001")
    cleaned = records.clean_record(dict(title="Laskar pelangi", year_text="2008", publisher="Bentang Pustaka"), 2026)
    laskar = write.insert(lib, Record, match_key=records.match_key("Laskar pelangi", ""), **cleaned)
    write.insert(lib, Item, record=laskar.id, barcode="L0001")
    path = tmp_path / "katalog.mrc"
    marc_writer.export_marc(lib, librarian, path)
    return path, {r.uid: r.title for r in Record.select()}


def test_another_librarys_marc_export_gives_our_own_uids_and_keeps_theirs_as_the_source(
        lib, librarian, tmp_path, empty_lib_factory):
    path, theirs = _catalogue_with_marc_export(lib, librarian, tmp_path)  # library UJI's export
    other, other_librarian = empty_lib_factory("LAIN")
    first = importer.import_file(other, other_librarian, "marc", path)
    assert (first.records_add, first.items_add, first.bad) == (2, 2, [])
    got = {r.uid: (r.title, r.slims_id) for r in Record.select()}
    assert not set(got) & set(theirs)  # two libraries never send the hub one uid for two books
    assert sorted(got.values()) == sorted((title, f"marc:UJI:{uid}") for uid, title in theirs.items())
    before = fingerprint(other)
    again = importer.import_file(other, other_librarian, "marc", path)
    assert (again.records_add, again.records_update, again.items_add, again.items_update) == (0, 0, 0, 0)
    assert fingerprint(other) == before


def test_a_fresh_install_takes_the_uids_of_its_own_old_export_and_a_neighbour_does_not(
        lib, librarian, tmp_path, empty_lib_factory):
    path, ours = _catalogue_with_marc_export(lib, librarian, tmp_path)
    home = importer.import_file(lib, librarian, "marc", path)  # back into the library it came from
    assert (home.records_add, home.records_update, home.items_add, home.items_update) == (0, 0, 0, 0)
    reinstalled, its_librarian = empty_lib_factory("UJI")  # the same library on a new PC: its code, its books
    importer.import_file(reinstalled, its_librarian, "marc", path)
    assert {r.uid: (r.title, r.slims_id) for r in Record.select()} == {uid: (title, "") for uid, title in ours.items()}
    neighbour, neighbour_librarian = empty_lib_factory("TETANGGA")
    importer.import_file(neighbour, neighbour_librarian, "marc", path)
    assert not {r.uid for r in Record.select()} & set(ours)


def test_a_uid_of_a_record_deleted_here_brings_the_book_back_as_a_new_record_said_so(lib, librarian, tmp_path):
    path, ours = _catalogue_with_marc_export(lib, librarian, tmp_path)
    laskar = Record.get(Record.title == "Laskar pelangi")
    records.delete_record(lib, librarian, laskar)
    result = importer.import_file(lib, librarian, "marc", path)  # no crash on the uid the tombstone keeps
    assert (result.records_add, result.records_update, result.items_add, result.items_update) == (1, 0, 0, 0)
    assert [bad.params["barcode"] for bad in result.left_out] == ["L0001"]  # a deleted copy's barcode
    back = Record.get((Record.title == "Laskar pelangi") & (Record.deleted == False))  # noqa: E712
    assert (back.uid != laskar.uid, back.slims_id) == (True, f"marc:UJI:{laskar.uid}")
    assert Record.get_by_id(laskar.id).deleted
    [flag] = review.open_flags(lib, reason="duplicate")
    assert (flag.record_id, flag.params["title"]) == (back.id, "Laskar pelangi")
    before = fingerprint(lib)
    again = importer.import_file(lib, librarian, "marc", path)
    assert (again.records_add, again.records_update, again.items_add, again.items_update) == (0, 0, 0, 0)
    assert fingerprint(lib) == before


def test_an_author_written_straight_in_a_sheet_is_the_inverted_name_of_the_catalogue(lib, librarian, tmp_path):
    """SLiMS and MARC write "Tohari, Ahmad"; a buku induk kept by hand "Ahmad Tohari": the same book, whose
    copy the sheet adds, not a second record."""
    slims_file = tmp_path / "biblio.csv"
    slims_biblio(slims_file, ("Text", "<B0001>"))
    importer.import_file(lib, librarian, "slims-biblio", slims_file)
    sheet = tmp_path / "induk.csv"
    sheet.write_text("Judul;Pengarang;Edisi;Penerbit;Tahun;Seri;No. Induk\n"
                     "Ronggeng dukuh paruk;Ahmad Tohari;Cet. 3;Gramedia;2003;Sastra Indonesia;007/P/2019\n",
                     encoding="utf-8")
    result = importer.import_file(lib, librarian, "csv", sheet)
    assert (result.records_add, result.items_add) == (0, 1)
    assert Record.select().count() == 1 and Item.get(Item.accession_no == "007/P/2019").record.title == (
        "Ronggeng dukuh paruk")
