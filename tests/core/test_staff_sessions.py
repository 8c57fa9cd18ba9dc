"""Volunteers come and go: an account the librarian deactivates, lowers or gives a new password stops working
where it is still signed in (the desk window left open, a second window), with a message that asks to sign in
again; the account's name stays on what it did."""

from __future__ import annotations

import json

import pytest

from pustaka_desktop.core import auth
from pustaka_desktop.core.audit_describe import describe
from pustaka_desktop.core.circulation import loans
from pustaka_desktop.core.errors import PermissionDenied, SignInAgain
from pustaka_desktop.core.store.models import AuditLog, Loan, Staff

from .circ_helpers import book, member


def last_audit(action_prefix: str) -> AuditLog:
    return (AuditLog.select().where(AuditLog.action.startswith(action_prefix))
            .order_by(AuditLog.id.desc()).first())


@pytest.fixture
def desk(lib, librarian, volunteer):
    """The volunteer signed in at the desk (her own Staff object, as the window holds it), a member, two books."""
    at_desk = auth.login(lib, "relawan", "relawan1")
    return at_desk, member(lib, librarian, name="Siti Aminah"), book(lib, "Laskar Pelangi", copies=2)


def test_a_deactivated_volunteer_signed_in_at_the_desk_cannot_lend_any_more(lib, librarian, desk):
    at_desk, siti, copies = desk
    loans.checkout(lib, at_desk, siti.number, copies[0].barcode)
    auth.set_active(lib, librarian, Staff.get(Staff.username == "relawan"), False)

    with pytest.raises(SignInAgain) as refused:
        loans.checkout(lib, at_desk, siti.number, copies[1].barcode)

    assert refused.value.params["username"] == "relawan"
    assert refused.value.template == auth.SIGN_IN_AGAIN[auth.DEACTIVATED]
    assert Loan.select().count() == 1  # nothing written for the refused scan
    assert Loan.get().staff == "relawan"  # her name stays on what she did, and on her account
    assert Staff.get(Staff.username == "relawan").full_name == "Relawan Satu"
    entry = last_audit("session.")
    assert (entry.username, entry.action) == ("relawan", "session.deactivated")
    assert json.loads(entry.detail)["attempted"] == "circulation.checkout"
    assert not auth.allowed(at_desk, "circulation.checkout")  # the window hides what she can no longer do


def test_a_password_reset_ends_the_old_sign_in_but_not_the_new_one(lib, librarian, desk):
    at_desk, siti, copies = desk
    auth.reset_secret(lib, at_desk, at_desk, password="sendiri-1")  # her own change: her window goes on
    loans.checkout(lib, at_desk, siti.number, copies[1].barcode)
    auth.reset_secret(lib, librarian, Staff.get(Staff.username == "relawan"), password="baru-123")

    with pytest.raises(SignInAgain) as refused:
        loans.checkout(lib, at_desk, siti.number, copies[0].barcode)
    assert refused.value.template == auth.SIGN_IN_AGAIN[auth.PASSWORD_RESET]

    again = auth.login(lib, "relawan", "baru-123")
    loans.checkout(lib, again, siti.number, copies[0].barcode)
    assert Loan.select().count() == 2


def test_a_librarian_lowered_to_volunteer_loses_librarian_work_in_her_open_window(lib, librarian):
    other = auth.add_staff(lib, librarian, "bu.ani", "ani-rahasia", auth.LIBRARIAN, full_name="Bu Ani")
    window = auth.login(lib, "bu.ani", "ani-rahasia")
    auth.set_role(lib, librarian, other, auth.VOLUNTEER)

    with pytest.raises(SignInAgain) as refused:
        auth.add_staff(lib, window, "teman", "teman-123", auth.VOLUNTEER)
    assert refused.value.template == auth.SIGN_IN_AGAIN[auth.ROLE_LOWERED]
    assert Staff.get_or_none(Staff.username == "teman") is None

    # a raised role changes nothing in an open window: desk work goes on, with no new rights
    volunteer = auth.add_staff(lib, librarian, "relawan", "relawan1", auth.VOLUNTEER)
    at_desk = auth.login(lib, "relawan", "relawan1")
    auth.set_role(lib, librarian, volunteer, auth.LIBRARIAN)
    assert auth.allowed(at_desk, "circulation.checkout") and not auth.allowed(at_desk, "staff.manage")
    # nor is the desk in volunteer mode (a librarian's account seen as a volunteer's) a lowered role
    view = Staff(id=librarian.id, username=librarian.username, role=auth.VOLUNTEER, active=True,
                 password_hash=librarian.password_hash, pin_hash=librarian.pin_hash)
    assert auth.allowed(view, "circulation.checkout") and not auth.allowed(view, "staff.manage")


def test_a_deactivated_account_cannot_give_itself_a_new_password(lib, librarian, desk):
    at_desk, _siti, _copies = desk
    auth.set_active(lib, librarian, Staff.get(Staff.username == "relawan"), False)
    with pytest.raises(SignInAgain):
        auth.reset_secret(lib, at_desk, at_desk, password="masuk-lagi")
    with pytest.raises(PermissionDenied):
        auth.login(lib, "relawan", "masuk-lagi")


def test_the_audit_page_says_in_words_why_the_action_was_refused():
    from pustaka_desktop import i18n
    from pustaka_desktop.core.audit_names import action_name

    try:
        i18n.install("en")
        assert action_name("session.deactivated", i18n.translate) == \
            "Refused: account deactivated while still signed in"
        assert "Refused: lend a book." in describe("session.deactivated",
                                                   '{"attempted": "circulation.checkout"}', i18n.translate)
    finally:
        i18n.install("id")
