"""What pustaka-cli prints for people, second round: no code word of the program's own (``unknown``,
``waiting``, ``out_of_scope``) where a person reads the line, headings over every list, lines that fit an
80-column Windows console, and numbers, millimetres and dates written the way the rest of the app writes
them (``5.055`` and ``38,1 mm`` in Indonesian, ``05-12-2026``), in the PDF and the spreadsheet too."""

from __future__ import annotations

import re

import pytest

from pustaka_desktop import i18n
from pustaka_desktop.cli import main
from pustaka_desktop.core.store.models import Hold, Item, Member

CONSOLE_WIDTH = 79  # a full 80th column makes the Windows console add an empty line


@pytest.fixture(autouse=True)
def back_to_indonesian():
    yield
    i18n.install("id")


def run(capsys, lang: str, *argv: str) -> tuple[int, str]:
    code = main(["--lang", lang, *argv])
    return code, capsys.readouterr().out


@pytest.fixture
def village(tmp_path) -> str:
    """The CLI's tiny demo library (100 copies, members with loans and reservations)."""
    db = str(tmp_path / "desa.sqlite3")
    assert main(["--lang", "en", "--db", db, "demo", "--size", "tiny"]) == 0
    return db


def _with_library(db: str, read):
    from pustaka_desktop.core.service import Library

    lib = Library.open(db)
    try:
        return read()
    finally:
        lib.close()


def test_stocktake_scan_says_each_scan_in_words_and_marks_the_ones_to_act_on(village, tmp_path, capsys):
    barcodes = _with_library(village, lambda: [i.barcode for i in Item.select().where(Item.status == "available")
                                               .order_by(Item.id).limit(3)])
    assert run(capsys, "en", "--db", village, "stocktake", "start")[0] == 0
    code, out = run(capsys, "en", "--db", village, "stocktake", "scan", barcodes[0], "NOSUCH-77", barcodes[0])
    seen, unknown, again = out.splitlines()
    assert code == 0
    assert seen.startswith("  Seen: ") and again.startswith("  Already scanned: ")
    assert unknown == "! Unknown barcode NOSUCH-77."  # not "unknown      Unknown barcode ..."
    assert not re.search(r"\b(ok|unknown|duplicate|out_of_scope|on_loan)\b", out)

    # a barcode reader's file: the Stock-take page's sentence, counts the user's way
    lines = [*barcodes, "NOSUCH-78", ""]
    (tmp_path / "rak.txt").write_text("\n".join(lines), encoding="utf-8")
    code, out = run(capsys, "en", "--db", village, "stocktake", "scan", "--file", str(tmp_path / "rak.txt"))
    assert code == 0
    assert out.strip() == "Read 2 copies; 1 unknown, 0 from elsewhere, 0 on loan, 1 already scanned.", out
    code, out = run(capsys, "id", "--db", village, "stocktake", "scan", "--file", str(tmp_path / "rak.txt"))
    assert out.startswith("Terbaca 0 eksemplar; 1 tidak dikenal") and "known" not in out, out


def test_member_show_says_where_a_reservation_stands_in_words(village, capsys):
    number = _with_library(village, lambda: Member.get_by_id(
        Hold.select().where(Hold.status == "waiting").order_by(Hold.id).first().member_id).number)
    code, out = run(capsys, "en", "--db", village, "member", "show", number)
    assert code == 0 and "[waiting]" not in out
    assert re.search(r"^    Reserved: .+ — number \d+ in line$", out, re.M), out
    code, out = run(capsys, "id", "--db", village, "member", "show", number)
    assert "[waiting]" not in out and "antrean nomor" in out, out
