"""A patron on a cheap, slow phone on the library Wi-Fi: what goes wrong there and not on a fast PC.

- A double tap (or a tap again because the answer is slow) sends a form twice: it must be done once and
  answer with what was done, not count a visitor twice, not say "already reserved" after "reserved",
  not show "form too old" after a login.
- In a real Chromium at phone size (Debian's chromium + chromium-driver, as tests/web/test_browser.py):
  an Arabic title reads right to left, the digital shelf's Read and Download are buttons a thumb hits,
  and the pages leave no error in the browser's console.
"""

from __future__ import annotations

import os
import re
from html import unescape
from urllib.parse import quote

import pytest

from pustaka_desktop.core.store.models import Loan, Visit
from pustaka_desktop.web.security import COOKIE
from tests.core.circ_helpers import book

from . import phone_browser
from .conftest import PIN_BUDI, PIN_SITI, Phone


def _form(phone, page: str, action: str) -> dict[str, str]:
    """The hidden fields of the form posting to ``action`` on ``page``, as the phone's browser holds them."""
    html = phone.get(page).text
    found = re.search(rf'<form method="post" action="{re.escape(action)}"[^>]*>(.*?)</form>', html, re.S)
    assert found, f"no form for {action} on {page}"
    return {name: unescape(value) for name, value in
            re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', found.group(1))}


def _tap_twice(phone, action: str, fields: dict[str, str]):
    """The second tap leaves before the first one's answer (and its new cookie) reaches the phone."""
    cookies = list(phone.jar)
    first = phone.request(action, fields, follow=False)
    phone.jar.clear()
    for cookie in cookies:
        phone.jar.set_cookie(cookie)
    second = phone.request(action, fields)
    return first, second


def test_door_sign_in_tapped_twice_counts_one_visitor(phone, village):
    fields = {**_form(phone, "/buku-tamu", "/buku-tamu/tamu"),
              "jenis_kelamin": "F", "usia": "13-18", "keperluan": "study", "asal": "village"}
    first, second = _tap_twice(phone, "/buku-tamu/tamu", fields)
    assert first.status == 303
    assert Visit.select().count() == 1
    assert second.status == 200 and second.text.count("Kunjungan Anda sudah tercatat") == 1


def test_renew_tapped_twice_renews_once_and_says_so(phone, village):
    phone.login(village.budi.number, PIN_BUDI)
    village.lib.clock.advance(days=2)
    fields = _form(phone, "/akun", "/akun/perpanjang")
    _, second = _tap_twice(phone, "/akun/perpanjang", fields)
    loan = Loan.get(Loan.returned_at.is_null())
    assert loan.renewals == 1
    assert "Diperpanjang: Laskar Pelangi" in second.text
    assert 'class="flash error"' not in second.text


def test_reserve_tapped_twice_says_reserved_not_already_reserved(phone, village):
    phone.login(village.siti.number, PIN_SITI)
    fields = _form(phone, f"/buku/{village.lent_record_id}", "/akun/pesan")
    _, second = _tap_twice(phone, "/akun/pesan", fields)
    assert "Sudah dipesan" in second.text
    assert 'class="flash error"' not in second.text


def test_login_tapped_twice_logs_in(phone, village, base):
    stale = _form(phone, "/buku-tamu", "/buku-tamu/tamu")
    old_cookie = next(c.value for c in phone.jar if c.name == COOKIE)
    fields = {**_form(phone, "/akun", "/akun/masuk"), "nomor": village.budi.number, "pin": PIN_BUDI}
    first, second = _tap_twice(phone, "/akun/masuk", fields)
    assert first.status == 303
    assert second.status == 200 and "Laskar Pelangi" in second.text  # the account page, logged in
    assert "Laskar Pelangi" in phone.get("/akun").text
    # The session the login left behind answers only its own form sent again, no other form of its pages.
    answer = Phone(base).request("/buku-tamu/tamu", {**stale, "jenis_kelamin": "F", "usia": "13-18"},
                                 headers={"Cookie": f"{COOKIE}={old_cookie}"})
    assert answer.status == 403 and Visit.select().count() == 0


def test_logout_tapped_twice_logs_out(phone, village):
    phone.login(village.budi.number, PIN_BUDI)
    fields = _form(phone, "/akun", "/akun/keluar")
    _, second = _tap_twice(phone, "/akun/keluar", fields)
    assert second.status == 200 and "Anda sudah keluar" in second.text
    assert 'name="pin"' in phone.get("/akun").text


# --- in a real browser at phone size ---------------------------------------------------------------

WIDTH, HEIGHT = 360, 740
needs_browser = pytest.mark.skipif(not phone_browser.available() and not os.environ.get("CI"),
                                   reason="needs Debian's chromium and chromium-driver")


@pytest.fixture(scope="module")
def driver():
    browser = phone_browser.phone_chromium(WIDTH, HEIGHT, console=True)
    yield browser
    browser.quit()


@pytest.fixture
def open_page(driver, base):
    driver.delete_all_cookies()
    driver.get_log("browser")  # start with an empty console

    def go(path: str):
        driver.get(base + path)
        return driver
    return go


def _direction(driver, css: str) -> str:
    return driver.execute_script("return getComputedStyle(document.querySelector(arguments[0])).direction", css)


@needs_browser
def test_an_arabic_title_reads_right_to_left(open_page, village):
    record = book(village.lib, "صحيح البخاري (2)", copies=1)[0].record_id
    driver = open_page("/?q=" + quote("البخاري"))
    assert _direction(driver, ".hit h3") == "rtl"  # right-aligned, "(2)" at its end on the left
    driver = open_page(f"/buku/{record}")
    assert _direction(driver, "h1") == "rtl"
    assert _direction(driver, "header .lib") == "ltr"  # the page itself stays left to right


@needs_browser
def test_digital_shelf_read_and_download_are_thumb_sized(open_page, village):
    from selenium.webdriver.common.by import By

    driver = open_page("/rak-digital")
    links = driver.find_elements(By.CSS_SELECTOR, "a[href$='/baca'], a[href$='/unduh']")
    assert len(links) == 2
    for link in links:
        assert link.size["height"] >= 44 and link.size["width"] >= 44, (link.text, link.size)


@needs_browser
def test_pages_leave_no_error_in_the_console(open_page, village):
    for path in ("/", f"/buku/{village.record_id}", "/akun", "/rak-digital", "/buku-tamu"):
        driver = open_page(path)
        errors = [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]
        assert errors == [], path
