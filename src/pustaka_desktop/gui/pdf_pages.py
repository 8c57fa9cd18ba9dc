"""Showing PDFs made by the core (the Print page's preview), with Qt's own PDF module (QtPdf, the PySide6-Pdf
wheel): no external program, so it works the same on Windows. Printing does not go through a PDF: the core's
pages are drawn onto the printer as vectors (``page_painter``).
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, QSizeF
from PySide6.QtGui import QImage
from PySide6.QtPdf import QPdfDocument

POINTS_PER_INCH = 72.0


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
