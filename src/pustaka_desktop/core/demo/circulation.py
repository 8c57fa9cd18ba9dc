"""Demo circulation: a history of returned loans, some still out (a few overdue), fines charged and
paid for late returns, reservations waiting for copies on loan, a few loan rules and holidays.

Only histories that could happen: loans on open days, by members already registered that day."""

from __future__ import annotations

import random
from bisect import bisect_right
from datetime import UTC, date, datetime, time, timedelta

from ..circulation import holidays
from ..circulation.holidays import OpenCalendar
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store import write as store
from ..store.clock import local_today
from ..store.models import CollectionType, FineEntry, Hold, Holiday, Item, Loan, LoanRule, Member, MemberType
from .sizes import DemoSize, Progress

HISTORY_DAYS = 730  # loans and visits go back two years


def _at(day, rng: random.Random) -> datetime:
    # Desk hours 08:00-16:00 WIB (UTC+7) are 01:00-09:00 UTC.
    return datetime.combine(day, time(rng.randint(1, 8), rng.randint(0, 59)), tzinfo=UTC)


class Registered:
    """Members by registration day: only someone already registered can borrow, visit or enrol."""

    def __init__(self) -> None:
        rows = sorted((r, m) for m, r in Member.select(Member.id, Member.registered_on).tuples())
        self.days = [r for r, _ in rows]
        self.ids = [m for _, m in rows]

    def __bool__(self) -> bool:
        return bool(self.ids)

    def pick(self, rng: random.Random, day: date) -> int | None:
        """A member registered on or before ``day`` (None when nobody was yet)."""
        eligible = bisect_right(self.days, day)
        return self.ids[rng.randrange(eligible)] if eligible else None


def open_day(calendar: OpenCalendar, day: date, not_before: date) -> date | None:
    """``day`` or the open day before it (no loans or visits on Sundays and holidays)."""
    found = calendar.previous_open_day(day, not_before)
    return found if calendar.is_open(found) else None


def fill(lib: Library, rng: random.Random, size: DemoSize, progress: Progress) -> dict[str, int]:
    today = local_today(lib.clock)
    registered = Registered()
    items = [i for (i,) in Item.select(Item.id).tuples()]
    if not registered or not items:
        return {"loans": 0}
    counts = _rules_and_holidays(lib, today)
    calendar = holidays.calendar(lib)
    first_day = today - timedelta(days=HISTORY_DAYS)
    rows = []
    tries = 0
    while len(rows) < size.past_loans and tries < size.past_loans * 3:
        tries += 1
        day = open_day(calendar, today - timedelta(days=rng.randint(15, HISTORY_DAYS)), first_day)
        member = registered.pick(rng, day) if day else None
        if member is None:
            continue
        due = day + timedelta(days=7)
        back = day + timedelta(days=rng.choice([2, 3, 5, 6, 7, 7, 9, 12]))
        rows.append({"item": rng.choice(items), "member": member, "loaned_at": _at(day, rng),
                     "due_on": due, "returned_at": _at(back, rng), "staff": "admin"})
        if len(rows) % 20000 == 0:
            progress(0.9 * len(rows) / max(1, size.past_loans), QT_TRANSLATE_NOOP("Progress", "Making loans"))
    out = rng.sample(items, min(size.open_loans, len(items)))
    lent = []
    for item in out:
        day = open_day(calendar, today - timedelta(days=rng.randint(0, 20)), first_day) or today
        member = registered.pick(rng, day)
        if member is None:
            continue
        lent.append(item)
        rows.append({"item": item, "member": member, "loaned_at": _at(day, rng),
                     "due_on": day + timedelta(days=7), "returned_at": None, "staff": "admin"})
    store.insert_many(lib, Loan, rows)
    for item in Item.select().where(Item.id.in_(lent)):
        store.update(lib, item, status="on_loan")
    counts["loans"] = len(rows)
    counts.update(_fines(lib, rng, size, today))
    counts.update(_holds(lib, rng, lent, registered.ids))
    return counts


def _rules_and_holidays(lib: Library, today) -> dict[str, int]:
    types = {t.name: t.id for t in MemberType.select()}
    collections = {c.name: c.id for c in CollectionType.select()}
    rules = [
        # children's books: children may keep them two weeks
        {"member_type": types.get("Anak-anak"), "collection_type": collections.get("Anak"), "loan_days": 14},
        # local-content copies: one week for everyone, no renewal
        {"member_type": None, "collection_type": collections.get("Muatan Lokal"), "loan_days": 7, "renewals": 0},
        # institutions may take reference copies for a short loan
        {"member_type": types.get("Lembaga"), "collection_type": collections.get("Referensi"), "loanable": True,
         "loan_days": 3, "loan_limit": 2},
    ]
    store.insert_many(lib, LoanRule, [r for r in rules if r["collection_type"] is not None])
    holidays = []
    for year in (today.year - 1, today.year):
        holidays += [
            {"starts_on": date(year, 1, 1), "ends_on": date(year, 1, 1), "name": "Tahun Baru Masehi"},
            {"starts_on": date(year, 8, 17), "ends_on": date(year, 8, 17), "name": "Hari Kemerdekaan RI"},
            {"starts_on": date(year, 12, 25), "ends_on": date(year, 12, 25), "name": "Hari Natal"},
        ]
    holidays.append({"starts_on": date(today.year, 3, 19), "ends_on": date(today.year, 3, 24),
                     "name": "Libur Idul Fitri dan cuti bersama"})
    store.insert_many(lib, Holiday, holidays)
    return {"loan_rules": len(rules), "holidays": len(holidays)}


def _fines(lib: Library, rng: random.Random, size: DemoSize, today) -> dict[str, int]:
    """Fines for a sample of the late returns (Rp 500 a day), most of them paid."""
    late = list(Loan.select(Loan.id, Loan.member, Loan.due_on, Loan.returned_at)
                .where(Loan.returned_at.is_null(False)).order_by(Loan.id).tuples())
    late = [row for row in late if row[3].date() > row[2]]
    sample = rng.sample(late, min(len(late), max(5, size.members // 4)))
    rows = []
    for loan_id, member_id, due_on, returned_at in sample:
        amount = (returned_at.date() - due_on).days * 500
        rows.append({"member": member_id, "loan": loan_id, "kind": "charge", "amount": amount, "at": returned_at,
                     "note": "Terlambat", "staff": "admin"})
        if rng.random() < 0.75:
            rows.append({"member": member_id, "loan": None, "kind": "payment", "amount": amount,
                         "at": returned_at, "note": "Tunai", "staff": "admin"})
    store.insert_many(lib, FineEntry, rows)
    return {"fines": len(rows)}


def _holds(lib: Library, rng: random.Random, out: list[int], members: list[int]) -> dict[str, int]:
    """A few members waiting for titles that are on loan now."""
    on_loan = list(Item.select(Item.record, Loan.member).join(Loan, on=(Loan.item == Item.id))
                   .where(Item.id.in_(out[: max(3, len(out) // 20)]) & Loan.returned_at.is_null()).tuples())
    rows = []
    for record_id, borrower in on_loan:
        waiting = rng.choice(members)
        if waiting == borrower:
            continue
        rows.append({"record": record_id, "member": waiting, "placed_at": lib.clock.now(), "status": "waiting"})
    store.insert_many(lib, Hold, rows)
    return {"holds": len(rows)}
