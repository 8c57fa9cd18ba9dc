"""Dates a person reads in an import's report and on the review list (*Perlu diperiksa*) are written day first, as
the rest of the app writes them: a village librarian reading "Baris 2: dipinjam 2024-03-05, dikembalikan 2024-03-01"
had to work out which number is the day. What is stored stays ISO and language-free (a review flag's values), and
``pustaka-cli --json`` gives the same sentences (as the desk's ``--json`` does) with the dates among their values ISO,
for the scripts that read them."""

from __future__ import annotations

import json
from datetime import date, datetime

import pytest

from pustaka_desktop import i18n
from pustaka_desktop.cli import main
from pustaka_desktop.core.catalog import review
from pustaka_desktop.core.interop import importer
from pustaka_desktop.core.store.models import Item, ReviewFlag

# a loan notebook kept in Excel, saved as CSV: row 2 came back before it was lent (a slip of the pen)
NOTEBOOK = ("No,Tgl Pinjam,Nama Peminjam,No. Anggota,Judul Buku,Kode Buku,Tgl Kembali,Tgl Dikembalikan\n"
            "1,05-03-2024,Rina Wati,00012,Si Kancil,B-0001,12-03-2024,01-03-2024\n")
# a buku induk typed by hand: a month without its day, and Excel's "mmm-yy" the import cannot read
BUKU_INDUK = "Judul,Pengarang,Tgl Terima,Eksemplar\nSi Kancil,Anonim,Maret 2019,1\nKamus Baru,Tim Penyusun,Mar-15,1\n"


@pytest.fixture(autouse=True)
def back_to_indonesian(monkeypatch):
    monkeypatch.setenv("PUSTAKA_PASSWORD", "admin123")
    yield
    i18n.install("id")


