"""The circulation desk: check-out, check-in, renew, overrides and undo. What a member has out is in
``member_loans``, the overdue list in ``overdue``. Rules live in ``loan_rules`` (terms and
precedence), ``holidays`` (open days), ``fines`` (late fees and the ledger) and ``holds`` (reservations).

Public API for the desk (each takes the open ``Library`` and the acting ``Staff``):

- ``checkout(lib, by, member, barcode, override_pin=None, override=False)`` -> CheckoutResult
- ``checkin(lib, by, barcode)`` -> CheckinResult (says when a reserved copy must go to the hold shelf)
- ``renew(lib, by, barcode, override_pin=None, override=False)`` -> RenewResult
- ``undo_last(lib, by)`` -> UndoResult (librarian; the last desk action of this PC)
- ``identify(lib, code)`` -> "member" | "item" | None: what a scanned code is

A rule that says no raises ``LoanRefused`` (a ``core.errors.Refused``): ``reason`` is a stable code
(see ``REASONS``), ``overridable`` says whether a librarian may override it, and ``problems`` lists
every rule that said no (an override covers them all). Call again with ``override_pin`` (a
librarian's PIN, typed at the desk by the librarian) or ``override=True`` (the acting staff member is
a librarian) to lend anyway; overrides are audited.

Result objects carry an English ``message`` template marked for translation (context "Circulation")
and its ``params``: show ``translate("Circulation", r.message).format(**r.params)``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from peewee import AutoField, CharField, ForeignKeyField, IntegerField, TextField

from .. import auth
from ..errors import Conflict, NotFound, Refused, render
from ..formatting import format_date, format_money
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..settings import get_setting, set_setting
from ..store import health
from ..store import write as store
from ..store.models import CollectionType, Hold, Item, Loan, Member, Record, Staff, UtcDateTimeField
from . import fines, holds
from .holidays import OpenCalendar
from .loan_rules import CirculationOptions, Terms, snapshot

# --- refusal reasons --------------------------------------------------------------------------------

UNKNOWN_BARCODE = "unknown_barcode"
UNKNOWN_MEMBER = "unknown_member"
MEMBER_EXPIRED = "member_expired"
MEMBER_BLOCKED = "member_blocked"
FINES_UNPAID = "fines_unpaid"
LIMIT_REACHED = "limit_reached"
NOT_FOR_LOAN = "not_for_loan"
COPY_LOST = "copy_lost"
COPY_IN_REPAIR = "copy_in_repair"
ON_LOAN_OTHER = "on_loan_to_other"
ALREADY_YOURS = "already_on_loan_to_member"
RESERVED_OTHER = "reserved_for_other"
RENEWALS_USED = "renewals_used"
NOT_ON_LOAN = "not_on_loan"
NO_LONGER = "renewal_gives_nothing"

# Reasons a librarian may override. The others are facts an override cannot change.
OVERRIDABLE = frozenset({MEMBER_EXPIRED, MEMBER_BLOCKED, FINES_UNPAID, LIMIT_REACHED, NOT_FOR_LOAN, COPY_LOST,
                         COPY_IN_REPAIR, RESERVED_OTHER, RENEWALS_USED})
REASONS = (UNKNOWN_BARCODE, UNKNOWN_MEMBER, MEMBER_EXPIRED, MEMBER_BLOCKED, FINES_UNPAID, LIMIT_REACHED,
           NOT_FOR_LOAN, COPY_LOST, COPY_IN_REPAIR, ON_LOAN_OTHER, ALREADY_YOURS, RESERVED_OTHER, RENEWALS_USED,
           NOT_ON_LOAN, NO_LONGER)

# Copy statuses (core.catalog.ITEM_STATUSES, plus "on_hold" = on the hold shelf for a reservation and
# "missing" = not found at a stock-take, both set here).
LOST_STATUSES = ("lost", "missing")
REPAIR_STATUSES = ("in_repair", "repair", "damaged")
OUT_OF_USE = ("not_for_loan", "withdrawn", "weeded", "deleted")


@dataclass(frozen=True)
class Problem:
    """One rule that says no: a reason code, an English template (context "Errors") and its values."""

    reason: str
    template: str
    params: dict[str, Any]

    @property
    def overridable(self) -> bool:
        return self.reason in OVERRIDABLE

    def message(self, translate=lambda context, text: text) -> str:
        return render("Errors", self.template, self.params, translate)


class LoanRefused(Refused):
    """A circulation rule says no. ``problems`` lists every rule that said no (first = ``reason``)."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        first = problems[0]
        super().__init__(first.template, reason=first.reason, **first.params)

    @property
    def overridable(self) -> bool:
        return all(p.overridable for p in self.problems)

    @property
    def reasons(self) -> list[str]:
        return [p.reason for p in self.problems]


def _problem(reason: str, template: str, **params: Any) -> Problem:
    return Problem(reason, template, params)


