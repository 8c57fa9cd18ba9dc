"""A library that just moved in from SLiMS, seen by its patrons on their phones over the library Wi-Fi.

The catalogue, members, loans still out, a reservation SLiMS kept on the hold shelf and unpaid fines came in
from a SLiMS backup (``history-import``). Its members sign in with the number printed on their old SLiMS card
(``m0002``, ``M 0009``, ``AG#11``) typed on a phone keyboard: in small letters, or with the card's space left
out. They see their SLiMS loans with SLiMS's due dates, renew under SLiMS's renewal terms (a member type that
allowed no renewal says so, not "renewed 0 times, the most allowed"), sign in at the door. In Debian's
chromium at 360 x 740 every page of the walk fits the screen.
"""

from __future__ import annotations

import re
from html import unescape

import pytest

from pustaka_desktop.core.community import member_pin
from pustaka_desktop.core.interop import importer, member_import, slims_backup, slims_history
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Loan, Member, Visit
from pustaka_desktop.web.app import WebApp
from pustaka_desktop.web.security import Limit, RateLimiter
from pustaka_desktop.web.server import WebServer
from tests.core import interop_fixtures
from tests.core.test_interop_slims_backup import MEMBERS, write_dump
from tests.core.test_interop_slims_history import _history

from .conftest import Phone
from .test_phone_walk import needs_browser

empty_lib_factory = interop_fixtures.empty_lib_factory  # a fixture

PIN = "482915"
# SLiMS's member_id is whatever the library typed: small letters, a space, a mark (the clock: Monday 2 March 2026)
CARDS = {"m0002": MEMBERS[0], "M 0009": MEMBERS[1], "AG#11": MEMBERS[0]}  # Umum (2 renewals), Pelajar (none), Umum
LOANS = [  # loan_id, item_code, member_id, loan_date, due_date, renewed, rules, actual, is_lent, is_return, return_date
    (1, "B0001", "m0002", "2026-02-20", "2026-03-05", 1, 0, None, 1, 0, None),
    (2, "B0006", "M 0009", "2026-02-25", "2026-03-04", 0, 0, None, 1, 0, None),
    (3, "B0002", "AG#11", "2026-02-10", "2026-02-24", 2, 0, None, 1, 0, None),
]
FINES = [(1, "2025-11-12", "M 0009", 1500, 0, "Denda keterlambatan B0004")]
RESERVES = [(11, "AG#11", 2, "B0004", "2026-02-24 10:00:00")]  # B0004 is back: on the hold shelf for AG#11


def _members() -> list[tuple]:
    columns = slims_backup.KNOWN_COLUMNS["member"]
    rows = [dict(base, member_id=card, member_name=f"{base['member_name']} {n}", expire_date="2027-01-05")
            for n, (card, base) in enumerate(CARDS.items())]
    return [tuple(row.get(c) for c in columns) for row in rows]


@pytest.fixture
def moved_in(tmp_path, empty_lib_factory):
    lib, by = empty_lib_factory("DESA")
    history = _history(loans_=LOANS, fines_=FINES, visits_=[], reserves_=RESERVES)
    dump = write_dump(tmp_path / "backup_20260301_170000.sql", extra={**history, "member": _members()})
    importer.import_slims_backup(lib, by, dump)
    member_import.import_members(lib, by, dump)
    slims_history.import_history(lib, by, dump)
    for card in CARDS:
        member_pin.set_pin(lib, by, Member.get(Member.number == card), PIN)
    return lib


@pytest.fixture
def base(moved_in):
    # every phone in the room has its own address on the Wi-Fi; here they all come from 127.0.0.1
    roomy = RateLimiter({kind: Limit(1000, 1000) for kind in ("page", "login", "write", "door")})
    running = WebServer(WebApp(lib=moved_in, limiter=roomy), "127.0.0.1", 0, threads=2).start()
    yield f"http://127.0.0.1:{running.port}"
    running.stop()


def _english(base: str) -> Phone:
    phone = Phone(base)
    phone.get("/bahasa/en")
    return phone


def _flash(html: str) -> list[str]:
    return [unescape(text) for text in re.findall(r'<p class="flash[^"]*"[^>]*>(.*?)</p>', html, re.S)]


@pytest.mark.parametrize("typed", ["M0009", "m0009", "M  0009"])  # the card's space left out, or doubled
def test_the_number_on_the_old_slims_card_typed_on_a_phone_signs_in(base, typed):
    account = unescape(_english(base).login(typed, PIN).text)
    assert 'name="pin"' not in account, _flash(account)
    # Budi's SLiMS loan with SLiMS's due date, and the fine he owed at SLiMS
    assert "Card M 0009 ·" in account and "Due back Wednesday, 4 March 2026" in account
    assert "Unpaid fines: Rp1,500" in account.replace("Rp ", "Rp").replace("\xa0", "")


def test_a_card_typed_without_its_space_signs_in_at_the_door(base, moved_in):
    phone = _english(base)
    csrf = re.search(r'name="csrf" value="([^"]+)"', phone.get("/buku-tamu").text).group(1)
    thanks = phone.request("/buku-tamu/anggota", {"csrf": csrf, "nomor": "M0009", "keperluan": "read"})
    assert Visit.select().where(Visit.member == Member.get(Member.number == "M 0009").id).count() == 1
    assert "is no member" not in thanks.text


