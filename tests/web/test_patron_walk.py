"""A patron's whole visit on her own phone (Debian's chromium at 360 x 740, as tests/web/test_phone_walk.py), the
faults that walk found:

- A teacher counts her class into the visitor book, the phone sleeps (past the 20 minutes a session lives) or the
  library PC restarts, she taps *Catat rombongan*: the form came back empty ("please fill it in again"). Nothing
  is done (the form's token cannot be checked), and now the form comes back as she sent it.
- A school class from the next village could not say so at the door: counted as from this village.
- The only copy of a book is out and late: the page said it comes back on a day already gone by.
- At 200 % text dates and the card number were cut at their hyphens ("13-12-" over "2025").
- A Javanese title's call number showed a box where its aksara Jawa letter is, on a phone without that font.
"""

from __future__ import annotations

import re
import time
from datetime import timedelta
from html import unescape

from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Visit
from pustaka_desktop.web import security
from tests.core.circ_helpers import book

from . import test_phone_walk as first_walk
from .conftest import PIN_BUDI, PIN_SITI
from .test_phone_navigation import ENGLISH, _messages, _tap
from .test_phone_walk import _form, needs_browser

driver = first_walk.driver
open_page = first_walk.open_page


def _type(driver, field: str, text: str) -> None:
    box = driver.find_element("id", field)
    box.clear()
    box.send_keys(text)


@needs_browser
def test_a_class_counted_in_before_the_phone_slept_is_still_there_to_send(open_page, server, village):
    driver = open_page("/buku-tamu")
    driver.add_cookie(ENGLISH)
    driver = open_page("/buku-tamu")
    _type(driver, "nama", "SDN 2 Sukamaju kelas 5")
    _type(driver, "jumlah_F", "14")
    _type(driver, "jumlah_M", "12")
    driver.find_element("css selector", "section#rombongan input[value='study'] + label").click()
    server.app.sessions._clock = lambda: time.monotonic() + security.IDLE + 60  # the phone slept past its session
    _tap(driver, "section#rombongan button[type=submit]")
    assert Visit.select().count() == 0  # not done: the form's token could not be checked
    assert _messages(driver) == ["Not sent yet: this page was opened before the library computer restarted, or long "
                                 "ago. What you filled in is still here: check it and send it again."]
    form = {name: driver.find_element("id", name).get_attribute("value") for name in ("nama", "jumlah_F", "jumlah_M")}
    assert form == {"nama": "SDN 2 Sukamaju kelas 5", "jumlah_F": "14", "jumlah_M": "12"}
    chosen = driver.find_elements("css selector", "section#rombongan input[name='keperluan']:checked")
    assert [box.get_attribute("value") for box in chosen] == ["study"]
    _tap(driver, "section#rombongan button[type=submit]")
    visit = Visit.get()
    assert (visit.headcount, visit.group_name, visit.purpose) == (26, "SDN 2 Sukamaju kelas 5", "study")




def test_a_school_class_from_the_next_village_says_where_it_comes_from(phone, village):
    """The group form asked what it came for, not where from: every class counted as from this village."""
    page = phone.get("/buku-tamu").text
    group_form = re.search(r'<section class="door" id="rombongan">(.*?)</section>', page, re.S).group(1)
    assert set(re.findall(r'name="asal" value="(\w+)"', group_form)) == {"village", "elsewhere"}
    fields = {**_form(phone, "/buku-tamu", "/buku-tamu/rombongan"), "nama": "SDN 1 Cikalong kelas 4",
              "jumlah_F": "9", "jumlah_M": "11", "keperluan": "activity", "asal": "elsewhere"}
    phone.request("/buku-tamu/rombongan", fields)
    visit = Visit.get()
    assert (visit.headcount, visit.origin_place) == (20, "elsewhere")


# --- what she reads on a book's page and in her account ------------------------------------------------------------


def test_a_late_copy_is_not_said_to_come_back_on_a_day_gone_by(phone, village):
    """The only copy is out and late: the page said "On loan, due back Wed, 25-11-2026" on 6 December."""
    phone.get("/bahasa/en")
    village.lib.clock.advance(days=40)
    page = phone.get(f"/buku/{village.lent_record_id}").text.replace("\u2060", "")
    assert re.search(r"On loan and late: it was due back \w{3}, \d\d-\d\d-\d{4}", page)
    assert "On loan, due back" not in page


def _lines_of_dates(driver) -> list[tuple[str, int]]:
    """Each date (25-11-2026) and card number (UJI-A00001) on the page, with the lines it is drawn on."""
    return driver.execute_script("""
        var found = [], walker = document.createTreeWalker(document.querySelector("main"), NodeFilter.SHOW_TEXT);
        var pattern = /\\d{2}-\\u2060?\\d{2}-\\u2060?\\d{4}|[A-Z]{2,}-\\u2060?[A-Z]\\d{3,}/g;
        while (walker.nextNode()) {
          var node = walker.currentNode, match;
          while ((match = pattern.exec(node.data)) !== null) {
            var range = document.createRange();
            range.setStart(node, match.index);
            range.setEnd(node, match.index + match[0].length);
            var tops = new Set(Array.from(range.getClientRects()).map(function (r) { return Math.round(r.top); }));
            found.push([match[0].replace(/\\u2060/g, ""), tops.size]);
          }
        }
        return found;""")


