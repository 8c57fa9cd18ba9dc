"""Fonts and text for everything the app prints: labels, cards, posters, letters and reports.

The fonts ship with the app (``pustaka_desktop/resources/fonts``, SIL Open Font Licence, see
``OFL.txt`` there) and are embedded in every PDF, so a title prints the same on every PC:

- **Noto Sans** (regular, bold, italic): Latin with every accent (Vietnamese, Turkish, Sundanese,
  Javanese in Latin letters), Greek, Cyrillic;
- **Noto Naskh Arabic**: Arabic script (Islamic books are a large share of village collections);
- **Noto Sans Javanese**: aksara Jawa.

Text is laid out here, once, for every renderer:

1. **Direction** - the paragraph takes the direction of its first strong letter (Unicode bidi rules
   P2/P3); letters, numbers and neutral signs get embedding levels (W1-W7, N1-N2, I1-I2, simplified:
   no explicit embeddings) and runs are put in visual order (L2). An Arabic title inside a Latin
   line keeps its place; brackets are mirrored by the shaper.
2. **Fallback per character** - each character takes the first font of its style that has it; marks,
   joiners and neutral signs stay with the font of the letter before them when it has them.
3. **Shaping** - each run (one level, one font) is shaped by HarfBuzz (``uharfbuzz``): Arabic joining
   forms and ligatures, Javanese conjuncts, Latin kerning.

``draw_text`` writes a shaped line onto a reportlab canvas glyph by glyph; when the glyphs are not
simply the letters in order (Arabic, ligatures), the line is marked with its logical text
(``/ActualText``) so copying or searching the PDF gives back what was typed. ``draw_text_png`` draws
the same runs with Pillow for PNG posters.

Sizes here are in points; ``layout`` works in millimetres on top of this.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

import uharfbuzz as hb
from reportlab import rl_config
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase import ttfonts as _ttfonts
from reportlab.pdfbase.ttfonts import TTFont


def font_dir() -> Path:
    return Path(str(resources.files("pustaka_desktop").joinpath("resources", "fonts")))


# Each style is a fallback chain: the first font that has a character draws it.
STYLES: dict[str, tuple[str, ...]] = {
    "sans": ("NotoSans-Regular.ttf", "NotoNaskhArabic-Regular.ttf", "NotoSansJavanese-Regular.ttf"),
    "bold": ("NotoSans-Bold.ttf", "NotoNaskhArabic-Bold.ttf", "NotoSansJavanese-Bold.ttf"),
    "italic": ("NotoSans-Italic.ttf", "NotoNaskhArabic-Regular.ttf", "NotoSansJavanese-Regular.ttf"),
}
# Scripts that must use their own font even when an earlier font in the chain has a few of its
# letters (Noto Sans has none, but a Latin font with stray Arabic would draw unjoined letters).
SCRIPT_FONTS = (
    ((0x0600, 0x06FF), "NotoNaskhArabic"), ((0x0750, 0x077F), "NotoNaskhArabic"),
    ((0x08A0, 0x08FF), "NotoNaskhArabic"), ((0xFB50, 0xFDFF), "NotoNaskhArabic"),
    ((0xFE70, 0xFEFF), "NotoNaskhArabic"), ((0xA980, 0xA9DF), "NotoSansJavanese"),
)
FEATURES = {"kern": True, "liga": True}
_PRIVATE_START = 0xE000  # glyphs with no character of their own (joining forms) get one from here


class Face:
    """One font file: HarfBuzz for shaping, reportlab for embedding (registered once)."""

    def __init__(self, filename: str) -> None:
        self.filename = filename
        self.path = font_dir() / filename
        self.family = filename.split("-")[0]
        self.name = "Pustaka-" + filename.removesuffix(".ttf")
        data = self.path.read_bytes()
        self.hb_face = hb.Face(hb.Blob(data))
        self.hb_font = hb.Font(self.hb_face)  # scale = units per em: positions in font units
        self.upem = self.hb_face.upem
        self.unicodes = frozenset(self.hb_face.unicodes)
        extents = self.hb_font.get_font_extents("ltr")
        self.ascender = extents.ascender / self.upem
        self.descender = -extents.descender / self.upem
        # Letters this font draws as they are, one glyph each, left to right: a line made only of
        # these needs no shaping (the fast path for the Latin text that most lines are).
        self.simple = frozenset(c for c in self.unicodes
                                if c < 0x0590 and unicodedata.category(chr(c))[0] not in "MC")
        self._rl: TTFont | None = None
        self.next_private = _PRIVATE_START
        self.private: dict[tuple[int, str], int] = {}

    def has(self, char: str) -> bool:
        return ord(char) in self.unicodes

    @property
    def rl(self) -> TTFont:
        if self._rl is None:
            # (pdfmetrics.getFont of an unknown name first searches the disk for Type 1 metrics: seconds)
            if self.name in pdfmetrics.getRegisteredFontNames():
                self._rl = pdfmetrics.getFont(self.name)
            else:
                self._rl = TTFont(self.name, str(self.path), shapable=False)
                pdfmetrics.registerFont(self._rl)
        return self._rl

    def advance(self, gid: int) -> int:
        return self.hb_font.get_glyph_h_advance(gid)


@cache
def face(filename: str) -> Face:
    return Face(filename)


@cache
def faces(style: str) -> tuple[Face, ...]:
    return tuple(face(name) for name in STYLES.get(style, STYLES["sans"]))


@cache
def primary(style: str) -> Face:
    return faces(style)[0]


def font_name(style: str = "sans") -> str:
    """The reportlab name of a style's main font (for charts and tables of numbers and Latin words)."""
    return primary(style).rl.fontName


