"""The core behind the web catalogue: members' PINs (lockout, one answer for wrong number or PIN),
patron self-service with the desk's rules on the member's own data only, the digital shelf, the
Wi-Fi catalogue settings."""

from __future__ import annotations

import hashlib
import zipfile

import pytest

from pustaka_desktop.core import wifi_catalogue
from pustaka_desktop.core.catalog import digital, opac
from pustaka_desktop.core.circulation import desk_undo, holds, loans, patron
from pustaka_desktop.core.community import member_pin, visits
from pustaka_desktop.core.errors import NotFound, PermissionDenied, Refused, ValidationError
from pustaka_desktop.core.store.models import AuditLog, DigitalFile, Hold, Loan, MemberPin, Record, Visit

from .conftest import PIN_BUDI


def _audits(action):
    return list(AuditLog.select().where(AuditLog.action == action))


def test_right_pin_opens_the_account_and_wrong_ones_lock_it(village):
    lib, budi = village.lib, village.budi
    assert member_pin.check(lib, budi.number, PIN_BUDI).id == budi.id
    assert member_pin.check(lib, budi.number.lower(), PIN_BUDI).id == budi.id  # typed in small letters
    for _ in range(member_pin.MAX_FAILURES):
        with pytest.raises(PermissionDenied):
            member_pin.check(lib, budi.number, "000000")
    with pytest.raises(Refused) as locked:  # even the right PIN, while locked
        member_pin.check(lib, budi.number, PIN_BUDI)
    assert locked.value.reason == "pin_locked"
    assert _audits("member_pin.locked") and not any(PIN_BUDI in a.detail for a in AuditLog.select())
    village.lib.clock.advance(minutes=member_pin.LOCK_MINUTES + 1)
    assert member_pin.check(lib, budi.number, PIN_BUDI).id == budi.id


def test_unknown_number_and_wrong_pin_get_the_same_answer(village):
    with pytest.raises(PermissionDenied) as unknown:
        member_pin.check(village.lib, "TIDAK-ADA", "123987")
    with pytest.raises(PermissionDenied) as wrong:
        member_pin.check(village.lib, village.budi.number, "123987")
    assert unknown.value.message() == wrong.value.message()


def test_the_desk_sets_pins_and_easy_ones_are_refused(village, volunteer):
    with pytest.raises(ValidationError):
        member_pin.set_pin(village.lib, volunteer, village.siti, "1111")
    with pytest.raises(ValidationError):
        member_pin.set_pin(village.lib, volunteer, village.siti, "12a4")
    pin = member_pin.new_pin(village.lib, volunteer, village.siti)
    assert len(pin) == 6 and member_pin.check(village.lib, village.siti.number, pin)
    assert not member_pin.status(village.lib, village.siti).locked_until
    member_pin.clear_pin(village.lib, volunteer, village.siti)
    assert not MemberPin.select().where(MemberPin.member == village.siti.id).exists()


def test_patron_renews_own_loan_by_the_desk_rules_and_not_anothers(village):
    lib, budi, siti = village.lib, village.budi, village.siti
    loan = Loan.get((Loan.member == budi.id) & Loan.returned_at.is_null())
    with pytest.raises(NotFound):
        patron.renew(lib, siti, loan.id)  # Siti cannot renew Budi's loan
    lib.clock.advance(days=3)
    result = patron.renew(lib, budi, loan.id)
    assert result.due_on > loan.due_on
    assert Loan.get_by_id(loan.id).renewals == 1
    assert _audits("web.renew")[0].username == f"patron:{budi.number}"
    undo = desk_undo.last_action()
    assert undo is None or undo["kind"] != "renew"  # the desk's Undo never takes back a patron's renewal
    allowed = result.renewals_allowed
    for _ in range(allowed - 1):
        lib.clock.advance(days=3)
        patron.renew(lib, budi, loan.id)
    lib.clock.advance(days=3)
    with pytest.raises(loans.LoanRefused) as used:  # the member type's renewals are used up: no override
        patron.renew(lib, budi, loan.id)
    assert used.value.reason == loans.RENEWALS_USED
    assert Loan.get_by_id(loan.id).renewals == allowed


