"""Clocks are passed in, never read from globals, so tests can run "next month" instantly."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Protocol

# Nothing this program stores is older than the program: a PC clock earlier than this was set back (a
# flat clock battery puts it in 2000 or at the board's making). store/health.py warns about such a
# clock; checks on data use ``this_year``.
EARLIEST_PLAUSIBLE = datetime(2024, 1, 1, tzinfo=UTC)


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware, in UTC."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)


class FixedClock:
    """A clock for tests: stands still until moved."""

    def __init__(self, at: datetime | str = "2026-01-05T09:00:00+07:00") -> None:
        self._at = _aware(datetime.fromisoformat(at) if isinstance(at, str) else at)

    def now(self) -> datetime:
        return self._at

    def set(self, at: datetime | str) -> None:
        self._at = _aware(datetime.fromisoformat(at) if isinstance(at, str) else at)

    def advance(self, **kwargs: float) -> None:
        self._at += timedelta(**kwargs)


def _aware(value: datetime) -> datetime:
    if value.tzinfo is None:
        raise ValueError("clock times must carry a timezone")
    return value.astimezone(UTC)


def local_today(clock: Clock) -> date:
    """Today's date in the PC's local zone (a due date is a local calendar day)."""
    return clock.now().astimezone().date()


def this_year(clock: Clock) -> int:
    """This year, for checks on data (a book's year not after next year, the century of a two-digit
    year): the clock's, but never before EARLIEST_PLAUSIBLE's, so a PC whose clock went back to 2009
    does not flag every newer book's year as impossible, nor refuse it in the record form."""
    return max(local_today(clock).year, EARLIEST_PLAUSIBLE.year)


def local_instant(day: date, at: time = time.min) -> datetime:
    """The UTC instant of ``at`` on the local calendar ``day`` (the PC's zone): where a day starts, or a
    time another system wrote without its zone."""
    return datetime.combine(day, at).astimezone().astimezone(UTC)


def to_local(value: datetime) -> datetime:
    """A stored UTC time shown in the PC's local zone."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone()