@cache
def register_fonts() -> None:
    """Register every font with reportlab and make the main font reportlab's default for canvases
    and charts, so no PDF ever names a font it does not embed (reportlab's default is Helvetica)."""
    for style in STYLES:
        for item in faces(style):
            item.rl  # noqa: B018 - registers it
    rl_config.canvas_basefontname = font_name("sans")
    rl_config.defaultGraphicsFontName = font_name("sans")
    from reportlab.platypus import tables  # its cells captured Helvetica when it was imported

    tables.CellStyle.fontname = font_name("sans")


@lru_cache(maxsize=20_000)
def line_extents(text: str, style: str = "sans", size: float = 10.0) -> tuple[float, float]:
    """(ascent, descent) of one line in points, both positive: the main font's, or more where the
    glyphs reach further (a Javanese pasangan below the line, stacked Arabic marks above it)."""
    main = primary(style)
    ascent, descent = main.ascender * size, main.descender * size
    text = clean(text)
    if not text or is_simple(text, style):
        return ascent, descent
    for run in shape(text, style, size).runs:
        scale = size / run.face.upem
        for gid, _, _, dy, _ in run.glyphs:
            extents = run.face.hb_font.get_glyph_extents(gid)
            if extents is None:
                continue
            ascent = max(ascent, (extents.y_bearing + dy) * scale)
            descent = max(descent, -(extents.y_bearing + extents.height + dy) * scale)
    return ascent, descent


def new_canvas(target, pagesize: tuple[float, float], title: str = "", **options):
    """A reportlab canvas whose every font is embedded (see ``register_fonts``)."""
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    canvas = Canvas(target, pagesize=pagesize, pageCompression=1, initialFontName=font_name("sans"), **options)
    canvas.setCreator("Pustaka Desktop")
    if title:
        canvas.setTitle(title)
    return canvas


def ascent_descent(style: str, size: float) -> tuple[float, float]:
    """The main font's ascent and descent (both positive) in points."""
    main = primary(style)
    return main.ascender * size, main.descender * size


# --- bidi ----------------------------------------------------------------------------------------


