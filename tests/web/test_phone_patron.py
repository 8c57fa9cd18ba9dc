"""Ibu Ani on a cheap phone (360 x 740 or 320 x 568, sometimes with the text made 130 % larger), her son and
her father: what still stopped them after the earlier walks.

- On a small screen or with large text, the record page's facts cut an ISBN or a word in two
  ("97897943 / 30227", "Bahas / a Indone / sia"): each fact now goes under its name there; and the search box
  showed only "978-979-43" of the ISBN she typed: the Search button now goes under the box there.
- With large text on a small phone the header and the form fill the screen: a search sent showed the same
  screen, the results below it, as if nothing happened. The form comes up with the first results under it.
- A typo ("laskar pelagi") showed the titles for the corrected words without a word about it, unlike the
  kiosk: the count line now says what was searched instead.
- Our own card numbers have a hyphen ("SKM-A00004") that a phone keyboard keeps on its second page: typed
  "SKM A00004" or "SKMA00004" the login and the door found no member. They now do, when one card alone matches.
- The digital shelf wrote a scanned village regulation's size "2.4 MB" on the Indonesian page, where the dot
  separates thousands: now "2,4 MB".
- The menu's "Cari" was 34 pixels wide: every menu link is now at least 44 x 44.
- A book's copies had a "Rak" column of dashes when the library keeps no shelves, squeezing the due day
  ("Sen, 14- / 12-2026"): the column shows only when a copy has a shelf.
- "Akun saya" offered Renew on a book another member is waiting for, refused every time she tapped it:
  it now says so in place of the button, as it does when no renewal is left.
- A book's page offered "Reserve this book" to the member who had just reserved it (Back after reserving showed
  it again) or who had it at home: it now says her place in the queue, or her due day.
Browser tests use Debian's chromium + chromium-driver (tests/web/phone_browser.py). Android's Chrome makes the
page's text larger by zooming it, so 130 % text on a 360-pixel screen lays out as a 277-pixel-wide page.
"""

from __future__ import annotations

import pytest

from pustaka_desktop.core.circulation import loans, patron
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.lookup import by_code
from pustaka_desktop.core.store.models import Item, Loan, Member, Record, Visit

from . import phone_browser
from .conftest import PIN_BUDI, PIN_SITI, Phone
from .test_phone_navigation import ENGLISH, _log_in, _tap, _wait
from .test_phone_walk import _form, needs_browser

SMALL = (320, 568)
LARGE_TEXT = (round(360 / 1.3), round(740 / 1.3))  # 360 x 740 with Chrome's text scaling at 130 %

# Every word of the elements matched by the selector that the browser laid out over more than one line.
_WORDS_CUT = """
var cut = [];
document.querySelectorAll(arguments[0]).forEach(function (el) {
  var walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT), node;
  while ((node = walker.nextNode())) {
    var word = /\\S+/g, m;
    while ((m = word.exec(node.data))) {
      var range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      var tops = new Set(Array.from(range.getClientRects()).map(function (r) { return Math.round(r.top); }));
      if (tops.size > 1) cut.push(m[0]);
    }
  }
});
return cut;
"""


@pytest.fixture(scope="module")
def browser():
    driver = phone_browser.phone_chromium(*SMALL)
    yield driver
    driver.quit()


def _at(driver, size: tuple[int, int]):
    width, height = size
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": True})
    return driver


def _no_sideways_scroll(driver) -> bool:
    return driver.execute_script("return document.scrollingElement.scrollWidth <= window.innerWidth")


@needs_browser
@pytest.mark.parametrize("size", [SMALL, LARGE_TEXT], ids=["320x568", "360x740-text-130"])
def test_record_facts_keep_an_isbn_and_words_whole(browser, base, village, size):
    record = Record.get_by_id(village.record_id)
    store.update(village.lib, record, isbn="9789794330227", language="ind", audience="adult")
    driver = _at(browser, size)
    driver.get(f"{base}/buku/{village.record_id}")
    facts = driver.find_element("css selector", ".facts").text
    assert "9789794330227" in facts and "Bahasa Indonesia" in facts
    assert driver.execute_script(_WORDS_CUT, ".facts dd") == []
    assert _no_sideways_scroll(driver)


@needs_browser
@pytest.mark.parametrize("size", [SMALL, LARGE_TEXT, (round(320 / 1.3), round(568 / 1.3))],
                         ids=["320x568", "360x740-text-130", "320x568-text-130"])
def test_an_isbn_typed_with_hyphens_shows_whole_in_the_search_box(browser, base, village, size):
    driver = _at(browser, size)
    driver.get(f"{base}/?q=978-979-433-022-7")
    box = driver.find_element("id", "q")
    assert box.get_attribute("value") == "978-979-433-022-7"
    assert driver.execute_script("return arguments[0].scrollWidth <= arguments[0].clientWidth", box)
    button = driver.find_element("css selector", "form.search button[type=submit]")
    assert button.size["height"] >= 44 and button.is_displayed()
    assert _no_sideways_scroll(driver)


