"""Text for reportlab's page layout (platypus): ``Para`` is a paragraph in the app's fonts, any
script, wrapped to its column, used by reports, letters and registers instead of reportlab's
Paragraph (whose fonts would not shape Arabic or Javanese, nor fall back per character).

Sizes are in points. ``bold`` and ``italic`` pick the style; a paragraph is one style.
"""

from __future__ import annotations

from functools import lru_cache

from reportlab.platypus import Flowable

from . import clusters
from .fonts import ascent_descent, clean, draw_text, line_extents, paragraph_level, text_width


def _split_word(word: str, style: str, size: float, width: float) -> list[str]:
    """A word wider than the column, in pieces that fit (never cut off), broken between whole letters: a vowel
    sign, harakat or pasangan stays with its letter."""
    return clusters.pieces(word, lambda piece: text_width(piece, style, size) <= width)


@lru_cache(maxsize=20_000)
def _wrapped(text: str, style: str, size: float, width: float) -> tuple[str, ...]:
    return tuple(_wrap(text, style, size, width))


def wrap_lines(text: str, style: str, size: float, width: float) -> list[str]:
    """Greedy word wrap of ``text`` into lines no wider than ``width`` points; newlines are kept."""
    return list(_wrapped(str(text or ""), style, size, round(width, 2)))


def _wrap(text: str, style: str, size: float, width: float) -> list[str]:
    if "\n" not in text and text_width(text, style, size) <= width:
        return [clean(text)]
    lines: list[str] = []
    for paragraph in str(text or "").splitlines() or [""]:
        words = clean(paragraph).split(" ")
        current = ""
        for word in words:
            if not word:
                continue
            candidate = f"{current} {word}" if current else word
            if text_width(candidate, style, size) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
            if text_width(word, style, size) <= width:
                current = word
            else:
                *whole, current = _split_word(word, style, size, width)
                lines.extend(whole)
        lines.append(current)
    return lines


class Para(Flowable):
    """A wrapped paragraph. ``align``: start (left, or right for a right-to-left paragraph), left,
    center, right."""

    def __init__(self, text: str, size: float = 9.5, style: str = "sans", leading: float | None = None,
                 align: str = "start", color=(0, 0, 0), space_before: float = 0.0, space_after: float = 0.0,
                 upper: bool = False) -> None:
        super().__init__()
        self.text = str(text or "").upper() if upper else str(text or "")
        self.size = size
        self.style = style
        self.leading = leading or size * 1.3
        self.align = align
        self.color = color
        self.spaceBefore = space_before
        self.spaceAfter = space_after
        self._lines: list[str] = []
        self._pitches: list[tuple[float, float]] = []
        self._width = 0.0

    def __repr__(self) -> str:
        return f"Para({self.text[:30]!r})"

    def _pitch(self, line: str) -> tuple[float, float]:
        """(line height, baseline from the line's top): the leading, or more for a line whose glyphs
        reach further (aksara Jawa below the baseline, stacked Arabic marks above it)."""
        ascent, descent = line_extents(line, self.style, self.size)
        base_ascent, base_descent = ascent_descent(self.style, self.size)
        gap = (self.leading - base_ascent - base_descent) / 2
        return self.leading + (ascent - base_ascent) + (descent - base_descent), gap + ascent

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803 - reportlab's names
        self._width = availWidth
        self._lines = wrap_lines(self.text, self.style, self.size, max(1.0, availWidth))
        self._pitches = [self._pitch(line) for line in self._lines]
        self.width = availWidth
        self.height = sum(pitch for pitch, _ in self._pitches)
        return availWidth, self.height

    def natural_width(self) -> float:
        return max((text_width(line, self.style, self.size) for line in wrap_lines(self.text, self.style,
                                                                                  self.size, 1e9)), default=0)

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        fit, used = 0, 0.0
        for pitch, _ in self._pitches:
            if used + pitch > availHeight + 1e-6:
                break
            used += pitch
            fit += 1
        if fit <= 0 or fit >= len(self._lines):
            return [] if fit <= 0 else [self]
        first = Para("\n".join(self._lines[:fit]), self.size, self.style, self.leading, self.align, self.color,
                     self.spaceBefore, 0)
        rest = Para("\n".join(self._lines[fit:]), self.size, self.style, self.leading, self.align, self.color,
                    0, self.spaceAfter)
        return [first, rest]

    def draw(self) -> None:
        canvas = self.canv
        canvas.saveState()
        canvas.setFillColorRGB(*self.color) if isinstance(self.color, tuple) else canvas.setFillColor(self.color)
        top = self.height
        for line, (pitch, baseline) in zip(self._lines, self._pitches, strict=True):
            align = self.align
            if align == "start":
                align = "right" if paragraph_level(line) else "left"
            x = {"left": 0.0, "center": self._width / 2, "right": self._width}[align]
            draw_text(canvas, x, top - baseline, line, self.style, self.size, align)
            top -= pitch
        canvas.restoreState()
