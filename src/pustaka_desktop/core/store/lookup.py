"""Finding a live row (not tombstoned) by what a person types or scans: a code such as a card number or a
barcode, or an entry of a short named list (member types, collection types) by its id or its name.

``scanned(text)`` is the code a label or card carries, without what the old system's print or the scanner
added around it: every lookup by code reads it so."""

from __future__ import annotations

import difflib
import unicodedata
from typing import Any

from peewee import Field, Model, ModelSelect, fn

from ..service import Library


def live(model: type[Model]) -> ModelSelect:
    return model.select().where(model.deleted == False)  # noqa: E712


def scanned(text: str | None) -> str:
    """The code a scan or a typed label means: without the scanner's prefix and suffix characters (STX/ETX,
    Tab, CR/LF: set up for another program; a phone keyboard's invisible marks) and without Code 39's start and
    stop ``*``. SLiMS and INLISLite print Code 39 labels and cards with the text ``*B00012*`` under the bars; a scanner set to send the
    start/stop characters, or a volunteer typing the text of a torn label, gives ``*B00012*`` for B00012.
    (Code 39 cannot carry a ``*`` inside a code, so no label of theirs means one.)"""
    kept = (" " if ch.isspace() else ch for ch in (text or "") if ch.isspace() or unicodedata.category(ch)[0] != "C")
    code = "".join(kept).strip()
    if len(code) > 2 and code.startswith("*") and code.endswith("*"):
        code = code[1:-1].strip()
    return code


def by_code(model: type[Model], column: Field, code: str | None) -> Any:
    """The live row whose ``column`` holds ``code`` as typed or, failing that, in any case (a card number
    typed in small letters), or failing that without its spaces and hyphens (SLiMS's "M 0009" typed "M0009" on a
    phone, or "M0009" typed "M 0009": the space a card prints is easy to leave out or add; our own "SKM-A00004"
    typed "SKM A00004" or "SKMA00004": a phone keyboard hides the hyphen on its second page) when only one row
    matches so; None when there is none."""
    code = scanned(code)
    row = live(model).where(column == code).first()
    if row is None and code:
        row = live(model).where(fn.UPPER(column) == code.upper()).first()
    if row is None and code:
        row = _one_without_separators(model, column, code)
    return row


_HYPHENS = str.maketrans("", "", "-\u2010\u2011\u2012\u2013\u2212")  # and the dashes a keyboard may offer


def _one_without_separators(model: type[Model], column: Field, code: str) -> Any:
    squeezed = "".join(code.upper().translate(_HYPHENS).split())
    if not squeezed:  # "-" alone: no card, and never the one copy kept without a barcode
        return None
    rows = live(model).where(fn.REPLACE(fn.REPLACE(fn.UPPER(column), " ", ""), "-", "") == squeezed).limit(2)
    found = list(rows)
    return found[0] if len(found) == 1 else None  # two cards that differ only by a space or hyphen: neither is guessed


def one_in_any_case(column: Field, code: str) -> str | None:
    """``column``'s value as kept (a card number "m0002", a barcode "inv-07") for ``code`` read in another case
    ("M0002" typed, or scanned with Caps Lock on), when one live row alone has it so; None also for a code with
    no letter in it (nothing another case could find). No index helps: only for a code not found as read."""
    if code.lower() == code.upper():
        return None
    model = column.model
    # (deleted + 0: SQLite then never reads the whole table through the deleted index)
    found = model.select(column).where((fn.lower(column) == code.lower()) & ((model.deleted + 0) == 0))
    spellings = [value for (value,) in found.limit(2).tuples()]
    return spellings[0] if len(spellings) == 1 else None


# Codes of digits only, by their digits without the zeros in front (no index helps: this runs only for a code of
# digits nothing has as written): a label "00012345" for a copy a spreadsheet kept as 12345, or the other way round.
_SAME_DIGITS_SQL = ("SELECT {column} FROM {table} WHERE ltrim({column}, '0') = ? AND {column} <> '' "
                    "AND {column} NOT GLOB '*[^0-9]*' AND deleted = 0 LIMIT 2")


def one_by_digits(lib: Library, column: Field, code: str) -> str | None:
    """The one live row's ``column`` (a card number, a barcode) with the digits of ``code`` but for zeros in
    front (None: ``code`` is not all digits, or no row or two rows have them)."""
    if not (code.isascii() and code.isdigit()):
        return None
    sql = _SAME_DIGITS_SQL.format(column=column.column_name, table=column.model._meta.table_name)
    rows = lib.db.execute_sql(sql, (code.lstrip("0"),)).fetchall()
    return rows[0][0] if len(rows) == 1 else None


def by_id_or_name(model: type[Model], value: Any) -> Any:
    """A live entry of a named list from the row itself, its id (a number or digits) or its name in any
    case; None when none matches."""
    if isinstance(value, model):
        return value
    if isinstance(value, int) or (isinstance(value, str) and value.isascii() and value.isdigit()):
        return live(model).where(model.id == int(value)).first()
    return live(model).where(fn.LOWER(model.name) == str(value or "").strip().lower()).first()


def names_and_closest(model: type[Model], value: Any) -> tuple[str, str]:
    """For a name that is none of a named list's: the list's names ("Anak-anak, Lembaga, Pelajar, Umum") and the
    one closest to it ("Anak" -> "Anak-anak"), '' when none is close, so a refusal can say what there is."""
    names = sorted(name for (name,) in live(model).select(model.name).tuples())
    typed = str(value or "").strip().lower()
    starting = [name for name in names if typed and name.lower().startswith(typed)]
    close = starting if len(starting) == 1 else difflib.get_close_matches(
        typed, [name.lower() for name in names], n=1, cutoff=0.6)
    closest = next((name for name in names if close and name.lower() == close[0].lower()), "")
    return ", ".join(names), closest


def used_elsewhere(model: type[Model], condition: Any, current: Model | None) -> bool:
    """Whether a row other than ``current`` (the one being edited; None for a new one) meets ``condition``:
    a number or barcode already taken."""
    clash = model.select().where(condition)
    if current is not None:
        clash = clash.where(model.id != current.id)
    return clash.exists()
