"""Why the rules were set aside: a line written after a librarian's override at the desk.

An override is recorded with the rules that said no and the librarian who let it through
(``loans``: the audit line ``circulation.override``); what made her say yes (the card not printed yet, a
teacher borrowing for her class, a fine to be paid on Friday) was in nobody's notes. Whoever is at the desk may
write it just after, for the loan it was about: an audit line ``circulation.override_note`` that the audit log
and the copy's history show beside the override. It is optional: a queue at the desk comes first.
"""

from __future__ import annotations

from .. import auth
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store.models import AuditLog, Loan, Staff

MAX_LENGTH = 300  # characters: a sentence or two, not a letter
ACTION = "circulation.override_note"


def note_override(lib: Library, by: Staff, loan_uid: str, note: str) -> str:
    """Write why the override of the loan ``loan_uid`` was allowed; returns the note as kept (spaces tidied,
    at most ``MAX_LENGTH`` characters). Refused: an empty note, a loan that had no override."""
    auth.require(by, "circulation.checkout")
    text = " ".join((note or "").split())[:MAX_LENGTH]
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Write why it was allowed, or close the box."))
    overridden = (AuditLog.select().where((AuditLog.action == "circulation.override") & (AuditLog.entity == "loan")
                                          & (AuditLog.entity_uid == loan_uid)).exists()
                  and Loan.select().where(Loan.uid == loan_uid).exists())
    if not overridden:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This loan had no librarian's override to explain."))
    auth.audit(lib, by, ACTION, "loan", loan_uid, note=text)
    return text
