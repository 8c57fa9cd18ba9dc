"""SLiMS's digital files onto the digital shelf: the PDFs and EPUBs a SLiMS library attached to its
records (Bibliography → File Attachment), which SLiMS keeps in its ``repository`` folder and its
backup lists (tables ``files`` and ``biblio_attachment``). The librarian copies the ``repository``
folder onto the stick with the backup.

A file goes on the shelf of the record it belonged to (found by SLiMS's record number, so the
catalogue comes in first). What does not, is listed by name: a file SLiMS showed only to signed-in
members (the shelf is open to everyone on the library's Wi-Fi), a web link, a file that is not a PDF
or EPUB, a file not in the folder, a record not here. Each file is saved on its own, so a cancel or a
power cut keeps those done; importing again adds the rest and never the same file twice."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..catalog import digital
from ..errors import ValidationError
from ..formatting import format_number
from ..i18n import QT_TRANSLATE_NOOP
from ..jobs import Cancel, Progress
from ..service import Library
from ..store.files import existing_folder, plain_file_name
from ..store.models import Record, Staff
from .slims_backup import read_tables
from .slims_pictures import NOT_IN_FOLDER, STOPPED, some_names
from .types import clean


@dataclass(frozen=True)
class Attachment:
    """A file SLiMS attached to a record (Bibliography → File Attachment), kept in its ``repository``."""

    line: int
    biblio: str  # SLiMS's biblio_id: our Record.slims_id is "slims:<biblio>"
    title: str
    file_name: str
    file_dir: str  # the folder under repository/ ('' for repository/ itself)
    url: str  # a web link attached instead of a file
    public: bool  # SLiMS showed it to everyone (not only to signed-in members)


def read_attachments(path: str | Path, cancel: Cancel | None = None,
                     database: str | None = None) -> list[Attachment]:
    """The files the backup's records have attached, in the order SLiMS lists them (a backup of a SLiMS that had
    none has neither table: no attachments)."""
    files: dict[str, dict[str, Any]] = {}
    links: list[tuple[int, dict[str, Any]]] = []
    for number, table, f in read_tables(path, set(), cancel, database,
                                        optional=frozenset({"files", "biblio_attachment"})):
        if not isinstance(f, dict):
            continue  # (a line that cannot be read: no file to bring)
        if table == "files":
            files[clean(f.get("file_id"))] = f
        else:
            links.append((number, f))
    out = []
    for number, link in links:
        f = files.get(clean(link.get("file_id")))
        if f is None:
            continue  # an attachment whose file SLiMS deleted: nothing to bring
        out.append(Attachment(number, clean(link.get("biblio_id")), clean(f.get("file_title")),
                              clean(f.get("file_name")), clean(f.get("file_dir")), clean(f.get("file_url")),
                              clean(link.get("access_type")).lower() != "private"))
    return out


@dataclass
class ShelfReport:
    """What became of the files a SLiMS backup attached to its records."""

    named: int = 0  # attachments in the backup
    attached: int = 0  # (a dry run: would go on the shelf)
    already: int = 0  # on the shelf of their record already
    missing: list[str] = field(default_factory=list)  # not in the folder
    not_shelf: list[str] = field(default_factory=list)  # not a PDF or EPUB
    private: list[str] = field(default_factory=list)  # SLiMS showed them to signed-in members only
    links: list[str] = field(default_factory=list)  # a web address, not a file
    no_record: list[str] = field(default_factory=list)  # their record is not in this catalogue
    stopped: bool = False
    dry_run: bool = False
    system: str = "SLiMS"  # whose files ("INLISLite": ``inlislite_files``), for the words said of them

    def summary(self) -> dict[str, Any]:
        return {"named": self.named, "attached": self.attached, "already": self.already,
                "missing": len(self.missing), "not_pdf_or_epub": len(self.not_shelf), "private": len(self.private),
                "links": len(self.links), "no_record": len(self.no_record), "stopped": self.stopped}

    def notes(self, translate: Callable[[str, str], str]) -> list[str]:
        """The lines to show (context "Import")."""
        inlislite = self.system == "INLISLite"
        lines = [translate("Import", (INLIS_FOUND if self.dry_run else INLIS_ADDED) if inlislite else (
            FOUND if self.dry_run else ADDED)).format(
            attached=format_number(self.attached), named=format_number(self.named),
            already=format_number(self.already))]
        for names, template in ((self.missing, NOT_IN_FOLDER), (self.not_shelf, NOT_SHELF),
                                (self.private, INLIS_PRIVATE if inlislite else PRIVATE), (self.links, LINKS),
                                (self.no_record, NO_RECORD)):
            if names:
                lines.append(translate("Import", template).format(count=format_number(len(names)),
                                                                  names=some_names(names)))
        if self.stopped:
            lines.append(translate("Import", STOPPED))
        return lines


ADDED = QT_TRANSLATE_NOOP("Import", "Digital shelf: {attached} of SLiMS's {named} attached files added ({already} "
                                    "were on the shelf already).")
FOUND = QT_TRANSLATE_NOOP("Import", "Digital shelf: {attached} of SLiMS's {named} attached files would be added.")
NOT_SHELF = QT_TRANSLATE_NOOP("Import", "Not a PDF or EPUB, left out ({count}): {names}")
PRIVATE = QT_TRANSLATE_NOOP("Import", "Shown by SLiMS to signed-in members only, left out: the digital shelf is open "
                                      "to everyone on the library's Wi-Fi ({count}): {names}")
LINKS = QT_TRANSLATE_NOOP("Import", "Web links, not files ({count}): {names}")
INLIS_ADDED = QT_TRANSLATE_NOOP("Import", "Digital shelf: {attached} of INLISLite's {named} digital files added "
                                          "({already} were on the shelf already).")
INLIS_FOUND = QT_TRANSLATE_NOOP("Import", "Digital shelf: {attached} of INLISLite's {named} digital files would be "
                                          "added.")
INLIS_PRIVATE = QT_TRANSLATE_NOOP("Import", "Not published by INLISLite, left out: the digital shelf is open to "
                                            "everyone on the library's Wi-Fi ({count}): {names}")
NO_RECORD = QT_TRANSLATE_NOOP("Import", "Their record is not in the catalogue: import the backup's catalogue first "
                                        "({count}): {names}")


def _find(folder: Path, attachment: Attachment) -> Path | None:
    """The file in the repository folder (under its own folder, or directly in it); never outside."""
    name = attachment.file_name
    if not plain_file_name(name):
        return None
    below = Path(attachment.file_dir) if attachment.file_dir else Path()
    if below.is_absolute() or ".." in below.parts:
        below = Path()
    for candidate in (folder / below / name, folder / name):
        if candidate.is_file():
            return candidate
    return None


def import_files(lib: Library, by: Staff | None, backup: str | Path, repository: str | Path, *,
                 dry_run: bool = False, progress: Progress | None = None,
                 cancel: Cancel | None = None, database: str | None = None) -> ShelfReport:
    """Put the backup's attached PDFs and EPUBs on the shelf of their records (after the catalogue)."""
    folder = existing_folder(repository)
    attachments = read_attachments(backup, cancel, database)
    report = ShelfReport(named=len(attachments), dry_run=dry_run)

    def record_of(attachment: Attachment) -> Record | None:
        return Record.get_or_none((Record.slims_id == f"slims:{attachment.biblio}") & (Record.deleted == False))  # noqa: E712

    return shelve(lib, by, attachments, lambda attachment: _find(folder, attachment), record_of, report, progress,
                  cancel)


