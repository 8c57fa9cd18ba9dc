"""The import engine: a format's rows -> the catalogue, streaming, in one transaction.

A format module (``slims``, ``marc_reader``, ``inlislite``, ``spreadsheet``) turns a file into ``Incoming``
rows one at a time (core/interop/types.py). The engine takes them in chunks of ``CHUNK`` rows: it
matches each against the catalogue and the rows before it, writes the chunk, and forgets it, so
memory does not grow with the file. Everything runs in ONE transaction: a cancel, an error or a
power cut leaves the catalogue exactly as it was (SQLite rolls the journal back). A dry run does
the same work and rolls it back, so its counts are the import's counts.

The rules (issue "Moving in without loss"):
- A record is never dropped for a field. A field that fails a check is kept as written and flagged
  in the review list (core/catalog/review.py) with a suggested correction where one can be guessed.
  Only a row without a title, or a row a format cannot read at all, is refused (``ImportPlan.bad``,
  with the row number); a copy that cannot be stored (its barcode is already used by another row)
  is left out and listed too (``ImportPlan.left_out``), its record still comes in.
- Identity comes from the source first: a record's uid (MARC 001 of a file a Pustaka library wrote),
  the source's id (``Record.slims_id``: INLISLite's BIB ID, a foreign MARC 001/035), else the
  description: title, subtitle, edition, year, publisher, authors and series, and the material type
  when the row gives one (a print book and its e-book are two books). A new record takes the file's
  uid only from this library's own file (MARC 003 = its code); from another library's it gets its
  own, and the file's is its source id. Copies by barcode (exactly as written), then accession number. An ISBN alone never merges two records: a new record whose ISBN is already
  in the catalogue (or earlier in the file) is flagged "possible duplicate" instead.
- A re-import of the same file changes nothing; a field whose incoming value is flagged never
  overwrites a value already in the catalogue (a fix made in the review list stays fixed).
- The old system's next export, after work here (``changed_here``): a field changed here since the row came
  in keeps its value (flagged when the file differs), a copy withdrawn here stays withdrawn, a book deleted
  here stays deleted, a row whose title was corrected here finds its book by its copies.
"""

from __future__ import annotations

from pathlib import Path

from .. import auth
from ..catalog import class_style, new_barcodes, review, search_bulk
from ..errors import Cancelled
from ..formatting import Count
from ..i18n import QT_TRANSLATE_NOOP
from ..jobs import paused_gc
from ..service import Library
from ..store import backup, unfinished, write
from ..store.clock import this_year
from ..store.files import check_zip_container, existing_folder
from ..store.models import Staff
from . import (
    bulk,
    changed_here,
    duplicate_flags,
    inlislite_backup,
    inlislite_files,
    slims_files,
    slims_pictures,
    spreadsheet,
    undoable_import,
)
from .import_session import ImportSession
from .matching import held_copies, identity
from .read_ahead import ReadAhead
from .readers import parse
from .types import FORMATS, BadRow, Cancel, ImportPlan, Progress

__all__ = ["FORMATS", "ImportPlan", "import_file", "import_slims", "import_slims_backup", "identity"]

CHUNK = 2000


class _DryRun(Exception):
    """Raised at the end of a dry run to roll everything back."""


def import_file(lib: Library, by: Staff | None, fmt: str, path: str | Path, *, mapping: dict[str, str] | None = None,
                dry_run: bool = False, progress: Progress | None = None, cancel: Cancel | None = None,
                pictures: str | Path | None = None, review: bool = False) -> ImportPlan:
    """Read ``path`` in format ``fmt`` and import it (or, with ``dry_run``, only count what would
    happen). One transaction: on an error or a cancel nothing is written. (A SLiMS backup holds copies
    as well: ``import_slims_backup``.) ``pictures``: the folder of the covers the file names (SLiMS's
    ``images``), attached after the import (``slims_pictures``). ``review``: the plan lists what the import
    flagged (``ImportPlan.to_review``), a dry run's too (read before it is rolled back)."""
    if fmt == "slims-sql":
        return import_slims_backup(lib, by, path, dry_run=dry_run, progress=progress, cancel=cancel,
                                   pictures=pictures, review=review)[0]
    return _import(lib, by, [(fmt, path, mapping)], dry_run, progress, cancel, pictures, review)[0]


