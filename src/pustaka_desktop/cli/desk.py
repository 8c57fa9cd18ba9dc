"""Circulation desk and members from the command line: checkout, checkin, renew, overdue, undo,
member add|show|search, members-import / members-export (SLiMS members CSV), history-import (a SLiMS
backup's loans, fines and visitor book), loans-import (the books still out and the loans returned before the move,
from INLISLite's loan report or a loan notebook kept in Excel), visits-import (the visitor book and activities
kept in Excel before the move)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from ..core.circulation import desk_reads, desk_undo, holds, lost_loans, member_loans, overdue, override_notes
from ..core.circulation import loans as circulation
from ..core.circulation.loans import LoanRefused
from ..core.community import member_privacy, members, schools
from ..core.formatting import format_date, format_money, format_number
from ..core.interop import loan_lists, member_import, slims_history, slims_members, visit_sheets
from . import common
from .common import translate

EXIT_REFUSED = 3
DATABASE_HELP = "with a SLiMS database backup: the SLiMS database to read of a server's backup that holds several"


def register(sub: argparse._SubParsersAction) -> None:
    p = common.command(sub, "checkout", cmd_checkout, json=True,
                       help="lend a copy to a member (exit code 3 when a rule refuses)")
    p.add_argument("member", help="member number (card barcode)")
    p.add_argument("barcode", help="copy barcode")
    p.add_argument("--override-pin", help="a librarian's PIN to override an overridable refusal")
    p.add_argument("--override-note", default="", metavar="TEXT",
                   help="why the override was allowed (kept in the audit log and the copy's history)")

    p = common.command(sub, "checkin", cmd_checkin, json=True, help="return a copy")
    p.add_argument("barcode")
    p.add_argument("--book-drop", action="store_true",
                   help="the copy came out of the book drop: the fine counts only to the last open day before today")

    p = common.command(sub, "lost", cmd_lost, json=True,
                       help="a copy lost on loan: close the loan, mark the copy lost, charge the member (librarian)")
    p.add_argument("barcode")
    p.add_argument("--price", type=int, required=True, metavar="RUPIAH",
                   help="what the member pays for the lost book, in whole rupiah (0: nothing)")
    p.add_argument("--note", default="", help="a note kept on the copy, e.g. how it was lost")

    p = common.command(sub, "renew", cmd_renew, json=True, help="renew a loan")
    p.add_argument("barcode")
    p.add_argument("--override-pin", help="a librarian's PIN to override an overridable refusal")
    p.add_argument("--override-note", default="", metavar="TEXT",
                   help="why the override was allowed (kept in the audit log and the copy's history)")

    common.command(sub, "undo", cmd_undo, help="take back the last check-out, return or renewal (librarian)")

    p = common.command(sub, "overdue", cmd_overdue, json=True,
                       help="loans past their due date, with days late and fine so far")
    p.add_argument("--messages", action="store_true", help="print the WhatsApp/SMS reminder for each member")
    p.add_argument("--letters", metavar="FILE.pdf", help="write printable reminder letters")

    p = common.command(sub, "hold", cmd_hold, help="reserve the title of a copy for a member")
    p.add_argument("member")
    p.add_argument("barcode", help="barcode of any copy of the title")

    p = common.command(sub, "reservations", cmd_reservations, json=True,
                       help="active reservations with queue positions; the hold shelf")
    p.add_argument("--member", help="only this member's reservations (card number)")
    p.add_argument("--title-of", metavar="BARCODE", help="the queue of this copy's title")
    p.add_argument("--shelf", action="store_true", help="the hold shelf: copies waiting to be picked up")

    p = common.command(sub, "reservation-cancel", cmd_reservation_cancel,
                       help="cancel a reservation (its number from 'reservations')")
    p.add_argument("hold_id", type=int)

    common.command(sub, "holds-expire", cmd_holds_expire,
                   help="release reserved copies nobody collected in time")

    p = sub.add_parser("member", help="members: add, show, search, schools")
    msub = p.add_subparsers(dest="member_command", required=True, metavar="ACTION")
    q = common.command(msub, "add", cmd_member_add, json=True, help="register a member")
    q.add_argument("--name", required=True)
    q.add_argument("--type", required=True, dest="member_type", help="member type name, e.g. Umum")
    for name in ("number", "gender", "birth-date", "phone", "nik", "address", "village", "rt-rw", "email",
                 "occupation", "education", "institution", "guardian", "notes"):
        q.add_argument(f"--{name}", default=None)
    q.add_argument("--force", action="store_true", help="register even when a likely duplicate exists")
    q = common.command(msub, "show", cmd_member_show, json=True,
                       help="a member with loans, fines and reservations")
    q.add_argument("number")
    q = common.command(msub, "search", cmd_member_search, json=True, help="search by name, number or phone")
    q.add_argument("query", nargs="?", default="")
    q.add_argument("--limit", type=int, default=50)
    q.add_argument("--offset", type=int, default=0)
    common.command(msub, "schools", cmd_member_schools, json=True,
                   help="the members' schools, each once with the ways the records write it (librarian)")

    p = common.command(sub, "members-import", common.says_when_stopped(cmd_members_import), json=True,
                       help="import members: a SLiMS members CSV or database backup, INLISLite's member report or a list "
                            "kept in Excel (librarian)")
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="only report what would change")
    p.add_argument("--pictures", metavar="FOLDER", help="SLiMS's images folder (or its persons folder): the members' "
                                                        "photos the file names")
    p.add_argument("--database", metavar="NAME", help=DATABASE_HELP)

    p = common.command(sub, "history-import", common.says_when_stopped(cmd_history_import), json=True,
                       help="import the loans (those still out and those returned), fines, visitor book, reservations and "
                            "holidays of a SLiMS database backup, after its catalogue and members (librarian)")
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="only report what would change")
    p.add_argument("--database", metavar="NAME", help=DATABASE_HELP)

    p = common.command(sub, "loans-import", common.says_when_stopped(cmd_loans_import), json=True,
                       help="import the loans of INLISLite's loan report (Laporan Peminjaman) or a loan notebook "
                            "kept in Excel: the books still out on the day of the move, and the loans returned "
                            "before it, for this year's reports; after the catalogue and the members (librarian)")
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="only report what would change")

    p = common.command(sub, "visits-import", common.says_when_stopped(cmd_visits_import), json=True,
                       help="import the visitor book (buku tamu) and activities (kegiatan) kept in Excel before the "
                            "move, INLISLite's Laporan Buku Tamu or its database backup, so this year's reports count "
                            "those months (librarian)")
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="only report what would change")

    p = common.command(sub, "members-export", cmd_members_export,
                       help="export members as a SLiMS members CSV (personal data: librarian): the RT/RW and "
                            "village at the end of the address, occupation, education and guardian in the notes")
    p.add_argument("file")
    p.add_argument("--no-header", action="store_true")


def _refused(exc: LoanRefused, as_json: bool = False) -> int:
    """Why the desk refused, on stderr; with --json also as JSON on stdout (a script reading it got nothing):
    each reason's code beside its sentence in the user's language, and whether a librarian may override."""
    if as_json:
        common.print_json({"refused": [{"reason": problem.reason, "message": problem.message(common.translate)}
                                       for problem in exc.problems], "overridable": exc.overridable})
    for problem in exc.problems:
        print(translate("cli", "Refused ({reason}): {message}").format(
            reason=problem.reason, message=problem.message(common.translate)), file=sys.stderr)
    if exc.overridable:
        print(translate("cli", "A librarian can override this with --override-pin."), file=sys.stderr)
    return EXIT_REFUSED


def _patiently(work):
    """The desk's work while another job (a big import, a bundle) writes: wait and try again, saying so,
    instead of failing with "database is locked" (core.store.faults.retry_busy)."""
    from ..core.store.faults import retry_busy

    def waiting(attempt: int) -> None:
        print(translate("cli", "The library is busy with another job (an import or a bundle); waiting and trying "
                               "again ({attempt})...").format(attempt=attempt), file=sys.stderr)

    return retry_busy(work, waiting)


def _say(template: str, params: dict[str, Any]) -> str:
    return translate("Circulation", template).format(**params)


def _desk_action(args: argparse.Namespace, work: Callable[..., Any], as_json: Callable[[Any], dict[str, Any]],
                 then: Callable[[Any], None] | None = None) -> int:
    """A desk action from the command line: ``work(lib, by)`` runs (waiting while another job writes); a
    refusal says why and exits 3; else the result as JSON (``as_json``) or as the desk says it (and
    ``then`` prints what follows)."""
    lib, by = common.library_and_user(args)
    try:
        result = _patiently(lambda: work(lib, by))
    except LoanRefused as exc:
        return _refused(exc, args.json)
    if args.json:
        common.print_json(as_json(result))
    else:
        print(_say(result.message, result.params))
        if then is not None:
            then(result)
    return 0


def _noted(action, note: str):
    """``action`` and, when a librarian's override let it through, the reason given for it (``override_notes``)."""
    def run(lib, by):
        result = action(lib, by)
        if note.strip() and result.overridden_by:
            override_notes.note_override(lib, by, result.loan.uid, note)
        return result
    return run


