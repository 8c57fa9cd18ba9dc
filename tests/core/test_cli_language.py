"""pustaka-cli speaks the user's language: --help, the list of commands and argparse's own errors."""

from __future__ import annotations

import argparse

import pytest

from pustaka_desktop import i18n
from pustaka_desktop.cli import build_parser, help_texts, main


@pytest.fixture(autouse=True)
def back_to_indonesian():
    yield
    i18n.install("id")


def _help(capsys, *argv: str) -> str:
    with pytest.raises(SystemExit):
        main([*argv, "--help"])
    return capsys.readouterr().out


def test_help_in_indonesian_by_default_and_english_on_request(capsys, tmp_path):
    db = str(tmp_path / "none.sqlite3")
    indonesian = _help(capsys, "--db", db)
    assert indonesian.startswith("pemakaian: pustaka-cli")
    assert "pinjamkan eksemplar kepada anggota" in indonesian
    assert "lend a copy to a member" not in indonesian
    english = _help(capsys, "--db", db, "--lang", "en")
    assert english.startswith("usage: pustaka-cli") and "lend a copy to a member" in english


def test_argparse_errors_in_indonesian(capsys, tmp_path):
    with pytest.raises(SystemExit):
        main(["--db", str(tmp_path / "none.sqlite3"), "tidakada"])
    assert "pilihan tidak dikenal: 'tidakada'" in capsys.readouterr().err


def test_every_command_summary_is_listed_for_translation():
    parser = build_parser()
    summaries = {parser.description}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            summaries.update(choice.help for choice in action._choices_actions if choice.help)
        elif action.help and not isinstance(action, argparse._HelpAction):  # (argparse's own, translated)
            summaries.add(action.help)
    missing = sorted(summaries - set(help_texts.HELP_TEXTS))
    assert not missing, f"add to cli/help_texts.py HELP_TEXTS (and translate): {missing}"
