"""What each village recorded in Pustaka, as the district knows it: the day each kind of record began there
(``impact.records_began``), carried by the village's newest bundle (``records_began`` in its manifest).

A village that moved in on 1 March 2025 has no visitor book in Pustaka before that day: its own sheet averages
2025 over the open days from 1 March and writes *tidak tercatat di Pustaka* for 2024. The district's row of it
says the same (``impact.gaps_from``: one rule for both), a total adds only the villages that recorded the figure
and says how many did ("12 dari 14 desa tercatat"). A bundle of an older version says nothing: that village's
figures are counted as before (unknown, never "not recorded").

``village_note`` and ``total_note`` write it in a report's words; ``short_cell`` is a figure's cell where a
table has no room for the words (the note says them).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from ..formatting import format_number
from ..i18n import QT_TRANSLATE_NOOP
from ..reports.impact import gaps_from
from ..reports.period import Period, format_date
from ..settings import get_setting, set_setting
from . import district_arrived

Translate = Callable[[str, str], str]

SETTING = "district.records_began"  # site -> {kind: ISO day or None}, as the village's newest bundle said
# the kinds of ``impact.records_began`` the district's figures are counted from (a village also sends "reading" and
# "fines": its own sheet's, no column here)
KINDS = ("visits", "loans", "digital", "sessions", "copies")
# the district's columns -> the village's figure counted from the same records (``impact.RECORDS_OF``)
COLUMNS = {"visits": "visits", "visits_per_day": "visits", "loans": "loans", "programs": "programmes",
           "sessions": "programmes"}
FIGURES = ("visits", "loans", "programmes")
FIGURE_NAMES = {"visits": QT_TRANSLATE_NOOP("DistrictReport", "visitors"),
                "loans": QT_TRANSLATE_NOOP("DistrictReport", "loans"),
                "programmes": QT_TRANSLATE_NOOP("DistrictReport", "activities")}
MARK = "*"  # beside a figure the village's note explains (a cell has no room for the words)


def note(site: str, manifest: dict[str, Any]) -> None:
    """Keep the days a village's records began as its newest bundle said (the caller reads only the newest). A
    bundle of an older version says nothing and changes nothing; a day that cannot be read is unknown."""
    sent = manifest.get("records_began")
    if not isinstance(sent, dict):
        return
    days: dict[str, str | None] = {}
    for kind, text in sent.items():
        if kind not in KINDS:
            continue
        if text is None:
            days[kind] = None
            continue
        try:
            days[kind] = date.fromisoformat(str(text)[:10]).isoformat()
        except ValueError:
            continue
    known = get_setting(SETTING) or {}
    known[site] = days
    set_setting(SETTING, known)


def began() -> dict[str, dict[str, date | None]]:
    """Each village's days as its newest bundle said (villages of an older version absent)."""
    return {site: {kind: date.fromisoformat(day) if day else None for kind, day in days.items()}
            for site, days in (get_setting(SETTING) or {}).items()}


def village_gaps(days: dict[str, date | None] | None, period: Period) -> dict[str, date | None] | None:
    """The village's columns ``period`` does not have whole: each with the day its records began inside the
    period, or None when it has no record of it at all (None when its bundles do not say)."""
    if days is None:
        return None
    found = gaps_from(days, period, FIGURES)
    return {column: found[figure] for column, figure in COLUMNS.items() if figure in found}


def coverage(rows: list[dict[str, Any]]) -> dict[str, dict[str, int]]:
    """For each figure: how many villages, how many of them recorded it (wholly or only ``from_a_day`` inside the
    period) and how many ``unknown`` (their version does not say; counted as before)."""
    out = {}
    for figure in FIGURES:
        column = next(c for c, f in COLUMNS.items() if f == figure)
        # (a village that sent nothing of the period recorded nothing here: ``district_arrived``)
        gaps = [row.get("unrecorded") for row in rows if not row.get("nothing_arrived")]
        out[figure] = {"villages": len(rows),
                       "recorded": sum(1 for g in gaps if g is None or g.get(column, date.min) is not None),
                       "from_a_day": sum(1 for g in gaps if g and g.get(column)),
                       "unknown": sum(1 for g in gaps if g is None)}
    return out


# --- in a report's words --------------------------------------------------------------------------------

