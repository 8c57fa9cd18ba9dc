"""Who a member list's row is, when it has no card number (a list kept by hand): a member already here,
a row above it, or somebody new; for ``member_import``.

- Found by the registration's rule (``members.find_duplicates``: the NIK, or the name with the birth
  date) or, as a list kept by hand often has only these, the name with the phone or the address.
- The same name is not always the same person: a father and a son of one name share an address and a
  phone, and a NIK copied down onto the next row lands on somebody else. A match whose birth date is
  another, or whose name is not the other's written shorter or otherwise ("Siti", "Sitti Aminah" and
  "S. Aminah" are "Siti Aminah"; "Tini Suwarni" is not), is
  somebody else: the row is a member of their own, named as possibly that person (``Match.near``),
  never merged into them.
- A row with nothing but a name (a class list: "Nama Siswa", "L/P", "Kelas") is the first member of that
  name this file has not matched yet, so importing the list again adds nobody twice; two such rows of
  one name are two members (two pupils called Dimas), named as possibly one.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import Any, NamedTuple

from ..cells import by_digits_without_zeros
from ..community.members import normalise_phone
from ..store.models import Member
from .types import fold

Key = tuple[str, Any]


class Person(NamedTuple):
    ref: str  # the member's number, or (``row``) the number of the row that listed them
    name: str
    birth: date | None
    row: int = 0  # 0: a member already here


@dataclass
class Match:
    same: Person | None = None  # the member or row this row is
    near: Person | None = None  # else the first one found who shares a NIK, phone or address, or the name alone


def person_keys(name: str, birth: date | None, phone: str, address: str, nik: str) -> list[Key]:
    """What tells a person: the NIK, the name with the birth date, with the phone, with the address."""
    name = fold(name)
    keys: list[Key] = [("nik", nik)] if nik else []
    if birth:
        keys.append((name, birth))
    if normalise_phone(phone or ""):
        keys.append((name, normalise_phone(phone)))
    if fold(address or ""):
        keys.append((name, fold(address)))
    return keys


def same_person(name: str, birth: date | None, other: Person) -> bool:
    """False when the birth dates are both known and differ, or when neither name is the other written
    shorter or otherwise (``_written_in``)."""
    if birth and other.birth and birth != other.birth:
        return False
    mine, theirs = fold(name).split(), fold(other.name).split()
    return _written_in(mine, theirs) or _written_in(theirs, mine)


def _written_in(short: list[str], long: list[str]) -> bool:
    """Each word of ``short`` is a word of ``long``, its initial ("M. Rizki") or spelled another way
    ("Sitti" for "Siti"): one name, not two people's."""
    def one(word: str, other: str) -> bool:
        return (word == other or (len(word) == 1 and other.startswith(word))
                or difflib.SequenceMatcher(None, word, other).ratio() >= 0.8)

    return bool(short) and all(any(one(word, other) for other in long) for word in short)


@dataclass
class People:
    """The members here and the rows read so far, by what tells them (``person_keys``)."""

    known: dict[Key, list[Person]] = field(default_factory=dict)
    by_name: dict[str, list[Person]] = field(default_factory=dict)  # members here, oldest first
    listed: dict[Key, list[Person]] = field(default_factory=dict)
    listed_names: dict[str, Person] = field(default_factory=dict)  # the first row of a name alone

    @classmethod
    def of(cls, members: Iterable[Member]) -> People:
        people = cls()
        for member in sorted(members, key=lambda m: m.id):
            person = Person(member.number, member.name, member.birth_date)
            for key in person_keys(member.name, member.birth_date, member.phone, member.address, member.nik):
                people.known.setdefault(key, []).append(person)
            people.by_name.setdefault(fold(member.name), []).append(person)
        return people

    def row(self, row: int, name: str, birth: date | None, keys: list[Key], taken: set[str]) -> tuple[Match, Match]:
        """(whom an earlier row of the file is, whom the members here are) for the row ``row`` of ``name``;
        ``taken``: the member numbers earlier rows matched. The row is listed for the rows after it."""
        me = Person(str(row), name, birth, row)
        if not keys:  # a name alone: the first member of that name not matched yet
            known = next((p for p in self.by_name.get(fold(name), []) if p.ref not in taken), None)
            earlier = self.listed_names.setdefault(fold(name), me)
            return Match(near=earlier if earlier is not me else None), Match(same=known)
        in_file = _match(name, birth, [p for key in keys for p in self.listed.get(key, [])])
        here = _match(name, birth, [p for key in keys for p in self.known.get(key, [])])
        for key in keys:
            self.listed.setdefault(key, []).append(me)
        return in_file, here


def _match(name: str, birth: date | None, found: list[Person]) -> Match:
    same = next((p for p in found if same_person(name, birth, p)), None)
    return Match(same=same, near=None if same else next(iter(found), None))


class Numbers:
    """The member numbers here, for a number a spreadsheet took for a number and dropped the zeros in front
    of ("123" for the card 000123: SLiMS's list opened in Excel and saved again), as the catalogue finds a
    barcode so (``matching.Catalogue.zero_padded``)."""

    def __init__(self, numbers: Iterable[str]) -> None:
        numbers = list(numbers)
        self.padded = by_digits_without_zeros(numbers)
        # the library's numbering, when every number is digits of one length, some with zeros in front
        lengths = {len(number) for number in numbers}
        uniform = len(lengths) == 1 and all(number.isdigit() for number in numbers)
        self.example = min((n for n in numbers if n[:1] == "0"), default="") if uniform else ""
        self.width = len(self.example)

    def with_zeros(self, number: str) -> list[str]:
        """The numbers here that are ``number`` with zeros in front (none for a number that has its zeros)."""
        if not number.isdigit() or number[:1] == "0":
            return []
        return sorted(self.padded.get(number, []))

    def shorter(self, number: str) -> bool:
        """``number`` is digits, and shorter than every number here (six digits with zeros in front)."""
        return bool(self.width) and number.isdigit() and len(number) < self.width
