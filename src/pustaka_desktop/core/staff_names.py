"""A user name for a new staff account, made from the name the librarian types: "Siti Nur'aini, S.Pd." becomes
``sitinuraini``. Titles before and after the name (Bu, Hj., Dra., S.Pd.) and signs are left out; a name already
used, even by someone who left long ago (her loans and audit lines keep it), gets a number: ``sitinuraini2``."""

from __future__ import annotations

import unicodedata

from .store.models import Staff

# Words written before a name in a village: forms of address and titles (the academic ones come after a comma).
_BEFORE = {"bu", "ibu", "pak", "bapak", "mas", "mbak", "kak", "teh", "h", "hj", "dr", "drs", "dra", "ir", "ust",
           "ustadz", "ustadzah", "kh", "raden", "rd", "sdr", "sdri"}
_LONGEST = 20


def suggest_username(full_name: str) -> str:
    """A free user name for ``full_name`` ("" when it has no letters)."""
    base = _plain(full_name)
    if not base:
        return ""
    taken = {name for (name,) in Staff.select(Staff.username).where(Staff.username.startswith(base)).tuples()}
    if base not in taken:
        return base
    number = 2
    while f"{base}{number}" in taken:
        number += 1
    return f"{base}{number}"


def _plain(full_name: str) -> str:
    name = full_name.split(",")[0]  # "Siti Nur'aini, S.Pd." : the degree after the comma
    words = []
    for word in name.split():
        letters = "".join(ch for ch in unicodedata.normalize("NFKD", word) if ch.isascii() and ch.isalnum()).lower()
        if letters and not (not words and letters in _BEFORE):
            words.append(letters)
    return "".join(words[:2])[:_LONGEST]
