"""What of a SLiMS library's own choices the history import (``slims_history``) leaves as this library has them, said
(issue #12: nothing disappears unsaid): the library's name in SLiMS's settings, the weekdays SLiMS closed when the
library here chose its own, and SLiMS's "Ignore Holidays Fine Calculation" when the circulation options were chosen
here. Each is the librarian's to decide; the import only takes SLiMS's where nothing was chosen here yet."""

from __future__ import annotations

import re
from typing import Any

from ..formatting import weekday_name
from ..i18n import QT_TRANSLATE_NOOP
from .types import BadRow

NAME_DIFFERS = QT_TRANSLATE_NOOP(
    "Import", "SLiMS called this library \"{name}\" ({subname}); here it is \"{here}\". Change the name on the Settings "
              "page if SLiMS's is the right one.")
DAYS_KEPT = QT_TRANSLATE_NOOP(
    "Import", "SLiMS closed every week on {days}; the library here closes on {here}, as chosen here. Change the closing "
              "days on the Settings page if SLiMS's are right.")
SKIP_KEPT = QT_TRANSLATE_NOOP(
    "Import", "SLiMS's late fines counted open days only (its \"Ignore Holidays Fine Calculation\" was on); the "
              "circulation options here, chosen already, count every day. Change them on the Settings page if SLiMS's "
              "way is right.")
# the setting rows of SLiMS read here (its ``setting`` table: a name, a value in PHP's serialize)
NAMES = ("library_name", "library_subname")
SLIMS_DEFAULT_NAME = "senayan"  # (the name SLiMS installs with, never changed: not the library's)


def php_text(value: Any) -> str:
    """A setting's text as SLiMS keeps it (PHP's serialize of a string: s:7:"Senayan";), or "" for another value."""
    found = re.fullmatch(r's:\d+:"(.*)";', str(value or "").strip(), re.DOTALL)
    return found[1].strip() if found else ""


def library_name(settings: dict[str, str], here: str) -> BadRow | None:
    """SLiMS's name of the library, when it is not the one here (its subname: said with it)."""
    name = php_text(settings.get("library_name"))
    if not name or name.casefold() in (here.strip().casefold(), SLIMS_DEFAULT_NAME):
        return None
    return BadRow(0, NAME_DIFFERS, {"name": name, "subname": php_text(settings.get("library_subname")) or "-",
                                    "here": here})


def closed_days(weekly: dict[int, str], here: str) -> BadRow | None:
    """SLiMS's weekly closing days (ISO weekday -> its name), when the library here closes on others of its own."""
    if not weekly or len(weekly) == 7 or {str(day) for day in weekly} == set(filter(None, here.split(","))):
        return None
    ours = [weekday_name(int(day)) for day in here.split(",") if day]
    return BadRow(0, DAYS_KEPT, {"days": ", ".join(weekday_name(day) for day in sorted(weekly)),
                                 "here": ", ".join(ours) or "-"})
