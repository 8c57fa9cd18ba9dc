"""What every CLI command shares: the database path, the language, the acting user, output."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import re
import sys
from collections.abc import Callable, Sequence
from typing import Any

from .. import i18n
from ..core import auth
from ..core.errors import PustakaError
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.jobs import words
from ..core.service import Library
from ..core.settings import get_setting
from ..core.store import unfinished
from ..core.store.models import Staff
from ..core.store.paths import resolve_db_path

_open: list[Library] = []
_told: list[bool] = []


def add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", help="library database file (default: $PUSTAKA_DB, else the user data dir)")
    parser.add_argument("--lang", choices=("id", "en"), help="language of messages (default: the library's)")
    parser.add_argument("--user", help="act as this staff account (password from $PUSTAKA_PASSWORD or a prompt)")


def command(sub: argparse._SubParsersAction, name: str, handler: Callable[[argparse.Namespace], int],
            json: bool = False, help: str | None = None) -> argparse.ArgumentParser:
    """A command ``name`` that ``handler`` runs (it returns the exit code), listed with its one-line
    ``help``; ``json`` gives it the --json switch (the output as JSON). Its own arguments are the caller's."""
    parser = sub.add_parser(name, **({"help": help} if help is not None else {}))
    parser.set_defaults(handler=handler)
    if json:
        parser.add_argument("--json", action="store_true", help="print the result as JSON (for scripts)")
    return parser


