""""This month at the library" (Bulan ini di perpustakaan): a card to share in the village's WhatsApp
groups and on social media — visitors, books borrowed, new books and the next programme — as a square post,
a phone story, or an A4/A3 poster. Figures from ``core.reports.figures`` (the monthly report's own).

A session called off before the next programme is printed under it, struck through and greyed, with
"Cancelled: <reason>" (the reason cut at a word to one line): a card pinned on the notice board must not
leave Tuesday's class silently missing, nor show a cancelled session as the next one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from .. import auth
from ..formatting import format_day, format_number, written_in
from ..i18n import QT_TRANSLATE_NOOP
from ..reports import figures
from ..reports.period import Period
from ..service import Library
from ..store.clock import to_local
from ..store.models import Program, ProgramSession, Staff
from .layout import (
    ELLIPSIS,
    PT_PER_MM,
    Box,
    Element,
    Line,
    Rect,
    Text,
    Translate,
    cut_to_width,
    fit_line,
    fit_paragraph,
    no_translation,
    size_for_height,
    text_width_mm,
)
from .posters import (
    ACCENT,
    BAND,
    GREY,
    PALE,
    SIZES,
    WHITE,
    check_size,
    library_footer,
    logo_elements,
    output_format,
    poster_header,
    write_poster,
)

T = {
    "title": QT_TRANSLATE_NOOP("Printing", "This month at the library"),
    "visits": QT_TRANSLATE_NOOP("Printing", "visitors"),
    "loans": QT_TRANSLATE_NOOP("Printing", "books borrowed"),
    "new": QT_TRANSLATE_NOOP("Printing", "new books"),
    "next": QT_TRANSLATE_NOOP("Printing", "Next programme"),
    "none": QT_TRANSLATE_NOOP("Printing", "Come and read with us!"),
    "when_where": QT_TRANSLATE_NOOP("Printing", "{when} · {place}"),
    "called_off": QT_TRANSLATE_NOOP("Printing", "Cancelled: {reason}"),
    "called_off_bare": QT_TRANSLATE_NOOP("Printing", "Cancelled"),
}
CALLED_OFF_RED = (0.55, 0.11, 0.11)  # dark enough to read on a photocopy
MAX_CALLED_OFF = 2  # the card has room for two; the soonest are the ones people ask about
CALLED_OFF_HORIZON = timedelta(days=31)  # when no session is planned after them


@dataclass(frozen=True)
class CalledOff:
    """A session cancelled before the next programme: where it would have been, and why."""
    programme: str
    starts_at: datetime  # UTC
    reason: str


@dataclass(frozen=True)
class MonthFigures:
    period: Period
    visits: int
    loans: int
    new_books: int
    next_programme: str = ""
    next_when: datetime | None = None
    next_place: str = ""
    called_off: tuple[CalledOff, ...] = ()


def month_figures(lib: Library, period: Period) -> MonthFigures:
    visits = figures.visit_totals(lib, period)["total"]
    loans = figures.loans(lib, period)["total"]
    new_books = figures.collection_totals(lib, period)["new_copies"]
    upcoming = (ProgramSession.select(ProgramSession, Program).join(Program)
                .where((ProgramSession.deleted == False) & (Program.deleted == False)  # noqa: E712
                       & (ProgramSession.cancelled == False)  # noqa: E712
                       & (ProgramSession.starts_at >= lib.clock.now()))
                .order_by(ProgramSession.starts_at).first())
    called_off = _called_off(lib, upcoming.starts_at if upcoming else lib.clock.now() + CALLED_OFF_HORIZON)
    if upcoming is None:
        return MonthFigures(period, visits, loans, new_books, called_off=called_off)
    return MonthFigures(period, visits, loans, new_books, upcoming.program.name, upcoming.starts_at, upcoming.place,
                        called_off)


def _called_off(lib: Library, before: datetime) -> tuple[CalledOff, ...]:
    """Sessions cancelled from now until ``before`` (the next one held): where the card's reader would have
    expected them."""
    rows = (ProgramSession.select(ProgramSession, Program).join(Program)
            .where((ProgramSession.deleted == False) & (Program.deleted == False)  # noqa: E712
                   & (ProgramSession.cancelled == True)  # noqa: E712
                   & (ProgramSession.starts_at >= lib.clock.now()) & (ProgramSession.starts_at < before))
            .order_by(ProgramSession.starts_at).limit(MAX_CALLED_OFF))
    return tuple(CalledOff(row.program.name, row.starts_at, row.cancel_reason or "") for row in rows)


def session_time(starts_at: datetime, short: bool = False) -> str:
    """When a session is, as the card's reader plans by it: ``Selasa, 3 Maret 2026, 15:00`` (or, where two
    cancelled sessions share the space, ``Sel, 03-03-2026 15:00``), in the card's language like its numbers."""
    day = format_day(starts_at, short=short)
    return f"{day} {to_local(starts_at):%H:%M}" if short else f"{day}, {to_local(starts_at):%H:%M}"


