"""A village bundle's rows taken apart by SQLite into a staging file, before they are applied.

At the district, reading a full village bundle (unzip, hash, parse ~20,000 JSON lines) was a third of
what applying it cost, and it needs nothing from the district's database. So while one bundle of an
inbox is applied, the next ones are read in a second process (``Ahead``), on the other processor core:
a batch of lines becomes one JSON array, taken apart by ``json_each`` in one SQL statement. Applying
then copies a batch's parts (``replicas``) instead of parsing it. (A thread was tried first: two
threads inside SQLite at once slowed each other down as much as they gained, on a lock SQLite takes
for every allocation.)

A staged file is used only for the data its bundle's signed manifest names: the importer compares the
file's hash with the manifest it checked, and stages the bundle itself when the file changed in
between (a bundle still being copied into a shared folder) or the reading failed.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import CancelledError, Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

from ..errors import Cancelled
from ..store.models import ENTITY
from . import bundle
from .changes import bad_row

log = logging.getLogger(__name__)

BATCH = 5000  # lines per batch: what is applied (and held in memory) at a time
_PARTS = ("e", "u", "o", "v", "d", "c", "m", "f", "fv", "objects", "ta", "tk", "tv")  # of a row, after its number
COLUMNS = ", ".join(("n", *_PARTS))  # what the staging file and the importer's TEMP table hold
SCHEMA = f"(n INTEGER PRIMARY KEY, {', '.join(_PARTS)})"  # (both are made with it)
_VERSION_GLOB = "[0-9]" * 13 + "-" + "[0-9a-fA-F]" * 4 + "-?*"
_TIME_PATH = (  # the time (or date) a row counts on in the district's figures
    "CASE json_extract(value, '$.e') WHEN 'visit' THEN '$.f.at' WHEN 'loan' THEN '$.f.loaned_at' "
    "WHEN 'member' THEN '$.f.registered_on' WHEN 'program_session' THEN CASE WHEN json_extract(value, '$.f.cancelled') "
    "THEN '$.f.__none__' ELSE '$.f.starts_at' END ELSE '$.f.__none__' END")  # (a cancelled session counts nowhere)
# objects: f and fv are objects and fv has its "*" version (checked here, on the line's parse);
# ta/tk/tv: the parts the district's figures need (``tally.add_fresh``)
_INSERT = (
    f"INSERT INTO sync_stage ({COLUMNS}) SELECT key + ?2, json_extract(value, '$.e'), "
    "json_extract(value, '$.u'), json_extract(value, '$.o'), json_extract(value, '$.v'), "
    "json_extract(value, '$.d'), json_extract(value, '$.c'), json_extract(value, '$.m'), "
    "json_extract(value, '$.f'), json_extract(value, '$.fv'), json_type(value, '$.f') = 'object' "
    "AND json_type(value, '$.fv') = 'object' AND json_type(value, '$.fv.\"*\"') = 'text', "
    f"json_extract(value, {_TIME_PATH}), json_extract(value, '$.f.program_id'), "
    "json_extract(value, '$.f.headcount') FROM json_each(?1)")


@dataclass
class Batch:
    first: int  # its rows' numbers, from 1 for the bundle's first line
    last: int
    bad: int  # rows that are not valid documents (``changes.valid_doc``, in SQL)
    highest: str  # the highest version
    loans: int


@dataclass
class Staged:
    path: Path  # a SQLite file with the table sync_stage
    digest: str  # the sha256 of the changes file, as its manifest gave it
    batches: list[Batch] = field(default_factory=list)

    def discard(self) -> None:
        try:
            self.path.unlink(missing_ok=True)
        except OSError:  # still open somewhere (Windows): the folder goes at the end, or ``_tidy`` takes it
            log.warning("staging file %s left behind", self.path, exc_info=True)

    def fits(self, manifest: dict) -> bool:
        """Staged from the changes file this (checked) manifest names."""
        entry = (manifest.get("files") or {}).get(bundle.CHANGES) or {}
        return self.digest == entry.get("sha256") and self.path.is_file()


def stage(opened: bundle.Opened, folder: Path, cancel: Callable[[], bool] = lambda: False) -> Staged:
    """Read the bundle's changes into a new staging file in ``folder``. Raises ``Refused`` for a file
    that does not match its manifest or rows that are not JSON (nothing is left behind)."""
    entry = (opened.manifest.get("files") or {}).get(bundle.CHANGES) or {}
    handle = tempfile.NamedTemporaryFile(dir=folder, prefix=PREFIX, suffix=".sqlite3", delete=False)
    handle.close()
    staged = Staged(Path(handle.name), str(entry.get("sha256") or ""))
    try:
        conn = sqlite3.connect(handle.name)
        try:
            _fill(conn, opened, staged, cancel)
        finally:
            conn.close()
    except BaseException:
        staged.discard()
        raise
    return staged


def _fill(conn: sqlite3.Connection, opened: bundle.Opened, staged: Staged, cancel: Callable[[], bool]) -> None:
    conn.execute("PRAGMA journal_mode = OFF")  # a scratch file: rebuilt from the bundle if anything fails
    conn.execute("PRAGMA synchronous = OFF")
    conn.execute(f"CREATE TABLE sync_stage {SCHEMA}")
    done = 0
    for lines in opened.batches(bundle.CHANGES, BATCH):
        if cancel():
            raise Cancelled()
        text = "[" + b",".join(lines).decode("utf-8", "replace") + "]"
        try:
            with conn:
                added = conn.execute(_INSERT, (text, done + 1)).rowcount
        except sqlite3.OperationalError as exc:
            if "malformed JSON" not in str(exc):
                raise
            raise bad_row() from None
        if added != len(lines):  # a line holding two values, or none
            raise bad_row()
        first, done = done + 1, done + len(lines)
        staged.batches.append(Batch(first, done, *_facts(conn, first, done)))


def _facts(conn: sqlite3.Connection, first: int, last: int) -> tuple[int, str, int]:
    """In one pass over a staged batch: rows that are not valid documents, the highest version and the
    loans."""
    entities = ",".join(f"'{name}'" for name in ENTITY)
    bad, highest, loans = conn.execute(
        "SELECT sum(NOT coalesce(CASE WHEN objects THEN "
        f"e IN ({entities}) AND typeof(u) = 'text' AND typeof(o) = 'text' AND typeof(v) = 'text' "
        "AND typeof(c) = 'text' AND typeof(m) = 'text' AND typeof(d) = 'integer' "
        f"AND v GLOB '{_VERSION_GLOB}' END, 0)), max(v), sum(e = 'loan') FROM sync_stage WHERE n BETWEEN ? AND ?",
        (first, last)).fetchone()
    return bad or 0, highest or "", loans or 0


@contextmanager
def attached(conn: sqlite3.Connection, staged: Staged | None) -> Iterator[None]:
    """The staging file readable as ``stage.sync_stage`` on the district's connection (attached before
    the bundle's transaction begins, as SQLite requires, and detached after it ended)."""
    if staged is None:
        yield
        return
    conn.execute("ATTACH DATABASE ? AS stage", (str(staged.path),))
    try:
        yield
    finally:
        conn.execute("DETACH DATABASE stage")


