"""The library's identity: its profile (name, code, NPP, where it is), and first-run set-up."""

from __future__ import annotations

import re
from typing import Any

from . import auth
from .errors import Conflict, ValidationError
from .fields import known_fields
from .i18n import QT_TRANSLATE_NOOP
from .service import Library
from .settings import set_setting
from .store import write as store
from .store.models import CollectionType, LibraryProfile, MemberType, Staff

CODE_PATTERN = re.compile(r"^[A-Z0-9]{2,8}$")
LANGUAGES = ("id", "en")
PROFILE_FIELDS = ("name", "code", "npp", "village", "kecamatan", "kabupaten", "province", "address",
                  "population", "phone", "email", "head_name", "rules_text", "closed_weekdays")

# Sensible starting rules for a village library; the librarian edits them under Settings.
DEFAULT_MEMBER_TYPES = [
    {"name": "Anak-anak", "loan_limit": 2, "loan_days": 7, "renewals": 1, "fine_per_day": 0, "validity_days": 365},
    {"name": "Pelajar", "loan_limit": 3, "loan_days": 7, "renewals": 1, "fine_per_day": 500, "validity_days": 365},
    {"name": "Umum", "loan_limit": 3, "loan_days": 14, "renewals": 2, "fine_per_day": 500, "validity_days": 730},
    {"name": "Lembaga", "loan_limit": 10, "loan_days": 30, "renewals": 1, "fine_per_day": 0, "validity_days": 365},
]
DEFAULT_COLLECTION_TYPES = [
    {"name": "Sirkulasi", "loanable": True},
    {"name": "Referensi", "loanable": False},
    {"name": "Anak", "loanable": True},
    {"name": "Muatan Lokal", "loanable": True},
]


def clean_profile(fields: dict[str, Any]) -> dict[str, Any]:
    """Validate and normalise profile fields; raises ValidationError naming the field."""
    out = known_fields(fields, PROFILE_FIELDS, "profile")
    if "name" in out and not out["name"]:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The library needs a name."), field="name")
    if "code" in out:
        out["code"] = out["code"].upper()
        if not CODE_PATTERN.match(out["code"]):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The library code must be 2 to 8 capital letters or digits, e.g. SKM01."),
                field="code",
            )
    if out.get("population") == "":
        out["population"] = None
    if out.get("population") is not None:
        try:
            out["population"] = int(out["population"])
            if out["population"] < 0:
                raise ValueError
        except (TypeError, ValueError):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "The village population must be a whole number."), field="population"
            ) from None
    return out


def init_library(lib: Library, *, name: str, code: str, librarian: str, password: str,
                 librarian_name: str = "", pin: str | None = None, language: str = "id",
                 kind: str = "village", **profile: Any) -> Staff:
    """First run: the profile, default rules and the first librarian account, all or nothing."""
    if lib.is_initialised:
        raise Conflict(QT_TRANSLATE_NOOP("Errors", "This database already holds a library ({name})."),
                       name=lib.profile.name)
    if language not in LANGUAGES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown language {language}."), language=language)
    if kind not in ("village", "district"):
        raise ValueError(f"unknown library kind {kind}")
    fields = clean_profile({"name": name, "code": code, **profile})
    with lib.transaction():
        store.insert(lib, LibraryProfile, site=lib.site_id, kind=kind, **fields)
        if kind == "village":
            for values in DEFAULT_MEMBER_TYPES:
                store.insert(lib, MemberType, **values)
            for values in DEFAULT_COLLECTION_TYPES:
                store.insert(lib, CollectionType, **values)
        set_setting("language", language)
        staff = auth.create_first_librarian(lib, librarian, password, full_name=librarian_name, pin=pin)
    return staff


def update_profile(lib: Library, by: Staff, **fields: Any) -> LibraryProfile:
    auth.require(by, "settings.edit")
    cleaned = clean_profile(fields)
    profile = lib.profile
    with lib.transaction():
        store.update(lib, profile, **cleaned)
        auth.audit(lib, by, "settings.profile", "library_profile", profile.uid, fields=sorted(cleaned))
    return profile


TEXT_SIZE_KEY = "appearance.text_size"
HIGH_CONTRAST_KEY = "appearance.high_contrast"
TEXT_SIZES = (100, 125, 150, 175, 200)


def set_appearance(lib: Library, by: Staff, text_size: int, high_contrast: bool) -> None:
    """Text size (percent) and high contrast for this PC."""
    auth.require(by, "settings.edit")
    if text_size not in TEXT_SIZES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The text size must be between 100 and 200 %."))
    set_setting(TEXT_SIZE_KEY, text_size)
    set_setting(HIGH_CONTRAST_KEY, bool(high_contrast))


def set_language(lib: Library, by: Staff, language: str) -> None:
    auth.require(by, "settings.edit")
    if language not in LANGUAGES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown language {language}."), language=language)
    set_setting("language", language)