def _refuse(reason: str, template: str, **params: Any) -> LoanRefused:
    return LoanRefused([_problem(reason, template, **params)])


# --- lookups ----------------------------------------------------------------------------------------


# The check-out/check-in path runs these reads on every scan: written once as SQL (no query building).
# The copy comes with its record's title, its open loan's id (None when on the shelf) and whether anyone
# reserved its title (``held``: someone waits or a copy is on the hold shelf), in one statement.
_ITEM_SQL = (f"SELECT i.*, r.title AS title, "
             f"(SELECT id FROM {Loan._meta.table_name} WHERE item_id = i.id AND returned_at IS NULL "
             "AND deleted = 0 LIMIT 1) AS open_loan_id, "
             f"EXISTS (SELECT 1 FROM {Hold._meta.table_name} WHERE record_id = i.record_id "
             "AND status IN ('waiting', 'ready') AND deleted = 0) AS held "
             f"FROM {Item._meta.table_name} AS i JOIN {Record._meta.table_name} AS r ON r.id = i.record_id "
             "WHERE i.barcode = ? AND i.deleted = 0 LIMIT 1")
_OPEN_LOAN_SQL = (f"SELECT * FROM {Loan._meta.table_name} WHERE item_id = ? AND returned_at IS NULL AND deleted = 0 "
                  "LIMIT 1")


_OTHER_OPEN_LOAN_SQL = _OPEN_LOAN_SQL.replace("LIMIT 1", "AND id <> ? LIMIT 1")


def _lent_to_other(item: Item, loan: Loan) -> LoanRefused:
    holder = Member.get_by_id(loan.member_id)
    return _refuse(ON_LOAN_OTHER, QT_TRANSLATE_NOOP(
        "Errors", "Copy {barcode} is still on loan to {name} ({number}). Return it first, then lend it."),
        barcode=item.barcode, name=holder.name, number=holder.number)


def _first(query):
    return next(iter(query), None)


def _one(model: type, sql: str, *params: Any) -> Any:
    """The first row of ``sql`` as a ``model`` instance (extra columns become plain attributes).
    ``Model.raw`` resolves the columns with peewee's query machinery on every call (~0.6 ms); a scan
    at the desk runs four such lookups, so rows are built here from the cursor directly."""
    cursor = database_of(model).execute_sql(sql, params)
    values = cursor.fetchone()
    if values is None:
        return None
    return _fill(model, [d[0] for d in cursor.description], values)


_SHAPES: dict[tuple, tuple[list[str], list[tuple[str, Any]], list[str]]] = {}


def _fill(model: type, names, values) -> Any:
    """A ``model`` instance from column names and values (see ``_one``): the values go into the row
    as they are (one ``dict(zip())``) but for the few fields that convert (dates); columns that are
    not the model's become plain attributes."""
    key = (model, tuple(names))
    shape = _SHAPES.get(key)
    if shape is None:
        plain = (CharField, TextField, IntegerField, AutoField, ForeignKeyField)
        by_column = {f.column_name: f for f in model._meta.sorted_fields}
        keys, converts, extras = [], [], []
        for name in names:
            f = by_column.get(name)
            if f is None:
                keys.append("\0" + name)
                extras.append(name)
            else:
                keys.append(f.name)
                if not isinstance(f, plain) or isinstance(f, UtcDateTimeField):
                    converts.append((f.name, f.python_value))
        shape = _SHAPES[key] = (keys, converts, extras)
    keys, converts, extras = shape
    data = dict(zip(keys, values, strict=True))
    for name, convert in converts:
        value = data[name]
        if value is not None:
            data[name] = convert(value)
    row = model(__no_default__=True)
    for name in extras:
        setattr(row, name, data.pop("\0" + name))
    row.__data__ = data
    return row


def database_of(model: type):
    return model._meta.database


def _item_with_title(code: str) -> Item | None:
    return _one(Item, _ITEM_SQL, code)


def find_item(lib: Library, barcode: str) -> Item:
    """The copy with this barcode (its record's title as ``item.title``), or LoanRefused(unknown_barcode)."""
    code = (barcode or "").strip()
    item = _item_with_title(code)
    if item is None and code and code != code.upper():
        item = _item_with_title(code.upper())
    if item is None:
        raise _refuse(UNKNOWN_BARCODE, QT_TRANSLATE_NOOP("Errors", "No copy has the barcode {barcode}."),
                      barcode=code)
    return item


# A member's columns without the photo (the desk loads the photo only for the member summary).
_MEMBER_FIELDS = [f for name, f in Member._meta.fields.items() if name != "photo"]
_MEMBER_SQL = (f"SELECT {', '.join(f.column_name for f in _MEMBER_FIELDS)} FROM {Member._meta.table_name} "
               "WHERE {where} AND deleted = 0 LIMIT 1")
