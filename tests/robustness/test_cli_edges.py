"""CLI edges from issue 14: output into a pipe that closes early, and the demo's login hint."""

from __future__ import annotations

import subprocess
import sys

import pytest

from pustaka_desktop.cli import main as cli_main


@pytest.fixture(autouse=True)
def _language_restored():
    """The CLI runs here with --lang en; the tests after these must not inherit its language."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from pustaka_desktop import i18n
    from pustaka_desktop.core import formatting

    translators, language, locale = list(i18n._installed), formatting._display_language[0], QLocale()
    yield
    for new in i18n._installed:
        QCoreApplication.removeTranslator(new)
    i18n._installed[:] = translators
    for old in translators:
        QCoreApplication.installTranslator(old)
    formatting.set_display_language(language)
    QLocale.setDefault(locale)


def test_stats_json_into_a_closed_pipe_ends_quietly(tmp_path):
    db = tmp_path / "desa.sqlite3"
    assert cli_main(["--db", str(db), "init", "--library-name", "Desa", "--library-code", "DSA", "--librarian",
                     "pustakawan", "--password", "rahasia1"]) == 0
    # like `pustaka-cli stats --json | head -c 1`: the reader is gone before the output is written
    process = subprocess.Popen([sys.executable, "-c", "import sys; from pustaka_desktop.cli import main; "
                                "sys.exit(main(sys.argv[1:]))", "--db", str(db), "stats", "--json"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, env={"QT_QPA_PLATFORM": "offscreen",
                                                                                     "PATH": "/usr/bin:/bin"})
    process.stdout.close()
    _, err = process.communicate(timeout=120)
    assert b"Traceback" not in err and b"BrokenPipeError" not in err
    assert process.returncode == 0


def test_demo_on_a_library_with_its_own_librarian_does_not_offer_admin(tmp_path, capsys):
    db = tmp_path / "desa.sqlite3"
    assert cli_main(["--db", str(db), "--lang", "en", "init", "--library-name", "Desa", "--library-code", "DSA",
                     "--librarian", "pustakawan", "--password", "rahasia1"]) == 0
    capsys.readouterr()
    assert cli_main(["--db", str(db), "--lang", "en", "demo", "--size", "tiny"]) == 0
    out = capsys.readouterr().out
    assert "admin123" not in out and "own librarian account" in out
