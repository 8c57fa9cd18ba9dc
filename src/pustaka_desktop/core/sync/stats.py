"""District statistics: per village and totals for any period, from what each village sent, with
when each village's last bundle arrived (who is late)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store.files import atomic_write
from ..store.models import SyncPeer

LATE_AFTER_DAYS = 35  # a monthly bundle plus a few days' grace

COLUMNS = [
    ("code", QT_TRANSLATE_NOOP("DistrictReport", "Code")),
    ("name", QT_TRANSLATE_NOOP("DistrictReport", "Library")),
    ("records", QT_TRANSLATE_NOOP("DistrictReport", "Titles")),
    ("copies", QT_TRANSLATE_NOOP("DistrictReport", "Copies")),
    ("members", QT_TRANSLATE_NOOP("DistrictReport", "Members")),
    ("new_members", QT_TRANSLATE_NOOP("DistrictReport", "New members")),
    ("visits", QT_TRANSLATE_NOOP("DistrictReport", "Visitors")),
    ("visits_per_day", QT_TRANSLATE_NOOP("DistrictReport", "Visitors per day")),
    ("loans", QT_TRANSLATE_NOOP("DistrictReport", "Loans")),
    ("programs", QT_TRANSLATE_NOOP("DistrictReport", "Programmes")),
    ("sessions", QT_TRANSLATE_NOOP("DistrictReport", "Activity sessions")),
    ("last_bundle", QT_TRANSLATE_NOOP("DistrictReport", "Last bundle arrived")),
    ("days_since", QT_TRANSLATE_NOOP("DistrictReport", "Days since")),
    ("late", QT_TRANSLATE_NOOP("DistrictReport", "Late")),
]


@dataclass
class VillageRow:
    site: str
    code: str
    name: str
    records: int = 0
    copies: int = 0
    members: int = 0
    new_members: int = 0
    visits: int = 0
    visits_per_day: float = 0.0
    loans: int = 0
    programs: int = 0
    sessions: int = 0
    last_bundle: str = ""
    days_since: int | None = None
    late: bool = True


def _utc_text(day: date) -> str:
    return f"{day.isoformat()} 00:00:00"


def district_report(lib: Library, start: date, end: date) -> tuple[list[VillageRow], VillageRow]:
    """Figures for ``start`` <= day < ``end`` per village and in total."""
    conn = lib.db.connection()
    days = max(1, (end - start).days)
    now = lib.clock.now()
    rows: dict[str, VillageRow] = {}
    for peer in SyncPeer.select().where((SyncPeer.kind == "village") & (SyncPeer.status == "active")).order_by(
            SyncPeer.code):
        row = VillageRow(peer.site, peer.code, peer.name)
        if peer.last_bundle_at is not None:
            row.last_bundle = peer.last_bundle_at.isoformat(timespec="minutes")
            row.days_since = (now - peer.last_bundle_at).days
            row.late = row.days_since > LATE_AFTER_DAYS
        rows[peer.site] = row

    def per_site(sql: str, params: tuple[Any, ...], attr: str) -> None:
        for site, value in conn.execute(sql, params):
            if site in rows:
                setattr(rows[site], attr, value or 0)

    s, e = _utc_text(start), _utc_text(end)
    per_site("SELECT site, count(*) FROM union_link GROUP BY site", (), "records")
    per_site("SELECT site, count(*) FROM union_copy WHERE deleted = 0 GROUP BY site", (), "copies")
    base = "SELECT site, {what} FROM sync_replica WHERE entity = ? AND deleted = 0 {cond} GROUP BY site"
    per_site(base.format(what="count(*)", cond=""), ("member",), "members")
    per_site(base.format(what="count(*)", cond="AND json_extract(data, '$.registered_on') >= ? AND "
                                               "json_extract(data, '$.registered_on') < ?"),
             ("member", start.isoformat(), end.isoformat()), "new_members")
    per_site(base.format(what="sum(coalesce(json_extract(data, '$.headcount'), 1))",
                         cond="AND json_extract(data, '$.at') >= ? AND json_extract(data, '$.at') < ?"),
             ("visit", s, e), "visits")
    per_site(base.format(what="count(*)", cond="AND json_extract(data, '$.loaned_at') >= ? AND "
                                               "json_extract(data, '$.loaned_at') < ?"), ("loan", s, e), "loans")
    per_site(base.format(what="count(*)", cond="AND coalesce(json_extract(data, '$.starts_on'), '') < ? AND "
                                               "coalesce(json_extract(data, '$.ends_on'), '9999') >= ?"),
             ("program", end.isoformat(), start.isoformat()), "programs")
    per_site(base.format(what="count(*)", cond="AND json_extract(data, '$.starts_at') >= ? AND "
                                               "json_extract(data, '$.starts_at') < ?"),
             ("program_session", s, e), "sessions")
    for row in rows.values():
        row.visits_per_day = round(row.visits / days, 1)
    total = VillageRow("", "", "Total", late=False)
    for row in rows.values():
        for attr in ("records", "copies", "members", "new_members", "visits", "loans", "programs", "sessions"):
            setattr(total, attr, getattr(total, attr) + getattr(row, attr))
    total.visits_per_day = round(total.visits / days, 1)
    return list(rows.values()), total


def year_range(year: int) -> tuple[date, date]:
    return date(year, 1, 1), date(year + 1, 1, 1)


def as_dicts(rows: list[VillageRow], total: VillageRow) -> list[dict[str, Any]]:
    return [asdict(r) for r in [*rows, total]]


def write_xlsx(path: str | Path, rows: list[VillageRow], total: VillageRow, headers: list[str], title: str) -> Path:
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
    for row in [*rows, total]:
        values = asdict(row)
        sheet.append([values[key] if not isinstance(values[key], bool) else ("✔" if values[key] else "")
                      for key, _ in COLUMNS])
    for cell in sheet[sheet.max_row]:
        cell.font = Font(bold=True)
    for column in sheet.columns:
        width = max(len(str(c.value or "")) for c in column[1:])
        sheet.column_dimensions[column[0].column_letter].width = min(40, max(8, width + 2))
    with atomic_write(path) as handle:
        book.save(handle)
    return Path(path)


def late_villages(lib: Library) -> list[VillageRow]:
    today = lib.clock.now().date()
    rows, _ = district_report(lib, today - timedelta(days=30), today + timedelta(days=1))
    return [r for r in rows if r.late]


__all__ = ["district_report", "year_range", "write_xlsx", "late_villages", "COLUMNS", "datetime"]