_MEMBER_BY_NUMBER = _MEMBER_SQL.format(where="number = ?")
_MEMBER_BY_ID = _MEMBER_SQL.format(where="id = ?")
_MEMBER_COLUMNS = [f.column_name for f in _MEMBER_FIELDS]
# Check-out's look-up: the member, the unpaid balance and the books on loan now, in one statement.
_DESK_MEMBER_SQL = (
    f"SELECT {', '.join('m.' + c for c in _MEMBER_COLUMNS)}, "
    "(SELECT COALESCE(SUM(CASE WHEN kind = 'charge' THEN amount ELSE -amount END), 0) FROM fine_entry "
    "WHERE member_id = m.id AND deleted = 0), "
    "(SELECT COUNT(*) FROM loan WHERE member_id = m.id AND returned_at IS NULL AND deleted = 0) "
    f"FROM {Member._meta.table_name} AS m WHERE m.{{where}} AND m.deleted = 0 LIMIT 1")
_DESK_MEMBER_BY_NUMBER = _DESK_MEMBER_SQL.format(where="number = ?")
_DESK_MEMBER_BY_ID = _DESK_MEMBER_SQL.format(where="id = ?")


def _desk_member(lib: Library, member: Member | str) -> tuple[Member, int, int]:
    """(member, unpaid fines, books on loan now) for a check-out; LoanRefused(unknown_member)."""
    if isinstance(member, Member):
        row = lib.db.execute_sql(_DESK_MEMBER_BY_ID, (member.id,)).fetchone()
        if row is None:
            raise _refuse(UNKNOWN_MEMBER, QT_TRANSLATE_NOOP("Errors", "No member has the number {number}."),
                          number=member.number)
        return member, row[-2], row[-1]
    code = (member or "").strip()
    row = lib.db.execute_sql(_DESK_MEMBER_BY_NUMBER, (code,)).fetchone()
    if row is None and code and code != code.upper():
        row = lib.db.execute_sql(_DESK_MEMBER_BY_NUMBER, (code.upper(),)).fetchone()
    if row is None:
        raise _refuse(UNKNOWN_MEMBER, QT_TRANSLATE_NOOP("Errors", "No member has the number {number}."),
                      number=code)
    return _fill(Member, _MEMBER_COLUMNS, row[:-2]), row[-2], row[-1]


# Check-in's look-up: the open loan and its member, in one statement.
_LOAN_FIELDS = list(Loan._meta.sorted_fields)
_LOAN_AND_MEMBER_SQL = (
    f"SELECT {', '.join('l.' + f.column_name for f in _LOAN_FIELDS)}, {', '.join('m.' + c for c in _MEMBER_COLUMNS)} "
    f"FROM {Loan._meta.table_name} AS l JOIN {Member._meta.table_name} AS m ON m.id = l.member_id "
    "WHERE l.id = ?")


def _loan_and_member(lib: Library, loan_id: int) -> tuple[Loan, Member] | None:
    row = lib.db.execute_sql(_LOAN_AND_MEMBER_SQL, (loan_id,)).fetchone()
    if row is None:
        return None
    n = len(_LOAN_FIELDS)
    return (_fill(Loan, [f.column_name for f in _LOAN_FIELDS], row[:n]),
            _fill(Member, _MEMBER_COLUMNS, row[n:]))


def find_member(lib: Library, member: Member | str, with_photo: bool = False) -> Member:
    """The member with this card number (case-insensitive), or LoanRefused(unknown_member)."""
    if isinstance(member, Member):
        return member
    code = (member or "").strip()
    if with_photo:
        row = Member.select().where((Member.number == code) & (Member.deleted == False)).first()  # noqa: E712
    else:
        row = _one(Member, _MEMBER_BY_NUMBER, code)
    if row is None and code and code != code.upper():
        return find_member(lib, code.upper(), with_photo)
    if row is None:
        raise _refuse(UNKNOWN_MEMBER, QT_TRANSLATE_NOOP("Errors", "No member has the number {number}."),
                      number=code)
    return row


# A card number wins over a copy barcode that happens to read the same (one indexed look-up each).
_IDENTIFY_SQL = (f"SELECT 'member' FROM {Member._meta.table_name} WHERE number = ? AND deleted = 0 "
                 f"UNION ALL SELECT 'item' FROM {Item._meta.table_name} WHERE barcode = ? AND deleted = 0 LIMIT 1")


def identify(lib: Library, code: str) -> str | None:
    """What a scanned code is: "member", "item", or None when unknown."""
    code = (code or "").strip()
    if not code:
        return None
    for value in dict.fromkeys((code, code.upper())):  # as typed first, then in capitals
        row = lib.db.execute_sql(_IDENTIFY_SQL, (value, value)).fetchone()
        if row is not None:
            return row[0]
    return None


def _open_loan(item: Item) -> Loan | None:
    if getattr(item, "open_loan_id", 0) is None:  # the item's read found none
        return None
    return _one(Loan, _OPEN_LOAN_SQL, item.id)


