"""A book described twice, once with less: a library moving in has part of its books in SLiMS and the newer ones
in an Excel list (or two lists kept by two volunteers). A book in both comes in as a second record, as its two
descriptions differ (the list has no publisher, year or edition column; "Tohari, A." for Ahmad Tohari; a
subtitle in one only): it is never merged, but flagged "Possible duplicate" on the review list, naming the
record it may be. Another edition, volume or year, or another author, is another book: not flagged."""

from __future__ import annotations

import csv
import json

from openpyxl import Workbook

from pustaka_desktop.cli import main
from pustaka_desktop.core.catalog import review
from pustaka_desktop.core.interop import importer, slims
from pustaka_desktop.core.store.models import Item, Record

SUBTITLE, EDITION, YEAR, PUBLISHER, AUTHORS = "subtitle", "edition", "year", "publisher", "authors"
INITIALS = "author's given name (an initial)"

# the SLiMS side: what an old SLiMS catalogue holds (authors inverted, the subtitle after " : ")
SLIMS_BOOKS = [
    dict(title="Laskar pelangi : sebuah novel", authors="<Hirata, Andrea>", publisher_name="Bentang Pustaka",
         publish_year="2008", edition="Cet. 1", item_code="<S001>"),
    dict(title="Ronggeng dukuh paruk", authors="<Tohari, Ahmad>", publisher_name="Gramedia", publish_year="2003",
         edition="Edisi 2", item_code="<S002>"),
    dict(title="Bekisar merah", authors="<Tohari, Ahmad>", publisher_name="Gramedia", publish_year="1993",
         item_code="<S003>"),
    dict(title="Sejarah nasional Indonesia : jilid 1", authors="<Poesponegoro, Marwati Djoened>",
         publisher_name="Balai Pustaka", publish_year="1993", item_code="<S004>"),
    dict(title="Sejarah nasional Indonesia jilid 3", authors="<Poesponegoro, Marwati Djoened>",
         publisher_name="Balai Pustaka", publish_year="1993", item_code="<S005>"),
    dict(title="Kumpulan cerita rakyat Nusantara", authors="<Soedjito>", publisher_name="Balai Pustaka",
         publish_year="1995", item_code="<S006>"),
]


def slims_csv(path, books) -> None:
    """A SLiMS 9 bibliography export: every field (and the header) in quotes, the header ending with a comma."""
    def line(values):
        return ",".join('"' + v.replace('"', '""') + '"' for v in values)
    rows = [line(slims.BIBLIO_COLUMNS) + ","]
    rows += [line([dict(gmd_name="Text", language_name="Indonesia", **book).get(c, "") for c in slims.BIBLIO_COLUMNS])
             for book in books]
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")


def sheet_rows(rows: list[dict]) -> tuple[list[str], list[list]]:
    """A hand-kept list: only the columns its volunteer made (the keys its rows use), in the order of the first."""
    header = list(dict.fromkeys(key for row in rows for key in row))
    return header, [[row.get(key, "") for key in header] for row in rows]


def xlsx(path, rows: list[dict]) -> None:
    book = Workbook()
    header, values = sheet_rows(rows)
    book.active.append(header)
    for row in values:
        book.active.append(row)
    book.save(path)


def csv_sheet(path, rows: list[dict]) -> None:
    """A list saved as CSV by Excel set to Indonesian: semicolons."""
    header, values = sheet_rows(rows)
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = csv.writer(out, delimiter=";")
        writer.writerow(header)
        writer.writerows(values)


def record_of(barcode: str) -> Record:
    return Item.get(Item.barcode == barcode).record


def twins(lib) -> dict[str, tuple[str, list[str]]]:
    """The possible duplicates of the review list: the flagged record's first copy -> (the first copy of the
    record it names, what one of the two lacks)."""
    found = {}
    for entry in review.open_flags(lib, reason="duplicate"):
        flagged, other = Record.get_by_id(entry.record_id), Record.get_by_id(entry.params["other"])
        assert entry.params["other_title"] == other.title and entry.row > 0
        found[min(i.barcode for i in flagged.items)] = (min(i.barcode for i in other.items), entry.params.get("labels"))
    return found


def import_slims(lib, librarian, tmp_path, books=SLIMS_BOOKS) -> None:
    path = tmp_path / "senayan_biblio_export.csv"
    slims_csv(path, books)
    result = importer.import_file(lib, librarian, "slims-biblio", path)
    assert (result.records_add, result.bad) == (len(books), [])
    assert twins(lib) == {}


def copies_by_record() -> list[list[str]]:
    """Each record's copies: two records are never made one."""
    return sorted(sorted(i.barcode for i in r.items) for r in Record.select())


# --- an Excel list after SLiMS ---------------------------------------------------------------------------------


