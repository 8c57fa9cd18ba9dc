"""Arabic vowel marks in the search index: only text that holds a mark pays for taking them out, and an author
list written with JSON escapes ("\\u064e", as the demo data and a grant package write it) is found too."""

from __future__ import annotations

import json

from pustaka_desktop.core.catalog import search
from pustaka_desktop.core.catalog.spelling import fold, fold_sql
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Record


def test_the_sql_folding_agrees_with_python_for_latin_arabic_and_mixed_text(lib):
    for text in ("Tjerita Rakjat Djawa", "تَفْسِيرُ الْجَلَالَيْنِ", "Kitab تَفْسِيرُ (Tafsir)", "بلوغ المرام", "",
                 "ـــجـــ"):
        assert lib.db.execute_sql(f"WITH t(x) AS (SELECT ?) SELECT {fold_sql('x')} FROM t", [text]).fetchone()[0] == fold(text), text


def test_an_author_list_written_with_escapes_is_found_without_its_vowel_marks(lib):
    store.insert(lib, Record, title="Riyadhus Shalihin",
                 authors=json.dumps([{"name": "النَّوَوِي", "role": "primary", "kind": "person"}]))  # (escaped)
    found = search.search(lib, "النووي")
    assert [hit.title for hit in found.hits] == ["Riyadhus Shalihin"]
