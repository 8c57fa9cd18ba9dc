"""Backups: automatic ones (first start of the day, before migrations, imports, bundle imports and
restores), "back up to USB now", rotation, previews and restore.

Every backup is made with SQLite's backup API (consistent while the desk keeps working), checked with
``PRAGMA integrity_check`` and only then given its final name (``core.db.backup``). Automatic backups
live beside the database (``core.paths.backup_dir``) and are named
``pustaka-YYYYMMDD-HHMMSS-<reason>.sqlite3`` (UTC time, from the library's clock). Rotation keeps the
newest backup of each of the last 14 days that have one, the newest of each of the last 12 months, and
always the newest few whatever their age (the one made just before a bad import must survive).
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import sqlite3
import time
from contextlib import closing
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from .. import auth
from ..errors import Cancelled, NotFound, PustakaError, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..jobs import Cancel, Progress
from ..service import Library, _ensure_site_id, latest_version
from . import backup_status
from . import db as dbmod
from .backup_budget import trim as trim_to_budget
from .clock import local_today
from .files import FileWriteError, _explain
from .hlc import HybridLogicalClock
from .models import ALL_MODELS, Staff
from .paths import backup_dir
from .snapshots import SUFFIX, BackupFile, _parse, list_backups, rotate

# Reasons for an automatic backup; other areas pass one of these (or a short word) to backup_before().
REASON_LABELS = {
    "daily": QT_TRANSLATE_NOOP("Backup", "first start of the day"),
    "migration": QT_TRANSLATE_NOOP("Backup", "before an update of the database"),
    "import": QT_TRANSLATE_NOOP("Backup", "before an import"),
    "bundle-import": QT_TRANSLATE_NOOP("Backup", "before a sync bundle import"),
    "restore": QT_TRANSLATE_NOOP("Backup", "before a restore"),
    "import-undo": QT_TRANSLATE_NOOP("Backup", "before an import was undone"),
    "manual": QT_TRANSLATE_NOOP("Backup", "made by hand"),
}
REASONS = tuple(REASON_LABELS)
# Tables counted in a preview, with their English labels (marked for translation).
PREVIEW_COUNTS = {
    "record": QT_TRANSLATE_NOOP("Backup", "titles"),
    "item": QT_TRANSLATE_NOOP("Backup", "copies"),
    "member": QT_TRANSLATE_NOOP("Backup", "members"),
    "loan": QT_TRANSLATE_NOOP("Backup", "loans"),
    "visit": QT_TRANSLATE_NOOP("Backup", "visits"),
}


class BackupError(PustakaError):
    pass


@dataclass
class BackupPreview:
    """What a backup holds, shown before anyone restores it."""

    path: Path
    library_name: str
    library_code: str
    site_id: str
    schema: int
    made_at: datetime | None  # newest change recorded in it (UTC), else the file time
    counts: dict[str, int] = field(default_factory=dict)  # table -> rows (not deleted)
    open_loans: int = 0
    size: int = 0


# -- making backups -----------------------------------------------------------------------------


def _stamp(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y%m%d-%H%M%S")


def _free_name(directory: Path, when: datetime, reason: str) -> Path:
    base = f"pustaka-{_stamp(when)}"
    candidate = directory / f"{base}-{reason}{SUFFIX}"
    n = 1
    while candidate.exists():
        candidate = directory / f"{base}-{n}-{reason}{SUFFIX}"
        n += 1
    return candidate


def _clean_reason(reason: str) -> str:
    cleaned = re.sub(r"[^a-z0-9-]+", "-", reason.lower()).strip("-")
    return cleaned or "manual"


def copy_database(db, target: Path) -> Path:
    """Back up the open peewee database ``db`` to ``target`` (checked, atomic name), turning disk
    problems into clear messages and leaving no partial file behind. A disk or USB stick without room
    for the copy is said so before anything is written, with how much room it needs."""
    partial = target.with_name(target.name + ".partial")
    needed = _bytes_in_use(db)
    if _free_bytes(target.parent) < needed:
        raise _no_room(target, needed)
    try:
        # SQLite says only "unable to open database file" for a locked stick, a folder without rights or a
        # stick taken out; a plain file opened first gets Windows's reason, so the message can say which
        with open(partial, "wb"):
            pass
        return dbmod.backup(db, target)
    except OSError as exc:
        _discard_partial(partial)
        raise (_no_room(target, needed) if exc.errno == errno.ENOSPC else _explain(exc, target)) from exc
    except sqlite3.Error as exc:
        _discard_partial(partial)
        if "full" in str(exc).lower():
            raise _no_room(target, needed) from exc
        raise _sqlite_write_error(exc, target) from exc


def _bytes_in_use(db) -> int:
    """About how big a backup of ``db`` is: its pages in use (a compacted copy is no bigger)."""
    try:
        pages, free, size = (db.execute_sql(f"PRAGMA {name}").fetchone()[0]
                             for name in ("page_count", "freelist_count", "page_size"))
    except Exception:  # an odd connection: no estimate, the copy itself will say when the disk is full
        return 0
    return max(0, pages - free) * size


def _free_bytes(folder: Path) -> int:
    try:
        return shutil.disk_usage(folder).free
    except OSError:  # not there (yet): the copy itself says what is wrong
        return 1 << 62


def _no_room(target: Path, needed: int) -> FileWriteError:
    return FileWriteError(QT_TRANSLATE_NOOP(
        "Errors", "The disk or USB stick is too full for the backup: it needs about {needed} MB, "
                  "{free} MB are free. Delete files you no longer need from it (old backups too) or use another "
                  "USB stick. Nothing was saved."),
        path=str(target), needed=_megabytes(needed), free=_megabytes(_free_bytes(target.parent)))


def _megabytes(size: int) -> str:
    return str(max(1, round(size / (1 << 20)))) if size < (1 << 62) else "?"


def _sqlite_write_error(exc: sqlite3.Error, target: Path) -> PustakaError:
    text = str(exc).lower()
    if "full" in text:
        return _explain(OSError(errno.ENOSPC, "disk full"), target)
    if "readonly" in text or "read-only" in text:
        return _explain(OSError(errno.EROFS, "read-only"), target)
    if "unable to open" in text or "disk i/o" in text:
        return _explain(OSError(errno.ENOENT, str(exc)), target)
    return FileWriteError(QT_TRANSLATE_NOOP("Errors", "Could not save {path}: {error}"), path=str(target),
                          error=str(exc))


def _discard(path: Path) -> None:
    try:
        path.unlink(missing_ok=True)
    except OSError:
        pass


def _discard_partial(partial: Path) -> None:
    """The copy cut short, and the rollback journal SQLite keeps beside it while writing."""
    for leftover in (partial, partial.with_name(partial.name + "-journal")):
        _discard(leftover)


IMPORT_REUSE = timedelta(minutes=10)


def backup_before(lib: Library, reason: str, recent: timedelta | None = None, unchanged: bool = False) -> Path:
    """An automatic backup before something big (``reason``: "import", "bundle-import", "restore",
    "migration"...). Call it before the change starts; it raises (and nothing should proceed) when the
    backup cannot be made. With ``recent``, a backup for the same reason made less than that long ago
    is reused (a district importing 200 bundles in a row makes one backup, not 200); with ``unchanged``
    too, only while nothing synced was written since it: a catalogue or members import is undone from
    the backup made before it (core.interop.import_undo), which must be the library just before it."""
    reason = _clean_reason(reason)
    now = lib.clock.now()
    if recent is not None:
        for item in list_backups(lib.path):
            if item.reason == reason and timedelta(0) <= now.replace(microsecond=0) - item.at <= recent \
                    and not (unchanged and _written_since(lib, item.path)):
                return item.path
    directory = backup_dir(lib.path)
    directory.mkdir(parents=True, exist_ok=True)
    _remove_stale_partials(directory)
    path = copy_database(lib.db, _free_name(directory, now, reason))
    rotate(directory, lib.clock.now())
    trim_to_budget(lib.path, lib.clock.now())  # a district's multi-gigabyte backups also keep to the disk budget
    backup_status.record_backup_worked(lib)
    return path


_NEWEST_LINE = "SELECT coalesce(max(seq), 0) FROM change_log WHERE origin = ?"


def newest_line(conn: sqlite3.Connection, site_id: str) -> int:
    """The number of site ``site_id``'s newest change-log line in a backup opened with ``open_readonly``
    (0 before any): a backup whose newest line is the one just before a change is the library before it."""
    return conn.execute(_NEWEST_LINE, [site_id]).fetchone()[0]


def _written_since(lib: Library, path: Path) -> bool:
    """Whether this site wrote a synced row after the backup at ``path`` was made (its newest change-log line
    is not the database's); a backup that cannot be read counts as written since."""
    try:
        with closing(open_readonly(path)) as then:
            before = newest_line(then, lib.site_id)
    except sqlite3.Error:
        return True
    return lib.db.execute_sql(_NEWEST_LINE, [lib.site_id]).fetchone()[0] != before


def _remove_stale_partials(directory: Path, older_than_s: float = 3600) -> None:
    """A backup cut short (the app closed or the power went) leaves a ``.partial`` file: tidy it up."""
    limit = time.time() - older_than_s
    for partial in directory.glob(f"*{SUFFIX}.partial"):
        try:
            if partial.stat().st_mtime < limit:
                partial.unlink()
        except OSError:
            pass


def daily_backup(lib: Library) -> Path | None:
    """The first start of each (local) day makes a backup; later starts that day do nothing.
    Returns the new backup, or None when today's already exists. It runs in the background, so a
    failure (a full disk) is also remembered for the dashboard and ``pustaka-cli check`` to tell."""
    today = local_today(lib.clock)
    for item in list_backups(lib.path):
        if item.at.astimezone().date() == today:
            return None
    try:
        return backup_before(lib, "daily")
    except Exception as exc:
        backup_status.record_daily_failed(lib, exc)
        raise


def backup_to(lib: Library, by: Staff, destination: str | os.PathLike) -> Path:
    """"Back up to USB now": a checked copy in any folder (or to a file name ending in .sqlite3).
    A backup holds members' personal data, so it is a librarian's action, and it is audited."""
    auth.require(by, "backup.create")
    dest = Path(destination)
    if dest.suffix.lower() != SUFFIX and (dest.is_dir() or not dest.suffix):
        if not dest.is_dir():
            raise _explain(OSError(errno.ENOENT, "no such folder"), dest)
        code = (lib.profile.code if lib.profile else "") or "pustaka"
        dest = dest / f"pustaka-{code.lower()}-{_stamp(lib.clock.now())}{SUFFIX}"
    elif not dest.parent.is_dir():
        raise _explain(OSError(errno.ENOENT, "no such folder"), dest)
    path = copy_database(lib.db, dest)
    with lib.transaction():
        if backup_status.is_off_pc(lib.path, path.parent):  # not when it lands beside the database
            backup_status.record_off_pc(lib, path, backup_status.USB)
        auth.audit(lib, by, "backup.create", "backup", "", file=path.name)
    return path


# -- looking inside a backup ---------------------------------------------------------------------


def open_readonly(path: Path) -> sqlite3.Connection:
    """A backup (or another finished database file) opened to read only, whatever the path is relative to."""
    uri = Path(path).resolve().as_uri() + "?mode=ro&immutable=1"
    return sqlite3.connect(uri, uri=True)


def _not_a_backup(path: Path, error: str = "") -> BackupError:
    return BackupError(
        QT_TRANSLATE_NOOP("Errors", "{path} is not a Pustaka backup, or it is damaged."), path=str(path), error=error
    )


def check_file(path: Path, full: bool = True) -> bool:
    """True when the file is an SQLite database that passes its integrity (or quick) check."""
    try:
        conn = open_readonly(path)
        try:
            pragma = "integrity_check" if full else "quick_check"
            rows = conn.execute(f"PRAGMA {pragma}").fetchall()
            return rows == [("ok",)]
        finally:
            conn.close()
    except sqlite3.Error:
        return False


def preview(path: str | os.PathLike) -> BackupPreview:
    """What the backup at ``path`` holds: library, date, counts. Raises BackupError when it is not a
    usable Pustaka backup (damaged, another program's file, or made by a newer version)."""
    path = Path(path)
    if not path.is_file():
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The file {path} does not exist."), path=str(path))
    try:
        conn = open_readonly(path)
    except (sqlite3.Error, UnicodeError, ValueError) as exc:  # damaged text is damage too
        raise _not_a_backup(path, str(exc)) from exc
    try:
        schema = conn.execute("PRAGMA user_version").fetchone()[0]
        if schema > dbmod.LATEST:
            raise BackupError(
                QT_TRANSLATE_NOOP("Errors", "This backup was made by a newer version of Pustaka (schema {found}); "
                                            "update the application first."), found=schema)
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if schema < 1 or "library_profile" not in tables or "setting" not in tables:
            raise _not_a_backup(path)
        site = conn.execute("SELECT value FROM setting WHERE key='site_id'").fetchone()
        site_id = site[0].strip('"') if site else ""
        profile = conn.execute(
            "SELECT name, code FROM library_profile WHERE site=? AND deleted=0", (site_id,)).fetchone()
        counts = {}
        for table in PREVIEW_COUNTS:
            if table in tables:
                counts[table] = conn.execute(f"SELECT count(*) FROM {table} WHERE deleted=0").fetchone()[0]
        open_loans = 0
        if "loan" in tables:
            open_loans = conn.execute(
                "SELECT count(*) FROM loan WHERE deleted=0 AND returned_at IS NULL").fetchone()[0]
        newest = conn.execute("SELECT max(at) FROM change_log").fetchone()[0] if "change_log" in tables else None
    except (sqlite3.Error, UnicodeError, ValueError) as exc:  # damaged text is damage too
        raise _not_a_backup(path, str(exc)) from exc
    finally:
        conn.close()
    parsed = _parse(path)
    made_at = parsed.at if parsed else None
    if made_at is None and newest:
        made_at = datetime.fromisoformat(newest).replace(tzinfo=UTC)
    if made_at is None:
        made_at = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    return BackupPreview(
        path=path, library_name=profile[0] if profile else "", library_code=profile[1] if profile else "",
        site_id=site_id, schema=schema, made_at=made_at, counts=counts, open_loans=open_loans,
        size=path.stat().st_size,
    )


def newest_good_backup(db_path: Path) -> BackupFile | None:
    """The newest automatic backup that passes its integrity check and opens as a Pustaka backup."""
    for item in list_backups(db_path):
        if check_file(item.path):
            try:
                preview(item.path)
            except PustakaError:
                continue
            return item
    return None


# -- restore -------------------------------------------------------------------------------------


def _copy_into(source: Path, target: Path, progress: Progress | None = None, cancel: Cancel | None = None) -> None:
    """Replace the database file ``target`` with the contents of ``source`` through the backup API.
    The destination is written in one transaction: a power cut leaves the old contents."""
    src = open_readonly(source)
    dest = sqlite3.connect(str(target))
    try:
        def step(status: int, remaining: int, total: int) -> None:
            if progress and total:
                progress(0.2 + 0.7 * (total - remaining) / total, "")
            if cancel and cancel():
                raise Cancelled()

        dest.execute("PRAGMA busy_timeout = 5000")
        src.backup(dest, pages=256, progress=step)
        ok = dest.execute("PRAGMA quick_check").fetchone()[0]
        if ok != "ok":
            raise _not_a_backup(source, ok)
    finally:
        dest.close()
        src.close()


def restore(lib: Library, by: Staff, source: str | os.PathLike, progress: Progress | None = None,
            cancel: Cancel | None = None) -> BackupPreview:
    """Replace the library's database with the backup at ``source``. The current database is backed
    up first; the swap goes through the backup API (one transaction), then the library reopens (and
    migrates, if the backup is from an older version). Returns what was restored."""
    auth.require(by, "backup.restore")
    source = Path(source)
    report = progress or (lambda fraction, message: None)
    info = preview(source)
    if not check_file(source):
        raise _not_a_backup(source)
    if source.resolve() == Path(lib.path).resolve():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "That is the database in use, not a backup."))
    if cancel and cancel():
        raise Cancelled()
    report(0.05, QT_TRANSLATE_NOOP("Progress", "Backing up the current database"))
    safety = backup_before(lib, "restore")
    who = by.username
    previous_versions = lib.hlc.last
    with backup_status.carry_over(lib):  # the backup's settings hold its day's backup state, not today's
        lib.close()
        try:
            _copy_into(source, Path(lib.path), report, cancel)
        finally:
            reopen(lib)
    lib.hlc.observe(previous_versions)  # versions never go backwards, even to an older backup
    auth.audit(lib, who, "backup.restore", "backup", "", file=source.name, safety_copy=safety.name,
               library=info.library_code)
    report(1.0, "")
    return info


