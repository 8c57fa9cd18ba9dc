"""A year of staff at a village library: volunteers added on a busy morning, passwords forgotten and reset, a
volunteer who leaves and a new one with the same name, the librarian handing over to the next."""

from __future__ import annotations

import pytest

from pustaka_desktop.core import auth
from pustaka_desktop.core.errors import PermissionDenied, ValidationError


@pytest.mark.parametrize("weak", ["123456", "654321", "abcdef", "qwerty", "111111", "password", "Katasandi",
                                  "sitinur"])
def test_a_password_anyone_would_guess_first_is_refused(lib, librarian, weak):
    with pytest.raises(ValidationError) as refused:
        auth.add_staff(lib, librarian, "sitinur", weak, auth.VOLUNTEER, full_name="Siti Nur'aini, S.Pd.")
    assert refused.value.field == "password"


def test_a_volunteer_with_an_apostrophe_and_a_title_is_added_with_a_password_she_can_remember(lib, librarian):
    staff = auth.add_staff(lib, librarian, "sitinur", "melati 7", auth.VOLUNTEER, full_name="Siti Nur'aini, S.Pd.")
    assert staff.full_name == "Siti Nur'aini, S.Pd."
    assert auth.login(lib, "SitiNur", "melati 7").username == "sitinur"


def test_a_password_typed_by_the_librarian_is_replaced_by_the_volunteers_own(lib, librarian):
    auth.add_staff(lib, librarian, "sitinur", "mawar-12", auth.VOLUNTEER)
    siti = auth.login(lib, "sitinur", "mawar-12")
    assert auth.must_choose_password(siti)  # the librarian typed it, others at the desk may have seen it
    with pytest.raises(ValidationError):
        auth.choose_own_password(lib, siti, "mawar-12", "mawar-12")  # not the same one again
    with pytest.raises(PermissionDenied):
        auth.choose_own_password(lib, siti, "salah-1", "kenanga 9")  # someone at her open window
    auth.choose_own_password(lib, siti, "mawar-12", "kenanga 9")
    assert not auth.must_choose_password(siti)
    assert auth.login(lib, "sitinur", "kenanga 9")
    with pytest.raises(PermissionDenied):
        auth.login(lib, "sitinur", "mawar-12")


def test_a_forgotten_password_reset_by_the_librarian_is_chosen_again_but_her_own_change_is_not(lib, librarian):
    auth.add_staff(lib, librarian, "sitinur", "mawar-12", auth.VOLUNTEER)
    siti = auth.login(lib, "sitinur", "mawar-12")
    auth.choose_own_password(lib, siti, "mawar-12", "kenanga 9")
    auth.reset_secret(lib, librarian, siti, password="sementara1")  # she forgot it
    assert auth.must_choose_password(siti)
    auth.reset_secret(lib, librarian, librarian, password="pustaka-baru7")  # the librarian's own change
    assert not auth.must_choose_password(librarian)


@pytest.mark.parametrize(("full_name", "username"), [
    ("Siti Nur'aini, S.Pd.", "sitinuraini"),
    ("Bu Hj. Dra. Ratna Sari Dewi", "ratnasari"),
    ("Muhammad 'Ali", "muhammadali"),
    ("Andi", "andi"),
    ("  , S.Pd.", ""),
])
def test_a_user_name_is_offered_from_the_name_she_typed(lib, full_name, username):
    from pustaka_desktop.core.staff_names import suggest_username

    assert suggest_username(full_name) == username


