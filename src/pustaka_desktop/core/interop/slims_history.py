"""What a SLiMS database backup holds besides the catalogue and the members: its loans (the books still
out and those returned), its fines ledger, its visitor book and its calendar. So on the first day at Pustaka the desk
knows who has which book and when it is due, a member's unpaid fines are still owed, and the year's
reports count the months before the move.

Run it after the catalogue and the members came in from the same backup (``import slims-sql``,
``members-import``). Rows are matched on SLiMS's item code (our barcode: as written, else the one copy whose
barcode differs from it only in case, as SLiMS's desk matched a code typed in small letters) and its
member_id (our member number). A row whose copy or member is not here, or that cannot be true (a loan
dated after today, a copy already lent here since), is left out and listed with its line number and the
reason the backup gives (a copy whose record had no title did not come in with the catalogue: that record's
line is named; a copy SLiMS had deleted is said so); everything else comes in, in ONE transaction (a dry run counts the same and writes nothing).

- A member who is not here is one of two cases, and the report says which: in the backup's member table
  (import the members from this backup first), or not even there: SLiMS had deleted them. A book still out
  to a deleted member is in somebody's house, so it must not show as on the shelf: the loan comes in for a
  member made from what the backup knows (the member_id, the name the visitor book wrote, else "Anggota
  SLiMS <id>"), blocked and noted "Dari riwayat SLiMS: anggota tidak ada di cadangan", so the desk takes the
  book back as any loan and lends that card nothing until the librarian completes it; the member's returned
  loans and fines come with it. Another deleted member's rows are left out, said in one line with a count.

- A loan still out in SLiMS (``is_lent`` = 1, ``is_return`` = 0) becomes an open loan with its due date
  and renewals; its copy is marked on loan. Returning it at the desk charges a late fine by this
  library's own rules. A returned loan is history: it counts in the reports of its month.
- Fines: each ``debet`` is a charge and each ``credit`` a payment, on their dates, with SLiMS's note;
  so a member's balance is what SLiMS said.
- Visitor book: a member's line takes the member's gender, age band and occupation, as a card scanned
  at the door does (one line per member per day); a guest keeps the name written. A line whose name (a
  guest's, or the member's) the book here has that day without a card (a buku tamu sheet imported first) is
  that line, counted once and said. SLiMS asks no purpose:
  its lines count under the book's default, *read*. SLiMS's "institution" has no place here and is not
  kept: the report says how many lines named one. A fine line whose amount is no number is listed, not dropped.
- Reservations: a member waiting for a title at SLiMS waits here too, in the order they asked. SLiMS reserves
  a copy and lends it, once back, to nobody else: a reserved copy on the shelf waits on the hold shelf here for
  the member (from today, for the library's pick-up days), and the report names it. A title whose reserved copy is
  out but another copy is on the shelf (which SLiMS lent to anyone) is listed for the desk instead, by its title.
- Calendar: SLiMS's dated holidays become this library's holidays (a day already closed here is left);
  its weekly closing days replace a new library's starting "closed on Sunday" (a choice made here
  stays), so due dates keep falling on open days. When SLiMS's "Ignore Holidays Fine Calculation" was on (its
  ``setting`` table), late fines here count open days only too, unless the circulation options were set here.
- Identity: each row's uid is made from this library's site id and SLiMS's own row number, so
  importing the same backup again, or a later one, adds nothing twice. A loan imported while still out
  that the later backup shows returned is closed; one already returned here stays as the desk left it.
  A returned loan already here from a loan notebook (``loan_lists``: the same copy and member, lent the same
  day or out at the same time) is not added again, so the reports count it once; nor is a loan still out in
  SLiMS that the notebook brought already (the same copy and member, lent the same day), still out or returned
  since: the notebook was written later.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from .. import auth
from ..circulation import holds, loan_rules
from ..circulation.holidays import calendar
from ..circulation.loan_rules import OPTIONS_KEY
from ..community import members_from_before
from ..community.demographics import age_band
from ..errors import ValidationError
from ..formatting import Day
from ..i18n import QT_TRANSLATE_NOOP
from ..jobs import Progress, checkpoint
from ..service import Library
from ..settings import get_setting, set_setting
from ..store import health, unfinished
from ..store import write as store
from ..store.clock import to_local
from ..store.models import (
    FineEntry,
    Hold,
    Holiday,
    Item,
    LibraryProfile,
    Loan,
    Member,
    MemberType,
    Record,
    Staff,
    Visit,
)
from . import slims_backup, slims_history_kept, undoable_import
from .slims_history_here import (  # (the reasons too, as callers name them)  # noqa: F401
    COPY_DELETED,
    COPY_NOT_HERE,
    COPY_UNTITLED,
    TITLE_NOT_HERE,
    TITLE_UNTITLED,
    HeldMember,
    Here,
    close_loans,
    day_of,
    midday,
    moment_of,
    not_here_reasons,
    whole_number,
)
from .slims_history_plan import (
    DELETED_HERE,
    FINE_UNREADABLE,
    INSTITUTIONS_NOT_KEPT,
    NO_MEMBER_LIST,
    NOT_IMPORTED,
    UNFINISHED_LOANS,
    HistoryPlan,
)
from .types import BadRow, Cancel, fold, read_to_the_end

TABLES = {"loan", "fines", "visitor_count", "holiday", "reserve", "member"}
# SLiMS's weekly closing days (``holiday`` rows without a date) -> ISO weekdays
_DAYS = {"mon": 1, "tue": 2, "wed": 3, "thu": 4, "fri": 5, "sat": 6, "sun": 7,
         # (SLiMS's form writes the English ones; a row typed in by hand or by a script, the Indonesian: "Minggu")
         "sen": 1, "sel": 2, "rab": 3, "kam": 4, "jum": 5, "sab": 6, "min": 7, "aha": 7}
DEFAULT_CLOSED = LibraryProfile.closed_weekdays.default  # a new library's "closed on Sunday"
STAFF = "SLiMS"  # who a loan was lent by, as the desk's loan list shows it
# the made member's notes and block reason: the library's words, in Indonesian (as the members import's notes)
MADE_NOTE = "Dari riwayat SLiMS: anggota tidak ada di cadangan (dihapus di SLiMS), tetapi masih meminjam buku."
MADE_BLOCK = "Dari riwayat SLiMS: anggota tidak ada di cadangan. Lengkapi datanya sebelum meminjamkan lagi."
SKIP_CLOSED = "fines_skip_closed_days"  # the circulation option SLiMS's setting becomes


def _left_out(plan: HistoryPlan, number: int, template: str, **params: Any) -> None:
    plan.bad.append(BadRow(number, template, params))


def _past_moment(plan: HistoryPlan, number: int, value: Any, today: date, template: str) -> datetime | None:
    """The moment a row's ``value`` names; None, and the row listed with ``template``, when it names no
    moment or one after today."""
    at = moment_of(value)
    if at is None or to_local(at).date() > today:
        _left_out(plan, number, template, value=str(value or "-"))
        return None
    return at


def plan(lib: Library, path: str | Path, progress: Progress | None = None, cancel: Cancel | None = None,
         database: str | None = None) -> HistoryPlan:
    """The dry run: what importing the history of backup ``path`` would add, and every row left out.
    ``database``: the one to read of a server's dump of several SLiMS databases."""
    # A PC clock set back (a flat battery) would leave out every loan "dated after today", blaming SLiMS's
    # clock: refused as the desk refuses to lend, with the same message, until the clock is right or confirmed.
    health.require_circulation_allowed(lib)
    result = HistoryPlan(path=str(path))
    here = Here(lib)
    today = health.circulation_today(lib)
    needs_both = False  # a row that points at a copy or a member
    settings: dict[str, Any] = {}  # SLiMS's settings read (``slims_history_kept``)
    for number, table, row in slims_backup.read_tables(path, TABLES, cancel, database, required="loan",
                                                       optional=frozenset({"setting"})):
        if not number:  # (the tables the backup lacks)
            result.notices.append(row)
            continue
        if table == "setting":
            here.skip_closed = here.skip_closed or _skips_closed_days(row)
            if not isinstance(row, BadRow):  # (the library's name: said when it is not the one here)
                settings[str(row.get("setting_name") or "").strip()] = row.get("setting_value")
            continue
        if table == "member":  # who SLiMS still had: the others it had deleted
            if not isinstance(row, BadRow):
                here.in_backup.add(str(row.get("member_id") or "").strip())
            continue
        result.rows += 1
        needs_both = needs_both or table in ("loan", "fines", "reserve") or (
            table == "visitor_count" and not isinstance(row, BadRow) and bool(row.get("member_id")))
        if result.rows % 2000 == 0:
            checkpoint(progress, cancel, 0.5, QT_TRANSLATE_NOOP("Progress", "Reading the file"))
        if isinstance(row, BadRow):
            result.bad.append(row)
        elif table == "loan":
            _loan(result, here, today, number, row)
        elif table == "fines":
            _fine(result, here, today, number, row)
        elif table == "holiday":
            _holiday(result, here, number, row)
        elif table == "reserve":
            _reservation(result, here, today, number, row)
        else:
            _visit(result, here, today, number, row)
    if needs_both and not (here.items and here.members):  # (else every row would be listed as left out)
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "This library holds no copies or no members yet: import the catalogue and the members of "
                      "{path} first, then its history. Nothing was imported."), path=Path(path).name)
    result.bad += not_here_reasons(here, path, cancel, database)
    if result.unfinished:
        result.notices.append(BadRow(0, UNFINISHED_LOANS, {"count": result.unfinished}))
    if result.institutions:
        result.notices.append(BadRow(0, INSTITUTIONS_NOT_KEPT, {"count": result.institutions,
                                                                "columns": "institution"}))
    _absent_members(result, here)
    # SLiMS's "Ignore Holidays Fine Calculation": its fines counted open days only; so do the desk's here, unless
    # the circulation options were already chosen here
    chosen = get_setting(OPTIONS_KEY, {}) or {}
    result.fines_skip_closed = here.skip_closed and SKIP_CLOSED not in chosen
    if here.skip_closed and SKIP_CLOSED in chosen and not chosen[SKIP_CLOSED]:  # (chosen here: kept, said)
        result.notices.append(BadRow(0, slims_history_kept.SKIP_KEPT))
    weekly = ",".join(str(day) for day in sorted(here.weekly))
    if weekly and len(here.weekly) < 7 and here.closed_weekdays == DEFAULT_CLOSED and weekly != DEFAULT_CLOSED:
        result.closed_weekdays = weekly
        result.closed_days = [here.weekly[day] for day in sorted(here.weekly)]
    elif here.closed_weekdays != DEFAULT_CLOSED:  # (the closing days chosen here stay: SLiMS's other ones said)
        result.notices += filter(None, [slims_history_kept.closed_days(here.weekly, here.closed_weekdays)])
    if lib.profile is not None:
        result.notices += filter(None, [slims_history_kept.library_name(settings, lib.profile.name)])
    return result


