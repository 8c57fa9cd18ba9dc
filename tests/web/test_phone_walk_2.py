"""A patron's phone on the library Wi-Fi, second walk: what she meets when things go wrong.

- The library PC stops answering (the server stopped, the phone left the Wi-Fi) while she types a search:
  the page says so, in the page's language, and the message goes once answers come back.
- A patron action cut half-way leaves nothing half-written on the server.
- A refused renewal says once, to her ("your membership..."), which book was not renewed and why.
- "Reserve this book" while logged out: after the login she is back on the book, the reservation
  ready to confirm (never made without her press).
- The header's links are thumb-sized (44 px).
Browser tests use Debian's chromium + chromium-driver at 360 x 740, like tests/web/test_phone_walk.py.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from pustaka_desktop.core.store import write as store
from pustaka_desktop.web.server import WebServer

from . import test_phone_walk as first_walk
from .conftest import PIN_BUDI, PIN_SITI, today
from .test_phone_walk import _form, needs_browser

# The first walk's browser (Debian's chromium at 360 x 740) and its page opener.
driver = first_walk.driver
open_page = first_walk.open_page

ENGLISH = {"name": "pustaka_bahasa", "value": "en"}


def _wait(driver, condition, seconds: float = 30):
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, seconds).until(lambda d: condition(d))


def _notice(driver) -> str | None:
    """The as-you-type search's message, when one shows."""
    return driver.execute_script(
        "var n = document.getElementById('tak-menjawab'); return n && !n.hidden ? n.textContent : null")


def _type(driver, text: str) -> None:
    from selenium.webdriver.common.by import By

    box = driver.find_element(By.ID, "q")
    box.clear()
    box.send_keys(text)


@needs_browser
def test_search_as_you_type_says_when_the_library_pc_stops_answering(open_page, server, village):
    driver = open_page("/")
    driver.add_cookie(ENGLISH)
    driver = open_page("/")
    _type(driver, "Budidaya")
    _wait(driver, lambda d: "Budidaya Padi Sawah" in d.find_element("id", "hasil").text)
    assert _notice(driver) is None
    port = server.port
    server.stop()  # the librarian closed the app, or the PC went to sleep
    _type(driver, "Laskar")
    _wait(driver, _notice)
    assert _notice(driver) == "The library computer is not answering. Check the Wi-Fi, then try again."
    assert "Laskar" not in driver.find_element("id", "hasil").text  # the old list stays, with the message
    again = WebServer(server.app, "127.0.0.1", port, threads=2).start()
    try:
        _type(driver, "Laskar Pelangi")
        _wait(driver, lambda d: "Laskar Pelangi" in d.find_element("id", "hasil").text)
        assert _notice(driver) is None
    finally:
        again.stop()


@needs_browser
def test_the_no_answer_message_is_in_the_pages_language(open_page, server, village):
    driver = open_page("/")
    wanted = driver.find_element("css selector", "form.search").get_attribute("data-no-answer")
    assert wanted and "{" not in wanted
    server.stop()
    _type(driver, "Budidaya")
    _wait(driver, _notice)
    assert _notice(driver) == wanted  # rendered by the server in Indonesian, not a text of the script


def test_stopping_the_server_closes_the_phones_open_connections(server, village):
    """A phone keeps its connection open between pages; once the catalogue is stopped, its next page
    must fail at once (the browser says the site cannot be reached), not wait on a connection nobody
    serves any more."""
    import http.client

    connection = http.client.HTTPConnection("127.0.0.1", server.port, timeout=60)
    connection.request("GET", "/")
    assert connection.getresponse().read()
    thread = server._thread
    server.stop()
    assert not thread.is_alive()
    with pytest.raises((ConnectionError, http.client.RemoteDisconnected)):
        connection.request("GET", f"/buku/{village.record_id}")
        connection.getresponse()


def test_a_renewal_cut_half_way_leaves_nothing_half_done(phone, village, monkeypatch):
    """The PC goes off (or the disk fails) after the renewal is written but before its audit line:
    the renewal must not stand without the record of who did it."""
    from peewee import OperationalError

    from pustaka_desktop.core import auth
    from pustaka_desktop.core.store.models import AuditLog, Loan

    phone.login(village.budi.number, PIN_BUDI)
    village.lib.clock.advance(days=2)
    fields = _form(phone, "/akun", "/akun/perpanjang")
    real_audit = auth.audit

    def audit_fails(lib, by, action, *args, **kw):
        if action == "web.renew":
            raise OperationalError("disk I/O error")
        return real_audit(lib, by, action, *args, **kw)

    monkeypatch.setattr(auth, "audit", audit_fails)
    answer = phone.request("/akun/perpanjang", fields)
    assert answer.status == 503  # "the library computer is busy, try again"
    loan = Loan.get(Loan.returned_at.is_null())
    assert loan.renewals == 0
    assert not AuditLog.select().where(AuditLog.action == "web.renew").exists()


# --- a refusal, said once and to her ----------------------------------------------------------------


def _expire(village, member) -> None:
    store.update(village.lib, member, expires_on=today(village.lib) - timedelta(days=3))


def _flashes(html: str) -> list[str]:
    import re
    from html import unescape

    return [unescape(text) for text in re.findall(r'<p class="flash error"[^>]*>(.*?)</p>', html, re.S)]