def _bidi_class(char: str) -> str:
    kind = unicodedata.bidirectional(char)
    if kind in ("R", "AL", "L", "EN", "AN", "NSM"):
        return kind
    if kind in ("ES", "ET", "CS"):
        return "NUM_SEP" if kind in ("ES", "CS") else "ET"
    if kind in ("B", "S", "WS", "ON", "BN") or not kind:
        return "N"
    if kind in ("LRE", "LRO", "LRI", "RLE", "RLO", "RLI", "FSI", "PDF", "PDI"):
        return "N"  # explicit embeddings are rare in titles: treated as neutral
    return "N"


def paragraph_level(text: str) -> int:
    """0 (left to right) or 1 (right to left): the direction of the first strong letter."""
    for char in text:
        kind = unicodedata.bidirectional(char)
        if kind == "L":
            return 0
        if kind in ("R", "AL"):
            return 1
    return 0


def levels(text: str, base: int | None = None) -> list[int]:
    """Embedding levels of ``text`` (one paragraph, no explicit embeddings)."""
    base = paragraph_level(text) if base is None else base
    kinds = [_bidi_class(c) for c in text]
    # W1: marks take the class of what they follow
    previous = "R" if base else "L"
    for i, kind in enumerate(kinds):
        if kind == "NSM":
            kinds[i] = previous if previous != "N" else ("R" if base else "L")
        previous = kinds[i]
    # W2: European numbers after Arabic letters are Arabic numbers; W3: AL -> R
    last_strong = "R" if base else "L"
    for i, kind in enumerate(kinds):
        if kind in ("L", "R", "AL"):
            last_strong = kind
        elif kind == "EN" and last_strong == "AL":
            kinds[i] = "AN"
    kinds = ["R" if k == "AL" else k for k in kinds]
    # W4: a single separator between two numbers of the same type joins them
    for i in range(1, len(kinds) - 1):
        if kinds[i] == "NUM_SEP" and kinds[i - 1] == kinds[i + 1] and kinds[i - 1] in ("EN", "AN"):
            kinds[i] = kinds[i - 1]
    # W5: terminators next to European numbers are European numbers
    for i, kind in enumerate(kinds):
        if kind == "ET":
            j = i
            while j < len(kinds) and kinds[j] == "ET":
                j += 1
            if (i > 0 and kinds[i - 1] == "EN") or (j < len(kinds) and kinds[j] == "EN"):
                for k in range(i, j):
                    kinds[k] = "EN"
    # W6: other separators and terminators are neutral; W7: EN after L is L
    kinds = ["N" if k in ("NUM_SEP", "ET") else k for k in kinds]
    last_strong = "R" if base else "L"
    for i, kind in enumerate(kinds):
        if kind in ("L", "R"):
            last_strong = kind
        elif kind == "EN" and last_strong == "L":
            kinds[i] = "L"
    # N1/N2: neutrals between the same direction take it, others the paragraph's
    sos = "R" if base else "L"
    i = 0
    while i < len(kinds):
        if kinds[i] != "N":
            i += 1
            continue
        j = i
        while j < len(kinds) and kinds[j] == "N":
            j += 1
        before = sos if i == 0 else ("R" if kinds[i - 1] in ("R", "EN", "AN") else "L")
        after = sos if j == len(kinds) else ("R" if kinds[j] in ("R", "EN", "AN") else "L")
        fill = before if before == after else ("R" if base else "L")
        for k in range(i, j):
            kinds[k] = fill
        i = j
    # I1/I2
    out = []
    for kind in kinds:
        if base % 2 == 0:
            out.append(base + (1 if kind == "R" else 2 if kind in ("AN", "EN") else 0))
        else:
            out.append(base + (1 if kind in ("L", "EN", "AN") else 0))
    # L1: trailing whitespace goes back to the paragraph level
    k = len(text) - 1
    while k >= 0 and text[k].isspace():
        out[k] = base
        k -= 1
    return out


