"""What is left to do when someone who left is deactivated, above all a librarian replaced by the village: the
library profile may still name her as head of the library (printed on reports and overdue letters to members),
and the recovery code she made may be one she knows (with it anyone can make a librarian account)."""

from __future__ import annotations

from typing import Any

from . import recovery
from .i18n import QT_TRANSLATE_NOOP
from .service import Library
from .store.models import Staff

HEAD_STILL_NAMED = QT_TRANSLATE_NOOP(
    "Handover", "{name} is still the head of the library in the library profile: that name is printed on reports "
                "and overdue letters. Put the new head's name there (Settings → Library profile).")
CODE_MADE_BY_HER = QT_TRANSLATE_NOOP(
    "Handover", "The recovery code was made by {name}, who may still know it: make a new one (Settings → Staff "
                "accounts → Make a recovery code, or pustaka-cli staff recovery-code) and give it to the village "
                "office.")


def notes(lib: Library, staff: Staff) -> list[tuple[str, dict[str, Any]]]:
    """(message, its values) for each thing left to do now that ``staff`` was deactivated; [] when none."""
    name = staff.full_name or staff.username
    out = []
    if still_named_head(lib, staff):
        out.append((HEAD_STILL_NAMED, {"name": name}))
    made = recovery.info()
    if made is not None and made.made_by == staff.username:
        out.append((CODE_MADE_BY_HER, {"name": name}))
    return out


def still_named_head(lib: Library, staff: Staff) -> bool:
    """Whether the profile still names ``staff`` as head of the library (spaces and case aside)."""
    def plain(name: str | None) -> str:
        return " ".join((name or "").split()).casefold()

    profile = lib.profile
    return bool(plain(staff.full_name)) and profile is not None and plain(profile.head_name) == plain(staff.full_name)