def _title(item: Item) -> str:
    title = getattr(item, "title", None)
    if title is None:
        title = Record.select(Record.title).where(Record.id == item.record_id).scalar() or ""
    return title


_BALANCE_SQL = ("SELECT COALESCE(SUM(CASE WHEN kind = 'charge' THEN amount ELSE -amount END), 0) "
                "FROM fine_entry WHERE member_id = ? AND deleted = 0")
_ANY_HOLD_SQL = ("SELECT 1 FROM hold WHERE record_id = ? AND status IN ('waiting', 'ready') AND deleted = 0 "
                 "LIMIT 1")


def _scalar(lib: Library, sql: str, *params) -> int:
    row = lib.db.execute_sql(sql, params).fetchone()
    return row[0] if row else 0


def _collection_type(item: Item) -> CollectionType | None:
    if item.collection_type_id is None:
        return None
    return CollectionType.get_or_none(CollectionType.id == item.collection_type_id)


def due_date(cal: OpenCalendar, start: date, days: int, expires_on: date | None) -> date:
    """``start`` + ``days``, moved to the next open day, and never after the membership expiry
    (then the last open day on or before the expiry; an already expired membership is not capped:
    only an override lends to it)."""
    due = cal.next_open_day(start + timedelta(days=days))
    if expires_on is not None and expires_on >= start and due > expires_on:
        due = cal.previous_open_day(expires_on, not_before=start)
    return due


# --- overrides and the undo stack -------------------------------------------------------------------


def _approve(lib: Library, by: Staff, problems: list[Problem], override_pin: str | None,
             override: bool) -> Staff | None:
    """None when there is nothing to override; the approving librarian when the override is
    valid; raises LoanRefused otherwise."""
    if not problems:
        return None
    refused = LoanRefused(problems)
    if not (override_pin or override) or not refused.overridable:
        raise refused
    if override_pin:
        approver = auth.librarian_by_pin(lib, override_pin)
    else:
        auth.require(by, "circulation.override")
        approver = by
    return approver


UNDO_KEY = "circulation.undo"
_UNDO_SQL = 'INSERT INTO "setting" ("key", "value") VALUES (?, ?) ON CONFLICT ("key") DO UPDATE SET "value" = excluded."value"'
# The stack stays within one database page (16 actions of ~200 bytes, written compactly): 20 spilled
# into an overflow page, one more page written and fsynced at every desk scan.
UNDO_DEPTH = 16
_COMPACT = (",", ":")


def _push_undo(lib: Library, action: dict[str, Any]) -> None:
    """Remember a desk action for ``undo_last`` (kept in a setting; this process keeps a copy so a
    scan costs one write, not a read and a write)."""
    stack = getattr(lib, "_undo_stack", None)
    texts = getattr(lib, "_undo_texts", None)
    if stack is None or texts is None or len(texts) != len(stack):
        stack = get_setting(UNDO_KEY, []) or []
        texts = [json.dumps(a, ensure_ascii=False, separators=_COMPACT) for a in stack]
    stack.append(action)
    texts.append(json.dumps(action, ensure_ascii=False, separators=_COMPACT))  # only the new action is encoded
    del stack[:-UNDO_DEPTH]
    del texts[:-UNDO_DEPTH]
    lib.db.execute_sql(_UNDO_SQL, (UNDO_KEY, "[" + ",".join(texts) + "]"))  # = set_setting, as fixed SQL
    lib._undo_stack, lib._undo_texts = stack, texts


# --- results ----------------------------------------------------------------------------------------


@dataclass
class CheckoutResult:
    loan: Loan
    member: Member
    item: Item
    title: str
    due_on: date
    overridden_by: str = ""  # the librarian who approved an override
    overridden: list[str] = field(default_factory=list)  # the reasons overridden
    hold_fulfilled: bool = False
    message: str = QT_TRANSLATE_NOOP("Circulation", "Lent: {title}. Due back {due}.")
    params: dict[str, Any] = field(default_factory=dict)


@dataclass
class HoldNotice:
    """A returned copy someone waits for: put it on the hold shelf for this member."""

    member_name: str
    member_number: str
    phone: str
    ready_until: date


@dataclass
class CheckinResult:
    item: Item
    title: str
    loan: Loan | None  # None when the copy was not on loan
    member: Member | None
    days_late: int = 0
    fine: int = 0  # charged now, rupiah
    hold: HoldNotice | None = None
    found: bool = False  # the copy was marked lost/missing and is back
    message: str = ""
    params: dict[str, Any] = field(default_factory=dict)


@dataclass
class RenewResult:
    loan: Loan
    member: Member
    title: str
    old_due: date
    due_on: date
    renewals_used: int
    renewals_allowed: int
    fine: int = 0  # charged for the days already late
    overridden_by: str = ""
    message: str = QT_TRANSLATE_NOOP("Circulation", "Renewed: {title}. Now due back {due}.")
    params: dict[str, Any] = field(default_factory=dict)


# --- check-out --------------------------------------------------------------------------------------


