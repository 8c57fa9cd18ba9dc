"""Stock-take (inventarisasi): scan the shelves and find the copies that are not there.

- ``start(lib, by, location="", ddc_from="", ddc_to="")`` -> StockTake: a session, for the whole
  collection or one location and/or DDC range (``ddc_to`` includes its subclasses: 300..399 takes
  399.5).
- ``scan(lib, by, session, barcode, shelf="")`` -> ScanResult: each scan once, with who scanned it and the
  shelf being scanned (a location; '' for none); says when a copy is unknown (or a member card), outside the
  session's scope, on another shelf than the one scanned (seen all the same), withdrawn, on loan, or already
  scanned (by whom). A copy marked lost/missing that is scanned on the shelf is found again: back to
  available (or to the hold shelf when someone waits for it), audited ``stocktake.found`` with the session.
  A torn label typed by hand is read as the desk reads it, and also without the zeros after its letters
  ("SKM12" for SKM000012, ``finding.barcode_by_number``); the answer then names the copy taken.
- ``seen_without_label(lib, by, session, barcodes, shelf="")``: books with no label (or one nobody can read),
  picked by the volunteer from the list of copies not seen: seen, and listed in the report for a new label.
- ``locations(lib)``: the shelves (locations) copies are kept at; ``start`` and ``scan`` take one in any case.
- ``scan_file(lib, by, session, path)``: a text file of barcodes (one per line) from a scanner's
  memory or a phone app; one transaction, cancellable.
- ``progress(session)`` -> Progress: copies expected, seen, still missing, and those elsewhere (on
  loan, on the hold shelf, in repair), damaged, found again.
- ``not_seen(session)``: copies in scope not scanned, EXCLUDING those on loan, on the hold shelf or
  in repair (and those already marked lost/missing/withdrawn before the session).
- A copy lent or returned at the desk while the session runs counts as seen: the desk had it in hand
  (a book returned on day 3 goes back to a shelf the volunteers scanned on day 1).
- ``finish(lib, by, session, mark="missing")``: close the session and mark every copy not seen as
  missing (or lost) in one action; each copy is audited ``stocktake.mark`` with its status before, so
  the finished session still lists exactly the copies it marked. ``mark=None`` closes without marking.
- ``decide(lib, by, session, barcodes, decision)``: after finishing, the librarian decides for each copy
  not seen: ``lost`` (written off; what the district counts as lost), ``found`` (back in circulation, as
  a copy found on the shelf) or ``missing`` (keep looking; also undoes the other two). Audited
  ``stocktake.decide``; a copy whose status is no longer the stock-take's (lent, in repair, withdrawn) is
  left alone and named. ``decisions(session)``: how many of each, kept with the session's result.
- ``days_running(lib, session)``: how long ago it started; past ``LEFT_OPEN_DAYS`` the page and the CLI say it
  was probably left unfinished (scans of a year ago would count as seen now).
- ``abandon(lib, by, session)``: close a stock-take that will not be finished (librarian): nothing is marked,
  nothing is left to decide, a new stock-take starts from nothing; copies it found again stay found.
- Figures by shelf and class, who scanned and when: ``stocktake_tally``; the PDF: ``printing.stocktake_report``.

Sessions and scans stay on this PC (LocalModel); the status changes of copies travel as usual.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from peewee import JOIN

from .. import auth
from ..errors import NotFound, ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from ..jobs import checkpoint
from ..service import Library
from ..store import write as store
from ..store.files import cannot_read
from ..store.lookup import by_code, scanned
from ..store.models import Item, Loan, Member, Record, Staff, StockTake, StockTakeScan
from .finding import barcode_by_digits, barcode_by_number, live_copy
from .records import LIVE_ITEM
from .stocktake_scope import (
    GONE,
    MARKS,
    desk_ids,
    expected,
    finish_record,
    scanned_ids,
    scope,
)
from .stocktake_tally import tallies

KNOWN, UNKNOWN, OUT_OF_SCOPE, ON_LOAN, DUPLICATE = "ok", "unknown", "out_of_scope", "on_loan", "duplicate"
FOUND = "found"  # a copy marked lost/missing, on the shelf after all
MISPLACED = "misplaced"  # seen, but on another shelf than its own: put it back
WITHDRAWN = "withdrawn"  # a copy withdrawn (weeded) years ago, back on a shelf
UNKNOWN_BARCODE = QT_TRANSLATE_NOOP("Stocktake", "Unknown barcode {barcode}.")  # (no copy, no member card)
STATUSES = (KNOWN, UNKNOWN, OUT_OF_SCOPE, ON_LOAN, DUPLICATE, FOUND, MISPLACED, WITHDRAWN)


def locations(lib: Library) -> list[str]:
    """The locations (shelves) live copies are kept at, in order."""
    query = Item.select(Item.location).where(LIVE_ITEM & (Item.location != "")).distinct().order_by(Item.location)
    return [location for (location,) in query.tuples()]


def shelf_named(lib: Library, name: str) -> str:
    """The location as the catalogue spells it, for one typed in any case or spacing ("rak  a" is Rak A); a name
    no copy is kept at is refused with the list, or a stock-take of "Rak  A" expected nothing and called every
    book scanned one from elsewhere."""
    typed = " ".join(name.split())
    if not typed:
        return ""
    known = locations(lib)
    for location in known:
        if " ".join(location.split()).casefold() == typed.casefold():
            return location
    raise ValidationError(QT_TRANSLATE_NOOP("Errors", "No copy is kept at location {location}. The locations are: "
                                                      "{locations}."),
                          field="location", location=typed, locations=", ".join(known) or "-")


def start(lib: Library, by: Staff, location: str = "", ddc_from: str = "", ddc_to: str = "") -> StockTake:
    """Open a stock-take session (librarian). Only one session may be open at a time."""
    auth.require(by, "stocktake.manage")
    if open_session(lib) is not None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "A stock-take is already running; finish or abandon it before starting another."))
    location = shelf_named(lib, location)
    ddc_from, ddc_to = ddc_from.strip(), ddc_to.strip()
    if ddc_from and ddc_to and ddc_to < ddc_from:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The DDC range ends before it starts."), field="ddc_to")
    with lib.transaction():
        session = StockTake.create(started_at=lib.clock.now(), location=location, ddc_from=ddc_from,
                                   ddc_to=ddc_to, staff=by.username)
        auth.audit(lib, by, "stocktake.start", "stocktake", str(session.id), location=location,
                   ddc_from=ddc_from, ddc_to=ddc_to)
    return session


def open_session(lib: Library) -> StockTake | None:
    return StockTake.select().where(StockTake.finished_at.is_null()).order_by(StockTake.id.desc()).first()


def sessions(lib: Library) -> list[StockTake]:
    return list(StockTake.select().order_by(StockTake.id.desc()))


def abandoned(session: StockTake) -> bool:
    return bool((finish_record(session) or {}).get("abandoned"))


def last_finished(lib: Library) -> StockTake | None:
    """The newest stock-take finished (not abandoned): the one the page shows when none runs."""
    return next((s for s in sessions(lib) if s.finished_at is not None and not abandoned(s)), None)


@dataclass
class ScanResult:
    status: str  # one of STATUSES
    barcode: str
    title: str = ""
    message: str = ""  # English template, context "Stocktake"
    params: dict | None = None


def _find_copy(lib: Library, code: str):
    """The copy a shelf scan reads, found as the desk finds it (in any case, so an imported "b00013" is found when
    the scanner sends capitals; a label's "00012345" for a copy a spreadsheet kept as 12345), or a torn label's
    number typed without the zeros after its letters ("SKM12" for SKM000012), with its title. A label read as
    kept costs one query: a stock-take scans thousands."""
    item = _with_title((Item.barcode == code) & LIVE_ITEM)
    if item is None:
        copy = live_copy(code)
        if copy is None and (stored := barcode_by_digits(lib, code) or barcode_by_number(lib, code)):
            copy = live_copy(stored)
        item = _with_title(Item.id == copy.id) if copy is not None else None
    return item


def _with_title(condition):
    return Item.select(Item, Record.title).join(Record).where(condition).objects().first()


def _not_a_copy(code: str) -> ScanResult:
    """A code that is no copy here: a member card picked up by mistake, or another library's label."""
    if by_code(Member, Member.number, code) is not None:
        return ScanResult(UNKNOWN, code, message=QT_TRANSLATE_NOOP(
            "Stocktake", "{barcode} is a member card, not a book: nothing recorded."), params={"barcode": code})
    return ScanResult(UNKNOWN, code, message=UNKNOWN_BARCODE, params={"barcode": code})


def _found_again(lib: Library, by: Staff, session: StockTake, item: Item) -> ScanResult:
    """A copy marked lost/missing stands on the shelf: it goes back into circulation, as a copy found at
    the desk does (to the hold shelf when someone waits for its title), audited with the session so the
    report counts it."""
    from ..circulation.holds import release_copy

    before = item.status
    release_copy(lib, item)
    auth.audit(lib, by, "stocktake.found", "item", item.uid, stocktake=session.id, barcode=item.barcode,
               before=before)
    return ScanResult(FOUND, item.barcode, item.title, QT_TRANSLATE_NOOP(
        "Stocktake", "Found again: {title} was marked lost or missing; it is back in the catalogue."),
        {"title": item.title})


def _open_loan(item: Item) -> bool:
    return Loan.select().where((Loan.item == item.id) & Loan.returned_at.is_null()
                               & (Loan.deleted == False)).exists()  # noqa: E712


def _already(item: Item, earlier: StockTakeScan) -> ScanResult:
    """A copy scanned twice (two volunteers on one shelf, or a shelf scanned again after a power cut): nothing
    recorded, and who scanned it first, so the second knows the shelf was done."""
    who = Staff.get_or_none(Staff.username == earlier.staff) if earlier.staff else None
    if who is None:
        return ScanResult(DUPLICATE, item.barcode, item.title,
                          QT_TRANSLATE_NOOP("Stocktake", "Already scanned: {title}."), {"title": item.title})
    return ScanResult(DUPLICATE, item.barcode, item.title,
                      QT_TRANSLATE_NOOP("Stocktake", "Already scanned by {name}: {title}."),
                      {"title": item.title, "name": who.full_name or who.username})


def _record_scan(lib: Library, by: Staff, session: StockTake, code: str,
                 scope_ids: set[int] | None = None, shelf: str = "", unlabelled: bool = False) -> ScanResult:
    code = scanned(code)
    item = _find_copy(lib, code)
    if item is None:
        return _not_a_copy(code)
    title = item.title
    in_scope = (item.id in scope_ids) if scope_ids is not None else scope(session).where(Item.id == item.id).exists()
    earlier = StockTakeScan.get_or_none((StockTakeScan.stocktake == session) & (StockTakeScan.item == item.id))
    if earlier is not None:
        return _already(item, earlier)
    found = item.status in MARKS and not _open_loan(item)
    StockTakeScan.create(stocktake=session, item=item.id, at=lib.clock.now(), found=found, staff=by.username,
                         shelf=shelf, unlabelled=unlabelled)
    if found:
        return _found_again(lib, by, session, item)
    if not in_scope:
        return ScanResult(OUT_OF_SCOPE, item.barcode, title,
                          QT_TRANSLATE_NOOP("Stocktake", "{title} belongs elsewhere ({location}): put it back there."),
                          {"title": title, "location": item.location or "-"})
    if item.status in GONE:  # (a weeded book a helper put back on a shelf; whether it comes back is a decision)
        return ScanResult(WITHDRAWN, item.barcode, title, QT_TRANSLATE_NOOP(
            "Stocktake", "{title} was withdrawn from the collection: set it aside for the librarian."),
            {"title": title})
    if item.status == "on_loan":
        return ScanResult(ON_LOAN, item.barcode, title,
                          QT_TRANSLATE_NOOP("Stocktake", "{title} is recorded as on loan: return it at the desk."),
                          {"title": title})
    if shelf and item.location != shelf:
        return ScanResult(MISPLACED, item.barcode, title, QT_TRANSLATE_NOOP(
            "Stocktake", "Seen: {title}. It belongs on {location}, not here: put it back there."),
            {"title": title, "location": item.location or "-"})
    if item.barcode.casefold() != code.casefold():  # a label typed by hand: which copy it was taken for
        return ScanResult(KNOWN, item.barcode, title, QT_TRANSLATE_NOOP("Stocktake", "Seen: {title} ({barcode})."),
                          {"title": title, "barcode": item.barcode})
    return ScanResult(KNOWN, item.barcode, title, QT_TRANSLATE_NOOP("Stocktake", "Seen: {title}."),
                      {"title": title})


def _require_open(session: StockTake) -> None:
    if session.finished_at is not None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "This stock-take is finished already."))


