"""Stock-take figures by shelf and by class, and who scanned on which days: the page's count per shelf while
the volunteers scan, and the tables of the report for the village head and the district.

- ``tally(lib, session, by)`` -> [Tally]: per location (``by="location"``) or main DDC class (``"class"``: "000"
  ... "900", "other"), the copies expected on the shelf, seen, not seen, away (on loan, on the hold shelf, in
  repair: never missing) and found again. Counted as ``stocktake.progress`` counts (``stocktake_scope``), so the rows add up to its
  totals. A finished session gives what ``finish`` wrote down then (``tallies``); one finished by an older
  version wrote none: [].
- ``shelf_progress(lib, session, location)`` -> Tally of one shelf (the page's line under its bar).
- ``scanners(lib, session)`` -> [(name, scans)], ``scan_days(session)`` -> [local dates]: who took stock, when;
  ``closed_by(lib, session)``: who finished (or abandoned) it.
- ``last_scans(lib, session, n)`` -> [LastScan]: the newest scans kept in the file, for the page after a restart.
- ``found_again(session)``, ``withdrawn_seen(session)``, ``lent_seen(session)``, ``misplaced(session)``,
  ``without_label(session)``: the report's short lists.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime

from peewee import fn

from ..service import Library
from ..store.clock import to_local
from ..store.models import AuditLog, Item, Record, Staff, StockTake, StockTakeScan
from . import classnumber
from .stocktake_scope import AWAY, GONE, NOT_EXPECTED, desk_ids, finish_record, scope

BY = ("location", "class")


@dataclass
class Tally:
    key: str  # a location ('' for none written), or a main class: "000" ... "900", "other"
    expected: int = 0
    seen: int = 0
    away: int = 0  # on loan, on the hold shelf or in repair: not expected on the shelf
    found: int = 0  # marked lost or missing before, found on the shelf in this stock-take

    @property
    def missing(self) -> int:
        return self.expected - self.seen


def _main_class(ddc: str | None, known: dict[str, str]) -> str:
    """The main class a class number files under ("F 899.2213" under 800; a prefix alone or nothing: "other"),
    read once per distinct number."""
    if ddc not in known:
        known[ddc] = classnumber.main_class(ddc or "") or "other"
    return known[ddc]


def _count(session: StockTake, by: str, location: str | None = None) -> list[Tally]:
    query = scope(session).select(Item.id, Item.location, Item.status, Record.ddc)
    if location is not None:
        query = query.where(Item.location == location)
    scanned = {item for (item,) in StockTakeScan.select(StockTakeScan.item)
               .where(StockTakeScan.stocktake == session).tuples()}
    seen_ids = scanned | {item for (item,) in desk_ids(session).tuples()}
    found_ids = {item for (item,) in StockTakeScan.select(StockTakeScan.item)
                 .where((StockTakeScan.stocktake == session) & StockTakeScan.found).tuples()}
    rows: dict[str, Tally] = {}
    classes: dict[str, str] = {}
    for item_id, where, status, ddc in query.tuples():
        key = where if by == "location" else _main_class(ddc, classes)
        row = rows.setdefault(key, Tally(key))
        if status not in NOT_EXPECTED:
            row.expected += 1
            row.seen += item_id in seen_ids
        row.away += status in AWAY
        row.found += item_id in found_ids
    return [rows[key] for key in sorted(rows)]


def tallies(lib: Library, session: StockTake) -> dict[str, list[dict]]:
    """Both tables as ``finish`` writes them down with the session's result."""
    return {f"by_{by}": [asdict(row) for row in _count(session, by)] for by in BY}


def tally(lib: Library, session: StockTake, by: str) -> list[Tally]:
    if by not in BY:
        raise ValueError(f"unknown tally {by}")
    if session.finished_at is None:
        return _count(session, by)
    return [Tally(**row) for row in (finish_record(session) or {}).get(f"by_{by}", [])]


def shelf_progress(lib: Library, session: StockTake, location: str) -> Tally:
    """One shelf of a running stock-take: how many of its copies were seen so far."""
    rows = _count(session, "location", location)
    return rows[0] if rows else Tally(location)


