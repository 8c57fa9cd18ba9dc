"""The desk's reads: the copy, the member and the open loan a scan needs, each in one SQL statement,
with rows built straight from the cursor (the check-out/check-in path runs these on every scan).

- ``find_item(lib, barcode)`` -> Item (with ``title``, ``open_loan_id``, ``held``), or LoanRefused
- ``find_member(lib, number, with_photo=False)`` -> Member, or LoanRefused
- ``identify(lib, code)`` -> "member" | "item" | None: what a scanned code is

A code of digits is also found by its digits alone when nothing has it as typed: a spreadsheet drops the
zeros in front ("1234" for the card 0001234; a list saved from Excel made the number 1234 while the old
card still says 0001234), and the volunteer at the desk has only the card or the label in hand.
"""

from __future__ import annotations

from typing import Any

from peewee import AutoField, CharField, ForeignKeyField, IntegerField, TextField

from ..catalog.finding import barcode_as_stored, barcode_by_digits
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store.lookup import one_by_digits, one_in_any_case, scanned
from ..store.models import Hold, Item, Loan, Member, Record, UtcDateTimeField
from .refusals import UNKNOWN_BARCODE, UNKNOWN_MEMBER, refuse

# The check-out/check-in path runs these reads on every scan: written once as SQL (no query building).
# The copy comes with its record's title, its open loan's id (None when on the shelf) and whether anyone
# reserved its title (``held``: someone waits or a copy is on the hold shelf), in one statement.
_ITEM_SQL = (f"SELECT i.*, r.title AS title, "
             f"(SELECT id FROM {Loan._meta.table_name} WHERE item_id = i.id AND returned_at IS NULL "
             "AND deleted = 0 LIMIT 1) AS open_loan_id, "
             f"EXISTS (SELECT 1 FROM {Hold._meta.table_name} WHERE record_id = i.record_id "
             "AND status IN ('waiting', 'ready') AND deleted = 0) AS held "
             f"FROM {Item._meta.table_name} AS i JOIN {Record._meta.table_name} AS r ON r.id = i.record_id "
             "WHERE i.barcode = ? AND i.deleted = 0 LIMIT 1")
_OPEN_LOAN_SQL = (f"SELECT * FROM {Loan._meta.table_name} WHERE item_id = ? AND returned_at IS NULL AND deleted = 0 "
                  "LIMIT 1")


OTHER_OPEN_LOAN_SQL = _OPEN_LOAN_SQL.replace("LIMIT 1", "AND id <> ? LIMIT 1")





def first_row(model: type, sql: str, *params: Any) -> Any:
    """The first row of ``sql`` as a ``model`` instance (extra columns become plain attributes).
    ``Model.raw`` resolves the columns with peewee's query machinery on every call (~0.6 ms); a scan
    at the desk runs four such lookups, so rows are built here from the cursor directly."""
    cursor = database_of(model).execute_sql(sql, params)
    values = cursor.fetchone()
    if values is None:
        return None
    return _fill(model, [d[0] for d in cursor.description], values)


_SHAPES: dict[tuple, tuple[list[str], list[tuple[str, Any]], list[str]]] = {}


def _fill(model: type, names, values) -> Any:
    """A ``model`` instance from column names and values (see ``first_row``): the values go into the row
    as they are (one ``dict(zip())``) but for the few fields that convert (dates); columns that are
    not the model's become plain attributes."""
    key = (model, tuple(names))
    shape = _SHAPES.get(key)
    if shape is None:
        plain = (CharField, TextField, IntegerField, AutoField, ForeignKeyField)
        by_column = {f.column_name: f for f in model._meta.sorted_fields}
        keys, converts, extras = [], [], []
        for name in names:
            f = by_column.get(name)
            if f is None:
                keys.append("\0" + name)
                extras.append(name)
            else:
                keys.append(f.name)
                if not isinstance(f, plain) or isinstance(f, UtcDateTimeField):
                    converts.append((f.name, f.python_value))
        shape = _SHAPES[key] = (keys, converts, extras)
    keys, converts, extras = shape
    data = dict(zip(keys, values, strict=True))
    for name, convert in converts:
        value = data[name]
        if value is not None:
            data[name] = convert(value)
    row = model(__no_default__=True)
    for name in extras:
        setattr(row, name, data.pop("\0" + name))
    row.__data__ = data
    return row


