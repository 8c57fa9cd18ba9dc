"""The recovery code: the way back in when no librarian can log in (the only librarian moved away or forgot
her password).

One code per library, made at the first start (or later by a librarian), shown once to print or write down
and kept away from the desk (with the village office / kepala desa). Only its hash is stored, like a
password (setting ``recovery_code``: local to this PC, never synced). Whoever has the code may set a new
password on a librarian account, or make a new librarian account; the code is then used up and a new one
is shown. Wrong codes are counted like wrong passwords (``auth``'s wait and lock, key ``recovery``), and
everything is audited. There is no other way in: without a code and without a librarian, only someone who
can open the database file itself (the district office, support) can help.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime

from . import auth, passwords
from .errors import PermissionDenied, Refused, ValidationError
from .i18n import QT_TRANSLATE_NOOP
from .practice.library import is_practice
from .service import Library
from .settings import get_setting, set_setting
from .store.models import Staff

SETTING_KEY = "recovery_code"
THROTTLE_KEY = "recovery"
# Crockford's base32: no I, L, O or U, so a code copied by hand is not misread; 16 symbols = 80 bits, far
# beyond guessing even from a stolen database file.
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_READ_AS = {"O": "0", "I": "1", "L": "1"}
LENGTH = 16
GROUP = 4

NO_CODE = QT_TRANSLATE_NOOP(
    "Errors", "This library has no recovery code yet. A librarian who can log in makes one under Settings → Staff "
              "accounts. If no librarian can log in, only someone who can open the database file itself can help: "
              "take the PC (or a backup copy) to the district library office or to your Pustaka support.")
WRONG_CODE = QT_TRANSLATE_NOOP("Errors", "That is not this library's recovery code.")


@dataclass(frozen=True)
class CodeInfo:
    made_at: datetime | None
    made_by: str


@dataclass(frozen=True)
class Recovered:
    staff: Staff
    new_code: str  # the old one no longer works: show this one once, to be written down again


def normalise(code: str) -> str:
    """The code as stored, from what was typed: any case, spaces or dashes, O for 0 and I or L for 1."""
    text = "".join(ch for ch in code.upper() if ch.isalnum())
    return "".join(_READ_AS.get(ch, ch) for ch in text)


def formatted(code: str) -> str:
    """ABCD-EFGH-JKMN-PQRS: groups of four, easy to read aloud and copy."""
    return "-".join(code[i:i + GROUP] for i in range(0, len(code), GROUP))


def info() -> CodeInfo | None:
    """When and by whom the current code was made; None when the library has none."""
    value = get_setting(SETTING_KEY)
    if not isinstance(value, dict) or not value.get("hash"):
        return None
    try:
        made_at = datetime.fromisoformat(value.get("made_at", ""))
    except ValueError:
        made_at = None
    return CodeInfo(made_at, value.get("made_by", ""))


def _store_new_code(lib: Library, made_by: str, replaced: bool) -> str:
    code = "".join(secrets.choice(ALPHABET) for _ in range(LENGTH))
    set_setting(SETTING_KEY, {"hash": auth.hash_secret(code), "made_at": lib.clock.now().isoformat(),
                              "made_by": made_by})
    auth.audit(lib, made_by, "recovery.code_made", replaced=replaced)
    return formatted(code)


def make_code(lib: Library, by: Staff) -> str:
    """A new recovery code (a librarian; at the first start, the first librarian). Any older code stops
    working. Returned once, formatted; only its hash is kept."""
    auth.require(by, "staff.manage")
    _refuse_in_practice(lib)
    with lib.transaction():
        return _store_new_code(lib, by.username, info() is not None)


def librarians() -> list[Staff]:
    """The accounts a recovery may give a new password: the active librarians."""
    return list(Staff.select().where((Staff.role == auth.LIBRARIAN) & (Staff.active == True))  # noqa: E712
                .order_by(Staff.username))


def recover(lib: Library, code: str, username: str, password: str, *, new_account: bool = False,
            full_name: str = "") -> Recovered:
    """With the recovery code: a new password for the librarian ``username`` (her PIN is removed: whoever
    knew it may be the one who left), or with ``new_account`` a new librarian account. The code is then
    replaced by a new one. Wrong codes wait and lock like wrong passwords."""
    require_available(lib)
    stored = get_setting(SETTING_KEY)
    auth.check_throttle(lib, THROTTLE_KEY, "")
    if not auth.verify_secret(normalise(code), stored["hash"]):
        auth.wrong_try(lib, THROTTLE_KEY, "", "recovery.failed", "recovery.locked")
        raise PermissionDenied(WRONG_CODE)
    auth.record_try(lib, THROTTLE_KEY, True)
    with lib.transaction():
        staff = _new_librarian(lib, username, password, full_name) if new_account else \
            _new_password(lib, username, password)
        auth.record_try(lib, f"login:{staff.username}", True)  # a lock from the forgotten password ends here
        auth.audit(lib, staff.username, "staff.recovered", "staff", staff.username, new_account=new_account)
        new_code = _store_new_code(lib, staff.username, True)
    return Recovered(staff, new_code)


def _new_librarian(lib: Library, username: str, password: str, full_name: str) -> Staff:
    staff = auth.create_staff(lib, username, password, auth.LIBRARIAN, full_name, None)
    auth.audit(lib, staff.username, "staff.create", "staff", staff.username, role=auth.LIBRARIAN,
               by_recovery_code=True)
    return staff


def _new_password(lib: Library, username: str, password: str) -> Staff:
    name = username.strip().lower()
    staff = next((each for each in librarians() if each.username == name), None)
    if staff is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "{username} is not an active librarian account. Choose one of: {names}; or make a new "
                      "librarian account."), field="username", username=name,
            names=", ".join(each.username for each in librarians()) or "-")
    auth.set_password(staff, password)
    passwords.mark(staff.username, False)  # she typed it herself, with the code in her hand
    staff.pin_hash = None
    staff.save()
    return staff


def require_available(lib: Library) -> None:
    """Refuses, saying what to do instead, when a recovery cannot be tried here: no code yet, or the
    practice library."""
    _refuse_in_practice(lib)
    if info() is None:
        raise Refused(NO_CODE, reason="no-recovery-code")


def _refuse_in_practice(lib: Library) -> None:
    """The practice library takes its accounts from the real one: a code used or made there would leave the
    real library's code as it was while the librarian wrote down one that works nowhere."""
    if is_practice(lib):
        raise Refused(QT_TRANSLATE_NOOP(
            "Errors", "This is the practice library (LATIHAN): go back to the real library to use or make a "
                      "recovery code."), reason="practice")
