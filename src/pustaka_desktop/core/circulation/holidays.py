"""When the library is open: weekly closing days (``LibraryProfile.closed_weekdays``, ISO weekdays,
1 = Monday ... 7 = Sunday) and dated holidays (``Holiday`` rows, one day or a range).

Due dates land on open days only (``next_open_day``), and fines may skip closed days
(``open_days_between``). Reports use ``OpenCalendar.open_days`` for "visits per open day".
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from .. import auth
from ..errors import NotFound, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store import write as store
from ..store.models import Holiday, Staff


def parse_weekdays(text: str) -> frozenset[int]:
    """``"6,7"`` -> {6, 7}; ignores anything that is not 1..7."""
    days = set()
    for part in (text or "").replace(" ", "").split(","):
        if part.isascii() and part.isdigit() and 1 <= int(part) <= 7:
            days.add(int(part))
    return frozenset(days)


@dataclass
class OpenCalendar:
    """The library's closing days over a stretch of time. Build it with ``calendar(lib)``."""

    closed_weekdays: frozenset[int]
    holidays: list[tuple[date, date]] = field(default_factory=list)  # inclusive ranges, sorted

    def is_open(self, day: date) -> bool:
        if day.isoweekday() in self.closed_weekdays:
            return False
        return not any(start <= day <= end for start, end in self.holidays)

    def next_open_day(self, day: date) -> date:
        """``day`` itself when open, else the first open day after it (never loops forever: a
        library closed every day of the week keeps the day as it is)."""
        if len(self.closed_weekdays) >= 7:
            return day
        probe = day
        for _ in range(3660):
            if self.is_open(probe):
                return probe
            probe += timedelta(days=1)
        return day

    def previous_open_day(self, day: date, not_before: date) -> date:
        """The last open day on or before ``day`` but not before ``not_before`` (else ``day``)."""
        probe = day
        while probe >= not_before:
            if self.is_open(probe):
                return probe
            probe -= timedelta(days=1)
        return day

    def add_open_days(self, day: date, count: int) -> date:
        """The ``count``-th open day after ``day`` (``day`` itself for 0; a library closed every day of the
        week counts calendar days)."""
        if len(self.closed_weekdays) >= 7:
            return day + timedelta(days=count)
        probe, left = day, count
        while left > 0:
            probe = self.next_open_day(probe + timedelta(days=1))
            left -= 1
        return probe

    def open_days_between(self, after: date, until: date) -> int:
        """Open days in ``(after, until]``: the days after ``after`` up to and including ``until``."""
        count = 0
        day = after + timedelta(days=1)
        while day <= until:
            if self.is_open(day):
                count += 1
            day += timedelta(days=1)
        return count

    def open_days(self, start: date, end: date) -> int:
        """Open days in ``[start, end]`` (for "visits per open day")."""
        return self.open_days_between(start - timedelta(days=1), end)


def calendar(lib: Library, start: date | None = None, end: date | None = None) -> OpenCalendar:
    """The closing days, with the holidays that overlap ``[start, end]`` (all when not given)."""
    profile = lib.profile
    closed = parse_weekdays(profile.closed_weekdays if profile else "")
    query = Holiday.select(Holiday.starts_on, Holiday.ends_on).where(Holiday.deleted == False)  # noqa: E712
    if end is not None:
        query = query.where(Holiday.starts_on <= end)
    if start is not None:
        query = query.where(Holiday.ends_on >= start)
    ranges = sorted((s, e or s) for s, e in query.tuples())
    return OpenCalendar(closed, ranges)


def list_holidays(lib: Library, year: int | None = None) -> list[Holiday]:
    query = Holiday.select().where(Holiday.deleted == False)  # noqa: E712
    if year is not None:
        query = query.where((Holiday.starts_on <= date(year, 12, 31)) & (Holiday.ends_on >= date(year, 1, 1)))
    return list(query.order_by(Holiday.starts_on))


