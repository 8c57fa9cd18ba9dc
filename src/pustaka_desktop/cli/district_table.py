"""``pustaka-cli district report`` as plain text for a console 80 columns wide (an old Windows PC's).

The column headings are the printed report's own (``core.sync.stats.COLUMNS``, in the user's language).
In Indonesian they are long words ("Eksemplar", "Pengunjung per hari buka"), and village names mostly
start with "Perpustakaan Desa ...", so one line per village would cut either the headings or the names.
Each village therefore takes two lines: its name and when its last bundle arrived, then its code and
figures under the headings (``grep CODE`` finds the figures). A village that did not record a figure all the
period (it moved in mid-year) gets a third line saying which and since when; its cells show ``-`` (not recorded)
or the number with ``*``, and the total's third line says how many villages it adds up."""

from __future__ import annotations

import textwrap
from dataclasses import asdict

from ..core.formatting import format_number
from ..core.sync import district_recorded, stats, tally
from .common import translate

# The figures shown, in the printed report's order; the rest are in the PDF and the spreadsheet.
FIGURES = ("records", "copies", "members", "visits", "visits_per_day", "loans", "programs")
GAP = "  "
WIDTH = 79  # a full 80th column makes the Windows console add an empty line


def _cell(row: dict, key: str) -> str:
    value = row[key]
    if value is None:
        return "-"  # not recorded, or no bundle brought it: the row's note says so in words
    shown = str(stats.shown_figure(value))
    return shown + district_recorded.MARK if district_recorded.marked(row, key) else shown


def _note(row: dict, is_total: bool) -> list[str]:
    """The row's third line: what was not recorded ("" when everything was)."""
    text = (district_recorded.total_note if is_total else district_recorded.village_note)(row, translate)
    if not text:
        return []
    return textwrap.wrap(f"{district_recorded.MARK} {text}", WIDTH, initial_indent="  ", subsequent_indent="    ")


def _heading(key: str) -> str:
    return translate("DistrictReport", dict(stats.COLUMNS)[key])


def _caption(row: stats.VillageRow, is_total: bool) -> str:
    if is_total:
        return translate("Reports", stats.TOTAL)
    caption = f"{row.name} · {tally.shown_local(row.last_bundle) or '-'}"
    if row.to_check:  # its review list: on the caption, as the figures fill the 80 columns
        caption += " · " + translate("cli", "{n} to check").format(n=format_number(row.to_check))
    late = translate("cli", "LATE")
    return caption + (f" · {late}" if row.late else "")


def district_lines(rows: list[stats.VillageRow], total: stats.VillageRow) -> list[str]:
    """The headings, then two lines per village and two for the total."""
    everyone = [*rows, total]
    dicts = [asdict(row) for row in everyone]
    cells = [[_cell(values, key) for key in FIGURES] for values in dicts]
    heads = [_heading(key) for key in FIGURES]
    # a column is as wide as its longest heading word or figure: headings wrap between words
    widths = [max(max(len(word) for word in head.split()), *(len(line[i]) for line in cells))
              for i, head in enumerate(heads)]
    wrapped = [textwrap.wrap(head, width, break_long_words=False) for head, width in zip(heads, widths, strict=True)]
    depth = max(len(lines) for lines in wrapped)
    wrapped = [[""] * (depth - len(lines)) + lines for lines in wrapped]  # the last heading line above the figures
    code_head = _heading("code")
    code_width = max(len(code_head), *(len(row.code) for row in everyone))

    def figures_line(first: str, values: list[str]) -> str:
        return (f"{first:<{code_width}}" + "".join(GAP + f"{v:>{w}}" for v, w in zip(values, widths, strict=True))
                ).rstrip()

    out = [f"{_heading('name')} · {_heading('last_bundle')}"]
    for depth_index in range(depth):
        first = code_head if depth_index == depth - 1 else ""
        out.append(figures_line(first, [lines[depth_index] for lines in wrapped]))
    out.append("-" * len(out[-1]))
    for row, values, as_dict in zip(everyone, cells, dicts, strict=True):
        is_total = row is total
        out.append(_caption(row, is_total))
        out.append(figures_line("" if is_total else row.code, values))
        out += _note(as_dict, is_total)
    return out
