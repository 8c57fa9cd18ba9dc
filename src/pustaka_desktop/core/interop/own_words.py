"""The words our xlsx export writes for a record's material type and readers and a copy's source and status: the
labels the app shows, in the language it was made in ("Buku", "Remaja", "Sumbangan", "Dipinjam"), not the codes the
catalogue stores ("book", "teen", "donation", "on_loan"), which a librarian opening the file in Excel cannot read.

Imported back (a sheet with our export's columns: ``spreadsheet.is_own_export``), each is read as exactly its code,
whichever language wrote it, before the words other systems write are tried: "Tidak ditemukan" is our stock-take's
*missing*, where a hand-kept sheet's means lost; "Diperbaiki" is the status, not a remark worth keeping. An export made
before this wrote the codes: they are read too."""

from __future__ import annotations

from collections.abc import Callable

from ..catalog.copies import ITEM_STATUSES, SOURCES
from ..catalog.records import AUDIENCES, MATERIAL_TYPES
from ..i18n import indonesian
from .types import fold

Translate = Callable[[str, str], str]

# each field's labels (English, in the "Catalog" context)
LABELS: dict[str, dict[str, str]] = {"material_type": MATERIAL_TYPES, "audience": AUDIENCES, "source": SOURCES,
                                     "status": ITEM_STATUSES}
_CODES: dict[str, dict[str, str]] = {
    field: {fold(written): code for code, label in labels.items() for written in (code, label, indonesian("Catalog", label))}
    for field, labels in LABELS.items()}


def written(field: str, code: str | None, translate: Translate) -> str:
    """What the export writes for ``code`` of ``field``: its label in the export's language (a code of no label, as
    it is)."""
    label = LABELS[field].get(code or "")
    return translate("Catalog", label) if label else (code or "")


def code_of(field: str, text: str) -> str | None:
    """The code our export wrote ``text`` for (label, its Indonesian, or the code), else None."""
    return _CODES[field].get(fold(" ".join(text.split())))
