"""Schools as members' records write them: one school, many spellings.

Class lists, Dapodik and SLiMS exports and the desk each write a pupil's school their own way: ``SDN 1 Sukamaju``,
``SD Negeri 1 Sukamaju``, ``SD N 1 SUKAMAJU``, ``SDN 01 Sukamaju``; ``MI Al-Hidayah`` and ``MIS Al Hidayah``;
``SMPN 2`` and ``SMP Negeri 2 Cibadak``. What the librarian typed is kept as typed; searches and reports compare
a normalised form, so one school is one school wherever schools are searched or counted.

- ``school_of(text)`` -> School | None   the school a written name means (None: not a school's name)
- ``grouped(names)`` -> {written name: key}  each spelling to its school: equal forms together, and a shorter
  spelling (``SMPN 2``, ``MTs``) with the one school it can only mean (two schools it could mean: left alone)
- ``named_in(lib, words)``              the spans of a search's words that name a school, with its spellings
- ``schools_of(lib, by)``               the members' schools, each with its spellings and members
- ``word_conditions(lib, words, word_condition)``  a search's conditions, a school's words as one (any spelling)
- ``class_line(notes)``                 a pupil's class as their notes write it ("Kelas: 4A"), '' when none

Different schools stay different: ``SDN 1`` is not ``SDN 2`` nor ``SDN 12``; ``SD`` is not ``SMP``, nor ``MI``
(a madrasah) ``SD``, nor ``SDIT`` ``SD``. A state school (``N``, ``Negeri``) is not a private one of the same
number (``SD 1 Muhammadiyah``); a private school's ``S``/``Swasta`` is left out, as most never write it.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from .. import auth
from ..service import Library
from ..store.models import Member, Staff

# the ways a kind of school is written -> (kind, state). "N" is a state school; "S" (private) is dropped
_KIND_WORDS: dict[tuple[str, ...], tuple[str, str]] = {}


def _kind(kind: str, *spellings: str, state_spellings: dict[str, str] | None = None) -> None:
    for spelling in spellings:
        _KIND_WORDS[tuple(spelling.split())] = (kind, "")
    for spelling, state in (state_spellings or {}).items():
        _KIND_WORDS[tuple(spelling.split())] = (kind, state)


_kind("SD", "SD", "SEKOLAH DASAR", state_spellings={"SDN": "N", "SDS": ""})
_kind("SDIT", "SDIT", "SD IT", "SD ISLAM TERPADU", "SEKOLAH DASAR ISLAM TERPADU")
_kind("MI", "MI", "MADRASAH IBTIDAIYAH", "MADRASAH IBTIDAIYYAH", state_spellings={"MIN": "N", "MIS": ""})
_kind("SMP", "SMP", "SLTP", "SEKOLAH MENENGAH PERTAMA",
      state_spellings={"SMPN": "N", "SMPS": "", "SLTPN": "N"})
_kind("SMPIT", "SMPIT", "SMP IT", "SMP ISLAM TERPADU")
_kind("MTS", "MTS", "MADRASAH TSANAWIYAH", "MADRASAH TSANAWIYYAH", state_spellings={"MTSN": "N", "MTSS": ""})
_kind("SMA", "SMA", "SMU", "SEKOLAH MENENGAH ATAS", state_spellings={"SMAN": "N", "SMAS": "", "SMUN": "N"})
_kind("SMK", "SMK", "SEKOLAH MENENGAH KEJURUAN", state_spellings={"SMKN": "N", "SMKS": ""})
_kind("MA", "MA", "MADRASAH ALIYAH", state_spellings={"MAN": "N", "MAS": ""})
_kind("SLB", "SLB", "SEKOLAH LUAR BIASA", state_spellings={"SLBN": "N"})
_kind("TK", "TK", "TAMAN KANAK KANAK", state_spellings={"TKN": "N"})
_kind("RA", "RA", "RAUDHATUL ATHFAL", "RAUDLATUL ATHFAL")
_kind("PAUD", "PAUD")
_LONGEST_KIND = max(len(words) for words in _KIND_WORDS)

_STATE_WORDS = {"N": "N", "NEGERI": "N", "S": "", "SWASTA": ""}
_OFFICE_WORDS = {"UPT", "UPTD", "SATDIK", "SATUAN", "PENDIDIKAN"}  # "UPT SD Negeri 1 ...": a regional prefix
_NUMBER_WORDS = {"NO", "NOMOR", "NOMER"}  # "SD Inpres No. 12"
_TAIL_WORDS = {"KELAS", "KLS", "KEC", "KECAMATAN", "KAB", "KABUPATEN", "DESA", "TAHUN", "TP", "SEMESTER"}
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10, "XI": 11,
          "XII": 12}


@dataclass(frozen=True)
class School:
    kind: str  # SD, MI, SMP, MTS, ...
    state: str  # "N" for a state school (negeri), else ""
    number: str  # "1" (as "01", "I" or "No. 1"), or ""
    name: tuple[str, ...]  # the rest in capitals: ("AL", "HIDAYAH"), ("SUKAMAJU",)

    @property
    def key(self) -> str:
        """The form two spellings of one school share ("MI AL HIDAYAH" and "MI ALHIDAYAH" alike)."""
        return f"{self.kind}{self.state}|{self.number}|{''.join(self.name)}"

    def may_be(self, other: School) -> bool:
        """Whether this (shorter) spelling may mean ``other``: ``SMPN 2`` may be ``SMP Negeri 2 Cibadak``,
        ``MTs`` any MTs; ``SDN 1`` is never ``SDN 2``, nor ``SD 1 Muhammadiyah`` a state school."""
        return (self.kind == other.kind and self.state in ("", other.state) and self.number in ("", other.number)
                and other.name[:len(self.name)] == self.name)


def _words(text: str) -> list[str]:
    text = re.sub(r"['’‘`]", "", (text or "").upper())  # Ma'arif = Maarif
    return re.findall(r"[^\W_]+", text)


def school_of(text: str) -> School | None:
    """The school ``text`` names, or None when it names no school (a workplace, a village office)."""
    words = _words(text)
    while words and words[0] in _OFFICE_WORDS:
        words = words[1:]
    for size in range(min(_LONGEST_KIND, len(words)), 0, -1):
        if tuple(words[:size]) in _KIND_WORDS:
            kind, state = _KIND_WORDS[tuple(words[:size])]
            rest = words[size:]
            break
    else:
        return None
    if rest and rest[0] in _STATE_WORDS:
        state = state or _STATE_WORDS[rest[0]]
        rest = rest[1:]
    tail = next((i for i, word in enumerate(rest) if word in _TAIL_WORDS), len(rest))
    rest = rest[:tail]
    number = ""
    for i, word in enumerate(rest):
        if word.isdigit():
            number = str(int(word))
            del rest[i]
            break
    if not number:
        for i, word in enumerate(rest):
            if word in _ROMAN and i in (0, len(rest) - 1):
                number = str(_ROMAN[word])  # "SDN Sukamaju II", "SMPN II Cibadak"
                del rest[i]
                break
    rest = [word for word in rest if word not in _NUMBER_WORDS]
    return School(kind, state, number, tuple(rest))


def grouped(names: Iterable[str]) -> dict[str, str]:
    """Each written name that names a school -> the key of its school. Spellings of one form share a key; a shorter
    spelling joins the one longer school it may mean (``SMPN 2`` -> ``SMP Negeri 2 Cibadak``), and stays by itself
    when it may mean two (``SDN Sukamaju`` beside ``SDN 1 Sukamaju`` and ``SDN 2 Sukamaju``)."""
    schools = {name: school for name in set(names) if (school := school_of(name)) is not None}
    by_key = {school.key: school for school in schools.values()}
    joined: dict[str, str] = {}
    for key, school in by_key.items():
        longer = [other for other in by_key.values() if other.key != key and school.may_be(other)]
        widest = [other for other in longer if not any(other.may_be(x) and x.key != other.key for x in longer)]
        joined[key] = widest[0].key if len(widest) == 1 else key
    return {name: joined[school.key] for name, school in schools.items()}


@dataclass
class SchoolGroup:
    key: str
    name: str  # the spelling most members use (groups_of)
    spellings: dict[str, int]  # written name -> members


def groups_of(counts: dict[str, int]) -> dict[str, SchoolGroup]:
    """``counts`` (written name -> members, or 0 for a name seen elsewhere: a group visit's) as school groups, each
    named by the spelling most members use (of the longest form: "SMP Negeri 2 Cibadak", not "SMPN 2"; one
    in capitals only when all are)."""
    keys = grouped(counts)
    spellings: dict[str, dict[str, int]] = defaultdict(dict)
    for name, key in keys.items():
        spellings[key][name] = counts[name]
    out = {}
    for key, names in spellings.items():
        full = [name for name in names if school_of(name).key == key] or list(names)
        # (a list in capitals last; of two as common, the shorter: "SDN 1 Sukamaju", not "SDN 01 Sukamaju")
        label = min(full, key=lambda name: (name.isupper(), -names[name], len(name), name))
        out[key] = SchoolGroup(key, label, names)
    return out


def member_schools(lib: Library) -> Counter:
    """Written school / institution -> members (deleted members left out)."""
    rows = (Member.select(Member.institution, Member.id)
            .where((Member.deleted == False) & (Member.institution != "")))  # noqa: E712
    return Counter(row.institution for row in rows)


def schools_of(lib: Library, by: Staff) -> list[SchoolGroup]:
    """The members' schools, most members first: what the librarian sees as "one school, these spellings" (to check
    that the app reads them right; the records keep what was typed). For a librarian, who finds members by school."""
    auth.require(by, "members.edit")
    return sorted(groups_of(member_schools(lib)).values(),
                  key=lambda group: (-sum(group.spellings.values()), group.name.upper()))


def named_in(lib: Library, words: list[str]) -> list[tuple[int, int, list[str]]]:
    """The spans ``(start, end, spellings)`` of a search's ``words`` that name a school the members have, longest
    first from the left: "SD Negeri 1 Sukamaju 4A" -> the words 0..4 name SDN 1 Sukamaju, written these ways.
    A school's kind alone ("MTs") names all its schools; a school the members do not have names nothing."""
    if not any(school_of(word) for word in words):
        return []  # (no kind of school among the words: no need to read the members' schools)
    groups = groups_of(member_schools(lib))
    found, start = [], 0
    while start < len(words):
        for end in range(len(words), start, -1):
            wanted = school_of(" ".join(words[start:end])) if school_of(words[start]) else None
            spellings = _spellings(wanted, groups) if wanted else []
            if spellings:
                found.append((start, end, spellings))
                start = end
                break
        else:
            start += 1
    return found


