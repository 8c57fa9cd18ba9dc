"""Clocks are passed in, never read from globals, so tests can run "next month" instantly."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Protocol


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


def local_instant(day: date, at: time = time.min) -> datetime:
    """The UTC instant of ``at`` on the local calendar ``day`` (the PC's zone): where a day starts, or a
    time another system wrote without its zone."""
    return datetime.combine(day, at).astimezone().astimezone(UTC)


def to_local(value: datetime) -> datetime:
    """A stored UTC time shown in the PC's local zone."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    return value.astimezone()
