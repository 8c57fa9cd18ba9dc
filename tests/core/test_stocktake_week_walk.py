"""A village library's yearly stock-take over several afternoons: the desk lends and takes back books in the
mornings, a copy lost last year turns up on the shelf, copies sit on the hold shelf or at the binder's, a
volunteer scans a member card. What is missing, what was found, and the report's numbers must be right."""

import json

import pytest

from pustaka_desktop.core import audit_describe
from pustaka_desktop.core.catalog import copies, stocktake
from pustaka_desktop.core.circulation import holds
from pustaka_desktop.core.circulation import loans as circulation
from pustaka_desktop.core.printing import stocktake_report
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import AuditLog, Item, Record
from tests.pdf_text import pdf_text

from .circ_helpers import member


@pytest.fixture
def rak_a(lib):
    """Rak A: eight copies of four titles, call numbers as on the spine labels."""
    titles = [("Budidaya Padi Sawah", "633.1"), ("Beternak Kambing", "636.3"), ("Hidup Sehat", "613"),
              ("Kumpulan Cerita Rakyat Jawa", "398.2")]
    shelf = []
    for n, (title, ddc) in enumerate(titles):
        record = store.insert(lib, Record, title=title, ddc=ddc)
        for copy in range(2):
            shelf.append(store.insert(lib, Item, record=record, barcode=f"SKM{n}{copy:04d}", location="Rak A",
                                      call_number=f"{ddc} {title[:3].upper()} {copy}"))
    return shelf


def _next_afternoon(clock, lib):
    """The PC is shut down in the evening and the library opens next morning."""
    clock.advance(hours=20)


def test_a_copy_returned_after_its_shelf_was_scanned_is_not_missing(lib, clock, librarian, volunteer, rak_a):
    borrower = member(lib, librarian)
    out = rak_a[1]
    circulation.checkout(lib, librarian, borrower, out.barcode)  # on loan when the stock-take starts
    session = stocktake.start(lib, librarian, location="Rak A")
    for copy in rak_a:  # day 1: the whole shelf, except the copy out with a member
        if copy is not out:
            stocktake.scan(lib, volunteer, session, copy.barcode)
    _next_afternoon(clock, lib)
    circulation.checkin(lib, librarian, out.barcode)  # returned in the morning, shelved on Rak A again
    assert stocktake.not_seen(lib, session) == []
    counts = stocktake.progress(lib, session)
    assert (counts.expected, counts.seen, counts.missing, counts.at_desk) == (8, 8, 0, 1)
    assert stocktake.finish(lib, librarian, session) == 0
    assert Item.get_by_id(out.id).status == "available"


def test_a_copy_lost_last_year_found_on_the_shelf_goes_back_and_is_counted(lib, librarian, volunteer, rak_a,
                                                                           tmp_path):
    lost = rak_a[2]
    copies.mark_lost(lib, librarian, lost, "hilang 2025")
    session = stocktake.start(lib, librarian, location="Rak A")
    result = stocktake.scan(lib, volunteer, session, lost.barcode)
    assert result.status == stocktake.FOUND
    assert Item.get_by_id(lost.id).status == "available"  # a volunteer can lend it again tomorrow
    entry = AuditLog.get(AuditLog.action == "stocktake.found")
    assert entry.username == "relawan" and json.loads(entry.detail)["before"] == "lost"
    for copy in rak_a:
        stocktake.scan(lib, volunteer, session, copy.barcode)
    stocktake.finish(lib, librarian, session)
    assert stocktake.progress(lib, session).found == 1
    text = pdf_text(stocktake_report.write_report(lib, session, tmp_path / "laporan.pdf"))
    assert "Ditemukan kembali" in text


def test_a_found_copy_someone_waits_for_goes_to_the_hold_shelf(lib, librarian, volunteer, rak_a):
    lost = rak_a[4]
    copies.mark_lost(lib, librarian, lost)
    copies.mark_lost(lib, librarian, rak_a[5])  # the title's other copy is gone too: the member waits
    holds.place_hold(lib, librarian, member(lib, librarian), Record.get_by_id(lost.record_id))
    session = stocktake.start(lib, librarian, location="Rak A")
    assert stocktake.scan(lib, volunteer, session, lost.barcode).status == stocktake.FOUND
    assert Item.get_by_id(lost.id).status == "on_hold"


