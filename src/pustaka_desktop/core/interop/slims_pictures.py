"""SLiMS's pictures: the covers it keeps in ``images/docs`` and the member photos in
``images/persons``, beside its database. Its exports and backups name each picture's file (a
record's ``image``, a member's ``member_image``); the librarian copies SLiMS's ``images`` folder (or
only ``docs`` or ``persons``) onto the stick, and the import brings the pictures in after the records
and members they belong to.

A picture is attached only where there is none yet (one chosen here stays). Each batch is saved on
its own, after the import itself, so a cancel or a power cut keeps the records and the pictures
attached so far: importing again with the folder adds the rest. A file that is missing or is no
picture is listed by name, and the rest still come in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import auth
from ..catalog.covers import cover_jpeg, read_picture
from ..community.members import photo_jpeg
from ..errors import ValidationError
from ..formatting import format_number
from ..i18n import QT_TRANSLATE_NOOP
from ..jobs import Cancel, Progress
from ..service import Library
from ..store import write as store
from ..store.files import plain_file_name
from ..store.models import Member, Record, Staff
from .types import COPY_FORMATS, ImportPlan

BATCH = 100  # pictures saved per transaction
COVERS = "docs"  # SLiMS's folders under images/
PHOTOS = "persons"


@dataclass
class PictureReport:
    """What became of the pictures a file named."""

    named: int = 0  # rows that named a picture file
    attached: int = 0  # (a dry run: found in the folder for a row without a picture: would be attached)
    kept: int = 0  # the record or member already had a picture here: left as it is
    missing: list[str] = field(default_factory=list)  # named, but not in the folder
    unreadable: list[str] = field(default_factory=list)  # in the folder, but no picture
    stopped: bool = False  # cancelled: the rest were not attached
    dry_run: bool = False

    def summary(self) -> dict[str, Any]:
        return {"named": self.named, "attached": self.attached, "kept": self.kept, "missing": len(self.missing),
                "unreadable": len(self.unreadable), "stopped": self.stopped}

    def notes(self, translate: Callable[[str, str], str], what: str) -> list[str]:
        """The lines to show (context "Import"); ``what`` is "covers" or "photos"."""
        counts = FOUND if self.dry_run else COUNTS[what]
        lines = [translate("Import", counts).format(attached=format_number(self.attached),
                                                    named=format_number(self.named), kept=format_number(self.kept))]
        if self.missing:
            lines.append(translate("Import", NOT_IN_FOLDER).format(count=format_number(len(self.missing)),
                                                                  names=some_names(self.missing)))
        if self.unreadable:
            lines.append(translate("Import", "Not a picture ({count}): {names}").format(
                count=format_number(len(self.unreadable)), names=some_names(self.unreadable)))
        if self.stopped:
            lines.append(translate("Import", STOPPED))
        return lines


COUNTS = {
    "covers": QT_TRANSLATE_NOOP("Import", "Cover pictures: {attached} of {named} added ({kept} records kept the "
                                          "cover they had)."),
    "photos": QT_TRANSLATE_NOOP("Import", "Member photos: {attached} of {named} added ({kept} members kept the "
                                          "photo they had)."),
}

FOUND = QT_TRANSLATE_NOOP("Import", "Pictures: {attached} of the {named} the file names are in the folder.")


NOT_IN_FOLDER = QT_TRANSLATE_NOOP("Import", "Not in the folder ({count}): {names}")
STOPPED = QT_TRANSLATE_NOOP("Import", "Stopped before the rest: import again with the folder to add them.")


def some_names(names: list[str], shown: int = 5) -> str:
    """The first few file names of a list, for a line of the summary."""
    return ", ".join(names[:shown]) + (" …" if len(names) > shown else "")


def find(folder: Path, name: str, subfolder: str) -> Path | None:
    """The file SLiMS named, in ``folder`` or in its ``subfolder`` (the ``images`` folder was copied
    whole), or beside it (``images/docs`` was chosen for the covers, the photos are in
    ``images/persons``); None for a name that is not a plain file name (no way out of the folder)."""
    name = (name or "").strip()
    if not plain_file_name(name):
        return None
    candidates = [folder / name, folder / subfolder / name]
    if folder.name in (COVERS, PHOTOS):
        candidates.append(folder.parent / subfolder / name)
    return next((candidate for candidate in candidates if candidate.is_file()), None)


def attach_plan_covers(lib: Library, by: Staff | None, plans: list[ImportPlan], folder: Path, dry_run: bool,
                       progress: Progress, cancel: Cancel | None) -> None:
    """The covers an import's files named (``ImportPlan.cover_files``), after its records are saved: each
    records file gets its ``covers`` report, filling the second half of the progress bar."""
    for plan in plans:
        if plan.cover_files or plan.format not in COPY_FORMATS:
            plan.covers = attach_covers(lib, by, plan.cover_files, folder, dry_run=dry_run, cancel=cancel,
                                        progress=lambda fraction, message: progress(0.5 + fraction / 2, message))
            plan.cover_files = []


def attach_covers(lib: Library, by: Staff | None, wanted: list[tuple[int, str]], folder: str | Path, *,
                  dry_run: bool = False, progress: Progress | None = None, cancel: Cancel | None = None,
                  locate: Callable[[str], Path | None] | None = None) -> PictureReport:
    """``wanted``: (record id, the file name SLiMS gave its cover). Who may import a catalogue. ``locate``: where
    another system keeps a cover of that name (INLISLite: ``inlislite_files``), in place of SLiMS's folders."""
    auth.require(by, "catalog.import")
    return _attach(lib, Record, Record.cover, wanted, Path(folder), COVERS, cover_jpeg, dry_run, progress, cancel,
                   locate)


