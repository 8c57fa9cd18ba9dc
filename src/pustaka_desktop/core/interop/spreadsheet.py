"""Spreadsheets (xlsx with openpyxl, and CSV): many village libraries keep the buku induk in Excel.

Import has a column-mapping step: ``preview`` reads the header and the first rows and guesses which
column is which from its header (``sheet_headers``: the names Indonesian and English sheets write, and which fields
two columns may share); the user corrects the guess and passes the mapping to the import. This module finds the
catalogue's sheets, their headers and rows (with ``sheets``); each row's values go to
``catalogue_row.sheet_row`` (a record, its copies, a count). Rows of the same title + author become one
record with several copies (``importer``). A cell merged down (``merged_cells``) is read in every row
under it: a title merged over its copies' rows makes them copies of that book, an author, a "Kelas" or a
"Sumber" merged over several books is each one's; a barcode or an accession number merged down stays the
first row's (one number, one copy), and the sheet's notice says so. Rows hidden in Excel (by hand, by a
filter) are read like the others, and the sheet's notice says which (``HIDDEN_ROWS``).

What is said of a value names the sheet's own header. Values are read as
hand-kept sheets write them (``catalogue_row``, ``sheet_values``): Excel's day numbers and months without
a day, authors joined by "dan", "&" or "/" (between persons' names only), "dkk", a role in brackets.

Export writes the catalogue as one row per copy, every field of a record and a copy in a column with a
header the import recognises (in English or Indonesian), an author's role and kind in brackets after the
name. A sheet with our export's columns is read as ours (``is_own_export``): its authors are split at
";" only. The apostrophe the export puts before formula-looking text comes off again (``cells.as_written``).
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import auth
from ..cells import neutralise
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..jobs import checkpoint
from ..service import Library
from ..store.files import atomic_write, ready_to_save
from ..store.models import CollectionType, Item, Record, Staff
from . import (
    column_notices,
    dates,
    inlislite,
    loan_columns,
    loan_lists,
    member_sheets,
    merged_cells,
    own_words,
    sheets,
    source_marks,
    text_rows,
    title_totals,
    topic_column,
    zeros_dropped,
)
from .catalogue_row import FIELDS, ITEM_KEYS, RECORD_KEYS, TITLE_FIELDS, sheet_row
from .sheet_headers import JOINED, SHARED_FIELD, clashes, guess_mapping
from .sheet_values import (
    NOTHING,
    author_cell,
)
from .types import (
    BadRow,
    Cancel,
    Incoming,
    Progress,
    RowError,
    clean,
    fold,
)

Translate = Callable[[str, str], str]


@dataclass
class SheetPreview:
    headers: list[str]
    rows: list[list[str]]  # the cells as written
    mapping: dict[str, str] = field(default_factory=dict)
    header_row: int = 1
    sheets: list[str] = field(default_factory=list)  # a workbook's sheets, when it has more than one
    cells: list[list[Any]] = field(default_factory=list)  # the cells as the file holds them: the preview shows them
    # as the import reads them (``catalogue_row.as_read``)
    hidden: bool = False  # rows under the header are hidden in Excel (by hand or by a filter): they come in too
    sheet: str = ""  # the sheet shown: the first with titles, maybe after a cover or instructions sheet
    hidden_columns: list[str] = field(default_factory=list)  # columns hidden in Excel: read like the others


# --- reading --------------------------------------------------------------------------------------


def known_export(path: str | Path) -> str:
    """"inlislite" when the sheet is an export of INLISLite (read as such, without a column mapping); ''."""
    try:
        _, headers, _ = sheets.sheet_rows(path)
    except ValidationError:
        return ""
    return "inlislite" if inlislite.recognise(headers, sheets.only_title(path)) else ""


def preview(path: str | Path, rows: int = 10) -> SheetPreview:
    """The header, the first ``rows`` rows of books and the guessed mapping, for the mapping step: of the sheet
    the import reads first (``_catalogue_sheets``). (The file's first bytes say what it is, whatever its name.)"""
    _, tables = _catalogue_sheets(path, None)
    shown, header_row, headers, iterator, hidden, reader = next(tables, ("", 0, [], iter(()), frozenset(), None))
    hidden_columns = reader.hidden_columns if reader else frozenset()
    if not headers:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{path} is empty."), path=Path(path).name)
    cells = []  # the rows the import reads as books: not a totals row, a ditto ("sda") as the cell above
    for row in sheets.table_rows(sheets.filled_rows(iterator, header_row + 1, 1, None, None), header=headers):
        if len(cells) >= rows:
            break
        if not isinstance(row, BadRow):
            cells.append(list(row[1][: len(headers)]))
    guessed = guess_mapping(headers)
    positions = [(i, guessed[h]) for i, h in enumerate(headers) if h in guessed]
    dated = {i for i, target in positions if target in _DATES}
    if dated and sheets.kind_of(path) == "csv" and _month_first(path, positions):  # (as the import will read them)
        cells = [[dates.day_first(v) if i in dated else v for i, v in enumerate(values)] for values in cells]
    return SheetPreview(headers, [[clean(v) for v in values] for values in cells], guessed,
                        header_row, [name for name, _ in sheets.every_sheet(path) if name], cells, bool(hidden),
                        shown, [h for i, h in enumerate(headers) if i in hidden_columns])


def read(path: str | Path, mapping: dict[str, str] | None = None, progress: Progress | None = None,
         cancel: Cancel | None = None) -> Iterator[Incoming]:
    """The rows of every sheet that holds a catalogue. The first such sheet is the first with a title
    column (a cover or a summary sheet before it is named as not read); a file without one is refused.
    A later sheet whose columns hold no titles (a summary, notes for the volunteers) is named as not read."""
    try:
        yield from _read_sheets(path, mapping, progress, cancel)
    except csv.Error as exc:  # a broken line, a field over the csv module's limit (found by the fuzz test)
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{path} is not a CSV file this program can read ({error})."),
                              path=Path(path).name, error=str(exc)) from exc


