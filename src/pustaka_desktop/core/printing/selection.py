"""Choosing what to print: copies for labels, members for cards.

A selection can be written as one short text, the same in the CLI and the GUI:

- ``just-added`` or ``just-added:DAYS`` copies received or entered in the last DAYS days (default 30); an
  import keeps the old system's received dates, so copies just moved in are not in it (``nothing_chosen``
  says so when it is empty)
- ``new-barcodes``            copies an import gave this library's barcode (the file had none): their books need
  labels before they can be lent (``catalog.new_barcodes``; an import keeps old dates, so they are not just added)
- ``dates:FROM..TO``          copies received (or entered, when no receipt date) between two dates
- ``accession:A..B``          accession numbers from A to B (numbers compare by their leading digits)
- ``barcodes:X,Y,Z``          hand-picked copies, in that order
- ``ids:1,2,3``               item ids, e.g. a catalogue search result handed over by the GUI
- ``search:WORDS``            copies of the records a catalogue search finds (as on the Catalogue page)

Members: ``new[:DAYS]``, ``dates:FROM..TO`` (registration), ``numbers:A,B``, ``ids:1,2``,
``search:WORDS`` (each word in the name or card number, or a word of the school or the notes: a class list's
``search:SD NEGERI 1 SUKAMAJU 4A``), ``all`` (members whose card has not expired), ``imported`` (members a
members import brought in whose card has not expired: ``moved_in``; an import keeps the old registration dates,
so ``new`` finds none of them, and ``members_to_print`` says so), ``unprinted`` (members whose card is valid and
was never made here: ``printed_cards``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta

from peewee import fn

from ..community import schools
from ..community.members import address_has, school_or_notes_have
from ..errors import NotFound, ValidationError
from ..formatting import format_number
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store.batches import parts
from ..store.clock import local_today
from ..store.lookup import scanned
from ..store.models import Item, Member, Record
from .moved_in import imported_member_ids
from .printed_cards import printed_ids

DEFAULT_DAYS = 30
MAX_SELECTION = 20_000  # a print run bigger than this is a mistake, not a job


@dataclass(frozen=True)
class CopyLabel:
    """What a copy's labels show."""

    item_id: int
    barcode: str
    call_number: str
    title: str
    author: str


def _bad(spec: str) -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP(
        "Errors", "I do not understand the selection {selection}. Use e.g. just-added, new-barcodes, "
                  "dates:2026-01-01..2026-01-31, accession:1..50, barcodes:B1,B2 or search:words."), field="select",
        selection=spec)


def _date(text: str, spec: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{value} is not a date (write it as 2026-01-31)."),
                              field="select", value=text.strip()) from None


def _range(value: str, spec: str) -> tuple[str, str]:
    if ".." not in value:
        raise _bad(spec)
    first, last = (part.strip() for part in value.split("..", 1))
    if not first or not last:
        raise _bad(spec)
    return first, last


def _live_items():
    """Copies with only the columns labels need (no covers or notes: a 20,000-copy run stays light)."""
    return (Item.select(Item.id, Item.barcode, Item.call_number, Item.accession_no, Item.received_on, Item.record,
                        Record.id, Record.title, Record.responsibility, Record.authors, Record.ddc)
            .join(Record)
            .where((Item.deleted == False) & (Record.deleted == False)))  # noqa: E712


def _limited(query) -> list[Item]:
    rows = list(query.limit(MAX_SELECTION + 1))
    if len(rows) > MAX_SELECTION:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "That selection holds more than {limit} copies; choose a smaller range."), field="select",
            limit=MAX_SELECTION)
    return rows


def items_just_added(lib: Library, days: int = DEFAULT_DAYS) -> list[Item]:
    """Copies received in the last ``days`` days. A copy without a date received came with a move-in (every
    copy entered here gets one): its book is most likely labelled already, so it is not "just added"."""
    since = local_today(lib.clock) - timedelta(days=max(0, days - 1))
    return _limited(_live_items().where(Item.received_on >= since).order_by(Item.id))


def items_given_barcodes(lib: Library) -> list[Item]:
    """The copies imports gave this library's barcodes, still in the catalogue (``catalog.new_barcodes``)."""
    from ..catalog import new_barcodes

    ids = new_barcodes.waiting(lib)
    found: dict[int, Item] = {}
    for part in parts(ids):
        found.update((item.id, item) for item in _live_items().where(Item.id.in_(part)))
    return [found[i] for i in ids if i in found][:MAX_SELECTION]