def test_patron_reservation_joins_the_desk_queue(village):
    lib, budi, siti = village.lib, village.budi, village.siti
    hold = patron.place_hold(lib, siti, village.lent_record_id)
    assert [h.id for h in holds.queue(lib, village.lent_record_id)] == [hold.id]
    with pytest.raises(Refused):  # Budi has it on loan already
        patron.place_hold(lib, budi, village.lent_record_id)
    with pytest.raises(NotFound):  # hidden from patrons
        patron.place_hold(lib, siti, village.hidden_id)
    with pytest.raises(NotFound):
        patron.cancel_hold(lib, budi, hold.id)  # not Budi's
    patron.cancel_hold(lib, siti, hold.id)
    assert Hold.get_by_id(hold.id).status == holds.CANCELLED


def test_the_door_writes_the_visitor_book(village):
    lib = village.lib
    first = patron.door_member(lib, village.budi.number, "read")
    again = patron.door_member(lib, village.budi.number, "read")
    assert not first.repeat and again.repeat
    patron.door_guest(lib, gender="F", age_band="19-35", purpose="study")
    patron.door_group(lib, name="SD Negeri 1 kelas 4", counts={"M": 10, "F": 12})
    assert visits.today_count(lib) == 1 + 1 + 22
    assert {v.purpose for v in Visit.select()} == {"read", "study", "activity"}


def test_public_record_hides_what_patrons_need_not_see(village):
    rec = opac.public_record(village.lib, village.lent_record_id)
    assert rec.copies[0].status == "on_loan" and rec.copies[0].due_on is not None
    assert not hasattr(rec.copies[0], "member")
    with pytest.raises(NotFound):
        opac.public_record(village.lib, village.hidden_id)


def test_digital_shelf_takes_pdf_and_epub_by_content_and_counts_views(village, tmp_path):
    lib, by = village.lib, village.librarian
    fake = tmp_path / "virus.pdf"
    fake.write_bytes(b"MZ\x90\x00 not a pdf")
    with pytest.raises(ValidationError):
        digital.add_document(lib, by, fake, title="Tidak boleh")
    epub = tmp_path / "Sejarah Desa.epub"
    with zipfile.ZipFile(epub, "w") as archive:
        archive.writestr("mimetype", "application/epub+zip")
        archive.writestr("content.opf", "<package/>")
    dfile = digital.add_document(lib, by, epub, title="Sejarah Desa Uji")
    assert dfile.kind == "epub" and digital.file_path(lib, dfile).read_bytes() == epub.read_bytes()
    assert dfile.sha256 == hashlib.sha256(epub.read_bytes()).hexdigest() == dfile.stored_name.split(".")[0]
    record = Record.get_by_id(dfile.record_id)
    assert digital.attach(lib, by, record, epub, twice=False) is None  # the same content again: nothing added
    again = digital.attach(lib, by, record, epub)  # (asked for twice: a second entry, one stored file)
    assert again.stored_name == dfile.stored_name
    assert sorted(p.name for p in digital.files_dir(lib).iterdir()) == sorted(
        {f.stored_name for f in DigitalFile.select()})  # named by content, nothing half-copied left behind
    entry = digital.get_file(lib, village.file_id)
    digital.count_view(lib, entry, "read")
    digital.count_view(lib, entry, "download")
    assert digital.view_count(lib) == 2 and digital.views_per_file(lib) == {village.file_id: 2}
    digital.remove(lib, by, entry)
    with pytest.raises(NotFound):
        digital.get_file(lib, village.file_id)
    assert digital.view_count(lib) == 2  # the counts stay for the reports


def test_wifi_catalogue_settings_are_for_librarians(village, volunteer):
    assert wifi_catalogue.options(village.lib).enabled is False
    with pytest.raises(PermissionDenied):
        wifi_catalogue.save_options(village.lib, volunteer, enabled=True, port=8080, parts=["catalogue"])
    with pytest.raises(ValidationError):
        wifi_catalogue.save_options(village.lib, village.librarian, enabled=True, port=80, parts=["catalogue"])
    saved = wifi_catalogue.save_options(village.lib, village.librarian, enabled=True, port=8181,
                                        parts=["catalogue", "door"])
    assert saved.enabled and saved.port == 8181 and saved.parts == {"catalogue", "door"}
