"""What a members import from a SLiMS backup cannot carry of how that library lent, said (issue #12: nothing
disappears unsaid). ``member_import`` makes the member types the members hold, adopts SLiMS's terms for the starting
types and makes SLiMS's loan rules; this names the rest:

- a member type of SLiMS that no member of the backup holds (it is not made here: nobody to lend to yet);
- a member type the library here set up or already uses, which keeps its own terms where SLiMS's differ;
- a loan rule's grace days (``grace_periode``), where they differ from its member type's: grace here is the member
  type's, a loan rule has none.
"""

from __future__ import annotations

from typing import Any

from ..i18n import QT_TRANSLATE_NOOP
from ..store.models import MemberType
from . import slims_backup_members
from .member_plan import MemberImportPlan
from .types import BadRow

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
        if here is None and name.lower() not in made:
            said.append(BadRow(0, NOT_MADE, _terms(terms, name)))
        elif here is not None and name.lower() not in adopted and any(
                getattr(here, f) != v for f, v in terms.items()):
            said.append(BadRow(0, KEPT_HERE, _terms(terms, here.name)))
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
