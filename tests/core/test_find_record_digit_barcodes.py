"""``record show``/``record cover`` by a copy's barcode when the barcode is digits: INLISLite's barcodes are
("00012345"), and were taken for record number 12345 ("No record number 12345")."""

from __future__ import annotations

import pytest

from pustaka_desktop.core.catalog import finding
from pustaka_desktop.core.errors import NotFound
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Item, Record
from tests.core.circ_helpers import ctype


def _copy(lib, title: str, barcode: str) -> Record:
    record = store.insert(lib, Record, title=title)
    store.insert(lib, Item, record=record, barcode=barcode, collection_type=ctype("Sirkulasi"), status="available")
    return record


def test_a_barcode_of_digits_with_zeros_in_front_finds_its_copys_record(lib):
    laskar = _copy(lib, "Laskar pelangi", "00012345")
    assert finding.find_record(lib, "00012345").id == laskar.id


def test_a_number_that_is_no_record_finds_the_copy_with_that_barcode(lib):
    first = _copy(lib, "Ronggeng Dukuh Paruk", "4711")
    assert finding.find_record(lib, "4711").id == first.id
    assert finding.find_record(lib, str(first.id)).id == first.id  # (a record number still finds its record)
    with pytest.raises(NotFound):
        finding.find_record(lib, "999")
