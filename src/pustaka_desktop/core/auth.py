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

from . import passwords
from .errors import PermissionDenied, SignInAgain, ValidationError
from .i18n import QT_TRANSLATE_NOOP
from .service import Library
from .staff_names import suggest_username
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
    "circulation.import": frozenset({LIBRARIAN}),  # loans, fines and visitor book from SLiMS
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
MIN_PASSWORD = passwords.MIN_LENGTH
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


# What changed in an account since it signed in (``account_change``), and what the next action then says.
DEACTIVATED, ROLE_LOWERED, PASSWORD_RESET = "deactivated", "role", "password"
SIGN_IN_AGAIN = {
    DEACTIVATED: QT_TRANSLATE_NOOP("Errors", "A librarian has deactivated the account {username}, so this was not "
                                             "done. Sign in with an active account to go on."),
    ROLE_LOWERED: QT_TRANSLATE_NOOP("Errors", "A librarian has changed the role of {username}, so this was not done. "
                                              "Sign in again to go on."),
    PASSWORD_RESET: QT_TRANSLATE_NOOP("Errors", "The password of {username} was changed, so this was not done. Sign "
                                                "in again with the new password to go on."),
}


def account_change(by: Staff | None) -> str:
    """What a librarian changed in ``by``'s account since it signed in ("" when nothing): a window left open at the
    desk, or a second window, holds the account as it was at sign-in, and must not outlive a deactivation, a lower
    role or a password reset (someone else may know the old one). A raised role changes nothing (the session keeps
    its fewer rights), and so does the desk's volunteer mode (a librarian's account seen as a volunteer). An
    account that is not in the database (the command line's operator) has nothing to compare."""
    if by is None or by.id is None:
        return ""
    database = getattr(by, "read_from", None) or Staff._meta.database
    fresh = database.execute_sql("SELECT active, password_hash, role FROM staff WHERE id = ?", (by.id,)).fetchone()
    if fresh is None or not fresh[0]:
        return DEACTIVATED
    _active, password_hash, role = fresh
    if password_hash != by.password_hash:
        return PASSWORD_RESET
    if role != by.role and by.role == LIBRARIAN:
        return ROLE_LOWERED
    return ""


def _role_allows(by: Staff | None, action: str) -> bool:
    if action not in PERMISSIONS:
        raise KeyError(f"unknown action {action}")
    return by is not None and by.active and by.role in PERMISSIONS[action]


def allowed(by: Staff | None, action: str) -> bool:
    return _role_allows(by, action) and not account_change(by)


def require(by: Staff | None, action: str) -> None:
    change = account_change(by)
    if change:
        _audit_refusal(by, action, change)
        raise SignInAgain(SIGN_IN_AGAIN[change], username=by.username)
    if not _role_allows(by, action):
        _audit_refusal(by, action)
        raise PermissionDenied(
            QT_TRANSLATE_NOOP("Errors", "Your account ({role}) may not do this. Ask a librarian."),
            role=ROLE_NAMES.get(by.role, by.role) if by is not None else "-",
        )


def _audit_refusal(by: Staff | None, action: str, change: str = "") -> None:
    """A refused action is recorded too (who tried what): an attempt is worth knowing about. Never lets
    a problem writing the entry hide the refusal itself."""
    from .service import library_of

    lib = library_of(AuditLog._meta.database)
    if lib is None:
        return
    try:
        if change:
            audit(lib, by, f"session.{change}", "staff", by.username, attempted=action)
        else:
            audit(lib, by, "denied", "", "", attempted=action, role=by.role if by is not None else "-")
    except Exception:  # noqa: BLE001 - a read-only or busy database must not turn a refusal into a crash
        pass


def audit(lib: Library, by: Staff | str | None, action: str, entity: str = "", entity_uid: str = "",
          **detail: Any) -> None:
    """Record who did a destructive or sensitive thing. Never put secrets in ``detail``."""
    username = by.username if isinstance(by, Staff) else (by or "")
    AuditLog.create(
        at=lib.clock.now(), username=username, action=action, entity=entity, entity_uid=entity_uid,
        detail=json.dumps(detail, ensure_ascii=False, default=str) if detail else "",
    )


def _check_pin(pin: str) -> None:
    if len(pin) < MIN_PIN or not pin.isdigit():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The PIN must be at least {n} digits."), field="pin", n=MIN_PIN
        )