@needs_browser
def test_at_200_percent_text_dates_and_the_card_number_stay_on_one_line(open_page, village):
    """At 200 % text a 360-pixel phone lays out 180 pixels: "berlaku sampai 13-12-" over "2025", "SKM-" over
    "A00266", a copy "kembali Rab, 25-" over "11-2026"."""
    from .test_phone_navigation import _log_in

    village.lib.clock.advance(days=20)  # her loan is late: its due date and the fine line are longer
    driver = open_page("/akun")
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 180, "height": 370, "deviceScaleFactor": 1, "mobile": True})
    try:
        _log_in(driver, village.budi.number, PIN_BUDI)
        on_account = _lines_of_dates(driver)
        driver.get(driver.current_url.split("/akun")[0] + f"/buku/{village.lent_record_id}")
        on_book = _lines_of_dates(driver)
    finally:
        driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                               {"width": first_walk.WIDTH, "height": first_walk.HEIGHT, "deviceScaleFactor": 1,
                                "mobile": True})
    assert len(on_account) >= 3 and on_book  # the card number, its end date, the loan's due date; the copy's
    assert [text for text, lines in on_account + on_book if lines != 1] == []


@needs_browser
def test_a_javanese_call_number_is_drawn_in_the_javanese_font(open_page, village):
    """A phone without a font for aksara Jawa (iPhones; this chromium) showed the call number of *ꦱꦼꦫꦠ꧀ꦮꦺꦝꦠꦩ*
    ("899.222 MAN ꦱ") with a box: the title had the library's Javanese font, the call number's own font did not."""
    record = book(village.lib, "ꦱꦼꦫꦠ꧀ꦮꦺꦝꦠꦩ", copies=1)[0]
    store.update(village.lib, record, call_number="899.222 MAN ꦱ")
    driver = open_page(f"/buku/{record.record_id}")
    driver.execute_cdp_cmd("DOM.enable", {})
    driver.execute_cdp_cmd("CSS.enable", {})
    root = driver.execute_cdp_cmd("DOM.getDocument", {"depth": -1})["root"]["nodeId"]
    for selector in ("dd.call", "td.call"):
        node = driver.execute_cdp_cmd("DOM.querySelector", {"nodeId": root, "selector": selector})["nodeId"]
        fonts = driver.execute_cdp_cmd("CSS.getPlatformFontsForNode", {"nodeId": node})["fonts"]
        javanese = [f for f in fonts if f["isCustomFont"] and "Javanese" in f["familyName"]]
        assert javanese and javanese[0]["glyphCount"] == 1, (selector, fonts)


@needs_browser
def test_log_out_is_on_the_first_screen_of_her_account(open_page, village):
    """On a borrowed phone she logs out before handing it back: the button was at the foot of the page, below her
    loans, reservations and history."""
    from pustaka_desktop.core.circulation import loans, patron

    from .test_phone_navigation import _log_in

    for n in range(2):  # three books, her card's most
        loans.checkout(village.lib, village.librarian, village.budi, book(village.lib, f"Cerita Anak Jilid {n + 1}")[0].barcode)
    patron.place_hold(village.lib, village.budi, village.record_id)
    driver = open_page("/akun")
    _log_in(driver, village.budi.number, PIN_BUDI)
    assert len(driver.find_elements("css selector", "form[action='/akun/perpanjang']")) == 3
    button = driver.find_element("css selector", "form[action='/akun/keluar'] button")
    top = driver.execute_script("return arguments[0].getBoundingClientRect().bottom", button)
    assert top <= first_walk.HEIGHT and button.size["height"] >= 44
    _tap(driver, "form[action='/akun/keluar'] button")
    assert open_page("/akun").find_elements("id", "pin")  # logged out: the next one to open it gets the login


# --- the door: from the poster on the wall to the form --------------------------------------------------------------


def test_the_door_poster_opens_the_visitor_book_on_her_phone(village, base, tmp_path):
    """The only QR poster opened the catalogue's search: at the door a mother had to find *Buku tamu* in the menu.
    The door's poster (``web-poster --door``, or the button beside the catalogue's in Settings) opens the form."""
    import zxingcpp
    from PIL import Image

    from pustaka_desktop.core.printing import posters

    from .conftest import Phone

    poster = tmp_path / "pintu.png"
    posters.web_catalogue_poster(village.lib, village.librarian, str(poster), base + "/", door=True)
    [code] = [c.text for c in zxingcpp.read_barcodes(Image.open(poster))]
    assert code == base + "/buku-tamu"
    assert 'action="/buku-tamu/rombongan"' in Phone(base).get(code.removeprefix(base)).text



