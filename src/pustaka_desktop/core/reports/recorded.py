"""The visitor figures of a period as far as Pustaka recorded them. A library that moved in with SLiMS's visitor
counter begun on 1 March 2025 has no visitors for January and February 2025 and none at all for 2024: its
average per open day of 2025 is taken over the open days from 1 March (over the whole year it read lower than
it was), and a period with no visitor record has no visitor figures at all (unknown, never 0), in the PDF, the
spreadsheets and ``--json`` alike.

``as_recorded`` and ``average_text`` write those figures in a report's tables ("255 (recorded only from
1 March 2025)", "1.0 (over the 262 open days from 1 March 2025)", "not recorded in Pustaka").

``gaps`` is ``impact.unrecorded`` of the period: a figure missing from it was recorded all the period, one
mapped to a day was recorded only from that day, one mapped to None was not recorded in it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from ..circulation import holidays
from ..formatting import format_decimal, format_number
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store.clock import local_today
from . import figures
from .period import Period, format_date

Translate = Callable[[str, str], str]

# what figures.visits counts that is not the visitor book: the open days are the library's calendar
KNOWN_WITHOUT_THE_BOOK = ("open_days",)


def not_recorded(gaps: dict[str, date | None], figure: str = "visits") -> bool:
    """Pustaka has no record of ``figure`` in the period at all."""
    return figure in gaps and gaps[figure] is None


def average_per_open_day(lib: Library, period: Period, visitors: int | None,
                         gaps: dict[str, date | None]) -> dict[str, Any]:
    """``{"per_open_day", "open_days", "from"}``: visitors per open day over the open days Pustaka recorded
    visitors on (``from``: the day its visitor records began inside the period, else None); all None when
    it recorded none."""
    if visitors is None or not_recorded(gaps):
        return {"per_open_day": None, "open_days": None, "from": None}
    began = gaps.get("visits")
    span = Period.custom(began, period.end) if began else period
    days = figures.open_days(holidays.calendar(lib, span.start, span.end), span, local_today(lib.clock))
    return {"per_open_day": figures.per_open_day(visitors, days), "open_days": days, "from": began}


def visits_as_recorded(lib: Library, period: Period, visits: dict[str, Any],
                       gaps: dict[str, date | None]) -> dict[str, Any]:
    """``figures.visits`` of ``period`` with its average over the recorded days (``average_open_days``,
    ``average_from``); every figure of the visitor book None when Pustaka has no record of the period."""
    if not_recorded(gaps):
        return {key: value if key in KNOWN_WITHOUT_THE_BOOK else None for key, value in visits.items()} | {
            "average_open_days": None, "average_from": None}
    average = average_per_open_day(lib, period, visits["total"], gaps)
    return {**visits, "per_open_day": average["per_open_day"], "average_open_days": average["open_days"],
            "average_from": average["from"]}


# figures of a section counted from records of their own -> their name in ``gaps``: the books read on site are
# scanned at the desk only, the active members come from the loans and the visitor book
PARTS = {("visits", "in_library_use"): "in_library_use", ("members", "active"): "active_members"}


def parts_as_recorded(data: dict[str, Any]) -> None:
    """Sets those figures of a period Pustaka has no record of to None (unknown, not 0), in place."""
    for (section, key), figure in PARTS.items():
        if not_recorded(data["unrecorded"], figure):
            data[section][key] = None


# the sections of a period report counted from one kind of record -> its name in ``gaps``
SECTIONS = {"visits": "visits", "loans": "loans", "programmes": "programmes"}


def mark_sections(data: dict[str, Any]) -> None:
    """Gives each of those sections its ``recorded_from`` (the day its records began inside the period, else None),
    in place: ``--json`` readers see that the visitors by gender of 2025 were counted from March, as the tables do."""
    for section, gap in SECTIONS.items():
        data[section]["recorded_from"] = data["unrecorded"].get(gap)


def days_as_recorded(days: list[tuple[date, int]], began: date | None) -> list[tuple[date, int]] | None:
    """People (or loans) per day from the day their records began: the days before were not counted, they are
    not days with nobody (None when nothing was recorded in the period)."""
    if began is None or (days and began > days[-1][0]):
        return None
    return [(day, n) for day, n in days if day >= began]


# --- as a report writes them --------------------------------------------------------------------------

NOT_RECORDED = QT_TRANSLATE_NOOP("Reports", "not recorded in Pustaka")
RECORDED_FROM = QT_TRANSLATE_NOOP("Reports", "{value} (recorded only from {date})")


def as_recorded(data: dict[str, Any], key: str, translate: Translate, value: Any = None, gap: str = "") -> Any:
    """A figure as a report writes it: the number, or that Pustaka has no record of that period, or the
    number with the day its records began (``gap``: the name the figure has in ``data["unrecorded"]``)."""
    value, gaps, gap = (data[key] if key else value), data.get("unrecorded") or {}, gap or key
    if gap not in gaps:
        return value
    if gaps[gap] is None:
        return translate("Reports", NOT_RECORDED)
    number = float(value) if isinstance(value, str) else value
    shown = format_decimal(number) if isinstance(number, float) else format_number(number)
    return translate("Reports", RECORDED_FROM).format(value=shown, date=format_date(gaps[gap], translate))


TITLE_FROM = QT_TRANSLATE_NOOP("Reports", "{caption} (recorded only from {date})")


def title_as_recorded(data: dict[str, Any], title: str, translate: Translate, *gaps_of: str) -> str:
    """A table's title, with the day the records it counts began when they began inside the period (``gaps_of``:
    their names in ``data["unrecorded"]``; the latest day of several). Said once over the table, not on each row:
    a count of visitors by gender from March read as the whole year's."""
    gaps = data.get("unrecorded") or {}
    began = [gaps[gap] for gap in gaps_of if gaps.get(gap)]
    if not began:
        return title
    return translate("Reports", TITLE_FROM).format(caption=title, date=format_date(max(began), translate))


def tables_as_recorded(data: dict[str, Any], tables: list, translate: Translate, gap: str) -> list:
    """``tables`` (core.reports.tables.Table) of one kind of record, each titled by ``title_as_recorded``."""
    for table in tables:
        if table.kind != "note":
            table.title = title_as_recorded(data, table.title, translate, gap)
    return tables


AVERAGE_FROM = QT_TRANSLATE_NOOP("Reports", "{value} (over the {days} open days from {date})")


def average_text(value: float, figures_of: dict[str, Any], translate: Translate) -> str:
    """Visitors per open day; when the visitor records began inside the period, over which days it was taken
    (``figures_of``: the data with ``average_from`` and ``average_open_days``, core.reports.recorded)."""
    if not figures_of.get("average_from"):
        return format_decimal(value)
    return translate("Reports", AVERAGE_FROM).format(value=format_decimal(value),
                                                     days=format_number(figures_of["average_open_days"]),
                                                     date=format_date(figures_of["average_from"], translate))
