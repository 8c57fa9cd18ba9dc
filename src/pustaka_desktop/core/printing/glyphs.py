"""One line of text as placed glyphs, for a renderer that draws glyphs itself (the printer painter in
``gui/page_painter``): the same font files, glyphs and positions ``fonts.draw_text`` writes into a PDF,
so a printed label and its saved PDF put every letter in the same place.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from . import fonts


@dataclass(frozen=True)
class GlyphRun:
    font_path: str
    glyphs: tuple[int, ...]  # glyph ids of that font file
    # Where each glyph's origin goes, in points from the line's left end on its baseline (y up).
    positions: tuple[tuple[float, float], ...]


@lru_cache(maxsize=20_000)
def placed_glyphs(text: str, style: str = "sans", size: float = 10.0) -> tuple[float, tuple[GlyphRun, ...]]:
    """The line's width in points and its glyph runs, left to right."""
    text = fonts.clean(text)
    if not text:
        return 0.0, ()
    if fonts.is_simple(text, style):  # reportlab writes these letters as they are, unkerned, with its widths
        face = fonts.primary(style)
        widths = face.rl.face
        pen, glyphs, positions = 0.0, [], []
        for char in text:
            glyphs.append(face.hb_font.get_nominal_glyph(ord(char)) or 0)
            positions.append((pen, 0.0))
            pen += widths.getCharWidth(ord(char)) * size / 1000
        return pen, (GlyphRun(str(face.path), tuple(glyphs), tuple(positions)),)
    shaped = fonts.shape(text, style, size)
    pen, runs = 0.0, []
    for run in shaped.runs:
        scale = size / run.face.upem
        glyphs, positions = [], []
        for gid, advance, dx, dy, _ in run.glyphs:
            glyphs.append(gid)
            positions.append((pen + dx * scale, dy * scale))
            pen += advance * scale
        runs.append(GlyphRun(str(run.face.path), tuple(glyphs), tuple(positions)))
    return shaped.width, tuple(runs)
