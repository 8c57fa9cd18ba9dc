"""Charts for report PDFs that read at a glance (reportlab graphics, the app's embedded fonts).

- Value axes step by round numbers (1, 2, 5 × 10ⁿ: 0/100/200, never 206/412/618).
- A series of days is drawn day by day only up to ``MAX_DAILY_BARS`` days; longer periods are summed
  per week (up to ``MAX_WEEKLY_BARS`` weeks) or per month, so a year is 12 bars, not 365.
- Category names are never cut: long ones wrap under their bar, or go in a numbered legend beside the
  bars, or under the chart (one or two columns) when a name would have to wrap beside them ("8. 700
  Kesenian," / "olahraga" read as two classes).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from datetime import date, timedelta

from reportlab.graphics.charts.barcharts import HorizontalBarChart, VerticalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Group, Rect, String
from reportlab.lib import colors

from ..formatting import format_measure, format_percent
from .fonts import font_name, text_width

Translate = Callable[[str, str], str]

PALETTE = [colors.HexColor(c) for c in ("#2f6db5", "#e0823d", "#3a9d5d", "#c0504d", "#8064a2", "#4bacc6",
                                         "#f2c14e", "#7f7f7f", "#9bbb59", "#d16ba5", "#5a5a5a")]
MAX_DAILY_BARS = 31
MAX_WEEKLY_BARS = 26
LABEL_SIZE = 7.0
NUMBER_SIZE = 6.0  # the bar numbers of a chart with a legend, from 10 bars on
LEGEND_LINE = LABEL_SIZE + 1.5  # from one legend line to the next
LEGEND_GAP = 10.0  # between the two columns of a legend under the chart


def nice_step(top: float, ticks: int = 4) -> float:
    """A round step (1, 2 or 5 × 10ⁿ) giving about ``ticks`` steps up to ``top``."""
    if top <= 0:
        return 1.0
    raw = top / ticks
    power = 10 ** math.floor(math.log10(raw))
    for factor in (1, 2, 5, 10):
        if factor * power >= raw:
            step = factor * power
            break
    return max(1.0, step) if top >= 1 else step


def axis_range(values: list[float], ticks: int = 4) -> tuple[float, float]:
    """(top, step): the axis ends on a round tick at or above the largest value."""
    top = max(values or [0])
    step = nice_step(top, ticks)
    return max(step, math.ceil(top / step) * step) if top > 0 else step * ticks, step


def group_days(days: list[tuple[date, float]], translate: Translate | None = None,
               month_names: tuple[str, ...] = ()) -> tuple[str, list[tuple[str, float]]]:
    """("day" | "week" | "month", [(label, sum)]) for a run of consecutive days."""
    if len(days) <= MAX_DAILY_BARS:
        return "day", [(str(d.day), v) for d, v in days]
    if len(days) <= MAX_WEEKLY_BARS * 7:
        out: list[tuple[str, float]] = []
        current: date | None = None
        for day, value in days:
            monday = day - timedelta(days=day.weekday())
            if monday != current:
                current = monday
                out.append((f"{max(monday, days[0][0]):%d/%m}", 0.0))
            out[-1] = (out[-1][0], out[-1][1] + value)
        return "week", out
    months: list[tuple[str, float]] = []
    key = None
    for day, value in days:
        if (day.year, day.month) != key:
            key = (day.year, day.month)
            name = month_names[day.month - 1][:3] if month_names else f"{day.month:02d}"
            label = name if days[0][0].year == days[-1][0].year else f"{name} {day.year % 100:02d}"
            months.append((label, 0.0))
        months[-1] = (months[-1][0], months[-1][1] + value)
    return "month", months


def wrap_label(text: str, width: float, size: float = LABEL_SIZE, lines: int = 3) -> list[str]:
    """A category name in lines no wider than ``width`` points (whole words; a very long word is
    split, never cut)."""
    out: list[str] = []
    current = ""
    for word in str(text).split():
        candidate = f"{current} {word}" if current else word
        if text_width(candidate, "sans", size) <= width or not current:
            current = candidate
        else:
            out.append(current)
            current = word
    if current:
        out.append(current)
    if len(out) > lines:
        out = out[: lines - 1] + [" ".join(out[lines - 1:])]
    return out or [""]


def _value_axis(chart, values: list[float]) -> None:
    top, step = axis_range(values)
    axis = chart.valueAxis
    axis.valueMin, axis.valueMax, axis.valueStep = 0, top, step
    axis.labels.fontName = font_name("sans")
    axis.labels.fontSize = LABEL_SIZE
    axis.labelTextFormat = lambda v: format_measure(v, places=3)  # a step can be 0,025
    axis.visibleGrid = True
    axis.gridStrokeColor = colors.HexColor("#dddddd")
    axis.gridStrokeWidth = 0.4


def bar_chart(labels: list[str], values: list[float], width: float, height: float,
              color=None, value_labels: bool | None = None) -> Drawing:
    """Vertical bars. Labels that do not fit under their bar wrap; when even wrapped they would
    collide, the bars are numbered and the names listed in a legend beside the chart, or under it
    (the drawing grows) when a name would not fit beside it on one line."""
    n = max(1, len(labels))
    legend = True
    slot = (width - 40) / n
    size = LABEL_SIZE
    for size in (LABEL_SIZE, 6.0):  # a size smaller before names move to a legend
        wrapped = [wrap_label(label, slot - 2, size) for label in labels]
        too_long = any(text_width(line, "sans", size) > slot - 1 for lines in wrapped for line in lines)
        if not too_long and max((len(w) for w in wrapped), default=1) <= 3:
            legend = False
            break
    legend_w = 0.0
    number_size = min(LABEL_SIZE, NUMBER_SIZE) if n >= 10 else LABEL_SIZE
    if legend:
        legend_w = min(width * 0.45, max(text_width(f"{i + 1}. {label}", "sans", LABEL_SIZE)
                                          for i, label in enumerate(labels)) + 8) if labels else 0
        # each bar keeps room for its number: with 11 classes "10" and "11" ran together as "1011"
        room_for_numbers = n * (text_width(str(n), "sans", number_size) + 2)
        legend_w = max(0.0, min(legend_w, width - 40 - room_for_numbers))
    below = legend and not _fits_on_one_line(labels, legend_w - 4)
    columns = _legend_columns(labels, width) if below else []
    legend_h = max(len(lines) for lines in columns) * LEGEND_LINE + 6 if columns else 0.0
    if below:
        legend_w = 0.0
    drawing = Drawing(width, height + legend_h)
    chart = VerticalBarChart()
    label_lines = 1 if legend else max((len(w) for w in wrapped), default=1)
    chart.x = 34
    chart.y = legend_h + 8 + label_lines * (size + 1.5)
    chart.width = width - chart.x - 6 - legend_w
    chart.height = height + legend_h - chart.y - 12
    chart.data = [values or [0]]
    chart.bars[0].fillColor = color or PALETTE[0]
    chart.bars[0].strokeColor = None
    _value_axis(chart, values)
    chart.categoryAxis.categoryNames = [""] * n
    chart.categoryAxis.labels.fontName = font_name("sans")
    show_values = chart.width / n >= 22 if value_labels is None else value_labels and chart.width / n >= 16
    if show_values:  # only where the numbers have room above their bars
        chart.barLabelFormat = format_measure  # (5.055 or 7,4 in Indonesian, 5,055 or 7.4 in English)
        chart.barLabels.fontName = font_name("sans")
        chart.barLabels.fontSize = 6.5
        chart.barLabels.nudge = 6
    drawing.add(chart)
    step = chart.width / n
    group = Group()
    for i, lines in enumerate(wrapped):
        centre = chart.x + step * (i + 0.5)
        texts = [str(i + 1)] if legend else lines
        for k, line in enumerate(texts):
            group.add(String(centre, chart.y - 9 - k * (size + 1.5), line, textAnchor="middle",
                             fontName=font_name("sans"), fontSize=number_size if legend else size))
    drawing.add(group)
    if below:
        column_w = (width - LEGEND_GAP * (len(columns) - 1)) / len(columns)
        for k, lines in enumerate(columns):
            _draw_legend(drawing, lines, k * (column_w + LEGEND_GAP), legend_h - LEGEND_LINE)
    elif legend:
        _legend(drawing, labels, width - legend_w + 4, height - 10, width)
    return drawing


def _fits_on_one_line(labels: list[str], room: float) -> bool:
    return all(text_width(f"{i + 1}. {label}", "sans", LABEL_SIZE) <= room for i, label in enumerate(labels))


def _legend_columns(labels: list[str], width: float) -> list[list[tuple[float, str]]]:
    """The legend under the chart: two columns (1-6 | 7-11) when every name fits in half the width,
    else one; a name wider than the whole width still wraps."""
    half = (width - LEGEND_GAP) / 2
    if len(labels) > 1 and _fits_on_one_line(labels, half):
        rows = math.ceil(len(labels) / 2)
        return [_legend_lines(labels[:rows], half), _legend_lines(labels[rows:], half, first=rows + 1)]
    return [_legend_lines(labels, width)]


def _legend_lines(labels: list[str], room: float, first: int = 1) -> list[tuple[float, str]]:
    """The numbered names in ``room`` points as (indent, text) lines: a name wraps only when it does not fit
    (it used to wrap a few points early), and its next line hangs under the name, inside the room too (it
    used to run past the edge)."""
    out: list[tuple[float, str]] = []
    for i, label in enumerate(labels, start=first):
        number = f"{i}. "
        indent = text_width(number, "sans", LABEL_SIZE)
        lines = wrap_label(label, room - indent, lines=2)
        out.append((0.0, number + lines[0]))
        out.extend((indent, line) for line in lines[1:])
    return out


def _draw_legend(drawing: Drawing, lines: list[tuple[float, str]], x: float, y: float) -> None:
    for indent, text in lines:
        drawing.add(String(x + indent, y, text, fontName=font_name("sans"), fontSize=LABEL_SIZE))
        y -= LEGEND_LINE


def _legend(drawing: Drawing, labels: list[str], x: float, y: float, right: float) -> None:
    """The numbered names beside the bars, from ``x`` to the drawing's ``right`` edge."""
    _draw_legend(drawing, _legend_lines(labels, right - x), x, y)


