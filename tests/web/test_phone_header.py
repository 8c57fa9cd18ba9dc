"""The page header on a patron's small phone (Debian's chromium as in tests/web/phone_browser.py; Android's Chrome
makes text larger by zooming the page, so 130 % text on a 320 x 568 phone lays out as a 246 x 437 page).

- The header (the library's name, the language, six menu links that wrapped onto three rows) took 255 of the 437
  pixels at 130 % text, and more than the whole screen at 200 %: the first search result was below it. The menu is
  now one row that scrolls sideways, with no JavaScript needed; a long library name takes two lines at most.
- The keyboard's focus ring in the header was orange on teal (1.9 : 1): hardly seen. It is white now, drawn
  inside the link so the scrolling menu row does not cut it off; a focused link scrolls into sight.
- With the menu scrolling, the page she is on is brought into sight in it (``static/menu.js``, when it runs).
- At 200 % text on a 320-pixel phone (a 160-pixel page) a long word ("Kegiatan di perpustakaan", "Meminjam atau
  mengembalikan"), a book's copies table and a "Perpanjang" button were wider than the page: the phone zoomed
  the whole page out, the large text with it. They now fit. A one-word subject ("Padi") was 35 pixels wide.
- A cover the librarian replaced (a wrong picture mended) kept showing on the phones until the app restarted (the
  server kept its thumbnails by book number, the phones for an hour); a hidden book's cover was still served.
- After an update of Pustaka, a phone that came the day before kept yesterday's style sheet for a day (it was
  cached for 24 hours under the same address): the new pages showed with the old look. The style sheet and
  scripts are now named with their content's fingerprint.
"""

from __future__ import annotations

import re
import shutil

import pytest

from pustaka_desktop.web import app as web_app
from pustaka_desktop.web.app import WebApp
from pustaka_desktop.web.server import WebServer

from . import phone_browser
from .test_phone_walk import needs_browser

SMALL_130 = (246, 437)  # 320 x 568 with the phone's text at 130 %
SIZES = {"320x568": (320, 568), "320x568-text-130": SMALL_130, "360x640-text-130": (277, 492),
         "320x568-text-200": (160, 284)}
HEADER_SHARE = {"320x568": 0.2, "320x568-text-130": 0.25, "360x640-text-130": 0.25, "320x568-text-200": 0.5}
LONG_NAME = "Perpustakaan Desa Sukamaju Kecamatan Cibungbulang Kabupaten Bogor Provinsi Jawa Barat"


@pytest.fixture(scope="module")
def browser():
    driver = phone_browser.phone_chromium(*SMALL_130)
    yield driver
    driver.quit()


def _at(driver, size: tuple[int, int], scripts: bool = True):
    width, height = size
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": True})
    driver.execute_cdp_cmd("Emulation.setScriptExecutionDisabled", {"value": not scripts})
    return driver


@pytest.fixture
def phone_at(browser, base):
    browser.delete_all_cookies()

    def go(size, path: str, lang: str = "id", scripts: bool = True):
        driver = _at(browser, size, scripts)
        driver.get(f"{base}/bahasa/{lang}")
        driver.get(base + path)
        return driver
    yield go
    _at(browser, SMALL_130)


def _rect(driver, css: str) -> dict:
    return driver.execute_script("var r = document.querySelector(arguments[0]).getBoundingClientRect();"
                                 "return {top: r.top, bottom: r.bottom, left: r.left, right: r.right}", css)


@needs_browser
@pytest.mark.parametrize("lang", ["id", "en"])
@pytest.mark.parametrize("size", list(SIZES), ids=list(SIZES))
def test_the_header_is_small_and_the_first_result_on_the_first_screen(phone_at, village, size, lang):
    width, height = SIZES[size]
    driver = phone_at(SIZES[size], "/?q=Kumpulan+Cerita", lang, scripts=False)  # an old phone, JavaScript off
    header = _rect(driver, "header.top")
    assert header["bottom"] <= height * HEADER_SHARE[size], (size, header)
    assert driver.execute_script("return document.documentElement.scrollWidth") <= width  # nothing sideways
    if size != "320x568-text-200":
        title = driver.execute_script("return document.querySelector('#hasil .hit h3 a').getClientRects()[0].bottom")
        assert title <= height  # the first line of the first title, at least
    else:  # at 200 % the label and the box under the header: where to type shows, the box may need a swipe
        assert _rect(driver, "#q")["top"] < height


