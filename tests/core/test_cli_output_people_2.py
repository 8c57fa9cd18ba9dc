"""What pustaka-cli prints for people, second round: no code word of the program's own (``unknown``,
``waiting``, ``out_of_scope``) where a person reads the line, headings over every list, lines that fit an
80-column Windows console, and numbers, millimetres and dates written the way the rest of the app writes
them (``5.055`` and ``38,1 mm`` in Indonesian, ``05-12-2026``), in the PDF and the spreadsheet too."""

from __future__ import annotations

import json
import re
import shutil
import sqlite3
import subprocess
from datetime import date

import pytest

from pustaka_desktop import i18n
from pustaka_desktop.cli import main
from pustaka_desktop.core.store.models import Hold, Item, Member
from tests.core.cli_people_helpers import district_with_one_bundle, run

CONSOLE_WIDTH = 79  # a full 80th column makes the Windows console add an empty line


@pytest.fixture(autouse=True)
def back_to_indonesian():
    yield
    i18n.install("id")


@pytest.fixture
def village(tmp_path) -> str:
    """The CLI's tiny demo library (100 copies, members with loans and reservations)."""
    db = str(tmp_path / "desa.sqlite3")
    assert main(["--lang", "en", "--db", db, "demo", "--size", "tiny"]) == 0
    return db


def _with_library(db: str, read):
    from pustaka_desktop.core.service import Library

    lib = Library.open(db)
    try:
        return read()
    finally:
        lib.close()


def test_stocktake_scan_says_each_scan_in_words_and_marks_the_ones_to_act_on(village, tmp_path, capsys):
    barcodes = _with_library(village, lambda: [i.barcode for i in Item.select().where(Item.status == "available")
                                               .order_by(Item.id).limit(3)])
    assert run(capsys, "en", "--db", village, "stocktake", "start")[0] == 0
    code, out = run(capsys, "en", "--db", village, "stocktake", "scan", barcodes[0], "NOSUCH-77", barcodes[0])
    seen, unknown, again = out.splitlines()
    assert code == 0
    assert seen.startswith("  Seen: ") and again.startswith("  Already scanned: ")
    assert unknown == "! Unknown barcode NOSUCH-77."  # not "unknown      Unknown barcode ..."
    assert not re.search(r"\b(ok|unknown|duplicate|out_of_scope|on_loan)\b", out)

    # a barcode reader's file: the Stock-take page's sentence, counts the user's way
    lines = [*barcodes, "NOSUCH-78", ""]
    (tmp_path / "rak.txt").write_text("\n".join(lines), encoding="utf-8")
    code, out = run(capsys, "en", "--db", village, "stocktake", "scan", "--file", str(tmp_path / "rak.txt"))
    assert code == 0
    assert out.strip() == "Read 2 copies; 1 unknown, 0 from elsewhere, 0 on loan, 1 already scanned.", out
    code, out = run(capsys, "id", "--db", village, "stocktake", "scan", "--file", str(tmp_path / "rak.txt"))
    assert out.startswith("Terbaca 0 eksemplar; 1 tidak dikenal") and "known" not in out, out


def test_member_show_says_where_a_reservation_stands_in_words(village, capsys):
    number = _with_library(village, lambda: Member.get_by_id(
        Hold.select().where(Hold.status == "waiting").order_by(Hold.id).first().member_id).number)
    code, out = run(capsys, "en", "--db", village, "member", "show", number)
    assert code == 0 and "[waiting]" not in out
    assert re.search(r"^    Reserved: .+ — number \d+ in line$", out, re.M), out
    code, out = run(capsys, "id", "--db", village, "member", "show", number)
    assert "[waiting]" not in out and "antrean nomor" in out, out


@pytest.fixture(scope="module")
def district(tmp_path_factory) -> dict[str, str]:
    return district_with_one_bundle(tmp_path_factory.mktemp("district"))


def test_district_records_has_headings_and_the_whole_record_id_within_80_columns(district, capsys):
    with sqlite3.connect(district["office"]) as conn:
        union_id = conn.execute("SELECT min(union_id) FROM union_link").fetchone()[0]
    code, out = run(capsys, "en", "--db", district["office"], "district", "records", str(union_id))
    lines = out.splitlines()
    assert code == 0 and lines[0].split() == ["Village", "record", "Village", "Copies", "ISBN"], out
    assert lines[1].split() == ["Title", "·", "edition", "·", "publisher,", "year"] and set(lines[2]) == {"-"}
    uid, village, copies, _isbn = lines[3].split()
    assert re.fullmatch(r"[0-9a-f-]{36}", uid) and village == "SKM" and copies.isdigit()
    assert lines[4].startswith("    ") and lines[4].strip()  # the title, under its record
    assert all(len(line) <= CONSOLE_WIDTH for line in lines), out