def _reservation(result: HistoryPlan, here: Here, today: date, number: int, row: dict[str, Any]) -> None:
    """A member waiting for a title at SLiMS waits here too, in the order of the day they asked. A title
    with a copy on the shelf here is listed instead: the desk reserves it, if it is still wanted, and
    puts the copy aside (an import cannot)."""
    uid = here.uid("reserve", row.get("reserve_id"))
    if uid in here.uids:
        result.unchanged += 1
        return
    barcode = here.barcode(str(row.get("item_code") or "").strip())
    record = here.records.get(f"slims:{row.get('biblio_id')}") or (here.record_of[barcode] if barcode else None)
    if record is None:
        here.not_here.append((number, "reserve", "", str(row.get("biblio_id") or "")))
        return
    member = _member(here, number, row, "reserve", None)
    if member is None:
        return
    if member.id in here.made:  # (a deleted member's reservation, as the first import left it out)
        result.deleted.append((number, str(row.get("member_id")).strip()))
        return
    placed = _past_moment(result, number, row.get("reserve_date"), today, QT_TRANSLATE_NOOP(
        "Import", "The reservation has no usable date ({value})."))
    if placed is None:
        return
    if (member.id, record) in here.waiting:
        result.unchanged += 1  # already in the queue for it
        return
    code = str(row.get("item_code") or "").strip()
    kept = here.items.get(barcode) if barcode else None
    if kept is not None and kept in here.on_shelf.get(record, ()):
        _put_aside(result, here, uid, record, member.id, placed, kept, code, str(row.get("member_id")).strip())
        return
    if here.on_shelf.get(record):  # (its reserved copy is out: any member may borrow the one on the shelf)
        title = Record.select(Record.title).where(Record.id == record).scalar() or "-"
        _left_out(result, number, QT_TRANSLATE_NOOP(
            "Import", "Member {member} reserved a title that has a copy on the shelf here ({title}): reserve it at "
                      "the desk if it is still wanted."), member=str(row.get("member_id")), title=title)
        return
    here.uids.add(uid)
    here.waiting.add((member.id, record))
    result.new_holds.append({"uid": uid, "record": record, "member": member.id, "placed_at": placed,
                             "status": holds.WAITING, "item": None, "ready_until": None})
    result.reservations += 1


