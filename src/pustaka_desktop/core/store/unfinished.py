"""Imports a power cut cut off, told at the next start.

An import is one transaction: a power cut, or the program killed, leaves the library exactly as it was. That is
right, but the next start said nothing, and a librarian who saw the bar at 80 % before the lights went out could
think her 50,000 books came in. So while an import runs, a small marker lies beside the database
(``LIBRARY.sqlite3.import-XXXX.unfinished``: what, which file, when, the audit log's last line then). It is
removed when the import ends in any way a person sees (done, failed, cancelled). A marker found at the next
start (``cut_off``) is an import that did not finish, unless:

- its program still runs (the window opened while ``pustaka-cli import`` works): a running import holds an OS
  lock on its marker, and the lock goes with the process, whatever ends it;
- it did finish: the import's own line in the audit log (written in its transaction) is there, after the line
  that was last when it started, so a marker left between the commit and its removal is never told as lost.
  Audit log ids, not times: a PC with a wrong clock (or a stick carried from one) cannot confuse it. The start
  time is shown only when it can be right.

Each one is told once (its marker is removed; on a read-only stick it cannot be, and is told again rather than
never). A marker that cannot be written (a read-only stick, a full disk) does not stop the import.
"""

from __future__ import annotations

import glob
import json
import logging
import os
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import IO

from ..errors import Cancelled
from ..formatting import format_datetime
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from .clock import EARLIEST_PLAUSIBLE
from .locks import let_go, new_marker
from .locks import try_lock as _try_lock
from .locks import unlock as _unlock
from .models import AuditLog

log = logging.getLogger(__name__)  # (info only: pustaka-cli shows a warning on stderr, in English, as it is)

CUT_OFF = QT_TRANSLATE_NOOP(
    "Health", "The import of {file} started on {time} did not finish (the computer was switched off or the program "
              "was stopped). Nothing of it was saved: import the file again.")
CUT_OFF_NO_TIME = QT_TRANSLATE_NOOP(
    "Health", "An import of {file} did not finish (the computer was switched off or the program was stopped). "
              "Nothing of it was saved: import the file again.")
TITLE = QT_TRANSLATE_NOOP("Health", "An import did not finish")

_AUDIT = AuditLog._meta.table_name  # (read through the library's own connection: no models bound in a job's thread)
_quitting = threading.Event()


def program_quitting() -> None:
    """The program is going away (Windows logging off, the window closed from the taskbar) and cancels its jobs: an
    import cancelled now keeps its marker, so the next start says it did not finish (nobody saw it stop)."""
    _quitting.set()


@dataclass(frozen=True)
class CutOff:
    file: str
    started: datetime | None  # None: the clock that wrote it, or this one, cannot be right

    def message(self, translate=lambda context, text: text) -> str:
        if self.started is None:
            return translate("Health", CUT_OFF_NO_TIME).format(file=self.file)
        return translate("Health", CUT_OFF).format(file=self.file, time=format_datetime(self.started))


# -- while an import runs ------------------------------------------------------------------------------------------


def _markers(db_path: Path) -> list[Path]:
    db_path = Path(db_path)
    return sorted(db_path.parent.glob(glob.escape(db_path.name) + ".import-*.unfinished"))


def _start(lib: Library, action: str, path: str | Path) -> tuple[Path, IO[bytes]] | None:
    marker = Path(lib.path).with_name(f"{Path(lib.path).name}.import-{uuid.uuid4().hex[:12]}.unfinished")
    last = audit_mark(lib)
    what = {"action": action, "file": Path(path).name, "path": str(path), "audit_id": last,
            "started": lib.clock.now().isoformat()}
    handle = new_marker(marker, what)
    if handle is None:
        log.info("no marker for the import of %s: a power cut during it will not be told", path)
        return None
    return marker, handle


