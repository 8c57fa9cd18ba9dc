import pytest

from pustaka_desktop.core import session
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