def _require_running(session: StockTake) -> None:
    """A scan for a session finished (or abandoned) meanwhile, from another window or the CLI, is refused."""
    session = StockTake.get_or_none(StockTake.id == session.id) or session
    _require_open(session)


def scan(lib: Library, by: Staff, session: StockTake, barcode: str, shelf: str = "") -> ScanResult:
    """Record one shelf scan (volunteers may scan); ``shelf``: the location being scanned, '' for none."""
    auth.require(by, "stocktake.scan")
    with lib.transaction():
        _require_running(session)
        return _record_scan(lib, by, session, barcode, shelf=shelf)


def seen_without_label(lib: Library, by: Staff, session: StockTake, barcodes: list[str],
                       shelf: str = "") -> list[ScanResult]:
    """Books found on the shelf with no label to scan (torn off, never stuck on): the volunteer finds each one's
    title in the list of copies not seen and marks it seen. Recorded as a scan that needs a new label (the
    report lists them); any code that is not a copy of the session not seen yet refuses the lot."""
    auth.require(by, "stocktake.scan")
    with lib.transaction():
        _require_running(session)
        waiting = {copy.barcode for copy in not_seen(lib, session)}
        unknown = [code for code in barcodes if code not in waiting]
        if unknown:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "{barcode} is not among the copies not seen yet: nothing recorded."), barcode=unknown[0])
        return [_record_scan(lib, by, session, code, shelf=shelf, unlabelled=True) for code in barcodes]


