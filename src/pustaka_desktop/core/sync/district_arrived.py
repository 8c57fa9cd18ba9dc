"""What of a period has reached the district: a village's figures there are only what its bundles brought.

A village whose stick never came, or whose newest bundle was made before the period began, has sent nothing of
the period: its figures are unknown (None), never 0, and the report names it ("Belum ada paket ..."). A village
whose newest bundle was made inside a period that is over has sent only the days up to then: its figures are
shown, marked, with the day they stop at, and its visitors per open day are over the open days up to that day.
A period still running is "so far" for every village: only a village that sent nothing of it is named.

When a bundle was made is the village's clock (``bundle_clock.made_at``), but never after it arrived here: a
village clock set a year ahead does not make its figures look whole.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from typing import Any

from ..formatting import format_number
from ..i18n import QT_TRANSLATE_NOOP
from ..reports.period import Period, format_date
from ..store.models import SyncPeer
from . import tally

Translate = Callable[[str, str], str]

# the figures of the period itself (a village that sent nothing of it has none); titles, copies and members
# are as at the end of the period: those of its newest bundle still stand, unless it never sent one
FLOWS = ("new_members", "visits", "visits_per_day", "loans", "programs", "sessions")
STOCKS = ("records", "copies", "members")
UNKNOWN = (*FLOWS, *STOCKS, "open_days")  # what a village that never sent a bundle shows as a dash


def made_day(peer: SyncPeer, zone: str) -> date | None:
    """The local day the village's newest bundle was made (None: no bundle arrived from it)."""
    moments = [moment for moment in (peer.last_bundle_made, peer.last_bundle_at) if moment is not None]
    if not moments:
        return None
    made = min(_aware(moment) for moment in moments)  # (no bundle is made after it arrived)
    return (made.astimezone(UTC) + timedelta(seconds=tally.offset_seconds(zone))).date()


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=UTC)


def judge(row: Any, made: date | None, period: Period, today: date) -> None:
    """Set ``row``'s ``bundle_made``, ``nothing_arrived`` and ``arrived_until``, and leave unknown what did not
    arrive (the caller counts the averages from ``arrived_until``)."""
    row.bundle_made = made
    if made is None or made < period.start:
        row.nothing_arrived = True
        for column in FLOWS + (STOCKS if made is None else ()):
            setattr(row, column, None)
    elif made < period.end < today:
        row.arrived_until = made


def name_the_missing(total: Any, rows: list[Any]) -> None:
    """The total row says which villages it lacks (codes, in the table's order)."""
    total.not_arrived = [row.code for row in rows if row.nothing_arrived]
    total.arrived_part = [row.code for row in rows if row.arrived_until is not None]


def marked(row: dict[str, Any], key: str) -> bool:
    """A figure of this row (a village's or the total) that does not hold the whole period."""
    if key not in FLOWS + STOCKS:
        return False
    if row.get("not_arrived") or row.get("arrived_part"):
        return True
    if row.get("nothing_arrived"):  # its titles, copies and members as its newest bundle, before the period, said
        return key in STOCKS and row.get(key) is not None
    return key in FLOWS and row.get("arrived_until") is not None


# a cell of a village that sent nothing: a dash (its note, once under the table, says why; the words in every
# cell made its row three lines tall in the printed report)
NOT_ARRIVED_CELL = "–"
NO_BUNDLE_YET = QT_TRANSLATE_NOOP("DistrictReport", "No bundle has arrived from this village yet")
NOTHING_OF_PERIOD = QT_TRANSLATE_NOOP("DistrictReport", "No bundle for this period yet: its newest bundle was made "
                                                        "on {date}")
ONLY_UNTIL = QT_TRANSLATE_NOOP("DistrictReport", "Figures only up to {date}, the day its newest bundle was made")
TOTAL_NOT_ARRIVED = QT_TRANSLATE_NOOP("DistrictReport", "No bundle for this period from {n} villages (not counted): "
                                                        "{codes}")
TOTAL_PART = QT_TRANSLATE_NOOP("DistrictReport", "only part of the period from {n} villages: {codes}")


def village_note(row: dict[str, Any], translate: Translate) -> str:
    """What of the period has not arrived from this village ("" when all of it has)."""
    if row.get("nothing_arrived"):
        if row.get("bundle_made") is None:
            return translate("DistrictReport", NO_BUNDLE_YET)
        return translate("DistrictReport", NOTHING_OF_PERIOD).format(date=format_date(row["bundle_made"], translate))
    if row.get("arrived_until") is not None:
        return translate("DistrictReport", ONLY_UNTIL).format(date=format_date(row["arrived_until"], translate))
    return ""


def total_note(total: dict[str, Any], translate: Translate) -> str:
    """The villages the total lacks, named ("" when every village sent the whole period)."""
    parts = []
    if total.get("not_arrived"):
        parts.append(translate("DistrictReport", TOTAL_NOT_ARRIVED).format(
            n=format_number(len(total["not_arrived"])), codes=", ".join(total["not_arrived"])))
    if total.get("arrived_part"):
        parts.append(translate("DistrictReport", TOTAL_PART).format(
            n=format_number(len(total["arrived_part"])), codes=", ".join(total["arrived_part"])))
    text = "; ".join(parts)
    return text[:1].upper() + text[1:]