# sheet, header row, headers, the rows after the header, the rows hidden in Excel, and the sheet's reader (what
# it knows beyond the cells: the columns hidden, the formulas without their results)
Table = tuple[str, int, list[str], Iterator[list[Any]], frozenset[int], merged_cells.SheetRows | None]


def _tables(path: str | Path) -> Iterator[Table]:
    """Each sheet that is not empty, its header found (``sheets.header``, knowing the headers we guess)."""
    for sheet, rows in sheets.every_sheet(path):
        header_row, headers, rest = sheets.header(rows, lambda names: len(guess_mapping(names)))
        if headers:
            hidden = rows.hidden() if isinstance(rows, merged_cells.SheetRows) else frozenset()
            reader = rows if isinstance(rows, merged_cells.SheetRows) else None
            yield sheet, header_row, headers, rest, frozenset(row for row in hidden if row > header_row), reader


def _catalogue_sheets(path: str | Path, mapping: dict[str, str] | None) -> tuple[list[str], Iterator[Table]]:
    """(the sheets before the catalogue, the sheets from the catalogue on). The catalogue is the first sheet
    that holds titles (with ``mapping``: that it fits), not a cover or a summary before it. When no sheet
    does, every sheet is given back (and none before it): the first sheet's error is the file's."""
    skipped: list[str] = []
    tables = _tables(path)
    for table in tables:
        if (not mapping and not skipped and inlislite.recognise(table[2], table[0] or sheets.only_title(path))
                or _fits(table[2], mapping)):
            return skipped, itertools.chain([table], tables)
        skipped.append(table[0])
    return [], _tables(path)


def _fits(headers: list[str], mapping: dict[str, str] | None) -> bool:
    try:
        _positions(headers, mapping)
    except ValidationError:
        return False
    return True


