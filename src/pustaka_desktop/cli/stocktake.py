"""Stock-take from the command line: start, scan, status, finish, abandon, not-seen, decide, report (a stock-take
over several days; the decisions on the copies not seen afterwards)."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..core.catalog import stocktake, stocktake_tally
from ..core.catalog.copies import ITEM_STATUSES
from ..core.formatting import format_number
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.printing import stocktake_report
from . import common
from .common import translate
from .desk import EXIT_REFUSED


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("stocktake", help="stock-take: start, scan, status, finish, abandon, not-seen, decide, report")
    ssub = p.add_subparsers(dest="stocktake_command", required=True, metavar="ACTION")
    q = common.command(ssub, "start", cmd_st_start,
                       help="start a session (optionally one location / DDC range)")
    q.add_argument("--location", default="")
    q.add_argument("--ddc-from", default="")
    q.add_argument("--ddc-to", default="")
    q = common.command(ssub, "scan", cmd_st_scan, help="record barcodes seen on the shelf")
    q.add_argument("barcodes", nargs="*")
    q.add_argument("--file", help="a text file with one barcode per line")
    q.add_argument("--shelf", default="", metavar="LOCATION",
                   help="the shelf (location) being scanned: a copy that belongs elsewhere is named")
    common.command(ssub, "status", cmd_st_status, json=True, help="progress of the open session")
    q = common.command(ssub, "finish", cmd_st_finish, help="finish: list copies not seen and mark them")
    q.add_argument("--mark", choices=("missing", "lost", "none"), default="missing")
    q.add_argument("--report", metavar="FILE.pdf", help="write the stock-take report")
    common.command(ssub, "abandon", cmd_st_abandon,
                   help="close the running stock-take without marking anything (a new one starts from nothing)")
    q = common.command(ssub, "not-seen", cmd_st_not_seen, help="the copies a finished stock-take did not see, "
                                                               "with their status now")
    q.add_argument("session", type=int, metavar="NUMBER", help="stock-take number")
    q = common.command(ssub, "report", cmd_st_report, help="write a stock-take's report (PDF)")
    q.add_argument("session", type=int, metavar="NUMBER", help="stock-take number")
    q.add_argument("file", metavar="FILE.pdf")
    q = common.command(ssub, "decide", cmd_st_decide,
                       help="after finishing: decide for copies not seen (lost, found, or keep looking)")
    q.add_argument("session", type=int, metavar="NUMBER", help="stock-take number")
    q.add_argument("barcodes", nargs="+", metavar="BARCODE")
    which = q.add_mutually_exclusive_group(required=True)
    which.add_argument("--lost", dest="decision", action="store_const", const="lost",
                       help="written off as lost (what the district counts as lost)")
    which.add_argument("--found", dest="decision", action="store_const", const="found",
                       help="found after all: back on the shelf (or the hold shelf)")
    which.add_argument("--keep-looking", dest="decision", action="store_const", const="missing",
                       help="still missing (also undoes --lost or --found)")


def _session(lib):
    session = stocktake.open_session(lib)
    if session is None:
        raise stocktake.ValidationError(
            stocktake.QT_TRANSLATE_NOOP("Errors", "No stock-take is running. Start one first."))
    return session


def cmd_st_start(args: argparse.Namespace) -> int:
    lib, by = common.library_and_user(args)
    session = stocktake.start(lib, by, args.location, args.ddc_from, args.ddc_to)
    counts = stocktake.progress(lib, session)
    print(translate("cli", "Stock-take {number} started: {expected} copies expected on the shelves.").format(
        number=session.id, expected=format_number(counts.expected)))
    return 0


def cmd_st_scan(args: argparse.Namespace) -> int:
    lib, by = common.library_and_user(args)
    session = _session(lib)
    shelf = stocktake.shelf_named(lib, args.shelf)
    if args.file:
        read = stocktake.scan_file(lib, by, session, args.file, shelf=shelf)
        misplaced = read[stocktake.MISPLACED]
        read[stocktake.KNOWN] += misplaced  # (seen: the sentence counts them; the page too)
        counts = {key: format_number(value) for key, value in read.items()}
        # (the Stock-take page's own sentence)
        print(translate("StocktakePage", "Read {ok} copies; {unknown} unknown, {elsewhere} from elsewhere, "
                                         "{on_loan} on loan, {dupes} already scanned.").format(
            ok=counts[stocktake.KNOWN], unknown=counts[stocktake.UNKNOWN], elsewhere=counts[stocktake.OUT_OF_SCOPE],
            on_loan=counts[stocktake.ON_LOAN], dupes=counts[stocktake.DUPLICATE]))
        if counts[stocktake.FOUND] != "0":
            print(translate("StocktakePage", "{found} copies marked lost or missing were found again: they are back "
                                             "in the catalogue.").format(found=counts[stocktake.FOUND]))
        if misplaced:
            print(translate("StocktakePage", "{misplaced} of them belong on another shelf than {shelf}: the report "
                                             "lists them.").format(misplaced=format_number(misplaced), shelf=shelf))
        if counts[stocktake.WITHDRAWN] != "0":
            print(translate("StocktakePage", "{withdrawn} copies were withdrawn from the collection: set them aside "
                                             "for the librarian.").format(withdrawn=counts[stocktake.WITHDRAWN]))
    for code in args.barcodes:
        result = stocktake.scan(lib, by, session, code, shelf)
        # the message says what happened in words; "!" marks a copy to act on, as the page's red line does
        fine = result.status in (stocktake.KNOWN, stocktake.DUPLICATE, stocktake.FOUND)
        print(("  " if fine else "! ") + translate("Stocktake", result.message).format(**(result.params or {})))
    return 0


def cmd_st_status(args: argparse.Namespace) -> int:
    lib, by = common.library_and_user(args)
    session = _session(lib)
    counts = stocktake.progress(lib, session)
    shelves = stocktake_tally.tally(lib, session, "location")
    if args.json:
        common.print_json({"session": session.id, "expected": counts.expected, "seen": counts.seen,
                           "missing": counts.missing, "on_loan": counts.on_loan, "scanned": counts.scanned,
                           "by_location": [{"location": row.key, "expected": row.expected, "seen": row.seen,
                                            "missing": row.missing} for row in shelves]})
    else:
        print(translate("cli", "Seen {seen} of {expected} ({percent}%); {missing} not seen yet.").format(
            seen=format_number(counts.seen), expected=format_number(counts.expected),
            percent=int(counts.fraction * 100), missing=format_number(counts.missing)))
        days = stocktake.days_running(lib, session)
        if days > stocktake.LEFT_OPEN_DAYS:
            print("! " + translate("StocktakePage", "It was started {days} days ago. If it was left unfinished, ask "
                                                    "the librarian to abandon it and start a new one: books scanned "
                                                    "back then may have gone since.").format(days=days))
        for row in shelves:  # (where to go on scanning: the shelves with copies not seen yet)
            print("  " + translate("StocktakePage", "{shelf}: {seen} of {expected} seen, {missing} not yet.").format(
                shelf=row.key or "-", seen=format_number(row.seen), expected=format_number(row.expected),
                missing=format_number(row.missing)))
    return 0


def cmd_st_finish(args: argparse.Namespace) -> int:
    lib, by = common.library_and_user(args)
    session = _session(lib)
    missing = stocktake.not_seen(lib, session)
    for copy in missing:
        print(f"{copy.barcode:<14} {copy.location:<12} {copy.call_number:<16} {copy.title}")
    marked = stocktake.finish(lib, by, session, mark=None if args.mark == "none" else args.mark)
    print(translate("cli", "Stock-take finished: {count} copies not seen; {marked} marked.").format(
        count=format_number(len(missing)), marked=format_number(marked)))
    if args.report:
        stocktake_report.write_report(lib, session, Path(args.report))
        print(translate("cli", "Report written to {path}.").format(path=args.report))
    return 0


def cmd_st_abandon(args: argparse.Namespace) -> int:
    lib, by = common.library_and_user(args)
    session = _session(lib)
    stocktake.abandon(lib, by, session)
    print(translate("cli", "Stock-take {number} abandoned: nothing was marked; a new stock-take starts from "
                           "nothing.").format(number=session.id))
    return 0


def _status_name(status: str) -> str:
    return translate("Catalog", ITEM_STATUSES[status]).lower() if status in ITEM_STATUSES else status


def cmd_st_not_seen(args: argparse.Namespace) -> int:
    lib, by = common.library_and_user(args)
    session = stocktake.get_session(lib, args.session)
    for copy in stocktake.not_seen(lib, session):
        print(f"{copy.barcode:<14} {copy.location:<12} {copy.call_number:<16} {_status_name(copy.status):<12} "
              f"{copy.title}")
    return 0


DECIDED = {
    "lost": QT_TRANSLATE_NOOP("cli", "{count} copies written off as lost."),
    "found": QT_TRANSLATE_NOOP("cli", "{count} copies found: back in the catalogue."),
    "missing": QT_TRANSLATE_NOOP("cli", "{count} copies still missing: keep looking."),
}


def cmd_st_decide(args: argparse.Namespace) -> int:
    lib, by = common.library_and_user(args)
    session = stocktake.get_session(lib, args.session)
    result = stocktake.decide(lib, by, session, args.barcodes, args.decision)
    for barcode, status in result.skipped:
        print("! " + translate("cli", "{barcode} is {status} now: left as it is.").format(
            barcode=barcode, status=_status_name(status)))
    print(translate("cli", DECIDED[args.decision]).format(count=format_number(len(result.changed) + len(result.already))))
    return EXIT_REFUSED if result.skipped else 0


def cmd_st_report(args: argparse.Namespace) -> int:
    lib, by = common.library_and_user(args)
    stocktake_report.write_report(lib, stocktake.get_session(lib, args.session), Path(args.file))
    print(translate("cli", "Report written to {path}.").format(path=args.file))
    return 0
