"""A book a hand-kept sheet lists on several rows (a buku induk: a row a copy, the book bought again a year later):
its record came from the first row, and the later rows were read for their copies only. What they gave of the book
was lost without a word: the ISBN written on the second row only, the class number corrected on a later one, the
language of the third.

``more_of`` compares a later row with the record as the rows before made it: a field those left empty is filled
from this row; a class number, ISBN, ISSN or language both give that differ stays as the earlier row gave it, and
this row's value is put on the review list as the suggestion (nothing overwritten, nothing lost). A second import
of the file finds the fields filled and says no more than before."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..catalog import review
from ..i18n import QT_TRANSLATE_NOOP

# the record's fields a later row may fill in (those that tell the book apart are the same on its rows: ``identity``)
FILLED = ("isbn", "issn", "ddc", "class_other", "language", "collation", "notes", "subjects", "place",
          "responsibility")
CHECKED = ("isbn", "issn", "ddc", "language")  # those whose other value is named (each a reason of the review list)
OTHER_VALUE = QT_TRANSLATE_NOOP(
    "Review", "An earlier row of this book gives its {labels} as {kept}; this row gives {value}. The record keeps "
              "{kept}: use the suggestion if {value} is the right one.")


def empty(value: Any) -> bool:
    return value in ("", None, [], "[]")


def more_of(current: Mapping[str, Any], rec: Mapping[str, Any], flagged: set[str],
            row: int) -> tuple[dict[str, Any], list[review.Flag]]:
    """(the fields to fill in, the flags of the values that differ) of a later row ``rec`` of the record whose
    fields are ``current``; a value the row kept as written for checking (``flagged``) neither fills nor differs."""
    fills: dict[str, Any] = {}
    flags: list[review.Flag] = []
    for name in FILLED:
        value = rec.get(name)
        if empty(value) or name in flagged:
            continue
        have = current.get(name)
        if empty(have):
            fills[name] = value
        elif name in CHECKED and str(have) != str(value):
            flags.append(review.Flag(reason=name, field=name, value=str(value), template=OTHER_VALUE,
                                     params={"labels": [review.REASONS[name]], "kept": str(have), "value": str(value)},
                                     suggestion=str(value), row=row))
    return fills, flags