def scan_file(lib: Library, by: Staff, session: StockTake, path: str | Path,
              progress: Callable[[float, str], None] | None = None,
              cancel: Callable[[], bool] | None = None, shelf: str = "") -> dict[str, int]:
    """Record the barcodes of a text file (one per line; blank lines ignored) in one transaction.
    Returns counts per scan status."""
    auth.require(by, "stocktake.scan")
    _require_running(session)
    try:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    except OSError as exc:
        raise cannot_read(exc, path) from exc  # (a scanner's list still open in Notepad++ or Excel)
    codes = [line.strip().split(",")[0].strip().strip('"') for line in text.splitlines()]
    codes = [c for c in codes if c]
    scope_ids = {i for (i,) in scope(session).select(Item.id).tuples()}
    counts = dict.fromkeys(STATUSES, 0)
    with lib.transaction():
        for n, code in enumerate(codes):
            if n % 500 == 0:
                checkpoint(progress, cancel, n / max(1, len(codes)),
                           QT_TRANSLATE_NOOP("Progress", "Reading barcodes"))
            counts[_record_scan(lib, by, session, code, scope_ids, shelf).status] += 1
    return counts


@dataclass
class Progress:
    expected: int  # copies in scope that should be on the shelf
    seen: int  # of those, scanned (or lent/returned at the desk while the stock-take ran)
    scanned: int  # all scans, including copies from elsewhere
    on_loan: int  # in scope but on loan (not expected)
    on_hold: int = 0  # on the hold shelf at the desk (not expected on the shelf)
    in_repair: int = 0  # at the binder's (not expected)
    damaged: int = 0  # in scope and marked damaged (expected: a damaged book stays on its shelf)
    found: int = 0  # marked lost/missing before, scanned on the shelf in this stock-take
    at_desk: int = 0  # of ``seen``: not scanned, but lent or returned at the desk during the stock-take

    @property
    def missing(self) -> int:
        return self.expected - self.seen

    @property
    def fraction(self) -> float:
        return self.seen / self.expected if self.expected else 1.0


