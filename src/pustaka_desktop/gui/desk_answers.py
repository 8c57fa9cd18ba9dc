"""What the desk says for each answered scan (a member opened, a book lent or returned, a refusal ...),
in the user's language; widgets/desk_banner.py shows it. The texts keep the translation context of the
page they were written for, "DeskPage", where their Indonesian lives."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ..core.circulation.loans import CheckinResult, CheckoutResult, LoanRefused
from ..core.circulation.member_loans import MemberSummary
from ..core.circulation.refusals import LIMIT_REACHED, MEMBER_EXPIRED, NOT_ON_LOAN, ON_LOAN_OTHER
from ..core.errors import SignInAgain
from ..core.formatting import format_date, format_money
from ..core.store.faults import explain
from .desk_session import LEND, RENEW, RETURN, DeskEvent
from .widgets.desk_member_card import problem_lines
from .widgets.messages import error_text


def refusal_lines(exc: BaseException | None) -> list[str]:
    """Why the desk did not do it, one line each (a loan refusal has a line per reason)."""
    if isinstance(exc, LoanRefused):
        return [p.message(QCoreApplication.translate) for p in exc.problems]
    return [error_text(exc)] if exc is not None else []


def failure_text(exc: BaseException, code: str | None) -> str:
    """A desk job that failed, said like a refusal: the scan it did not do (``code``, None for an undo, a
    receipt ...) and why in words (a full disk, a pulled stick); an unexpected fault names the log, never
    its English text or a traceback."""
    truthful = explain(exc) if isinstance(exc, Exception) else None
    reason = error_text(truthful) if truthful is not None else QCoreApplication.translate(
        "DeskPage", "an unexpected problem (the details are in the log file: Help, About Pustaka).")
    if code is None:
        return QCoreApplication.translate("DeskPage", "Something went wrong: {error}").format(error=reason)
    return QCoreApplication.translate("DeskPage", "Not done: {code}. Scan it again. Reason: {reason}").format(
        code=code, reason=reason)


def _limit_reached(reasons) -> bool:
    return LIMIT_REACHED in reasons


def _overdue_words(summary: MemberSummary) -> str:
    """The red overdue line of the card, short: how many, and the oldest due date (the loans come oldest first)."""
    oldest = next(line.due_on for line in summary.loans if line.days_late > 0)
    return QCoreApplication.translate("DeskPage", "Overdue: {count} book(s), the oldest due {date}.").format(
        count=summary.overdue, date=format_date(oldest))


def _member_answer(event: DeskEvent) -> str:
    """A member opened: who, what stops them borrowing (and at the limit, what the volunteer can do), the
    books overdue and the unpaid fines (said too, not only shown in red on the card, so a screen reader hears
    them) with the key that takes the payment. Said once, when the card is scanned, not after every book."""
    summary = event.summary
    name = summary.member.name if summary else event.code
    if summary is not None and summary.problems:
        text = QCoreApplication.translate("DeskPage", "{name}: cannot borrow now. {problems}").format(
            name=name, problems=" ".join(problem_lines(summary)))
        if any(p.reason == MEMBER_EXPIRED for p in summary.problems):  # the card's button has no keyboard
            text += " " + QCoreApplication.translate("DeskPage", "F5: renew the membership.")
        if _limit_reached(p.reason for p in summary.problems):
            text += " " + QCoreApplication.translate(
                "DeskPage", "To lend more: a book comes back first (F3), or scan the book and a librarian "
                "approves it with F8.")
    elif event.mode == RETURN:  # the desk stays in Return: the books scanned next come back, none is lent
        text = QCoreApplication.translate("DeskPage", "{name} — scan the books that come back (F2 to lend).").format(
            name=name)
    elif event.mode == RENEW:
        text = QCoreApplication.translate("DeskPage", "{name} — scan the books to renew (F2 to lend).").format(
            name=name)
    else:
        text = QCoreApplication.translate("DeskPage", "{name} — scan the books to lend.").format(name=name)
    if summary is not None and summary.overdue:
        text += " " + _overdue_words(summary)
    if summary is None or summary.fines_balance <= 0:
        return text
    if any(p.reason == "fines_unpaid" for p in summary.problems):  # the problem names the amount already
        return text + " " + QCoreApplication.translate("DeskPage", "F6: pay the fine.")
    return text + " " + QCoreApplication.translate("DeskPage", "Unpaid fines: {amount} (F6 to pay).").format(
        amount=format_money(summary.fines_balance))


def _who_pays(event: DeskEvent) -> str:
    """A late book's fine: whose it is and how the payment is taken (a book returned with nobody open left a
    new volunteer holding the money with no idea where it goes)."""
    borrower = event.result.member
    if event.summary is not None and event.summary.member.number == borrower.number:
        return QCoreApplication.translate("DeskPage", "F6: take the payment now, or it stays owed.")
    return QCoreApplication.translate("DeskPage", "The fine is {name}'s ({number}): to take the payment, scan that "
                                                  "card, then F6.").format(name=borrower.name, number=borrower.number)


def _again(result) -> str:
    """The copy just lent, returned or renewed, scanned once more (unsure the first scan worked): nothing done."""
    if isinstance(result, CheckoutResult):
        return QCoreApplication.translate("DeskPage", "Already lent just now: {title}, to {name}, due {date}. Nothing "
                                                      "more to do.").format(title=result.title, name=result.member.name,
                                                                            date=format_date(result.due_on))
    if isinstance(result, CheckinResult):
        return QCoreApplication.translate("DeskPage", "Already returned just now: {title}. Nothing more to do.").format(
            title=result.title)
    return QCoreApplication.translate("DeskPage", "Already renewed just now: {title}, due {date}. Scan it again only "
                                                  "to renew it once more.").format(title=result.title,
                                                                                   date=format_date(result.due_on))


def answer_text(event: DeskEvent) -> str:
    """The banner's words for one event of the desk session."""
    if event.kind == "again":
        return _again(event.result)
    if event.kind in ("refused", "error"):
        lines = refusal_lines(event.error)
        head = (QCoreApplication.translate("DeskPage", "NOT DONE") if event.kind == "refused"
                else QCoreApplication.translate("DeskPage", "Cannot do that"))
        text = head + ": " + "\n".join(lines)
        if event.overridable:
            text += "\n" + QCoreApplication.translate("DeskPage", "A librarian can approve it: press F8.")
        if isinstance(event.error, SignInAgain) and event.code:  # which book to scan again once signed in
            text += "\n" + QCoreApplication.translate("DeskPage", "Scan {code} again after signing in.").format(
                code=event.code)
        if event.mode == LEND and event.summary is None and isinstance(event.error, LoanRefused) \
                and NOT_ON_LOAN in event.error.reasons:  # the book before the card: taken for a return
            text += "\n" + QCoreApplication.translate(
                "DeskPage", "To lend it: scan the member's card first, then this book.")
        if event.mode == LEND and isinstance(event.error, LoanRefused) and ON_LOAN_OTHER in event.error.reasons:
            text += "\n" + QCoreApplication.translate(  # the keys that do what the refusal asks
                "DeskPage", "To do so: F3, scan this book, then F2 and scan it again.")
        if event.mode == LEND and isinstance(event.error, LoanRefused) and _limit_reached(event.error.reasons):
            text += "\n" + QCoreApplication.translate(
                "DeskPage", "Or a book comes back first: F3, scan it, then F2 to lend.")
        return text
    if event.kind == "member":
        return _member_answer(event)
    if event.kind == "noted":
        return QCoreApplication.translate("DeskPage", "Kept with the loan, why it was allowed: “{note}”.").format(
            note=event.result)
    result = event.result
    if event.kind == "membership":
        name = event.summary.member.name if event.summary else event.code
        return QCoreApplication.translate("DeskPage", "Membership of {name} renewed until {date}.").format(
            name=name, date=format_date(result))
    if event.kind == "paid":
        name = event.summary.member.name if event.summary else event.code
        owed = event.summary.fines_balance if event.summary else 0
        return QCoreApplication.translate("DeskPage", "Paid: {amount} from {name}. Still owed: {owed}.").format(
            amount=format_money(result.amount), name=name, owed=format_money(owed))
    text = QCoreApplication.translate("Circulation", result.message).format(**result.params)
    if event.kind == "undo" and result.params.get("name"):
        text += "\n" + QCoreApplication.translate("DeskPage", "{barcode} — {name} ({number})").format(**result.params)
    if event.kind == "return" and result.hold is not None:
        hold = result.hold
        waiting = QCoreApplication.translate("DeskPage", "Waiting: {name} ({number}), keep it until {date}.")
        text += "\n" + waiting.format(name=hold.member_name, number=hold.member_number,
                                      date=format_date(hold.ready_until))
    if event.kind in ("return", "renew") and result.fine > 0:  # a late renewal charges the fine so far too
        text += "\n" + _who_pays(event)
    if event.kind in ("lend", "renew") and getattr(result, "overridden_by", ""):
        text += "\n" + QCoreApplication.translate("DeskPage", "Approved by {librarian}.").format(
            librarian=result.overridden_by)
    return text
