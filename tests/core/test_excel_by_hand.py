"""A buku induk and a member list as a village library really keeps them in Excel: the library's name and
the year above a header merged over two rows, "Asal Buku" merged over "Beli | Hibah | Sumbangan" with an X
under the one the book came by, a sheet a year after a sheet of instructions, a "Jumlah" row of =SUM formulas,
and a member list whose last row counts the members ("4 orang")."""

from __future__ import annotations

from openpyxl import Workbook

from pustaka_desktop.core.catalog import review
from pustaka_desktop.core.interop import (
    column_notices,
    importer,
    member_import,
    sheet_headers,
    sheets,
    source_marks,
    spreadsheet,
)
from pustaka_desktop.core.store.models import Item, Member, Record


def _year_sheet(book, year, rows):
    """One year's sheet: title rows, a two-row header with "Asal Buku" merged over its three columns and the
    other headings merged down, the rows, and a totals row of formulas."""
    sheet = book.create_sheet(year)
    sheet.append(["BUKU INDUK PERPUSTAKAAN DESA SUKAMAJU"])
    sheet.merge_cells("A1:K1")
    sheet.append([f"Tahun {year}"])
    sheet.append([])
    sheet.append(["No.", "Tgl Terima", "No. Induk", "Judul Buku", "Pengarang", "Tahun", "Asal Buku", None, None,
                  "Jml", "Harga"])
    sheet.append([None] * 6 + ["Beli", "Hibah", "Sumbangan"])
    for column in "ABCDEFJK":
        sheet.merge_cells(f"{column}4:{column}5")
    sheet.merge_cells("G4:I4")
    for n, row in enumerate(rows, start=1):
        sheet.append([n, *row])
    last = sheet.max_row
    sheet.append(["Jumlah", None, None, None, None, None, None, None, None, f"=SUM(J6:J{last})",
                  f"=SUM(K6:K{last})"])


def _buku_induk(path, sheets_rows):
    book = Workbook()
    book.active.title = "Petunjuk"
    for line in ("PETUNJUK PENGISIAN", "1. Satu baris untuk setiap judul", "2. Asal Buku diberi tanda X"):
        book.active.append([line])
    for year, rows in sheets_rows.items():
        _year_sheet(book, year, rows)
    book.save(path)
    return path


TWO_YEARS = {
    "2018": [(43170, "001/PD-SKM/2018", "Laskar Pelangi ", "Andrea Hirata", "2005.", "X", None, None, 1,
              "Rp 25.000,-"),
             ("12-03-2018", "002-004", "Si Kancil\nAnak Nakal", "Anonim", "th. 2010", None, "x", None, 3, 15000),
             ("12 Maret 2018", "005", "Budidaya Lele", "Tim Penulis", "2012", None, None, "√", 1, "Rp. 30.000")],
    "2019": [("02-04-2019", "001/PD-SKM/2019", "Bumi Manusia", "Pramoedya Ananta Toer", "1980", None, 1, None, 1,
              "Rp 50.000,-"),
             ("02-04-2019", "002/PD-SKM/2019", "Cara Menanam Padi", "Dinas Pertanian", "2015", None, None,
              "Pak Kades", 1, None)],
}


def _sources():
    return {item.accession_no: item.source for item in Item.select()}


def test_an_x_under_beli_hibah_or_sumbangan_gives_each_copy_its_source(lib, librarian, tmp_path):
    """The source was dropped for every book ("Beli, Hibah, Sumbangan: columns not imported"), so a library's
    grants and donations all came in as "other"; now the marked column is the source, a donor's name written
    under "Sumbangan" kept as its note, and the columns are no more said to be left out."""
    path = _buku_induk(tmp_path / "buku induk.xlsx", TWO_YEARS)
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert (result.records_add, result.items_add, result.bad) == (5, 7, [])
    assert _sources() == {"001/PD-SKM/2018": "purchase", "002": "grant", "003": "grant", "004": "grant",
                          "005": "donation", "001/PD-SKM/2019": "grant", "002/PD-SKM/2019": "donation"}
    assert Item.get(Item.accession_no == "002/PD-SKM/2019").source_detail == "Sumbangan Pak Kades"
    assert [n.sheet for n in result.notices if n.template == spreadsheet.COLUMNS_NOT_READ] == []
    # the instructions sheet and the totals rows are no books, and said by their sheet and row
    assert [(n.sheet, n.params["rows"]) for n in result.notices if n.template == sheets.TOTALS] == [
        ("2018", "9"), ("2019", "8")]
    assert [n.sheet for n in result.notices if n.template == spreadsheet.NOT_READ] == ["Petunjuk"]
    assert sorted(r.title for r in Record.select()) == ["Budidaya Lele", "Bumi Manusia", "Cara Menanam Padi",
                                                        "Laskar Pelangi", "Si Kancil Anak Nakal"]


