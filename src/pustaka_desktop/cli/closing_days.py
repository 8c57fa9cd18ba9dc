"""Closing days from the command line: ``pustaka-cli holidays national YEAR [--cuti-bersama] [--dry-run|--yes]``
lists Indonesia's national holidays of a year (and the government's cuti bersama when asked) and adds the
ones this library does not close on yet (``core.circulation.national_holidays``)."""

from __future__ import annotations

import argparse
import sys

from ..core.circulation import national_holidays
from ..core.formatting import format_date, format_number
from . import common
from .common import translate


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("holidays", help="the library's closing days: national holidays of a year")
    actions = p.add_subparsers(dest="holidays_action", required=True, metavar="ACTION")
    q = common.command(actions, "national", cmd_national, json=True,
                       help="list Indonesia's national holidays of a year and add them as closing days (librarian)")
    q.add_argument("year", metavar="YEAR", help="the year, e.g. 2027")
    q.add_argument("--cuti-bersama", action="store_true",
                   help="also the government's joint leave days (cuti bersama), as the village office keeps them")
    q.add_argument("--skip", metavar="DATES", default="",
                   help="leave out these days (dd-mm-yyyy or yyyy-mm-dd, separated by commas)")
    q.add_argument("--dry-run", action="store_true", help="only list the days, add nothing")
    q.add_argument("--yes", action="store_true", help="add the days without asking")


def cmd_national(args: argparse.Namespace) -> int:
    lib = common.open_library(args)
    by = common.acting_user(lib, args)
    year = national_holidays.national_year(lib, args.year)
    days = year.chosen(args.cuti_bersama)
    kept = national_holidays.without(days, args.skip)
    to_add = [day for day in kept if not day.entered]
    if args.json and (args.dry_run or not args.yes):
        common.print_json({"year": year.year, "cuti_bersama_known": year.joint_leave_known,
                           "days": [_as_json(day) for day in days]})
        return 0
    if not args.json:
        _show(year, days, kept, args.cuti_bersama)
    if not to_add:
        print(translate("cli", "Nothing to add: the library is already closed on every one of these days."))
        return 0
    if args.dry_run:
        print(translate("cli", "Would add {count} closing day(s).").format(count=format_number(len(to_add))))
        return 0
    if not _confirmed(args, len(to_add)):
        return 1
    added = national_holidays.add_national_days(lib, by, to_add)
    if args.json:
        common.print_json({"year": year.year, "added": [_as_json(day) for day in to_add]})
    else:
        print(translate("cli", "Added {count} closing day(s).").format(count=format_number(len(added))))
    return 0


def _show(year: national_holidays.NationalYear, days: list[national_holidays.NationalDay],
          kept: list[national_holidays.NationalDay], joint: bool) -> None:
    print(translate("cli", "National holidays {year}:").format(year=year.year))
    for day in days:
        marks = [translate("cli", "cuti bersama")] if day.joint_leave else []
        if day.estimated:
            marks.append(translate("cli", "estimate"))
        if day.entered:
            marks.append(translate("cli", "already entered"))
        elif day not in kept:
            marks.append(translate("cli", "left out"))
        extra = f"  [{', '.join(marks)}]" if marks else ""
        print(f"  {format_date(day.day)}  {day.name}{extra}")
    if any(day.estimated for day in days):
        print(translate("cli", "An estimate is a lunar date the government has not fixed yet: check it when the "
                               "government announces the year's holidays."))
    if joint and not year.joint_leave_known:
        print(translate("cli", "The government has not announced the cuti bersama of {year} yet (usually late in the "
                               "year before).").format(year=year.year))


def _as_json(day: national_holidays.NationalDay) -> dict:
    return {"date": day.day.isoformat(), "name": day.name, "cuti_bersama": day.joint_leave,
            "estimated": day.estimated, "already_entered": day.entered}


def _confirmed(args: argparse.Namespace, count: int) -> bool:
    if args.yes:
        return True
    if not sys.stdin.isatty():
        print(translate("cli", "Add --yes to add these {count} day(s), or --dry-run to only list them.").format(
            count=format_number(count)), file=sys.stderr)
        return False
    answer = input(translate("cli", "Add these {count} day(s) as closing days? Type yes: ").format(
        count=format_number(count)))
    return answer.strip().lower() in ("yes", "ya", "y")
