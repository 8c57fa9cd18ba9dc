"""District statistics: per village and totals for any period, with when each village's last bundle
arrived (who is late). Read from the maintained figures (``tally``), never from every village row.

Each figure means what it means in the village's own report (``core.reports.figures``): titles,
copies and members as at the END of the period (copies in stock: not weeded, lost, withdrawn or
missing; a title has at least one), new members and visitors and loans IN the period, visitors per
OPEN day of that village (its weekly closing days and holidays, as its bundles sent them; days still
to come are not counted), programmes with a session in the period. "To check" is what the village's
review list (*Perlu diperiksa*: values an import kept as written) held open when its last bundle was made,
whatever the period: a moved-in catalogue nobody has checked yet is where the officer's help is needed. Days
and years are cut in the library's time zone (``tally.time_zone``); times are shown in it.

A village revoked after the period ended still shows for that period (it reported then); one revoked
before or during it does not.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from ..cells import neutralise
from ..circulation.holidays import OpenCalendar, parse_weekdays
from ..formatting import format_decimal, format_number, written_in
from ..i18n import QT_TRANSLATE_NOOP
from ..reports import figures
from ..reports.period import Period
from ..service import Library
from ..store.batches import marks, parts
from ..store.files import atomic_write
from ..store.models import SyncPeer
from . import dialect, district_arrived, district_from_before, district_recorded, tally, union_rebuild

LATE_AFTER_DAYS = 35  # a monthly bundle plus a few days' grace
TOTAL = QT_TRANSLATE_NOOP("Reports", "Total")  # the total row's name (the reports' own word: "Jumlah")
TITLE = QT_TRANSLATE_NOOP("DistrictReport", "District library statistics {period}")  # (the printed report's too)

COLUMNS = [
    ("code", QT_TRANSLATE_NOOP("DistrictReport", "Code")),
    ("name", QT_TRANSLATE_NOOP("DistrictReport", "Library")),
    ("records", QT_TRANSLATE_NOOP("DistrictReport", "Titles")),
    ("copies", QT_TRANSLATE_NOOP("DistrictReport", "Copies")),
    ("members", QT_TRANSLATE_NOOP("DistrictReport", "Members")),
    ("new_members", QT_TRANSLATE_NOOP("DistrictReport", "New members")),
    ("visits", QT_TRANSLATE_NOOP("DistrictReport", "Visitors")),
    ("open_days", QT_TRANSLATE_NOOP("DistrictReport", "Open days")),
    ("visits_per_day", QT_TRANSLATE_NOOP("DistrictReport", "Visitors per open day")),
    ("loans", QT_TRANSLATE_NOOP("DistrictReport", "Loans")),
    ("programs", QT_TRANSLATE_NOOP("DistrictReport", "Programmes")),
    ("sessions", QT_TRANSLATE_NOOP("DistrictReport", "Activity sessions")),
    ("to_check", QT_TRANSLATE_NOOP("DistrictReport", "To check")),
    ("last_bundle", QT_TRANSLATE_NOOP("DistrictReport", "Last bundle arrived")),
    ("days_since", QT_TRANSLATE_NOOP("DistrictReport", "Days since")),
    ("late", QT_TRANSLATE_NOOP("DistrictReport", "Late")),
]


def shown_figure(value: Any) -> Any:
    """A figure of the report as it is shown in the user's language (``7,4`` and ``5.055`` in Indonesian): the
    page and the command line write them as the printed report does. Anything else (a name, a date) as it is."""
    if isinstance(value, float):
        return format_decimal(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return format_number(value)
    return value


@dataclass
class VillageRow:
    site: str
    code: str
    name: str
    records: int = 0
    copies: int = 0
    members: int = 0
    new_members: int = 0
    # None: the village has no record of it in the period (its bundle said so), never 0 (``district_recorded``)
    visits: int | None = 0
    open_days: int | None = 0
    visits_per_day: float | None = 0.0
    loans: int | None = 0
    programs: int | None = 0
    sessions: int | None = 0
    to_check: int | None = None  # open entries of its review list, as its last bundle said (None: not told)
    last_bundle: str = ""
    days_since: int | None = None
    late: bool = True
    # the open days the average is over: from the day its visitor records began when that was inside the period
    average_open_days: int | None = None
    # column -> the day its records began inside the period, or None: not recorded in it ({}: the whole period;
    # None: the village's version does not say)
    unrecorded: dict[str, date | None] | None = None
    # the total row's: per figure, how many villages recorded it (``district_recorded.coverage``)
    villages_recorded: dict[str, dict[str, int]] = field(default_factory=dict)
    # what of the period reached the district (``district_arrived``): the local day its newest bundle was made,
    # nothing of the period (its figures None, never 0), or only the days up to ``arrived_until``
    bundle_made: date | None = None
    nothing_arrived: bool = False
    arrived_until: date | None = None
    # the total row's: the villages it lacks, by code
    not_arrived: list[str] = field(default_factory=list)
    arrived_part: list[str] = field(default_factory=list)


per_open_day = figures.per_open_day  # the IPLM average: one definition for village and district


def _calendars(lib: Library, sites: list[str], period: Period) -> dict[str, OpenCalendar]:
    """Each village's closing days, from the profile and holidays its bundles carried."""
    conn = lib.db.connection()
    closed: dict[str, str] = {}
    for site, text in conn.execute("SELECT site, data FROM sync_replica WHERE entity = 'library_profile' "
                                   "AND deleted = 0"):
        data = json.loads(text)
        if data.get("site") in (site, None, ""):
            closed[site] = data.get("closed_weekdays", "7")
    ranges: dict[str, list[tuple[date, date]]] = {s: [] for s in sites}
    for site, text in conn.execute("SELECT site, data FROM sync_replica WHERE entity = 'holiday' AND deleted = 0"):
        if site not in ranges:
            continue
        data = json.loads(text)
        try:
            start = date.fromisoformat(str(data.get("starts_on"))[:10])
            end = date.fromisoformat(str(data.get("ends_on") or data.get("starts_on"))[:10])
        except ValueError:
            continue
        if start <= period.end and end >= period.start:
            ranges[site].append((start, end))
    return {s: OpenCalendar(parse_weekdays(closed.get(s, "7")), sorted(ranges[s])) for s in sites}


