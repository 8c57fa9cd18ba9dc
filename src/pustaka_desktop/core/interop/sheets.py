"""Rows of a spreadsheet file, xlsx (openpyxl, read-only: streamed) or CSV (any of ; , tab, streamed):
shared by the generic spreadsheet import and INLISLite's exports."""

from __future__ import annotations

import csv
import itertools
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..jobs import Cancel, Progress, checkpoint
from .types import clean, text_lines


def xlsx_rows(path: str | Path) -> Iterator[list[Any]]:
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        workbook = load_workbook(str(path), read_only=True, data_only=True)
    except (InvalidFileException, OSError, KeyError, ValueError) as exc:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{path} is not an Excel (xlsx) file ({error})."),
                              path=Path(path).name, error=str(exc) or type(exc).__name__) from exc
    except Exception as exc:  # zipfile.BadZipFile and friends
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{path} is not an Excel (xlsx) file ({error})."),
                              path=Path(path).name, error=str(exc) or type(exc).__name__) from exc
    try:
        sheet = workbook.worksheets[0]
        for values in sheet.iter_rows(values_only=True):
            yield list(values)
    finally:
        workbook.close()


def csv_rows(path: str | Path) -> Iterator[list[Any]]:
    _, lines = text_lines(path)
    first = next(lines, None)
    if first is None:
        return
    delimiter = max((";", ",", "\t"), key=first.count)
    # csv joins a quoted field's line breaks itself: hand it lines with their ends back
    yield from csv.reader(itertools.chain([first + "\n"], (line + "\n" for line in lines)), delimiter=delimiter)


def rows(path: str | Path, fmt: str) -> Iterator[list[Any]]:
    return xlsx_rows(path) if fmt == "xlsx" else csv_rows(path)


def sheet_rows(path: str | Path) -> tuple[int, list[str], Iterator[list[Any]]]:
    """(header row number, headers, the rows after it) of an xlsx or CSV file, told apart by the
    file itself (an xlsx is a zip)."""
    with Path(path).open("rb") as handle:
        fmt = "xlsx" if handle.read(4) == b"PK\x03\x04" else "csv"
    iterator = rows(path, fmt)
    header_row, headers = header(iterator)
    if not headers:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{path} is empty."), path=Path(path).name)
    return header_row, headers, iterator


def header(rows: Iterator[list[Any]]) -> tuple[int, list[str]]:
    for number, values in enumerate(rows, start=1):
        if any(clean(v) for v in values):
            return number, [clean(v) or f"#{i + 1}" for i, v in enumerate(values)]
    return 0, []


def filled_rows(rows: Iterator[list[Any]], first: int, rows_hint: int, progress: Progress | None,
                cancel: Cancel | None) -> Iterator[tuple[int, list[Any]]]:
    """(row number, values) of the rows that hold anything, numbered from ``first``; progress is
    guessed from the row number against ``rows_hint`` (an estimate from the file's size)."""
    for number, values in enumerate(rows, start=first):
        if number % 1000 == 0:
            checkpoint(progress, cancel, min(0.99, number / rows_hint), QT_TRANSLATE_NOOP("Import", "Reading the file"))
        if any(clean(v) for v in values):
            yield number, values
