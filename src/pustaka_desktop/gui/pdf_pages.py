"""Showing and printing PDFs made by the core, with Qt's own PDF module (QtPdf, the PySide6-Pdf wheel):
no external program, so it works the same on Windows.

Printing draws each page as an image at the printer's resolution onto a full-page QPrinter whose
paper is the PDF page's size, so labels come out at actual size (no "fit to page").
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QCoreApplication, QIODevice, QMarginsF, QRectF, QSize, QSizeF
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

from ..core.errors import Cancelled

POINTS_PER_INCH = 72.0
MAX_PRINT_DPI = 300


class PdfPages:
    """A PDF held in memory, rendered page by page."""

    def __init__(self, data: bytes) -> None:
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self._buffer)
        if self.document.status() != QPdfDocument.Status.Ready:
            raise ValueError("the PDF could not be read")

    @property
    def count(self) -> int:
        return self.document.pageCount()

    def size_points(self, page: int) -> QSizeF:
        return self.document.pagePointSize(page)

    def render(self, page: int, dpi: float) -> QImage:
        size = self.size_points(page)
        pixels = QSize(max(1, round(size.width() / POINTS_PER_INCH * dpi)),
                       max(1, round(size.height() / POINTS_PER_INCH * dpi)))
        return self.document.render(page, pixels)

    def render_to_fit(self, page: int, box: QSize) -> QImage:
        size = self.size_points(page)
        scale = min(box.width() / size.width(), box.height() / size.height())
        return self.render(page, max(10.0, POINTS_PER_INCH * scale))


def print_pdf(printer: QPrinter, data: bytes, progress=None, cancelled=None) -> int:
    """Send every page to ``printer`` at actual size; returns the number of pages printed. Each page is drawn
    at the printer's resolution, so 300 pages of cards take minutes: call it off the GUI thread (Qt paints on a
    QPrinter from any thread), with ``progress(page, count)`` and ``cancelled()``, which aborts the print run
    (nothing more goes to the printer) and raises Cancelled."""
    pages = PdfPages(data)
    if pages.count == 0:
        return 0
    first = pages.size_points(0)
    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(QPageSize(first, QPageSize.Unit.Point, matchPolicy=QPageSize.SizeMatchPolicy.FuzzyMatch),
                                      QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    dpi = min(MAX_PRINT_DPI, printer.resolution())
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(QCoreApplication.translate("PdfPages", "The printer could not be started."))
    try:
        for page in range(pages.count):
            if cancelled is not None and cancelled():
                printer.abort()
                raise Cancelled()
            if page:
                printer.newPage()
            size = pages.size_points(page)
            image = pages.render(page, dpi)
            res = printer.resolution()
            target = QRectF(0, 0, size.width() / POINTS_PER_INCH * res, size.height() / POINTS_PER_INCH * res)
            painter.drawImage(target, image)
            if progress is not None:
                progress(page + 1, pages.count)
    finally:
        painter.end()
    return pages.count