def _cut_at_word(text: str, style: str, size: float, width: float) -> str:
    """``text`` shortened at a word boundary with an ellipsis to fit ``width`` ("banjir, jalan ditutup…" rather
    than "banjir, jalan dit…"); a single word too long is cut inside it."""
    if text_width_mm(text, style, size) <= width:
        return text
    words = text.split()
    while len(words) > 1:
        words.pop()
        shorter = " ".join(words).rstrip(",;:.-–—") + ELLIPSIS
        if text_width_mm(shorter, style, size) <= width:
            return shorter
    return cut_to_width(text, style, size, width)


def _struck(text: Text) -> Line:
    """A line through the middle of the text's lower-case letters."""
    ink = text.ink
    return Line(ink.x, ink.y + ink.h * 0.55, ink.right, ink.y + ink.h * 0.55, width=max(0.2, text.size * 0.02),
                color=GREY)


def called_off_elements(items: tuple[CalledOff, ...], box: Box,
                        translate: Translate = no_translation) -> list[Element]:
    """Each cancelled session on two lines in ``box``: its time and programme struck and greyed, then
    "Cancelled: <reason>" in dark red, the reason shortened to the line."""
    out: list[Element] = []
    items = items[:MAX_CALLED_OFF]
    row_h = box.h / (2 * max(1, len(items)))
    for index, item in enumerate(items):
        y = box.y + index * 2 * row_h
        # "Sel, 03-03-2026 15:00": the weekday short, so "Tuesday's class is off" is read without a calendar
        stamp = f"{session_time(item.starts_at, short=True)} ·"
        size = min(26, size_for_height("sans", row_h * 0.9))
        whole = (text_width_mm(stamp, "sans", size) + size * 0.35 / PT_PER_MM  # as laid out below
                 + text_width_mm(" ".join(item.programme.split()), "sans", size))
        if whole > box.w:  # a little smaller rather than the programme's name cut (never below 9 pt)
            size = max(size * box.w / whole * 0.999, min(size, max(9.0, size * 0.75)))
        # The time and the programme apart: an Arabic name would otherwise turn the line right to left.
        when = fit_line(stamp, Box(box.x, y, box.w, row_h * 0.9), max_size=size, color=GREY)
        name_x = when.ink.right + when.size * 0.35 / PT_PER_MM  # a third of an em: a space measures 0 alone
        name_w = box.right - name_x
        name = fit_line(_cut_at_word(item.programme, "sans", when.size, name_w), Box(name_x, y, name_w, row_h * 0.9),
                        max_size=when.size, color=GREY)
        out += [when, _struck(when), name, _struck(name)]
        size = min(26, size_for_height("bold", row_h * 0.9))
        label = (translate("Printing", T["called_off"]).format(reason=" ".join(item.reason.split())) if item.reason
                 else translate("Printing", T["called_off_bare"]))
        out.append(fit_line(_cut_at_word(label, "bold", size, box.w), Box(box.x, y + row_h, box.w, row_h * 0.9),
                            style="bold", max_size=size, min_size=9, color=CALLED_OFF_RED))
    return out


def _when_and_where(when: str, place: str, box: Box, translate: Translate) -> list[Text]:
    """The next programme's day and place: on one line when it reads as large as the day alone would; a long
    hamlet address goes to a line of its own rather than shrink the day people plan by to small print."""
    one = fit_line(translate("Printing", T["when_where"]).format(when=when, place=place),
                   Box(box.x, box.y + box.h * 0.08, box.w, box.h * 0.77), max_size=30)
    day = fit_line(when, Box(box.x, box.y, box.w, box.h * 0.55), max_size=30)
    if one.size >= day.size and not one.text.endswith(ELLIPSIS):
        return [one]
    return [day, fit_line(place, Box(box.x, box.y + box.h * 0.58, box.w, box.h * 0.42), max_size=26)]