def member_problems(lib: Library, member: Member, today: date, opts: CirculationOptions,
                     owed: int | None = None) -> list[Problem]:
    problems = []
    if member.blocked:
        problems.append(_problem(MEMBER_BLOCKED, QT_TRANSLATE_NOOP("Errors", "{name} is blocked: {why}"),
                                 name=member.name, why=member.blocked_reason or "-"))
    if member.expires_on < today:
        problems.append(_problem(MEMBER_EXPIRED,
                                 QT_TRANSLATE_NOOP("Errors", "The membership of {name} ended on {date}. Renew it first."),
                                 name=member.name, date=format_date(member.expires_on)))
    if owed is None:
        owed = _scalar(lib, _BALANCE_SQL, member.id)
    if owed > opts.max_unpaid_fines:
        problems.append(_problem(FINES_UNPAID,
                                 QT_TRANSLATE_NOOP("Errors", "{name} has unpaid fines of {amount}; pay first."),
                                 name=member.name, amount=format_money(owed)))
    return problems


def _copy_problems(item: Item, terms: Terms) -> list[Problem]:
    status = item.status or "available"
    if status in LOST_STATUSES:
        return [_problem(COPY_LOST, QT_TRANSLATE_NOOP("Errors", "Copy {barcode} is marked lost or missing."),
                         barcode=item.barcode)]
    if status in REPAIR_STATUSES:
        return [_problem(COPY_IN_REPAIR, QT_TRANSLATE_NOOP("Errors", "Copy {barcode} is marked as in repair."),
                         barcode=item.barcode)]
    if status in OUT_OF_USE or not terms.loanable:
        return [_problem(NOT_FOR_LOAN, QT_TRANSLATE_NOOP("Errors", "Copy {barcode} is not for loan (read it here)."),
                         barcode=item.barcode)]
    return []


def _reservation_problem(lib: Library, member: Member, item: Item, today: date) -> tuple[list[Problem], Hold | None]:
    """Is the copy promised to someone else? Also returns this member's own active hold, if any."""
    held = getattr(item, "held", None)
    if not (held if held is not None else _scalar(lib, _ANY_HOLD_SQL, item.record_id)):
        return [], None
    active = list(Hold.select().where((Hold.record == item.record_id) & (Hold.status.in_(holds.ACTIVE))
                                      & (Hold.deleted == False)).order_by(Hold.placed_at, Hold.id))  # noqa: E712
    if not active:
        return [], None
    mine = next((h for h in active if h.member_id == member.id), None)
    others = []
    for hold in active:
        if hold.status == holds.READY and hold.ready_until is not None and hold.ready_until < today:
            continue  # its pick-up time has passed; expired below
        if hold.member_id != member.id:
            others.append(hold)
    # The copy in hand is on the hold shelf for someone else.
    for hold in others:
        if hold.status == holds.READY and hold.item_id == item.id:
            return [_reserved(hold)], mine
    # People ahead in the queue who still wait: only lend if enough other copies are on the shelf.
    ahead = [h for h in others if h.status == holds.WAITING
             and (mine is None or (h.placed_at, h.id) < (mine.placed_at, mine.id))]
    if ahead:
        free = (Item.select().where((Item.record == item.record_id) & (Item.id != item.id)
                                    & (Item.status == "available") & (Item.deleted == False)).count())  # noqa: E712
        if len(ahead) > free:
            return [_reserved(ahead[0])], mine
    return [], mine


def _reserved(hold: Hold) -> Problem:
    other = Member.get_by_id(hold.member_id)
    return _problem(RESERVED_OTHER, QT_TRANSLATE_NOOP("Errors", "This title is reserved for {name} ({number})."),
                    name=other.name, number=other.number)


