"""The impact sheet for the village deliberation tells the IPLM sheet's numbers, compares with the year
before, shows only stories told with consent; posts to share come at the sizes phones show."""

from __future__ import annotations

import io
import shutil
import subprocess

import pytest
from PIL import Image

from pustaka_desktop.cli import main as cli
from pustaka_desktop.core.community import programs
from pustaka_desktop.core.errors import PermissionDenied, ValidationError
from pustaka_desktop.core.printing import impact_sheet, month_card, posters
from pustaka_desktop.core.reports import impact, iplm_data
from pustaka_desktop.core.reports.period import Period

from .report_helpers import build, use_digital_shelf

YEAR = Period.year(2026)


@pytest.fixture
def built(lib, clock, librarian, volunteer):
    return build(lib, clock, librarian, volunteer)


def test_impact_figures_are_the_iplm_figures(lib, built):
    data = impact.impact_data(lib, YEAR)
    iplm = iplm_data(lib, 2026)
    now = data["now"]
    assert now["visits"] == iplm["visits"] and now["visits_per_day"] == iplm["visits_per_day"]
    assert (now["members"], now["new_members"], now["active_members"]) == (
        iplm["members"], iplm["new_members"], iplm["active_members"])
    assert (now["programmes"], now["participants"], now["partners"]) == (
        iplm["programmes"], iplm["participants"], iplm["partners"])
    assert now["copies"] == iplm["copies"] and now["new_copies"] == iplm["new_copies"]
    assert data["previous"] == Period.year(2025)
    assert data["before"]["visits"] == 0 and data["changes"]["visits"] is None  # nothing to compare with
    assert sum(now["members_by_age_band"].values()) == now["members"]


def test_previous_periods():
    assert impact.previous(Period.month(2026, 1)) == Period.month(2025, 12)
    assert impact.previous(Period.quarter(2026, 1)) == Period.quarter(2025, 4)
    custom = Period.custom(YEAR.start, YEAR.start.replace(day=10))
    assert impact.previous(custom).days == 10 and impact.previous(custom).end < custom.start
    assert impact.change(120, 100) == 20.0 and impact.change(5, 0) is None


def test_only_stories_told_with_consent_and_inputs_kept(lib, built, librarian, volunteer):
    club = programs.list_programs(lib)[0]
    programs.add_story(lib, librarian, club, title="Ibu Ani bisa menjahit", text="Sekarang saya menerima pesanan.",
                       author="Ibu Ani", told_on="2026-02-20", consent=True)
    programs.add_story(lib, librarian, club, title="Rahasia", text="Jangan disebar.", author="Pak Budi",
                       told_on="2026-02-21")
    impact.save_inputs(lib, librarian, YEAR, budget="Rp 15.000.000", received="120 buku hibah TPBIS",
                       plans="Pojok baca di posyandu")
    data = impact.impact_data(lib, YEAR)
    assert [s["title"] for s in data["stories"]] == ["Ibu Ani bisa menjahit"]
    assert data["budget"] == 15_000_000 and data["plans"] == "Pojok baca di posyandu"
    # the visitor book began on 2 February: the year's budget over a month of visitors is no cost per visit
    assert data["cost_per_visit"] is None
    february = Period.month(2026, 2)  # recorded all the month
    impact.save_inputs(lib, librarian, february, budget="Rp 1.200.000")
    assert impact.impact_data(lib, february)["cost_per_visit"] == round(1_200_000 / 40)
    with pytest.raises(PermissionDenied):
        impact.save_inputs(lib, volunteer, YEAR, budget="1")
    with pytest.raises(ValidationError):
        impact.save_inputs(lib, librarian, YEAR, budget="lima juta")
    assert impact.inputs(lib, YEAR).budget == 15_000_000  # a refused change keeps what was there


def _pdf_text(pdf: bytes, tmp_path) -> str:
    path = tmp_path / "sheet.pdf"
    path.write_bytes(pdf)
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (./dev setup installs it)")
def test_impact_sheet_pdf_and_png(lib, built, librarian, tmp_path):
    club = programs.list_programs(lib)[0]
    photo = io.BytesIO()
    Image.new("RGB", (400, 300), (200, 120, 40)).save(photo, format="JPEG")
    programs.add_story(lib, librarian, club, title="Klub buku", text="Anak-anak membaca bersama setiap Sabtu.",
                       author="Bu Guru", told_on="2026-02-20", photo=photo.getvalue(), consent=True)
    impact.save_inputs(lib, librarian, YEAR, budget=12_000_000, plans="Kelas komputer untuk PKK")
    pdf = impact_sheet.write_impact_sheet(lib, librarian, YEAR, tmp_path / "dampak.pdf")
    text = " ".join(_pdf_text(pdf, tmp_path).split())
    assert "Library impact 2026" in text and "Rp 12,000,000" in text and "Kelas komputer untuk PKK" in text
    assert "Anak-anak membaca bersama" in text and "Pelatihan Menjahit" in text
    fonts = subprocess.run(["pdffonts", str(tmp_path / "dampak.pdf")], capture_output=True, text=True).stdout
    assert all(" yes " in line for line in fonts.splitlines()[2:])  # every font embedded
    png = impact_sheet.write_impact_sheet(lib, librarian, YEAR, tmp_path / "dampak.png")
    assert Image.open(io.BytesIO(png)).size[0] == impact_sheet.PNG_WIDTH
    with pytest.raises(ValidationError):
        impact_sheet.write_impact_sheet(lib, librarian, YEAR, tmp_path / "dampak.docx")


