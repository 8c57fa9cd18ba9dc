"""The printable district report (PDF, A4 landscape): totals, a table with one row per village (late
villages marked), visitors per open day by village, and the month-by-month trend of visitors and
loans.

``district_pdf(sheet)`` draws a ``DistrictSheet``: the district's figures as data, exactly as
``core.sync.stats`` computes them (the same numbers as the xlsx), so this module counts nothing.
``district_sheet(lib, period)`` gathers them; ``write_district_pdf`` writes the file.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, KeepTogether, SimpleDocTemplate, Spacer, TableStyle
from reportlab.platypus import Table as RLTable

from .. import auth
from ..formatting import format_decimal, format_number, written_in
from ..i18n import QT_TRANSLATE_NOOP
from ..reports.period import MONTH_NAMES, Period, format_date
from ..service import Library
from ..store.files import write_bytes
from ..store.models import Staff
from ..sync import district_recorded
from . import charts
from .fonts import register_fonts, text_width
from .paragraphs import Para
from .report_pdf import page_footer

Translate = Callable[[str, str], str]

PAGE_W, PAGE_H = landscape(A4)
MARGIN = 12 * mm
BODY_W = PAGE_W - 2 * MARGIN
HEAD_BG = colors.HexColor("#dde7f3")
LATE_BG = colors.HexColor("#fbe3e1")
GRID = colors.HexColor("#9aa9bd")
NAVY = colors.HexColor("#1d3f6e")
MAX_BARS = 40  # villages in the per-village chart (the table lists them all)

# The table's columns (keys of core.sync.stats.VillageRow) and their share of the width left once every
# column has room for its longest word: most to the library's name, so it seldom wraps.
TABLE_COLUMNS = (("code", 0.2), ("name", 4.0), ("records", 0.2), ("copies", 0.2), ("members", 0.2),
                 ("new_members", 0.2), ("visits", 0.2), ("open_days", 0.2), ("visits_per_day", 0.2),
                 ("loans", 0.2), ("programs", 0.2), ("sessions", 0.2), ("to_check", 0.2), ("last_bundle", 1.0),
                 ("late", 0.2))
TEXT_COLUMNS = {"code", "name", "last_bundle", "late"}
CELL_SIZE = 7.5
CELL_PADDING = 2.5  # points, each side


def _identity(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class DistrictSheet:
    """The district's figures for one period, ready to print."""

    office: str  # the district library's name
    title: str
    period_label: str
    time_zone: str
    made_on: str
    headers: dict[str, str]  # column key -> translated header
    villages: list[dict[str, Any]]
    total: dict[str, Any]
    trend: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (month, totals of that month)
    # different titles in the union catalogue today (a period that has not ended yet), else None
    union_titles: int | None = None


# A late village's mark in the "Late" column: a word, as the report's font (Noto Sans) has no check mark glyph
# (a "✔" printed as an empty box on every late village's row)
LATE_MARK = QT_TRANSLATE_NOOP("DistrictReport", "Yes")


def _number(value: Any) -> str:
    if isinstance(value, int):
        return format_number(value)  # 5.055 in Indonesian, 5,055 in English (the report's language)
    if isinstance(value, float):
        return format_decimal(value)
    return "" if value is None else str(value)


def _cell(text: Any, bold: bool = False, right: bool = False) -> Para:
    return Para(text, size=CELL_SIZE, leading=9.5, style="bold" if bold else "sans",
                align="right" if right else "start")


def _narrowest(texts: list[str]) -> float:
    """The width a column needs so that no word in it (of its heading, a figure, a date) is cut in two:
    a heading wraps between words ("Pengunjung / per hari / buka"), never inside one ("Pengunjun / g")."""
    words = {word for text in texts for word in str(text).split()}
    return max([0.0, *(text_width(word, "bold", CELL_SIZE) for word in words)]) + 2 * CELL_PADDING + 0.5


NAME_ROOM = 60 * mm  # the least the library's name keeps (unless every name needs less) before figures wrap


def _widest(texts: list[str]) -> float:
    """The width of a column's longest cell on one line."""
    return max([0.0, *(text_width(str(text), "bold", CELL_SIZE) for text in texts)]) + 2 * CELL_PADDING + 0.5


