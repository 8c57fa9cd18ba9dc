"""The buku induk (accession register): every copy in accession-number order, with the columns
the national standard asks for: no., date received, accession number, author, title, place,
publisher, year, source, price, class, remarks. Shown a page at a time, printed to PDF (landscape
A4, header repeated on every page, page numbers) and exported to xlsx.
"""

from __future__ import annotations

import io
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from peewee import SQL

from .. import auth
from ..cells import neutralise
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..jobs import Cancel, Progress, checkpoint
from ..service import Library
from ..store.clock import local_today
from ..store.files import atomic_write
from ..store.models import Item, Record, Staff

Translate = Callable[[str, str], str]

COLUMNS: list[tuple[str, str]] = [
    ("no", QT_TRANSLATE_NOOP("Register", "No.")),
    ("received_on", QT_TRANSLATE_NOOP("Register", "Date received")),
    ("accession_no", QT_TRANSLATE_NOOP("Register", "Accession no.")),
    ("author", QT_TRANSLATE_NOOP("Register", "Author")),
    ("title", QT_TRANSLATE_NOOP("Register", "Title")),
    ("place", QT_TRANSLATE_NOOP("Register", "Place")),
    ("publisher", QT_TRANSLATE_NOOP("Register", "Publisher")),
    ("year", QT_TRANSLATE_NOOP("Register", "Year")),
    ("source", QT_TRANSLATE_NOOP("Register", "Source")),
    ("price", QT_TRANSLATE_NOOP("Register", "Price (Rp)")),
    ("ddc", QT_TRANSLATE_NOOP("Register", "Class")),
    ("remarks", QT_TRANSLATE_NOOP("Register", "Remarks")),
]
SOURCES = {
    "purchase": QT_TRANSLATE_NOOP("Register", "Purchase"),
    "grant": QT_TRANSLATE_NOOP("Register", "Grant"),
    "donation": QT_TRANSLATE_NOOP("Register", "Donation"),
    "other": QT_TRANSLATE_NOOP("Register", "Other"),
}
STATUSES = {
    "in_repair": QT_TRANSLATE_NOOP("Register", "In repair"),
    "lost": QT_TRANSLATE_NOOP("Register", "Lost"),
    "damaged": QT_TRANSLATE_NOOP("Register", "Damaged"),
    "not_for_loan": QT_TRANSLATE_NOOP("Register", "Not for loan"),
    "withdrawn": QT_TRANSLATE_NOOP("Register", "Withdrawn"),
}


def _identity(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class RegisterFilter:
    date_from: date | None = None
    date_to: date | None = None
    accession_from: str = ""
    accession_to: str = ""


@dataclass
class RegisterRow:
    no: int
    received_on: date | None
    accession_no: str
    author: str
    title: str
    place: str
    publisher: str
    year: str
    source: str
    price: int | None
    ddc: str
    remarks: str

    def values(self) -> list[Any]:
        return [getattr(self, key) for key, _ in COLUMNS]


def _leading_number(text: str) -> int | None:
    match = re.match(r"\s*(\d+)", text or "")
    return int(match.group(1)) if match else None


def _query(filt: RegisterFilter):
    query = (Item.select(Item.id, Item.received_on, Item.accession_no, Item.source, Item.source_detail, Item.price,
                         Item.status, Item.condition_note, Record.title, Record.subtitle, Record.authors,
                         Record.responsibility, Record.place, Record.publisher, Record.year_text, Record.ddc)
             .join(Record).where((Item.deleted == False) & (Record.deleted == False)))  # noqa: E712
    if filt.date_from and filt.date_to and filt.date_from > filt.date_to:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The first date is after the last date."),
                              field="date_from")
    if filt.date_from:
        query = query.where(Item.received_on >= filt.date_from)
    if filt.date_to:
        query = query.where(Item.received_on <= filt.date_to)
    for bound, op in ((filt.accession_from, ">="), (filt.accession_to, "<=")):
        bound = (bound or "").strip()
        if not bound:
            continue
        number = _leading_number(bound)
        if number is not None:  # "00012/P/2024" compares by its running number, 12
            query = query.where(SQL(f"CAST(t1.accession_no AS INTEGER) {op} ?", (number,)))
        else:
            query = query.where(SQL(f"t1.accession_no {op} ?", (bound,)))
    # The register is in accession order (the running number, "00012/P/2024" is 12; then the whole
    # text for numbers written alike); copies without an accession number come last.
    return query.order_by(SQL("t1.accession_no = ''"), SQL("CAST(t1.accession_no AS INTEGER)"), Item.accession_no,
                          Item.id)


def count(lib: Library, by: Staff | None, filt: RegisterFilter = RegisterFilter()) -> int:
    auth.require(by, "catalog.view")
    return _query(filt).count()


