"""What the patrons' catalogue (the web catalogue, the kiosk) may show of a record: bibliographic
facts, copies with shelf and availability, digital files — and nothing a patron has no business
seeing (prices, suppliers, who has a copy on loan, records hidden from patrons).

- ``public_record(lib, record_id)`` -> PublicRecord   NotFound for a hidden or deleted record
- ``cover(lib, record_id)`` -> bytes | None; ``with_cover(lib, ids)`` -> {id: version} of those that have one
- ``new_arrivals(lib, days, limit)`` -> list[search.Hit]   records with copies received lately
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from ..errors import NotFound
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store.clock import local_today
from ..store.models import Hold, Item, Loan, Record
from . import digital, search
from .records import authors_of, call_number_for, subjects_of

# Copies a patron never sees listed.
_GONE = ("withdrawn", "lost", "missing", "weeded", "deleted")


@dataclass(frozen=True)
class PublicCopy:
    call_number: str
    location: str
    status: str  # available | on_loan | on_hold | not_for_loan | in_repair | ...
    due_on: date | None  # when on loan
    late: bool = False  # on loan past its due date: a patron is not told it comes back on a day gone by


@dataclass
class PublicRecord:
    id: int
    title: str
    subtitle: str
    authors: list[str]
    responsibility: str
    edition: str
    publisher: str
    place: str
    year_text: str
    series: str
    collation: str
    isbn: str
    language: str
    ddc: str
    call_number: str
    subjects: list[str]
    notes: str
    audience: str
    material_type: str
    has_cover: bool
    copies: list[PublicCopy] = field(default_factory=list)
    waiting: int = 0  # members in the reservation queue
    files: list[digital.ShelfEntry] = field(default_factory=list)

    @property
    def available(self) -> int:
        return sum(1 for c in self.copies if c.status == "available")

    @property
    def shelves(self) -> list[str]:
        """Where to go for it: the shelves of the copies on the shelf now (else of every copy). Every copy's shelf
        sent a child to the shelf of the copy out on loan."""
        here = {c.location for c in self.copies if c.status == "available" and c.location}
        return sorted(here or {c.location for c in self.copies if c.location})


def _record(record_id: int) -> Record:
    record = Record.get_or_none((Record.id == record_id) & (Record.deleted == False) & (Record.hidden == False))  # noqa: E712
    if record is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No record number {id} in the catalogue."), id=record_id)
    return record


def public_record(lib: Library, record_id: int) -> PublicRecord:
    record = _record(record_id)
    items = list(Item.select(Item.id, Item.call_number, Item.location, Item.status)
                 .where((Item.record == record.id) & (Item.deleted == False) & Item.status.not_in(_GONE))  # noqa: E712
                 .order_by(Item.location, Item.barcode))
    due = dict(Loan.select(Loan.item, Loan.due_on).where(
        Loan.item.in_([i.id for i in items]) & Loan.returned_at.is_null() & (Loan.deleted == False)).tuples()) if items else {}  # noqa: E712
    today = lib.clock.now().astimezone().date()
    copies = [PublicCopy(i.call_number or call_number_for(record), i.location, i.status or "available",
                         due.get(i.id), late=due.get(i.id) is not None and due[i.id] < today) for i in items]
    waiting = Hold.select().where((Hold.record == record.id) & (Hold.status == "waiting")
                                  & (Hold.deleted == False)).count()  # noqa: E712
    return PublicRecord(
        id=record.id, title=record.title, subtitle=record.subtitle,
        authors=[a.get("name", "") for a in authors_of(record) if a.get("name")],
        responsibility=record.responsibility, edition=record.edition, publisher=record.publisher,
        place=record.place, year_text=record.year_text or (str(record.year) if record.year else ""),
        series=record.series, collation=record.collation, isbn=record.isbn, language=record.language,
        ddc=record.ddc, call_number=copies[0].call_number if copies else call_number_for(record),
        subjects=subjects_of(record), notes=record.notes, audience=record.audience,
        material_type=record.material_type, has_cover=bool(record.cover), copies=copies, waiting=waiting,
        files=digital.files_of(lib, record.id))


def cover(lib: Library, record_id: int) -> bytes | None:
    row = (Record.select(Record.cover).where((Record.id == record_id) & (Record.deleted == False)  # noqa: E712
                                             & (Record.hidden == False)).first())  # noqa: E712
    return bytes(row.cover) if row is not None and row.cover else None


def with_cover(lib: Library, record_ids: list[int]) -> dict[int, str]:
    """Which of these records a patron may see with a cover picture, each with its row's version (one query for a
    page of results). The version changes with the cover: the pictures' addresses carry it, so a phone never
    keeps showing a cover the librarian replaced."""
    if not record_ids:
        return {}
    ids = [int(i) for i in record_ids]
    marks = ",".join("?" * len(ids))
    return {rid: version for (rid, version) in lib.db.execute_sql(
        f"SELECT id, version FROM record WHERE id IN ({marks}) AND cover IS NOT NULL AND hidden = 0 AND deleted = 0",
        ids)}


def new_arrivals(lib: Library, days: int = 60, limit: int = 20) -> list[search.Hit]:
    """Records with a copy received in the last ``days`` days, newest first. A copy without a date received came
    with a move-in (every copy entered here gets one): the old system's books are not new arrivals."""
    since = local_today(lib.clock) - timedelta(days=max(0, days - 1))
    rows = lib.db.execute_sql(
        "SELECT i.record_id, max(i.received_on) AS newest FROM item i "
        "JOIN record r ON r.id = i.record_id WHERE +i.deleted = 0 AND r.deleted = 0 AND r.hidden = 0 "
        "AND i.received_on >= ? GROUP BY i.record_id ORDER BY newest DESC, i.record_id DESC LIMIT ?",
        (since.isoformat(), int(limit))).fetchall()
    return search.hits(lib, [rid for rid, _ in rows])