def _column_widths(columns: list[list[str]]) -> list[float]:
    """Each column its narrowest width; the library's name then what it needs to stay on one line, and the rest
    of the page's width shared by the columns' weights, so the table is always the page's width."""
    weights = [weight for _, weight in TABLE_COLUMNS]
    needed = [_narrowest(texts) for texts in columns]
    name = [key for key, _ in TABLE_COLUMNS].index("name")
    longest_name = _widest(columns[name][1:])
    # a figure and a day on one line when the name keeps room (every row was two lines tall for "not recorded"
    # and "05-12-2026 13:45 WIB" while the name column had room to spare)
    whole = [width if key == "name" else max(width, _widest(texts[1:]))
             for (key, _), width, texts in zip(TABLE_COLUMNS, needed, columns, strict=True)]
    if BODY_W - sum(whole) + whole[name] >= max(needed[name], min(longest_name, NAME_ROOM)):
        needed = whole
    spare = BODY_W - sum(needed)
    if spare < 0:  # headings too long for any page: shrink all alike (words split rather than run off)
        return [width * BODY_W / sum(needed) for width in needed]
    to_name = min(spare, max(0.0, longest_name - needed[name]))
    needed[name] += to_name
    spare -= to_name
    return [width + spare * weight / sum(weights) for width, weight in zip(needed, weights, strict=True)]


NOTE_SIZE = 6.5
GREY = colors.HexColor("#555555")


def _shown(row: dict[str, Any], key: str, translate: Translate) -> str:
    """A cell's text: the number, "not recorded", or the number marked when the row's note says more."""
    return district_recorded.short_cell(row, key, _number(row.get(key)), translate)


def _named(row: dict[str, Any], mark: str, bold: bool = False) -> Para:
    """The name cell: the library's name, and the mark of its note under the table ("Perpustakaan Sukamaju *2")."""
    return _cell(f"{_number(row.get('name'))} {mark}".strip(), bold=bold)


NOTES = QT_TRANSLATE_NOOP("DistrictReport", "Notes")


@dataclass(frozen=True)
class Notes:
    """What the villages (and the total) did not record all the period, said once under the table: a row carries a
    mark, ``*2``, and the note with that mark names the villages it is about. Written in the name cell under each
    name, 20 moved-in villages' notes made every row four lines tall and the table three pages long."""

    marks: list[str]  # each village's mark ("" when it recorded the whole period)
    total_mark: str
    listed: list[tuple[str, str, str]]  # (mark, the villages' codes or the total's name, the note)


def _notes(sheet: DistrictSheet, translate: Translate) -> Notes:
    """One note for every different text: villages that moved in on the same day share theirs."""
    texts = [district_recorded.village_note(row, translate) for row in sheet.villages]
    who: dict[str, list[str]] = {}  # a note -> the villages it is about, in the table's order
    for row, text in zip(sheet.villages, texts, strict=True):
        if text:
            who.setdefault(text, []).append(str(row.get("code") or row.get("name") or ""))
    numbers = {text: f"{district_recorded.MARK}{n}" for n, text in enumerate(who, start=1)}
    listed = [(numbers[text], ", ".join(codes), text) for text, codes in who.items()]
    total_text = district_recorded.total_note(sheet.total, translate)
    total_mark = f"{district_recorded.MARK}{len(who) + 1}" if total_text else ""
    if total_text:
        listed.append((total_mark, _number(sheet.total.get("name")), total_text))
    return Notes([numbers.get(text, "") for text in texts], total_mark, listed)


def _notes_block(notes: Notes, translate: Translate) -> list:
    """The notes under the table, one line each where it fits: the mark, whom it is about, what it says."""
    if not notes.listed:
        return []
    size = 7.5
    rows = [[Para(mark, size=size, leading=9.5, style="bold"), Para(f"{who}: {text}", size=size, leading=9.5)]
            for mark, who, text in notes.listed]
    mark_w = max(text_width(mark, "bold", size) for mark, _, _ in notes.listed) + 2 * CELL_PADDING + 1
    table = RLTable(rows, colWidths=[mark_w, BODY_W - mark_w], hAlign="LEFT")
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 0.5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING)]))
    # (the heading never alone at the foot of a page: with it, at least the first notes)
    return [CondPageBreak(min(len(rows), 3) * 10 + 20), Spacer(1, 2 * mm),
            Para(translate("DistrictReport", NOTES), size=8.5, style="bold", leading=11), table]