NOTHING_CHOSEN = QT_TRANSLATE_NOOP("Errors", "Nothing to print: the selection is empty.")
ONLY_GIVEN_BARCODES = QT_TRANSLATE_NOOP(
    "Errors", "Nothing to print: no copy was received in the last {days} days. The {count} copies an import gave new "
              "barcodes of this library keep the dates they were received in the old system: choose \"New barcodes "
              "from an import\" (new-barcodes) to print their labels.")
NO_BARCODES_GIVEN = QT_TRANSLATE_NOOP(
    "Errors", "Nothing to print: no import gave copies a new barcode of this library. An import gives one only to a "
              "copy its file lists without a barcode.")
NOTHING_JUST_ADDED = QT_TRANSLATE_NOOP(
    "Errors", "Nothing to print: no copy was received or entered in the last {days} days. Choose the copies another "
              "way: received between dates, accession numbers, or a catalogue search.")
ONLY_IMPORTED = QT_TRANSLATE_NOOP(
    "Errors", "Nothing to print: no copy was received in the last {days} days. The {count} copies imported in that "
              "time keep the dates they were received in the old system (their books most likely carry labels "
              "already), so they are not \"just added\". To print labels for some of them, choose \"Catalogue "
              "search\" (a title, an author, a shelf), \"Chosen in the catalogue\" or \"Accession numbers\".")


def copies_to_print(lib: Library, spec: str) -> list[Item]:
    """The copies a selection names (``select_items``); none is refused, saying why (``nothing_chosen``)."""
    items = select_items(lib, spec)
    if not items:
        raise nothing_chosen(lib, spec)
    return items


def nothing_chosen(lib: Library, spec: str) -> ValidationError:
    """Why a selection holds no copy. "Just added" is by the day a copy was received: right after a move-in
    it is empty though thousands of copies were just entered, as an import keeps the received dates of the
    old system. Those copies are deliberately not "just added" (their books are on the shelf with their
    labels; printing thousands of labels by default would waste the sheets): the message says so, and how
    to choose some of them."""
    kind, _, value = (spec or "").strip().partition(":")
    if kind.strip().lower() == "new-barcodes":
        return ValidationError(NO_BARCODES_GIVEN, field="select")
    if kind.strip().lower() != "just-added":
        return ValidationError(NOTHING_CHOSEN, field="select")
    days = int(value) if value.strip().isdigit() else DEFAULT_DAYS
    given = len(items_given_barcodes(lib))
    if given:
        return ValidationError(ONLY_GIVEN_BARCODES, field="select", days=days, count=given)
    start = lib.clock.now() - timedelta(days=days)
    imported = _live_items().where(Item.created_at >= start).count()
    if imported:
        return ValidationError(ONLY_IMPORTED, field="select", days=days, count=imported)
    return ValidationError(NOTHING_JUST_ADDED, field="select", days=days)


def items_by_dates(lib: Library, first: date, last: date) -> list[Item]:
    if last < first:
        first, last = last, first
    created_day = fn.date(Item.created_at)
    query = _live_items().where(
        (Item.received_on.between(first, last))
        | (Item.received_on.is_null() & created_day.between(first.isoformat(), last.isoformat())))
    return _limited(query.order_by(Item.received_on, Item.id))


def items_by_accession(lib: Library, first: str, last: str) -> list[Item]:
    """Numbers (``12..40``) compare by the accession number's leading digits ("00012/P/2025" is 12);
    anything else compares as text."""
    if first.isdigit() and last.isdigit():
        low, high = sorted((int(first), int(last)))
        number = Item.accession_no.cast("INTEGER")
        # Only the accession index is read to find the ids (a covering scan), then the rows by id.
        ids = Item.select(Item.id).where((Item.accession_no != "") & number.between(low, high))
        query = _live_items().where(Item.id.in_(ids)).order_by(number, Item.id)
    else:
        low_text, high_text = sorted((first, last))
        query = _live_items().where(Item.accession_no.between(low_text, high_text)).order_by(Item.accession_no)
    return _limited(query)