def _skips_closed_days(row: dict[str, Any] | BadRow) -> bool:
    """SLiMS's setting "ignore_holidays_fine_calc" is on (PHP's serialize: b:1;, or a 1 written otherwise)."""
    if isinstance(row, BadRow) or str(row.get("setting_name") or "").strip() != "ignore_holidays_fine_calc":
        return False
    return str(row.get("setting_value") or "").strip() in ("b:1;", "i:1;", 's:1:"1";', "1")


def _put_aside(result: HistoryPlan, here: Here, uid: str, record: int, member: int, placed: datetime, item: int,
               code: str, member_number: str) -> None:
    """SLiMS reserves a copy, not a title, and lends a reserved copy that came back to nobody but the member who
    reserved it: a copy on the shelf with a reservation waits for her. So it does here: on the hold shelf for her
    (``apply`` sets its pick-up days from today), not lent to the next member at the desk."""
    here.uids.add(uid)
    here.waiting.add((member, record))
    here.on_shelf[record].discard(item)
    result.new_holds.append({"uid": uid, "record": record, "member": member, "placed_at": placed,
                             "status": holds.READY, "item": item, "ready_until": None})
    result.put_aside.append((code, member_number))
    result.reservations += 1


def _holiday(result: HistoryPlan, here: Here, number: int, row: dict[str, Any]) -> None:
    """A dated closing of SLiMS's calendar, or (no date) a day of the week it was closed."""
    name = str(row.get("holiday_dayname") or "").strip()
    if not str(row.get("holiday_date") or "").strip():
        if name[:3].lower() in _DAYS:
            here.weekly[_DAYS[name[:3].lower()]] = name
        elif name:
            _left_out(result, number, QT_TRANSLATE_NOOP(
                "Import", "The weekly closing day {value} is not a day of the week: left out."), value=name)
        return
    uid = here.uid("holiday", row.get("holiday_id"))
    day = day_of(row.get("holiday_date"))
    if uid in here.uids or (day is not None and any(start <= day <= end for start, end in here.closings)):
        result.unchanged += 1
        return
    if day is None:
        _left_out(result, number, QT_TRANSLATE_NOOP("Import", "The holiday has no usable date ({value})."),
                  value=str(row.get("holiday_date")))
        return
    here.uids.add(uid)
    here.closings.append((day, day))
    result.new_holidays.append({"uid": uid, "starts_on": day, "ends_on": day,
                                "name": str(row.get("description") or "").strip()[:100]})
    result.holidays += 1


