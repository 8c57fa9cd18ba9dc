import pytest

from pustaka_desktop.core import auth, session
from pustaka_desktop.core.errors import PermissionDenied, ValidationError
from pustaka_desktop.core.store.models import AuditLog


def test_idle_lock_minutes_are_a_librarian_setting(lib, librarian, volunteer):
    assert session.idle_minutes(lib) == session.DEFAULT_IDLE_MINUTES
    session.set_idle_minutes(lib, librarian, 3)
    assert session.idle_minutes(lib) == 3
    with pytest.raises(PermissionDenied):
        session.set_idle_minutes(lib, volunteer, 0)
    with pytest.raises(ValidationError):
        session.set_idle_minutes(lib, librarian, -1)
    assert session.idle_minutes(lib) == 3


def test_unlock_with_password_or_pin_and_failures_are_audited(lib, librarian, volunteer):
    assert session.unlock(lib, librarian, "rahasia1")
    assert session.unlock(lib, librarian, "1234")
    assert not session.unlock(lib, librarian, "salah")
    assert not session.unlock(lib, volunteer, "rahasia1")  # someone else's password does not unlock
    failed = AuditLog.select().where(AuditLog.action == "unlock.failed")
    assert failed.count() == 2 and "salah" not in "".join(e.detail for e in failed)


def test_the_lock_screen_cannot_be_used_to_guess_a_pin(lib, librarian, clock):
    """A volunteer left alone with the librarian's locked window (or at *Leave volunteer mode*) tries PINs: after a
    few free typos each try must wait, then the account locks as after wrong log-ins; even the right PIN waits."""
    for guess in ("0000", "1111", "2222"):  # three free typos
        assert not session.unlock(lib, librarian, guess)
    with pytest.raises(PermissionDenied):  # the next try at once: wait first, even with the right PIN
        session.unlock(lib, librarian, "1234")
    clock.advance(seconds=3)
    assert not session.unlock(lib, librarian, "3333")
    failed = AuditLog.select().where(AuditLog.action == "unlock.failed").order_by(AuditLog.id.desc()).first()
    assert '"failures": 4' in failed.detail


def test_ten_wrong_tries_at_the_lock_screen_lock_the_account(lib, librarian, clock):
    for guess in range(auth.LOCK_AFTER):
        clock.advance(minutes=2)  # each wait over
        assert not session.unlock(lib, librarian, f"{guess:04d}0")
    assert AuditLog.select().where(AuditLog.action == "login.locked").exists()
    clock.advance(minutes=2)
    with pytest.raises(PermissionDenied):
        auth.login(lib, "pustakawan", "rahasia1")  # her log-in waits too: the same guessing
    clock.advance(minutes=auth.LOCK_MINUTES)
    assert session.unlock(lib, librarian, "1234")  # the lock is over: the right PIN unlocks and clears the count
    assert auth.wait_seconds(lib, "login:pustakawan") == 0
