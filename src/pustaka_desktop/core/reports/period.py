"""Report periods: a day, month, quarter, year or a custom range of local calendar days."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..store.clock import local_instant

KINDS = ("day", "month", "quarter", "year", "custom")
MONTH_NAMES = (
    QT_TRANSLATE_NOOP("Reports", "January"), QT_TRANSLATE_NOOP("Reports", "February"),
    QT_TRANSLATE_NOOP("Reports", "March"), QT_TRANSLATE_NOOP("Reports", "April"),
    QT_TRANSLATE_NOOP("Reports", "May"), QT_TRANSLATE_NOOP("Reports", "June"),
    QT_TRANSLATE_NOOP("Reports", "July"), QT_TRANSLATE_NOOP("Reports", "August"),
    QT_TRANSLATE_NOOP("Reports", "September"), QT_TRANSLATE_NOOP("Reports", "October"),
    QT_TRANSLATE_NOOP("Reports", "November"), QT_TRANSLATE_NOOP("Reports", "December"),
)


def _identity(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class Period:
    """Inclusive local calendar days ``start``..``end``."""

    start: date
    end: date
    kind: str = "custom"

    @classmethod
    def day(cls, day: date) -> Period:
        return cls(day, day, "day")

    @classmethod
    def month(cls, year: int, month: int) -> Period:
        first = date(year, month, 1)
        nxt = date(year + (month == 12), month % 12 + 1, 1)
        return cls(first, nxt - timedelta(days=1), "month")

    @classmethod
    def quarter(cls, year: int, quarter: int) -> Period:
        first = date(year, 3 * (quarter - 1) + 1, 1)
        last_month = Period.month(year, 3 * quarter)
        return cls(first, last_month.end, "quarter")

    @classmethod
    def year(cls, year: int) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31), "year")

    @classmethod
    def custom(cls, start: date, end: date) -> Period:
        if end < start:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The period ends before it starts."), field="end")
        return cls(start, end, "custom")

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1

    def utc_bounds(self) -> tuple[str, str]:
        """``[from, to)`` as stored UTC text, for comparing with UtcDateTimeField columns."""
        start, end = local_instant(self.start), local_instant(self.end + timedelta(days=1))
        return start.strftime("%Y-%m-%d %H:%M:%S"), end.strftime("%Y-%m-%d %H:%M:%S")

    def utc_offset_modifier(self) -> str:
        """A SQLite date modifier that turns stored UTC text into local time (Indonesia has no DST)."""
        offset = datetime.combine(self.start, time(12)).astimezone().utcoffset() or timedelta(0)
        return f"{int(offset.total_seconds()):+d} seconds"

    def label(self, translate=_identity) -> str:
        if self.kind == "day":
            return f"{self.start.day} {translate('Reports', MONTH_NAMES[self.start.month - 1])} {self.start.year}"
        if self.kind == "month":
            return f"{translate('Reports', MONTH_NAMES[self.start.month - 1])} {self.start.year}"
        if self.kind == "quarter":
            return translate("Reports", "Quarter {q} {year}").format(q=(self.start.month - 1) // 3 + 1,
                                                                       year=self.start.year)
        if self.kind == "year":
            return str(self.start.year)
        return f"{format_date(self.start, translate)} – {format_date(self.end, translate)}"

    def slug(self) -> str:
        if self.kind == "month":
            return self.start.strftime("%Y-%m")
        if self.kind == "year":
            return str(self.start.year)
        if self.kind == "quarter":
            return f"{self.start.year}-Q{(self.start.month - 1) // 3 + 1}"
        if self.kind == "day":
            return self.start.isoformat()
        return f"{self.start.isoformat()}_{self.end.isoformat()}"


def format_date(day: date, translate=_identity) -> str:
    return f"{day.day} {translate('Reports', MONTH_NAMES[day.month - 1])} {day.year}"


_MONTH = re.compile(r"^(\d{4})-(\d{1,2})$")
_QUARTER = re.compile(r"^(\d{4})-?[Qq]([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")


def parse_period(text: str) -> Period:
    """``2026-03`` (month), ``2026-Q1``, ``2026``, ``2026-03-02`` (day), ``2026-03-01..2026-03-15``."""
    value = (text or "").strip()
    try:
        if ".." in value:
            a, b = value.split("..", 1)
            return Period.custom(date.fromisoformat(a.strip()), date.fromisoformat(b.strip()))
        if m := _MONTH.match(value):
            return Period.month(int(m[1]), int(m[2]))
        if m := _QUARTER.match(value):
            return Period.quarter(int(m[1]), int(m[2]))
        if m := _YEAR.match(value):
            return Period.year(int(m[1]))
        return Period.day(date.fromisoformat(value))
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "{value} is not a period (use 2026-03, 2026-Q1, 2026, 2026-03-02 or FROM..TO)."),
            field="period", value=value or "-") from None
