"""A village's members from before Pustaka, as the district knows them: the members a moved-in list gave no
registration date (``community.members_from_before``), carried by the village's newest bundle as a count per
stand-in day (``members_from_before`` in its manifest: ``{"2026-12-05": 412}``).

The district counts a village's members by the day their rows say they registered (``tally``), and those rows say
the import's day: without this, December would show the village's 412 "new members", who had been members for
years. The district's row of that village counts them as the village's own report does: among the members of
every period, never new. A bundle of an older version says nothing: that village is counted as before.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Protocol

from ..reports.period import Period
from ..settings import get_setting, set_setting

KEY = "members_from_before"  # the manifest's key (``export``)
SETTING = "district.members_from_before"  # site -> {stand-in day: members}, as the village's newest bundle said


class Row(Protocol):
    members: int
    new_members: int


def note(site: str, manifest: dict[str, Any]) -> None:
    """Keep the village's members from before Pustaka as its newest bundle said (the caller reads only the newest:
    each bundle says all of them, so a date typed since has left its stand-in day). A bundle of an older version
    says nothing and changes nothing; a day or a count that cannot be read is left out."""
    sent = manifest.get(KEY)
    if not isinstance(sent, dict):
        return
    days: dict[str, int] = {}
    for text, count in sent.items():
        if not isinstance(count, int) or isinstance(count, bool) or count <= 0:
            continue
        try:
            day = date.fromisoformat(str(text)[:10]).isoformat()
        except ValueError:
            continue
        days[day] = days.get(day, 0) + count
    known = get_setting(SETTING) or {}
    known[site] = days
    set_setting(SETTING, known)


def held() -> dict[str, dict[date, int]]:
    """Each village's members from before Pustaka by stand-in day (villages of an older version absent)."""
    return {site: {date.fromisoformat(day): int(count) for day, count in days.items()}
            for site, days in (get_setting(SETTING) or {}).items()}


def count_as_the_village(rows: dict[str, Row], period: Period) -> None:
    """Each village's members and new members of ``period`` as its own report counts them: its members from before
    Pustaka are no new members of the period their stand-in day falls in, and are members at the end of a period
    that ended before that day."""
    for site, days in held().items():
        row = rows.get(site)
        if row is None:
            continue
        inside = sum(count for day, count in days.items() if period.start <= day <= period.end)
        row.new_members = max(0, row.new_members - inside)
        row.members += sum(count for day, count in days.items() if day > period.end)