def _villages(period: Period) -> list[SyncPeer]:
    out = []
    for peer in SyncPeer.select().where(SyncPeer.kind == "village").order_by(SyncPeer.code):
        if peer.status == "active":
            out.append(peer)
        elif peer.status == "revoked" and peer.revoked_at is not None:
            if peer.revoked_at.date() > period.end:
                out.append(peer)
    return out


def district_report(lib: Library, period: Period) -> tuple[list[VillageRow], VillageRow]:
    """Figures for the local days ``period.start`` .. ``period.end`` per village and in total."""
    union_rebuild.ensure_current(lib)  # after an upgrade: the running sums are made once
    conn = dialect.conn(lib)  # the running sums: this file, or the district's PostgreSQL
    zone = tally.time_zone()
    now = lib.clock.now()
    today = tally.local_today(lib, zone)
    rows: dict[str, VillageRow] = {}
    made: dict[str, date | None] = {}
    for peer in _villages(period):
        row = VillageRow(peer.site, peer.code, peer.name)
        made[peer.site] = district_arrived.made_day(peer, zone)
        if peer.last_bundle_at is not None:
            row.last_bundle = tally.local_time(peer.last_bundle_at, zone)
            row.days_since = (now - peer.last_bundle_at).days
            row.late = peer.status == "active" and row.days_since > LATE_AFTER_DAYS
        else:
            row.late = peer.status == "active"
        rows[peer.site] = row
    # the sums are kept per day, month and year (tally.grains): a period is a handful of keys
    keys = tally.cover(period.start, period.end)
    marks = ",".join("?" * len(keys))
    # read by village: the sums' only index starts with the site (a (metric, day) index cost a bundle
    # thousands of page writes, migration 0012)
    sites = list(rows)
    flows = {"visits": "visits", "loans": "loans", "members": "new_members", "sessions": "sessions"}
    # programme sessions count once held, as the village's own report counts them (``figures``): the days up to
    # today, not the sessions planned for the weeks ahead
    held = tally.cover(period.start, min(period.end, today)) if period.start <= today else []
    sums = "SELECT site, metric, sum(value) FROM district_tally WHERE site IN ({sites}) AND metric IN "
    for site, metric, value in [
            *_by_site(conn, sites, sums + f"('visits', 'loans', 'members') AND day IN ({marks}) "
                                          "GROUP BY site, metric", keys),
            *(_by_site(conn, sites, sums + f"('sessions') AND day IN ({','.join('?' * len(held))}) "
                                           "GROUP BY site, metric", held) if held else [])]:
        setattr(rows[site], flows[metric], int(value or 0))
    # stock as at the end: every year before the end's year, then that year up to the end
    upto = tally.cover(date(period.end.year, 1, 1), period.end)
    stocks = {"members": "members", "copies": "copies", "titles": "records"}
    stock = "SELECT site, metric, sum(value) FROM district_tally WHERE site IN ({sites}) AND metric IN " \
            "('members', 'copies', 'titles') AND "
    for site, metric, value in [
            *_by_site(conn, sites, stock + "day >= 'y' AND day < ? GROUP BY site, metric", [f"y{period.end.year}"]),
            *_by_site(conn, sites, stock + f"day IN ({','.join('?' * len(upto))}) GROUP BY site, metric", upto)]:
        setattr(rows[site], stocks[metric], getattr(rows[site], stocks[metric]) + int(value or 0))
    for site, value in (_by_site(conn, sites, "SELECT site, count(DISTINCT key) FROM district_tally "
                                 "WHERE site IN ({sites}) AND metric = 'sessions' "
                                 f"AND day IN ({','.join('?' * len(held))}) AND value > 0 GROUP BY site", held)
                        if held else []):
        rows[site].programs = int(value)
    district_from_before.count_as_the_village(rows, period)  # its members from before Pustaka: never new
    for site, count in tally.review_open().items():
        if site in rows:
            rows[site].to_check = count
    for site, row in rows.items():  # a village that sent nothing of the period: named, never counted as 0
        district_arrived.judge(row, made[site], period, today)
    _as_recorded(lib, rows, period, today)
    return list(rows.values()), _total(list(rows.values()))