def database_of(model: type):
    return model._meta.database


def _item_with_title(code: str) -> Item | None:
    return first_row(Item, _ITEM_SQL, code)


def member_number_by_digits(lib: Library, code: str) -> str | None:
    return one_by_digits(lib, Member.number, code)


def member_number_as_stored(lib: Library, code: str) -> str | None:
    """The card number as kept, for one read in another case, when one member alone has it so: a card number kept
    in small letters ("m0002": SLiMS took any case, so its members were typed so) is found when its letters come in
    capitals: a card typed so, or scanned with Caps Lock on (the scanner types shifted)."""
    return one_in_any_case(Member.number, code)


def find_item(lib: Library, barcode: str) -> Item:
    """The copy with this barcode (its record's title as ``item.title``), or LoanRefused(unknown_barcode)."""
    code = scanned(barcode)
    item = _item_with_title(code)
    if item is None and code and code != code.upper():
        item = _item_with_title(code.upper())
    if item is None and code:
        stored = barcode_as_stored(code)  # typed in capitals, kept in small letters ("inv-07")
        item = _item_with_title(stored) if stored else None
    if item is None and code:
        stored = barcode_by_digits(lib, code)  # zeros a spreadsheet dropped (or kept)
        item = _item_with_title(stored) if stored else None
    if item is None:
        raise refuse(UNKNOWN_BARCODE, QT_TRANSLATE_NOOP("Errors", "No copy has the barcode {barcode}."),
                      barcode=code)
    return item


# A member's columns without the photo (the desk loads the photo only for the member summary).
_MEMBER_FIELDS = [f for name, f in Member._meta.fields.items() if name != "photo"]
_MEMBER_SQL = (f"SELECT {', '.join(f.column_name for f in _MEMBER_FIELDS)} FROM {Member._meta.table_name} "
               "WHERE {where} AND deleted = 0 LIMIT 1")
_MEMBER_BY_NUMBER = _MEMBER_SQL.format(where="number = ?")
MEMBER_BY_ID = _MEMBER_SQL.format(where="id = ?")
_MEMBER_COLUMNS = [f.column_name for f in _MEMBER_FIELDS]
# Check-out's look-up: the member, the unpaid balance and the books on loan now, in one statement.
_DESK_MEMBER_SQL = (
    f"SELECT {', '.join('m.' + c for c in _MEMBER_COLUMNS)}, "
    "(SELECT COALESCE(SUM(CASE WHEN kind = 'charge' THEN amount ELSE -amount END), 0) FROM fine_entry "
    "WHERE member_id = m.id AND deleted = 0), "
    "(SELECT COUNT(*) FROM loan WHERE member_id = m.id AND returned_at IS NULL AND deleted = 0) "
    f"FROM {Member._meta.table_name} AS m WHERE m.{{where}} AND m.deleted = 0 LIMIT 1")
_DESK_MEMBER_BY_NUMBER = _DESK_MEMBER_SQL.format(where="number = ?")
_DESK_MEMBER_BY_ID = _DESK_MEMBER_SQL.format(where="id = ?")


def desk_member(lib: Library, member: Member | str) -> tuple[Member, int, int]:
    """(member, unpaid fines, books on loan now) for a check-out; LoanRefused(unknown_member)."""
    if isinstance(member, Member):
        row = lib.db.execute_sql(_DESK_MEMBER_BY_ID, (member.id,)).fetchone()
        if row is None:
            raise refuse(UNKNOWN_MEMBER, QT_TRANSLATE_NOOP("Errors", "No member has the number {number}."),
                          number=member.number)
        return member, row[-2], row[-1]
    code = scanned(member)
    row = lib.db.execute_sql(_DESK_MEMBER_BY_NUMBER, (code,)).fetchone()
    if row is None and code and code != code.upper():
        row = lib.db.execute_sql(_DESK_MEMBER_BY_NUMBER, (code.upper(),)).fetchone()
    if row is None and (stored := member_number_by_digits(lib, code) or member_number_as_stored(lib, code)):
        row = lib.db.execute_sql(_DESK_MEMBER_BY_NUMBER, (stored,)).fetchone()
    if row is None:
        raise refuse(UNKNOWN_MEMBER, QT_TRANSLATE_NOOP("Errors", "No member has the number {number}."),
                      number=code)
    return _fill(Member, _MEMBER_COLUMNS, row[:-2]), row[-2], row[-1]


