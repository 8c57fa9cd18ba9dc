"""The demo library tells only histories that could happen, and its reports agree with themselves:
nobody borrows, visits or enrols before registering, a member signs the visitor book at most once a
day, nothing happens on a closed day, every year with loans has visitors, and no report shows more
active members than registered ones."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest

from pustaka_desktop.core import demo
from pustaka_desktop.core.circulation import holidays
from pustaka_desktop.core.reports import figures
from pustaka_desktop.core.reports.period import Period
from pustaka_desktop.core.store.clock import to_local
from pustaka_desktop.core.store.models import Attendance, Loan, Member, Participant, ProgramSession, Visit


@pytest.fixture(scope="module")
def village(tmp_path_factory):
    """One demo library of the size a village uses, shared by the tests of this file (read only)."""
    from pustaka_desktop.core.service import Library
    from pustaka_desktop.core.store.clock import FixedClock

    lib = Library.open(tmp_path_factory.mktemp("demo") / "demo.sqlite3", FixedClock("2026-03-02T09:00:00+07:00"))
    demo.generate(lib, "village")
    yield lib
    lib.close()


def test_nobody_acts_before_registering(village):
    registered = dict(Member.select(Member.id, Member.registered_on).tuples())
    loans = list(Loan.select(Loan.member, Loan.loaned_at).tuples())
    assert loans and all(to_local(at).date() >= registered[m] for m, at in loans)
    visits = list(Visit.select(Visit.member, Visit.at).where(Visit.member.is_null(False)).tuples())
    assert visits and all(to_local(at).date() >= registered[m] for m, at in visits)
    enrolled = list(Attendance.select(Participant.member, ProgramSession.starts_at)
                    .join(Participant).switch(Attendance).join(ProgramSession)
                    .where(Participant.member.is_null(False)).tuples())
    assert enrolled and all(to_local(at).date() >= registered[m] for m, at in enrolled)


def test_a_member_signs_the_visitor_book_once_a_day(village):
    days = Counter((m, to_local(at).date()) for m, at in Visit.select(Visit.member, Visit.at)
                   .where(Visit.member.is_null(False)).tuples())
    assert days and max(days.values()) == 1


def test_nothing_happens_on_a_closed_day(village):
    calendar = holidays.calendar(village)
    dated = [to_local(at).date() for (at,) in Visit.select(Visit.at).tuples()]
    dated += [to_local(at).date() for (at,) in Loan.select(Loan.loaned_at).tuples()]
    closed = [day for day in dated if not calendar.is_open(day)]
    assert not closed, closed[:5]


def test_groups_sign_in_as_real_ones_do(village):
    """A class is of a grade its school teaches, the PKK (the village women's group) brings no men, and every group's
    counts are ones the visitor book accepts (by gender and by school or age, adding up)."""
    import json
    import re

    from pustaka_desktop.core.community import visits

    groups = list(Visit.select(Visit.group_name, Visit.headcount, Visit.breakdown).where(Visit.group_name != "")
                  .tuples())
    assert len(groups) >= 5
    grades = {"SD": range(1, 7), "MI": range(1, 7), "SMP": range(7, 10), "MTs": range(7, 10), "SMA": range(10, 13),
              "SMK": range(10, 13)}
    for name, headcount, breakdown in groups:
        counts = json.loads(breakdown)
        assert visits.clean_group_counts(counts) == (counts, headcount), name
        kelas = re.match(r"Kelas (\d+) (SD|MI|SMP|MTs|SMA|SMK)", name)
        if kelas:
            assert int(kelas.group(1)) in grades[kelas.group(2)], name
        if "PKK" in name:
            assert not counts.get("M"), name


def test_every_year_with_loans_has_visitors_and_active_members_are_registered(village):
    loan_years = {to_local(at).year for (at,) in Loan.select(Loan.loaned_at).tuples()}
    visit_years = {to_local(at).year for (at,) in Visit.select(Visit.at).tuples()}
    assert len(loan_years) >= 2 and loan_years <= visit_years
    for year in sorted(loan_years | visit_years):
        members = figures.members(village, Period.year(year))
        assert 0 < members["active"] <= members["total"], year
        visits = figures.visits(village, Period.year(year))
        assert visits["total"] > 0 and visits["open_days"] > 0
        assert visits["per_open_day"] == figures.per_open_day(visits["total"], visits["open_days"])


def test_active_members_never_exceed_registered_ones_even_with_back_dated_history(lib, librarian):
    """Loans recorded for someone whose card is dated later (imported history, a card re-issued) do
    not make them active: active members are counted among the registered ones only."""
    from pustaka_desktop.core.store import write as store
    from pustaka_desktop.core.store.clock import local_today

    demo.generate(lib, "tiny")
    today = local_today(lib.clock)
    period = Period.custom(today - timedelta(days=700), today)
    borrower = Member.get_by_id(Loan.select(Loan.member).where(Loan.returned_at.is_null()).first().member_id)
    before = figures.members(lib, period)
    store.update(lib, borrower, registered_on=today + timedelta(days=1))
    after = figures.members(lib, period)
    assert after["total"] == before["total"] - 1
    assert after["active"] == before["active"] - 1
    assert after["active"] <= after["total"]
