"""Why the desk says no: the reason codes, which of them a librarian may override, and the refusal
(``LoanRefused``) that lists every rule that said no. ``loans`` raises it; the desk, the CLI and the
patrons' web pages read it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..errors import Refused, render
from ..i18n import QT_TRANSLATE_NOOP

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


def problem(reason: str, template: str, **params: Any) -> Problem:
    return Problem(reason, template, params)


def refuse(reason: str, template: str, **params: Any) -> LoanRefused:
    return LoanRefused([problem(reason, template, **params)])


def not_on_loan(barcode: str, title: str) -> LoanRefused:
    """The copy has no open loan to return, renew or declare lost."""
    return refuse(NOT_ON_LOAN, QT_TRANSLATE_NOOP("Errors", "Copy {barcode} ({title}) is not on loan."),
                  barcode=barcode, title=title)
