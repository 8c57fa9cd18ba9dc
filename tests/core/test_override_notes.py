"""Why a librarian let a refused loan through (core/circulation/override_notes.py): written after the override,
shown in the audit log and in the copy's history; ``pustaka-cli checkout|renew --override-note``."""

from __future__ import annotations

import json

import pytest

from pustaka_desktop.cli import main
from pustaka_desktop.core import audit_log
from pustaka_desktop.core.audit_describe import describe
from pustaka_desktop.core.circulation import loans
from pustaka_desktop.core.circulation.copy_history import copy_history, loan_note
from pustaka_desktop.core.circulation.override_notes import note_override
from pustaka_desktop.core.community import members
from pustaka_desktop.core.errors import ValidationError
from pustaka_desktop.core.store.models import AuditLog
from tests.core.circ_helpers import book, member


@pytest.fixture
def blocked_loan(lib, librarian, volunteer):
    """Ani's card is blocked (lost); the librarian lets her borrow anyway with her PIN at the volunteer's desk."""
    item = book(lib, "Laskar Pelangi")[0]
    ani = member(lib, librarian, "Ani Lestari")
    members.block(lib, librarian, ani, "kartu hilang")
    result = loans.checkout(lib, volunteer, ani, item.barcode, override_pin="1234")
    return item, result


def test_the_reason_is_kept_with_the_loan_and_read_in_the_copys_history(lib, librarian, volunteer, blocked_loan):
    item, result = blocked_loan
    kept = note_override(lib, volunteer, result.loan.uid, "  Kartu baru   belum dicetak;\nbuku untuk tugas sekolah ")
    assert kept == "Kartu baru belum dicetak; buku untuk tugas sekolah"
    entry = AuditLog.get(AuditLog.action == "circulation.override_note")
    assert (entry.username, entry.entity_uid, json.loads(entry.detail)) == ("relawan", result.loan.uid, {"note": kept})
    loan = copy_history(lib, librarian, item.barcode).loans[0]
    assert loan.overridden_by and loan.override_notes == [kept]
    assert "“Kartu baru belum dicetak; buku untuk tugas sekolah”" in loan_note(loan, lambda context, text: text)


def test_the_audit_log_says_it_in_words_and_finds_it(lib, librarian, volunteer, blocked_loan):
    _item, result = blocked_loan
    note_override(lib, volunteer, result.loan.uid, "Guru membawa untuk kelasnya")
    rows = audit_log.page(lib, librarian, audit_log.AuditFilter(text="kelasnya"))
    assert [row.action for row in rows] == ["circulation.override_note"]
    assert describe(rows[0].action, rows[0].detail, lambda context, text: text) == \
        "Why it was allowed: “Guru membawa untuk kelasnya”"


def test_an_empty_note_and_a_loan_without_an_override_are_refused(lib, librarian, volunteer, blocked_loan):
    _item, result = blocked_loan
    with pytest.raises(ValidationError):
        note_override(lib, volunteer, result.loan.uid, "   ")
    other = loans.checkout(lib, librarian, member(lib, librarian, "Budi"), book(lib, "Bumi Manusia")[0].barcode)
    with pytest.raises(ValidationError):
        note_override(lib, librarian, other.loan.uid, "tidak ada yang diizinkan")
    assert not AuditLog.select().where(AuditLog.action == "circulation.override_note").exists()


def test_the_command_line_gives_the_reason_with_the_pin(lib, librarian, volunteer, capsys, monkeypatch):
    item = book(lib, "Sang Pemimpi")[0]
    ani = member(lib, librarian, "Ani Lestari")
    members.block(lib, librarian, ani, "kartu hilang")
    monkeypatch.setenv("PUSTAKA_PASSWORD", "relawan1")
    lib.db.close()
    code = main(["--lang", "en", "--db", str(lib.path), "--user", "relawan", "checkout", ani.number, item.barcode,
                 "--override-pin", "1234", "--override-note", "Kartu baru belum dicetak"])
    assert code == 0, capsys.readouterr()
    entry = AuditLog.get(AuditLog.action == "circulation.override_note")
    assert json.loads(entry.detail) == {"note": "Kartu baru belum dicetak"}