def import_slims(lib: Library, by: Staff | None, biblio: str | Path, items: str | Path, *, dry_run: bool = False,
                 progress: Progress | None = None, cancel: Cancel | None = None,
                 pictures: str | Path | None = None, review: bool = False) -> tuple[ImportPlan, ImportPlan]:
    """A SLiMS library's two exports, its bibliography and its items, as ONE import (one transaction,
    one backup): the same records, copies, flags and counts as ``import_file`` on the biblio file and
    then on the item file, but each copy the biblio file lists is written once, with the details the
    item file gives it, instead of inserted bare and then updated (half the copy writes, no per-field
    versions for details that were never edited). Returns the two files' plans."""
    first, second = _import(lib, by, [("slims-biblio", biblio, None), ("slims-item", items, None)], dry_run,
                            progress, cancel, pictures, review)
    return first, second


def import_slims_backup(lib: Library, by: Staff | None, path: str | Path, *, dry_run: bool = False,
                        progress: Progress | None = None, cancel: Cancel | None = None,
                        pictures: str | Path | None = None, repository: str | Path | None = None,
                        database: str | None = None, review: bool = False) -> tuple[ImportPlan, ImportPlan]:
    """SLiMS's database backup (``slims_backup``): its catalogue and its copies as one import, as
    ``import_slims`` does the two CSV exports. Returns the plans of the records and of the copies.
    ``repository``: SLiMS's folder of attached files: its PDFs and EPUBs go on the digital shelf after
    the catalogue (``slims_files``). ``database``: the one to read of a server's dump of several SLiMS
    databases (``slims_backup``)."""
    if repository is not None:
        existing_folder(repository)  # before the import, not after it
    which = {"database": database} if database else None  # (the readers of slims-sql take it from the mapping)
    first, second = _import(lib, by, [("slims-sql", path, which), ("slims-sql-items", path, which)], dry_run,
                            progress, cancel, pictures, review)
    if repository is not None:
        first.shelf = slims_files.import_files(lib, by, path, repository, dry_run=dry_run, progress=progress,
                                               cancel=cancel, database=database)
    return first, second


def import_inlislite_backup(lib: Library, by: Staff | None, path: str | Path, *, dry_run: bool = False,
                            progress: Progress | None = None, cancel: Cancel | None = None,
                            repository: str | Path | None = None, review: bool = False) -> ImportPlan:
    """INLISLite's database backup (``inlislite_backup``): its catalogue and copies; ``repository``: the folder copied
    from INLISLite beside it (``uploaded_files``): its PDFs and EPUBs go on the digital shelf and its covers to their
    records after the catalogue (``inlislite_files``)."""
    if repository is not None:
        existing_folder(repository)  # before the import, not after it
    (plan,) = _import(lib, by, [("inlislite-sql", path, None)], dry_run, progress, cancel, None, review)
    if repository is not None:
        plan.shelf = inlislite_files.import_files(lib, by, path, repository, dry_run=dry_run, progress=progress,
                                                  cancel=cancel)
        plan.covers = inlislite_files.import_covers(lib, by, path, repository, dry_run=dry_run, progress=progress,
                                                    cancel=cancel)
        # (what became of the files and covers is their reports': not the word that they wait for their folder)
        brought = {inlislite_backup.NOT_BROUGHT_SAID[kind] for kind in ("files", "covers")}
        plan.notices = [n for n in plan.notices if n.template not in brought]
    return plan


def _import(lib: Library, by: Staff | None, jobs: list[tuple[str, str | Path, dict[str, str] | None]], dry_run: bool,
            progress: Progress | None, cancel: Cancel | None, pictures: str | Path | None = None,
            to_review: bool = False) -> list[ImportPlan]:
    auth.require(by, "catalog.import")
    # a power cut during it is told at the next start (``store.unfinished``)
    with unfinished.watched(lib, "catalog.import", jobs[0][1], enabled=not dry_run):
        return _import_files(lib, by, jobs, dry_run, progress, cancel, pictures, to_review)


def _import_files(lib: Library, by: Staff | None, jobs: list[tuple[str, str | Path, dict[str, str] | None]],
                  dry_run: bool, progress: Progress | None, cancel: Cancel | None,
                  pictures: str | Path | None, to_review: bool) -> list[ImportPlan]:
    if pictures is not None:
        existing_folder(pictures)
    for _fmt, path, _mapping in jobs:
        check_zip_container(path)  # an xlsx that inflates to gigabytes is refused before anything unpacks it
    with ReadAhead(jobs, this_year(lib.clock)) as ahead:  # (big files are read by a second process, beside this one)
        return _import_rows(lib, by, jobs, dry_run, progress, cancel, pictures, ahead, to_review)


