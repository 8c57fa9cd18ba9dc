"""An import's files read in a second process while the importer matches and writes the rows before them.

Reading a big file (the CSV parsed, each field cleaned and checked as the reader does) needs nothing from the
library, and on a 50,000-title SLiMS move-in it was a third of the import's time: a second process does it on the
other processor core and sends the rows over a pipe, a batch at a time (the pipe holds a batch or two, so memory
does not grow with the file). The importer takes the rows in the same order as from the reader itself, with the same
errors at the same row: a file the reader refuses half way refuses the import as before.

Small files are read here (a second process takes about a second to start), as they are on a PC with one processor
or where no process can be started; a second process that dies (killed, out of memory) leaves the rest of its files
to be read here, from the row after the last one it gave. Spawned, not forked: the same on every system (Windows
can only spawn), and no copy of the GUI's threads; a frozen program's entry points call ``freeze_support``.
"""

from __future__ import annotations

import io
import logging
import os
import pickle
import signal
import traceback
from collections.abc import Iterator, Sequence
from dataclasses import fields
from multiprocessing import get_context
from operator import attrgetter
from pathlib import Path
from types import MappingProxyType
from typing import Any

from ..errors import Cancelled
from ..jobs import paused_gc
from .readers import guarded, parse
from .row_checks import row_checked
from .types import Cancel, Incoming, Progress

log = logging.getLogger(__name__)

MIN_BYTES = 4_000_000  # the files of an import together: below this they are read here
BATCH = 1000  # rows a message carries
_ROWS, _END, _ERROR = "rows", "end", "error"
_FIELDS = tuple(f.name for f in fields(Incoming))  # a row crosses as a tuple of its fields: a third faster to load
_VALUES = attrgetter(*_FIELDS)  # (the tuple made in C)

Job = tuple[str, "str | Path", "dict[str, str] | None"]  # format, path, column mapping


def _mapping_proxy(values: dict[str, Any]) -> MappingProxyType:
    return MappingProxyType(values)


class _Pickler(pickle.Pickler):
    """Rows hold read-only mappings (a copy's ``_soft`` values, shared by the copies of a row), which the standard
    pickler refuses: they cross as dicts and are made read-only again."""

    dispatch_table = {MappingProxyType: lambda proxy: (_mapping_proxy, (dict(proxy),))}


def _dumps(message: tuple[Any, ...]) -> bytes:
    out = io.BytesIO()
    _Pickler(out, pickle.HIGHEST_PROTOCOL).dump(message)
    return out.getvalue()


def read_files(jobs: Sequence[Job], this_year: int, out: Any) -> None:
    """The second process: each file's rows, in order, checked (``row_checks.row_checked``: the rules that need
    nothing from the catalogue), then its end (or the error that stopped its reading)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # (Ctrl+C at the command line: the importer ends this process)
    with paused_gc():  # (as the importer reads: its rows make no reference cycles)
        _read_files(jobs, this_year, out)


def _read_files(jobs: Sequence[Job], this_year: int, out: Any) -> None:
    for fmt, path, mapping in jobs:
        said = [0.0, ""]

        def progress(fraction: float, message: str, said: list[Any] = said) -> None:
            said[:] = [fraction, message]

        batch: list[tuple[Any, ...]] = []
        try:
            for inc in guarded(parse(fmt, path, mapping, progress), path):
                if inc.notice is None and inc.error is None:
                    inc.checked = row_checked(inc, this_year)
                    inc.record = None  # (it crosses once, cleaned, in its checks)
                batch.append(_VALUES(inc))
                if len(batch) == BATCH:
                    out.send_bytes(_dumps((_ROWS, batch, *said)))
                    batch = []
        except BaseException as exc:  # (the importer raises it at the same row, in its own process)
            out.send_bytes(_dumps((_ROWS, batch, *said)))
            out.send_bytes(_error(exc))
            return
        out.send_bytes(_dumps((_END, batch, *said)))


def _error(exc: BaseException) -> bytes:
    try:
        return _dumps((_ERROR, exc))
    except Exception:  # (an exception that cannot cross: its words and where it came from do)
        text = "".join(traceback.format_exception(exc))
        return _dumps((_ERROR, RuntimeError(f"reading the file failed in the second process:\n{text}")))


class ReadAhead:
    """The rows of an import's files, read by a second process when they are big enough (``rows``)."""

    def __init__(self, jobs: Sequence[Job], this_year: int, min_bytes: int | None = None) -> None:
        self.jobs = list(jobs)
        self.process: Any = None
        self.pipe: Any = None
        if (os.cpu_count() or 1) < 2 or _size(self.jobs) < (MIN_BYTES if min_bytes is None else min_bytes):
            return
        try:
            context = get_context("spawn")
            self.pipe, sending = context.Pipe(duplex=False)
            self.process = context.Process(target=read_files, args=(self.jobs, this_year, sending), daemon=True,
                                           name="pustaka-import-reader")
            self.process.start()
            sending.close()  # (this process keeps only its end: the pipe ends when the reader does)
        except (OSError, ValueError, RuntimeError, pickle.PicklingError):  # no processes here: read here
            log.warning("no second process for reading the import's files", exc_info=True)
            self.close()

    @property
    def ahead(self) -> bool:
        return self.pipe is not None

    def rows(self, n: int, here: Iterator[Incoming], progress: Progress | None = None,
             cancel: Cancel | None = None) -> Iterator[Incoming]:
        """File ``n``'s rows. ``here``: the reader of this process (``parse``), used when no second process
        reads the file; it is called before the import starts, so a file not of its format is refused at once."""
        if not self.ahead:
            yield from guarded(here, self.jobs[n][1])
            return
        getattr(here, "close", lambda: None)()
        given = 0
        while self.pipe is not None:
            try:
                kind, *message = pickle.loads(self._received(cancel))
            except (EOFError, OSError, pickle.UnpicklingError):  # the second process died: the rest is read here
                log.warning("the process reading the import's files stopped", exc_info=True)
                self.close()
                break
            if kind == _ERROR:
                self.close()
                raise message[0]
            batch, fraction, said = message
            if said and progress is not None:
                progress(fraction, said)
            for values in batch:
                given += 1
                yield Incoming(*values)
            if kind == _END:
                return
        fmt, path, mapping = self.jobs[n]
        for number, inc in enumerate(guarded(parse(fmt, path, mapping, progress, cancel), path)):
            if number >= given:
                yield inc

    def _received(self, cancel: Cancel | None) -> bytes:
        """The next message; a cancel is heard while waiting for it, and a process that ended without a word (it
        could not start, or was stopped) is not waited for."""
        while not self.pipe.poll(0.2):
            if cancel is not None and cancel():
                raise Cancelled()
            if self.process is not None and not self.process.is_alive() and not self.pipe.poll(0):
                raise EOFError("the process reading the files ended")
        return self.pipe.recv_bytes()

    def close(self) -> None:
        """Ends the second process (an import cancelled, refused or done); safe to call twice."""
        if self.pipe is not None:
            self.pipe.close()
            self.pipe = None
        if self.process is not None and self.process.pid is not None:  # (one that could not start has none)
            if self.process.is_alive():
                self.process.terminate()
            self.process.join(timeout=5)
        self.process = None

    def __enter__(self) -> ReadAhead:
        return self

    def __exit__(self, *exc: Any) -> None:
        self.close()


def _size(jobs: Sequence[Job]) -> int:
    total = 0
    for _, path, _ in jobs:
        try:
            total += Path(path).stat().st_size
        except OSError:
            return 0  # (the reader here says what is wrong with the file)
    return total
