"""The digital shelf (rak digital): the library's own digital files — village regulations, farming
guides, local history, TPBIS training material — catalogued as records with an attached PDF or EPUB.

- ``add_document(lib, by, path, title=..., ...)`` -> DigitalFile   a new record (material "ebook") + its file
- ``attach(lib, by, record, path)`` -> DigitalFile                 a file for an existing record
- ``remove(lib, by, dfile)``                                       off the shelf (librarian, audited)
- ``shelf(lib)``, ``files_of(lib, record_id)``, ``get_file(lib, file_id)``, ``file_path(lib, dfile)``
- ``count_view(lib, dfile, kind)``, ``view_count(lib, start, end)``, ``views_per_file(lib)``

The file is copied (atomically) into ``<database name>-files/`` beside the database and named by its
SHA-256, so the same file attached twice is stored once and a renamed original does not matter.
What a file is, is read from its first bytes (``%PDF-`` or an EPUB's ``mimetype`` entry), never from
its name. Rows and files stay on this PC (files do not travel in sync bundles); a backup of the
database does not hold the files: keep the originals too.
"""

from __future__ import annotations

import hashlib
import os
import re
import threading
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from peewee import fn

from .. import auth
from ..errors import NotFound, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store.files import atomic_write, cannot_read, make_folder
from ..store.models import DigitalFile, DigitalView, Record, Staff
from . import records

KINDS = {"pdf": "application/pdf", "epub": "application/epub+zip"}
MAX_BYTES = 200 * 1024 * 1024
VIEW_KINDS = ("read", "download")
_SAFE_NAME = re.compile(r"[^\w.\- ()]+", re.UNICODE)


@dataclass(frozen=True)
class ShelfEntry:
    file_id: int
    record_id: int
    title: str
    authors: str
    year: int | None
    file_name: str
    kind: str
    size: int
    added_at: datetime


def files_dir(lib: Library) -> Path:
    """Where the files live: beside the database, like its backups."""
    return lib.path.parent / f"{lib.path.stem}-files"


