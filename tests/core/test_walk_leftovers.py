"""Small faults earlier walks found and left: the period report's new copies by fund, the words of a bulk
correction's progress, a SLiMS copy's source written in words, a member search that shows the school."""

from __future__ import annotations

import json
from datetime import date

from pustaka_desktop.cli import main
from pustaka_desktop.core import formatting
from pustaka_desktop.core.catalog import review
from pustaka_desktop.core.interop import importer
from pustaka_desktop.core.jobs import counted, words
from pustaka_desktop.core.reports import documents, export
from pustaka_desktop.core.reports.period import Period
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Item, Record
from tests.core import test_interop_slims as slims_files

biblio_file = slims_files.biblio_file  # a fixture: SLiMS's bibliography export of three titles


def _copies_of_2025(lib):
    """A village library's year as its buku induk says: Dana Desa bought 3 (two priced), the district's DAK
    sent 2, a neighbour gave 1 with no fund, and last year's Dana Desa copy is not this year's."""
    record = store.insert(lib, Record, title="Budidaya Lele", ddc="639.3", year=2024)
    for barcode, day, source, detail, price in [
            ("0101", date(2025, 2, 3), "purchase", "Dana Desa 2025", 50000),
            ("0102", date(2025, 2, 3), "purchase", "DD", 45000),
            ("0103", date(2025, 3, 1), "purchase", "Pembelian Dana Desa", None),
            ("0104", date(2025, 4, 7), "grant", "DAK 2025", None),
            ("0105", date(2025, 4, 7), "grant", "DAK", None),
            ("0106", date(2025, 5, 9), "donation", "Sumbangan warga", None),
            ("0001", date(2024, 6, 1), "purchase", "Dana Desa 2024", 40000)]:
        store.insert(lib, Item, record=record, barcode=barcode, accession_no=barcode, received_on=day,
                     source=source, source_detail=detail, price=price)


def _table(sections, title):
    return next(table for section in sections for table in section.tables if table.title == title)


def test_the_period_report_says_what_each_fund_bought(lib, librarian, tmp_path):
    """The annual report had "Copies by source" (the whole collection, purchase/grant/donation) but no word
    of the funds, so "what did our Dana Desa buy this year?" had no answer in the report the village gets."""
    _copies_of_2025(lib)
    data = documents.monthly_data(lib, Period.year(2025))
    table = _table(documents.monthly_tables(data), "New copies by fund")
    assert table.columns == ["Fund", "Source", "Copies", "With a price", "Value (Rp)"]
    assert table.rows == [["Dana Desa", "Purchase", 3, 2, 95000], ["DAK", "Grant (book aid)", 2, 0, "-"],
                          ["No fund written", "", 1, "-", "-"], ["Total", "", 6, "", ""]]
    csv = export.csv_text(data)
    assert "Dana Desa,Purchase,3,2,95000" in csv
    saved = export.save(lib, librarian, data, tmp_path / "laporan.xlsx")
    from openpyxl import load_workbook
    cells = [cell.value for sheet in load_workbook(saved) for row in sheet.iter_rows() for cell in row]
    assert "New copies by fund" in cells and 95000 in cells


def test_a_library_that_writes_no_funds_gets_no_empty_fund_table(lib):
    record = store.insert(lib, Record, title="Si Kancil")
    store.insert(lib, Item, record=record, barcode="B1", received_on=date(2025, 2, 3), source="purchase")
    sections = documents.monthly_tables(documents.monthly_data(lib, Period.year(2025)))
    assert "New copies by fund" not in [table.title for section in sections for table in section.tables]


