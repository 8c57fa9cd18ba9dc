"""The flags of an imported row that names another record, listed as possible duplicates (reason
"duplicate") and never merged: the same ISBN, the same description with another material type, the same
number from two systems, a near twin. ``other`` is a record or one this import adds (``params["_other"]``);
its id and title are put in when the session writes its chunk (``name_others``)."""

from __future__ import annotations

from typing import Any

from ..catalog import review
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from .matching import Ref, ref_id, rows_by_id
from .near_duplicates import NEAR_TWIN, WRITTEN_ANOTHER_WAY


def other_book(row: int, value: str, other: Ref, template: str, **params: Any) -> review.Flag:
    """A flag naming another record (``other``: resolved to its id and title when the chunk is written)."""
    flag = review.Flag(reason="duplicate", field="", value=value, template=template,
                       params={**params, "other": "", "other_title": ""}, row=row)
    flag.params["_other"] = other
    return flag


def other_kind(row: int, title: str, other: Ref) -> review.Flag:
    """A mild possible duplicate: a record with the same description but another material type (a print
    book and its e-book) is another book, kept apart; said so, as the catalogue's type may only be the
    default "book" a record gets when no one gave it one."""
    return other_book(row, title, other, QT_TRANSLATE_NOOP(
        "Review", "Possible duplicate (mungkin duplikat): {other_title} (record {other}) has the same title, "
                  "edition, year, publisher and authors but another material type (a print book and its "
                  "e-book, say): the two were kept apart. Merge them by hand if they are one book."))


def same_isbn(row: int, isbn: str, other: Ref) -> review.Flag:
    return other_book(row, isbn, other, QT_TRANSLATE_NOOP(
        "Review", "Possible duplicate (mungkin duplikat): {other_title} (record {other}) has the same ISBN "
                  "{isbn}. Different books with one ISBN stay apart; merge them by hand if they are the same."),
        isbn=isbn)


def same_number(row: int, number: str, title: str, other: int) -> review.Flag:
    return other_book(row, title, other, QT_TRANSLATE_NOOP(
        "Review", "The number {number} this file gives the book is also that of {other_title} (record {other}), "
                  "a different book: the two were kept apart. Numbers from two systems can be the same."),
        number=number.split(":")[-1])


def near_twin(row: int, title: str, other: Ref, missing: list[str]) -> review.Flag:
    """A new record that may be ``other`` described with less (``missing``: what one of the two lacks) or written
    another way (``near_duplicates``)."""
    return other_book(row, title, other, NEAR_TWIN if missing else WRITTEN_ANOTHER_WAY, labels=missing)


def name_others(lib: Library, flags: list[review.Flag]) -> None:
    """The other record each of ``flags`` names (``other_book``), by its id and title: every record of the
    chunk being written has its id by now. The titles are read for all of them at once."""
    naming = [flag for flag in flags if "_other" in flag.params]
    for flag in naming:
        flag.params["other"] = ref_id(flag.params.pop("_other"))
    ids = list({flag.params["other"] for flag in naming})
    titles = {row["id"]: row["title"] for row in rows_by_id(lib, "record", ["id", "title"], ids)}
    for flag in naming:
        flag.params["other_title"] = titles[flag.params["other"]]