def _found_count(session: StockTake) -> int:
    return StockTakeScan.select().where((StockTakeScan.stocktake == session) & StockTakeScan.found).count()


def _count_now(session: StockTake) -> Progress:
    on_shelf = expected(session)
    seen_by_scan = on_shelf.where(Item.id.in_(scanned_ids(session))).count()
    seen = on_shelf.where(Item.id.in_(scanned_ids(session)) | Item.id.in_(desk_ids(session))).count()

    def inscope(status: str) -> int:
        return scope(session).where(Item.status == status).count()

    return Progress(expected=on_shelf.count(), seen=seen,
                    scanned=StockTakeScan.select().where(StockTakeScan.stocktake == session).count(),
                    on_loan=inscope("on_loan"), on_hold=inscope("on_hold"), in_repair=inscope("in_repair"),
                    damaged=inscope("damaged"), found=_found_count(session), at_desk=seen - seen_by_scan)


def progress(lib: Library, session: StockTake) -> Progress:
    record = finish_record(session) if session.finished_at is not None else None
    return Progress(**record["counts"]) if record else _count_now(session)


@dataclass
class MissingCopy:
    item_id: int
    barcode: str
    title: str
    call_number: str
    location: str
    status: str


def not_seen(lib: Library, session: StockTake, offset: int = 0, limit: int | None = None,
             location: str = "") -> list[MissingCopy]:
    """Copies in scope that were not seen, excluding copies on loan, on the hold shelf or in repair (sorted
    by location and call number, the order of the shelves); with ``location``, those of that shelf only (the
    ones to look for on the shelf being scanned). For a finished session: the copies not seen when it
    finished (marked missing/lost by it, with their status now)."""
    columns = (Item.id, Item.barcode, Record.title, Item.call_number, Item.location, Item.status)
    record = finish_record(session) if session.finished_at is not None else None
    if record is not None:
        query = scope(session).select(*columns).where(Item.uid.in_(record["not_seen"]))
    else:
        query = (expected(session).select(*columns)
                 .where(Item.id.not_in(scanned_ids(session)) & Item.id.not_in(desk_ids(session))))
    if location:
        query = query.where(Item.location == location)
    query = query.order_by(Item.location, Item.call_number, Item.barcode)
    if limit is not None:
        query = query.offset(offset).limit(limit)
    return [MissingCopy(*row) for row in query.tuples()]