@contextmanager
def watched(lib: Library, action: str, path: str | Path, enabled: bool = True) -> Iterator[None]:
    """A marker beside the database for as long as the block runs (``enabled``: not for a dry run, which saves
    nothing). ``action``: the audit log action the import writes with ``file=`` its file's name when it is
    saved (``catalog.import``, ``members.import``...)."""
    started = _start(lib, action, path) if enabled else None
    keep = False
    try:
        yield
    except Cancelled:
        keep = _quitting.is_set()  # cancelled by the program quitting: nobody saw it stop
        raise
    finally:
        if started is not None:
            if keep:
                log.info("the import of %s was stopped as the program quits: the next start says so", path)
            let_go(*started, keep=keep)


def audit_mark(lib: Library) -> int:
    """The audit log's last line now: an import's own line after it says the import was saved (``saved_since``)."""
    return lib.db.execute_sql(f"SELECT max(id) FROM {_AUDIT}").fetchone()[0] or 0


def saved_since(lib: Library, mark: int) -> bool:
    """Whether an import (any ``*.import`` line) was saved after ``audit_mark`` gave ``mark``: a Ctrl+C that came as
    the import was being saved left it complete."""
    return lib.db.execute_sql(f"SELECT 1 FROM {_AUDIT} WHERE id > ? AND action LIKE ? LIMIT 1",
                              (mark, "%.import")).fetchone() is not None


# -- at the next start ---------------------------------------------------------------------------------------------


def cut_off(lib: Library) -> list[CutOff]:
    """The imports into ``lib`` that a power cut or a kill cut off, each told once (its marker is removed)."""
    found = []
    for marker in _markers(lib.path):
        what = _take(marker)
        if not what or not what.get("action") or not what.get("file"):
            continue  # still running, an empty (ended) marker, or not ours to read
        if _finished(lib, what["action"], what["file"], int(what.get("audit_id") or 0)):
            log.info("the import of %s finished before its marker was removed", what["file"])
            continue
        log.info("the import of %s (started %s) did not finish", what.get("path"), what.get("started"))
        found.append(CutOff(what["file"], _started(lib, what.get("started"))))
    return found


def _take(marker: Path) -> dict | None:
    """The marker's content, and the marker removed; None when its import still runs or another program took it."""
    try:
        handle = open(marker, "rb")  # noqa: SIM115
    except OSError:
        return None  # gone meanwhile (its import ended)
    try:
        if not _try_lock(handle) or not marker.exists():
            return None  # its program still runs; or another program took it this moment
        try:
            what = json.loads(handle.read().decode("utf-8") or "{}")
        except (OSError, ValueError):
            what = {}
        if os.name != "nt":
            _remove(marker)  # while locked: a program that opened it meanwhile finds it gone
            return what if isinstance(what, dict) else None
    finally:
        _unlock(handle)
        handle.close()
    _remove(marker)  # (Windows removes no file that is open)
    return what if isinstance(what, dict) else None


def _remove(marker: Path) -> None:
    try:
        marker.unlink(missing_ok=True)
    except OSError as exc:  # a read-only stick: told again next time rather than never
        log.info("could not remove %s: %s", marker, exc)


def _finished(lib: Library, action: str, file: str, after_id: int) -> bool:
    """Whether the import's own audit line was written after the marker was (then it was saved)."""
    details = lib.db.execute_sql(f"SELECT detail FROM {_AUDIT} WHERE id > ? AND action = ?", (after_id, action))
    for (detail,) in details:
        try:
            if json.loads(detail or "{}").get("file") == file:
                return True
        except (ValueError, AttributeError):
            continue
    return False


def _started(lib: Library, text: str | None) -> datetime | None:
    """When the import started, unless the clock that wrote it or this PC's cannot be right."""
    try:
        at = datetime.fromisoformat(text or "")
    except ValueError:
        return None
    if at.tzinfo is None or at < EARLIEST_PLAUSIBLE or at > lib.clock.now() + timedelta(days=1):
        return None
    return at