@needs_browser
def test_every_menu_link_is_on_one_row_and_can_be_reached(phone_at, village):
    driver = phone_at(SMALL_130, "/")
    tops = driver.execute_script("return Array.from(document.querySelectorAll('header nav a'))"
                                 ".map(function (a) { return Math.round(a.getBoundingClientRect().top); })")
    assert len(tops) == 6 and len(set(tops)) == 1
    menu = driver.find_element("css selector", "header nav")
    last = driver.find_elements("css selector", "header nav a")[-1]
    driver.execute_script("arguments[0].scrollLeft = arguments[0].scrollWidth", menu)  # her thumb swipes it
    assert _within(driver, last, menu)


def _within(driver, element, box) -> bool:
    return driver.execute_script(
        "var e = arguments[0].getBoundingClientRect(), b = arguments[1].getBoundingClientRect();"
        "return e.left >= b.left - 0.5 && e.right <= b.right + 0.5 && e.top >= b.top - 0.5 && e.bottom <= b.bottom + 0.5",
        element, box)


@needs_browser
def test_a_long_library_name_takes_two_lines_at_most(browser, village):
    app = WebApp(lib=village.lib, library_name=LONG_NAME)
    server = WebServer(app, "127.0.0.1", 0, threads=2).start()
    try:
        driver = _at(browser, SMALL_130)
        driver.get(f"http://127.0.0.1:{server.port}/")
        name = driver.find_element("css selector", "header .lib span")
        line = driver.execute_script("return parseFloat(getComputedStyle(arguments[0]).lineHeight)", name)
        assert name.size["height"] <= 2 * line + 1
        assert LONG_NAME in driver.title and LONG_NAME in driver.find_element("css selector", "footer").text
        assert _rect(driver, "header.top")["bottom"] <= SMALL_130[1] * 0.25
    finally:
        server.stop()


