"""A database dump's text, line by line, whatever it came in: a .sql file; one packed by gzip, bzip2 or xz;
every .sql file of a zip or a tar (phpMyAdmin's "Export tables as separate files"), one after the other as
one dump; UTF-8, Windows-1252 (an old SLiMS on latin1 tables) or UTF-16 with its byte order mark
(PowerShell 5's ``>``, Notepad's "Unicode"). A packed file copied before it was whole ends its lines where
it ends (``CUT`` in ``seen``), as a .sql file cut off does. ``slims_backup`` reads SLiMS's tables from it."""

from __future__ import annotations

import bz2
import codecs
import gzip
import lzma
import os
import re
import tarfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Any

from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from .mojibake import undo_double_utf8
from .types import UTF16_BOMS, windows_text

CUT = "\x00cut"  # in ``seen``: the file ends inside a statement
# what reading a packed backup copied before it was whole raises where it ends
_ENDS_EARLY = (EOFError, tarfile.ReadError)
DAMAGED = (OSError, EOFError, zlib.error, lzma.LZMAError, tarfile.TarError, zipfile.BadZipFile)


def text_lines(path: Path, seen: set[str] | None = None,
               read: Callable[[float], None] | None = None) -> Iterator[tuple[int, str]]:
    """The numbered lines of the dump, from a .sql file or one packed (.gz, .bz2, .xz, .zip, .tar.gz...), and of
    every .sql file of a zip or tar, one after the other as one dump (numbered on from one file to the next);
    UTF-8 (SLiMS's own), or Windows-1252 for a line that is not (an old SLiMS on latin1 tables), or UTF-16
    with its byte order mark. A packed file that ends early ends its lines there (``CUT`` in ``seen``), as
    a .sql file cut off does. ``read(fraction)`` is told, a megabyte at a time, how far into the file on disk
    the lines are (packed or not: what a progress bar can show)."""
    number = 0
    opened = dump_parts(path, seen)
    with opened as parts:
        for part in parts:
            for index, raw in enumerate(_raw_lines(_chunks(part, seen, read and (lambda: read(opened.fraction()))))):
                number += 1
                try:
                    line = undo_double_utf8(raw.decode("utf-8"))  # (stored twice as UTF-8 on latin1 tables: mended)
                except UnicodeDecodeError:
                    line = windows_text(raw)
                yield number, (line.lstrip("\ufeff") if index == 0 else line).rstrip("\r")


def _read(handle: IO[bytes], size: int, seen: set[str] | None) -> bytes:
    try:
        return handle.read(size)
    except _ENDS_EARLY:
        if seen is not None:
            seen.add(CUT)
        return b""


def _chunks(handle: IO[bytes], seen: set[str] | None, read: Callable[[], None] | None = None) -> Iterator[bytes]:
    """The file's bytes, a megabyte at a time (UTF-16, told by its byte order mark, as UTF-8), up to where a
    packed file ends early; ``read()`` after each."""
    chunk = _read(handle, 1 << 20, seen)
    decoder = codecs.getincrementaldecoder("utf-16")("replace") if chunk[:2] in UTF16_BOMS else None
    while chunk:
        if read is not None:
            read()
        yield chunk if decoder is None else decoder.decode(chunk).encode("utf-8", "surrogatepass")
        chunk = _read(handle, 1 << 20, seen)
    if decoder is not None:
        yield decoder.decode(b"", final=True).encode("utf-8", "surrogatepass")


def _raw_lines(chunks: Iterator[bytes]) -> Iterator[bytes]:
    """The lines of a stream of chunks, without their line feeds (a line of many megabytes joined once)."""
    pieces: list[bytes] = []
    for chunk in chunks:
        lines = chunk.split(b"\n")
        if len(lines) == 1:
            pieces.append(chunk)
            continue
        pieces.append(lines[0])
        yield b"".join(pieces)
        yield from lines[1:-1]
        pieces = [lines[-1]]
    tail = b"".join(pieces)
    if tail:
        yield tail