def _read_sheets(path: str | Path, mapping: dict[str, str] | None, progress: Progress | None,
                 cancel: Cancel | None) -> Iterator[Incoming]:
    skipped, tables = _catalogue_sheets(path, mapping)
    first = next(tables, None)
    if first is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{path} is empty."), path=Path(path).name)
    sheet, header_row, headers, iterator, hidden, reader = first
    if not skipped and not mapping and inlislite.recognise(headers, sheet or sheets.only_title(path)):
        # INLISLite's export: ISBD titles, BIB IDs
        yield from inlislite.read(path, progress, cancel)
        return
    positions = _positions(headers, mapping)  # (no sheet holds titles: the first sheet's error)
    for name in skipped:
        yield Incoming(0, notice=BadRow(0, NOT_READ, {"sheet": name}, sheet=name), sheet=name)
    total_hint = Path(path).stat().st_size // 60 + 1
    counted = [0]  # rows of the sheets before: the progress bar goes on from them
    unread = _unread(headers, mapping, sheet)
    swap = not skipped and sheets.kind_of(path) == "csv" and _month_first(path, positions)
    if swap:  # (a buku induk Excel set to English (US) saved as CSV: 3/12/2019 is 12 March)
        unread.append(BadRow(0, dates.MONTH_FIRST, {"columns": ", ".join(
            headers[i] for i, target in positions if target in _DATES)}, sheet=sheet))
    yield from _sheet(iterator, header_row, unread, positions, sheet, total_hint,
                      counted, progress, cancel, headers=headers, own=is_own_export(positions), hidden=hidden,
                      reader=reader, swap=swap)
    for sheet, header_row, headers, iterator, hidden, reader in tables:
        try:
            positions = _positions(headers, mapping, later=True)
        except ValidationError:
            yield Incoming(0, notice=BadRow(0, NOT_READ, {"sheet": sheet}, sheet=sheet), sheet=sheet)
            continue
        yield from _sheet(iterator, header_row, _unread(headers, mapping, sheet), positions, sheet, total_hint,
                          counted, progress, cancel, headers=headers, own=is_own_export(positions), hidden=hidden,
                          reader=reader)


_DATES = ("received_on", "order_date", "invoice_date")


def _month_first(path: str | Path, positions: list[tuple[int, str]]) -> bool:
    """Whether a CSV's dates are written month first (``dates.month_first``), read from its rows ahead."""
    columns = [i for i, target in positions if target in _DATES]
    if not columns:
        return False
    table = next(_tables(path), None)
    rows = table[3] if table is not None else iter(())
    return dates.month_first(values[i] for values in rows for i in columns if i < len(values))


NOT_READ = QT_TRANSLATE_NOOP("Import", "Not read: none of its columns holds titles.")
COLUMNS_NOT_READ = QT_TRANSLATE_NOOP("Import", "Columns not imported (no field of ours was chosen for them): {columns}. "
                                               "Choose a field for each in the wizard's preview, or --map on the "
                                               "command line.")
COLUMNS_LEFT_OUT = QT_TRANSLATE_NOOP("Import", "Columns left out, as chosen (“(ignore)”): {columns}. To bring one in, "
                                               "choose a field for it in the wizard's preview, or with --map.")


