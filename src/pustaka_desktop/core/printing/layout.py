"""Drawing in millimetres: a label, card or poster is first laid out as a list of elements (text
lines, barcodes, boxes, images) in its own coordinates, origin top-left, y growing down. That list
is what the tests measure (nothing may leave the label), and what the renderers draw: onto a
reportlab canvas for PDF, with Pillow for PNG posters, with QPainter onto a printer (``gui/page_painter``).

Text is any script (``fonts`` shapes it, with the app's embedded fonts) and never spills:
``fit_line`` shrinks the type down to a minimum size, then cuts the text with an ellipsis;
``fit_paragraph`` wraps first. Barcodes are Code 128 drawn as vector bars by reportlab, with a module
(narrowest bar) of whole printer dots, ``PREFERRED_MODULE_MM`` or more wherever the label has the
room (never below ``MIN_MODULE_MM``), and quiet zones of ``QUIET_MODULES`` modules on both sides.
"""

from __future__ import annotations

import io
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from reportlab.graphics.barcode.code128 import Code128
from reportlab.lib.units import mm

from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from . import clusters, fonts

Translate = Callable[[str, str], str]


def no_translation(context: str, text: str) -> str:
    return text


PT_PER_MM = mm  # 2.8346 points per millimetre
ELLIPSIS = "\u2026"

DOT_MM = 25.4 / 300  # one dot of a 300 dpi printer (two of a 600 dpi one)
# Bars of 4 dots (0.339 mm) are 2 pixels even on a 150 dpi inkjet: every label that has the room gets
# at least these. 3 dots (0.254 mm) is the floor for a label too narrow for them (a long code on a
# small label); cheap CCD scanners still read it from a 300 dpi print.
PREFERRED_MODULE_MM = 4 * DOT_MM
MIN_MODULE_MM = 3 * DOT_MM
MAX_MODULE_MM = 6 * DOT_MM
QUIET_MODULES = 10


def font_name(style: str) -> str:
    return fonts.font_name(style)


def register_fonts() -> None:
    fonts.register_fonts()


def text_width_mm(text: str, style: str, size_pt: float) -> float:
    return fonts.text_width(text, style, size_pt) / PT_PER_MM


def ascent_descent_mm(style: str, size_pt: float) -> tuple[float, float]:
    ascent, descent = fonts.ascent_descent(style, size_pt)
    return ascent / PT_PER_MM, descent / PT_PER_MM


def line_height_mm(style: str, size_pt: float) -> float:
    ascent, descent = ascent_descent_mm(style, size_pt)
    return ascent + descent


def text_extents_mm(text: str, style: str, size_pt: float) -> tuple[float, float]:
    """(ascent, descent) of this line: the style's, or more where its glyphs reach further."""
    ascent, descent = fonts.line_extents(text, style, size_pt)
    return ascent / PT_PER_MM, descent / PT_PER_MM


def text_height_mm(text: str, style: str, size_pt: float) -> float:
    return sum(text_extents_mm(text, style, size_pt))


# --- elements ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Box:
    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    def inside(self, other: Box, tolerance: float = 1e-6) -> bool:
        return (self.x >= other.x - tolerance and self.y >= other.y - tolerance
                and self.right <= other.right + tolerance and self.bottom <= other.bottom + tolerance)

    def overlaps(self, other: Box) -> bool:
        return not (self.right <= other.x or other.right <= self.x or self.bottom <= other.y
                    or other.bottom <= self.y)

    def moved(self, dx: float, dy: float) -> Box:
        return Box(self.x + dx, self.y + dy, self.w, self.h)


@dataclass(frozen=True)
class Text:
    box: Box  # the line's slot; the text is centred vertically in it
    text: str
    size: float  # points
    style: str = "sans"
    align: str = "left"  # left | center | right
    color: tuple[float, float, float] = (0, 0, 0)

    @property
    def ink(self) -> Box:
        """Where the glyphs can reach: the text's width and its ascent + descent."""
        width = text_width_mm(self.text, self.style, self.size)
        height = text_height_mm(self.text, self.style, self.size)
        if self.align == "center":
            x = self.box.x + (self.box.w - width) / 2
        elif self.align == "right":
            x = self.box.right - width
        else:
            x = self.box.x
        return Box(x, self.box.y + (self.box.h - height) / 2, width, height)


