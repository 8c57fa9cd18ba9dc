"""A book the old system catalogued twice, and a list of its copies that does not say which record each copy is of.

INLISLite's copy report (Laporan Eksemplar) has no BIB ID: a copy is named by its record's title, author, publisher,
year... (``LaporanEksemplar.php`` joins ``catalogs``), so the copies of a book a volunteer entered twice (two BIB IDs,
one description) all matched the record found first. Its other columns of the record (ISBN, Subjek, No. Dewey, Bahasa,
Tempat Terbit) are the record's own values: where the two records differ in one, the copy is of the record whose value
the row gives. Where nothing differs, nothing in the file tells them apart: the copies stay on the first record and the
librarian is told, once a book, which record they went to and how to move one. No guess is made from the copy's own
fields (its call number, its shelf): a copy's may differ from its record's."""

from __future__ import annotations

import json
from typing import Any

from ..catalog import review
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from .duplicate_flags import other_book
from .matching import rows_by_id
from .types import fold

TOLD_APART_BY = ("isbn", "ddc", "language", "place", "subjects")

COPIES_TO_ONE = QT_TRANSLATE_NOOP(
    "Review", "Possible duplicate (mungkin duplikat): the old system has this book twice, as this record and as "
              "{other_title} (record {other}), and its list of copies does not say which record a copy is of "
              "(INLISLite's copy report has no BIB ID, and the two records' title, author, publisher, year, ISBN and "
              "subjects are the same): all its copies came to this record. Check each copy's accession number (No. "
              "Induk) in the old system or the buku induk. To move a copy to the other record: Catalogue page, this "
              "title, select the copy, Move… (Ctrl+M), choose record {other}. If the two are one "
              "book entered twice, the other record can be deleted.")

# (the other order: the list of copies imported before the catalogue that tells the two records apart)
COPIES_ELSEWHERE = QT_TRANSLATE_NOOP(
    "Review", "Possible duplicate (mungkin duplikat): the old system has this book twice, as this record and as "
              "{other_title} (record {other}). Its list of copies, imported before, does not say which record a copy "
              "is of (INLISLite's copy report has no BIB ID): all the copies went to record {other}, none to this one. "
              "Check each copy's accession number (No. Induk) in the old system or the buku induk. To move a copy here: "
              "Catalogue page, record {other}, select the copy, Move… (Ctrl+M), choose this record. "
              "If the two are one book entered twice, this record can be deleted.")


def _values(row: dict[str, Any]) -> dict[str, Any]:
    subjects = row.get("subjects") or []
    if isinstance(subjects, str):
        subjects = json.loads(subjects or "[]")
    return {"isbn": row.get("isbn") or "", "ddc": row.get("ddc") or "", "language": row.get("language") or "",
            "place": fold(row.get("place") or ""), "subjects": frozenset(fold(s) for s in subjects if fold(s))}


def _agrees(record: dict[str, Any], row: dict[str, Any]) -> bool:
    """Whether a record may be the one a row describes: each value the row gives is the record's (a column the
    librarian did not tick says nothing; a class number only where both have one: the copy report reads it with
    the copy's call number)."""
    for name in TOLD_APART_BY:
        if not row[name]:
            continue
        if name == "ddc" and not record[name]:
            continue
        if record[name] != row[name]:
            return False
    return True


class Twins:
    """The records of each description the catalogue holds more than once, read at need."""

    def __init__(self, lib: Library) -> None:
        self.lib = lib
        self._rows: dict[int, dict[str, Any]] = {}
        self.said: set[str] = set()  # descriptions whose copies were said to have gone to one record

    def which(self, twins: list[int], rec: dict[str, Any]) -> int | None:
        """The one record of ``twins`` a copy row (``rec``: its record fields) can be of, else None."""
        unread = [rid for rid in twins if rid not in self._rows]
        for row in rows_by_id(self.lib, "record", ["id", *TOLD_APART_BY], unread):
            self._rows[row["id"]] = _values(row)
        wanted = _values(rec)
        fitting = [rid for rid in twins if _agrees(self._rows[rid], wanted)]
        return fitting[0] if len(fitting) == 1 else None

    def copies_to_one(self, ident: str, row: int, title: str, others: list[int], flags: list[review.Flag]) -> None:
        """Said once a description: its copies went to the first record, ``others`` may be theirs."""
        if ident in self.said:
            return
        self.said.add(ident)
        for other in others:
            flags.append(other_book(row, title, other, COPIES_TO_ONE))