def _member(here: Here, number: int, row: dict[str, Any], table: str, payload: Any) -> HeldMember | None:
    """The member a row names; None for one not here, whose row waits for the whole backup to be read
    (``_absent_members``: the backup's member table comes after its loans and fines)."""
    member_id = str(row.get("member_id") or "").strip()
    found = here.members.get(member_id)
    if found is None:
        here.absent.setdefault(member_id, []).append((table, number, payload))
    return found


def _absent_members(result: HistoryPlan, here: Here) -> None:
    """The rows of members not here, once the backup is read: a member in the backup's member table is
    to be imported first; one SLiMS had deleted who still has a book out is made (``_made_member``) and
    their loans and fines come in; another deleted member's rows are left out, said in one line."""
    for member_id, rows in here.absent.items():
        if member_id and member_id in here.dead_numbers:
            template = DELETED_HERE
        elif member_id and member_id in here.in_backup:
            template = NOT_IMPORTED
        elif not member_id or not here.in_backup:
            template = NO_MEMBER_LIST
        elif any(table == "loan" and payload[0]["returned_at"] is None for table, _, payload in rows):
            _made_member(result, here, member_id, rows)
            continue
        else:
            result.deleted += [(number, member_id) for _, number, _ in rows]
            continue
        for _, number, _ in rows:
            _left_out(result, number, template, member=member_id or "-")
    result.bad.sort(key=lambda bad: bad.row)


