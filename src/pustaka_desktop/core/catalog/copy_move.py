"""A copy moved to another title: one catalogued under the wrong record (a book the old system had twice, whose
copy list did not say which record each copy was of; a volunteer's slip). The copy keeps its barcode, number and
history; only its record changes (librarian, audited). Not a copy set aside on the hold shelf for its title's
reservation: the member waiting for it would lose it."""

from __future__ import annotations

from .. import auth
from ..errors import NotFound, Refused, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store import write as store
from ..store.models import Hold, Item, Record, Staff
from . import search


def move_item(lib: Library, by: Staff, item: Item, record: Record | int) -> Item:
    """Move ``item`` to ``record`` (a record or its number)."""
    auth.require(by, "catalog.edit")
    target = Record.get_or_none((Record.id == getattr(record, "id", record)) & (Record.deleted == False))  # noqa: E712
    if target is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "There is no record {record} in the catalogue."),
                       record=getattr(record, "id", record))
    if target.id == item.record_id:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Copy {barcode} is already a copy of this title."),
                              barcode=item.barcode)
    if Hold.select().where((Hold.item == item.id) & (Hold.status == "ready")
                           & (Hold.deleted == False)).exists():  # noqa: E712
        raise Refused(QT_TRANSLATE_NOOP("Errors", "Copy {barcode} is on the hold shelf for a member who reserved its "
                                                  "title: lend it or cancel the reservation first."),
                      reason="held", barcode=item.barcode)
    source = Record.get_by_id(item.record_id)
    with lib.transaction():
        store.update(lib, item, record=target.id)
        auth.audit(lib, by, "catalog.copy_move", "item", item.uid, barcode=item.barcode, from_title=source.title,
                   from_record=source.id, title=target.title, to_record=target.id)
    return item


def destinations(lib: Library, text: str, current: int, limit: int = 20) -> list[search.Hit]:
    """The titles a copy of record ``current`` may be moved to, for what the librarian typed: the record of that
    number (what the review list names: "record 57"), then the titles the catalogue search finds; not ``current``."""
    text = text.strip()
    found: list[search.Hit] = []
    if text.isdigit():
        live = Record.select(Record.id).where((Record.id == int(text)) & (Record.deleted == False))  # noqa: E712
        found = search.hits(lib, [record.id for record in live])
    if text:
        found += search.search(lib, text, limit=limit, correct=False).hits
    seen = {current}
    out = []
    for hit in found:
        if hit.record_id not in seen:
            seen.add(hit.record_id)
            out.append(hit)
    return out[:limit]