def cmd_checkout(args: argparse.Namespace) -> int:
    return _desk_action(
        args, _noted(lambda lib, by: circulation.checkout(lib, by, args.member, args.barcode,
                                                          override_pin=args.override_pin), args.override_note),
        lambda result: {"loan": result.loan.uid, "member": result.member.number, "barcode": result.item.barcode,
                        "title": result.title, "due_on": result.due_on, "overridden": result.overridden,
                        "overridden_by": result.overridden_by, "hold_fulfilled": result.hold_fulfilled})


def _hold_waiting(result) -> None:
    if result.hold is not None:
        print(translate("cli", "Reserved for {name} ({number}, {phone}) until {date}.").format(
            name=result.hold.member_name, number=result.hold.member_number, phone=result.hold.phone or "-",
            date=format_date(result.hold.ready_until)))


def cmd_checkin(args: argparse.Namespace) -> int:
    return _desk_action(
        args, lambda lib, by: circulation.checkin(lib, by, args.barcode, book_drop=args.book_drop),
        lambda result: {"barcode": result.item.barcode, "title": result.title,
                        "member": result.member.number if result.member else None, "days_late": result.days_late,
                        "fine": result.fine, "found": result.found,
                        "hold_for": result.hold.member_number if result.hold else None,
                        "hold_until": result.hold.ready_until if result.hold else None},
        then=_hold_waiting)