def rows(lib: Library, by: Staff | None, filt: RegisterFilter = RegisterFilter(), offset: int = 0,
         limit: int | None = 200, translate: Translate = _identity) -> list[RegisterRow]:
    """One page of the register (``limit`` None: all of it)."""
    auth.require(by, "catalog.view")
    query = _query(filt).offset(offset)
    if limit is not None:
        query = query.limit(limit)
    return [_row(offset + n + 1, item, translate) for n, item in enumerate(query.iterator())]


def _row(no: int, item: Item, translate: Translate) -> RegisterRow:
    record = item.record
    authors = json.loads(record.authors or "[]")
    title = f"{record.title} : {record.subtitle}" if record.subtitle else record.title
    source = translate("Register", SOURCES.get(item.source, SOURCES["other"]))
    if item.source_detail:
        source = f"{source}: {item.source_detail}"
    remarks = [translate("Register", STATUSES[item.status])] if item.status in STATUSES else []
    if item.condition_note:
        remarks.append(item.condition_note)
    return RegisterRow(no, item.received_on, item.accession_no,
                       authors[0]["name"] if authors else record.responsibility, title, record.place,
                       record.publisher, record.year_text, source, item.price, record.ddc, "; ".join(remarks))


def _all_rows(lib: Library, by: Staff | None, filt: RegisterFilter, translate: Translate,
              progress: Progress | None, cancel: Cancel | None) -> list[RegisterRow]:
    total = count(lib, by, filt)
    out: list[RegisterRow] = []
    step = 2000
    for offset in range(0, total, step):
        checkpoint(progress, cancel, 0.4 * offset / max(1, total), QT_TRANSLATE_NOOP("Progress", "Reading the register"))
        out.extend(rows(lib, by, filt, offset, step, translate))
    return out


def _describe(filt: RegisterFilter, translate: Translate) -> str:
    parts = []
    if filt.date_from or filt.date_to:
        parts.append(translate("Register", "Received {start} to {end}").format(
            start=_fmt_date(filt.date_from) or "…", end=_fmt_date(filt.date_to) or "…"))
    if filt.accession_from or filt.accession_to:
        parts.append(translate("Register", "Accession numbers {start} to {end}").format(
            start=filt.accession_from or "…", end=filt.accession_to or "…"))
    return "; ".join(parts)