def month_card_elements(data: MonthFigures, library_name: str, footer: str, size: str = "square",
                        translate: Translate = no_translation) -> list[Element]:
    """The card's elements; its numbers and days are written in the card's language (``translate``'s: a librarian
    with an English screen prints the card in Indonesian for the village hall, ``Kamis, 5 Maret 2026`` and
    ``1.250``)."""
    with written_in(translate):
        return _month_card_elements(data, library_name, footer, size, translate)


def _month_card_elements(data: MonthFigures, library_name: str, footer: str, size: str,
                         translate: Translate) -> list[Element]:
    W, H = SIZES[size]
    out, top = poster_header(W, library_name, translate("Printing", T["title"]), data.period.label(translate))
    pad = W * 0.06
    tall = H / W > 1.2
    numbers = [(data.visits, T["visits"]), (data.loans, T["loans"]), (data.new_books, T["new"])]
    area_h = (H - top) * (0.52 if tall else 0.5)
    gap = W * 0.03
    if tall:  # one number per row, big
        row_h = (area_h - 2 * gap) / 3
        boxes = [Box(pad, top + gap + i * (row_h + gap), W - 2 * pad, row_h) for i in range(3)]
    else:  # three side by side
        cell_w = (W - 2 * pad - 2 * gap) / 3
        boxes = [Box(pad + i * (cell_w + gap), top + gap, cell_w, area_h - gap) for i in range(3)]
    for box, (value, label) in zip(boxes, numbers, strict=True):
        out.append(Rect(box, fill=PALE, stroke=None, radius=3))
        out.append(fit_line(format_number(value), Box(box.x + 2, box.y + box.h * 0.1, box.w - 4,
                                                                 box.h * 0.5),
                            style="bold", max_size=96, align="center", color=BAND))
        out.append(fit_line(translate("Printing", label), Box(box.x + 2, box.y + box.h * 0.64, box.w - 4,
                                                               box.h * 0.22),
                            max_size=34, align="center", color=GREY))
    y = top + area_h + gap
    footer_h = H * 0.07
    block = Box(pad, y, W - 2 * pad, H - y - footer_h - gap)
    out.append(Rect(Box(block.x, block.y, W * 0.015, block.h), fill=ACCENT, stroke=None))
    inner = Box(block.x + W * 0.04, block.y, block.w - W * 0.04, block.h)
    if data.called_off:  # the lower part tells what was called off, the upper the next programme
        called_off_h = inner.h * (0.21 if len(data.called_off) == 1 else 0.4)
        out += called_off_elements(data.called_off, Box(inner.x, inner.bottom - called_off_h, inner.w, called_off_h),
                                   translate)
        inner = Box(inner.x, inner.y, inner.w, inner.h - called_off_h - inner.h * 0.03)
    if data.next_programme:
        out.append(fit_line(translate("Printing", T["next"]), Box(inner.x, inner.y, inner.w, inner.h * 0.2),
                            max_size=30, color=GREY))
        out.extend(fit_paragraph(data.next_programme, Box(inner.x, inner.y + inner.h * 0.22, inner.w, inner.h * 0.48),
                                 style="bold", max_size=48, min_size=12, leading=1.1))
        out += _when_and_where(session_time(data.next_when), data.next_place or library_name,
                               Box(inner.x, inner.y + inner.h * 0.72, inner.w, inner.h * 0.26), translate)
    else:
        out.extend(fit_paragraph(translate("Printing", T["none"]), Box(inner.x, inner.y, inner.w, min(inner.h, W * 0.3)),
                                 style="bold", max_size=40, min_size=12))
    out.append(Rect(Box(0, H - footer_h, W, footer_h), fill=BAND, stroke=None))
    out.append(fit_line(footer or library_name, Box(pad, H - footer_h * 0.8, W - 2 * pad, footer_h * 0.6),
                        max_size=22, align="center", color=WHITE))
    return out


def month_card_layout(lib: Library, period: Period, size: str = "square",
                      translate: Translate = no_translation) -> list[Element]:
    check_size(size)
    name, footer = library_footer(lib)
    return (month_card_elements(month_figures(lib, period), name, footer, size, translate)
            + logo_elements(lib, size))


def month_card(lib: Library, by: Staff, path: str, period: Period, *, size: str = "square",
               translate: Translate = no_translation) -> dict[str, Any]:
    """Write the card (PNG to share, PDF to print, by the file's suffix)."""
    auth.require(by, "printing.print")
    output_format(path)
    write_poster(month_card_layout(lib, period, size, translate), size, path, translate("Printing", T["title"]))
    return {"path": path, "size": size}
