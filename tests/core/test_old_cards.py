"""The day after moving in: the books carry the labels the old system printed, the members its cards. SLiMS prints
Code 39 (or Code 128) with the text ``*B00012*`` under the bars, INLISLite's A4 labels too; a scanner may be set to
send those ``*``, or the prefix and suffix characters another program wanted; a volunteer types the text of a torn
label. SLiMS (MySQL) took a card number in any case, so some were typed in small letters; a scanner with Caps Lock on
sends the other case. Every such label and card is found at the desk, the door, the kiosk and web sign-in, the
command line and the stock-take."""

from __future__ import annotations

import json

import pytest
from openpyxl import Workbook

from pustaka_desktop.cli import main
from pustaka_desktop.core.catalog import copies, stocktake
from pustaka_desktop.core.circulation import desk_lookup
from pustaka_desktop.core.circulation import loans as circulation
from pustaka_desktop.core.community import member_pin, member_privacy, members, visits
from pustaka_desktop.core.errors import ValidationError
from pustaka_desktop.core.interop import importer, member_import, slims, slims_members
from pustaka_desktop.core.store.lookup import scanned
from pustaka_desktop.core.store.models import Item, Loan, Member


def _slims_biblio(path):
    line = lambda **v: ",".join(f'"{v.get(c, "")}"' for c in slims.BIBLIO_COLUMNS)  # noqa: E731
    path.write_text("\n".join([
        ",".join(slims.BIBLIO_COLUMNS) + ",",
        line(title="Laskar Pelangi", gmd_name="Text", publish_year="2008", item_code="<B00012><b00013><B 00014>"),
        line(title="Si Kancil dan Buaya", gmd_name="Text", publish_year="1999", item_code="<0001/PD/2019><12345>"),
    ]) + "\n", encoding="utf-8")
    return path


def _slims_members(path):
    line = lambda number, name: (f'"{number}","{name}","1","Umum","","","","","0","","","","","2025-06-01",'  # noqa: E731
                                 '"2025-06-01","2027-06-01","",""')
    path.write_text(",".join(slims_members.COLUMNS) + ",\n" + "\n".join(
        [line("M0001", "Siti Aminah"), line("m0002", "Budi Santoso"), line("M 0009", "Eko Prasetyo"),
         line("AG#11", "Gita Lestari")]) + "\n", encoding="utf-8")
    return path


def _inlislite_members(path):
    book = Workbook()
    book.active.title = "Laporan Anggota"
    book.active.append(["Nomor Anggota", "Nama Lengkap", "Tanggal Registrasi", "Tanggal Berakhir", "Jenis Kelamin",
                        "Jenis Anggota"])
    book.active.append(["0001/AG/2019", "Ahmad Fauzi", "05-01-2024", "05-01-2028", "Laki-laki", "Umum"])
    book.save(path)
    return path


@pytest.fixture
def moved_in(lib, librarian, tmp_path):
    """SLiMS's catalogue and members and INLISLite's members, imported with the real importers."""
    assert importer.import_file(lib, librarian, "slims-biblio", _slims_biblio(tmp_path / "biblio.csv")).applied
    assert member_import.import_members(lib, librarian, _slims_members(tmp_path / "members.csv")).add == 4
    assert member_import.import_members(lib, librarian, _inlislite_members(tmp_path / "Laporan_Anggota.xlsx")).add == 1
    return lib


@pytest.mark.parametrize(("read", "code"), [
    ("*B00012*", "B00012"),  # Code 39's start and stop, sent by the scanner or typed from the label's text
    ("* B00012 *", "B00012"),
    ("\x02B00012\x03", "B00012"),  # a scanner's STX/ETX prefix and suffix
    ("\x02*B00012*\r\n", "B00012"),
    ("0001/\u200bAG/2019", "0001/AG/2019"),  # a phone keyboard's zero-width space
    ("A*B", "A*B"), ("*", "*"), ("**", "**"), ("", ""),
])
def test_what_a_label_or_card_means(read, code):
    assert scanned(read) == code


def test_old_labels_and_cards_lend_and_return_at_the_desk(moved_in, librarian):
    assert desk_lookup.look_up(moved_in, "*M0001*").kind == desk_lookup.MEMBER
    assert desk_lookup.look_up(moved_in, "*B00012*").kind == desk_lookup.ITEM
    loan = circulation.checkout(moved_in, librarian, "*M0001*", "*B00012*").loan
    assert (loan.member.number, loan.item.barcode) == ("M0001", "B00012")
    circulation.checkout(moved_in, librarian, "*0001/AG/2019*", "\x020001/PD/2019\x03")
    circulation.checkin(moved_in, librarian, "*B00012*")
    assert Loan.select().where(Loan.returned_at.is_null()).count() == 1


