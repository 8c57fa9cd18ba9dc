"""A copy catalogued under the wrong title is moved to its own (the copies of a book INLISLite had twice all came to
one of its records: ``interop.twin_records``); it keeps its barcode, number and history, and the move is in the log."""

from __future__ import annotations

import pytest

from pustaka_desktop.core import audit_describe
from pustaka_desktop.core.catalog import copy_move
from pustaka_desktop.core.catalog import records as catalog
from pustaka_desktop.core.catalog.copies import add_item
from pustaka_desktop.core.errors import NotFound, PermissionDenied, ValidationError
from pustaka_desktop.core.store.models import AuditLog, Item


def _twice(lib, librarian):
    first = catalog.add_record(lib, librarian, title="Sejarah desa Maju Jaya", authors="Sutrisno").record
    second = catalog.add_record(lib, librarian, title="Sejarah desa Maju Jaya", authors="Sutrisno").record
    return first, second, add_item(lib, librarian, first, accession_no="0002/PD/2019")


def test_a_copy_moves_to_the_other_record_with_its_numbers(lib, librarian):
    first, second, copy = _twice(lib, librarian)
    copy_move.move_item(lib, librarian, copy, second.id)
    moved = Item.get_by_id(copy.id)
    assert (moved.record_id, moved.barcode, moved.accession_no) == (second.id, copy.barcode, "0002/PD/2019")
    entry = AuditLog.select().where(AuditLog.action == "catalog.copy_move").get()
    said = audit_describe.describe(entry.action, entry.detail, lambda context, text: text)
    assert copy.barcode in said and f"record {first.id}" in said and f"record {second.id}" in said


def test_the_titles_offered_are_found_by_the_record_number_the_review_list_names(lib, librarian):
    first, second, _copy = _twice(lib, librarian)
    assert [hit.record_id for hit in copy_move.destinations(lib, str(second.id), first.id)] == [second.id]
    assert [hit.record_id for hit in copy_move.destinations(lib, "Sejarah desa", first.id)] == [second.id]


def test_a_move_that_cannot_be_is_refused_in_words(lib, librarian, volunteer):
    first, _second, copy = _twice(lib, librarian)
    with pytest.raises(ValidationError):
        copy_move.move_item(lib, librarian, copy, first.id)
    with pytest.raises(NotFound):
        copy_move.move_item(lib, librarian, copy, 9999)
    with pytest.raises(PermissionDenied):
        copy_move.move_item(lib, volunteer, copy, _second.id)
    assert Item.get_by_id(copy.id).record_id == first.id
