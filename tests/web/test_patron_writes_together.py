"""A patron's renewal, reservation or door sign-in while someone else writes to the library file at the same
moment: the desk saving a member, another phone renewing. SQLite lets a transaction that has read go on reading
while another one writes, and then refuses it the write at once ("database is locked", whatever the busy wait):
the phone got the web's "The library computer is busy" page and nothing was done. Seen with two phones on one
card tapping Perpanjang together: one of them got the busy page. A patron's action now takes the write lock at
its start and waits its turn, so it is done on what the other left; and a renewal from a page that showed the old
due date is not done again ("Sudah diperpanjang"), which would spend a second renewal on one asked for."""

from __future__ import annotations

import re
import sqlite3

import pytest

from pustaka_desktop.core.circulation import loans, patron
from pustaka_desktop.core.store.models import Hold, Loan


@pytest.fixture
def desk_writes_meanwhile(village, monkeypatch):
    """Another program (the desk) saves a member while the patron's action has read but not yet written. Its
    writes that had to wait for the patron's are counted (the desk itself tries again: faults.retry_busy)."""
    waited = []

    def other_writer():
        other = sqlite3.connect(str(village.lib.path), timeout=0.2, isolation_level=None)
        try:
            other.execute("UPDATE member SET notes = notes || ' ' WHERE id = ?", (village.siti.id,))
        except sqlite3.OperationalError:
            waited.append("locked")
        finally:
            other.close()

    original_approve, original_hold = loans._approve, patron.holds.place_hold

    def approve_after_the_desk(*args, **kwargs):
        other_writer()
        return original_approve(*args, **kwargs)

    def hold_after_the_desk(*args, **kwargs):
        other_writer()
        return original_hold(*args, **kwargs)

    monkeypatch.setattr(loans, "_approve", approve_after_the_desk)
    monkeypatch.setattr(patron.holds, "place_hold", hold_after_the_desk)
    return waited


def test_a_renewal_while_the_desk_saves_is_done_not_busy(village, desk_writes_meanwhile):
    loan = Loan.get(Loan.returned_at.is_null())
    village.lib.clock.advance(days=2)
    result = patron.renew(village.lib, village.budi, loan.id)
    assert Loan.get_by_id(loan.id).renewals == 1 and result.due_on > loan.due_on
    assert desk_writes_meanwhile == ["locked"]  # the desk waited for the renewal, not the other way round


def test_a_reservation_while_the_desk_saves_is_done_not_busy(village, desk_writes_meanwhile):
    hold = patron.place_hold(village.lib, village.siti, village.lent_record_id)
    assert Hold.get_by_id(hold.id).member_id == village.siti.id


def test_two_phones_renewing_one_loan_together_both_get_an_answer(village, base):
    """The same card on two phones, Perpanjang tapped on both at once: one renewal, and no busy page."""
    import threading

    from .conftest import PIN_BUDI, Phone
    from .test_phone_walk import _form

    village.lib.clock.advance(days=2)
    phones = [Phone(base), Phone(base)]
    forms = []
    for phone in phones:
        phone.login(village.budi.number, PIN_BUDI)
        forms.append(_form(phone, "/akun", "/akun/perpanjang"))
    gate, answers = threading.Barrier(2), {}

    def tap(n):
        gate.wait()
        answers[n] = phones[n].request("/akun/perpanjang", forms[n])

    taps = [threading.Thread(target=tap, args=(n,)) for n in range(2)]
    for thread in taps:
        thread.start()
    for thread in taps:
        thread.join()
    assert sorted(answer.status for answer in answers.values()) == [200, 200]
    said = [re.search(r'<p class="flash ok"[^>]*>([^<]*)<', answer.text).group(1) for answer in answers.values()]
    # one renewed it; the other, whose page showed the old due date, is told it is renewed (not a second time)
    assert sum(text.startswith("Diperpanjang: Laskar Pelangi") for text in said) == 1
    assert all("Laskar Pelangi" in text for text in said)
    assert Loan.get(Loan.returned_at.is_null()).renewals == 1  # one renewal spent, not two
