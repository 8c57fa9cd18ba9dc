"""A row naming no language whose title is written all in one script other than Latin gets that script's language
(Arabic letters Arabic, aksara Jawa Javanese): they came in Indonesian. The guess never changes a record here."""

from __future__ import annotations

from openpyxl import Workbook

from pustaka_desktop.core.interop import importer
from pustaka_desktop.core.interop.script_language import language_of_script
from pustaka_desktop.core.store import write
from pustaka_desktop.core.store.models import Record


def test_the_script_of_a_whole_title_names_its_language():
    assert language_of_script("تفسير الجلالين") == "ara"
    assert language_of_script("رياض الصالحين ١٢") == "ara"  # (digits and spaces belong to no one script)
    assert language_of_script("ꦱꦼꦫꦠ꧀ꦮꦺꦝꦠꦩ") == "jav"
    assert language_of_script("ᬧᬸᬭᬵᬡ") == "ban"
    assert language_of_script("Tafsir Jalalain تفسير الجلالين") == ""  # (Latin letters too: it says nothing)
    assert language_of_script("Laskar Pelangi") == "" and language_of_script("Café Kopi") == ""


def test_a_list_without_languages_brings_arabic_and_javanese_books_in_their_languages(lib, librarian, tmp_path):
    write.insert(lib, Record, title="رياض الصالحين", language="ind", year_text="", publisher="")  # (imported before)
    book = Workbook()
    for row in (["Judul", "Pengarang", "No. Induk"], ["تفسير الجلالين", "Jalaluddin", "001"],
                ["ꦱꦼꦫꦠ꧀ꦮꦺꦝꦠꦩ", "Mangkunegara IV", "002"], ["Tafsir Jalalain تفسير الجلالين", "Jalaluddin", "003"],
                ["رياض الصالحين", "", ""]):
        book.active.append(row)
    path = tmp_path / "daftar buku.xlsx"
    book.save(path)
    first = importer.import_file(lib, librarian, "xlsx", path)
    assert {r.title: r.language for r in Record.select()} == {
        "تفسير الجلالين": "ara", "ꦱꦼꦫꦠ꧀ꦮꦺꦝꦠꦩ": "jav", "Tafsir Jalalain تفسير الجلالين": "ind",
        "رياض الصالحين": "ind"}  # (a record here keeps its language: the guess is the import's, not the file's)
    assert (first.records_add, first.records_update, first.flags) == (3, 0, 0)  # (a guess is no item to check)
    again = importer.import_file(lib, librarian, "xlsx", path)
    assert (again.records_add, again.records_update) == (0, 0)
