"""Report PDFs (reportlab, with its own charts): the monthly village library report, the IPLM data
sheet and the TPBIS activity report. They render the same labelled tables as the xlsx/CSV exports
(``core.reports.documents``), with a profile header, charts beside the tables, and a place for the
signatures and the stamp."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Image,
    KeepTogether,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as RLTable

from ..formatting import format_measure, format_number, written_in
from ..i18n import QT_TRANSLATE_NOOP
from ..reports.documents import Table, header_lines, period_text, tables_for, title_for
from ..reports.period import MONTH_NAMES, format_date
from ..reports.sources import sources_line
from . import charts
from .fonts import draw_text, register_fonts, text_width
from .layout import cut_to_width
from .paragraphs import Para

Translate = Callable[[str, str], str]

HEAD_BG = colors.HexColor("#dde7f3")
GRID = colors.HexColor("#9aa9bd")
NAVY = colors.HexColor("#1d3f6e")
GREY = colors.HexColor("#555555")
PAGE_W, PAGE_H = A4
MARGIN = 16 * mm
BODY_W = PAGE_W - 2 * MARGIN


def _identity(context: str, text: str) -> str:
    return text


STYLES: dict[str, dict[str, Any]] = {
    "title": {"size": 16, "style": "bold", "leading": 20, "align": "center", "space_after": 2},
    "sub": {"size": 10.5, "leading": 13, "align": "center"},
    "lib": {"size": 13, "style": "bold", "leading": 16, "align": "center"},
    "h1": {"size": 12.5, "style": "bold", "leading": 15, "color": NAVY, "space_before": 8, "space_after": 4},
    "h2": {"size": 9.5, "style": "bold", "leading": 12, "space_before": 4, "space_after": 2},
    "cell": {"size": 8.5, "leading": 10.5},
    "head": {"size": 8.5, "style": "bold", "leading": 10.5},
    "body": {"size": 9.5, "leading": 12.5},
    "small": {"size": 8, "leading": 10, "color": GREY},
}


def P(text: Any, kind: str = "body", **override: Any) -> Para:  # noqa: N802 - a short name for many calls
    """A paragraph in one of the report's styles (any script, embedded fonts)."""
    return Para(str(text), **{**STYLES[kind], **override})


_NUMERIC = re.compile(r"^[\d.,%() -]+$")
_MONEY = re.compile(r"^-?Rp [\d.,]+$")  # "Rp 12.500", written already in the reader's language: right, as is


def _number(value: Any) -> str:
    """A cell's value in the report's language (``formatting.written_in``): ``5.055`` and ``7,4`` in Indonesian;
    text as it is (a figure written out by core.reports is already in the report's language)."""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return format_number(value)
    if isinstance(value, float):
        return format_measure(value)
    return str(value)


def _is_number(value: Any) -> bool:
    return not isinstance(value, bool) and (isinstance(value, int | float) or bool(_NUMERIC.match(str(value)))
                                            or bool(_MONEY.match(str(value))))


def _is_blank(value: Any) -> bool:
    return str(value) in ("-", "")


def _alignments(table: Table) -> list[list[str]]:
    """Each cell's alignment: numbers right, text left, cell by cell (a figures table mixes both in one
    column: "Keterampilan yang diajarkan" beside counts). A "-" or empty cell, and the heading, follow
    the column's numbers when most of its cells are numbers. The first column (labels) stays left."""
    counts = [[v for v in column if not _is_blank(v)] for column in zip(*table.rows, strict=False)]
    mostly = [bool(c) and 2 * sum(map(_is_number, c)) > len(c) for c in counts] or [False] * len(table.columns)

    def align(value: Any, i: int) -> str:
        right = mostly[i] if _is_blank(value) else _is_number(value)
        return "right" if right and i else "start"

    return [["right" if mostly[i] and i else "start" for i in range(len(table.columns))],
            *[[align(v, i) for i, v in enumerate(row)] for row in table.rows]]


def _longest_word(heading: Any, style: str = "head") -> float:
    """The width a column needs for its heading's (or a cell's) longest word in its font, with the cell's padding: a
    heading may wrap between words, never inside one ("Anggota berkunjun-g")."""
    font = STYLES[style]
    return max((text_width(word, font.get("style", "sans"), font["size"]) for word in str(heading).split()),
               default=0) + 14


def _words_whole(widths: list[float], floors: list[float]) -> list[float]:
    """Text columns widened to their longest word (a place "Perpustakaan" beside a long programme name was printed
    "Perpu-stakaa-n"), the room taken from the columns wider than theirs; as they were when the page is too narrow."""
    short = sum(max(0.0, f - w) for w, f in zip(widths, floors, strict=True))
    slack = sum(max(0.0, w - f) for w, f in zip(widths, floors, strict=True))
    if not short or short > slack:
        return widths
    return [f if w <= f else w - (w - f) * short / slack for w, f in zip(widths, floors, strict=True)]