# Check-in's look-up: the open loan and its member, in one statement.
_LOAN_FIELDS = list(Loan._meta.sorted_fields)
_LOAN_AND_MEMBER_SQL = (
    f"SELECT {', '.join('l.' + f.column_name for f in _LOAN_FIELDS)}, {', '.join('m.' + c for c in _MEMBER_COLUMNS)} "
    f"FROM {Loan._meta.table_name} AS l JOIN {Member._meta.table_name} AS m ON m.id = l.member_id "
    "WHERE l.id = ?")


def loan_and_member(lib: Library, loan_id: int) -> tuple[Loan, Member] | None:
    row = lib.db.execute_sql(_LOAN_AND_MEMBER_SQL, (loan_id,)).fetchone()
    if row is None:
        return None
    n = len(_LOAN_FIELDS)
    return (_fill(Loan, [f.column_name for f in _LOAN_FIELDS], row[:n]),
            _fill(Member, _MEMBER_COLUMNS, row[n:]))


def find_member(lib: Library, member: Member | str, with_photo: bool = False) -> Member:
    """The member with this card number (case-insensitive), or LoanRefused(unknown_member)."""
    if isinstance(member, Member):
        return member
    code = scanned(member)

    def read(number: str) -> Member | None:
        if with_photo:
            return Member.select().where((Member.number == number) & (Member.deleted == False)).first()  # noqa: E712
        return first_row(Member, _MEMBER_BY_NUMBER, number)

    # each way of reading the card once, in turn (not by calling itself: a number found one way and not the next,
    # as with a second library open, went round until Python's stack ran out)
    row = read(code)
    if row is None and code and code != code.upper():
        row = read(code.upper())
    if row is None and (stored := member_number_by_digits(lib, code) or member_number_as_stored(lib, code)):
        row = read(stored)
    if row is None:
        raise refuse(UNKNOWN_MEMBER, QT_TRANSLATE_NOOP("Errors", "No member has the number {number}."),
                      number=code)
    return row


# A card number wins over a copy barcode that happens to read the same (one indexed look-up each).
_IDENTIFY_SQL = (f"SELECT 'member' FROM {Member._meta.table_name} WHERE number = ? AND deleted = 0 "
                 f"UNION ALL SELECT 'item' FROM {Item._meta.table_name} WHERE barcode = ? AND deleted = 0 LIMIT 1")


def identify(lib: Library, code: str, exact: bool = False) -> str | None:
    """What a scanned code is: "member", "item", or None when unknown. ``exact``: only a card or label
    that reads exactly so (no dropped zeros guessed back), for text that may as well be an amount."""
    code = scanned(code)
    if not code:
        return None
    for value in dict.fromkeys((code, code.upper())):  # as typed first, then in capitals
        row = lib.db.execute_sql(_IDENTIFY_SQL, (value, value)).fetchone()
        if row is not None:
            return row[0]
    if exact:
        return None
    if member_number_as_stored(lib, code):
        return "member"
    if barcode_as_stored(code):
        return "item"
    # only when the digits name one thing: a card and a copy alike would lend the wrong way
    member, item = member_number_by_digits(lib, code), barcode_by_digits(lib, code)
    if bool(member) != bool(item):
        return "member" if member else "item"
    return None


def open_loan(item: Item) -> Loan | None:
    if getattr(item, "open_loan_id", 0) is None:  # the item's read found none
        return None
    return first_row(Loan, _OPEN_LOAN_SQL, item.id)


def title_of(item: Item) -> str:
    title = getattr(item, "title", None)
    if title is None:
        title = Record.select(Record.title).where(Record.id == item.record_id).scalar() or ""
    return title


BALANCE_SQL = ("SELECT COALESCE(SUM(CASE WHEN kind = 'charge' THEN amount ELSE -amount END), 0) "
                "FROM fine_entry WHERE member_id = ? AND deleted = 0")
ANY_HOLD_SQL = ("SELECT 1 FROM hold WHERE record_id = ? AND status IN ('waiting', 'ready') AND deleted = 0 "
                 "LIMIT 1")


def scalar(lib: Library, sql: str, *params) -> int:
    row = lib.db.execute_sql(sql, params).fetchone()
    return row[0] if row else 0