def attach_photos(lib: Library, by: Staff | None, wanted: list[tuple[int, str]], folder: str | Path, *,
                  dry_run: bool = False, progress: Progress | None = None,
                  cancel: Cancel | None = None) -> PictureReport:
    """``wanted``: (member id, the file name SLiMS gave the member's photo). Who may import members."""
    auth.require(by, "members.import")
    return _attach(lib, Member, Member.photo, wanted, Path(folder), PHOTOS, photo_jpeg, dry_run, progress, cancel)


def _attach(lib: Library, model, column, wanted: list[tuple[int, str]], folder: Path, subfolder: str,
            shrink: Callable[[bytes], bytes], dry_run: bool, progress: Progress | None,
            cancel: Cancel | None, locate: Callable[[str], Path | None] | None = None) -> PictureReport:
    report = PictureReport(named=len(wanted), dry_run=dry_run)
    message = QT_TRANSLATE_NOOP("Progress", "Adding pictures")
    for start in range(0, len(wanted), BATCH):
        if cancel is not None and cancel():
            report.stopped = True
            break
        batch = wanted[start:start + BATCH]
        have = {row_id for (row_id,) in model.select(model.id).where(
            model.id.in_([row_id for row_id, _ in batch]) & column.is_null(False)).tuples()}
        pictures: list[tuple[int, bytes]] = []
        for row_id, name in batch:
            if row_id in have:
                report.kept += 1
                continue
            path = locate(name) if locate is not None else find(folder, name, subfolder)
            if path is None:
                report.missing.append(name)
                continue
            if dry_run:
                report.attached += 1
                continue
            try:
                pictures.append((row_id, shrink(read_picture(path))))
            except ValidationError:
                report.unreadable.append(name)
        if pictures:
            with lib.transaction():
                rows = {row.id: row for row in model.select().where(model.id.in_([i for i, _ in pictures]))}
                for row_id, jpeg in pictures:
                    store.update(lib, rows[row_id], **{column.name: jpeg})
            report.attached += len(pictures)
        if progress is not None:
            progress(min(1.0, (start + len(batch)) / max(len(wanted), 1)), message)
    return report