def cmd_lost(args: argparse.Namespace) -> int:
    return _desk_action(
        args, lambda lib, by: lost_loans.declare_lost(lib, by, args.barcode, args.price, args.note),
        lambda result: {"barcode": result.item.barcode, "title": result.title, "member": result.member.number,
                        "charged": result.charged})


def cmd_renew(args: argparse.Namespace) -> int:
    return _desk_action(
        args, _noted(lambda lib, by: circulation.renew(lib, by, args.barcode, override_pin=args.override_pin),
                     args.override_note),
        lambda result: {"barcode": args.barcode, "title": result.title, "old_due": result.old_due,
                        "due_on": result.due_on, "renewals_used": result.renewals_used,
                        "renewals_allowed": result.renewals_allowed, "fine": result.fine})


def cmd_undo(args: argparse.Namespace) -> int:
    lib, by = common.library_and_user(args)
    result = desk_undo.undo_last(lib, by)
    print(_say(result.message, result.params))
    return 0


def cmd_overdue(args: argparse.Namespace) -> int:
    lib, by = common.library_and_user(args)
    groups = overdue.overdue_by_member(lib)
    if args.letters:
        from ..core.printing import overdue_letters

        count = overdue_letters.write_letters(lib, by, args.letters)
        print(translate("cli", "{count} letter(s) written to {path}.").format(count=format_number(count),
                                                                             path=args.letters),
              file=sys.stderr)

    def as_json(g) -> dict[str, Any]:
        return {"member": g.number, "name": g.name, "phone": g.phone, "total_fine": g.total_fine,
                "loans": [{"barcode": x.barcode, "title": x.title, "due_on": x.due_on, "days_late": x.days_late,
                           "fine_so_far": x.fine_so_far} for x in g.lines],
                **({"message": overdue.reminder_text(lib, g)} if args.messages else {})}

    def show(g) -> None:
        print(f"{g.number}  {g.name}  {g.phone}  {format_money(g.total_fine)}")
        for x in g.lines:
            print("    " + translate("cli", "{barcode}  {title}  due {due}, {days} day(s) late, {fine}").format(
                barcode=x.barcode, title=x.title, due=format_date(x.due_on), days=x.days_late, fine=format_money(x.fine_so_far)))
        if args.messages:
            print()
            print(overdue.reminder_text(lib, g))
            print()

    return common.print_rows(args, groups, as_json, translate("cli", "No overdue loans."), show)


