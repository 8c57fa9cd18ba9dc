"""Indonesia's national holidays (libur nasional) and the government's joint leave days (cuti bersama)
of a year, to add to the library's closing days in one go instead of typing 16 or more days, lunar dates
included, by hand every year.

The dates come from the ``holidays`` package (offline, pure Python). It is imported only when a list is
asked for: it loads its country tables and their translations when first used, and a startup that never
needs them should not pay for that. Lunar holidays of years whose dates the government has not fixed yet
are the package's estimates; the package writes its estimate mark ("(perkiraan)" / "(estimated)") into the
name, so the mark is read with the package's own translated label (it has no separate flag) and shown as
its own column. Cuti bersama are the package's "government" category: a desa library usually follows the
village office, so they are chosen separately.

A day this library already closes (a holiday row covering it) is listed as entered and never added twice;
each day added is an ordinary one-day holiday (``holidays.add_holiday``: checked, audited).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..errors import ValidationError
from ..formatting import display_language, parse_date
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store.models import Holiday, Staff
from . import holidays as closing_days

# The years the package knows Indonesia's holidays for (Indonesia.start_year / end_year); kept here so a
# wrong year is refused without importing the package, and checked against it by a test.
FIRST_YEAR, LAST_YEAR = 1946, 2100
# the package's language codes for the app's two languages
PACKAGE_LANGUAGE = {"id": "id", "en": "en_US"}

NOT_A_YEAR = QT_TRANSLATE_NOOP("Errors", "“{value}” is not a year: type a year such as 2027.")
YEAR_OUT_OF_RANGE = QT_TRANSLATE_NOOP("Errors", "National holidays are known for the years {first} to {last}, "
                                                "not {value}.")
NOT_A_DATE = QT_TRANSLATE_NOOP("Errors", "{value} is not a date (use YYYY-MM-DD).")  # as a holiday's own date
NOT_INSTALLED = QT_TRANSLATE_NOOP("Errors", "This copy of Pustaka has no list of national holidays (the "
                                            "“holidays” package is missing). Add the holidays by hand.")


@dataclass(frozen=True)
class NationalDay:
    day: date
    name: str  # in the user's language, without the estimate mark
    joint_leave: bool  # cuti bersama, not a national holiday
    estimated: bool  # a lunar date the government has not fixed yet
    entered: bool  # this library is already closed that day (a holiday row covers it)
    holiday_name: str  # what the holiday row is called: the name with its estimate mark, to check it later


@dataclass(frozen=True)
class NationalYear:
    year: int
    days: list[NationalDay]  # by date; national holidays and cuti bersama together

    @property
    def joint_leave_known(self) -> bool:
        """The government announces a year's cuti bersama late in the year before: none listed = not yet."""
        return any(day.joint_leave for day in self.days)

    def chosen(self, with_joint_leave: bool) -> list[NationalDay]:
        return [day for day in self.days if with_joint_leave or not day.joint_leave]


def parse_year(value: int | str) -> int:
    """The year typed (``"2027"``), or a ValidationError that says what is wrong with it."""
    text = str(value).strip()
    if not (text.isascii() and text.isdigit()):
        raise ValidationError(NOT_A_YEAR, field="year", value=text)
    year = int(text)
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise ValidationError(YEAR_OUT_OF_RANGE, field="year", value=year, first=FIRST_YEAR, last=LAST_YEAR)
    return year


def national_year(lib: Library, year: int | str, language: str | None = None) -> NationalYear:
    """The year's national holidays and cuti bersama, names in ``language`` (the display language when
    not given), each marked estimated or already entered here."""
    year = parse_year(year)
    code = PACKAGE_LANGUAGE.get(language or display_language(), "id")
    public = _package_days(year, code, "public")
    joint = {day: names for day, names in _package_days(year, code, "government").items() if day not in public}
    closed = closing_days.calendar(lib, date(year, 1, 1), date(year, 12, 31)).holidays
    days = [_national_day(day, names, day in joint, closed) for day, names in sorted({**public, **joint}.items())]
    return NationalYear(year, days)


def suggested_year(lib: Library, today: date) -> int:
    """The year to offer first: this one, unless every national holiday still ahead of ``today`` is entered
    already (in December, usually), then the next."""
    ahead = [day for day in national_year(lib, today.year).chosen(False) if day.day >= today]
    return today.year if any(not day.entered for day in ahead) else min(today.year + 1, LAST_YEAR)


def add_national_days(lib: Library, by: Staff, days: Iterable[NationalDay]) -> list[Holiday]:
    """Adds each day as a one-day holiday, except days this library is already closed (entered since the
    list was made, or twice in ``days``): adding the same list twice adds nothing. All or nothing."""
    added: list[Holiday] = []
    with lib.transaction():
        for national in sorted(days, key=lambda d: d.day):
            if not closing_days.calendar(lib, national.day, national.day).holidays:
                added.append(closing_days.add_holiday(lib, by, national.day, name=national.holiday_name))
    return added


def without(days: list[NationalDay], skipped: str) -> list[NationalDay]:
    """``days`` less the ones named in ``skipped`` ("24-12-2027, 2027-05-19"), which the librarian unticked."""
    left_out = set()
    for text in skipped.replace(";", ",").split(","):
        if text.strip():
            try:
                left_out.add(parse_date(text))
            except ValueError:
                raise ValidationError(NOT_A_DATE, field="skip", value=text.strip()) from None
    return [day for day in days if day.day not in left_out]


def _package_days(year: int, language: str, category: str) -> dict[date, tuple[list[str], str]]:
    """``{day: (names, estimate mark)}`` of one category of the package's Indonesian holidays."""
    try:
        import holidays as package

        table = package.Indonesia(years=year, language=language, categories=(category,))
    except (ImportError, OSError):  # not installed, or a build without its translation files (ID.mo)
        raise ValidationError(NOT_INSTALLED, field="year") from None
    return {day: (table.get_list(day), _estimate_mark(table)) for day in table}


def _estimate_mark(table: Any) -> str:
    """The package's estimate mark in the table's language: "%s (perkiraan)" -> "(perkiraan)"."""
    translate = getattr(table, "tr", None) or (lambda text: text)
    return translate(getattr(table, "estimated_label", "")).replace("%s", "").strip()


def _national_day(day: date, names_and_mark: tuple[list[str], str], joint_leave: bool,
                  closed: list[tuple[date, date]]) -> NationalDay:
    names, mark = names_and_mark
    estimated = bool(mark) and any(mark in name for name in names)
    plain = "; ".join(name.replace(mark, "").strip() if mark else name for name in names)
    return NationalDay(day=day, name=plain, joint_leave=joint_leave, estimated=estimated,
                       entered=any(start <= day <= end for start, end in closed), holiday_name="; ".join(names))
