"""What a stock-take covers and what it expects on the shelf: shared by ``stocktake`` (scans, finish, decisions)
and ``stocktake_tally`` (its figures by shelf and class), so both count alike.

- ``scope(session)``: the copies the session covers (its location and DDC range).
- ``expected(session)``: of those, the copies that should stand on a shelf (``NOT_EXPECTED`` are elsewhere).
- ``desk_ids(session)``: copies lent or returned at the desk while it ran (seen: the desk had them in hand).
- ``scanned_ids(session)``, ``finish_record(session)``: its scans; what ``finish`` wrote down.
"""

from __future__ import annotations

import json

from peewee import Case, fn

from ..store.models import Item, Loan, Record, StockTake, StockTakeScan
from .classnumber import PREFIXES

# The class number without its collection prefix, as stored by ``classnumber`` ("F 899.2213" is 899.2213, "R 030"
# is 030): a stock-take of DDC 800-899 expects the novels filed under F too, and 000-099 the reference shelf's.
_CLASS_NUMBER = Case(None, [(Record.ddc.startswith(f"{prefix} "), fn.substr(Record.ddc, len(prefix) + 2))
                            for prefix in PREFIXES], Record.ddc)

# Copies a stock-take does not expect on the shelf: out with a member, on the hold shelf at the desk, at
# the binder's, or already gone. They are never marked missing.
AWAY = ("on_loan", "on_hold", "in_repair")
MARKS = ("missing", "lost")
GONE = ("withdrawn", "weeded")
NOT_EXPECTED = (*AWAY, *MARKS, *GONE)


def scope(session: StockTake):
    """The copies this session covers."""
    query = Item.select().join(Record, on=(Item.record == Record.id)).where(Item.deleted == False)  # noqa: E712
    if session.location:
        query = query.where(Item.location == session.location)
    if session.ddc_from:
        query = query.where(_CLASS_NUMBER >= session.ddc_from)
    if session.ddc_to:
        query = query.where((_CLASS_NUMBER <= session.ddc_to) | _CLASS_NUMBER.startswith(session.ddc_to))
    return query


def expected(session: StockTake):
    # A session finished by an older version wrote nothing down: its marked copies count as expected
    # (and not seen), as they did then.
    legacy = session.finished_at is not None
    return scope(session).where(Item.status.not_in([s for s in NOT_EXPECTED if not (legacy and s in MARKS)]))


def desk_ids(session: StockTake):
    """Copies the desk had in hand while the session ran: lent or returned since it started. A copy
    returned on day 3 is shelved where the volunteers may have scanned on day 1; it is not missing."""
    during = (Loan.loaned_at >= session.started_at) | (Loan.returned_at >= session.started_at)
    query = Loan.select(Loan.item).where(during & (Loan.deleted == False))  # noqa: E712
    if session.finished_at is not None:
        query = query.where((Loan.loaned_at <= session.finished_at) | (Loan.returned_at <= session.finished_at))
    return query


def scanned_ids(session: StockTake):
    return StockTakeScan.select(StockTakeScan.item).where(StockTakeScan.stocktake == session)


def finish_record(session: StockTake) -> dict | None:
    """What ``finish`` wrote down (counts and the copies not seen), so a finished session reports what it
    found then, not what the catalogue says today. None for sessions finished by older versions."""
    return json.loads(session.result) if session.result else None
