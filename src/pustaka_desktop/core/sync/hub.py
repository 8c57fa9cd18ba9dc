"""The district office's desk: the inbox (a folder of village bundles, imported one by one, each
reported) and the district's edits of union records, which go back to every village that holds them.

Direction inside ``sync/`` (each module imports only those before it):
changes, bundle, keys -> merge -> union -> catalog_pack -> replicas -> grants -> export -> importer ->
conflicts -> hub; status, stats and enrolment sit beside them and import from the first ones.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .. import auth
from ..errors import Cancelled, NotFound, PustakaError, Refused, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store.faults import explain
from ..store.models import (
    Staff,
    SyncReplica,
    UnionLink,
    UnionRecord,
)
from . import replicas
from .importer import ImportResult, import_bundle, log_rejected
from .union import PACK_FIELDS, _authors, _fts_put

Progress = Callable[[float, str], None]
log = logging.getLogger(__name__)


@dataclass
class InboxLine:
    file: str
    result: str  # applied | already | rejected
    sender: str = ""
    rows: int = 0
    changed: int = 0
    reason: str = ""
    error: PustakaError | None = None


def import_folder(lib: Library, by: Staff, folder: str | Path, progress: Progress | None = None,
                  cancel: Callable[[], bool] | None = None,
                  on_line: Callable[[InboxLine], None] | None = None) -> list[InboxLine]:
    """Import every bundle in ``folder`` (oldest first); one bad bundle never stops the others.

    Each bundle is applied in its own transaction, so ``cancel`` stops between bundles or rolls back
    the one being read; the bundles before it stay imported. ``on_line`` hears each result as it
    comes, so a caller still knows them when a later cancel raises ``Cancelled``."""
    auth.require(by, "sync.manage")
    report = progress or (lambda fraction, message: None)
    stop = cancel or (lambda: False)
    files = sorted(p for p in Path(folder).iterdir() if p.is_file() and p.suffix.lower() == ".zip")
    out: list[InboxLine] = []
    share = 1 / max(1, len(files))
    for index, path in enumerate(files):
        if stop():
            raise Cancelled()
        report(index * share, path.name)

        def part(fraction: float, message: str, base: float = index * share, name: str = path.name) -> None:
            report(base + share * max(0.0, min(1.0, fraction)), name)

        try:
            result = import_bundle(lib, by, path, part, stop)
            line = InboxLine(path.name, result.result, result.sender, result.rows, result.changed)
        except Cancelled:
            raise
        except Exception as exc:  # noqa: BLE001 - one bad bundle never stops the others; each is reported
            if not isinstance(exc, PustakaError):
                log.exception("bundle %s could not be read", path.name)
                exc = explain(exc, lib.path) or Refused(
                    QT_TRANSLATE_NOOP("Errors", "The bundle is damaged or incomplete (truncated file)."), "damaged")
            line = InboxLine(path.name, "rejected", sender=bundle_sender_code(path.name),
                             reason=getattr(exc, "reason", ""), error=exc)
            log_rejected(lib, ImportResult(str(path), result="rejected", reason=line.reason, message=exc.message()))
        out.append(line)
        if on_line is not None:
            on_line(line)
    report(1.0, "done")
    return out


def bundle_sender_code(file_name: str) -> str:
    """The sender's library code from a bundle's file name (``pustaka-SKM-to-DIN-...zip``), for a
    bundle too damaged to read its manifest; '' when the name is not one of ours."""
    name = Path(file_name).name
    if not name.startswith("pustaka-") or "-to-" not in name:
        return ""
    return name[len("pustaka-"):name.index("-to-")]


def edit_record(lib: Library, by: Staff, union_id: int, **fields: Any) -> UnionRecord:
    """The district adopts a union record and corrects it; the correction travels back to every
    village holding it (as an edit of their record, per-field last-writer-wins)."""
    auth.require(by, "catalog.edit")
    union = UnionRecord.get_or_none(UnionRecord.id == union_id)
    if union is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "That union catalogue record does not exist."))
    bad = set(fields) - set(PACK_FIELDS)
    if bad:
        raise ValueError(f"not a catalogue field: {sorted(bad)}")
    if "title" in fields and not str(fields["title"] or "").strip():
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A record needs a title."), field="title")
    if fields.get("isbn"):
        from ..catalog.isbn import normalise_isbn

        fields["isbn"] = normalise_isbn(fields["isbn"])
    with lib.transaction():
        data = json.loads(union.data)
        data.update(fields)
        union.data = json.dumps(data, ensure_ascii=False)
        union.adopted = True
        for name in ("title", "publisher", "ddc", "isbn", "year"):
            if name in fields:
                setattr(union, name, fields[name])
        if "authors" in fields:
            union.authors = "; ".join(a.get("name", "") for a in _authors(fields))
        union.save()
        _fts_put(lib, union)
        for link in UnionLink.select().where(UnionLink.union == union.id):
            replica = SyncReplica.get_or_none(SyncReplica.uid == link.record_uid)
            if replica is not None and not replica.deleted:
                replicas.edit_replica(lib, by, link.record_uid, **fields)
        auth.audit(lib, by, "sync.union_edit", "union_record", str(union.id), fields=sorted(fields))
    return union