def test_the_dry_run_and_a_second_import_of_the_marked_workbook_agree_and_add_nothing(lib, librarian, tmp_path):
    path = _buku_induk(tmp_path / "buku induk.xlsx", TWO_YEARS)
    dry = importer.import_file(lib, librarian, "xlsx", path, dry_run=True)
    assert (dry.records_add, dry.items_add) == (5, 7)
    assert Item.select().count() == 0
    importer.import_file(lib, librarian, "xlsx", path)
    again = importer.import_file(lib, librarian, "xlsx", path)
    assert (again.records_add, again.records_update, again.items_add, again.items_update) == (0, 0, 0, 0)
    assert _sources()["002"] == "grant"


def test_two_columns_marked_in_one_row_are_flagged_not_guessed(lib, librarian, tmp_path):
    """An X under both "Beli" and "Hibah" cannot be read with certainty: the copy comes in, its source is not
    made up from the first column, and the row is on the "Perlu diperiksa" list naming both."""
    path = _buku_induk(tmp_path / "buku induk.xlsx", {"2020": [
        ("03-02-2020", "001", "Ronggeng Dukuh Paruk", "Ahmad Tohari", "2003", "X", "X", None, 1, 45000)]})
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert (result.records_add, result.items_add) == (1, 1)
    assert _sources() == {"001": "other"}
    flagged = [flag for flag in review.open_flags(lib) if flag.template == source_marks.MARKED_TWICE]
    assert [flag.params["columns"] for flag in flagged] == ["Beli, Hibah"]


def test_the_wizard_may_give_source_to_each_of_the_marked_columns(lib, librarian, tmp_path):
    """The wizard's preview names every column: "Source" for each of Beli, Hibah and Sumbangan is no clash of
    one field over three columns (Next stays open), and the marks are read the same."""
    path = _buku_induk(tmp_path / "buku induk.xlsx", {"2018": TWO_YEARS["2018"]})
    headers = spreadsheet.preview(path).headers
    mapping = sheet_headers.guess_mapping(headers)
    assert {h: mapping[h] for h in ("Beli", "Hibah", "Sumbangan")} == dict.fromkeys(("Beli", "Hibah", "Sumbangan"),
                                                                                  "source")
    assert sheet_headers.clashes(mapping) == {}
    # a field that takes one column is still refused over two that are no tick columns
    assert sheet_headers.clashes({"Judul Buku": "title", "Pengarang": "source", "Tahun": "source"}) == {
        "source": ["Pengarang", "Tahun"]}
    result = importer.import_file(lib, librarian, "xlsx", path, mapping={h: mapping.get(h, "") for h in headers})
    assert _sources()["005"] == "donation" and result.items_add == 5


def test_a_lone_source_column_is_read_as_the_words_it_holds(lib, librarian, tmp_path):
    """A single "Hibah" header is no group of tick columns: nothing changes for it."""
    assert source_marks.columns(["Judul", "Hibah", "Harga"]) == {}
    assert source_marks.columns(["Judul", "Beli", "Hibah", "Harga", "1", "2"]) == {1: "Beli", 2: "Hibah"}


def _members(path, rows):
    book = Workbook()
    book.active.title = "Anggota"
    book.active.append(["DAFTAR ANGGOTA PERPUSTAKAAN DESA SUKAMAJU"])
    book.active.append([])
    book.active.append(["No.", "No. Anggota", "Nama", "L/P", "Alamat", "RT/RW", "No. HP", "Tgl Daftar"])
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_the_count_of_members_under_the_names_is_no_member(lib, librarian, tmp_path):
    """"Jumlah" with "4 orang" under the names came in as a member called "4 orang"."""
    path = _members(tmp_path / "anggota.xlsx", [
        [1, "A-001", "Siti Aminah", "P", "Dusun Krajan", "001/002", 8123456789, 43500],
        [2, "A-002", "Budi Santoso ", "L", "Dusun Krajan", "003/002", "+62 812-3456-7890", "12-03-2019"],
        [3, "A-003", "Dewi\nLestari", "p", "Dusun Wetan", "01/03", "0813 1111 2222", "12 Maret 2019"],
        ["Jumlah", None, "3 orang"]])
    dry = member_import.import_members(lib, librarian, path, dry_run=True)
    assert dry.add == 3
    result = member_import.import_members(lib, librarian, path)
    assert (result.add, result.bad) == (3, [])
    assert sorted(m.name for m in Member.select()) == ["Budi Santoso", "Dewi Lestari", "Siti Aminah"]
    assert {m.number: m.phone for m in Member.select()} == {"A-001": "08123456789", "A-002": "081234567890",
                                                            "A-003": "081311112222"}
    assert [n.params["rows"] for n in result.notices if n.template == sheets.TOTALS] == ["7"]


