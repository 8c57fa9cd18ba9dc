"""Members' PINs for the web catalogue ("Akun saya" on a phone over the library Wi-Fi).

A member gets or sets a PIN at the desk (``set_pin`` / ``new_pin``, desk work: a volunteer may do
it, audited, never the PIN itself). The web catalogue checks number + PIN with ``check``:

- a wrong PIN counts a failure on the member; after ``MAX_FAILURES`` in a row the account is locked
  for ``LOCK_MINUTES`` (even the right PIN is refused meanwhile, and the desk can unlock it by
  setting a new PIN); a right PIN resets the count;
- an unknown member number, a member without a PIN and a wrong PIN all get the same answer, after
  the same scrypt work, so the web cannot be used to find out which card numbers exist;
- every failure and every lock is audited (the number, never the PIN).

The PIN stays on this PC (a local table, never in a sync bundle). The member's own choice whether
the web shows their loan history lives here too (off until they switch it on).
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from .. import auth
from ..errors import PermissionDenied, Refused, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store.lookup import by_code
from ..store.models import Member, MemberPin, Staff

MIN_LENGTH = 4
MAX_LENGTH = 8
MAX_FAILURES = 5
LOCK_MINUTES = 15
# Checked when the member number is unknown, so a wrong number costs the same time as a wrong PIN.
_DUMMY_HASH = auth.hash_secret("not-a-pin")


@dataclass(frozen=True)
class PinStatus:
    has_pin: bool
    failures: int
    locked_until: datetime | None
    show_history: bool


def _live_member(number: str) -> Member | None:
    code = (number or "").strip()
    if not code or len(code) > 40:
        return None
    return by_code(Member, Member.number, code)


def _check_format(pin: str) -> str:
    pin = (pin or "").strip()
    if not (pin.isascii() and pin.isdigit() and MIN_LENGTH <= len(pin) <= MAX_LENGTH):
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A member's PIN is {min} to {max} digits."), field="pin",
                              min=MIN_LENGTH, max=MAX_LENGTH)
    if len(set(pin)) == 1 or pin in "0123456789" or pin in "9876543210":
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "That PIN is too easy to guess (like 1111 or 1234)."),
                              field="pin")
    return pin


def _row(member: Member) -> MemberPin | None:
    return MemberPin.get_or_none(MemberPin.member == member.id)


def status(lib: Library, member: Member) -> PinStatus:
    row = _row(member)
    if row is None:
        return PinStatus(False, 0, None, False)
    locked = row.locked_until if row.locked_until and row.locked_until > lib.clock.now() else None
    return PinStatus(bool(row.pin_hash), row.failures, locked, bool(row.show_history))


def set_pin(lib: Library, by: Staff, member: Member, pin: str) -> None:
    """Give ``member`` this PIN (typed by the member at the desk). Unlocks a locked account."""
    auth.require(by, "members.register")
    pin = _check_format(pin)
    now = lib.clock.now()
    with lib.transaction():
        row = _row(member)
        if row is None:
            MemberPin.create(member=member.id, pin_hash=auth.hash_secret(pin), set_at=now, set_by=by.username)
        else:
            row.pin_hash, row.set_at, row.set_by = auth.hash_secret(pin), now, by.username
            row.failures, row.locked_until = 0, None
            row.save()
        auth.audit(lib, by, "member_pin.set", "member", member.uid, number=member.number)


def new_pin(lib: Library, by: Staff, member: Member, length: int = 6) -> str:
    """Make a random PIN for ``member`` (to write on a slip for them) and return it."""
    while True:
        pin = "".join(secrets.choice("0123456789") for _ in range(max(MIN_LENGTH, min(MAX_LENGTH, length))))
        try:
            _check_format(pin)
        except ValidationError:
            continue
        set_pin(lib, by, member, pin)
        return pin


def clear_pin(lib: Library, by: Staff, member: Member) -> None:
    """Close the member's web account (a lost card, or on request)."""
    auth.require(by, "members.register")
    with lib.transaction():
        MemberPin.delete().where(MemberPin.member == member.id).execute()
        auth.audit(lib, by, "member_pin.clear", "member", member.uid, number=member.number)


def check(lib: Library, number: str, pin: str) -> Member:
    """The member whose card number and PIN these are. Raises PermissionDenied for a wrong number or
    PIN (one message for both) and Refused(reason="pin_locked") while the account is locked."""
    member = _live_member(number)
    row = _row(member) if member is not None else None
    candidate = (pin or "")[:MAX_LENGTH + 1]
    now = lib.clock.now()
    if row is not None and row.locked_until is not None and row.locked_until > now:
        auth.audit(lib, f"patron:{member.number}", "member_pin.refused_locked", "member", member.uid)
        raise Refused(QT_TRANSLATE_NOOP("Errors", "Too many wrong PINs. Try again after {minutes} minutes, or "
                                                  "ask at the desk for a new PIN."),
                      reason="pin_locked", minutes=max(1, int((row.locked_until - now).total_seconds() // 60) + 1))
    ok = auth.verify_secret(candidate, row.pin_hash if row is not None else _DUMMY_HASH) and row is not None
    if ok:
        if row.failures or row.locked_until:
            row.failures, row.locked_until = 0, None
            row.save(only=[MemberPin.failures, MemberPin.locked_until])
        return member
    if row is not None:
        with lib.transaction(immediate=True):  # two wrong PINs at once both count
            row = _row(member)
            row.failures += 1
            locked = row.failures >= MAX_FAILURES
            if locked:
                row.locked_until = now + timedelta(minutes=LOCK_MINUTES)
                row.failures = 0
            row.save(only=[MemberPin.failures, MemberPin.locked_until])
            auth.audit(lib, f"patron:{member.number}", "member_pin.locked" if locked else "member_pin.failed",
                       "member", member.uid)
    else:
        auth.audit(lib, "patron:?", "member_pin.failed", "member", "", number=(number or "")[:40])
    raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "Wrong member number or PIN."))


def could_be_pin(text: str) -> bool:
    """Whether ``text`` has a PIN's shape (``MIN_LENGTH`` to ``MAX_LENGTH`` digits). Other text (a label with
    letters, a book's 13-digit ISBN barcode, nothing at all) is nobody's PIN, so it is no guess at one."""
    text = (text or "").strip()
    return text.isascii() and text.isdigit() and MIN_LENGTH <= len(text) <= MAX_LENGTH


def is_pin(lib: Library, number: str, pin: str) -> bool:
    """Whether ``pin`` is the PIN of the member with card ``number``, with no try counted either way. Only for
    text known to be something else already (a card or a copy's label scanned into the kiosk's PIN field, like
    ``auth.is_librarian_pin`` at the desk): no guess at the PIN, so it must not bring the member nearer the lock.
    Everything else goes through ``check``."""
    member = _live_member(number) if could_be_pin(pin) else None
    row = _row(member) if member is not None else None
    return row is not None and auth.verify_secret(pin, row.pin_hash)


def show_history(lib: Library, member: Member) -> bool:
    row = _row(member)
    return bool(row is not None and row.show_history)


def set_show_history(lib: Library, member: Member, on: bool) -> None:
    """The member's own choice (from "Akun saya"): show my loan history on the web, or not."""
    row = _row(member)
    if row is None:
        raise PermissionDenied(QT_TRANSLATE_NOOP("Errors", "Wrong member number or PIN."))
    with lib.transaction(immediate=True):
        row.show_history = bool(on)
        row.save(only=[MemberPin.show_history])
        auth.audit(lib, f"patron:{member.number}", "member_pin.history", "member", member.uid, on=bool(on))
