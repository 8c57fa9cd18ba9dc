"""The district's figures as running sums: per village, metric and local day (``district_tally``),
added to and subtracted from as each bundle's rows arrive, so a report reads a few thousand sums
instead of every village row.

Days are cut in the library's time zone (Indonesia has no daylight saving: WIB = UTC+7,
WITA = UTC+8 (e.g. Kutai Kartanegara), WIT = UTC+9), a district setting; changing it re-counts.

Metrics (the same definitions as ``core.reports.figures``):
- ``visits``: people in the visitor book (a group counts its headcount), by the local day of the visit;
- ``loans``: loans made, by the local day they were made;
- ``members``: members not deleted, by the day they registered (a sum up to a day = registered by then);
- ``sessions``: programme sessions by local day, keyed by programme (programmes = distinct keys); a session
  cancelled at the village (``cancelled``) counts on no day;
- ``copies`` / ``titles``: copies in stock by the day they arrived (``received_on``, else the day
  they were catalogued), titles by the day their first copy in stock arrived. These two come from
  the union catalogue's links (``union``), so a copy weeded, lost or withdrawn leaves them.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

from .. import auth
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..settings import get_setting, set_setting
from ..store.models import Staff
from . import dialect

ZONES = {"WIB": 7, "WITA": 8, "WIT": 9}
ZONE_SETTING = "district.time_zone"
EVENT_METRICS = ("visits", "loans", "members", "sessions")
_ENTITIES = {"visit": "visits", "loan": "loans", "member": "members", "program_session": "sessions"}


REVIEW_SETTING = "district.review_open"  # site -> open entries of its review list, as its newest bundle said


def note_review(site: str, manifest: dict[str, Any]) -> None:
    """Keep how many entries a village's review list (*Perlu diperiksa*) had open when its newest bundle was made
    (the caller reads only the newest); a bundle of an older version says nothing (the village stays unknown)."""
    count = manifest.get("review_open")
    if not isinstance(count, int) or isinstance(count, bool) or count < 0:
        return
    known = get_setting(REVIEW_SETTING) or {}
    known[site] = count
    set_setting(REVIEW_SETTING, known)


def review_open() -> dict[str, int]:
    """Each village's open review entries as its newest bundle said (villages of an older version absent)."""
    return {site: int(count) for site, count in (get_setting(REVIEW_SETTING) or {}).items()}

def time_zone() -> str:
    """The library's zone (WIB, WITA or WIT): the setting, else this PC's own offset, else WIB."""
    zone = get_setting(ZONE_SETTING)
    if zone in ZONES:
        return zone
    offset = datetime.now().astimezone().utcoffset() or timedelta(0)
    hours = int(offset.total_seconds() // 3600)
    return next((name for name, h in ZONES.items() if h == hours), "WIB")


def offset_seconds(zone: str | None = None) -> int:
    return ZONES[zone or time_zone()] * 3600


def local_time(value: datetime | None, zone: str | None = None) -> str:
    """A stored UTC time as the library's local time, e.g. ``2026-01-01 07:30 WITA``."""
    if value is None:
        return ""
    zone = zone or time_zone()
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    local = value.astimezone(UTC) + timedelta(seconds=offset_seconds(zone))
    return f"{local:%Y-%m-%d %H:%M} {zone}"


def shown_local(text: str) -> str:
    """``local_time``'s text as the app shows a date to people (dd-mm-yyyy, as ``formatting.format_date``),
    the zone kept: ``01-01-2026 07:30 WITA``. ``local_time`` itself stays year first: it is the JSON's and
    a district row's value, which scripts sort."""
    try:
        local = datetime.strptime(text[:16], "%Y-%m-%d %H:%M")
    except ValueError:
        return text  # (no time: "")
    return f"{local:%d-%m-%Y %H:%M}{text[16:]}"


def shown_time(value: datetime | str | None, zone: str | None = None) -> str:
    """A stored UTC time (or its ISO text, as ``status.sync_status`` gives it) as people read it, in the
    library's zone: ``05-12-2026 13:45 WIB``; "" for none."""
    if isinstance(value, str):
        value = datetime.fromisoformat(value) if value else None
    return shown_local(local_time(value, zone))


def local_today(lib: Library, zone: str | None = None):
    return (lib.clock.now().astimezone(UTC) + timedelta(seconds=offset_seconds(zone))).date()


def set_time_zone(lib: Library, by: Staff, zone: str) -> None:
    """Choose the zone days and years are cut in; the day-based figures are counted again."""
    auth.require(by, "sync.manage")
    zone = (zone or "").strip().upper()
    if zone not in ZONES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{zone} is not a time zone here; choose WIB, WITA or WIT."),
                              field="zone", zone=zone or "-")
    with lib.transaction():
        set_setting(ZONE_SETTING, zone)
        rebuild(lib)
        auth.audit(lib, by, "sync.time_zone", "setting", ZONE_SETTING, zone=zone)