def horizontal_bars(labels: list[str], values: list[float], width: float, bar_h: float = 11.0,
                    label_w: float | None = None, color=None) -> Drawing:
    """Horizontal bars with the whole category name on the left (long names of villages)."""
    n = max(1, len(labels))
    label_w = label_w or min(width * 0.38, max([text_width(lb, "sans", LABEL_SIZE) for lb in labels] + [20]) + 6)
    height = n * bar_h + 26
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = label_w, 16
    chart.width, chart.height = width - label_w - 24, n * bar_h
    chart.data = [list(reversed(values)) or [0]]
    chart.bars[0].fillColor = color or PALETTE[0]
    chart.bars[0].strokeColor = None
    _value_axis(chart, values)
    chart.categoryAxis.categoryNames = [""] * n
    chart.barLabelFormat = format_measure
    chart.barLabels.fontName = font_name("sans")
    chart.barLabels.fontSize = 6.5
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 3
    drawing.add(chart)
    for i, label in enumerate(reversed(labels)):
        y = chart.y + bar_h * (i + 0.5) - LABEL_SIZE / 3
        drawing.add(String(label_w - 4, y, wrap_label(label, label_w - 8, lines=1)[0], textAnchor="end",
                           fontName=font_name("sans"), fontSize=LABEL_SIZE))
    return drawing