def add_holiday(lib: Library, by: Staff, starts_on: date | str, ends_on: date | str | None = None,
                name: str = "") -> Holiday:
    """A dated closing: one day, or ``starts_on``..``ends_on`` inclusive (librarian)."""
    auth.require(by, "circulation.rules")
    try:
        start = starts_on if isinstance(starts_on, date) else date.fromisoformat(str(starts_on))
        end = start if not ends_on else (ends_on if isinstance(ends_on, date) else date.fromisoformat(str(ends_on)))
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{value} is not a date (use YYYY-MM-DD)."),
                              field="starts_on", value=f"{starts_on} {ends_on or ''}".strip()) from None
    if end < start:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A holiday cannot end before it starts."),
                              field="ends_on")
    if (end - start).days > 366:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A holiday can last at most one year."), field="ends_on")
    # audited: a closing day moves due dates and can lower fines
    with lib.transaction():
        before = calendar(lib, start)
        holiday = store.insert(lib, Holiday, starts_on=start, ends_on=end, name=name.strip())
        loans, holds = _move_out_of_closure(lib, before, calendar(lib, start), start, end)
        moved = {key: count for key, count in (("moved_loans", loans), ("moved_holds", holds)) if count}
        auth.audit(lib, by, "circulation.holiday_add", "holiday", holiday.uid, starts_on=start.isoformat(),
                   ends_on=end.isoformat(), name=holiday.name, **moved)
    return holiday


def _move_out_of_closure(lib: Library, before: OpenCalendar, after: OpenCalendar, start: date,
                         end: date) -> tuple[int, int]:
    """A closure decided after books were lent (cuti bersama announced late, Saturdays closed from now on): a
    book due in ``[start, end]`` on a day the library is now closed is due on the next open day (nobody can
    return it on a closed door, and the overdue list, the reminders and the fine follow the loan's due date);
    a copy on the hold shelf keeps the open pick-up days the closure took away. Returns how many loans and
    reservations moved."""
    from ..store.models import Hold, Loan

    moved_loans = 0
    for loan in Loan.select().where(Loan.returned_at.is_null() & (Loan.deleted == False)  # noqa: E712
                                    & (Loan.due_on >= start) & (Loan.due_on <= end)):
        if not after.is_open(loan.due_on):
            store.update(lib, loan, due_on=after.next_open_day(loan.due_on))
            moved_loans += 1
    moved_holds = 0
    # every copy waiting past the closure's first day (not only until a day in it): cuti bersama added day by
    # day (``national_holidays``) must give the same pick-up days as one range
    for hold in Hold.select().where((Hold.status == "ready") & (Hold.deleted == False)  # noqa: E712
                                    & (Hold.ready_until >= start)):
        lost = before.open_days(start, hold.ready_until) - after.open_days(start, hold.ready_until)
        if lost > 0 or not after.is_open(hold.ready_until):
            until = after.add_open_days(hold.ready_until, lost) if lost > 0 else after.next_open_day(hold.ready_until)
            store.update(lib, hold, ready_until=until)
            moved_holds += 1
    return moved_loans, moved_holds


def remove_holiday(lib: Library, by: Staff, holiday: Holiday) -> None:
    auth.require(by, "circulation.rules")
    if holiday is None or holiday.deleted:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That holiday no longer exists."))
    with lib.transaction():
        store.delete(lib, holiday)
        auth.audit(lib, by, "circulation.holiday_remove", "holiday", holiday.uid,
                   starts_on=holiday.starts_on.isoformat(), ends_on=holiday.ends_on.isoformat(), name=holiday.name)


def set_closed_weekdays(lib: Library, by: Staff, weekdays: set[int] | list[int]) -> None:
    """The weekly closing days (ISO: 1 = Monday ... 7 = Sunday)."""
    auth.require(by, "circulation.rules")
    days = sorted(set(weekdays))
    if any(d < 1 or d > 7 for d in days) or len(days) == 7:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose the weekdays the library is closed (not all)."),
                              field="closed_weekdays")
    from ..store.clock import local_today

    today = local_today(lib.clock)
    with lib.transaction():
        before = calendar(lib, today)
        store.update(lib, lib.profile, closed_weekdays=",".join(str(d) for d in days))
        _move_out_of_closure(lib, before, calendar(lib, today), today, date.max)
