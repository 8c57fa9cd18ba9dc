"""Stock-take (inventarisasi): scan the shelves and find the copies that are not there.

- ``start(lib, by, location="", ddc_from="", ddc_to="")`` -> StockTake: a session, for the whole
  collection or one location and/or DDC range (``ddc_to`` includes its subclasses: 300..399 takes
  399.5).
- ``scan(lib, by, session, barcode)`` -> ScanResult: each scan once; says when a copy is unknown,
  outside the session's scope, on loan, or already scanned.
- ``scan_file(lib, by, session, path)``: a text file of barcodes (one per line) from a scanner's
  memory or a phone app; one transaction, cancellable.
- ``progress(session)`` -> Progress: copies expected, seen, still missing.
- ``not_seen(session)``: copies in scope not scanned, EXCLUDING those on loan (and those already
  marked lost/missing/withdrawn).
- ``finish(lib, by, session, mark="missing")``: close the session and mark every copy not seen as
  missing (or lost) in one action, audited. ``mark=None`` closes without marking.
- ``report_pdf(lib, session, path)``: the result as a PDF.

Sessions and scans stay on this PC (LocalModel); the status changes of copies travel as usual.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from peewee import JOIN

from .. import auth
from ..errors import NotFound, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..jobs import checkpoint
from ..service import Library
from ..store import write as store
from ..store.models import Item, Record, Staff, StockTake, StockTakeScan

# Copies a stock-take does not expect on the shelf.
NOT_EXPECTED = ("on_loan", "lost", "missing", "withdrawn", "weeded")
MARKS = ("missing", "lost")

KNOWN, UNKNOWN, OUT_OF_SCOPE, ON_LOAN, DUPLICATE = "ok", "unknown", "out_of_scope", "on_loan", "duplicate"


def _scope(session: StockTake):
    """The copies this session covers."""
    query = Item.select().join(Record, on=(Item.record == Record.id)).where(Item.deleted == False)  # noqa: E712
    if session.location:
        query = query.where(Item.location == session.location)
    if session.ddc_from:
        query = query.where(Record.ddc >= session.ddc_from)
    if session.ddc_to:
        query = query.where((Record.ddc <= session.ddc_to) | Record.ddc.startswith(session.ddc_to))
    return query


def start(lib: Library, by: Staff, location: str = "", ddc_from: str = "", ddc_to: str = "") -> StockTake:
    """Open a stock-take session (librarian). Only one session may be open at a time."""
    auth.require(by, "stocktake.manage")
    if open_session(lib) is not None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A stock-take is already running; finish it before starting another."))
    ddc_from, ddc_to = ddc_from.strip(), ddc_to.strip()
    if ddc_from and ddc_to and ddc_to < ddc_from:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The DDC range ends before it starts."), field="ddc_to")
    with lib.transaction():
        session = StockTake.create(started_at=lib.clock.now(), location=location.strip(), ddc_from=ddc_from,
                                   ddc_to=ddc_to, staff=by.username)
        auth.audit(lib, by, "stocktake.start", "stocktake", str(session.id), location=location,
                   ddc_from=ddc_from, ddc_to=ddc_to)
    return session


def open_session(lib: Library) -> StockTake | None:
    return StockTake.select().where(StockTake.finished_at.is_null()).order_by(StockTake.id.desc()).first()


def sessions(lib: Library) -> list[StockTake]:
    return list(StockTake.select().order_by(StockTake.id.desc()))


@dataclass
class ScanResult:
    status: str  # ok | unknown | out_of_scope | on_loan | duplicate
    barcode: str
    title: str = ""
    message: str = ""  # English template, context "Stocktake"
    params: dict | None = None


def _record_scan(lib: Library, session: StockTake, code: str, scope_ids: set[int] | None = None) -> ScanResult:
    code = code.strip()
    item = Item.select(Item, Record.title).join(Record).where(
        (Item.barcode == code) & (Item.deleted == False)).objects().first()  # noqa: E712
    if item is None and code != code.upper():
        item = Item.select(Item, Record.title).join(Record).where(
            (Item.barcode == code.upper()) & (Item.deleted == False)).objects().first()  # noqa: E712
    if item is None:
        return ScanResult(UNKNOWN, code, message=QT_TRANSLATE_NOOP("Stocktake", "Unknown barcode {barcode}."),
                          params={"barcode": code})
    title = item.title
    in_scope = (item.id in scope_ids) if scope_ids is not None else _scope(session).where(Item.id == item.id).exists()
    if StockTakeScan.select().where((StockTakeScan.stocktake == session) & (StockTakeScan.item == item.id)).exists():
        return ScanResult(DUPLICATE, item.barcode, title,
                          QT_TRANSLATE_NOOP("Stocktake", "Already scanned: {title}."), {"title": title})
    StockTakeScan.create(stocktake=session, item=item.id, at=lib.clock.now())
    if not in_scope:
        return ScanResult(OUT_OF_SCOPE, item.barcode, title,
                          QT_TRANSLATE_NOOP("Stocktake", "{title} belongs elsewhere ({location}): put it back there."),
                          {"title": title, "location": item.location or "-"})
    if item.status == "on_loan":
        return ScanResult(ON_LOAN, item.barcode, title,
                          QT_TRANSLATE_NOOP("Stocktake", "{title} is recorded as on loan: return it at the desk."),
                          {"title": title})
    return ScanResult(KNOWN, item.barcode, title, QT_TRANSLATE_NOOP("Stocktake", "Seen: {title}."),
                      {"title": title})


def _require_open(session: StockTake) -> None:
    if session.finished_at is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This stock-take is finished already."))


def scan(lib: Library, by: Staff, session: StockTake, barcode: str) -> ScanResult:
    """Record one shelf scan (volunteers may scan)."""
    auth.require(by, "stocktake.scan")
    _require_open(session)
    with lib.transaction():
        return _record_scan(lib, session, barcode)


def scan_file(lib: Library, by: Staff, session: StockTake, path: str | Path,
              progress: Callable[[float, str], None] | None = None,
              cancel: Callable[[], bool] | None = None) -> dict[str, int]:
    """Record the barcodes of a text file (one per line; blank lines ignored) in one transaction.
    Returns counts per scan status."""
    auth.require(by, "stocktake.scan")
    _require_open(session)
    try:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Cannot read {path}: {error}"), path=str(path),
                              error=exc.strerror or str(exc)) from exc
    codes = [line.strip().split(",")[0].strip().strip('"') for line in text.splitlines()]
    codes = [c for c in codes if c]
    scope_ids = {i for (i,) in _scope(session).select(Item.id).tuples()}
    counts = {KNOWN: 0, UNKNOWN: 0, OUT_OF_SCOPE: 0, ON_LOAN: 0, DUPLICATE: 0}
    with lib.transaction():
        for n, code in enumerate(codes):
            if n % 500 == 0:
                checkpoint(progress, cancel, n / max(1, len(codes)),
                           QT_TRANSLATE_NOOP("Progress", "Reading barcodes"))
            counts[_record_scan(lib, session, code, scope_ids).status] += 1
    return counts


@dataclass
class Progress:
    expected: int  # copies in scope that should be on the shelf
    seen: int  # of those, scanned
    scanned: int  # all scans, including copies from elsewhere
    on_loan: int  # in scope but on loan (not expected)

    @property
    def missing(self) -> int:
        return self.expected - self.seen

    @property
    def fraction(self) -> float:
        return self.seen / self.expected if self.expected else 1.0


def _expected(session: StockTake, include_marked: bool = False):
    skip = [s for s in NOT_EXPECTED if not (include_marked and s in MARKS)]
    return _scope(session).where(Item.status.not_in(skip))


def progress(lib: Library, session: StockTake) -> Progress:
    scanned_ids = StockTakeScan.select(StockTakeScan.item).where(StockTakeScan.stocktake == session)
    expected = _expected(session, include_marked=session.finished_at is not None)
    return Progress(
        expected=expected.count(),
        seen=expected.where(Item.id.in_(scanned_ids)).count(),
        scanned=StockTakeScan.select().where(StockTakeScan.stocktake == session).count(),
        on_loan=_scope(session).where(Item.status == "on_loan").count(),
    )


@dataclass
class MissingCopy:
    item_id: int
    barcode: str
    title: str
    call_number: str
    location: str
    status: str


def not_seen(lib: Library, session: StockTake, offset: int = 0, limit: int | None = None,
             include_marked: bool | None = None) -> list[MissingCopy]:
    """Copies in scope that were not scanned, excluding copies on loan (sorted by location and call
    number). For a finished session the copies it marked missing/lost are included."""
    if include_marked is None:
        include_marked = session.finished_at is not None
    scanned = StockTakeScan.select(StockTakeScan.item).where(StockTakeScan.stocktake == session)
    query = (_expected(session, include_marked).select(Item.id, Item.barcode, Record.title, Item.call_number, Item.location,
                                       Item.status)
             .where(Item.id.not_in(scanned)).order_by(Item.location, Item.call_number, Item.barcode))
    if limit is not None:
        query = query.offset(offset).limit(limit)
    return [MissingCopy(*row) for row in query.tuples()]


def finish(lib: Library, by: Staff, session: StockTake, mark: str | None = "missing",
           progress_cb: Callable[[float, str], None] | None = None,
           cancel: Callable[[], bool] | None = None) -> int:
    """Close the session; with ``mark`` ("missing" or "lost") every copy not seen gets that status,
    all in one transaction (audited). Returns how many copies were marked."""
    auth.require(by, "stocktake.manage")
    _require_open(session)
    if mark is not None and mark not in MARKS:
        raise ValueError(f"unknown mark {mark}")
    missing = not_seen(lib, session) if mark else []
    with lib.transaction():
        for n, copy in enumerate(missing):
            if n % 200 == 0:
                checkpoint(progress_cb, cancel, n / max(1, len(missing)),
                           QT_TRANSLATE_NOOP("Progress", "Marking copies"))
            store.update(lib, Item.get_by_id(copy.item_id), status=mark)
        session.finished_at = lib.clock.now()
        session.save()
        auth.audit(lib, by, "stocktake.finish", "stocktake", str(session.id), marked=len(missing), mark=mark or "")
    return len(missing)


def get_session(lib: Library, session_id: int) -> StockTake:
    session = StockTake.get_or_none(StockTake.id == session_id)
    if session is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No stock-take number {number}."), number=session_id)
    return session


def out_of_place(lib: Library, session: StockTake) -> list[tuple[str, str, str]]:
    """(barcode, title, location) of copies scanned in this session but outside its scope."""
    scope_ids = _scope(session).select(Item.id)
    query = (StockTakeScan.select(Item.barcode, Record.title, Item.location)
             .join(Item, on=(StockTakeScan.item == Item.id))
             .join(Record, JOIN.INNER, on=(Item.record == Record.id))
             .where((StockTakeScan.stocktake == session) & Item.id.not_in(scope_ids))
             .order_by(Item.location, Item.barcode))
    return list(query.tuples())