def test_a_list_without_publisher_year_and_edition_columns_flags_each_book_slims_has_and_merges_none(
        lib, librarian, tmp_path):
    import_slims(lib, librarian, tmp_path)
    path = tmp_path / "buku_baru.xlsx"
    xlsx(path, [
        {"No": 1, "Judul": "Laskar Pelangi", "Pengarang": "Andrea Hirata", "Barcode": "X001"},  # no subtitle
        {"No": 2, "Judul": "Ronggeng Dukuh Paruk", "Pengarang": "Tohari, A.", "Barcode": "X002"},  # an initial
        {"No": 3, "Judul": "Bekisar Merah", "Pengarang": "Ahmad Tohari", "Barcode": "X003"},
        {"No": 4, "Judul": "Bekisar Merah", "Pengarang": "Ahmad Tohari", "Barcode": "X004"},  # its second copy
        {"No": 5, "Judul": "Cantik itu luka", "Pengarang": "Eka Kurniawan", "Barcode": "X005"},  # a new book
    ])
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert (result.records_add, result.items_add, result.bad) == (4, 5, [])
    assert twins(lib) == {
        "X001": ("S001", [SUBTITLE, EDITION, YEAR, PUBLISHER]),
        "X002": ("S002", [EDITION, YEAR, PUBLISHER, INITIALS]),
        "X003": ("S003", [YEAR, PUBLISHER]),
    }
    assert Record.select().count() == 10
    assert ["S001"] in copies_by_record() and ["X001"] in copies_by_record() and ["X003", "X004"] in copies_by_record()
    by_row = {e.row: e for e in review.open_flags(lib, reason="duplicate")}
    assert sorted(by_row) == [2, 3, 4]  # the rows of the list (the header is row 1)
    assert by_row[2].record_id == record_of("X001").id and by_row[2].params["other"] == record_of("S001").id
    assert by_row[3].message() == (
        "Possible duplicate (mungkin duplikat): Ronggeng dukuh paruk (record 2) has the same title and authors, "
        "and nothing else that both give differs; given by only one of the two, or shortened: edition, year, "
        "publisher, author's given name (an initial). The two were kept apart: merge them by hand if they are one "
        "book.")
    # the same list again: nothing added, nothing flagged twice
    again = importer.import_file(lib, librarian, "xlsx", path)
    assert (again.records_add, again.items_add, again.flags) == (0, 0, 0)
    assert len(review.open_flags(lib, reason="duplicate")) == 3


def test_another_edition_volume_year_or_author_is_another_book_and_not_flagged(lib, librarian, tmp_path):
    import_slims(lib, librarian, tmp_path)
    path = tmp_path / "daftar_buku.csv"
    csv_sheet(path, [
        # another edition (SLiMS: Edisi 2), the same author as an initial
        {"Judul": "Ronggeng dukuh paruk", "Pengarang": "Tohari, A.", "Edisi": "Edisi 3", "Penerbit": "Gramedia",
         "Tahun": "2003", "Barcode": "N001"},
        # another volume: SLiMS says jilid 1 in the subtitle, the list jilid 2 in its edition column
        {"Judul": "Sejarah nasional Indonesia", "Pengarang": "Marwati Djoened Poesponegoro", "Edisi": "Jilid 2",
         "Tahun": "1993", "Barcode": "N002"},
        # another volume in the title itself
        {"Judul": "Sejarah nasional Indonesia jilid 4", "Pengarang": "Marwati Djoened Poesponegoro",
         "Barcode": "N003"},
        # another year (a later printing with a year of its own)
        {"Judul": "Bekisar merah", "Pengarang": "Ahmad Tohari", "Tahun": "2011", "Barcode": "N004"},
        # another author, the same title
        {"Judul": "Bekisar merah", "Pengarang": "Eka Kurniawan", "Barcode": "N005"},
        # no author and only half of the title: a title alone is not enough
        {"Judul": "Laskar pelangi", "Barcode": "N006"},
        # the one near twin of the list: no author, but the whole title, subtitle and all
        {"Judul": "Kumpulan cerita rakyat Nusantara", "Penerbit": "Balai Pustaka", "Barcode": "N007"},
    ])
    result = importer.import_file(lib, librarian, "csv", path)
    assert (result.records_add, result.bad) == (7, [])
    assert twins(lib) == {"N007": ("S006", [YEAR, AUTHORS])}
    assert Record.select().count() == 13


