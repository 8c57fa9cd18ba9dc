"""INLISLite's digital content onto the digital shelf: the PDFs and EPUBs a library attached to its records in INLISLite
(*Katalog → Konten Digital*), which INLISLite keeps in its ``uploaded_files/dokumen_isi/<worksheet>/`` folder and its
backup lists (``catalogfiles``: the record, the file's name, whether it is published). The librarian copies the
``uploaded_files`` folder (or ``dokumen_isi`` in it) onto the stick with the backup; ``import inlislite-sql BACKUP.sql
--repository FOLDER`` and the import wizard's folder row bring them, after the catalogue (``slims_files.shelve``: the
same rules as SLiMS's attached files, each file saved on its own, never the same file twice)."""

from __future__ import annotations

from pathlib import Path

from ..jobs import Cancel, Progress
from ..service import Library
from ..store.files import existing_folder, plain_file_name
from ..store.models import Record, Staff
from .inlislite_backup import id_of
from .slims_backup import dump_of, text_of
from .slims_files import Attachment, ShelfReport, shelve
from .sql_dump import rows as dump_rows

FILES = "catalogfiles"


def read_attachments(path: str | Path) -> list[Attachment]:
    """The files the backup's records have, in its order; ``biblio`` holds the record's INLISLite ids (its Control
    Number and BIB ID, as the catalogue import keeps them) joined by a space."""
    dump = dump_of(path)
    if FILES not in dump.tables:
        return []
    ids: dict[str, str] = {}
    files: list[tuple[int, dict]] = []
    for line, table, columns, row in dump_rows(dump, {FILES, "catalogs"}):
        if not row or len(columns) != len(row):
            continue  # (a row that cannot be read: the catalogue import says so)
        f = dict(zip(columns, row, strict=True))
        if table == "catalogs":
            ids[id_of(f.get("ID"))] = f"{text_of(f.get('ControlNumber'))} {text_of(f.get('BIBID'))}"
        else:
            files.append((line, f))
    return [Attachment(line, ids.get(id_of(f.get("Catalog_id")), ""), "", text_of(f.get("FileURL")), "", "",
                       text_of(f.get("IsPublish")) != "0") for line, f in files]


def _record_of(attachment: Attachment) -> Record | None:
    """The record the catalogue import made of the file's INLISLite record (from its MARC fields, or its columns)."""
    control, _, bibid = attachment.biblio.partition(" ")
    known = [f"marc:{control}", f"inlislite:{bibid}", f"inlislite:{control}"]
    return Record.get_or_none(Record.slims_id.in_([k for k in known if not k.endswith(":")])
                              & (Record.deleted == False))  # noqa: E712


def _find(folder: Path, attachment: Attachment) -> Path | None:
    """The file in the folder copied from INLISLite: ``uploaded_files/dokumen_isi/<worksheet>/``, ``dokumen_isi/
    <worksheet>/``, a worksheet's folder or the folder itself; never outside it."""
    name = attachment.file_name
    if not plain_file_name(name):
        return None
    places = [folder]
    for top in (folder, folder / "dokumen_isi", folder / "uploaded_files" / "dokumen_isi"):
        places += sorted(d for d in top.iterdir() if d.is_dir()) if top.is_dir() else []
    return next((place / name for place in places if (place / name).is_file()), None)


def import_files(lib: Library, by: Staff | None, backup: str | Path, repository: str | Path, *,
                 dry_run: bool = False, progress: Progress | None = None,
                 cancel: Cancel | None = None) -> ShelfReport:
    """Put the backup's published PDFs and EPUBs on the shelf of their records (after the catalogue)."""
    folder = existing_folder(repository)
    attachments = read_attachments(backup)
    report = ShelfReport(named=len(attachments), dry_run=dry_run, system="INLISLite")
    return shelve(lib, by, attachments, lambda attachment: _find(folder, attachment), _record_of, report, progress,
                  cancel)