def _fmt_date(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


def _fmt_price(value: int | None) -> str:
    return "" if value is None else f"{value:,}".replace(",", ".")


# --- PDF ------------------------------------------------------------------------------------------


def export_pdf(lib: Library, by: Staff | None, path: str | Path, filt: RegisterFilter = RegisterFilter(),
               translate: Translate = _identity, progress: Progress | None = None,
               cancel: Cancel | None = None) -> int:
    """The register as a landscape A4 PDF; returns the number of copies listed."""
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas as pdfcanvas
    from reportlab.platypus import LongTable, SimpleDocTemplate, Spacer, TableStyle

    from ..printing.fonts import draw_text, register_fonts
    from ..printing.paragraphs import Para

    auth.require(by, "catalog.export")
    register_fonts()
    data = _all_rows(lib, by, filt, translate, progress, cancel)
    profile = lib.profile
    library = profile.name if profile is not None else ""
    today = local_today(lib.clock)
    register = translate("Register", "Accession register")
    footer_left = f"{library} — {register}"
    page_text = translate("Register", "Page {page} of {pages}")
    printed = translate("Register", "Printed {date}").format(date=_fmt_date(today))

    class NumberedCanvas(pdfcanvas.Canvas):
        """Two passes over the pages so each can say "page x of y"."""

        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # noqa: N802 - reportlab's name
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                width, _ = self._pagesize
                self.setFillColor(colors.HexColor("#444444"))
                draw_text(self, 12 * mm, 7 * mm, footer_left, "sans", 7.5)
                draw_text(self, width / 2, 7 * mm, printed, "sans", 7.5, "center")
                draw_text(self, width - 12 * mm, 7 * mm, page_text.format(page=self._pageNumber, pages=total),
                          "sans", 7.5, "right")
                super().showPage()
            super().save()

    cell = {"size": 7.5, "leading": 9}
    head = {"size": 7.5, "leading": 9, "style": "bold"}
    right = {**cell, "align": "right"}

    def Paragraph(text: str, style: dict) -> Para:  # noqa: N802 - cells in the embedded fonts (any script)
        return Para(text, **style)

    widths_mm = [10, 19, 25, 32, 54, 20, 27, 12, 22, 18, 14, 20]
    header = [Paragraph((translate("Register", label)), head) for _, label in COLUMNS]
    story: list[Any] = [
        Para(translate("Register", "ACCESSION REGISTER (BUKU INDUK)"), size=14, leading=17, style="bold",
             align="center"),
        Para(library, size=10, leading=13, align="center"),
    ]
    described = _describe(filt, translate)
    if described:
        story.append(Para(described, size=8.5, leading=11, align="center"))
    story.append(Spacer(1, 4 * mm))
    style = TableStyle([
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#555555")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e4e4e4")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 2),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ])
    if not data:
        story.append(Paragraph((translate("Register", "No copies match.")), cell))
    chunk = 1000  # one table per thousand rows keeps reportlab's layout time linear
    for start in range(0, len(data), chunk):
        checkpoint(progress, cancel, 0.4 + 0.4 * start / max(1, len(data)),
                   QT_TRANSLATE_NOOP("Progress", "Laying out pages"))
        body = [header]
        for row in data[start:start + chunk]:
            body.append([
                Paragraph(str(row.no), right), Paragraph(_fmt_date(row.received_on), cell),
                Paragraph((row.accession_no), cell), Paragraph((row.author), cell),
                Paragraph((row.title), cell), Paragraph((row.place), cell),
                Paragraph((row.publisher), cell), Paragraph((row.year), cell),
                Paragraph((row.source), cell), Paragraph(_fmt_price(row.price), right),
                Paragraph((row.ddc), cell), Paragraph((row.remarks), cell),
            ])
        story.append(LongTable(body, colWidths=[w * mm for w in widths_mm], repeatRows=1, style=style))
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=landscape(A4), leftMargin=12 * mm, rightMargin=12 * mm,
                            topMargin=12 * mm, bottomMargin=14 * mm, title=translate("Register", "Accession register"),
                            author=library)
    if progress:
        progress(0.85, QT_TRANSLATE_NOOP("Progress", "Writing the PDF"))
    doc.build(story, canvasmaker=NumberedCanvas)
    return _save(lib, by, path, buffer.getvalue(), "pdf", len(data), progress)


def _save(lib: Library, by: Staff | None, path: str | Path, content: bytes, kind: str, rows: int,
          progress: Progress | None) -> int:
    """Write the finished file in one go (a power cut leaves the old one whole), audit the export and
    report it done. Returns the number of rows."""
    with atomic_write(path) as out:
        out.write(content)
    auth.audit(lib, by, "catalog.export", "item", format=f"register-{kind}", file=Path(path).name, rows=rows)
    if progress:
        progress(1.0, "")
    return rows


# --- xlsx -----------------------------------------------------------------------------------------


def export_xlsx(lib: Library, by: Staff | None, path: str | Path, filt: RegisterFilter = RegisterFilter(),
                translate: Translate = _identity, progress: Progress | None = None,
                cancel: Cancel | None = None) -> int:
    """The register as an xlsx sheet (a title row, then a header row and one row per copy)."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    auth.require(by, "catalog.export")
    data = _all_rows(lib, by, filt, translate, progress, cancel)
    profile = lib.profile
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(translate("Register", "Accession register")[:31])
    for letter, width in zip("ABCDEFGHIJKL", (6, 12, 16, 24, 44, 14, 22, 8, 20, 12, 10, 20), strict=True):
        sheet.column_dimensions[letter].width = width
    title = WriteOnlyCell(sheet, value=translate("Register", "ACCESSION REGISTER (BUKU INDUK)"))
    title.font = Font(bold=True, size=13)
    sheet.append([title])
    sheet.append([profile.name if profile is not None else ""])
    described = _describe(filt, translate)
    sheet.append([described] if described else [])
    header = []
    for _, label in COLUMNS:
        cell = WriteOnlyCell(sheet, value=translate("Register", label))
        cell.font = Font(bold=True)
        header.append(cell)
    sheet.append(header)
    for n, row in enumerate(data):
        if n % 2000 == 0:
            checkpoint(progress, cancel, 0.4 + 0.5 * n / max(1, len(data)),
                       QT_TRANSLATE_NOOP("Progress", "Writing the sheet"))
        sheet.append([neutralise(v) if v not in ("", None) else None for v in row.values()])  # never a live formula
    buffer = io.BytesIO()
    workbook.save(buffer)
    return _save(lib, by, path, buffer.getvalue(), "xlsx", len(data), progress)


def export(lib: Library, by: Staff | None, path: str | Path, filt: RegisterFilter = RegisterFilter(),
           translate: Translate = _identity, progress: Progress | None = None, cancel: Cancel | None = None) -> int:
    """PDF or xlsx by the file's extension."""
    suffix = Path(path).suffix.lower()
    if suffix == ".pdf":
        return export_pdf(lib, by, path, filt, translate, progress, cancel)
    if suffix == ".xlsx":
        return export_xlsx(lib, by, path, filt, translate, progress, cancel)
    raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Save the register as .pdf or .xlsx, not {suffix}."),
                          suffix=suffix or "-")