def test_a_row_already_flagged_for_the_same_isbn_is_not_flagged_twice(lib, librarian, tmp_path):
    books = [dict(SLIMS_BOOKS[2], isbn_issn="978-979-22-7887-3"), SLIMS_BOOKS[1]]
    import_slims(lib, librarian, tmp_path, books)
    path = tmp_path / "buku_baru.csv"
    csv_sheet(path, [{"Judul": "Bekisar Merah", "Pengarang": "Ahmad Tohari", "ISBN": "9789792278873",
                      "Barcode": "X001"},
                     {"Judul": "Ronggeng dukuh paruk", "Pengarang": "Ahmad Tohari", "Barcode": "X002"}])
    importer.import_file(lib, librarian, "csv", path)
    flags = review.open_flags(lib, reason="duplicate")
    assert [(f.row, f.params["other"], f.params.get("isbn"), f.params.get("labels")) for f in flags] == [
        (2, record_of("S003").id, "9789792278873", None), (3, record_of("S002").id, None, [EDITION, YEAR, PUBLISHER])]


# --- two lists, and one list -------------------------------------------------------------------------------------


def test_two_volunteers_lists_the_second_flagged_against_the_first(lib, librarian, tmp_path):
    first, second = tmp_path / "buku_ani.xlsx", tmp_path / "buku_budi.csv"
    xlsx(first, [{"Judul": "Hujan", "Pengarang": "Tere Liye", "Penerbit": "Gramedia Pustaka Utama", "Tahun": 2016,
                  "Barcode": "A001"},
                 {"Judul": "Pulang", "Pengarang": "Tere Liye", "Penerbit": "Republika", "Tahun": 2015,
                  "Barcode": "A002"}])
    csv_sheet(second, [{"Judul": "Hujan : sebuah novel", "Pengarang": "Liye, T.", "Barcode": "B001"},
                       {"Judul": "Pulang", "Pengarang": "Tere Liye", "Tahun": "2019", "Barcode": "B002"}])
    importer.import_file(lib, librarian, "xlsx", first)
    result = importer.import_file(lib, librarian, "csv", second)
    assert result.records_add == 2
    assert twins(lib) == {"B001": ("A001", [SUBTITLE, YEAR, PUBLISHER, INITIALS])}  # not Pulang of another year
    assert copies_by_record() == [["A001"], ["A002"], ["B001"], ["B002"]]


def test_within_one_list_a_later_row_is_flagged_against_an_earlier_one(lib, librarian, tmp_path, monkeypatch,
                                                                      chunk=importer.CHUNK):
    monkeypatch.setattr(importer, "CHUNK", chunk)
    path = tmp_path / "buku_induk.csv"
    csv_sheet(path, [
        {"Judul": "Laskar Pelangi", "Pengarang": "Andrea Hirata", "Penerbit": "Bentang Pustaka", "Tahun": "2008",
         "Edisi": "Cet. 1", "Barcode": "L001"},
        {"Judul": "Laskar Pelangi", "Pengarang": "Andrea Hirata", "Penerbit": "Bentang Pustaka", "Tahun": "2008",
         "Edisi": "Cet. 1", "Barcode": "L002"},  # the second copy: the same record
        {"Judul": "Laskar Pelangi", "Pengarang": "Andrea Hirata", "Penerbit": "Bentang Pustaka", "Tahun": "2008",
         "Edisi": "Edisi revisi", "Barcode": "L003"},  # another edition: no flag
        {"Judul": "Laskar pelangi : sebuah novel", "Pengarang": "Hirata, A.", "Penerbit": "", "Tahun": "",
         "Edisi": "", "Barcode": "L004"},
    ])
    result = importer.import_file(lib, librarian, "csv", path)
    assert (result.records_add, result.items_add) == (3, 4)
    # (the first record it may be: the list's first Laskar Pelangi, not its revised edition)
    assert twins(lib) == {"L004": ("L001", [SUBTITLE, EDITION, YEAR, PUBLISHER, INITIALS])}
    assert copies_by_record() == [["L001", "L002"], ["L003"], ["L004"]]


def test_a_row_flagged_against_one_already_written_in_an_earlier_chunk(lib, librarian, tmp_path, monkeypatch):
    test_within_one_list_a_later_row_is_flagged_against_an_earlier_one(lib, librarian, tmp_path, monkeypatch, chunk=1)


def test_the_same_description_written_another_way_is_flagged_with_nothing_missing(lib, librarian, tmp_path):
    import_slims(lib, librarian, tmp_path, [dict(SLIMS_BOOKS[1], authors="<Tohari, Ahmad><Dini, Nh.>")])
    path = tmp_path / "buku_baru.csv"
    csv_sheet(path, [{"Judul": "Ronggeng dukuh paruk", "Pengarang": "Nh. Dini; Ahmad Tohari", "Edisi": "Ed. ke-2",
                      "Penerbit": "Gramedia", "Tahun": "2003", "Barcode": "X001"}])
    importer.import_file(lib, librarian, "csv", path)
    assert twins(lib) == {"X001": ("S002", [])}
    [entry] = review.open_flags(lib, reason="duplicate")
    assert "has the same title, edition, year, publisher and authors, written another way" in entry.message()