def test_digital_list_has_headings_and_counts_the_users_way(village, tmp_path, capsys):
    pdf = tmp_path / "posyandu.pdf"
    pdf.write_bytes(b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>"
                    b"endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    assert main(["--lang", "en", "--db", village, "digital", "add", str(pdf), "--title", "Buku Saku Posyandu"]) == 0
    capsys.readouterr()
    code, out = run(capsys, "en", "--db", village, "digital", "list")
    heading, row = out.splitlines()[:2]
    assert code == 0 and heading.split() == ["File", "Type", "Opened", "Title", "(file", "name)"], out
    assert row.split()[1:3] == ["PDF", "0"] and "Buku Saku Posyandu  (posyandu.pdf)" in row


def test_programme_list_puts_programmes_under_their_kind_within_80_columns(village, capsys):
    long_name = "Pelatihan Literasi Digital untuk Ibu-Ibu PKK dan Karang Taruna Desa Sukamaju"
    assert main(["--lang", "en", "--db", village, "program", "add", "--name", long_name, "--kind", "digital"]) == 0
    capsys.readouterr()
    for lang, kind in (("id", "Pelatihan keterampilan digital"), ("en", "Digital-skills training")):
        code, out = run(capsys, lang, "--db", village, "program", "list")
        lines = out.splitlines()
        assert code == 0 and all(len(line) <= CONSOLE_WIDTH for line in lines), out
        # the kind's name heads its programmes; the long name is all there, wrapped, not cut
        assert kind in lines
        below = lines[lines.index(kind) + 1:]
        first = next(i for i, line in enumerate(below) if line.startswith("  Pelatihan Literasi Digital untuk"))
        start = re.fullmatch(r"  (.+?)\s+0\s+0\s+0", below[first]).group(1)  # no session yet
        assert f"{start} {below[first + 1].strip()}" == long_name, out


def test_millimetres_are_written_with_the_users_decimal_mark(village, capsys):
    code, out = run(capsys, "id", "--db", village, "label-templates")
    a4 = next(line for line in out.splitlines() if line.startswith("a4-3x7 "))
    assert code == 0 and "63,5 × 38,1 mm" in a4, a4  # not "63.5 × 38.1 mm" in Indonesian
    code, out = run(capsys, "en", "--db", village, "label-templates")
    assert "63.5 × 38.1 mm" in out and "64 × 32 mm" in out  # a whole size keeps no ",0"

    code, out = run(capsys, "id", "--db", village, "label-calibrate", "--template", "a4-3x7", "--dx", "0.5",
                    "--dy", "-1.25", "--scale", "99.5")
    assert code == 0 and "x 0,5 mm, y -1,25 mm" in out and "99,5 %" in out, out
    code, out = run(capsys, "en", "--db", village, "label-calibrate", "--template", "a4-3x7", "--dx", "0",
                    "--dy", "-1.25", "--scale", "100")
    assert "x 0 mm, y -1.25 mm, scale 100 %" in out, out

    # a sheet whose labels do not fit says the measurements the user's way too
    code = main(["--lang", "id", "--db", village, "label-template-add", "--name", "lebar", "--page-width", "210",
                 "--page-height", "297", "--label-width", "70.5", "--label-height", "38.1", "--margin-left", "1.75",
                 "--margin-top", "10", "--columns", "3", "--rows", "7"])
    said = capsys.readouterr()
    assert code != 0 and "213,25 mm" in said.out + said.err, said


DAY_FIRST = r"\d{2}-\d{2}-\d{4} \d{2}:\d{2} WI(B|TA|T)"  # 05-12-2026 13:45 WIB, as the app writes a date


def test_district_times_are_written_day_first_with_the_zone_and_json_keeps_its_own(district, capsys):
    year = str(date.today().year)
    for lang in ("id", "en"):
        code, out = run(capsys, lang, "--db", district["office"], "district", "report", "--year", year)
        village = next(line for line in out.splitlines() if line.startswith("Perpustakaan Desa Sukamaju ·"))
        assert code == 0 and re.fullmatch(r"Perpustakaan Desa Sukamaju · " + DAY_FIRST, village), village
        code, out = run(capsys, lang, "--db", district["office"], "sync", "status")
        assert code == 0 and re.search(DAY_FIRST + "$", out.splitlines()[1]), out  # not 2026-12-05T06:45+00:00
    # scripts keep the forms they had: year first in the report, UTC ISO in the status
    code, out = run(capsys, "en", "--db", district["office"], "district", "report", "--year", year, "--json")
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2} WI(B|TA|T)", json.loads(out)["villages"][0]["last_bundle"])
    code, out = run(capsys, "en", "--db", district["office"], "sync", "status", "--json")
    assert json.loads(out)["peers"][0]["last_bundle_at"].endswith("+00:00")


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is missing")
def test_district_pdf_and_spreadsheet_write_numbers_and_the_total_in_the_users_language(district, tmp_path, capsys):
    from openpyxl import load_workbook

    from pustaka_desktop.core.formatting import format_decimal

    year = str(date.today().year)
    code, out = run(capsys, "en", "--db", district["office"], "district", "report", "--year", year, "--json")
    per_day = json.loads(out)["villages"][0]["visits_per_day"]
    for lang, total in (("en", "Total"), ("id", "Jumlah")):
        pdf = tmp_path / f"kabupaten-{lang}.pdf"
        assert main(["--lang", lang, "--db", district["office"], "district", "report", "--year", year, "-o",
                     str(pdf)]) == 0
        text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                              check=True).stdout
        row = next(line for line in text.splitlines() if line.startswith("SKM "))
        # visitors per open day: "0.1" in English (the PDF wrote "0,1" whatever the language)
        assert f" {format_decimal(per_day, language=lang)} " in row, row
        assert f" {format_decimal(per_day, language='id' if lang == 'en' else 'en')} " not in row, row
        # the total row's name and its figures on its line (the mark of its note, if any, between them)
        assert re.search(r"^\s+" + total + r"( \*\d+)?\s+\d", text, re.M), text
        assert re.search(r"\d{2}-\d{2}-\d{4} \d{2}:\d{2}", text), text  # the last bundle, day first

        sheet = tmp_path / f"kabupaten-{lang}.xlsx"
        assert main(["--lang", lang, "--db", district["office"], "district", "report", "--year", year, "-o",
                     str(sheet)]) == 0
        rows = list(load_workbook(sheet).active.iter_rows(values_only=True))
        assert rows[-1][1] == total, rows[-1]  # "Total" in the Indonesian file too, before


