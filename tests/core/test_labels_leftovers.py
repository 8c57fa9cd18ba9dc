"""Label leftovers of the spine-label walk: a long call number on the small No. 107 / No. 108 combined labels
wraps at a readable size instead of being cut with "…" (a cut class or volume shelves the book wrongly), and a
copy with nothing to make a call number from is named instead of printing a blank label."""

from __future__ import annotations

import pytest

from pustaka_desktop.cli import main
from pustaka_desktop.core.printing import labels, templates
from pustaka_desktop.core.printing.layout import Barcode, Box, Line, Text
from pustaka_desktop.core.printing.selection import CopyLabel
from pustaka_desktop.core.service import Library
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.store.models import Item, Record

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


def test_a_copy_without_call_number_is_named_not_printed_as_a_blank_spine_label():
    template = sheet_named("tj108")
    good = CopyLabel(1, "B0002", "899.221 3 HIR l", "Laskar Pelangi", "Andrea Hirata")
    dashes = CopyLabel(3, "B0003", " - / ", "", "")  # punctuation left by a spreadsheet is no call number
    run = labels.render_sheets("spine", template, [good, BLANK, dashes], options=OPTIONS)
    assert run.labels == 1
    assert [(s.label.barcode, s.error.params["code"]) for s in run.skipped] == [("B0001", "B0001"),
                                                                               ("B0003", "B0003")]
    assert "no call number" in run.skipped[0].reason()


def test_the_preview_names_a_blank_copy_past_its_first_page():
    template = sheet_named("tj108")
    batch = [CopyLabel(n, f"B{n:04d}", "297.124 ABD t", "Tafsir", "Abdullah") for n in range(10, 60)]
    batch.append(BLANK)  # the 51st copy: on the second sheet, which a preview does not lay out
    preview = labels.render_sheets("spine", template, batch, options=OPTIONS, max_pages=1)
    assert [s.label.barcode for s in preview.skipped] == ["B0001"]


def test_a_combined_label_without_call_number_prints_its_barcode_and_is_named():
    template = sheet_named("tj121")
    good = CopyLabel(1, "B0002", "899.221 3 HIR l", "Laskar Pelangi", "Andrea Hirata")
    run = labels.render_sheets("combined", template, [good, BLANK], options=OPTIONS)
    assert run.labels == 2 and not run.skipped
    assert [label.barcode for label in run.uncalled] == ["B0001"]
    elements = labels.label_elements("combined", BLANK, template.label_width_mm, template.label_height_mm, OPTIONS)
    assert not any(isinstance(e, Line) for e in elements)  # no empty call-number column beside the bars
    assert [e.value for e in elements if isinstance(e, Barcode)] == ["B0001"]


# --- pustaka-cli ---------------------------------------------------------------------------------------------------


@pytest.fixture
def cli_db(tmp_path, capsys, monkeypatch):
    db = tmp_path / "perpus.sqlite3"
    assert main(["--lang", "en", "--db", str(db), "init", "--library-name", "Taman Bacaan Melati", "--library-code",
                 "TBM", "--librarian", "siti", "--password", "rahasia123"]) == 0
    lib = Library.open(db, FixedClock("2026-03-02T09:00:00+07:00"))
    try:
        laskar = store.insert(lib, Record, title="Laskar Pelangi", ddc="899.221 3")
        store.insert(lib, Item, record=laskar, barcode="B0002", call_number="899.221 3 HIR l")
        # A row of an old buku induk with only a number for its title ("1945"): no letter to file it by.
        untitled = store.insert(lib, Record, title="1945")
        store.insert(lib, Item, record=untitled, barcode="B0001", call_number="")
    finally:
        lib.close()
    monkeypatch.setenv("PUSTAKA_PASSWORD", "rahasia123")
    capsys.readouterr()
    return str(db)


@pytest.mark.parametrize(("kind", "printed"), [("spine", 1), ("combined", 2)])
def test_the_cli_names_the_copy_without_call_number(cli_db, tmp_path, capsys, kind, printed):
    out = tmp_path / f"{kind}.pdf"
    code = main(["--lang", "en", "--db", cli_db, "--user", "siti", "labels", "--kind", kind, "--template", "tj121",
                 "--select", "barcodes:B0002,B0001", "-o", str(out)])
    captured = capsys.readouterr()
    assert code == 0 and out.exists()
    assert f"Wrote {printed} labels" in captured.out
    named = [line for line in captured.err.splitlines() if "B0001" in line]
    assert named and "no call number" in named[0]
    assert "B0002" not in captured.err
