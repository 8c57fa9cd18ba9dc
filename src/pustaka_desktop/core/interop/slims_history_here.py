"""What a SLiMS history's rows point to in this library (``Here``: copies by barcode, members by number, what
an earlier import of the history made), and SLiMS's dates and numbers read (``day_of``, ``moment_of``,
``whole_number``), and why a row's copy or title is not here (``not_here_reasons``). ``slims_history`` plans and
writes the rows with them."""

from __future__ import annotations

import uuid
from collections import Counter
from datetime import date, datetime, time
from pathlib import Path
from typing import Any, NamedTuple

from ..circulation import holds
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store import health
from ..store import write as store
from ..store.clock import local_instant, to_local
from ..store.models import (
    FineEntry,
    Hold,
    Holiday,
    Item,
    Loan,
    Member,
    Record,
    Visit,
)
from . import slims_backup, undone_rows
from .types import BadRow, Cancel, fold

# uids made from a name: the same SLiMS row gives the same uid at every import
_NAMESPACE = uuid.UUID("6f1c2a9e-3d4b-5c6d-8e7f-a1b2c3d4e5f6")


def day_of(value: Any) -> date | None:
    text = str(value or "").strip()[:10]
    try:
        day = date.fromisoformat(text)
    except ValueError:  # empty, MySQL's 0000-00-00, or not a date
        return None
    return day if day.year >= 1900 else None  # (a typing slip: no library lent a book in the year 201)


def moment_of(value: Any) -> datetime | None:
    """A SLiMS datetime (the server's local time, as this PC's) as a UTC instant."""
    text = str(value or "").strip()
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    return local_instant(moment.date(), moment.timetz()) if moment.year >= 1900 else None


def midday(day: date) -> datetime:
    """A day SLiMS recorded without a time, as its local noon: it counts on that day in every report."""
    return local_instant(day, time(12))


def whole_number(value: Any) -> int:
    try:
        return int(float(str(value or "0").strip() or 0))
    except (ValueError, OverflowError):  # not a number, or "inf"
        return 0


def loans_here() -> tuple[dict[int, int], dict[int, date]]:
    """What the desk here already holds, for an import of loans: the copies out (item id -> 0, the line an
    imported loan will name instead) and the last day each copy was lent here (a loan from a file older than
    that is history, never an open loan)."""
    out: dict[int, int] = {}
    last_lent: dict[int, date] = {}
    for item_id, loaned_at, returned_at in Loan.select(Loan.item, Loan.loaned_at, Loan.returned_at).where(
            Loan.deleted == False).tuples():  # noqa: E712
        if returned_at is None:
            out[item_id] = 0
        day = to_local(loaned_at).date()
        last_lent[item_id] = max(day, last_lent.get(item_id, date.min))
    return out, last_lent


def close_loans(lib: Library, closings: list[tuple[int, datetime]]) -> None:
    """Return the loans still out here that a file shows came back (loan id, returned at), and put each copy
    no other loan holds back on the shelf (or aside for a member waiting), as a return at the desk does."""
    today = health.circulation_today(lib)
    for loan_id, returned_at in closings:
        loan = Loan.get_by_id(loan_id)
        store.update(lib, loan, returned_at=returned_at)
        item = Item.get_by_id(loan.item_id)
        still_out = Loan.select().where((Loan.item == item.id) & Loan.returned_at.is_null()
                                        & (Loan.deleted == False)).exists()  # noqa: E712
        if item.status == "on_loan" and not still_out:
            holds.release_copy(lib, item, today)


class Span(NamedTuple):
    """One loan of a copy, as an import of loans compares it: who, the day lent, the day back (None: still
    out) and the row of the file it comes from (0: a loan already here)."""

    member: int | str
    lent: date
    back: date | None
    row: int = 0
    loan: int = 0  # the id of a loan already here


class LoanSpans:
    """Every loan of each copy here, so an import of loans can tell a loan it holds already (the same copy and
    member, lent the same day or out at the same time: a SLiMS history and the notebook kept beside it both
    list it) from a loan the copy cannot have had (out to somebody else then). A loan counted twice would
    make the month's loans in the report and the IPLM sheet too high."""

    def __init__(self) -> None:
        self.of: dict[int, list[Span]] = {}
        for loan_id, item_id, member_id, loaned_at, returned_at in Loan.select(
                Loan.id, Loan.item, Loan.member, Loan.loaned_at, Loan.returned_at).where(
                Loan.deleted == False).tuples():  # noqa: E712
            back = to_local(returned_at).date() if returned_at is not None else None
            self.add(item_id, Span(member_id, to_local(loaned_at).date(), back, loan=loan_id))

    def add(self, item_id: int, span: Span) -> None:
        self.of.setdefault(item_id, []).append(span)

    def same_day(self, item_id: int, member: int, lent: date) -> Span | None:
        """The loan here (not of the file being read) of the copy to the member lent that day: the same loan."""
        return next((span for span in self.of.get(item_id, ()) if not span.row and span.member == member
                     and span.lent == lent), None)

    def returned(self, item_id: int, span: Span, back: date) -> None:
        """A loan here still out is returned on ``back`` (the file says so)."""
        spans = self.of[item_id]
        spans[spans.index(span)] = span._replace(back=back)

    def meeting(self, item_id: int, member: int | str, lent: date, back: date | None) -> Span | None:
        """The loan of the copy out during this one, or lent to the same member the same day, if there is one
        (one day shared is no overlap: a book returned in the morning is lent again that afternoon)."""
        for span in self.of.get(item_id, ()):
            if (span.lent == lent and span.member == member) or (
                    lent < (span.back or date.max) and span.lent < (back or date.max)):
                return span
        return None


