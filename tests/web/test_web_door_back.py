"""The phone's Back button and forms that come back, on a phone (360 x 740, Debian's chromium as in
tests/web/test_phone_walk.py) and without JavaScript.

- A form that could not be done (a wrong PIN, an unknown card number at the door) answers with a redirect to its
  page, never with a page made by the POST: after she gets it right, Back shows a page, not Chromium's "Confirm
  Form Resubmission", and nothing is done twice.
- The door's forms come back filled in with what she typed and chose, the reason beside the form she used (on a
  phone she corrects one thing, she does not type it all again); the login keeps the card number, never the PIN.
- A page with forms that Back brings from the browser's memory is fetched again: it does not still say the card
  number was wrong after she signed in.
"""

from __future__ import annotations

import json
from urllib.parse import urlsplit

from pustaka_desktop.core.reports import figures
from pustaka_desktop.core.reports.period import Period
from pustaka_desktop.core.store.models import Visit

from . import test_phone_walk as first_walk
from .conftest import PIN_BUDI
from .test_phone_navigation import ENGLISH, _log_in, _tap, _wait
from .test_phone_walk import needs_browser

driver = first_walk.driver
open_page = first_walk.open_page

UNKNOWN_NUMBER = "No member has the card number UJI-A9999."


def _back(driver) -> None:
    driver.back()
    _wait(driver, lambda d: d.execute_script("return document.readyState") == "complete")


def _page_text(driver) -> str:
    return driver.find_element("tag name", "body").text


def _in_english(open_page, path: str):
    driver = open_page(path)
    driver.add_cookie(ENGLISH)
    return open_page(path)


def _door_form(driver, name: str):
    return driver.find_element("css selector", f"section#{name} form")


def _choose(driver, form: str, value: str) -> None:
    driver.find_element("css selector", f"section#{form} input[value='{value}'] + label").click()


def _chosen(driver, form: str) -> list[str]:
    return [box.get_attribute("value") for box in driver.find_elements("css selector", f"section#{form} input:checked")]


@needs_browser
def test_back_after_a_wrong_pin_then_the_right_one_shows_a_page_not_resubmit(open_page, village):
    driver = _in_english(open_page, "/buku-tamu")
    driver = open_page("/akun")
    _log_in(driver, village.budi.number, "000000")
    assert "Wrong member number or PIN." in _page_text(driver)
    assert driver.find_element("id", "nomor").get_attribute("value") == village.budi.number
    assert driver.find_element("id", "pin").get_attribute("value") == ""
    _log_in(driver, village.budi.number, PIN_BUDI)
    assert driver.find_elements("css selector", "form[action='/akun/perpanjang']")
    _back(driver)
    assert urlsplit(driver.current_url).path == "/akun"
    assert "Confirm Form Resubmission" not in driver.title + _page_text(driver)
    assert driver.find_elements("css selector", "form[action='/akun/perpanjang']")  # still logged in, her loans


@needs_browser
def test_an_unknown_card_at_the_door_comes_back_filled_in_and_back_repeats_nothing(open_page, village):
    driver = _in_english(open_page, "/buku-tamu")
    driver.find_element("id", "nomor").send_keys("UJI-A9999")
    _choose(driver, "anggota", "study")
    _tap(driver, "section#anggota button")
    assert urlsplit(driver.current_url).fragment == "anggota"  # scrolled to the form she used
    assert driver.find_element("css selector", "section#anggota p.flash.error").text == UNKNOWN_NUMBER
    assert driver.find_element("id", "nomor").get_attribute("value") == "UJI-A9999"
    assert _chosen(driver, "anggota") == ["study"]
    assert Visit.select().count() == 0
    number = driver.find_element("id", "nomor")
    number.clear()
    number.send_keys(village.budi.number)
    _tap(driver, "section#anggota button")
    assert urlsplit(driver.current_url).path == "/buku-tamu/terima-kasih"
    _back(driver)
    _wait(driver, lambda d: UNKNOWN_NUMBER not in _page_text(d))  # fetched again, not the page from memory
    assert "Confirm Form Resubmission" not in driver.title + _page_text(driver)
    assert driver.find_element("id", "nomor").get_attribute("value") == ""
    visit = Visit.get()
    assert (Visit.select().count(), visit.member_id, visit.purpose) == (1, village.budi.id, "study")


@needs_browser
def test_a_group_with_a_count_in_words_comes_back_with_its_name_and_counts(open_page, village):
    driver = _in_english(open_page, "/buku-tamu")
    driver.find_element("id", "nama").send_keys("Ibu Sari dan anak-anak")
    for field, value in (("jumlah_F", "2"), ("jumlah_M", "dua")):
        driver.find_element("id", field).clear()
        driver.find_element("id", field).send_keys(value)
    driver.execute_script("document.getElementById('jumlah_M').removeAttribute('pattern')")  # as an old phone sends it
    _tap(driver, "section#rombongan button")
    assert driver.find_element("css selector", "section#rombongan p.flash.error").text == "Counts are whole numbers."
    assert not driver.find_elements("css selector", "section#anggota p.flash, section#tamu p.flash")
    assert [driver.find_element("id", f).get_attribute("value") for f in ("nama", "jumlah_F", "jumlah_M")] == [
        "Ibu Sari dan anak-anak", "2", "dua"]
    assert Visit.select().count() == 0


