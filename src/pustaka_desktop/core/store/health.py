"""Start-up check and clock sanity.

- ``check_database(path)``: ``PRAGMA quick_check`` before the library is opened; when it fails, the
  report says so plainly and names the newest good backup to restore (``gui/dialogs/recovery.py``).
- Clock sanity: due dates and the order of changes depend on the PC's clock. When the clock is earlier
  than the latest version stamp the database has seen, or implausible (before 2024, or far past the
  latest change), circulation stops until a librarian confirms the date
  (``circulation_blocked_reason`` / ``require_circulation_allowed`` / ``confirm_clock``).
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from .. import auth
from ..errors import PustakaError, Refused
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..settings import get_setting, set_setting
from .backup import BackupFile, newest_good_backup
from .clock import EARLIEST_PLAUSIBLE, local_today
from .faults import explain
from .hlc import Version
from .models import Staff

# A clock a few minutes behind the newest stamp is normal (another PC's clock ran a bit fast).
BEHIND_TOLERANCE = timedelta(minutes=10)
# More than this after the newest change ever recorded: probably a wrong year typed into the BIOS.
FUTURE_TOLERANCE = timedelta(days=400)
# A confirmation holds for this long after it was given, as long as the clock does not jump back.
CONFIRMATION_VALID = timedelta(hours=14)
CONFIRM_KEY = "clock_confirmed"

CLOCK_BEHIND = QT_TRANSLATE_NOOP(
    "Health",
    "The computer's clock ({now}) is earlier than changes already saved in this library (up to {latest}). "
    "Check the date and time; a librarian must confirm them before books can be lent or returned.")
CLOCK_TOO_EARLY = QT_TRANSLATE_NOOP(
    "Health",
    "The computer's clock says {now}, which cannot be right (is the clock battery flat?). Set the date and "
    "time; a librarian must confirm them before books can be lent or returned.")
CLOCK_TOO_LATE = QT_TRANSLATE_NOOP(
    "Health",
    "The computer's clock says {now}, long after the last change saved in this library ({latest}). Check "
    "the date and time; a librarian must confirm them before books can be lent or returned.")

# The district hub's clock against this PC's (sync over the network, ``core.sync.client``).
SET_THE_CLOCK = QT_TRANSLATE_NOOP(
    "Health", "Set the date, the time and the time zone (WIB, WITA or WIT) in Windows' date and time settings.")
CLOCK_BEHIND_SERVER = QT_TRANSLATE_NOOP("Health", "This computer's clock is {amount} behind the district server.")
CLOCK_AHEAD_OF_SERVER = QT_TRANSLATE_NOOP("Health", "This computer's clock is {amount} ahead of the district server.")
_AMOUNTS = (  # the largest unit that reads naturally: "14 hours", not "50,400 seconds" or "0.6 days"
    (365 * 86400, 365 * 86400, QT_TRANSLATE_NOOP("Health", "{count} year(s)")),
    (2 * 86400, 86400, QT_TRANSLATE_NOOP("Health", "{count} day(s)")),
    (2 * 3600, 3600, QT_TRANSLATE_NOOP("Health", "{count} hour(s)")),
    (0, 60, QT_TRANSLATE_NOOP("Health", "{count} minute(s)")),
)


def clock_difference(offset_s: float, translate=lambda context, text: text) -> str:
    """"This computer's clock is 14 hours behind the district server." (``offset_s``: server minus this PC)."""
    size = abs(offset_s)
    _floor, unit, amount = next(entry for entry in _AMOUNTS if size >= entry[0])
    text = translate("Health", amount).format(count=max(1, round(size / unit)))
    template = CLOCK_BEHIND_SERVER if offset_s > 0 else CLOCK_AHEAD_OF_SERVER
    return translate("Health", template).format(amount=text)


class ClockRefused(Refused):
    """Circulation refused until a librarian confirms the clock (messages in the "Health" context)."""

    context = "Health"


@dataclass(frozen=True)
class HealthReport:
    ok: bool
    problem: str = ""  # the failed check's first line, for the details
    backup: BackupFile | None = None  # the newest good backup, when the check failed
    # not damage at all: a full disk, a read-only medium, a file held by another program. Restoring a
    # backup would lose recent work, so none is offered; the message says what to do instead.
    fault: PustakaError | None = None


def quick_check(path: Path) -> tuple[bool, str]:
    """``PRAGMA quick_check`` of the database file at ``path`` (a missing file is fine: it is new)."""
    path = Path(path)
    if not path.exists():
        return True, ""
    if not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK):
        return False, "attempt to write a readonly database"  # WAL needs to write beside the file
    try:
        conn = sqlite3.connect(str(path), timeout=5)
        try:
            rows = conn.execute("PRAGMA quick_check").fetchall()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        return False, str(exc)
    if rows == [("ok",)]:
        return True, ""
    return False, "; ".join(str(r[0]) for r in rows[:3])


def check_database(path: Path) -> HealthReport:
    """Run on start-up, before opening the library."""
    ok, problem = quick_check(path)
    if ok:
        return HealthReport(True)
    fault = explain(sqlite3.OperationalError(problem), path)
    if fault is not None:
        return HealthReport(False, problem, None, fault)
    return HealthReport(False, problem, newest_good_backup(Path(path)))


# -- clock sanity -------------------------------------------------------------------------------


@dataclass(frozen=True)
class ClockProblem:
    template: str  # English, marked for translation in the "Health" context
    now: datetime
    latest: datetime | None

    def message(self, translate=lambda context, text: text) -> str:
        fmt = "%Y-%m-%d %H:%M"
        return translate("Health", self.template).format(
            now=self.now.astimezone().strftime(fmt),
            latest=self.latest.astimezone().strftime(fmt) if self.latest else "-")


def _latest_seen(lib: Library) -> datetime | None:
    version = Version.parse(lib.hlc.last)
    if version.wall_ms <= 0:
        return None
    return datetime.fromtimestamp(version.wall_ms / 1000, UTC)


def clock_problem(lib: Library) -> ClockProblem | None:
    """What is wrong with the PC's clock, or None when it looks right."""
    now = lib.clock.now()
    latest = _latest_seen(lib)
    if now < EARLIEST_PLAUSIBLE:
        return ClockProblem(CLOCK_TOO_EARLY, now, latest)
    if lib.hlc.behind_ms() > BEHIND_TOLERANCE.total_seconds() * 1000:
        return ClockProblem(CLOCK_BEHIND, now, latest)
    if latest is not None and now - latest > FUTURE_TOLERANCE:
        return ClockProblem(CLOCK_TOO_LATE, now, latest)
    return None