def _table(sheet: DistrictSheet, translate: Translate, notes: Notes) -> RLTable:
    keys = [key for key, _ in TABLE_COLUMNS]
    heads = [sheet.headers.get(key, key) for key in keys]
    head = [_cell(text, bold=True, right=key not in TEXT_COLUMNS) for key, text in zip(keys, heads, strict=True)]
    body = []
    style = [("BACKGROUND", (0, 0), (-1, 0), HEAD_BG), ("GRID", (0, 0), (-1, -1), 0.4, GRID),
             ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
             ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5), ("LEFTPADDING", (0, 0), (-1, -1), 2.5),
             ("RIGHTPADDING", (0, 0), (-1, -1), 2.5)]
    mark = translate("DistrictReport", LATE_MARK)
    villages = [dict(row, late=mark if row.get("late") else "") for row in sheet.villages]
    for number, (row, note_mark) in enumerate(zip(villages, notes.marks, strict=True), start=1):
        body.append([_named(row, note_mark) if key == "name" else _cell(_shown(row, key, translate),
                                                                          right=key not in TEXT_COLUMNS)
                     for key in keys])
        if row["late"]:
            style.append(("BACKGROUND", (0, number), (-1, number), LATE_BG))
    total = dict(sheet.total, late=None, last_bundle="", code="")  # (named in district_sheet)
    body.append([_named(total, notes.total_mark, bold=True) if key == "name" else
                 _cell(_shown(total, key, translate), bold=True, right=key not in TEXT_COLUMNS) for key in keys])
    rows = [*villages, total]
    # (a name wraps in its wide column: only the figures and headings set the narrow columns' widths)
    texts = [[heading, *(_number(row.get(key)) if key == "name" else _shown(row, key, translate) for row in rows)]
             for key, heading in zip(keys, heads, strict=True)]
    table = RLTable([head, *body], colWidths=_column_widths(texts), repeatRows=1)
    table.setStyle(TableStyle(style))
    return table


def _summary(sheet: DistrictSheet, translate: Translate) -> RLTable:
    t = sheet.total
    late = sum(1 for row in sheet.villages if row.get("late"))
    # copies and members of a village that never sent a bundle are not in the sum: said under it
    never = sum(1 for row in sheet.villages if row.get("nothing_arrived") and row.get("bundle_made") is None)
    without = translate("DistrictReport", WITHOUT_BUNDLE).format(n=_number(never)) if never else ""
    boxes = [(translate("DistrictReport", "Villages"), _number(len(sheet.villages)), ""),
             (sheet.headers.get("copies", "copies"), _number(t.get("copies", 0)), without),
             (sheet.headers.get("members", "members"), _number(t.get("members", 0)), without),
             *((sheet.headers.get(key, key), _summary_figure(t, key, translate), _villages_of(t, key, translate))
               for key in ("visits", "visits_per_day", "loans")),
             (translate("DistrictReport", "Late with their bundle"), _number(late), "")]
    cells = [[Para(value, size=15, style="bold", align="center", color=NAVY),
              Para(label, size=7.5, leading=9, align="center"),
              *([Para(said, size=NOTE_SIZE, leading=8, align="center", color=GREY)] if said else [])]
             for label, value, said in boxes]
    grid = RLTable([cells], colWidths=[BODY_W / len(cells)] * len(cells))
    grid.setStyle(TableStyle([("BOX", (0, 0), (-1, -1), 0.5, GRID), ("INNERGRID", (0, 0), (-1, -1), 0.5, GRID),
                              ("VALIGN", (0, 0), (-1, -1), "TOP"), ("BACKGROUND", (0, 0), (-1, -1), HEAD_BG)]))
    return grid


def _summary_figure(total: dict[str, Any], key: str, translate: Translate) -> str:
    if total.get(key) is None:  # no village recorded it in the period
        return translate("DistrictReport", district_recorded.NOT_RECORDED_CELL)
    return _number(float(total[key]) if key == "visits_per_day" else total[key])


def _villages_of(total: dict[str, Any], key: str, translate: Translate) -> str:
    """Under a total's box: "12 of 14 villages recorded" when not every village recorded it all the period."""
    counts = (total.get("villages_recorded") or {}).get(district_recorded.COLUMNS[key])
    if not counts or not district_recorded.marked(total, key):
        return ""
    said = VILLAGES_PART if counts["from_a_day"] else VILLAGES_RECORDED
    return translate("DistrictReport", said).format(recorded=_number(counts["recorded"]),
                                                    villages=_number(counts["villages"]),
                                                    part=_number(counts["from_a_day"]))


