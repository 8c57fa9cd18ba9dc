"""Reading the audit log: who deleted, waived, overrode, exported, imported, restored, changed roles.

Filtered and paged queries for the audit viewer page, and an export (CSV or xlsx) written atomically.
Only librarians see it ("audit.view"); exporting it is itself audited.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from peewee import fn

from . import audit_about, auth
from .audit_describe import describe
from .errors import Cancelled, ValidationError
from .i18n import QT_TRANSLATE_NOOP
from .service import Library
from .store.clock import local_instant
from .store.files import atomic_write
from .store.models import AuditLog, Staff

COLUMNS = (
    ("at", QT_TRANSLATE_NOOP("Audit", "Time")),
    ("username", QT_TRANSLATE_NOOP("Audit", "User")),
    ("action", QT_TRANSLATE_NOOP("Audit", "Action")),
    ("entity", QT_TRANSLATE_NOOP("Audit", "What")),
    ("entity_uid", QT_TRANSLATE_NOOP("Audit", "Id")),
    ("detail", QT_TRANSLATE_NOOP("Audit", "Details")),
    ("about", QT_TRANSLATE_NOOP("Audit", "About")),  # (last: scripts read the columns before it by position)
)
FORMATS = ("csv", "xlsx")


@dataclass(frozen=True)
class AuditFilter:
    since: date | None = None  # local calendar days, inclusive
    until: date | None = None
    username: str = ""
    action: str = ""  # exact action, or a prefix ending in "." (e.g. "backup.")
    text: str = ""  # a barcode, a member's number or name, a word of the details (audit_about.matching)


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    username: str
    action: str
    entity: str
    entity_uid: str
    detail: str
    about: str = ""  # what the entry is about, in words (audit_about): "SKM000011 “Laskar Pelangi”"
    full_name: str = ""  # the full name of the account (or web catalogue member) that wrote it

    def detail_text(self) -> str:
        """The JSON detail as ``key: value, ...`` for people."""
        if not self.detail:
            return ""
        try:
            data = json.loads(self.detail)
        except ValueError:
            return self.detail
        if isinstance(data, dict):
            return ", ".join(f"{key}: {value}" for key, value in data.items())
        return str(data)


def _query(flt: AuditFilter):
    query = AuditLog.select()
    if flt.since and flt.until and flt.since > flt.until:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The start date is after the end date."), field="since")
    if flt.since:
        query = query.where(AuditLog.at >= local_instant(flt.since))
    if flt.until:
        query = query.where(AuditLog.at < local_instant(flt.until + timedelta(days=1)))
    if flt.username:
        query = query.where(AuditLog.username == flt.username.strip().lower())
    if flt.action:
        if flt.action.endswith("."):
            query = query.where(AuditLog.action.startswith(flt.action))
        else:
            query = query.where(AuditLog.action == flt.action)
    if flt.text.strip():
        query = query.where(audit_about.matching(flt.text))
    return query


def _row(entry: AuditLog, known: dict[tuple[str, str], str] | None = None,
         names: dict[str, str] | None = None) -> AuditRow:
    names = names or {}
    about = audit_about.subject_of(entry.entity, entry.entity_uid, known or {}, names)
    return AuditRow(entry.id, entry.at, entry.username, entry.action, entry.entity, entry.entity_uid, entry.detail,
                    about, names.get(entry.username, ""))


def _rows(entries: list[AuditLog]) -> list[AuditRow]:
    known = audit_about.subjects(entries)
    names = audit_about.people({entry.username for entry in entries})
    return [_row(entry, known, names) for entry in entries]


def count(lib: Library, by: Staff, flt: AuditFilter = AuditFilter()) -> int:
    auth.require(by, "audit.view")
    return _query(flt).count()


def page(lib: Library, by: Staff, flt: AuditFilter = AuditFilter(), offset: int = 0, limit: int = 200) -> list[AuditRow]:
    """One page of entries, newest first."""
    auth.require(by, "audit.view")
    query = _query(flt).order_by(AuditLog.at.desc(), AuditLog.id.desc()).offset(max(0, offset)).limit(limit)
    return _rows(list(query))


def users(lib: Library, by: Staff) -> list[str]:
    auth.require(by, "audit.view")
    return [u for (u,) in AuditLog.select(fn.DISTINCT(AuditLog.username)).order_by(AuditLog.username).tuples() if u]


def user_names(lib: Library, by: Staff) -> dict[str, str]:
    """User name -> full name of the accounts (and web catalogue members) in the log, for showing them."""
    return audit_about.people(users(lib, by))


def actions(lib: Library, by: Staff) -> list[str]:
    auth.require(by, "audit.view")
    return [a for (a,) in AuditLog.select(fn.DISTINCT(AuditLog.action)).order_by(AuditLog.action).tuples()]


def _cell(value: str) -> str:
    """A spreadsheet must never run a cell as a formula (a user name like ``=HYPERLINK(...)``)."""
    return "'" + value if value[:1] in ("=", "+", "-", "@") else value


def export(lib: Library, by: Staff, path: str | os.PathLike, flt: AuditFilter = AuditFilter(),
           fmt: str | None = None, headers: list[str] | None = None,
           progress: Callable[[float, str], None] | None = None, cancel: Callable[[], bool] | None = None,
           translate: Callable[[str, str], str] | None = None) -> int:
    """Write the filtered entries (oldest first) to ``path`` as CSV or xlsx; returns the row count.
    ``headers`` are the column titles in the user's language (default: English); with ``translate`` the
    details are the sentences the audit page shows (audit_describe), else the stored keys and values."""
    auth.require(by, "audit.view")
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown file format {format}; use CSV or xlsx."),
                              format=fmt)
    titles = headers or [label for _key, label in COLUMNS]
    query = _query(flt).order_by(AuditLog.at, AuditLog.id)
    total = max(1, query.count())
    rows: list[list[str]] = []
    batch: list[AuditLog] = []

    def write_batch() -> None:
        for row in _rows(batch):
            rows.append([_cell(v) for v in (
                row.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"), row.username, row.action, row.entity,
                row.entity_uid, describe(row.action, row.detail, translate) if translate else row.detail_text(),
                row.about)])
        batch.clear()

    for n, entry in enumerate(query.iterator()):
        if cancel and n % 500 == 0 and cancel():
            raise Cancelled()
        batch.append(entry)
        if len(batch) == 500:  # what the entries are about is looked up 500 at a time
            write_batch()
        if progress and n % 1000 == 0:
            progress(0.8 * n / total, "")
    write_batch()
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer)
        writer.writerow(titles)
        writer.writerows(rows)
        with atomic_write(path) as handle:
            handle.write(buffer.getvalue().encode("utf-8-sig"))  # BOM: Excel opens it as UTF-8
    else:
        from openpyxl import Workbook

        book = Workbook(write_only=True)
        sheet = book.create_sheet("Audit")
        sheet.append(titles)
        for line in rows:
            sheet.append(line)
        data = io.BytesIO()
        book.save(data)
        with atomic_write(path) as handle:
            handle.write(data.getvalue())
    auth.audit(lib, by, "audit.export", "", "", file=path.name, rows=len(rows))
    if progress:
        progress(1.0, "")
    return len(rows)