class _InkInItsBox:
    """An element that draws nothing outside its box."""

    box: Box

    @property
    def ink(self) -> Box:
        return self.box


@dataclass(frozen=True)
class Barcode(_InkInItsBox):
    box: Box  # bars and both quiet zones
    value: str
    module: float  # mm

    @property
    def bars(self) -> Box:
        quiet = QUIET_MODULES * self.module
        return Box(self.box.x + quiet, self.box.y, self.box.w - 2 * quiet, self.box.h)


@dataclass(frozen=True)
class Rect(_InkInItsBox):
    box: Box
    fill: tuple[float, float, float] | None = None
    stroke: tuple[float, float, float] | None = (0, 0, 0)
    width: float = 0.2  # mm
    radius: float = 0.0
    dash: tuple[float, ...] = ()


@dataclass(frozen=True)
class Line:
    x1: float
    y1: float
    x2: float
    y2: float
    width: float = 0.2
    color: tuple[float, float, float] = (0, 0, 0)
    dash: tuple[float, ...] = ()

    @property
    def ink(self) -> Box:
        return Box(min(self.x1, self.x2), min(self.y1, self.y2), abs(self.x2 - self.x1), abs(self.y2 - self.y1))


@dataclass(frozen=True)
class Image(_InkInItsBox):
    box: Box
    data: bytes = field(repr=False)


Element = Text | Barcode | Rect | Line | Image


# --- fitting text --------------------------------------------------------------------------------


def size_for_height(style: str, height_mm: float) -> float:
    """The largest type size whose ascent + descent fits ``height_mm``."""
    return height_mm / line_height_mm(style, 1.0)


def cut_to_width(text: str, style: str, size: float, width_mm: float) -> str:
    """``text`` cut with an ellipsis so it fits ``width_mm`` ("" when not even the ellipsis fits)."""
    if text_width_mm(text, style, size) <= width_mm:
        return text
    points = clusters.cut_points(text)  # (never inside a letter: a vowel sign or a pasangan stays with it)
    low, high = 0, len(points) - 1
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if text_width_mm(text[:points[middle]].rstrip() + ELLIPSIS, style, size) <= width_mm:
            low = middle
        else:
            high = middle - 1
    if points[low] == 0:
        return ELLIPSIS if text_width_mm(ELLIPSIS, style, size) <= width_mm else ""
    return text[:points[low]].rstrip() + ELLIPSIS


def fit_line(text: str, box: Box, *, style: str = "sans", max_size: float = 12.0, min_size: float = 5.0,
             align: str = "left", color: tuple[float, float, float] = (0, 0, 0)) -> Text:
    """One line of text in ``box``: as large as ``max_size`` allows, shrunk to fit the width down to
    ``min_size``, then cut with an ellipsis. Never taller or wider than the box."""
    text = " ".join(str(text).split())
    size = min(max_size, size_for_height(style, box.h))
    if text:  # glyphs taller than the style's line (aksara Jawa, stacked marks) shrink it to the box
        size = min(size, size * box.h / text_height_mm(text, style, size))
    width = text_width_mm(text, style, size) if text else 0.0
    if width > box.w:
        size = max(min(size, size * box.w / width * 0.999), min(min_size, size))
        text = cut_to_width(text, style, size, box.w)
    return Text(box, text, round(size, 3), style, align, color)


def wrap(text: str, style: str, size: float, width_mm: float) -> list[str]:
    """Greedy word wrap; paragraphs (blank lines / newlines) are kept; over-long words are cut."""
    lines: list[str] = []
    for paragraph in str(text).splitlines():
        words = paragraph.split()
        if not words:
            lines.append("")
            continue
        current = ""
        for word in words:
            candidate = f"{current} {word}" if current else word
            if text_width_mm(candidate, style, size) <= width_mm:
                current = candidate
            else:
                if current:
                    lines.append(current)
                if clusters.written_without_spaces(word):  # aksara Jawa: one "word", broken between letters
                    *whole, current = clusters.pieces(word, lambda piece: text_width_mm(
                        piece, style, size) <= width_mm)
                    lines.extend(whole)
                else:
                    current = cut_to_width(word, style, size, width_mm)
        lines.append(current)
    while lines and not lines[-1]:
        lines.pop()
    return lines


