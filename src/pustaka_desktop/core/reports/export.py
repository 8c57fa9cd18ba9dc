"""Reports as spreadsheets: xlsx (one sheet per section) and CSV (section, table, then the rows).

Both write their figures in the report's language (``formatting.written_in``). The CSV is in the dialect
Excel expects on a PC in the report's language: in Indonesian fields separated by ``;`` and a decimal comma
(``15,7``), in English ``,`` and ``15.7``; UTF-8 with a byte-order mark (so names with accents or in Arabic open
right), no thousands separators."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path
from typing import Any

from .. import auth
from ..cells import neutralise, neutralise_row
from ..errors import ValidationError
from ..formatting import written_in
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store.files import ready_to_save, write_bytes
from ..store.models import Staff
from .documents import Translate, _identity, header_lines, period_text, tables_for, title_for
from .sources import sources_line

FORMATS = ("pdf", "xlsx", "csv")


def format_of(path: str | Path) -> str:
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Save the report as .pdf, .xlsx or .csv (not {name})."),
                              field="path", name=Path(path).name)
    return suffix


def _sheet_name(title: str, used: set[str]) -> str:
    name = re.sub(r"[\[\]:*?/\\]", " ", title)[:28].strip() or "Sheet"
    base, n = name, 2
    while name in used:
        name = f"{base[:25]} {n}"
        n += 1
    used.add(name)
    return name


def xlsx_bytes(data: dict[str, Any], translate: Translate = _identity) -> bytes:
    with written_in(translate):
        return _xlsx_bytes(data, translate)


def _xlsx_bytes(data: dict[str, Any], translate: Translate) -> bytes:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font, PatternFill

    book = Workbook()
    bold = Font(bold=True)
    head_fill = PatternFill("solid", fgColor="DDE7F3")
    used: set[str] = set()
    first = True
    for section in tables_for(data, translate):
        sheet = book.active if first else book.create_sheet()
        first = False
        sheet.title = _sheet_name(section.title, used)
        sheet.append([title_for(data, translate)])
        sheet["A1"].font = Font(bold=True, size=14)
        for line in header_lines(data, translate):
            sheet.append([line])
        sheet.append([translate("Reports", "Period: {period}").format(period=period_text(data, translate))])
        if sources_line(data.get("sources"), translate):  # where the months before the move came from
            sheet.append([sources_line(data.get("sources"), translate)])
        widths: dict[int, int] = {}
        for table in section.tables:
            sheet.append([])
            if table.kind == "note":  # a section Pustaka has no record of: its one sentence
                sheet.append([table.rows[0][0]])
                continue
            sheet.append([table.title])
            sheet.cell(sheet.max_row, 1).font = Font(bold=True, size=12)
            sheet.append(table.columns)
            for col in range(1, len(table.columns) + 1):
                cell = sheet.cell(sheet.max_row, col)
                cell.font = bold
                cell.fill = head_fill
            for row in table.rows:
                sheet.append(neutralise_row(row))  # names typed by people never run as formulas
                if table.kind == "text":
                    for col in range(1, len(row) + 1):
                        sheet.cell(sheet.max_row, col).alignment = Alignment(wrap_text=True, vertical="top")
            for i, col in enumerate(table.columns):
                longest = max([len(str(col))] + [len(str(r[i])) for r in table.rows if i < len(r)])
                widths[i] = max(widths.get(i, 8), min(longest + 2, 60))
        for i, width in widths.items():
            sheet.column_dimensions[chr(ord("A") + i)].width = width
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


CSV_DELIMITER = {"id": ";", "en": ","}  # the list separator of Excel in that language
_DECIMAL = re.compile(r"^(-?\d+)\.(\d+)(%?)$")


def csv_value(value: Any, language: str = "id") -> Any:
    """A cell in Excel's dialect of ``language``: a decimal comma in Indonesian (a point in English), no
    thousands separators."""
    if isinstance(value, bool) or value is None:
        return "" if value is None else value
    comma = language == "id"
    if isinstance(value, float):
        text = f"{value:.2f}".rstrip("0").rstrip(".")
        return text.replace(".", ",") if comma else text
    if comma and isinstance(value, str) and _DECIMAL.match(value):
        return _DECIMAL.sub(r"\1,\2\3", value)
    return value


def csv_text(data: dict[str, Any], translate: Translate = _identity) -> str:
    with written_in(translate) as language:
        out = io.StringIO()
        writer = _Writer(csv.writer(out, delimiter=CSV_DELIMITER[language], lineterminator="\r\n"), language)
        writer.writerow([title_for(data, translate), period_text(data, translate)])
        for line in header_lines(data, translate):
            writer.writerow([line])
        if sources_line(data.get("sources"), translate):  # where the months before the move came from
            writer.writerow([sources_line(data.get("sources"), translate)])
        for section in tables_for(data, translate):
            for table in section.tables:
                writer.writerow([])
                if table.kind == "note":  # a section Pustaka has no record of: its one sentence
                    writer.writerow([section.title, table.rows[0][0]])
                    continue
                writer.writerow([section.title, table.title])
                writer.writerow(table.columns)
                for row in table.rows:
                    writer.writerow(row)
        return out.getvalue()


class _Writer:
    def __init__(self, writer, language: str) -> None:
        self.writer, self.language = writer, language

    def writerow(self, row) -> None:
        self.writer.writerow([neutralise(csv_value(v, self.language)) for v in row])


def save(lib: Library, by: Staff, data: dict[str, Any], path: str | Path, translate: Translate = _identity) -> Path:
    """Write the report to ``path`` as PDF, xlsx or CSV (by its extension), atomically. Librarians
    only: a report file leaves the app (and the TPBIS report carries participants' stories)."""
    auth.require(by, "reports.export")
    kind = format_of(path)
    ready_to_save(path)  # (open in Excel since last month: said before the report is made)
    if kind == "pdf":
        from ..printing.report_pdf import report_pdf

        saved = write_bytes(path, report_pdf(data, translate))
    elif kind == "xlsx":
        saved = write_bytes(path, xlsx_bytes(data, translate))
    else:
        saved = write_bytes(path, csv_text(data, translate).encode("utf-8-sig"))
    # logged once saved: a report that could not be saved did not leave the app
    auth.audit(lib, by, "reports.export", "report", "", report=data.get("kind", ""), file=Path(path).name)
    return saved
