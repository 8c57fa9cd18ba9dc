"""Stock-take sessions, and the PDFs of the circulation area (reminder letters, receipt, report)."""


import pytest

from pustaka_desktop.core.catalog import stocktake
from pustaka_desktop.core.circulation import loans as circulation
from pustaka_desktop.core.errors import PermissionDenied, ValidationError
from pustaka_desktop.core.printing import overdue_letters, receipt, stocktake_report
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import AuditLog, Item, Record
from tests.pdf_text import pdf_text

from .circ_helpers import book, member


def shelf(lib, title, ddc, location, copies):
    record = store.insert(lib, Record, title=title, ddc=ddc)
    return [store.insert(lib, Item, record=record, barcode=f"{location[-1]}{ddc[:3]}{n}", location=location)
            for n in range(copies)]


@pytest.fixture
def shelves(lib):
    return {
        "farming": shelf(lib, "Budidaya Padi", "630", "Rak A", 3),
        "health": shelf(lib, "Hidup Sehat", "613", "Rak A", 2),
        "novels": shelf(lib, "Laskar Pelangi", "899.221", "Rak B", 2),
    }


def test_stocktake_finds_copies_not_seen_excluding_loans(lib, librarian, volunteer, shelves, tmp_path):
    borrower = member(lib, librarian)
    farming, health = shelves["farming"], shelves["health"]
    circulation.checkout(lib, librarian, borrower, health[1].barcode)
    session = stocktake.start(lib, librarian, location="Rak A")
    with pytest.raises(ValidationError):
        stocktake.start(lib, librarian)  # one at a time
    assert stocktake.scan(lib, volunteer, session, farming[0].barcode).status == stocktake.KNOWN
    assert stocktake.scan(lib, volunteer, session, farming[0].barcode).status == stocktake.DUPLICATE
    assert stocktake.scan(lib, volunteer, session, "ZZZ").status == stocktake.UNKNOWN
    assert stocktake.scan(lib, volunteer, session, shelves["novels"][0].barcode).status == stocktake.OUT_OF_SCOPE
    codes = tmp_path / "scanner.txt"
    codes.write_text(f"{farming[1].barcode}\n\n{health[0].barcode}\n", encoding="utf-8")
    counts = stocktake.scan_file(lib, volunteer, session, codes)
    assert counts[stocktake.KNOWN] == 2
    progress = stocktake.progress(lib, session)
    assert (progress.expected, progress.seen, progress.on_loan) == (4, 3, 1)  # the copy on loan is not expected
    assert [m.barcode for m in stocktake.not_seen(lib, session)] == [farming[2].barcode]

    with pytest.raises(PermissionDenied):
        stocktake.finish(lib, volunteer, session)
    assert stocktake.finish(lib, librarian, session, mark="missing") == 1
    assert Item.get_by_id(farming[2].id).status == "missing"
    assert Item.get_by_id(health[1].id).status == "on_loan"
    assert AuditLog.get(AuditLog.action == "stocktake.finish").username == "pustakawan"
    with pytest.raises(ValidationError):
        stocktake.scan(lib, volunteer, session, farming[2].barcode)

    pdf = stocktake_report.write_report(lib, session, tmp_path / "stocktake.pdf")
    text = pdf_text(pdf)
    assert "Inventarisasi" in text and farming[2].barcode in text and "Rak A" in text
    assert shelves["novels"][0].barcode in text  # found out of place


def test_stocktake_by_ddc_range_includes_subclasses(lib, librarian, shelves):
    session = stocktake.start(lib, librarian, ddc_from="800", ddc_to="899")
    assert stocktake.progress(lib, session).expected == 2  # 899.221 is inside 800..899


def test_a_missing_copy_scanned_at_the_desk_is_found(lib, librarian, shelves):
    session = stocktake.start(lib, librarian, location="Rak B")
    stocktake.finish(lib, librarian, session, mark="lost")
    copy = shelves["novels"][0]
    assert Item.get_by_id(copy.id).status == "lost"
    assert circulation.checkin(lib, librarian, copy.barcode).found
    assert Item.get_by_id(copy.id).status == "available"


def test_reminder_letters_pdf(lib, clock, librarian, tmp_path):
    alice = member(lib, librarian, "Alice", address="Kp. Babakan RT 01/RW 02")
    [a] = book(lib, "Ronggeng Dukuh Paruk")
    circulation.checkout(lib, librarian, alice, a.barcode)
    path = tmp_path / "letters.pdf"
    with pytest.raises(ValidationError):
        overdue_letters.write_letters(lib, librarian, path)  # nothing overdue yet
    clock.set("2026-03-25T09:00:00+07:00")
    assert overdue_letters.write_letters(lib, librarian, path) == 1
    text = pdf_text(path)
    assert alice.name in text and "Ronggeng Dukuh Paruk" in text and "16 Maret 2026" in text
    assert "9 hari" in text and "Rp 4.500" in text and "Perpustakaan Desa Uji".upper() in text


def test_receipt_is_narrow_and_lists_the_loans(lib, librarian, tmp_path):
    borrower = member(lib, librarian)
    a, b = book(lib, "Sang Pemimpi", copies=2)
    results = [circulation.checkout(lib, librarian, borrower, c.barcode) for c in (a, b)]
    path = receipt.write_receipt(lib, tmp_path / "struk.pdf", results, width_mm=58)
    data = path.read_bytes()
    assert b"/MediaBox [ 0 0 164.4" in data  # 58 mm wide
    text = pdf_text(path)
    assert "DIPINJAM" in text and a.barcode in text and "16 Maret 2026" in text and borrower.number in text