def _made_member(result: HistoryPlan, here: Here, member_id: str, rows: list[tuple[str, int, Any]]) -> None:
    """A member SLiMS had deleted while they still had a book out, made from what the backup knows, blocked
    until the librarian completes them; their loans and fines come in (their reservations do not)."""
    name = here.names.get(member_id) or f"Anggota SLiMS {member_id}"
    for table, number, payload in rows:
        if table == "loan":
            fields, code = payload
            fields["member"] = member_id  # (the member's id once made: ``apply``)
            _take_loan(result, fields)
            if fields["returned_at"] is None:
                result.made_for.append((code, member_id, name))
        elif table == "fines":
            for fields in payload:
                fields["member"] = member_id
            result.new_fines += payload
            result.fines += len(payload)
        else:
            result.deleted.append((number, member_id))
    first = min(to_local(payload[0]["loaned_at"]).date() for table, _, payload in rows if table == "loan")
    result.new_members.append({"uid": here.uid("member", member_id), "number": member_id, "name": name,
                               "registered_on": first, "notes": MADE_NOTE, "blocked": True,
                               "blocked_reason": MADE_BLOCK})


def _loan(result: HistoryPlan, here: Here, today: date, number: int, row: dict[str, Any]) -> None:
    if whole_number(row.get("is_lent")) != 1:
        result.unfinished += 1  # a loan SLiMS's desk started but never finished: not a loan (said, with how many)
        return
    uid = here.uid("loan", row.get("loan_id"))
    returned = whole_number(row.get("is_return")) == 1
    lent = day_of(row.get("loan_date"))
    if uid in here.loans:
        loan_id, returned_here = here.loans[uid]
        if returned and returned_here is None and lent is not None:
            back = min(max(day_of(row.get("return_date")) or today, lent), today)
            result.closings.append((loan_id, midday(back)))
            here.loans[uid] = (loan_id, midday(back))
            result.loans_closed += 1
        else:
            result.unchanged += 1
        return
    if lent is None:
        _left_out(result, number, QT_TRANSLATE_NOOP("Import", "The loan has no date it was lent ({value})."),
                  value=str(row.get("loan_date") or "-"))
        return
    if lent > today:
        _left_out(result, number, QT_TRANSLATE_NOOP(
            "Import", "The loan is dated {date}, after today: left out (check the date of the SLiMS computer)."),
            date=Day.of(lent))
        return
    code = str(row.get("item_code") or "").strip()
    barcode = here.barcode(code)
    if barcode is None:  # (why: once the backup's copies and records are read, ``_not_here``)
        here.not_here.append((number, "loan", code, ""))
        return
    item_id = here.items[barcode]
    due = day_of(row.get("due_date")) or lent
    fields = {"uid": uid, "item": item_id, "member": None, "loaned_at": midday(lent), "due_on": max(due, lent),
              "renewals": max(0, whole_number(row.get("renewed"))), "staff": STAFF, "returned_at": None}
    member = here.members.get(str(row.get("member_id") or "").strip())
    if returned:
        back = min(max(day_of(row.get("return_date")) or due, lent), today)
        fields["returned_at"] = midday(back)
        met = here.spans.meeting(item_id, member.id, lent, back) if member is not None else None
        if met is not None and met.member == member.id:  # (a loan notebook kept beside SLiMS brought it)
            result.unchanged += 1
            return
    else:
        if member is not None and here.spans.same_day(item_id, member.id, lent) is not None:
            result.unchanged += 1  # (a loan notebook brought it, still out or since returned: the notebook is later)
            return
        if item_id in here.out:
            first = here.out[item_id]
            if first:
                _left_out(result, number, QT_TRANSLATE_NOOP(
                    "Import", "Copy {barcode} is also out on the loan of line {first}: left out."),
                    barcode=code, first=first)
            else:
                _left_out(result, number, QT_TRANSLATE_NOOP(
                    "Import", "Copy {barcode} is already on loan here: left out."), barcode=code)
            return
        if here.last_lent.get(item_id, date.min) >= lent:
            _left_out(result, number, QT_TRANSLATE_NOOP(
                "Import", "Copy {barcode} was lent here again after this SLiMS loan of {date}: it came back, and "
                          "the loan is left out."), barcode=code, date=Day.of(lent))
            return
        here.out[item_id] = number  # (also for a member not here: a copy is out to one loan at a time)
        here.on_shelf.get(here.record_of[barcode], set()).discard(item_id)
    here.loans[uid] = (0, fields["returned_at"])
    if member is None:  # (it waits for ``_absent_members``)
        _member(here, number, row, "loan", (fields, code))
    else:
        fields["member"] = member.id
        _take_loan(result, fields)


