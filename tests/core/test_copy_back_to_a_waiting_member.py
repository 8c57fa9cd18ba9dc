"""A copy back from the binder's, or put back in circulation by hand (the Catalogue's status, `copy status
--back`), went straight onto the shelf while a member waited for its title: the next patron could take it
and the member who reserved it was never told. It goes to the hold shelf for her, as a returned copy does."""

from pustaka_desktop.core.catalog import copies
from pustaka_desktop.core.circulation import holds
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Hold, Item, Record

from .circ_helpers import member


def _copy_in_repair_with_a_member_waiting(lib, librarian):
    record = store.insert(lib, Record, title="Laskar Pelangi")
    copy = store.insert(lib, Item, record=record, barcode="SKM-0042", status="in_repair")
    hold = holds.place_hold(lib, librarian, member(lib, librarian), record)
    return copy, hold


def test_restored_by_hand_the_copy_goes_to_the_member_waiting(lib, librarian):
    copy, hold = _copy_in_repair_with_a_member_waiting(lib, librarian)
    copies.restore_item(lib, librarian, copy, note="Dijilid ulang")
    assert Item.get_by_id(copy.id).status == "on_hold"
    assert Item.get_by_id(copy.id).condition_note == "Dijilid ulang"
    ready = Hold.get_by_id(hold.id)
    assert ready.status == holds.READY and ready.item_id == copy.id


def test_a_status_edit_to_available_gives_it_to_the_member_waiting(lib, librarian):
    copy, hold = _copy_in_repair_with_a_member_waiting(lib, librarian)
    copies.update_item(lib, librarian, copy, status="available", location="Rak A")
    assert (Item.get_by_id(copy.id).status, Item.get_by_id(copy.id).location) == ("on_hold", "Rak A")
    assert Hold.get_by_id(hold.id).status == holds.READY


def test_with_nobody_waiting_it_goes_on_the_shelf(lib, librarian):
    record = store.insert(lib, Record, title="Ronggeng Dukuh Paruk")
    copy = store.insert(lib, Item, record=record, barcode="SKM-0043", status="in_repair")
    copies.restore_item(lib, librarian, copy)
    assert Item.get_by_id(copy.id).status == "available"
