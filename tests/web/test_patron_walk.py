"""A patron's whole visit on her own phone (Debian's chromium at 360 x 740, as tests/web/test_phone_walk.py), the
faults that walk found:

- A teacher counts her class into the visitor book, the phone sleeps (past the 20 minutes a session lives) or the
  library PC restarts, she taps *Catat rombongan*: the form came back empty ("please fill it in again"). Nothing
  is done (the form's token cannot be checked), and now the form comes back as she sent it.
"""

from __future__ import annotations

import time

from pustaka_desktop.core.store.models import Visit
from pustaka_desktop.web import security

from . import test_phone_walk as first_walk
from .test_phone_navigation import ENGLISH, _messages, _tap
from .test_phone_walk import needs_browser

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

