"""A printed document as pages of laid-out elements: labels, cards, posters and the test page are laid
out once, here, and drawn by two renderers. ``pdf_bytes`` writes the pages with reportlab (Save as PDF,
the CLI); the GUI draws the same pages with QPainter straight onto the printer (``gui/page_painter``), so
text and bars reach the printer as vectors and photos at their own size, where a picture of each page at
300 dpi made 190 MB of spool for 256 pages of cards, more than an old PC's disk and USB printer take.
"""

from __future__ import annotations

import io
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..jobs import checkpoint
from .fonts import new_canvas
from .layout import PT_PER_MM, Element, PdfPainter, calibrate_canvas
from .templates import Calibration


@dataclass(frozen=True)
class Placed:
    """Elements drawn with their origin at (``x``, ``y``) mm on the page (a label's place on its sheet)."""

    elements: Sequence[Element]
    x: float = 0.0
    y: float = 0.0


@dataclass
class Page:
    width: float  # mm
    height: float
    placed: list[Placed] = field(default_factory=list)
    # Moves and scales everything on the page (a label sheet's printer calibration); None for the rest.
    calibration: Calibration | None = None

    def draw(self, elements: Sequence[Element], x: float = 0.0, y: float = 0.0) -> None:
        self.placed.append(Placed(elements, x, y))


@dataclass
class Document:
    title: str
    pages: list[Page] = field(default_factory=list)

    def new_page(self, width: float, height: float, calibration: Calibration | None = None) -> Page:
        page = Page(width, height, calibration=calibration)
        self.pages.append(page)
        return page


def progress_halves(progress):
    """``progress(fraction, message)`` split in two: laying the pages out, then writing them."""
    if progress is None:
        return None, None
    return (lambda fraction, message="": progress(fraction / 2, message),
            lambda fraction, message="": progress(0.5 + fraction / 2, message))


def pdf_bytes(document: Document, progress=None, cancel=None) -> bytes:
    """The document as a PDF; ``progress(fraction, message)`` per page, ``cancel()`` stops it (Cancelled)."""
    buffer = io.BytesIO()
    first = document.pages[0] if document.pages else Page(210.0, 297.0)
    canvas = new_canvas(buffer, (first.width * PT_PER_MM, first.height * PT_PER_MM), document.title)
    for number, page in enumerate(document.pages):
        checkpoint(progress, cancel, number / len(document.pages))
        canvas.setPageSize((page.width * PT_PER_MM, page.height * PT_PER_MM))
        painter = PdfPainter(canvas, page.height)
        canvas.saveState()
        calibrate_canvas(canvas, page.height, page.calibration)
        for placed in page.placed:
            painter.draw(list(placed.elements), placed.x, placed.y)
        canvas.restoreState()
        canvas.showPage()
    if not document.pages:
        canvas.showPage()
    canvas.save()
    if progress is not None:
        progress(1.0, "")
    return buffer.getvalue()
