"""The librarian and two volunteers take stock over three afternoons with a USB scanner, shelf by shelf: torn
labels typed by hand, books on the wrong shelf, a weeded book back on a shelf, the same shelf scanned twice, a
stock-take abandoned half done, and the report for the village head and the district (counts by location and by
class, who scanned on which days)."""


import pytest

from pustaka_desktop.core import auth
from pustaka_desktop.core.catalog import copies, stocktake, stocktake_tally
from pustaka_desktop.core.catalog.finding import barcode_by_number
from pustaka_desktop.core.circulation import loans as circulation
from pustaka_desktop.core.errors import PermissionDenied, ValidationError
from pustaka_desktop.core.printing import stocktake_report
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import AuditLog, Item, Record
from tests.pdf_text import pdf_text

from .circ_helpers import member


@pytest.fixture
def shelves(lib):
    """Rak A holds social sciences (300s), Rak B applied sciences (600s): three copies each, labels as the program
    prints them (SKM and six digits)."""
    made = {}
    for n, (title, ddc, where) in enumerate([("Adat Istiadat Nusantara", "390", "Rak A"),
                                            ("Koperasi Desa", "334", "Rak A"), ("Bank Sampah", "363.7", "Rak A"),
                                            ("Budidaya Lele", "639.3", "Rak B"), ("Beternak Kambing", "636.3", "Rak B"),
                                            ("Menanam Cabai", "635", "Rak B")]):
        record = store.insert(lib, Record, title=title, ddc=ddc)
        made[title] = store.insert(lib, Item, record=record, barcode=f"SKM{n + 12:06d}", location=where,
                                   call_number=f"{ddc} {title[:3].upper()}")
    return made


@pytest.fixture
def second_volunteer(lib, librarian):
    return auth.add_staff(lib, librarian, "dewi", "relawan2", auth.VOLUNTEER, full_name="Dewi Lestari")


def test_a_torn_label_typed_without_its_zeros_is_found_and_named(lib, librarian, volunteer, shelves):
    """A label torn across its number: the volunteer types "SKM12" or "skm 12" for SKM000012, or only "12" when
    the letters are gone. It was "Unknown barcode" and the copy ended up missing."""
    session = stocktake.start(lib, librarian)
    result = stocktake.scan(lib, volunteer, session, "skm 12")
    assert result.status == stocktake.KNOWN and result.barcode == "SKM000012"
    assert result.params["barcode"] == "SKM000012"  # the answer names the copy it took the typing for
    assert stocktake.scan(lib, volunteer, session, "SKM13").barcode == "SKM000013"
    assert stocktake.scan(lib, volunteer, session, "14").barcode == "SKM000014"
    assert stocktake.progress(lib, session).seen == 3


def test_a_number_two_labels_share_is_never_guessed(lib, librarian, volunteer, shelves):
    record = store.insert(lib, Record, title="Hibah Buku")
    store.insert(lib, Item, record=record, barcode="INV00012", location="Rak A")  # a grant's own labels
    assert barcode_by_number(lib, "12") is None
    assert barcode_by_number(lib, "SKM12") == "SKM000012" and barcode_by_number(lib, "inv-12") == "INV00012"
    session = stocktake.start(lib, librarian)
    assert stocktake.scan(lib, volunteer, session, "12").status == stocktake.UNKNOWN
    assert stocktake.scan(lib, volunteer, session, "SKM12A").status == stocktake.UNKNOWN  # a typo stays a typo


def test_a_location_typed_in_another_case_is_the_shelf_and_an_unknown_one_is_refused(lib, librarian, shelves):
    """"rak a" for Rak A started a stock-take that expected nothing and called every book scanned one from
    elsewhere."""
    with pytest.raises(ValidationError) as refused:
        stocktake.start(lib, librarian, location="Rak X")
    assert refused.value.params["locations"] == "Rak A, Rak B"
    assert stocktake.open_session(lib) is None
    session = stocktake.start(lib, librarian, location=" rak  a ")
    assert session.location == "Rak A" and stocktake.progress(lib, session).expected == 3


