"""A SLiMS database backup's members, each as SLiMS's members CSV export writes it, and how its library lent: each
member type's loan terms and its loan rules (``member_import`` reads them so; ``slims_lending`` says what of them
cannot come in). The dump itself is read by ``slims_backup``."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..i18n import QT_TRANSLATE_NOOP
from ..jobs import Cancel
from .sheet_values import NOTHING
from .slims_backup import check_whole, dump_of, missing_tables, rows_of, step, text_of, unreadable_row
from .types import BadRow

# a SLiMS member type's loan terms -> ours (MemberType), with the least each may be
_TERMS = {"loan_limit": ("loan_limit", 0), "loan_periode": ("loan_days", 1), "reborrow_limit": ("renewals", 0),
          "fine_each_day": ("fine_per_day", 0), "grace_periode": ("grace_days", 0),
          "reserve_limit": ("reservation_limit", 0), "member_periode": ("validity_days", 1)}


def _terms(f: dict[str, Any]) -> dict[str, Any]:
    """What SLiMS lends a member type (how many books, how long, the fine a day...), as our member
    type's fields; a value that is not a whole number within reason is left to our default."""
    out: dict[str, Any] = {}
    for theirs, (ours, least) in _TERMS.items():
        try:
            value = int(float(text_of(f.get(theirs))))
        except (ValueError, OverflowError):  # not a number, or "inf"
            continue
        if least <= value <= 100_000:
            out[ours] = value
    if text_of(f.get("enable_reserve")) in ("0", "1"):
        out["reservations"] = text_of(f.get("enable_reserve")) == "1"
    return out


@dataclass
class SlimsRule:
    """One of SLiMS's loan rules (``mst_loan_rules``): what a member type borrows of a collection type,
    in place of its member type's terms (SLiMS takes the rule's terms whole, zeros too)."""

    line: int
    member_type: str
    collection_type: str
    terms: dict[str, Any]  # our LoanRule's fields
    gmd: str = ""  # a rule for a GMD (SLiMS's material): rules here are per collection type only
    grace: int | None = None  # its days of grace before a fine, which a rule here has not (its member type's)
    same_day: bool = False  # lent for the day only (0 days: due the day lent), which no loan here is: one day


@dataclass
class Lending:
    """How the backup's library lends: each member type's terms (by name) and its loan rules."""

    terms: dict[str, dict[str, Any]] = field(default_factory=dict)
    same_day: set[str] = field(default_factory=set)  # member types that lent for the day only (lent 1 day here)
    rules: list[SlimsRule | BadRow] = field(default_factory=list)
    system: str = "SLiMS"  # whose backup: "INLISLite" (``inlislite_backup_members``) has no loan rules
    said: list[BadRow] = field(default_factory=list)  # what of the types' terms cannot come in


_RULE_TERMS = ("loan_days", "renewals", "fine_per_day")


def _rule(number: int, f: dict[str, Any], types: dict[str, str], collections: dict[str, str],
          gmds: dict[str, str]) -> SlimsRule | BadRow:
    member_type = types.get(text_of(f.get("member_type_id")), "")
    if not member_type:
        return BadRow(number, QT_TRANSLATE_NOOP(
            "Import", "A loan rule of the backup names a member type it does not have; the rule is left out."))
    theirs = _terms(f)
    terms = {name: theirs[name] for name in _RULE_TERMS if name in theirs}
    limit = theirs.get("loan_limit")
    terms["loanable"] = limit != 0  # SLiMS lends nothing under a rule that allows 0 books
    if limit:
        terms["loan_limit"] = limit
    same_day = _same_day(f)
    if same_day:
        terms["loan_days"] = 1  # (the nearest a loan here comes: due the next day, said)
    return SlimsRule(number, member_type, collections.get(text_of(f.get("coll_type_id")), ""), terms,
                     gmds.get(text_of(f.get("gmd_id")), ""), theirs.get("grace_days"), same_day)


def _same_day(f: dict[str, Any]) -> bool:
    """A member type or loan rule of SLiMS that lends for the day only: its due date is the day lent, plus 0 days."""
    return _number(f.get("loan_limit")) != 0 and _number(f.get("loan_periode")) == 0


def _number(value: Any) -> float | None:
    try:
        return float(text_of(value))
    except (ValueError, OverflowError):
        return None


def read_members(path: str | Path, columns: tuple[str, ...], cancel: Cancel | None = None,
                 lending: Lending | None = None,
                 database: str | None = None) -> Iterator[tuple[int, dict[str, str] | BadRow]]:
    """The members of the backup, each as SLiMS's members CSV export writes it (``columns``: its
    columns; the member type by name), for ``member_import``. Passwords are never read. ``lending``
    (when given) is filled with the member types' terms and the loan rules before the first member.
    A notice naming the tables the backup lacks comes first, as (0, BadRow)."""
    dump = dump_of(path, database)
    missing = missing_tables(dump, "member", {"mst_member_type"})
    types: dict[str, str] = {}
    names_of: dict[str, dict[str, str]] = {"mst_coll_type": {}, "mst_gmd": {}}
    rule_rows: list[tuple[int, dict[str, Any]]] = []
    seen: set[str] = set()
    for number, table, names, row in rows_of(dump, {"mst_member_type", "mst_coll_type", "mst_gmd",
                                                         "mst_loan_rules"}, seen):
        if not row or len(names) != len(row):
            continue
        f = dict(zip(names, row, strict=True))
        if table == "mst_member_type":
            types[text_of(f.get("member_type_id"))] = text_of(f.get("member_type_name"))
            if lending is not None:
                name, terms = text_of(f.get("member_type_name")), _terms(f)
                if _same_day(f):
                    terms["loan_days"] = 1  # (as a loan rule's: the nearest a loan here comes, said)
                    lending.same_day.add(name)
                lending.terms[name] = terms
        elif table == "mst_loan_rules":
            rule_rows.append((number, f))
        else:
            key = "coll_type" if table == "mst_coll_type" else "gmd"
            names_of[table][text_of(f.get(f"{key}_id"))] = text_of(f.get(f"{key}_name"))
    check_whole(dump.path, seen, {"member", "mst_member_type"})
    if lending is not None:
        lending.rules = [_rule(number, f, types, names_of["mst_coll_type"], names_of["mst_gmd"])
                         for number, f in rule_rows]
    if missing is not None:
        yield 0, missing
    for count, (number, _table, names, row) in enumerate(rows_of(dump, {"member"}), start=1):
        step(count, 1, None, cancel)
        if len(names) != len(row) or "member_id" not in names:
            yield number, unreadable_row(number, names, row)
            continue
        f = dict(zip(names, row, strict=True))
        fields = {c: text_of(f.get(c)) for c in columns}
        fields["member_type_name"] = types.get(text_of(f.get("member_type_id")), "")
        mail = text_of(f.get("member_mail_address"))  # (SLiMS's Mailing Address, which its CSV export leaves out)
        if mail not in NOTHING and mail.casefold() != fields.get("member_address", "").casefold():
            fields["member_notes"] = "\n".join(filter(None, (fields.get("member_notes"), f"{MAIL_LABEL}: {mail}")))
        if text_of(f.get("is_pending")) == "1":  # (SLiMS's Pending Membership: lent nothing)
            fields[PENDING] = "1"
        yield number, fields


# a member SLiMS held pending (``member_import`` makes a new one blocked, saying why)
PENDING = "_pending"
# the label of a member's mailing address in the notes (in Indonesian, as ``member_values`` labels what it keeps)
MAIL_LABEL = "Alamat surat"
