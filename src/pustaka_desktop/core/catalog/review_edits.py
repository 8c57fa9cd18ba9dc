"""A review-list item corrected in the record's or the copy's own form, opened from the list.

The list writes one field at a time from its correction column. What it cannot write there (a copy's source marked
under two columns of *Asal Buku*, a subject or an author, two records that may be one book, a field the form checks
with others) is corrected where the catalogue edits it: the list opens the form of the item's copy, or of its
record, and after the form is saved the item closes when its field was changed there. An item of no one field
(marks under two columns, a possible duplicate) stays open for the librarian to keep once the book is right.

- ``to_open(lib, flag_id)`` -> (record, copy or None)   what the list opens (NotFound: the item is closed or has no
  record)
- ``field_now(lib, flag_id)`` -> the flagged field's value before the form opens (None: no one field)
- ``settle_after_edit(lib, by, flag_id, before)`` -> bool   closed as fixed when its field changed
"""

from __future__ import annotations

from typing import Any

from ..errors import NotFound
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store.models import Item, Record, ReviewFlag, Staff
from . import review

NOTHING_TO_OPEN = QT_TRANSLATE_NOOP("Errors", "This item belongs to no record of the catalogue (it was deleted).")


def to_open(lib: Library, flag_id: int) -> tuple[Record, Item | None]:
    flag = review.open_flag(flag_id)
    item = Item.get_or_none(Item.id == flag.__data__.get("item")) if flag.__data__.get("item") else None
    record_id = item.__data__.get("record") if item is not None else flag.__data__.get("record")
    record = Record.get_or_none((Record.id == record_id) & (Record.deleted == False)) if record_id else None  # noqa: E712
    if record is None:
        raise NotFound(NOTHING_TO_OPEN)
    return record, item if item is not None and not item.deleted else None


def field_now(lib: Library, flag_id: int) -> Any:
    flag = review.open_flag(flag_id)
    if not flag.field_name:
        return None
    record, item = to_open(lib, flag_id)
    holder = item if item is not None and flag.field_name in Item._meta.fields else record
    return getattr(holder, flag.field_name, None)


def settle_after_edit(lib: Library, by: Staff, flag_id: int, before: Any) -> bool:
    """After the form opened from the list was saved: the item (and the same field of the same record or copy
    flagged again by a re-import) closes as fixed when its field no longer holds ``before``, or when the record
    was deleted there."""
    flag = ReviewFlag.get_or_none(ReviewFlag.id == flag_id)
    if flag is None or flag.resolved_at is not None:
        return True  # (the form settled it itself: an ISBN typed right, review.note_isbn)
    try:
        now = field_now(lib, flag_id)
    except NotFound:  # (the record was deleted in its form: nothing is left to check)
        pass
    else:
        if not flag.field_name or now == before:
            return False
    with lib.transaction():
        review.close_same(lib, by, flag, "fixed")
    return True