def test_a_guest_without_an_age_comes_back_with_what_she_chose(phone, village):
    phone.get("/bahasa/en")
    page = phone.post("/buku-tamu/tamu", {"jenis_kelamin": "F", "keperluan": "borrow", "asal": "elsewhere"},
                      form_page="/buku-tamu", follow=False)
    assert page.status == 303 and page.headers["Location"] == "/buku-tamu#tamu"
    html = phone.get("/buku-tamu").text
    assert "Choose male or female and your age, then press Sign in." in html
    for chosen in ('id="g-F"', 'id="t-borrow"', 'id="o-elsewhere"'):
        assert f'{chosen} name' in html and html.split(chosen, 1)[1].split(">", 1)[0].endswith("checked")
    assert "Choose male or female" not in phone.get("/buku-tamu").text  # said once, then a clean form
    assert Visit.select().count() == 0


def test_a_wrong_pin_comes_back_with_the_number_and_never_the_pin(phone, village):
    phone.get("/bahasa/en")
    answer = phone.login(village.budi.number, "000000", follow=False)
    assert answer.status == 303
    html = phone.get(answer.headers["Location"]).text
    assert "Wrong member number or PIN." in html
    assert f'value="{village.budi.number}"' in html and "000000" not in html


@needs_browser
def test_a_mother_signs_in_her_three_children_once_with_what_they_came_for(open_page, village):
    driver = _in_english(open_page, "/buku-tamu")
    assert driver.find_element("css selector", "section#rombongan h2").text == "We are a group or a family"
    driver.find_element("id", "nama").send_keys("Ibu Sari dan anak-anak")
    for field, value in (("jumlah_F", "2"), ("jumlah_M", "2")):
        driver.find_element("id", field).clear()
        driver.find_element("id", field).send_keys(value)
    assert not driver.find_element("id", "jumlah_0-6").is_displayed()  # (their ages: asked, folded away)
    driver.find_element("css selector", "section#rombongan details summary").click()  # (no new page)
    for field, value in (("jumlah_0-6", "1"), ("jumlah_7-12", "2"), ("jumlah_36-59", "1")):
        driver.find_element("id", field).send_keys(value)
    _choose(driver, "rombongan", "read")
    _tap(driver, "section#rombongan button")
    assert "Thank you! 4 people are in the visitor book." in _page_text(driver)
    visit = Visit.get()
    assert (Visit.select().count(), visit.headcount, visit.purpose, visit.group_name) == (
        1, 4, "read", "Ibu Sari dan anak-anak")
    # the reports count the family by its ages, not under "age not given"
    assert json.loads(visit.breakdown) == {"M": 2, "F": 2, "0-6": 1, "7-12": 2, "36-59": 1}
    by_band = figures.visits(village.lib, Period.month(visit.at.year, visit.at.month))["by_age_band"]
    assert (by_band["0-6"], by_band["7-12"], by_band["36-59"], by_band.get("", 0)) == (1, 2, 1, 0)


def test_a_class_counted_by_its_school_that_does_not_add_up_comes_back_with_its_counts(phone, village):
    phone.get("/bahasa/en")
    form = {"nama": "SDN 2 Sukamaju kelas 4", "jumlah_M": "14", "jumlah_F": "14", "jumlah_sd": "27",
            "keperluan": "activity", "asal": "elsewhere"}
    page = phone.post("/buku-tamu/rombongan", form, form_page="/buku-tamu", follow=False)
    assert page.status == 303 and page.headers["Location"] == "/buku-tamu#rombongan"
    html = phone.get("/buku-tamu").text
    assert "The group counts do not agree: 28 by gender but 27 by age or school level." in html
    assert '<details class="counts-by" open>' in html  # (opened: the count to correct is in it)
    assert 'name="jumlah_sd" inputmode="numeric" pattern="[0-9]*" maxlength="4" value="27"' in html
    assert Visit.select().count() == 0
    assert '<details class="counts-by">' in phone.get("/buku-tamu").text  # a clean form again, folded
    phone.post("/buku-tamu/rombongan", {**form, "jumlah_sd": "28"}, form_page="/buku-tamu")
    visit = Visit.get()
    assert (visit.headcount, json.loads(visit.breakdown)) == (28, {"M": 14, "F": 14, "sd": 28})
    counted = figures.visits(village.lib, Period.month(visit.at.year, visit.at.month))
    assert (counted["school_groups"], counted["pupils"], counted["by_age_band"]["7-12"]) == (1, 28, 28)
