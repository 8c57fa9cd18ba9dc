"""Spine, barcode and combined labels on label sheets, and the calibration test page.

``label_elements(kind, label, w, h)`` lays out one label (tests measure it); ``render_labels``
places labels on sheets of a template (skipping used positions, N copies of each) and writes the
PDF atomically.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from .. import auth
from ..errors import PustakaError, ValidationError
from ..formatting import format_measure
from ..i18n import QT_TRANSLATE_NOOP
from ..jobs import checkpoint
from ..service import Library
from ..store.files import write_bytes
from ..store.models import Staff
from .document import Document, pdf_bytes, progress_halves
from .layout import (
    MIN_MODULE_MM,
    PREFERRED_MODULE_MM,
    Barcode,
    Box,
    Element,
    Line,
    Rect,
    Text,
    Translate,
    barcode_width_mm,
    code128_modules,
    fit_barcode,
    fit_line,
    fit_paragraph,
    line_height_mm,
    no_translation,
    size_for_height,
    text_height_mm,
    text_width_mm,
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
MIN_TEXT_PT = 6.0  # titles and codes on labels never print smaller
MIN_BARS_MM = 4.0  # bars shorter than this are hard to aim a scanner at
BLEED_MM = 1.5  # printed bands stay this far inside the label's edge
BARS_EDGE_MM = 0.3  # the bars' quiet zones (10 modules) may reach this close to the label's edge


@dataclass(frozen=True)
class LabelOptions:
    library_name: str = ""
    band: bool = True  # the library name band on top of spine labels


_CLASS = re.compile(r"^(?:\d{1,3}|2[Xx]\d{0,2})(?:\.\d+)?$")  # 899.221, 297, 2X4.1 (Islam, Indonesian DDC)
_CLASS_MORE = re.compile(r"^\d{1,4}$")  # the next group of a spaced class number: 899.221 3
_CLASS_LAST = re.compile(r"^\d{1,3}$")  # a last group (398.209 598): a year, its 4 digits, stays apart
# A collection mark before the class: R, REF, F, FIK, A, or as typed by hand: Ref, fiksi
_MARK = re.compile(r"^[A-Za-z]{1,6}\.?$")
# A volume or copy word and its number are one line: "Jil. 2", "v. 2", "c. 2", "Eks. 3", "Juz 30". A single
# letter counts only with its dot (a bare "c" may be the title's letter).
_PART_WORD = re.compile(r"^(?:(?:jil|jilid|vol|eks|bag|bagian|juz|jz|no|cet|ed|buku|seri|part|pt|tome)\.?|[vc]\.)$",
                        re.IGNORECASE)
_PART_NUMBER = re.compile(r"^(?:\d+[A-Za-z]?|[IVXLC]+)$")  # 2, 2a, IV
# Call numbers typed in a spreadsheet with slashes (899.2213/HIR/l) part there; a slash between digits (a
# UDC range, 622/623) is kept.
_SEPARATOR = re.compile(r"\s+|(?<!\d)/|/(?!\d)")
MAX_SPINE_LINES = 5
CALL_MAX_PT = 18.0
CALL_SLOT = 0.92  # of a line's share of the height, the rest is space between lines
READABLE_CALL_PT = 7.0  # under this, call-number lines are joined rather than shrunk further
MIN_CALL_COLUMN_MM = 12.0  # the narrowest call-number column beside the bars on a combined label


def _call_tokens(call_number: str) -> list[str]:
    # (a dash typed between the parts, 899.221 3 - HIR - l, is no line of its own)
    tokens = [t for t in _SEPARATOR.split(call_number) if any(ch.isalnum() for ch in t)]
    out: list[str] = []
    for token in tokens:
        if out and _PART_WORD.match(out[-1]) and _PART_NUMBER.match(token):
            out[-1] = f"{out[-1]} {token}"
        else:
            out.append(token)
    return out


def split_call_number(call_number: str) -> list[str]:
    """Spine lines the way Indonesian libraries write them: a collection mark (``R``, ``F``...) on its
    own line, the whole class number on one line even when written with spaces (``899.221 3``), the
    author's three letters, the title's letter, then volume (``Jil. 2``), year or copy (``c.2``) each on
    its own line (the last line takes what does not fit in five)."""
    tokens = _call_tokens(call_number)
    lines: list[str] = []
    i = 0
    if len(tokens) > 1 and _MARK.match(tokens[0]) and _CLASS.match(tokens[1]):
        lines.append(tokens[0])
        i = 1
    if i < len(tokens) and _CLASS.match(tokens[i]):
        parts = [tokens[i]]
        i += 1
        if "." in parts[0]:
            while i < len(tokens) and _CLASS_MORE.match(tokens[i]) and (
                    i + 1 < len(tokens) or _CLASS_LAST.match(tokens[i])):
                parts.append(tokens[i])
                i += 1
        lines.append(" ".join(parts))
    lines.extend(tokens[i:])
    if len(lines) > MAX_SPINE_LINES:
        lines = [*lines[: MAX_SPINE_LINES - 1], " ".join(lines[MAX_SPINE_LINES - 1:])]
    return lines


def has_call_number(label: CopyLabel) -> bool:
    """Whether the copy has anything for a spine: its own call number, or a class, author or title to
    make one from (``copy_labels``). Punctuation alone (``-``, ``/``) is nothing."""
    return bool(split_call_number(label.call_number))


def _no_call_number(label: CopyLabel) -> ValidationError:
    return ValidationError(QT_TRANSLATE_NOOP(
        "Errors", "Copy {code} has no call number, class, author or title: its spine label would be blank. "
                  "Fill them in the catalogue, then print it."), field="call_number", code=label.barcode)


def _pad(w: float, h: float) -> float:
    return max(1.0, min(2.0, min(w, h) * 0.07))


def _line_size(line: str, width: float, height: float) -> float:
    """The size a bold call-number line gets in a slot (as ``fit_line`` prints it); 0 when it would be cut."""
    size = min(CALL_MAX_PT, size_for_height("bold", height))
    wide = size * width / max(1e-6, text_width_mm(line, "bold", size))
    return 0.0 if wide < MIN_TEXT_PT else min(size, wide)


def _smallest(lines: list[str], area: Box) -> float:
    slot = area.h / len(lines) * CALL_SLOT
    return min(_line_size(line, area.w, slot) for line in lines)


def _wrapped(lines: list[str], area: Box, size: float = MIN_TEXT_PT) -> list[str]:
    """A line too wide even at ``size`` (a long class number on a narrow label) goes on two lines,
    parted at a space, rather than cut with an ellipsis: a cut class number shelves the book wrongly."""
    out: list[str] = []
    for line in lines:
        words = line.split(" ")
        while len(words) > 1 and text_width_mm(" ".join(words), "bold", size) > area.w:
            cut = max(1, next((n for n in range(len(words) - 1, 0, -1)
                               if text_width_mm(" ".join(words[:n]), "bold", size) <= area.w), 1))
            out.append(" ".join(words[:cut]))
            words = words[cut:]
        out.append(" ".join(words))
    return out


def _joins(lines: list[str]) -> list[list[str]]:
    """The ways to print one line fewer, the usual first: the title's letter beside the author's letters
    (``HIR l``), the collection mark before the class (``R 030``), the last two lines (``Jil. 2 c.1``)."""
    out = []
    letter = next((i for i in range(2, len(lines)) if len(lines[i]) == 1 and lines[i].isalpha()), None)
    if letter is not None:
        out.append([*lines[: letter - 1], f"{lines[letter - 1]} {lines[letter]}", *lines[letter + 1:]])
    if _MARK.match(lines[0]) and _CLASS.match(lines[1].split(" ")[0]):
        out.append([f"{lines[0]} {lines[1]}", *lines[2:]])
    out.append([*lines[:-2], f"{lines[-2]} {lines[-1]}"])
    return out


def _packed(lines: list[str], area: Box) -> list[str]:
    """Lines so many that each prints under READABLE_CALL_PT (a 38 × 18 mm label, a copy or volume line) are
    joined while that makes the text bigger, so the label stays readable along the shelf."""
    while len(lines) > 2 and (size := _smallest(lines, area)) < READABLE_CALL_PT:
        best = max(_joins(lines), key=lambda fewer: round(_smallest(fewer, area), 1))  # (the first of equals)
        if _smallest(best, area) <= size:
            break
        lines = best
    return lines


def _call_number_lines(lines: list[str], area: Box) -> list[Text]:
    if not lines:
        return []
    lines = _packed(_wrapped(lines, area), area)
    slot = area.h / len(lines)
    out: list[Text] = []
    for index, line in enumerate(lines):
        box = Box(area.x, area.y + index * slot, area.w, slot * CALL_SLOT)
        out.append(fit_line(line, box, style="bold", max_size=CALL_MAX_PT, min_size=MIN_TEXT_PT, align="center"))
    return out


def spine_elements(label: CopyLabel, w: float, h: float, options: LabelOptions) -> list[Element]:
    pad = _pad(w, h)
    out: list[Element] = []
    top = pad
    if options.band and options.library_name:
        # The band stays BLEED_MM inside the label: a sheet fed a millimetre askew still prints it on
        # the label, not on the backing paper.
        band_h = max(3.2, min(5.0, h * 0.2))
        band = Box(BLEED_MM, BLEED_MM, w - 2 * BLEED_MM, band_h)
        out.append(Rect(band, fill=BAND_COLOR, stroke=None, radius=0.8))
        out.append(fit_line(options.library_name, Box(band.x + 0.6, band.y + 0.25, band.w - 1.2, band.h - 0.5),
                            style="bold", max_size=9, min_size=5, align="center", color=WHITE))
        top = band.bottom + 0.6
    if not has_call_number(label):  # a blank spine label, stuck on a book, says nothing: left out and named
        raise _no_call_number(label)
    area = Box(pad, top, w - 2 * pad, h - top - pad)
    out.extend(_call_number_lines(split_call_number(label.call_number), area))
    return out


def _barcode_block(label: CopyLabel, area: Box, library_name: str, title: bool = True,
                   widen: float = 0.0) -> list[Element]:
    """Library name, bars, the code in letters, the title (never below MIN_TEXT_PT: two lines when
    the bars keep their height, then cut with an ellipsis) - stacked in ``area``."""
    line_h = line_height_mm("sans", MIN_TEXT_PT)
    name_h = min(max(line_h, area.h * 0.14), line_height_mm("sans", 8))
    code_h = max(line_height_mm("bold", MIN_TEXT_PT), min(3.8, area.h * 0.17))
    out: list[Element] = []
    y = area.y
    if library_name:
        out.append(fit_line(library_name, Box(area.x, y, area.w, name_h), max_size=8, min_size=MIN_TEXT_PT,
                            align="center"))
        y += name_h + 0.2
    bottom = area.bottom
    if title and label.title:
        line_h = max(line_h, text_height_mm(label.title, "sans", MIN_TEXT_PT))  # aksara Jawa needs more
        room = bottom - y - code_h - 0.7 - MIN_BARS_MM
        lines = 2 if room >= 2 * line_h + 3.0 else 1
        if room >= lines * line_h:
            bottom -= lines * line_h
            out.extend(fit_paragraph(label.title, Box(area.x, bottom, area.w, lines * line_h), max_size=8,
                                     min_size=MIN_TEXT_PT, leading=1.0, align="center"))
            bottom -= 0.3
    bottom -= code_h
    out.append(fit_line(label.barcode, Box(area.x, bottom, area.w, code_h), style="bold", max_size=10,
                        min_size=MIN_TEXT_PT, align="center"))
    bars_h = bottom - 0.4 - y
    if bars_h < MIN_BARS_MM - 1e-9:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "The label is too small for a barcode that scanners can read; choose a bigger label."))
    # The bars may use ``widen`` mm more on each side than the text: their quiet zones are margin enough.
    out.append(fit_barcode(label.barcode, Box(area.x - widen, y, area.w + 2 * widen, bars_h)))
    return out


def barcode_elements(label: CopyLabel, w: float, h: float, options: LabelOptions) -> list[Element]:
    pad = _pad(w, h)
    return _barcode_block(label, Box(pad * 0.5, pad, w - pad, h - 2 * pad), options.library_name,
                          widen=max(0.0, pad * 0.5 - BARS_EDGE_MM))


def combined_elements(label: CopyLabel, w: float, h: float, options: LabelOptions) -> list[Element]:
    """Bars and the call number side by side when the label is wide enough for bars of
    PREFERRED_MODULE_MM beside a call-number column whose lines print at READABLE_CALL_PT or more; else
    the call number under full-width bars of PREFERRED_MODULE_MM (thinner bars there did not scan at
    150 dpi); else side by side with the thinnest bars scanners still read. A copy with no call number
    gets the barcode label (its bars still lend it; the call number is written by hand or printed
    later), named in ``SheetRun.uncalled``."""
    if not has_call_number(label):
        return barcode_elements(label, w, h, options)
    pad = _pad(w, h)
    inner = Box(pad * 0.5, pad, w - pad, h - 2 * pad)
    preferred = barcode_width_mm(label.barcode, PREFERRED_MODULE_MM)
    beside = None
    if preferred + MIN_CALL_COLUMN_MM + pad <= inner.w:
        beside, call_pt = _side_by_side(label, inner, pad, preferred, options)
        if call_pt >= READABLE_CALL_PT - 1e-6:
            return beside
    if preferred <= inner.w:
        try:
            return _stacked(label, inner, options)
        except ValidationError:
            if beside is None:
                raise
    if beside is not None:  # (a small call number beside the bars beats no label)
        return beside
    thinnest = barcode_width_mm(label.barcode, MIN_MODULE_MM)
    if thinnest + MIN_CALL_COLUMN_MM + pad > inner.w:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A {width} × {height} mm label is too narrow for the barcode {code} and a call number side "
                      "by side; print barcode and spine labels separately, or choose a wider sheet."),
            width=format_measure(w), height=format_measure(h), code=label.barcode)
    return _side_by_side(label, inner, pad, thinnest, options)[0]


def _side_by_side(label: CopyLabel, inner: Box, pad: float, need: float, options: LabelOptions
                  ) -> tuple[list[Element], float]:
    """The label with bars ``need`` mm wide (or wider) beside the call number, and the call number's
    smallest size."""
    bar_w = min(max(need, inner.w * 0.62), inner.w - MIN_CALL_COLUMN_MM - pad)
    left = Box(inner.x, inner.y, bar_w, inner.h)
    divider_x = inner.x + bar_w + pad / 2
    right = Box(divider_x + pad / 2, inner.y, inner.right - divider_x - pad / 2, inner.h)
    out = _barcode_block(label, left, options.library_name, title=True)
    out.append(Line(divider_x, inner.y, divider_x, inner.bottom, width=0.25))
    call = _call_number_lines(split_call_number(label.call_number), right)
    return out + call, min((line.size for line in call), default=CALL_MAX_PT)


def _stacked_rows(call_number: str, width: float) -> list[str]:
    """The call number under the bars: its spine lines side by side (``398.209 598  DON c``), a new row
    where the next would make the row smaller than READABLE_CALL_PT; never cut (a cut class, or a cut
    ``Jil. 12 c.3``, shelves the book wrongly)."""
    rows: list[str] = []
    for line in _wrapped(split_call_number(call_number), Box(0, 0, width, 0), READABLE_CALL_PT):
        joined = f"{rows[-1]}  {line}" if rows else line
        if rows and text_width_mm(joined, "bold", READABLE_CALL_PT) <= width:
            rows[-1] = joined
        else:
            rows.append(line)
    return rows


def _stacked(label: CopyLabel, inner: Box, options: LabelOptions) -> list[Element]:
    rows = _stacked_rows(label.call_number, inner.w)
    row_h = line_height_mm("bold", 7.5 if len(rows) == 1 else READABLE_CALL_PT)
    call_h = row_h * len(rows)
    bars_area = Box(inner.x, inner.y, inner.w, inner.h - call_h - 0.5)
    try:
        out = _barcode_block(label, bars_area, options.library_name, title=True)
    except ValidationError:
        if not options.library_name:
            raise
        # A call number on two rows leaves the bars too short under the library's name: the name goes, the
        # call number and bars that scan stay.
        out = _barcode_block(label, bars_area, "", title=True)
    top = inner.bottom - call_h
    out.append(Line(inner.x, top - 0.25, inner.right, top - 0.25, width=0.2))
    for index, row in enumerate(rows):
        out.append(fit_line(row, Box(inner.x, top + index * row_h, inner.w, row_h), style="bold", max_size=9,
                            min_size=READABLE_CALL_PT, align="center"))
    return out


LAYOUTS = {"spine": spine_elements, "barcode": barcode_elements, "combined": combined_elements}


def label_elements(kind: str, label: CopyLabel, w: float, h: float, options: LabelOptions) -> list[Element]:
    if kind not in LAYOUTS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown label kind {kind}."), field="kind", kind=kind)
    return LAYOUTS[kind](label, w, h, options)


# --- sheets --------------------------------------------------------------------------------------


def positions(labels: list[CopyLabel], skip: int = 0, copies: int = 1, per_page: int | None = None
              ) -> list[CopyLabel | None]:
    """The sequence of sheet positions: ``skip`` empty ones, then each label ``copies`` times. With
    ``per_page``, whole used sheets are not counted (skipping 12 on a 12-label sheet starts a fresh
    sheet instead of feeding an empty one)."""
    if skip < 0 or copies < 1 or copies > MAX_COPIES:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Copies must be between 1 and {limit}, and the start position cannot be negative."),
            field="copies", limit=MAX_COPIES)
    if per_page:
        skip %= per_page
    return [None] * skip + [label for label in labels for _ in range(copies)]


@dataclass(frozen=True)
class Skipped:
    """A copy whose label could not be laid out (the rest of the batch still prints)."""

    label: CopyLabel
    error: PustakaError

    def reason(self, translate: Translate = no_translation) -> str:
        return self.error.message(translate)


@dataclass(frozen=True)
class SheetRun:
    document: Document  # the sheets, for the printer (``gui/page_painter``) or ``pdf``
    pages: int
    labels: int
    skipped: tuple[Skipped, ...] = ()
    # Printed, but with bars under PREFERRED_MODULE_MM (the code is too long for this label to have
    # thicker ones): they need a printer of 300 dpi or more to scan reliably.
    thin: tuple[CopyLabel, ...] = ()
    # Combined labels printed with the barcode only: the copy has no call number, class, author or title.
    uncalled: tuple[CopyLabel, ...] = ()

    @cached_property
    def pdf(self) -> bytes:
        return pdf_bytes(self.document)


@dataclass(frozen=True)
class PrintResult:
    path: str | None
    pages: int
    labels: int
    document: Document
    skipped: tuple[Skipped, ...] = ()
    thin: tuple[CopyLabel, ...] = ()
    uncalled: tuple[CopyLabel, ...] = ()

    @cached_property
    def pdf(self) -> bytes:
        return pdf_bytes(self.document)


def _fit_key(kind: str, label: CopyLabel, w: float, h: float, options: LabelOptions) -> tuple:
    """Whether a label can be laid out depends only on this: its code's length in bars (and whether
    every character can be a bar), the kind and the label's size - not on its title or call number."""
    printable = bool(label.barcode) and all(32 <= ord(ch) <= 126 for ch in label.barcode)
    return (kind, w, h, bool(options.library_name),
            code128_modules(label.barcode) if printable else -1, kind == "barcode" or has_call_number(label))