def checkout(lib: Library, by: Staff, member: Member | str, barcode: str, *, override_pin: str | None = None,
             override: bool = False) -> CheckoutResult:
    """Lend the copy ``barcode`` to ``member`` (a Member or a card number).

    Refusals (LoanRefused with reason): unknown_member, unknown_barcode, on_loan_to_other,
    already_on_loan_to_member (not overridable); member_blocked, member_expired, fines_unpaid,
    limit_reached, not_for_loan, copy_lost, copy_in_repair, reserved_for_other (overridable with a
    librarian's PIN or ``override=True`` by a librarian)."""
    auth.require(by, "circulation.checkout")
    health.require_circulation_allowed(lib)
    snap = snapshot(lib)
    member, owed, count = _desk_member(lib, member)
    item = find_item(lib, barcode)
    today = health.circulation_today(lib)  # never before the newest saved change
    opts = snap.options

    current = _open_loan(item)
    if current is not None:
        if current.member_id == member.id:
            raise _refuse(ALREADY_YOURS, QT_TRANSLATE_NOOP(
                "Errors", "{name} already has this copy on loan (due {due}). Use Renew to extend it."),
                name=member.name, due=format_date(current.due_on))
        raise _lent_to_other(item, current)

    ctype = snap.collection_types.get(item.collection_type_id) if item.collection_type_id else None
    terms = snap.terms(member.member_type_id, item.collection_type_id)
    problems = member_problems(lib, member, today, opts, owed)
    problems += _copy_problems(item, terms)
    if count >= terms.loan_limit:
        problems.append(_problem(LIMIT_REACHED, QT_TRANSLATE_NOOP(
            "Errors", "{name} already has {count} book(s) on loan; the limit is {limit}."),
            name=member.name, count=count, limit=terms.loan_limit))
    elif terms.collection_limit is not None and ctype is not None:
        open_loans = Loan.select().where((Loan.member == member.id) & Loan.returned_at.is_null()
                                         & (Loan.deleted == False))  # noqa: E712
        same = open_loans.join(Item).where(Item.collection_type == ctype.id).count()
        if same >= terms.collection_limit:
            problems.append(_problem(LIMIT_REACHED, QT_TRANSLATE_NOOP(
                "Errors", "{name} already has {count} book(s) of type {type} on loan; the limit is {limit}."),
                name=member.name, count=same, type=ctype.name, limit=terms.collection_limit))
    reservation, my_hold = _reservation_problem(lib, member, item, today)
    problems += reservation
    approver = _approve(lib, by, problems, override_pin, override)

    due = due_date(snap.calendar, today, terms.loan_days, member.expires_on)
    now = lib.clock.now()
    with store.transaction(lib):  # one transaction, one fsync: the loan, the copy, the log, the undo
        _expire_hold_on(lib, item, today)
        loan = store.insert(lib, Loan, item=item.id, member=member.id, loaned_at=now, due_on=due,
                            staff=by.username)
        # The checks above read before this transaction held the write lock: another desk on the same
        # file (the CLI, a second window) may have lent the copy in between. Now the truth is visible,
        # and a refusal rolls this loan back.
        meanwhile = _one(Loan, _OTHER_OPEN_LOAN_SQL, item.id, loan.id)
        if meanwhile is not None:
            raise _lent_to_other(item, meanwhile)
        previous_status = item.status
        store.update(lib, item, status="on_loan")
        hold_change = None
        if my_hold is not None:
            hold_change = {"uid": my_hold.uid, "status": my_hold.status, "item": my_hold.item_id,
                           "ready_until": my_hold.ready_until.isoformat() if my_hold.ready_until else None}
            other_copy = my_hold.item_id if my_hold.item_id not in (None, item.id) else None
            store.update(lib, my_hold, status=holds.FULFILLED, item=item.id)
            if other_copy is not None and my_hold.status == holds.READY:
                holds.release_copy(lib, Item.get_by_id(other_copy), today)
        if approver is not None:
            auth.audit(lib, approver, "circulation.override", "loan", loan.uid, what="checkout",
                       reasons=[p.reason for p in problems], desk=by.username, barcode=item.barcode,
                       member=member.number)
        _push_undo(lib, {"kind": "checkout", "loan": loan.uid, "version": loan.version, "item_status": previous_status,
                    "hold": hold_change, "by": by.username})
    title = _title(item)
    return CheckoutResult(loan=loan, member=member, item=item, title=title, due_on=due,
                          overridden_by=approver.username if approver else "",
                          overridden=[p.reason for p in problems], hold_fulfilled=my_hold is not None,
                          params={"title": title, "due": format_date(due), "name": member.name})


def _expire_hold_on(lib: Library, item: Item, today: date) -> None:
    """A copy on the hold shelf whose pick-up time passed is free again (lent to someone else now)."""
    if item.status != "on_hold":
        return
    for hold in Hold.select().where((Hold.item == item.id) & (Hold.status == holds.READY)
                                    & (Hold.deleted == False)):  # noqa: E712
        if hold.ready_until is not None and hold.ready_until < today:
            store.update(lib, hold, status=holds.EXPIRED)


# --- check-in ---------------------------------------------------------------------------------------


