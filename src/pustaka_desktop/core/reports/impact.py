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
from ..service import Library
from ..settings import get_setting, set_setting
from ..store.clock import local_today
from ..store.models import Program, Staff, Story
from . import figures
from .period import Period

INPUTS_KEY = "impact_inputs"  # {period slug: {"budget": rupiah or None, "received": text, "plans": text}}
MAX_STORIES = 2
MAX_TEXT = 1200


@dataclass(frozen=True)
class ImpactInputs:
    budget: int | None = None  # rupiah the library received for the period (village budget, Dana Desa)
    received: str = ""  # other support in words: book grants, equipment, volunteers' time
    plans: str = ""  # the library's own plans for the next period


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
    return ImpactInputs(stored.get("budget"), stored.get("received", ""), stored.get("plans", ""))


def save_inputs(lib: Library, by: Staff, period: Period, *, budget: int | str | None = None, received: str = "",
                plans: str = "") -> ImpactInputs:
    """What the librarian knows and the app cannot: the budget received, other support, plans."""
    auth.require(by, "settings.edit")
    if isinstance(budget, str):
        digits = budget.replace("Rp", "").replace(".", "").replace(",", "").replace(" ", "")
        if digits and not (digits.isascii() and digits.isdigit()):
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{value} is not an amount in rupiah."), field="budget",
                                  value=budget)
        budget = int(digits) if digits else None
    if budget is not None and not 0 <= budget < 10**13:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{value} is not an amount in rupiah."), field="budget",
                              value=str(budget))
    saved = ImpactInputs(budget, (received or "").strip()[:MAX_TEXT], (plans or "").strip()[:MAX_TEXT])
    with lib.transaction():
        stored = dict(get_setting(INPUTS_KEY, {}) or {})
        stored[period.slug()] = {"budget": saved.budget, "received": saved.received, "plans": saved.plans}
        set_setting(INPUTS_KEY, stored)
        auth.audit(lib, by, "reports.impact_inputs", "period", period.slug(), budget=saved.budget)
    return saved


def _block(lib: Library, period: Period) -> dict[str, Any]:
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


def impact_data(lib: Library, period: Period) -> dict[str, Any]:
    with lib.transaction():
        now = _block(lib, period)
        before = _block(lib, previous(period))
        stories = _stories(lib, period)
    given = inputs(lib, period)
    cost_per_visit = round(given.budget / now["visits"]) if given.budget and now["visits"] else None
    return {
        "kind": "impact", "period": period, "previous": previous(period), "profile": figures.profile_info(lib),
        "made_on": local_today(lib.clock), "now": now, "before": before,
        "changes": {key: change(now[key], before[key]) for key in
                    ("visits", "members", "active_members", "loans", "digital_uses", "programmes", "participants", "partners",
                     "new_copies")},
        "stories": stories, "budget": given.budget, "received": given.received, "plans": given.plans,
        "cost_per_visit": cost_per_visit,
    }


def default_period(today: date) -> Period:
    """The year the deliberation looks back on: this year once it is past mid-year, else the last one."""
    return Period.year(today.year if today.month >= 7 else today.year - 1)