def shelve(lib: Library, by: Staff | None, attachments: list[Attachment],
           find: Callable[[Attachment], Path | None], record_of: Callable[[Attachment], Record | None],
           report: ShelfReport, progress: Progress | None = None, cancel: Cancel | None = None) -> ShelfReport:
    """Each attachment's file (``find``: in the folder the librarian copied) on the shelf of its record
    (``record_of``), or listed by name with why not; ``report`` (its ``dry_run``) is filled and returned."""
    dry_run = report.dry_run
    for done, attachment in enumerate(attachments, start=1):
        if cancel is not None and cancel():
            report.stopped = True
            break
        name = attachment.file_name or attachment.url or attachment.title
        if not attachment.file_name:
            report.links.append(name)
            continue
        if not attachment.public:
            report.private.append(name)
            continue
        path = find(attachment)
        if path is None:
            report.missing.append(name)
            continue
        try:
            digital.sniff(path)
        except ValidationError:
            report.not_shelf.append(name)
            continue
        record = record_of(attachment)
        if dry_run:
            report.attached += 1  # (in a dry run the backup's records are not saved: each would be)
        elif record is None:
            report.no_record.append(name)
        elif digital.attach(lib, by, record, path, twice=False) is None:  # (the file read once: hashed as copied)
            report.already += 1
        else:
            report.attached += 1
        if progress is not None:
            progress(done / max(len(attachments), 1), QT_TRANSLATE_NOOP("Progress", "Adding files to the digital shelf"))
    return report
