"""A review-list item corrected in its copy's or record's own form, opened from the list (``review_edits``): the
item closes when its field was changed there, stays when it was not; an item of no one field (Asal Buku marked
under two columns) stays for the librarian to keep once the copy is right."""

from __future__ import annotations

import pytest

from pustaka_desktop.core.catalog import review, review_edits
from pustaka_desktop.core.catalog.copies import update_item
from pustaka_desktop.core.catalog.records import update_record
from pustaka_desktop.core.errors import NotFound
from pustaka_desktop.core.interop import importer

# a buku induk kept in Excel: a price written as a word, and Asal Buku ticked under two columns in one row
HAND_LIST = ("Judul,Pengarang,Kelas,Barcode,Harga,Beli,Hibah\n"
             "Laskar Pelangi,Andrea Hirata,813,B001,gratis,,X\n"
             "Bumi Manusia,Pramoedya Ananta Toer,899.221 3,B002,25000,X,X\n"
             "Si Kancil,Anonim,dongeng,B003,10000,X,\n")


@pytest.fixture
def flagged(lib, librarian, tmp_path):
    path = tmp_path / "buku.csv"
    path.write_text(HAND_LIST, encoding="utf-8")
    importer.import_file(lib, librarian, "csv", path)
    return {(entry.barcode, entry.field): entry for entry in review.open_flags(lib)}


def test_a_field_changed_in_the_copy_form_closes_its_item(lib, librarian, flagged):
    price = flagged[("B001", "price")]
    record, item = review_edits.to_open(lib, price.id)
    assert (record.title, item.barcode) == ("Laskar Pelangi", "B001")
    before = review_edits.field_now(lib, price.id)
    assert not review_edits.settle_after_edit(lib, librarian, price.id, before)  # (saved unchanged: still open)
    update_item(lib, librarian, item, price=0)
    assert review_edits.settle_after_edit(lib, librarian, price.id, before)
    assert price.id not in {entry.id for entry in review.open_flags(lib)}


def test_an_item_of_no_one_field_opens_its_copy_and_stays_open(lib, librarian, flagged):
    twice = flagged[("B002", "")]
    assert "Asal Buku" in twice.message()
    record, item = review_edits.to_open(lib, twice.id)
    assert (record.title, item.barcode) == ("Bumi Manusia", "B002")
    update_item(lib, librarian, item, source="grant")
    assert not review_edits.settle_after_edit(lib, librarian, twice.id, review_edits.field_now(lib, twice.id))
    assert twice.id in {entry.id for entry in review.open_flags(lib)}  # (kept by the librarian when right)


def test_a_record_field_changed_in_the_record_form_closes_its_item(lib, librarian, flagged):
    klass = flagged[("", "ddc")]
    record, item = review_edits.to_open(lib, klass.id)
    assert (record.title, item) == ("Si Kancil", None)
    before = review_edits.field_now(lib, klass.id)
    update_record(lib, librarian, record, ddc="398.2")
    assert review_edits.settle_after_edit(lib, librarian, klass.id, before)
    with pytest.raises(NotFound):
        review_edits.to_open(lib, klass.id)  # (closed)


def test_a_record_deleted_in_its_form_closes_its_items(lib, librarian, flagged):
    from pustaka_desktop.core.catalog.records import delete_record

    klass = flagged[("", "ddc")]
    record, _ = review_edits.to_open(lib, klass.id)
    before = review_edits.field_now(lib, klass.id)
    delete_record(lib, librarian, record)
    assert review_edits.settle_after_edit(lib, librarian, klass.id, before)
    assert klass.id not in {entry.id for entry in review.open_flags(lib)}
