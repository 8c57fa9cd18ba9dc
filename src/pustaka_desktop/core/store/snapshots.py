"""Automatic backup files as files: their names, listing and rotation. No roles and no Library here,
so opening the database (``db``) can rotate the backup it makes before a migration without depending
on the staff actions in ``backup``.

Files are named ``pustaka-YYYYMMDD-HHMMSS-<reason>.sqlite3`` (UTC). Rotation keeps the newest backup of
each of the last 14 days that have one, the newest of each of the last 12 months, and always the newest
few whatever their age (the one made just before a bad import must survive).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from .paths import backup_dir

KEEP_DAILY = 14
KEEP_MONTHLY = 12
KEEP_NEWEST = 5
# A backup dated later than this after "now" was made while the clock ran ahead, or the clock is behind
# now (a dead CMOS battery): how old it really is cannot be told from its name.
CLOCK_SLACK = timedelta(minutes=5)
SUFFIX = ".sqlite3"
_NAME = re.compile(r"^pustaka-(\d{8})-(\d{6})(?:-(\d+))?-([a-z0-9-]+)\.sqlite3$")
_LEGACY_MIGRATION = re.compile(r"^before-migration-.*-(\d{8})-(\d{6})\.sqlite3$")

@dataclass(frozen=True)
class BackupFile:
    path: Path
    at: datetime  # when it was made (UTC)
    reason: str
    size: int

    @property
    def name(self) -> str:
        return self.path.name


def _parse(path: Path) -> BackupFile | None:
    match = _NAME.match(path.name)
    try:
        size = path.stat().st_size
    except OSError:
        return None
    if match:
        day, time_, _n, reason = match.groups()
        at = datetime.strptime(day + time_, "%Y%m%d%H%M%S").replace(tzinfo=UTC)
        return BackupFile(path, at, reason, size)
    legacy = _LEGACY_MIGRATION.match(path.name)
    if legacy:
        at = datetime.strptime("".join(legacy.groups()), "%Y%m%d%H%M%S").replace(tzinfo=UTC)
        return BackupFile(path, at, "migration", size)
    return None


def list_backups(db_path: Path) -> list[BackupFile]:
    """The automatic backups of the database at ``db_path``, newest first."""
    directory = backup_dir(Path(db_path))
    if not directory.is_dir():
        return []
    found = [b for b in (_parse(p) for p in directory.glob(f"*{SUFFIX}")) if b is not None]
    return sorted(found, key=lambda b: (b.at, b.name), reverse=True)


def rotate(directory: Path, now: datetime | None = None) -> list[Path]:
    """Delete automatic backups outside the rotation (14 daily + 12 monthly + the newest few).
    Returns what was removed. Files we did not name are never touched.

    Backups dated after ``now`` are left alone and do not count: with the clock years behind, the real
    (later-dated) backups would otherwise fill the "newest" places and every new backup, the one just
    made before an import or a restore too, would be deleted at once; after a clock that ran ahead is
    put right, the wrong-dated ones would do the same. The disk budget (``backup_budget``) still bounds
    them."""
    now = now or datetime.now(UTC)
    found = [b for b in (_parse(p) for p in directory.glob(f"*{SUFFIX}")) if b is not None]
    found = [b for b in found if b.at <= now + CLOCK_SLACK]
    found.sort(key=lambda b: (b.at, b.name), reverse=True)
    keep: set[Path] = {b.path for b in found[:KEEP_NEWEST]}
    days: dict = {}
    months: dict = {}
    for item in found:  # newest first: the first seen of a day/month is its newest
        local = item.at.astimezone()
        days.setdefault(local.date(), item.path)
        months.setdefault((local.year, local.month), item.path)
    keep.update(list(days.values())[:KEEP_DAILY])
    keep.update(list(months.values())[:KEEP_MONTHLY])
    removed = []
    for item in found:
        if item.path not in keep:
            try:
                item.path.unlink()
                removed.append(item.path)
            except OSError:
                pass
    return removed
