"""Report PDFs (reportlab, with its own charts): the monthly village library report, the IPLM data
sheet and the TPBIS activity report. They render the same labelled tables as the xlsx/CSV exports
(``core.reports.documents``), with a profile header, charts beside the tables, and a place for the
signatures and the stamp."""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle, getSampleStyleSheet
from reportlab.lib.units import mm
from reportlab.platypus import (
    CondPageBreak,
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as RLTable

from ..i18n import QT_TRANSLATE_NOOP
from ..reports.documents import Table, header_lines, tables_for, title_for
from ..reports.period import format_date

Translate = Callable[[str, str], str]

PALETTE = [colors.HexColor(c) for c in ("#2f6db5", "#e0823d", "#3a9d5d", "#c0504d", "#8064a2", "#4bacc6",
                                         "#f2c14e", "#7f7f7f", "#9bbb59", "#d16ba5", "#5a5a5a")]
HEAD_BG = colors.HexColor("#dde7f3")
GRID = colors.HexColor("#9aa9bd")
PAGE_W, PAGE_H = A4
MARGIN = 16 * mm
BODY_W = PAGE_W - 2 * MARGIN


def _identity(context: str, text: str) -> str:
    return text


def _styles() -> dict[str, ParagraphStyle]:
    base = getSampleStyleSheet()
    return {
        "title": ParagraphStyle("t", parent=base["Title"], fontName="Helvetica-Bold", fontSize=16, leading=20,
                                spaceAfter=2),
        "sub": ParagraphStyle("s", parent=base["Normal"], fontName="Helvetica", fontSize=10.5, leading=13,
                              alignment=TA_CENTER),
        "lib": ParagraphStyle("l", parent=base["Normal"], fontName="Helvetica-Bold", fontSize=13, leading=16,
                              alignment=TA_CENTER),
        "h1": ParagraphStyle("h1", parent=base["Heading2"], fontName="Helvetica-Bold", fontSize=12.5, leading=15,
                             textColor=colors.HexColor("#1d3f6e"), spaceBefore=8, spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=base["Normal"], fontName="Helvetica-Bold", fontSize=9.5, leading=12,
                             spaceBefore=4, spaceAfter=2),
        "cell": ParagraphStyle("c", parent=base["Normal"], fontName="Helvetica", fontSize=8.5, leading=10.5),
        "body": ParagraphStyle("b", parent=base["Normal"], fontName="Helvetica", fontSize=9.5, leading=12.5),
        "small": ParagraphStyle("sm", parent=base["Normal"], fontName="Helvetica", fontSize=8, leading=10,
                                textColor=colors.HexColor("#555555")),
    }


# The translator sets the decimal separator: "," in Indonesian (then "." groups thousands).
DECIMAL_MARK = QT_TRANSLATE_NOOP("Reports", "decimal separator: .")
_DEC = {"dec": "."}
_NUMERIC = re.compile(r"^[\d.,%() -]+$")


def _number(value: Any) -> str:
    dec = _DEC["dec"]
    thousands = "." if dec == "," else ","
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return f"{value:,}".replace(",", thousands)
    if isinstance(value, float):
        return f"{value:,.2f}".rstrip("0").rstrip(".").replace(",", "\0").replace(".", dec).replace("\0", thousands)
    text = str(value)
    if dec != "." and _NUMERIC.match(text):
        return re.sub(r"(\d)\.(\d)", rf"\1{dec}\2", text)
    return text


def _rl_table(table: Table, styles, width: float) -> RLTable:
    cell = styles["cell"]
    head = [Paragraph(f"<b>{escape(str(c))}</b>", cell) for c in table.columns]
    body = []
    for row in table.rows:
        body.append([Paragraph(escape(_number(v)), cell) if isinstance(v, str) and len(v) > 18
                     else _number(v) for v in row])
    ncols = len(table.columns)
    if table.kind == "figures" and any(len(str(r[1])) > 30 for r in table.rows):
        widths = [width * 0.4, width * 0.6]
    elif table.kind == "figures":
        widths = [width * 0.72, width * 0.28]
    elif ncols == 3 and table.columns[0] == "No.":
        widths = [width * 0.1, width * 0.72, width * 0.18]
    elif ncols >= 4:
        # numbers get a narrow column; text columns share the rest by their longest entry
        numeric = [all(isinstance(r[i], int | float) or str(r[i]) == "-" for r in table.rows) if table.rows else False
                   for i in range(ncols)]
        narrow = width * 0.12
        rest = width - narrow * sum(numeric)
        lengths = [0 if numeric[i] else min(40, max([len(str(table.columns[i]))] + [len(str(r[i])) for r in table.rows]))
                   for i in range(ncols)]
        total = sum(lengths) or 1
        widths = [narrow if numeric[i] else rest * lengths[i] / total for i in range(ncols)]
    else:
        widths = [width * 0.56] + [width * 0.44 / (ncols - 1)] * (ncols - 1)
    rl = RLTable([head, *body], colWidths=widths, repeatRows=1)
    style = [
        ("FONT", (0, 0), (-1, -1), "Helvetica", 8.5),
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ]
    if ncols >= 4 or (ncols == 3 and table.columns[0] == "No."):
        style.append(("ALIGN", (1, 1), (1, -1), "LEFT"))
        if ncols >= 4:
            style.append(("ALIGN", (1, 1), (2, -1), "LEFT"))
    if table.rows and str(table.rows[-1][0]) in ("Total", "Jumlah") and table.kind == "table":
        style.append(("FONT", (0, len(body)), (-1, len(body)), "Helvetica-Bold", 8.5))
    rl.setStyle(TableStyle(style))
    return rl


def _chart_values(table: Table) -> tuple[list[str], list[float]]:
    rows = [r for r in table.rows if str(r[0]) not in ("Total", "Jumlah")]
    return [str(r[0]) for r in rows], [float(r[1] or 0) for r in rows]


def _short(label: str, n: int = 14) -> str:
    if label[:3].isdigit() and label[3:4] == " ":
        return label[:3]  # a DDC class: the number says it
    return label if len(label) <= n else label[: n - 1] + "."


def bar_chart(labels: list[str], values: list[float], width: float, height: float, rotate: bool = False,
              every: int = 1) -> Drawing:
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 30, 42 if rotate else 22
    chart.width, chart.height = width - 40, height - chart.y - 10
    chart.data = [values or [0]]
    chart.bars[0].fillColor = PALETTE[0]
    chart.bars[0].strokeColor = None
    chart.valueAxis.valueMin = 0
    top = max(values or [0])
    chart.valueAxis.valueMax = max(1, top * 1.15)
    step = max(1, round(top / 4)) if top else 1
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = "Helvetica"
    chart.valueAxis.labels.fontSize = 7
    chart.categoryAxis.categoryNames = [(_short(x) if i % every == 0 else "") for i, x in enumerate(labels)] or [""]
    chart.categoryAxis.labels.fontName = "Helvetica"
    chart.categoryAxis.labels.fontSize = 7
    if rotate:
        chart.categoryAxis.labels.angle = 45
        chart.categoryAxis.labels.boxAnchor = "ne"
        chart.categoryAxis.labels.dy = -2
    chart.barLabelFormat = "%d" if len(values) <= 12 else None
    if chart.barLabelFormat:
        chart.barLabels.fontName = "Helvetica"
        chart.barLabels.fontSize = 6.5
        chart.barLabels.nudge = 6
    drawing.add(chart)
    return drawing


def pie_chart(labels: list[str], values: list[float], width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    pairs = [(label, value) for label, value in zip(labels, values, strict=False) if value > 0]
    if not pairs:
        drawing.add(String(width / 2, height / 2, "-", textAnchor="middle", fontName="Helvetica", fontSize=9))
        return drawing
    pie = Pie()
    size = min(height - 16, width * 0.5)
    pie.x, pie.y = 6, (height - size) / 2
    pie.width = pie.height = size
    pie.data = [v for _, v in pairs]
    total = sum(pie.data)
    pie.labels = None
    pie.slices.strokeColor = colors.white
    for i in range(len(pairs)):
        pie.slices[i].fillColor = PALETTE[i % len(PALETTE)]
    drawing.add(pie)
    # a legend with the shares
    from reportlab.graphics.shapes import Rect

    y = height / 2 + len(pairs) * 6
    for i, (label, value) in enumerate(pairs):
        drawing.add(Rect(size + 14, y - 3, 7, 7, fillColor=PALETTE[i % len(PALETTE)], strokeColor=None))
        drawing.add(String(size + 24, y - 2, f"{_short(label, 16)} {100 * value / total:.0f}%",
                           fontName="Helvetica", fontSize=7.5))
        y -= 12
    return drawing


def _table_block(table: Table, styles, translate: Translate) -> list:
    title = Paragraph(escape(table.title), styles["h2"])
    if table.chart == "line":  # visitors per day: a chart alone (the numbers are in the xlsx)
        labels, values = _chart_values(table)
        days = [label.split(" ")[0] for label in labels]
        return [KeepTogether([title, bar_chart(days, values, BODY_W, 48 * mm, every=1 if len(days) <= 31 else 7)])]
    if table.chart in ("bar", "pie") and table.rows:
        left_w = BODY_W * 0.55
        labels, values = _chart_values(table)
        if table.chart == "pie":
            drawing = pie_chart(labels, values, BODY_W - left_w - 6, 40 * mm)
        else:
            drawing = bar_chart(labels, values, BODY_W - left_w - 6, 48 * mm, rotate=len(labels) > 5)
        body = _rl_table(table, styles, left_w)
        outer = RLTable([[body, drawing]], colWidths=[left_w + 6, BODY_W - left_w - 6])
        outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                   ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        return [KeepTogether([title, outer])]
    if table.kind == "text":
        out = [title]
        if not table.rows:
            out.append(Paragraph("-", styles["body"]))
        for row in table.rows:
            meta = " · ".join(escape(str(x)) for x in row[1:4] if x)
            out.append(KeepTogether([
                Paragraph(f"<b>{escape(str(row[0]))}</b>  <font size=8 color='#555555'>{meta}</font>", styles["body"]),
                Paragraph(escape(str(row[4])).replace("\n", "<br/>"), styles["body"]), Spacer(1, 4)]))
        return out
    if not table.rows:
        return [KeepTogether([title, Paragraph("-", styles["body"])])]
    long_values = any(len(str(v)) > 30 for r in table.rows for v in r[1:])
    width = BODY_W if len(table.columns) >= 4 or table.kind == "text" or long_values else BODY_W * 0.75
    body = _rl_table(table, styles, width)
    body.hAlign = "LEFT"
    return [KeepTogether([title, body])]


def _signature(data: dict[str, Any], styles, translate: Translate) -> KeepTogether:
    p = data.get("profile") or {}
    place = p.get("village") or p.get("kabupaten") or ""
    made = format_date(data["made_on"], translate) if data.get("made_on") else ""
    left = [Paragraph(translate("Reports", "Acknowledged by,"), styles["body"]),
            Paragraph(translate("Reports", "Village Head"), styles["body"]), Spacer(1, 20 * mm),
            Paragraph("(.................................................)", styles["body"])]
    stamp_word = translate("Reports", "stamp")
    right = [Paragraph(f"{escape(place)}, {made}" if place else made, styles["body"]),
             Paragraph(translate("Reports", "Head of the library"), styles["body"]), Spacer(1, 7 * mm),
             Paragraph(f"<font size=7 color='#999999'>({escape(stamp_word)})</font>", styles["small"]),
             Spacer(1, 9 * mm), Paragraph(f"( {escape(p.get('head_name') or '.' * 40)} )", styles["body"])]
    block = RLTable([[left, right]], colWidths=[BODY_W / 2, BODY_W / 2])
    block.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
    return KeepTogether([Spacer(1, 8 * mm), block])


def _photos(data: dict[str, Any], styles, translate: Translate) -> list:
    stories = [s for s in (data.get("programmes") or {}).get("stories", []) if s.get("photo")]
    if not stories:
        return []
    out: list = [Paragraph(escape(translate("Reports", "Photos")), styles["h2"])]
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
        cells.append([image, Paragraph(escape(story["title"] or story["programme"]), styles["small"])])
    rows = [cells[i:i + 2] for i in range(0, len(cells), 2)]
    for pair in rows:
        while len(pair) < 2:
            pair.append("")
        grid = RLTable([pair], colWidths=[BODY_W / 2, BODY_W / 2])
        grid.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
        out.append(grid)
    return out


def report_pdf(data: dict[str, Any], translate: Translate = _identity) -> bytes:
    """The report ``data`` (from core.reports.documents) as PDF bytes."""
    styles = _styles()
    _DEC["dec"] = "," if translate("Reports", DECIMAL_MARK).strip().endswith(",") else "."
    buffer = io.BytesIO()
    title = title_for(data, translate)
    period_text = translate("Reports", "Period: {period}").format(period=data["period"].label(translate))
    footer = f"{(data.get('profile') or {}).get('name', '')} · {title} · {data['period'].label(translate)}"
    page_word = translate("Reports", "Page {n}")

    def on_page(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont("Helvetica", 7.5)
        canvas.setFillColor(colors.HexColor("#666666"))
        canvas.drawString(MARGIN, 9 * mm, footer)
        canvas.drawRightString(PAGE_W - MARGIN, 9 * mm, page_word.format(n=doc.page))
        canvas.restoreState()

    doc = SimpleDocTemplate(buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=14 * mm,
                            bottomMargin=16 * mm, title=title, author=(data.get("profile") or {}).get("name", ""))
    story: list = []
    lines = header_lines(data, translate)
    if lines:
        story.append(Paragraph(escape(lines[0]).upper(), styles["lib"]))
        for line in lines[1:]:
            story.append(Paragraph(escape(line), styles["sub"]))
    rule = RLTable([[""]], colWidths=[BODY_W], rowHeights=[2])
    rule.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 1.2, colors.HexColor("#1d3f6e"))]))
    story += [Spacer(1, 2 * mm), rule, Spacer(1, 4 * mm), Paragraph(escape(title.upper()), styles["title"]),
              Paragraph(escape(period_text), styles["sub"]), Spacer(1, 3 * mm)]
    for number, section in enumerate(tables_for(data, translate), start=1):
        story.append(CondPageBreak(50 * mm))
        story.append(Paragraph(f"{number}. {escape(section.title)}", styles["h1"]))
        for table in section.tables:
            story.extend(_table_block(table, styles, translate))
            story.append(Spacer(1, 3 * mm))
    if data["kind"] == "tpbis":
        story.extend(_photos(data, styles, translate))
    story.append(_signature(data, styles, translate))
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buffer.getvalue()
