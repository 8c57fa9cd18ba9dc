"""INLISLite's files beside its database, brought with its backup from the ``uploaded_files`` folder the librarian
copies onto the stick with it (``import inlislite-sql BACKUP.sql --repository FOLDER``, the import wizard's folder row),
after the catalogue:

- its digital content onto the digital shelf: the PDFs and EPUBs a library attached to its records (*Katalog → Konten
  Digital*), kept in ``uploaded_files/dokumen_isi/<worksheet>/`` and listed by ``catalogfiles`` (the record, the
  file's name, whether it is published), with the same rules as SLiMS's attached files (``slims_files.shelve``: each
  file saved on its own, never the same file twice);
- its covers (``catalogs.CoverURL``, kept in ``uploaded_files/sampul_koleksi/original/<worksheet>/``), as SLiMS's are
  (``slims_pictures.attach_covers``: a record that has a cover here keeps it)."""

from __future__ import annotations

from pathlib import Path

from ..jobs import Cancel, Progress
from ..service import Library
from ..store.files import existing_folder, plain_file_name
from ..store.models import Record, Staff
from .inlislite_backup import id_of, quarantined
from .slims_backup import dump_of, text_of
from .slims_files import Attachment, ShelfReport, shelve
from .slims_pictures import PictureReport, attach_covers
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


def read_covers(path: str | Path) -> list[tuple[str, str]]:
    """(the record's INLISLite ids, as ``read_attachments`` gives them; its cover's file name) of every record of the
    backup with a cover (one deleted in INLISLite, in its quarantine, none)."""
    dump = dump_of(path)
    covers = []
    for _line, _table, columns, row in dump_rows(dump, {"catalogs"}):
        if not row or len(columns) != len(row):
            continue
        f = dict(zip(columns, row, strict=True))
        name = text_of(f.get("CoverURL"))
        if name and not quarantined(f):
            covers.append((f"{text_of(f.get('ControlNumber'))} {text_of(f.get('BIBID'))}", name))
    return covers


def _record_of(attachment: Attachment) -> Record | None:
    """The record the catalogue import made of the file's INLISLite record (from its MARC fields, or its columns)."""
    return _record_with(attachment.biblio)


def _record_with(ids: str) -> Record | None:
    control, _, bibid = ids.partition(" ")
    known = [f"marc:{control}", f"inlislite:{bibid}", f"inlislite:{control}"]
    return Record.get_or_none(Record.slims_id.in_([k for k in known if not k.endswith(":")])
                              & (Record.deleted == False))  # noqa: E712


def _find(folder: Path, attachment: Attachment) -> Path | None:
    """The file in the folder copied from INLISLite: ``uploaded_files/dokumen_isi/<worksheet>/``, ``dokumen_isi/
    <worksheet>/``, a worksheet's folder or the folder itself; never outside it."""
    return _found(folder, attachment.file_name, ("dokumen_isi",))


def _found(folder: Path, name: str, kept_in: tuple[str, ...]) -> Path | None:
    """``name`` in ``folder``, in one of its worksheets' folders, or in those of ``kept_in`` (a path under
    ``uploaded_files``), the folder being ``uploaded_files`` or the one above it; never outside it."""
    if not plain_file_name(name):
        return None
    places = [folder]
    for top in (folder, *(folder / below for below in kept_in), *(folder / "uploaded_files" / below for below in kept_in)):
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


def import_covers(lib: Library, by: Staff | None, backup: str | Path, repository: str | Path, *,
                  dry_run: bool = False, progress: Progress | None = None,
                  cancel: Cancel | None = None) -> PictureReport:
    """Give the backup's records the covers INLISLite showed (after the catalogue). A dry run counts the covers that
    are in the folder (its records were not saved)."""
    folder = existing_folder(repository)
    covers = read_covers(backup)

    def locate(name: str) -> Path | None:
        return _found(folder, name, ("sampul_koleksi/original", "sampul_koleksi"))

    if dry_run:
        found = [name for _, name in covers if locate(name) is not None]
        return PictureReport(named=len(covers), attached=len(found), dry_run=True,
                             missing=[name for _, name in covers if locate(name) is None])
    wanted = [(record.id, name) for ids, name in covers if (record := _record_with(ids)) is not None]
    return attach_covers(lib, by, wanted, folder, progress=progress, cancel=cancel, locate=locate)