def _positions(headers: list[str], mapping: dict[str, str] | None, later: bool = False) -> list[tuple[int, str]]:
    """(column, field) of the columns a sheet's headers give (``guess_mapping``, or ``mapping``). A
    ``later`` sheet may lack a column the mapping names (made on the first sheet): it is passed over."""
    chosen = guess_mapping(headers)
    if mapping:
        for target, named in clashes(mapping).items():  # (said, never the last column's values taken silently)
            raise ValidationError(SHARED_FIELD, columns=", ".join(named), target=target)
        known = {fold(h): h for h in headers}
        given: dict[str, str] = {}
        for column, target in mapping.items():
            header = column if column in headers else known.get(fold(column))
            if header is None and later:
                continue
            if header is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The file has no column {column}."),
                                      column=column)
            given[header] = target
        # a field given to a column is no more guessed for another (but a ``JOINED`` one's, which joins them)
        chosen = {h: t for h, t in chosen.items() if h not in given and (t in JOINED or t not in given.values())}
        chosen = {h: t for h, t in (chosen | given).items() if t}
    if not mapping and loan_columns.recognise(headers):  # its "Judul Buku" and "Kode Buku" would invent copies
        raise ValidationError(loan_lists.LOAN_LIST_ELSEWHERE, columns=", ".join(h for h in headers
                                                                              if not h.startswith("#")))
    if not TITLE_FIELDS & set(chosen.values()):
        if not mapping and "member_name" in member_sheets.recognised(headers):  # the other list on the same page
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "This is a member list (its columns: {columns}), not a catalogue: import it with Import & "
                          "Export → Import members…, or with pustaka-cli members-import."),
                columns=", ".join(h for h in headers if not h.startswith("#")))
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "No column is mapped to the title. Choose which column holds the title."))
    return sorted((headers.index(h), t) for h, t in chosen.items())


def is_own_export(positions: list[tuple[int, str]]) -> bool:
    """Whether a sheet is our own export (or a copy of it saved again): it has every column our export
    has written since its first version; no sheet kept by hand has all of them."""
    return FIRST_EXPORT_FIELDS.issubset(name for _, name in positions)


def _unread(headers: list[str], mapping: dict[str, str] | None, sheet: str) -> list[BadRow]:
    """What is said of the columns that do not come in: those no field takes and nobody chose to leave out, and
    those a mapping leaves out (the wizard's names every column: a column its guess left out, never looked at past
    the preview's right edge, is named before the import as well). A sheet's own row numbers ("No") and blank
    headers are no data."""
    chosen = {fold(h): t for h, t in (mapping or {}).items()}
    taken = set(guess_mapping(headers)) | set(chosen)
    unread = [h for h in headers if h not in taken and fold(h) not in taken and sheets.holds_data(h)]
    left_out = [h for h in headers if chosen.get(fold(h), None) == "" and sheets.holds_data(h)]
    return [BadRow(0, template, {"columns": ", ".join(columns)}, sheet=sheet)
            for template, columns in ((COLUMNS_NOT_READ, unread), (COLUMNS_LEFT_OUT, left_out)) if columns]


def _sheet(rows: Iterator[list[Any]], header_row: int, unread: list[BadRow], positions: list[tuple[int, str]],
           sheet: str, total_hint: int, counted: list[int], progress: Progress | None,
           cancel: Cancel | None, headers: list[str] | None = None, own: bool = False,
           hidden: frozenset[int] = frozenset(), reader: merged_cells.SheetRows | None = None,
           swap: bool = False) -> Iterator[Incoming]:
    """A sheet's rows; its "Jenis" column read as subjects when it holds topics (``topic_column``), a book's count
    of copies as its total when its rows number the copies one each (``title_totals``); ``swap``: its dates are
    written month first."""
    kinds = next((headers[i] for i, t in positions if t == "material_type"), "") if headers and not own else ""
    under_count: set[int] = set()  # rows under a count of copies merged down from the row of their book above
    yield from topic_column.kinds_or_topics(title_totals.totals_of_titles(_sheet_rows(
        rows, header_row, unread, positions, sheet, total_hint, counted, progress, cancel, headers, own, hidden,
        reader, swap, under_count), sheet, under_count), kinds, sheet)


