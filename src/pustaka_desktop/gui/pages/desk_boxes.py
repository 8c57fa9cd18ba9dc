"""The boxes the desk opens over its scan box, and what their answers queue: the Yes/No questions (undo,
a librarian's override, renewing a membership), the librarian's PIN, the payment of fines (F6), reserving a
title (F7), the pick list when a typed name matches several members, and a copy's history (Ctrl+H).

A USB scanner types wherever the keyboard is: a card or book scanned into an open box answers nothing there,
the desk says what was not done and serves the scan as the next one (``DeskQuestion``, ``SCANNED``). The
texts keep the translation context of the page they were written in, "DeskPage".
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit

from ...core.circulation import desk_lookup
from ...core.formatting import format_date
from ..desk_answers import refusal_lines
from ..desk_session import DeskEvent
from ..widgets.copy_history_dialog import ask_and_show
from ..widgets.desk_question import SCANNED, DeskQuestion
from ..widgets.member_picker import MemberPicker

translate = QCoreApplication.translate


class DeskBoxes:
    """Part of ``DeskPage`` (its first base class): uses the page's ``ctx``, ``worker``, ``session``,
    ``summary``, ``mode``, ``last_refusal``, ``last_override``, ``last_copy``, its banner, buttons and scan box,
    and keeps each open box in ``question``, ``payment_dialog``, ``reserve_dialog`` or ``picker``."""

    def _ask(self, title: str, text: str, on_yes, not_done: str) -> None:
        """A Yes/No at the desk: ``on_yes`` runs on a deliberate Yes only. A scan typed into the box answers
        nothing: ``not_done`` is said, and the scan goes on as the next one (``DeskQuestion``)."""
        if self.question is None:
            self._open_box("question", DeskQuestion(title, text, self), on_yes, not_done)

    def _open_box(self, name: str, dialog, on_accepted, not_done: str = "", said_on_cancel: bool = False) -> None:
        """A box the desk opens (a question, the payment, F7, the pick list), kept as ``self.<name>`` while it is
        open. Accepted, ``on_accepted`` runs. A scan typed into it does nothing there (``SCANNED``): ``not_done``
        is said (also on a cancel, with ``said_on_cancel``) and the scan is served as the next one; the keyboard
        goes back to the scan box."""
        setattr(self, name, dialog)

        def finished(result: int) -> None:
            setattr(self, name, None)
            dialog.deleteLater()
            if result == QDialog.DialogCode.Accepted:
                on_accepted()
            elif not_done and (result == SCANNED or said_on_cancel):
                self._note(not_done)
            if result == SCANNED:
                self.submit_scan(dialog.scanned_code)
            self.scan_box.setFocus()

        dialog.finished.connect(finished)
        dialog.open()

    def undo_last(self) -> None:
        if not self.ctx.allowed("circulation.undo"):
            # a volunteer's Ctrl+Z did nothing at all: say what they can do about a book lent by mistake
            self.result.show_answer(translate(
                "DeskPage", "Only a librarian can undo. A book lent by mistake: press F3 and scan it (it is returned), "
                "then F2 to go on lending."), "neutral")
            return
        preview = desk_lookup.describe_undo(self.ctx.lib)
        if preview is None:
            self.result.show_answer(translate("DeskPage", "There is nothing to undo."), "neutral")
            return
        question = translate("Circulation", preview.message).format(**preview.params)
        self._ask(translate("DeskPage", "Undo"), question, lambda: self.worker.submit(self.session.undo),
                  translate("DeskPage", "Nothing undone: a scan came while the question was open."))

    def copy_history(self) -> None:
        """Ctrl+H: a copy's loans and status changes ("I returned it!"). The barcode is asked in a box of its own,
        the last copy scanned filled in: scanned into the desk's box, the book would be lent or returned."""
        ask_and_show(self.ctx, self, self.last_copy)
        self.scan_box.setFocus()

    def renew_membership(self) -> None:
        summary = self.summary
        if summary is None or not self.ctx.allowed("members.renew"):
            return
        member = summary.member
        self._ask(translate("DeskPage", "Renew membership"),
                  translate("DeskPage", "Renew the membership of {name} ({number})? It now ends on {date}.").format(
                      name=member.name, number=member.number, date=format_date(member.expires_on)),
                  lambda: self.worker.submit(self.session.renew_membership, member.number),
                  translate("DeskPage", "Membership of {name} not renewed.").format(name=member.name))

    def pay_fine(self) -> None:
        """F6: the open member pays (part of) their fines; the amount asked defaults to all they owe."""
        summary = self.summary
        if summary is None or not self.ctx.allowed("fines.pay") or self.payment_dialog is not None:
            return
        member, owed = summary.member, summary.fines_balance
        if owed <= 0:
            self.result.show_answer(translate("DeskPage", "{name} owes no fines.").format(name=member.name),
                                    "neutral")
            return
        from ..widgets.desk_payment import PaymentDialog

        dialog = PaymentDialog(self.ctx.lib, member.name, owed, self)
        # cancelled, the desk left, or a card scanned into it: said, never silently dropped
        self._open_box("payment_dialog", dialog,
                       lambda: self.worker.submit(self.session.pay_fine, member.number, dialog.amount),
                       translate("DeskPage", "No payment recorded for {name}.").format(name=member.name),
                       said_on_cancel=True)

    def reserve_title(self) -> None:
        """F7: find a title in the catalogue and put the open member in its queue."""
        summary = self.summary
        if summary is None or not self.ctx.allowed("circulation.hold"):
            return
        from ..widgets.reserve_dialog import ReserveTitleDialog

        dialog = ReserveTitleDialog(self.ctx, summary.member.number, summary.member.name, self)
        self._open_box("reserve_dialog", dialog, lambda: self.result.show_answer(
            dialog.result_text(), "hold" if dialog.placed and dialog.placed.ready else "ok"),
            translate("DeskPage", "Nothing reserved for {name}.").format(name=summary.member.name))

    def _pick_member(self, lookup: desk_lookup.Lookup) -> None:
        picker = MemberPicker(self.ctx.lib, lookup, self)

        def serve_chosen() -> None:
            if picker.chosen:
                self.open_member(picker.chosen)

        self._open_box("picker", picker, serve_chosen)

    def show_override_button(self, event: DeskEvent) -> None:
        """F8's button after each answer: after a refusal a librarian may override, the override; just after an
        override let a loan or a renewal through, the question why (optional: the queue comes first)."""
        self.last_refusal = event if event.overridable else None
        let_through = event.kind in ("lend", "renew") and bool(getattr(event.result, "overridden_by", ""))
        self.last_override = event if let_through else None
        if event.overridable:
            self.override_button.setText(translate("DeskPage", "F8  Librarian override…"))
            self.override_button.setAccessibleName(translate("DeskPage", "Librarian override"))
        elif let_through:
            self.override_button.setText(translate("DeskPage", "F8  Why was it allowed?…"))
            self.override_button.setAccessibleName(translate("DeskPage", "Write why the override was allowed"))
        self.override_button.setVisible(event.overridable or let_through)

    def request_override(self) -> None:
        event = self.last_refusal
        if event is None and self.last_override is not None:
            self._ask_why(self.last_override)
            return
        if event is None or not event.overridable or event.request is None:
            return
        reasons = "\n".join(refusal_lines(event.error))
        if self.ctx.allowed("circulation.override"):
            self._ask(translate("DeskPage", "Librarian override"),
                      translate("DeskPage", "Go ahead despite:\n{reasons}").format(reasons=reasons),
                      lambda: self._override(event, None),
                      translate("DeskPage", "Not approved: a scan came while the override question was open."))
            return
        pin, ok = QInputDialog.getText(
            self, translate("DeskPage", "Librarian override"),
            translate("DeskPage", "{reasons}\n\nA librarian may approve this. Librarian's PIN:").format(
                reasons=reasons),
            QLineEdit.EchoMode.Password)
        if not ok or not pin.strip():
            self.scan_box.setFocus()
            return
        self._override(event, pin.strip())

    def _ask_why(self, event: DeskEvent) -> None:
        """F8 just after an override: why it was allowed, one line kept with the loan (``override_notes``). A card or
        a book scanned into the box is served as that scan, never kept as the reason (``DeskSession.note_override``)."""
        text, ok = QInputDialog.getText(
            self, translate("DeskPage", "Why was it allowed?"),
            translate("DeskPage", "Why did the librarian allow it? For example: the new card is not printed yet.\n"
                                  "It is kept with the loan, in the copy's history and the audit log."))
        self.scan_box.setFocus()
        if not ok or not text.strip():
            return
        self.last_override = None
        self.override_button.hide()
        self.worker.submit(self.session.note_override, event.result.loan.uid, text, self.mode)

    def _override(self, event: DeskEvent, pin: str | None) -> None:
        self.last_refusal = None
        self.override_button.hide()
        # the mode goes along: a card or book scanned into the PIN box is served as a scan (DeskSession.override)
        self.worker.submit(self.session.override, event.request, pin, self.mode)
        self.scan_box.setFocus()
