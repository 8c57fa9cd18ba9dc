"""A title written as the book's KDT writes it, "Judul : anak judul / pengarang", in a hand-kept list: in a column of
both ("Judul/Pengarang") or in the title column beside the authors. The whole line was the title, so search,
sorting and the duplicate check saw the author inside it, and a column "Judul/Pengarang" brought no authors at all.
"IPA SD / MI kelas 5" is a title with a slash in it, and stays whole."""

from __future__ import annotations

import json

import pytest

from pustaka_desktop.core.interop import importer, spreadsheet
from pustaka_desktop.core.interop.sheet_headers import guess_mapping
from pustaka_desktop.core.store.models import Record


@pytest.mark.parametrize("header", ["Judul/Pengarang", "Judul / Pengarang", "Judul dan Pengarang",
                                    "Judul & Pengarang", "Title/Author"])
def test_a_column_of_both_is_guessed(header):
    assert guess_mapping(["No", header, "Penerbit"])[header] == "title_authors"


def _records():
    return {r.title: (r.subtitle, r.responsibility, [a["name"] for a in json.loads(r.authors)])
            for r in Record.select()}


def test_a_column_of_titles_and_authors_is_taken_apart(lib, librarian, tmp_path):
    path = tmp_path / "daftar.csv"
    path.write_text("No;Judul/Pengarang;Penerbit;No. Induk\n"
                    "1;Laskar Pelangi / Andrea Hirata;Bentang;001\n"
                    "2;Ronggeng Dukuh Paruk : novel / oleh Ahmad Tohari;Gramedia;002\n"
                    "3;IPA SD / MI Kelas 5 / Tim Penyusun;Erlangga;003\n"
                    "4;Kamus Besar Bahasa Indonesia;Balai Pustaka;004\n", encoding="utf-8")
    plan = importer.import_file(lib, librarian, "csv", path)
    assert (plan.records_add, plan.bad) == (4, [])
    assert _records() == {
        "Laskar Pelangi": ("", "Andrea Hirata", ["Andrea Hirata"]),
        "Ronggeng Dukuh Paruk": ("novel", "oleh Ahmad Tohari", ["Ahmad Tohari"]),
        "IPA SD / MI Kelas 5": ("", "Tim Penyusun", ["Tim Penyusun"]),
        "Kamus Besar Bahasa Indonesia": ("", "", []),
    }
    assert not [n for n in plan.notices if n.template == spreadsheet.COLUMNS_NOT_READ]


def test_a_title_column_as_the_kdt_writes_it_is_taken_apart_when_its_tail_names_the_author(lib, librarian,
                                                                                          tmp_path):
    path = tmp_path / "induk.csv"
    path.write_text("No;Judul;Pengarang;No. Induk\n"
                    "1;Ayat-Ayat Cinta : sebuah novel pembangun jiwa / Habiburrahman El Shirazy;"
                    "Habiburrahman El Shirazy;001\n"
                    "2;IPA SD / MI Kelas 6;Tim Penyusun;002\n"
                    "3;Matematika SMP / MTs Kelas VII / Tim Penyusun;Tim Penyusun;003\n", encoding="utf-8")
    importer.import_file(lib, librarian, "csv", path)
    assert _records() == {
        "Ayat-Ayat Cinta": ("sebuah novel pembangun jiwa", "Habiburrahman El Shirazy", ["Habiburrahman El Shirazy"]),
        "IPA SD / MI Kelas 6": ("", "", ["Tim Penyusun"]),  # (no author's name after its slash: a title)
        "Matematika SMP / MTs Kelas VII": ("", "Tim Penyusun", ["Tim Penyusun"]),
    }
    again = importer.import_file(lib, librarian, "csv", path)  # (the same list again finds its books)
    assert (again.records_add, again.records_update, again.items_add) == (0, 0, 0)
