"""The library's way of writing a class number on its screens and spine labels: with the KDT segmentation
space after the third decimal (``899.221 3``, as SLiMS and many Indonesian libraries print it) or without
(``899.2213``). The catalogue stores the number without marks (``classnumber``); this is only how it is
shown, the same everywhere the librarian sees it: the record's class and call number, a new copy's call
number, a spine label of a copy without its own.

The choice is a setting of this library. Until it is made, a catalogue that came in from another system
takes the way its copies' call numbers were written there (``adopt_from_copies``, run after an import),
so a record and its copies never show one number two ways; a library with no such copies shows it
without marks.

Public:
- ``segmented() -> bool``                 the library's way
- ``choose(segmented)``                   set it (the import's adoption; no check, no audit)
- ``choose_by_hand(lib, by, segmented)``  a librarian sets it (Settings page, ``pustaka-cli settings``): audited,
                                          and from then on an import leaves it alone
- ``chosen() -> bool``                    has the library chosen (by hand or by adopting from a move-in)?
- ``example(segmented) -> str``           ``899.221 3`` or ``899.2213``, to show the two ways side by side
- ``shown(stored) -> str``                a stored class number the library's way
- ``adopt_from_copies() -> bool | None``  take the way of the copies' call numbers, when not chosen yet
"""

from __future__ import annotations

from peewee import fn

from .. import auth
from ..service import Library
from ..settings import get_setting, set_setting
from ..store.models import Item, Staff
from . import classnumber

KEY = "catalog.class_numbers_segmented"
# a call number whose class has more than three decimals, written with the segmentation space or without
_SEGMENTED = "*[0-9].[0-9][0-9][0-9] [0-9]*"
_UNMARKED = "*[0-9].[0-9][0-9][0-9][0-9]*"
EXAMPLE = "899.2213"  # Indonesian literature (novels), the class a village library has most of


def segmented() -> bool:
    return bool(get_setting(KEY, False))


def chosen() -> bool:
    return get_setting(KEY) is not None


def choose(value: bool) -> None:
    set_setting(KEY, bool(value))


def choose_by_hand(lib: Library, by: Staff, value: bool) -> None:
    """The librarian's own choice: stored (so ``adopt_from_copies`` never changes it again) and audited with
    the two ways as examples, readable in any language."""
    auth.require(by, "settings.edit")
    with lib.transaction():
        old = segmented()
        choose(value)
        auth.audit(lib, by, "settings.class_numbers", "", "", old=example(old), new=example(bool(value)))


def example(value: bool) -> str:
    return classnumber.display(EXAMPLE, value)


def shown(stored: str) -> str:
    """``899.2213`` as the library writes it; a value that is no class number (kept as written) as it stands."""
    return classnumber.display(stored, segmented()) if stored else stored


def adopt_from_copies() -> bool | None:
    """When the library has not chosen yet: the way most of its copies' call numbers write a class number of
    more than three decimals, stored as its choice (None, nothing stored: no copy tells)."""
    if chosen():
        return None
    live = Item.deleted == False  # noqa: E712
    spaced = Item.select().where(live & fn.glob(_SEGMENTED, Item.call_number)).count()
    unmarked = Item.select().where(live & fn.glob(_UNMARKED, Item.call_number)).count()
    if spaced == unmarked:
        return None
    choose(spaced > unmarked)
    return spaced > unmarked
