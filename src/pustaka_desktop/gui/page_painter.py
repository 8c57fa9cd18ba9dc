"""Printing a core ``Document`` (labels, cards, posters, the test page) straight onto a QPrinter with
QPainter: the very elements the PDF is made of, drawn as vectors. Text goes as the same glyphs of the same
font files at the same places (``core.printing.glyphs``), bars as filled rectangles, photos and logos at
their own size; the printer's driver gets kilobytes per page instead of a picture of the page at 300 dpi
(256 pages of cards were 190 MB of spool, more than an old PC's disk and an old USB printer take).

A barcode's bars are laid on whole printer dots: its left edge on the printer's grid (on the 300 dpi grid
when the printer's is a multiple of it, so a 600 or 1200 dpi printer and a PDF printer alike get whole
dots), and each module the same whole number of dots, so no bar prints a dot wider than its neighbour.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QGlyphRun,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPen,
    QRawFont,
    QTransform,
)
from PySide6.QtPrintSupport import QPrinter

from ..core.errors import Cancelled
from ..core.printing.document import Document, Page
from ..core.printing.glyphs import placed_glyphs
from ..core.printing.layout import (
    DOT_MM,
    PT_PER_MM,
    Barcode,
    Image,
    Line,
    Rect,
    Text,
    code128_pattern,
    text_extents_mm,
)

# Fonts are opened at this size and scaled by the painter: outlines keep their precision at 5 pt too.
FONT_PX = 100.0
DOTS_PER_INCH_OF_LAYOUT = round(25.4 / DOT_MM)  # 300: the grid the layout's bar widths are whole dots of
RECENT_PICTURES = 8


_APPLICATION_FONTS: dict[str, int] = {}  # font file -> its id in Qt's font database


def raw_font(path: str) -> QRawFont:
    """The font file as Qt's font database knows it, so a PDF printer (CUPS) embeds it once as a font; a QRawFont
    read from the file itself is drawn as outlines, letter by letter. Checked to be that very file (a font of
    the same name on the PC could be another version, with other glyph ids); if not, the file's outlines."""
    from_file = QRawFont(path, FONT_PX, QFont.HintingPreference.PreferNoHinting)
    if path not in _APPLICATION_FONTS:
        _APPLICATION_FONTS[path] = QFontDatabase.addApplicationFont(path)
    families = QFontDatabase.applicationFontFamilies(_APPLICATION_FONTS[path])
    if families:
        font = QFont(families[0])
        font.setStyleName(from_file.styleName())
        font.setPixelSize(round(FONT_PX))
        font.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        known = QRawFont.fromFont(font)
        if known.isValid() and known.fontTable("head") == from_file.fontTable("head"):
            return known
    return from_file


def _color(rgb: tuple[float, float, float]) -> QColor:
    return QColor.fromRgbF(*rgb)


