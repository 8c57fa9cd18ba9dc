"""What pustaka-cli prints for people, third round: the district report's table headings wrap between
words in Indonesian ("Pengunjung per hari buka"), never inside one ("Pengunjun / g"); dates a person
reads are day first like the rest of the app (``--json`` keeps ISO dates for scripts); the built-in
label sheets are named in the user's language and number format, under headings."""

from __future__ import annotations

import shutil
import subprocess

import pytest

from pustaka_desktop import i18n
from pustaka_desktop.cli import main
from pustaka_desktop.core.sync import stats


@pytest.fixture(autouse=True)
def back_to_indonesian():
    yield
    i18n.install("id")


def run(capsys, lang: str, *argv: str) -> tuple[int, str]:
    code = main(["--lang", lang, *argv])
    return code, capsys.readouterr().out


@pytest.fixture(scope="module")
def district(tmp_path_factory) -> dict[str, str]:
    """A district office that received one village's first bundle on a USB stick."""
    folder = tmp_path_factory.mktemp("district")
    village, office, usb = str(folder / "v.sqlite3"), str(folder / "d.sqlite3"), folder / "usb"
    usb.mkdir()
    steps = [
        [village, "demo", "--size", "tiny"],
        [office, "init", "--library-name", "Dinas Perpustakaan Kabupaten", "--library-code", "DIN",
         "--librarian", "admin", "--password", "admin123", "--district"],
        [village, "sync", "enrol-request", "-o", str(folder / "req.json")],
        [office, "sync", "enrol-accept", str(folder / "req.json"), "-o", str(folder / "ans.json")],
        [village, "sync", "enrol-finish", str(folder / "ans.json")],
        [village, "sync", "export", "--to", "DIN", "-o", str(usb)],
        [office, "sync", "import", str(usb)],
    ]
    for db, *argv in steps:
        assert main(["--lang", "en", "--db", db, *argv]) == 0
    i18n.install("id")
    return {"village": village, "office": office}


def _pdf_words(pdf) -> set[str]:
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    return set(text.split())


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is missing")
@pytest.mark.parametrize("lang", ["id", "en"])
def test_district_report_headings_wrap_between_words_not_inside_them(district, tmp_path, capsys, lang):
    pdf = tmp_path / f"kabupaten-{lang}.pdf"
    code, _ = run(capsys, lang, "--db", district["office"], "district", "report", "--year", "2026", "-o", str(pdf))
    assert code == 0
    words = _pdf_words(pdf)
    i18n.install(lang)
    headings = [i18n.translate("DistrictReport", english) for key, english in stats.COLUMNS if key != "days_since"]
    vocabulary = {word for heading in headings for word in heading.split()}
    for word in vocabulary:
        # "Pengunjung", "Peminjaman", "Terlambat" whole: they came out "Pengunjun / g", "Terla / mbat"
        broken = [piece for piece in words - vocabulary if len(piece) >= 3 and word.startswith(piece)]
        assert word in words and not broken, (word, broken)