def test_a_card_kept_in_small_letters_is_read_in_capitals_at_the_desk(moved_in, librarian):
    # SLiMS took "m0002" as M0002 (MySQL compares without case); a scanner with Caps Lock on sends M0002
    found = desk_lookup.look_up(moved_in, "M0002")
    assert (found.kind, found.member_number) == (desk_lookup.MEMBER, "m0002")
    loan = circulation.checkout(moved_in, librarian, "M0002", "B00013").loan
    assert (loan.member.number, loan.item.barcode) == ("m0002", "b00013")


def test_old_cards_at_the_door_the_kiosk_and_web_sign_in(moved_in, librarian):
    assert visits.record_member(moved_in, librarian, "*0001/AG/2019*").member.number == "0001/AG/2019"
    budi = Member.get(Member.number == "m0002")
    member_pin.set_pin(moved_in, librarian, budi, "482915")
    assert member_pin.check(moved_in, "*m0002*", "482915") == budi  # a card scanned into the kiosk's box
    assert member_pin.check(moved_in, " M0002\u200b", "482915") == budi  # typed on a phone


def test_stock_take_reads_old_labels(moved_in, librarian, tmp_path):
    session = stocktake.start(moved_in, librarian)
    assert stocktake.scan(moved_in, librarian, session, "*B00012*").status == stocktake.KNOWN
    assert stocktake.scan(moved_in, librarian, session, "B00013").status == stocktake.KNOWN  # kept as "b00013"
    batch = tmp_path / "scanner.txt"  # a scanner's stored scans, with its start/stop characters
    batch.write_text("*0001/PD/2019*\r\n*M0001*\r\n", encoding="utf-8")
    counts = stocktake.scan_file(moved_in, librarian, session, batch)
    assert (counts[stocktake.KNOWN], counts[stocktake.UNKNOWN]) == (1, 1)
    # a label of INLISLite's "00012345", the copy kept as 12345 (the file went through Excel): the desk found it,
    # and the stock-take said unknown and would have marked the book on the shelf missing
    assert stocktake.scan(moved_in, librarian, session, "00012345").status == stocktake.KNOWN


def test_cli_desk_commands_take_old_labels(moved_in, capsys, monkeypatch):
    monkeypatch.setenv("PUSTAKA_PASSWORD", "rahasia1")
    db = str(moved_in.path)
    moved_in.close()
    code = main(["--lang", "en", "--db", db, "--user", "pustakawan", "checkout", "*M0001*", "*B00012*", "--json"])
    out = capsys.readouterr()
    assert code == 0, out.err
    assert json.loads(out.out)["member"] == "M0001"


def test_cards_slims_numbered_with_spaces_or_signs_come_in_and_lend(moved_in, librarian):
    # SLiMS took any member_id; the import refused "M 0009" and "AG#11", and their cards were no one's here
    assert {"M 0009", "AG#11"} <= {number for (number,) in Member.select(Member.number).tuples()}
    loan = circulation.checkout(moved_in, librarian, "M 0009", "B 00014").loan  # the cards' Code 128, as read
    assert (loan.member.number, loan.item.barcode) == ("M 0009", "B 00014")
    assert desk_lookup.look_up(moved_in, "ag#11").member_number == "AG#11"


def test_editing_an_imported_copy_or_member_keeps_the_number_on_the_label(moved_in, librarian):
    spaced, small = Item.get(Item.barcode == "B 00014"), Item.get(Item.barcode == "b00013")
    for copy in (spaced, small):  # the copy form sends the barcode with every edit
        copies.update_item(moved_in, librarian, copy, barcode=copy.barcode, location="Rak 2")
    assert [(c.barcode, c.location) for c in Item.select().where(Item.id.in_([spaced.id, small.id])).order_by(
        Item.id)] == [("b00013", "Rak 2"), ("B 00014", "Rak 2")]
    eko = Member.get(Member.number == "M 0009")
    members.update_member(moved_in, librarian, eko, number="M 0009", phone="081234567890")
    assert Member.get_by_id(eko.id).phone == "081234567890"
    with pytest.raises(ValidationError):  # a number written here still follows the rule
        members.update_member(moved_in, librarian, eko, number="M 0010")


def test_old_labels_and_cards_scanned_into_the_print_list(moved_in):
    from pustaka_desktop.core.printing import selection

    picked = selection.select_items(moved_in, "barcodes:*B00012*,B 00014,*0001/PD/2019*")
    assert [item.barcode for item in picked] == ["B00012", "B 00014", "0001/PD/2019"]
    assert [item.barcode for item in selection.select_items(moved_in, "barcodes:B00012 b00013")] == ["B00012", "b00013"]
    cards = selection.select_members(moved_in, "numbers:*M0001*,M 0009,AG#11")
    assert [m.number for m in cards] == ["M0001", "M 0009", "AG#11"]


def test_an_old_card_scanned_into_the_members_search_finds_its_member(moved_in, librarian):
    assert [m.number for m in member_privacy.search_for(moved_in, librarian, "*0001/AG/2019*").rows] == ["0001/AG/2019"]
