"""A patron on a cheap, slow phone on the library Wi-Fi: what goes wrong there and not on a fast PC.

- A double tap (or a tap again because the answer is slow) sends a form twice: it must be done once and
  answer with what was done, not count a visitor twice, not say "already reserved" after "reserved",
  not show "form too old" after a login.
"""

from __future__ import annotations

import re
from html import unescape

from pustaka_desktop.core.store.models import Loan, Visit
from pustaka_desktop.web.security import COOKIE

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
