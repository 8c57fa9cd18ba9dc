"""The patrons' web catalogue writes a day to act on with its weekday, in the page's language: "Due back Monday,
16 March 2026" on "My account", the day a reserved book waits at the desk, the renewal's new due day, and each
session on the programme calendar ("Sabtu, 7 Maret 2026, 15:00"). Tables stay compact: the record page's copies
say "Mon, 16-03-2026"; the history table keeps plain dates. On a phone (360 x 740, Debian's chromium) nothing
runs off the screen."""

from __future__ import annotations

import re
from datetime import date

import pytest

from pustaka_desktop.core.circulation import loans
from pustaka_desktop.core.store.models import Loan

from . import phone_browser
from .conftest import PIN_BUDI, PIN_SITI

WIDTH, HEIGHT = 360, 740
needs_browser = pytest.mark.skipif(not phone_browser.available(), reason="needs Debian's chromium and chromium-driver")
# The clock: Monday 2 March 2026. Budi's loan is due 14 days later; the club meets five days on.
DUE = "16 March 2026"


def _text(html: str) -> str:
    """The page's words as read; without the word joiners that keep a date on one line (web.context.whole)."""
    return " ".join(re.sub(r"<[^>]+>", " ", html).replace("\u2060", "").split())


def test_my_loans_give_the_weekday_of_the_due_date(phone, village):
    phone.get("/bahasa/en")
    page = _text(phone.login(village.budi.number, PIN_BUDI).text)
    assert f"Due back Monday, {DUE}" in page


def test_my_loans_in_indonesian_name_the_indonesian_weekday(phone, village):
    page = _text(phone.login(village.budi.number, PIN_BUDI).text)
    assert "Senin, 16 Maret 2026" in page and "Monday" not in page


def test_a_renewal_says_the_new_due_day_with_its_weekday(phone, village):
    phone.get("/bahasa/en")
    phone.login(village.budi.number, PIN_BUDI)
    loan = Loan.get(Loan.member == village.budi.id)
    renewed = _text(phone.post("/akun/perpanjang", {"pinjaman": str(loan.id)}).text)
    assert Loan.get_by_id(loan.id).due_on == date(2026, 3, 30)
    assert "Now due back Monday, 30 March 2026." in renewed  # the message, and the list below it
    assert "Due back Monday, 30 March 2026" in renewed


def test_a_book_put_aside_says_until_which_weekday(phone, village):
    phone.get("/bahasa/en")
    phone.login(village.siti.number, PIN_SITI)
    phone.post("/akun/pesan", {"buku": str(village.lent_record_id)})
    loans.checkin(village.lib, village.librarian, village.loan_barcode)  # Budi brings it back: put aside for Siti
    page = _text(phone.get("/akun").text)
    assert "Ready for you at the desk until Thursday, 5 March 2026" in page


def test_the_record_page_gives_the_short_weekday_in_its_table(phone, village):
    phone.get("/bahasa/en")
    page = _text(phone.get(f"/buku/{village.lent_record_id}").text)
    assert "On loan, due back Mon, 16-03-2026" in page
    phone.get("/bahasa/id")
    assert "Dipinjam, kembali Sen, 16-03-2026" in _text(phone.get(f"/buku/{village.lent_record_id}").text)


def test_the_programme_calendar_names_the_weekday(phone, village):
    assert "Sabtu, 7 Maret 2026, 15:00" in _text(phone.get("/kegiatan").text)
    phone.get("/bahasa/en")
    assert "Saturday, 7 March 2026, 15:00" in _text(phone.get("/kegiatan").text)


@pytest.fixture(scope="module")
def driver():
    browser = phone_browser.phone_chromium(WIDTH, HEIGHT)
    yield browser
    browser.quit()


@needs_browser
def test_the_weekdays_fit_a_phone_screen(driver, base, village, tmp_path):
    from selenium.webdriver.common.by import By

    driver.delete_all_cookies()
    driver.get(base + "/kegiatan")
    assert "Sabtu, 7 Maret 2026" in driver.find_element(By.CSS_SELECTOR, ".sessions .when").text
    assert driver.execute_script("return document.documentElement.scrollWidth") <= WIDTH
    driver.save_screenshot(str(tmp_path / "kegiatan.png"))
    driver.get(base + "/akun")
    driver.find_element(By.ID, "nomor").send_keys(village.budi.number)
    driver.find_element(By.ID, "pin").send_keys(PIN_BUDI)
    driver.find_element(By.XPATH, "//button[contains(., 'Masuk')]").click()
    from selenium.webdriver.support.ui import WebDriverWait

    loan = WebDriverWait(driver, 30).until(lambda d: d.find_element(By.CSS_SELECTOR, ".loans li p"))  # the next page
    assert "Senin, 16 Maret 2026" in loan.text
    assert driver.execute_script("return document.documentElement.scrollWidth") <= WIDTH
    driver.save_screenshot(str(tmp_path / "akun.png"))
    driver.get(base + f"/buku/{village.lent_record_id}")
    assert "Sen, 16-03-2026" in driver.find_element(By.TAG_NAME, "main").text.replace("\u2060", "")
    assert driver.execute_script("return document.documentElement.scrollWidth") <= WIDTH
    driver.save_screenshot(str(tmp_path / "buku.png"))  # kept by --basetemp, to look at
