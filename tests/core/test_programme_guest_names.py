"""A guest as the paper attendance sheet writes her: "Bu Yati" at the first sewing session, "Yati" at the fourth,
"Ibu Yati" in another volunteer's hand. She is one woman; the TPBIS report counts her once."""

from __future__ import annotations

from datetime import datetime

from pustaka_desktop.core.community import programs
from pustaka_desktop.core.reports import figures
from pustaka_desktop.core.reports.period import Period

FEBRUARY = Period.month(2026, 2)


def _sewing_course(lib, librarian):
    course = programs.create_program(lib, librarian, name="Kursus Menjahit", kind="skills")
    sessions = [programs.add_session(lib, librarian, course, starts_at=datetime.fromisoformat(f"2026-02-{day}T14:00"))
                for day in ("03", "10", "17", "24")]
    return course, sessions


def test_bu_yati_and_yati_on_the_sheet_are_one_woman_present_four_times(lib, librarian, volunteer):
    course, sessions = _sewing_course(lib, librarian)
    for session, written in zip(sessions, ("Bu Yati", "Yati", "Ibu  Yati", "bu. yati"), strict=True):
        programs.add_guest(lib, volunteer, course, name=written, gender="F", age_band="19-35", session=session)

    people = programs.participants_of(lib, course)
    assert [(programs.participant_name(p), programs.sessions_attended(p)) for p in people] == [("Bu Yati", 4)]
    counted = figures.programmes(lib, FEBRUARY)
    assert (counted["participants"], counted["participant_guests"], counted["attendance"]) == (1, 1, 4)


def test_a_man_of_that_name_is_another_person(lib, librarian, volunteer):
    course, sessions = _sewing_course(lib, librarian)
    programs.add_guest(lib, volunteer, course, name="Bu Yati", gender="F", age_band="19-35", session=sessions[0])
    programs.add_guest(lib, volunteer, course, name="Pak Yati", gender="M", age_band="36-59", session=sessions[0])

    assert sorted((programs.participant_name(p), p.gender) for p in programs.participants_of(lib, course)) == [
        ("Bu Yati", "F"), ("Pak Yati", "M")]


def test_a_name_as_written_is_found_before_the_same_name_with_bu(lib, librarian, volunteer):
    """Two entries to merge by name on the command line: "Yati" names the one written so, not both."""
    course, sessions = _sewing_course(lib, librarian)
    first = programs.enrol_guest(lib, volunteer, course, name="Bu Yati", gender="F", age_band="19-35")
    again = programs.enrol_guest(lib, volunteer, course, name="Yati", gender="F", age_band="19-35")

    assert programs.find_participant(lib, course, "Yati").uid == again.uid
    assert programs.find_participant(lib, course, "bu yati").uid == first.uid
    assert [p.uid for p in programs.participants_named(lib, course, "Yati")] == [again.uid, first.uid]
    # a word of address alone is a name, not nothing
    assert programs.participants_named(lib, course, "Bu") == []
