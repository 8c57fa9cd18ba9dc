"""How the library of a SLiMS backup lent, in a members import's plan (``plan``): SLiMS's terms take the place of a
starting member type's that nobody holds and the library never changed, and its loan rules become ours where the
library has none for the pair. What cannot come in is said (issue #12: nothing disappears unsaid):

- a member type of SLiMS that no member of the backup holds (it is not made here: nobody to lend to yet);
- a member type the library here set up or already uses, which keeps its own terms where SLiMS's differ;
- a member type or loan rule that lent for the day only (0 days), which lends here for a day;
- a loan rule's grace days (``grace_periode``), where they differ from its member type's: grace here is the member
  type's, a loan rule has none.
"""

from __future__ import annotations

from typing import Any

from ..circulation.loan_rules import TYPE_FIELDS
from ..i18n import QT_TRANSLATE_NOOP
from ..profile import DEFAULT_MEMBER_TYPES
from ..store.models import CollectionType, LoanRule, Member, MemberType
from . import slims_backup_members
from .member_plan import MemberImportPlan
from .types import BadRow, fold

TYPE_TERMS = frozenset(TYPE_FIELDS) - {"name"}  # what a member type lends by

NOT_MADE = QT_TRANSLATE_NOOP(
    "Import", "SLiMS's member type {type} ({books} books for {days} days, {renewals} renewal(s), fine Rp{fine} a day) "
              "has no members in this backup, so it is not made here. Add it on the Settings page when you need it.")
KEPT_HERE = QT_TRANSLATE_NOOP(
    "Import", "Member type {type} keeps the loan terms set here; SLiMS lent on other terms ({books} books for {days} "
              "days, {renewals} renewal(s), fine Rp{fine} a day after {grace} day(s) of grace, card valid {validity} "
              "days). Change them on the Settings page if SLiMS's are right.")
RULE_GRACE = QT_TRANSLATE_NOOP(
    "Import", "SLiMS's loan rule for {member_type} and {collection_type} gave {grace} day(s) of grace before a fine; "
              "a loan rule here has no grace days of its own, so the desk gives member type {member_type}'s "
              "({here} day(s)).")

SAME_DAY = QT_TRANSLATE_NOOP(
    "Import", "SLiMS's loan rule for {member_type} and {collection_type} lent for the day only (0 days: due back the "
              "day it was lent); a loan here lasts at least one day, so the rule here lends for 1 day.")

TYPE_SAME_DAY = QT_TRANSLATE_NOOP(
    "Import", "SLiMS's member type {type} lent for the day only (0 days: due back the day it was lent); a loan here "
              "lasts at least one day, so member type {type} lends for 1 day.")
INLIS_NOT_MADE = QT_TRANSLATE_NOOP(
    "Import", "INLISLite's member type {type} ({books} books for {days} days, {renewals} renewal(s), fine Rp{fine} a "
              "day) has no members in this backup, so it is not made here. Add it on the Settings page when you need "
              "it.")
INLIS_KEPT_HERE = QT_TRANSLATE_NOOP(
    "Import", "Member type {type} keeps the loan terms set here; INLISLite lent on other terms ({books} books for "
              "{days} days, {renewals} renewal(s), fine Rp{fine} a day). Change them on the Settings page if "
              "INLISLite's are right.")


def plan(result: MemberImportPlan, lending: slims_backup_members.Lending, types: dict[str, MemberType]) -> None:
    """Put in ``result`` SLiMS's member types' terms, the starting types that take them, its loan rules, and the
    notices of what does not come in. ``types``: the member types here, by name in lower case."""
    result.type_terms, result.terms_from = lending.terms, lending.system
    for name, terms in result.type_terms.items():
        current = types.get(name.lower())
        if current is not None and _as_made(current) and any(getattr(current, f) != v for f, v in terms.items()):
            result.adopted_member_types.append(name)
    _plan_rules(result, lending.rules, types)
    result.notices += notices(result, lending, types)