def test_a_book_on_the_wrong_shelf_is_seen_and_named_with_its_own_shelf(lib, librarian, volunteer, shelves):
    session = stocktake.start(lib, librarian)
    result = stocktake.scan(lib, volunteer, session, "SKM000015", shelf="Rak A")  # Budidaya Lele, of Rak B
    assert result.status == stocktake.MISPLACED and result.params["location"] == "Rak B"
    assert stocktake.scan(lib, volunteer, session, "SKM000012", shelf="Rak A").status == stocktake.KNOWN
    assert stocktake.progress(lib, session).seen == 2  # seen all the same: it is in the library
    assert stocktake_tally.misplaced(session) == [("SKM000015", "Budidaya Lele", "Rak B", "Rak A")]
    rak_a = stocktake_tally.shelf_progress(lib, session, "Rak A")
    assert (rak_a.expected, rak_a.seen, rak_a.missing) == (3, 1, 2)


def test_a_weeded_book_back_on_a_shelf_is_named_not_counted(lib, librarian, volunteer, shelves):
    """Withdrawn years ago, put back on a shelf by a helper: it was "Seen" in green and nobody set it aside."""
    copies.withdraw(lib, librarian, shelves["Koperasi Desa"])
    session = stocktake.start(lib, librarian)
    result = stocktake.scan(lib, volunteer, session, "SKM000013")
    assert result.status == stocktake.WITHDRAWN
    assert Item.get_by_id(shelves["Koperasi Desa"].id).status == "withdrawn"  # bringing it back is a decision
    counts = stocktake.progress(lib, session)
    assert (counts.expected, counts.seen) == (5, 0)
    assert stocktake_tally.withdrawn_seen(session) == [("SKM000013", "Koperasi Desa", "Rak A")]


def test_two_volunteers_on_one_shelf_the_second_hears_who_scanned_it(lib, librarian, volunteer, second_volunteer,
                                                                       shelves):
    session = stocktake.start(lib, librarian)
    stocktake.scan(lib, volunteer, session, "SKM000012", shelf="Rak A")
    again = stocktake.scan(lib, second_volunteer, session, "SKM000012", shelf="Rak A")
    assert again.status == stocktake.DUPLICATE and again.params["name"] == "Relawan Satu"
    stocktake.scan(lib, second_volunteer, session, "SKM000013", shelf="Rak A")
    stocktake.scan(lib, second_volunteer, session, "SKM000014", shelf="Rak A")
    assert stocktake_tally.scanners(lib, session) == [("Dewi Lestari", 2), ("Relawan Satu", 1)]
    assert stocktake.progress(lib, session).scanned == 3


def test_after_a_restart_the_page_can_show_where_the_volunteers_stopped(lib, clock, librarian, volunteer, shelves):
    session = stocktake.start(lib, librarian)
    for code in ("SKM000012", "SKM000013"):
        stocktake.scan(lib, volunteer, session, code, shelf="Rak A")
    clock.advance(hours=20)  # the PC was shut down; next afternoon
    last = stocktake_tally.last_scans(lib, stocktake.open_session(lib), 10)
    assert [(s.barcode, s.shelf, s.title) for s in last] == [("SKM000013", "Rak A", "Koperasi Desa"),
                                                             ("SKM000012", "Rak A", "Adat Istiadat Nusantara")]


def test_an_abandoned_stock_take_marks_nothing_and_leaves_nothing_to_the_next(lib, clock, librarian, volunteer,
                                                                             shelves, tmp_path):
    """Started in March, left half done. Next year the librarian must be able to close it without marking the
    half not scanned missing (the only way was Finish), and the new one starts from nothing."""
    old = stocktake.start(lib, librarian)
    stocktake.scan(lib, volunteer, old, "SKM000012")
    stale = stocktake.open_session(lib)  # (the page of a second window still holds it)
    with pytest.raises(PermissionDenied):
        stocktake.abandon(lib, volunteer, old)  # a librarian's decision
    stocktake.abandon(lib, librarian, old)
    assert {item.status for item in Item.select()} == {"available"}
    assert stocktake.open_session(lib) is None and stocktake.last_finished(lib) is None
    assert stocktake.abandoned(old) and stocktake.not_seen(lib, old) == []
    with pytest.raises(ValidationError):
        stocktake.scan(lib, volunteer, stale, "SKM000013")  # the stale page's scan is refused, not recorded
    with pytest.raises(ValidationError):
        stocktake.decide(lib, librarian, old, ["SKM000013"], "lost")
    assert AuditLog.select().where(AuditLog.action == "stocktake.abandon").count() == 1
    assert "DIBATALKAN" in pdf_text(stocktake_report.write_report(lib, old, tmp_path / "batal.pdf"))

    clock.advance(days=300)
    new = stocktake.start(lib, librarian)
    counts = stocktake.progress(lib, new)
    assert (counts.expected, counts.seen, counts.scanned) == (6, 0, 0)
    assert stocktake.scan(lib, volunteer, new, "SKM000012").status == stocktake.KNOWN  # not "already scanned"


