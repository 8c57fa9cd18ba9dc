"""The flags of an imported row that names another record, listed as possible duplicates (reason
"duplicate") and never merged: the same ISBN, the same description with another material type, the same
number from two systems, a near twin. ``other`` is a record or one this import adds (``params["_other"]``);
its id and title are put in when the session writes its chunk (``name_others``)."""

from __future__ import annotations

from typing import Any

from ..catalog import review
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from .matching import New, Ref, ref_id, rows_by_id
from .near_duplicates import NEAR_TWIN, WRITTEN_ANOTHER_WAY

OTHER_KIND = QT_TRANSLATE_NOOP(
    "Review", "Possible duplicate (mungkin duplikat): {other_title} (record {other}) has the same title, edition, "
              "year, publisher and authors but another material type (a print book and its e-book, say): the two "
              "were kept apart. Merge them by hand if they are one book.")
SAME_ISBN = QT_TRANSLATE_NOOP(
    "Review", "Possible duplicate (mungkin duplikat): {other_title} (record {other}) has the same ISBN {isbn}. "
              "Different books with one ISBN stay apart; merge them by hand if they are the same.")


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
    return other_book(row, title, other, OTHER_KIND)


def same_isbn(row: int, isbn: str, other: Ref) -> review.Flag:
    return other_book(row, isbn, other, SAME_ISBN, isbn=isbn)


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
    chunk being written has its id by now. The titles are read for all of them at once. One this import adds is
    also named by its row in the file (``other_row``: what a dry run shows, ``by_row``)."""
    naming = [flag for flag in flags if "_other" in flag.params]
    for flag in naming:
        other = flag.params.pop("_other")
        flag.params["other"] = ref_id(other)
        if isinstance(other, New) and other.row:
            flag.params["other_row"] = other.row
    ids = list({flag.params["other"] for flag in naming})
    titles = {row["id"]: row["title"] for row in rows_by_id(lib, "record", ["id", "title"], ids)}
    for flag in naming:
        flag.params["other_title"] = titles[flag.params["other"]]


# the same flags as a dry run shows them: the other book is one of this file's, not a record yet (the record number
# it was given is rolled back with everything else, and the catalogue has another book by that number, or none)
_BY_ROW = {
    OTHER_KIND: QT_TRANSLATE_NOOP(
        "Review", "Possible duplicate (mungkin duplikat): {other_title} ({other_place}) has the same title, edition, "
                  "year, publisher and authors but another material type (a print book and its e-book, say): the "
                  "two will be kept apart. Merge them by hand if they are one book."),
    SAME_ISBN: QT_TRANSLATE_NOOP(
        "Review", "Possible duplicate (mungkin duplikat): {other_title} ({other_place}) has the same ISBN {isbn}. "
                  "Different books with one ISBN stay apart; merge them by hand if they are the same."),
    NEAR_TWIN: QT_TRANSLATE_NOOP(
        "Review", "Possible duplicate (mungkin duplikat): {other_title} ({other_place}) has the same title and "
                  "authors, and nothing else that both give differs; given by only one of the two, or shortened: "
                  "{labels}. The two will be kept apart: merge them by hand if they are one book."),
    WRITTEN_ANOTHER_WAY: QT_TRANSLATE_NOOP(
        "Review", "Possible duplicate (mungkin duplikat): {other_title} ({other_place}) has the same title, edition, "
                  "year, publisher and authors, written another way. The two will be kept apart: merge them by hand "
                  "if they are one book."),
}
# where in the file the other book is: a sheet's row, or a MARC file's (a database dump's) record by its order
_ROW_OF_THIS_FILE = QT_TRANSLATE_NOOP("Review", "row {row} of this file")
_RECORD_OF_THIS_FILE = QT_TRANSLATE_NOOP("Review", "record {row} of this file")


def by_row(entries: list[review.Entry]) -> list[review.Entry]:
    """A dry run's flags (``review.raised_since``): each that names another book of the same file names it by its
    place in the file."""
    for entry in entries:
        row = entry.params.get("other_row")
        if entry.template in _BY_ROW and row:
            entry.template = _BY_ROW[entry.template]
            place = _ROW_OF_THIS_FILE if entry.of_a_sheet else _RECORD_OF_THIS_FILE
            entry.params["other_place"] = {"template": place, "params": {"row": row}}
    return entries
