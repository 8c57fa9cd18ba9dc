"""Writing files that must never look complete when they are not (exports, PDFs, bundles, backups).

Write to ``NAME.partial``, flush and fsync, then rename: a pulled USB stick or a full disk leaves
either the old file or no file, never half a file under the real name.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

from ..errors import NotFound, PustakaError
from ..i18n import QT_TRANSLATE_NOOP


class FileWriteError(PustakaError):
    pass


def _explain(exc: OSError, path: Path) -> FileWriteError:
    if exc.errno == errno.ENOSPC:
        template = QT_TRANSLATE_NOOP("Errors", "The disk or USB stick is full; {path} was not saved.")
    elif exc.errno == errno.EROFS:
        template = QT_TRANSLATE_NOOP("Errors", "The disk or USB stick is read-only; {path} was not saved.")
    elif exc.errno in (errno.ENOENT, errno.ENODEV, errno.EIO):
        template = QT_TRANSLATE_NOOP(
            "Errors", "The folder for {path} is not there any more (was the USB stick removed?). Nothing was saved."
        )
    elif exc.errno in (errno.EACCES, errno.EPERM):
        template = QT_TRANSLATE_NOOP("Errors", "No permission to write {path}. Nothing was saved.")
    else:
        template = QT_TRANSLATE_NOOP("Errors", "Could not save {path}: {error}")
    return FileWriteError(template, path=str(path), error=exc.strerror or str(exc))


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return  # Windows cannot open directories; NTFS metadata is journaled anyway
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextmanager
def atomic_write(path: str | os.PathLike) -> Iterator[BinaryIO]:
    """``with atomic_write(p) as f: f.write(...)`` - the file appears under ``p`` only when complete."""
    target = Path(path)
    partial = target.with_name(target.name + ".partial")
    try:
        with open(partial, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(partial, target)
        _fsync_dir(target.parent)
    except OSError as exc:
        _discard(partial)
        raise _explain(exc, target) from exc
    except BaseException:
        _discard(partial)
        raise


def _discard(partial: Path) -> None:
    try:
        partial.unlink(missing_ok=True)
    except OSError:
        pass


def plain_file_name(name: str) -> bool:
    """Whether ``name`` (as another system's database wrote it) is a file name alone: nothing that leads
    out of the folder it is looked up in (``../../x.jpg``, ``/etc/passwd``)."""
    return bool(name) and Path(name).name == name and name not in (".", "..")


def existing_folder(path: str | os.PathLike) -> Path:
    """``path`` as a folder that is there, or NotFound saying so (a USB stick pulled or not yet in)."""
    folder = Path(path)
    if not folder.is_dir():
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The folder {path} does not exist (is the USB stick in?)."),
                       path=str(folder))
    return folder


def make_folder(path: str | os.PathLike) -> Path:
    """The folder (and those above it) made if missing; a full or read-only stick says so in words."""
    folder = Path(path)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise _explain(exc, folder) from exc
    return folder


def write_bytes(path: str | os.PathLike, data: bytes) -> Path:
    with atomic_write(path) as handle:
        handle.write(data)
    return Path(path)


STALE_AFTER_S = 3600  # a .partial untouched this long belongs to no running job (a big export rewrites it often)


def remove_stale_partials(folder: str | os.PathLike, pattern: str = "*.partial",
                          older_than_s: float = STALE_AFTER_S) -> list[Path]:
    """A write cut short (the app killed, the power gone) leaves ``NAME.partial``: remove those not
    written for ``older_than_s`` seconds in ``folder``. Returns what was removed."""
    import time

    limit = time.time() - older_than_s
    removed = []
    try:
        candidates = list(Path(folder).glob(pattern))
    except OSError:
        return removed
    for partial in candidates:
        try:
            if partial.is_file() and partial.stat().st_mtime < limit:
                partial.unlink()
                removed.append(partial)
        except OSError:
            pass
    return removed


_SIDE_FILES = ("-wal", "-shm", "-journal")


def tidy_leftovers(db_path: str | os.PathLike) -> list[Path]:
    """On start, before the database opens: remove what killed backups, restores and exports left
    beside the database and in its backup folder - stale ``*.partial`` files, and ``-wal``/``-shm``/
    ``-journal`` files whose database file is gone or is itself a partial. The live database's own
    ``-wal`` (which may hold saved work) is never touched."""
    from .paths import backup_dir, key_dir

    db_path = Path(db_path)
    removed: list[Path] = []
    for folder in (db_path.parent, backup_dir(db_path), key_dir(db_path)):
        if not folder.is_dir():
            continue
        removed += remove_stale_partials(folder)
        try:
            side_files = [p for p in folder.iterdir() if p.name.endswith(_SIDE_FILES)]
        except OSError:
            continue
        for side in side_files:
            main = side.with_name(side.name[: side.name.rfind("-")])
            if main.resolve() == db_path.resolve() and db_path.exists():
                continue
            if main.exists() and not main.name.endswith(".partial"):
                continue
            if main.name.endswith(".partial") and main.exists():
                continue  # still being written, or stale and removed with its partial on the next start
            try:
                side.unlink()
                removed.append(side)
            except OSError:
                pass
    return removed


MAX_UNPACKED = 512 << 20  # an xlsx or zip we read may unpack to at most this much
MAX_RATIO = 150  # text compresses 5-20x; far more is a zip bomb
MAX_MEMBERS = 20_000


def check_zip_container(path: str | os.PathLike) -> None:
    """Before a zip-based file (xlsx) is opened by a library that trusts it: refuse one that would
    unpack to more than ``MAX_UNPACKED`` or inflates one member more than ``MAX_RATIO`` times (the
    sizes in the central directory; the reader stops at them too). A damaged zip is left to the
    reader, which refuses it with its own message."""
    import zipfile

    from ..errors import ValidationError

    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, NotImplementedError, RuntimeError):
        return
    total = sum(max(0, i.file_size) for i in infos)
    bomb = any(i.file_size > 1 << 20 and i.file_size > MAX_RATIO * max(1, i.compress_size) for i in infos)
    if total > MAX_UNPACKED or bomb or len(infos) > MAX_MEMBERS:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "{path} would unpack to {size} MB: far more than a real spreadsheet (a damaged or hostile "
                      "file). Nothing was imported."), path=Path(path).name, size=total >> 20)
