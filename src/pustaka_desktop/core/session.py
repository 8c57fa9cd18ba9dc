"""The desk session's safety options: the idle lock (minutes before the screen locks) and unlocking
with the password or PIN. The GUI runs the timer; the rules and the settings live here."""

from __future__ import annotations

from . import auth
from .errors import ValidationError
from .i18n import QT_TRANSLATE_NOOP
from .service import Library
from .settings import get_setting, set_setting
from .store.models import Staff

IDLE_KEY = "idle_lock_minutes"
DEFAULT_IDLE_MINUTES = 10
MAX_IDLE_MINUTES = 240


def idle_minutes(lib: Library) -> int:
    """Minutes without a key press or mouse move before the screen locks (0 = never)."""
    value = get_setting(IDLE_KEY, DEFAULT_IDLE_MINUTES)
    return value if isinstance(value, int) and 0 <= value <= MAX_IDLE_MINUTES else DEFAULT_IDLE_MINUTES


def set_idle_minutes(lib: Library, by: Staff, minutes: int) -> None:
    auth.require(by, "settings.edit")
    if not isinstance(minutes, int) or not 0 <= minutes <= MAX_IDLE_MINUTES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The idle lock must be between 0 (never) and {max} minutes."),
            field="idle_minutes", max=MAX_IDLE_MINUTES)
    with lib.transaction():
        old = idle_minutes(lib)
        set_setting(IDLE_KEY, minutes)
        auth.audit(lib, by, "settings.idle_lock", "", "", old=old, new=minutes)


def unlock(lib: Library, staff: Staff, secret: str) -> bool:
    """True when ``secret`` is the locked-out user's password or PIN. Wrong tries count with her wrong log-ins
    (``auth.check_throttle``): the lock screen is where a volunteer left alone with a librarian's window, or at
    *Leave volunteer mode*, could otherwise try every four-digit PIN. A try before the wait is over raises
    PermissionDenied (with the wait). Failures are audited (never the secret itself)."""
    key = f"login:{staff.username}"
    auth.check_throttle(lib, key, staff.username)
    fresh = Staff.get_or_none(Staff.id == staff.id) if staff.id else None
    if fresh is not None and fresh.active and auth.verify_secret(secret, fresh.password_hash):
        if auth.account_change(staff) == auth.PASSWORD_RESET:
            staff.password_hash = fresh.password_hash  # her new password, typed here: this window goes on
        auth.record_try(lib, key, True)
        return True
    if fresh is not None and fresh.active and fresh.password_hash == staff.password_hash and \
            auth.verify_secret(secret, fresh.pin_hash):  # (not the PIN after a password reset: the password)
        auth.record_try(lib, key, True)
        return True
    auth.wrong_try(lib, key, staff.username, "unlock.failed", "login.locked")
    return False
