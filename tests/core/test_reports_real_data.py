"""Reports and printing after a real move-in: a SLiMS catalogue with Arabic and Javanese titles, class numbers
as librarians write them (``899.221 3``, ``2X4.1``, ``F``), a record without copies and copies without a
date received, then a month with nothing in it."""

from __future__ import annotations

import subprocess

import pytest

from pustaka_desktop.core.catalog import opac
from pustaka_desktop.core.errors import ValidationError
from pustaka_desktop.core.interop import importer, slims
from pustaka_desktop.core.printing import posters, selection
from pustaka_desktop.core.reports import documents, figures
from pustaka_desktop.core.reports.period import Period
from pustaka_desktop.core.store.models import Item

BIBLIO = [  # as SLiMS's export page writes them: every value quoted, <a><b> lists, a trailing comma on the header
    {"title": "رياض الصالحين", "gmd_name": "Text", "publisher_name": "Dar al-Fikr", "publish_year": "1429 H",
     "classification": "2X4.1", "call_number": "2X4.1 NAW r", "language_name": "Arab",
     "authors": "<An-Nawawi, Imam>", "item_code": "<R001><R002>"},
    {"title": "ꦱꦼꦫꦠ꧀ꦮꦼꦝꦠꦩ꧀ꦠꦶꦏ Serat Wedhatama", "gmd_name": "Text", "publish_year": "2001",
     "classification": "899.222 1", "call_number": "899.222 1 MAN s", "language_name": "Jawa",
     "authors": "<Mangkunegara IV>", "item_code": "<J001><J002>"},
    {"title": "Laskar Pelangi : sebuah novel", "gmd_name": "Text", "publish_year": "2008",
     "classification": "899.221 3", "call_number": "899.221 3 HIR l", "authors": "<Hirata, Andrea>",
     "item_code": "<L001><L002><L003>"},
    {"title": "Si Kancil", "gmd_name": "Text", "publish_year": "1999", "classification": "F",
     "call_number": "F KAN s", "item_code": "<F001>"},
    {"title": "Ensiklopedia Anak", "gmd_name": "Text", "publish_year": "2020", "classification": "030"},
]
UNDATED = ("R002", "J002", "L002", "L003", "F001")  # SLiMS's received_date left empty, as it often is


def _line(columns, values: dict[str, str]) -> str:
    return ",".join(f'"{values.get(c, "")}"' for c in columns)


@pytest.fixture
def moved_in(lib, librarian, tmp_path):
    """The library right after importing its SLiMS exports on 2 March 2026 (the test clock)."""
    biblio = tmp_path / "biblio.csv"
    biblio.write_text("\n".join([",".join(slims.BIBLIO_COLUMNS) + ","] + [_line(slims.BIBLIO_COLUMNS, b)
                                                                          for b in BIBLIO]) + "\n", encoding="utf-8")
    rows = [",".join(slims.ITEM_COLUMNS)]
    for record in BIBLIO:
        for code in filter(None, record.get("item_code", "").strip("<>").split("><")):
            received = "" if code in UNDATED else "2019-03-14"
            rows.append(_line(slims.ITEM_COLUMNS, {"item_code": code, "call_number": record["call_number"],
                                                   "coll_type_name": "Umum", "received_date": received,
                                                   "source": "1", "price": "45000", "title": record["title"]}))
    items = tmp_path / "items.csv"
    items.write_text("\n".join(rows) + "\n", encoding="utf-8")
    importer.import_slims(lib, librarian, biblio, items)
    assert Item.select().count() == 8 and Item.select().where(Item.received_on.is_null()).count() == len(UNDATED)
    return lib


# --- copies without a date received came with the move-in: on the shelf before, never "new" ---------------


def test_undated_imported_copies_are_not_new_books_of_the_move_in_year(moved_in):
    iplm = documents.iplm_data(moved_in, 2026)
    assert (iplm["titles"], iplm["copies"], iplm["new_copies"]) == (4, 8, 0)
    month = figures.collection(moved_in, Period.month(2026, 3))
    assert (month["copies"], month["new_copies"], month["new_titles"]) == (8, 0, 0)


def test_undated_imported_copies_count_in_the_collection_of_months_before_the_move_in(moved_in):
    before = figures.collection(moved_in, Period.month(2025, 6))
    assert (before["titles"], before["copies"]) == (4, 8)
    assert figures.collection_totals(moved_in, Period.year(2025))["copies"] == 8


def test_labels_just_added_and_the_new_arrivals_poster_leave_the_move_in_out(moved_in):
    with pytest.raises(ValidationError) as refused:
        selection.copies_to_print(moved_in, "just-added")
    assert refused.value.params["count"] == 8  # the message says they were imported and how to choose them
    assert posters.new_arrivals(moved_in) == []
    assert opac.new_arrivals(moved_in) == []  # (the web catalogue's "Baru datang")


