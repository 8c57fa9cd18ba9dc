"""MARC as text, one field a line (MarcEdit's "mnemonic" ``.mrk``), read like an ISO 2709 file.

Librarians edit MARC in MarcEdit and keep its ``.mrk`` files, and INLISLite's OPAC gives a record as
"MARC UTF-8" in the same form (``Opac.php`` ``downloadMarcUtf8``)::

    =LDR  00000nam  2200000   4500
    =001  INLIS000123
    =245  10$aLaskar pelangi :$bsebuah novel /$cAndrea Hirata.

A record begins at its ``=LDR`` line (a blank line between records is usual, not needed). ``\\`` is
MarcEdit's blank in indicators and fixed fields; ``{dollar}`` its ``$`` inside a value. INLISLite writes
a value that begins with its own ``$`` after the one in front (``$$a``): the empty piece is passed over.
"""

from __future__ import annotations

import html.entities
import re
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from . import marc_json
from .iso2709 import MarcField, MarcRecord
from .marc_reader import read_iso2709, read_records
from .types import UTF8_BOM, Cancel, Incoming, Progress

# MARC's character mnemonics (LC's MARCMaker, MarcEdit): a diacritic written before its letter, as
# MARC-8 stores it ("{acute}e"); a letter by its HTML name ("{eacute}"); a code point ("{U+00E9}", "{x00E9}")
_MARKS = {"acute": "\u0301", "grave": "\u0300", "circ": "\u0302", "tilde": "\u0303", "uml": "\u0308",
          "cedil": "\u0327", "ring": "\u030a", "caron": "\u030c", "macr": "\u0304", "breve": "\u0306",
          "dot": "\u0307", "dotb": "\u0323", "dblac": "\u030b", "ogon": "\u0328", "hooka": "\u0309"}
_SIGNS = {"dollar": "$", "lcub": "{", "rcub": "}", "bsol": "\\", "esc": "\x1b", "mlrhring": "\u02be",
          "mllhring": "\u02bf", "softsign": "\u02b9", "hardsign": "\u02ba", "joiner": "\u200d",
          "nonjoin": "\u200c", "flat": "\u266d", "sharp": "\u266f", "phono": "\u2117"}
_MARK = re.compile(r"\{(" + "|".join(_MARKS) + r")\}(\{[^{}]+\}|.)", re.S)
_MNEMONIC = re.compile(r"\{(?:U\+|x)?([A-Za-z0-9]+)\}")


def read_marc(path: str | Path, progress: Progress | None = None, cancel: Cancel | None = None) -> Iterator[Incoming]:
    """A MARC file's rows, whether it holds ISO 2709 records, MARC as text or MARC in JSON (SLiMS's MARCJSON)."""
    path = Path(path)
    with path.open("rb") as handle:
        head = handle.read(64)
    if is_mnemonic(head):
        return read_records(path, records, progress, cancel)
    if marc_json.is_json(head):
        return read_records(path, marc_json.records, progress, cancel)
    return read_iso2709(path, progress, cancel)


def is_mnemonic(head: bytes) -> bool:
    """True for the first bytes of a MARC text file (its first line ``=LDR``)."""
    return head.removeprefix(UTF8_BOM).lstrip().upper().startswith(b"=LDR")


def records(handle: BinaryIO) -> Iterator[MarcRecord]:
    """The records of a MARC text file (UTF-8), one at a time."""
    leader, fields = "", []
    for raw in handle:
        line = raw.decode("utf-8", "replace").lstrip("\ufeff").rstrip("\r\n")
        if not line.startswith("="):
            continue  # (blank lines between records)
        tag, data = line[1:4].upper(), line[6:] if line[4:6] == "  " else line[4:].lstrip(" ")
        if tag == "LDR":
            if leader or fields:
                yield MarcRecord(leader, fields)
            leader, fields = data.replace("\\", " ").ljust(24)[:24], []
        elif tag < "010" and tag.isdigit():
            fields.append(MarcField(tag, data=_unescape(data.replace("\\", " "))))
        else:
            parts = data.split("$")
            indicators = parts[0].replace("\\", " ").ljust(2)
            fields.append(MarcField(tag, indicator1=indicators[0], indicator2=indicators[1],
                                    subfields=[(part[0], _unescape(part[1:])) for part in parts[1:] if part]))
    if leader or fields:
        yield MarcRecord(leader or " " * 24, fields)


def _unescape(text: str) -> str:
    if "{" not in text:
        return text
    text = _MNEMONIC.sub(_sign, text)  # (first the letters a mark may stand before: "{acute}{aelig}")
    text = _MARK.sub(lambda m: m.group(2) + _MARKS[m.group(1)], text)
    return unicodedata.normalize("NFC", text)


def _sign(match: re.Match[str]) -> str:
    whole, name = match.group(0), match.group(1)
    if name in _MARKS:
        return whole  # (placed after its letter next)
    if name in _SIGNS:
        return _SIGNS[name]
    if whole.startswith(("{U+", "{x")) and len(name) in (4, 5, 6):
        try:
            return chr(int(name, 16))
        except ValueError:
            return whole
    code = html.entities.name2codepoint.get(name)
    return chr(code) if code else whole
