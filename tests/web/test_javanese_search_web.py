"""The web catalogue searches aksara Jawa as the desk does (``core.catalog.search``): a word keeps its vowel signs,
so a patron's ꦱꦼꦫꦠ꧀ (serat) on a phone finds the Serat, not a Surat."""

from __future__ import annotations

import urllib.parse

from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Record

SERAT_WEDHATAMA = "ꦱꦼꦫꦠ꧀ꦮꦺꦝꦠꦩ"  # Serat Wedhatama
SURAT_PAK_LURAH = "ꦱꦸꦫꦠ꧀ꦱꦏꦶꦁꦥꦏ꧀ꦭꦸꦫꦃ"  # Surat saking Pak Lurah


def test_a_phone_search_for_serat_finds_the_serat_and_not_the_surat(phone, village):
    store.insert(village.lib, Record, title=SERAT_WEDHATAMA)
    store.insert(village.lib, Record, title=SURAT_PAK_LURAH)
    page = phone.get("/?q=" + urllib.parse.quote("ꦱꦼꦫꦠ꧀"))
    assert SERAT_WEDHATAMA in page.text and SURAT_PAK_LURAH not in page.text
    page = phone.get("/?q=" + urllib.parse.quote("ꦮꦺꦝꦠꦩ"))  # the word after the pangkon
    assert SERAT_WEDHATAMA in page.text
