"""Circulation at the desk: loans, returns and renewals under the library's rules.

- ``loan_rules``  the rules matrix and its precedence (written at the top of the module)
- ``holidays``    the open-day calendar that due dates and fines count on
- ``fines``       the fines ledger
- ``holds``       reservations and the hold shelf
- ``loans``       check-out, check-in, renew, overrides, undo
- ``member_loans`` what a member has out: the desk's member summary, the loan history
- ``overdue``     the overdue list and the reminder text
- ``patron``      patron self-service for the web catalogue (own renewals and holds, door sign-in)

May import: ``core.store``, ``core.catalog``, ``core.community`` (members), the top-level core modules.
"""
