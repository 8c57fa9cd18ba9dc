"""Finding one record or one copy by what a librarian types or scans: a record number, an ISBN in any
form (also one kept as printed with a wrong check digit), a copy's barcode in either case, as its label
prints it, or without the zeros a spreadsheet dropped. Writing records is ``records``' job.

- ``get_record(lib, id)`` / ``record_or_none(lib, id)``   a record by its number (NotFound / None)
- ``find_record(lib, "id | ISBN | barcode")``            what the desk, the CLI and the forms type
- ``live_copy(barcode)``, ``barcode_as_stored(code)``, ``barcode_by_digits(lib, code)``  a copy by its barcode
- ``barcode_by_number(lib, code)``                       a torn label typed by hand without its zeros
- ``with_printed_isbn(text)``                            records whose ISBN was kept as printed
"""

from __future__ import annotations

import re

from peewee import fn

from ..errors import NotFound, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store.lookup import one_by_digits, one_in_any_case, scanned
from ..store.models import Item, Record
from .isbn import misprinted_isbn, normalise_isbn
from .records import LIVE_ITEM, LIVE_RECORD


def get_record(lib: Library, record_id: int) -> Record:
    record = Record.get_or_none((Record.id == record_id) & LIVE_RECORD)
    if record is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No record number {id} in the catalogue."), id=record_id)
    return record


def record_or_none(lib: Library, record_id: int | None, live_only: bool = True) -> Record | None:
    """The record as saved now, or None (no id, not found, or deleted when ``live_only``)."""
    if not record_id:
        return None
    query = Record.id == record_id
    return Record.get_or_none(query & LIVE_RECORD if live_only else query)


# --- a copy by its barcode (here, beside find_record: ``copies`` builds on this module) ---


def live_copy(barcode: str) -> Item | None:
    """The copy with this barcode: as written first (an import keeps barcodes exactly, "inv-07" too), then
    in capitals (a barcode typed in small letters at the keyboard), then ``barcode_as_stored``; a label's
    ``*B00012*`` is B00012 (``scanned``)."""
    code = scanned(barcode)
    if not code:
        return None
    for value in dict.fromkeys((code, code.upper())):
        item = Item.get_or_none((Item.barcode == value) & LIVE_ITEM)
        if item is not None:
            return item
    stored = barcode_as_stored(code)  # (only now: it reads every barcode, no index helps it)
    return Item.get_or_none((Item.barcode == stored) & LIVE_ITEM) if stored else None


def barcode_as_stored(code: str) -> str | None:
    """The barcode as the catalogue spells it, for one typed in the other case ("INV-07" for an imported
    "inv-07"), when one copy alone has it so. (A scan of the label needs no such help: only typing.)"""
    return one_in_any_case(Item.barcode, code)


def barcode_by_digits(lib: Library, code: str) -> str | None:
    """The one copy's barcode with the digits of ``code`` but for zeros in front: a label "00012345" for a copy a
    spreadsheet kept as 12345, or the other way round (None: none, or two alike). The desk and the stock-take
    read a label so."""
    return one_by_digits(lib, Item.barcode, code)


# A label typed by hand: letters, perhaps a space or hyphen, then the number ("SKM12", "b 12", "12").
_TYPED_LABEL = re.compile(r"([A-Za-z]*)[\s\-]*(\d+)")
# The one live copy whose barcode is those letters (in any case, a hyphen or space between kept or not) and then
# the number with any zeros in front. One pass over the copies: only for a code no barcode is.
_SAME_NUMBER_SQL = (
    "SELECT barcode FROM item WHERE deleted = 0 AND barcode <> '' "
    "AND upper(replace(replace(rtrim(barcode, '0123456789'), '-', ''), ' ', '')) {letters} "
    "AND ltrim(substr(barcode, length(rtrim(barcode, '0123456789')) + 1), '0') = ? LIMIT 2")


def barcode_by_number(lib: Library, code: str) -> str | None:
    """The one copy's barcode a torn label means when its number was typed without the zeros after the letters:
    "SKM12" or "skm 12" for SKM000012, "B12" for SLiMS's B00012, the number alone ("12") when the letters were
    torn off. None: no such copy, or two (SKM000012 and INV00012 for "12": never a guess between two)."""
    match = _TYPED_LABEL.fullmatch(code.strip())
    if match is None:
        return None
    letters, number = match.group(1).upper(), match.group(2).lstrip("0")
    if letters:
        sql, params = _SAME_NUMBER_SQL.format(letters="= ?"), (letters, number)
    else:  # any letters in front, and nothing else
        sql, params = _SAME_NUMBER_SQL.format(letters="NOT GLOB '*[^A-Z]*'"), (number,)
    rows = lib.db.execute_sql(sql, params).fetchall()
    return rows[0][0] if len(rows) == 1 else None


def with_printed_isbn(text: str) -> list[int]:
    """Live records whose ISBN was kept as printed with a wrong check digit and reads as ``text`` does (in any
    writing: the form keeps the digits, an import keeps it as written, hyphens and all); [] when ``text`` is
    no such number."""
    printed = misprinted_isbn(text)
    if not printed:
        return []
    ids = [rid for (rid,) in Record.select(Record.id).where(LIVE_RECORD & (Record.isbn == printed)).tuples()]
    if not ids:  # (a scan of the whole table, only for a misprinted number: rare)
        written = fn.UPPER(fn.REPLACE(fn.REPLACE(Record.isbn, "-", ""), " ", ""))
        ids = [rid for (rid,) in Record.select(Record.id).where(
            LIVE_RECORD & (Record.isbn != "") & (written == printed)).tuples()]
    return sorted(ids)


def find_record(lib: Library, key: str) -> Record:
    """A record by its number, any form of its ISBN, or the barcode of one of its copies."""
    key = (key or "").strip()
    # A record number is short digits without a zero in front: INLISLite's barcodes are digits too ("00012345"),
    # and were taken for record 12345. A number that is no record here may still be a copy's barcode.
    number = int(key) if key.isascii() and key.isdigit() and len(key) < 9 and not key.startswith("0") else None
    record = Record.get_or_none((Record.id == number) & LIVE_RECORD) if number else None
    if record is not None:
        return record
    item = live_copy(key)
    if item is not None:
        return get_record(lib, item.record_id)
    if number:
        return get_record(lib, number)  # (says there is no record with that number)
    try:
        isbn = normalise_isbn(key)
    except ValidationError:
        isbn = ""
    if isbn:
        record = Record.select().where(LIVE_RECORD & (Record.isbn == isbn)).order_by(Record.id).first()
        if record is not None:
            return record
    kept = with_printed_isbn(key)
    if kept:
        return get_record(lib, kept[0])
    raise NotFound(QT_TRANSLATE_NOOP("Errors", "Nothing in the catalogue matches {key}."), key=key)
