"""Cataloguing by hand, the core's part (2): a book printed with a wrong ISBN check digit (common in Indonesian
books) kept as printed when the librarian says so, listed for review like an import's, and found by that number."""

from __future__ import annotations

import pytest

from pustaka_desktop.core.catalog import finding, isbn_first, review, search
from pustaka_desktop.core.catalog import records as catalog
from pustaka_desktop.core.catalog.isbn import corrected_isbn, misprinted_isbn
from pustaka_desktop.core.errors import ValidationError

# "Laskar Pelangi" as a reprint's colophon prints it: the check digit should be 6, not 5
PRINTED = "978-602-03-3295-5"
RIGHT = "9786020332956"


def test_only_a_wrong_check_digit_counts_as_a_misprint():
    assert misprinted_isbn(PRINTED) == "9786020332955"
    assert corrected_isbn(PRINTED) == RIGHT
    assert misprinted_isbn("979-3062-79-x") == "979306279X" and corrected_isbn("979-3062-79-x") == "9793062797"
    assert misprinted_isbn(RIGHT) == ""  # nothing wrong
    assert misprinted_isbn("978-602-03-3295") == ""  # a digit missing: not a misprint to keep
    assert misprinted_isbn("ISBN tidak ada") == ""


def test_a_misprinted_isbn_is_refused_unless_kept_on_purpose(lib, librarian):
    with pytest.raises(ValidationError):
        isbn_first.save(lib, librarian, {"title": "Laskar Pelangi", "isbn": PRINTED}, copies=1)
    assert review.open_count(lib) == 0

    done = isbn_first.save(lib, librarian, {"title": "Laskar Pelangi", "isbn": PRINTED}, copies=1,
                           isbn_as_printed=True)

    assert done.record.isbn == "9786020332955"
    [flag] = review.open_flags(lib)
    assert (flag.reason, flag.field, flag.suggestion, flag.record_id) == ("isbn", "isbn", RIGHT, done.record.id)
    assert review.open_count(lib) == 1  # the dashboard's count


def test_a_number_wrong_in_another_way_is_never_kept(lib, librarian):
    with pytest.raises(ValidationError):
        isbn_first.save(lib, librarian, {"title": "Laskar Pelangi", "isbn": "978-602-03-3295"}, copies=1,
                        isbn_as_printed=True)


def test_the_printed_number_finds_the_book(lib, librarian):
    done = isbn_first.save(lib, librarian, {"title": "Laskar Pelangi", "isbn": PRINTED}, copies=1,
                           isbn_as_printed=True)

    for typed in (PRINTED, "9786020332955"):
        assert search.search(lib, typed).exact == done.record.id
        assert finding.find_record(lib, typed).id == done.record.id
    # the next copy of the same misprinted book (another box) is a copy of this title, not a refusal
    found = isbn_first.lookup(lib, PRINTED)
    assert found.source == isbn_first.LOCAL and found.record.id == done.record.id
    assert isbn_first.names_the_same_title("9786020332955", PRINTED)


def test_an_isbn_an_import_kept_as_written_is_found_by_it_too(lib, librarian):
    from pustaka_desktop.core.store import write as store
    from pustaka_desktop.core.store.models import Record

    record = catalog.add_record(lib, librarian, title="Ronggeng Dukuh Paruk").record
    with lib.transaction():
        store.update(lib, record, isbn=PRINTED)  # as an import keeps it: hyphens and all

    assert search.search(lib, "9786020332955").exact == record.id
    assert Record.get_by_id(record.id).isbn == PRINTED


def test_the_record_stays_editable_and_the_right_isbn_settles_the_flag(lib, librarian):
    done = isbn_first.save(lib, librarian, {"title": "Laskar Pelangi", "isbn": PRINTED}, copies=1,
                           isbn_as_printed=True)

    # the editor gives every field back, the kept ISBN as shown: still saves
    isbn_first.edit(lib, librarian, done.record, title="Laskar Pelangi", isbn=PRINTED, edition="Cet. 5")
    assert done.record.isbn == "9786020332955" and review.open_count(lib) == 1

    isbn_first.edit(lib, librarian, done.record, isbn=RIGHT)  # the librarian checked the book again

    assert done.record.isbn == RIGHT and review.open_count(lib) == 0