def _rl_table(table: Table, width: float) -> RLTable:
    # a column of numbers only gets a narrow width; alignment is decided per cell (``_alignments``)
    numeric = [all(_is_number(r[i]) or _is_blank(r[i]) for r in table.rows) if table.rows else False
               for i in range(len(table.columns))]
    head_align, *aligns = _alignments(table)
    head = [P(c, "head", align=head_align[i]) for i, c in enumerate(table.columns)]
    body = [[P(_number(v), "cell", align=a) for v, a in zip(row, row_align, strict=True)]
            for row, row_align in zip(table.rows, aligns, strict=True)]
    ncols = len(table.columns)
    if table.kind == "figures" and any(len(str(r[1])) > 30 for r in table.rows):
        widths = [width * 0.4, width * 0.6]
    elif table.kind == "figures":
        widths = [width * 0.72, width * 0.28]
    elif ncols == 3 and table.columns[0] == "No." and any(len(str(r[2])) > 16 for r in table.rows):
        widths = [width * 0.08, width * 0.54, width * 0.38]  # "1,0 (dari 262 hari buka sejak 1 Maret 2025)"
    elif ncols == 3 and table.columns[0] == "No.":
        widths = [width * 0.1, width * 0.72, width * 0.18]
    elif ncols >= 4:
        # numbers get a narrow column; text columns share the rest by their longest entry
        narrow = [max(width * 0.12, _longest_word(table.columns[i])) if numeric[i] else 0 for i in range(ncols)]
        rest = width - sum(narrow)
        lengths = [0 if numeric[i] else min(40, max([len(str(table.columns[i]))] + [len(str(r[i])) for r in table.rows]))
                   for i in range(ncols)]
        total = sum(lengths) or 1
        widths = [narrow[i] if numeric[i] else rest * lengths[i] / total for i in range(ncols)]
        widths = _words_whole(widths, [0 if numeric[i] else max([_longest_word(table.columns[i])] + [
            _longest_word(r[i], "cell") for r in table.rows]) for i in range(ncols)])
    else:
        widths = [width * 0.56] + [width * 0.44 / (ncols - 1)] * (ncols - 1)
    rl = RLTable([head, *body], colWidths=widths, repeatRows=1)
    style = [
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if table.rows and str(table.rows[-1][0]) in ("Total", "Jumlah") and table.kind == "table":
        body[-1] = [P(_number(v), "head", align=a) for v, a in zip(table.rows[-1], aligns[-1], strict=True)]
        rl = RLTable([head, *body], colWidths=widths, repeatRows=1)
    rl.setStyle(TableStyle(style))
    return rl


def _chart_values(table: Table) -> tuple[list[str], list[float]]:
    rows = [r for r in table.rows if str(r[0]) not in ("Total", "Jumlah")]
    return [str(r[0]) for r in rows], [float(r[1] or 0) for r in rows]


NOTHING_RECORDED = QT_TRANSLATE_NOOP("Reports", "Nothing recorded in this period.")


def chart_or_note(values: list[float], draw: Callable[[], Any], translate: Translate) -> Any:
    """The chart, or when every value is zero a sentence saying so: an empty axis with a row of zeros
    (or a pie of nothing) reads as a broken chart to a village head, and says nothing the table does not."""
    if not any(values):
        return P(translate("Reports", NOTHING_RECORDED), "small")
    return draw()


DAYS_CAPTIONS = {
    "visits": {"day": QT_TRANSLATE_NOOP("Reports", "Visitors per day"),
               "week": QT_TRANSLATE_NOOP("Reports", "Visitors per week"),
               "month": QT_TRANSLATE_NOOP("Reports", "Visitors per month")},
    "loans": {"day": QT_TRANSLATE_NOOP("Reports", "Loans per day"),
              "week": QT_TRANSLATE_NOOP("Reports", "Loans per week"),
              "month": QT_TRANSLATE_NOOP("Reports", "Loans per month")},
}
RECORDED_SINCE = QT_TRANSLATE_NOOP("Reports", "{caption} (recorded only from {date})")
NOT_RECORDED = QT_TRANSLATE_NOOP("Reports", "Not recorded in Pustaka in this period.")
COUNTED_UNTIL = QT_TRANSLATE_NOOP("Reports", "{caption}, counted up to {date}")


def _days_chart(data: dict[str, Any], translate: Translate, kind: str = "visits") -> Any:
    """Visitors (or loans) per day; longer periods per week or month (a year is 12 bars, not 365). Days
    before Pustaka's records of them began are left out and the caption says since when: a visitor book kept
    from March shows no January and February bars, not two zeros that read as a closed library."""
    period = data["period"]
    recorded = data.get(f"{kind}_per_day") or []  # (from the day records began: core.reports.recorded)
    began = (data.get("records_began") or {}).get(kind, period.start)
    names = tuple(translate("Reports", m) for m in MONTH_NAMES)
    if began is None or began > period.end:
        unit = charts.group_days([(period.start + timedelta(days=n), 0) for n in range(period.days)])[0]
        return translate("Reports", DAYS_CAPTIONS[kind][unit]), P(translate("Reports", NOT_RECORDED), "small")
    unit, series = charts.group_days(recorded, month_names=names)
    caption = translate("Reports", DAYS_CAPTIONS[kind][unit])
    if began > period.start:
        caption = translate("Reports", RECORDED_SINCE).format(caption=caption, date=format_date(began, translate))
    made_on = data.get("made_on")
    if made_on and period.start <= made_on < period.end:  # a year still running: December's short bar
        caption = translate("Reports", COUNTED_UNTIL).format(caption=caption, date=format_date(made_on, translate))
    values = [v for _, v in series]
    drawing = chart_or_note(values, lambda: charts.bar_chart([label for label, _ in series], values, BODY_W,
                                                             48 * mm, value_labels=len(series) <= 16), translate)
    return caption, drawing


def _table_block(table: Table, data: dict[str, Any], translate: Translate) -> list:
    title = P(table.title, "h2")
    if table.chart in ("line", "loans_line"):  # visitors or loans per day: a chart alone (the numbers: xlsx)
        caption, drawing = _days_chart(data, translate, "loans" if table.chart == "loans_line" else "visits")
        return [KeepTogether([P(caption, "h2"), drawing])]
    if table.chart in ("bar", "pie") and table.rows:
        left_w = BODY_W * 0.55
        labels, values = _chart_values(table)
        chart_w = BODY_W - left_w - 6
        if table.chart == "pie":
            drawing = chart_or_note(values, lambda: charts.pie_chart(labels, values, chart_w, 40 * mm), translate)
        else:
            drawing = chart_or_note(values, lambda: charts.bar_chart(labels, values, chart_w, 52 * mm), translate)
        body = _rl_table(table, left_w)
        outer = RLTable([[body, drawing]], colWidths=[left_w + 6, BODY_W - left_w - 6])
        outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        return [KeepTogether([title, outer])]
    if table.kind == "note":  # a section Pustaka has no record of: its one sentence
        return [P(table.rows[0][0], "body")]
    if table.kind == "text":
        out: list = [title]
        if not table.rows:
            out.append(P("-"))
        for row in table.rows:
            meta = " · ".join(str(x) for x in row[1:4] if x)
            out.append(KeepTogether([P(row[0], "body", style="bold"), P(meta, "small"), P(row[4]), Spacer(1, 4)]))
        return out
    if not table.rows:
        return [KeepTogether([title, P("-")])]
    long_values = any(len(str(v)) > 30 for r in table.rows for v in r[1:])
    width = BODY_W if len(table.columns) >= 4 or table.kind == "text" or long_values else BODY_W * 0.75
    body = _rl_table(table, width)
    body.hAlign = "LEFT"
    return [KeepTogether([title, body])]


SIGN_SPACE = 20 * mm  # room to sign, with the stamp over the library head's name
DOTS = "." * 49


def signature_line(name: str = "") -> str:
    """The line under a signature, written one way on both sides: the name in brackets, or dots to write
    it on (the right one had spaces inside its brackets and fewer dots than the left one)."""
    return f"({name.strip() or DOTS})"


def _signature(data: dict[str, Any], translate: Translate) -> KeepTogether:
    p = data.get("profile") or {}
    place = p.get("village") or p.get("kabupaten") or ""
    made = format_date(data["made_on"], translate) if data.get("made_on") else ""
    stamp = translate("Reports", "stamp")  # (not inside the f-string below: the translation tools would miss it)
    # one table row per line, so both names sit on the same line whatever the lines above them hold
    rows = [[P(translate("Reports", "Acknowledged by,")), P(f"{place}, {made}" if place else made)],
            [P(translate("Reports", "Village Head")), P(translate("Reports", "Head of the library"))],
            ["", P(f"({stamp})", "small", size=7)],
            [P(signature_line()), P(signature_line(p.get("head_name") or ""))]]
    block = RLTable(rows, colWidths=[BODY_W / 2, BODY_W / 2], rowHeights=[None, None, SIGN_SPACE, None])
    block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("VALIGN", (0, 2), (-1, 2), "MIDDLE"),
                               ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    return KeepTogether([Spacer(1, 8 * mm), block])


def _photos(data: dict[str, Any], translate: Translate) -> list:
    # Only photos the people in them agreed to show: a report file leaves the library.
    stories = [s for s in (data.get("programmes") or {}).get("stories") or [] if s.get("photo") and s.get("consent")]
    if not stories:
        return []
    heading = P(translate("Reports", "Photos"), "h2")
    out: list = []
    cells = []
    for story in stories[:6]:
        try:
            image = Image(io.BytesIO(story["photo"]))
        except Exception:  # a damaged photo must not stop the report
            continue
        ratio = image.imageHeight / max(1, image.imageWidth)
        image.drawWidth = BODY_W / 2 - 8
        image.drawHeight = image.drawWidth * ratio
        if image.drawHeight > 70 * mm:
            image.drawHeight = 70 * mm
            image.drawWidth = image.drawHeight / ratio
        cells.append([image, P(story["title"] or story["programme"], "small")])
    rows = [cells[i:i + 2] for i in range(0, len(cells), 2)]
    for pair in rows:
        while len(pair) < 2:
            pair.append("")
        grid = RLTable([pair], colWidths=[BODY_W / 2, BODY_W / 2])
        grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        out.append(grid)
    # the heading goes with the first photos (it stood alone at the foot of a page, the photos on the next)
    return [KeepTogether([heading, out[0]]), *out[1:]] if out else []


FOOTER_SIZE = 7.5


def footer_left(name: str, rest: str, page_text: str, page_width: float = PAGE_W) -> str:
    """``name · rest`` as it fits left of ``page_text`` on the footer line. A village library's name is often
    long ("Perpustakaan Desa ... Kecamatan ... Kabupaten ...") and so is a custom period: the name is
    shortened first, as the report's title and period are what tell the pages of two reports apart."""
    room_mm = (page_width - 2 * MARGIN - text_width(page_text, "sans", FOOTER_SIZE)) / mm - 6
    tail = f" · {rest}" if name and rest else rest
    full = f"{name}{tail}"
    if text_width(full, "sans", FOOTER_SIZE) / mm <= room_mm:
        return full
    name_room = room_mm - text_width(tail, "sans", FOOTER_SIZE) / mm
    short = cut_to_width(name, "sans", FOOTER_SIZE, name_room) if name_room > 0 else ""
    return f"{short}{tail}" if short else cut_to_width(full, "sans", FOOTER_SIZE, room_mm)


def page_footer(name: str, page_word: str, rest: str = ""):
    """An onPage callback writing ``name · rest`` and the page number along the bottom, never overlapping."""
    def on_page(canvas, doc) -> None:
        page_text = page_word.format(n=doc.page)
        canvas.saveState()
        canvas.setFillColor(colors.HexColor("#666666"))
        draw_text(canvas, MARGIN, 9 * mm, footer_left(name, rest, page_text, doc.pagesize[0]), "sans", FOOTER_SIZE)
        draw_text(canvas, doc.pagesize[0] - MARGIN, 9 * mm, page_text, "sans", FOOTER_SIZE, "right")
        canvas.restoreState()
    return on_page


def report_pdf(data: dict[str, Any], translate: Translate = _identity) -> bytes:
    """The report ``data`` (from core.reports.documents) as PDF bytes."""
    with written_in(translate):
        return _report_pdf(data, translate)


def _report_pdf(data: dict[str, Any], translate: Translate) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    title = title_for(data, translate)
    heading = translate("Reports", "Period: {period}").format(period=period_text(data, translate))
    on_page = page_footer((data.get("profile") or {}).get("name", ""), translate("Reports", "Page {n}"),
                          f"{title} · {data['period'].label(translate)}")
    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=14 * mm,
                            bottomMargin=16 * mm, title=title, author=(data.get("profile") or {}).get("name", ""))
    story: list = []
    lines = header_lines(data, translate)
    if lines:
        story.append(P(lines[0], "lib", upper=True))
        for line in lines[1:]:
            story.append(P(line, "sub"))
    rule = RLTable([[""]], colWidths=[BODY_W], rowHeights=[2])
    rule.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 1.2, NAVY)]))
    story += [Spacer(1, 2 * mm), rule, Spacer(1, 4 * mm), P(title, "title", upper=True),
              P(heading, "sub")]
    moved = sources_line(data.get("sources"), translate)
    if moved:  # January-June from SLiMS and the Excel visitor book, say so: not counted at Pustaka's desk
        story.append(P(moved, "small", align="center"))
    story.append(Spacer(1, 3 * mm))
    for number, section in enumerate(tables_for(data, translate), start=1):
        story.append(CondPageBreak(50 * mm))
        story.append(P(f"{number}. {section.title}", "h1"))
        for table in section.tables:
            story.extend(_table_block(table, data, translate))
            story.append(Spacer(1, 3 * mm))
    if data["kind"] == "tpbis":
        story.extend(_photos(data, translate))
    story.append(_signature(data, translate))
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buffer.getvalue()