# --- one row's part in the figures ------------------------------------------------------------------


def _day(text: Any, seconds: int) -> str | None:
    if not isinstance(text, str) or len(text) < 10:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return (moment + timedelta(seconds=seconds)).date().isoformat()


def contributions(entity: str, deleted: bool, fields: dict[str, Any], seconds: int) -> dict[tuple[str, str, str], int]:
    """What one row adds to the figures: {(metric, day, key): value}. Mirrors ``fresh_sql``."""
    metric = _ENTITIES.get(entity)
    if metric is None or deleted:
        return {}
    if entity == "visit":
        day, key, value = _day(fields.get("at"), seconds), "", fields.get("headcount")
        value = 1 if value is None else int(value)
    elif entity == "loan":
        day, key, value = _day(fields.get("loaned_at"), seconds), "", 1
    elif entity == "member":
        registered = fields.get("registered_on")
        day, key, value = (registered[:10] if isinstance(registered, str) and registered else None), "", 1
    elif fields.get("cancelled"):  # called off: never held (a bundle from before 0017 has no such field)
        return {}
    else:
        day, key, value = _day(fields.get("starts_at"), seconds), str(fields.get("program_id") or ""), 1
    return {(metric, day, key): value} if day else {}


def add_change(tally: dict, site: str, entity: str, old: tuple[bool, dict[str, Any]] | None,
               new: tuple[bool, dict[str, Any]], seconds: int) -> None:
    """The difference a merged row makes, into ``tally`` ({(site, metric, day, key): delta})."""
    if entity not in _ENTITIES:
        return
    for (metric, day, key), value in contributions(entity, *new, seconds).items():
        tally[(site, metric, day, key)] += value
    if old is not None:
        for (metric, day, key), value in contributions(entity, *old, seconds).items():
            tally[(site, metric, day, key)] -= value


# --- SQL over many rows at once (SQLite's JSON and date functions; a PostgreSQL hub replaces these two) ---


def _row_sql(fields: str, e: str = "e") -> str:
    """metric, day, key, value of a row whose entity is ``e`` and JSON fields ``fields``."""
    return (
        f"CASE {e} WHEN 'visit' THEN 'visits' WHEN 'loan' THEN 'loans' WHEN 'member' THEN 'members' "
        "ELSE 'sessions' END AS m, "
        f"CASE {e} WHEN 'member' THEN substr(json_extract({fields}, '$.registered_on'), 1, 10) "
        f"WHEN 'visit' THEN date(json_extract({fields}, '$.at'), :mod) "
        f"WHEN 'loan' THEN date(json_extract({fields}, '$.loaned_at'), :mod) "
        f"WHEN 'program_session' THEN CASE WHEN json_extract({fields}, '$.cancelled') THEN NULL "
        f"ELSE date(json_extract({fields}, '$.starts_at'), :mod) END END AS day, "
        f"CASE {e} WHEN 'program_session' THEN coalesce(json_extract({fields}, '$.program_id'), '') ELSE '' END AS k, "
        f"CASE {e} WHEN 'visit' THEN coalesce(json_extract({fields}, '$.headcount'), 1) ELSE 1 END AS v")


