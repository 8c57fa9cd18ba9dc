"""What the desk makes of typed text (card, copy, a member by name/phone/NIK, an explained unknown
code), undo that names what it takes back, and the reservation lists: queue positions, the hold
shelf with pick-up deadlines, cancelling and expiry handing the copy to the next in line."""

from __future__ import annotations

from pustaka_desktop.core.circulation import desk_lookup, desk_undo, holds, refusals
from pustaka_desktop.core.circulation import loans as circulation
from pustaka_desktop.core.community import members
from tests.core.circ_helpers import book, member


def test_scan_box_text_is_a_card_a_copy_or_a_member_search(lib, librarian):
    rangga = members.register(lib, librarian, name="Rangga Halim", member_type="Umum", phone="0812-3456-7890",
                              nik="3204123456780001", village="Sukamaju")
    members.register(lib, librarian, name="Rangga Pratama", member_type="Umum")
    copy = book(lib, "Bumi Manusia")[0]

    assert desk_lookup.look_up(lib, rangga.number.lower()).kind == desk_lookup.MEMBER
    assert desk_lookup.look_up(lib, copy.barcode).kind == desk_lookup.ITEM

    found = desk_lookup.look_up(lib, "Rangga Halim")
    assert found.kind == desk_lookup.SEARCH and [c.number for c in found.candidates] == [rangga.number]
    both = desk_lookup.look_up(lib, "rangga")
    assert both.kind == desk_lookup.SEARCH and {c.name for c in both.candidates} == {"Rangga Halim",
                                                                                     "Rangga Pratama"}
    assert desk_lookup.look_up(lib, "+62 812 3456 7890").candidates[0].number == rangga.number
    by_nik = desk_lookup.look_up(lib, "3204123456780001")
    assert by_nik.looks_like == desk_lookup.LOOKS_NIK and by_nik.candidates[0].village == "Sukamaju"


def test_unknown_codes_say_what_they_looked_like(lib, librarian):
    prefix = members.next_number(lib)[:-5]  # "UJI-A"
    card = desk_lookup.look_up(lib, prefix + "99999")
    assert card.kind == desk_lookup.UNKNOWN and card.reason == refusals.UNKNOWN_MEMBER
    assert "member card" in card.refusal().problems[0].message()
    copy = desk_lookup.look_up(lib, "B0099999")
    assert copy.reason == refusals.UNKNOWN_BARCODE and "book barcode" in copy.refusal().problems[0].message()
    name = desk_lookup.look_up(lib, "Siapa Saja")
    assert name.kind == desk_lookup.UNKNOWN and "No member is called" in name.refusal().problems[0].message()
    assert desk_lookup.look_up(lib, "081299998888").looks_like == desk_lookup.LOOKS_PHONE


def test_undo_is_named_and_the_result_says_which_loan(lib, librarian):
    reader = member(lib, librarian, "Wati")
    copy = book(lib, "Ronggeng Dukuh Paruk")[0]
    lent = circulation.checkout(lib, librarian, reader, copy.barcode)
    preview = desk_lookup.describe_undo(lib)
    assert preview.kind == "checkout" and preview.title == "Ronggeng Dukuh Paruk"
    question = preview.message.format(**preview.params)
    assert copy.barcode in question and reader.name in question
    undone = desk_undo.undo_last(lib, librarian)
    assert undone.loan_uid == lent.loan.uid and undone.params["name"] == reader.name
    assert desk_lookup.describe_undo(lib) is None