# --- shown ---------------------------------------------------------------------------------------------------


def test_the_labels_are_shown_in_the_readers_language(lib, librarian, tmp_path):
    import_slims(lib, librarian, tmp_path)
    path = tmp_path / "buku_baru.csv"
    csv_sheet(path, [{"Judul": "Bekisar Merah", "Pengarang": "Ahmad Tohari", "Barcode": "X001"}])
    importer.import_file(lib, librarian, "csv", path)
    words = {"year": "tahun", "publisher": "penerbit"}
    [entry] = review.open_flags(lib, reason="duplicate")
    assert "given by only one of the two, or shortened: tahun, penerbit." in entry.message(
        lambda context, text: words.get(text, text) if context == "Review" else text)


def test_the_cli_review_list_shows_the_possible_duplicates(tmp_path, capsys):
    def run(*argv):
        code = main(["--lang", "en", "--db", str(tmp_path / "lib.sqlite3"), *argv])
        return code, capsys.readouterr().out

    assert run("init", "--library-name", "Desa", "--library-code", "DSA", "--librarian", "budi",
               "--password", "rahasia1")[0] == 0
    biblio, sheet = tmp_path / "senayan_biblio_export.csv", tmp_path / "buku_baru.csv"
    slims_csv(biblio, SLIMS_BOOKS)
    csv_sheet(sheet, [{"Judul": "Bekisar Merah", "Pengarang": "Ahmad Tohari", "Barcode": "X001"}])
    assert run("import", "slims-biblio", str(biblio))[0] == 0
    assert run("import", "csv", str(sheet))[0] == 0
    code, out = run("review", "list")
    assert code == 0 and "1 items to review" in out
    assert "Bekisar merah (record 3) has the same title and authors" in out and ": year, publisher." in out
    code, out = run("review", "list", "--json")
    [item] = json.loads(out)["items"]
    assert (item["reason"], item["title"], item["row"]) == ("duplicate", "Bekisar Merah", 2)


def test_a_title_shared_by_hundreds_of_issues_is_compared_with_a_few_not_with_all(lib, librarian, tmp_path,
                                                                                    monkeypatch):
    """A village catalogues each issue of a magazine as a record of its own ("Bobo", "No. 1" ... "No. 400"):
    each new issue was compared with every earlier one (20,000 issues: about a minute and a half). It is compared
    with the first ``MOST_COMPARED`` of its title; a twin among them is still found."""
    from pustaka_desktop.core.interop import near_duplicates

    compared = []
    real = near_duplicates.lacking
    monkeypatch.setattr(near_duplicates, "lacking", lambda one, other: compared.append(1) or real(one, other))
    issues = [dict(title="Bobo", edition=f"No. {n}", authors="<Redaksi Bobo>",
                   publisher_name="Gramedia Majalah", publish_year="2019", item_code=f"<M{n:03d}>")
              for n in range(1, 401)]
    issues.append(dict(title="Bobo", edition="No. 7", authors="<Redaksi Bobo>",
                       item_code="<M999>"))  # the seventh issue again, without its publisher and year
    path = tmp_path / "senayan_biblio_export.csv"
    slims_csv(path, issues)
    result = importer.import_file(lib, librarian, "slims-biblio", path)
    assert (result.records_add, result.bad) == (401, [])
    most = near_duplicates.MOST_COMPARED
    assert len(compared) <= most * 401 < 400 * 399 // 2  # (every earlier one: 79,800 comparisons)
    assert twins(lib) == {"M999": ("M007", [YEAR, PUBLISHER])}


def test_a_publisher_written_shorter_or_with_its_company_form_is_flagged_not_taken_for_another(lib, librarian,
                                                                                              tmp_path):
    """A buku induk typed over the years writes one publisher three ways: "Bentang", "Bentang Pustaka", "PT. Bentang
    Pustaka". Each made a record of its own, the same book three times and nothing on the review list: a publisher
    both gave that differed made two books. Written shorter (its first words, without "PT."/"Penerbit"), the
    publisher is one not given in full: flagged, never merged. Another publisher is still another book."""
    path = tmp_path / "induk.xlsx"
    xlsx(path, [{"No. Induk": f"00{n}", "Judul": "Laskar Pelangi", "Pengarang": "Andrea Hirata", "Penerbit": name,
                 "Tahun": "2008", "Barcode": f"B00{n}"}
                for n, name in enumerate(["Bentang", "Bentang Pustaka", "PT. Bentang Pustaka", "Penerbit Bentang",
                                          "Gramedia"], 1)])
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert (result.records_add, result.bad) == (5, [])
    assert twins(lib) == {"B002": ("B001", [PUBLISHER]), "B003": ("B001", [PUBLISHER]),
                          "B004": ("B001", [PUBLISHER])}
    assert Record.select().count() == 5  # (merged by hand only)
