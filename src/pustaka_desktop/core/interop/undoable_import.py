"""Writing an import so that it can be undone (``import_undo``): the backup made just before it (the library exactly
as it was: reused only while nothing was written since), the import written in one transaction, and its one audit
line naming its own change-log lines (``log``) and that backup (``backup``). The members, loan list, SLiMS history
and visitor book imports write through ``recorded``; the catalogue import (``importer``: a SLiMS pair of files is
one import with two audit lines) notes the same two itself, with ``lines_since``."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from .. import auth
from ..service import Library
from ..store import backup, write
from ..store.models import Staff


def lines_since(lib: Library, log_before: int) -> list[int]:
    """The import's own change-log lines, for its audit line's ``log`` (call it at the end of the import's
    transaction): those after ``log_before`` (``write.last_seq`` as it began) up to now. An import is one
    transaction, so they are its lines and nobody else's."""
    return [log_before + 1, write.last_seq(lib)]


@contextmanager
def recorded(lib: Library, by: Staff | None, action: str, entity: str, path: str | Path) -> Iterator[dict[str, Any]]:
    """Back the library up, then write the import in one transaction: the caller writes its rows inside and fills
    the dict it is given with the counts its audit line says; the audit line (``action``) is written last, with
    ``log`` and ``backup``. An error or a cancel inside rolls it all back and audits nothing."""
    saved = backup.backup_before(lib, "import", recent=backup.IMPORT_REUSE, unchanged=True)
    with lib.transaction():
        log_before = write.last_seq(lib)
        detail: dict[str, Any] = {}
        yield detail
        auth.audit(lib, by, action, entity, "", file=Path(path).name, **detail, log=lines_since(lib, log_before),
                   backup=saved.name)
