"""Backup commands: backup, backups, restore, check, clock-confirm, move-out, move-in."""

from __future__ import annotations

import argparse
import sys

from ..core.errors import PustakaError
from ..core.formatting import format_datetime, format_decimal, format_number
from ..core.store import backup, backup_reminder, backup_status, health
from ..core.store.clock import SystemClock
from ..core.store.paths import resolve_db_path
from . import common
from .common import translate


def register(sub: argparse._SubParsersAction) -> None:
    p = common.command(sub, "backup", cmd_backup,
                       help="make a checked backup copy now (to a file or folder, e.g. a USB stick)")
    p.add_argument("-o", "--output", help="file or folder for the copy (default: the automatic backups folder)")

    common.command(sub, "backups", cmd_backups, json=True, help="list the automatic backups, newest first")

    p = common.command(sub, "restore", cmd_restore,
                       help="replace the database with a backup (the current one is backed up first)")
    p.add_argument("file", help="the backup file")
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    common.command(sub, "check", cmd_check, help="check the database (quick check) and the computer's clock")

    common.command(sub, "clock-confirm", cmd_clock_confirm,
                   help="a librarian confirms the computer's date and time are right")

    p = common.command(sub, "move-out", cmd_move_out,
                       help="pack the whole library (and its sync key) into one file for a new PC")
    p.add_argument("-o", "--output", required=True, help="folder, e.g. a USB stick")

    p = common.command(sub, "move-in", cmd_move_in,
                       help="on the new PC: open a library packed with move-out (at --db or the default)")
    p.add_argument("file", help="the pustaka-pindah-*.zip file")


def cmd_backup(args: argparse.Namespace) -> int:
    lib = common.open_library(args)
    if args.output:
        path = backup.backup_to(lib, common.acting_user(lib, args), args.output)
    else:
        path = backup.backup_before(lib, "manual")
    print(translate("cli", "Backup saved and checked: {path}").format(path=path))
    if args.output and not backup_status.is_off_pc(lib.path, path.parent):
        print(translate("BackupReminder", backup_status.SAME_DISK))
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    found = backup.list_backups(resolve_db_path(args.db))
    reminder = _reminder(args)
    if args.json:  # the automatic backups, and what the dashboard says about copies off this PC
        common.print_json({"backups": [{"file": str(b.path), "made_at": b.at.isoformat(), "reason": b.reason,
                                        "bytes": b.size} for b in found],
                           **(reminder.as_json(translate) if reminder else {})})
        return 0
    for line in reminder.lines(translate) if reminder else []:
        print(line)
    return common.print_rows(
        args, found, lambda b: b, translate("cli", "No backups yet."),
        lambda b: print(f"{format_datetime(b.at)}  {format_decimal(b.size / 1_048_576):>8} MB  "
                        f"{_reason(b.reason):<32} {b.path}"))


def _reminder(args: argparse.Namespace) -> backup_reminder.BackupReminder | None:
    """The backup reminder of the library at --db, or None where there is no library to ask (not made yet,
    or too damaged to open: then the list of backups to restore from is what matters)."""
    if not resolve_db_path(args.db).exists():
        return None
    try:
        lib = common.open_library(args)
        return backup_reminder.reminder(lib) if lib.is_initialised else None
    except PustakaError:
        return None


def _reason(code: str) -> str:
    """Why a backup was made, in the user's words (a reason another area passed stays as written)."""
    return translate("Backup", backup.REASON_LABELS[code]) if code in backup.REASON_LABELS else code


def _describe(info: backup.BackupPreview) -> str:
    counts = ", ".join(f"{format_number(info.counts.get(table, 0))} {translate('Backup', label)}"
                       for table, label in backup.PREVIEW_COUNTS.items())
    return translate("cli", "Backup of {library} ({code}) from {date}: {counts}; {open} loans still out.").format(
        library=info.library_name or "?", code=info.library_code or "?",
        date=format_datetime(info.made_at) if info.made_at else "?", counts=counts,
        open=format_number(info.open_loans))


