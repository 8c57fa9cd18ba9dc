"""What the librarian must be told about backups, remembered in the library's settings (so it
survives a restart): when a copy last left this PC, and whether the last automatic daily backup
failed, and why.

The automatic backups sit beside the database and die with its disk; only a copy on a USB stick (or
another disk) or the move file survives a dead disk. So a copy *off this PC* is one made by "Back up to
USB" or the move file into a folder on another disk than the database's (``disks``): D:\\Backup on the
same hard disk as C: is still a backup, but it dies with the disk, and the reminder keeps asking.
The daily backup runs in the background at the first start of the day: when it fails (a full disk),
only the log knew; now the failure is kept until an automatic backup works again.

A restore puts an older file in place, with that file's settings: ``carry_over`` keeps this PC's
knowledge (a newer off-PC copy, the daily backup's state) through it.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from ..errors import PustakaError, render
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..settings import get_setting, set_setting
from .disks import same_disk
from .paths import backup_dir

log = logging.getLogger(__name__)

OFF_PC_KEY = "backup.off_pc"  # {"at": ISO time (UTC), "file": name, "kind": "usb" | "move"}
DAILY_FAILED_KEY = "backup.daily_failed"  # {"at", "context", "template", "params"}, or absent/None
USB, MOVE = "usb", "move"
UNEXPECTED = QT_TRANSLATE_NOOP("Errors", "Unexpected error: {error}")
SAME_DISK = QT_TRANSLATE_NOOP(
    "BackupReminder", "This folder is on the same disk as the library: if the disk breaks, this copy is lost with "
                      "it. It does not count as a copy off this PC, so the reminder stays. Back up to a USB stick "
                      "too.")


@dataclass(frozen=True)
class OffPcCopy:
    at: datetime  # UTC, by the PC's clock when it was made
    file: str
    kind: str  # USB or MOVE


@dataclass(frozen=True)
class DailyFailure:
    at: datetime  # UTC
    template: str  # the error's English message, translated when shown
    context: str = "Errors"
    params: dict[str, Any] = field(default_factory=dict)

    def reason(self, translate=lambda context, text: text) -> str:
        return render(self.context, self.template, self.params, translate)


def is_off_pc(db_path: Path, folder: Path) -> bool:
    """A copy in ``folder`` leaves the database's disk behind unless it sits beside the database (its own
    folder or the automatic backups folder) or anywhere else on the same physical disk. When the disk
    cannot be told, the librarian's choice of folder is trusted."""
    try:
        folder = Path(folder).resolve()
        home = Path(db_path).resolve().parent
        beside = {home, backup_dir(Path(db_path).resolve()).resolve()}
    except OSError:
        return True
    return folder not in beside and same_disk(home, folder) is not True


def record_off_pc(lib: Library, path: Path, kind: str) -> None:
    """A copy was written to ``path`` away from this PC's disk (call inside the action's transaction)."""
    set_setting(OFF_PC_KEY, {"at": lib.clock.now().isoformat(), "file": Path(path).name, "kind": kind})


def last_off_pc() -> OffPcCopy | None:
    value = get_setting(OFF_PC_KEY)
    try:
        return OffPcCopy(datetime.fromisoformat(value["at"]), str(value.get("file", "")), str(value.get("kind", USB)))
    except (TypeError, KeyError, ValueError, AttributeError):
        return None


def daily_failure() -> DailyFailure | None:
    value = get_setting(DAILY_FAILED_KEY)
    try:
        return DailyFailure(datetime.fromisoformat(value["at"]), str(value["template"]),
                            str(value.get("context", "Errors")), dict(value.get("params") or {}))
    except (TypeError, KeyError, ValueError, AttributeError):
        return None


def record_daily_failed(lib: Library, exc: BaseException) -> None:
    """The daily backup failed with ``exc``. Written on its own: the disk may be nearly full, and a
    failure to remember it must not hide the backup's own error (it is in the log either way)."""
    if isinstance(exc, PustakaError):
        value = {"template": exc.template, "context": exc.context,
                 "params": {key: str(val) for key, val in exc.params.items()}}
    else:
        value = {"template": UNEXPECTED, "context": "Errors", "params": {"error": str(exc) or type(exc).__name__}}
    value["at"] = lib.clock.now().isoformat()
    _write_quietly(lib, DAILY_FAILED_KEY, value)


def record_backup_worked(lib: Library) -> None:
    """An automatic backup was made: the backups folder works again, so a failure is no longer news."""
    try:
        failed = get_setting(DAILY_FAILED_KEY) is not None
    except Exception:  # the backup itself is made; what it could not tidy up is in the log
        log.exception("could not read the backup state")
        return
    if failed:
        _write_quietly(lib, DAILY_FAILED_KEY, None)


def _write_quietly(lib: Library, key: str, value: Any) -> None:
    try:
        with lib.transaction():
            set_setting(key, value)
    except Exception:  # a full disk may refuse even this small write; the log keeps the story
        log.exception("could not remember the backup state %s", key)


@contextmanager
def carry_over(lib: Library) -> Iterator[None]:
    """Keep this PC's backup state through a restore: the restored file holds the settings of the day it
    was made (an older off-PC date, a failure long since mended, or one that came later). What this PC
    knew just before is the truth; wrap the swap of the file in this."""
    off_pc, failure = get_setting(OFF_PC_KEY), get_setting(DAILY_FAILED_KEY)
    yield
    with lib.transaction():
        if off_pc is not None:
            set_setting(OFF_PC_KEY, off_pc)
        set_setting(DAILY_FAILED_KEY, failure)