def checkin(lib: Library, by: Staff, barcode: str) -> CheckinResult:
    """Return a copy: closes its loan, charges a fine when late (see ``fines``), and when someone
    waits for the title puts the copy on the hold shelf for them (``result.hold``: announce it!).
    A copy that was not on loan is refused with not_on_loan, except a copy marked lost/missing,
    which is put back on the shelf (``result.found``)."""
    auth.require(by, "circulation.checkin")
    health.require_circulation_allowed(lib)
    item = find_item(lib, barcode)
    today = health.circulation_today(lib)  # never before the newest saved change
    now = lib.clock.now()
    title = _title(item)
    found = _loan_and_member(lib, item.open_loan_id) if item.open_loan_id is not None else None
    loan, member = found if found is not None else (None, None)
    if loan is None:
        if item.status in LOST_STATUSES or item.status == "on_loan":
            with lib.transaction():
                previous = item.status
                hold = holds.release_copy(lib, item, today)
                auth.audit(lib, by, "circulation.found", "item", item.uid, barcode=item.barcode, status=previous)
            notice = _notice(hold)
            return CheckinResult(item=item, title=title, loan=None, member=None, hold=notice, found=True,
                                 message=QT_TRANSLATE_NOOP("Circulation", "Found: {title} is back on the shelf."),
                                 params={"title": title})
        raise _refuse(NOT_ON_LOAN, QT_TRANSLATE_NOOP("Errors", "Copy {barcode} ({title}) is not on loan."),
                      barcode=item.barcode, title=title)

    snap = snapshot(lib)
    terms = snap.terms(member.member_type_id, item.collection_type_id)
    opts = snap.options
    cal = snap.calendar
    days_late = max(0, (today - loan.due_on).days)
    amount = fines.fine_amount(loan.due_on, today, terms.fine_per_day, terms.grace_days, cal, opts)
    with store.transaction(lib):  # one transaction, one fsync
        store.update(lib, loan, returned_at=now)
        entry = fines.charge(lib, member, amount, loan=loan, note=title, staff=by.username, at=now)
        previous_status = item.status
        hold = holds.release_copy(lib, item, today)
        _push_undo(lib, {"kind": "checkin", "loan": loan.uid, "version": loan.version, "item_status": previous_status,
                    "fine": entry.uid if entry else None, "hold": hold.uid if hold else None, "by": by.username})
    notice = _notice(hold)
    if notice is not None:
        message = QT_TRANSLATE_NOOP("Circulation", "Returned: {title}. RESERVED for {hold_name} - put it on the hold shelf!")
    elif amount:
        message = QT_TRANSLATE_NOOP("Circulation", "Returned: {title}. {days} day(s) late: fine {fine}.")
    else:
        message = QT_TRANSLATE_NOOP("Circulation", "Returned: {title}.")
    return CheckinResult(item=item, title=title, loan=loan, member=member, days_late=days_late, fine=amount,
                         hold=notice, message=message,
                         params={"title": title, "days": days_late, "fine": format_money(amount),
                                 "name": member.name, "hold_name": notice.member_name if notice else ""})


def _notice(hold: Hold | None) -> HoldNotice | None:
    if hold is None:
        return None
    waiting = Member.get_by_id(hold.member_id)
    return HoldNotice(waiting.name, waiting.number, waiting.phone, hold.ready_until)


# --- renewal ----------------------------------------------------------------------------------------


def renew(lib: Library, by: Staff, barcode: str, *, override_pin: str | None = None,
          override: bool = False, desk_undo: bool = True) -> RenewResult:
    """Extend the loan of copy ``barcode``: from the due date or from today (option ``renew_from``),
    moved to an open day and capped at the membership expiry. Refused (overridable) when the
    renewals allowed are used up, another member reserved the title, or the member is blocked or
    expired; refused (not overridable) when the copy is not on loan or the renewal would not give
    more time. An overdue loan is charged the fine so far at renewal. ``desk_undo=False`` (a patron
    renewing on the web catalogue) keeps it off the desk's undo stack."""
    auth.require(by, "circulation.renew")
    health.require_circulation_allowed(lib)
    item = find_item(lib, barcode)
    loan = _open_loan(item)
    title = _title(item)
    if loan is None:
        raise _refuse(NOT_ON_LOAN, QT_TRANSLATE_NOOP("Errors", "Copy {barcode} ({title}) is not on loan."),
                      barcode=item.barcode, title=title)
    member = _one(Member, _MEMBER_BY_ID, loan.member_id)
    snap = snapshot(lib)
    terms = snap.terms(member.member_type_id, item.collection_type_id)
    today = health.circulation_today(lib)
    opts = snap.options
    problems = [p for p in member_problems(lib, member, today, opts) if p.reason != FINES_UNPAID]
    if loan.renewals >= terms.renewals:
        problems.append(_problem(RENEWALS_USED, QT_TRANSLATE_NOOP(
            "Errors", "This loan was already renewed {count} time(s), the most allowed."), count=loan.renewals))
    waiting_others = (Hold.select().where((Hold.record == item.record_id) & (Hold.status == holds.WAITING)
                                          & (Hold.member != member.id) & (Hold.deleted == False))  # noqa: E712
                      .order_by(Hold.placed_at).first())
    if waiting_others is not None:
        problems.append(_reserved(waiting_others))
    start = loan.due_on if opts.renew_from == "due" and loan.due_on >= today else today
    cal = snap.calendar
    due = due_date(cal, start, terms.loan_days, member.expires_on)
    if due <= loan.due_on:  # not overridable: an override cannot make time
        if member.expires_on <= loan.due_on:
            problems.append(_problem(NO_LONGER, QT_TRANSLATE_NOOP(
                "Errors", "Renewing gives no more time: the membership of {name} ends on {date}."),
                name=member.name, date=format_date(member.expires_on)))
        else:
            problems.append(_problem(NO_LONGER, QT_TRANSLATE_NOOP(
                "Errors", "Renewing today gives no more time: the copy is already due on {due}."),
                due=format_date(loan.due_on)))
    approver = _approve(lib, by, problems, override_pin, override)
    amount = fines.fine_amount(loan.due_on, today, terms.fine_per_day, terms.grace_days, cal, opts)
    old_due = loan.due_on
    with lib.transaction():
        before = {"due_on": old_due.isoformat(), "renewals": loan.renewals}
        store.update(lib, loan, due_on=due, renewals=loan.renewals + 1)
        entry = fines.charge(lib, member, amount, loan=loan, note=title, staff=by.username)
        if approver is not None:
            auth.audit(lib, approver, "circulation.override", "loan", loan.uid, what="renew",
                       reasons=[p.reason for p in problems], desk=by.username, barcode=item.barcode)
        if desk_undo:
            _push_undo(lib, {"kind": "renew", "loan": loan.uid, "version": loan.version, "before": before,
                        "fine": entry.uid if entry else None, "by": by.username})
    return RenewResult(loan=loan, member=member, title=title, old_due=old_due, due_on=due,
                       renewals_used=loan.renewals, renewals_allowed=terms.renewals, fine=amount,
                       overridden_by=approver.username if approver else "",
                       params={"title": title, "due": format_date(due), "name": member.name})