RECORDED_FROM = QT_TRANSLATE_NOOP("DistrictReport", "{figures} recorded only from {date}")
NOT_RECORDED = QT_TRANSLATE_NOOP("DistrictReport", "{figures} not recorded in Pustaka")
AVERAGE_OVER = QT_TRANSLATE_NOOP("DistrictReport", "visitors per open day over the {days} open days from {date}")
NOT_RECORDED_CELL = QT_TRANSLATE_NOOP("DistrictReport", "not recorded")
AND = QT_TRANSLATE_NOOP("DistrictReport", " and ")
TOTAL_OF = QT_TRANSLATE_NOOP("DistrictReport", "{figure}: {recorded} of {villages} villages recorded")
TOTAL_PART = QT_TRANSLATE_NOOP("DistrictReport", "{part} of them only from a day inside the period")
TOTAL_UNKNOWN = QT_TRANSLATE_NOOP("DistrictReport", "{unknown} of the villages run an older version that does not say "
                                                    "since when it recorded (counted as before)")


def _joined(names: list[str], translate: Translate) -> str:
    return ", ".join(names[:-1]) + translate("DistrictReport", AND) + names[-1] if len(names) > 1 else names[0]


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]


def village_note(row: dict[str, Any], translate: Translate) -> str:
    """"Visitors and loans recorded only from 1 March 2025; activities not recorded in Pustaka" ("" when the
    village recorded the whole period, or does not say)."""
    gaps = row.get("unrecorded") or {}
    arrived = district_arrived.village_note(row, translate)
    if row.get("nothing_arrived"):
        return arrived  # (what it recorded is not here to say)
    by_day: dict[date | None, list[str]] = {}
    for figure in FIGURES:
        column = next(c for c, f in COLUMNS.items() if f == figure)
        if column in gaps:
            by_day.setdefault(gaps[column], []).append(translate("DistrictReport", FIGURE_NAMES[figure]))
    parts = [translate("DistrictReport", NOT_RECORDED if day is None else RECORDED_FROM).format(
                 figures=_joined(names, translate), date=format_date(day, translate) if day else "")
             for day, names in sorted(by_day.items(), key=lambda item: item[0] or date.max)]
    if gaps.get("visits") and row.get("average_open_days") is not None:  # (the open days column is the period's)
        parts.append(translate("DistrictReport", AVERAGE_OVER).format(
            days=format_number(row["average_open_days"]), date=format_date(gaps["visits"], translate)))
    return _capital("; ".join([arrived, *parts] if arrived else parts))


def total_note(total: dict[str, Any], translate: Translate) -> str:
    """"Visitors: 12 of 14 villages recorded, 1 of them only from a day inside the period" for each figure not
    every village recorded the whole period ("" when they all did)."""
    parts, unknown = [], 0
    missing = len(total.get("not_arrived") or [])  # (named by ``district_arrived.total_note``)
    for figure, counts in (total.get("villages_recorded") or {}).items():
        if counts["recorded"] + missing == counts["villages"] and not counts["from_a_day"]:
            continue
        said = [translate("DistrictReport", TOTAL_OF).format(
            figure=_capital(translate("DistrictReport", FIGURE_NAMES[figure])),
            recorded=format_number(counts["recorded"]), villages=format_number(counts["villages"]))]
        if counts["from_a_day"]:
            said.append(translate("DistrictReport", TOTAL_PART).format(part=format_number(counts["from_a_day"])))
        parts.append(", ".join(said))
        unknown = counts["unknown"]
    if parts and unknown:  # (the same villages for every figure) their months before a move may be in it as 0
        parts.append(translate("DistrictReport", TOTAL_UNKNOWN).format(unknown=format_number(unknown)))
    arrived = district_arrived.total_note(total, translate)
    return _capital("; ".join([arrived, *parts] if arrived else parts))


def marked(row: dict[str, Any], key: str) -> bool:
    """The figure ``key`` of this row (a village's or the total) was not recorded all the period everywhere."""
    if district_arrived.marked(row, key):
        return True
    if key not in COLUMNS:
        return False
    if row.get("villages_recorded"):
        counts = row["villages_recorded"][COLUMNS[key]]
        return counts["recorded"] < counts["villages"] or bool(counts["from_a_day"])
    return key in (row.get("unrecorded") or {})


def short_cell(row: dict[str, Any], key: str, shown: str, translate: Translate) -> str:
    """A figure's cell in a narrow table: the number, "not recorded", or the number marked (``MARK``) when its
    row's note says more."""
    if row.get("nothing_arrived") and key in district_arrived.UNKNOWN and row.get(key) is None:
        return district_arrived.NOT_ARRIVED_CELL
    if key in COLUMNS and row.get(key) is None:
        return translate("DistrictReport", NOT_RECORDED_CELL)
    return f"{shown} {MARK}" if marked(row, key) else shown