def test_web_poster_door_prints_the_visitor_books_address(tmp_path, capsys):
    from pustaka_desktop.cli import main

    db = str(tmp_path / "lib.sqlite3")
    assert main(["--lang", "en", "--db", db, "demo", "--size", "tiny"]) == 0
    assert main(["--lang", "en", "--db", db, "web-poster", "-o", str(tmp_path / "pintu.pdf"), "--address",
                 "http://10.0.0.5:8080/", "--door"]) == 0
    assert "(http://10.0.0.5:8080/buku-tamu)" in capsys.readouterr().out


def test_settings_saves_the_door_poster_beside_the_catalogues(qtbot, village, tmp_path, monkeypatch):
    import zxingcpp
    from PIL import Image
    from PySide6.QtWidgets import QMessageBox

    from pustaka_desktop.gui.context import AppContext
    from pustaka_desktop.gui.pages import settings_wifi
    from pustaka_desktop.gui.web_catalogue import SERVICE

    poster = tmp_path / "buku-tamu-wifi.png"
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    monkeypatch.setattr(settings_wifi, "save_file", lambda *args: str(poster))
    monkeypatch.setattr(SERVICE, "addresses", lambda: ["http://192.168.1.10:8080/"])
    tab = settings_wifi.WifiCatalogueTab(AppContext(village.lib, village.librarian))
    qtbot.addWidget(tab)
    tab.door_poster_button.setEnabled(True)  # (the catalogue's server need not run for the test)
    tab.door_poster_button.click()
    assert [c.text for c in zxingcpp.read_barcodes(Image.open(poster))] == ["http://192.168.1.10:8080/buku-tamu"]


@needs_browser
def test_cancelling_a_reservation_asks_first(open_page, village):
    """*Batalkan* cancelled at once: a thumb slipping while she scrolled her account gave away her place in the
    queue, and nothing brings it back."""
    from pustaka_desktop.core.circulation import patron
    from pustaka_desktop.core.store.models import Hold

    from .test_phone_navigation import _log_in

    hold = patron.place_hold(village.lib, village.siti, village.lent_record_id)
    driver = open_page("/akun")
    driver.add_cookie(ENGLISH)
    driver = open_page("/akun")
    _log_in(driver, village.siti.number, PIN_SITI)
    _tap(driver, "form[action='/akun/batal'] button")
    assert Hold.get_by_id(hold.id).status == "waiting"
    assert "Cancel this reservation? Your place in the queue goes to the next member." in _messages(driver)
    _tap(driver, "a[href^='/akun#pesanan-']")  # No, keep it
    assert Hold.get_by_id(hold.id).status == "waiting"
    [button] = driver.find_elements("css selector", "form[action='/akun/batal'] button")
    assert button.text.startswith("Cancel")  # the question is gone
    _tap(driver, "form[action='/akun/batal'] button")
    _tap(driver, "form[action='/akun/batal'] button")  # Yes, cancel it
    assert Hold.get_by_id(hold.id).status != "waiting"
    assert "Your reservation is cancelled." in _messages(driver)


def test_no_renew_button_on_a_card_that_ended(phone, village):
    """Her membership ended: the desk refuses every renewal, and *Perpanjang* was offered on each loan anyway (each
    tap answered "Not renewed: your membership ended")."""
    today = village.lib.clock.now().astimezone().date()
    store.update(village.lib, village.budi, expires_on=today - timedelta(days=3))
    phone.get("/bahasa/en")
    page = unescape(phone.login(village.budi.number, PIN_BUDI).text)
    assert "Laskar Pelangi" in page and 'action="/akun/perpanjang"' not in page
    assert "It can be renewed once your card is in order at the desk (see above)." in page
    assert "Your membership ended on" in page


# --- a borrowed phone left logged in --------------------------------------------------------------------------------


def test_a_borrowed_phone_left_logged_in_shows_her_loans_to_nobody_after_twenty_minutes(phone, village, server):
    """Her friend's phone, handed back without *Keluar*: after 20 minutes unused the next page is the login, with no
    title of hers on it; and clicking now and then keeps it no longer than a working day."""
    now = [time.monotonic()]
    server.app.sessions._clock = lambda: now[0]
    phone.get("/bahasa/en")
    assert "Laskar Pelangi" in phone.login(village.budi.number, PIN_BUDI).text
    now[0] += security.IDLE - 60
    assert "Laskar Pelangi" in phone.get("/akun").text  # still hers, 19 minutes on
    now[0] += security.IDLE + 1
    page = phone.get("/akun").text
    assert 'name="pin"' in page and "Laskar Pelangi" not in page and "You were logged out" in page
    phone.login(village.budi.number, PIN_BUDI)
    for _ in range(security.ABSOLUTE // (security.IDLE - 60) + 1):  # past eight hours, a tap every 19 minutes
        now[0] += security.IDLE - 60
        phone.get("/")
    assert 'name="pin"' in phone.get("/akun").text