def cmd_hold(args: argparse.Namespace) -> int:
    lib, by = common.library_and_user(args)
    member = desk_reads.find_member(lib, args.member)
    item = desk_reads.find_item(lib, args.barcode)
    hold = holds.place_hold(lib, by, member, item.record)
    if hold.status == holds.READY:
        print(translate("cli", "Reserved; a copy is on the shelf: put {barcode} aside until {date}.").format(
            barcode=hold.item.barcode, date=format_date(hold.ready_until)))
    else:
        print(translate("cli", "Reserved; {name} is number {position} in the queue.").format(
            name=member.name, position=holds.waiting_position(lib, hold)))
    return 0


def cmd_reservations(args: argparse.Namespace) -> int:
    lib, by = common.library_and_user(args)
    if args.shelf:
        lines = holds.hold_shelf(lib)
    elif args.title_of:
        lines = holds.title_queue(lib, desk_reads.find_item(lib, args.title_of).record_id)
    else:
        if args.member:
            desk_reads.find_member(lib, args.member)  # an unknown number is an error, not an empty list
        lines = holds.reservations(lib, member_number=args.member)

    def show(x) -> None:
        print(f"{x.hold_id:>6}  {x.member_number:<14} {x.member_name:<28} {x.title}  — {_hold_place(x)}")

    return common.print_rows(
        args, lines,
        lambda x: {"id": x.hold_id, "title": x.title, "member": x.member_number, "name": x.member_name,
                   "status": x.status, "position": x.position, "placed_on": x.placed_on,
                   "ready_until": x.ready_until, "barcode": x.barcode, "pickup_passed": x.pickup_passed},
        translate("cli", "No active reservations."), show)


def _hold_place(hold: holds.HoldLine | holds.ReservationLine) -> str:
    """Where a reservation stands, in words: its place in line, or on the hold shelf until when."""
    if hold.status == holds.READY:
        return translate("cli", "ON THE HOLD SHELF ({barcode}) until {date}").format(
            barcode=hold.barcode, date=format_date(hold.ready_until))
    return translate("cli", "number {position} in line").format(position=hold.position)


def cmd_reservation_cancel(args: argparse.Namespace) -> int:
    lib, by = common.library_and_user(args)
    hold = holds.get_hold(lib, args.hold_id)
    title = hold.record.title
    next_in_line = holds.cancel(lib, by, args.hold_id)
    print(translate("cli", "Reservation {id} ({title}) cancelled.").format(id=args.hold_id, title=title))
    if next_in_line is not None:
        print(translate("cli", "The copy {barcode} now waits for {name} ({number}) until {date}.").format(
            barcode=next_in_line.barcode, name=next_in_line.member_name, number=next_in_line.member_number,
            date=format_date(next_in_line.ready_until)))
    return 0


def cmd_holds_expire(args: argparse.Namespace) -> int:
    lib, by = common.library_and_user(args)
    expired = holds.expire_holds(lib, by)
    print(translate("cli", "{count} reservation(s) expired.").format(count=format_number(len(expired))))
    return 0


def _member_json(member) -> dict[str, Any]:
    fields = {name: getattr(member, name) for name in members.MEMBER_FIELDS if name != "member_type"}
    fields["member_type"] = member.member_type.name
    fields["blocked"] = member.blocked
    fields["blocked_reason"] = member.blocked_reason
    return fields


def cmd_member_add(args: argparse.Namespace) -> int:
    lib, by = common.library_and_user(args)
    fields = {"name": args.name, "member_type": args.member_type}
    for name in ("number", "gender", "birth_date", "phone", "nik", "address", "village", "rt_rw", "email",
                 "occupation", "education", "institution", "guardian", "notes"):
        value = getattr(args, name)
        if value is not None:
            fields[name] = value
    try:
        member = members.register(lib, by, allow_duplicate=args.force, **fields)
    except members.DuplicateMember as exc:
        print(translate("cli", "Error: {message}").format(message=common.error_text(exc)), file=sys.stderr)
        print(translate("cli", "Use --force to register anyway."), file=sys.stderr)
        return 1
    if args.json:
        common.print_json(_member_json(member))
    else:
        print(translate("cli", "Registered {name} as {number} (until {date}).").format(
            name=member.name, number=member.number, date=format_date(member.expires_on)))
    return 0


