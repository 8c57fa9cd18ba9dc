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


def test_a_javanese_ruler_files_under_his_name_not_his_number():
    from pustaka_desktop.core.catalog.callnumber import derive_call_number, entry_word

    assert derive_call_number("899.222", "Serat Wedhatama", "Mangkunegara IV") == "899.222 MAN s"
    assert entry_word("Sri Sultan Hamengku Buwono IX") == "Hamengku"
    assert entry_word("K.G.P.A.A. Mangkunegara IV") == "Mangkunegara"
    assert entry_word("Pakubuwana X") == "Pakubuwana"
    # names that only look so keep their rules
    assert entry_word("Pramoedya Ananta Toer") == "Toer"
    assert entry_word("Prof. Dr. H. Ahmad Syafii Maarif, M.A.") == "Maarif"
    assert entry_word("Sri Mulyani Indrawati") == "Indrawati"


def test_a_class_corrected_after_saving_reaches_the_copies_spine_labels(lib, librarian):
    from pustaka_desktop.core.catalog import records as catalog
    from pustaka_desktop.core.catalog.copies import add_item, items_of
    from pustaka_desktop.core.printing.selection import copy_labels

    # the KDT says 899.221 3; the librarian typed 899.221 1 and saved two copies
    done = isbn_first.save(lib, librarian, {"title": "Pulang", "authors": [{"name": "Tere Liye"}],
                                            "ddc": "899.221 1"}, copies=2)
    own = add_item(lib, librarian, done.record, call_number="R 899.221 LIY p")  # a copy shelved apart

    catalog.update_record(lib, librarian, done.record, ddc="899.221 3")

    copies = {item.id: item.call_number for item in items_of(done.record)}
    assert [copies[item.id] for item in done.items] == ["899.2213 LIY p", "899.2213 LIY p"]
    assert copies[own.id] == "R 899.221 LIY p"
    assert {label.call_number for label in copy_labels(items_of(done.record))} == {"899.2213 LIY p",
                                                                                  "R 899.221 LIY p"}
