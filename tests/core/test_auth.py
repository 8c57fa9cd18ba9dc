import pytest

from pustaka_desktop.core import auth, profile
from pustaka_desktop.core.errors import PermissionDenied, ValidationError
from pustaka_desktop.core.store.models import AuditLog, Staff


def test_passwords_and_pins_are_stored_hashed_never_in_clear(lib, librarian):
    staff = Staff.get(Staff.username == "pustakawan")
    assert "rahasia1" not in staff.password_hash and staff.password_hash.startswith("scrypt$")
    assert "1234" not in (staff.pin_hash or "")
    assert auth.verify_secret("rahasia1", staff.password_hash)
    assert not auth.verify_secret("rahasia2", staff.password_hash)


def test_wrong_password_is_refused_and_audited(lib):
    with pytest.raises(PermissionDenied):
        auth.login(lib, "pustakawan", "salah")
    assert AuditLog.select().where(AuditLog.action == "login.failed").exists()


def test_volunteer_may_not_change_settings(lib, volunteer):
    with pytest.raises(PermissionDenied):
        profile.update_profile(lib, volunteer, name="Diretas")
    assert lib.profile.name == "Perpustakaan Desa Uji"


def test_volunteer_may_not_manage_staff(lib, volunteer):
    with pytest.raises(PermissionDenied):
        auth.add_staff(lib, volunteer, "teman", "rahasia9", auth.LIBRARIAN)
    assert not Staff.select().where(Staff.username == "teman").exists()


def test_volunteer_may_not_set_the_language(lib, volunteer):
    with pytest.raises(PermissionDenied):
        profile.set_language(lib, volunteer, "en")


def test_disabled_account_cannot_log_in(lib, librarian, volunteer):
    auth.set_active(lib, librarian, volunteer, False)
    with pytest.raises(PermissionDenied):
        auth.login(lib, "relawan", "relawan1")


def test_last_librarian_cannot_be_disabled_or_demoted(lib, librarian):
    with pytest.raises(ValidationError):
        auth.set_active(lib, librarian, librarian, False)
    with pytest.raises(ValidationError):
        auth.set_role(lib, librarian, librarian, auth.VOLUNTEER)


def test_librarian_pin_unlocks_overrides(lib, librarian):
    assert auth.librarian_by_pin(lib, "1234").username == "pustakawan"
    with pytest.raises(PermissionDenied):
        auth.librarian_by_pin(lib, "9999")


def test_every_action_allows_the_librarian(librarian):
    assert all(auth.allowed(librarian, action) for action in auth.PERMISSIONS)