def test_a_new_volunteer_with_the_name_of_one_who_left_is_never_confused_with_her(lib, librarian, clock):
    from pustaka_desktop.core.staff_names import suggest_username
    from pustaka_desktop.core.store.models import AuditLog

    first = auth.add_staff(lib, librarian, "sitinuraini", "melati 7", auth.VOLUNTEER, full_name="Siti Nur'aini")
    auth.set_active(lib, librarian, first, False)  # she went to college in the city
    with pytest.raises(ValidationError) as refused:
        auth.add_staff(lib, librarian, "sitinuraini", "kenanga 9", auth.VOLUNTEER, full_name="Siti Nur'aini")
    assert "deactivated" in refused.value.message() and "sitinuraini2" in refused.value.message()
    assert suggest_username("Siti Nur'aini") == "sitinuraini2"
    second = auth.add_staff(lib, librarian, "sitinuraini2", "kenanga 9", auth.VOLUNTEER, full_name="Siti Nur'aini")
    with pytest.raises(PermissionDenied):
        auth.login(lib, "sitinuraini", "melati 7")  # the one who left cannot sign in
    assert auth.login(lib, "sitinuraini2", "kenanga 9").id == second.id
    created = [entry.entity_uid for entry in AuditLog.select().where(AuditLog.action == "staff.create")]
    assert "sitinuraini" in created and "sitinuraini2" in created


def test_a_full_name_typed_as_the_user_name_is_answered_with_one_that_works(lib, librarian):
    with pytest.raises(ValidationError) as refused:
        auth.add_staff(lib, librarian, "Siti Nur'aini", "melati 7", auth.VOLUNTEER)
    assert "sitinuraini" in refused.value.message()


