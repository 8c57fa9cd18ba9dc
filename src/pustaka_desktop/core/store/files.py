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


# Windows says more than errno does: these codes all arrive as errno EACCES (13), each needs another remedy
_WIN_IN_USE = {32, 33}  # ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION: open in Excel, a PDF reader
_WIN_WRITE_PROTECTED = 19  # ERROR_WRITE_PROTECT: the lock switch of a USB stick or SD card, a CD
_WIN_BAD_NAME = {123, 161}  # ERROR_INVALID_NAME, ERROR_BAD_PATHNAME
_WIN_TOO_LONG = 206  # ERROR_FILENAME_EXCED_RANGE: the name with its folders over Windows' 260 characters
_WIN_TOO_BIG = 223  # ERROR_FILE_TOO_LARGE: a file over 4 GB on a stick formatted FAT32
_WIN_FULL = {39, 112}  # ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL
_WIN_GONE = {21, 1006, 1167, 1112}  # ERROR_NOT_READY (no disc, card taken out), ERROR_FILE_INVALID (the stick
# pulled), ERROR_DEVICE_NOT_CONNECTED, ERROR_NO_MEDIA_IN_DRIVE (a card reader with no card)
# a worn-out or cheap stick: ERROR_CRC ("Data error (cyclic redundancy check)"), _SEEK, _SECTOR_NOT_FOUND,
# _WRITE_FAULT, _READ_FAULT, _GEN_FAILURE ("A device attached to the system is not functioning"): arrive as EACCES
_WIN_FAILING = {23, 25, 27, 29, 30, 31}

IN_USE = QT_TRANSLATE_NOOP(
    "Errors", "{path} is open in another program (Excel, a PDF reader). Close it there, then try again. "
              "Nothing was changed.")
REPLACE_REFUSED = QT_TRANSLATE_NOOP(
    "Errors", "{path} cannot be replaced: it is open in another program (Excel, a PDF reader) or marked read-only. "
              "Close it there, or save under another name, then try again. Nothing was saved.")
WRITE_PROTECTED = QT_TRANSLATE_NOOP(
    "Errors", "The USB stick, memory card or CD of {path} is write-protected. Slide the lock switch on its side "
              "off, or choose another place, then try again. Nothing was saved.")
NO_WRITE_PERMISSION = QT_TRANSLATE_NOOP(
    "Errors", "This Windows user may not write in the folder of {path} (such as C:\\Program Files). Choose another "
              "folder, such as Documents or a USB stick. Nothing was saved.")
NO_READ_PERMISSION = QT_TRANSLATE_NOOP(
    "Errors", "{path} cannot be opened: another program (Excel?) holds it, or this Windows user may not read it. "
              "Close it in that program, or copy it to Documents, then try again.")
ACCESS_REFUSED = QT_TRANSLATE_NOOP(
    "Errors", "Windows refused {path}: it is open in another program (Excel, a PDF reader), or this user may not "
              "use that folder. Close it there or choose another folder, then try again. Nothing was changed.")
BAD_NAME = QT_TRANSLATE_NOOP(
    "Errors", "Windows does not allow the file name {name}: CON, PRN, AUX, NUL, COM1-COM9 and LPT1-LPT9 are "
              "reserved, and a name may not hold : * ? \" < > | or end in a space or a dot. Choose another name. "
              "Nothing was saved.")
FAILING_MEDIUM = QT_TRANSLATE_NOOP(
    "Errors", "Windows could not read or write the USB stick or disk of {path}: it is failing, or was pulled out "
              "while in use. Put it in again and try again; if it fails again, use another USB stick. Nothing was "
              "changed.")
IS_A_FOLDER = QT_TRANSLATE_NOOP(
    "Errors", "{path} is a folder, not a file: choose a file name in it. Nothing was saved.")
TOO_LONG = QT_TRANSLATE_NOOP(
    "Errors", "The name of {path} is too long (with its folders, Windows takes about 260 characters). Choose a "
              "shorter file name, or a folder nearer the top such as Documents or the USB stick itself. Nothing "
              "was saved.")
TOO_BIG = QT_TRANSLATE_NOOP(
    "Errors", "{path} is too large for that disk: a USB stick formatted as FAT32 takes no file over 4 GB. Save it "
              "on the computer's disk, or on a stick formatted as exFAT or NTFS. Nothing was saved.")
NOT_THERE = QT_TRANSLATE_NOOP(
    "Errors", "{path} is not there: was the USB stick taken out, or the name typed differently? Nothing was changed.")


def _winerror(exc: OSError) -> int | None:
    return getattr(exc, "winerror", None)


def _explain(exc: OSError, path: Path, replacing: bool = False) -> FileWriteError:
    """Why ``path`` could not be written, and what to do; ``replacing``: the refusal came when the finished
    file was put in place of the old one (Windows refuses that while Excel or a PDF reader has it open)."""
    explained = _known_problem(exc, path, writing=True, replacing=replacing)
    if explained is not None:
        return FileWriteError(explained[0], **explained[1])
    template = QT_TRANSLATE_NOOP("Errors", "Could not save {path}: {error}")
    return FileWriteError(template, path=str(path), error=exc.strerror or str(exc))


