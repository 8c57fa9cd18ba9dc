"""pustaka-cli for the web catalogue: members' PINs, the digital shelf, the QR poster, and `serve`
answering a phone on loopback."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from pustaka_desktop.cli import main

from .conftest import PDF


def run(capsys, db, *argv):
    code = main(["--lang", "en", "--db", db, *argv])
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def db(tmp_path, capsys):
    path = str(tmp_path / "lib.sqlite3")
    assert run(capsys, path, "demo", "--size", "tiny")[0] == 0
    return path


def _first_member(db) -> str:
    from pustaka_desktop.core.service import Library
    from pustaka_desktop.core.store.models import Member

    lib = Library.open(db)
    try:
        return Member.select().order_by(Member.id).first().number
    finally:
        lib.close()


def test_pins_and_digital_shelf_from_the_command_line(db, capsys, tmp_path):
    number = _first_member(db)
    code, out, _ = run(capsys, db, "web-pin", number, "--new")
    assert code == 0 and f"New PIN for {number}:" in out
    code, _, err = run(capsys, db, "web-pin", number, "--pin", "1234")
    assert code == 1 and "too easy to guess" in err
    pdf = tmp_path / "Panduan Bertani Organik.pdf"
    pdf.write_bytes(PDF)
    code, out, _ = run(capsys, db, "digital", "add", str(pdf), "--title", "Panduan Bertani Organik",
                       "--author", "Dinas Pertanian")
    assert code == 0 and "On the digital shelf" in out
    text = tmp_path / "catatan.pdf"
    text.write_text("not a pdf at all")
    code, _, err = run(capsys, db, "digital", "add", str(text), "--title", "Palsu")
    assert code == 1 and "is not a PDF or EPUB file" in err
    code, out, _ = run(capsys, db, "digital", "list", "--json")
    shelf = json.loads(out)
    assert [e["title"] for e in shelf] == ["Panduan Bertani Organik"] and shelf[0]["views"] == 0
    poster = tmp_path / "poster.png"
    code, out, _ = run(capsys, db, "web-poster", "-o", str(poster), "--address", "http://10.0.0.5:8080/")
    assert code == 0 and poster.read_bytes().startswith(b"\x89PNG")
    import zxingcpp
    from PIL import Image

    assert [c.text for c in zxingcpp.read_barcodes(Image.open(poster))] == ["http://10.0.0.5:8080/"]


def test_serve_answers_on_loopback_and_stops(db):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    cli = Path(sys.executable).parent / "pustaka-cli"
    proc = subprocess.Popen([str(cli), "--lang", "en", "--db", db, "serve", "--host", "127.0.0.1", "--port",
                             str(port), "--parts", "catalogue,door"], stdout=subprocess.PIPE, text=True,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    try:
        assert "web catalogue is open" in proc.stdout.readline()
        page = ""
        for _ in range(40):
            try:
                page = urllib.request.urlopen(f"http://127.0.0.1:{port}/buku-tamu", timeout=5).read().decode()
                break
            except OSError:
                time.sleep(0.25)
        assert "buku tamu" in page.lower()  # the web speaks the visitor's language: Indonesian first
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/akun", timeout=5)
            closed = False
        except urllib.error.HTTPError as exc:
            closed = exc.code == 404
        assert closed  # the account part was not opened
    finally:
        proc.terminate()
        assert proc.wait(20) is not None
