"""What the CLI-output tests share: running pustaka-cli in-process in a language, and a district office that
received one village's first bundle on a USB stick (its Indonesian export and import messages kept)."""

from __future__ import annotations

import contextlib
import io

from pustaka_desktop.cli import main


def run(capsys, lang: str, *argv: str) -> tuple[int, str]:
    code = main(["--lang", lang, *argv])
    return code, capsys.readouterr().out


def district_with_one_bundle(folder) -> dict[str, str]:
    """A demo village enrolled with a district office, its first bundle carried over: the two databases' paths
    and ``said``, what the export and the import printed in Indonesian."""
    village, office, usb = str(folder / "v.sqlite3"), str(folder / "d.sqlite3"), folder / "usb"
    usb.mkdir()
    steps = [
        [village, "demo", "--size", "tiny"],
        [office, "init", "--library-name", "Dinas Perpustakaan Kabupaten", "--library-code", "DIN",
         "--librarian", "admin", "--password", "admin123", "--district"],
        [village, "sync", "enrol-request", "-o", str(folder / "req.json")],
        [office, "sync", "enrol-accept", str(folder / "req.json"), "-o", str(folder / "ans.json")],
        [village, "sync", "enrol-finish", str(folder / "ans.json")],
    ]
    for db, *argv in steps:
        assert main(["--lang", "en", "--db", db, *argv]) == 0
    said = io.StringIO()
    with contextlib.redirect_stdout(said):
        assert main(["--lang", "id", "--db", village, "sync", "export", "--to", "DIN", "-o", str(usb)]) == 0
        assert main(["--lang", "id", "--db", office, "sync", "import", str(usb)]) == 0
    return {"village": village, "office": office, "said": said.getvalue()}