def test_a_count_in_the_title_column_is_no_book(lib, librarian, tmp_path):
    book = Workbook()
    for row in (["No", "No Induk", "Judul", "Pengarang"], [1, "001", "Laskar Pelangi", "Andrea Hirata"],
                [2, "002", "Bumi Manusia", "Pramoedya Ananta Toer"], ["Jumlah", None, "2 judul", None]):
        book.active.append(row)
    book.save(tmp_path / "buku.xlsx")
    result = importer.import_file(lib, librarian, "xlsx", tmp_path / "buku.xlsx")
    assert (result.records_add, result.items_add, result.bad) == (2, 2, [])


def test_the_year_over_a_block_of_rows_is_no_book(lib, librarian, tmp_path):
    """A buku induk kept for years on one sheet: "TAHUN 2020" alone in the title column became a book of that
    title (with no copy); merged across the table it was said to be a row "numbered ahead". Both are headings."""
    book = Workbook()
    for row in (["BUKU INDUK PERPUSTAKAAN DESA SUKAMAJU"], [],
                ["No.", "No. Induk", "Judul", "Pengarang", "Tahun Terbit", "Eks", "Harga"],
                ["TAHUN 2019"],
                [1, "001-005", "Laskar Pelangi", "Andrea Hirata", "2008", 5, 25000],
                [],
                [None, None, "Pengadaan Tahun 2020"],
                [2, "006", "Bumi Manusia", "Pramoedya Ananta Toer", "1980", 1, 50000],
                [None, None, "1984", "George Orwell"],
                [3, None, "Th. 2021"],  # (a list numbered ahead: the heading has its number too)
                [4, "007", "Ronggeng Dukuh Paruk", "Ahmad Tohari", "2003", 1, 45000]):
        book.active.append(row)
    book.active.merge_cells("A4:G4")
    book.save(tmp_path / "buku induk.xlsx")
    result = importer.import_file(lib, librarian, "xlsx", tmp_path / "buku induk.xlsx")
    assert sorted(r.title for r in Record.select()) == ["1984", "Bumi Manusia", "Laskar Pelangi",
                                                        "Ronggeng Dukuh Paruk"]
    assert (result.items_add, result.bad) == (7, [])
    assert [(n.params["rows"], n.params["text"]) for n in result.notices if n.template == sheets.HEADINGS] == [
        ("4, 7, 10", "TAHUN 2019")]
    assert [n for n in result.notices if n.template == sheets.NUMBERED_ONLY] == []


def test_numbers_under_beli_and_hibah_count_the_copies_by_source(lib, librarian, tmp_path):
    """One row a title, its copies counted under the source they came by: "2" under Beli and "1" under Hibah
    are three copies, two bought and one a grant (with no Jml written, the counts are the copies); counts
    that do not add up to the Jml written are flagged, not shared out by guess."""
    path = _buku_induk(tmp_path / "buku induk.xlsx", {"2021": [
        ("05-01-2021", "001-003", "Ronggeng Dukuh Paruk", "Ahmad Tohari", "2003", 2, 1, None, 3, 45000),
        ("05-01-2021", None, "Si Kancil", "Anonim", "2010", None, 4, None, None, 15000),
        ("05-01-2021", None, "Bumi Manusia", "Pramoedya Ananta Toer", "1980", 1, 1, None, 3, 50000)]})
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert (result.records_add, result.items_add, result.bad) == (3, 10, [])

    def sources(title):
        return sorted(i.source for i in Item.select().join(Record).where(Record.title == title))
    assert sources("Ronggeng Dukuh Paruk") == ["grant", "purchase", "purchase"]
    assert sources("Si Kancil") == ["grant"] * 4
    assert sources("Bumi Manusia") == ["other"] * 3
    flagged = [flag.params for flag in review.open_flags(lib) if flag.template == source_marks.COUNTS_DISAGREE]
    assert flagged == [{"columns": "Beli 1, Hibah 1", "counted": 2, "copies": 3}]
    again = importer.import_file(lib, librarian, "xlsx", path)
    assert (again.records_add, again.items_add, again.items_update) == (0, 0, 0)


