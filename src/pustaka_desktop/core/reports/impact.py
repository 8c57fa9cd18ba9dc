"""The impact sheet (Lembar dampak) for the village deliberation (Musyawarah Desa), where the village head
and council decide the library's budget: this period against the one before, the people served, the
programmes and partners, a few stories told with consent, what the library received and what it plans.

Every figure comes from ``figures`` — the same functions as the IPLM sheet and the monthly report — so the
village hears the numbers the district and the National Library get. What the app cannot know (the budget
the library received, other support, its plans) the librarian enters once per period (``save_inputs``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from .. import auth
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..interop.loan_lists import LENT_IN_INLISLITE, LENT_IN_NOTEBOOK
from ..service import Library
from ..settings import get_setting, set_setting
from ..store.clock import local_today
from ..store.models import Program, Staff, Story
from . import figures, recorded
from .period import Period
from .sources import before_the_move

INPUTS_KEY = "impact_inputs"  # {period slug: {"budget": rupiah, "received": text, "plans": text, "request": rupiah}}
MAX_STORIES = 2
MAX_TEXT = 1200


@dataclass(frozen=True)
class ImpactInputs:
    budget: int | None = None  # rupiah the library received for the period (village budget, Dana Desa)
    received: str = ""  # other support in words: book grants, equipment, volunteers' time
    plans: str = ""  # the library's own plans for the next period
    request: int | None = None  # rupiah the library asks for the next period


def previous(period: Period) -> Period:
    """The period to compare with: the year, quarter or month before; else as many days just before."""
    if period.kind == "year":
        return Period.year(period.start.year - 1)
    if period.kind == "month":
        before = period.start - timedelta(days=1)
        return Period.month(before.year, before.month)
    if period.kind == "quarter":
        before = period.start - timedelta(days=1)
        return Period.quarter(before.year, (before.month - 1) // 3 + 1)
    return Period.custom(period.start - timedelta(days=period.days), period.start - timedelta(days=1))


def inputs(lib: Library, period: Period) -> ImpactInputs:
    stored = (get_setting(INPUTS_KEY, {}) or {}).get(period.slug(), {})
    return ImpactInputs(stored.get("budget"), stored.get("received", ""), stored.get("plans", ""),
                        stored.get("request"))


def _rupiah(value: int | str | None, field: str) -> int | None:
    """An amount as typed (``Rp 15.000.000``, ``15000000``), None when left empty."""
    if isinstance(value, str):
        digits = value.replace("Rp", "").replace(".", "").replace(",", "").replace(" ", "")
        if digits and not (digits.isascii() and digits.isdigit()):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{value} is not an amount in rupiah."), field=field,
                                  value=value)
        value = int(digits) if digits else None
    if value is not None and not 0 <= value < 10**13:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{value} is not an amount in rupiah."), field=field,
                              value=str(value))
    return value


def save_inputs(lib: Library, by: Staff, period: Period, *, budget: int | str | None = None, received: str = "",
                plans: str = "", request: int | str | None = None) -> ImpactInputs:
    """What the librarian knows and the app cannot: the budget received, other support, plans, and the
    budget asked for the next period."""
    auth.require(by, "settings.edit")
    saved = ImpactInputs(_rupiah(budget, "budget"), (received or "").strip()[:MAX_TEXT],
                         (plans or "").strip()[:MAX_TEXT], _rupiah(request, "request"))
    with lib.transaction():
        stored = dict(get_setting(INPUTS_KEY, {}) or {})
        stored[period.slug()] = {"budget": saved.budget, "received": saved.received, "plans": saved.plans,
                                 "request": saved.request}
        set_setting(INPUTS_KEY, stored)
        auth.audit(lib, by, "reports.impact_inputs", "period", period.slug(), budget=saved.budget,
                   request=saved.request)
    return saved


def period_figures(lib: Library, period: Period) -> dict[str, Any]:
    visits = figures.visit_totals(lib, period)
    members = figures.members(lib, period)
    loans = figures.loans(lib, period)
    programmes = figures.programmes(lib, period)
    collection = figures.collection_totals(lib, period)
    digital = figures.digital_shelf(lib, period)
    return {
        "visits": visits["total"], "visits_per_day": visits["per_open_day"], "open_days": visits["open_days"],
        "members": members["total"], "new_members": members["new"], "active_members": members["active"],
        "members_by_age_band": members["by_age_band"], "members_by_gender": members["by_gender"],
        "loans": loans["total"], "borrowers": loans["borrowers"],
        "digital_uses": digital["reads"] + digital["downloads"],
        "programmes": programmes["programmes"], "sessions": programmes["sessions"],
        "participants": programmes["participants"], "partners": len(programmes["partners"]),
        "partner_names": [p["name"] for p in programmes["partners"]],
        "programme_list": programmes["list"],
        "new_copies": collection["new_copies"], "titles": collection["titles"], "copies": collection["copies"],
    }


def _stories(lib: Library, period: Period) -> list[dict[str, Any]]:
    """Stories of the period told with consent, those with a photo first, newest first."""
    rows = (Story.select(Story, Program.name.alias("programme")).join(Program)
            .where((Story.deleted == False) & (Story.consent == True) & (Program.deleted == False)  # noqa: E712
                   & (Story.told_on >= period.start) & (Story.told_on <= period.end))
            .order_by(Story.photo.is_null(), Story.told_on.desc()).limit(MAX_STORIES))
    return [{"title": s.title, "text": s.text, "author": s.author, "told_on": s.told_on, "photo": s.photo,
             "programme": s.programme} for s in rows.objects()]


def change(now: float, before: float) -> float | None:
    """Per cent change from the previous period (None when there was nothing to compare with)."""
    if not before:
        return None
    return round(100.0 * (now - before) / before, 1)


CHANGES = ("visits", "members", "active_members", "loans", "digital_uses", "programmes", "participants", "partners",
           "new_copies")
# What each compared figure is counted from (members are a head count on a day, always comparable)
RECORDS_OF = {"visits": ("visits",), "active_members": ("visits", "loans"), "loans": ("loans",),
              "digital_uses": ("digital",), "programmes": ("sessions",), "participants": ("sessions",),
              "partners": ("sessions",), "new_copies": ("copies",), "in_library_use": ("reading",),
              "fines": ("fines",)}
_FIRST_RECORD_SQL = {  # the local day of the first record of each kind
    "visits": "SELECT date(MIN(at), ?) FROM visit WHERE +deleted = 0",
    "loans": "SELECT date(MIN(loaned_at), ?) FROM loan WHERE +deleted = 0",
    "digital": "SELECT date(MIN(at), ?) FROM digital_view",
    "sessions": "SELECT date(MIN(starts_at), ?) FROM program_session WHERE +deleted = 0",
    # books read on site are scanned at Pustaka's desk only: no old system's backup brings them
    "reading": "SELECT date(MIN(at), ?) FROM in_library_use WHERE +deleted = 0",
    # fines: from the first fine, or the first loan of a ledger that kept its fines (the desk's, SLiMS's): a loan
    # notebook or INLISLite's loan report brings loans without their fines
    "fines": "SELECT date(MIN(at), ?) FROM (SELECT MIN(at) AS at FROM fine_entry WHERE +deleted = 0 UNION ALL "
             "SELECT MIN(loaned_at) FROM loan WHERE +deleted = 0 AND staff NOT IN "
             f"('{LENT_IN_INLISLITE}', '{LENT_IN_NOTEBOOK}'))",
}


def compared_span(period: Period, today: date) -> Period:
    """The days to compare with: the period before; while ``period`` is still running, only as many of
    its days as have passed (1 January - 5 December against the same days of last year, not a whole year
    against eleven months)."""
    before = previous(period)
    if not period.start <= today < period.end:
        return before
    if period.kind == "year":
        leap_day = (today.month, today.day) == (2, 29)
        last = date(before.start.year, today.month, 28 if leap_day else today.day)
    else:
        last = before.start + (today - period.start)
    return Period.custom(before.start, min(last, before.end))


def records_began(lib: Library, span: Period) -> dict[str, date | None]:
    """The first day each kind of record was kept in Pustaka (None: never)."""
    modifier = span.utc_offset_modifier()
    began = {kind: lib.db.execute_sql(sql, (modifier,)).fetchone()[0] for kind, sql in _FIRST_RECORD_SQL.items()}
    began["copies"] = lib.db.execute_sql("SELECT MIN(received_on) FROM item WHERE +deleted = 0").fetchone()[0]
    return {kind: date.fromisoformat(str(day)[:10]) if day else None for kind, day in began.items()}


def unrecorded(lib: Library, span: Period) -> dict[str, date | None]:
    """The figures ``span`` cannot be compared on, because Pustaka did not record them all of it: each
    with the day its records began inside the span, or None when nothing was recorded in it. A library
    that started its visitor book on 5 December would else show the next year as +1.062% visitors,
    and a year before any record as a fall to 0."""
    return gaps_from(records_began(lib, span), span)


def gaps_from(began: dict[str, date | None], span: Period, figures_of: tuple[str, ...] = tuple(RECORDS_OF)
         ) -> dict[str, date | None]:
    """``unrecorded`` from the days records began (``records_began``; the district has them from each village's
    bundle): one rule for the village's own sheet and the district's row of it. A few days' grace (a month for
    a year): records that began on 3 January cover the year. A kind missing from ``began`` is unknown (a bundle
    of an older version): its figures are left as they are."""
    covered_from = span.start + timedelta(days=span.days // 12)
    found: dict[str, date | None] = {}
    for figure in figures_of:
        kinds = RECORDS_OF[figure]
        if any(kind not in began for kind in kinds):
            continue
        days = [began[kind] for kind in kinds if began[kind] is not None]
        first = min(days) if days else None
        if first is None or first > span.end:
            found[figure] = None
        elif first > covered_from:
            found[figure] = first
    return found


def _request_in_books(request: int | None, bought: dict[str, int]) -> dict[str, int] | None:
    """What the requested budget would buy in books at the average price paid in the period, when the
    prices of bought copies were written down."""
    if not request or not bought["priced"] or not bought["value"]:
        return None
    average = round(bought["value"] / bought["priced"])
    return {"average_price": average, "books": request // average}


def impact_data(lib: Library, period: Period) -> dict[str, Any]:
    today = local_today(lib.clock)
    compared = compared_span(period, today)
    with lib.transaction():
        now = period_figures(lib, period)
        before = period_figures(lib, compared)
        # who came, by age band, gender and school group: the split the monthly report prints
        visitors = figures.visits(lib, period)
        stories = _stories(lib, period)
        gaps = unrecorded(lib, compared)
        own_gaps = unrecorded(lib, period)  # the period's own figures, when its records began inside it
        bought = figures.new_copies_by_source(lib, period)
        funds = figures.new_copies_by_fund(lib, period)
        moved = before_the_move(lib, period)
        # the average over the open days Pustaka recorded visitors on, as the IPLM sheet (core.reports.recorded)
        average = recorded.average_per_open_day(lib, period, now["visits"], own_gaps)
        now.update(visits_per_day=average["per_open_day"], average_open_days=average["open_days"],
                   average_from=average["from"])
    given = inputs(lib, period)
    # a whole year's budget over the visitors of the months recorded would overstate the cost of a visit
    cost_per_visit = (round(given.budget / now["visits"]) if given.budget and now["visits"] and "visits" not in own_gaps
                      else None)
    return {
        "kind": "impact", "period": period, "previous": previous(period), "compared": compared,
        "until": today if period.start <= today < period.end else None,
        "profile": figures.profile_info(lib), "made_on": today, "now": now, "before": before,
        "changes": {key: None if key in gaps else change(now[key], before[key]) for key in CHANGES},
        "unrecorded": gaps, "recorded_from": {key: day for key, day in own_gaps.items() if day},
        "not_recorded": [key for key, day in own_gaps.items() if day is None],  # no record in the period at all
        "bought": bought, "funds": funds, "visitors": visitors,
        "stories": stories, "sources": moved, "budget": given.budget, "received": given.received, "plans": given.plans,
        "cost_per_visit": cost_per_visit, "request": given.request,
        "request_in_books": _request_in_books(given.request, bought["purchase"]),
    }


def default_period(today: date) -> Period:
    """The year the deliberation looks back on: this year once it is past mid-year, else the last one."""
    return Period.year(today.year if today.month >= 7 else today.year - 1)
