"""Possible duplicates an import points out but never merges: a new record that may be a book the catalogue
(or the file, rows before) already has, described with less or written shorter. A library moving in has part
of its books in SLiMS and the newer ones in a hand-kept sheet, and a book in both is described twice: the
sheet has no publisher, year or edition column; "Tohari, A." in one is "Ahmad Tohari" in the other; the
subtitle is given in one only. Their descriptions (``matching.identity``) differ, so the import makes a
second record; this module finds the first one, for a "Possible duplicate" flag on the review list.

Two records are near twins when their titles have the same words (a subtitle given by one only is allowed),
their authors are compatible (the same names, a given name written as its initial or left out), and each of
edition, year, publisher, volume, series and ISBN is the same or given by one of them only. A value both
give and that differs makes them two books: another edition, volume (Jilid 1 / Jilid 2) or year; a publisher
written shorter ("Bentang" for "PT. Bentang Pustaka") is one not given in full. A record without authors is a near twin only of one with the same whole title, subtitle included.

Cheap on a 50,000-record import: a new record is compared with the first ``MOST_COMPARED`` records of its
title at most, and the index holds, for each record, the hash of its title's words and the
record, not its description; a description is read (from the row, or from the database once written) only for
a record whose title another record shares. How an edition, a volume and a name without its honorifics are
read is the union catalogue's (``sync.union_match``): one reading for the village and the district."""

from __future__ import annotations

from typing import Any

from ..catalog.imprint import publisher_name
from ..i18n import QT_TRANSLATE_NOOP
from ..store.models import Record
from ..sync.union_match import authors_of, edition_of, name_key, volume_of
from .matching import New, Ref, ref_from_disk, ref_id, ref_key, ref_to_disk
from .spill import KEEP, per_record, pickled, unpickled
from .types import fold

# what one of two near twins does not give (context "Review": joined into the flag's message by review.Entry)
SUBTITLE = QT_TRANSLATE_NOOP("Review", "subtitle")
EDITION = QT_TRANSLATE_NOOP("Review", "edition")
YEAR = QT_TRANSLATE_NOOP("Review", "year")
PUBLISHER = QT_TRANSLATE_NOOP("Review", "publisher")
VOLUME = QT_TRANSLATE_NOOP("Review", "volume")
SERIES = QT_TRANSLATE_NOOP("Review", "series")
ISBN = QT_TRANSLATE_NOOP("Review", "ISBN")
AUTHORS = QT_TRANSLATE_NOOP("Review", "authors")
INITIALS = QT_TRANSLATE_NOOP("Review", "author's given name (an initial)")

# the records of one title a new one is compared with, at most (the first ones: the catalogue's before the file's).
# A title shared by hundreds of records is a periodical's or a textbook series' (each issue or grade its own
# record, told apart by its number); comparing every new one with all of them made an import of 4,000 issues of
# one magazine take 3 s more, 20,000 about a minute and a half.
MOST_COMPARED = 50
_COLUMNS = ("title", "subtitle", "edition", "year", "publisher", "series", "isbn", "material_type", "authors")


def title_proper(title: Any, subtitle: Any) -> tuple[str, str]:
    """Title and subtitle, the subtitle cut from the title when one column holds both ("A : B")."""
    title, subtitle = str(title or ""), str(subtitle or "")
    if not subtitle and ":" in title and title.split(":", 1)[0].strip():
        title, subtitle = title.split(":", 1)
    return title, subtitle


class Description:
    """What telling two records apart needs of one, folded once."""

    __slots__ = ("proper", "full", "subtitle", "edition", "edition_mark", "year", "publisher", "series", "volume",
                 "isbn", "kind", "names")

    def __init__(self, fields: dict[str, Any]) -> None:
        title, subtitle = title_proper(fields.get("title"), fields.get("subtitle"))
        self.proper = fold(title)
        self.full = fold(f"{title} {subtitle}")
        self.subtitle = fold(subtitle)
        self.edition = fold(fields.get("edition") or "")
        self.edition_mark = edition_of(fields)  # "e2" for "Edisi 2" and "Ed. ke-2" alike; "" for a first or a reprint
        self.year = str(fields.get("year") or "")
        self.publisher = fold(publisher_name(fields.get("publisher") or ""))  # (without the place written in it)
        self.series = fold(fields.get("series") or "")
        self.volume = volume_of(fields)  # "v1" for Jilid 1 in the title, subtitle or edition
        self.isbn = str(fields.get("isbn") or "")
        self.kind = fields.get("material_type") or "book"
        # each name's words, honorifics and degrees left out ("Dr. Ahmad Tohari, M.A." is Ahmad Tohari)
        self.names = [words for a in authors_of(fields) if (words := name_key(a["name"]).split())]