WITHOUT_BUNDLE = QT_TRANSLATE_NOOP("DistrictReport", "without {n} villages that sent no bundle yet")
VILLAGES_RECORDED = QT_TRANSLATE_NOOP("DistrictReport", "{recorded} of {villages} villages recorded")
VILLAGES_PART = QT_TRANSLATE_NOOP("DistrictReport", "{recorded} of {villages} villages recorded, {part} only part of "
                                                    "the period")
LEFT_OUT = QT_TRANSLATE_NOOP("DistrictReport", "Not in the chart, as they have no visitor record in this period: "
                                               "{villages}.")
LEFT_OUT_NO_BUNDLE = QT_TRANSLATE_NOOP("DistrictReport", "Not in the chart, as no bundle of this period has arrived "
                                                         "from them: {villages}.")
MONTHS_PART = QT_TRANSLATE_NOOP("DistrictReport", "{mark} Not every village recorded that month in Pustaka (a village "
                                                  "before it moved in, or one that keeps no such record), or its bundle "
                                                  "has not arrived yet: the bars add up those that did.")


def _charts(sheet: DistrictSheet, translate: Translate, notes: Notes | None = None) -> list:
    out: list = []
    # a village with no visitor record is not a village with no visitors: no bar of 0, it is named below the chart
    recorded = [r for r in sheet.villages if r.get("visits_per_day") is not None]
    ranked = sorted(recorded, key=lambda r: (-(r.get("visits_per_day") or 0), r.get("name", "")))
    left_out = [f"{r.get('name', '')} ({r.get('code', '')})" for r in sheet.villages
                if r not in recorded and not r.get("nothing_arrived")]
    # (a village whose bundle has not come is not one that keeps no visitor book: said apart)
    not_arrived = [f"{r.get('name', '')} ({r.get('code', '')})" for r in sheet.villages if r.get("nothing_arrived")]
    if ranked:
        shown = ranked[:MAX_BARS]
        title = sheet.headers.get("visits_per_day", "")
        if len(ranked) > MAX_BARS:
            title = translate("DistrictReport", "{figure}: the {count} highest").format(figure=title, count=MAX_BARS)
        # a village's bar marked as its row is, with its note's mark (the note under the table says from when)
        marks = {id(row): mark for row, mark in zip(sheet.villages, notes.marks, strict=True)} if notes else {}
        drawing = charts.horizontal_bars(
            [f"{r.get('name', '')} ({r.get('code', '')})" + (f" {marks.get(id(r)) or district_recorded.MARK}"
                                                              if district_recorded.marked(r, "visits") else "")
             for r in shown],
            [float(r.get("visits_per_day") or 0) for r in shown], BODY_W)
        parts = [Para(title, size=10, style="bold", leading=13, space_before=6), drawing]
        for said, villages in ((LEFT_OUT, left_out), (LEFT_OUT_NO_BUNDLE, not_arrived)):
            if villages:
                parts.append(Para(translate("DistrictReport", said).format(villages=", ".join(villages)),
                                  size=7.5, color=GREY))
        out.append(KeepTogether(parts))
    if len(sheet.trend) > 1:
        width = BODY_W / 2 - 6
        mark = district_recorded.MARK

        def labels(key: str) -> list[str]:  # a month marked when not every village recorded its visitors (loans)
            return [label + (mark if district_recorded.marked(t, key) else "") for label, t in sheet.trend]

        partial = any(district_recorded.marked(t, key) for _, t in sheet.trend for key in ("visits", "loans"))
        visits = charts.bar_chart(labels("visits"), [float(t.get("visits") or 0) for _, t in sheet.trend], width,
                                  52 * mm)
        loans = charts.bar_chart(labels("loans"), [float(t.get("loans") or 0) for _, t in sheet.trend], width, 52 * mm,
                                 color=charts.PALETTE[1])
        pair = RLTable([[Para(translate("DistrictReport", "Visitors per month, all villages"), size=10, style="bold"),
                         Para(translate("DistrictReport", "Loans per month, all villages"), size=10, style="bold")],
                        [visits, loans]], colWidths=[BODY_W / 2, BODY_W / 2])
        pair.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
        said = ([Para(translate("DistrictReport", MONTHS_PART).format(mark=district_recorded.MARK), size=7.5,
                      color=GREY)] if partial else [])
        out += [CondPageBreak(70 * mm), Spacer(1, 4 * mm), KeepTogether([pair, *said])]
    return out