def _import_rows(lib: Library, by: Staff | None, jobs: list[tuple[str, str | Path, dict[str, str] | None]],
                 dry_run: bool, progress: Progress | None, cancel: Cancel | None, pictures: str | Path | None,
                 ahead: ReadAhead, to_review: bool) -> list[ImportPlan]:
    whole = progress or (lambda fraction, message: None)
    # with pictures, the records take the first half of the bar and the pictures the second
    report = whole if pictures is None else (lambda fraction, message: whole(fraction / 2, message))
    share = 1.0 / len(jobs)
    plans = []
    readers = []
    for n, (fmt, path, mapping) in enumerate(jobs):
        read_fraction = [0.0]

        def reading(fraction: float, message: str, base: float = n * share, seen: list[float] = read_fraction) -> None:
            seen[0] = fraction
            report(base + share * 0.9 * fraction, message)

        readers.append((ahead.rows(n, parse(fmt, path, mapping, reading, cancel), reading, cancel), read_fraction))
        result = ImportPlan(format=fmt, path=str(path), dry_run=dry_run)
        result.origin = f"{fmt} · {Path(path).name} · {lib.clock.now().strftime('%Y-%m-%d %H:%M')}"
        plans.append(result)
    saved = None
    if not dry_run:  # the catalogue as it was, in case the import was a mistake (core.store.backup)
        saved = backup.backup_before(lib, "import", recent=backup.IMPORT_REUSE, unchanged=True)
    try:
        # (the search index innermost: its indexing aside is done before the indexes are built or anything rolled back)
        with paused_gc(), lib.transaction(), bulk.deferred_indexes(lib, bulk.expected_rows(jobs), cancel), \
                search_bulk.bulk_index(lib, cancel) as indexing:
            started = changed_here.import_started(lib)
            flags_before = review.last_id(lib) if to_review else 0
            log_before = write.last_seq(lib)  # the import's own change-log lines follow (import_undo)
            sessions: list[ImportSession] = []
            for n, ((rows, read_fraction), result) in enumerate(zip(readers, plans, strict=True)):
                base = n * share
                if sessions:  # the item file after the biblio file: it fills in the copies held back
                    taken, held = sessions[-1].cat.barcodes, sessions[-1].deferred
                    sessions[-1].shed()
                else:  # (two files: the first holds its copies back for the second)
                    taken, held = None, held_copies() if len(jobs) > 1 else None
                session = ImportSession(lib, by, result, covers=pictures is not None, taken=taken, held=held)
                sessions.append(session)
                count = 0
                for inc in rows:
                    session.row(inc)
                    count += 1
                    if count % CHUNK == 0:
                        if cancel is not None and cancel():
                            raise Cancelled()
                        report(base + share * 0.9 * read_fraction[0], QT_TRANSLATE_NOOP("Progress", "Saving records"))
                        session.write_chunk()
                        session.spill()
                        if not dry_run:  # (a dry run's records are never indexed: it is rolled back)
                            indexing.catch_up_aside()  # (beside the next rows' planning: search_bulk.bulk_index)
                report(base + share * 0.9, QT_TRANSLATE_NOOP("Progress", "Saving records"))
                if n == len(jobs) - 1:
                    session.release()
                session.finish()
            for session in sessions[:-1]:
                session.write_chunk()  # the flags of copies that were held back
            if cancel is not None and cancel():
                raise Cancelled()
            _say_when_no_copies(plans)
            _say_when_empty(plans)
            if pictures is None:
                _say_covers_not_brought(plans)
            report(0.95, QT_TRANSLATE_NOOP("Progress", "Updating the search index"))
            if to_review:  # (a dry run's too: its flags are written, and read here before all is rolled back)
                for result in plans:
                    result.to_review = review.raised_since(lib, flags_before, result.origin)
                    if dry_run:  # (the record numbers it gave are rolled back: the books of the file named by row)
                        duplicate_flags.by_row(result.to_review)
            if dry_run:
                raise _DryRun()
            changed_here.note_import(lib, started)
            new_barcodes.remember(lib, [new.id for session in sessions for new in session.given],
                                  [copy for session in sessions for copy in session.labelled])
            log = undoable_import.lines_since(lib, log_before)
            for (fmt, path, _), result in zip(jobs, plans, strict=True):
                auth.audit(lib, by, "catalog.import", "record", "", format=fmt, file=Path(path).name,
                           **{k: v for k, v in result.summary().items()
                              if k in ("records", "copies", "bad_rows", "flags")},
                           log=log, backup=saved.name if saved is not None else "")
                result.applied = True
            class_style.adopt_from_copies()  # (a move-in: class numbers shown as its call numbers write them)
    except _DryRun:
        pass
    if pictures is not None:
        slims_pictures.attach_plan_covers(lib, by, plans, Path(pictures), dry_run, whole, cancel)
    whole(1.0, "")
    return plans


