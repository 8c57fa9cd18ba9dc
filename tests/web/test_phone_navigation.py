"""A patron's way around the web catalogue on a cheap phone (360 x 740, Debian's chromium as in
tests/web/test_phone_walk.py): she searches, opens a book, goes back to her results, opens a subject,
goes back, logs in to see her loans, renews, goes back to the catalogue.

- The book's "Back" link returns to her results: the same words, the same page of them.
- A subject is a thumb-sized link; its results lead back to the book, and the book still back to the search.
- The account page leads back to the catalogue page she was on.
- The librarian restarts the app (or Windows restarts the PC) while she is logged in: her next tap says
  she was logged out and to log in again (no "form too old" error page), nothing is done behind her back,
  and the login brings her back. A visitor-book form from before the restart is said not sent, not refused.
"""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from pustaka_desktop.core.store.models import Loan, Visit
from pustaka_desktop.web.app import WebApp
from pustaka_desktop.web.server import WebServer

from . import test_phone_walk as first_walk
from .conftest import PIN_BUDI
from .test_phone_walk import needs_browser

driver = first_walk.driver
open_page = first_walk.open_page

ENGLISH = {"name": "pustaka_bahasa", "value": "en"}
LOGGED_OUT_NOT_DONE = ("Not done yet: you were logged out (the library computer was restarted, or the page was not "
                       "used for a while). Log in again, then try once more.")
LOGGED_OUT_AWAY = ("You were logged out: the library computer was restarted, or your account was not used for a "
                   "while. Log in again to see your account.")


def _wait(driver, condition, seconds: float = 30):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, seconds).until(lambda d: condition(d))


def _tap(driver, css: str) -> None:
    """Tap the element and wait for the next page (the old one's element gone stale)."""
    from selenium.common.exceptions import WebDriverException

    element = driver.find_element("css selector", css)
    element.click()

    def left(_driver) -> bool:
        try:
            element.is_enabled()
        except WebDriverException:  # stale, or Chromium's "does not belong to the document" mid-navigation
            return True
        return False
    _wait(driver, left)
    _wait(driver, lambda d: d.execute_script("return document.readyState") == "complete")


def _query(driver) -> dict[str, list[str]]:
    return parse_qs(urlsplit(driver.current_url).query)


def _messages(driver) -> list[str]:
    return [p.text for p in driver.find_elements("css selector", "main p.flash")]


def _log_in(driver, number: str, pin: str) -> None:
    driver.find_element("id", "nomor").clear()
    driver.find_element("id", "nomor").send_keys(number)
    driver.find_element("id", "pin").send_keys(pin)
    _tap(driver, "form[action='/akun/masuk'] button")


def _restart(server, village) -> WebServer:
    """The librarian closes and opens the app: a new web catalogue on the same address, same database."""
    port = server.port
    server.stop()
    return WebServer(WebApp(lib=village.lib), "127.0.0.1", port, threads=2).start()


@pytest.fixture
def restarted(server, village):
    started: list[WebServer] = []
    yield lambda: started.append(_restart(server, village))
    for again in started:
        again.stop()


@needs_browser
def test_back_from_a_book_returns_to_the_same_search_and_page(open_page, village):
    driver = open_page("/?q=Kumpulan+Cerita")
    _tap(driver, "a[rel=next]")
    assert _query(driver)["hal"] == ["2"]
    _tap(driver, ".hit h3 a")
    assert driver.find_element("css selector", "h1").text.startswith("Kumpulan Cerita Rakyat")
    _tap(driver, "p.back a")
    assert _query(driver)["q"] == ["Kumpulan Cerita"] and _query(driver)["hal"] == ["2"]
    assert driver.find_element("id", "q").get_attribute("value") == "Kumpulan Cerita"
    assert "halaman 2 dari 2" in driver.find_element("css selector", ".count").text