def _spellings(wanted: School, groups: dict[str, SchoolGroup]) -> list[str]:
    """The written names of the schools ``wanted`` may mean (a search for "SDN 1 Sukamaju" also finds "SD 1
    Sukamaju", written without its N)."""
    out = []
    for group in groups.values():
        school = school_of(group.name)
        loose = School(wanted.kind, "", wanted.number, wanted.name)
        if school.key == wanted.key or wanted.may_be(school) or (not school.state and loose.may_be(school)):
            out += group.spellings
    return out


def word_conditions(lib: Library, words: list[str], word_condition: Callable[[str], Any]) -> list[Any]:
    """The conditions a search's words make, each to be met: ``word_condition(word)`` for a word, and for the words
    that name a school, that school's members whatever its spelling ("SD Negeri 1 Sukamaju" finds the pupils
    written "SDN 01 Sukamaju" too, and not those of SDN 2 Sukamaju in class 1). A school's kind alone ("MTs") also
    keeps the word's own matches, as "Ma" may be the start of a name."""
    spans = {start: (end, spellings) for start, end, spellings in named_in(lib, words)}
    out, i = [], 0
    while i < len(words):
        if i in spans:
            end, spellings = spans[i]
            condition = Member.institution.in_(spellings)
            out.append(condition | word_condition(words[i]) if end - i == 1 else condition)
            i = end
        else:
            out.append(word_condition(words[i]))
            i += 1
    return out


