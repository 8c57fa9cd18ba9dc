"""An OS lock on an open marker file, held for as long as its program runs.

The lock goes with the process, whatever ends it (closed, killed, a power cut), so another program that can take
the lock knows the marker's owner is gone. Used by ``unfinished`` (an import's marker) and ``running`` (the
library open in a program).
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import IO


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