def create_staff(lib: Library, username: str, password: str, role: str, full_name: str, pin: str | None) -> Staff:
    typed, username = username, username.strip().lower()
    if not username or not username.replace(".", "").replace("_", "").replace("-", "").isalnum():
        free = suggest_username(typed) or suggest_username(full_name)
        if free:  # a full name typed as the user name: "Siti Nur'aini"
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A user name needs letters or digits only (no spaces), "
                                                              "for example {free}."), field="username", free=free)
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "A user name needs letters or digits only (no spaces)."), field="username"
        )
    if role not in ROLES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown role {role}."), field="role", role=role)
    passwords.check(password, username)
    if pin:
        _check_pin(pin)
    taken = Staff.get_or_none(Staff.username == username)
    if taken is not None:
        free = suggest_username(username)
        if not taken.active:  # someone who left: the name stays hers, on her loans and in the audit log
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The user name {username} belongs to {name}, whose account was "
                                            "deactivated: her loans and audit lines keep it. Choose another, "
                                            "for example {free}."),
                field="username", username=username, name=taken.full_name or username, free=free)
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The user name {username} is already taken. Choose another, for example "
                                        "{free}."), field="username", username=username, free=free,
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
        staff = create_staff(lib, username, password, LIBRARIAN, full_name, pin)
        audit(lib, staff, "staff.create", "staff", staff.username, role=LIBRARIAN)
    return staff


def add_staff(lib: Library, by: Staff, username: str, password: str, role: str, full_name: str = "",
              pin: str | None = None) -> Staff:
    require(by, "staff.manage")
    with lib.transaction():
        staff = create_staff(lib, username, password, role, full_name, pin)
        passwords.mark(staff.username, True)  # typed by the librarian: the new account chooses its own at log-in
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
    elif account_change(by):  # a deactivated account's open window cannot give itself a new password
        require(by, "staff.manage")
    with lib.transaction():
        if password is not None:
            set_password(staff, password)
            passwords.mark(staff.username, by.id != staff.id)  # someone else's choice: hers at the next log-in
        if pin is not None:
            _check_pin(pin)
            staff.pin_hash = hash_secret(pin)
        staff.save()
        audit(lib, by, "staff.reset_secret", "staff", staff.username,
              password=password is not None, pin=pin is not None)
    if by.id == staff.id:  # her own new password: her own open window goes on (account_change compares with it)
        for view in (by, getattr(by, "desk_mode_of", None)):
            if view is not None:
                view.password_hash, view.pin_hash = staff.password_hash, staff.pin_hash


def set_password(staff: Staff, password: str) -> None:
    """Checks ``password`` and puts its hash on ``staff`` (saved by the caller, in its transaction): a librarian's
    reset, one's own change (``reset_secret``), a recovery (``core.recovery``)."""
    passwords.check(password, staff.username)
    staff.password_hash = hash_secret(password)


def choose_own_password(lib: Library, staff: Staff, current: str, new: str) -> None:
    """``staff`` chooses her own password: at the log-in after a librarian set one for her, or any day from the
    menu. The current one is asked (a window left open must not let someone else lock her out), counted with her
    wrong log-ins; the new one must differ from it."""
    key = f"login:{staff.username}"
    check_throttle(lib, key, staff.username)
    if not verify_secret(current, staff.password_hash):
        wrong_try(lib, key, staff.username, "login.failed", "login.locked")
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "That is not your current password."))
    if new == current:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose a password other than the one you were given."),
                              field="password")
    reset_secret(lib, staff, staff, password=new)


def must_choose_password(staff: Staff) -> bool:
    """Whether ``staff`` still has a password someone else chose for her (``core.passwords``)."""
    return passwords.must_choose(staff.username)


def _active_librarians(exclude: Staff | None = None) -> int:
    query = Staff.select().where((Staff.role == LIBRARIAN) & (Staff.active == True))  # noqa: E712
    if exclude is not None:
        query = query.where(Staff.id != exclude.id)
    return query.count()


# Guessing: the first few wrong tries are free (typos), then each try must wait longer (2, 4, 8 ...
# seconds, at most a minute), and after LOCK_AFTER wrong tries in a row the account (or, for PINs,
# the PIN entry) is locked for LOCK_MINUTES. Kept in the database, so restarting the app does not
# reset it; every refusal is audited. A right answer clears the count.
FREE_TRIES = 3
MAX_DELAY_S = 60
LOCK_AFTER = 10
LOCK_MINUTES = 15
_FAILURES_KEY = "auth_failures"
TOO_MANY = QT_TRANSLATE_NOOP("Errors", "Too many wrong attempts. Wait {seconds} seconds, then try again.")
LOCKED_OUT = QT_TRANSLATE_NOOP(
    "Errors", "Too many wrong attempts: locked for {minutes} minutes (until {until}). A librarian can see the "
              "attempts in the audit log.")


def _failures() -> dict[str, dict[str, Any]]:
    from .settings import get_setting

    value = get_setting(_FAILURES_KEY, {})
    return value if isinstance(value, dict) else {}