def reopen(lib: Library) -> None:
    """Open ``lib``'s file again after it was replaced (migrating it if it is older) and refresh what
    the library object caches (site id, version clock)."""
    if not lib.db.is_closed():
        lib.db.close()
    lib.db = dbmod.open_database(Path(lib.path))
    with lib.bound():
        lib.site_id = _ensure_site_id(lib.db)
        last = latest_version(lib.db)
    lib.db.bind(ALL_MODELS)
    lib.hlc = HybridLogicalClock(lib.clock, lib.site_id, last)


def restore_file(db_path: Path, source: Path, now: datetime) -> Path:
    """Recovery at start-up when the database itself is damaged and cannot be opened as a library:
    the damaged file is kept aside (renamed, never deleted), then the backup is copied into place.
    Returns where the damaged file was put."""
    db_path = Path(db_path)
    preview(source)
    if not check_file(source):
        raise _not_a_backup(source)
    aside = db_path.with_name(f"{db_path.stem}-damaged-{_stamp(now)}{db_path.suffix}")
    try:
        if db_path.exists():
            os.replace(db_path, aside)
        for suffix in ("-wal", "-shm"):
            extra = Path(str(db_path) + suffix)
            if extra.exists():
                os.replace(extra, Path(str(aside) + suffix))
        partial = db_path.with_name(db_path.name + ".partial")
        _discard(partial)
        _copy_into(source, partial)
        os.replace(partial, db_path)
    except OSError as exc:
        raise _explain(exc, db_path) from exc
    return aside



def restore_into_empty(db_path: Path, source: Path) -> BackupPreview:
    """A new PC after the old one's disk broke: the backup ``source`` becomes the library at ``db_path``,
    where no library is yet (no file, or the empty one a first start made). The caller checked that.
    Nothing is kept aside: there is nothing to keep. Returns what the backup holds."""
    db_path = Path(db_path)
    info = preview(source)  # another program's file, a damaged one or a newer version's: said so
    if not check_file(source):
        raise _not_a_backup(source)
    partial = db_path.with_name(db_path.name + ".partial")
    try:
        db_path.parent.mkdir(parents=True, exist_ok=True)
        _discard_partial(partial)
        _copy_into(source, partial)
        for side in ("-wal", "-shm"):  # of the empty database the first start made
            _discard(Path(str(db_path) + side))
        os.replace(partial, db_path)
    except OSError as exc:
        _discard_partial(partial)
        raise _explain(exc, db_path) from exc
    except sqlite3.Error as exc:
        _discard_partial(partial)
        raise _sqlite_write_error(exc, db_path) from exc
    except BaseException:
        _discard_partial(partial)
        raise
    return info