def test_an_expired_members_refused_renewal_says_once_to_her_which_book_and_why(phone, village):
    phone.get("/bahasa/en")
    phone.login(village.budi.number, PIN_BUDI)
    renew = _form(phone, "/akun", "/akun/perpanjang")  # her page from before the card ended (no Renew on it since)
    _expire(village, village.budi)
    page = phone.request("/akun/perpanjang", renew).text
    messages = _flashes(page)
    assert len(messages) == 1, messages
    assert messages[0].startswith("Not renewed: Laskar Pelangi. Your membership ended on ")
    assert village.budi.name not in page
    # Without a renewal to talk about, the account still says why the desk would not lend.
    assert [text.startswith("Your membership ended on ") for text in _flashes(phone.get("/akun").text)] == [True]


def test_a_renewal_refused_for_a_reservation_does_not_show_who_reserved(phone, village, base):
    from .conftest import Phone

    phone.get("/bahasa/en")
    phone.login(village.budi.number, PIN_BUDI)
    renew = _form(phone, "/akun", "/akun/perpanjang")  # his page, open since before Siti's reservation
    siti = Phone(base)
    siti.login(village.siti.number, PIN_SITI)
    siti.request("/akun/pesan", _form(siti, f"/buku/{village.lent_record_id}", "/akun/pesan"))
    page = phone.request("/akun/perpanjang", renew).text
    assert _flashes(page) == ["Not renewed: Laskar Pelangi. Another member is waiting for this title: "
                              "bring it back by its due date."]
    assert village.siti.name not in page and village.siti.number not in page


def test_an_expired_members_refused_reservation_is_said_to_her(phone, village):
    _expire(village, village.siti)
    phone.get("/bahasa/en")
    phone.login(village.siti.number, PIN_SITI)
    page = phone.request("/akun/pesan", _form(phone, f"/buku/{village.lent_record_id}", "/akun/pesan")).text
    assert [text.startswith("Your membership ended on ") for text in _flashes(page)] == [True]
    assert village.siti.name not in page


# --- reserve, log in, and back to the book ------------------------------------------------------------


def test_reserve_then_log_in_brings_her_back_to_the_book_ready_to_confirm(phone, village):
    from pustaka_desktop.core.store.models import Hold

    phone.get("/bahasa/en")
    book_page = f"/buku/{village.lent_record_id}?dari=%2F%3Fq%3Dlaskar"
    login_page = phone.request("/akun/pesan", _form(phone, book_page, "/akun/pesan"), follow=False)
    assert login_page.status == 303
    fields = {**_form(phone, login_page.headers["Location"], "/akun/masuk"),
              "nomor": village.siti.number, "pin": PIN_SITI}
    back = phone.request("/akun/masuk", fields, follow=False)
    assert back.headers["Location"] == f"/buku/{village.lent_record_id}?pesan=1&dari=%2F%3Fq%3Dlaskar#pesan"
    page = phone.get(back.headers["Location"]).text
    assert "You are logged in. To reserve Laskar Pelangi, press Reserve this book." in page
    assert 'href="/?q=laskar"' in page  # "Back to the search" still goes to her search
    assert not Hold.select().exists()  # nothing reserved before she presses
    done = phone.request("/akun/pesan", _form(phone, back.headers["Location"], "/akun/pesan"))
    assert "Reserved." in done.text and Hold.select().count() == 1


@needs_browser
def test_after_the_login_the_reserve_button_and_its_prompt_are_in_view(open_page, village):
    from selenium.webdriver.common.by import By

    driver = open_page(f"/buku/{village.lent_record_id}")
    driver.find_element(By.CSS_SELECTOR, "form[action='/akun/pesan'] button").click()
    _wait(driver, lambda d: d.find_elements(By.ID, "nomor"))  # a form's tap does not wait for its page
    driver.find_element(By.ID, "nomor").send_keys(village.siti.number)
    driver.find_element(By.ID, "pin").send_keys(PIN_SITI)
    driver.find_element(By.CSS_SELECTOR, "form[action='/akun/masuk'] button").click()
    in_view = """var e = document.querySelector(arguments[0]); if (!e) return false;
                  var r = e.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight"""
    _wait(driver, lambda d: "/buku/" in d.current_url and d.execute_script("return document.readyState") == "complete")
    for css in ("#pesan .flash", "form[action='/akun/pesan'] button"):
        _wait(driver, lambda d, css=css: d.execute_script(in_view, css))  # scrolled there, not left at the top


# --- thumb-sized links ------------------------------------------------------------------------------------


@needs_browser
def test_the_header_back_and_page_links_are_thumb_sized(open_page, village):
    from selenium.webdriver.common.by import By

    for path, css in (("/", "header .lib a"), (f"/buku/{village.record_id}", ".back a"), ("/?q=Kumpulan", ".pages a")):
        driver = open_page(path)
        link = driver.find_element(By.CSS_SELECTOR, css)
        assert link.size["height"] >= 44, (path, css, link.size)


@needs_browser
def test_a_tap_anywhere_on_a_search_result_opens_it(open_page, village):
    driver = open_page("/?q=" + "Budidaya Padi")
    hit = """var r = document.querySelector('.hit').getBoundingClientRect();
             var e = document.elementFromPoint(r.right - 10, r.bottom - 10);  // the corner under the shelf line
             return e && e.closest('a') ? e.closest('a').getAttribute('href') : null"""
    assert driver.execute_script(hit).split("?")[0] == f"/buku/{village.record_id}"  # ?dari=: back to these results
