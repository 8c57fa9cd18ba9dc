"""A user name for a new staff account, made from the name the librarian types: "Siti Nur'aini, S.Pd." becomes
``sitinuraini``. Titles before and after the name (Bu, Hj., Dra., S.Pd.) and signs are left out; a name already
used, even by someone who left long ago (her loans and audit lines keep it), gets a number: ``sitinuraini2``."""

from __future__ import annotations

import unicodedata

from .catalog import callnumber
from .community.address_words import WORDS_OF_ADDRESS
from .store.models import Staff

# Written before a name: forms of address (Bu, Pak) and titles (Hj., Dra., Ir.); the academic degrees come after
# a comma. The project's own lists, compared in lower case without dots.
_BEFORE = WORDS_OF_ADDRESS | callnumber.HONORIFICS
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