class dump_parts:  # noqa: N801 - used as ``with dump_parts(path) as parts``
    """The dump's parts, unpacked, one after the other: the .sql file itself, or what gzip, bzip2 or xz packed,
    or every .sql file of a zip or a tar, in the archive's order. phpMyAdmin's "zipped" export holds one;
    its "Export tables as separate files" one a table (``slims_table_biblio.sql``...) besides the database's
    header (``slims_database.sql``) and its keys (``slims_extra.sql``); a zip made by hand may hold a readme
    too, and a Mac's zip a ``._`` copy of each file, which are not read."""

    def __init__(self, path: Path, seen: set[str] | None = None) -> None:
        self.path = path
        self.seen = seen
        self.closers: list[Any] = []

    def __enter__(self) -> Iterator[IO[bytes]]:
        # the file on disk, opened once and read through by whatever unpacks it: where it is read tells how far
        # the dump is (``fraction``), packed or not
        self.raw = self._keep(self.path.open("rb"))
        self.size = os.fstat(self.raw.fileno()).st_size
        magic = self.raw.read(6)
        self.raw.seek(0)
        if magic.startswith(b"PK\x03\x04"):
            archive = self._keep(zipfile.ZipFile(self.raw))
            return self._parts(archive.open(name) for name in archive.namelist() if is_dump_name(name))
        if tarfile.is_tarfile(self.path):
            archive = self._keep(tarfile.open(fileobj=self.raw, mode="r:*"))
            return self._parts(archive.extractfile(member) for member in self._members(archive)
                               if member.isfile() and is_dump_name(member.name))
        unpack = _unpacker(magic)
        return iter([self._keep(unpack(self.raw, "rb")) if unpack else self.raw])

    def fraction(self) -> float:
        """How far into the file on disk the reading is, 0 to 1."""
        return min(1.0, self.raw.tell() / max(1, self.size))

    def _members(self, archive: tarfile.TarFile) -> Iterator[tarfile.TarInfo]:
        """The tar's files, read as they come (one pass over a .tar.gz), up to where one copied before it
        was whole ends."""
        try:
            yield from archive
        except _ENDS_EARLY:
            if self.seen is not None:
                self.seen.add(CUT)

    def _parts(self, handles: Iterator[IO[bytes]]) -> Iterator[IO[bytes]]:
        """The archive's dumps, each closed once read (a .sql.gz in it unpacked too)."""
        found = False
        for handle in handles:
            found = True
            with handle:
                unpack = _unpacker(self._magic(handle))
                if unpack is None:
                    yield handle
                    continue
                with unpack(handle, "rb") as unpacked:
                    yield unpacked
        if not found:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{path} holds no .sql backup file."),
                                  path=self.path.name)

    def _magic(self, handle: IO[bytes]) -> bytes:
        try:
            return handle.peek(6)[:6]  # type: ignore[attr-defined]
        except _ENDS_EARLY:
            return b""  # (read as it is: where it ends is told when it is read)

    def _keep(self, handle):
        self.closers.append(handle)
        return handle

    def __exit__(self, *exc) -> None:
        for handle in reversed(self.closers):
            handle.close()


def is_dump_name(name: str) -> bool:
    """An archive's file that is a dump: ``.sql`` (or ``.sql.gz``...); not a Mac's ``._`` copy of one."""
    base = name.replace("\\", "/").rsplit("/", 1)[-1].lower()
    return not base.startswith("._") and re.search(r"\.sql(?:\.(?:gz|bz2|xz))?$", base) is not None


_PACKED = {b"\x1f\x8b": gzip.open, b"BZh": bz2.open, b"\xfd7zXZ\x00": lzma.open}


PACKED = tuple(_PACKED)  # the first bytes of a packed file


def _unpacker(magic: bytes):
    """What opens a file packed so (gzip, bzip2, xz), by its first bytes; None for one not packed."""
    return next((opener for start, opener in _PACKED.items() if magic.startswith(start)), None)


def holds_dump(path: str | Path) -> bool:
    """The file is a zip or a tar holding a .sql file, whatever it holds first (a readme, a Mac's ``._``
    copy): its first bytes cannot tell."""
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                return any(is_dump_name(name) for name in archive.namelist())
        if tarfile.is_tarfile(path):
            with tarfile.open(path, "r:*") as archive:
                return any(member.isfile() and is_dump_name(member.name) for member in archive)
    except (*DAMAGED, ValueError):
        return False  # (read as what it is, and refused there if it is nothing)
    return False