@needs_browser
def test_a_subject_is_thumb_sized_and_its_search_leads_back_to_the_book_then_the_search(open_page, village):
    driver = open_page("/?q=Budidaya")
    _tap(driver, ".hit h3 a")
    subjects = driver.find_elements("css selector", ".facts a")
    assert [s.text for s in subjects] == ["Padi", "Pertanian"]
    for link in subjects:
        assert link.size["height"] >= 44, link.size
    _tap(driver, ".facts a")
    assert _query(driver)["q"] == ['"Padi"']
    _tap(driver, "p.back a")  # back to the book ...
    assert driver.find_element("css selector", "h1").text == "Budidaya Padi Sawah"
    _tap(driver, "p.back a")  # ... and from it to the first search
    assert _query(driver)["q"] == ["Budidaya"]


@needs_browser
def test_the_account_page_leads_back_to_the_book_she_was_on(open_page, village):
    driver = open_page("/?q=Budidaya")
    _tap(driver, ".hit h3 a")
    book = driver.current_url
    _tap(driver, "nav a[href='/akun']")
    _log_in(driver, village.budi.number, PIN_BUDI)
    assert driver.find_elements("css selector", "form[action='/akun/perpanjang']")
    _tap(driver, "p.back a")
    assert driver.current_url == book


@needs_browser
def test_a_restart_mid_renewal_says_log_in_again_and_the_login_brings_her_back(open_page, village, restarted):
    driver = open_page("/akun")
    driver.add_cookie(ENGLISH)
    driver = open_page("/akun")
    _log_in(driver, village.budi.number, PIN_BUDI)
    village.lib.clock.advance(days=2)
    restarted()  # Windows updates: the PC restarts while her account page is open
    _tap(driver, "form[action='/akun/perpanjang'] button")
    assert _messages(driver) == [LOGGED_OUT_NOT_DONE]
    assert driver.find_elements("css selector", "form[action='/akun/masuk']")
    assert Loan.get(Loan.returned_at.is_null()).renewals == 0  # nothing done behind her back
    _log_in(driver, village.budi.number, PIN_BUDI)
    _tap(driver, "form[action='/akun/perpanjang'] button")
    assert Loan.get(Loan.returned_at.is_null()).renewals == 1
    assert _messages(driver)[0].startswith("Renewed: Laskar Pelangi.")


@needs_browser
def test_after_a_restart_the_next_page_says_once_she_was_logged_out(open_page, village, restarted):
    driver = open_page("/akun")
    driver.add_cookie(ENGLISH)
    driver = open_page("/akun")
    _log_in(driver, village.budi.number, PIN_BUDI)
    restarted()
    driver.refresh()
    _wait(driver, lambda d: d.find_elements("css selector", "form[action='/akun/masuk']"))
    assert _messages(driver) == [LOGGED_OUT_AWAY]
    driver.refresh()
    _wait(driver, lambda d: d.find_elements("css selector", "form[action='/akun/masuk']"))
    assert _messages(driver) == []


@needs_browser
def test_a_reservation_tapped_after_a_restart_goes_through_the_login_back_to_the_book(open_page, village, restarted):
    driver = open_page("/akun")
    driver.add_cookie(ENGLISH)
    driver = open_page("/akun")
    _log_in(driver, village.budi.number, PIN_BUDI)
    driver = open_page(f"/buku/{village.record_id}")
    restarted()
    _tap(driver, "form[action='/akun/pesan'] button")
    assert _messages(driver) == [LOGGED_OUT_NOT_DONE]
    _log_in(driver, village.budi.number, PIN_BUDI)
    assert driver.find_element("css selector", "h1").text == "Budidaya Padi Sawah"
    assert "press Reserve this book" in driver.find_element("id", "pesan").text


@needs_browser
def test_a_visitor_book_form_from_before_a_restart_is_said_not_sent(open_page, village, restarted):
    driver = open_page("/buku-tamu")
    driver.add_cookie(ENGLISH)
    driver = open_page("/buku-tamu")
    restarted()
    for choice in ("F", "13-18"):
        driver.find_element("css selector", f"form[action='/buku-tamu/tamu'] input[value='{choice}'] + label").click()
    _tap(driver, "form[action='/buku-tamu/tamu'] button")
    assert urlsplit(driver.current_url).path == "/buku-tamu"
    assert _messages(driver) == ["Not sent yet: this page was opened before the library computer restarted, or long "
                                 "ago. What you filled in is still here: check it and send it again."]
    assert Visit.select().count() == 0
