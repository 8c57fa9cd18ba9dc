"""A poster is made in the language chosen beside it, whatever the screen's: a librarian whose screen is in English
prints "this month at the library" in Indonesian for the village hall, its words, its figures (1.260) and the day of
the next programme (Kamis, 26 Maret 2026) too. Before, the Print page made every poster in the screen's language."""

from __future__ import annotations

import subprocess

import pytest

from pustaka_desktop import i18n
from pustaka_desktop.core.community import programs, visits
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages.printing import PrintingPage

POSTERS_TAB = 2


@pytest.fixture(autouse=True)
def english_screen():
    i18n.install("en")
    yield
    i18n.install("en")


@pytest.fixture
def reading_week(lib, clock, librarian):
    """March 2026: a literacy fortnight (three classes of 30 pupils a school day, 1,260 visitors in all); the
    reading club meets next on Thursday 26 March."""
    for day in (2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 16, 17, 18, 19):
        clock.set(f"2026-03-{day:02d}T09:00:00+07:00")
        for grade in (4, 5, 6):
            visits.record_group(lib, librarian, f"SD Negeri 1 Sukamaju kelas {grade}", {"M": 14, "F": 16, "SD": 30})
    club = programs.create_program(lib, librarian, name="Klub Baca Anak", kind="literacy")
    programs.add_session(lib, librarian, club, starts_at="2026-03-26 16:00", place="Balai Desa")
    clock.set("2026-03-20T09:00:00+07:00")
    return lib


def _saved_pdf_text(qtbot, page, target, monkeypatch) -> str:
    monkeypatch.setattr("pustaka_desktop.gui.pages.printing.info", lambda *args: None)
    monkeypatch.setattr("pustaka_desktop.gui.widgets.actions.QFileDialog.getSaveFileName",
                        lambda *args, **kwargs: (str(target), ""))
    page.save_pdf()
    qtbot.waitUntil(target.exists, timeout=20000)
    out = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(out.split())


def test_an_indonesian_month_card_from_an_english_screen(qtbot, reading_week, librarian, tmp_path, monkeypatch):
    page = PrintingPage(AppContext(reading_week, librarian))
    qtbot.addWidget(page)
    page.tabs.setCurrentIndex(POSTERS_TAB)
    posters = page.posters
    posters.poster_kind.setCurrentIndex(posters.poster_kind.findData("month"))
    assert posters.poster_language.language() == "en"  # the screen's language, unless chosen
    posters.poster_language.setCurrentIndex(posters.poster_language.findData("id"))
    text = _saved_pdf_text(qtbot, page, tmp_path / "bulan-ini.pdf", monkeypatch)
    assert "Bulan ini di perpustakaan" in text and "Maret 2026" in text
    assert "1.260 pengunjung" in text and "1,260" not in text and "visitors" not in text
    assert "Kamis, 26 Maret 2026, 16:00" in text and "Thursday" not in text
    assert page.tabs.tabText(POSTERS_TAB) == "P&osters"  # the page itself stays in the screen's language


def test_the_poster_language_box_is_named_in_the_screens_words(qtbot, lib, librarian):
    i18n.install("id")
    page = PrintingPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    box = page.posters.poster_language
    assert box.language() == "id"
    assert [box.itemText(i) for i in range(box.count())] == ["Bahasa Indonesia", "Bahasa Inggris"]