def _same_person(one: list[str], other: list[str]) -> bool | None:
    """Whether one of two names of one person is shortened (a given name as its initial, or left out); None
    when they are two people's. One person's: every word of the shorter name is a word of the other or the
    initial of one ("A." for Ahmad), and at least one whole word is shared (the surname, or the one name many
    Indonesians have)."""
    short, long = sorted((one, other), key=len)
    rest = list(long)
    whole = shortened = False
    for word in sorted(short, key=len, reverse=True):  # whole words first: an initial takes what is left
        if word in rest:
            rest.remove(word)
            whole = whole or len(word) > 1
            continue
        match = next((r for r in rest if (len(word) == 1 and r.startswith(word))
                      or (len(r) == 1 and word.startswith(r))), None)
        if match is None:
            return None
        rest.remove(match)
        shortened = True
    return (shortened or bool(rest)) if whole else None


def _authors_lacking(one: Description, other: Description) -> list[str] | None:
    """What the authors of two near twins lack (``AUTHORS`` when one lists fewer, ``INITIALS`` when a given
    name is shortened); None when they are not the same people."""
    if not one.names or not other.names:
        if one.full != other.full:
            return None  # a title alone is not enough to take a book without authors for another
        return [AUTHORS] if one.names or other.names else []
    short, long = sorted((one.names, other.names), key=len)
    rest = list(long)
    shortened = False
    for name in short:
        found = next(((n, same) for n in rest if (same := _same_person(name, n)) is not None), None)
        if found is None:
            return None
        rest.remove(found[0])
        shortened = shortened or found[1]
    return ([AUTHORS] if rest else []) + ([INITIALS] if shortened else [])


def _editions_agree(one: Description, other: Description) -> bool | None:
    """True when the editions are the same, False when one gives none, None when they differ."""
    marks = one.edition_mark, other.edition_mark
    if all(marks) and marks[0] != marks[1]:
        return None  # "Edisi 2" and "Edisi 3", in the edition or in a subtitle
    if one.edition == other.edition:
        return marks[0] == marks[1]  # (False: "Edisi 2" in one subtitle, no edition in the other)
    if one.edition and other.edition:
        # "Edisi 2" and "Ed. ke-2" are one edition; "Cet. 1" and "Cetakan pertama" are left alone, as different
        return True if marks[0] and marks[0] == marks[1] else None
    return False


# a publisher's company form, which one sheet writes and another leaves out ("PT. Bentang Pustaka", "Bentang")
_COMPANY_FORMS = frozenset({"pt", "cv", "ud", "tbk", "penerbit", "publisher", "publishers", "publishing"})


def _publisher_shorter(mine: str, theirs: str) -> bool:
    """Whether one of two (folded) publishers is the other written shorter: without its company form ("PT",
    "Penerbit") or its last words ("Bentang" for "Bentang Pustaka", "Gramedia" for "PT Gramedia Pustaka Utama")."""
    words = [[word for word in name.split() if word not in _COMPANY_FORMS] for name in (mine, theirs)]
    short, long = sorted(words, key=len)
    return bool(short) and long[:len(short)] == short


def lacking(one: Description, other: Description) -> list[str] | None:
    """What one or the other of two records with the same title words does not give (labels), when they may be
    one book; None when a value both give differs, or the authors are other people."""
    if one.kind != other.kind or one.proper != other.proper:
        return None  # (a print book and its e-book: another flag's matter, when their descriptions are equal)
    missing = []
    if one.subtitle != other.subtitle:
        if one.subtitle and other.subtitle:
            return None
        missing.append(SUBTITLE)
    editions = _editions_agree(one, other)
    if editions is None:
        return None
    if not editions:
        missing.append(EDITION)
    for label, mine, theirs in ((YEAR, one.year, other.year), (PUBLISHER, one.publisher, other.publisher),
                                (VOLUME, one.volume, other.volume), (SERIES, one.series, other.series),
                                (ISBN, one.isbn, other.isbn)):
        if mine != theirs:
            if mine and theirs and not (label == PUBLISHER and _publisher_shorter(mine, theirs)):
                return None
            missing.append(label)
    authors = _authors_lacking(one, other)
    return None if authors is None else missing + authors