def test_a_range_of_numbers_with_the_library_s_code_makes_one_copy_a_number(lib, librarian, tmp_path):
    """"001-005/PD-SKM/2019" for five copies came in as one copy numbered so and four without a number
    (flagged); each copy is stamped 001/PD-SKM/2019 ... 005/PD-SKM/2019, and now comes in so."""
    book = Workbook()
    for row in (["No.", "No. Induk", "Judul", "Pengarang", "Eks", "Harga"],
                [1, "001-005/PD-SKM/2019", "Laskar Pelangi", "Andrea Hirata", 5, 25000],
                [2, "006/PD-SKM/2019 - 007/PD-SKM/2019", "Bumi Manusia", "Pramoedya Ananta Toer", 2, 50000],
                [3, "008/PD-SKM/2019", "Si Kancil", "Anonim", 1, 15000],
                [4, "2019-009", "Ronggeng Dukuh Paruk", "Ahmad Tohari", 1, 45000]):
        book.active.append(row)
    book.save(tmp_path / "buku induk.xlsx")
    result = importer.import_file(lib, librarian, "xlsx", tmp_path / "buku induk.xlsx")
    assert (result.records_add, result.items_add, result.flags) == (4, 9, 0)
    assert sorted(Item.select().where(Item.accession_no.startswith("00")).tuples().select(Item.accession_no)) == [
        (f"00{n}/PD-SKM/2019",) for n in range(1, 9)]
    assert Item.get(Item.accession_no == "2019-009").record.title == "Ronggeng Dukuh Paruk"
    again = importer.import_file(lib, librarian, "xlsx", tmp_path / "buku induk.xlsx")
    assert (again.records_add, again.items_add, again.items_update) == (0, 0, 0)


def _with_hidden_helper(path):
    """A buku induk with a helper column hidden: "Tahun", the year each book came (for a count by year), which
    is no year of publication."""
    book = Workbook()
    for row in (["No.", "Tgl Terima", "Tahun", "No. Induk", "Judul", "Pengarang"],
                [1, "12-03-2019", 2019, "001", "Laskar Pelangi", "Andrea Hirata"],
                [2, "02-04-2020", 2020, "002", "Bumi Manusia", "Pramoedya Ananta Toer"]):
        book.active.append(row)
    book.active.column_dimensions["C"].hidden = True
    book.save(path)
    return path


def test_a_hidden_column_that_is_read_is_said_and_can_be_left_out(lib, librarian, tmp_path):
    """A column she hid in Excel filled a field she never sees (here the year of publication), without a word."""
    path = _with_hidden_helper(tmp_path / "buku induk.xlsx")
    assert spreadsheet.preview(path).hidden_columns == ["Tahun"]
    dry = importer.import_file(lib, librarian, "xlsx", path, dry_run=True)
    assert [n.params for n in dry.notices if n.template == column_notices.HIDDEN_COLUMNS] == [{"columns": "Tahun"}]
    mapping = sheet_headers.guess_mapping(spreadsheet.preview(path).headers) | {"Tahun": ""}
    result = importer.import_file(lib, librarian, "xlsx", path, mapping=mapping)
    assert [n for n in result.notices if n.template == column_notices.HIDDEN_COLUMNS] == []
    assert [(r.title, r.year) for r in Record.select().order_by(Record.title)] == [
        ("Bumi Manusia", None), ("Laskar Pelangi", None)]


def test_the_hidden_columns_of_an_xls_workbook_are_said_too(lib, librarian, tmp_path):
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("2019")
    for r, row in enumerate([["No.", "Tahun", "No. Induk", "Judul", "Pengarang"], [1, 2019, "001", "Laskar Pelangi",
                                                                                  "Andrea Hirata"]]):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    sheet.col(1).hidden = True
    book.save(str(tmp_path / "buku induk.xls"))
    result = importer.import_file(lib, librarian, "xlsx", tmp_path / "buku induk.xls", dry_run=True)
    assert [n.params for n in result.notices if n.template == column_notices.HIDDEN_COLUMNS] == [{"columns": "Tahun"}]


