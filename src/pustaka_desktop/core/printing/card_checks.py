"""What the librarian should know before a stack of member cards goes to the printer, said in the preview and by
``pustaka-cli cards``: the cards left out because their number cannot be a barcode (a number an old system or a
hand-kept list made too long for the card), and the cards that would print a membership already run out (SLiMS
and INLISLite bring expired members in as they were: a new card with last year's date helps nobody; renew first,
F5 at the desk)."""

from __future__ import annotations

from ..formatting import format_number
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store.clock import local_today
from ..store.models import Member
from .cards import barcode_problem
from .layout import Translate, no_translation

LISTED = 10  # numbers named in one line; the rest counted

NOT_PRINTED = QT_TRANSLATE_NOOP("Printing", "Not printed ({count}), the card number cannot be a barcode: {numbers}")
EXPIRED = QT_TRANSLATE_NOOP("Printing", "{count} of these cards show a membership that has run out (renew it first, F5 "
                                        "at the desk): {numbers}")
AND_MORE = QT_TRANSLATE_NOOP("Printing", "and {count} more")


def _listed(parts: list[str], translate: Translate) -> str:
    shown = ", ".join(parts[:LISTED])
    if len(parts) > LISTED:
        shown += ", " + translate("Printing", AND_MORE).format(count=format_number(len(parts) - LISTED))
    return shown


def card_notes(lib: Library, members: list[Member], translate: Translate = no_translation) -> list[str]:
    """The lines to show under a card run's preview (or on the command line's error output); [] when all is well."""
    lines = []
    problems = [(m.number, barcode_problem(m.number)) for m in members]
    left_out = [f"{number} ({problem.message(translate)})" for number, problem in problems if problem is not None]
    if left_out:
        lines.append(translate("Printing", NOT_PRINTED).format(count=format_number(len(left_out)),
                                                               numbers=_listed(left_out, translate)))
    today = local_today(lib.clock)
    expired = [f"{m.number} ({m.expires_on:%d-%m-%Y})" for m in members if m.expires_on < today]
    if expired:
        lines.append(translate("Printing", EXPIRED).format(count=format_number(len(expired)),
                                                           numbers=_listed(expired, translate)))
    return lines