class NearTwins:
    """The records of the catalogue and of this import by the words of their title proper. Kept small, as it
    holds every record: a title's words by their hash (two titles of one hash are told apart by ``lacking``),
    and the record alone, not a list, where a title is one record's (most are)."""

    def __init__(self) -> None:
        # (both the oldest on disk once a big file's records are many: ``spill``)
        self.by_title: dict[int, Ref | list[Ref]] = per_record(_kept_to_disk, _kept_from_disk)
        for rid, title, subtitle in Record._meta.database.execute_sql(
                "SELECT id, title, subtitle FROM record WHERE deleted = 0 ORDER BY id"):
            self._keep(title, subtitle, rid)
        # by ref_key: of the records compared
        self._described: dict[Any, Description] = per_record(pickled, unpickled)

    def spill(self) -> None:
        """After a chunk is written (``ChunkWriting.spill``): the entries beyond ``spill.RECORD_LIMIT`` to disk."""
        self.by_title.spill()  # type: ignore[attr-defined]
        self._described.spill()  # type: ignore[attr-defined]

    def _keep(self, title: Any, subtitle: Any, ref: Ref, words: str | None = None) -> list[Ref]:
        """Keep ``ref`` under the words of its title proper (``words``: given folded); the records kept there before it."""
        words = fold(title_proper(title, subtitle)[0]) if words is None else words
        if not words:
            return []
        key = hash(words)
        kept = self.by_title.get(key)
        if kept is None:
            self.by_title[key] = ref
            return []
        if not isinstance(kept, list):
            kept = [kept]
        before = kept[:MOST_COMPARED]
        if len(kept) < MOST_COMPARED:  # (only the first are ever compared: a periodical's list stops there)
            kept.append(ref)
            self.by_title[key] = kept  # (again: the list may have come from disk)
        return before

    def meet(self, new: New, ident: str = "") -> tuple[Ref, list[str]] | None:
        """Keep ``new`` (a record this import adds, not yet written); the first record before it that it may
        be a twin of, with what one of the two does not give. ``ident``: its description key (``identity``)."""
        title, subtitle = new.fields.get("title"), new.fields.get("subtitle")
        # a title without subtitle or colon is its own title proper, folded already in the key: not folded again
        words = ident.split("\x1f", 1)[0] if ident and not subtitle and ":" not in str(title or "") else None
        others = self._keep(title, subtitle, new, words)
        return self._first_twin(new, others) if others else None

    def may_be(self, fields: dict[str, Any]) -> list[Ref]:
        """The records kept so far (the first ``MOST_COMPARED`` of the title) that a row described by ``fields``
        may be: the same or described with less (``lacking``). Keeps nothing."""
        words = fold(title_proper(fields.get("title"), fields.get("subtitle"))[0])
        kept = self.by_title.get(hash(words)) if words else None
        if kept is None:
            return []
        mine = Description(fields)
        others = kept[:MOST_COMPARED] if isinstance(kept, list) else [kept]
        return [other for other in others if lacking(mine, self._description(other)) is not None]

    def _first_twin(self, new: New, others: list[Ref]) -> tuple[Ref, list[str]] | None:
        mine = self._described[ref_key(new)] = Description(new.fields)
        for other in others:
            missing = lacking(mine, self._description(other))
            if missing is not None:
                return other, missing
        return None

    def _description(self, ref: Ref) -> Description:
        """A record's description: of one this import adds, from its fields until it is written (they are
        dropped then); else read from the database."""
        key = ref_key(ref)
        if key not in self._described:
            if isinstance(ref, New) and ref.id is None:
                fields = ref.fields
            else:
                row = Record._meta.database.execute_sql(f"SELECT {', '.join(_COLUMNS)} FROM record WHERE id = ?",
                                                        [ref_id(ref)]).fetchone()
                fields = dict(zip(_COLUMNS, row, strict=True))
            self._described[key] = Description(fields)
        return self._described[key]


def _kept_to_disk(kept: Ref | list[Ref]) -> Any:
    """``NearTwins.by_title``'s values on disk: a record as ``ref_to_disk`` stores it, several joined by ";"; those
    naming a record not written yet stay in memory."""
    if not isinstance(kept, list):
        return ref_to_disk(kept)
    stored = [ref_to_disk(ref) for ref in kept]
    return KEEP if KEEP in stored else ";".join(map(str, stored))


def _kept_from_disk(stored: int | str) -> Ref | list[Ref]:
    if type(stored) is int or ";" not in stored:  # type: ignore[operator]
        return ref_from_disk(stored)
    return [ref_from_disk(part if " " in part else int(part)) for part in stored.split(";")]  # type: ignore[union-attr]


# the flag's message: with what one of the two does not give (``labels``), or none when only the writing differs
# (the authors in another order, "Edisi 2" and "Ed. ke-2", another record of the same description in the source)
NEAR_TWIN = QT_TRANSLATE_NOOP(
    "Review", "Possible duplicate (mungkin duplikat): {other_title} (record {other}) has the same title and "
              "authors, and nothing else that both give differs; given by only one of the two, or shortened: "
              "{labels}. The two were kept apart: merge them by hand if they are one book.")
WRITTEN_ANOTHER_WAY = QT_TRANSLATE_NOOP(
    "Review", "Possible duplicate (mungkin duplikat): {other_title} (record {other}) has the same title, edition, "
              "year, publisher and authors, written another way. The two were kept apart: merge them by hand if "
              "they are one book.")