def test_dates_received_as_a_register_writes_them_come_in_unflagged(lib, librarian, tmp_path):
    """A month in Roman numerals ("12-III-2019", as letters are numbered), a full stop after the year, and the
    year alone written "th. 2018" or "2017." were each "not a date" (flagged, the day lost); now they are the
    day, and the year the copy came."""
    book = Workbook()
    for row in (["No.", "Tgl Terima", "No. Induk", "Judul", "Pengarang"],
                [1, "12-III-2019", "001", "Laskar Pelangi", "Andrea Hirata"],
                [2, "02/XI/2019", "002", "Bumi Manusia", "Pramoedya Ananta Toer"],
                [3, "12 Maret 2019.", "003", "Si Kancil", "Anonim"],
                [4, "th. 2018", "004", "Ronggeng Dukuh Paruk", "Ahmad Tohari"],
                [5, "2017.", "005", "Cantik Itu Luka", "Eka Kurniawan"]):
        book.active.append(row)
    book.save(tmp_path / "buku induk.xlsx")
    result = importer.import_file(lib, librarian, "xlsx", tmp_path / "buku induk.xlsx")
    assert (result.items_add, result.flags) == (5, 0)
    came = {i.accession_no: (str(i.received_on or ""), i.source_detail or "") for i in Item.select()}
    assert came == {"001": ("2019-03-12", ""), "002": ("2019-11-02", ""), "003": ("2019-03-12", ""),
                    "004": ("", "Tahun pengadaan 2018"), "005": ("", "Tahun pengadaan 2017")}


def _formulas(path, results: bool):
    """"No. Induk" made by a formula from the row's number, and a "Jumlah Harga" column. Excel saves each
    formula's result beside it (``results``); a program that writes xlsx without working formulas out does not."""
    import re
    import zipfile

    book = Workbook()
    for row in (["No.", "No. Induk", "Judul", "Pengarang", "Eks", "Harga", "Jumlah Harga"],
                [1, '=TEXT(A2,"000")&"/PD-SKM/2019"', "Laskar Pelangi", "Andrea Hirata", 1, 25000, "=E2*F2"],
                ["=A2+1", '=TEXT(A3,"000")&"/PD-SKM/2019"', "Bumi Manusia", "Pramoedya Ananta Toer", 1, 50000,
                 "=E3*F3"],
                ["Jumlah", None, None, None, "=SUM(E2:E3)", None, "=SUM(G2:G3)"]):  # (no value lost: not said)
        book.active.append(row)
    book.save(path)
    if results:
        saved = {"A3": "2", "B2": "001/PD-SKM/2019", "B3": "002/PD-SKM/2019", "G2": "25000", "G3": "50000"}
        with zipfile.ZipFile(path) as archive:
            parts = {name: archive.read(name) for name in archive.namelist()}
        xml = parts["xl/worksheets/sheet1.xml"].decode()
        for ref, value in saved.items():
            kind = ' t="str"' if not value.isdigit() else ""
            xml = re.sub(rf'<c r="{ref}"[^>]*><f>(.*?)</f><v ?/>',
                         lambda m, ref=ref, kind=kind, value=value: f'<c r="{ref}"{kind}><f>{m[1]}</f><v>{value}</v>',
                         xml)
        parts["xl/worksheets/sheet1.xml"] = xml.encode()
        with zipfile.ZipFile(path, "w") as archive:
            for name, data in parts.items():
                archive.writestr(name, data)
    return path


def test_formulas_saved_by_excel_are_read_as_their_results(lib, librarian, tmp_path):
    result = importer.import_file(lib, librarian, "xlsx", _formulas(tmp_path / "excel.xlsx", results=True))
    assert sorted(i.accession_no for i in Item.select()) == ["001/PD-SKM/2019", "002/PD-SKM/2019"]
    assert [n for n in result.notices if n.template == column_notices.UNSAVED_FORMULAS] == []


def test_formulas_without_their_results_are_said_not_read_empty_without_a_word(lib, librarian, tmp_path):
    """A file written by a program that does not work formulas out: every No. Induk came in empty, unsaid."""
    result = importer.import_file(lib, librarian, "xlsx", _formulas(tmp_path / "app.xlsx", results=False),
                                  dry_run=True)
    assert [n.params for n in result.notices if n.template == column_notices.UNSAVED_FORMULAS] == [
        {"columns": "No. Induk", "rows": "2–3"}]


def test_a_member_list_s_hidden_column_is_said(lib, librarian, tmp_path):
    """A "Tgl Lahir" column hidden in Excel (its members' birthdays, hidden before printing the list) comes in
    with each member, and the import says it read it."""
    book = Workbook()
    for row in (["No.", "No. Anggota", "Nama", "L/P", "Tgl Lahir", "Alamat"],
                [1, "A-001", "Siti Aminah", "P", "12-03-1990", "Krajan"]):
        book.active.append(row)
    book.active.column_dimensions["E"].hidden = True
    book.save(tmp_path / "anggota.xlsx")
    result = member_import.import_members(lib, librarian, tmp_path / "anggota.xlsx")
    assert result.add == 1 and str(Member.get().birth_date) == "1990-03-12"
    assert [n.params for n in result.notices if n.template == column_notices.HIDDEN_COLUMNS] == [
        {"columns": "Tgl Lahir"}]