def district_pdf(sheet: DistrictSheet, translate: Translate = _identity) -> bytes:
    """The district report as PDF bytes (every font embedded), its numbers in ``translate``'s language."""
    with written_in(translate):
        return _district_pdf(sheet, translate)


def _district_pdf(sheet: DistrictSheet, translate: Translate) -> bytes:
    register_fonts()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, pagesize=landscape(A4), leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=11 * mm, bottomMargin=15 * mm, title=sheet.title, author=sheet.office)
    note = translate("DistrictReport", "Days counted in {zone}; made on {date}. Visitors per open day count each "
                                       "village's own opening days (closing days and holidays left out), as in "
                                       "its own report.").format(zone=sheet.time_zone, date=sheet.made_on)
    if sheet.union_titles is not None:
        # the total row adds up each village's titles: a book in three villages is three there, and an officer
        # passing "Jumlah" on as the district's titles reported a doubled collection
        note += " " + translate("DistrictReport", "Titles are each village's own: a book held by several villages "
                                                  "counts in each. The union catalogue holds {titles} different "
                                                  "titles today.").format(titles=_number(sheet.union_titles))
    story: list = []
    if sheet.office:
        story.append(Para(sheet.office, size=12, style="bold", align="center", upper=True))
    story += [Para(sheet.title, size=15, style="bold", leading=19, align="center"),
              Para(sheet.period_label, size=10, align="center"), Para(note, size=7.5, align="center",
                                                                     color=colors.HexColor("#555555")),
              Spacer(1, 4 * mm), _summary(sheet, translate), Spacer(1, 4 * mm)]
    notes = _notes(sheet, translate)
    if sheet.villages:
        story += [_table(sheet, translate, notes), *_notes_block(notes, translate)]
    else:
        story.append(Para(translate("DistrictReport", "No village has sent a bundle for this period yet."), size=10))
    story += _charts(sheet, translate, notes)
    on_page = page_footer(sheet.office, translate("Reports", "Page {n}"), sheet.title)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return buffer.getvalue()


# --- gathering the district's figures ------------------------------------------------------------


def _months(period: Period) -> list[Period]:
    out = []
    first = date(period.start.year, period.start.month, 1)
    while first <= period.end and len(out) < 36:
        month = Period.month(first.year, first.month)
        out.append(Period.custom(max(month.start, period.start), min(month.end, period.end)))
        first = month.end + timedelta(days=1)
    return out


def district_sheet(lib: Library, period: Period, translate: Translate = _identity) -> DistrictSheet:
    """The figures ``core.sync.stats`` computes for ``period``, and per month for the trend."""
    from ..sync import stats, tally, union

    rows, total = stats.district_report(lib, period)
    trend = []
    months = _months(period)
    if len(months) > 1:
        for month in months:
            _, month_total = stats.district_report(lib, month)
            name = translate("Reports", MONTH_NAMES[month.start.month - 1])[:3]
            label = name if period.start.year == period.end.year else f"{name} {month.start.year % 100:02d}"
            trend.append((label, stats.as_dicts([], month_total)[0]))
    label = period.label(translate)
    profile = lib.profile
    return DistrictSheet(
        office=profile.name if profile else "",
        title=translate("DistrictReport", stats.TITLE).format(period=label),
        period_label=f"{format_date(period.start, translate)} – {format_date(period.end, translate)}",
        time_zone=tally.time_zone(), made_on=format_date(tally.local_today(lib), translate),
        headers={key: translate("DistrictReport", name) for key, name in stats.COLUMNS},
        villages=[dict(row, last_bundle=tally.shown_local(row["last_bundle"]))
                  for row in stats.as_dicts(rows, total)[:-1]],
        total=dict(stats.as_dicts([], total)[0], name=translate("Reports", stats.TOTAL)), trend=trend,
        union_titles=union.counts(lib)["records"] if period.end >= tally.local_today(lib) else None)


def write_district_pdf(lib: Library, by: Staff, period: Period, path: str | Path,
                       translate: Translate = _identity) -> Path:
    """The printable district report for ``period`` into ``path`` (written atomically; audited)."""
    auth.require(by, "reports.export")
    sheet = district_sheet(lib, period, translate)
    data = district_pdf(sheet, translate)
    auth.audit(lib, by, "reports.export", "report", "", report="district", file=Path(path).name)
    return write_bytes(path, data)