def wait_seconds(lib: Library, key: str) -> int:
    """How long the next try for ``key`` ("login:USER", "pin") must wait (0: now)."""
    from datetime import datetime, timedelta

    entry = _failures().get(key)
    if not entry:
        return 0
    try:
        last = datetime.fromisoformat(entry["last"])
        count = int(entry["n"])
    except (KeyError, TypeError, ValueError):
        return 0
    if count >= LOCK_AFTER:
        until = last + timedelta(minutes=LOCK_MINUTES)
    elif count >= FREE_TRIES:
        until = last + timedelta(seconds=min(MAX_DELAY_S, 2 ** (count - FREE_TRIES + 1)))
    else:
        return 0
    return max(0, int((until - lib.clock.now()).total_seconds() + 0.999))


def check_throttle(lib: Library, key: str, who: str) -> None:
    """Refuses (and audits) a try at ``key`` that comes before its wait is over."""
    wait = wait_seconds(lib, key)
    if not wait:
        return
    count = int(_failures().get(key, {}).get("n", 0))
    # one code per kind of secret guessed: a password (login:USER), the librarians' PIN, the recovery code
    kind = key.split(":")[0]  # "login:USER" and the kiosk's "pin:kiosk" audit as their kind of secret
    audit(lib, who, f"{kind}.throttled", wait_s=wait, failures=count)
    if count >= LOCK_AFTER:
        from datetime import timedelta

        until = (lib.clock.now() + timedelta(seconds=wait)).astimezone().strftime("%H:%M")
        raise PermissionDenied(LOCKED_OUT, minutes=LOCK_MINUTES, until=until)
    raise PermissionDenied(TOO_MANY, seconds=wait)


def record_try(lib: Library, key: str, ok: bool) -> int:
    """Counts a wrong try at ``key`` (returns how many in a row) or clears the count after a right one."""
    from .settings import set_setting

    failures = _failures()
    if ok:
        if key in failures:
            failures.pop(key)
            set_setting(_FAILURES_KEY, failures)
        return 0
    count = int(failures.get(key, {}).get("n", 0)) + 1
    failures[key] = {"n": count, "last": lib.clock.now().isoformat()}
    set_setting(_FAILURES_KEY, failures)
    return count


def wrong_try(lib: Library, key: str, who: str, failed: str, locked: str) -> None:
    """A wrong password or recovery code: counted at ``key``, audited as ``failed`` (and ``locked`` once the count
    locks it)."""
    count = record_try(lib, key, False)
    audit(lib, who, failed, failures=count)
    if count >= LOCK_AFTER:
        audit(lib, who, locked, minutes=LOCK_MINUTES)


def login(lib: Library, username: str, password: str) -> Staff:
    name = username.strip().lower()
    key = f"login:{name}"
    check_throttle(lib, key, name)
    staff = Staff.get_or_none(Staff.username == name)
    if staff is None or not staff.active or not verify_secret(password, staff.password_hash):
        wrong_try(lib, key, name, "login.failed", "login.locked")
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "Wrong user name or password."))
    record_try(lib, key, True)
    staff.last_login_at = lib.clock.now()
    staff.save(only=[Staff.last_login_at])
    return staff


DESK_PIN = "pin"
# Wrong PINs typed at the patrons' kiosk are counted apart: a child guessing there locked the desk's
# overrides (same library file) for a quarter of an hour.
KIOSK_PIN = "pin:kiosk"


def librarian_by_pin(lib: Library, pin: str, where: str = DESK_PIN) -> Staff:
    """The active librarian whose PIN this is (for overrides and leaving the kiosk). Only the PIN: a
    password is not a PIN (it is typed where the desk, or a patron at the kiosk, can see it). ``where``
    (DESK_PIN, KIOSK_PIN) keeps its own count of wrong tries; an empty box is no try at all."""
    if not pin.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Type a librarian's PIN."), field="pin")
    check_throttle(lib, where, "")
    staff = _librarian_with_pin(pin)
    if staff is not None:
        record_try(lib, where, True)
        return staff
    count = record_try(lib, where, False)
    audit(lib, "", "pin.failed", failures=count)
    raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "That is not a librarian's PIN."))


def is_librarian_pin(pin: str) -> bool:
    """Whether ``pin`` is an active librarian's PIN, with no try counted either way. Only for text known to be
    something else already (a member card or a copy's label scanned into the desk's PIN box): no guess at the
    PIN, so it must not bring the PIN box nearer its lock."""
    return _librarian_with_pin(pin) is not None


def _librarian_with_pin(pin: str) -> Staff | None:
    for staff in Staff.select().where((Staff.role == LIBRARIAN) & (Staff.active == True)):  # noqa: E712
        if verify_secret(pin, staff.pin_hash):
            return staff
    return None


def account_named(username: str) -> Staff:
    """The staff account ``username`` (any case, spaces around), active or not; ValidationError when none."""
    staff = Staff.get_or_none(Staff.username == username.strip().lower())
    if staff is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "There is no staff account {username}."),
                              field="username", username=username)
    return staff


def staff_list() -> list[Staff]:
    return list(Staff.select().order_by(Staff.username))