def _in_sight(driver, css: str) -> bool:
    return driver.execute_script("var r = document.querySelector(arguments[0]).getBoundingClientRect();"
                                 "return r.top >= 0 && r.bottom <= window.innerHeight", css)


@needs_browser
def test_a_search_sent_with_large_text_shows_its_first_results(browser, base, village):
    from selenium.webdriver.common.keys import Keys

    driver = _at(browser, (round(320 / 1.3), round(568 / 1.3)))  # the small phone, text at 130 %
    driver.get(base + "/")
    driver.find_element("id", "q").send_keys("Kumpulan Cerita", Keys.ENTER)
    _wait(driver, lambda d: "Kumpulan" in d.current_url and d.execute_script("return document.readyState") == "complete")
    assert _in_sight(driver, "#hasil .count") and _in_sight(driver, "#q")
    assert "Kumpulan Cerita Rakyat" in driver.find_element("css selector", "#hasil .hit").text
    _tap(driver, "#hasil .hit h3 a")
    driver.back()  # from the book: where she was, as the browser keeps it
    _wait(driver, lambda d: d.find_elements("id", "q"))
    assert _in_sight(driver, "#hasil .count")


@needs_browser
def test_a_search_on_a_big_enough_screen_stays_where_it_is(browser, base, village):
    driver = _at(browser, (360, 740))
    driver.get(base + "/?q=Budidaya")
    assert _in_sight(driver, "#hasil .count")
    assert driver.execute_script("return window.scrollY") == 0


def test_a_corrected_typo_says_what_was_searched_instead(phone, village):
    phone.get("/bahasa/en")
    page = phone.get("/?q=laskar+pelagi").text
    assert "Nothing found for “laskar pelagi”. 1 title found for “laskar pelangi”." in page
    assert "Laskar Pelangi" in page
    plain = phone.get("/?q=laskar+pelangi").text
    assert "Nothing found for" not in plain and "1 title found" in plain


@needs_browser
def test_every_menu_link_is_thumb_sized(browser, base, village):
    driver = _at(browser, SMALL)
    for path in ("/", "/akun"):  # "Cari" in bold on its own page, plain on the others
        driver.get(base + path)
        links = driver.find_elements("css selector", "header nav a, header .langs a")
        assert len(links) >= 6
        for link in links:
            assert link.size["width"] >= 44 and link.size["height"] >= 44, (path, link.text, link.size)


def test_the_shelf_column_shows_only_when_a_copy_has_a_shelf(phone, village):
    page = f"/buku/{village.record_id}"
    assert '<th scope="col">Rak</th>' not in phone.get(page).text
    first, second = Item.select().where(Item.record == village.record_id).order_by(Item.id)
    store.update(village.lib, first, location="Rak 3 (Pertanian)")
    shelved = phone.get(page).text
    assert '<th scope="col">Rak</th>' in shelved
    assert "<td>Rak 3 (Pertanian)</td>" in shelved and "<td>–</td>" in shelved  # the other copy: no shelf known


def test_the_digital_shelf_writes_a_size_with_a_decimal_comma(phone, village, tmp_path):
    from pustaka_desktop.core.catalog import digital

    scan = tmp_path / "Perdes APBDes 2026 (pindaian).pdf"
    scan.write_bytes(b"%PDF-1.4\n" + b"0" * int(2.4 * 1024 * 1024) + b"\n%%EOF\n")
    digital.add_document(village.lib, village.librarian, scan, title="APB Desa 2026")
    assert "PDF, 2,4 MB" in phone.get("/rak-digital").text
    phone.get("/bahasa/en")
    assert "PDF, 2.4 MB" in phone.get("/rak-digital").text


# --- a renewal the desk would refuse -----------------------------------------------------------------

WAITED_FOR = "Another member is waiting for this book, so it cannot be renewed."


def _loan_block(page: str, title: str) -> str:
    """The account page's list item of the loan of ``title``."""
    start = page.index(f">{title}</h3>")
    return page[start:page.index("</li>", start)]


def test_a_loan_another_member_waits_for_shows_why_instead_of_renew(phone, village):
    lib = village.lib
    padi = Record.get_by_id(village.record_id)
    loans.checkout(lib, village.librarian, village.budi, padi.items[0].barcode)
    patron.place_hold(lib, village.siti, village.lent_record_id)  # Siti waits for Budi's Laskar Pelangi
    phone.get("/bahasa/en")
    phone.login(village.budi.number, PIN_BUDI)
    page = phone.get("/akun").text
    waited = _loan_block(page, "Laskar Pelangi")
    assert WAITED_FOR in waited and 'action="/akun/perpanjang"' not in waited
    free = _loan_block(page, "Budidaya Padi Sawah")
    assert WAITED_FOR not in free and 'action="/akun/perpanjang"' in free
    renewed = phone.request("/akun/perpanjang", {**_form(phone, "/akun", "/akun/perpanjang"), "pinjaman": str(
        Loan.get((Loan.member == village.budi.id) & (Loan.returned_at.is_null())
                 & (Loan.item == padi.items[0].id)).id)})
    assert "Renewed: Budidaya Padi Sawah" in renewed.text


