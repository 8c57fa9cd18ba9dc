"""How the library counts people: the age bands, genders and education levels that members, the visitor
book, programme participants and every report share.

- ``AGE_BANDS`` (labels), ``age_on(birth_date, on)``, ``age_band(birth_date, on)``, ``band_of_age(age)``
- ``GENDERS`` / ``GENDER_NAMES``, ``EDUCATION_LEVELS`` / ``EDUCATION_NAMES`` (labels translated in "Members")
"""

from __future__ import annotations

from datetime import date

from ..i18n import QT_TRANSLATE_NOOP

# The age bands used everywhere (member statistics, visitor book, programme participants, reports).
# Each band is (label, lowest age, highest age or None).
AGE_BAND_LIMITS: tuple[tuple[str, int, int | None], ...] = (
    ("0-6", 0, 6),
    ("7-12", 7, 12),
    ("13-18", 13, 18),
    ("19-35", 19, 35),
    ("36-59", 36, 59),
    ("60+", 60, None),
)
AGE_BANDS: tuple[str, ...] = tuple(label for label, _, _ in AGE_BAND_LIMITS)

GENDERS = ("M", "F")
GENDER_NAMES = {"M": QT_TRANSLATE_NOOP("Members", "Male"), "F": QT_TRANSLATE_NOOP("Members", "Female")}

# Occupations and education levels offered in the form (free text is allowed too).
EDUCATION_LEVELS = ("Belum sekolah", "TK", "SD", "SMP", "SMA", "D3", "S1", "S2", "S3")
# What each stored level is called on screen (translated; free text shows as typed).
EDUCATION_NAMES = {
    "Belum sekolah": QT_TRANSLATE_NOOP("Members", "Not at school yet"),
    "TK": QT_TRANSLATE_NOOP("Members", "Kindergarten (TK)"),
    "SD": QT_TRANSLATE_NOOP("Members", "Primary school (SD)"),
    "SMP": QT_TRANSLATE_NOOP("Members", "Junior high school (SMP)"),
    "SMA": QT_TRANSLATE_NOOP("Members", "Senior high school (SMA)"),
    "D3": QT_TRANSLATE_NOOP("Members", "Diploma (D3)"),
    "S1": QT_TRANSLATE_NOOP("Members", "Bachelor's degree (S1)"),
    "S2": QT_TRANSLATE_NOOP("Members", "Master's degree (S2)"),
    "S3": QT_TRANSLATE_NOOP("Members", "Doctorate (S3)"),
}


def age_on(birth_date: date | None, on: date) -> int | None:
    """Whole years of age on ``on`` (None when the birth date is unknown)."""
    if birth_date is None:
        return None
    years = on.year - birth_date.year - ((on.month, on.day) < (birth_date.month, birth_date.day))
    return max(0, years)


def age_band(birth_date: date | None, on: date) -> str:
    """The age band label ("0-6", ..., "60+") on ``on``; "" when the birth date is unknown."""
    return band_of_age(age_on(birth_date, on))


def band_of_age(age: int | None) -> str:
    """The age band label of an age in whole years; "" when the age is unknown."""
    if age is None:
        return ""
    for label, low, high in AGE_BAND_LIMITS:
        if age >= low and (high is None or age <= high):
            return label
    return AGE_BANDS[-1]
