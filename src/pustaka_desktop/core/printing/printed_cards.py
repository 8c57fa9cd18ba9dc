"""The members whose card was made here: after a move-in, or a month of new members, the librarian prints "only
those without a card yet" (``printing.selection``'s ``unprinted``). A card run (``cards.print_cards``, the PDF that
is printed or saved) adds its members; the preview adds none. A setting of this PC, like the list of copies waiting
for labels: the cards are printed here, and it never travels."""

from __future__ import annotations

from ..settings import get_setting, set_setting
from ..store.models import Member

KEY = "cards_printed"  # [member ids]


def printed_ids() -> set[int]:
    return set(get_setting(KEY, []))


def remember(members: list[Member]) -> None:
    """After a card run: these members have their card."""
    ids = printed_ids() | {m.id for m in members}
    set_setting(KEY, sorted(ids))