def _sheet_rows(rows: Iterator[list[Any]], header_row: int, unread: list[BadRow], positions: list[tuple[int, str]],
                sheet: str, total_hint: int, counted: list[int], progress: Progress | None,
                cancel: Cancel | None, headers: list[str] | None = None, own: bool = False,
                hidden: frozenset[int] = frozenset(), reader: merged_cells.SheetRows | None = None,
                swap: bool = False, under_count: set[int] | None = None) -> Iterator[Incoming]:
    labels = {t: headers[i] for i, t in positions} if headers else {}  # what the messages call each column
    lost: list[int] = []  # rows whose script a plain CSV turned into question marks
    widths = zeros_dropped.Widths(labels)  # (a copy's "13" where the rows above write "00012")
    for notice in unread:  # (the columns that do not come in: ``_unread``)
        yield Incoming(0, notice=notice, sheet=sheet)
    above: dict[str, Any] = {}  # the book of the last row that named one
    numbers_merged: tuple[list[int], set[str]] = ([], set())  # rows under a barcode or accession number merged down
    counted_book: tuple[str, str] | None = None  # the book whose count of copies the last count cell gave
    count_merged: list[int] = []  # rows of that book under its count merged down: the book's, counted once
    count_above: tuple[str, str] | None = None  # the book of the last row with a count: its rows below are in it
    uncounted: list[int] = []  # rows of a book with a count column left empty and no copy: the book came in bare
    numbered_only: list[int] = []  # rows that hold nothing read here ("No" alone: a list numbered ahead)
    shelf = sheet if _SHELF_SHEET.match(sheet or "") else ""  # a workbook kept a sheet a shelf ("Rak A")
    shelved = 0  # rows given the sheet's name as their location
    untitled: list[int] = []  # copy rows without a title, neither merged nor ditto: read as the book above's
    shown_not: list[int] = []  # rows Excel hides (by hand, a filter): read as every row, and said
    data_rows: set[int] = set()  # the rows read as data, when the sheet has formulas without their results
    marks = {i: h for i, h in source_marks.columns(headers or []).items() if (i, "source") in positions}
    number = header_row
    read = 0  # data rows read (a hidden sheet's are said)
    for row in sheets.table_rows(sheets.filled_rows(rows, header_row + 1, total_hint, progress, cancel, counted[0]),
                                 sheet, headers):
        if isinstance(row, BadRow):  # totals, a signature block: not books, said
            yield Incoming(0, notice=row, sheet=sheet)
            continue
        number, values = row
        if reader is not None and reader.unsaved_formulas:
            data_rows.add(number)  # (a formula without its result in a totals row is no value lost)
        picked = _picked(values, positions)
        if swap:
            picked.update((key, dates.day_first(picked[key])) for key in _DATES if key in picked)
        flags: list[Any] = []
        if reader is not None and number in reader.stray_quotes:  # (a quote typed at a cell's start, never closed)
            flags += text_rows.stray_quote_flags(picked, number)
        counts: list[tuple[str, int]] = []  # copies by source: "2" under Beli, "1" under Hibah
        if marks:  # (the X under "Hibah" is the copy's source: "Hibah")
            picked["source"], counts = source_marks.read(values, marks, flags)
            if counts and not clean(picked.get("copies")):
                picked["copies"] = sum(count for _, count in counts)
        if not any(clean(value) for value in picked.values()):
            numbered_only.append(number)
            continue
        if number in hidden:
            shown_not.append(number)
        columns = merged_cells.merged_columns(values)
        merged = {t for i, t in positions if i in columns} if columns else set()  # values of a cell merged down
        if merged & _NUMBERS:  # a number names one copy: the first row's, not each row's under it
            picked.update(dict.fromkeys(merged & _NUMBERS))
            numbers_merged[0].append(number)
            numbers_merged[1].update(merged & _NUMBERS)
        if any(clean(picked.get(k)) for k in RECORD_KEYS if k not in merged):
            above = {k: picked.get(k) for k in RECORD_KEYS}  # (a book of its own; a "Kelas" merged over it is its)
        elif above and (TITLE_FIELDS & merged or any(clean(picked.get(k)) for k in ITEM_KEYS if k not in merged)):
            # a copy row under its book: its title merged down over the book's copies (read into each of
            # them, as a cell left blank under a merge in a CSV or "sda" written by hand is read): the book
            # of the row above, with what the book's first row gave and the others left blank
            picked.update(above)
            if not TITLE_FIELDS & merged:
                untitled.append(number)
        book = (fold(clean(picked.get("title"))), fold(clean(picked.get("authors"))))
        if "copies" not in merged:
            counted_book = book if clean(picked.get("copies")) else None
        elif book == counted_book:  # ("Jml. Eks 3" merged over the book's three rows: 3 copies, not 9)
            picked["copies"] = None
            count_merged.append(number)
            if under_count is not None:
                under_count.add(number)  # (``title_totals``: the count is the book's over these rows)
        if shelf and not clean(picked.get("location")):
            picked["location"] = shelf
            shelved += 1
        try:
            rec, items, copies = sheet_row(picked, flags, labels, own_export=own)
        except RowError as exc:
            yield Incoming(number, error=BadRow(number, exc.template, exc.params), sheet=sheet)
            continue
        if clean(picked.get("copies")) or "copies" in merged:
            count_above = book
        elif book != count_above:
            count_above = None
            if "copies" in labels and rec and not items and not copies:
                uncounted.append(number)
        if not own:
            widths.check(items, number)
        if counts:
            source_marks.give(items, counts, flags)
        if marks and items:  # (a source to choose on the copy's form: the list opens it, and names its barcode)
            source_marks.on_the_copy(items[0], flags)
        if any(flag.reason == "encoding" for flag in flags):
            lost.append(number)
        read += 1
        yield Incoming(number, record=rec, items=items, copies=copies, flags=flags, sheet=sheet,
                       record_no=clean(picked.get("record_no")))
    counted[0] += number
    if read and reader is not None and reader.hidden_sheet:
        # (she never sees its tab: books she thinks long gone would come in without a word)
        yield Incoming(0, notice=BadRow(0, HIDDEN_SHEET, {"count": read}, sheet=sheet), sheet=sheet)
    for notice in column_notices.notices(reader, positions, headers or [], data_rows, sheet, sheets.row_list):
        yield Incoming(0, notice=notice, sheet=sheet)  # (columns hidden in Excel, formulas without their results)
    if numbers_merged[0]:
        named = ", ".join(sorted(labels.get(name, name) for name in numbers_merged[1]))
        yield Incoming(0, notice=BadRow(0, merged_cells.NUMBER_MERGED, {"column": named, "rows": sheets.row_list(
            numbers_merged[0])}, sheet=sheet), sheet=sheet)
    if count_merged:
        yield Incoming(0, notice=BadRow(0, COUNT_MERGED, {"column": labels.get("copies", "copies"), "rows": sheets.row_list(
            count_merged)}, sheet=sheet), sheet=sheet)
    if uncounted:
        yield Incoming(0, notice=BadRow(0, NO_COUNT, {"column": labels["copies"], "rows": sheets.row_list(uncounted)},
                                        sheet=sheet), sheet=sheet)
    if numbered_only:
        yield Incoming(0, notice=BadRow(0, sheets.NUMBERED_ONLY, {"rows": sheets.row_list(numbered_only)}, sheet=sheet),
                       sheet=sheet)
    if shelved:
        yield Incoming(0, notice=BadRow(0, SHELF_FROM_SHEET, {"location": shelf, "count": shelved}, sheet=sheet),
                       sheet=sheet)
    if untitled:
        # (a blank title is how many keep a book's second copy, but also how a title that was never
        # written looks: said, so a copy is not silently counted under the wrong book)
        yield Incoming(0, notice=BadRow(0, UNTITLED_COPIES, {"rows": sheets.row_list(untitled)}, sheet=sheet),
                       sheet=sheet)
    if shown_not:
        # (the librarian counts what Excel shows her: the totals differ by these, and she is told why)
        yield Incoming(0, notice=BadRow(0, HIDDEN_ROWS, {"count": len(shown_not), "rows": sheets.row_list(shown_not)},
                                        sheet=sheet), sheet=sheet)
    if lost:
        yield Incoming(0, notice=BadRow(0, SCRIPT_LOST, {"rows": sheets.row_list(lost)}, sheet=sheet), sheet=sheet)


