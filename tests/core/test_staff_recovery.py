"""The way back in when no librarian can log in (the recovery code), staff accounts from the command line,
and a volunteer who left: deactivated, her name kept on what she did."""

from __future__ import annotations

import json

import pytest

from pustaka_desktop.cli import main as cli
from pustaka_desktop.core import auth, recovery
from pustaka_desktop.core.circulation import loans
from pustaka_desktop.core.community import members
from pustaka_desktop.core.errors import PermissionDenied, Refused, ValidationError
from pustaka_desktop.core.practice import library as practice
from pustaka_desktop.core.service import Library
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import AuditLog, CollectionType, Item, Loan, Record, Setting, Staff


def _actions() -> list[str]:
    return [row.action for row in AuditLog.select().order_by(AuditLog.id)]


def test_the_code_is_kept_only_as_a_hash_and_typed_loosely_it_still_works(lib, librarian):
    code = recovery.make_code(lib, librarian)
    assert len(code) == 19 and code.count("-") == 3  # XXXX-XXXX-XXXX-XXXX, easy to copy by hand
    stored = Setting.get(Setting.key == recovery.SETTING_KEY).value
    assert code.replace("-", "") not in stored and "scrypt$" in stored
    typed = code.lower().replace("-", " ").replace("0", "o").replace("1", "l")  # as copied from a notebook
    done = recovery.recover(lib, typed, "pustakawan", "baru12345")
    assert done.staff.username == "pustakawan"


def test_the_new_librarian_gets_in_with_the_code_and_the_old_code_stops_working(lib, librarian, clock):
    old_code = recovery.make_code(lib, librarian)
    done = recovery.recover(lib, old_code, "pustakawan", "sandibaru1")
    with pytest.raises(PermissionDenied):
        auth.login(lib, "pustakawan", "rahasia1")  # the old librarian's password no longer opens it
    assert auth.login(lib, "pustakawan", "sandibaru1").username == "pustakawan"
    assert Staff.get(Staff.username == "pustakawan").pin_hash is None  # whoever left knew the PIN too
    with pytest.raises(PermissionDenied):
        recovery.recover(lib, old_code, "pustakawan", "lagilagi1")
    assert done.new_code != old_code
    clock.advance(minutes=1)
    recovery.recover(lib, done.new_code, "pustakawan", "lagilagi1")
    assert "staff.recovered" in _actions() and _actions().count("recovery.code_made") == 3
    recovered = AuditLog.get(AuditLog.action == "staff.recovered")
    assert recovered.username == "pustakawan" and "sandibaru1" not in recovered.detail


def test_a_new_librarian_account_can_be_made_with_the_code(lib, librarian):
    code = recovery.make_code(lib, librarian)
    done = recovery.recover(lib, code, "Wulan", "wulan1234", new_account=True, full_name="Wulan Sari")
    assert done.staff.role == auth.LIBRARIAN and done.staff.full_name == "Wulan Sari"
    assert auth.login(lib, "wulan", "wulan1234").role == auth.LIBRARIAN
    assert auth.login(lib, "pustakawan", "rahasia1")  # the other account is as it was


def test_the_code_cannot_turn_a_volunteer_into_a_librarian_and_a_volunteer_cannot_make_a_code(lib, librarian,
                                                                                              volunteer):
    code = recovery.make_code(lib, librarian)
    with pytest.raises(ValidationError):
        recovery.recover(lib, code, "relawan", "relawan99")
    assert auth.login(lib, "relawan", "relawan1").role == auth.VOLUNTEER
    with pytest.raises(PermissionDenied):
        recovery.make_code(lib, volunteer)
    recovery.recover(lib, code, "pustakawan", "masihbisa1")  # the refused try did not use the code up