def _plan_rules(result: MemberImportPlan, rules: list[slims_backup_members.SlimsRule | BadRow],
                types: dict[str, MemberType]) -> None:
    """SLiMS's loan rules that become ours: one per member type and collection type, where the library
    has no rule of its own for that pair yet (so a second import adds none)."""
    collections = {fold(t.name): t.id for t in CollectionType.select().where(CollectionType.deleted == False)}  # noqa: E712
    have = set(LoanRule.select(LoanRule.member_type, LoanRule.collection_type)
               .where(LoanRule.deleted == False).tuples())  # noqa: E712
    planned: set[tuple[str, str]] = set()
    for rule in rules:
        if isinstance(rule, BadRow):
            result.bad.append(rule)
        elif rule.gmd or not rule.collection_type:
            result.bad.append(BadRow(rule.line, QT_TRANSLATE_NOOP(
                "Import", "SLiMS's loan rule for {member_type} and the material {gmd} is left out: loan rules here "
                          "are per collection type. Set one on the Settings page if it is still needed."),
                {"member_type": rule.member_type, "gmd": rule.gmd or "-"}))
        else:
            member_type = types.get(rule.member_type.lower())
            if member_type is None and rule.member_type not in result.new_member_types:
                continue  # a SLiMS member type nobody holds: no type here, so no rule either
            pair = (member_type.id if member_type else None, collections.get(fold(rule.collection_type)))
            key = (rule.member_type.lower(), fold(rule.collection_type))
            if (None not in pair and pair in have) or key in planned:
                continue  # the library's own rule for the pair stays; SLiMS has one rule per pair
            planned.add(key)
            result.loan_rules.append(rule)


def _as_made(member_type: MemberType) -> bool:
    """The member type is still the starting rule the new library was made with, and nobody holds it:
    the library never chose those terms, so SLiMS's (what it really lends by) take their place."""
    start = next((t for t in DEFAULT_MEMBER_TYPES if t["name"] == member_type.name), None)
    if start is None:
        return False
    made = {name: f.default for name, f in MemberType._meta.fields.items() if name in TYPE_TERMS} | start
    if any(getattr(member_type, name) != value for name, value in made.items() if name != "name"):
        return False
    return not Member.select().where(Member.member_type == member_type.id).exists()


def _terms(terms: dict[str, Any], name: str) -> dict[str, Any]:
    """SLiMS's terms of a type as the notices say them (a term it left unreadable: ours, "-")."""
    return {"type": name, "books": terms.get("loan_limit", "-"), "days": terms.get("loan_days", "-"),
            "renewals": terms.get("renewals", "-"), "fine": terms.get("fine_per_day", "-"),
            "grace": terms.get("grace_days", "-"), "validity": terms.get("validity_days", "-")}


def notices(result: MemberImportPlan, lending: slims_backup_members.Lending,
            types: dict[str, MemberType]) -> list[BadRow]:
    """The notices of the member types and loan rules SLiMS had that the plan does not carry whole."""
    said = []
    made = {name.lower() for name in result.new_member_types}
    adopted = {name.lower() for name in result.adopted_member_types}
    for name, terms in lending.terms.items():
        here = types.get(name.lower())
        inlis = lending.system == "INLISLite"
        if here is None and name.lower() not in made:
            said.append(BadRow(0, INLIS_NOT_MADE if inlis else NOT_MADE, _terms(terms, name)))
        elif here is not None and name.lower() not in adopted and any(
                getattr(here, f) != v for f, v in terms.items()):
            said.append(BadRow(0, INLIS_KEPT_HERE if inlis else KEPT_HERE, _terms(terms, here.name)))
    said += lending.said
    said += [BadRow(0, TYPE_SAME_DAY, {"type": name}) for name in sorted(lending.same_day)
             if name.lower() in made | adopted]
    said += [BadRow(rule.line, SAME_DAY, {"member_type": rule.member_type, "collection_type": rule.collection_type})
             for rule in result.loan_rules if rule.same_day]
    return said + _rule_graces(result, lending, types)


def _rule_graces(result: MemberImportPlan, lending: slims_backup_members.Lending,
                 types: dict[str, MemberType]) -> list[BadRow]:
    """The rules made here whose grace days differ from their member type's (a rule here has none)."""
    lending_rules = [rule for rule in result.loan_rules if rule.terms.get("loanable") and rule.grace is not None]
    said = []
    for rule in lending_rules:
        kind = rule.member_type.lower()
        here = lending.terms.get(rule.member_type, {}).get("grace_days") if (
            kind in {n.lower() for n in (*result.new_member_types, *result.adopted_member_types)}
            or kind not in types) else types[kind].grace_days
        if here is not None and rule.grace != here:
            said.append(BadRow(rule.line, RULE_GRACE, {"member_type": rule.member_type,
                                                       "collection_type": rule.collection_type, "grace": rule.grace,
                                                       "here": here}))
    return said