# a sheet named after a shelf or a cupboard: its books stand there (the sheet has no column that says so)
_SHELF_SHEET = re.compile(r"\s*(rak|lemari)\b", re.IGNORECASE)


def _picked(values: list[Any], positions: list[tuple[int, str]]) -> dict[str, Any]:
    """{field: the row's value}; the cells of a ``JOINED`` field's columns joined ("Rusak; sampul sobek"); a dash
    typed for nothing is none ("-" for no author, publisher, year; in the title, a copy of the book above)."""
    picked: dict[str, Any] = {}
    for i, target in positions:
        value = values[i] if i < len(values) else None
        value = None if value.__class__ is str and value.strip() in NOTHING else value
        if clean(picked.get(target)) and clean(value):
            picked[target] = f"{clean(picked[target])}; {clean(value)}"
        elif not clean(picked.get(target)):
            picked[target] = value
    return picked


_NUMBERS = {"barcode", "accession_no"}  # what names one copy
SHELF_FROM_SHEET = QT_TRANSLATE_NOOP(
    "Import", "The sheet's name was taken as the location of its {count} rows that give none: {location}.")
COUNT_MERGED = QT_TRANSLATE_NOOP(
    "Import", "{column} is one cell merged down over the rows of one book: its count was read as the book's copies "
              "together, on its first row, not again on rows {rows}.")