def _codes(value: str, column) -> list[str]:
    """The codes of a hand-picked list, as their labels and cards mean them (``scanned``: ``*B00012*`` is
    B00012): one per comma or semicolon (the scan list), or per space (typed); a code with a space in it that an
    old system gave ("M 0009", kept as it is on the card) is one code."""
    codes = []
    for piece in value.replace(";", ",").split(","):
        code = scanned(piece)
        whole = " " in code and column.model.select().where(fn.UPPER(column) == code.upper()).exists()
        codes.extend([code] if whole else code.split())
    return codes


def items_by_barcodes(lib: Library, barcodes: list[str]) -> list[Item]:
    wanted = [scanned(b) for b in barcodes if scanned(b)]
    found = {item.barcode.upper(): item for item in _live_items().where(fn.UPPER(Item.barcode).in_(
        [b.upper() for b in wanted]))}
    missing = [b for b in wanted if b.upper() not in found]
    if missing:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No copy has the barcode {barcode}."), barcode=", ".join(missing))
    return [found[b.upper()] for b in wanted]


def items_by_ids(lib: Library, ids: list[int]) -> list[Item]:
    found = {item.id: item for item in _live_items().where(Item.id.in_(list(ids)))}
    return [found[i] for i in ids if i in found]


def items_by_search(lib: Library, words: str, max_records: int = 500) -> list[Item]:
    """The copies of the records a catalogue search finds (core.search, the same ranking as the
    Catalogue page), in the order of the results."""
    from ..catalog.search import search

    if not words.strip():
        raise _bad("search:")
    record_ids = [hit.record_id for hit in search(lib, words, limit=max_records).hits]
    order = {record_id: index for index, record_id in enumerate(record_ids)}
    items = list(_live_items().where(Item.record.in_(record_ids)))
    items.sort(key=lambda item: (order[item.record_id], item.barcode))
    return items[:MAX_SELECTION]


def select_items(lib: Library, spec: str) -> list[Item]:
    """The copies a selection text names (see the module doc)."""
    spec = (spec or "").strip()
    kind, _, value = spec.partition(":")
    kind = kind.strip().lower()
    if kind == "just-added":
        try:
            days = int(value) if value.strip() else DEFAULT_DAYS
        except ValueError:
            raise _bad(spec) from None
        return items_just_added(lib, days)
    if kind == "new-barcodes" and not value.strip():
        return items_given_barcodes(lib)
    if kind == "dates":
        first, last = _range(value, spec)
        return items_by_dates(lib, _date(first, spec), _date(last, spec))
    if kind == "accession":
        return items_by_accession(lib, *_range(value, spec))
    if kind == "barcodes":
        return items_by_barcodes(lib, _codes(value, Item.barcode))
    if kind == "ids":
        try:
            return items_by_ids(lib, [int(v) for v in value.split(",") if v.strip()])
        except ValueError:
            raise _bad(spec) from None
    if kind == "search":
        return items_by_search(lib, value)
    raise _bad(spec)


def main_author(record: Record) -> str:
    try:
        authors = json.loads(record.authors or "[]")
    except ValueError:
        authors = []
    if authors and isinstance(authors[0], dict):
        return str(authors[0].get("name", ""))
    return record.responsibility or ""


def copy_labels(items: list[Item]) -> list[CopyLabel]:
    from ..catalog import class_style
    from ..catalog.callnumber import derive_call_number

    out = []
    segmented = class_style.segmented()  # (a copy without its own call number: the library's way)
    for item in items:
        record = item.record
        author = main_author(record)
        call_number = item.call_number or derive_call_number(record.ddc, record.title, author, segmented=segmented)
        out.append(CopyLabel(item.id, item.barcode, call_number, record.title, author))
    return out


# --- members -------------------------------------------------------------------------------------

NO_NEW_MEMBERS_BUT_IMPORTED = QT_TRANSLATE_NOOP(
    "Errors", "Nothing to print: no member registered in the last {days} days. The {count} members moved in from the "
              "old system keep the dates they registered there: choose \"Moved in from the old system\" (imported) "
              "to print their cards.")
EVERY_CARD_PRINTED = QT_TRANSLATE_NOOP(
    "Errors", "Nothing to print: every member whose card is still valid has had a card made here.")
NO_MEMBERS_IMPORTED = QT_TRANSLATE_NOOP(
    "Errors", "Nothing to print: no members import brought in a member whose card is still valid.")