# every sum is kept for its day, its month and its year, so a report adds up a handful of rows
_GRAINS = ("(SELECT 'd' AS p, 10 AS n UNION ALL SELECT 'm', 7 UNION ALL SELECT 'y', 4) g")


def grains(day: str) -> tuple[str, str, str]:
    """The keys a day's sum is kept under: ``d2026-01-05``, ``m2026-01``, ``y2026``."""
    return "d" + day, "m" + day[:7], "y" + day[:4]


def cover(start: date, end: date) -> list[str]:
    """The fewest keys whose sums add up to exactly the days ``start`` .. ``end``."""
    keys = []
    day = start
    while day <= end:
        year_end = date(day.year, 12, 31)
        month_end = (date(day.year + (day.month == 12), day.month % 12 + 1, 1) - timedelta(days=1))
        if day.month == 1 and day.day == 1 and year_end <= end:
            keys.append(f"y{day.year}")
            day = year_end + timedelta(days=1)
        elif day.day == 1 and month_end <= end:
            keys.append(f"m{day:%Y-%m}")
            day = month_end + timedelta(days=1)
        else:
            keys.append(f"d{day.isoformat()}")
            day += timedelta(days=1)
    return keys


def add_fresh(conn, site: str, condition: str, seconds: int, into=None) -> None:
    """Rows new at the district, straight from the staging table of a bundle batch (its ``ta``,
    ``tk``, ``tv`` columns: time, programme, headcount); ``into``: the union tables' connection
    when they are not in this file (``dialect``)."""
    dialect.add_sums(
        # summed per day first, then each day's sum kept for its day, month and year (three rows a
        # day, not three a row)
        conn, into or conn, "SELECT :site, m, g.p || substr(day, 1, g.n), k, sum(v) FROM (SELECT m, day, k, "
        "sum(v) AS v FROM (SELECT CASE e WHEN 'visit' THEN 'visits' WHEN 'loan' THEN 'loans' WHEN 'member' "
        "THEN 'members' ELSE 'sessions' END AS m, CASE e WHEN 'member' THEN substr(ta, 1, 10) "
        "ELSE date(ta, :mod) END AS day, CASE e WHEN 'program_session' THEN coalesce(tk, '') ELSE '' END AS k, "
        "CASE e WHEN 'visit' THEN coalesce(tv, 1) ELSE 1 END AS v "
        "FROM temp.sync_stage s WHERE e IN ('visit', 'loan', 'member', 'program_session') "
        f"AND NOT d AND {condition}) WHERE day IS NOT NULL GROUP BY m, day, k) CROSS JOIN {_GRAINS} "
        "GROUP BY 2, 3, 4",
        {"site": site, "mod": f"+{seconds} seconds"})


def rebuild(lib: Library) -> None:
    """The day-based figures counted again from the replicas (the stock figures come from ``union``)."""
    conn, into = lib.db.connection(), dialect.conn(lib)
    into.execute("DELETE FROM district_tally WHERE metric IN ('visits', 'loans', 'members', 'sessions')")
    dialect.add_sums(
        conn, into, "SELECT site, m, g.p || substr(day, 1, g.n), k, "
        f"sum(v) FROM (SELECT site, {_row_sql('data', 'entity')} FROM sync_replica "
        "WHERE entity IN ('visit', 'loan', 'member', 'program_session') AND deleted = 0) "
        f"CROSS JOIN {_GRAINS} WHERE day IS NOT NULL GROUP BY 1, 2, 3, 4",
        {"mod": f"+{offset_seconds()} seconds"})