def test_copies_on_the_hold_shelf_or_at_the_binder_are_not_marked_missing(lib, librarian, volunteer, rak_a):
    at_binder, held = rak_a[6], rak_a[7]
    copies.update_item(lib, librarian, at_binder, status="in_repair")
    holds.place_hold(lib, librarian, member(lib, librarian), Record.get_by_id(held.record_id))  # put aside
    assert Item.get_by_id(held.id).status == "on_hold"
    session = stocktake.start(lib, librarian, location="Rak A")
    for copy in rak_a[:6]:
        stocktake.scan(lib, volunteer, session, copy.barcode)
    assert stocktake.not_seen(lib, session) == []
    counts = stocktake.progress(lib, session)
    assert (counts.expected, counts.in_repair, counts.on_hold) == (6, 1, 1)
    stocktake.finish(lib, librarian, session, mark="missing")
    assert Item.get_by_id(at_binder.id).status == "in_repair"
    assert Item.get_by_id(held.id).status == "on_hold"


def test_a_member_card_scanned_by_mistake_is_named_and_not_recorded(lib, librarian, volunteer, rak_a):
    card = member(lib, librarian)
    session = stocktake.start(lib, librarian, location="Rak A")
    result = stocktake.scan(lib, volunteer, session, card.number)
    assert result.status == stocktake.UNKNOWN
    assert result.message == "{barcode} is a member card, not a book: nothing recorded."
    assert stocktake.scan(lib, volunteer, session, "PERPUS-KDL 00123").message == "Unknown barcode {barcode}."
    assert stocktake.progress(lib, session).scanned == 0


def test_the_finished_stock_take_lists_only_what_it_marked_with_numbers_that_add_up(lib, librarian, volunteer,
                                                                                     rak_a, tmp_path):
    gone_before = rak_a[0]
    copies.mark_lost(lib, librarian, gone_before, "hilang 2024")  # lost long ago, not on the shelf now
    session = stocktake.start(lib, librarian, location="Rak A")
    not_there = {rak_a[3].barcode, rak_a[6].barcode}
    for copy in rak_a[1:]:
        if copy.barcode not in not_there:
            stocktake.scan(lib, volunteer, session, copy.barcode)
    assert stocktake.finish(lib, librarian, session, mark="missing") == 2
    listed = stocktake.not_seen(lib, session)
    assert {m.barcode for m in listed} == not_there  # not the copy lost two years ago
    assert [m.call_number for m in listed] == sorted(m.call_number for m in listed)  # shelf order
    counts = stocktake.progress(lib, session)
    assert (counts.expected, counts.seen, counts.missing) == (7, 5, 2)

    # the librarian decides per copy: one is lost for good, the other turns up at the desk next week
    copies.mark_lost(lib, librarian, Item.get(Item.barcode == rak_a[3].barcode), "tidak ketemu")
    assert circulation.checkin(lib, librarian, rak_a[6].barcode).found
    assert {m.barcode for m in stocktake.not_seen(lib, session)} == not_there  # what the stock-take saw
    assert stocktake.progress(lib, session).missing == 2

    # each marked copy is audited with what it was, so a wrong mark can be put back
    marks = AuditLog.select().where(AuditLog.action == "stocktake.mark")
    assert {json.loads(m.detail)["barcode"] for m in marks} == not_there
    assert all(json.loads(m.detail)["before"] == "available" for m in marks)

    text = pdf_text(stocktake_report.write_report(lib, session, tmp_path / "laporan.pdf"))
    assert rak_a[0].barcode not in text
    assert "Diharapkan ada di rak" in text and "Tidak terlihat" in text


def test_the_audit_log_tells_stock_take_entries_in_words(lib, librarian, volunteer, rak_a):
    session = stocktake.start(lib, librarian, location="Rak A")
    stocktake.finish(lib, librarian, session, mark="missing")
    entry = AuditLog.get(AuditLog.action == "stocktake.finish")
    sentence = audit_describe.describe(entry.action, entry.detail, lambda _context, text: text)
    assert sentence == "8 copies not seen marked missing."  # no list of copy ids, no "missing" code
    mark = AuditLog.select().where(AuditLog.action == "stocktake.mark").first()
    sentence = audit_describe.describe(mark.action, mark.detail, lambda _context, text: text)
    assert "(it was available)" in sentence and "now missing" in sentence