def test_an_imports_notices_count_the_users_way_and_leave_row_numbers_alone(tmp_path, capsys):
    """A list of 1.200 titles moved in from an old Excel file, no copies: the notice says how many the
    user's way, as the summary above it does ("1,200 of 1,200 records came in")."""
    db = str(tmp_path / "baru.sqlite3")
    assert main(["--lang", "en", "--db", db, "init", "--library-name", "Perpustakaan Desa Mekarsari",
                 "--library-code", "MKS", "--librarian", "admin", "--password", "admin123"]) == 0
    titles = tmp_path / "daftar-judul.csv"
    lines = ["judul,pengarang,tahun", *(f"Cerita Rakyat Nusantara Jilid {n},Tim Penulis Desa,{2000 + n % 20}"
                                       for n in range(1, 1201)), ",Tanpa Judul,2011"]
    titles.write_text("\n".join(lines) + "\n", encoding="utf-8")
    capsys.readouterr()
    code, out = run(capsys, "en", "--db", db, "import", "csv", str(titles), "--dry-run")
    assert "1,200 of 1,201 records can come in" in out, out
    assert re.search(r"^1,200 records came in without copies", out, re.M), out  # not "1200 records"
    assert re.search(r"^  Row 1202: ", out, re.M), out  # a row number as the file numbers it, no "1,202"
    code, out = run(capsys, "id", "--db", db, "import", "csv", str(titles), "--dry-run")
    assert re.search(r"^1\.200 ", out.split("\n", 4)[-1], re.M) and "1200" not in out, out


def test_picture_and_shelf_notes_count_the_users_way():
    from pustaka_desktop.core.interop.slims_files import ShelfReport
    from pustaka_desktop.core.interop.slims_pictures import PictureReport

    i18n.install("en")
    covers = PictureReport(named=2345, attached=1234, kept=1111, missing=[f"c{n}.jpg" for n in range(1000)])
    assert covers.notes(i18n.translate, "covers")[:2] == [
        "Cover pictures: 1,234 of 2,345 added (1,111 records kept the cover they had).",
        "Not in the folder (1,000): c0.jpg, c1.jpg, c2.jpg, c3.jpg, c4.jpg …"]
    shelf = ShelfReport(named=1500, attached=1200, already=300, links=[f"http://x/{n}" for n in range(1001)])
    assert shelf.notes(i18n.translate)[0] == ("Digital shelf: 1,200 of SLiMS's 1,500 attached files added (300 were "
                                              "on the shelf already).")
    assert shelf.notes(i18n.translate)[1].startswith("Web links, not files (1,001): ")
