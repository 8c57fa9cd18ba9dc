"""Cataloguing by hand, the core's part: a scanned code that names the title already open in the form,
and the call numbers of names as Javanese books print them."""

from __future__ import annotations

from pustaka_desktop.core.catalog import isbn_first


def test_a_scan_names_the_same_title_in_any_isbn_form_or_by_a_copy(lib, librarian):
    done = isbn_first.save(lib, librarian, {"title": "Bumi Manusia", "isbn": "978-979-97312-3-4"}, copies=1)
    barcode = done.items[0].barcode

    assert isbn_first.names_the_same_title("9789799731234", "978-979-97312-3-4")
    assert isbn_first.names_the_same_title("979-97312-3-2", "9789799731234")  # its ISBN-10 form
    assert isbn_first.names_the_same_title(barcode, "", done.record)
    assert not isbn_first.names_the_same_title("9786020332956", "978-979-97312-3-4")
    assert not isbn_first.names_the_same_title("9789799731234", "")  # no ISBN in the form yet
