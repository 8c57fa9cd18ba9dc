"""``pustaka --help``, ``pustaka-cli --help`` and argparse's own words ("usage:", "options", "invalid
choice") in the user's language. Shared by the GUI launcher and the CLI (neither may import the other);
imports QtCore through i18n, so not part of the core.

The programs write their help in English as usual; ``TranslatingFormatter`` looks each text up in the
"CliHelp" context when help is printed (and each placeholder such as FILE in "CliMetavar"), and
``install()`` routes argparse's own texts through the "argparse" context. The texts are listed for
lupdate in cli/help_texts.py, cli/help_catalog.py and gui/app.py; a text listed nowhere prints in English.
"""

from __future__ import annotations

import argparse

from . import i18n
from .core.i18n import QT_TRANSLATE_NOOP

ARGPARSE_TEXTS = [
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "argument \"-\" with mode %r"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
]

def _translate(context: str, text: str) -> str:
    return i18n.translate(context, text) if text else text


class TranslatingFormatter(argparse.HelpFormatter):
    """Prints descriptions, option/command help and placeholders (FILE, MEMBER...) in the user's language."""

    def _get_help_string(self, action: argparse.Action) -> str | None:
        return _translate("CliHelp", action.help) if action.help else action.help

    def add_text(self, text: str | None) -> None:
        super().add_text(_translate("CliHelp", text) if text and text is not argparse.SUPPRESS else text)

    def _metavar_formatter(self, action: argparse.Action, default_metavar: str):
        if isinstance(action.metavar, str) and not isinstance(action, argparse._SubParsersAction._ChoicesPseudoAction):
            # (a command's name in the list of commands is what to type: "member", never "anggota")
            return super()._metavar_formatter(_with_metavar(action), default_metavar)
        if action.metavar is None and action.choices is None:
            default_metavar = _translate("CliMetavar", default_metavar)
        return super()._metavar_formatter(action, default_metavar)


def _with_metavar(action: argparse.Action) -> argparse.Action:
    """A copy of ``action`` whose placeholder is in the user's language (the parser keeps its own)."""
    import copy

    translated = copy.copy(action)
    translated.metavar = _translate("CliMetavar", action.metavar)
    return translated


def translate_everywhere(parser: argparse.ArgumentParser) -> None:
    """Every command's own parser prints its help with TranslatingFormatter too (argparse gives a
    command's parser the plain formatter)."""
    parser.formatter_class = TranslatingFormatter
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for child in action.choices.values():
                translate_everywhere(child)


_plain_action_name = argparse._get_action_name


def _action_name(argument):
    """The name argparse's errors give an argument ("the following arguments are required: ANGGOTA")."""
    name = _plain_action_name(argument)
    if argument is None or argument.option_strings or argument.choices or not name:
        return name
    return _translate("CliMetavar", name)


def install() -> None:
    """argparse's own messages through our translator (argparse looks ``_`` up at call time)."""
    argparse._ = lambda text: _translate("argparse", text)  # type: ignore[attr-defined]
    argparse.ngettext = lambda one, many, n: _translate("argparse", one if n == 1 else many)  # type: ignore[attr-defined]
    argparse._get_action_name = _action_name  # type: ignore[attr-defined]