def _as_recorded(lib: Library, rows: dict[str, VillageRow], period: Period, today: date) -> None:
    """Each village's figures as far as it recorded them: unknown (None) where it has no record of the period,
    the average over the open days from the day its visitor records began (as its own sheet takes it)."""
    began = district_recorded.began()
    calendars = _calendars(lib, list(rows), period)
    counted: dict[tuple, int] = {}  # villages keep the same holidays: count each calendar once
    for site, row in rows.items():
        row.unrecorded = district_recorded.village_gaps(began.get(site), period)
        gaps = row.unrecorded or {}
        for column, day in gaps.items():
            if day is None:
                setattr(row, column, None)
        calendar = calendars[site]
        # the average is over the open days its figures cover: from the day its visitor book began, up to the
        # day its newest bundle was made
        spans = {(period.start, period.end), (gaps.get("visits") or period.start, row.arrived_until or period.end)}
        for start, end in spans:
            key = (calendar.closed_weekdays, tuple(calendar.holidays), start, end)
            if key not in counted:
                counted[key] = figures.open_days(calendar, Period.custom(start, end), today)
        row.open_days = counted[(calendar.closed_weekdays, tuple(calendar.holidays), period.start, period.end)]
        if row.nothing_arrived and row.bundle_made is None:
            row.open_days = None  # its closing days and holidays come with its bundles: none came
        if row.visits is None:
            row.average_open_days = row.visits_per_day = None
            continue
        row.average_open_days = counted[(calendar.closed_weekdays, tuple(calendar.holidays),
                                         gaps.get("visits") or period.start, row.arrived_until or period.end)]
        row.visits_per_day = per_open_day(row.visits, row.average_open_days)


def _total(rows: list[VillageRow]) -> VillageRow:
    """The district's total: a figure a village has no record of is left out, never added as 0 (the total says
    how many villages it adds up); people per village open day over the days recorded."""
    total = VillageRow("", "", TOTAL, late=False, average_open_days=0, unrecorded={})
    for row in rows:
        for attr in ("records", "copies", "members", "new_members", "visits", "open_days", "loans", "programs",
                     "sessions", "average_open_days"):
            if getattr(row, attr) is not None:
                setattr(total, attr, getattr(total, attr) + getattr(row, attr))
    total.villages_recorded = district_recorded.coverage([asdict(row) for row in rows])
    district_arrived.name_the_missing(total, rows)
    for column, figure in district_recorded.COLUMNS.items():
        if rows and not total.villages_recorded[figure]["recorded"]:  # no village has a record of it: unknown
            setattr(total, column, None)
    if total.visits is not None:
        total.visits_per_day = per_open_day(total.visits, total.average_open_days)  # people per village open day
    told = [row.to_check for row in rows if row.to_check is not None]
    total.to_check = sum(told) if told else None
    return total


