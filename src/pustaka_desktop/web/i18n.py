"""The web catalogue's languages: Indonesian (default) and English (the source language).

The translations are the app's own compiled catalogue (``locale/pustaka_id.qm``, made from
translations/pustaka_id.ts), read here with a small reader of Qt's .qm format instead of QtCore, so
the web server needs no Qt, is safe to call from its worker threads, and answers each request in
the language that request asked for. Web-page texts are declared in ``strings.py``."""

from __future__ import annotations

import struct
import threading
from collections.abc import Callable
from pathlib import Path

from ..core.errors import PustakaError

LOCALE_DIR = Path(__file__).resolve().parent.parent / "locale"
LANGUAGES = ("id", "en")
DEFAULT = "id"

_MESSAGES, _TRANSLATION, _SOURCE, _CONTEXT, _COMMENT, _END = 0x69, 3, 6, 7, 8, 1
_tables: dict[str, dict[tuple[str, str], str]] = {}
_lock = threading.Lock()


def read_qm(path: Path) -> dict[tuple[str, str], str]:
    """{(context, source): translation} from a compiled Qt translation file."""
    data = path.read_bytes()
    pos, messages = 16, b""
    while pos + 5 <= len(data):
        tag, length = data[pos], struct.unpack(">I", data[pos + 1:pos + 5])[0]
        if tag == _MESSAGES:
            messages = data[pos + 5:pos + 5 + length]
        pos += 5 + length
    table: dict[tuple[str, str], str] = {}
    p, current = 0, {}
    while p < len(messages):
        tag = messages[p]
        p += 1
        if tag == _END:
            if "source" in current and "translation" in current:
                table[(current.get("context", ""), current["source"])] = current["translation"]
            current = {}
        elif tag in (_TRANSLATION, _SOURCE, _CONTEXT, _COMMENT):
            length = struct.unpack(">I", messages[p:p + 4])[0]
            p += 4
            if length == 0xFFFFFFFF:
                length = 0
            raw = messages[p:p + length]
            p += length
            if tag == _TRANSLATION:
                current["translation"] = raw.decode("utf-16-be")
            elif tag == _SOURCE:
                current["source"] = raw.decode("utf-8")
            elif tag == _CONTEXT:
                current["context"] = raw.decode("utf-8")
        elif tag in (4, 5):  # obsolete hash / numerus tags: four bytes each
            p += 4
        else:
            break  # an unknown tag: keep what was read
    return table


def table(language: str) -> dict[tuple[str, str], str]:
    if language not in _tables:
        with _lock:
            if language not in _tables:
                path = LOCALE_DIR / f"pustaka_{language}.qm"
                _tables[language] = read_qm(path) if language != "en" and path.exists() else {}
    return _tables[language]


def translator(language: str) -> Callable[[str, str], str]:
    """translate(context, english) in ``language`` (English when a text has no translation)."""
    strings = table(language if language in LANGUAGES else DEFAULT)

    def translate(context: str, text: str) -> str:
        return strings.get((context, text), text)

    return translate


def error_text(exc: PustakaError, language: str) -> str:
    return exc.message(translator(language))
