"""INLISLite 3.0-3.2's *Katalog → Export Data Tag* (``SemuaDataKatalog.xls``), read as the MARC records it lists.

``KatalogExportDataTagController::actionTemplateExportExcel`` (pizaini/inlislite) echoes a web page's table served
as Excel: ``No | Judul | Katalog ID | Tag | Indicator 1 | Indicator 2 | Value``, one row per field the catalogue
keeps (``catalog_ruas``, in the order saved: 001 the Control Number, 005, 035 ``$a`` the BIB ID, the description,
then ``990 $a <No. Induk>`` per copy), ``No`` and ``Judul`` on the 001 row only, an indicator as stored (``#`` for a
blank), a data field's value as stored (``$a Laskar pelangi /$c Andrea Hirata``) and an empty row after each
catalogue. It is the whole catalogue with its copies' numbers, and the export some librarians find first, so it is
read as INLISLite's own MARC export is (``marc_reader.from_marc``: the same records, the same source ids, so the
two files land on the same books). Read as a plain sheet, its rows would be fields, not books."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..i18n import QT_TRANSLATE_NOOP
from .iso2709 import MarcField, MarcRecord
from .marc_reader import incoming
from .sheets import sheet_rows
from .types import BadRow, Cancel, Incoming, Progress, clean, fold

_COLUMNS = ("katalog id", "tag", "indicator 1", "indicator 2", "value")
BLANK_LEADER = " " * 24  # (the file has none: MarcHelpers::Export writes a blank one too)
NOT_A_FIELD = QT_TRANSLATE_NOOP("Import", "Row {row} names no MARC tag (Tag: {tag}): left out of its catalogue.")


def recognise(headers: list[str]) -> bool:
    """True for the header of Export Data Tag (INLISLite in English writes the same words)."""
    return set(_COLUMNS) <= {fold(h) for h in headers}


def read(path: str | Path, progress: Progress | None = None, cancel: Cancel | None = None) -> Iterator[Incoming]:
    """The catalogues of the file as rows, one a record, numbered as the file's ``No`` column numbers them."""
    header_row, headers, rows = sheet_rows(path)
    column = {fold(h): i for i, h in enumerate(headers)}
    notices: list[BadRow] = []
    size_hint = max(1, Path(path).stat().st_size // 1500)  # (about the bytes of one catalogue's rows)
    done = [0]

    def numbered() -> Iterator[tuple[int, MarcRecord]]:
        for number, record in enumerate(_records(rows, header_row, column, notices), start=1):
            done[0] = number
            yield number, record

    yield from incoming(numbered(), lambda: min(0.99, done[0] / size_hint), progress, cancel)
    for notice in notices:
        yield Incoming(0, notice=notice)


def _records(rows: Iterator[list[Any]], header_row: int, column: dict[str, int],
             notices: list[BadRow]) -> Iterator[MarcRecord]:
    """Each catalogue's record: its rows run together under one Katalog ID."""
    current, fields = "", []
    for number, values in enumerate(rows, start=header_row + 1):
        cell = {name: clean(values[i]) if i < len(values) else "" for name, i in column.items()}
        catalogue = cell["katalog id"]
        if not catalogue:
            continue  # (the empty row after each catalogue)
        if catalogue != current:
            if fields:
                yield MarcRecord(BLANK_LEADER, fields)
            current, fields = catalogue, []
        field = field_of(cell)
        if field is None:
            notices.append(BadRow(number, NOT_A_FIELD, {"row": number, "tag": cell["tag"] or "-"}))
        else:
            fields.append(field)
    if fields:
        yield MarcRecord(BLANK_LEADER, fields)


def field_of(cell: dict[str, str]) -> MarcField | None:
    """One row as INLISLite's MARC export writes the field: '#' a blank; a control field's '#' and '*' blanks too;
    a data field's value split at each '$' (its code, then the text)."""
    tag = cell["tag"].zfill(3)  # (a workbook Excel saved again: 20 for 020)
    if len(tag) != 3 or not tag.isalnum():
        return None
    value = cell["value"]
    if tag < "010" and tag.isdigit():
        return MarcField(tag, data=value.replace("#", " ").replace("*", " "))
    indicators = [(cell[name].replace("#", " ") or " ")[:1] for name in ("indicator 1", "indicator 2")]
    pieces = value.split("$")[1:] if "$" in value else [f"a{value}"]  # (a value typed without its code: $a)
    subfields = [(piece[0], piece[1:].strip()) for piece in pieces if piece]
    return MarcField(tag, indicator1=indicators[0], indicator2=indicators[1], subfields=subfields)