def pie_chart(labels: list[str], values: list[float], width: float, height: float) -> Drawing:
    """A pie with a legend giving every whole category name and its share."""
    drawing = Drawing(width, height)
    pairs = [(label, value) for label, value in zip(labels, values, strict=False) if value > 0]
    if not pairs:
        drawing.add(String(width / 2, height / 2, "-", textAnchor="middle", fontName=font_name("sans"),
                           fontSize=9))
        return drawing
    pie = Pie()
    size = min(height - 16, width * 0.42)
    pie.x, pie.y = 6, (height - size) / 2
    pie.width = pie.height = size
    pie.data = [v for _, v in pairs]
    total = sum(pie.data)
    pie.labels = None
    pie.slices.strokeColor = colors.white
    for i in range(len(pairs)):
        pie.slices[i].fillColor = PALETTE[i % len(PALETTE)]
    drawing.add(pie)
    x = size + 14
    room = width - x - 12
    y = height / 2 + len(pairs) * 6
    for i, (label, value) in enumerate(pairs):
        drawing.add(Rect(x, y - 3, 7, 7, fillColor=PALETTE[i % len(PALETTE)], strokeColor=None))
        share = " " + format_percent(100 * value / total, 0)
        lines = wrap_label(label + share, room, lines=2)
        for k, line in enumerate(lines):
            drawing.add(String(x + 10, y - 2 - k * 8, line, fontName=font_name("sans"), fontSize=7.5))
        y -= 12 + 8 * (len(lines) - 1)
    return drawing