def cmd_member_show(args: argparse.Namespace) -> int:
    lib, by = common.library_and_user(args)
    summary = member_loans.member_summary(lib, members.get_member(lib, args.number))
    m = member_privacy.for_desk(summary.member, by)  # a volunteer sees no personal data, --json included
    if args.json:
        common.print_json({
            **_member_json(m), "age": summary.age, "expired": summary.expired,
            "loans": [{"barcode": x.barcode, "title": x.title, "due_on": x.due_on, "days_late": x.days_late,
                       "fine_so_far": x.fine_so_far, "renewals": x.renewals} for x in summary.loans],
            "fines_balance": summary.fines_balance,
            "holds": [{"title": h.title, "status": h.status, "position": h.position, "ready_until": h.ready_until}
                      for h in summary.holds],
            "problems": [{"reason": p.reason, "message": p.message(common.translate)} for p in summary.problems],
        })
        return 0
    print(f"{m.number}  {m.name}  ({summary.type_name})")
    print(translate("cli", "Member until {date}; phone {phone}").format(date=format_date(m.expires_on),
                                                                     phone=m.phone or "-"))
    for x in summary.loans:
        late = translate("cli", ", {days} day(s) late").format(days=x.days_late) if x.days_late else ""
        print(f"    {x.barcode}  {x.title}  -> {format_date(x.due_on)}{late}")
    print(translate("cli", "Unpaid fines: {amount}").format(amount=format_money(summary.fines_balance)))
    for h in summary.holds:
        print("    " + translate("cli", "Reserved: {title} — {place}").format(title=h.title, place=_hold_place(h)))
    for problem in summary.problems:
        print("! " + problem.message(common.translate))
    return 0


def cmd_member_search(args: argparse.Namespace) -> int:
    lib, by = common.library_and_user(args)
    page = member_privacy.search_for(lib, by, args.query, offset=args.offset, limit=args.limit)
    if args.json:
        common.print_json({"total": page.total, "members": [
            {"number": m.number, "name": m.name, "phone": m.phone, "expires_on": m.expires_on,
             "school": m.institution or "", "class": schools.class_line(m.notes)} for m in page.rows]})
        return 0
    for m in page.rows:
        print(f"{m.number:<14} {m.name:<32} {m.phone:<14} {format_date(m.expires_on)}")
        # (a class found by "SD NEGERI 1 4A": each pupil's school and class, to confirm; a volunteer sees neither)
        school = " · ".join(filter(None, (m.institution, schools.class_line(m.notes))))
        if school:
            print(f"{'':<14} {school}")
    print(translate("cli", "{shown} of {total} member(s).").format(shown=format_number(len(page.rows)),
                                                                  total=format_number(page.total)),
          file=sys.stderr)
    return 0


def cmd_member_schools(args: argparse.Namespace) -> int:
    lib, by = common.library_and_user(args)
    found = schools.schools_of(lib, by)
    if args.json:
        common.print_json({"schools": [{"school": group.name, "members": sum(group.spellings.values()),
                                        "spellings": group.spellings} for group in found]})
        return 0
    for group in found:
        print(translate("cli", "{school}: {count} member(s)").format(
            school=group.name, count=format_number(sum(group.spellings.values()))))
        if len(group.spellings) > 1:  # (the ways its records write it, most used first)
            ways = sorted(group.spellings.items(), key=lambda pair: (-pair[1], pair[0]))
            print("    " + ", ".join(f"{name} ({format_number(count)})" for name, count in ways))
    if not found:
        print(translate("cli", "No member has a school written in their record."), file=sys.stderr)
    return 0


