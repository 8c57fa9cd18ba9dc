"""The Katalog page searched by class or call number: the shelf's titles by class number then title, a line
that says the query was read as a class or call number, and, when nothing is found, a sentence that says
what was looked for (it used to say only "0 judul")."""

from __future__ import annotations

import pytest

from pustaka_desktop import i18n
from pustaka_desktop.core.catalog import records as catalog
from pustaka_desktop.core.catalog.copies import add_item
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages.catalog import CatalogPage


@pytest.fixture
def page(qtbot, lib, librarian):
    i18n.install("en")  # the texts checked below are the English sources (conftest puts the language back)
    for title, author, ddc, call, barcode in (
            ("Laskar Pelangi", "Hirata, Andrea", "899.221 3", "899.221 3 HIR l", "B0001"),
            ("Tuntunan Shalat Lengkap", "Suryadi, Ahmad", "2X4.1", "2X4.1 SUR t", "B0002"),
            ("Fiqih Wanita", "Al-Hamdani", "2X4.1", "2X4.1 AL- f", "B0003")):
        record = catalog.add_record(lib, librarian, title=title, authors=[{"name": author}], ddc=ddc).record
        add_item(lib, librarian, record, barcode=barcode, call_number=call)
    shown = CatalogPage(AppContext(lib, librarian))
    qtbot.addWidget(shown)
    shown.show()
    return shown


def _search(page, text: str) -> list[str]:
    page.query.setText(text)
    page.run_search()
    return [page.model.hit_at(row).title for row in range(page.model.rowCount())]


def test_a_call_number_as_on_the_spine_finds_its_shelf_and_says_how_it_was_read(page):
    assert _search(page, "2X4.1 SUR") == ["Tuntunan Shalat Lengkap"]
    assert page.count.text() == "1 titles"
    assert page.search_note.isVisible()
    assert page.search_note.text() == "Class or call number 2X4.1 SUR: sorted by class number, then title."
    assert _search(page, "2X4.1") == ["Fiqih Wanita", "Tuntunan Shalat Lengkap"]
    assert _search(page, "899.221 3") == ["Laskar Pelangi"]
    assert "899.2213" in page.search_note.text()


def test_nothing_found_says_what_was_searched(page):
    assert _search(page, "899.9 HIR") == []
    assert page.search_note.isVisible()
    assert page.search_note.text() == "No title has the class number or call number 899.9 HIR."
    assert _search(page, "zebrakuda") == []
    assert "“zebrakuda”" in page.search_note.text() and "call numbers" in page.search_note.text()
    page.available.setChecked(True)  # a filter on: the sentence says so
    assert _search(page, "zebrakuda") == [] and "A filter is on" in page.search_note.text()
    page.available.setChecked(False)
    assert _search(page, "laskar") == ["Laskar Pelangi"] and not page.search_note.isVisible()