def fit_paragraph(text: str, box: Box, *, style: str = "sans", max_size: float = 9.0, min_size: float = 5.0,
                  leading: float = 1.2, align: str = "left",
                  color: tuple[float, float, float] = (0, 0, 0)) -> list[Text]:
    """A wrapped paragraph in ``box``: shrunk until it fits, and at the minimum size the lines that
    do not fit are dropped, the last one kept ending in an ellipsis."""
    size = max(min_size, min(max_size, size_for_height(style, box.h / leading)))  # no larger than one line allows
    while True:
        lines = wrap(text, style, size, box.w)
        step = line_height_mm(style, size) * leading
        words_whole = all(text_width_mm(word, style, size) <= box.w for word in str(text).split()
                          if not clusters.written_without_spaces(word))
        if (len(lines) * step <= box.h + 1e-9 and words_whole) or size <= min_size:
            break
        size = max(min_size, size - 0.25)
    # Lines whose glyphs reach beyond the style's line (aksara Jawa) take taller slots.
    height = max([line_height_mm(style, size)] + [text_height_mm(line, style, size) for line in lines])
    step = height * leading
    room = max(0, int((box.h + 1e-9) // step))
    if step > box.h:  # not even one line at the minimum size: shrink to the box
        size = size * box.h / height
        height = step = box.h
        room = 1
    if len(lines) > room:
        lines = lines[:room]
        if lines:
            lines[-1] = cut_to_width(lines[-1] + " " + ELLIPSIS, style, size, box.w)
    out = []
    for index, line in enumerate(lines):
        slot = Box(box.x, box.y + index * step, box.w, height)
        out.append(Text(slot, line, size, style, align, color))
    return out


# --- barcodes ------------------------------------------------------------------------------------


@lru_cache(maxsize=4096)
def code128_modules(value: str) -> int:
    """Width of the Code 128 symbol for ``value`` in modules, without quiet zones."""
    return int(round(Code128(value, barWidth=1, quiet=0).width))


@lru_cache(maxsize=4096)
def code128_pattern(value: str) -> tuple[tuple[int, int], ...]:
    """The bars of the Code 128 symbol for ``value`` as reportlab encodes it for the PDF: (start, width) in
    modules from its left edge, for the printer painter to lay on whole printer dots."""
    symbol = Code128(value, barWidth=1, quiet=0)
    symbol.width  # noqa: B018 - encodes the value into ``decomposed``: capitals are bars, small letters spaces
    out, left = [], 0
    for letter in symbol.decomposed:
        width = ord(letter.lower()) - ord("a") + 1
        if letter.isupper():
            out.append((left, width))
        left += width
    return tuple(out)


def barcode_width_mm(value: str, module: float = PREFERRED_MODULE_MM) -> float:
    return (code128_modules(value) + 2 * QUIET_MODULES) * module


def fit_barcode(value: str, box: Box, max_module: float = MAX_MODULE_MM) -> Barcode:
    """A barcode centred in ``box`` with the widest module that fits (at most ``max_module``).
    Raises ValidationError when even the minimum module does not fit: the text may shrink, the bars
    may not."""
    if not value or any(ord(ch) > 126 or ord(ch) < 32 for ch in value):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The code {code} cannot be printed as a barcode (plain letters, digits and signs only)."),
            code=value)
    total = code128_modules(value) + 2 * QUIET_MODULES
    # Whole printer dots: a module of 3, 4, 5... dots at 300 dpi (6, 8, 10 at 600 dpi) prints every bar
    # the same width, instead of bars that differ by a dot from rounding.
    module = math.floor(min(max_module, box.w / total) / DOT_MM + 1e-9) * DOT_MM
    if module < MIN_MODULE_MM - 1e-9:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The barcode {code} needs {needed} mm but the label leaves only {room} mm: "
                      "choose a wider label."),
            code=value, needed=f"{total * MIN_MODULE_MM:.1f}", room=f"{box.w:.1f}")
    width = total * module
    return Barcode(Box(box.x + (box.w - width) / 2, box.y, width, box.h), value, module)