def _known_problem(exc: OSError, path: str | os.PathLike, writing: bool | None,
                   replacing: bool = False) -> tuple[str, dict[str, str]] | None:
    """(template, params) for a failure a user can fix, or None. ``writing`` None: not known which way."""
    path = str(path)
    win, code = _winerror(exc), exc.errno
    params = {"path": path}
    if win in _WIN_IN_USE:
        return IN_USE, params
    if win == _WIN_WRITE_PROTECTED:
        return WRITE_PROTECTED, params
    if win in _WIN_FAILING:  # (not "this user may not write": no setting of Windows helps a failing stick)
        return FAILING_MEDIUM, params
    if win == _WIN_TOO_LONG or code == errno.ENAMETOOLONG:  # (Windows sends it as ENOENT: looked at first)
        return TOO_LONG, params
    if win == _WIN_TOO_BIG or code == errno.EFBIG:
        return TOO_BIG, params
    if win in _WIN_BAD_NAME or (code == errno.EINVAL and win is None and windows_name_problem(Path(path).name)):
        return BAD_NAME, {"name": Path(path).name or path}
    if code == errno.ENOSPC or win in _WIN_FULL:
        return QT_TRANSLATE_NOOP("Errors", "The disk or USB stick is full; {path} was not saved."), params
    if code == errno.EROFS:
        return QT_TRANSLATE_NOOP("Errors", "The disk or USB stick is read-only; {path} was not saved."), params
    gone = code in (errno.ENODEV, errno.EIO) or win in _WIN_GONE or (writing and code == errno.ENOENT)
    if gone and writing is not False:  # (a read cut off keeps its reader's own words: "copy it to this PC")
        return QT_TRANSLATE_NOOP(
            "Errors", "The folder for {path} is not there any more (was the USB stick removed?). Nothing was saved."
        ), params
    if code == errno.ENOENT:
        return NOT_THERE, params
    if code == errno.EISDIR:
        return IS_A_FOLDER, params
    if code in (errno.EACCES, errno.EPERM):
        if replacing:
            return REPLACE_REFUSED, params
        if writing:
            return NO_WRITE_PERMISSION, params
        if writing is None:
            return ACCESS_REFUSED, params  # (a raw refusal met at the top: reading or writing, not known)
        return NO_READ_PERMISSION, params
    return None


def explain_os_error(exc: OSError, path: str | os.PathLike | None = None, writing: bool | None = None,
                     kind: type[PustakaError] = PustakaError) -> PustakaError | None:
    """A plain message (of class ``kind``) for an OSError a user can fix - a file open in Excel, a locked
    USB stick, a folder this user may not write, a name Windows forbids, a full or pulled-out stick - or
    None when it is none of these (the caller keeps its own message). ``path``: the file, else the error's."""
    if exc.errno is None and _winerror(exc) is None:
        return None  # (gzip's BadGzipFile and the like: a damaged file, not a disk problem)
    explained = _known_problem(exc, path or exc.filename or "-", writing)
    return kind(explained[0], **explained[1]) if explained else None


def cannot_read(exc: OSError, path: str | os.PathLike, field: str | None = None) -> PustakaError:
    """Why a file the user chose (an import, a scanner's list, an e-book) could not be read, as a
    ValidationError: open in Excel, not there, not allowed; else the system's own words."""
    from ..errors import ValidationError

    explained = _known_problem(exc, path, writing=False)
    if explained is not None:
        return ValidationError(explained[0], field=field, **explained[1])
    return ValidationError(QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {error}"), field=field, path=str(path),
                           error=exc.strerror or str(exc))


_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{n}" for n in range(1, 10)), *(f"LPT{n}" for n in range(1, 10))}
_FORBIDDEN_CHARACTERS = set('<>:"|?*')


def windows_name_problem(name: str) -> bool:
    """Whether Windows refuses (or silently changes) the file name ``name``: ``CON.csv`` and ``aux.pdf`` are
    devices there (writing one "succeeds" and saves nothing), ``laporan:1.pdf`` hides the data in a stream
    of ``laporan``, a space or dot at the end is dropped. A stick written here may be read on Windows, so
    such a name is refused everywhere."""
    if not name:
        return False
    stem = name.split(".", 1)[0].rstrip(" ").upper()
    return (stem in _RESERVED or name[-1] in " ." or any(c in _FORBIDDEN_CHARACTERS for c in name)
            or any(ord(c) < 32 for c in name))


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


_WINDOWS = os.name == "nt"


def ready_to_save(path: str | os.PathLike) -> None:
    """FileWriteError now, before an export or a PDF is made, when saving it to ``path`` would fail at the end:
    a name Windows refuses, a folder, or (on Windows) a file open in Excel or a PDF reader, which cannot be
    replaced. ``atomic_write`` checks too; a caller that builds the file first (minutes, for a big catalogue)
    calls it before it starts."""
    target = Path(path)
    if windows_name_problem(target.name):
        raise FileWriteError(BAD_NAME, name=target.name)
    try:
        folder, held = target.is_dir(), _WINDOWS and target.is_file()
    except OSError as exc:  # (a name too long: even looking at it is refused)
        raise _explain(exc, target) from exc
    if folder:  # (Windows would refuse the rename as "access denied", as if the file were held)
        raise FileWriteError(IS_A_FOLDER, path=str(target))
    if not held:
        return
    try:
        with open(target, "ab"):  # (opened to append, nothing written: the file is not changed)
            pass
    except OSError as exc:
        raise _explain(exc, target, replacing=True) from exc


@contextmanager
def atomic_write(path: str | os.PathLike) -> Iterator[BinaryIO]:
    """``with atomic_write(p) as f: f.write(...)`` - the file appears under ``p`` only when complete."""
    target = Path(path)
    ready_to_save(target)
    partial = target.with_name(target.name + ".partial")
    replacing = False
    try:
        with open(partial, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        replacing = target.exists()
        os.replace(partial, target)
        _fsync_dir(target.parent)
    except OSError as exc:
        _discard(partial)
        raise _explain(exc, target, replacing) from exc
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
