"""A cancelled programme session on the patrons' calendar (/kegiatan): a mother checking on her phone whether
Tuesday's class is on finds Tuesday's session where it was, marked cancelled with the reason, its time struck
through and greyed but readable; it is never shown as a session to come. A session moved to another day is on its
new day only. Browser checks in Debian's chromium at 360 x 740 (as tests/web/test_phone_walk.py)."""

from __future__ import annotations

import re
from datetime import timedelta

import pytest

from pustaka_desktop.core.community import programme_calendar, programs
from pustaka_desktop.core.formatting import format_day

from . import phone_browser
from .conftest import today

WIDTH, HEIGHT = 360, 740
needs_browser = pytest.mark.skipif(not phone_browser.available(), reason="needs Debian's chromium and chromium-driver")
ARABIC_NAME = "تعليم القرآن للأطفال — Pengajian Anak Al-Hikmah bersama Ustadzah Siti Nurhaliza binti Abdullah"
LONG_REASON = ("Banjir: balai desa tergenang air setinggi lutut, jalan ke perpustakaan ditutup sampai air surut "
               "(info-lengkap-di-grup-WhatsApp-RT-03-RW-05-Desa-Sukamaju)")


def _drawing_class(village):
    """Tuesday's drawing class called off (flood), the next one moved from Wednesday to Friday."""
    lib, by = village.lib, village.librarian
    day = today(lib)
    program = programs.create_program(lib, by, name="Kelas Menggambar Anak", kind="skills")
    called_off = programs.add_session(lib, by, program, starts_at=f"{day + timedelta(days=1)} 15:00",
                                      place="Balai Desa", topic="Mewarnai")
    programs.cancel_session(lib, by, called_off, "banjir")
    moved = programs.add_session(lib, by, program, starts_at=f"{day + timedelta(days=2)} 15:00", place="Balai Desa")
    programs.move_session(lib, by, moved, f"{day + timedelta(days=4)} 16:00")
    return called_off, moved


def _items(html: str) -> list[str]:
    return re.findall(r"<li>(.*?)</li>", html, re.S)


def test_the_calendar_keeps_a_cancelled_session_marked_with_its_reason(village):
    called_off, moved = _drawing_class(village)
    lines = programme_calendar.upcoming(village.lib)
    drawing = [line for line in lines if line.program == "Kelas Menggambar Anak"]
    assert [(line.starts_at, line.cancelled, line.cancel_reason) for line in drawing] == [
        (called_off.starts_at, True, "banjir"), (moved.starts_at, False, "")]
    assert [line.starts_at for line in lines] == sorted(line.starts_at for line in lines)  # on its day, in order


def test_the_phone_page_shows_the_cancelled_session_struck_with_its_reason(phone, village):
    called_off, moved = _drawing_class(village)
    day = today(village.lib)
    phone.get("/bahasa/en")
    items = _items(phone.get("/kegiatan").text)
    drawing = [item for item in items if "Kelas Menggambar Anak" in item]
    assert len(drawing) == 2
    cancelled, held = drawing
    assert "Cancelled" in cancelled and "banjir" in cancelled
    assert re.search(r"<del>.*" + re.escape(format_day(day + timedelta(days=1), "en")) + r".*</del>", cancelled, re.S)
    assert "Cancelled" not in held and "<del>" not in held
    assert format_day(day + timedelta(days=4), "en") in held  # the moved one: on its new day...
    page = phone.get("/kegiatan").text
    assert format_day(day + timedelta(days=2), "en") not in page  # ...and not on its old one
    assert page.index("banjir") < page.index("Klub Baca Anak")  # tomorrow's comes before the club in 5 days


@pytest.fixture(scope="module")
def driver():
    browser = phone_browser.phone_chromium(WIDTH, HEIGHT)
    yield browser
    browser.quit()


@needs_browser
def test_a_cancelled_session_reads_on_a_phone_struck_greyed_and_whole(driver, base, village):
    from selenium.webdriver.common.by import By

    lib, by = village.lib, village.librarian
    day = today(lib)
    program = programs.create_program(lib, by, name=ARABIC_NAME, kind="literacy")
    session = programs.add_session(lib, by, program, starts_at=f"{day + timedelta(days=1)} 16:00",
                                   place="Musala Al-Hikmah")
    programs.cancel_session(lib, by, session, LONG_REASON)
    driver.delete_all_cookies()
    driver.get(base + "/bahasa/en?next=/kegiatan")
    off = driver.find_element(By.CSS_SELECTOR, ".sessions .off")
    assert off.find_element(By.CSS_SELECTOR, ".off-tag").text == "Cancelled"
    assert "surut" in off.find_element(By.CSS_SELECTOR, ".called-off").text  # the whole reason, readable
    struck = off.find_element(By.CSS_SELECTOR, ".when del")
    assert "line-through" in struck.value_of_css_property("text-decoration-line")
    assert off.find_element(By.TAG_NAME, "h2").value_of_css_property("direction") == "rtl"
    grey = driver.execute_script("return getComputedStyle(arguments[0]).color", off.find_element(By.TAG_NAME, "h2"))
    assert grey == "rgb(85, 85, 85)"  # greyed, still 7:1 on white
    assert driver.execute_script("return document.documentElement.scrollWidth") <= WIDTH  # no sideways scroll