def members_to_print(lib: Library, spec: str) -> list[Member]:
    """The members a selection names (``select_members``); none is refused, saying why: right after a move-in
    "new members" is empty, as the import kept the old registration dates."""
    chosen = select_members(lib, spec)
    if chosen:
        return chosen
    kind, _, value = (spec or "").strip().partition(":")
    kind = kind.strip().lower()
    if kind == "imported":
        raise ValidationError(NO_MEMBERS_IMPORTED, field="select")
    if kind == "unprinted":
        raise ValidationError(EVERY_CARD_PRINTED, field="select")
    if kind == "new":
        moved_in = len(select_members(lib, "imported"))
        if moved_in:
            days = int(value) if value.strip().isdigit() else DEFAULT_DAYS
            raise ValidationError(NO_NEW_MEMBERS_BUT_IMPORTED, field="select", days=days,
                                      count=format_number(moved_in))
    raise ValidationError(NOTHING_CHOSEN, field="select")


def _live_members():
    return Member.select().where(Member.deleted == False)  # noqa: E712


def _member_has(term: str):
    """A member a word of a card search finds: in the name, in the card number (3 characters or more), or a whole
    word of the member's address (a dusun), school or notes, so a class list's pupils are chosen by their school and class
    ("SD NEGERI 1 SUKAMAJU 4A": the import keeps the school and "Kelas: 4A"). Whole words, as "1" is no pupil of
    SD NEGERI 12, nor "4A" of class 4AB."""
    found = Member.name ** f"%{term}%"
    if len(term) >= 3:
        found |= Member.number ** f"%{term}%"
    for whole_word in (school_or_notes_have(term), address_has(term)):  # (a dusun: "search:Dusun Krajan")
        if whole_word is not None:
            found |= whole_word
    return found


def select_members(lib: Library, spec: str) -> list[Member]:
    spec = (spec or "").strip()
    kind, _, value = spec.partition(":")
    kind = kind.strip().lower()
    today = local_today(lib.clock)
    if kind == "new":
        try:
            days = int(value) if value.strip() else DEFAULT_DAYS
        except ValueError:
            raise _bad(spec) from None
        query = _live_members().where(Member.registered_on >= today - timedelta(days=max(0, days - 1)))
        order = (Member.registered_on, Member.number)
    elif kind == "dates":
        first, last = sorted(_date(p, spec) for p in _range(value, spec))
        query = _live_members().where(Member.registered_on.between(first, last))
        order = (Member.registered_on, Member.number)
    elif kind == "numbers":
        wanted = _codes(value, Member.number)
        found = {m.number.upper(): m for m in _live_members().where(fn.UPPER(Member.number).in_(
            [n.upper() for n in wanted]))}
        missing = [n for n in wanted if n.upper() not in found]
        if missing:
            raise NotFound(QT_TRANSLATE_NOOP("Errors", "No member has the number {number}."),
                           number=", ".join(missing))
        return [found[n.upper()] for n in wanted]
    elif kind == "ids":
        try:
            ids = [int(v) for v in value.split(",") if v.strip()]
        except ValueError:
            raise _bad(spec) from None
        found = {m.id: m for m in _live_members().where(Member.id.in_(ids))}
        return [found[i] for i in ids if i in found]
    elif kind == "search":
        query = _live_members()
        for condition in schools.word_conditions(lib, value.split(), _member_has):
            query = query.where(condition)
        order = (fn.LOWER(Member.name), Member.number)  # (the desk's "Dewi Sartika" among a school's capitals)
    elif kind == "all":
        query = _live_members().where(Member.expires_on >= today)
        order = (Member.number,)
    elif kind == "imported" and not value.strip():
        rows = []
        for part in parts(imported_member_ids(lib)):
            rows.extend(_live_members().where(Member.id.in_(list(part)) & (Member.expires_on >= today)))
        return sorted(rows, key=lambda m: (m.number.upper(), m.number))[:MAX_SELECTION]
    elif kind == "unprinted" and not value.strip():
        printed = printed_ids()
        valid = _live_members().where(Member.expires_on >= today).order_by(Member.number)
        return [m for m in valid if m.id not in printed][:MAX_SELECTION]
    else:
        raise _bad(spec)
    rows = list(query.order_by(*order).limit(MAX_SELECTION + 1))
    if len(rows) > MAX_SELECTION:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "That selection holds more than {limit} members; choose a smaller range."), field="select",
            limit=MAX_SELECTION)
    return rows