def _confirmed(lib: Library) -> bool:
    value = get_setting(CONFIRM_KEY)
    if not value:
        return False
    try:
        at = datetime.fromisoformat(value["at"])
    except (KeyError, TypeError, ValueError):
        return False
    now = lib.clock.now()
    # A clock that jumps back before the confirmation (flat battery again) needs a new one.
    return at <= now <= at + CONFIRMATION_VALID


def circulation_blocked_reason(lib: Library) -> str | None:
    """None when lending may go ahead; else the (English, translatable) message saying why not.
    Circulation calls this (or ``require_circulation_allowed``) before every check-out/return."""
    problem = clock_problem(lib)
    if problem is None or _confirmed(lib):
        return None
    return problem.message()


def require_circulation_allowed(lib: Library) -> None:
    """Raise ``Refused(reason="clock")`` when the clock must be confirmed first."""
    problem = clock_problem(lib)
    if problem is None or _confirmed(lib):
        return
    fmt = "%Y-%m-%d %H:%M"
    raise ClockRefused(
        problem.template, reason="clock", now=problem.now.astimezone().strftime(fmt),
        latest=problem.latest.astimezone().strftime(fmt) if problem.latest else "-")


def circulation_today(lib: Library):
    """The day due dates and fines are counted from: the PC's local date, but never earlier than the
    newest change saved on this PC (the version clock, which never goes backwards and which peers
    cannot drag into the future, see ``hlc.PEER_AHEAD_MS``). A clock that fell a year behind (a flat
    battery, then a librarian confirmed it without looking) cannot set due dates a year in the past
    and then charge a year of fines on return."""
    today = local_today(lib.clock)
    latest = _latest_seen(lib)
    if latest is None:
        return today
    return max(today, latest.astimezone().date())


def data_today(lib: Library) -> date | None:
    """The latest day a date typed or imported into the data may carry (a copy received, a member
    born): the circulation day, or None while the PC's clock is before EARLIEST_PLAUSIBLE. A clock that
    went back to 2009 cannot tell which days are still to come, and refusing a copy received in 2020 as
    "in the future" helps nobody; these checks are there to catch 2102 typed for 2012."""
    if lib.clock.now() < EARLIEST_PLAUSIBLE:
        return None
    return circulation_today(lib)


def confirm_clock(lib: Library, by: Staff) -> None:
    """A librarian says the PC's date and time are right: circulation may go on (audited)."""
    auth.require(by, "clock.confirm")
    problem = clock_problem(lib)
    now = lib.clock.now()
    with lib.transaction():
        set_setting(CONFIRM_KEY, {"at": now.isoformat(), "by": by.username})
        auth.audit(lib, by, "clock.confirm", "", "", clock=now.isoformat(),
                   behind_ms=lib.hlc.behind_ms(), problem=bool(problem))