# --- undo -------------------------------------------------------------------------------------------


@dataclass
class UndoResult:
    kind: str  # checkout | checkin | renew
    title: str
    message: str
    params: dict[str, Any]
    loan_uid: str = ""  # the loan whose last action was taken back (the desk drops it from the receipt)


def last_action() -> dict[str, Any] | None:
    """The desk action ``undo_last`` would take back (None when there is none)."""
    stack = get_setting(UNDO_KEY, []) or []
    return stack[-1] if stack else None


def undo_last(lib: Library, by: Staff) -> UndoResult:
    """Take back the last check-out, return or renewal made on this PC (librarian; audited).
    Refused with Conflict when the loan changed since (e.g. it was returned after being lent)."""
    auth.require(by, "circulation.undo")
    lib._undo_stack = None  # read the stored stack: another desk or the CLI may have added to it
    stack = get_setting(UNDO_KEY, []) or []
    if not stack:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is nothing to undo."))
    action = stack[-1]
    loan = Loan.get_or_none(Loan.uid == action["loan"])
    if loan is None or loan.deleted or loan.version != action["version"]:
        set_setting(UNDO_KEY, stack[:-1])
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "The last action cannot be undone: the loan changed since."))
    item = Item.get_by_id(loan.item_id)
    title = _title(item)
    with lib.transaction():
        kind = action["kind"]
        if kind == "checkout":
            store.delete(lib, loan)
            store.update(lib, item, status=action["item_status"] or "available")
            if action.get("hold"):
                saved = action["hold"]
                hold = Hold.get(Hold.uid == saved["uid"])
                store.update(lib, hold, status=saved["status"], item=saved["item"],
                             ready_until=date.fromisoformat(saved["ready_until"]) if saved["ready_until"] else None)
                if saved["status"] == holds.READY and saved["item"] not in (None, item.id):
                    store.update(lib, Item.get_by_id(saved["item"]), status="on_hold")
            message = QT_TRANSLATE_NOOP("Circulation", "Undone: the loan of {title} was cancelled.")
        elif kind == "checkin":
            if action.get("hold"):
                hold = Hold.get(Hold.uid == action["hold"])
                store.update(lib, hold, status=holds.WAITING, item=None, ready_until=None)
            if action.get("fine"):
                store.delete(lib, fines.FineEntry.get(fines.FineEntry.uid == action["fine"]))
            store.update(lib, loan, returned_at=None)
            store.update(lib, item, status="on_loan")
            message = QT_TRANSLATE_NOOP("Circulation", "Undone: {title} is on loan again.")
        else:
            before = action["before"]
            if action.get("fine"):
                store.delete(lib, fines.FineEntry.get(fines.FineEntry.uid == action["fine"]))
            store.update(lib, loan, due_on=date.fromisoformat(before["due_on"]), renewals=before["renewals"])
            message = QT_TRANSLATE_NOOP("Circulation", "Undone: the renewal of {title} was cancelled.")
        auth.audit(lib, by, "circulation.undo", "loan", loan.uid, what=kind, barcode=item.barcode)
        # The loan is back as it was after the previous action on it: that one may be undone next.
        rest = stack[:-1]
        current = Loan.get_by_id(loan.id).version
        for earlier in rest:
            if earlier["loan"] == loan.uid:
                earlier["version"] = current
        set_setting(UNDO_KEY, rest)
    member = Member.get_or_none(Member.id == loan.member_id)
    return UndoResult(kind, title, message, {"title": title, "barcode": item.barcode,
                                             "name": member.name if member else "",
                                             "number": member.number if member else ""}, loan_uid=loan.uid)