class ElementPainter:
    """Draws elements onto a QPainter whose coordinates are millimetres (set up by ``begin_page``)."""

    def __init__(self, painter: QPainter, dpi: float) -> None:
        self.p = painter
        self.dpi = dpi
        self._fonts: dict[str, QRawFont] = {}  # (per print run: QRawFont belongs to the thread that made it)
        # The last few pictures, decoded: the logo on every card is one picture, however many cards carry it
        # (1,500 members' photos all kept decoded would be 450 MB).
        self._images: OrderedDict[bytes, QImage] = OrderedDict()

    def begin_page(self, page: Page) -> None:
        self.p.resetTransform()
        self.p.scale(self.dpi / 25.4, self.dpi / 25.4)
        if page.calibration is not None and not page.calibration.is_identity:
            factor = page.calibration.scale_pct / 100.0
            self.p.translate(page.calibration.dx_mm, page.calibration.dy_mm)
            self.p.scale(factor, factor)

    def draw(self, elements, ox: float = 0.0, oy: float = 0.0) -> None:
        for element in elements:
            if isinstance(element, Text):
                self._text(element, ox, oy)
            elif isinstance(element, Barcode):
                self._barcode(element, ox, oy)
            elif isinstance(element, Rect):
                self._rect(element, ox, oy)
            elif isinstance(element, Line):
                self._line(element, ox, oy)
            elif isinstance(element, Image):
                self._image(element, ox, oy)

    def _font(self, path: str) -> QRawFont:
        font = self._fonts.get(path)
        if font is None:
            font = self._fonts[path] = raw_font(path)
        return font

    def _text(self, e: Text, ox: float, oy: float) -> None:
        if not e.text:
            return
        ink = e.ink
        ascent, _ = text_extents_mm(e.text, e.style, e.size)
        _, runs = placed_glyphs(e.text, e.style, e.size)
        points_to_font = FONT_PX / e.size  # positions are in points at e.size
        self.p.save()
        self.p.translate(ink.x + ox, ink.y + ascent + oy)
        millimetres_per_font_px = e.size / PT_PER_MM / FONT_PX
        self.p.scale(millimetres_per_font_px, millimetres_per_font_px)
        self.p.setPen(QPen(_color(e.color)))
        for run in runs:
            glyph_run = QGlyphRun()
            glyph_run.setRawFont(self._font(run.font_path))
            glyph_run.setGlyphIndexes(list(run.glyphs))
            glyph_run.setPositions([QPointF(x * points_to_font, -y * points_to_font) for x, y in run.positions])
            self.p.drawGlyphRun(QPointF(0, 0), glyph_run)
        self.p.restore()

    def _barcode(self, e: Barcode, ox: float, oy: float) -> None:
        world = self.p.transform()
        bars = e.bars
        top_left = world.map(QPointF(bars.x + ox, bars.y + oy))
        bottom_right = world.map(QPointF(bars.right + ox, bars.bottom + oy))
        # On a printer of 300, 600 or 1200 dpi (and a PDF printer, whose output CUPS rasterises at any of them)
        # the bars keep to the 300 dpi grid the layout counted its dots on; on any other (360, 720) to its own.
        step = self.dpi / DOTS_PER_INCH_OF_LAYOUT if round(self.dpi) % DOTS_PER_INCH_OF_LAYOUT == 0 else 1.0
        module = max(1, round(e.module * world.m11() / step)) * step  # the same whole dots for every module
        centre = (top_left.x() + bottom_right.x()) / 2
        left = round((centre - round(bars.w / e.module) * module / 2) / step) * step
        top, bottom = round(top_left.y()), round(bottom_right.y())
        self.p.save()
        self.p.setTransform(QTransform())  # (drawn in the printer's own dots)
        self.p.setPen(Qt.PenStyle.NoPen)
        self.p.setBrush(QBrush(QColor(0, 0, 0)))
        for start, width in code128_pattern(e.value):
            self.p.drawRect(QRectF(left + start * module, top, width * module, bottom - top))
        self.p.restore()

    def _pen(self, color, width: float, dash) -> QPen:
        pen = QPen(_color(color))
        pen.setWidthF(width)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        if dash:
            pen.setDashPattern([d / width for d in dash] * (2 if len(dash) % 2 else 1))
        return pen

    def _rect(self, e: Rect, ox: float, oy: float) -> None:
        self.p.save()
        self.p.setPen(self._pen(e.stroke, e.width, e.dash) if e.stroke is not None else Qt.PenStyle.NoPen)
        self.p.setBrush(QBrush(_color(e.fill)) if e.fill is not None else Qt.BrushStyle.NoBrush)
        box = QRectF(e.box.x + ox, e.box.y + oy, e.box.w, e.box.h)
        if e.radius:
            self.p.drawRoundedRect(box, e.radius, e.radius)
        else:
            self.p.drawRect(box)
        self.p.restore()

    def _line(self, e: Line, ox: float, oy: float) -> None:
        self.p.save()
        self.p.setPen(self._pen(e.color, e.width, e.dash))
        self.p.drawLine(QPointF(e.x1 + ox, e.y1 + oy), QPointF(e.x2 + ox, e.y2 + oy))
        self.p.restore()

    def _image(self, e: Image, ox: float, oy: float) -> None:
        image = self._images.get(e.data)
        if image is None:
            image = self._images[e.data] = QImage.fromData(e.data)
            if len(self._images) > RECENT_PICTURES:
                self._images.popitem(last=False)
        self._images.move_to_end(e.data)
        if image.isNull() or not image.width() or not image.height():
            return  # a broken picture must not stop a print run: its place stays empty, as in the PDF
        scale = min(e.box.w / image.width(), e.box.h / image.height())
        w, h = image.width() * scale, image.height() * scale
        target = QRectF(e.box.x + ox + (e.box.w - w) / 2, e.box.y + oy + (e.box.h - h) / 2, w, h)
        self.p.drawImage(target, image)


def print_document(printer: QPrinter, document: Document, progress=None, cancelled=None) -> int:
    """Send every page to ``printer`` at actual size (the paper is the page's size, no margins, no "fit to page");
    returns the number of pages sent. Runs off the GUI thread (Qt paints on a QPrinter from any thread), with
    ``progress(page, count)`` and ``cancelled()``, which aborts the print run and raises Cancelled."""
    if not document.pages:
        return 0
    first = document.pages[0]
    printer.setFullPage(True)
    printer.setPageLayout(QPageLayout(
        QPageSize(QSizeF(first.width, first.height), QPageSize.Unit.Millimeter,
                  matchPolicy=QPageSize.SizeMatchPolicy.FuzzyMatch),
        QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0)))
    painter = QPainter()
    if not painter.begin(printer):
        raise OSError(QCoreApplication.translate("PdfPages", "The printer could not be started."))
    elements = ElementPainter(painter, printer.resolution())
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)  # (a printer's dots are either ink or paper)
    try:
        for number, page in enumerate(document.pages):
            if cancelled is not None and cancelled():
                printer.abort()
                raise Cancelled()
            if number:
                printer.newPage()
            elements.begin_page(page)
            for placed in page.placed:
                elements.draw(placed.elements, placed.x, placed.y)
            if progress is not None:
                progress(number + 1, len(document.pages))
    finally:
        painter.end()
    return len(document.pages)
