"""`pustaka-cli record add --isbn X --isbn-as-printed`: a book printed with a wrong ISBN check digit is kept
as printed (on the review list), as the record form's tick does; without the option the librarian is told
what the right number would be and how to keep the printed one, never a bare refusal."""

from __future__ import annotations

import json

import pytest

from pustaka_desktop.cli import main
from pustaka_desktop.core.catalog import review
from pustaka_desktop.core.service import Library
from pustaka_desktop.core.store.clock import FixedClock

MISPRINTED = "978-602-8519-94-0"  # printed so in the book; the right check digit would be 6


@pytest.fixture
def db(tmp_path, monkeypatch):
    path = str(tmp_path / "lib.sqlite3")
    assert main(["--db", path, "init", "--library-name", "TBM Sekar", "--library-code", "SKR",
                 "--librarian", "admin", "--password", "admin123"]) == 0
    monkeypatch.setenv("PUSTAKA_PASSWORD", "admin123")
    return path


def _cli(capsys, db, *argv):
    capsys.readouterr()
    code = main(["--lang", "en", "--db", db, "--user", "admin", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_without_the_option_the_misprint_is_explained_and_nothing_saved(capsys, db):
    code, out, err = _cli(capsys, db, "record", "add", "--isbn", MISPRINTED, "--title", "Laskar Pelangi")
    assert code == 1 and "Traceback" not in err
    assert "978-602-8519-94-6" in err and "--isbn-as-printed" in err
    assert _cli(capsys, db, "search", "--json", "Laskar")[1].count('"record_id"') == 0


def test_kept_as_printed_with_its_copies_and_on_the_review_list(capsys, db):
    code, out, err = _cli(capsys, db, "record", "add", "--isbn", MISPRINTED, "--isbn-as-printed",
                          "--title", "Laskar Pelangi", "--author", "Andrea Hirata", "--copies", "2", "--json")
    assert code == 0, err
    added = json.loads(out)
    assert added["new_record"] and len(added["copies"]) == 2
    code, out, _ = _cli(capsys, db, "record", "show", MISPRINTED, "--json")
    assert code == 0 and json.loads(out)["isbn"] == "9786028519940"
    lib = Library.open(db, FixedClock("2026-03-02T09:00:00+07:00"))
    try:
        assert [flag.field for flag in review.open_flags(lib)] == ["isbn"]
    finally:
        lib.close()
    # the next copy of the same misprinted book finds its record, with or without the option
    code, out, _ = _cli(capsys, db, "record", "add", "--isbn", "9786028519940", "--json")
    assert code == 0 and json.loads(out)["record"] == added["record"] and not json.loads(out)["new_record"]


def test_the_option_does_not_let_a_number_that_is_no_isbn_through(capsys, db):
    code, _, err = _cli(capsys, db, "record", "add", "--isbn", "97860285", "--isbn-as-printed", "--title", "X")
    assert code == 1 and "neither an ISBN" in err