def test_the_figures_by_shelf_and_class_add_up_and_stay_as_they_were(lib, librarian, volunteer, shelves):
    copies.mark_lost(lib, librarian, shelves["Bank Sampah"])  # lost last year
    circulation.checkout(lib, librarian, member(lib, librarian), "SKM000016")  # Beternak Kambing, on loan
    session = stocktake.start(lib, librarian)
    for code in ("SKM000012", "SKM000014", "SKM000015"):
        stocktake.scan(lib, volunteer, session, code)
    by_location = {row.key: row for row in stocktake_tally.tally(lib, session, "location")}
    assert [(r.expected, r.seen, r.missing, r.away, r.found) for r in by_location.values()] == [
        (3, 2, 1, 0, 1), (2, 1, 1, 1, 0)]
    by_class = {row.key: (row.expected, row.seen) for row in stocktake_tally.tally(lib, session, "class")}
    assert by_class == {"300": (3, 2), "600": (2, 1)}
    counts = stocktake.progress(lib, session)
    assert sum(r.expected for r in by_location.values()) == counts.expected
    assert sum(r.seen for r in by_location.values()) == counts.seen

    stocktake.finish(lib, librarian, session)
    store.update(lib, Item.get_by_id(shelves["Koperasi Desa"].id), location="Rak C")  # moved after
    assert [(r.key, r.expected, r.seen) for r in stocktake_tally.tally(lib, session, "location")] == [
        ("Rak A", 3, 2), ("Rak B", 2, 1)]


def test_the_report_says_who_when_by_shelf_and_class_and_has_room_to_sign(lib, clock, librarian, volunteer,
                                                                          second_volunteer, shelves, tmp_path):
    circulation.checkout(lib, librarian, member(lib, librarian), "SKM000016")
    session = stocktake.start(lib, librarian)
    stocktake.scan(lib, volunteer, session, "SKM000012", shelf="Rak A")
    stocktake.scan(lib, volunteer, session, "SKM000015", shelf="Rak A")  # Rak B's, on Rak A
    clock.advance(days=1)
    stocktake.scan(lib, second_volunteer, session, "SKM000016", shelf="Rak B")  # lent, yet on the shelf
    stocktake.finish(lib, librarian, session, mark=None)
    text = " ".join(pdf_text(stocktake_report.write_report(lib, session, tmp_path / "laporan.pdf")).split())
    assert f"selesai 3 Maret 2026 oleh {librarian.full_name or librarian.username}." in text
    assert "Hari pemindaian (2): 2 Maret 2026, 3 Maret 2026." in text
    assert "Relawan Satu (2 pindaian); Dewi Lestari (1 pindaian)" in text
    assert "Menurut lokasi" in text and "Menurut kelas" in text and "300 Ilmu sosial" in text
    assert "Ada di rak yang salah (1)" in text and "SKM000015 Budidaya Lele Rak B Rak A" in text
    assert "Tercatat dipinjam tetapi ada di rak" in text and "SKM000016" in text
    assert "Mengetahui," in text and "Kepala Desa" in text


def test_the_command_line_scans_a_shelf_and_abandons(tmp_path, capsys, monkeypatch):
    from pustaka_desktop.cli import main

    def run(*argv):
        code = main(["--lang", "en", "--db", str(tmp_path / "desa.sqlite3"), *argv])
        return code, capsys.readouterr().out

    assert run("init", "--library-name", "Perpustakaan Desa Sukamaju", "--library-code", "SKM", "--librarian",
               "sari", "--password", "rahasia1")[0] == 0
    monkeypatch.setenv("PUSTAKA_PASSWORD", "rahasia1")
    for where in ("Rak A", "Rak B"):
        assert run("--user", "sari", "record", "add", "--title", f"Buku {where}", "--copies", "1",
                   "--location", where)[0] == 0
    barcodes = {row.location: row.barcode for row in Item.select()}
    assert run("--user", "sari", "stocktake", "start")[0] == 0
    code, out = run("--user", "sari", "stocktake", "scan", "--shelf", "rak a", barcodes["Rak B"])
    assert code == 0 and "! Seen: Buku Rak B. It belongs on Rak B" in out
    code, out = run("--user", "sari", "stocktake", "status")
    assert "Rak A: 0 of 1 seen, 1 not yet." in out and "Rak B: 1 of 1 seen, 0 not yet." in out
    listed = tmp_path / "scanner.txt"
    listed.write_text(f"{barcodes['Rak A']}\n{barcodes['Rak B']}\n", encoding="utf-8")
    assert run("--user", "sari", "copy", "status", "--withdrawn", barcodes["Rak A"])[0] == 0
    code, out = run("--user", "sari", "stocktake", "scan", "--shelf", "Rak A", "--file", str(listed))
    assert "Read 0 copies" in out and "1 copies were withdrawn from the collection" in out
    code, out = run("--user", "sari", "stocktake", "abandon")
    assert code == 0 and "abandoned" in out
    assert run("--user", "sari", "stocktake", "status")[0] != 0  # none runs now
    assert {row.status for row in Item.select()} == {"available", "withdrawn"}  # nothing marked missing