def _luminance(colour: str) -> float:
    channels = [int(c) / 255 for c in re.findall(r"\d+", colour)[:3]]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def _contrast(one: str, other: str) -> float:
    high, low = sorted((_luminance(one), _luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@needs_browser
def test_the_keyboards_focus_is_seen_on_every_header_link(phone_at, village):
    from selenium.webdriver.common.keys import Keys

    driver = phone_at(SMALL_130, "/")
    background = driver.execute_script("return getComputedStyle(document.querySelector('header.top')).backgroundColor")
    body = driver.find_element("tag name", "body")
    body.send_keys(Keys.TAB)  # "skip to content"
    menu = driver.find_element("css selector", "header nav")
    seen = []
    for _ in range(9):
        driver.switch_to.active_element.send_keys(Keys.TAB)
        link = driver.switch_to.active_element
        if not driver.execute_script("return !!arguments[0].closest('header')", link):
            break
        style = driver.execute_script("var s = getComputedStyle(arguments[0]);"
                                      "return [s.outlineStyle, s.outlineColor, parseFloat(s.outlineWidth),"
                                      "        parseFloat(s.outlineOffset)]", link)
        outline, colour, thickness, offset = style
        assert outline != "none" and thickness >= 2, (link.text, style)
        assert _contrast(colour, background) >= 3, (link.text, colour, background)
        if driver.execute_script("return !!arguments[0].closest('nav')", link):
            assert offset <= -thickness, (link.text, style)  # drawn inside: the scrolling row cannot cut it
            assert _within(driver, link, menu), link.text  # scrolled into sight
        seen.append(link.text)
    assert len(seen) == 8, seen  # the name, the language, the six menu links


@needs_browser
def test_the_page_she_is_on_shows_in_the_menu_row(phone_at, village):
    driver = phone_at(SMALL_130, "/buku-tamu")
    here = driver.find_element("css selector", "header nav a[aria-current=page]")
    assert here.text == "Buku tamu"
    assert _within(driver, here, driver.find_element("css selector", "header nav"))
    assert driver.execute_script("return window.scrollY") == 0  # the page itself did not move


# --- 200 % text -------------------------------------------------------------------------------------------------

@needs_browser
def test_at_200_percent_text_no_page_is_wider_than_the_phone(phone_at, village):
    from .conftest import PIN_BUDI
    from .test_phone_navigation import _log_in

    tiny = SIZES["320x568-text-200"]
    wider = {}
    for path in ("/", "/?q=Kumpulan", f"/buku/{village.record_id}", f"/buku/{village.lent_record_id}", "/baru",
                 "/kegiatan", "/rak-digital", "/akun", "/buku-tamu", "/buku/999999"):
        driver = phone_at(tiny, path)
        assert ("Kode kesalahan" in driver.page_source) == (path == "/buku/999999"), path  # the page itself
        wider[path] = driver.execute_script("return window.innerWidth")  # the phone zooms out a page wider than it
    driver.get(driver.current_url.split("/buku/")[0] + "/akun")
    _log_in(driver, village.budi.number, PIN_BUDI)
    wider["/akun (logged in)"] = driver.execute_script("return window.innerWidth")
    assert {path: width for path, width in wider.items() if width > tiny[0]} == {}


@needs_browser
def test_a_one_word_subject_is_a_thumb_wide(phone_at, village):
    driver = phone_at(SMALL_130, f"/buku/{village.record_id}")
    subjects = driver.find_elements("css selector", ".facts .subjects a")
    assert [s.text for s in subjects] == ["Padi", "Pertanian"]
    for link in subjects:
        assert link.size["width"] >= 44 and link.size["height"] >= 44, (link.text, link.size)


# --- the style sheet after an update --------------------------------------------------------------------------

def _updated_web_folder(tmp_path, css_extra: str):
    """A copy of the web catalogue's templates and static files, its style sheet changed: the next version."""
    folder = tmp_path / "web-next"
    shutil.copytree(web_app.HERE / "templates", folder / "templates")
    shutil.copytree(web_app.HERE / "static", folder / "static")
    css = folder / "static" / "style.css"
    css.write_text(css.read_text(encoding="utf-8") + css_extra, encoding="utf-8")
    return folder


@needs_browser
def test_after_an_update_a_phone_shows_the_new_style_sheet_not_yesterdays(browser, village, tmp_path, monkeypatch):
    server = WebServer(WebApp(lib=village.lib), "127.0.0.1", 0, threads=2).start()
    port = server.port
    driver = _at(browser, SMALL_130)
    colour = "return getComputedStyle(document.querySelector('header.top')).backgroundColor"
    try:
        driver.get(f"http://127.0.0.1:{port}/")
        before = driver.execute_script(colour)
    finally:
        server.stop()
    monkeypatch.setattr(web_app, "HERE", _updated_web_folder(tmp_path, "\n.top{background:#5c0e2a}\n"))
    updated = WebServer(WebApp(lib=village.lib), "127.0.0.1", port, threads=2).start()  # the app, updated
    try:
        driver.get(f"http://127.0.0.1:{port}/akun")  # her next tap
        after = driver.execute_script(colour)
    finally:
        updated.stop()
    assert before == "rgb(14, 79, 92)" and after == "rgb(92, 14, 42)"


def test_a_page_names_its_style_sheet_and_scripts_by_their_content(phone, village):
    page = phone.get("/").text
    sheet = re.search(r'<link rel="stylesheet" href="(/static/style\.css\?v=[0-9a-f]{8,})">', page).group(1)
    scripts = re.findall(r'<script src="(/static/[a-z]+\.js\?v=[0-9a-f]{8,})" defer>', page)
    assert len(scripts) == 3  # fresh.js, menu.js, search.js
    for address in (sheet, *scripts):
        answer = phone.get(address)
        assert answer.status == 200 and answer.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    old = phone.get("/static/style.css?v=000000000000")  # a page from before an update
    assert old.status == 200 and old.headers["Cache-Control"] == "no-cache"
    assert old.body == phone.get(sheet).body


# --- the language switch ------------------------------------------------------------------------------------------

def _switch(phone, page: str):
    link = re.search(r'<p class="langs">\s*<a href="([^"]+)"', phone.get(page).text).group(1)
    return phone.get(link.replace("&amp;", "&"))


def test_the_language_switch_comes_back_to_the_same_results_and_book(phone, village):
    english = _switch(phone, "/?q=Kumpulan+Cerita&hal=2")
    assert "Kumpulan Cerita Rakyat" in english.text and "page 2 of 2" in english.text
    book = f"/buku/{village.record_id}?dari=%2F%3Fq%3DPadi"
    back = _switch(phone, book)  # back to Indonesian, on the book, its Back link still to her search
    assert "Budidaya Padi Sawah" in back.text and '<a href="/?q=Padi">« Kembali ke pencarian</a>' in back.text


@needs_browser
def test_the_language_switch_after_an_as_you_type_search_keeps_it(phone_at, village):
    from selenium.webdriver.support.ui import WebDriverWait

    driver = phone_at(SMALL_130, "/")
    driver.find_element("id", "q").send_keys("Budidaya")
    WebDriverWait(driver, 30).until(lambda d: "Budidaya Padi Sawah" in d.find_element("id", "hasil").text)
    driver.find_element("css selector", "header .langs a").click()
    WebDriverWait(driver, 30).until(lambda d: d.find_element("tag name", "html").get_attribute("lang") == "en")
    assert driver.find_element("id", "q").get_attribute("value") == "Budidaya"
    assert "Budidaya Padi Sawah" in driver.find_element("id", "hasil").text


# --- the library's name -------------------------------------------------------------------------------------------

def test_a_name_corrected_in_settings_shows_on_the_phones_next_page(phone, village):
    from pustaka_desktop.core import profile

    first = village.lib.profile.name
    assert first in phone.get("/").text
    profile.update_profile(village.lib, village.librarian, name="Perpustakaan Desa Sukamaju")  # a typo mended
    page = phone.get("/akun").text
    assert "Perpustakaan Desa Sukamaju" in page and first not in page


# --- a book's cover -----------------------------------------------------------------------------------------------

def _picture(colour: tuple[int, int, int]) -> bytes:
    import io

    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (240, 360), colour).save(out, "JPEG")
    return out.getvalue()


def _cover_on(phone, page: str) -> str:
    return re.search(r'<img class="cover[^"]*" src="(/sampul/[^"]+)"', phone.get(page).text).group(1).replace("&amp;", "&")


def _colour(jpeg: bytes) -> tuple[int, int, int]:
    import io

    from PIL import Image

    red, green, blue = Image.open(io.BytesIO(jpeg)).convert("RGB").getpixel((10, 10))
    return (round(red, -2), round(green, -2), round(blue, -2))


def test_a_cover_replaced_in_the_app_shows_on_the_phones(phone, village):
    from pustaka_desktop.core.catalog import covers
    from pustaka_desktop.core.store.models import Record

    record = Record.get_by_id(village.record_id)
    covers.set_cover(village.lib, village.librarian, record, _picture((200, 0, 0)))  # a wrong picture first
    page = f"/buku/{village.record_id}"
    first = _cover_on(phone, page)
    answer = phone.get(first)
    assert _colour(answer.body) == (200, 0, 0)
    assert answer.headers["Cache-Control"] == "public, max-age=31536000, immutable"
    covers.set_cover(village.lib, village.librarian, Record.get_by_id(village.record_id), _picture((0, 0, 200)))
    again = _cover_on(phone, page)
    assert again != first  # a new address: the phone does not show the copy it kept
    assert _cover_on(phone, "/?q=Budidaya") == again
    assert _colour(phone.get(again).body) == (0, 0, 200)
    assert _colour(phone.get(first).body) == (0, 0, 200)  # an old page asks the old address: the picture as now


def test_a_hidden_books_cover_is_not_served_any_more(phone, village):
    from pustaka_desktop.core.catalog import covers
    from pustaka_desktop.core.store import write as store
    from pustaka_desktop.core.store.models import Record

    covers.set_cover(village.lib, village.librarian, Record.get_by_id(village.record_id), _picture((0, 200, 0)))
    address = _cover_on(phone, f"/buku/{village.record_id}")
    assert phone.get(address).status == 200
    store.update(village.lib, Record.get_by_id(village.record_id), hidden=True)
    assert phone.get(address).status == 404
    assert phone.get("/sampul/" + "9" * 30 + ".jpg").status == 404  # no such number, not a server error