def scanners(lib: Library, session: StockTake) -> list[tuple[str, int]]:
    """(name, scans) of each person who scanned, most first; scans from before names were kept are left out."""
    counts = list(StockTakeScan.select(StockTakeScan.staff, fn.COUNT(StockTakeScan.id))
                  .where((StockTakeScan.stocktake == session) & (StockTakeScan.staff != ""))
                  .group_by(StockTakeScan.staff).tuples())
    names = dict(Staff.select(Staff.username, Staff.full_name).tuples())
    return sorted(((names.get(user) or user, n) for user, n in counts), key=lambda row: (-row[1], row[0]))


def _name(username: str) -> str:
    staff = Staff.get_or_none(Staff.username == username)
    return (staff.full_name or staff.username) if staff else username


def closed_by(lib: Library, session: StockTake) -> str:
    """The name of who finished or abandoned the session, from the audit log ('' while it runs)."""
    entry = (AuditLog.select(AuditLog.username)
             .where(AuditLog.action.in_(("stocktake.finish", "stocktake.abandon")) & (AuditLog.entity == "stocktake")
                    & (AuditLog.entity_uid == str(session.id))).order_by(AuditLog.id.desc()).first())
    return _name(entry.username) if entry else ""


def scan_days(session: StockTake) -> list[date]:
    """The days (local) on which shelves were scanned."""
    times = StockTakeScan.select(StockTakeScan.at).where(StockTakeScan.stocktake == session).tuples()
    return sorted({to_local(at).date() for (at,) in times})


def _scanned_copies(session: StockTake, condition):
    return (StockTakeScan.select(Item.barcode, Record.title, Item.location, StockTakeScan.shelf)
            .join(Item, on=(StockTakeScan.item == Item.id)).join(Record, on=(Item.record == Record.id))
            .where((StockTakeScan.stocktake == session) & condition)
            .order_by(Item.location, Item.call_number, Item.barcode))


def found_again(session: StockTake) -> list[tuple[str, str, str]]:
    """(barcode, title, location) of the copies marked lost or missing before and found on the shelf."""
    return [row[:3] for row in _scanned_copies(session, StockTakeScan.found).tuples()]


def withdrawn_seen(session: StockTake) -> list[tuple[str, str, str]]:
    """(barcode, title, location) of copies withdrawn (weeded) before, scanned on a shelf: set aside."""
    return [row[:3] for row in _scanned_copies(session, Item.status.in_(GONE)).tuples()]


def without_label(session: StockTake) -> list[tuple[str, str, str]]:
    """(barcode, title, location) of the books found with no label: print them a new one."""
    return [row[:3] for row in _scanned_copies(session, StockTakeScan.unlabelled).tuples()]


def lent_seen(session: StockTake) -> list[tuple[str, str, str]]:
    """(barcode, title, location) of copies on a shelf that are still recorded as lent: a return never made at
    the desk (the member's list is wrong until it is)."""
    return [row[:3] for row in _scanned_copies(session, Item.status == "on_loan").tuples()]


def misplaced(session: StockTake) -> list[tuple[str, str, str, str]]:
    """(barcode, title, its own location, the shelf it stood on) of copies scanned on another shelf than
    their own, in the session's scope (those from outside it: ``stocktake.out_of_place``; those lent or
    withdrawn have their own lists)."""
    covered = scope(session).select(Item.id)
    wrong = ((StockTakeScan.shelf != "") & (StockTakeScan.shelf != Item.location) & Item.id.in_(covered)
             & Item.status.not_in(("on_loan", *GONE)))
    return list(_scanned_copies(session, wrong).tuples())


@dataclass
class LastScan:
    at: datetime
    shelf: str
    barcode: str
    title: str


def last_scans(lib: Library, session: StockTake, limit: int) -> list[LastScan]:
    """The newest ``limit`` scans of the session, newest first: where the volunteers stopped yesterday, or when
    the power went in the middle of a shelf (each scan is saved as it is made)."""
    query = (StockTakeScan.select(StockTakeScan.at, StockTakeScan.shelf, Item.barcode, Record.title)
             .join(Item, on=(StockTakeScan.item == Item.id)).join(Record, on=(Item.record == Record.id))
             .where(StockTakeScan.stocktake == session).order_by(StockTakeScan.id.desc()).limit(limit))
    return [LastScan(*row) for row in query.tuples()]
