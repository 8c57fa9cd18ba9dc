"""Members from before Pustaka: those a moved-in member list (an Excel list kept by hand, INLISLite's member report)
brought without a registration date. The card needs a date and the import writes its own day there (``stand_in``),
but that day is no registration: the month of the move-in would report 412 "new members" who had been members for
years, and the village government, deciding the library's budget on that report, would see a jump that never was.

So such a member counts among the members of every period and is never a new member of any (as a copy that came
without a date received is in every period's collection and never new: ``reports.figures``), in the village's
reports and in the district's figures of that village (the bundle's manifest says how many, by stand-in day:
``by_stand_in_day``). Typing the real date on the member's form makes an ordinary member of them, new in the
period of that date: a row here speaks only while the member's date is still its stand-in.

Kept in a local table keyed by the member's uid (``MemberFromBefore``), not in a field of the synced member: a
district hub not yet updated refuses a bundle whose rows carry fields it does not know. A removed member's row is
dropped (``forget``); one left behind would say nothing (every count reads live members only).

May import: ``core.store``.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..service import Library
from ..store.batches import parts
from ..store.models import Member, MemberFromBefore

# For a report's SQL over ``member m``: joins the row that still speaks for the member (its date is its stand-in)
JOIN = ("LEFT JOIN member_from_before fb ON fb.member_uid = m.uid AND fb.stand_in = m.registered_on")
# ... a member of the period's end (registered by then, or from before Pustaka), and a new one of the period
BY_THE_END = "(m.registered_on <= ? OR fb.member_uid IS NOT NULL)"
NEW_IN = "(m.registered_on >= ? AND m.registered_on <= ? AND fb.member_uid IS NULL)"


def remember(members: Iterable[Member]) -> int:
    """Note members an import just made without a registration date from its file (each with the date it wrote)."""
    rows = [{"member_uid": m.uid, "stand_in": m.registered_on} for m in members]
    for part in parts(rows, 400):
        MemberFromBefore.insert_many(part).on_conflict_replace().execute()
    return len(rows)


def is_from_before(member: Member) -> bool:
    """The member came with a moved-in list that gave no registration date, and nobody has typed the real one."""
    return MemberFromBefore.select().where((MemberFromBefore.member_uid == member.uid)
                                           & (MemberFromBefore.stand_in == member.registered_on)).exists()


def forget(uids: Iterable[str]) -> None:
    """Removed members (an import undone, a member deleted): nothing left to say of them."""
    for part in parts(list(uids)):
        MemberFromBefore.delete().where(MemberFromBefore.member_uid.in_(part)).execute()


def by_stand_in_day(lib: Library) -> dict[str, int]:
    """How many live members from before Pustaka each stand-in day holds: ``{"2026-12-05": 412}``. The district
    counts a village's members by that day, so these are what it takes away from that day's new members."""
    rows = lib.db.execute_sql(
        "SELECT m.registered_on, COUNT(*) FROM member_from_before fb JOIN member m ON m.uid = fb.member_uid "
        "AND m.registered_on = fb.stand_in WHERE +m.deleted = 0 GROUP BY 1").fetchall()
    return {str(day)[:10]: int(count) for day, count in rows}


__all__ = ["BY_THE_END", "JOIN", "NEW_IN", "by_stand_in_day", "forget", "is_from_before", "remember"]