def lay_out(kind: str, labels: list[CopyLabel], w: float, h: float, options: LabelOptions,
            needed: set[CopyLabel] | None = None
            ) -> tuple[dict[CopyLabel, list[Element] | None], list[Skipped], list[CopyLabel]]:
    """Each label's elements; a label that cannot be laid out (a code too long for the label) is
    listed as skipped instead of stopping the batch. With ``needed`` (a preview), only those are laid
    out; the others are checked by what decides whether they fit (their elements are None). Also
    returns the labels whose bars are thinner than PREFERRED_MODULE_MM."""
    if kind not in LAYOUTS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown label kind {kind}."), field="kind", kind=kind)
    done: dict[CopyLabel, list[Element] | None] = {}
    fits: dict[tuple, bool] = {}
    thin_key: dict[tuple, bool] = {}
    skipped: list[Skipped] = []
    thin: list[CopyLabel] = []
    for label in labels:
        if label in done:
            continue
        key = _fit_key(kind, label, w, h, options)
        if needed is not None and label not in needed and fits.get(key):
            done[label] = None
        else:
            try:
                elements = done[label] = label_elements(kind, label, w, h, options)
            except ValidationError as error:
                fits[key] = False
                skipped.append(Skipped(label, error))
                continue
            fits[key] = True
            thin_key[key] = any(isinstance(e, Barcode) and e.module < PREFERRED_MODULE_MM - 1e-9 for e in elements)
        if thin_key[key]:
            thin.append(label)
    return done, skipped, thin


