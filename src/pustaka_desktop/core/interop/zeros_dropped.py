"""A copy's number that lost its zeros on one row of a sheet that writes them on others.

A buku induk whose barcodes or accession numbers are written with zeros in front (``00012``: a text cell, the
number on the label) gets rows typed by someone else into a cell Excel takes for a number: ``13`` is shown and saved
without its zeros. The copy came in as ``13`` without a word, its label ``00013``. Such a number is kept as written
(the label may say ``13`` after all) and put on the review list with the zeros as the suggestion. Read as the rows
come (a buku induk may hold 100,000 copies): a row before the first number with zeros is not compared.
"""

from __future__ import annotations

from typing import Any

from ..catalog import review
from ..i18n import QT_TRANSLATE_NOOP

NUMBERS = ("barcode", "accession_no")
ZEROS_DROPPED = QT_TRANSLATE_NOOP(
    "Review", "{column} {value} is written without zeros in front, where the rows above write {example}: a spreadsheet "
              "may have taken it for a number and dropped them. Take the suggestion if the book's label says "
              "{suggestion}.")


class Widths:
    """The longest number with zeros in front each column has given so far, and one such number."""

    def __init__(self, labels: dict[str, str]) -> None:
        self.labels = labels  # what the sheet calls each field's column
        self.seen: dict[str, str] = {}

    def check(self, items: list[dict[str, Any]], row: int) -> None:
        """Flags each copy of ``items`` whose number is shorter than the column's numbers with zeros."""
        for item in items:
            for name in NUMBERS:
                value = item.get(name)
                if not isinstance(value, str) or not (value.isascii() and value.isdigit()):
                    continue
                example = self.seen.get(name, "")
                if value.startswith("0") and len(value) > 1:
                    if len(value) > len(example):
                        self.seen[name] = value
                elif len(value) < len(example):
                    padded = value.zfill(len(example))
                    item.setdefault("_flags", []).append(review.Flag(
                        reason="copy", field=name, value=value, template=ZEROS_DROPPED, suggestion=padded, row=row,
                        params={"column": self.labels.get(name, name), "value": value, "example": example,
                                "suggestion": padded}))
