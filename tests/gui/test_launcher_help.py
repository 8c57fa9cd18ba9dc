"""``pustaka --help`` (the GUI launcher) and its errors speak the user's language, like pustaka-cli."""

from __future__ import annotations

import pytest

from pustaka_desktop.gui import app


def _printed(capsys, *argv: str) -> tuple[str, str]:
    with pytest.raises(SystemExit):
        app.parse_args(list(argv))
    captured = capsys.readouterr()
    return captured.out, captured.err


def test_launcher_help_in_indonesian_by_default(capsys, monkeypatch):
    monkeypatch.delenv("PUSTAKA_LANG", raising=False)
    out, _ = _printed(capsys, "--help")
    assert out.startswith("pemakaian: pustaka") and "pilihan:" in out
    assert "pencarian katalog layar penuh" in out and "--page HALAMAN" in out
    leftovers = [text for text in app.HELP_TEXTS if text.split(" (")[0] in out.replace("\n", " ")]
    assert not leftovers, leftovers


def test_launcher_help_in_english_on_request(capsys):
    out, _ = _printed(capsys, "--lang", "en", "-h")
    assert out.startswith("usage: pustaka") and "full-screen patron catalogue search" in out


def test_a_wrong_option_value_is_refused_in_indonesian(capsys, monkeypatch):
    monkeypatch.delenv("PUSTAKA_LANG", raising=False)
    _, err = _printed(capsys, "--lang", "jw")
    assert "pilihan tidak dikenal: 'jw'" in err


def test_options_the_launcher_does_not_know_are_left_for_qt():
    args = app.parse_args(["--db", "perpus.sqlite3", "--kiosk", "-platform", "offscreen"])
    assert args.db == "perpus.sqlite3" and args.kiosk
