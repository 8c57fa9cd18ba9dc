"""ISBNs as people type them: hyphens, spaces, ISBN-10 or ISBN-13. Stored as ISBN-13 digits.
The check digit is always verified: barcode libraries silently "fix" a wrong one.

Some books really are printed with a wrong check digit (common in Indonesian books). Such an ISBN is
kept as printed only when someone says so (an import, or the librarian ticking "keep as printed"):
``misprinted_isbn`` gives its compact digits, ``corrected_isbn`` what the check digit would make it."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from stdnum import isbn as _isbn
from stdnum.exceptions import ValidationError as _StdnumError

from ..cells import looks_like_scientific
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP


def normalise_isbn(text: str) -> str:
    """ISBN-13 digits for any valid ISBN form; '' for empty input; ValidationError otherwise."""
    compact = (text or "").strip()
    if not compact:
        return ""
    # isascii(): "²" and other Unicode digits pass isdigit() but not int() (found by the fuzz test)
    if len(compact) == 13 and compact.isascii() and compact.isdigit() and compact[:3] in ("978", "979") \
            and isbn13_check_digit(compact[:12]) == compact[12]:
        return compact  # already ISBN-13 digits (imports meet this form 100,000 times): skip stdnum
    if looks_like_scientific(compact):  # an ISBN a spreadsheet took for a number: saved so, its end is gone
        raise ValidationError(DIGITS_LOST, field="isbn", isbn=compact)
    try:
        return _isbn.to_isbn13(_isbn.validate(compact)).replace("-", "")
    except _StdnumError:
        if looks_cut(compact):
            raise ValidationError(DIGITS_LOST, field="isbn", isbn=compact) from None
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "{isbn} is not a valid ISBN (check the digits)."), field="isbn", isbn=text.strip()
        ) from None


DIGITS_LOST = QT_TRANSLATE_NOOP(
    "Errors", "{isbn} is an ISBN that a spreadsheet turned into a number: its last digits are lost. Type it "
              "again from the book (in Excel, format the ISBN column as Text first).")


def looks_cut(digits: str) -> bool:
    """Whether thirteen digits are an ISBN whose end a spreadsheet dropped: Excel shows 9786020312345 as
    9.78602E+12, a CSV saved so and opened again holds 9786020000000. (Only said of a number whose check
    digit does not fit: no check digit can be put right on it, the digits before it are gone too.)"""
    return len(digits) == 13 and digits.isascii() and digits.isdigit() and digits[:3] in ("978", "979") \
        and digits.endswith(_CUT_ZEROS)


def digits_lost(text: str) -> bool:
    """Whether an ISBN as kept is one whose end a spreadsheet dropped (``9.78602E+12``, ``9786020000000``): many
    books of one publisher share what is left of theirs, which says nothing about their being one book."""
    compact = compact_isbn(text)
    return looks_like_scientific(compact) or (looks_cut(compact) and not is_valid_isbn(compact))


_CUT_ZEROS = "00000"  # (Excel's scientific notation keeps at most six digits of thirteen: seven zeros)


def cut_from(kept: str, whole: str) -> bool:
    """Whether ``kept``, an ISBN a spreadsheet cut (``9,78979E+12``, ``9786020000000``), is what it left of the
    valid ISBN ``whole``: the same number rounded to the digits it shows. A record already holding ``whole``
    needs nothing typed again; another ISBN is another book's, and still to be checked."""
    if not (whole and is_valid_isbn(whole) and digits_lost(kept)):
        return False
    compact = compact_isbn(kept).replace(",", ".")
    try:
        shown = Decimal(compact)
    except InvalidOperation:
        return False
    mantissa = compact.split("E")[0] if "E" in compact else compact.rstrip("0")
    significant = len(mantissa.replace(".", "").lstrip("0"))
    unit = Decimal(10) ** (shown.adjusted() - significant + 1)  # (the last digit shown is worth this much)
    return abs(Decimal(compact_isbn(whole)) - shown) * 2 <= unit


def compact_isbn(text: str) -> str:
    """The digits (and a final X) of an ISBN as written, without hyphens or spaces: how an ISBN kept as
    printed is stored and compared."""
    return str.translate(text or "", _NOT_ISBN).upper()  # (a table, not a loop: every row's ISBN, each import)


_NOT_ISBN = str.maketrans("", "", "- \u2010\u2011\u2013")  # hyphens, spaces, dashes


def corrected_isbn(text: str) -> str:
    """The ISBN these digits make with the check digit computed ('' when they are not ISBN-shaped): the
    suggestion for an ISBN whose check digit does not fit. ISBN-13 digits, or ISBN-10 for ten digits."""
    digits = compact_isbn(text)
    if looks_cut(digits):  # (a check digit computed on lost digits would make up an ISBN of another book)
        return ""
    if len(digits) == 13 and digits.isascii() and digits[:12].isdigit() and digits[:3] in ("978", "979"):
        return digits[:12] + isbn13_check_digit(digits[:12])
    if len(digits) == 10 and digits.isascii() and digits[:9].isdigit():
        total = sum((10 - i) * int(d) for i, d in enumerate(digits[:9]))
        check = (11 - total % 11) % 11
        return digits[:9] + ("X" if check == 10 else str(check))
    return ""


def misprinted_isbn(text: str) -> str:
    """The compact digits of an ISBN whose only fault is its check digit ('' for a valid ISBN, or for text
    that is wrong in another way: too short, letters...)."""
    digits = compact_isbn(text)
    right = corrected_isbn(digits)
    return digits if right and right != digits else ""


def is_valid_isbn(text: str) -> bool:
    try:
        return bool(normalise_isbn(text))
    except ValidationError:
        return False


def format_isbn(isbn13: str) -> str:
    """Hyphenated for display, e.g. 978-602-03-1234-5 (falls back to the digits)."""
    try:
        return _isbn.format(isbn13)
    except _StdnumError:
        return isbn13


def isbn13_check_digit(first12: str) -> str:
    total = sum(map(int, first12[0::2])) + 3 * sum(map(int, first12[1::2]))
    return str((10 - total % 10) % 10)
