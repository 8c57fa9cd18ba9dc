"""Relabelling after moving in: call numbers arrive as SLiMS, INLISLite and hand-kept spreadsheets wrote them,
and each spine label must show them in the lines Indonesian libraries use, whole and readable, on the label
sheets sold in Indonesia (Tom & Jerry No. 103, 107, 108)."""

from __future__ import annotations

import pytest

from pustaka_desktop.core.catalog import callnumber
from pustaka_desktop.core.printing import labels, selection, templates
from pustaka_desktop.core.printing.layout import Text
from pustaka_desktop.core.printing.selection import CopyLabel
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Item, Record

OPTIONS = labels.LabelOptions(library_name="Perpustakaan Desa Sukamaju")


def sheet(name: str) -> templates.LabelTemplate:
    return next(t for t in templates.builtin_templates() if t.name == name)


def call_texts(kind: str, call_number: str, sheet_name: str) -> list[Text]:
    """The call number's lines as printed (the band, the bars' code and title left out)."""
    template = sheet(sheet_name)
    label = CopyLabel(1, "B0001", call_number, "", "")
    elements = labels.label_elements(kind, label, template.label_width_mm, template.label_height_mm, OPTIONS)
    texts = [e for e in elements if isinstance(e, Text)]
    first = 1 if kind == "spine" else [t.text for t in texts].index(label.barcode) + 1  # (no title: none printed)
    return texts[first:]


@pytest.mark.parametrize(("written", "lines"), [
    # INLISLite and SLiMS write a volume as "Jil. 2" or "v. 2": the word and its number are one line
    ("899.221 3 HIR l Jil. 2", ["899.221 3", "HIR", "l", "Jil. 2"]),
    ("899.221 3 HIR l Jil. 2 c.1", ["899.221 3", "HIR", "l", "Jil. 2", "c.1"]),
    ("297.122 7 GHA i v. 3", ["297.122 7", "GHA", "i", "v. 3"]),
    # a collection mark typed in lower case keeps the spaced class whole
    ("Fiksi 899.221 3 HIR l", ["Fiksi", "899.221 3", "HIR", "l"]),
    # a class number alone (no author) stays one line
    ("398.209 598", ["398.209 598"]),
])
def test_call_numbers_from_old_systems_part_into_spine_lines(written, lines):
    assert labels.split_call_number(written) == lines


def test_a_call_number_typed_with_slashes_parts_there_but_a_udc_range_keeps_its_slash():
    assert labels.split_call_number("899.2213/HIR/l") == ["899.2213", "HIR", "l"]  # typed by hand in Excel
    assert labels.split_call_number("899.221 3 / HIR / l") == ["899.221 3", "HIR", "l"]
    assert labels.split_call_number("899.221 3 - HIR - l") == ["899.221 3", "HIR", "l"]
    assert labels.split_call_number("622/623 TAM") == ["622/623", "TAM"]


@pytest.mark.parametrize("sheet_name", ["tj108", "tj107"])
@pytest.mark.parametrize("call_number", ["813 TOL l c.2", "899.221 3 HIR l Jil. 2 c.1"])
def test_a_small_spine_label_stays_readable_and_keeps_the_copy_and_volume(sheet_name, call_number):
    """On a 38 × 18 or 50 × 18 mm label, five lines would print at 4 pt: the title letter joins the author's
    letters (and volume the copy) so nothing prints under 7 pt, and nothing is lost."""
    texts = call_texts("spine", call_number, sheet_name)
    assert min(t.size for t in texts) >= labels.READABLE_CALL_PT
    assert " ".join(t.text for t in texts).split() == call_number.split()
    assert texts[0].text in ("813", "899.221 3")  # the class alone on the first line


def test_a_long_class_number_wraps_instead_of_being_cut():
    """A combined label on No. 107 has a narrow call-number column: a long class goes on two lines, whole."""
    texts = call_texts("combined", "959.803 201 234 5 KOE s", "tj107")
    printed = " ".join(t.text for t in texts)
    assert "…" not in printed
    assert printed.split() == "959.803 201 234 5 KOE s".split()


@pytest.mark.parametrize(("author", "mark"), [
    ("الغزالي", "غزا"),  # the article joined to the name is skipped, as Al-Ghazali files under GHA
    ("أبو حامد الْغَزَالِيّ", "غزا"),  # written with vowel marks, the last word
    ("عبد الله بن عمر", "عبد"),  # a patronymic: the person's own name, as "Abdullah bin Umar"
    ("ابن سينا", "ابن"),  # Ibnu Sina files under Ibnu
])
def test_an_author_in_arabic_script_files_without_the_article(author, mark):
    assert callnumber.main_entry("كتاب", author) == mark


def test_a_pesantren_kitab_imported_without_a_call_number_gets_its_spine_lines(lib):
    """A kitab catalogued in Arabic script (no call number in the file): the label derives it, article skipped
    in the author's letters and the title's letter alike."""
    kitab = store.insert(lib, Record, title="الرسالة", ddc="297.1",
                         authors='[{"name": "الإمام الشافعي", "role": "author"}]')
    store.insert(lib, Item, record=kitab, barcode="K0001")
    [label] = selection.copy_labels(selection.select_items(lib, "barcodes:K0001"))
    assert labels.split_call_number(label.call_number) == ["297.1", "شاف", "ر"]


def test_on_a_small_label_the_collection_mark_joins_the_class_before_the_author_joins_the_copy():
    """R 959.803 201 234 5 KOE s Jil. 3 c.12 on No. 108: 'R 959.803 201 234 5 / KOE s / Jil. 3 c.12', not the
    author's letters, the volume and the copy crammed on one line; and a join never cuts a line (No. 107)."""
    call_number = "R 959.803 201 234 5 KOE s Jil. 3 c.12"
    assert [t.text for t in call_texts("spine", call_number, "tj108")] == [
        "R 959.803 201 234 5", "KOE s", "Jil. 3 c.12"]
    combined = " ".join(t.text for t in call_texts("combined", call_number, "tj107"))
    assert combined.split() == call_number.split()
