"""Label leftovers of the spine-label walk: a long call number on the small No. 107 / No. 108 combined labels
wraps at a readable size instead of being cut with "…" (a cut class or volume shelves the book wrongly), and a
copy with nothing to make a call number from is named instead of printing a blank label."""

from __future__ import annotations

import pytest

from pustaka_desktop.core.printing import labels, templates
from pustaka_desktop.core.printing.layout import Barcode, Box, Line, Text
from pustaka_desktop.core.printing.selection import CopyLabel

OPTIONS = labels.LabelOptions(library_name="Perpustakaan Desa Sukamaju")
# An INLISLite call number with its volume and copy (on No. 107 it went under 7 pt beside the bars), and ones
# typed by hand with the copy, year and edition too (over 40 characters: cut with "…" under the bars of No. 108).
INLISLITE = "398.209 598 DON c Jil. 12 c.3"
LONG_CALL_NUMBERS = ["R 398.209 598 DON c Jil. 12 c.3 Eks. 2 2019", "REF 899.221 3 HIR l Jil. 12 Eks. 3 Cet. 2 2019"]
CASES = [("tj107", INLISLITE)] + [(sheet, call) for sheet in ("tj108", "tj108-4x10", "tj107") for call in LONG_CALL_NUMBERS]
BLANK = CopyLabel(2, "B0001", "", "", "")  # no call number, class, author or title: nothing for its spine


def sheet_named(name: str) -> templates.LabelTemplate:
    return next(t for t in templates.builtin_templates() if t.name == name)


def call_number_texts(elements) -> list[Text]:
    """The bold lines of the call number: right of the divider, or under it when the call number is under
    the bars."""
    divider = next(e for e in elements if isinstance(e, Line))
    if divider.x1 == divider.x2:
        return [e for e in elements if isinstance(e, Text) and e.box.x > divider.x1]
    return [e for e in elements if isinstance(e, Text) and e.box.y > divider.y1]


@pytest.mark.parametrize(("sheet", "call_number"), CASES)
def test_a_long_call_number_on_a_small_combined_label_is_whole_and_readable(sheet, call_number):
    template = sheet_named(sheet)
    w, h = template.label_width_mm, template.label_height_mm
    elements = labels.label_elements("combined", CopyLabel(1, "B0012", call_number, "Dongeng Nusantara", ""),
                                     w, h, OPTIONS)
    lines = call_number_texts(elements)
    assert " ".join(line.text for line in lines).split() == call_number.split()  # nothing cut, no "…"
    assert min(line.size for line in lines) >= labels.READABLE_CALL_PT - 1e-6
    for element in elements:
        assert element.ink.inside(Box(0, 0, w, h)), element
    bars = [e for e in elements if isinstance(e, Barcode)]
    assert len(bars) == 1 and bars[0].module >= labels.PREFERRED_MODULE_MM - 1e-9  # still scans at 150 dpi
