"""How much disk the automatic backups may take: the budget, what they use now, and trimming to it.

A village database is small and the rotation (``snapshots.rotate``: 14 days, 12 months, the newest
few) decides alone. A district database grows to gigabytes; there the budget also holds: after each
new backup the oldest ones go until the backups fit, never the newest ``MIN_KEEP``. The budget is a
setting (``backup.budget_bytes``); without it, eight times the database or 2 GiB, whichever is more.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from ..settings import get_setting
from .paths import backup_dir
from .snapshots import CLOCK_SLACK, list_backups

BUDGET_SETTING = "backup.budget_bytes"
MIN_KEEP = 3
GIB = 1 << 30


def default_budget(database_bytes: int) -> int:
    return max(2 * GIB, 8 * database_bytes)


@dataclass(frozen=True)
class DiskUse:
    backups: int  # bytes the automatic backups take
    count: int
    database: int  # bytes of the database file itself
    free: int  # bytes free on the disk of the backup folder
    budget: int

    @property
    def over(self) -> bool:
        return self.backups > self.budget


def _database_bytes(db_path: Path) -> int:
    total = 0
    for suffix in ("", "-wal"):
        try:
            total += Path(str(db_path) + suffix).stat().st_size
        except OSError:
            pass
    return total


def budget(db_path: Path) -> int:
    try:
        value = get_setting(BUDGET_SETTING)
    except Exception:  # a database not open or not migrated yet (a backup before the first migration)
        value = None
    if isinstance(value, int) and value > 0:
        return value
    return default_budget(_database_bytes(Path(db_path)))


def disk_use(db_path: Path) -> DiskUse:
    found = list_backups(Path(db_path))
    folder = backup_dir(Path(db_path))
    probe = folder if folder.is_dir() else Path(db_path).parent
    try:
        free = shutil.disk_usage(probe).free
    except OSError:
        free = 0
    return DiskUse(sum(b.size for b in found), len(found), _database_bytes(Path(db_path)), free, budget(db_path))


def trim(db_path: Path, now: datetime | None = None) -> list[Path]:
    """Remove the oldest automatic backups until they fit the budget. The newest MIN_KEEP stay, and so
    do the newest MIN_KEEP dated up to ``now``: with the clock years behind, the backup just made looks
    the oldest of all."""
    limit = budget(db_path)
    found = list_backups(Path(db_path))  # newest first
    now = now or datetime.now(UTC)
    dated_sanely = [b for b in found if b.at <= now + CLOCK_SLACK]
    protected = {b.path for b in found[:MIN_KEEP] + dated_sanely[:MIN_KEEP]}
    total = sum(b.size for b in found)
    removed = []
    for item in reversed(found):
        if total <= limit:
            break
        if item.path in protected:
            continue
        try:
            item.path.unlink()
        except OSError:
            continue
        total -= item.size
        removed.append(item.path)
    return removed