def test_queue_positions_hold_shelf_cancel_and_expiry(lib, librarian, volunteer, clock):
    first, second, third = (member(lib, librarian, name) for name in ("Ani", "Budi", "Citra"))
    copy = book(lib, "Laskar Pelangi")[0]
    record_id = copy.record_id
    placed = holds.place(lib, volunteer, first.number, record_id)
    assert placed.ready and placed.barcode == copy.barcode  # on the shelf: put aside at once
    assert holds.place(lib, volunteer, second.number, record_id).position == 1
    assert holds.place(lib, volunteer, third.number, record_id).position == 2

    queue = holds.title_queue(lib, record_id)
    assert [(line.member_number, line.position) for line in queue] == [
        (first.number, 0), (second.number, 1), (third.number, 2)]
    shelf = holds.hold_shelf(lib)
    assert [(line.member_number, line.barcode) for line in shelf] == [(first.number, copy.barcode)]
    assert shelf[0].ready_until > clock.now().date()

    # Ani cancels: the copy goes to Budi, Citra moves up
    now_for = holds.cancel(lib, volunteer, placed.hold_id)
    assert now_for is not None and now_for.member_number == second.number and now_for.barcode == copy.barcode
    assert [(x.member_number, x.position) for x in holds.reservations(lib, member_number=third.number)] == [
        (third.number, 1)]

    # Budi does not come: after the pick-up day the copy goes to Citra
    clock.advance(days=20)
    assert holds.hold_shelf(lib)[0].pickup_passed
    expired = holds.expire_holds(lib)
    assert [h.member_id for h in expired] == [second.id]
    shelf = holds.hold_shelf(lib)
    assert [(x.member_number, x.barcode) for x in shelf] == [(third.number, copy.barcode)]


def test_cli_lists_and_cancels_reservations(lib, librarian, volunteer, capsys):
    import json

    from pustaka_desktop.cli import main

    ani, budi = member(lib, librarian, "Ani"), member(lib, librarian, "Budi")
    copy = book(lib, "Negeri 5 Menara")[0]
    first = holds.place(lib, volunteer, ani.number, copy.record_id)
    holds.place(lib, volunteer, budi.number, copy.record_id)
    db = str(lib.path)

    def run(*argv):
        code = main(["--lang", "id", "--db", db, *argv])  # the default language: later tests see no change
        return code, capsys.readouterr().out

    code, out = run("reservations", "--json")
    assert code == 0
    assert [(x["member"], x["status"], x["position"]) for x in json.loads(out)] == [
        (ani.number, "ready", 0), (budi.number, "waiting", 1)]
    code, out = run("reservations", "--shelf")
    assert code == 0 and copy.barcode in out and ani.name in out
    code, out = run("reservation-cancel", str(first.hold_id))
    assert code == 0 and "dibatalkan" in out and budi.name in out and copy.barcode in out
    code, out = run("reservations", "--title-of", copy.barcode, "--json")
    assert [(x["member"], x["status"]) for x in json.loads(out)] == [(budi.number, "ready")]


def test_codes_a_scanner_ran_together_are_named_and_nothing_is_done(lib, librarian):
    """A scanner that sends no Enter after a code: the volunteer scans two books (or a card and a book) and
    presses Enter once. The desk says which codes ran together and how to scan them, lending nothing."""
    reader = member(lib, librarian, "Sri")
    first, second = book(lib, "Si Kancil", copies=2)
    two_books = desk_lookup.look_up(lib, first.barcode + second.barcode)
    said = two_books.refusal().problems[0].message()
    assert f"{first.barcode}, {second.barcode}" in said and "Enter" in said, said
    assert two_books.kind == desk_lookup.UNKNOWN and two_books.reason == refusals.UNKNOWN_BARCODE
    card_and_book = desk_lookup.look_up(lib, reader.number + first.barcode.lower())  # in small letters, too
    assert card_and_book.looks_like == desk_lookup.LOOKS_JOINED
    assert desk_lookup.run_together(lib, reader.number + first.barcode.lower()) == [reader.number,
                                                                                       first.barcode.lower()]
    assert desk_lookup.look_up(lib, first.barcode + "X9Z9").looks_like == desk_lookup.LOOKS_BARCODE  # not two codes


def test_an_unknown_label_tells_a_volunteer_to_put_the_book_aside(lib, librarian):
    """"Add the copy in the catalogue" was advice a volunteer cannot follow (cataloguing is the librarian's)."""
    for_volunteer = desk_lookup.look_up(lib, "B0099999", can_catalogue=False).refusal().problems[0].message()
    assert "librarian" in for_volunteer and "B0099999" in for_volunteer
    for_librarian = desk_lookup.look_up(lib, "B0099999").refusal().problems[0].message()
    assert "add the copy in the catalogue" in for_librarian