def _confirmed(args: argparse.Namespace) -> bool:
    if args.yes:
        return True
    if not sys.stdin.isatty():
        print(translate("cli", "Add --yes to restore without a question."), file=sys.stderr)
        return False
    answer = input(translate("cli", "Replace the current database with this backup? Type yes: "))
    return answer.strip().lower() in ("yes", "ya", "y")


def cmd_restore(args: argparse.Namespace) -> int:
    info = backup.preview(args.file)
    print(_describe(info))
    path = resolve_db_path(args.db)
    from ..core.store import move

    if move.holds_no_library(path):  # a new PC after a broken disk: the backup becomes the library
        backup.restore_into_empty(path, info.path)
        print(translate("cli", "Restored into {path}.").format(path=path))
        print(translate("Backup", move.WITHOUT_KEY_NOTE))
        return 0
    ok, _problem = health.quick_check(path)
    if not ok:
        # The database itself is damaged: it cannot be opened to back it up, so it is kept aside.
        if not _confirmed(args):
            return 1
        aside = backup.restore_file(path, info.path, SystemClock().now())
        print(translate("cli", "Restored. The damaged database was kept as {path}.").format(path=aside))
        return 0
    lib = common.open_library(args)
    by = common.acting_user(lib, args)
    if not _confirmed(args):
        return 1
    backup.restore(lib, by, info.path)
    print(translate("cli", "Restored. The database as it was before is in {folder}.").format(
        folder=backup.list_backups(lib.path)[0].path.parent))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    path = resolve_db_path(args.db)
    report = health.check_database(path)
    if not report.ok:
        print(translate("cli", "The database is damaged: {problem}").format(problem=report.problem))
        if report.backup:
            print(common.hint(args, translate(
                "cli", "Newest good backup: {path}. Restore it with: pustaka-cli restore \"{path}\"").format(
                path=report.backup.path)))
        else:
            print(translate("cli", "No good backup was found."))
        return 1
    lib = common.open_library(args)
    problem = health.clock_problem(lib)
    print(translate("cli", "Database check: ok."))
    reminder = backup_reminder.reminder(lib) if lib.is_initialised else None
    for line in reminder.lines(translate) if reminder else []:
        print(line)
    backup_failed = bool(reminder and reminder.failure)  # a backup that keeps failing is a fault; an old USB copy is not
    if problem is not None:
        print(problem.message(translate))
        if health.circulation_blocked_reason(lib) is None:
            print(translate("cli", "A librarian has confirmed the date and time."))
        return 1 if health.circulation_blocked_reason(lib) or backup_failed else 0
    print(translate("cli", "Clock: ok."))
    return 1 if backup_failed else 0


def cmd_clock_confirm(args: argparse.Namespace) -> int:
    lib = common.open_library(args)
    health.confirm_clock(lib, common.acting_user(lib, args))
    print(translate("cli", "Date and time confirmed; circulation may go on."))
    return 0


def cmd_move_out(args: argparse.Namespace) -> int:
    from ..core.store import move

    lib = common.open_library(args)
    path = move.pack(lib, common.acting_user(lib, args), args.output)
    print(translate("cli", "The whole library is in {path}. On the new PC: pustaka-cli move-in FILE (or \"Move from the "
                           "old PC\" on the first screen). This PC will not send sync bundles any more.").format(path=path))
    return 0


def cmd_move_in(args: argparse.Namespace) -> int:
    from ..core.store import move

    target = resolve_db_path(args.db)
    info = move.unpack(args.file, target)
    # (the name as written, without "Library" before it: see setup_cmds.cmd_init)
    print(translate("cli", "{name} ({code}) moved in: {path}. Log in with the same librarian account as on "
                           "the old PC.").format(name=info["name"], code=info["code"], path=target))
    if not info.get("keys", True):
        print(translate("Backup", move.WITHOUT_KEY_NOTE))
    return 0