def test_using_all_suggestions_says_how_many_fields_are_done_in_words(lib, librarian):
    """The bulk "Pakai semua saran" window showed a title and a moving bar only: a librarian applying 4,000
    corrections on an old PC could not tell 312 done from 3,900."""
    flags = []
    for n in range(45):
        record = store.insert(lib, Record, title=f"Tuntunan Sholat {n}", ddc="Agama")
        flags.append(review.Flag(reason="ddc", field="ddc", value="Agama", template="Not a class number: {value}",
                                 params={"value": "Agama"}, suggestion="297", record=record.id))
    review.add(lib, flags, origin="slims.csv")
    said = []
    done, failed = review.fix_many(lib, librarian, review.bulk_ids(lib, "ddc"),
                                   progress=lambda fraction, message: said.append((fraction, message)))
    assert (done, failed) == (45, [])
    english = [(round(fraction, 2), words(message, lambda context, text: text)) for fraction, message in said]
    assert english == [(0.0, "0 of 45 fields"), (0.44, "20 of 45 fields"), (0.89, "40 of 45 fields")]
    indonesian = {("Progress", "{done} of {total} fields"): "{done} dari {total} isian"}
    formatting.set_display_language("id")
    assert words(counted(review.FIXING, 312, 4000), lambda c, t: indonesian.get((c, t), t)) == "312 dari 4.000 isian"


def test_a_slims_item_file_whose_source_holds_words_keeps_them(lib, librarian, biblio_file, tmp_path):
    """A hand-edited SLiMS item export writes the source as words, not SLiMS's 0/1/2: "Hibah Perpusnas" and
    "Dana Desa 2019" came in as "other" with the words lost, so the impact sheet could not say what the
    village's money bought."""
    importer.import_file(lib, librarian, "slims-biblio", biblio_file)
    path = tmp_path / "item.csv"
    path.write_text("\n".join([
        slims_files.ITEM_HEADER + ",",
        slims_files.item_line(item_code="B0001", source="Hibah Perpusnas", title="Laskar Pelangi : sebuah novel"),
        slims_files.item_line(item_code="B0002", source="Dana Desa 2019", title="Laskar Pelangi : sebuah novel"),
        slims_files.item_line(item_code="B0003", source="1", title='Kisah "Si Kancil" dan Buaya'),
    ]), encoding="utf-8")
    result = importer.import_file(lib, librarian, "slims-item", path)
    assert (result.items_update, result.bad) == (3, [])
    copies = {item.barcode: (item.source, item.source_detail) for item in Item.select()}
    assert copies == {"B0001": ("grant", "Hibah Perpusnas"), "B0002": ("purchase", "Dana Desa 2019"),
                      "B0003": ("purchase", "")}


def test_a_member_search_shows_each_pupil_s_school_and_class(tmp_path, capsys, monkeypatch):
    """`member search "SD NEGERI 1 4A"` listed number, name, phone and expiry only: the librarian could not
    confirm that each pupil found is of that school and class."""
    db = str(tmp_path / "lib.sqlite3")
    assert main(["--lang", "en", "--db", db, "init", "--library-name", "TBM Sukamaju", "--library-code", "SKM",
                 "--librarian", "admin", "--password", "admin123"]) == 0
    monkeypatch.setenv("PUSTAKA_PASSWORD", "admin123")
    cli = ["--lang", "en", "--db", db, "--user", "admin"]
    for name, school, notes in [("Siti Aminah", "SD NEGERI 1 SUKAMAJU", "NISN: 0123456789\nKelas: 4A"),
                                ("Budi Santoso", "SD Negeri 1 Sukamaju", "KELAS : 4A"),
                                ("Rina Wulandari", "SD NEGERI 1 SUKAMAJU", "Kelas: 4B")]:
        assert main([*cli, "member", "add", "--name", name, "--type", "Umum", "--institution", school,
                     "--notes", notes]) == 0
    capsys.readouterr()
    assert main([*cli, "member", "search", "SD NEGERI 1 4A"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.strip() for line in lines[1::2]] == ["SD Negeri 1 Sukamaju · KELAS : 4A",
                                                       "SD NEGERI 1 SUKAMAJU · Kelas: 4A"]
    assert "Budi Santoso" in lines[0] and "Siti Aminah" in lines[2]
    assert main([*cli, "member", "search", "Siti", "--json"]) == 0
    found = json.loads(capsys.readouterr().out)["members"]
    assert [(m["school"], m["class"]) for m in found] == [("SD NEGERI 1 SUKAMAJU", "Kelas: 4A")]