@pytest.mark.parametrize(("size", "pixels"), [("square", (1080, 1080)), ("story", (1080, 1920))])
def test_posts_are_phone_sized(lib, built, librarian, tmp_path, size, pixels):
    card = tmp_path / f"bulan-{size}.png"
    month_card.month_card(lib, librarian, str(card), Period.month(2026, 2), size=size)
    assert Image.open(card).size == pixels
    arrivals = tmp_path / f"baru-{size}.png"
    posters.new_arrivals_poster(lib, librarian, str(arrivals), days=400, size=size)
    assert Image.open(arrivals).size == pixels
    programme = posters.Programme("Klub Buku Remaja", "Sabtu 14 Maret, 09.00", "Ruang baca")
    post = tmp_path / f"kegiatan-{size}.png"
    posters.programme_poster(lib, librarian, str(post), programme, size=size)
    assert Image.open(post).size == pixels


def test_month_card_numbers_are_the_monthly_report_numbers(lib, built):
    from pustaka_desktop.core.reports import figures

    feb = Period.month(2026, 2)
    card = month_card.month_figures(lib, feb)
    assert card.visits == figures.visits(lib, feb)["total"] == 40
    assert card.loans == figures.loans(lib, feb)["total"]
    assert card.new_books == figures.collection(lib, feb)["new_copies"]


def test_cli_impact_and_month_post(lib, built, tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("PUSTAKA_LANG", "id")
    path = str(lib.path)
    out = tmp_path / "dampak.png"
    assert cli(["--db", path, "report", "impact", "--year", "2026", "--budget", "9.000.000", "--plans",
                "Perpanjang jam buka", "-o", str(out)]) == 0
    assert Image.open(out).size[0] == 1080
    assert impact.inputs(lib, YEAR).plans == "Perpanjang jam buka"
    post = tmp_path / "bulan.png"
    assert cli(["--db", path, "poster", "month", "--month", "2026-02", "--size", "story", "-o", str(post)]) == 0
    assert Image.open(post).size == (1080, 1920)
    assert cli(["--db", path, "report", "impact", "--year", "2026", "-o", str(tmp_path / "x.txt")]) == 1


def test_the_impact_sheet_counts_the_digital_shelf_when_the_library_has_one(lib, built, clock, librarian, tmp_path):
    pdf = impact_sheet.write_impact_sheet(lib, librarian, YEAR, tmp_path / "without.pdf")
    assert "digital shelf" not in " ".join(_pdf_text(pdf, tmp_path).split())
    use_digital_shelf(lib, clock, librarian, tmp_path)
    data = impact.impact_data(lib, YEAR)
    assert data["now"]["digital_uses"] == 6 and data["before"]["digital_uses"] == 0  # 5 in February, 1 in March
    pdf = impact_sheet.write_impact_sheet(lib, librarian, YEAR, tmp_path / "with.pdf")
    assert "digital shelf used 6 times" in " ".join(_pdf_text(pdf, tmp_path).split())


def test_the_month_post_of_the_command_line_is_of_the_librarys_month(lib, librarian, tmp_path, monkeypatch):
    """Half past midnight on 1 April in Java is still 31 March in UTC: `poster month` without --month made March's
    card, while the Print page makes April's (this month is the library's month, as every day is)."""
    import time
    from datetime import UTC, datetime

    from pustaka_desktop.core.store import clock

    monkeypatch.setenv("PUSTAKA_LANG", "en")
    monkeypatch.setenv("TZ", "WIB-7")  # the library PC's zone
    time.tzset()
    monkeypatch.setattr(clock.SystemClock, "now", lambda self: datetime(2026, 3, 31, 17, 30, tzinfo=UTC))
    card = tmp_path / "bulan.pdf"
    try:
        assert cli(["--db", str(lib.path), "poster", "month", "-o", str(card)]) == 0
    finally:
        monkeypatch.undo()
        time.tzset()
    text = " ".join(_pdf_text(card.read_bytes(), tmp_path).split())
    assert "This month at the library April 2026" in text
