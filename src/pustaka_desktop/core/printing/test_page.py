"""The calibration test page: rulers, every label's outline, number and centre cross, and how to
measure. The rulers sit inside the area every printer can print (``PRINTABLE_MARGIN_MM`` from the
paper's edge; inkjets cannot print the outer 3-5 mm) and their numbers are millimetres from the
paper's edge, so a librarian lays the printout on a real sheet, reads how far the outlines miss and
types that into the calibration.
"""

from __future__ import annotations

from .. import auth
from ..formatting import format_measure
from ..service import Library
from ..store.files import write_bytes
from ..store.models import Staff
from .document import Document, pdf_bytes
from .layout import (
    Box,
    Element,
    Line,
    Rect,
    Text,
    Translate,
    fit_line,
    fit_paragraph,
    no_translation,
)
from .templates import IDENTITY, Calibration, LabelTemplate

PRINTABLE_MARGIN_MM = 6.0
WHITE = (1.0, 1.0, 1.0)


def _rulers(W: float, H: float) -> list[Element]:
    m = PRINTABLE_MARGIN_MM
    out: list[Element] = [Line(m, m, W - m, m, width=0.15), Line(m, m, m, H - m, width=0.15)]
    for mm_ in range(int(m), int(W - m) + 1):
        length = 4.0 if mm_ % 10 == 0 else (2.8 if mm_ % 5 == 0 else 1.6)
        out.append(Line(mm_, m, mm_, m + length, width=0.12))
        if mm_ % 10 == 0 and mm_ + 8 < W - m:
            out.append(Text(Box(mm_ + 0.5, m + 2.6, 8, 2.4), str(mm_), 5.5))
    for mm_ in range(int(m), int(H - m) + 1):
        length = 4.0 if mm_ % 10 == 0 else (2.8 if mm_ % 5 == 0 else 1.6)
        out.append(Line(m, mm_, m + length, mm_, width=0.12))
        if mm_ % 10 == 0 and mm_ + 3 < H - m:
            out.append(Text(Box(m + 2.6, mm_ + 0.3, 8, 2.4), str(mm_), 5.5))
    return out


def test_page_elements(template: LabelTemplate, calibration: Calibration, printer: str,
                       translate: Translate = no_translation) -> list[Element]:
    """Rulers along the top and left (inside the printable area, numbered from the paper's edge),
    every label's outline, number and centre cross, and instructions. Measured on paper, they tell
    how far the printer shifts and scales the sheet."""
    W, H = template.page_width_mm, template.page_height_mm
    out: list[Element] = _rulers(W, H)
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
        printer=printer, dx=format_measure(calibration.dx_mm), dy=format_measure(calibration.dy_mm),
        scale=format_measure(calibration.scale_pct), x=format_measure(first_x), y=format_measure(first_y))
    advice = translate(
        "Printing", "Print at actual size (100 %, no 'fit to page') on plain paper, lay it on a label sheet "
                    "against the light and measure how far the outlines miss the labels. Enter that as the offset; "
                    "if the error grows across the sheet, correct the scale. The rulers start 6 mm in from the "
                    "edge; their numbers are millimetres from the paper's edge.")
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


def test_page_document(template: LabelTemplate, calibration: Calibration = IDENTITY, printer: str = "default",
                       translate: Translate = no_translation) -> Document:
    document = Document(template.title)
    document.new_page(template.page_width_mm, template.page_height_mm, calibration).draw(
        test_page_elements(template, calibration, printer, translate))
    return document


def test_page_pdf(template: LabelTemplate, calibration: Calibration = IDENTITY, printer: str = "default",
                  translate: Translate = no_translation) -> bytes:
    return pdf_bytes(test_page_document(template, calibration, printer, translate))


def write_test_page(lib: Library, by: Staff, template: LabelTemplate, path: str, printer: str = "default",
                    calibration: Calibration | None = None, translate: Translate = no_translation) -> str:
    from .templates import get_calibration

    auth.require(by, "printing.print")
    calibration = calibration if calibration is not None else get_calibration(template.name, printer)
    write_bytes(path, test_page_pdf(template, calibration, printer, translate))
    return path