def school_of_group(name: str, groups: dict[str, SchoolGroup]) -> tuple[str, str] | None:
    """The school a visiting group's name names, as ``(key, the school's words)``: one of the members' ``groups``
    when it means one ("Kunjungan SDN 01 Sukamaju kelas 4", "SD N 1 Sukamaju 4A"), else the school it names by
    itself; None for a group that names no school (a PKK meeting)."""
    words = _words(name)
    first = next((i for i in range(len(words)) if school_of(words[i])), None)
    if first is None:
        return None
    words = words[first:]
    for end in range(len(words), 0, -1):
        school = school_of(" ".join(words[:end]))
        if school.key in groups:
            return school.key, groups[school.key].name
        meant = [key for key, group in groups.items() if school.may_be(school_of(group.name))]
        if len(meant) == 1:
            return meant[0], groups[meant[0]].name
    school = school_of(" ".join(words))
    tail = next((i for i, word in enumerate(words) if word in _TAIL_WORDS), len(words))
    return school.key, " ".join(words[:tail])


# the labels a class list's "Kelas" column has in a member's notes (interop.member_sheets keeps it as "Kelas: 4A")
_CLASS_LABELS = ("kelas", "kls", "rombel", "class")


def class_line(notes: str) -> str:
    """The line of a member's notes that names their class ("Kelas: 4A", "KELAS : 5 B", "Kelas/Rombel: 6"), as
    written; '' when none does. What a librarian looks at to tell SD NEGERI 1's 4A from its 4B."""
    for line in (notes or "").splitlines():
        label, colon, value = line.partition(":")
        if colon and value.strip() and label.strip().casefold().startswith(_CLASS_LABELS) and len(label) <= 30:
            return line.strip()
    return ""
