"""What the librarian should know before a stack of member cards goes to the printer, said in the preview and by
``pustaka-cli cards``: the cards left out because their number cannot be a barcode (a number an old system or a
hand-kept list made too long for the card), and the cards that would print a membership already run out (SLiMS
and INLISLite bring expired members in as they were: a new card with last year's date helps nobody; renew first,
F5 at the desk), or, for the choices of valid members only (``imported``, ``all``), how many were not included."""

from __future__ import annotations

from ..formatting import format_number
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store.clock import local_today
from ..store.models import Member
from .cards import barcode_problem
from .layout import Translate, no_translation
from .moved_in import imported_member_ids

LISTED = 10  # numbers named in one line; the rest counted

NOT_PRINTED = QT_TRANSLATE_NOOP("Printing", "Not printed ({count}), the card number cannot be a barcode: {numbers}")
EXPIRED = QT_TRANSLATE_NOOP("Printing", "{count} of these cards show a membership that has run out (renew it first, F5 "
                                        "at the desk): {numbers}")
RUN_OUT_LEFT_OUT = QT_TRANSLATE_NOOP(
    "Printing", "Not included: {count} members whose membership has run out. Renew a membership (F5 at the desk) and "
                "its card can be printed.")
AND_MORE = QT_TRANSLATE_NOOP("Printing", "and {count} more")


def _listed(parts: list[str], translate: Translate) -> str:
    shown = ", ".join(parts[:LISTED])
    if len(parts) > LISTED:
        shown += ", " + translate("Printing", AND_MORE).format(count=format_number(len(parts) - LISTED))
    return shown


def card_notes(lib: Library, members: list[Member], translate: Translate = no_translation,
               spec: str = "") -> list[str]:
    """The lines to show under a card run's preview (or on the command line's error output); [] when all is well.
    ``spec``, the selection: "imported" and "all" choose valid members only, and say how many ran out."""
    lines = []
    run_out = _run_out_left_out(lib, spec.strip().lower())
    if run_out:
        lines.append(translate("Printing", RUN_OUT_LEFT_OUT).format(count=format_number(run_out)))
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


def _run_out_left_out(lib: Library, kind: str) -> int:
    if kind not in ("imported", "all"):
        return 0
    expired = Member.select().where((Member.deleted == False) & (Member.expires_on < local_today(lib.clock)))  # noqa: E712
    if kind == "all":
        return expired.count()
    wanted = set(imported_member_ids(lib))
    return sum(1 for (member_id,) in expired.select(Member.id).tuples() if member_id in wanted)