def visual_order(run_levels: list[int]) -> list[int]:
    """L2: the indices of runs in the order they appear from left to right."""
    order = list(range(len(run_levels)))
    if not run_levels:
        return order
    highest = max(run_levels)
    lowest_odd = min((lv for lv in run_levels if lv % 2), default=highest + 1)
    for level in range(highest, lowest_odd - 1, -1):
        i = 0
        while i < len(order):
            if run_levels[order[i]] >= level:
                j = i
                while j < len(order) and run_levels[order[j]] >= level:
                    j += 1
                order[i:j] = reversed(order[i:j])
                i = j
            else:
                i += 1
    return order


# --- shaping -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Run:
    face: Face
    text: str  # logical order
    rtl: bool
    # (glyph id, x advance, x offset, y offset, cluster = index in ``text``), font units, visual order
    glyphs: tuple[tuple[int, int, int, int, int], ...]
    width: int  # font units


@dataclass(frozen=True)
class Shaped:
    text: str
    style: str
    size: float
    runs: tuple[Run, ...]  # visual order, left to right
    rtl: bool  # the paragraph direction

    @property
    def width(self) -> float:
        """Points."""
        return sum(run.width * self.size / run.face.upem for run in self.runs)


def _script_family(code: int) -> str | None:
    for (low, high), family in SCRIPT_FONTS:
        if low <= code <= high:
            return family
    return None


def _sticky(char: str) -> bool:
    """Marks, joiners and neutral signs stay with the font before them."""
    category = unicodedata.category(char)
    return category[0] in "MZPS" or category in ("Cf", "Nd") or char in "\u200c\u200d"


def _pick(char: str, chain: tuple[Face, ...], previous: Face | None) -> Face:
    family = _script_family(ord(char))
    if family is not None:
        for item in chain:
            if item.family == family:
                return item
    if previous is not None and _sticky(char) and previous.has(char):
        return previous
    for item in chain:
        if item.has(char):
            return item
    return previous if previous is not None else chain[0]


def clean(text: str) -> str:
    """One line: control characters out, runs of white space as one space."""
    text = str(text)
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text  # the common case, already clean
    text = "".join(" " if unicodedata.category(c) in ("Cc", "Zl", "Zp") else c for c in str(text))
    return " ".join(text.split())


def _shape_run(item: Face, text: str, rtl: bool) -> Run:
    buf = hb.Buffer()
    buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS  # a mark is its own cluster, not its base's
    buf.add_str(text)
    buf.guess_segment_properties()
    buf.direction = "rtl" if rtl else "ltr"
    hb.shape(item.hb_font, buf, FEATURES)
    glyphs = tuple((info.codepoint, pos.x_advance, pos.x_offset, pos.y_offset, info.cluster)
                   for info, pos in zip(buf.glyph_infos, buf.glyph_positions, strict=True))
    return Run(item, text, rtl, glyphs, sum(g[1] for g in glyphs))


@lru_cache(maxsize=20_000)
def shape(text: str, style: str = "sans", size: float = 10.0) -> Shaped:
    """``text`` (one line, already clean) as runs of shaped glyphs in visual order."""
    chain = faces(style)
    if not text:
        return Shaped(text, style, size, (), False)
    base = paragraph_level(text)
    lv = levels(text, base)
    pieces: list[tuple[int, Face, int, int]] = []  # level, face, start, end
    previous: Face | None = None
    for i, char in enumerate(text):
        chosen = _pick(char, chain, previous)
        previous = chosen
        if pieces and pieces[-1][0] == lv[i] and pieces[-1][1] is chosen:
            level, item, start, _ = pieces[-1]
            pieces[-1] = (level, item, start, i + 1)
        else:
            pieces.append((lv[i], chosen, i, i + 1))
    runs = [_shape_run(item, text[start:end], level % 2 == 1) for level, item, start, end in pieces]
    order = visual_order([p[0] for p in pieces])
    return Shaped(text, style, size, tuple(runs[i] for i in order), base == 1)


@lru_cache(maxsize=50_000)
def is_simple(text: str, style: str = "sans") -> bool:
    """True when ``text`` is all letters the style's main font draws one by one, left to right."""
    simple = primary(style).simple
    return set(map(ord, text)) <= simple