def sniff(path: Path) -> str:
    """"pdf" or "epub" from the file's content; ValidationError for anything else."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(1024)
    except OSError as exc:
        raise cannot_read(exc, path, field="path") from exc
    if head.lstrip(b"\r\n\t ").startswith(b"%PDF-"):
        return "pdf"
    if head.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(path) as archive:
                if archive.read("mimetype").strip() == b"application/epub+zip":
                    return "epub"
        except (zipfile.BadZipFile, KeyError, OSError):
            pass
    raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{name} is not a PDF or EPUB file."), field="path",
                          name=path.name)


def clean_file_name(name: str, kind: str) -> str:
    stem = _SAFE_NAME.sub("_", Path(name).stem).strip(" ._") or "dokumen"
    return f"{stem[:80]}.{kind}"


def on_shelf(lib: Library, record: Record, sha256: str) -> bool:
    """Whether this record already has this file (the same content) on the shelf."""
    return DigitalFile.select().where((DigitalFile.record == record.id) & (DigitalFile.sha256 == sha256)
                                      & (DigitalFile.deleted == False)).exists()  # noqa: E712


def _store(lib: Library, path: Path, kind: str) -> tuple[str, str, int]:
    """Copy ``path`` into the files folder; returns (stored name, sha256, size)."""
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{name} is larger than {mb} MB."), field="path",
                              name=path.name, mb=MAX_BYTES // (1024 * 1024))
    if size == 0:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{name} is empty."), field="path", name=path.name)
    folder = make_folder(files_dir(lib))  # a full or read-only disk says so in words
    # one read of the file (often on a USB stick): hashed while it is copied, then named by its hash
    incoming = folder / f"incoming-{os.getpid()}-{threading.get_ident()}.{kind}"
    digest = hashlib.sha256()
    with atomic_write(incoming) as out, open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
            out.write(block)
    sha = digest.hexdigest()
    stored = f"{sha}.{kind}"
    target = folder / stored
    if target.exists():  # the same content is on the shelf already (under another record, or this one)
        incoming.unlink()
    else:
        os.replace(incoming, target)
    return stored, sha, size


def attach(lib: Library, by: Staff, record: Record, path: str | os.PathLike,
           twice: bool = True) -> DigitalFile | None:
    """Put a PDF/EPUB on the digital shelf as a file of ``record`` (librarian, audited). ``twice=False``:
    None, and nothing added, when the record has this file (the same content) already (an import again)."""
    auth.require(by, "catalog.edit")
    path = Path(path)
    kind = sniff(path)
    stored, sha, size = _store(lib, path, kind)
    if not twice and on_shelf(lib, record, sha):
        return None
    with lib.transaction():
        row = DigitalFile.create(record=record.id, file_name=clean_file_name(path.name, kind), stored_name=stored,
                                 kind=kind, size=size, sha256=sha, added_at=lib.clock.now(), added_by=by.username)
        auth.audit(lib, by, "digital.attach", "record", record.uid, file=row.file_name, size=size, sha256=sha)
    return row


def add_document(lib: Library, by: Staff, path: str | os.PathLike, **fields: Any) -> DigitalFile:
    """A new catalogue record (material type "ebook", no copies) with the file attached. ``fields``
    are record fields (title is required; see catalog.records.clean_record)."""
    auth.require(by, "catalog.edit")
    path = Path(path)
    sniff(path)  # refuse a wrong file before a record is made
    fields.setdefault("material_type", "ebook")
    with lib.transaction():
        saved = records.add_record(lib, by, **fields)
        return attach(lib, by, saved.record, path)


def remove(lib: Library, by: Staff, dfile: DigitalFile) -> None:
    """Take a file off the shelf; its view counts stay for the reports."""
    auth.require(by, "catalog.edit")
    if dfile.deleted:
        return
    with lib.transaction():
        dfile.deleted = True
        dfile.save(only=[DigitalFile.deleted])
        auth.audit(lib, by, "digital.remove", "record", Record.get_by_id(dfile.record_id).uid, file=dfile.file_name)


def _live_files():
    return (DigitalFile.select(DigitalFile, Record).join(Record, on=(DigitalFile.record == Record.id))
            .where((DigitalFile.deleted == False) & (Record.deleted == False)))  # noqa: E712


def shelf(lib: Library, offset: int = 0, limit: int = 50, include_hidden: bool = False) -> list[ShelfEntry]:
    """The files on the shelf, newest first (records hidden from patrons left out unless asked)."""
    query = _live_files()
    if not include_hidden:
        query = query.where(Record.hidden == False)  # noqa: E712
    rows = query.order_by(DigitalFile.added_at.desc(), DigitalFile.id.desc()).offset(max(0, offset)).limit(limit)
    return [_entry(row) for row in rows]


def shelf_count(lib: Library) -> int:
    return _live_files().where(Record.hidden == False).count()  # noqa: E712


def _entry(row: DigitalFile) -> ShelfEntry:
    record = row.record
    return ShelfEntry(row.id, record.id, record.title, records.author_names(record), record.year, row.file_name,
                      row.kind, row.size, row.added_at)


def files_of(lib: Library, record_id: int) -> list[ShelfEntry]:
    return [_entry(row) for row in _live_files().where(DigitalFile.record == record_id).order_by(DigitalFile.id)]


def get_file(lib: Library, file_id: int, include_hidden: bool = False) -> DigitalFile:
    query = _live_files().where(DigitalFile.id == file_id)
    if not include_hidden:
        query = query.where(Record.hidden == False)  # noqa: E712
    row = query.first()
    if row is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That file is not on the digital shelf (any more)."))
    return row


def file_path(lib: Library, dfile: DigitalFile) -> Path:
    """The stored file; NotFound when it went missing from the files folder."""
    path = files_dir(lib) / dfile.stored_name
    if not path.is_file():
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "The file {name} is missing from the files folder {folder}."),
                       name=dfile.file_name, folder=str(files_dir(lib)))
    return path


def count_view(lib: Library, dfile: DigitalFile, kind: str = "read") -> None:
    if kind not in VIEW_KINDS:
        raise ValueError(f"unknown view kind {kind}")
    DigitalView.create(file=dfile.id, at=lib.clock.now(), kind=kind)


def view_count(lib: Library, start: datetime | None = None, end: datetime | None = None) -> int:
    """Openings and downloads of digital-shelf files in [start, end) (all time when not given)."""
    query = DigitalView.select()
    if start is not None:
        query = query.where(DigitalView.at >= start)
    if end is not None:
        query = query.where(DigitalView.at < end)
    return query.count()


def views_per_file(lib: Library) -> dict[int, int]:
    return dict(DigitalView.select(DigitalView.file, fn.COUNT(DigitalView.id)).group_by(DigitalView.file).tuples())
