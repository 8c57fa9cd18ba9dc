"""Staff accounts, roles, what each role may do, password/PIN hashing and the audit log.

Core service functions take the acting ``Staff`` and call ``require(by, ACTION)`` before they touch
anything; the GUI hides what a role may not do, but the core is what refuses.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
from typing import Any

from .errors import PermissionDenied, ValidationError
from .i18n import QT_TRANSLATE_NOOP
from .service import Library
from .store.models import AuditLog, Staff

LIBRARIAN = "librarian"
VOLUNTEER = "volunteer"
ROLES = (LIBRARIAN, VOLUNTEER)

ROLE_NAMES = {
    LIBRARIAN: QT_TRANSLATE_NOOP("Roles", "Librarian"),
    VOLUNTEER: QT_TRANSLATE_NOOP("Roles", "Volunteer"),
}

# Every action the core guards, and the roles allowed to do it. A volunteer does desk work only:
# no deletes, no exports of personal data, no settings. Add new actions here: the permissions test
# walks this table.
PERMISSIONS: dict[str, frozenset[str]] = {
    # desk work
    "catalog.view": frozenset(ROLES),
    "circulation.checkout": frozenset(ROLES),
    "circulation.checkin": frozenset(ROLES),
    "circulation.renew": frozenset(ROLES),
    "circulation.hold": frozenset(ROLES),
    "fines.pay": frozenset(ROLES),
    "members.view": frozenset(ROLES),
    "members.register": frozenset(ROLES),
    "members.renew": frozenset(ROLES),
    "visits.record": frozenset(ROLES),
    "reports.view": frozenset(ROLES),  # the dashboard: counts only, no personal data
    "programs.attendance": frozenset(ROLES),
    "stocktake.scan": frozenset(ROLES),
    # librarian only
    "catalog.edit": frozenset({LIBRARIAN}),
    "catalog.withdraw": frozenset({LIBRARIAN}),  # withdraw / mark lost / damaged, audited
    "catalog.delete": frozenset({LIBRARIAN}),
    "catalog.import": frozenset({LIBRARIAN}),
    "catalog.export": frozenset({LIBRARIAN}),
    "members.edit": frozenset({LIBRARIAN}),
    "members.delete": frozenset({LIBRARIAN}),
    "members.export": frozenset({LIBRARIAN}),
    "members.import": frozenset({LIBRARIAN}),
    "circulation.override": frozenset({LIBRARIAN}),
    "circulation.undo": frozenset({LIBRARIAN}),
    "circulation.rules": frozenset({LIBRARIAN}),
    "fines.waive": frozenset({LIBRARIAN}),
    "visits.correct": frozenset({LIBRARIAN}),
    "programs.edit": frozenset({LIBRARIAN}),
    "reports.export": frozenset({LIBRARIAN}),
    "printing.print": frozenset({LIBRARIAN}),
    "stocktake.manage": frozenset({LIBRARIAN}),
    "settings.edit": frozenset({LIBRARIAN}),
    "staff.manage": frozenset({LIBRARIAN}),
    "sync.manage": frozenset({LIBRARIAN}),
    "backup.restore": frozenset({LIBRARIAN}),
    "backup.create": frozenset({LIBRARIAN}),  # a backup copy holds members' personal data
    "clock.confirm": frozenset({LIBRARIAN}),
    "audit.view": frozenset({LIBRARIAN}),
}

# scrypt cost: ~50 ms on an old PC; slow enough to make guessing a stolen database's PINs costly.
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}
MIN_PASSWORD = 6
MIN_PIN = 4


def hash_secret(secret: str) -> str:
    salt = os.urandom(16)
    digest = hashlib.scrypt(secret.encode(), salt=salt, dklen=32, **_SCRYPT)
    return "scrypt${n}${r}${p}${salt}${digest}".format(
        **_SCRYPT, salt=base64.b64encode(salt).decode(), digest=base64.b64encode(digest).decode()
    )


def verify_secret(secret: str, stored: str | None) -> bool:
    if not stored:
        return False
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        actual = hashlib.scrypt(
            secret.encode(), salt=base64.b64decode(salt), dklen=32, n=int(n), r=int(r), p=int(p)
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, base64.b64decode(digest))


def allowed(by: Staff | None, action: str) -> bool:
    if action not in PERMISSIONS:
        raise KeyError(f"unknown action {action}")
    return by is not None and by.active and by.role in PERMISSIONS[action]


def require(by: Staff | None, action: str) -> None:
    if not allowed(by, action):
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("Errors", "Your account ({role}) may not do this. Ask a librarian."),
            role=by.role if by is not None else "-",
        )


def audit(lib: Library, by: Staff | str | None, action: str, entity: str = "", entity_uid: str = "",
          **detail: Any) -> None:
    """Record who did a destructive or sensitive thing. Never put secrets in ``detail``."""
    username = by.username if isinstance(by, Staff) else (by or "")
    AuditLog.create(
        at=lib.clock.now(), username=username, action=action, entity=entity, entity_uid=entity_uid,
        detail=json.dumps(detail, ensure_ascii=False, default=str) if detail else "",
    )


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The password must have at least {n} characters."), field="password",
            n=MIN_PASSWORD,
        )


def _check_pin(pin: str) -> None:
    if len(pin) < MIN_PIN or not pin.isdigit():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The PIN must be at least {n} digits."), field="pin", n=MIN_PIN
        )


def _create_staff(lib: Library, username: str, password: str, role: str, full_name: str, pin: str | None) -> Staff:
    username = username.strip().lower()
    if not username or not username.replace(".", "").replace("_", "").replace("-", "").isalnum():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A user name needs letters or digits only (no spaces)."), field="username"
        )
    if role not in ROLES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown role {role}."), field="role", role=role)
    _check_password(password)
    if pin:
        _check_pin(pin)
    if Staff.get_or_none(Staff.username == username) is not None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The user name {username} is already taken."), field="username",
            username=username,
        )
    return Staff.create(
        username=username, full_name=full_name.strip(), role=role, password_hash=hash_secret(password),
        pin_hash=hash_secret(pin) if pin else None, created_at=lib.clock.now(),
    )


def create_first_librarian(lib: Library, username: str, password: str, full_name: str = "",
                           pin: str | None = None) -> Staff:
    """The first account, made by the first-run wizard or ``pustaka-cli init``; refused once any exists."""
    if Staff.select().exists():
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "This library already has staff accounts."))
    with lib.transaction():
        staff = _create_staff(lib, username, password, LIBRARIAN, full_name, pin)
        audit(lib, staff, "staff.create", "staff", staff.username, role=LIBRARIAN)
    return staff


def add_staff(lib: Library, by: Staff, username: str, password: str, role: str, full_name: str = "",
              pin: str | None = None) -> Staff:
    require(by, "staff.manage")
    with lib.transaction():
        staff = _create_staff(lib, username, password, role, full_name, pin)
        audit(lib, by, "staff.create", "staff", staff.username, role=role)
    return staff


def set_active(lib: Library, by: Staff, staff: Staff, active: bool) -> None:
    require(by, "staff.manage")
    if not active and staff.role == LIBRARIAN and _active_librarians(exclude=staff) == 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The last active librarian cannot be disabled."))
    with lib.transaction():
        staff.active = active
        staff.save()
        audit(lib, by, "staff.enable" if active else "staff.disable", "staff", staff.username)


def set_role(lib: Library, by: Staff, staff: Staff, role: str) -> None:
    require(by, "staff.manage")
    if role not in ROLES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown role {role}."), field="role", role=role)
    if staff.role == LIBRARIAN and role != LIBRARIAN and _active_librarians(exclude=staff) == 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The last active librarian must stay a librarian."))
    with lib.transaction():
        old = staff.role
        staff.role = role
        staff.save()
        audit(lib, by, "staff.role", "staff", staff.username, old=old, new=role)


def reset_secret(lib: Library, by: Staff, staff: Staff, password: str | None = None, pin: str | None = None) -> None:
    """A librarian resets anyone's password/PIN; everyone may change their own."""
    if by.id != staff.id:
        require(by, "staff.manage")
    with lib.transaction():
        if password is not None:
            _check_password(password)
            staff.password_hash = hash_secret(password)
        if pin is not None:
            _check_pin(pin)
            staff.pin_hash = hash_secret(pin)
        staff.save()
        audit(lib, by, "staff.reset_secret", "staff", staff.username,
              password=password is not None, pin=pin is not None)


def _active_librarians(exclude: Staff | None = None) -> int:
    query = Staff.select().where((Staff.role == LIBRARIAN) & (Staff.active == True))  # noqa: E712
    if exclude is not None:
        query = query.where(Staff.id != exclude.id)
    return query.count()


def login(lib: Library, username: str, password: str) -> Staff:
    staff = Staff.get_or_none(Staff.username == username.strip().lower())
    if staff is None or not staff.active or not verify_secret(password, staff.password_hash):
        audit(lib, username.strip().lower(), "login.failed")
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "Wrong user name or password."))
    staff.last_login_at = lib.clock.now()
    staff.save(only=[Staff.last_login_at])
    return staff


def librarian_by_pin(lib: Library, pin: str) -> Staff:
    """The active librarian whose PIN this is (for overrides and leaving the kiosk)."""
    for staff in Staff.select().where((Staff.role == LIBRARIAN) & (Staff.active == True)):  # noqa: E712
        if verify_secret(pin, staff.pin_hash) or verify_secret(pin, staff.password_hash):
            return staff
    audit(lib, "", "pin.failed")
    raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "That is not a librarian's PIN."))


def staff_list() -> list[Staff]:
    return list(Staff.select().order_by(Staff.username))
