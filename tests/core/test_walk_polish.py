"""What a volunteer met walking a whole SLiMS move-in (the walk-through's "larger problems"): each message
says what is really the case, and a suggestion is there where one can be guessed."""

from __future__ import annotations

import pytest

from pustaka_desktop.core.catalog import class_style, records, review
from pustaka_desktop.core.interop import importer, member_import, row_checks, slims_history
from pustaka_desktop.core.printing.selection import copy_labels
from pustaka_desktop.core.store.models import Item, Loan, Record
from tests.core import interop_fixtures
from tests.core.test_interop_slims_backup import BIBLIO, ITEMS, write_dump
from tests.core.test_interop_slims_history import _history

empty_lib_factory = interop_fixtures.empty_lib_factory  # a fixture

UNTITLED = dict(biblio_id=9, gmd_id=1, title="", publish_year="2010", language_id="id", authors=[], topics=[])
UNTITLED_COPY = dict(item_id=9, biblio_id=9, item_code="B0010", coll_type_id=1, item_status_id="0")
LOAN = (  # loan_id, item_code, member_id, loan_date, due_date, renewed, rules, actual, is_lent, is_return, return_date
    (1, "B0010", "M001", "2025-11-03", "2025-11-10", 0, 0, None, 1, 1, "2025-11-12"),  # a copy of the untitled record
    (2, "Z0404", "M001", "2025-11-03", "2025-11-10", 0, 0, None, 1, 1, "2025-11-12"),  # a copy SLiMS had deleted
)
RESERVE = ((1, "M002", 9, "B0010", "2026-02-22 10:00:00"),)  # the untitled record, reserved


@pytest.fixture
def untitled_moved_in(tmp_path, empty_lib_factory):
    """A library whose catalogue and members came in from a backup holding a record without a title (refused,
    with its copy) and a loan of that copy."""
    from pustaka_desktop.core.interop import slims_backup

    lib, by = empty_lib_factory("DESA")
    columns = slims_backup.KNOWN_COLUMNS["item"]
    items = [tuple(i.get(c) for c in columns) for i in [*ITEMS, UNTITLED_COPY]]
    dump = write_dump(tmp_path / "backup_20260301_170000.sql", biblio=[*BIBLIO, UNTITLED],
                      extra={**_history(loans_=LOAN, reserves_=RESERVE), "item": items})
    records, _copies = importer.import_slims_backup(lib, by, dump)
    assert [bad.template for bad in records.bad] == ["The title is empty."]  # refused, with its line
    member_import.import_members(lib, by, dump)
    return lib, by, dump, records.bad[0].row


def test_a_loan_of_a_copy_whose_record_had_no_title_says_so_not_import_the_catalogue(untitled_moved_in):
    lib, by, dump, refused_line = untitled_moved_in
    plan = slims_history.import_history(lib, by, dump, dry_run=True)
    said = {bad.row: (bad.template, bad.params) for bad in plan.bad
            if bad.template != slims_history.FINE_UNREADABLE}  # (the fixture's fine of "inf": its own test)
    loan_line, deleted_line, reserve_line = sorted(said)
    assert said[loan_line] == (slims_history.COPY_UNTITLED, {"barcode": "B0010", "line": refused_line})
    assert said[deleted_line] == (slims_history.COPY_DELETED, {"barcode": "Z0404"})
    assert said[reserve_line] == (slims_history.TITLE_UNTITLED, {"line": refused_line})
    assert all("import the catalogue from this backup first" not in template for template, _ in said.values())
    assert Loan.select().count() == 0


def test_a_year_typed_with_a_letter_for_a_digit_gets_the_year_as_its_suggestion(tmp_path, empty_lib_factory):
    lib, by = empty_lib_factory("DESA")
    typed = {1: "20l5", 2: "2O15", 5: "l998", 7: "c2O1o"}  # biblio_id -> the year as typed at SLiMS
    biblio = [dict(b, publish_year=typed[b["biblio_id"]]) for b in BIBLIO]
    importer.import_slims_backup(lib, by, write_dump(tmp_path / "backup.sql", biblio=biblio))
    flags = {flag.value: flag for flag in review.open_flags(lib, reason="year")}
    assert {value: flag.suggestion for value, flag in flags.items()} == {
        "20l5": "2015", "2O15": "2015", "l998": "1998", "c2O1o": "c2010"}
    done, failed = review.fix_many(lib, by, [flag.id for flag in flags.values()])  # "Pakai semua saran"
    assert (done, failed) == (4, [])
    assert sorted(r.year for r in Record.select()) == [1998, 2010, 2015, 2015]


