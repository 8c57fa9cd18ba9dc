"""Telling the truth about what went wrong with the database file.

SQLite reports a full disk, a read-only medium, a file another program holds and a busy database
with short English texts (and, after a failed write, sometimes only ``cannot rollback - no
transaction is active``). None of these means the library is damaged, and calling them "damaged"
invites restoring an old backup and losing recent work. ``explain`` turns them (and an OSError about
any file: open in Excel, a locked USB stick, see ``files.explain_os_error``; the district's PostgreSQL:
``postgres_errors``) into messages that
say what happened and what to do; ``retry_busy`` waits (visibly) while another job writes.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from peewee import DatabaseError as PeeweeDatabaseError
from peewee import OperationalError as PeeweeOperationalError

from ..errors import PustakaError
from ..i18n import QT_TRANSLATE_NOOP

T = TypeVar("T")


class DiskFull(PustakaError):
    pass


class ReadOnly(PustakaError):
    pass


class Locked(PustakaError):
    """Another program holds the file (an antivirus scan, a sync client, a second copy of the app)."""


class Busy(PustakaError):
    """Another job of this library (an import, a bundle) is writing; trying again shortly works."""


DISK_FULL = QT_TRANSLATE_NOOP(
    "Errors", "The disk is full: {path} could not be saved to. Nothing was lost and the library is not damaged. "
              "Free some space (empty the recycle bin, move old files), then try again.")
READ_ONLY = QT_TRANSLATE_NOOP(
    "Errors", "The library file {path} is on a read-only disk or folder (a locked USB stick, a CD, a folder without "
              "write permission). The library is not damaged: copy it to the computer's disk or remove the "
              "write protection, then open it again.")
LOCKED = QT_TRANSLATE_NOOP(
    "Errors", "Another program is holding the library file {path} (a second Pustaka window, an antivirus scan or a "
              "cloud-sync program). The library is not damaged: close the other program, then try again.")
BUSY = QT_TRANSLATE_NOOP(
    "Errors", "The library is busy with another job (an import or a sync bundle). Nothing was saved yet and nothing "
              "is damaged: wait until that job ends, then try again.")
CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "Errors", "The library file {path} cannot be opened (the folder is missing or not allowed). Is the USB stick or "
              "network drive still there? The library is not damaged.")


def _texts(exc: BaseException) -> str:
    """The messages of ``exc`` and the errors it was raised from (a failed rollback hides the cause)."""
    parts, seen = [], set()
    while exc is not None and id(exc) not in seen:
        seen.add(id(exc))
        parts.append(str(exc).lower())
        exc = exc.__cause__ or exc.__context__
    return " | ".join(parts)


def kind_of(exc: BaseException) -> str:
    """``full`` | ``readonly`` | ``locked`` | ``busy`` | ``cannot-open`` | ``damaged`` | '' (something else)."""
    code = getattr(exc, "sqlite_errorname", "") or ""
    text = _texts(exc)
    if code == "SQLITE_FULL" or "database or disk is full" in text or "no space left" in text:
        return "full"
    if code.startswith("SQLITE_READONLY") or "readonly database" in text or "read-only file system" in text:
        return "readonly"
    if "database is locked" in text or code.startswith("SQLITE_BUSY"):
        return "busy"
    if "database table is locked" in text or "locking protocol" in text or code.startswith("SQLITE_LOCKED"):
        return "locked"
    if "unable to open database file" in text or code.startswith("SQLITE_CANTOPEN"):
        return "cannot-open"
    if "malformed" in text or "not a database" in text or code.startswith("SQLITE_CORRUPT"):
        return "damaged"
    return ""


def explain(exc: BaseException, path: str | Path = "") -> PustakaError | None:
    """The truthful message for a database error, or None when it is not one of these (the caller
    keeps its own message, e.g. "damaged")."""
    if isinstance(exc, PustakaError):
        return exc
    from . import postgres_errors

    district = postgres_errors.explain(exc)  # the district's PostgreSQL (its disk, not this file's, may be full)
    if district is not None:
        return district
    if not isinstance(exc, (sqlite3.Error, PeeweeDatabaseError, OSError)):
        return None
    if isinstance(exc, OSError):  # a file of the user's (open in Excel, a locked stick), said as such
        from .files import explain_os_error

        about_file = explain_os_error(exc, exc.filename or path)
        if about_file is not None:
            return about_file
    kind = kind_of(exc)
    params = {"path": str(path) or "-"}
    if kind == "full":
        return DiskFull(DISK_FULL, **params)
    if kind == "readonly":
        return ReadOnly(READ_ONLY, **params)
    if kind == "locked":
        return Locked(LOCKED, **params)
    if kind == "busy":
        return Busy(BUSY, **params)
    if kind == "cannot-open":
        return Locked(CANNOT_OPEN, **params)
    return None


def is_busy(exc: BaseException) -> bool:
    return isinstance(exc, Busy) or (isinstance(exc, (sqlite3.OperationalError, PeeweeOperationalError))
                                     and kind_of(exc) == "busy")


def retry_busy(work: Callable[[], T], on_wait: Callable[[int], Any] | None = None, attempts: int = 6,
               pause_s: float = 2.0) -> T:
    """Run ``work``; while the database is busy (another job writing, after SQLite's own 5 s wait),
    tell ``on_wait(attempt)`` (the desk shows "waiting for the import…") and try again. After the
    last attempt the ``Busy`` message is raised: nothing was saved."""
    for attempt in range(1, attempts + 1):
        try:
            return work()
        except (sqlite3.OperationalError, PeeweeOperationalError, Busy) as exc:
            if not is_busy(exc):
                raise
            if attempt == attempts:
                raise Busy(BUSY, path="-") from exc
            if on_wait is not None:
                on_wait(attempt)
            time.sleep(pause_s)
    raise AssertionError("unreachable")  # pragma: no cover