NO_COUNT = QT_TRANSLATE_NOOP(
    "Import", "Rows {rows}: {column} is empty and the row names no copy (no barcode, no accession number), so no "
              "copies were added for these books. A book without a copy cannot be lent and does not count in the "
              "reports' collection: type how many copies each has in the sheet and import it again (only the copies "
              "missing are added), or add them on the Katalog page.")
HIDDEN_SHEET = QT_TRANSLATE_NOOP(
    "Import", "Hidden in Excel (right-click a sheet's tab → Unhide shows it): its {count} rows were read like those of "
              "the other sheets. If it is an old copy or a helper sheet, not part of the catalogue, delete it in Excel "
              "before importing.")
UNTITLED_COPIES = QT_TRANSLATE_NOOP(
    "Import", "Rows {rows} have no title: each was read as another copy of the book in the row above it. If one of "
              "them is another book, move its copy to that book's record.")
HIDDEN_ROWS = QT_TRANSLATE_NOOP(
    "Import", "{count} rows are hidden in Excel (hidden by hand or by a filter): rows {rows}. They are imported like "
              "every other row, so the catalogue gets more than Excel shows. If they should not come in, delete them "
              "in Excel, save, and import the file again.")
SCRIPT_LOST = QT_TRANSLATE_NOOP(
    "Import", "Rows {rows}: text that is only question marks (????). Excel's plain \"CSV\" turns Arabic and Javanese "
              "script into question marks, and the script cannot be read back from this file. In Excel, save the "
              "sheet again as \"CSV UTF-8\" or \"Unicode Text\" and import that file instead.")


# --- export ---------------------------------------------------------------------------------------

# every field of a record and a copy (but the cover, and what the catalogue derives: the year, the match
# key), so that an export imported into an empty library gives the same records and copies
EXPORT_FIELDS = ("title", "subtitle", "authors", "responsibility", "edition", "isbn", "issn", "publisher", "place",
                 "year", "collation", "series", "language", "ddc", "class_other", "subjects", "notes", "material_type",
                 "audience", "hidden", "barcode", "accession_no", "call_number", "location", "collection_type",
                 "source", "source_detail", "supplier", "order_no", "order_date", "invoice", "invoice_date", "price",
                 "received_on", "status", "condition_note", "record_no")