@pytest.mark.parametrize("typed", ["lOlO", "1O99", "9O99", "2l05", "Oslo"])
def test_no_year_is_guessed_from_a_word_or_an_unlikely_year(typed):
    assert row_checks.year_suggestion(typed, 2026) == ""


def test_a_record_shows_its_class_number_as_its_copies_write_it(tmp_path, empty_lib_factory):
    """SLiMS wrote ``899.221 3 HIR l`` on the copies: the record's class and call number say the same, and so
    does a spine label of a copy without its own call number, after the move-in."""
    lib, by = empty_lib_factory("DESA")
    importer.import_slims_backup(lib, by, write_dump(tmp_path / "backup.sql"))
    laskar = Record.get(Record.slims_id == "slims:1")
    copy = Item.get(Item.barcode == "B0001")
    assert (laskar.ddc, copy.call_number) == ("899.2213", "899.221 3 HIR l")  # stored without marks
    assert class_style.segmented()
    assert class_style.shown(laskar.ddc) == "899.221 3"
    assert records.call_number_for(laskar) == copy.call_number
    copy.call_number = ""  # (a copy given no call number of its own)
    assert copy_labels([copy])[0].call_number == "899.221 3 HIR l"


def test_a_library_that_chose_keeps_its_way_and_one_without_marked_copies_shows_none(tmp_path, empty_lib_factory):
    lib, by = empty_lib_factory("DESA")
    class_style.choose(False)
    importer.import_slims_backup(lib, by, write_dump(tmp_path / "backup.sql"))
    assert not class_style.segmented() and class_style.shown("899.2213") == "899.2213"
    assert records.call_number_for(Record.get(Record.slims_id == "slims:1")) == "899.2213 HIR l"


def test_just_added_right_after_a_move_in_says_why_it_is_empty_and_what_to_choose(tmp_path, empty_lib_factory):
    """The copies came in with the dates SLiMS received them (years ago): "just added" holds none of them, and
    says so, instead of "the selection is empty"."""
    from pustaka_desktop.core.errors import ValidationError
    from pustaka_desktop.core.interop import slims_backup
    from pustaka_desktop.core.printing import selection

    lib, by = empty_lib_factory("DESA")
    with pytest.raises(ValidationError) as empty:  # a new library: nothing received or entered
        selection.copies_to_print(lib, "just-added")
    assert (empty.value.template, empty.value.params["days"]) == (selection.NOTHING_JUST_ADDED, 30)
    columns = slims_backup.KNOWN_COLUMNS["item"]
    received = [tuple(dict(i, received_date="2019-02-01").get(c) for c in columns) for i in ITEMS]
    importer.import_slims_backup(lib, by, write_dump(tmp_path / "backup.sql", extra={"item": received}))
    with pytest.raises(ValidationError) as moved_in:
        selection.copies_to_print(lib, "just-added:7")
    assert (moved_in.value.template, moved_in.value.params) == (selection.ONLY_IMPORTED, {"days": 7, "count": 6})
    assert len(selection.copies_to_print(lib, "dates:2019-01-01..2019-12-31")) == 6  # one way it names


def test_the_cli_names_the_library_as_written_without_a_second_perpustakaan(tmp_path, capsys):
    """A village library's name starts with "Perpustakaan": init and move-in (Indonesian, the default) printed
    "Perpustakaan Perpustakaan Desa Sukamaju"."""
    from pustaka_desktop.cli import main as cli_main

    old = tmp_path / "lama.sqlite3"
    assert cli_main(["--db", str(old), "init", "--library-name", "Perpustakaan Desa Sukamaju", "--library-code", "SKM",
                     "--librarian", "pustakawan", "--password", "rahasia1"]) == 0
    created = capsys.readouterr().out
    usb = tmp_path / "usb"
    usb.mkdir()
    assert cli_main(["--db", str(old), "move-out", "-o", str(usb)]) == 0
    capsys.readouterr()
    packed = next(usb.glob("pustaka-pindah-skm-*.zip"))
    assert cli_main(["--db", str(tmp_path / "baru" / "pustaka.sqlite3"), "move-in", str(packed)]) == 0
    moved = capsys.readouterr().out
    for said in (created, moved):
        assert said.startswith("Perpustakaan Desa Sukamaju (SKM) ") and "Perpustakaan Perpustakaan" not in said
