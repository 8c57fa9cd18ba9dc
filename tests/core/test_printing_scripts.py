"""Every script a village collection holds prints as typed: labels, member cards, a poster, an
overdue letter and the monthly report for books and members in Arabic, Javanese, Vietnamese and
accented Latin. Checked from the PDF itself with poppler (an independent reader): every font is
embedded, and the text read back is the text put in, in logical order.

pdftotext puts the words of a right-to-left run where its own layout rule says (on a left-to-right
page it may list them last word first, and a closing bracket after Arabic first); for lines with
Arabic the test therefore checks that every word comes back whole, its letters in logical order, and
that the left-to-right words keep their order.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import unicodedata
from datetime import date, datetime, timedelta

import pytest

from pustaka_desktop.core.circulation.overdue import overdue_by_member
from pustaka_desktop.core.printing import cards, labels, layout, posters, selection, templates
from pustaka_desktop.core.printing.fonts import levels, line_extents, shape
from pustaka_desktop.core.printing.layout import Box
from pustaka_desktop.core.printing.overdue_letters import letters_pdf
from pustaka_desktop.core.printing.report_pdf import report_pdf
from pustaka_desktop.core.reports.documents import monthly_data
from pustaka_desktop.core.reports.period import Period
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Item, Loan, Member, MemberType, Record

TITLES = [
    "Tafsir Al-Ibriz (الإبريز)",  # Arabic inside a Latin title
    "الإبريز لمعرفة تفسير القرآن",  # a wholly Arabic title
    "ꦱꦼꦫꦠ꧀ꦮꦺꦴꦭꦁ",  # aksara Jawa
    "Tiếng Việt cho người mới học",
    "Çiğdem Öztürk: Perempuan di Titik Nol",
]
NAMES = ["Çiğdem Öztürk", "عبد الله بن محمد", "Nguyễn Thị Hương", "ꦱꦸꦏꦂꦤꦺꦴ"]
BIDI_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"))
RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


def needs_poppler():
    if shutil.which("pdftotext") is None or shutil.which("pdffonts") is None:
        pytest.skip("poppler-utils (pdftotext, pdffonts) is missing; ./dev setup installs it")


def read_back(pdf: bytes, tmp_path) -> str:
    needs_poppler()
    path = tmp_path / "out.pdf"
    path.write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return unicodedata.normalize("NFC", text.translate(BIDI_CONTROLS))


def assert_fonts_embedded(pdf: bytes, tmp_path) -> None:
    needs_poppler()
    path = tmp_path / "fonts.pdf"
    path.write_bytes(pdf)
    listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = listing.splitlines()[2:]
    assert rows, listing
    for row in rows:
        assert row.split()[-5] == "yes", f"not embedded: {row}"  # the 'emb' column
    assert "Helvetica" not in listing


def _words(text: str) -> list[str]:
    return [w.strip("()[]:;,.-") for w in text.split() if w.strip("()[]:;,.-")]


def assert_reads_back(expected: str, extracted: str) -> None:
    """``expected`` comes back from the PDF (a line wrapped on the page reads as one)."""
    assert "\ufffd" not in extracted and not re.search(r"[\ue000-\uf8ff]", extracted), "unreadable glyphs"
    flowing = " ".join(extracted.split())
    if not RTL.search(expected):
        assert expected in flowing, (expected, flowing[:400])
        return
    found = set(_words(flowing))
    for word in _words(expected):
        assert word in found, (word, expected)  # whole, letters in logical order (a reversed word fails)
    latin = [re.escape(w) for w in _words(expected) if not RTL.search(w)]
    assert re.search(".*?".join(latin), flowing), (expected, latin)  # left-to-right words keep their order


@pytest.fixture
def scripts(lib):
    """Books with those titles (a copy of each received last week, each lent and overdue) and
    members with those names."""
    kind = MemberType.select().first()
    today = date(2026, 3, 2)
    members = [store.insert(lib, Member, number=f"UJI-{n:03d}", name=name, member_type=kind.id,
                            registered_on=date(2025, 1, 6), expires_on=date(2027, 1, 6), address="Kp. Babakan")
               for n, name in enumerate(NAMES, start=1)]
    items = []
    for n, title in enumerate(TITLES, start=1):
        record = store.insert(lib, Record, title=title, ddc="297.1")
        items.append(store.insert(lib, Item, record=record.id, barcode=f"UJI{n:05d}", accession_no=str(n),
                                  call_number=f"297.1 ABD {n}", received_on=today - timedelta(days=5),
                                  status="on_loan"))
        store.insert(lib, Loan, item=items[-1].id, member=members[n % len(members)].id,
                     loaned_at=datetime.fromisoformat("2026-03-02T08:00:00+07:00") - timedelta(days=20),
                     due_on=today - timedelta(days=6))
        store.insert(lib, Loan, item=items[-1].id, member=members[n % len(members)].id,
                     loaned_at=datetime.fromisoformat("2026-03-02T08:10:00+07:00"), due_on=today + timedelta(days=7),
                     returned_at=datetime.fromisoformat("2026-03-02T08:20:00+07:00"))
    return members, items


def test_the_shaper_keeps_logical_order_and_direction():
    mixed = shape("Tafsir Al-Ibriz (الإبريز)", "sans", 10)
    assert not mixed.rtl and [run.rtl for run in mixed.runs] == [False, True, False]
    assert mixed.runs[1].text == "الإبريز"  # the Arabic run is kept in logical order and shaped as a whole
    arabic = shape("الإبريز لمعرفة - جزء 30", "sans", 10)
    assert arabic.rtl and arabic.runs[0].text.startswith("30")  # a right-to-left line ends (on the left) with 30
    assert levels("abc 123") == [0] * 7 and set(levels("جزء 30")[-2:]) == {2}
    # a Javanese line reaches further below the baseline than a Latin one, and its ink box says so
    assert line_extents("ꦱꦼꦫꦠ꧀ꦮꦺꦴꦭꦁ", "sans", 10)[1] > line_extents("Laskar Pelangi", "sans", 10)[1]
    # each script gets a font that has it: never a missing-glyph box
    for title in TITLES:
        assert all(glyph[0] != 0 for run in shape(title, "sans", 10).runs for glyph in run.glyphs), title


def test_labels_print_every_script(lib, scripts, tmp_path):
    _, items = scripts
    copies = selection.copy_labels(items)
    options = labels.LabelOptions("Perpustakaan Desa Uji")
    for kind, name in (("barcode", "tj121"), ("combined", "tj103")):
        run = labels.render_sheets(kind, templates.get_template(name), copies, options=options)
        assert run.labels == len(TITLES) and not run.skipped
        assert_fonts_embedded(run.pdf, tmp_path)
        text = read_back(run.pdf, tmp_path)
        for title in TITLES:
            assert_reads_back(title, text)


def test_cards_poster_letter_and_report_print_every_script(lib, librarian, scripts, tmp_path):
    members, _ = scripts
    card_pdf, _ = cards.cards_pdf(cards.card_data(members), cards.branding(lib.profile), sides="front")
    assert_fonts_embedded(card_pdf, tmp_path)
    text = read_back(card_pdf, tmp_path)
    for name in NAMES:
        assert_reads_back(name, text)

    elements, count = posters.new_arrivals_layout(lib, days=30)
    assert count == len(TITLES)
    poster = posters.render_pdf(elements, "a4", "Buku baru")
    assert_fonts_embedded(poster, tmp_path)
    text = read_back(poster, tmp_path)
    for title in TITLES:
        assert_reads_back(title, text)
    png = posters.render_png(elements, "a4", dpi=60)  # the same layout through Pillow
    assert png.startswith(b"\x89PNG")

    letters = letters_pdf(lib, overdue_by_member(lib))
    assert_fonts_embedded(letters, tmp_path)
    text = read_back(letters, tmp_path)
    for title in TITLES:
        assert_reads_back(title, text)
    for name in NAMES:
        assert_reads_back(name, text)

    report = report_pdf(monthly_data(lib, Period.month(2026, 3)))
    assert_fonts_embedded(report, tmp_path)
    text = read_back(report, tmp_path)
    for title in TITLES:  # the most borrowed titles of March
        assert_reads_back(title, text)


def test_text_fits_and_titles_never_shrink_below_six_points(scripts):
    _, items = scripts
    for copy in selection.copy_labels(items):
        for name in ("tj108", "tj107", "tj121"):
            template = templates.get_template(name)
            for element in labels.label_elements("barcode", copy, template.label_width_mm,
                                                 template.label_height_mm, labels.LabelOptions("Perpus")):
                if isinstance(element, layout.Text) and element.text:
                    assert element.size >= labels.MIN_TEXT_PT - 1e-6, (name, element)
                    # the glyphs' real reach (a Javanese pasangan below the line) stays on the label
                    assert element.ink.inside(Box(0, 0, template.label_width_mm, template.label_height_mm)), \
                        (name, element)


def test_png_posters_without_libraqm_still_draw_every_script(monkeypatch):
    """Some Windows Pillow installs lack FriBiDi/libraqm: the poster PNG then draws HarfBuzz's glyphs
    one by one (Arabic joining forms through their presentation characters) instead of failing."""
    from pustaka_desktop.core.printing import fonts

    monkeypatch.setattr(fonts, "_raqm", lambda: False)
    arrivals = [posters.Arrival(title, "", "297.1 ABD", None) for title in TITLES]
    png = posters.render_png(posters.new_arrivals_elements(arrivals, "Perpustakaan Desa Uji", "Uji"), "a4", dpi=50)
    import io

    from PIL import Image

    image = Image.open(io.BytesIO(png)).convert("L")
    assert image.size == (round(210 * 50 / 25.4), round(297 * 50 / 25.4))
    assert image.getextrema()[0] < 50  # ink was drawn
