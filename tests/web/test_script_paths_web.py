"""Aksara Jawa and Arabic titles in the web catalogue on a phone: a phone with no Javanese font (an iPhone)
gets the app's own, only for pages that need it, and the search box takes the direction of what is typed."""

from __future__ import annotations

import re
import urllib.parse

import uharfbuzz as hb

from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Record

SERAT_WEDHATAMA = "ꦱꦼꦫꦠ꧀ꦮꦺꦢꦠꦩ"


def test_a_phone_without_a_javanese_font_is_given_one_for_javanese_letters_only(phone, village):
    store.insert(village.lib, Record, title=SERAT_WEDHATAMA)
    page = phone.get("/?q=" + urllib.parse.quote(SERAT_WEDHATAMA))
    assert SERAT_WEDHATAMA in page.text
    css = phone.get("/static/style.css").text
    faces = re.findall(r"@font-face\{([^}]*)\}", css)
    assert faces and all("unicode-range:U+A980-A9DF" in face for face in faces)  # (no download for Latin pages)
    family = re.search(r'font-family:"([^"]+)"', faces[0]).group(1)
    assert re.search(r"body\{[^}]*font:[^;}]*\"" + family + '"', css)
    for url in re.findall(r"url\(([^)]+)\)", "".join(faces)):
        font = phone.get(url)
        assert font.status == 200 and font.headers["Content-Type"] == "font/ttf"
        assert set(map(ord, SERAT_WEDHATAMA)) <= set(hb.Face(hb.Blob(font.body)).unicodes)


def test_the_search_box_writes_arabic_right_to_left(phone, village):
    page = phone.get("/")
    box = re.search(r'<input id="q"[^>]*>', page.text).group(0)
    assert 'dir="auto"' in box