class HeldMember(NamedTuple):
    id: int
    gender: str
    birth_date: date | None
    occupation: str


class Here:
    """What the library holds that the rows point to: copies by barcode, members by number, the uids
    already imported, the copies on loan here and when each copy was last lent here."""

    def __init__(self, lib: Library) -> None:
        self.site = lib.site_id
        # the rows an import's undo removed are not here: this backup brings them again (``undone_rows``)
        self.undone = undone_rows.undone_uids(lib, "loan", "fine_entry", "visit", "holiday", "hold", "member")
        live = Item.deleted == False  # noqa: E712
        self.items: dict[str, int] = {}
        self.spellings: dict[str, list[str]] = {}  # barcode in small letters -> the barcodes written so
        self.record_of: dict[str, int] = {}  # barcode -> record id
        self.on_shelf: dict[int, set[int]] = {}  # record id -> its copies on the shelf now
        for barcode, item_id, record_id, status in Item.select(Item.barcode, Item.id, Item.record,
                                                               Item.status).where(live).tuples():
            self.items[barcode] = item_id
            self.spellings.setdefault(barcode.casefold(), []).append(barcode)
            self.record_of[barcode] = record_id
            if status == "available":
                self.on_shelf.setdefault(record_id, set()).add(item_id)
        self.records = dict(Record.select(Record.slims_id, Record.id).where(
            (Record.deleted == False) & (Record.slims_id != "")).tuples())  # noqa: E712
        self.waiting = set(Hold.select(Hold.member, Hold.record).where(
            (Hold.deleted == False) & Hold.status.in_(holds.ACTIVE)).tuples())  # noqa: E712
        self.members: dict[str, HeldMember] = {}
        self.made: set[int] = set()  # members an import of this history made for a deleted member's loan
        self.dead_numbers: set[str] = set()  # of members deleted here (a number is never used twice)
        for number, member_id, gender, birth, occupation, uid, deleted in Member.select(
                Member.number, Member.id, Member.gender, Member.birth_date, Member.occupation, Member.uid,
                Member.deleted).tuples():
            if deleted:
                self.dead_numbers.add(number)
                continue
            self.members[number] = HeldMember(member_id, gender, birth, occupation)
            if uid == self.uid("member", number):
                self.made.add(member_id)
        self.in_backup: set[str] = set()  # the member_ids of the backup's member table
        self.names: dict[str, str] = {}  # member_id -> the name the visitor book wrote (a member not here)
        # member_id -> the rows of a member not here: (table, line, what comes in if a member is made)
        self.absent: dict[str, list[tuple[str, int, Any]]] = {}
        # the rows whose copy (loans: its item code) or title (reservations: its biblio_id) is not in the
        # catalogue, (line, "loan" or "reserve", item code, biblio_id): why is told once the backup's copies and
        # records are read
        self.not_here: list[tuple[int, str, str, str]] = []
        # uid -> (id, returned at); a loan undone or deleted here counts as returned: nothing to close
        self.loans = {uid: (lid, (returned or at) if deleted else returned) for uid, lid, returned, deleted, at in
                      Loan.select(Loan.uid, Loan.id, Loan.returned_at, Loan.deleted, Loan.loaned_at).tuples()
                      if uid not in self.undone}
        # the uids of every other kind of row this import makes (made from SLiMS's row ids: see ``uid``)
        self.uids = {uid for model in (FineEntry, Visit, Holiday, Hold)
                     for (uid,) in model.select(model.uid).tuples()} - self.undone
        self.out, self.last_lent = loans_here()  # item id -> line of the open loan (here: 0); its last day lent
        self.spans = LoanSpans()  # every loan of each copy here: a loan a notebook brought already is not added
        self.visit_days: set[tuple[int, date]] = set()  # (member, day) of the book here: one line per member per day
        self.visits_read: set[tuple[int, date]] = set()  # (member, day) of the lines read so far, the first kept
        # guests' lines by name and day (a buku tamu sheet imported first, the desk): SLiMS's line of the same
        # guest that day is that line, not a second visit
        self.guest_days: Counter = Counter()
        self.book_days: set[date] = set()  # the days the book here has visits on (a tally cannot be matched)
        for member_id, name, group, at in Visit.select(Visit.member, Visit.name, Visit.group_name, Visit.at).where(
                Visit.deleted == False).tuples():  # noqa: E712
            day = to_local(at).date()
            self.book_days.add(day)
            if member_id:
                self.visit_days.add((member_id, day))
            elif name and not group:
                self.guest_days[(fold(name), day)] += 1
        self.closings = list(Holiday.select(Holiday.starts_on, Holiday.ends_on).where(
            Holiday.deleted == False).tuples())  # noqa: E712
        self.closed_weekdays = lib.profile.closed_weekdays if lib.profile is not None else ""
        self.weekly: dict[int, str] = {}  # SLiMS's weekly closing days: ISO weekday -> its name
        self.skip_closed = False  # SLiMS's fines counted open days only ("ignore_holidays_fine_calc")

    def barcode(self, code: str) -> str | None:
        """The barcode of the copy a row's item code names: as written, else the one copy whose barcode
        differs from it only in case (SLiMS compares item codes ignoring case, so its desk lent "b0007" as
        B0007; ``finding.live_copy`` finds a typed barcode by the same rule). None for no copy, or several."""
        if code in self.items:
            return code
        spellings = self.spellings.get(code.casefold(), [])
        return spellings[0] if len(spellings) == 1 else None

    def uid(self, *parts: Any) -> str:
        return undone_rows.again(str(uuid.uuid5(_NAMESPACE, ":".join(str(p) for p in (self.site, "slims", *parts)))),
                                 self.undone)