def early_options(argv: list[str]) -> argparse.Namespace:
    """--db and --lang read before the real parser exists (its help must already be translated)."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--db")
    early.add_argument("--lang")
    args = early.parse_known_args(argv)[0]
    if args.lang not in ("id", "en"):
        args.lang = None
    return args


def setup_language(args: argparse.Namespace) -> None:
    language = args.lang or os.environ.get("PUSTAKA_LANG") or None
    if language is None:
        path = resolve_db_path(args.db)
        language = "id"
        if path.exists():
            try:
                lib = open_library(args, tell=False)  # (told in the user's language, later)
                language = get_setting("language", "id")
                del lib
            except PustakaError:
                pass  # a damaged database: the command says so itself (pustaka-cli check / restore)
    i18n.install(language)


def translate(context: str, text: str) -> str:
    return i18n.translate(context, text)


def hint(args: argparse.Namespace, text: str) -> str:
    """A translated sentence naming a ``pustaka-cli`` command, carrying the --db and --user this run was given:
    pasted as printed, the command acts on the same library (not the default one: ``restore`` into another
    library) as the same account (``staff activate`` needs a librarian)."""
    given = (f'--db "{args.db}" ' if getattr(args, "db", None) else "") + \
        (f"--user {args.user} " if getattr(args, "user", None) else "")
    return text.replace("pustaka-cli ", f"pustaka-cli {given}") if given else text


def error_text(exc: PustakaError) -> str:
    return i18n.error_text(exc)


def open_library(args: argparse.Namespace, tell: bool = True) -> Library:
    """The library named by --db / $PUSTAKA_DB / the default path, opened once per run. ``tell``: say (once per
    run, once the language is set) which imports a power cut cut off (``store.unfinished``)."""
    if not _open:
        _open.append(Library.open(resolve_db_path(args.db)))
    if tell and not _told:
        _told.append(True)
        for lost in unfinished.cut_off(_open[0]):  # (on stderr: the output of --json stays JSON)
            print(lost.message(translate), file=sys.stderr)
    return _open[0]


IMPORT_STOPPED = QT_TRANSLATE_NOOP("cli", "The import was stopped (Ctrl+C): nothing was changed. Run the command "
                                          "again to import the file.")
IMPORT_SAVED = QT_TRANSLATE_NOOP("cli", "Ctrl+C came after the import was saved: the import is complete.")


def says_when_stopped(handler: Callable[[argparse.Namespace], int]) -> Callable[[argparse.Namespace], int]:
    """An import command's handler: Ctrl+C during it says whether the import was saved or stopped with nothing
    changed (an import is one transaction). The command used to end silently, and Ctrl+C pressed as the import
    was being saved left a complete import looking like a stopped one. Told by the import's line in the audit log,
    written in its transaction."""
    def run(args: argparse.Namespace) -> int:
        lib = open_library(args)
        mark = unfinished.audit_mark(lib)
        try:
            return handler(args)
        except KeyboardInterrupt:
            saved = unfinished.saved_since(lib, mark)
            print(translate("cli", IMPORT_SAVED if saved else IMPORT_STOPPED), file=sys.stderr)
            raise
    return run


def close_library() -> None:
    while _open:
        _open.pop().close()
    _told.clear()  # (the next run in this process is a start of its own)


def require_initialised(lib: Library) -> None:
    if not lib.is_initialised:
        raise PustakaError(
            QT_TRANSLATE_NOOP("Errors", "This database has no library yet. Run: pustaka-cli --db \"{path}\" init "
                                        "--library-name NAME --library-code CODE --librarian USER"),
            path=str(lib.path),
        )


def acting_user(lib: Library, args: argparse.Namespace) -> Staff:
    """``--user`` logs in as that account. Without it the CLI acts as the PC's operator with the
    librarian role: whoever runs a shell on this PC can read the database file anyway. Audit log
    entries name the operating-system user."""
    require_initialised(lib)
    if args.user:
        password = os.environ.get("PUSTAKA_PASSWORD")
        if password is None:
            password = typed_password(args.user)
        staff = auth.login(lib, args.user, password)
        if auth.must_choose_password(staff):  # (the app asks at its log-in; here a line after the command's output)
            REMINDERS.append(translate("cli", CHOOSE_OWN).format(
                command=f"pustaka-cli --user {staff.username} staff password"))
        return staff
    return Staff(username=f"cli:{_operator()}", role=auth.LIBRARIAN, active=True, full_name="")


REMINDERS: list[str] = []  # said on stderr after a command that went through (``cli.main``)
CHOOSE_OWN = QT_TRANSLATE_NOOP("cli", "Your password was set by a librarian: choose your own with {command}")
NO_ONE_TO_TYPE = QT_TRANSLATE_NOOP("Errors", "No password for {user}: give it in $PUSTAKA_PASSWORD, or run this on a "
                                             "terminal to type it.")


def typed_password(user: str) -> str:
    """The password typed at the terminal. A scheduled job or a script has no one to type it: getpass then read
    the end of its input and the program stopped with a traceback."""
    if not sys.stdin or not sys.stdin.isatty():
        raise PustakaError(NO_ONE_TO_TYPE, user=user)
    try:
        return getpass.getpass(translate("cli", "Password: "))
    except EOFError:
        raise PustakaError(NO_ONE_TO_TYPE, user=user) from None


def _operator() -> str:
    """The operating system's name of whoever runs the program (a Windows service may have none)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError, ImportError):
        return "?"


def library_and_user(args: argparse.Namespace) -> tuple[Library, Staff]:
    """The library of ``--db`` and who acts in it (``acting_user``): what most commands begin with."""
    lib = open_library(args)
    return lib, acting_user(lib, args)


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")


def bad_row_json(bad: Any) -> dict[str, Any]:
    """A row an import left out, for ``--json``: its row (and sheet), why as a person reads it (dates day first) and
    the values named in it as a script reads them (dates ISO)."""
    return {"row": bad.row, **({"sheet": bad.sheet} if bad.sheet else {}), "message": bad.message(translate),
            "values": bad.params}