def test_a_book_with_no_label_is_seen_from_the_list_and_listed_for_a_new_label(lib, librarian, volunteer, shelves,
                                                                                tmp_path):
    session = stocktake.start(lib, librarian)
    stocktake.scan(lib, volunteer, session, "SKM000012")
    with pytest.raises(ValidationError):  # already seen: not a copy still to find
        stocktake.seen_without_label(lib, volunteer, session, ["SKM000013", "SKM000012"])
    assert stocktake.progress(lib, session).seen == 1  # (nothing of the lot recorded)
    stocktake.seen_without_label(lib, volunteer, session, ["SKM000013"], shelf="Rak A")
    assert stocktake.progress(lib, session).seen == 2
    assert stocktake_tally.without_label(session) == [("SKM000013", "Koperasi Desa", "Rak A")]
    stocktake.finish(lib, librarian, session)
    assert Item.get(Item.barcode == "SKM000013").status == "available"
    text = " ".join(pdf_text(stocktake_report.write_report(lib, session, tmp_path / "r.pdf")).split())
    assert "Tanpa label (cetak label baru) (1)" in text


def test_a_scanner_list_sums_up_every_scan_it_read(lib, librarian, volunteer, shelves, tmp_path):
    """A list from a scanner's memory: a weeded book and one from another shelf were in no figure of the summary
    (six lines read, four said)."""
    copies.withdraw(lib, librarian, shelves["Koperasi Desa"])
    session = stocktake.start(lib, librarian)
    listed = tmp_path / "rak-a.txt"
    listed.write_text("SKM000012\nSKM000013\nSKM000015\nSKM000012\nXYZ\n", encoding="utf-8")
    counts = stocktake.scan_file(lib, volunteer, session, listed, shelf="Rak A")
    assert counts[stocktake.KNOWN] == 1 and counts[stocktake.WITHDRAWN] == 1 and counts[stocktake.MISPLACED] == 1
    assert counts[stocktake.DUPLICATE] == 1 and counts[stocktake.UNKNOWN] == 1
    assert sum(counts.values()) == 5


def test_a_stock_take_of_a_class_range_expects_the_copies_filed_with_a_collection_prefix(lib, librarian, volunteer):
    """Novels are classed "F 899.221 3" and reference books "R 030" (stored with the prefix in front): a
    stock-take of 800-899 expected none of the novels and called each one scanned "from elsewhere"."""
    for title, ddc in [("Laskar Pelangi", "F 899.2213"), ("Bumi Manusia", "899.2213"), ("Ensiklopedia", "R 030"),
                       ("Dongeng", "FIK"), ("Kamus", "R 423")]:
        record = store.insert(lib, Record, title=title, ddc=ddc)
        store.insert(lib, Item, record=record, barcode=title[:3].upper(), location="Rak A")
    session = stocktake.start(lib, librarian, ddc_from="800", ddc_to="899")
    assert stocktake.progress(lib, session).expected == 2
    assert stocktake.scan(lib, volunteer, session, "LAS").status == stocktake.KNOWN
    stocktake.abandon(lib, librarian, session)
    reference = stocktake.start(lib, librarian, ddc_from="000", ddc_to="099")
    assert [copy.title for copy in stocktake.not_seen(lib, reference)] == ["Ensiklopedia"]
    by_class = {row.key: row.expected for row in stocktake_tally.tally(lib, reference, "class")}
    assert by_class == {"000": 1}