def _by_site(conn, sites: list[str], sql: str, params: list) -> list[tuple]:
    """``sql``'s rows for these villages (``{sites}`` in it), a few hundred villages a query."""
    out = []
    for part in parts(sites):
        out += conn.execute(sql.replace("{sites}", marks(part)), [*part, *params]).fetchall()
    return out


def year_range(year: int) -> Period:
    return Period.year(year)


def as_dicts(rows: list[VillageRow], total: VillageRow) -> list[dict[str, Any]]:
    return [asdict(r) for r in [*rows, total]]


def write_xlsx(path: str | Path, rows: list[VillageRow], total: VillageRow, headers: list[str], title: str,
               translate: Callable[[str, str], str] | None = None) -> Path:
    """The district's figures as a spreadsheet; ``translate`` names the total row in the user's language
    (without it the row keeps the name the caller gave it)."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    book = Workbook()
    sheet = book.active
    sheet.title = "IPLM"
    sheet.append([title])
    sheet["A1"].font = Font(bold=True, size=13)
    sheet.append(headers)
    for cell in sheet[2]:
        cell.font = Font(bold=True)
    say = translate or (lambda context, text: text)
    if translate is not None and total.name == TOTAL:
        total = replace(total, name=translate("Reports", TOTAL))
    sheet.cell(row=2, column=len(COLUMNS) + 1, value=say("DistrictReport", NOTE_HEADER)).font = Font(bold=True)
    with written_in(say):  # (the notes' numbers in the sheet's language)
        for row in [*rows, total]:
            values = asdict(row)
            # a village's name arrives in its bundle: never let it become a live formula in Excel
            sheet.append([_xlsx_cell(values, key, say) for key, _ in COLUMNS] + [
                (district_recorded.total_note if row is total else district_recorded.village_note)(values, say)])
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for column in sheet.columns:
        width = max(len(str(c.value or "")) for c in column[1:])
        sheet.column_dimensions[column[0].column_letter].width = min(40, max(8, width + 2))
    with atomic_write(path) as handle:
        book.save(handle)
    return Path(path)


def save_xlsx(lib: Library, period: Period, path: str | Path, translate: Callable[[str, str], str]) -> Path:
    """The district's figures for ``period`` as a spreadsheet in ``translate``'s language, whatever the screen's
    (an officer with an English screen sends the National Library its sheet in Indonesian): its title and month,
    headings, total row and notes, and the notes' numbers."""
    rows, total = district_report(lib, period)
    headers = [translate("DistrictReport", name) for _, name in COLUMNS]
    title = translate("DistrictReport", TITLE).format(period=period.label(translate))
    return write_xlsx(path, rows, total, headers, title, translate)


NOTE_HEADER = QT_TRANSLATE_NOOP("DistrictReport", "Not recorded in Pustaka all the period")


def _xlsx_cell(values: dict[str, Any], key: str, say: Callable[[str, str], str]) -> Any:
    """A cell of the spreadsheet: numbers stay numbers (a partly recorded one too: the last column says why), a
    figure the village has no record of says so in words (a formula summing the column skips it)."""
    value = values[key]
    if value is None and key in district_recorded.COLUMNS:
        return say("DistrictReport", district_recorded.NOT_RECORDED_CELL)
    if isinstance(value, bool):
        return "✔" if value else ""
    return neutralise(value)


def late_villages(lib: Library) -> list[VillageRow]:
    today = tally.local_today(lib)
    rows, _ = district_report(lib, Period.custom(today - timedelta(days=30), today))
    return [r for r in rows if r.late]


__all__ = ["district_report", "year_range", "write_xlsx", "save_xlsx", "late_villages", "COLUMNS", "per_open_day"]
