"""Which programs have the library open, so the next start knows whether the last one ended cleanly.

Every program that opens the library (the staff app, the patrons' kiosk, both at once on one PC) leaves its own
marker beside the database (``LIBRARY.sqlite3.running-XXXX``) and holds an OS lock on it while it runs. Closing
normally removes only its own marker: the kiosk closed while the staff app still runs leaves the staff app's,
so a power cut afterwards is still noticed. A marker nobody holds the lock of was left by a power cut, a crash
or a killed program (the lock goes with the process): the next start checks the whole file
(``health.check_database``), then removes such markers as it marks itself running.

A marker with no content yet is being made (its lock comes before its content) and is neither told nor removed.
The single ``LIBRARY.sqlite3.running`` of earlier versions, left behind, also means the last session did not end
cleanly. A marker that cannot be written (a read-only folder, where the library cannot be written either) does not stop
the start: a power cut then goes unnoticed.
"""

from __future__ import annotations

import glob
import logging
import os
import threading
import uuid
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

from .locks import let_go, new_marker, try_lock, unlock

log = logging.getLogger(__name__)

_held: dict[Path, list[tuple[Path, IO[bytes]]]] = {}  # this program's own markers, by database
_guard = threading.Lock()


def _key(path: Path) -> Path:
    return Path(os.path.abspath(path))


def _legacy_marker(path: Path) -> Path:
    return Path(path).with_name(Path(path).name + ".running")


def _markers(path: Path) -> list[Path]:
    path = Path(path)
    return sorted(path.parent.glob(glob.escape(path.name) + ".running-*"))


def _left_behind(marker: Path) -> bool:
    """Whether ``marker`` belongs to no running program (and is complete: not one being made now)."""
    try:
        handle = open(marker, "rb")  # noqa: SIM115 - closed below
    except OSError:
        return False  # gone meanwhile: its program ended cleanly
    try:
        if not try_lock(handle):
            return False  # its program still runs
        try:
            content = handle.read(1)
        except OSError:
            content = b""
        unlock(handle)
        return bool(content)
    finally:
        handle.close()


def left_behind(path: Path) -> list[Path]:
    """The markers of programs that had the library at ``path`` open and did not close it (a power cut, a kill)."""
    found = [marker for marker in _markers(path) if _left_behind(marker)]
    legacy = _legacy_marker(path)
    if legacy.exists():
        found.append(legacy)
    return found


def ended_cleanly(path: Path) -> bool:
    """Did every program that had this library open close it normally? (Programs still running are no sign of a
    power cut: the kiosk started while the staff app runs.)"""
    return not left_behind(path)


def mark_running(path: Path) -> None:
    """This program has the library open from now on (after the start-up check: the markers that check was for are
    removed). Several calls need as many ``mark_stopped``."""
    for marker in left_behind(path):
        try:
            marker.unlink(missing_ok=True)
        except OSError as exc:  # a read-only folder: checked again next time rather than never
            log.info("could not remove %s: %s", marker, exc)
    marker = Path(path).with_name(f"{Path(path).name}.running-{uuid.uuid4().hex[:12]}")
    handle = new_marker(marker, {"pid": os.getpid(), "started": datetime.now(UTC).isoformat()})
    if handle is None:
        log.info("no running marker beside %s: a power cut now is not noticed at the next start", path)
        return
    with _guard:
        _held.setdefault(_key(path), []).append((marker, handle))


def mark_stopped(path: Path) -> None:
    """This program closed the library normally: its own marker goes (the others' stay)."""
    with _guard:
        mine = _held.get(_key(path))
        if not mine:
            return
        marker, handle = mine.pop()
    let_go(marker, handle)