def test_a_copy_received_today_is_still_new(moved_in, librarian):
    from pustaka_desktop.core.catalog import copies
    from pustaka_desktop.core.store.models import Record

    copies.add_item(moved_in, librarian, Record.get(Record.title == "Si Kancil"), barcode="F002")
    assert [i.barcode for i in selection.copies_to_print(moved_in, "just-added")] == ["F002"]
    assert documents.iplm_data(moved_in, 2026)["new_copies"] == 1
    assert figures.collection(moved_in, Period.month(2026, 3))["new_copies"] == 1
    assert [hit.title for hit in opac.new_arrivals(moved_in)] == ["Si Kancil"]



# --- the impact sheet for the village deliberation writes its changes as Indonesians read numbers ------------


def test_the_impact_sheet_writes_changes_with_a_decimal_comma(moved_in, librarian, clock):
    from pustaka_desktop.core import formatting
    from pustaka_desktop.core.community import visits
    from pustaka_desktop.core.printing.impact_sheet import impact_elements
    from pustaka_desktop.core.printing.layout import Text
    from pustaka_desktop.core.reports.impact import impact_data
    from pustaka_desktop.i18n import translator_for

    # (the visitor book kept since the first days of 2024, so 2025 is compared with a whole year)
    for day, guests in (("2024-01-04", 3), ("2025-08-04", 2)):
        clock.set(f"{day}T10:00:00+07:00")
        for _ in range(guests):
            visits.record_guest(moved_in, librarian, gender="F", age_band="19-35")
    clock.set("2026-02-03T10:00:00+07:00")
    formatting.set_display_language("id")
    texts = [e.text for e in impact_elements(impact_data(moved_in, Period.year(2025)), translator_for("id"))
             if isinstance(e, Text)]
    assert "-33,3%" in texts and not any("33.3" in t for t in texts)


# --- a month with no loans and no visits: tables of zeros, and no empty charts beside them -----------------


def _pdf_text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "report.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_a_month_without_visits_or_loans_says_so_instead_of_drawing_empty_charts(moved_in, tmp_path):
    from pustaka_desktop.core.printing import report_pdf

    text = _pdf_text(report_pdf.report_pdf(documents.monthly_data(moved_in, Period.month(2026, 2))), tmp_path)
    # members by gender (a pie) and age: none yet, it says so instead of an empty chart
    assert text.count("Nothing recorded in this period.") == 2
    # visitors and loans: this library has recorded neither, ever: one line each, not tables and charts of zeros
    assert "Pustaka has no record of the visitors of this period." in text
    assert "Pustaka has no record of the loans of this period." in text
    assert "Visitors by gender" not in text and "Loans by subject" not in text
    march = _pdf_text(report_pdf.report_pdf(documents.monthly_data(moved_in, Period.month(2026, 3))), tmp_path)
    collection_by_class = march.split("Collection by subject")[1].split("Collection by audience")[0]
    assert "Nothing recorded" not in collection_by_class  # the collection has copies: its chart is drawn


# --- the footer of every report page never runs into the page number ------------------------------------------


def test_a_long_library_name_and_period_are_shortened_before_the_page_number():
    from pustaka_desktop.core.printing import report_pdf
    from pustaka_desktop.core.printing.fonts import register_fonts, text_width

    register_fonts()
    name = "Perpustakaan Desa Sukamaju Kecamatan Ngadirejo Kabupaten Temanggung"
    rest = "Laporan Kegiatan TPBIS · 1 Januari 2026 – 30 November 2026"
    left = report_pdf.footer_left(name, rest, "Halaman 12")
    room = report_pdf.BODY_W - text_width("Halaman 12", "sans", report_pdf.FOOTER_SIZE)
    assert text_width(left, "sans", report_pdf.FOOTER_SIZE) < room  # a gap before the page number
    assert left.startswith("Perpustakaan Desa Sukamaju") and left.endswith(rest)  # the name gives way, not the period
    assert report_pdf.footer_left("Perpustakaan Desa Uji", "IPLM · 2026", "Halaman 1") == \
        "Perpustakaan Desa Uji · IPLM · 2026"


# --- charts: the numbers under eleven DDC bars stay apart ------------------------------------------------------


def test_the_numbers_under_the_eleven_class_bars_do_not_run_together():
    from reportlab.graphics.shapes import Group, String

    from pustaka_desktop.core.printing import charts, report_pdf
    from pustaka_desktop.core.printing.fonts import register_fonts, text_width

    register_fonts()
    labels = [documents.CLASS_LABELS[k] for k in figures.DDC_CLASSES]  # the loans-by-class chart, as printed
    drawing = charts.bar_chart(labels, [25, 17, 18, 56, 10, 20, 52, 23, 12, 19, 0], report_pdf.BODY_W * 0.45 - 6,
                               52 * report_pdf.mm)
    numbers = sorted((s for g in drawing.contents if isinstance(g, Group) for s in g.contents
                      if isinstance(s, String) and s.text.isdigit()), key=lambda s: s.x)
    assert [s.text for s in numbers] == [str(i) for i in range(1, 12)]
    for left, right in zip(numbers, numbers[1:], strict=False):
        half = lambda s: text_width(s.text, "sans", s.fontSize) / 2  # noqa: E731
        assert left.x + half(left) + 1 < right.x - half(right), (left.text, right.text)