def test_wrong_codes_wait_and_lock_like_wrong_passwords(lib, librarian, clock):
    code = recovery.make_code(lib, librarian)
    for _ in range(auth.FREE_TRIES):
        with pytest.raises(PermissionDenied):
            recovery.recover(lib, "AAAA-BBBB-CCCC-DDDD", "pustakawan", "tebakan1")
    with pytest.raises(PermissionDenied) as refused:
        recovery.recover(lib, code, "pustakawan", "tebakan1")  # even the right code must wait now
    assert refused.value.params["seconds"] > 0
    for _ in range(auth.LOCK_AFTER):
        clock.advance(minutes=2)
        with pytest.raises(PermissionDenied):
            recovery.recover(lib, "AAAA-BBBB-CCCC-DDDD", "pustakawan", "tebakan1")
    clock.advance(minutes=2)
    with pytest.raises(PermissionDenied) as locked:
        recovery.recover(lib, code, "pustakawan", "tebakan1")
    assert locked.value.params["minutes"] == auth.LOCK_MINUTES
    assert {"recovery.failed", "recovery.locked", "recovery.throttled"} <= set(_actions())
    clock.advance(minutes=auth.LOCK_MINUTES + 1)
    recovery.recover(lib, code, "pustakawan", "akhirnya1")


def test_a_librarian_locked_out_by_her_forgotten_password_gets_in_right_after_the_recovery(lib, librarian):
    code = recovery.make_code(lib, librarian)
    for _ in range(auth.LOCK_AFTER):
        with pytest.raises(PermissionDenied):
            auth.login(lib, "pustakawan", "lupa-lupa")
    recovery.recover(lib, code, "pustakawan", "ingatlagi1")
    assert auth.login(lib, "pustakawan", "ingatlagi1")


def test_a_library_made_before_codes_is_told_what_to_do(lib, librarian):
    with pytest.raises(Refused) as refused:
        recovery.recover(lib, "AAAA-BBBB-CCCC-DDDD", "pustakawan", "baru12345")
    assert refused.value.reason == "no-recovery-code"
    assert "Settings" in refused.value.template and "district" in refused.value.template
    assert recovery.info() is None
    recovery.make_code(lib, librarian)
    assert recovery.info().made_by == "pustakawan"


def test_the_practice_library_neither_copies_nor_uses_the_code(lib, librarian, clock):
    code = recovery.make_code(lib, librarian)
    real_path = lib.path
    lib.close()
    plib = practice.open_practice(real_path, clock)
    try:
        assert recovery.info() is None
        with pytest.raises(Refused) as refused:
            recovery.recover(plib, code, "pustakawan", "latihan99")
        assert refused.value.reason == "practice"
    finally:
        plib.close()
    real = Library.open(real_path, clock)
    try:
        recovery.recover(real, code, "pustakawan", "sandibaru1")  # the real code still works there
    finally:
        real.close()
    plib = practice.open_practice(real_path, clock)  # and practice follows the real account
    try:
        assert auth.login(plib, "pustakawan", "sandibaru1")
    finally:
        plib.close()


# --- the command line ---


