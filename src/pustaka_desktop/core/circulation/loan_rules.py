"""Member types, loan rules and the circulation options.

Which terms apply to a loan — PRECEDENCE (most specific first):

1. a rule for this member type AND this collection type
2. a rule for this collection type (any member type)
3. a rule for this member type (any collection type)
4. a rule for any member type and any collection type
5. the member type's own defaults (and the collection type's ``loanable`` flag)

Field by field: a rule field left empty (None) falls through to the next level, so a rule that only
says "14 days" keeps the other terms. ``loanable`` is always set on a rule: the most specific
matching rule decides it; with no matching rule the collection type decides.

Limits: the member type's ``loan_limit`` (or one from a level-3/4 rule) caps all open loans; a
``loan_limit`` on a rule that names a collection type caps the loans of that collection type only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .. import auth
from ..errors import NotFound, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..settings import get_setting, set_setting
from ..store import write as store
from ..store.models import CollectionType, LoanRule, MemberType, Staff

# --- options (settings of this library) ----------------------------------------------------------


@dataclass
class CirculationOptions:
    renew_from: str = "due"  # "due": the new period starts at the due date; "today": from the renewal day
    fines_skip_closed_days: bool = False  # closed days do not count as late days
    max_unpaid_fines: int = 5000  # rupiah; unpaid fines above this block new loans
    fine_cap: int = 0  # rupiah per loan; 0 = no cap
    hold_days: int = 3  # open days a returned copy waits on the hold shelf
    receipt_width_mm: int = 58  # small receipt printer width (58 or 80)


OPTIONS_KEY = "circulation.options"


def options(lib: Library) -> CirculationOptions:
    stored = get_setting(OPTIONS_KEY, {}) or {}
    known = {k: v for k, v in stored.items() if k in CirculationOptions.__dataclass_fields__}
    return CirculationOptions(**known)


def set_options(lib: Library, by: Staff, **changes: Any) -> CirculationOptions:
    """Change circulation options (librarian): renew_from ("due"/"today"), fines_skip_closed_days,
    max_unpaid_fines, fine_cap, hold_days, receipt_width_mm."""
    auth.require(by, "circulation.rules")
    current = options(lib)
    for key, value in changes.items():
        if key not in CirculationOptions.__dataclass_fields__:
            raise ValueError(f"unknown circulation option {key}")
        setattr(current, key, value)
    if current.renew_from not in ("due", "today"):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Renewals count from the due date or from today."),
                              field="renew_from")
    for key in ("max_unpaid_fines", "fine_cap", "hold_days"):
        if not isinstance(getattr(current, key), int) or getattr(current, key) < 0:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field} must be a whole number, 0 or more."),
                                  field=key)
    if current.receipt_width_mm not in (58, 80):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Receipt printers are 58 or 80 mm wide."),
                              field="receipt_width_mm")
    set_setting(OPTIONS_KEY, current.__dict__)
    auth.audit(lib, by, "circulation.options", **changes)
    return current


# --- effective terms -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Terms:
    """What applies to one member type borrowing one collection type."""

    loanable: bool
    loan_days: int
    loan_limit: int  # all open loans of the member
    collection_limit: int | None  # open loans of this collection type, when a rule sets one
    renewals: int
    fine_per_day: int
    grace_days: int
    rule_id: int | None  # the most specific matching rule, for "why?" displays


RULE_FIELDS = ("loan_days", "loan_limit", "renewals", "fine_per_day")


def _specificity(rule: LoanRule) -> int:
    return (2 if rule.collection_type_id else 0) + (1 if rule.member_type_id else 0)


def matching_rules(member_type_id: int | None, collection_type_id: int | None) -> list[LoanRule]:
    """The rules that apply, most specific first (see the precedence above)."""
    query = LoanRule.select().where(
        (LoanRule.deleted == False)  # noqa: E712
        & ((LoanRule.member_type.is_null()) | (LoanRule.member_type == member_type_id))
        & ((LoanRule.collection_type.is_null()) | (LoanRule.collection_type == collection_type_id)))
    return sorted(query, key=lambda r: (-_specificity(r), r.id))


def terms_for(member_type: MemberType, collection_type: CollectionType | None) -> Terms:
    """The terms for a member type borrowing a collection type (see the precedence above)."""
    ctype_id = collection_type.id if collection_type is not None else None
    return _terms(member_type, collection_type, matching_rules(member_type.id, ctype_id))


def _terms(member_type: MemberType, collection_type: CollectionType | None, rules: list[LoanRule]) -> Terms:
    values: dict[str, Any] = {name: getattr(member_type, name) for name in RULE_FIELDS}
    # Walk from the least specific to the most specific so the most specific value wins.
    for rule in reversed(rules):
        for name in ("loan_days", "renewals", "fine_per_day"):
            if getattr(rule, name) is not None:
                values[name] = getattr(rule, name)
        if rule.loan_limit is not None and not rule.collection_type_id:
            values["loan_limit"] = rule.loan_limit
    collection_limit = None
    for rule in rules:
        if rule.collection_type_id and rule.loan_limit is not None:
            collection_limit = rule.loan_limit
            break
    if rules:
        loanable = rules[0].loanable
    else:
        loanable = collection_type.loanable if collection_type is not None else True
    return Terms(loanable=loanable, loan_days=values["loan_days"], loan_limit=values["loan_limit"],
                 collection_limit=collection_limit, renewals=values["renewals"],
                 fine_per_day=values["fine_per_day"], grace_days=member_type.grace_days,
                 rule_id=rules[0].id if rules else None)


# --- editing types and rules (librarian) -----------------------------------------------------------

TYPE_FIELDS = ("name", "loan_limit", "loan_days", "renewals", "fine_per_day", "grace_days", "reservations",
               "reservation_limit", "validity_days")


def _check_counts(fields: dict[str, Any], names: tuple[str, ...]) -> None:
    for name in names:
        value = fields.get(name)
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{field} must be a whole number, 0 or more."),
                                  field=name)


def save_member_type(lib: Library, by: Staff, member_type: MemberType | None = None, **fields: Any) -> MemberType:
    """Create (``member_type`` None) or change a member type (librarian)."""
    auth.require(by, "circulation.rules")
    unknown = set(fields) - set(TYPE_FIELDS)
    if unknown:
        raise ValueError(f"unknown member type fields {sorted(unknown)}")
    if "name" in fields:
        fields["name"] = (fields["name"] or "").strip()
        if not fields["name"]:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The member type needs a name."), field="name")
    _check_counts(fields, ("loan_limit", "loan_days", "renewals", "fine_per_day", "grace_days",
                           "reservation_limit", "validity_days"))
    with lib.transaction():
        if member_type is None:
            if "name" not in fields:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The member type needs a name."), field="name")
            return store.insert(lib, MemberType, **fields)
        return store.update(lib, member_type, **fields)


def save_rule(lib: Library, by: Staff, rule: LoanRule | None = None, **fields: Any) -> LoanRule:
    """Create or change a loan rule (librarian): member_type / collection_type (None = any),
    loanable, and any of loan_days, loan_limit, renewals, fine_per_day (None = not overridden)."""
    auth.require(by, "circulation.rules")
    allowed = {"member_type", "collection_type", "loanable", *RULE_FIELDS}
    unknown = set(fields) - allowed
    if unknown:
        raise ValueError(f"unknown loan rule fields {sorted(unknown)}")
    _check_counts(fields, RULE_FIELDS)
    if fields.get("loan_days") == 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A loan lasts at least one day."), field="loan_days")
    member_type = fields.get("member_type", rule.member_type if rule else None)
    collection_type = fields.get("collection_type", rule.collection_type if rule else None)
    clash = LoanRule.select().where(
        (LoanRule.deleted == False)  # noqa: E712
        & (LoanRule.member_type.is_null() if member_type is None else LoanRule.member_type == member_type)
        & (LoanRule.collection_type.is_null() if collection_type is None
           else LoanRule.collection_type == collection_type))
    if rule is not None:
        clash = clash.where(LoanRule.id != rule.id)
    if clash.exists():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "There is already a rule for this member type and collection type."))
    with lib.transaction():
        if rule is None:
            return store.insert(lib, LoanRule, **fields)
        return store.update(lib, rule, **fields)


def delete_rule(lib: Library, by: Staff, rule: LoanRule) -> None:
    auth.require(by, "circulation.rules")
    if rule.deleted:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That loan rule no longer exists."))
    with lib.transaction():
        store.delete(lib, rule)
        auth.audit(lib, by, "circulation.rule_delete", "loan_rule", rule.uid)


def rules(lib: Library) -> list[LoanRule]:
    return list(LoanRule.select().where(LoanRule.deleted == False).order_by(LoanRule.id))  # noqa: E712


def member_types_all(lib: Library) -> list[MemberType]:
    """Every member type a rule may name, deleted ones included (an old rule still shows its name)."""
    return list(MemberType.select())


def collection_types(lib: Library) -> list[CollectionType]:
    return list(CollectionType.select().where(CollectionType.deleted == False)  # noqa: E712
                .order_by(CollectionType.name))


# --- a cached snapshot for the desk -----------------------------------------------------------------
#
# A check-out must cost a handful of queries (p95 <= 5 ms on the stress library). Member types,
# collection types, loan rules, holidays, closing days and options change rarely, so the desk reads
# them once and keeps them while one cheap query says they are unchanged (the versions of those
# small tables and the options setting; a change made anywhere, by sync too, changes a version).


class RulesSnapshot:
    def __init__(self, lib: Library, stamp: tuple) -> None:
        from .holidays import calendar

        self.stamp = stamp
        self.options = options(lib)
        self.member_types = {t.id: t for t in MemberType.select().where(MemberType.deleted == False)}  # noqa: E712
        self.collection_types = {c.id: c for c in CollectionType.select()}
        self.rules = rules(lib)
        self.calendar = calendar(lib)
        self._terms: dict[tuple[int, int | None], Terms] = {}

    def member_type(self, type_id: int) -> MemberType:
        found = self.member_types.get(type_id)
        return found if found is not None else MemberType.get_by_id(type_id)

    def terms(self, member_type_id: int, collection_type_id: int | None) -> Terms:
        key = (member_type_id, collection_type_id)
        if key not in self._terms:
            ctype = self.collection_types.get(collection_type_id) if collection_type_id else None
            matching = [r for r in self.rules
                        if r.member_type_id in (None, member_type_id)
                        and r.collection_type_id in (None, collection_type_id)]
            self._terms[key] = _terms(self.member_type(member_type_id), ctype,
                                      sorted(matching, key=lambda r: (-_specificity(r), r.id)))
        return self._terms[key]


def _stamp_sql() -> str:
    parts = [f"(SELECT group_concat(version) FROM {m._meta.table_name})"
             for m in (LoanRule, MemberType, CollectionType)]
    from ..store.models import Holiday, LibraryProfile, Setting

    parts.append(f"(SELECT group_concat(version) FROM {Holiday._meta.table_name})")
    parts.append(f"(SELECT group_concat(version || closed_weekdays) FROM {LibraryProfile._meta.table_name})")
    parts.append(f"(SELECT value FROM {Setting._meta.table_name} WHERE key = ?)")
    return "SELECT " + ", ".join(parts)


_STAMP_SQL: list[str] = []


def snapshot(lib: Library) -> RulesSnapshot:
    """The circulation rules as they are now (cached per library while unchanged)."""
    if not _STAMP_SQL:
        _STAMP_SQL.append(_stamp_sql())
    stamp = tuple(lib.db.execute_sql(_STAMP_SQL[0], (OPTIONS_KEY,)).fetchone())
    cached = getattr(lib, "_rules_snapshot", None)
    if cached is None or cached.stamp != stamp:
        cached = RulesSnapshot(lib, stamp)
        lib._rules_snapshot = cached
    return cached
