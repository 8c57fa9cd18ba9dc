"""The TPBIS report says who led each session and where (the volunteer who tells the stories, the trainer the
BUMDes brought), and a cell's word is printed whole beside a long programme name."""

from __future__ import annotations

import shutil
import subprocess
import time
from datetime import datetime, timedelta, timezone

import pytest

from pustaka_desktop.core.community import programs
from pustaka_desktop.core.printing import impact_sheet
from pustaka_desktop.core.printing.fonts import text_width
from pustaka_desktop.core.printing.report_pdf import STYLES, _rl_table, report_pdf
from pustaka_desktop.core.reports import parse_period, tpbis_data
from pustaka_desktop.core.reports.documents import tpbis_tables
from pustaka_desktop.core.reports.tables import Table

WIB = timezone(timedelta(hours=7))
FEBRUARY = parse_period("2026-02-01..2026-02-28")


def _training(lib, librarian, volunteer):
    """The kerupuk training, 14 and 21 February; the storytelling of 28 February called off; one planned next month."""
    kerupuk = programs.create_program(lib, librarian, name="Pelatihan membuat kerupuk dan memasarkan lewat WhatsApp",
                                      kind="digital")
    first = programs.add_session(lib, librarian, kerupuk, starts_at=datetime(2026, 2, 14, 6, 30, tzinfo=WIB),
                                 place="Aula BUMDes", facilitator="Pak Dedi (pelatih dari BUMDes)", topic="Membuat kerupuk")
    programs.add_session(lib, librarian, kerupuk, starts_at=datetime(2026, 2, 21, 9, 0, tzinfo=WIB),
                         place="Perpustakaan", facilitator="Pak Dedi (pelatih dari BUMDes)", topic="Foto produk")
    programs.enrol_guests(lib, volunteer, kerupuk, count=6, gender="F", age_band="36-59", session=first)
    tales = programs.create_program(lib, librarian, name="Dongeng Anak Sabtu", kind="storytelling")
    rained = programs.add_session(lib, librarian, tales, starts_at=datetime(2026, 2, 28, 9, 0, tzinfo=WIB),
                                  facilitator="Kak Lia (relawan)")
    programs.cancel_session(lib, librarian, rained, reason="takziah")
    programs.add_session(lib, librarian, tales, starts_at=datetime(2026, 3, 7, 9, 0, tzinfo=WIB))


@pytest.fixture
def village_zone(monkeypatch):
    """The library PC's clock in Garut (WIB)."""
    monkeypatch.setenv("TZ", "WIB-7")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_the_tpbis_report_lists_each_session_held_with_who_led_it(lib, librarian, volunteer, village_zone):
    _training(lib, librarian, volunteer)
    held = tpbis_data(lib, FEBRUARY)["programmes"]["session_list"]

    assert [(s["starts_at"], s["place"], s["facilitator"], s["present"]) for s in held] == [
        ("2026-02-14 06:30", "Aula BUMDes", "Pak Dedi (pelatih dari BUMDes)", 6),  # the village's time, not UTC's
        ("2026-02-21 09:00", "Perpustakaan", "Pak Dedi (pelatih dari BUMDes)", 0)]  # nobody ticked yet: still held
    tables = [t for section in tpbis_tables(tpbis_data(lib, FEBRUARY)) for t in section.tables]
    [sessions] = [t for t in tables if t.title.startswith("Sessions held")]
    assert sessions.columns == ["Date", "Activity", "Topic", "Place", "Facilitator", "Present"]
    assert sessions.rows[0][0] == "14 February 2026 06:30" and sessions.rows[0][4] == "Pak Dedi (pelatih dari BUMDes)"


def test_a_month_of_no_session_has_no_session_table(lib, librarian, volunteer):
    _training(lib, librarian, volunteer)
    january = tpbis_data(lib, parse_period("2026-01-01..2026-01-31"))
    tables = [t.title for section in tpbis_tables(january) for t in section.tables]
    assert not [title for title in tables if title.startswith("Sessions held")]


def test_a_short_word_beside_a_long_name_is_printed_whole():
    """"Perpustakaan" in the Place column beside a programme name of 55 characters was cut "Perpu-stakaa-n"."""
    long_name = "Pelatihan membuat kerupuk dan memasarkan lewat WhatsApp"
    table = Table("Sessions held", ["Date", "Activity", "Topic", "Place", "Facilitator", "Present"],
                  [["14 February 2026 09:00", long_name, "Foto produk dan katalog WhatsApp", "Perpustakaan",
                    "Pak Dedi (pelatih dari BUMDes)", 9]])
    widths = _rl_table(table, 480)._colWidths
    word = text_width("Perpustakaan", "sans", STYLES["cell"]["size"])
    assert widths[3] >= word + 12  # the word and the cell's padding
    assert abs(sum(widths) - 480) < 0.01  # the room came from the other columns


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (./dev setup installs it)")
def test_the_impact_sheet_says_what_came_of_the_training(lib, librarian, volunteer, tmp_path):
    """The village deliberation asks what the training changed: "3 ibu mulai jualan online" is on the sheet."""
    _training(lib, librarian, volunteer)
    [kerupuk] = [p for p in programs.list_programs(lib) if p.kind == "digital"]
    programs.update_program(lib, librarian, kerupuk, outcomes="3 ibu mulai jualan\nonline lewat WhatsApp.")
    pdf = impact_sheet.write_impact_sheet(lib, librarian, parse_period("2026-02"), tmp_path / "dampak.pdf")
    (tmp_path / "sheet.pdf").write_bytes(pdf)
    text = subprocess.run(["pdftotext", str(tmp_path / "sheet.pdf"), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Result: 3 ibu mulai jualan online lewat WhatsApp." in " ".join(text.split())


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (./dev setup installs it)")
def test_the_photos_heading_is_never_left_alone_at_the_foot_of_a_page(lib, librarian, volunteer, tmp_path):
    """However many sessions push it down, "Photos" is printed on the page of the photo it heads."""
    import io

    from PIL import Image

    _training(lib, librarian, volunteer)
    [kerupuk] = [p for p in programs.list_programs(lib) if p.kind == "digital"]
    picture = io.BytesIO()
    Image.new("RGB", (1600, 1200), (200, 120, 60)).save(picture, "JPEG")
    programs.add_story(lib, librarian, kerupuk, title="Kerupuk Bu Siti", text="Pesanan 20 bungkus seminggu.",
                       told_on="2026-02-25", photo=picture.getvalue(), consent=True)
    data = tpbis_data(lib, FEBRUARY)
    one = data["programmes"]["session_list"][0]
    for count in range(0, 40, 2):  # a page filled a little more each time
        data["programmes"]["session_list"] = [one] * count
        (tmp_path / "r.pdf").write_bytes(report_pdf(data))
        pages = subprocess.run(["pdftotext", str(tmp_path / "r.pdf"), "-"], capture_output=True, text=True,
                               check=True).stdout.split("\f")
        [page] = [p for p in pages if "Photos" in p]
        assert "Kerupuk Bu Siti\n" in page.split("Photos", 1)[1], count  # the caption under the photo follows