@lru_cache(maxsize=100_000)
def text_width(text: str, style: str = "sans", size: float = 10.0) -> float:
    """Points."""
    text = clean(text)
    if is_simple(text, style):
        return pdfmetrics.stringWidth(text, primary(style).rl.fontName, size)
    return shape(text, style, size).width


# --- drawing into a PDF --------------------------------------------------------------------------
#
# reportlab writes text as characters of a font subset; a glyph that is not simply one character
# (a joining form, a ligature) gets a private character whose ToUnicode entry is the letters it
# stands for. Glyphs go in visual order, as in every PDF; readers (pdftotext, Acrobat) put
# right-to-left text back in logical order. A run whose glyphs outnumber its letters (a Javanese
# vowel drawn in two parts) is marked with its text as /ActualText.

_TO_UNICODE: dict[tuple[bytes, int], str] = {}


def _to_unicode_cmap(fontname: str, subset) -> str:
    base = fontname.split("+", 1)[-1].encode()
    entries = []
    for index, code in enumerate(subset):
        text = _TO_UNICODE.get((base, code)) or chr(code)
        entries.append(f"<{index:02X}> <{text.encode('utf-16-be').hex().upper()}>")
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
        f"/CIDSystemInfo << /Registry ({fontname}) /Ordering ({fontname}) /Supplement 0 >> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def", "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>", "endcodespacerange", f"{len(entries)} beginbfchar", *entries,
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"])


_ttfonts.makeToUnicodeCMap = _to_unicode_cmap


def _glyph_char(face_: Face, gid: int, text: str) -> str:
    """The character to write for glyph ``gid`` standing for ``text``."""
    rl_face = face_.rl.face
    own = rl_face.glyphToChar.get(gid)
    if own and len(text) == 1 and own[0] == ord(text) or (own and not text):
        return chr(own[0])
    key = (gid, text)
    code = face_.private.get(key)
    if code is None:
        code = face_.next_private
        while code in rl_face.charToGlyph:
            code += 1
        face_.next_private = code + 1
        face_.private[key] = code
        rl_face.charToGlyph[code] = gid
        rl_face.glyphToChar.setdefault(gid, []).append(code)
        rl_face.charWidths[code] = face_.advance(gid) * 1000 / face_.upem
        _TO_UNICODE[(rl_face.name, code)] = text or " "
    return chr(code)


def _run_chars(run: Run) -> tuple[list[str], bool]:
    """The character for each glyph of ``run`` and whether the run needs /ActualText."""
    starts = sorted({g[4] for g in run.glyphs})
    ends = {start: (starts[i + 1] if i + 1 < len(starts) else len(run.text)) for i, start in enumerate(starts)}
    seen: set[int] = set()
    out = []
    extra = False
    for gid, _, _, _, cluster in run.glyphs:
        if cluster in seen:
            extra = True
            out.append(_glyph_char(run.face, gid, ""))
            continue
        seen.add(cluster)
        letters = run.text[cluster:ends[cluster]]
        # Readers put a right-to-left word back in logical order letter by letter: a ligature's
        # letters (lam-lam-heh of "Allah") are listed in the order they are seen, right to left.
        out.append(_glyph_char(run.face, gid, letters[::-1] if run.rtl else letters))
    return out, extra


