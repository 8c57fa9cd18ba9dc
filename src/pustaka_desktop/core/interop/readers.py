"""Which reader reads an import file: the format a file fits (what the import wizard switches to when the
format chosen cannot read the file), the readers by format, and a reader's unexpected failure turned
into a message. ``importer`` runs what they read through the catalogue."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from . import dump_files, inlislite_backup, marc_json, sheets, slims_backup, slims_shape
from .not_records import refuse_documents
from .types import UNREADABLE, Cancel, Incoming, Progress, clean, read_to_the_end

_SPREADSHEET_FORMATS = ("xlsx", "inlislite")
_TEXT_FORMATS = ("slims-biblio", "slims-item", "csv", "inlislite")
_EXPECTED = {"slims-biblio": slims_shape.BIBLIO, "slims-item": slims_shape.ITEM}


def fitting_format(path: str | Path, chosen: str) -> str:
    """``chosen`` when the file can be read that way, else the format its first bytes say (an Excel
    file picked with "SLiMS CSV" still selected, a MARC file with "CSV"; a header SLiMS wrote names
    its file whatever was chosen): what the import wizard switches to when a file is chosen."""
    try:
        with Path(path).open("rb") as handle:
            head = handle.read(4096)
    except OSError:
        return chosen
    if slims_backup.is_backup(head) or dump_files.holds_dump(path):  # (a zip of .sql files and a readme)
        return "inlislite-sql" if inlislite_backup.is_inlislite_backup(path) else "slims-sql"
    if sheets.kind_of(path) != "csv":  # (a SLiMS export opened in Excel and saved as a workbook is still SLiMS's)
        return _slims_export(_first_header(path)) or (chosen if chosen in _SPREADSHEET_FORMATS else "xlsx")
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if (text[:5].isdigit() and len(text) >= 24) or text[:4].upper() == b"=LDR" or marc_json.is_json(text):
        return "marc"  # (ISO 2709, MARC as text, or SLiMS's MARCJSON)
    if text.startswith(b"<"):
        return "marcxml"
    slims = _slims_export(head.decode("utf-8", "replace").lower()) or _slims_rows(path)
    return slims or (chosen if chosen in _TEXT_FORMATS else "csv")


def _slims_rows(path: str | Path) -> str:
    """The SLiMS catalogue export a CSV without a header is, by its rows (SLiMS 7 and 8 write none): "" for
    none (``slims_shape``; its member export is no catalogue, refused by ``parse``)."""
    kind = slims_shape.kind_of_file(path)
    return kind if kind in (slims_shape.BIBLIO, slims_shape.ITEM) else ""


def _slims_export(header: str) -> str:
    """The SLiMS export a file's first line names by its columns ("" for none)."""
    return "slims-biblio" if "gmd_name" in header else "slims-item" if "coll_type_name" in header else ""


def _first_header(path: str | Path) -> str:
    """The first rows of a workbook's first sheet (where its header is), lower case, as one text."""
    return " ".join(" ".join(row) for row in _first_rows(path)).lower()


def _first_rows(path: str | Path) -> tuple[tuple[str, ...], ...]:
    """The first rows of a workbook's first sheet, as text (() when it cannot be read: the import says why).
    Read once for the looks the import wizard takes at a file (``fitting_format``): opening a workbook of
    50,000 rows costs half a second."""
    try:
        stat = Path(path).stat()
        return _first_rows_of(str(path), stat.st_size, stat.st_mtime_ns)
    except (ValidationError, OSError, ValueError, KeyError):
        return ()


@functools.lru_cache(maxsize=4)
def _first_rows_of(path: str, size: int, modified: int) -> tuple[tuple[str, ...], ...]:
    rows = sheets.first_sheet(path)
    try:
        return tuple(tuple(clean(value) for value in values) for values in itertools.islice(rows, sheets.HEADER_SEARCH))
    finally:
        rows.close()  # (the workbook is open until its rows are read)


