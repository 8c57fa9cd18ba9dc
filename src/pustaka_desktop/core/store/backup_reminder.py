"""The backup reminder: what the dashboard, the Backups page, ``pustaka-cli backups`` and ``pustaka-cli
check`` say about the copies that survive a dead disk, all from one place (``reminder``).

"Last backup to a USB stick: 45 days ago (12-10-2026). Back up now." when no copy left this PC in the
last OFF_PC_DUE_DAYS days (or never), and "The automatic backup of ... failed: <why>" while the daily
backup keeps failing. What is remembered, and when, is ``backup_status``.

A PC's clock can be years off (a flat clock battery, a wrong year typed in): a copy dated after "now",
or before this program existed, or a clock far past every saved change, gives an age that means
nothing ("-300 days ago"). Then only the date is shown, with the reason, and the reminder stays up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..formatting import format_date
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from . import health
from .backup_status import DailyFailure, OffPcCopy, daily_failure, last_off_pc
from .clock import EARLIEST_PLAUSIBLE, local_today
from .snapshots import CLOCK_SLACK

# A week: the loans, returns and new members of a week can still be typed again from the paper loan
# book and the registration forms when the disk dies; a month of them cannot. Weekly is also a habit
# a librarian keeps (every Monday), where daily is not.
OFF_PC_DUE_DAYS = 7

NEVER = QT_TRANSLATE_NOOP(
    "BackupReminder", "No backup has been copied to a USB stick yet. The automatic backups are on this PC's disk "
                      "and are lost with it. Back up to a USB stick now.")
DUE = QT_TRANSLATE_NOOP("BackupReminder", "Last backup to a USB stick: {ago} ({date}). Back up now.")
RECENT = QT_TRANSLATE_NOOP("BackupReminder", "Last backup to a USB stick: {ago} ({date}).")
CLOCK_WRONG = QT_TRANSLATE_NOOP(
    "BackupReminder", "Last backup to a USB stick: {date}. The computer's date is or was wrong, so how long ago "
                      "cannot be told. Back up now.")
TODAY = QT_TRANSLATE_NOOP("BackupReminder", "today")
YESTERDAY = QT_TRANSLATE_NOOP("BackupReminder", "yesterday")
DAYS_AGO = QT_TRANSLATE_NOOP("BackupReminder", "{days} days ago")
FAILED = QT_TRANSLATE_NOOP(
    "BackupReminder", "The automatic backup of {date} failed: {reason} Until it works again, back up to a USB "
                      "stick every day.")


def _identity(context: str, text: str) -> str:
    return text


@dataclass(frozen=True)
class BackupReminder:
    last_off_pc: OffPcCopy | None  # the last copy that left this PC, None when never
    days: int | None  # whole days since it, None when never or when the clock cannot tell
    failure: DailyFailure | None  # the last daily backup's failure, None when it worked

    @property
    def clock_wrong(self) -> bool:
        return self.last_off_pc is not None and self.days is None

    @property
    def off_pc_due(self) -> bool:
        return self.days is None or self.days >= OFF_PC_DUE_DAYS

    @property
    def needs_attention(self) -> bool:
        return self.off_pc_due or self.failure is not None

    def off_pc_text(self, translate=_identity) -> str:
        copy = self.last_off_pc
        if copy is None:
            return translate("BackupReminder", NEVER)
        if self.days is None:
            return translate("BackupReminder", CLOCK_WRONG).format(date=format_date(copy.at))
        if self.days == 0:
            ago = translate("BackupReminder", TODAY)
        elif self.days == 1:
            ago = translate("BackupReminder", YESTERDAY)
        else:
            ago = translate("BackupReminder", DAYS_AGO).format(days=self.days)
        template = DUE if self.off_pc_due else RECENT
        return translate("BackupReminder", template).format(ago=ago, date=format_date(copy.at))

    def failure_text(self, translate=_identity) -> str:
        if self.failure is None:
            return ""
        return translate("BackupReminder", FAILED).format(
            date=format_date(self.failure.at), reason=self.failure.reason(translate))

    def lines(self, translate=_identity) -> list[str]:
        """What to tell, most urgent first (a failing daily backup, then the USB copy)."""
        return [text for text in (self.failure_text(translate), self.off_pc_text(translate)) if text]

    def as_json(self, translate=_identity) -> dict:
        copy = self.last_off_pc
        return {
            "last_off_pc": None if copy is None else {
                "made_at": copy.at.isoformat(), "file": copy.file, "kind": copy.kind, "days_ago": self.days,
                "clock_wrong": self.clock_wrong},
            "off_pc_due": self.off_pc_due,
            "due_after_days": OFF_PC_DUE_DAYS,
            "daily_backup_failed": None if self.failure is None else {
                "at": self.failure.at.isoformat(), "reason": self.failure.reason(translate)},
            "messages": self.lines(translate),
        }


def reminder(lib: Library) -> BackupReminder:
    """The library's backup reminder now (read from its settings; cheap enough for every page refresh)."""
    copy = last_off_pc()
    days = None
    if copy is not None and _age_can_be_told(lib, copy.at):
        days = (local_today(lib.clock) - copy.at.astimezone().date()).days
    return BackupReminder(copy, days, daily_failure())


def _age_can_be_told(lib: Library, made: datetime) -> bool:
    """False when the clock then or now was wrong: the copy is dated after now (the clock went back),
    before this program existed (it was made while the clock was), or now is far past every saved change
    (a wrong year typed in)."""
    now = lib.clock.now()
    if made > now + CLOCK_SLACK or made < EARLIEST_PLAUSIBLE or now < EARLIEST_PLAUSIBLE:
        return False
    problem = health.clock_problem(lib)
    return problem is None or problem.template != health.CLOCK_TOO_LATE