def draw_text(canvas, x: float, y: float, text: str, style: str = "sans", size: float = 10.0,
              align: str = "left") -> float:
    """Draw one line with its baseline at ``y`` (points, reportlab's coordinates); ``x`` is the left
    edge, the centre or the right edge by ``align``. Returns the width."""
    text = clean(text)
    if is_simple(text, style):  # plain letters: reportlab writes them as they are
        name = primary(style).rl.fontName
        width = pdfmetrics.stringWidth(text, name, size)
        x -= width / 2 if align == "center" else width if align == "right" else 0
        canvas.setFont(name, size)
        canvas.drawString(x, y, text)
        return width
    shaped = shape(text, style, size)
    width = shaped.width
    if not shaped.runs:
        return 0.0
    if align == "center":
        x -= width / 2
    elif align == "right":
        x -= width
    canvas.setFont(shaped.runs[0].face.rl.fontName, size)  # so the canvas never falls back to Helvetica
    pen = x
    for run in shaped.runs:
        scale = size / run.face.upem
        chars, extra = _run_chars(run)
        text_object = canvas.beginText()
        text_object.setFont(run.face.rl.fontName, size)
        chunk, chunk_x = "", pen
        for (gid, advance, dx, dy, _), char in zip(run.glyphs, chars, strict=True):
            if dx or dy or advance != run.face.advance(gid):
                if chunk:
                    text_object.setTextOrigin(chunk_x, y)
                    text_object.textOut(chunk)
                text_object.setTextOrigin(pen + dx * scale, y + dy * scale)
                text_object.textOut(char)
                pen += advance * scale
                chunk, chunk_x = "", pen
            else:
                chunk += char
                pen += advance * scale
        if chunk:
            text_object.setTextOrigin(chunk_x, y)
            text_object.textOut(chunk)
        actual = extra and not run.rtl
        if actual:
            hexed = "FEFF" + run.text.encode("utf-16-be").hex().upper()
            canvas._code.append(f"/Span <</ActualText <{hexed}>>> BDC")
        canvas.drawText(text_object)
        if actual:
            canvas._code.append("EMC")
    return width


# --- drawing with Pillow -------------------------------------------------------------------------


@cache
def _raqm() -> bool:
    """Pillow with libraqm shapes runs itself (Linux wheels); without it (some Windows installs lack
    FriBiDi) each glyph is drawn by a character that stands for it."""
    from PIL import features

    return bool(features.check("raqm"))


@cache
def _pil_font(path: str, size_px: float, raqm: bool):
    from PIL import ImageFont

    engine = ImageFont.Layout.RAQM if raqm else ImageFont.Layout.BASIC
    return ImageFont.truetype(path, size_px, layout_engine=engine)


def _draw_glyphs(draw, run: Run, pen: float, baseline: float, size_px: float, fill) -> None:
    """A shaped run glyph by glyph with Pillow's basic layout: joining forms and ligatures drawn
    through their presentation-form characters (Arabic has one for each), placed where HarfBuzz put
    them."""
    font = _pil_font(str(run.face.path), round(size_px * 4) / 4, False)
    scale = size_px / run.face.upem
    to_char = run.face.rl.face.glyphToChar
    for gid, advance, dx, dy, cluster in run.glyphs:
        codes = [c for c in to_char.get(gid, []) if c < _PRIVATE_START or c > 0xF8FF]
        char = chr(codes[0]) if codes else run.text[cluster]
        draw.text((pen + dx * scale, baseline - dy * scale), char, font=font, fill=fill, anchor="ls")
        pen += advance * scale


def draw_text_png(draw, x_px: float, baseline_px: float, text: str, style: str, size_px: float,
                  fill: tuple[int, int, int], align: str = "left") -> float:
    """The same line drawn with Pillow (sizes in pixels): each run where the PDF puts it."""
    text = clean(text)
    shaped = shape(text, style, size_px)
    width = shaped.width
    if align == "center":
        x_px -= width / 2
    elif align == "right":
        x_px -= width
    pen = x_px
    raqm = _raqm()
    for run in shaped.runs:
        if raqm or is_simple(run.text, style):
            font = _pil_font(str(run.face.path), round(size_px * 4) / 4, raqm)
            draw.text((pen, baseline_px), run.text, font=font, fill=fill, anchor="ls",
                      **({"direction": "rtl" if run.rtl else "ltr", "features": ["kern", "liga"]} if raqm else {}))
        else:
            _draw_glyphs(draw, run, pen, baseline_px, size_px, fill)
        pen += run.width * size_px / run.face.upem
    return width
