"""The shared vocabulary of imports: what a format module hands the engine (``Incoming`` rows,
``BadRow``/``RowError`` for a row it cannot read), the cleaning and parsing helpers every format uses,
and ``ImportPlan`` (what the dry run found).

Direction: format modules (``slims``, ``marc``, ``spreadsheet``, ``slims_members``) import this module;
the engine (``importer``) imports this module and the formats. Nothing here imports a format or the
engine.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from ..catalog.isbn import normalise_isbn
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP

Progress = Callable[[float, str], None]
Cancel = Callable[[], bool]
Translate = Callable[[str, str], str]

FORMATS = ("slims-biblio", "slims-item", "marc", "marcxml", "xlsx", "csv")
MAX_BARCODE = 20

# Item statuses (core.catalog owns the list; these are the codes the schema documents).
SOURCES = ("purchase", "grant", "donation", "other")

RECORD_FIELDS = ("title", "subtitle", "responsibility", "edition", "isbn", "issn", "material_type", "publisher",
                 "place", "year_text", "year", "collation", "series", "language", "ddc", "notes", "audience",
                 "authors", "subjects", "slims_id")
ITEM_FIELDS = ("barcode", "accession_no", "call_number", "location", "source", "source_detail", "supplier",
               "order_no", "order_date", "invoice", "invoice_date", "price", "received_on", "status",
               "condition_note")


def _identity(context: str, text: str) -> str:
    return text


@dataclass
class BadRow:
    """A row that is left out of the import, with why (a translatable template and its values)."""

    row: int
    template: str
    params: dict[str, Any] = field(default_factory=dict)
    context: str = "Import"  # "Errors" for the catalogue's own validation messages

    def message(self, translate: Translate = _identity) -> str:
        text = translate(self.context, self.template)
        try:
            return text.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return self.template.format(**self.params)


class RowError(Exception):
    """Raised by a format's field parsers; becomes the row's BadRow."""

    def __init__(self, template: str, **params: Any) -> None:
        super().__init__(template)
        self.template = template
        self.params = params


@dataclass
class Incoming:
    """One row (or MARC record) of a file, as the catalogue would see it."""

    row: int
    record: dict[str, Any] | None = None  # Record fields the file carries; authors/subjects as lists
    items: list[dict[str, Any]] = field(default_factory=list)  # copies; ``collection_type`` as a name
    record_title: str = ""  # a SLiMS item row names its record by title only
    control: str = ""  # MARC 001 (our uid when the file came from us)
    copies: int = 0  # a spreadsheet's "eksemplar" count when it lists no barcodes
    error: BadRow | None = None


@dataclass
class ImportPlan:
    format: str
    path: str
    rows: int = 0
    records_add: int = 0
    records_update: int = 0
    records_skip: int = 0
    items_add: int = 0
    items_update: int = 0
    items_skip: int = 0
    bad: list[BadRow] = field(default_factory=list)
    applied: bool = False
    # what apply() will do
    new_records: list[dict[str, Any]] = field(default_factory=list, repr=False)
    record_updates: dict[int, dict[str, Any]] = field(default_factory=dict, repr=False)
    new_items: list[tuple[tuple[str, int], dict[str, Any]]] = field(default_factory=list, repr=False)
    item_updates: dict[int, dict[str, Any]] = field(default_factory=dict, repr=False)
    new_collection_types: list[str] = field(default_factory=list, repr=False)
    new_subjects: list[str] = field(default_factory=list, repr=False)

    @property
    def changes(self) -> int:
        return self.records_add + self.records_update + self.items_add + self.items_update

    def summary(self) -> dict[str, Any]:
        return {
            "format": self.format, "file": self.path, "rows": self.rows, "applied": self.applied,
            "records": {"add": self.records_add, "update": self.records_update, "skip": self.records_skip},
            "copies": {"add": self.items_add, "update": self.items_update, "skip": self.items_skip},
            "bad_rows": len(self.bad),
        }


# --- small parsers shared by the formats -----------------------------------------------------------


def read_text(path: str | Path) -> str:
    """A text file's contents: UTF-8 (a BOM is tolerated), else Windows-1252, else Latin-1."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {error}"), path=str(path),
                              error=exc.strerror or str(exc)) from exc
    if b"\x00" in data[:4096]:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "{path} is not a text (CSV) file. Check that you chose the right file and format."),
            path=Path(path).name)
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for encoding in ("utf-8", "cp1252", "latin-1"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1", errors="replace")  # pragma: no cover - latin-1 decodes anything


def clean(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%Y/%m/%d", "%d.%m.%Y")


def parse_date(value: Any, column: str) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = clean(value)
    if not text or text.startswith("0000-00-00"):
        return None
    text = text.split(" ")[0].split("T")[0]
    for pattern in _DATE_FORMATS:
        try:
            return datetime.strptime(text, pattern).date()
        except ValueError:
            continue
    raise RowError(QT_TRANSLATE_NOOP("Import", "{column}: {value} is not a date (use YYYY-MM-DD)."),
                   column=column, value=clean(value))


def parse_price(value: Any, column: str) -> int | None:
    if value is None or value == "":
        return None
    if isinstance(value, int | float):
        return int(round(value))
    text = re.sub(r"(?i)^\s*(rp\.?|idr)\s*", "", clean(value)).replace(" ", "")
    if not text:
        return None
    if re.fullmatch(r"\d+([.,]\d{1,2})?", text):
        return int(round(float(text.replace(",", "."))))
    if re.fullmatch(r"\d{1,3}([.,]\d{3})+([.,]\d{1,2})?", text):
        body = re.sub(r"[.,]\d{1,2}$", "", text) if re.search(r"[.,]\d{1,2}$", text) else text
        return int(re.sub(r"[.,]", "", body))
    raise RowError(QT_TRANSLATE_NOOP("Import", "{column}: {value} is not a price in rupiah."),
                   column=column, value=clean(value))


def parse_year(text: str) -> int | None:
    match = re.search(r"(?<!\d)(1[0-9]{3}|20[0-9]{2})(?!\d)", text or "")
    return int(match.group(1)) if match else None


def parse_isbn(text: str) -> str:
    """ISBN-13 digits, or RowError naming the bad ISBN."""

    text = clean(text)
    if not text:
        return ""
    try:
        return normalise_isbn(text)
    except ValidationError:
        raise RowError(QT_TRANSLATE_NOOP("Import", "{isbn} is not a valid ISBN (check the digits)."),
                       isbn=text) from None


_ISSN = re.compile(r"^\d{4}-?\d{3}[\dXx]$")


def split_isbn_issn(text: str) -> dict[str, str]:
    """SLiMS keeps ISBN and ISSN in one column: an 8-character code with a hyphen is an ISSN."""
    text = clean(text)
    if not text:
        return {}
    if _ISSN.match(text) and len(text.replace("-", "")) == 8:
        return {"issn": text.upper() if "-" in text else f"{text[:4]}-{text[4:]}".upper()}
    return {"isbn": parse_isbn(text)}


def fold(text: str) -> str:
    """Lower case, no accents, no punctuation, single spaces: for matching titles and names."""
    text = text or ""
    if not text.isascii():  # (plain ASCII has no accents to take off)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(_NOT_WORD.sub(" ", text.casefold()).split())


_NOT_WORD = re.compile(r"[^\w\s]")


def first_author(authors: list[dict[str, str]] | None) -> str:
    return authors[0]["name"] if authors else ""
