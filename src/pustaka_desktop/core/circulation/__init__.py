"""Circulation at the desk: loans, returns and renewals under the library's rules.

- ``loan_rules``  the rules matrix and its precedence (written at the top of the module)
- ``holidays``    the open-day calendar that due dates and fines count on
- ``fines``       the fines ledger
- ``holds``       reservations and the hold shelf
- ``loans``       check-out, check-in, renew, overrides
- ``lost_loans``  a book lost on loan: the loan closed, the copy lost, its price charged
- ``refusals``    why the desk says no: reason codes, which may be overridden, ``LoanRefused``
- ``desk_reads``  the copy, member and open loan a scan needs, one SQL statement each
- ``desk_undo``   the last desk actions of this PC, and taking the last one back
- ``desk_lookup`` what was typed into the scan box; the undo named for its question
- ``member_loans`` what a member has out: the desk's member summary, the loan history
- ``overdue``     the overdue list and the reminder text
- ``reminders``   reminders that reach people: WhatsApp links and QR codes (overdue, hold shelf)
- ``reentry``     a loan or return a restored backup lost, put back with its original dates
- ``patron``      patron self-service for the web catalogue (own renewals and holds, door sign-in)

May import: ``core.store``, ``core.catalog``, ``core.community`` (members), the top-level core modules.
"""
