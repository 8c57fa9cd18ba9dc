"""Reading the audit log: who deleted, waived, overrode, exported, imported, restored, changed roles.

Filtered and paged queries for the audit viewer page, and an export (CSV or xlsx) written atomically.
Only librarians see it ("audit.view"); exporting it is itself audited.
"""

from __future__ import annotations

import csv
import io
import json
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from itertools import islice
from pathlib import Path

from peewee import fn

from . import audit_about, audit_search, auth
from .audit_describe import describe
from .errors import Cancelled, ValidationError
from .i18n import QT_TRANSLATE_NOOP
from .service import Library
from .store.clock import local_instant
from .store.files import atomic_write
from .store.models import AuditLog, Staff

Translate = Callable[[str, str], str]
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
    text: str = ""  # words of what the page shows, a barcode, a member's number or name (audit_search)


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


def _source_words(context: str, text: str) -> str:
    return text


def _found(flt: AuditFilter, translate: Translate | None) -> Iterator[AuditRow]:
    """The entries whose shown words (in the language of ``translate``; default English) hold every word of the
    filter's text, newest first: narrowed in SQL, then checked as the page shows them (audit_search)."""
    translate = translate or _source_words
    actions = [a for (a,) in AuditLog.select(fn.DISTINCT(AuditLog.action)).tuples()]
    query = _query(flt).where(audit_search.condition(flt.text, actions, translate))
    wanted, staff_names = audit_search.words(flt.text), audit_about.people(())
    batch: list[AuditLog] = []
    for entry in query.order_by(AuditLog.at.desc(), AuditLog.id.desc()).iterator():
        batch.append(entry)
        if len(batch) == 500:  # (what entries are about is looked up 500 at a time)
            yield from (row for row in _rows(batch) if audit_search.shows_all(row, wanted, translate, staff_names))
            batch = []
    yield from (row for row in _rows(batch) if audit_search.shows_all(row, wanted, translate, staff_names))


def count(lib: Library, by: Staff, flt: AuditFilter = AuditFilter(), translate: Translate | None = None) -> int:
    auth.require(by, "audit.view")
    return sum(1 for _row in _found(flt, translate)) if flt.text.strip() else _query(flt).count()


def page(lib: Library, by: Staff, flt: AuditFilter = AuditFilter(), offset: int = 0, limit: int = 200,
         translate: Translate | None = None) -> list[AuditRow]:
    """One page of entries, newest first. Words to search are looked for in what the page shows, in the language
    of ``translate`` (default: English)."""
    auth.require(by, "audit.view")
    if flt.text.strip():
        return list(islice(_found(flt, translate), max(0, offset), max(0, offset) + limit))
    query = _query(flt).order_by(AuditLog.at.desc(), AuditLog.id.desc()).offset(max(0, offset)).limit(limit)
    return _rows(list(query))


def find(lib: Library, by: Staff, flt: AuditFilter, offset: int, limit: int,
         translate: Translate | None = None) -> tuple[int, list[AuditRow]]:
    """How many entries the filter finds, and one page of them: a search done once for both."""
    auth.require(by, "audit.view")
    if not flt.text.strip():
        return count(lib, by, flt), page(lib, by, flt, offset, limit)
    found = list(_found(flt, translate))
    return len(found), found[max(0, offset):max(0, offset) + limit]


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
    # searched: the entries the page found (in the words it showed them), picked out as the log is read
    found = {row.id for row in _found(flt, translate)} if flt.text.strip() else None
    total = max(1, query.count() if found is None else len(found))
    rows: list[list[str]] = []
    batch: list[AuditLog] = []

    def write_batch() -> None:
        for row in _rows(batch):
            rows.append([_cell(v) for v in (
                row.at.astimezone().strftime("%Y-%m-%d %H:%M:%S"), row.username, row.action, row.entity,
                row.entity_uid, describe(row.action, row.detail, translate) if translate else row.detail_text(),
                row.about)])
        batch.clear()

    entries = query.iterator() if found is None else (e for e in query.iterator() if e.id in found)
    for n, entry in enumerate(entries):
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