def run(capsys, *argv):
    code = cli(["--lang", "en", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def _init(tmp_path, capsys) -> tuple[str, str]:
    db = str(tmp_path / "desa.sqlite3")
    code, out, _ = run(capsys, "--db", db, "init", "--library-name", "Perpustakaan Desa Sukamaju",
                       "--library-code", "SKM", "--librarian", "bu_ani", "--password", "rahasia1")
    assert code == 0
    line = next(line for line in out.splitlines() if line.startswith("Recovery code: "))
    return db, line.removeprefix("Recovery code: ")


def test_init_shows_a_recovery_code_that_recovers_from_the_command_line(tmp_path, capsys, monkeypatch):
    db, code_text = _init(tmp_path, capsys)
    monkeypatch.setenv("PUSTAKA_NEW_PASSWORD", "sandibaru1")
    code, out, err = run(capsys, "--db", db, "staff", "recover", "--code", "WRONG-CODE", "--user", "bu_ani")
    assert code == 1 and "not this library's recovery code" in err
    code, out, err = run(capsys, "--db", db, "staff", "recover", "--code", code_text, "--user", "bu_ani")
    assert code == 0, err
    new_code = next(line for line in out.splitlines() if line.startswith("Recovery code: "))
    assert code_text not in new_code
    monkeypatch.setenv("PUSTAKA_PASSWORD", "sandibaru1")
    code, out, _ = run(capsys, "--db", db, "--user", "bu_ani", "staff", "list", "--json")
    assert code == 0 and json.loads(out)[0]["username"] == "bu_ani"


def test_staff_from_the_command_line_need_a_librarian_login(tmp_path, capsys, monkeypatch):
    db, _ = _init(tmp_path, capsys)
    monkeypatch.setenv("PUSTAKA_NEW_PASSWORD", "relawan1")
    # the PC's operator alone (a volunteer at the shared Windows account) may not add a librarian
    code, _, err = run(capsys, "--db", db, "staff", "add", "siti", "--role", "librarian")
    assert code == 1 and "--user" in err
    monkeypatch.setenv("PUSTAKA_PASSWORD", "rahasia1")
    code, out, err = run(capsys, "--db", db, "--user", "bu_ani", "staff", "add", "siti", "--full-name", "Siti Aminah")
    assert code == 0, err
    monkeypatch.setenv("PUSTAKA_PASSWORD", "relawan1")
    code, _, err = run(capsys, "--db", db, "--user", "siti", "staff", "add", "siti2", "--role", "librarian")
    assert code == 1 and "may not" in err  # a volunteer may not manage staff
    monkeypatch.setenv("PUSTAKA_PASSWORD", "rahasia1")
    code, out, _ = run(capsys, "--db", db, "--user", "bu_ani", "staff", "list", "--json")
    listed = {row["username"]: row for row in json.loads(out)}
    assert set(listed) == {"bu_ani", "siti"} and listed["siti"]["role"] == "volunteer"
    monkeypatch.setenv("PUSTAKA_NEW_PASSWORD", "sitibaru1")
    assert run(capsys, "--db", db, "--user", "bu_ani", "staff", "reset", "siti")[0] == 0
    code, _, err = run(capsys, "--db", db, "--user", "bu_ani", "staff", "deactivate", "bu_ani")
    assert code == 1 and "last active librarian" in err
    code, out, _ = run(capsys, "--db", db, "--user", "bu_ani", "staff", "deactivate", "siti")
    assert code == 0 and "siti" in out
    monkeypatch.setenv("PUSTAKA_PASSWORD", "sitibaru1")
    code, _, err = run(capsys, "--db", db, "--user", "siti", "staff", "list")
    assert code == 1 and "Wrong user name or password" in err
    monkeypatch.setenv("PUSTAKA_PASSWORD", "rahasia1")
    code, _, err = run(capsys, "--db", db, "--user", "bu_ani", "staff", "reset", "nobody")
    assert code == 1 and "nobody" in err


def test_a_new_password_typed_twice_must_match(tmp_path, capsys, monkeypatch):
    db, code_text = _init(tmp_path, capsys)
    monkeypatch.delenv("PUSTAKA_NEW_PASSWORD", raising=False)
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    answers = iter(["sandibaru1", "sandibaru2"])
    monkeypatch.setattr("getpass.getpass", lambda prompt="": next(answers))
    code, _, err = run(capsys, "--db", db, "staff", "recover", "--code", code_text, "--user", "bu_ani")
    assert code == 2 and "not the same" in err
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    code, _, err = run(capsys, "--db", db, "staff", "recover", "--code", code_text, "--user", "bu_ani")
    assert code == 2 and "PUSTAKA_NEW_PASSWORD" in err


# --- a volunteer who left ---


def test_a_volunteer_who_left_keeps_her_name_on_what_she_did_and_cannot_log_in(lib, librarian, volunteer, tmp_path,
                                                                               capsys, monkeypatch):
    ctype = CollectionType.get(CollectionType.name == "Sirkulasi")
    record = store.insert(lib, Record, title="Laskar Pelangi", isbn="")
    store.insert(lib, Item, record=record, barcode="UJI000001", collection_type=ctype)
    rina = members.register(lib, volunteer, name="Rina Wulandari", member_type="Umum")
    loans.checkout(lib, volunteer, rina, "UJI000001")
    db = str(lib.path)
    lib.close()
    monkeypatch.setenv("PUSTAKA_PASSWORD", "rahasia1")
    code, _, err = run(capsys, "--db", db, "--user", "pustakawan", "staff", "deactivate", "relawan")
    assert code == 0, err
    reopened = Library.open(db)
    try:
        assert Loan.get().staff == "relawan"
        left = AuditLog.get(AuditLog.action == "staff.disable")
        assert (left.username, left.entity_uid) == ("pustakawan", "relawan")  # who deactivated whom, and when
        assert Staff.get(Staff.username == "relawan").active is False
        with pytest.raises(PermissionDenied):
            auth.login(reopened, "relawan", "relawan1")
    finally:
        reopened.close()