def _take_loan(result: HistoryPlan, fields: dict[str, Any]) -> None:
    result.new_loans.append(fields)
    if fields["returned_at"] is None:
        result.loans_out += 1
    else:
        result.loans_returned += 1


def _fine(result: HistoryPlan, here: Here, today: date, number: int, row: dict[str, Any]) -> None:
    parts = [(kind, amount) for kind, amount in (("charge", whole_number(row.get("debet"))),
                                                 ("payment", whole_number(row.get("credit")))) if amount > 0]
    if not parts:  # a line of nothing, unless an amount was written that is no number ("inf"): said
        if any(str(row.get(k) or "").strip() and not _zero(row.get(k)) for k in ("debet", "credit")):
            _left_out(result, number, FINE_UNREADABLE, debet=str(row.get("debet") or "-"),
                      credit=str(row.get("credit") or "-"), description=str(row.get("description") or "-"))
        return
    uids = [here.uid("fines", row.get("fines_id"), kind) for kind, _ in parts]
    if all(uid in here.uids for uid in uids):
        result.unchanged += 1
        return
    day = day_of(row.get("fines_date"))
    if day is None or day > today:
        _left_out(result, number, QT_TRANSLATE_NOOP("Import", "The fine has no usable date ({value})."),
                  value=str(row.get("fines_date") or "-"))
        return
    lines = []
    for uid, (kind, amount) in zip(uids, parts, strict=True):
        if uid in here.uids:
            continue
        here.uids.add(uid)
        lines.append({"uid": uid, "member": None, "kind": kind, "amount": amount, "at": midday(day),
                      "note": str(row.get("description") or "").strip()[:500], "staff": STAFF, "loan": None})
    member = _member(here, number, row, "fines", lines)
    if member is not None:  # (else they wait for ``_absent_members``)
        for fields in lines:
            fields["member"] = member.id
        result.new_fines += lines
        result.fines += len(lines)


def _zero(value: Any) -> bool:
    """Whether an amount SLiMS wrote is a zero (0, "0.00")."""
    try:
        return float(str(value).strip()) == 0
    except ValueError:
        return False


def _visit(result: HistoryPlan, here: Here, today: date, number: int, row: dict[str, Any]) -> None:
    member_id, name = str(row.get("member_id") or "").strip(), str(row.get("member_name") or "").strip()
    result.institutions += bool(str(row.get("institution") or "").strip())  # (said once: no place here)
    if member_id and name and member_id not in here.members:  # the name of a member SLiMS deleted, if one is made
        here.names.setdefault(member_id, name[:120])
    uid = here.uid("visitor_count", row.get("visitor_id"))
    if uid in here.uids:
        result.unchanged += 1
        return
    at = _past_moment(result, number, row.get("checkin_date"), today, QT_TRANSLATE_NOOP(
        "Import", "The visit has no usable date ({value})."))
    if at is None:
        return
    day = to_local(at).date()
    fields = {"uid": uid, "at": at, "member": None, "name": "", "gender": "", "age_band": "", "occupation": "",
              "origin_place": "", "purpose": "read", "headcount": 1}
    member = here.members.get(str(row.get("member_id") or "").strip())
    if member is not None:
        if (member.id, day) in here.visit_days:  # the member's visit that day is in the book here (the desk's)
            result.unchanged += 1
            return
        if (member.id, day) in here.visits_read:  # one line per member per day, as at the door: said, not counted
            result.twice_a_day += 1
            return
        here.visits_read.add((member.id, day))
        fields.update(member=member.id, gender=member.gender or "", age_band=age_band(member.birth_date, day),
                      occupation=member.occupation or "")
    else:  # a guest, or a member who is not in the member list: the name as written
        fields["name"] = name[:120]
    # the paper book typed into a sheet has the name (of a guest, or of a member who signed it): that line
    written = (fold(name[:120]), day)
    if name and here.guest_days[written] > 0:  # each line here matches one SLiMS row, once
        here.guest_days[written] -= 1
        result.same_visits += 1
        return
    if day in here.book_days:
        result.overlap_days.add(day)
    here.uids.add(uid)
    result.new_visits.append(fields)
    result.visits += 1