def parse(fmt: str, path: str | Path, mapping: dict[str, str] | None = None, progress: Progress | None = None,
          cancel: Cancel | None = None) -> Iterator[Incoming]:
    """The rows of a file, one at a time. A file that is not of the format raises ValidationError
    (at the first row read)."""
    from . import inlislite, marc_reader, marc_text, slims, spreadsheet

    readers: dict[str, Callable[..., Iterator[Incoming]]] = {
        "slims-biblio": slims.read_biblio,
        "slims-item": slims.read_items,
        # its copies: "slims-sql-items" (``import_slims_backup``); ``mapping`` names the database to read of a
        # server's dump of several
        "slims-sql": lambda p, progress=None, cancel=None: slims_backup.read_biblio(
            p, progress, cancel, (mapping or {}).get("database")),
        "slims-sql-items": lambda p, progress=None, cancel=None: slims_backup.read_items(
            p, progress, cancel, (mapping or {}).get("database")),
        "marc": marc_text.read_marc,  # (ISO 2709, or MARC as text: MarcEdit's .mrk, INLISLite's "MARC UTF-8")
        "marcxml": marc_reader.read_marcxml,
        "inlislite": inlislite.read,
        "inlislite-sql": inlislite_backup.read,  # (its catalogue and copies, one row a record)
        # one reader for both: the file's first bytes say what it is, whatever its name or the choice
        "xlsx": lambda p, progress=None, cancel=None: spreadsheet.read(p, mapping, progress, cancel),
        "csv": lambda p, progress=None, cancel=None: spreadsheet.read(p, mapping, progress, cancel),
    }
    if fmt not in readers:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown import format {format}."), format=fmt)
    if Path(path).is_dir():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{path} is a folder: choose the file in it to import."),
                              path=str(path))
    if not Path(path).is_file():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The file {path} does not exist."), path=str(path))
    refuse_documents(path)
    if fmt in _TEXT_FORMATS + _SPREADSHEET_FORMATS and sheets.kind_of(path) == "csv":  # one of SLiMS's others
        slims_shape.refuse_other_export(path, _EXPECTED.get(fmt, slims_shape.CATALOGUE))
    fits = fitting_format(path, fmt) if fmt in ("inlislite", "xlsx", "csv") else ""
    if fits in inlislite.SLIMS_EXPORT:  # a SLiMS export as INLISLite: its "title" column alone would bring titles
        # without authors or copies; as any sheet, its <A><B> lists would be one author, one barcode
        raise ValidationError(inlislite.SLIMS_EXPORT[fits] if fmt == "inlislite" else SLIMS_EXPORT_AS_SHEET[fits],
                              path=Path(path).name)
    return readers[fmt](path, progress=progress, cancel=cancel)


SLIMS_EXPORT_AS_SHEET = {
    "slims-biblio": QT_TRANSLATE_NOOP(
        "Errors", "{path} is SLiMS's bibliography export (its columns are SLiMS's: gmd_name, isbn_issn, authors...): "
                  "import it as \"SLiMS bibliography CSV\" (pustaka-cli import slims-biblio), which reads its lists "
                  "of authors and copies. Nothing was imported."),
    "slims-item": QT_TRANSLATE_NOOP(
        "Errors", "{path} is SLiMS's item (copies) export (its columns are SLiMS's: item_code, coll_type_name...): "
                  "import it as \"SLiMS item (copies) CSV\" (pustaka-cli import slims-item). Nothing was imported."),
}


UNKNOWN_ENCODING = QT_TRANSLATE_NOOP(
    "Errors", "{path} declares a character encoding this program does not know ({error}). Save it as UTF-8 and "
              "import it again. Nothing was imported.")


def guarded(rows: Iterable[Incoming], path: str | Path) -> Iterator[Incoming]:
    """A reader that meets input it cannot handle (an unknown encoding, a workbook without a sheet, a
    damaged zip member, nesting deeper than Python's stack) refuses the file with a message; the
    import's transaction is rolled back, so nothing is half written."""
    import zipfile
    import zlib

    name = Path(path).name
    try:
        with read_to_the_end(path):
            yield from rows
    except LookupError as exc:
        if not isinstance(exc, (KeyError, IndexError)):
            raise ValidationError(UNKNOWN_ENCODING, path=name, error=str(exc)[:80]) from exc
        raise ValidationError(UNREADABLE, path=name, error=type(exc).__name__) from exc
    except (OverflowError, RecursionError, UnicodeError, zipfile.BadZipFile, zlib.error, EOFError,
            NotImplementedError, MemoryError, ValueError) as exc:  # ValueError: expat's "multi-byte encodings"
        raise ValidationError(UNREADABLE, path=name, error=type(exc).__name__) from exc