def _cli(capsys, *argv):
    from pustaka_desktop.cli import main as cli

    code = cli(["--lang", "en", *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_the_librarian_hands_over_from_the_command_line(lib, librarian, capsys, monkeypatch):
    """Bu Ani is replaced by the village: Siti, a volunteer for a year, becomes the librarian, chooses her own
    password, and deactivates Bu Ani; she is told what is left: the profile's head of the library, a new recovery
    code."""
    from pustaka_desktop.core import profile, recovery
    from pustaka_desktop.core.store.models import AuditLog, Staff

    librarian.full_name = "Ani Suryani"
    librarian.save()
    profile.update_profile(lib, librarian, head_name="Ani  Suryani")
    recovery.make_code(lib, librarian)  # at the first start, by Bu Ani: she may still know it
    auth.add_staff(lib, librarian, "siti", "mawar-12", auth.VOLUNTEER, full_name="Siti Aminah")
    db = str(lib.path)
    monkeypatch.setenv("PUSTAKA_PASSWORD", "rahasia1")
    code, out, err = _cli(capsys, "--db", db, "--user", "pustakawan", "staff", "role", "siti", "librarian")
    assert code == 0 and "siti is now: Librarian" in out, err
    monkeypatch.setenv("PUSTAKA_PASSWORD", "mawar-12")
    monkeypatch.setenv("PUSTAKA_NEW_PASSWORD", "mawar-12")
    code, _, err = _cli(capsys, "--db", db, "--user", "siti", "staff", "password")
    assert code == 1 and "other than the one you were given" in err
    monkeypatch.setenv("PUSTAKA_NEW_PASSWORD", "kenanga 9")
    code, out, err = _cli(capsys, "--db", db, "--user", "siti", "staff", "password")
    assert code == 0, err
    monkeypatch.setenv("PUSTAKA_PASSWORD", "kenanga 9")
    code, out, err = _cli(capsys, "--db", db, "--user", "siti", "staff", "deactivate", "pustakawan")
    assert code == 0 and "Ani Suryani is still the head of the library" in out, err
    assert "The recovery code was made by Ani Suryani" in out
    code, out, err = _cli(capsys, "--db", db, "--user", "siti", "staff", "recovery-code")
    assert code == 0 and recovery.info().made_by == "siti"
    assert not Staff.get(Staff.username == "pustakawan").active
    assert not auth.must_choose_password(Staff.get(Staff.username == "siti"))
    role = AuditLog.get(AuditLog.action == "staff.role")
    assert (role.username, role.entity_uid) == ("pustakawan", "siti")  # who made whom the librarian


def test_a_volunteer_cannot_make_herself_a_librarian_from_the_command_line(lib, librarian, volunteer, capsys,
                                                                            monkeypatch):
    from pustaka_desktop.core.store.models import Staff

    monkeypatch.setenv("PUSTAKA_PASSWORD", "relawan1")
    code, _, err = _cli(capsys, "--db", str(lib.path), "--user", "relawan", "staff", "role", "relawan", "librarian")
    assert code == 1 and "may not" in err
    code, _, err = _cli(capsys, "--db", str(lib.path), "staff", "role", "relawan", "librarian")  # the PC's operator
    assert code == 1 and "--user" in err
    assert Staff.get(Staff.username == "relawan").role == auth.VOLUNTEER


def test_a_profile_naming_someone_else_says_nothing(lib, librarian, volunteer):
    from pustaka_desktop.core import handover, profile

    profile.update_profile(lib, librarian, head_name="Ani Suryani")
    assert handover.notes(lib, volunteer) == []


def test_the_audit_log_finds_a_volunteer_by_her_user_name_or_her_name_written_without_its_apostrophe(lib, librarian):
    """The village head asks what happened to Siti Nur'aini's account: typed as the user name shown in brackets,
    or her name as most people write it, Nuraini."""
    from pustaka_desktop.core import audit_log

    staff = auth.add_staff(lib, librarian, "sitinur", "melati 7", auth.VOLUNTEER, full_name="Siti Nur'aini, S.Pd.")
    auth.set_active(lib, librarian, staff, False)

    def found(text):
        return sorted(row.action for row in audit_log.page(lib, librarian, audit_log.AuditFilter(text=text)))

    assert found("sitinur") == ["staff.create", "staff.disable"]
    assert found("Nuraini") == ["staff.create", "staff.disable"]
    assert found("nur'aini") == ["staff.create", "staff.disable"]
    assert found("Nur’aini") == ["staff.create", "staff.disable"]  # a phone's curly apostrophe


def test_user_typed_after_the_command_is_answered_with_the_command_that_works(lib, librarian, capsys):
    """Most programs take options anywhere: `pustaka-cli staff list --user pustakawan` is how a librarian types it."""
    db = str(lib.path)
    with pytest.raises(SystemExit):
        _cli(capsys, "staff", "list", "--user", "pustakawan", "--db", db)
    err = capsys.readouterr().err
    assert "go before the command: pustaka-cli --lang en" in err and f"--user pustakawan --db {db} staff list" in err


def test_the_account_named_by_staff_recover_stays_where_it_is():
    from pustaka_desktop.cli import common

    assert common.global_after_command_hint(["staff", "recover", "--code", "X", "--user", "bu_ani"]) == ""
    assert "pustaka-cli --db d.sqlite3 staff recover --code X --user bu_ani" in common.global_after_command_hint(
        ["staff", "recover", "--code", "X", "--user", "bu_ani", "--db", "d.sqlite3"])


def test_the_command_line_reminds_a_volunteer_to_choose_her_own_password(lib, librarian, capsys, monkeypatch):
    auth.add_staff(lib, librarian, "sitinur", "mawar-12", auth.VOLUNTEER)
    db = str(lib.path)
    monkeypatch.setenv("PUSTAKA_PASSWORD", "mawar-12")
    code, _, err = _cli(capsys, "--db", db, "--user", "sitinur", "overdue")
    assert code == 0 and "choose your own with pustaka-cli --user sitinur staff password" in err
    monkeypatch.setenv("PUSTAKA_NEW_PASSWORD", "kenanga 9")
    assert _cli(capsys, "--db", db, "--user", "sitinur", "staff", "password")[0] == 0
    monkeypatch.setenv("PUSTAKA_PASSWORD", "kenanga 9")
    code, _, err = _cli(capsys, "--db", db, "--user", "sitinur", "overdue")
    assert code == 0 and "choose your own" not in err
