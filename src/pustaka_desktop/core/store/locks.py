"""An OS lock on an open marker file, held for as long as its program runs.

The lock goes with the process, whatever ends it (closed, killed, a power cut), so another program that can take
the lock knows the marker's owner is gone. Used by ``unfinished`` (an import's marker) and ``running`` (the
library open in a program).
"""

from __future__ import annotations

import json
import logging
import os
import time
from pathlib import Path
from typing import IO, Any

from .files import _fsync_dir

log = logging.getLogger(__name__)

LOCK_TRIES = 100  # x 10 ms: another program may hold a new marker's lock an instant, reading whether it is stale


def try_lock(handle: IO[bytes]) -> bool:
    """Take the lock without waiting; False when another open handle (in any process) holds it."""
    try:
        if os.name == "nt":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def unlock(handle: IO[bytes]) -> None:
    try:
        if os.name == "nt":
            import msvcrt

            handle.seek(0)
            msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
    except OSError:
        pass


def let_go(marker: Path, handle: IO[bytes], keep: bool = False) -> None:
    """A marker its program is done with: emptied and removed (unless ``keep``), unlocked and closed. Emptied first:
    an empty marker is no news, even to another program that sees it before it is gone."""
    if not keep:
        try:
            handle.truncate(0)
            handle.flush()
        except OSError:
            pass
    unlock(handle)
    handle.close()
    if not keep:
        try:
            marker.unlink(missing_ok=True)
        except OSError:
            pass


def new_marker(marker: Path, content: dict[str, Any]) -> IO[bytes] | None:
    """A new marker file, held under its lock, its content written through to the disk (it must outlive the power
    cut it is there for); None when it cannot be made (a read-only or full folder: the caller says what that means)."""
    try:
        handle = open(marker, "x+b")  # noqa: SIM115 - held open (and locked) for as long as its program needs it
    except OSError as exc:
        log.info("no marker %s (%s)", marker, exc)
        return None
    try:
        for _ in range(LOCK_TRIES):
            if try_lock(handle):
                break
            time.sleep(0.01)
        handle.write(json.dumps(content, ensure_ascii=False).encode("utf-8"))
        handle.flush()
        os.fsync(handle.fileno())
        _fsync_dir(marker.parent)
    except OSError as exc:
        log.info("no marker %s (%s)", marker, exc)
        let_go(marker, handle)
        return None
    return handle
