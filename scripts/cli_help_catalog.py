#!/usr/bin/env python3
"""Write src/pustaka_desktop/cli/help_catalog.py: every help text and placeholder of every pustaka-cli
command, marked for translation (lupdate reads the file; help_language.py prints them translated).

    python scripts/cli_help_catalog.py          # then: python scripts/translations.py update / missing / fill

Run it after adding or changing a command's help; tests/core/test_cli_language.py says when it is due.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "src" / "pustaka_desktop" / "cli" / "help_catalog.py"
sys.path.insert(0, str(ROOT / "src"))

HEADER = '''"""Every pustaka-cli command's help texts and placeholders, for translation. Written by
scripts/cli_help_catalog.py from the commands themselves: do not edit by hand."""

from ..core.i18n import QT_TRANSLATE_NOOP

'''


def collect(parser: argparse.ArgumentParser) -> tuple[list[str], list[str]]:
    """(help texts, placeholders) of ``parser`` and every command under it, in the order shown."""
    texts: list[str] = []
    metavars: list[str] = []
    for action in parser._actions:
        if isinstance(action, argparse._HelpAction):
            continue
        if action.help and action.help is not argparse.SUPPRESS:
            texts.append(action.help)
        if isinstance(action.metavar, str):
            metavars.append(action.metavar)
        elif action.metavar is None and action.choices is None and action.nargs != 0:
            metavars.append(action.dest.upper() if action.option_strings else action.dest)
        if isinstance(action, argparse._SubParsersAction):
            texts.extend(choice.help for choice in action._choices_actions if choice.help)
            for child in action.choices.values():
                texts.extend(t for t in (child.description, child.epilog) if t)
                child_texts, child_metavars = collect(child)
                texts.extend(child_texts)
                metavars.extend(child_metavars)
    return texts, metavars


def wanted() -> tuple[list[str], list[str]]:
    from pustaka_desktop import help_language
    from pustaka_desktop.cli import build_parser, help_texts

    texts, metavars = collect(build_parser())
    listed = set(help_texts.HELP_TEXTS) | set(help_language.ARGPARSE_TEXTS)
    return sorted(set(texts) - listed), sorted(set(metavars))


def render() -> str:
    texts, metavars = wanted()
    lines = [HEADER, "HELP = [\n"]
    lines += [f'    QT_TRANSLATE_NOOP("CliHelp", {json.dumps(text, ensure_ascii=False)}),\n' for text in texts]
    lines += ["]\n\nMETAVARS = [\n"]
    lines += [f'    QT_TRANSLATE_NOOP("CliMetavar", {json.dumps(name)}),\n' for name in metavars]
    lines += ["]\n"]
    return "".join(lines)


if __name__ == "__main__":
    OUT.write_text(render(), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}")