def cmd_members_import(args: argparse.Namespace) -> int:
    lib, by = common.library_and_user(args)
    result = member_import.import_members(lib, by, args.file, dry_run=args.dry_run, pictures=args.pictures,
                                          database=args.database)
    template = (translate("cli", "Dry run: would add {add}, update {update}; {unchanged} unchanged, {bad} bad row(s).")
                if args.dry_run else
                translate("cli", "Imported: added {add}, updated {update}; {unchanged} unchanged, {bad} bad row(s)."))
    counts = {"add": result.add, "update": result.update, "unchanged": result.unchanged, "bad": len(result.bad)}
    return _report_plan(args, result, template.format(**{key: format_number(n) for key, n in counts.items()}))


def cmd_history_import(args: argparse.Namespace) -> int:
    lib, by = common.library_and_user(args)
    result = slims_history.import_history(lib, by, args.file, dry_run=args.dry_run, database=args.database)
    template = (translate("cli", "Dry run: would add {out} loan(s) still out, {returned} returned loan(s), {fines} fine "
                                 "line(s) and {visits} visit(s); would close {closed} loan(s); {unchanged} already here, "
                                 "{bad} row(s) left out.")
                if args.dry_run else
                translate("cli", "Imported: {out} loan(s) still out, {returned} returned loan(s), {fines} fine line(s) "
                                 "and {visits} visit(s); closed {closed} loan(s); {unchanged} already here, {bad} row(s) "
                                 "left out."))
    counts = {"out": result.loans_out, "returned": result.loans_returned, "fines": result.fines,
              "visits": result.visits, "closed": result.loans_closed, "unchanged": result.unchanged,
              "bad": result.left_out}
    return _report_plan(args, result, template.format(**{key: format_number(n) for key, n in counts.items()}))


def cmd_loans_import(args: argparse.Namespace) -> int:
    lib, by = common.library_and_user(args)
    result = loan_lists.import_loans(lib, by, args.file, dry_run=args.dry_run)
    template = (translate("cli", "Dry run: would add {out} loan(s) still out and {returned} returned loan(s); "
                                 "{unchanged} already here, {bad} row(s) left out.")
                if args.dry_run else
                translate("cli", "Imported: {out} loan(s) still out and {returned} returned loan(s); {unchanged} "
                                 "already here, {bad} row(s) left out."))
    counts = {"out": result.loans_out, "returned": result.returned, "unchanged": result.unchanged + result.same_loan,
              "bad": result.left_out}
    return _report_plan(args, result, template.format(**{key: format_number(n) for key, n in counts.items()}))


def cmd_visits_import(args: argparse.Namespace) -> int:
    lib, by = common.library_and_user(args)
    result = visit_sheets.import_visit_book(lib, by, args.file, dry_run=args.dry_run)
    template = (translate("cli", "Dry run: would add {visits} line(s) to the visitor book ({people} people) and "
                                 "{sessions} session(s) of {programmes} new activity(ies) with {attendance} "
                                 "attendance(s); {unchanged} already here, {bad} row(s) left out.")
                if args.dry_run else
                translate("cli", "Imported: {visits} line(s) of the visitor book ({people} people) and {sessions} "
                                 "session(s) of {programmes} new activity(ies) with {attendance} attendance(s); "
                                 "{unchanged} already here, {bad} row(s) left out."))
    acts = result.activities
    counts = {"visits": result.visits, "people": result.people, "sessions": acts.sessions,
              "programmes": acts.programmes, "attendance": acts.attendance,
              "unchanged": result.unchanged + acts.unchanged, "bad": result.left_out}
    return _report_plan(args, result, template.format(**{key: format_number(n) for key, n in counts.items()}))


def _report_plan(args: argparse.Namespace, result, counts: str) -> int:
    """A members or history import said: its JSON, or its counts, notes and refused rows. Exit code 2
    when rows were refused (everything else came in), as ``import``."""
    code = 2 if result.left_out else 0  # (a history's rows of deleted members too, said in one line)
    if args.json:
        common.print_json({**result.summary(), "notices": [notice.line(translate) for notice in result.notices],
                           "bad": [common.bad_row_json(b) for b in result.bad]})
        return code
    print(counts)
    for line in result.notes(common.translate):
        print(line)
    for bad in result.bad:
        print(bad.line(common.translate))
    return code


def cmd_members_export(args: argparse.Namespace) -> int:
    lib, by = common.library_and_user(args)
    count = slims_members.export_members(lib, by, args.file, header=not args.no_header)
    print(translate("cli", "{count} member(s) written to {path}.").format(count=format_number(count), path=args.file))
    return 0
