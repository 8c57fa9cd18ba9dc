"""Practice mode from the command line: ``pustaka-cli practice create|reset|status``.

The practice library lives beside the real database (``<name>-latihan.sqlite3``); the real one is only
read. Open it in the app with the login window's "Practice mode" button, or ``pustaka --db`` on its file.
"""

from __future__ import annotations

import argparse
from datetime import datetime

from ..core.formatting import format_datetime, format_number
from ..core.practice import library as practice
from ..core.practice.tasks import BY_KEY, progress_table
from ..core.store.paths import resolve_db_path
from . import common
from .common import translate


def register(sub) -> None:
    p = sub.add_parser("practice", help="the practice library (Mode latihan) beside this database")
    actions = p.add_subparsers(dest="practice_action", required=True, metavar="ACTION")
    common.command(actions, "create", cmd_create, help="make the practice library (if there is none yet)")
    common.command(actions, "reset", cmd_reset, help="make the practice library anew from today's catalogue")
    common.command(actions, "status", cmd_status, json=True,
                   help="where it is, what it holds, who finished which task")


def _real(args: argparse.Namespace):
    lib = common.open_library(args)  # refuses a damaged database with a clear message
    common.acting_user(lib, args)
    practice.require_real(lib)
    path = lib.path
    common.close_library()  # the copy is made from the closed file, fully checkpointed
    return path


def cmd_create(args: argparse.Namespace) -> int:
    real = _real(args)
    target = practice.practice_path(real)
    if target.is_file() and not practice.is_stale(real):  # made before the last import: made anew below
        print(translate("cli", "The practice library already exists: {path}").format(path=target))
        return 0
    return _made(real)


def cmd_reset(args: argparse.Namespace) -> int:
    return _made(_real(args))


def _made(real) -> int:
    """Make the practice library (anew) beside ``real`` and say what it holds."""
    practice.create(real)
    done = practice.status(real)
    print(translate("cli", "Practice library ready: {path} ({records} titles, {members} made-up members, "
                           "{loans} copies out).").format(path=done.path, records=format_number(done.records),
                                                          members=format_number(done.members),
                                                          loans=format_number(done.open_loans)))
    return 0


def _made_on(stamp: str) -> str:
    """When the practice library was made, day first like the rest of the app (stored as ISO, UTC)."""
    try:
        return format_datetime(datetime.fromisoformat(stamp))
    except ValueError:
        return stamp or "?"


def cmd_status(args: argparse.Namespace) -> int:
    real = resolve_db_path(args.db)
    state = practice.status(real)
    table = progress_table(state.progress)
    if args.json:
        common.print_json({"path": str(state.path), "exists": state.exists, "created_at": state.created_at,
                           "records": state.records, "members": state.members, "open_loans": state.open_loans,
                           "staff": [{"username": u, "done": done} for u, _n, done in table]})
        return 0
    if not state.exists:
        print(common.hint(args, translate("cli", "No practice library yet. Make one with: pustaka-cli practice create")))
        return 0
    print(translate("cli", "Practice library: {path}, made {created}; {records} titles, {members} members, "
                           "{loans} copies out.").format(path=state.path, created=_made_on(state.created_at),
                                                         records=format_number(state.records),
                                                         members=format_number(state.members),
                                                         loans=format_number(state.open_loans)))
    for username, count, done in table:  # out of the tasks given to that account (a volunteer has fewer)
        names = ", ".join(translate("PracticeTask", BY_KEY[key].title) for key in done) or "-"
        print(translate("cli", "{user}: {count} of {total} tasks done ({tasks})").format(
            user=username, count=count, total=len(state.progress[username]) or len(BY_KEY), tasks=names))
    return 0