def stage_file(path: Path, folder: Path) -> Staged | None:
    """``stage`` for the bundle file at ``path`` (what the second process runs); None when it cannot
    be read (the importer reads it again and says why) or holds no rows."""
    try:
        opened = bundle.open_bundle(path)
        with opened.zf:
            if not (opened.manifest.get("files") or {}).get(bundle.CHANGES):
                return None
            return stage(opened, folder)
    except Exception:  # noqa: BLE001 - reported by the importer, which reads the bundle itself
        log.debug("staging %s ahead failed", path, exc_info=True)
        return None


class Ahead:
    """Stages an inbox's bundles in a second process, up to ``DEPTH`` bundles ahead of the one applied.

    ``take(path)`` is called for each path, in order; it gives what was staged for it, or None (the
    reading failed, or no second process could be started here): the importer then reads the bundle
    itself, as it does a single bundle."""

    DEPTH = 2

    def __init__(self, paths: Sequence[Path]) -> None:
        self.waiting = list(paths)
        self.futures: dict[Path, Future] = {}
        self.folder: Path | None = None
        self.pool: ProcessPoolExecutor | None = None
        try:  # spawn, not fork: the same everywhere (Windows can only spawn), and no copy of Qt's threads
            _tidy(Path(tempfile.gettempdir()))
            self.folder = Path(tempfile.mkdtemp(prefix=PREFIX))
            self.pool = ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn"))
        except (OSError, ValueError, NotImplementedError):  # no temporary folder, or no processes, here
            log.warning("no second process for reading bundles", exc_info=True)
        self._submit()

    def _submit(self) -> None:
        while self.pool is not None and self.waiting and len(self.futures) < self.DEPTH:
            path = self.waiting.pop(0)
            try:
                self.futures[path] = self.pool.submit(stage_file, path, self.folder)
            except (BrokenProcessPool, RuntimeError):  # the process died: the rest are read by the importer
                log.warning("the process reading bundles stopped", exc_info=True)
                self.pool = None

    def take(self, path: Path, cancel: Callable[[], bool] = lambda: False) -> Staged | None:
        future = self.futures.pop(path, None)
        self._submit()
        if future is None:
            return None
        while True:
            if cancel():
                future.cancel()
                raise Cancelled()
            try:
                return future.result(timeout=0.2)
            except TimeoutError:
                continue
            except (BrokenProcessPool, CancelledError, OSError):  # read by the importer instead
                log.warning("staging %s ahead failed", path, exc_info=True)
                return None

    def close(self) -> None:
        for future in self.futures.values():
            future.cancel()
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)
        if self.folder is not None:
            shutil.rmtree(self.folder, ignore_errors=True)


PREFIX = "pustaka-stage-"


def _tidy(folder: Path) -> None:
    """Staging folders and files a run killed on its way left behind (a power cut): removed after a day."""
    for old in folder.glob(PREFIX + "*"):
        try:
            if time.time() - old.stat().st_mtime > 86_400:
                shutil.rmtree(old, ignore_errors=True) if old.is_dir() else old.unlink()
        except OSError:
            continue