def render_sheets(kind: str, template: LabelTemplate, labels: list[CopyLabel], *, options: LabelOptions,
                  skip: int = 0, copies: int = 1, calibration: Calibration = IDENTITY, outlines: bool = False,
                  progress=None, cancel=None, max_pages: int | None = None) -> SheetRun:
    """Labels laid out on sheets (``document``; ``pdf`` writes them). Copies whose label cannot be made are left out and listed in
    ``skipped``; only when none can be made is it an error. ``max_pages`` stops early (previews)."""
    if not labels:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Nothing to print: the selection is empty."),
                              field="select")
    w, h = template.label_width_mm, template.label_height_mm
    per_page = template.per_page
    needed = None
    if max_pages is not None:  # a preview lays out only what its pages show
        room = max(0, max_pages * per_page - skip % per_page)
        needed = set(labels[: -(-room // copies) + 1])
    layouts, skipped, thin = lay_out(kind, labels, w, h, options, needed)
    if not layouts:
        first = skipped[0].error
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "No label of this selection fits the sheet: {reason}"), field="template",
            reason=first.message())
    slots = positions([label for label in labels if label in layouts], skip, copies, per_page)
    document = Document(KIND_NAMES[kind])
    pages = -(-len(slots) // per_page)
    if max_pages is not None:
        pages = min(pages, max_pages)
    printed = 0
    for page in range(pages):
        checkpoint(progress, cancel, page / max(1, pages))
        sheet = document.new_page(template.page_width_mm, template.page_height_mm, calibration)
        for index, slot in enumerate(slots[page * per_page:(page + 1) * per_page]):
            x, y = template.label_origin(index)
            if outlines:
                sheet.draw([Rect(Box(0, 0, w, h), stroke=(0.7, 0.7, 0.7), width=0.1,
                                   radius=template.corner_radius_mm)], x, y)
            if slot is None:
                continue
            elements = layouts[slot]
            if elements is None:  # checked, not yet laid out (the preview's later labels)
                elements = layouts[slot] = label_elements(kind, slot, w, h, options)
            sheet.draw(elements, x, y)
            printed += 1
    if progress is not None:
        progress(1.0, "")
    uncalled = [label for label in dict.fromkeys(labels)
                if kind == "combined" and label in layouts and not has_call_number(label)]
    return SheetRun(document, pages, printed, tuple(skipped), tuple(thin), tuple(uncalled))


def labels_pdf(kind: str, template: LabelTemplate, labels: list[CopyLabel], *, options: LabelOptions,
               skip: int = 0, copies: int = 1, calibration: Calibration = IDENTITY, outlines: bool = False,
               progress=None, cancel=None, max_pages: int | None = None) -> tuple[bytes, int, int]:
    """The PDF bytes, the page count and the label count (see ``render_sheets`` for the skipped)."""
    run = render_sheets(kind, template, labels, options=options, skip=skip, copies=copies,
                        calibration=calibration, outlines=outlines, progress=progress, cancel=cancel,
                        max_pages=max_pages)
    return run.pdf, run.pages, run.labels


def print_labels(lib: Library, by: Staff, kind: str, template: LabelTemplate, labels: list[CopyLabel],
                 path: str | None = None, *, skip: int = 0, copies: int = 1, band: bool = True,
                 calibration: Calibration = IDENTITY, progress=None, cancel=None) -> PrintResult:
    """Lay out ``labels`` on sheets of ``template`` (``document``) and (when ``path`` is given) write the PDF. Copies
    whose label cannot be made are in ``skipped`` (with the reason); the others print."""
    auth.require(by, "printing.print")
    profile = lib.profile
    options = LabelOptions(library_name=profile.name if profile else "", band=band)
    making, writing = progress_halves(progress) if path else (progress, None)
    run = render_sheets(kind, template, labels, options=options, skip=skip, copies=copies,
                        calibration=calibration, progress=making, cancel=cancel)
    if path:
        write_bytes(path, pdf_bytes(run.document, writing, cancel))
    # Printed labels are a staff action worth a line (a volunteer's practice task looks for it too).
    auth.audit(lib, by, "printing.labels", "item", "", kind=kind, labels=run.labels, skipped=len(run.skipped))
    return PrintResult(path, run.pages, run.labels, run.document, run.skipped, run.thin, run.uncalled)


# The calibration test page lives in test_page; these names stay importable from here.
from .test_page import test_page_document, test_page_elements, test_page_pdf, write_test_page  # noqa: E402,F401