def test_the_renew_button_comes_back_when_the_reservation_is_cancelled(phone, village):
    hold = patron.place_hold(village.lib, village.siti, village.lent_record_id)
    assert patron.account(village.lib, village.budi).waited_for == {
        Loan.get(Loan.member == village.budi.id).id}
    patron.cancel_hold(village.lib, village.siti, hold.id)
    assert patron.account(village.lib, village.budi).waited_for == set()
    phone.get("/bahasa/en")
    phone.login(village.budi.number, PIN_BUDI)
    waited = _loan_block(phone.get("/akun").text, "Laskar Pelangi")
    assert WAITED_FOR not in waited and 'action="/akun/perpanjang"' in waited


# --- a book she reserved already, or has at home ------------------------------------------------------

RESERVE_FORM = 'action="/akun/pesan"'


def test_the_book_page_says_her_place_in_the_queue_instead_of_reserve_again(phone, village):
    page = f"/buku/{village.lent_record_id}"
    assert RESERVE_FORM in phone.get(page).text  # logged out: anyone may reserve
    phone.get("/bahasa/en")
    phone.login(village.siti.number, PIN_SITI)
    assert RESERVE_FORM in phone.get(page).text
    reserved = phone.request("/akun/pesan", _form(phone, page, "/akun/pesan"))
    assert "Reserved." in reserved.text
    again = phone.get(page).text
    assert "You reserved this book: number 1 in the queue." in again
    assert RESERVE_FORM not in again and 'href="/akun"' in again


def test_the_book_page_says_her_due_day_when_she_has_it_at_home(phone, village):
    phone.get("/bahasa/en")
    phone.login(village.budi.number, PIN_BUDI)
    page = phone.get(f"/buku/{village.lent_record_id}").text
    assert "You have this book on loan: due back" in page
    assert RESERVE_FORM not in page
    assert RESERVE_FORM in phone.get(f"/buku/{village.record_id}").text  # another book: she may reserve it


def test_a_reservation_ready_at_the_desk_says_until_when(phone, village):
    patron.place_hold(village.lib, village.siti, village.lent_record_id)
    loans.checkin(village.lib, village.librarian, village.loan_barcode)  # Budi brings it back: put aside
    ready = patron.own_title(village.lib, village.siti, village.lent_record_id)
    assert ready.hold_status == "ready" and ready.ready_until is not None
    phone.get("/bahasa/en")
    phone.login(village.siti.number, PIN_SITI)
    page = phone.get(f"/buku/{village.lent_record_id}").text
    assert "You reserved this book: it is ready for you at the desk until" in page
    assert RESERVE_FORM not in page


@needs_browser
def test_back_after_reserving_shows_the_book_reserved_not_reserve_again(browser, base, village):
    driver = _at(browser, (360, 740))
    driver.delete_all_cookies()
    driver.get(f"{base}/akun")
    driver.add_cookie(ENGLISH)  # the new lines are checked in the source language; the page's words are translated
    driver.get(f"{base}/akun")
    _log_in(driver, village.siti.number, PIN_SITI)
    driver.get(f"{base}/buku/{village.lent_record_id}")
    _tap(driver, "form[action='/akun/pesan'] button")
    assert "Reserved." in driver.find_element("tag name", "body").text
    driver.back()
    _wait(driver, lambda d: "You reserved this book" in d.find_element("tag name", "body").text)
    assert driver.find_elements("css selector", "form[action='/akun/pesan']") == []
    assert _no_sideways_scroll(driver)


# --- a card number typed without its hyphen -----------------------------------------------------------


def test_our_card_number_typed_without_its_hyphen_logs_in(base, village):
    number = village.budi.number
    assert "-" in number  # the app's own numbers: "{code}-A00001"
    for typed in (number.replace("-", " "), number.replace("-", "").lower(), number.replace("-", "\u2013")):
        account = Phone(base).login(typed, PIN_BUDI).text  # a phone of its own each time
        assert 'name="pin"' not in account and "Laskar Pelangi" in account, typed


def test_our_card_number_typed_without_its_hyphen_signs_in_at_the_door(phone, village):
    typed = village.siti.number.replace("-", " ")
    fields = {**_form(phone, "/buku-tamu", "/buku-tamu/anggota"), "nomor": typed, "keperluan": "read"}
    phone.request("/buku-tamu/anggota", fields)
    assert Visit.select().where(Visit.member == village.siti.id).count() == 1


def test_two_cards_that_differ_only_by_a_hyphen_are_not_guessed(village):
    store.update(village.lib, village.siti, number=village.budi.number.replace("-", ""))  # "XXX-A00001", "XXXA00001"
    assert by_code(Member, Member.number, village.budi.number.replace("-", " ")) is None  # whose? nobody's
    assert by_code(Member, Member.number, village.budi.number).id == village.budi.id  # as printed: his
    assert by_code(Member, Member.number, "-") is None