# Records that came without a single copy: a book without a copy cannot be lent (no barcode to scan) and does not
# count in the reports' collection, so a catalogue-only file is said to need its copies, by format.
_NO_COPIES = {
    "inlislite": QT_TRANSLATE_NOOP(
        "Import", "{count} records came in without copies: INLISLite's catalogue report lists none. A book without "
                  "a copy cannot be lent and does not count in the reports' collection: import INLISLite's copy "
                  "report (Laporan Eksemplar) too, whose rows become these books' copies."),
    "slims-biblio": QT_TRANSLATE_NOOP(
        "Import", "{count} records came in without copies: the file names none (its item_code column is empty). A "
                  "book without a copy cannot be lent and does not count in the reports' collection: import SLiMS's "
                  "item export too."),
    "marc": QT_TRANSLATE_NOOP(
        "Import", "{count} records came in without copies: the file holds no holdings (852/876, 952 or INLISLite's "
                  "990; SLiMS's MARC export writes none). A book without a copy cannot be lent and does not count in "
                  "the reports' collection: import the old system's copies too (SLiMS: its item export; INLISLite: "
                  "its Laporan Eksemplar, or Laporan Koleksi → Periodik as .ods), or add copies on the Katalog "
                  "page."),
    "sheet": QT_TRANSLATE_NOOP(
        "Import", "{count} records came in without copies: the sheet has no barcode, accession number (No. Induk) "
                  "or number of copies (Jumlah) column. A book without a copy cannot be lent and does not count in "
                  "the reports' collection: add copies on the Katalog page, or import a sheet with one of those "
                  "columns."),
}


EMPTY_FILE = QT_TRANSLATE_NOOP(
    "Import", "{file} holds no rows below its column names: nothing came in from it. Export it again with the books in "
              "it (an export page's search or limit may have chosen none), or choose another file.")


_ROWS_OF_TEXT = frozenset({"csv", "xlsx", "slims-biblio", "slims-item", "inlislite"})  # (a header, then rows)


def _say_when_empty(plans: list[ImportPlan]) -> None:
    """A notice on a file that holds its header alone (an export of nothing): "0 of 0 came in. Imported." read as
    done."""
    for plan in plans:
        if plan.format in _ROWS_OF_TEXT and not plan.rows and not plan.bad and not plan.left_out:
            plan.notices.append(BadRow(0, EMPTY_FILE, {"file": Path(plan.path).name}))


COVERS_NOT_BROUGHT = QT_TRANSLATE_NOOP(
    "Import", "{count} records name a cover picture (the image column), not brought: the pictures are in SLiMS's "
              "images folder. Copy that folder from its computer and import the file again with it (Cover pictures "
              "folder, or --pictures on the command line) to give them their covers; nothing else changes.")


def _say_covers_not_brought(plans: list[ImportPlan]) -> None:
    """A notice on an import without a pictures folder whose file names covers (SLiMS's ``image``): the file names
    were read and would be lost without a word."""
    for plan in plans:
        if plan.covers_named:
            plan.notices.append(BadRow(0, COVERS_NOT_BROUGHT, {"count": Count(plan.covers_named)}))


def _say_when_no_copies(plans: list[ImportPlan]) -> None:
    """A notice on an import that added records and no copy at all (a file of titles alone)."""
    if any(plan.copies_in for plan in plans):
        return
    for plan in plans:
        # (a SLiMS backup without its item table says which tables it lacks: ``slims_backup``)
        kind = {"marcxml": "marc", "csv": "sheet", "xlsx": "sheet"}.get(plan.format, plan.format)
        if kind == "sheet" and spreadsheet.known_export(plan.path) == "inlislite":
            kind = "inlislite"  # (the wizard's choice for any .xlsx, read as INLISLite's: its copies are its copy report)
        if plan.records_add and kind in _NO_COPIES:
            plan.notices.append(BadRow(0, _NO_COPIES[kind], {"count": Count(plan.records_add)}))  # ("5.055 records")