def apply(lib: Library, result: HistoryPlan, progress: Progress | None = None,
          cancel: Cancel | None = None) -> None:
    """Write a plan, all or nothing (inside the caller's transaction or its own)."""
    today = health.circulation_today(lib)
    with lib.transaction():
        checkpoint(progress, cancel, 0.6, QT_TRANSLATE_NOOP("Progress", "Saving"))
        _insert_made_members(lib, result)
        store.insert_many(lib, Loan, result.new_loans)
        out = [fields["item"] for fields in result.new_loans if fields["returned_at"] is None]
        for item in Item.select().where(Item.id.in_(out)) if out else ():
            store.update(lib, item, status="on_loan")
        close_loans(lib, result.closings)
        checkpoint(progress, cancel, 0.8, QT_TRANSLATE_NOOP("Progress", "Saving"))
        store.insert_many(lib, FineEntry, result.new_fines)
        store.insert_many(lib, Visit, result.new_visits)
        store.insert_many(lib, Holiday, result.new_holidays)
        if result.closed_weekdays:
            store.update(lib, lib.profile, closed_weekdays=result.closed_weekdays)
        if result.fines_skip_closed:
            set_setting(OPTIONS_KEY, {**loan_rules.options(lib).__dict__, SKIP_CLOSED: True})
        _insert_holds(lib, result, today)
        result.applied = True


def _insert_holds(lib: Library, result: HistoryPlan, today: date) -> None:
    """The reservations; a copy put aside (``_put_aside``) waits its pick-up days from today, by the calendar as
    this import leaves it, as a copy returned at the desk today would."""
    aside = [fields for fields in result.new_holds if fields["status"] == holds.READY]
    if aside:
        until = holds.ready_until(lib, calendar(lib, today), today)
        for fields in aside:
            fields["ready_until"] = until
        for item in Item.select().where(Item.id.in_([fields["item"] for fields in aside])):
            store.update(lib, item, status="on_hold")
    store.insert_many(lib, Hold, result.new_holds)


def _insert_made_members(lib: Library, result: HistoryPlan) -> None:
    """The members made for deleted members' loans (of the library's first member type, for as long as it
    lasts), and their loans and fines pointed at them."""
    if not result.new_members:
        return
    kind = MemberType.select().where(MemberType.deleted == False).order_by(MemberType.id).first()  # noqa: E712
    made: dict[str, int] = {}
    members = []
    for fields in result.new_members:
        expires = fields["registered_on"] + timedelta(days=kind.validity_days)
        members.append(store.insert(lib, Member, member_type=kind, expires_on=expires, **fields))
        made[fields["number"]] = members[-1].id
    members_from_before.remember(members)  # (the first loan's day is no registration: never a new member)
    for fields in (*result.new_loans, *result.new_fines):
        if isinstance(fields["member"], str):
            fields["member"] = made[fields["member"]]


def import_history(lib: Library, by: Staff, path: str | Path, *, dry_run: bool = False,
                   progress: Progress | None = None, cancel: Cancel | None = None,
                   database: str | None = None) -> HistoryPlan:
    """Import the loans, fines and visitor book of a SLiMS database backup (librarian,
    "circulation.import"). With ``dry_run`` nothing is written."""
    auth.require(by, "circulation.import")
    # a power cut during it is told at the next start (``store.unfinished``)
    with unfinished.watched(lib, "circulation.import", path, enabled=not dry_run):
        with read_to_the_end(path):  # (the plan reads the whole file: a USB stick pulled out is said)
            result = plan(lib, path, progress, cancel, database)
        if not dry_run and result.changes:
            with undoable_import.recorded(lib, by, "circulation.import", "loan", path) as detail:
                apply(lib, result, progress, cancel)
                detail.update({k: v for k, v in result.summary().items() if k in (
                    "loans_out", "loans_returned", "loans_closed", "fines", "visits", "holidays", "closed_days",
                    "reservations", "fines_skip_closed")})
    return result
