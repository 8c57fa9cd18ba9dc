"""What a staff password must be, and which accounts must still choose their own.

A librarian adds a volunteer (or resets a forgotten password) by typing a password at the desk, where others
may see it, and tells it to the volunteer: so that account chooses its own at its next log-in. Which accounts
those are is kept in a local setting (by user name: names are never reused), not synced.

Too easy to guess is refused: the user name itself, one key pressed six times, a run along the digits, the
alphabet or a keyboard row (``123456``, ``abcdef``, ``qwerty``), and the few words everyone tries first. Nothing
stricter: a volunteer must be able to choose a password she remembers.
"""

from __future__ import annotations

from .errors import ValidationError
from .i18n import QT_TRANSLATE_NOOP
from .settings import get_setting, set_setting

MIN_LENGTH = 6
TO_CHOOSE_KEY = "passwords_to_choose"
_RUNS = ("0123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl", "zxcvbnm")
_FIRST_TRIED = {"password", "passw0rd", "katasandi", "kata sandi", "perpustakaan", "perpus", "pustaka"}


def check(password: str, username: str = "") -> None:
    """Refuses a password that is too short or too easy to guess (ValidationError, field "password")."""
    if len(password) < MIN_LENGTH:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "The password must have at least {n} characters."), field="password",
            n=MIN_LENGTH,
        )
    if too_easy(password, username):
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "This password is too easy to guess (like 123456, qwerty or the user "
                                        "name). Choose another, for example two words and a number."),
            field="password",
        )


def too_easy(password: str, username: str = "") -> bool:
    plain = password.strip().lower()
    if plain == username.strip().lower() or plain in _FIRST_TRIED or len(set(plain)) == 1:
        return True
    return any(plain in run or plain in run[::-1] for run in _RUNS)


def must_choose(username: str) -> bool:
    """Whether the account ``username`` still logs in with a password someone else chose for it."""
    return username in _to_choose()


def mark(username: str, chosen_by_someone_else: bool) -> None:
    """Remember (or forget) that ``username``'s password was chosen by someone else. In the caller's transaction."""
    names = _to_choose()
    if (username in names) == chosen_by_someone_else:
        return
    names.symmetric_difference_update({username})
    set_setting(TO_CHOOSE_KEY, sorted(names))


def _to_choose() -> set[str]:
    value = get_setting(TO_CHOOSE_KEY, [])
    return set(value) if isinstance(value, list) else set()
