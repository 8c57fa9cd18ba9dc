"""Visitor book rules and programme bookkeeping."""

from __future__ import annotations

import json

import pytest

from pustaka_desktop.core.community import members, programs, visits
from pustaka_desktop.core.errors import NotFound, PermissionDenied, ValidationError
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import AuditLog, Item, Record, Visit


@pytest.fixture
def member(lib, librarian):
    return members.register(lib, librarian, name="Sari", gender="F", birth_date="2010-05-05", occupation="Pelajar",
                            member_type="Pelajar", number="UJI-001")


def test_member_scan_counts_once_per_day(lib, clock, volunteer, member):
    first = visits.record_member(lib, volunteer, "uji-001")
    assert not first.repeat and first.visit.gender == "F" and first.visit.age_band == "13-18"
    clock.advance(hours=3)
    again = visits.record_member(lib, volunteer, "UJI-001")
    assert again.repeat and again.visit.id == first.visit.id
    assert visits.today_count(lib) == 1
    clock.advance(days=1)
    assert not visits.record_member(lib, volunteer, "UJI-001").repeat
    assert visits.today_count(lib) == 1
    with pytest.raises(NotFound):
        visits.record_member(lib, volunteer, "NOPE")


def test_guest_and_group_validation(lib, volunteer):
    guest = visits.record_guest(lib, volunteer, gender="m", age_band="60+", purpose="internet", origin="elsewhere",
                                occupation="Petani")
    assert guest.gender == "M" and guest.member_id is None
    with pytest.raises(ValidationError):
        visits.record_guest(lib, volunteer, gender="X", age_band="60+")
    with pytest.raises(ValidationError):
        visits.record_guest(lib, volunteer, gender="F", age_band="99")
    with pytest.raises(ValidationError):
        visits.record_guest(lib, volunteer, gender="F", age_band="60+", purpose="sleep")
    group = visits.record_group(lib, volunteer, "Kelas 5", {"M": 10, "F": 12, "SD": 22})
    assert group.headcount == 22 and json.loads(group.breakdown) == {"F": 12, "M": 10, "sd": 22}
    with pytest.raises(ValidationError):  # the two ways of counting disagree
        visits.record_group(lib, volunteer, "Kelas 6", {"M": 10, "F": 12, "sd": 20})
    with pytest.raises(ValidationError):
        visits.record_group(lib, volunteer, "", {"M": 3})
    with pytest.raises(ValidationError):
        visits.record_group(lib, volunteer, "Kosong", {"M": 0})
    assert visits.today_count(lib) == 23  # a group counts its people


def test_corrections_are_librarian_only_and_audited(lib, volunteer, librarian):
    line = visits.record_guest(lib, volunteer, gender="F", age_band="19-35")
    with pytest.raises(PermissionDenied):
        visits.correct_visit(lib, volunteer, line, purpose="study")
    visits.correct_visit(lib, librarian, line, purpose="study", age_band="36-59")
    fixed = Visit.get_by_id(line.id)
    assert (fixed.purpose, fixed.age_band) == ("study", "36-59")
    group = visits.record_group(lib, volunteer, "PKK", {"F": 9})
    visits.correct_visit(lib, librarian, group, counts={"F": 12})
    assert visits.today_count(lib) == 13
    with pytest.raises(PermissionDenied):
        visits.remove_visit(lib, volunteer, group)
    visits.remove_visit(lib, librarian, group)
    assert visits.today_count(lib) == 1 and [v.id for v in visits.day_visits(lib)] == [line.id]
    actions = [a.action for a in AuditLog.select().order_by(AuditLog.id)]
    assert actions.count("visits.correct") == 2 and "visits.remove" in actions


def test_reading_on_site(lib, volunteer):
    record = store.insert(lib, Record, title="Buku")
    store.insert(lib, Item, record=record, barcode="UJI000001")
    visits.record_reading(lib, volunteer, "UJI000001")
    visits.record_reading(lib, volunteer, "UJI000001")
    assert visits.readings_on(lib) == 2
    with pytest.raises(NotFound):
        visits.record_reading(lib, volunteer, "UJI999")


def test_programme_attendance(lib, librarian, volunteer, member):
    with pytest.raises(PermissionDenied):
        programs.create_program(lib, volunteer, name="Menjahit", kind="skills")
    program = programs.create_program(lib, librarian, name="Menjahit", kind="skills", skill="Menjahit",
                                      starts_on="2026-03-01")
    with pytest.raises(ValidationError):
        programs.create_program(lib, librarian, name="X", kind="party")
    session = programs.add_session(lib, librarian, program, starts_at="2026-03-03 09:00", place="Balai desa")
    p1 = programs.scan_attendance(lib, volunteer, session, "UJI-001")
    assert programs.scan_attendance(lib, volunteer, session, "UJI-001").id == p1.id  # no double enrolment
    guest = programs.enrol_guest(lib, volunteer, program, name="Ani", gender="F", age_band="36-59")
    assert programs.mark_attendance(lib, volunteer, session, guest)
    assert programs.attendance_of(lib, session) == {p1.id, guest.id}
    assert programs.mark_attendance(lib, volunteer, session, guest, present=False)
    assert programs.program_summary(lib, program) == {"sessions": 1, "participants": 2, "attendance": 1, "cancelled": 0}
    partner = programs.add_partner(lib, librarian, name="PKK", kind="pkk", mou_date="2026-01-01")
    programs.link_partner(lib, librarian, program, partner)
    programs.link_partner(lib, librarian, program, partner)
    assert [p.name for p in programs.partners_of(lib, program)] == ["PKK"]
    story = programs.add_story(lib, librarian, program, title="Berhasil", text="Saya bisa menjahit.")
    assert programs.stories_of(lib, program)[0].id == story.id
    programs.remove_program(lib, librarian, program)
    assert programs.list_programs(lib) == []