COPY_NOT_HERE = QT_TRANSLATE_NOOP(
    "Import", "Copy {barcode} is not in the catalogue: import the catalogue from this backup first.")
COPY_UNTITLED = QT_TRANSLATE_NOOP(
    "Import", "Copy {barcode} is not in the catalogue: its record in this backup (line {line}) has no title, so it "
              "did not come in with the catalogue. Give that record a title in SLiMS, then import the catalogue and "
              "this history again.")
COPY_DELETED = QT_TRANSLATE_NOOP(
    "Import", "Copy {barcode} is not in the catalogue, nor among this backup's copies (SLiMS had deleted it): "
              "left out.")
TITLE_NOT_HERE = QT_TRANSLATE_NOOP(
    "Import", "The reserved title is not in the catalogue: import the catalogue from this backup first.")
TITLE_UNTITLED = QT_TRANSLATE_NOOP(
    "Import", "The reserved title is not in the catalogue: its record in this backup (line {line}) has no title, so "
              "it did not come in with the catalogue. Give that record a title in SLiMS, then import the catalogue "
              "and this history again.")


def not_here_reasons(here: Here, path: str | Path, cancel: Cancel | None, database: str | None) -> list[BadRow]:
    """The loans and reservations whose copy or title is not in the catalogue, each with the reason the backup
    itself gives: "import the catalogue first" is wrong after the catalogue came in from this very backup, when
    the record was refused there for having no title (named by its line, as the catalogue import listed it),
    or SLiMS had deleted the copy. The backup is read again for its copies and records only when a row
    needs them (its ``item`` and ``biblio`` tables come before ``loan``, but not in every dump)."""
    if not here.not_here:
        return []
    codes = {code for _, _, code, _ in here.not_here if code}
    biblio_of: dict[str, str] = {}  # item code -> its biblio_id, of the codes asked about
    untitled: dict[str, int] = {}  # biblio_id -> line, of the records without a title
    read: set[str] = set()
    for number, table, row in slims_backup.read_tables(path, {"item", "biblio"}, cancel, database):
        if not number or isinstance(row, BadRow):
            continue
        read.add(table)
        if table == "item" and str(row.get("item_code") or "").strip() in codes:
            biblio_of[str(row.get("item_code")).strip()] = str(row.get("biblio_id") or "")
        elif table == "biblio" and not str(row.get("title") or "").split():
            untitled[str(row.get("biblio_id") or "")] = number
    reasons = []
    for number, kind, code, biblio in here.not_here:
        line = untitled.get(biblio or biblio_of.get(code, ""))
        if kind == "reserve":
            reasons.append(BadRow(number, TITLE_UNTITLED if line else TITLE_NOT_HERE, {"line": line} if line else {}))
        elif line:
            reasons.append(BadRow(number, COPY_UNTITLED, {"barcode": code, "line": line}))
        elif code and "item" in read and code not in biblio_of:
            reasons.append(BadRow(number, COPY_DELETED, {"barcode": code}))
        else:
            reasons.append(BadRow(number, COPY_NOT_HERE, {"barcode": code or "-"}))
    return reasons
