"""What pustaka-cli prints for people, third round: the district report's table headings wrap between
words in Indonesian ("Pengunjung per hari buka"), never inside one ("Pengunjun / g"); dates a person
reads are day first like the rest of the app (``--json`` keeps ISO dates for scripts); the built-in
label sheets are named in the user's language and number format, under headings."""

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
from pustaka_desktop.core.sync import stats
from tests.core.cli_people_helpers import district_with_one_bundle, run


@pytest.fixture(autouse=True)
def back_to_indonesian():
    yield
    i18n.install("id")


@pytest.fixture(scope="module")
def district(tmp_path_factory) -> dict[str, str]:
    return district_with_one_bundle(tmp_path_factory.mktemp("district"))


def _pdf_words(pdf) -> set[str]:
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return set(text.split())


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is missing")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_district_report_headings_wrap_between_words_not_inside_them(district, tmp_path, capsys, lang):
    pdf = tmp_path / f"kabupaten-{lang}.pdf"
    code, _ = run(capsys, lang, "--db", district["office"], "district", "report", "--year", "2026", "-o", str(pdf))
    assert code == 0
    words = _pdf_words(pdf)
    i18n.install(lang)
    headings = [i18n.translate("DistrictReport", english) for key, english in stats.COLUMNS if key != "days_since"]
    vocabulary = {word for heading in headings for word in heading.split()}
    for word in vocabulary:
        # "Pengunjung", "Peminjaman", "Terlambat" whole: they came out "Pengunjun / g", "Terla / mbat"
        broken = [piece for piece in words - vocabulary if len(piece) >= 3 and word.startswith(piece)]
        assert word in words and not broken, (word, broken)


ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")
DAY_FIRST = r"\d{2}-\d{2}-\d{4}"


@pytest.fixture
def village(tmp_path) -> str:
    """The CLI's tiny demo library (100 copies, members with loans, some overdue, and reservations)."""
    db = str(tmp_path / "desa.sqlite3")
    assert main(["--lang", "en", "--db", db, "demo", "--size", "tiny"]) == 0
    return db


def _first(db: str, sql: str):
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchone()[0]


def test_member_dates_and_due_dates_are_day_first_and_json_keeps_iso(village, capsys):
    number = _first(village, "SELECT m.number FROM member m JOIN loan l ON l.member_id = m.id "
                             "WHERE l.returned_at IS NULL ORDER BY m.id LIMIT 1")
    expires = date.fromisoformat(_first(village, f"SELECT expires_on FROM member WHERE number = '{number}'"))
    code, out = run(capsys, "en", "--db", village, "member", "show", number)
    assert code == 0 and f"Member until {expires:%d-%m-%Y};" in out, out  # not "until 2030-08-19"
    assert re.search(rf"  -> {DAY_FIRST}", out) and not ISO_DAY.search(out), out  # its loans' due dates
    for argv in (["overdue"], ["member", "search", number]):
        code, out = run(capsys, "en", "--db", village, *argv)
        assert code == 0 and re.search(DAY_FIRST, out) and not ISO_DAY.search(out), out

    code, out = run(capsys, "en", "--db", village, "member", "show", number, "--json")
    assert json.loads(out)["expires_on"] == expires.isoformat()  # scripts keep ISO dates


def test_the_hold_shelf_and_the_backups_say_dates_day_first(village, capsys):
    # a copy out on loan, reserved by another member: returned, it waits on the hold shelf until a day
    barcode, borrower = _first(village, "SELECT i.barcode || ' ' || l.member_id FROM loan l JOIN item i "
                                        "ON i.id = l.item_id WHERE l.returned_at IS NULL LIMIT 1").split()
    other = _first(village, f"SELECT number FROM member WHERE id != {borrower} AND expires_on > date('now') "
                            "ORDER BY id LIMIT 1")
    assert run(capsys, "en", "--db", village, "hold", other, barcode)[0] == 0
    code, out = run(capsys, "en", "--db", village, "checkin", barcode)
    assert code == 0 and re.search(rf"\) until {DAY_FIRST}\.$", out, re.M) and not ISO_DAY.search(out), out
    code, out = run(capsys, "en", "--db", village, "reservations")
    assert re.search(rf"ON THE HOLD SHELF \({barcode}\) until {DAY_FIRST}", out) and not ISO_DAY.search(out), out

    assert run(capsys, "en", "--db", village, "backup")[0] == 0
    code, out = run(capsys, "en", "--db", village, "backups")
    # (below the reminder to copy a backup off this PC: core.store.backup_reminder)
    assert code == 0 and re.search(rf"^{DAY_FIRST} \d\d:\d\d ", out, re.M) and not ISO_DAY.search(out), out
    code, out = run(capsys, "en", "--db", village, "backups", "--json")
    assert re.match(r"\d{4}-\d{2}-\d{2}T", json.loads(out)["backups"][0]["made_at"])  # ISO for scripts


def test_practice_status_says_when_it_was_made_day_first(village, capsys):
    assert run(capsys, "en", "--db", village, "practice", "create")[0] == 0
    code, out = run(capsys, "en", "--db", village, "practice", "status")
    assert code == 0 and re.search(rf", made {DAY_FIRST} \d\d:\d\d;", out), out


def test_label_sheets_are_listed_under_headings_and_named_in_the_users_number_format(village, capsys, monkeypatch):
    monkeypatch.setenv("PUSTAKA_PASSWORD", "admin123")
    assert run(capsys, "en", "--db", village, "--user", "admin", "label-template-add", "--name", "sinar",
               "--title", "Stiker Toko Sinar 63.5", "--page-width", "210", "--page-height", "297",
               "--label-width", "63.5", "--label-height", "38.1", "--margin-left", "7", "--margin-top", "15",
               "--columns", "3", "--rows", "7")[0] == 0
    code, out = run(capsys, "en", "--db", village, "label-templates")
    lines = out.splitlines()
    assert code == 0 and lines[0].split() == ["Template", "Layout", "Label", "size", "Sheet"], out
    assert set(lines[1].replace(" ", "")) == {"-"} and all(len(line) <= 79 for line in lines), out
    rows = {line.split()[0]: line for line in lines[2:]}
    assert rows["tj108-4x10"].endswith("  Tom & Jerry No. 108 (other layout)"), out  # not "(4 × 10 variant)"
    assert rows["sinar"].endswith("  Stiker Toko Sinar 63.5"), out  # a librarian's own title as typed

    # the Printing page's list: a built-in sheet in the user's number format, the ids untouched
    from pustaka_desktop.core.formatting import display_language, set_display_language
    from pustaka_desktop.core.printing import templates

    before = display_language()
    try:
        set_display_language("id")
        assert templates.shown_title(templates.get_template("a4-3x7")) == "A4 · 63,5 × 38,1 mm · 3 × 7"
        assert templates.shown_title(templates.get_template("tj108-4x10")) == \
            "Tom & Jerry No. 108 (other layout) · 38 × 18 mm · 4 × 10"
    finally:
        set_display_language(before)
