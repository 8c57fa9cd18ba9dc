"""Spine, barcode and combined labels on label sheets, and the calibration test page.

``label_elements(kind, label, w, h)`` lays out one label (tests measure it); ``render_labels``
places labels on sheets of a template (skipping used positions, N copies of each) and writes the
PDF atomically.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas

from .. import auth
from ..errors import Cancelled, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store.files import write_bytes
from ..store.models import Staff
from .layout import (
    PT_PER_MM,
    Box,
    Element,
    Line,
    PdfPainter,
    Rect,
    Text,
    Translate,
    barcode_width_mm,
    calibrate_canvas,
    fit_barcode,
    fit_line,
    fit_paragraph,
    no_translation,
)
from .selection import CopyLabel
from .templates import IDENTITY, Calibration, LabelTemplate

KINDS = ("spine", "barcode", "combined")
KIND_NAMES = {
    "spine": QT_TRANSLATE_NOOP("Printing", "Spine label"),
    "barcode": QT_TRANSLATE_NOOP("Printing", "Barcode label"),
    "combined": QT_TRANSLATE_NOOP("Printing", "Barcode and call number"),
}
MAX_COPIES = 50
BAND_COLOR = (0.15, 0.15, 0.15)
WHITE = (1.0, 1.0, 1.0)


@dataclass(frozen=True)
class LabelOptions:
    library_name: str = ""
    band: bool = True  # the library name band on top of spine labels


def split_call_number(call_number: str) -> list[str]:
    """``899.221 HIR l`` -> class / author letters / title letter; extra parts join the last line."""
    parts = call_number.split()
    if len(parts) <= 4:
        return parts
    return [*parts[:3], " ".join(parts[3:])]


def _pad(w: float, h: float) -> float:
    return max(1.0, min(2.0, min(w, h) * 0.07))


def _call_number_lines(lines: list[str], area: Box) -> list[Element]:
    if not lines:
        return []
    slot = area.h / len(lines)
    out: list[Element] = []
    for index, line in enumerate(lines):
        box = Box(area.x, area.y + index * slot, area.w, slot * 0.92)
        out.append(fit_line(line, box, style="bold", max_size=18, min_size=5, align="center"))
    return out


def spine_elements(label: CopyLabel, w: float, h: float, options: LabelOptions) -> list[Element]:
    pad = _pad(w, h)
    out: list[Element] = []
    top = pad
    if options.band and options.library_name:
        band_h = max(3.0, min(5.0, h * 0.18))
        out.append(Rect(Box(0, 0, w, band_h + pad * 0.5), fill=BAND_COLOR, stroke=None))
        out.append(fit_line(options.library_name, Box(pad, pad * 0.5, w - 2 * pad, band_h - 0.2), style="bold",
                            max_size=9, min_size=4, align="center", color=WHITE))
        top = band_h + pad
    area = Box(pad, top, w - 2 * pad, h - top - pad)
    out.extend(_call_number_lines(split_call_number(label.call_number), area))
    return out


def _barcode_block(label: CopyLabel, area: Box, library_name: str, title: bool = True) -> list[Element]:
    """Library name, bars, the code in letters, the short title - stacked in ``area``."""
    small = max(1.8, min(3.2, area.h * 0.13))
    code_h = max(2.0, min(3.8, area.h * 0.17))
    out: list[Element] = []
    y = area.y
    if library_name:
        out.append(fit_line(library_name, Box(area.x, y, area.w, small), max_size=8, min_size=4, align="center"))
        y += small + 0.3
    bottom = area.bottom
    if title and label.title:
        bottom -= small
        out.append(fit_line(label.title, Box(area.x, bottom, area.w, small), max_size=8, min_size=4,
                            align="center"))
        bottom -= 0.3
    bottom -= code_h
    out.append(fit_line(label.barcode, Box(area.x, bottom, area.w, code_h), style="bold", max_size=10,
                        min_size=5, align="center"))
    bars_h = bottom - 0.4 - y
    if bars_h < 4.0:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The label is too small for a barcode that scanners can read; choose a bigger label."))
    out.append(fit_barcode(label.barcode, Box(area.x, y, area.w, bars_h)))
    return out


def barcode_elements(label: CopyLabel, w: float, h: float, options: LabelOptions) -> list[Element]:
    pad = _pad(w, h)
    return _barcode_block(label, Box(pad * 0.5, pad, w - pad, h - 2 * pad), options.library_name)


def combined_elements(label: CopyLabel, w: float, h: float, options: LabelOptions) -> list[Element]:
    pad = _pad(w, h)
    inner = Box(pad * 0.5, pad, w - pad, h - 2 * pad)
    need = barcode_width_mm(label.barcode)
    min_call = 12.0
    if need + min_call + pad > inner.w:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A {width} × {height} mm label is too narrow for a barcode and a call number side by side; "
                      "print barcode and spine labels separately, or choose a wider sheet."),
            width=f"{w:g}", height=f"{h:g}")
    bar_w = min(max(need, inner.w * 0.62), inner.w - min_call - pad)
    left = Box(inner.x, inner.y, bar_w, inner.h)
    divider_x = inner.x + bar_w + pad / 2
    right = Box(divider_x + pad / 2, inner.y, inner.right - divider_x - pad / 2, inner.h)
    out = _barcode_block(label, left, options.library_name, title=True)
    out.append(Line(divider_x, inner.y, divider_x, inner.bottom, width=0.25))
    out.extend(_call_number_lines(split_call_number(label.call_number), right))
    return out


LAYOUTS = {"spine": spine_elements, "barcode": barcode_elements, "combined": combined_elements}


def label_elements(kind: str, label: CopyLabel, w: float, h: float, options: LabelOptions) -> list[Element]:
    if kind not in LAYOUTS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown label kind {kind}."), field="kind", kind=kind)
    return LAYOUTS[kind](label, w, h, options)


# --- sheets --------------------------------------------------------------------------------------


def positions(labels: list[CopyLabel], skip: int = 0, copies: int = 1) -> list[CopyLabel | None]:
    """The sequence of sheet positions: ``skip`` empty ones, then each label ``copies`` times."""
    if skip < 0 or copies < 1 or copies > MAX_COPIES:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Copies must be between 1 and {limit}, and the start position cannot be negative."),
            field="copies", limit=MAX_COPIES)
    return [None] * skip + [label for label in labels for _ in range(copies)]


@dataclass(frozen=True)
class PrintResult:
    path: str | None
    pages: int
    labels: int
    pdf: bytes


def _check(progress, cancel, done: int, total: int, message: str) -> None:
    if cancel is not None and cancel():
        raise Cancelled()
    if progress is not None:
        progress(done / max(1, total), message)


def _canvas(template_w: float, template_h: float, title: str) -> tuple[Canvas, io.BytesIO]:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(template_w * PT_PER_MM, template_h * PT_PER_MM), pageCompression=1)
    canvas.setTitle(title)
    canvas.setCreator("Pustaka Desktop")
    return canvas, buffer


def labels_pdf(kind: str, template: LabelTemplate, labels: list[CopyLabel], *, options: LabelOptions,
               skip: int = 0, copies: int = 1, calibration: Calibration = IDENTITY, outlines: bool = False,
               progress=None, cancel=None, max_pages: int | None = None) -> tuple[bytes, int, int]:
    """The PDF bytes, the page count and the label count. ``max_pages`` stops early (previews)."""
    if kind not in LAYOUTS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown label kind {kind}."), field="kind", kind=kind)
    if not labels:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Nothing to print: the selection is empty."),
                              field="select")
    slots = positions(labels, skip, copies)
    w, h = template.label_width_mm, template.label_height_mm
    canvas, buffer = _canvas(template.page_width_mm, template.page_height_mm, KIND_NAMES[kind])
    painter = PdfPainter(canvas, template.page_height_mm)
    layouts: dict[CopyLabel, list[Element]] = {}
    per_page = template.per_page
    pages = -(-len(slots) // per_page)
    if max_pages is not None:
        pages = min(pages, max_pages)
    printed = 0
    for page in range(pages):
        _check(progress, cancel, page, pages, "")
        canvas.saveState()
        calibrate_canvas(canvas, template.page_height_mm, calibration)
        for index, slot in enumerate(slots[page * per_page:(page + 1) * per_page]):
            x, y = template.label_origin(index)
            if outlines:
                painter.draw([Rect(Box(0, 0, w, h), stroke=(0.7, 0.7, 0.7), width=0.1,
                                   radius=template.corner_radius_mm)], x, y)
            if slot is None:
                continue
            elements = layouts.get(slot)
            if elements is None:
                elements = layouts[slot] = label_elements(kind, slot, w, h, options)
            painter.draw(elements, x, y)
            printed += 1
        canvas.restoreState()
        canvas.showPage()
    canvas.save()
    if progress is not None:
        progress(1.0, "")
    return buffer.getvalue(), pages, printed


def print_labels(lib: Library, by: Staff, kind: str, template: LabelTemplate, labels: list[CopyLabel],
                 path: str | None = None, *, skip: int = 0, copies: int = 1, band: bool = True,
                 calibration: Calibration = IDENTITY, progress=None, cancel=None) -> PrintResult:
    """Lay out ``labels`` on sheets of ``template`` and (when ``path`` is given) write the PDF."""
    auth.require(by, "printing.print")
    profile = lib.profile
    options = LabelOptions(library_name=profile.name if profile else "", band=band)
    pdf, pages, count = labels_pdf(kind, template, labels, options=options, skip=skip, copies=copies,
                                   calibration=calibration, progress=progress, cancel=cancel)
    if path:
        write_bytes(path, pdf)
    return PrintResult(path, pages, count, pdf)


# --- the calibration test page -------------------------------------------------------------------


def test_page_elements(template: LabelTemplate, calibration: Calibration, printer: str,
                       translate: Translate = no_translation) -> list[Element]:
    """Rulers along the top and left edges, every label's outline, number and centre cross, and
    instructions. Measured on paper, they tell how far the printer shifts and scales the sheet."""
    W, H = template.page_width_mm, template.page_height_mm
    out: list[Element] = []
    for mm_ in range(0, int(W) + 1):
        length = 5.0 if mm_ % 10 == 0 else (3.5 if mm_ % 5 == 0 else 2.0)
        out.append(Line(mm_, 0, mm_, length, width=0.12))
        if mm_ % 10 == 0 and 0 < mm_ < W - 3:
            out.append(Text(Box(mm_ + 0.5, 3.2, 8, 2.2), str(mm_), 5))
    for mm_ in range(0, int(H) + 1):
        length = 5.0 if mm_ % 10 == 0 else (3.5 if mm_ % 5 == 0 else 2.0)
        out.append(Line(0, mm_, length, mm_, width=0.12))
        if mm_ % 10 == 0 and 0 < mm_ < H - 3:
            out.append(Text(Box(3.2, mm_ + 0.3, 8, 2.2), str(mm_), 5))
    w, h = template.label_width_mm, template.label_height_mm
    for index in range(template.per_page):
        x, y = template.label_origin(index)
        out.append(Rect(Box(x, y, w, h), stroke=(0, 0, 0), width=0.2, radius=template.corner_radius_mm))
        out.append(Line(x + w / 2 - 3, y + h / 2, x + w / 2 + 3, y + h / 2, width=0.15))
        out.append(Line(x + w / 2, y + h / 2 - 3, x + w / 2, y + h / 2 + 3, width=0.15))
        out.append(fit_line(str(index + 1), Box(x + 1.5, y + 1.2, 10, min(3.5, h / 4)), style="bold", max_size=9))
    first_x, first_y = template.label_origin(0)
    caption = translate("Printing", "Test page: {title}").format(title=template.title)
    settings = translate(
        "Printing", "Printer: {printer} · offset x {dx} mm, y {dy} mm · scale {scale} % · "
                    "first label at {x} × {y} mm from the top-left corner").format(
        printer=printer, dx=f"{calibration.dx_mm:g}", dy=f"{calibration.dy_mm:g}",
        scale=f"{calibration.scale_pct:g}", x=f"{first_x:g}", y=f"{first_y:g}")
    advice = translate(
        "Printing", "Print at actual size (100 %, no 'fit to page') on plain paper, lay it on a label sheet "
                    "against the light and measure how far the outlines miss the labels. Enter that as the offset; "
                    "if the error grows across the sheet, correct the scale.")
    # The words sit in a white panel in the middle of the sheet: the outlines near the rulers and in
    # the far corner (the ones that are measured) stay visible.
    panel_w = min(W - 24, 150.0)
    panel_h = 30.0
    panel = Box((W - panel_w) / 2, (H - panel_h) / 2, panel_w, panel_h)
    out.append(Rect(panel, fill=WHITE, stroke=(0, 0, 0), width=0.3, radius=2))
    inner = Box(panel.x + 3, panel.y + 2.5, panel.w - 6, panel.h - 5)
    out.append(fit_line(caption, Box(inner.x, inner.y, inner.w, 4.5), style="bold", max_size=11, min_size=5))
    out.append(fit_line(settings, Box(inner.x, inner.y + 5.5, inner.w, 3.2), max_size=8, min_size=4))
    out.extend(fit_paragraph(advice, Box(inner.x, inner.y + 10, inner.w, inner.h - 10), max_size=8, min_size=4))
    return out


def test_page_pdf(template: LabelTemplate, calibration: Calibration = IDENTITY, printer: str = "default",
                  translate: Translate = no_translation) -> bytes:
    canvas, buffer = _canvas(template.page_width_mm, template.page_height_mm, template.title)
    painter = PdfPainter(canvas, template.page_height_mm)
    calibrate_canvas(canvas, template.page_height_mm, calibration)
    painter.draw(test_page_elements(template, calibration, printer, translate))
    canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def write_test_page(lib: Library, by: Staff, template: LabelTemplate, path: str, printer: str = "default",
                    calibration: Calibration | None = None, translate: Translate = no_translation) -> str:
    from .templates import get_calibration

    auth.require(by, "printing.print")
    calibration = calibration if calibration is not None else get_calibration(template.name, printer)
    write_bytes(path, test_page_pdf(template, calibration, printer, translate))
    return path
