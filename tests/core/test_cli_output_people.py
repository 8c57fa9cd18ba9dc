"""What pustaka-cli prints for people (not --json): figures under column headings in the user's
language, fitting an 80-column Windows console, and counts written as people write them ("5.000" in
Indonesian, "5,000" in English), while --json keeps numbers as numbers."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest

from pustaka_desktop import i18n
from pustaka_desktop.cli import main
from pustaka_desktop.core.sync import stats
from tests.core.cli_people_helpers import district_with_one_bundle, run

CONSOLE_WIDTH = 79  # a full 80th column makes the Windows console add an empty line


@pytest.fixture(autouse=True)
def back_to_indonesian():
    yield
    i18n.install("id")


@pytest.fixture(scope="module")
def village(tmp_path_factory) -> str:
    """A demo village library of 5.000 copies (the CLI's own demo, as a volunteer would try it)."""
    db = str(tmp_path_factory.mktemp("village") / "desa.sqlite3")
    assert main(["--lang", "en", "--db", db, "demo", "--size", "village"]) == 0
    return db


@pytest.fixture(scope="module")
def district(tmp_path_factory) -> dict[str, str]:
    return district_with_one_bundle(tmp_path_factory.mktemp("district"))


def test_district_report_has_the_printed_reports_headings_in_the_users_language(district, capsys):
    from pustaka_desktop.cli.common import translate

    year = str(date.today().year)
    for lang in ("id", "en"):
        code, out = run(capsys, lang, "--db", district["office"], "district", "report", "--year", year)
        assert code == 0
        lines = out.splitlines()
        heading = lines[1:lines.index(next(line for line in lines if set(line) == {"-"}))]
        words = " ".join(heading).split()  # (a long heading wraps between its words)
        for key in ("code", "records", "copies", "members", "visits", "visits_per_day", "loans", "programs",
                    "name", "last_bundle"):
            assert set(translate("DistrictReport", dict(stats.COLUMNS)[key]).split()) <= set(words), (lang, key)
        assert all(len(line) <= CONSOLE_WIDTH for line in out.splitlines()), out
        village_line = next(line for line in out.splitlines() if line.startswith("SKM "))
        # visitors per open day has one decimal, written the user's way
        decimal = re.search(r"\d[,.]\d(?!\d)", village_line).group()
        assert ("," in decimal) == (lang == "id"), village_line
        assert "Perpustakaan Desa Sukamaju" in out  # the village's full name, not cut

    code, out = run(capsys, "en", "--db", district["office"], "district", "report", "--year", year, "--json")
    report = json.loads(out)
    assert set(report) == {"period", "from", "to", "time_zone", "villages"}
    first = report["villages"][0]
    assert list(first) == ["site", "code", "name", "records", "copies", "members", "new_members", "visits",
                           "open_days", "visits_per_day", "loans", "programs", "sessions", "to_check", "last_bundle",
                           "days_since", "late", "average_open_days", "unrecorded", "villages_recorded",
                           "bundle_made", "nothing_arrived", "arrived_until", "not_arrived", "arrived_part"]
    assert isinstance(first["copies"], int) and isinstance(first["visits_per_day"], float)


def test_district_report_total_is_named_in_indonesian(district, capsys):
    year = str(date.today().year)
    code, out = run(capsys, "id", "--db", district["office"], "district", "report", "--year", year)
    assert code == 0 and "Jumlah" in out.splitlines() and "Total" not in out


def test_bundle_rows_are_counted_the_users_way_and_labelled(district):
    export_line, import_line = district["said"].splitlines()[:2]
    # the demo's first bundle holds a few thousand rows: "(2.631 baris)", not "(2631 baris)"
    assert re.search(r"\(\d\.\d{3} baris\)", export_line), export_line
    # the rows applied are said to be rows applied ("2.631 baris diterapkan"), not a bare number after the
    # village's code
    assert re.search(r"SKM, \d\.\d{3} \w", import_line), import_line


def test_counts_in_messages_are_written_the_users_way(village, tmp_path, capsys):
    code, out = run(capsys, "id", "--db", village, "register", "-o", str(tmp_path / "induk.xlsx"))
    assert code == 0 and re.match(r"\d\.\d{3} ", out), out  # "5.000 eksemplar ditulis ke ...", not "5000"
    code, out = run(capsys, "en", "--db", village, "register", "-o", str(tmp_path / "induk.xlsx"))
    assert code == 0 and re.match(r"\d,\d{3} copies written", out), out

    code, out = run(capsys, "id", "--db", village, "export", "slims-item", str(tmp_path / "item.csv"))
    assert code == 0 and re.match(r"\d\.\d{3} ", out), out
    code, out = run(capsys, "en", "--db", village, "export", "slims-item", str(tmp_path / "item.csv"))
    assert code == 0 and re.match(r"\d,\d{3} rows written", out), out


def test_stats_writes_counts_the_users_way_and_json_keeps_numbers(village, capsys):
    code, out = run(capsys, "id", "--db", village, "stats")
    assert code == 0
    copies = next(line for line in out.splitlines() if line.split()[0] == "item").split()[1]
    assert re.fullmatch(r"\d\.\d{3}", copies), out  # "5.000", not "5,000"
    code, out = run(capsys, "en", "--db", village, "stats")
    assert re.fullmatch(r"\d,\d{3}", next(line for line in out.splitlines() if line.split()[0] == "item").split()[1])
    code, out = run(capsys, "id", "--db", village, "stats", "--json")
    assert isinstance(json.loads(out)["tables"]["item"], int)


def test_programme_list_has_headings_and_names_kinds_and_purposes_in_words(village, capsys):
    code, out = run(capsys, "en", "--db", village, "program", "list")
    heading, first = out.splitlines()[:2]
    # (the kind heads its programmes: test_cli_output_people_2)
    assert code == 0 and heading.split() == ["Programme", "Sessions", "Participants", "Attendances"]
    assert "book_club" not in out and "Book club" in out  # the kind in words, not its code
    code, out = run(capsys, "en", "--db", village, "visit", "guest", "--gender", "F", "--age-band", "19-35",
                    "--purpose", "study")
    code, out = run(capsys, "en", "--db", village, "visit", "today")
    assert code == 0 and " Study " in out and " study " not in out


def test_backups_list_says_why_in_words(village, capsys):
    assert main(["--db", village, "backup"]) == 0
    code, out = run(capsys, "en", "--db", village, "backups")
    assert code == 0 and "made by hand" in out and " manual " not in out