# --- rendering to PDF ----------------------------------------------------------------------------


class PdfPainter:
    """Draws elements onto a reportlab canvas page whose size is ``page_h`` mm high, each element
    moved by (``ox``, ``oy``) mm (the label's place on the sheet)."""

    def __init__(self, canvas, page_h: float) -> None:
        self.c = canvas
        self.page_h = page_h
        register_fonts()

    def _pt(self, x: float, y: float) -> tuple[float, float]:
        return x * PT_PER_MM, (self.page_h - y) * PT_PER_MM

    def draw(self, elements: list[Element], ox: float = 0.0, oy: float = 0.0) -> None:
        for element in elements:
            getattr(self, "_" + type(element).__name__.lower())(element, ox, oy)

    def _text(self, e: Text, ox: float, oy: float) -> None:
        if not e.text:
            return
        ink = e.ink
        ascent, _ = text_extents_mm(e.text, e.style, e.size)
        x, y = self._pt(ink.x + ox, ink.y + ascent + oy)
        self.c.setFillColorRGB(*e.color)
        fonts.draw_text(self.c, x, y, e.text, e.style, e.size)

    def _barcode(self, e: Barcode, ox: float, oy: float) -> None:
        bars = e.bars
        symbol = Code128(e.value, barWidth=e.module * PT_PER_MM, barHeight=bars.h * PT_PER_MM, quiet=0)
        self.c.setFillColorRGB(0, 0, 0)
        x, y = self._pt(bars.x + ox, bars.bottom + oy)
        symbol.drawOn(self.c, x, y)

    def _rect(self, e: Rect, ox: float, oy: float) -> None:
        c = self.c
        c.saveState()
        if e.fill is not None:
            c.setFillColorRGB(*e.fill)
        if e.stroke is not None:
            c.setStrokeColorRGB(*e.stroke)
            c.setLineWidth(e.width * PT_PER_MM)
        if e.dash:
            c.setDash([d * PT_PER_MM for d in e.dash])
        x, y = self._pt(e.box.x + ox, e.box.bottom + oy)
        w, h = e.box.w * PT_PER_MM, e.box.h * PT_PER_MM
        stroke, fill = int(e.stroke is not None), int(e.fill is not None)
        if e.radius:
            c.roundRect(x, y, w, h, e.radius * PT_PER_MM, stroke=stroke, fill=fill)
        else:
            c.rect(x, y, w, h, stroke=stroke, fill=fill)
        c.restoreState()

    def _line(self, e: Line, ox: float, oy: float) -> None:
        c = self.c
        c.saveState()
        c.setStrokeColorRGB(*e.color)
        c.setLineWidth(e.width * PT_PER_MM)
        if e.dash:
            c.setDash([d * PT_PER_MM for d in e.dash])
        c.line(*self._pt(e.x1 + ox, e.y1 + oy), *self._pt(e.x2 + ox, e.y2 + oy))
        c.restoreState()

    def _image(self, e: Image, ox: float, oy: float) -> None:
        from reportlab.lib.utils import ImageReader

        try:
            reader = ImageReader(io.BytesIO(e.data))
            iw, ih = reader.getSize()
        except Exception:  # a broken picture must not stop a print run: leave the place empty
            return
        scale = min(e.box.w / iw, e.box.h / ih)
        w, h = iw * scale, ih * scale
        x, y = self._pt(e.box.x + ox + (e.box.w - w) / 2, e.box.y + oy + (e.box.h + h) / 2)
        self.c.drawImage(reader, x, y, w * PT_PER_MM, h * PT_PER_MM, mask="auto")


def calibrate_canvas(canvas, page_h: float, calibration) -> None:
    """Apply a Calibration to everything drawn after it on this page (see templates.Calibration)."""
    if calibration is None or calibration.is_identity:
        return
    factor = calibration.scale_pct / 100.0
    canvas.translate(calibration.dx_mm * PT_PER_MM, page_h * PT_PER_MM * (1 - factor) - calibration.dy_mm * PT_PER_MM)
    canvas.scale(factor, factor)