def _cli(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def _library(tmp_path, capsys) -> str:
    db = str(tmp_path / "desa.sqlite3")
    assert _cli(capsys, "--db", db, "init", "--library-name", "Perpustakaan Desa Uji", "--library-code", "UJI",
                "--librarian", "admin", "--password", "admin123")[0] == 0
    return db


def test_a_left_out_loan_says_its_dates_day_first_in_the_report(tmp_path, capsys):
    db = _library(tmp_path, capsys)
    notebook = tmp_path / "buku pinjam.csv"
    notebook.write_text(NOTEBOOK, encoding="utf-8")
    code, out = _cli(capsys, "--db", db, "--user", "admin", "loans-import", str(notebook), "--dry-run")
    row = next(line for line in out.splitlines() if line.startswith("Baris 2:"))
    assert code == 2 and "05-03-2024" in row and "01-03-2024" in row, row
    assert "2024-03-05" not in out and "2024-03-01" not in out


def test_json_says_the_sentence_day_first_and_gives_its_days_iso(tmp_path, capsys):
    db = _library(tmp_path, capsys)
    notebook = tmp_path / "buku pinjam.csv"
    notebook.write_text(NOTEBOOK, encoding="utf-8")
    code, out = _cli(capsys, "--db", db, "--user", "admin", "loans-import", str(notebook), "--dry-run", "--json")
    [bad] = json.loads(out)["bad"]
    assert code == 2 and bad["row"] == 2 and "05-03-2024" in bad["message"] and "01-03-2024" in bad["message"]
    assert sorted(day for day in bad["values"].values() if isinstance(day, str) and day[:4] == "2024") == [
        "2024-03-01", "2024-03-05"]


def test_a_catalogue_import_json_names_a_left_out_row_the_same_way(tmp_path, capsys):
    db = _library(tmp_path, capsys)
    sheet = tmp_path / "buku induk.csv"
    sheet.write_text("Judul,Pengarang,Tahun Terbit\n,Tanpa Judul,2019\nSi Kancil,Anonim,2019\n", encoding="utf-8")
    code, out = _cli(capsys, "--db", db, "--user", "admin", "import", "csv", str(sheet), "--json")
    [bad] = json.loads(out)["bad"]
    assert code != 0 and bad["row"] == 2 and bad["message"] and "values" in bad and "reason" not in bad


def test_a_stored_flag_keeps_its_day_iso_and_shows_it_day_first_in_either_language(lib, librarian, tmp_path):
    path = tmp_path / "buku induk.csv"
    path.write_text(BUKU_INDUK, encoding="utf-8")
    importer.import_file(lib, librarian, "csv", path)
    stored = {flag.value: json.loads(flag.params) for flag in ReviewFlag.select()}
    assert stored["Maret 2019"]["day"] == "2019-03-01"  # what is kept is the day, in no one's language
    month_only, unread = sorted(review.open_flags(lib), key=lambda entry: entry.value != "Maret 2019")
    i18n.install("id")
    assert "diambil 01-03-2019" in month_only.message(i18n.translate)
    assert unread.suggestion == "2015-03-01" and unread.shown_suggestion(i18n.translate) == "01-03-2015"
    i18n.install("en")
    assert "01-03-2019 was taken" in month_only.message(i18n.translate)
    assert unread.shown_suggestion(i18n.translate) == "01-03-2015"
    # the correction typed the way the list shows dates is read so (the 12th, not the 3rd of December)
    review.fix(lib, librarian, unread.id, "12-03-2015")
    assert Item.get_by_id(unread.item_id).received_on == date(2015, 3, 12)


def test_review_list_in_the_cli_is_day_first_and_its_json_values_iso(tmp_path, capsys):
    db = _library(tmp_path, capsys)
    path = tmp_path / "buku induk.csv"
    path.write_text(BUKU_INDUK, encoding="utf-8")
    assert _cli(capsys, "--db", db, "--user", "admin", "import", "csv", str(path))[0] == 0
    code, out = _cli(capsys, "--db", db, "--user", "admin", "review", "list")
    assert code == 0 and "diambil 01-03-2019" in out and "Saran: 01-03-2015" in out
    assert "2019-03-01" not in out and "2015-03-01" not in out
    code, out = _cli(capsys, "--db", db, "--user", "admin", "review", "list", "--json")
    items = {item["value"]: item for item in json.loads(out)["items"]}
    month_only = items["Maret 2019"]
    assert "01-03-2019" in month_only["message"] and month_only["values"]["day"] == "2019-03-01"
    assert items["Mar-15"]["suggestion"] == "2015-03-01"


def test_a_members_sheets_date_cells_are_said_and_kept_day_first(lib, librarian, tmp_path):
    """Excel shows a date cell here day first (01/01/2030): the import's report and the member's notes said
    2030-01-01, a form nobody typed; the day is still read as the day it is."""
    import openpyxl

    from pustaka_desktop.core.interop import member_import
    from pustaka_desktop.core.store.models import Member

    book = openpyxl.Workbook()
    for row in (["No", "Nama", "L/P", "Tanggal Lahir", "No. HP"],
                [1, "Siti Aminah", "P", datetime(2030, 1, 1), "081234567890"],  # a slip: after today
                [2, "Budi Santoso", "L", datetime(2010, 5, 4), "081234567891"]):
        book.active.append(row)
    path = tmp_path / "daftar anggota.xlsx"
    book.save(path)
    result = member_import.import_members(lib, librarian, path)
    [aside] = [line for line in result.notes(lambda _context, text: text) if "Siti" in line or "2030" in line]
    assert "01-01-2030" in aside and "2030-01-01" not in aside, aside
    siti, budi = (Member.get(Member.name == name) for name in ("Siti Aminah", "Budi Santoso"))
    assert "01-01-2030" in siti.notes and siti.birth_date is None
    assert budi.birth_date == date(2010, 5, 4)  # (the 4th of May, not the 5th of April)


def test_a_date_the_import_cannot_read_asks_for_it_day_first_and_older_flags_still_read_in_indonesian(
        lib, librarian, tmp_path):
    """The list writes dates day first and takes a correction so: its message must not ask for YYYY-MM-DD. A flag an
    earlier version stored with the old words is still shown in the reader's language."""
    from pustaka_desktop.core.interop import dates

    path = tmp_path / "buku induk.csv"
    path.write_text(BUKU_INDUK, encoding="utf-8")
    importer.import_file(lib, librarian, "csv", path)
    unread = next(entry for entry in review.open_flags(lib) if entry.value == "Mar-15")
    i18n.install("id")
    said = unread.message(i18n.translate)
    assert "17-08-2012" in said and "TTTT" not in said, said
    ReviewFlag.update(template=dates.NOT_A_DATE_BEFORE).where(ReviewFlag.id == unread.id).execute()
    older = next(entry for entry in review.open_flags(lib) if entry.value == "Mar-15")
    assert "bukan tanggal" in older.message(i18n.translate)
