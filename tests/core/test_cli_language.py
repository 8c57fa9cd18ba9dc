"""pustaka-cli speaks the user's language: --help, the list of commands and argparse's own errors."""

from __future__ import annotations

import argparse
import functools

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


def _load_catalog_script():
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "scripts" / "cli_help_catalog.py"
    spec = importlib.util.spec_from_file_location("cli_help_catalog", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _command_paths(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    out = [path]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                out.extend(_command_paths(child, (*path, name)))
    return out


COMMANDS = _command_paths(build_parser())


@functools.cache  # (the .ts file read once a run, not once for each of the ~150 commands' tests)
def _ts_pairs(contexts: tuple[str, ...]) -> list[tuple[str, str]]:
    import xml.etree.ElementTree as ET
    from pathlib import Path

    ts = Path(__file__).resolve().parents[2] / "translations" / "pustaka_id.ts"
    pairs = []
    for context in ET.parse(ts).getroot().iter("context"):
        if context.findtext("name") in contexts:
            pairs.extend((m.findtext("source"), m.findtext("translation") or "") for m in context.iter("message"))
    return pairs


def _flat(text: str) -> str:
    return " ".join(text.split())


# Words that only an English help would print (placeholders of our own syntax such as dates:FROM..TO
# are translated too); and words only an Indonesian one would.
ENGLISH_WORDS = {"usage", "options", "the", "of", "and", "or", "with", "from", "for", "only", "this",
                 "default", "file", "required", "arguments", "error"}
INDONESIAN_WORDS = {"pemakaian", "pilihan", "tampilkan", "bantuan", "yang", "dan", "atau", "untuk", "dari",
                    "bawaan", "berkas", "wajib", "galat"}


def _words(text: str) -> set[str]:
    import re

    text = re.sub(r"\{[^}]*\}", " ", text)  # {spine,barcode,combined}: the values one types, the same in both
    text = re.sub(r"(?<![\w-])--?[\w-]+", " ", text)  # option names (--from-date) are typed as they are
    text = re.sub(r"\S*[/:$@=]\S*", " ", text)  # addresses, paths, field lists (postgresql://..., a4: ...)
    return {w.lower() for w in re.findall(r"[A-Za-z]+", text)}


def test_every_command_help_and_placeholder_is_listed_for_translation():
    from pustaka_desktop.cli import help_catalog

    texts, metavars = _load_catalog_script().wanted()
    assert sorted(help_catalog.HELP) == texts and sorted(help_catalog.METAVARS) == metavars, (
        "a command's help changed: run `python scripts/cli_help_catalog.py`, then translate (scripts/translations.py)")


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "pustaka-cli")
def test_every_command_help_in_one_language(capsys, tmp_path, command):
    db = str(tmp_path / "none.sqlite3")
    pairs = [(s, t) for s, t in _ts_pairs(("CliHelp", "argparse")) if t and s != t and len(s) > 3]
    indonesian = _flat(_help(capsys, "--db", db, *command))
    english = _flat(_help(capsys, "--db", db, "--lang", "en", *command))
    assert indonesian.startswith("pemakaian: pustaka-cli") and english.startswith("usage: pustaka-cli")
    left_english = [s for s, t in pairs if _flat(s) in indonesian and _flat(t) not in indonesian]
    assert not left_english, f"{command}: English left in the Indonesian help: {left_english}"
    left_indonesian = [t for s, t in pairs if _flat(t) in english and _flat(s) not in english]
    assert not left_indonesian, f"{command}: Indonesian in the English help: {left_indonesian}"
    assert not _words(indonesian) & ENGLISH_WORDS, f"{command}: {_words(indonesian) & ENGLISH_WORDS} in\n{indonesian}"
    assert not _words(english) & INDONESIAN_WORDS, f"{command}: {_words(english) & INDONESIAN_WORDS} in\n{english}"


def test_argparse_errors_of_a_command_in_both_languages(capsys, tmp_path):
    db = str(tmp_path / "none.sqlite3")
    with pytest.raises(SystemExit):
        main(["--db", db, "checkout"])
    assert "galat: argumen berikut wajib diisi: anggota, barkode" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--db", db, "--lang", "en", "checkout"])
    assert "error: the following arguments are required: member, barcode" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["--db", db, "labels", "--kind", "besar", "--template", "tj103", "-o", "x.pdf"])
    assert "pilihan tidak dikenal: 'besar'" in capsys.readouterr().err


def test_the_demo_counts_in_the_users_words(capsys, tmp_path):
    assert main(["--db", str(tmp_path / "demo.sqlite3"), "demo", "--size", "tiny"]) == 0
    said = capsys.readouterr().out
    assert "judul, " in said and "eksemplar" in said and "kunjungan rombongan" in said
    assert not _words(said.split("\n")[0]) & {"records", "copies", "loan", "rules", "visits", "holds"}


def test_output_to_a_file_or_a_program_is_utf8_whatever_the_code_page(tmp_path):
    """Windows hands a redirected program its ANSI code page (cp1252 here, as PYTHONIOENCODING makes it): an
    Arabic title in `record add ... --json > file` stopped the command with a UnicodeEncodeError."""
    import json
    import os
    import subprocess
    import sys

    db = str(tmp_path / "lib.sqlite3")
    env = {**os.environ, "PYTHONIOENCODING": "cp1252", "PUSTAKA_PASSWORD": "admin123"}

    def cli(*argv: str) -> subprocess.CompletedProcess:
        return subprocess.run([sys.executable, "-c", "import sys; from pustaka_desktop.cli import main; "
                               "sys.exit(main(sys.argv[1:]))", "--db", db, *argv], capture_output=True, env=env)

    assert cli("init", "--library-name", "Perpustakaan Desa", "--library-code", "DSA", "--librarian", "admin",
               "--password", "admin123").returncode == 0
    added = cli("--user", "admin", "record", "add", "--title", "الفقه الإسلامي", "--json")
    assert added.returncode == 0, added.stderr.decode("utf-8", "replace")
    assert "الفقه الإسلامي" in json.dumps(json.loads(added.stdout.decode("utf-8")), ensure_ascii=False)


def test_a_script_that_gives_no_password_is_told_how_in_words(tmp_path):
    """``--user`` without $PUSTAKA_PASSWORD in a scheduled job or a script (no terminal to type it): getpass read
    the end of the input and the program stopped with an EOFError traceback."""
    import os
    import subprocess
    import sys

    db = str(tmp_path / "lib.sqlite3")
    assert main(["--db", db, "init", "--library-name", "Perpustakaan Desa", "--library-code", "DSA", "--librarian",
                 "admin", "--password", "admin123"]) == 0
    env = {k: v for k, v in os.environ.items() if k != "PUSTAKA_PASSWORD"}
    done = subprocess.run([sys.executable, "-c", "import sys; from pustaka_desktop.cli import main; "
                           "sys.exit(main(sys.argv[1:]))", "--db", db, "--user", "admin", "record", "add", "--title", "Laskar Pelangi"],
                          capture_output=True, env=env, stdin=subprocess.DEVNULL, timeout=60)
    said = done.stderr.decode("utf-8")
    assert (done.returncode, "Traceback" in said) == (1, False), said
    assert "PUSTAKA_PASSWORD" in said and "admin" in said and "terminal" in said