def print_rows(args: argparse.Namespace, rows: Sequence[Any], as_json: Callable[[Any], Any], empty: str,
               show: Callable[[Any], None]) -> int:
    """What a listing command prints: with --json every row as ``as_json`` makes it, else each row as
    ``show`` prints it, or ``empty`` (already translated) when there is none. Returns the exit code."""
    if args.json:
        print_json([as_json(row) for row in rows])
    elif not rows:
        print(empty)
    else:
        for row in rows:
            show(row)
    return 0


def progress_line(message_width: int = 0) -> Callable[[float, str], None]:
    """A long job's progress on a terminal: the percentage, with the job's own words in a column of
    ``message_width`` when one is given, rewritten in place on stderr when it changes. Nothing is
    printed when stderr is not a terminal (a log file, a pipe). ``end_progress`` ends the line."""
    shown = [""]

    def report(fraction: float, message: str) -> None:
        if not sys.stderr.isatty():
            return
        said = words(message, translate) if message else ""  # (core.jobs: one context for a job's words)
        text = f"\r{int(fraction * 100):3d}%" + (f" {said:<{message_width}}" if message_width else "")
        if text != shown[0]:
            shown[0] = text
            print(text, end="", file=sys.stderr, flush=True)

    return report


def end_progress() -> None:
    """Ends a progress line on a terminal, so that the result starts on a line of its own."""
    if sys.stderr.isatty():
        print(file=sys.stderr)


# Windows's command line (cmd.exe, PowerShell) reads "E:\Cadangan\" as E:\Cadangan" - the backslash before the
# closing quote escapes it - and splits an unquoted E:\Data SLiMS\biblio.csv in two at the space.
_WINDOWS_PATH_START = re.compile(r'^(?:[A-Za-z]:\\|\\\\)')
SPLIT_PATH = QT_TRANSLATE_NOOP(
    "cli", 'A path with spaces must be in double quotes, like this: "{path}"')


def quoted_path_repaired(argv: list[str]) -> list[str]:
    """``argv`` with each Windows path that ended in a backslash before its closing quote (E:\\Cadangan")
    given its real form (E:\\Cadangan\\)."""
    return [arg[:-1] + "\\" if _WINDOWS_PATH_START.match(arg) and arg.endswith('"') and arg.count('"') == 1
            else arg for arg in argv]


def split_path_hint(argv: list[str]) -> str:
    """When a Windows path was split at its spaces (E:\\Data  SLiMS\\biblio.csv), how to type it; else ""."""
    for at, arg in enumerate(argv):
        if not _WINDOWS_PATH_START.match(arg):
            continue
        rest = []
        for following in argv[at + 1:]:
            if following.startswith("-"):
                break
            rest.append(following)
        if rest:  # (asked only when the command line was refused: the words after the path were too many)
            return translate("cli", SPLIT_PATH).format(path=" ".join([arg, *rest]))
    return ""


GLOBAL_AFTER_COMMAND = QT_TRANSLATE_NOOP("cli", "--db, --user and --lang go before the command: {command}")
_GLOBAL = ("--db", "--user", "--lang")


def global_after_command_hint(argv: list[str]) -> str:
    """When --db, --user or --lang were typed after the command (``pustaka-cli staff list --user admin``, as most
    programs allow), the same command line with them in front; else "". (``staff recover --user NAME`` names the
    account to recover: that --user stays.)"""
    own_user = "recover" in argv
    front: list[str] = []
    rest: list[str] = []
    moved, at = False, 0
    while at < len(argv):
        arg = argv[at]
        name = arg.split("=", 1)[0]
        if name in _GLOBAL and not (name == "--user" and own_user and rest):
            width = 1 if "=" in arg else 2
            front += argv[at:at + width]
            moved = moved or bool(rest)  # (rest holds the command once it was typed)
            at += width
            continue
        rest.append(arg)
        at += 1
    if not moved:
        return ""
    line = " ".join(f'"{arg}"' if " " in arg else arg for arg in ["pustaka-cli", *front, *rest])
    return translate("cli", GLOBAL_AFTER_COMMAND).format(command=line)