# the columns of the export's first version (``is_own_export``)
FIRST_EXPORT_FIELDS = frozenset(EXPORT_FIELDS) - {"class_other", "hidden", "order_no", "order_date", "invoice",
                                                  "invoice_date", "record_no"}
HIDDEN_YES = QT_TRANSLATE_NOOP("Spreadsheet", "yes")


def _identity(context: str, text: str) -> str:
    return text


def _other_class_cell(stored: str) -> str:
    """``udc 912(594.53)`` as a librarian writes it: ``UDC 912(594.53)`` (``_other_class`` reads it back)."""
    scheme, _, number = stored.partition(" ")
    return f"{scheme.upper()} {number}" if number else stored


def export_xlsx(lib: Library, by: Staff | None, path: str | Path, translate: Translate = _identity,
                progress: Progress | None = None, cancel: Cancel | None = None) -> int:
    """The catalogue as an xlsx sheet, one row per copy (a record without copies gets one row);
    returns the number of rows written."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    auth.require(by, "catalog.export")
    ready_to_save(path)  # (last month's export still open in Excel: said now, not after the whole catalogue)
    types = dict(CollectionType.select(CollectionType.id, CollectionType.name).tuples())
    copies: dict[int, list[Item]] = {}
    for item in Item.select().where(Item.deleted == False).order_by(Item.record, Item.id).iterator():  # noqa: E712
        copies.setdefault(item.__data__["record"], []).append(item)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(translate("Spreadsheet", "Catalogue"))
    bold = Font(bold=True)
    header = []
    for name in EXPORT_FIELDS:
        cell = WriteOnlyCell(sheet, value=translate("Spreadsheet", FIELDS[name]))
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    hidden = translate("Spreadsheet", HIDDEN_YES)
    query = Record.select().where(Record.deleted == False).order_by(Record.id)  # noqa: E712
    total = max(1, query.count())
    count = 0
    for n, record in enumerate(query.iterator()):
        if n % 500 == 0:
            checkpoint(progress, cancel, 0.9 * n / total, QT_TRANSLATE_NOOP("Progress", "Writing records"))
        base = [record.title, record.subtitle, author_cell(json.loads(record.authors or "[]")),
                record.responsibility, record.edition, record.isbn, record.issn, record.publisher, record.place,
                record.year_text, record.collation, record.series, record.language, record.ddc,
                _other_class_cell(record.class_other), "; ".join(json.loads(record.subjects or "[]")), record.notes,
                own_words.written("material_type", record.material_type, translate),
                own_words.written("audience", record.audience, translate), hidden if record.hidden else ""]
        for item in copies.get(record.id, []) or [None]:
            if item is None:
                extra = [""] * (len(EXPORT_FIELDS) - len(base) - 1)
            else:
                extra = [item.barcode, item.accession_no, item.call_number, item.location,
                         types.get(item.__data__.get("collection_type"), ""),
                         own_words.written("source", item.source, translate), item.source_detail,
                         item.supplier, item.order_no, item.order_date, item.invoice, item.invoice_date, item.price,
                         item.received_on, own_words.written("status", item.status, translate), item.condition_note]
            extra.append(record.id)
            sheet.append([neutralise(v) if v not in ("", None) else None for v in base + extra])  # no live formulas
            count += 1
    if progress:
        progress(0.95, QT_TRANSLATE_NOOP("Progress", "Saving the file"))
    buffer = io.BytesIO()
    workbook.save(buffer)
    with atomic_write(path) as out:
        out.write(buffer.getvalue())
    auth.audit(lib, by, "catalog.export", "record", format="xlsx", file=Path(path).name, rows=count)
    return count