def finish(lib: Library, by: Staff, session: StockTake, mark: str | None = "missing",
           progress_cb: Callable[[float, str], None] | None = None,
           cancel: Callable[[], bool] | None = None) -> int:
    """Close the session; with ``mark`` ("missing" or "lost") every copy not seen gets that status,
    all in one transaction, each copy audited with its status before (a librarian can put it back).
    The counts and the copies not seen are written down for the report. Returns how many copies were
    marked."""
    auth.require(by, "stocktake.manage")
    _require_open(session)
    if mark is not None and mark not in MARKS:
        raise ValueError(f"unknown mark {mark}")
    counts = _count_now(session)
    by_shelf_and_class = tallies(lib, session)  # (before the marks: what the shelves held then)
    missing = not_seen(lib, session)
    uids = dict(Item.select(Item.id, Item.uid).where(Item.id.in_([c.item_id for c in missing])).tuples())
    with lib.transaction():
        for n, copy in enumerate(missing if mark else []):
            if n % 200 == 0:
                checkpoint(progress_cb, cancel, n / max(1, len(missing)),
                           QT_TRANSLATE_NOOP("Progress", "Marking copies"))
            store.update(lib, Item.get_by_id(copy.item_id), status=mark)
            auth.audit(lib, by, "stocktake.mark", "item", uids[copy.item_id], stocktake=session.id,
                       barcode=copy.barcode, before=copy.status, status=mark)
        session.finished_at = lib.clock.now()
        session.result = json.dumps({"counts": asdict(counts), "not_seen": [uids[c.item_id] for c in missing],
                                     **by_shelf_and_class})
        session.save()
        auth.audit(lib, by, "stocktake.finish", "stocktake", str(session.id), marked=len(missing) if mark else 0,
                   mark=mark or "", not_seen=len(missing))
    return len(missing) if mark else 0


def abandon(lib: Library, by: Staff, session: StockTake) -> None:
    """Close a stock-take that will not be finished (librarian): begun and left half done, or started by mistake.
    Nothing is marked and nothing is left to decide; a new stock-take starts from nothing (its scans are its own).
    The copies it found again stay found: they were on the shelf. Its counts are kept for the record."""
    auth.require(by, "stocktake.manage")
    _require_open(session)
    counts = _count_now(session)
    with lib.transaction():
        session.finished_at = lib.clock.now()
        session.result = json.dumps({"abandoned": True, "counts": asdict(counts), "not_seen": []})
        session.save()
        auth.audit(lib, by, "stocktake.abandon", "stocktake", str(session.id), scanned=counts.scanned,
                   seen=counts.seen, expected=counts.expected)


LEFT_OPEN_DAYS = 60  # a stock-take of a village library takes days or weeks, not months


def days_running(lib: Library, session: StockTake) -> int:
    """Whole days since the session started (by the library's clock)."""
    return max(0, (lib.clock.now() - session.started_at).days)


def get_session(lib: Library, session_id: int) -> StockTake:
    session = StockTake.get_or_none(StockTake.id == session_id)
    if session is None:
        raise NotFound(QT_TRANSLATE_NOOP("Errors", "No stock-take number {number}."), number=session_id)
    return session


