"""What one scan at the desk means, worked out on the desk's worker thread (no Qt here).

The session remembers the member whose card was scanned last, so a card followed at once by books
lends the books to that member even while earlier scans are still being processed: the worker takes
scans strictly in order. Every call returns a ``DeskEvent`` for the page to show; the core does the
work (``core.circulation``), this class only picks which core call a scan is.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..core import auth
from ..core.circulation import desk_lookup, desk_reads, desk_undo, fines, holds, member_loans, override_notes
from ..core.circulation import loans as circulation
from ..core.circulation.loans import LoanRefused
from ..core.circulation.member_loans import MemberSummary
from ..core.community import members
from ..core.errors import PustakaError
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.service import Library
from ..core.store.faults import explain, retry_busy
from ..core.store.models import Staff

LEND, RETURN, RENEW = "lend", "return", "renew"
RECEIPT_NOT_SAVED = QT_TRANSLATE_NOOP("Errors", "The receipt could not be saved in {path}. The loans are recorded; "
                                                "ask the librarian to look at that folder, then press F9 again.")
MODES = (LEND, RETURN, RENEW)


@dataclass
class DeskEvent:
    kind: str  # member | choose | lend | return | renew | membership | paid | refused | error | cleared | undo
    # | receipt | refreshed | again (the copy just lent, returned or renewed, scanned once more: nothing done)
    # | noted (why an override was allowed: the note kept)
    code: str = ""  # the scanned code
    mode: str = LEND
    result: Any = None  # the core's result (CheckoutResult, CheckinResult, RenewResult, UndoResult, paid: FineEntry)
    error: PustakaError | None = None
    summary: MemberSummary | None = None  # the member now open at the desk (None: nobody)
    request: tuple[str, str, str] | None = None  # (action, member number, barcode) an override can retry
    overridable: bool = False
    lookup: desk_lookup.Lookup | None = None  # kind choose: the members the typed text matched
    # a card or label came into a box the desk opened: "pin" (the librarian's PIN) or "why" (why an override was
    # allowed); served as this scan, nothing else done
    scanned_into: str = ""

    @property
    def tone(self) -> str:
        """Which sound and colour: ok, refused, hold (a returned copy is reserved), neutral."""
        if self.kind in ("refused", "error"):
            return "refused"
        if self.kind == "return" and getattr(self.result, "hold", None) is not None:
            return "hold"
        if self.kind == "member" and self.summary is not None and self.summary.problems:
            return "refused"
        if self.kind in ("cleared", "refreshed", "choose", "again", "noted"):
            return "neutral"
        return "ok"


class DeskSession:
    def __init__(self, lib: Library, by: Staff) -> None:
        self.lib = lib
        self.by = by
        self.member_number: str | None = None
        # (action, CODE, result) of the scan answered last when it lent, returned or renewed a copy: the same copy
        # scanned straight after is a double scan (a volunteer unsure the first one worked), not a second renewal
        self.just_done: tuple[str, str, Any] | None = None
        # told (attempt number) while another job (an import, a bundle) holds the database and the scan
        # waits to try again; the page shows "waiting..." (core.store.faults.retry_busy)
        self.on_busy: Callable[[int], Any] | None = None

    # -- helpers ----------------------------------------------------------------------------------

    def _summary(self) -> MemberSummary | None:
        if self.member_number is None:
            return None
        try:
            return member_loans.member_summary(self.lib, self.member_number)
        except PustakaError:
            self.member_number = None
            return None

    def _refused(self, exc: PustakaError, code: str, mode: str, request: tuple[str, str, str] | None) -> DeskEvent:
        overridable = isinstance(exc, LoanRefused) and exc.overridable and request is not None
        return DeskEvent("refused" if isinstance(exc, LoanRefused) else "error", code, mode, error=exc,
                         summary=self._summary(), request=request if overridable else None,
                         overridable=overridable)

    # -- what the page asks for -------------------------------------------------------------------

    def scan(self, code: str, mode: str = LEND, book_drop: bool = False) -> DeskEvent:
        """One scanned code: a member card opens the member; a copy is lent (member open, Lend),
        returned (no member open, or Return mode) or renewed (Renew mode). ``book_drop`` (Return mode, F3 once
        more): the returned copy came out of the book drop (``circulation.checkin``)."""
        previous, self.just_done = self.just_done, None
        found = desk_lookup.look_up(self.lib, code, can_catalogue=auth.allowed(self.by, "catalog.edit"))
        code = found.code  # as the label means it: an old Code 39 label's *B00012* is B00012
        if found.kind == desk_lookup.MEMBER:
            self.member_number = found.member_number
            return DeskEvent("member", code, mode, summary=self._summary())
        if found.kind == desk_lookup.SEARCH:  # a name, phone or NIK: the page shows a pick list
            return DeskEvent("choose", code, mode, summary=self._summary(), lookup=found)
        if found.kind == desk_lookup.UNKNOWN:
            return DeskEvent("refused", code, mode, error=found.refusal(), summary=self._summary())
        action = RENEW if mode == RENEW else LEND if mode == LEND and self.member_number is not None else RETURN
        if previous is not None and previous[:2] == (action, code.upper()):  # a third scan acts again
            return DeskEvent("again", code, mode, result=previous[2], summary=self._summary())
        return self._run(action, code, mode, book_drop=book_drop and action == RETURN)

    def _run(self, action: str, code: str, mode: str, pin: str | None = None, override: bool = False,
             member_number: str | None = None, book_drop: bool = False) -> DeskEvent:
        member = member_number or self.member_number or ""
        request = (action, member, code)
        def work():
            if action == LEND:
                return circulation.checkout(self.lib, self.by, member, code, override_pin=pin, override=override)
            if action == RENEW:
                return circulation.renew(self.lib, self.by, code, override_pin=pin, override=override)
            return circulation.checkin(self.lib, self.by, code, book_drop=book_drop)

        try:
            result = retry_busy(work, self.on_busy)
        except PustakaError as exc:
            return self._refused(exc, code, mode, request)
        self.just_done = (action, code.upper(), result)
        return DeskEvent(action, code, mode, result=result, summary=self._summary())

    def override(self, request: tuple[str, str, str], pin: str | None, mode: str = LEND) -> DeskEvent:
        """Retry a refused action with a librarian's approval: their PIN, or (``pin`` None) the
        acting librarian's own right to override. A "PIN" that is no librarian's PIN but a member card or a
        copy's label read exactly was scanned into the PIN box: nothing is approved and it is served as the
        scan it is (in ``mode``), not lost, and not counted as a wrong PIN (a few would have locked the PIN box
        for everyone). A librarian's PIN that happens to read like a card stays a PIN."""
        action, member, code = request
        if pin is None:
            auth.require(self.by, "circulation.override")
        elif desk_reads.identify(self.lib, pin, exact=True) and not auth.is_librarian_pin(pin):
            return self._scanned_into("pin", pin, mode)
        return self._run(action, code, action, pin=pin, override=pin is None, member_number=member or None)

    def note_override(self, loan_uid: str, text: str, mode: str = LEND) -> DeskEvent:
        """Why a librarian's override was allowed, kept with its loan (``override_notes``). A member card or a copy's
        label read exactly was scanned into the box: nothing is written, and it is served as the scan it is."""
        if desk_reads.identify(self.lib, text.strip(), exact=True):
            return self._scanned_into("why", text.strip(), mode)
        try:
            kept = override_notes.note_override(self.lib, self.by, loan_uid, text)
        except PustakaError as exc:
            return DeskEvent("error", text, mode, error=exc, summary=self._summary())
        return DeskEvent("noted", text, mode, result=kept, summary=self._summary())

    def _scanned_into(self, box: str, code: str, mode: str) -> DeskEvent:
        """A card or a copy's label read exactly, typed by the scanner into the desk's ``box``: served as the scan."""
        event = self.scan(code, mode)
        event.scanned_into = box
        return event

    def open_member(self, number: str) -> DeskEvent:
        """Open a member picked from the search list (or sent from the Members page)."""
        self.just_done = None
        try:
            member = desk_reads.find_member(self.lib, number)
        except PustakaError as exc:
            return self._refused(exc, number, LEND, None)
        self.member_number = member.number
        return DeskEvent("member", number, LEND, summary=self._summary())

    def renew_membership(self, number: str) -> DeskEvent:
        """Extend the open member's membership by one period of their member type."""
        try:
            member = members.get_member(self.lib, number)
            expires = members.renew_membership(self.lib, self.by, member)
        except PustakaError as exc:
            return DeskEvent("error", number, LEND, error=exc, summary=self._summary())
        return DeskEvent("membership", number, LEND, result=expires, summary=self._summary())

    def pay_fine(self, number: str, amount: int) -> DeskEvent:
        """A payment of the open member's fines (any staff may take one; the ledger names who did)."""
        try:
            member = members.get_member(self.lib, number)
            entry = retry_busy(lambda: fines.pay(self.lib, self.by, member, amount), self.on_busy)
        except PustakaError as exc:
            return DeskEvent("error", number, LEND, error=exc, summary=self._summary())
        return DeskEvent("paid", number, LEND, result=entry, summary=self._summary())

    def save_receipt(self, results: list) -> DeskEvent:
        """The visit's receipt as a PDF in the receipts folder, in turn with the scans (no box asks where: a
        scan typed into a file dialog became the file's name, and the card was lost)."""
        from ..core.printing.receipt import receipts_dir, save_receipt

        try:
            path = save_receipt(self.lib, results)
        except (OSError, PustakaError) as exc:
            folder = str(receipts_dir(self.lib))
            error = explain(exc, folder) or PustakaError(RECEIPT_NOT_SAVED, path=folder)
            return DeskEvent("error", folder, LEND, error=error, summary=self._summary())
        return DeskEvent("receipt", str(path), LEND, result=str(path), summary=self._summary())

    def undo(self) -> DeskEvent:
        self.just_done = None
        try:
            result = desk_undo.undo_last(self.lib, self.by)
        except PustakaError as exc:
            return DeskEvent("error", "", LEND, error=exc, summary=self._summary())
        return DeskEvent("undo", "", LEND, result=result, summary=self._summary())

    def clear(self) -> DeskEvent:
        self.just_done = None
        self.member_number = None
        return DeskEvent("cleared")

    def expire_holds(self) -> DeskEvent:
        """Reserved copies whose pick-up day passed go to the next member in line (run when the desk opens)."""
        holds.expire_holds(self.lib, self.by)
        return DeskEvent("refreshed", summary=self._summary())

    def refresh(self) -> DeskEvent:
        return DeskEvent("refreshed", summary=self._summary())
