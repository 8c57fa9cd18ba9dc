"""A year's report beside the two years before it, for the village government deciding next year's budget:
visitors, loans, members, new books and programmes of each year, counted by the same functions as the impact
sheet. A year still running is compared over the same days of each year (1 January - 5 December), and a
figure Pustaka has no record of for a year (before the move, when no history was imported) says so, never 0.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from ..service import Library
from .impact import gaps_from, period_figures, records_began
from .period import Period

YEARS = 3
FIGURES = ("visits", "loans", "members", "active_members", "new_copies", "programmes", "participants")


def _span(year: int, running_until: date | None) -> Period:
    if running_until is None:
        return Period.year(year)
    leap_day = (running_until.month, running_until.day) == (2, 29)
    return Period.custom(date(year, 1, 1), date(year, running_until.month, 28 if leap_day else running_until.day))


def years_compared(lib: Library, period: Period, today: date,
                   began: dict[str, date | None] | None = None) -> dict[str, Any] | None:
    """``{"until": today or None, "years": [{"year", "figures", "unrecorded"}, ...]}`` for a year's report,
    oldest first; None for any other period. ``began``: ``impact.records_began``, when the caller has it (it reads
    every loan of a library whose loans came from a notebook)."""
    if period.kind != "year":
        return None
    until = today if period.start <= today < period.end else None
    began = records_began(lib, period) if began is None else began
    years = []
    for year in range(period.start.year - YEARS + 1, period.start.year + 1):
        span = _span(year, until)
        found = period_figures(lib, span)
        years.append({"year": year, "figures": {key: found[key] for key in FIGURES},
                      "unrecorded": gaps_from(began, span)})
    return {"until": until, "years": years}