def out_of_place(lib: Library, session: StockTake) -> list[tuple[str, str, str]]:
    """(barcode, title, location) of copies scanned in this session but outside its scope."""
    scope_ids = scope(session).select(Item.id)
    query = (StockTakeScan.select(Item.barcode, Record.title, Item.location)
             .join(Item, on=(StockTakeScan.item == Item.id))
             .join(Record, JOIN.INNER, on=(Item.record == Record.id))
             .where((StockTakeScan.stocktake == session) & Item.id.not_in(scope_ids))
             .order_by(Item.location, Item.barcode))
    return list(query.tuples())


# After finishing: what the librarian decides for each copy not seen, and the statuses a decision may change
# (a copy lent, in repair or withdrawn since is someone else's business: left alone).
DECISIONS = ("lost", "found", "missing")
DECIDABLE = ("missing", "lost", "available")


@dataclass
class Decided:
    changed: list[str]  # barcodes whose status the decision changed
    already: list[str]  # barcodes that had that status already
    skipped: list[tuple[str, str]]  # (barcode, status now) of copies left alone


def _not_seen_uids(lib: Library, session: StockTake) -> set[str]:
    record = finish_record(session)
    if record is not None:
        return set(record["not_seen"])
    ids = [copy.item_id for copy in not_seen(lib, session)]  # a session finished by an older version
    return {uid for (uid,) in Item.select(Item.uid).where(Item.id.in_(ids)).tuples()}


def _copies_to_decide(lib: Library, session: StockTake, barcodes: list[str]) -> list[Item]:
    """The copies named, each one the session did not see; any other code refuses the whole lot (a typo
    in a list of barcodes changes nothing)."""
    wanted = _not_seen_uids(lib, session)
    copies: dict[int, Item] = {}
    for code in (scanned(b) for b in barcodes):
        item = _find_copy(lib, code) if code else None
        if item is None or item.uid not in wanted:
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "{barcode} is not among the copies stock-take {number} did not see: nothing changed."),
                field="barcode", barcode=code, number=session.id)
        copies[item.id] = item
    return list(copies.values())


def _decide_one(lib: Library, item: Item, decision: str) -> None:
    from ..circulation.holds import release_copy

    if decision == "found":
        release_copy(lib, item)  # to the hold shelf when someone waits for its title, as a found copy does
    else:
        store.update(lib, item, status=decision)


def decide(lib: Library, by: Staff, session: StockTake, barcodes: list[str], decision: str) -> Decided:
    """Decide for copies a finished stock-take did not see (librarian): ``lost``, ``found`` (back on the
    shelf) or ``missing`` (keep looking, also the way back from the other two). Each change is audited
    ``stocktake.decide`` with the status before. What the session found then stays as it was; the
    decisions are written down beside it."""
    auth.require(by, "stocktake.manage")
    if decision not in DECISIONS:
        raise ValueError(f"unknown decision {decision}")
    if session.finished_at is None:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Finish the stock-take first: then decide about the copies it did not see."))
    if abandoned(session):
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "Stock-take {number} was abandoned: it marked nothing, so there is nothing to decide."),
            number=session.id)
    result = Decided([], [], [])
    record = finish_record(session)
    with lib.transaction():
        for item in _copies_to_decide(lib, session, barcodes):
            before = item.status
            if before not in DECIDABLE or _open_loan(item):  # lent, in repair, withdrawn since: not ours
                result.skipped.append((item.barcode, before))
                continue
            if before == ("available" if decision == "found" else decision):
                result.already.append(item.barcode)
            else:
                _decide_one(lib, item, decision)
                auth.audit(lib, by, "stocktake.decide", "item", item.uid, stocktake=session.id,
                           barcode=item.barcode, before=before, status=Item.get_by_id(item.id).status)
                result.changed.append(item.barcode)
            if record is not None:
                record.setdefault("decided", {})[item.uid] = decision
        if record is not None:  # (a session finished by an older version has no result to add to)
            session.result = json.dumps(record)
            session.save()
    return result


def decisions(session: StockTake) -> dict[str, int]:
    """How many copies not seen the librarian decided lost, found or to keep looking for since the
    session finished (the last decision per copy; the report's line under what it found then)."""
    record = finish_record(session) or {}
    made = list(record.get("decided", {}).values())
    return {decision: made.count(decision) for decision in DECISIONS}
