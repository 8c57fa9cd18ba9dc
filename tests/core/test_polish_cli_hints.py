"""Every ``pustaka-cli ...`` command a message tells the user to run must run as printed: the librarian copies it
from the console (or a dialog) and pastes it. Checked against the real parser, in English and in Indonesian, so a
renamed option or a new required one shows up here, not at a librarian's desk."""

from __future__ import annotations

import ast
import functools
import re
import shlex
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from pustaka_desktop.cli import build_parser, main

SRC = Path(__file__).resolve().parents[2] / "src" / "pustaka_desktop"
TS_FILE = Path(__file__).resolve().parents[2] / "translations" / "pustaka_id.ts"
TRANSLATING_CALLS = {"QT_TRANSLATE_NOOP", "translate", "tr"}

# A command runs until a bracket, a tag, or the end of the sentence.
COMMAND = re.compile(r'pustaka-cli((?: +(?:"[^"]*"|[^\s"()<]+))+)')
# What a placeholder stands for when the message is shown: a Windows user's folder has a space in it.
SAMPLES = {"path": "D:/Cadangan Perpus/pustaka 2026-03-02.sqlite3", "file": "D:/Pindahan Perpus/perpus.pustaka",
           "folder": "D:/Cadangan Perpus", "codes": "UJI000001,UJI000002", "user": "siti"}


def translatable_strings() -> set[str]:
    found = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call):
                name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
                if name in TRANSLATING_CALLS:
                    found.update(arg.value for arg in node.args
                                 if isinstance(arg, ast.Constant) and isinstance(arg.value, str))
    return {text for text in found if "pustaka-cli " in text}


def indonesian_of(sources: set[str]) -> list[str]:
    """The translations of those messages (only of the ones the code still uses)."""
    found = []
    for message in ET.parse(TS_FILE).getroot().iter("message"):
        source, translation = message.findtext("source"), message.findtext("translation")
        if source in sources and translation:
            found.append(translation)
    return found


def hints_in(text: str) -> list[str]:
    hints = []
    for match in COMMAND.finditer(text):
        hint = re.split(r"\.(?:\s|$)", match.group(1).strip())[0]  # it ends with its sentence's full stop
        hints.append(hint)
    return hints


def as_typed(hint: str) -> list[str]:
    filled = re.sub(r"\{(\w+)\}", lambda m: SAMPLES.get(m.group(1), "X"), hint)
    return shlex.split(filled)


def names_a_command_only(hint: str) -> bool:
    """"(pustaka-cli import slims-biblio)": a pointer to a command, its words only, read with --help."""
    return not re.search(r"\{|\s-|^-|\b[A-Z]{2,}\b", hint)


def parses(argv: list[str]) -> bool:
    try:
        build_parser().parse_args(argv)
    except SystemExit as exit_:
        return exit_.code == 0  # --help
    return True


@functools.cache  # (the scan of every source file, once a run: for the parameters and for the test of the scan)
def all_hints() -> list[str]:
    sources = translatable_strings()
    return sorted({hint for text in [*sources, *indonesian_of(sources)] for hint in hints_in(text)})


def test_the_scan_finds_the_hints_printed_today():
    hints = all_hints()
    assert any(hint.startswith("labels ") for hint in hints)
    assert any(hint.startswith("restore ") for hint in hints)
    assert any(hint.startswith("staff activate") for hint in hints)


@pytest.mark.parametrize("hint", all_hints())
def test_every_printed_command_parses(hint, capsys):
    argv = as_typed(hint)
    if names_a_command_only(hint):
        argv = [*argv, "--help"]
    assert parses(argv), f"pustaka-cli {hint}: {capsys.readouterr().err}"


def run(capsys, *argv):
    code = main(["--lang", "en", *argv])
    return code, capsys.readouterr().out


def printed_command(out: str, before: str) -> list[str]:
    line = next(line for line in out.splitlines() if before in line)
    words = shlex.split(line.split("pustaka-cli", 1)[1])
    return words


def test_the_labels_hint_after_adding_a_book_prints_them(tmp_path, capsys, monkeypatch):
    """A folder with a space (C:\\Users\\Siti Aminah): the printed command keeps the same --db, quoted."""
    folder = tmp_path / "Perpus Desa"
    folder.mkdir()
    db = str(folder / "perpus.sqlite3")
    assert run(capsys, "--db", db, "init", "--library-name", "Taman Bacaan Melati", "--library-code", "TBM",
               "--librarian", "siti", "--password", "rahasia123")[0] == 0
    code, out = run(capsys, "--db", db, "record", "add", "--title", "Laskar Pelangi", "--author", "Andrea Hirata",
                    "--copies", "2")
    assert code == 0
    monkeypatch.chdir(tmp_path)
    code, out = run(capsys, *printed_command(out, "Labels:"))
    assert code == 0 and (tmp_path / "labels.pdf").exists()


def test_undo_of_a_deactivation_runs_as_printed(tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "perpus.sqlite3")
    assert run(capsys, "--db", db, "init", "--library-name", "Taman Bacaan Melati", "--library-code", "TBM",
               "--librarian", "siti", "--password", "rahasia123")[0] == 0
    monkeypatch.setenv("PUSTAKA_PASSWORD", "rahasia123")
    monkeypatch.setenv("PUSTAKA_NEW_PASSWORD", "relawan123")
    assert run(capsys, "--db", db, "--user", "siti", "staff", "add", "budi", "--role", "volunteer")[0] == 0
    code, out = run(capsys, "--db", db, "--user", "siti", "staff", "deactivate", "budi")
    assert code == 0
    command = printed_command(out, "Undo with")
    assert command[:4] == ["--db", db, "--user", "siti"]  # a librarian's command: it needs the librarian
    code, out = run(capsys, *command)
    assert code == 0
    code, out = run(capsys, "--db", db, "--user", "siti", "staff", "list", "--json")
    assert '"active": true' in out.split('"budi"', 1)[1].split("}", 1)[0]


# --- The overdue reminder and letter name the due day with its weekday --------------------------------------------


def test_the_overdue_reminder_and_letter_give_the_due_day_with_its_weekday(lib, clock, librarian):
    """Due on Monday 16 March, read on the 20th: "batas kembali Senin, 16 Maret 2026" is a day the patron
    remembers (the Monday after the school trip); a bare date has to be worked out on a calendar."""
    from reportlab.platypus import Table

    from pustaka_desktop.core.circulation import loans, overdue
    from pustaka_desktop.core.printing.overdue_letters import letter_story

    from .circ_helpers import book, member

    borrower = member(lib, librarian, name="Siti Aminah", phone="081234567890")
    [copy] = book(lib, "Sang Pemimpi")
    loans.checkout(lib, librarian, borrower, copy.barcode)  # on Monday 2 March: due back Monday 16 March
    clock.set("2026-03-20T10:00:00+07:00")
    [entry] = overdue.overdue_by_member(lib)
    assert "Sang Pemimpi (batas kembali Senin, 16 Maret 2026; terlambat 4 hari)" in overdue.reminder_text(lib, entry)
    tables = [part for part in letter_story(lib, entry) if isinstance(part, Table)]
    cells = [getattr(cell, "text", "") for table in tables for row in table._cellvalues for cell in row]
    assert "Senin,\n16 Maret 2026" in cells  # the weekday on its own line: the date is never split