def test_two_cards_that_differ_only_by_a_space_are_not_guessed(base, moved_in):
    store.update(moved_in, Member.get(Member.number == "AG#11"), number="M 00 09")  # now "M 0009" and "M 00 09"
    assert 'name="pin"' not in _english(base).login("m 0009", PIN).text  # as printed: his
    assert 'name="pin"' in _english(base).login("M0009", PIN).text  # whose? nobody's
    store.update(moved_in, Member.get(Member.number == "M 00 09"), number="AG#11")
    assert 'name="pin"' not in _english(base).login("M0009", PIN).text  # one card only: his


def test_a_member_type_that_renews_nothing_says_so(base):
    phone = _english(base)
    account = phone.login("M 0009", PIN).text
    assert "This book is not renewed on your card." in account and 'action="/akun/perpanjang"' not in account
    loan = Loan.get(Loan.member == Member.get(Member.number == "M 0009").id)
    said = _flash(phone.post("/akun/perpanjang", {"pinjaman": loan.id}).text)  # a page from before the move
    assert len(said) == 1 and "No renewals are allowed for this member type" in said[0] and "0 time(s)" not in said[0], said
    assert Loan.get_by_id(loan.id).renewals == 0


def test_slims_renewals_count_and_show(base):
    phone = _english(base)
    account = unescape(phone.login("m0002", PIN).text)
    assert "Renewed 1 of 2 time(s)" in account  # SLiMS's renewal came with the loan
    loan = Loan.get(Loan.member == Member.get(Member.number == "m0002").id)
    renewed = phone.post("/akun/perpanjang", {"pinjaman": loan.id})
    assert _flash(renewed.text)[0].startswith("Renewed: Laskar Pelangi.")
    assert "Renewed 2 of 2 time(s): no more renewals." in renewed.text
    assert 'action="/akun/perpanjang"' not in renewed.text
    refused = _flash(phone.post("/akun/perpanjang", {"pinjaman": loan.id}).text)
    assert "already renewed 2 time(s)" in refused[0]


def test_renewing_a_late_loan_says_the_fine_it_charged(base, moved_in):
    moved_in.clock.advance(days=10)  # Thursday 12 March: the SLiMS loan due on the 5th is a week late
    phone = _english(base)
    phone.login("m0002", PIN)
    loan = Loan.get(Loan.member == Member.get(Member.number == "m0002").id)
    said = _flash(phone.post("/akun/perpanjang", {"pinjaman": loan.id}).text)
    assert len(said) == 1 and said[0].startswith("Renewed: Laskar Pelangi.")
    assert "The late fine so far, Rp" in said[0] and "3,500, is now owed: pay it at the desk." in said[0], said


def test_the_reserved_copy_waits_ready_to_pick_up(base):
    account = unescape(_english(base).login("ag#11", PIN).text).replace("\u2060", "")  # (dates kept on one line)
    assert "Was due back 24-02-2026: 6 days late" in account
    assert "Renewed 2 of 2 time(s): no more renewals." in account
    assert "Ready for you at the desk until Thursday, 5 March 2026" in account


def test_the_login_box_is_not_autocorrected(base):
    for page in ("/akun", "/buku-tamu"):
        box = re.search(r'<input id="nomor"[^>]*>', Phone(base).get(page).text).group(0)
        assert 'autocorrect="off"' in box and 'spellcheck="false"' in box


# --- in a real browser at phone size ---------------------------------------------------------------

OVERFLOW = """var w = document.documentElement.clientWidth, out = [];
document.querySelectorAll('body *').forEach(function (e) {
  var r = e.getBoundingClientRect(); if (r.width > 0 && r.right > w + 1) out.push(e.tagName + ' ' + e.textContent.slice(0, 40));
});
return [document.documentElement.scrollWidth - w, out];"""


@pytest.fixture(scope="module")
def driver():
    from . import phone_browser

    browser = phone_browser.phone_chromium(360, 740)
    yield browser
    browser.quit()


@needs_browser
def test_the_walk_fits_a_phone_screen(driver, base):
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    def find(css: str):
        return WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, css))[0]

    driver.delete_all_cookies()
    driver.get(base + "/bahasa/en?next=/akun")
    for typed, note in (("m0009", "This book is not renewed on your card."),
                        ("ag#11", "Renewed 2 of 2 time(s): no more renewals."), ("M0002", "Renewed 1 of 2 time(s)")):
        driver.get(base + "/akun")
        driver.find_element(By.ID, "nomor").send_keys(typed)
        driver.find_element(By.ID, "pin").send_keys(PIN)
        driver.find_element(By.CSS_SELECTOR, "form.stack button[type=submit]").click()
        said = find("ul.loans p:nth-of-type(2)")
        assert said.is_displayed() and said.text == note
        assert driver.execute_script(OVERFLOW) == [0, []]
        driver.find_element(By.CSS_SELECTOR, "form[action='/akun/keluar'] button").click()
        find("form.search")
    driver.get(base + "/buku-tamu")
    assert driver.execute_script(OVERFLOW) == [0, []]


@needs_browser
def test_a_long_number_refused_at_the_door_stays_on_the_screen(driver, base):
    """A card scanned by mistake (a long code, up to the box's 40 characters) is said back without spilling
    the message off the side of the phone."""
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    driver.delete_all_cookies()
    driver.get(base + "/buku-tamu")
    box = driver.find_element(By.ID, "nomor")
    box.send_keys("PERPUSDESASUKAMAJUANGGOTA201900000012345")
    box.submit()
    said = WebDriverWait(driver, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, "p.flash.error"))[0]
    assert "PERPUSDESASUKAMAJUANGGOTA201900000012345" in said.text.replace("\n", "")
    assert driver.execute_script("return document.documentElement.scrollWidth") == 360
