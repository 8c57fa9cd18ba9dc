"""Guests at a village programme as they really come: the mothers' reading class is twenty women aged
36-59 without a card, some typed twice by mistake. The reports must count people, once each."""

from __future__ import annotations

from datetime import datetime

import pytest

from pustaka_desktop.core.community import members, programs
from pustaka_desktop.core.errors import Conflict, ValidationError
from pustaka_desktop.core.reports import figures
from pustaka_desktop.core.reports.period import Period
from pustaka_desktop.core.store.models import AuditLog

MARCH = Period.month(2026, 3)


def _mothers_class(lib, librarian, weeks=3):
    klass = programs.create_program(lib, librarian, name="Kelas Membaca Ibu-ibu", kind="literacy")
    sessions = [programs.add_session(lib, librarian, klass, starts_at=datetime.fromisoformat(f"2026-02-{day}T14:00"))
                for day in ("09", "16", "23")[:weeks]]
    return klass, sessions


def test_five_women_entered_at_once_are_five_people_present(lib, librarian, volunteer):
    klass, sessions = _mothers_class(lib, librarian, weeks=1)
    klass_march = programs.add_session(lib, librarian, klass, starts_at=datetime.fromisoformat("2026-03-02T14:00"))

    guests = programs.enrol_guests(lib, volunteer, klass, count=5, gender="F", age_band="36-59", session=klass_march)

    assert len(guests) == 5 and len(programs.attendance_of(lib, klass_march)) == 5
    counts = figures.programmes(lib, MARCH)
    assert (counts["participants"], counts["participant_guests"], counts["attendance"]) == (5, 5, 5)
    assert counts["by_gender"]["F"] == 5 and counts["by_age_band"]["36-59"] == 5


@pytest.mark.parametrize("count", [0, -2, 101, "5"])
def test_a_wrong_number_of_guests_adds_nobody(lib, librarian, volunteer, count):
    klass, sessions = _mothers_class(lib, librarian, weeks=1)
    with pytest.raises(ValidationError) as caught:
        programs.enrol_guests(lib, volunteer, klass, count=count, gender="F", age_band="36-59", session=sessions[0])
    assert caught.value.params["most"] == 100
    assert programs.participants_of(lib, klass) == []


def test_a_bad_age_band_in_a_group_adds_none_of_the_group(lib, librarian, volunteer):
    klass, sessions = _mothers_class(lib, librarian, weeks=1)
    with pytest.raises(ValidationError):
        programs.enrol_guests(lib, volunteer, klass, count=3, gender="F", age_band="36 - 59", session=sessions[0])
    assert programs.participants_of(lib, klass) == []


def test_a_returning_guest_is_found_by_her_name_as_typed(lib, librarian, volunteer):
    members.register(lib, librarian, name="Sri Wahyuni", gender="F", member_type="Umum", number="SKM-0001")
    klass, sessions = _mothers_class(lib, librarian)
    marni = programs.enrol_guest(lib, volunteer, klass, name="Bu Marni", gender="F", age_band="36-59")
    programs.scan_attendance(lib, volunteer, sessions[0], "SKM-0001")
    other = programs.create_program(lib, librarian, name="Klub Buku Sabtu", kind="book_club")
    programs.enrol_guest(lib, volunteer, other, name="Bu Marni", gender="F", age_band="36-59")

    assert [p.uid for p in programs.participants_named(lib, klass, "  bu  MARNI ")] == [marni.uid]
    # Bu Sri forgot her card: typing her name as a guest finds her member enrolment
    assert [programs.participant_name(p) for p in programs.participants_named(lib, klass, "sri wahyuni")] == [
        "Sri Wahyuni"]
    assert programs.participants_named(lib, klass, "Bu Marni Sutarmi") == []
    assert programs.participants_named(lib, klass, "   ") == []


def test_a_guest_entered_by_mistake_is_removed_once_unticked(lib, librarian, volunteer):
    klass, sessions = _mothers_class(lib, librarian)
    wrong = programs.enrol_guest(lib, volunteer, klass, name="Bu Marmi", gender="F", age_band="36-59")
    programs.mark_attendance(lib, volunteer, sessions[0], wrong)

    with pytest.raises(Conflict) as caught:
        programs.remove_participant(lib, volunteer, wrong)
    assert caught.value.params == {"name": "Bu Marmi", "count": 1}
    programs.mark_attendance(lib, volunteer, sessions[0], wrong, present=False)
    programs.remove_participant(lib, volunteer, wrong)

    assert programs.participants_of(lib, klass) == []
    assert figures.programmes(lib, Period.month(2026, 2))["participants"] == 0
    audit = AuditLog.select().where(AuditLog.action == "programs.remove_participant").get()
    assert audit.username == volunteer.username and "Bu Marmi" in audit.detail


def test_two_entries_for_one_woman_merge_into_one_person(lib, librarian, volunteer):
    """Bu Marni came three weeks; the second week a volunteer typed her in again instead of ticking her."""
    klass, sessions = _mothers_class(lib, librarian)
    marni = programs.enrol_guest(lib, volunteer, klass, name="Bu Marni", gender="F", age_band="36-59")
    again = programs.enrol_guest(lib, volunteer, klass, name="Bu Marni", gender="F", age_band="36-59")
    programs.mark_attendance(lib, volunteer, sessions[0], marni)
    programs.mark_attendance(lib, volunteer, sessions[1], again)
    programs.mark_attendance(lib, volunteer, sessions[2], again)
    programs.mark_attendance(lib, volunteer, sessions[2], marni)  # ticked as well in week three
    february = Period.month(2026, 2)
    assert figures.programmes(lib, february)["participants"] == 2

    moved = programs.merge_participants(lib, volunteer, marni, again)

    assert moved == 1
    assert [p.uid for p in programs.participants_of(lib, klass)] == [marni.uid]
    assert [marni.id in programs.attendance_of(lib, s) for s in sessions] == [True, True, True]
    counts = figures.programmes(lib, february)
    assert (counts["participants"], counts["attendance"]) == (1, 3)
    audit = AuditLog.select().where(AuditLog.action == "programs.merge_participants").get()
    assert audit.entity_uid == again.uid and marni.uid in audit.detail


def test_a_member_is_never_merged_into_a_guest(lib, librarian, volunteer):
    members.register(lib, librarian, name="Sri Wahyuni", gender="F", member_type="Umum", number="SKM-0001")
    klass, sessions = _mothers_class(lib, librarian)
    sri = programs.scan_attendance(lib, volunteer, sessions[0], "SKM-0001")
    guest = programs.enrol_guest(lib, volunteer, klass, name="Sri Wahyuni", gender="F", age_band="36-59")
    programs.mark_attendance(lib, volunteer, sessions[1], guest)

    with pytest.raises(ValidationError):
        programs.merge_participants(lib, volunteer, guest, sri)
    with pytest.raises(ValidationError):
        programs.merge_participants(lib, volunteer, sri, sri)
    programs.merge_participants(lib, volunteer, sri, guest)  # the guest who was Bu Sri without her card

    assert [p.uid for p in programs.participants_of(lib, klass)] == [sri.uid]
    assert figures.programmes(lib, Period.month(2026, 2))["participant_members"] == 1
    assert figures.programmes(lib, Period.month(2026, 2))["participant_guests"] == 0
