"""``pustaka-cli``: headless jobs (set-up, demo data, imports, reports, sync...).

Each area of the app has its own module here with a ``register(subparsers)`` that adds its
commands; a command handler takes the parsed args and returns the exit code.
"""

from __future__ import annotations

import argparse
import sys

from .. import help_language
from ..core.errors import PustakaError
from . import audit as audit_cmds
from . import backup as backup_cmds
from . import catalog as catalog_cmds
from . import closing_days as closing_days_cmds
from . import common, setup_cmds
from . import desk as desk_cmds
from . import hub as hub_cmds
from . import import_undo as import_undo_cmds
from . import interop as interop_cmds
from . import practice as practice_cmds
from . import printing as printing_cmds
from . import reports as reports_cmds
from . import staff as staff_cmds
from . import stocktake as stocktake_cmds
from . import sync as sync_cmds
from . import web as web_cmds

# One module per area; each adds its own subcommands.
COMMAND_MODULES = [setup_cmds, backup_cmds, interop_cmds, import_undo_cmds, catalog_cmds, printing_cmds, sync_cmds, desk_cmds, stocktake_cmds, closing_days_cmds, reports_cmds, web_cmds,
                   practice_cmds, hub_cmds, audit_cmds, staff_cmds]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pustaka-cli", description="Pustaka Desktop, headless.",
                                     formatter_class=help_language.TranslatingFormatter)
    common.add_global_options(parser)
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(sub)
    help_language.translate_everywhere(parser)
    return parser


def utf8_when_redirected() -> None:
    """Output to a file or another program in UTF-8, as ``--json`` promises. Windows gives a redirected
    program its ANSI code page (cp1252), in which an Arabic or Javanese title stops the command with an
    error and a title with é comes out in another encoding; a console shows every script as it is. (The
    frozen app is built in Python's UTF-8 mode; this covers pustaka-cli installed with pip.)"""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", "") or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure") and not stream.isatty():
            stream.reconfigure(encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    argv = common.quoted_path_repaired(sys.argv[1:] if argv is None else argv)
    utf8_when_redirected()
    # The language first, so that --help and argparse's own errors are in the user's language too.
    common.setup_language(common.early_options(argv))
    help_language.install()
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as refused:
        if refused.code == 2 and common.split_path_hint(argv):  # (argparse said what is wrong; this says how)
            print(common.split_path_hint(argv), file=sys.stderr)
        elif refused.code == 2 and common.global_after_command_hint(argv):
            print(common.global_after_command_hint(argv), file=sys.stderr)
        raise
    common.setup_language(args)
    try:
        code = args.handler(args) or 0
        sys.stdout.flush()  # a reader that went away (| head) shows up here, inside the try
        for reminder in common.REMINDERS if code == 0 else ():
            print(reminder, file=sys.stderr)
        return code
    except PustakaError as exc:
        print(common.translate("cli", "Error: {message}").format(message=common.error_text(exc)), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `pustaka-cli stats --json | head`: the reader has all it wanted; not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    except Exception as exc:
        from ..core.store.faults import explain

        truthful = explain(exc, getattr(args, "db", "") or "")  # disk full, read-only, locked, busy
        if truthful is None:
            raise
        print(common.translate("cli", "Error: {message}").format(message=common.error_text(truthful)), file=sys.stderr)
        return 1
    finally:
        common.REMINDERS.clear()
        common.close_library()


if __name__ == "__main__":
    sys.exit(main())
