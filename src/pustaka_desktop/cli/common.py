"""What every CLI command shares: the database path, the language, the acting user, output."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from typing import Any

from .. import i18n
from ..core import auth
from ..core.errors import PustakaError
from ..core.i18n import QT_TRANSLATE_NOOP
from ..core.service import Library
from ..core.settings import get_setting
from ..core.store.models import Staff
from ..core.store.paths import resolve_db_path

_open: list[Library] = []


def add_global_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", help="library database file (default: $PUSTAKA_DB, else the user data dir)")
    parser.add_argument("--lang", choices=("id", "en"), help="language of messages (default: the library's)")
    parser.add_argument("--user", help="act as this staff account (password from $PUSTAKA_PASSWORD or a prompt)")


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
                lib = open_library(args)
                language = get_setting("language", "id")
                del lib
            except PustakaError:
                pass  # a damaged database: the command says so itself (pustaka-cli check / restore)
    i18n.install(language)


def translate(context: str, text: str) -> str:
    return i18n.translate(context, text)


def error_text(exc: PustakaError) -> str:
    return i18n.error_text(exc)


def open_library(args: argparse.Namespace) -> Library:
    """The library named by --db / $PUSTAKA_DB / the default path, opened once per run."""
    if not _open:
        _open.append(Library.open(resolve_db_path(args.db)))
    return _open[0]


def close_library() -> None:
    while _open:
        _open.pop().close()


def require_initialised(lib: Library) -> None:
    if not lib.is_initialised:
        raise PustakaError(
            QT_TRANSLATE_NOOP("Errors", "This database has no library yet. Run: pustaka-cli --db {path} init ..."),
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
            password = getpass.getpass(translate("cli", "Password: "))
        return auth.login(lib, args.user, password)
    return Staff(username=f"cli:{getpass.getuser()}", role=auth.LIBRARIAN, active=True, full_name="")


def print_json(value: Any) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2, default=str)
    sys.stdout.write("\n")
