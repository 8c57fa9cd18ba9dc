"""What the catalogue holds, as an import matches rows against it: the keys of its records (uid,
source id, description, ISBN) and copies (barcode, accession number, and the number a copy came in with before
the librarian renumbered it from the review list), loaded once per import; the
records and copies the import adds (``New``), referred to before they have ids; and barcodes for
copies a file lists without one. The matching rules themselves are the engine's (``importer``)."""

from __future__ import annotations

import json
import re
from array import array
from collections.abc import Callable, Iterator, Mapping
from itertools import chain, count
from types import MappingProxyType
from typing import Any

from ..catalog.copies import BARCODE_WIDTH
from ..catalog.imprint import publisher_name, year_with
from ..cells import by_digits_without_zeros
from ..service import Library
from ..store.batches import marks, parts
from ..store.models import CollectionType, Item, Record, Subject
from .spill import KEEP, SpillMap, per_record, pickled, unpickled
from .types import fold, parse_year


def identity(rec: dict[str, Any]) -> str:
    """A record's description key: two rows with the same key are the same book. Title and subtitle are one
    text: where one ends and the other begins differs between systems ("Ayat-ayat cinta : sebuah novel"
    in SLiMS's one title column is the title "Ayat-ayat cinta" with its subtitle here); so are an author's
    name inverted and written straight; and so is a publisher written with its place and year ("Djakarta: Balai
    Pustaka" as stored before the import took the place apart, and "Balai Pustaka" now: ``catalog.imprint``)."""
    authors = rec.get("authors") or []
    if isinstance(authors, str):
        authors = json.loads(authors or "[]")
    # a name's words in any order: a catalogue writes "Tohari, Ahmad", a list kept by hand "Ahmad Tohari"
    names = ";".join(" ".join(sorted(fold(a.get("name", "")).split())) for a in authors)
    publisher = rec.get("publisher") or ""
    return "\x1f".join((fold(f"{rec.get('title') or ''} {rec.get('subtitle') or ''}"), fold(rec.get("edition") or ""),
                        year_with(publisher, rec.get("year")), fold(publisher_name(publisher)), names,
                        fold(rec.get("series") or "")))


def title_words(ident: str) -> set[str]:
    """The words of the title in an ``identity`` key (or a folded title), for telling two books apart."""
    return set(ident.split("\x1f", 1)[0].split())


class New:
    """A record or copy this import adds; ``id`` is set when its chunk is written, and its ``fields`` then
    become ``WRITTEN`` (shared, read-only: a written row holds nothing). ``row``: the row of the file a record
    came from (a dry run names it so: the id it was given is rolled back). ``key``: a record's ``ref_key``, the same
    before and after it is written, and for the ``New`` a map on disk gives back for it (``ref_from_disk``)."""

    __slots__ = ("fields", "id", "key", "row")

    def __init__(self, fields: Any, row: int = 0, key: int | None = None) -> None:
        self.fields = fields
        self.id: int | None = None
        self.row = row
        self.key = key


Ref = int | New
WRITTEN: Mapping[str, Any] = MappingProxyType({})
# what ``Catalogue.barcodes`` holds for a copy this import adds: that its barcode is taken, not the copy
# itself (each written copy kept there, a ``New`` with its id, was 100 bytes a copy that nothing read)
ADDED = New(WRITTEN)


def _barcode_to_disk(value: Ref) -> Any:
    """``Catalogue.barcodes``'s values on disk: a copy's id, or -1 for ``ADDED``."""
    return value if isinstance(value, int) else -1 if value is ADDED else KEEP


def _barcode_from_disk(value: int) -> Ref:
    return ADDED if value == -1 else value


_SEP = "\x1f"  # (between the parts of a held entry on disk: ``_held_to_disk``)


def held_entry(record: Ref, fields: Mapping[str, Any]) -> tuple[Any, ...]:
    """A copy held back for the item file of the same import (``ImportSession.deferred``) as one flat tuple: its
    record, then the names and values of its fields but the barcode (an odd length; (record, New) is a copy held
    as itself). A tuple of five where a tuple, a ``New`` and a dict took 300 bytes a copy."""
    return (record, *chain.from_iterable(fields.items()))


def _held_as_itself(entry: tuple[Any, ...]) -> bool:
    """Whether a held entry is (record, New): a copy held as itself (flags or its number name it), not as fields."""
    return len(entry) == 2 and isinstance(entry[1], New)


def _held_to_disk(entry: tuple[Any, ...]) -> Any:
    """A held entry as the disk keeps it (``held_copies``): its record's id and its fields' names and texts as one text
    (``_SEP`` between), else (a date, a number) pickled; one whose record is not written yet, or a copy held as itself
    (flags name its ``New``), stays in memory."""
    record = entry[0]
    if isinstance(record, New):
        if record.id is None:
            return KEEP
        record = record.id
    if _held_as_itself(entry):
        return KEEP
    rest = entry[1:]
    if all(type(value) is str for value in rest):
        text = _SEP.join((str(record), *rest))
        if text.count(_SEP) == len(rest):  # (no field holds the separator itself)
            return text
    return pickled((record, *rest))


def _held_from_disk(stored: str | bytes) -> tuple[Any, ...]:
    if isinstance(stored, bytes):
        return unpickled(stored)
    record, *rest = stored.split(_SEP)
    return (int(record), *rest)


def held_copies() -> SpillMap:
    """The copies an import holds back for its item file (``ImportSession.deferred``): barcode -> ``held_entry``, the
    oldest on disk once a big library's are many, moved there after a chunk is written, when their records have ids
    (``ChunkWriting.spill``)."""
    return SpillMap(encode=_held_to_disk, decode=_held_from_disk)


def held_copy(barcode: str, entry: tuple[Any, ...]) -> tuple[Ref, New]:
    """The record and the copy of a held entry (``held_entry``): the copy made of its fields and barcode."""
    if _held_as_itself(entry):
        return entry[0], entry[1]
    fields = {"barcode": barcode}
    fields.update(zip(entry[1::2], entry[2::2], strict=True))  # (one dict made a copy, not two)
    return entry[0], New(fields)


def unwritten(ref: Ref | None) -> bool:
    return isinstance(ref, New) and ref.id is None


def ref_id(ref: Ref | None) -> int | None:
    return ref.id if isinstance(ref, New) else ref


_record_keys = count(-1, -1)  # (``new_record``: below every id, never given twice in this process)


def new_record(fields: Any, row: int) -> New:
    """A record this import adds, with its ``key``: a number no record id is (ids are positive)."""
    return New(fields, row, next(_record_keys))


def ref_key(ref: Ref) -> Any:
    """A key for what an import counts per record: its id, or the ``key`` of one this import adds (the same before
    and after it is written, and for the ``New`` a map on disk gives back for it), or a ``New`` without one itself
    (hashed by identity, never equal to an id; no tuple a key: a 100,000-title import held 200,000 of them)."""
    if type(ref) is New and ref.key is not None:
        return ref.key
    return ref


def ref_to_disk(ref: Ref) -> Any:
    """``encode`` for a ``SpillMap`` of records (``ImportSession.in_file``): a record here as its id; one this import
    added and wrote as "key id row" (``ref_from_disk``); one not written yet stays in memory (``KEEP``)."""
    if type(ref) is not New:
        return ref
    if ref.id is None or ref.key is None:
        return KEEP
    return f"{ref.key} {ref.id} {ref.row}"


def ref_from_disk(stored: int | str) -> Ref:
    """A record as ``ref_to_disk`` stored it: a written ``New`` comes back as one (another object, the same
    ``ref_key``, id and row; its fields were dropped when it was written)."""
    if type(stored) is int:
        return stored
    key, rid, row = map(int, stored.split())  # type: ignore[union-attr]
    new = New(WRITTEN, row, key)
    new.id = rid
    return new


def record_map(of_records: bool = False) -> SpillMap:
    """A map an import keeps an entry in for each record (``ImportSession.in_file``...), the oldest on disk beyond
    ``spill.RECORD_LIMIT`` (``ChunkWriting.spill``); ``of_records``: its values are records (``ref_to_disk``)."""
    return per_record(ref_to_disk, ref_from_disk) if of_records else per_record()


# between a description key and a material type: the key of a record of that description whose first
# record (the one the key alone finds) is of another type (``kind_key``)
KIND = "\x1e"
# the record fields of a description (``identity``) the review list may correct; the year's flag is on its text
_DESCRIBING = ("title", "subtitle", "edition", "year_text", "publisher", "series")


def kind_key(index: dict[str, Ref], key: str, kind: str, kind_of: Callable[[Ref], str]) -> str:
    """The key under which ``index`` holds the record described by ``key`` (an ``identity``) that a row of
    material type ``kind`` is: a print book and its e-book share a description and are two books. A row
    that states no type takes the first record of the description, as a sheet without a type column
    always did; so does a row or a record of type "other" when no record of the row's type is there
    ("other" is what a word no one knows becomes: a hand-kept "Jenis: Novel" names no material)."""
    first = index.get(key)
    if first is None or not kind or kind_of(first) == kind:
        return key
    typed = key + KIND + kind
    if typed in index or "other" not in (kind, kind_of(first)):
        return typed
    return key


class Catalogue:
    """What the catalogue holds, loaded once per import (a few columns, not whole rows)."""

    def __init__(self, barcodes: SpillMap | None = None) -> None:
        """``barcodes``: those an earlier file of the same import took (the catalogue's, and the copies it holds back
        for this file), instead of the catalogue's read again."""
        self._by_uid: dict[str, int] | None = None  # (``record_of_uid``)
        self._last_record = 0  # the catalogue's last record when its keys were loaded (``load_records``)
        self.dead_uids: set[str] = set()  # of deleted records: a uid is never used twice (``ImportSession._uid``)
        self.by_source: dict[str, Ref] = {}
        self.by_ident: dict[str, Ref] = {}  # identity -> its first record; identity KIND type -> another (kind_key)
        # identity -> every record of it when several of one type are here (a book the old system has twice)
        self.twins: dict[str, list[int]] = {}
        self.kinds: dict[Any, str] = record_map()  # ref_key(record) -> its material type, if not a book (most are)
        self.by_isbn: dict[str, Ref] = {}
        self.source_of: dict[int, str] = {}
        self.title_words_of: dict[int, set[str]] = {}  # of a record with a source id (``title_words``)
        self.records_loaded = False  # the keys above: loaded when a row first brings a record
        # barcode -> its copy here, or ADDED (a copy this import adds); a big library's on disk (``spill``)
        self.barcodes = barcodes if barcodes is not None else SpillMap(encode=_barcode_to_disk,
                                                                        decode=_barcode_from_disk)
        # accession number -> its first copy: a stored copy's id (its record in ``_record_of_copy``), or (copy,
        # record) of one this import adds (``_numbered`` gives both)
        self.accessions: dict[str, int | tuple[Ref, Ref]] = {}
        # the other copies of a number several copies carry (a buku induk whose numbering started again at 1
        # with a new year or a new librarian): few, kept apart so the common case costs no list per number
        self.more_accessions: dict[str, list[tuple[Ref, Ref]]] = {}
        self.copy_counts: dict[int, int] = {}
        database = Item._meta.database
        # the record of each stored copy with a number, by copy id: 8 bytes a copy, where a (copy, record) pair
        # and the record's id were 100 (a re-import of 100,000 numbered copies, SLiMS's inventory codes, held them all)
        self._record_of_copy = array("q", bytes(8 * (database.execute_sql(
            "SELECT coalesce(max(id), 0) + 1 FROM item").fetchone()[0])))
        # plain SQL, not a peewee query: peewee converted each of a re-import's 100,000 rows value by value
        # (the values are stored as they are used: integers and text)
        for iid, rid, barcode, acc in database.execute_sql(
                'SELECT "t1"."id", "t1"."record_id", "t1"."barcode", "t1"."accession_no" FROM "item" AS "t1" '
                'WHERE ("t1"."deleted" = 0)'):
            if barcodes is None:
                self.barcodes[barcode] = iid
            if acc:
                self._stored_number(acc, iid, rid)
            self.copy_counts[rid] = self.copy_counts.get(rid, 0) + 1
        self.barcodes.spill()  # (a re-import of a big library: its copies' barcodes on disk from the start)
        self.renumbered = self._renumbered()
        self.dead_barcodes = {b for (b,) in Item.select(Item.barcode).where(Item.deleted == True).tuples()}  # noqa: E712
        self.types = {fold(name): tid for tid, name in CollectionType.select(CollectionType.id, CollectionType.name)
                      .where(CollectionType.deleted == False).tuples()}  # noqa: E712
        self.subjects = {fold(term) for (term,) in Subject.select(Subject.term).where(
            Subject.deleted == False).tuples()}  # noqa: E712
        self._titles: dict[str, list[Ref]] | None = None
        self._zero_padded: dict[str, list[str]] | None = None

    def _renumbered(self) -> set[tuple[int, str]]:
        """(copy, the number it came in with) of the copies the librarian gave another number after an import
        listed theirs as used by another copy ("Perlu diperiksa": a buku induk numbered from 1 again): the
        listed number is the file's, and the file still says it. Each copy is also found by that number, for
        its own book only, so importing the same workbook again finds her copy instead of adding one."""
        found = set()
        for iid, rid, written in Item._meta.database.execute_sql(
                "SELECT DISTINCT i.id, i.record_id, f.value FROM review_flag f JOIN item i ON i.id = f.item_id "
                "WHERE f.field_name = 'accession_no' AND f.value != '' AND i.deleted = 0 AND f.value != i.accession_no"):
            self._stored_number(written, iid, rid)
            found.add((iid, written))
        return found

    def note_accession(self, number: str, copy: Ref, record: Ref) -> None:
        """That ``copy`` of ``record`` carries the accession number ``number``."""
        if number in self.accessions:
            self.more_accessions.setdefault(number, []).append((copy, record))
        else:
            self.accessions[number] = (copy, record)

    def _stored_number(self, number: str, copy: int, record: int) -> None:
        """``note_accession`` of a stored copy: its id alone, its record in ``_record_of_copy``."""
        self._record_of_copy[copy] = record
        if number in self.accessions:
            self.more_accessions.setdefault(number, []).append((copy, record))
        else:
            self.accessions[number] = copy

    def _numbered(self, number: str) -> list[tuple[Ref, Ref]]:
        """(copy, record) of each copy numbered ``number``, the first first."""
        first = self.accessions.get(number)
        if first is None:
            return []
        if isinstance(first, int):
            first = (first, self._record_of_copy[first])
        return [first, *self.more_accessions.get(number, ())]

    def first_numbered(self, number: str) -> Ref | None:
        """The first copy numbered ``number``, of whichever record."""
        numbered = self._numbered(number)
        return numbered[0][0] if numbered else None

    def accession_copy(self, number: str, record: Ref) -> Ref | None:
        """The copy of ``record`` numbered ``number``, if it has one."""
        return next((copy for copy, holder in self._numbered(number) if ref_key(holder) == ref_key(record)), None)

    def accession_copies(self, number: str, record: Ref) -> list[Ref]:
        """Each copy of ``record`` numbered ``number``, the first first (a book bought again after its buku induk
        started again from 1 may have two)."""
        return [copy for copy, holder in self._numbered(number) if ref_key(holder) == ref_key(record)]

    def holder_of_number(self, number: str) -> int | None:
        """The stored record whose copy alone carries the accession number ``number`` (None when no copy, or
        several, do): the copy a list of copies names by it (INLISLite's reports) is of that record."""
        if number not in self.accessions or number in self.more_accessions:
            return None
        holder = self._numbered(number)[0][1]
        return holder if isinstance(holder, int) else None

    def zero_padded(self, barcode: str) -> list[str]:
        """The barcodes here that are ``barcode`` with zeros in front ("00013" for "13"): what a
        spreadsheet makes of a barcode of digits it took for a number. (Those known at the first call.)"""
        if self._zero_padded is None:
            self._zero_padded = by_digits_without_zeros(self.barcodes)
        return self._zero_padded.get(barcode.lstrip("0"), []) if barcode.isdigit() else []

    def load_records(self) -> None:
        """The records' keys (source id, description and material type, ISBN; their uids at the first row that names one:
        ``record_of_uid``) and the uids of deleted records. Not needed by a file of copies only (SLiMS's item file finds
        its records by title), so loaded on first need."""
        self.records_loaded = True
        database = Record._meta.database
        self.dead_uids = {uid for (uid,) in database.execute_sql("SELECT uid FROM record WHERE deleted = 1")}
        cursor = database.execute_sql(
            "SELECT id, slims_id, isbn, title, subtitle, edition, year, publisher, authors, series, "
            "material_type FROM record WHERE deleted = 0 ORDER BY id")
        for rid, source, isbn, title, subtitle, edition, year, publisher, authors, series, kind in cursor:
            self._last_record = rid
            if kind != "book":
                self.kinds[rid] = kind
            key = identity({"title": title, "subtitle": subtitle, "edition": edition, "year": year,
                            "publisher": publisher, "authors": authors, "series": series})
            if source:
                self.by_source.setdefault(source, rid)
                self.source_of[rid] = source
                self.title_words_of[rid] = title_words(key)
            if isbn:
                self.by_isbn.setdefault(isbn, rid)
            self._note_description(key, rid, kind)
        self._described_as_written()

    def record_of_uid(self, uid: str) -> int | None:
        """The record with this uid when the keys were loaded (a row of a file a Pustaka library wrote names it). The
        uids are read at the first such row: another system's file names none, and a re-import of a 50,000-title SLiMS
        library held 50,000 uids it never asked for (7 MB)."""
        if self._by_uid is None:
            self._by_uid = dict(Record._meta.database.execute_sql(
                "SELECT uid, id FROM record WHERE deleted = 0 AND id <= ?", [self._last_record]))
        return self._by_uid.get(uid)

    def _note_description(self, key: str, rid: int, kind: str) -> None:
        first = self.by_ident.setdefault(key, rid)
        if first != rid and self.kind_of(first) != kind:
            self.by_ident.setdefault(key + KIND + kind, rid)  # (a print book's e-book: kind_key finds it)
        elif first != rid and isinstance(first, int):
            same = self.twins.setdefault(key, [first])
            if rid not in same:
                same.append(rid)

    def _described_as_written(self) -> None:
        """Each record whose title, year, publisher... the librarian corrected on the review list is also found by
        the description the file gave (the flagged value as written): the file still says "20l5" or
        "PemdesrnTahun", and without this the same file imported again made the book a second time."""
        fixed: dict[int, dict[str, Any]] = {}
        for rid, name, written, title, subtitle, edition, year, publisher, authors, series, kind in (
                Record._meta.database.execute_sql(
                    "SELECT r.id, f.field_name, f.value, r.title, r.subtitle, r.edition, r.year, r.publisher, "
                    "r.authors, r.series, r.material_type FROM review_flag f JOIN record r ON r.id = f.record_id "
                    "WHERE f.resolution = 'fixed' AND f.item_id IS NULL AND r.deleted = 0 AND f.field_name IN "
                    f"({', '.join('?' * len(_DESCRIBING))}) ORDER BY f.id", list(_DESCRIBING))):
            rec = fixed.setdefault(rid, {"title": title, "subtitle": subtitle, "edition": edition, "year": year,
                                         "publisher": publisher, "authors": authors, "series": series, "kind": kind})
            if name == "year_text":  # (the file's year as the import read it: none from "20l5")
                rec["year"] = parse_year(written)
            else:
                rec[name] = written
        for rid, rec in fixed.items():
            self._note_description(identity(rec), rid, rec["kind"])

    def kind_of(self, ref: Ref) -> str:
        """A record's material type (of a record this import adds: as its row gave it, ``note_kind``)."""
        return self.kinds.get(ref_key(ref), "book")

    def note_kind(self, ref: Ref, kind: str) -> None:
        if kind and kind != "book":
            self.kinds[ref_key(ref)] = kind

    def described(self, ident: str, kind: str) -> Ref | None:
        """The record of this description (``identity``) and material type, as ``kind_key`` finds it."""
        return self.by_ident.get(kind_key(self.by_ident, ident, kind, self.kind_of))

    def titles(self) -> dict[str, list[Ref]]:
        if self._titles is None:
            self._titles = {}
            for rid, title, subtitle in Record.select(Record.id, Record.title, Record.subtitle).where(
                    Record.deleted == False).order_by(Record.id).tuples():  # noqa: E712
                self._titles.setdefault(fold(title), []).append(rid)
                if subtitle:
                    self._titles.setdefault(fold(f"{title} : {subtitle}"), []).append(rid)
        return self._titles

    def add_title(self, rec: dict[str, Any], ref: Ref) -> None:
        titles = self.titles()
        titles.setdefault(fold(rec.get("title", "")), []).append(ref)
        if rec.get("subtitle"):
            titles.setdefault(fold(f"{rec['title']} : {rec['subtitle']}"), []).append(ref)


def rows_by_id(lib: Library, table: str, columns: list[str], ids: list[int]) -> Iterator[dict[str, Any]]:
    """The rows of ``table`` with these ids, as column dicts, read 500 ids a statement (SQLite's limit on
    parameters)."""
    for part in parts(ids):
        cursor = lib.db.execute_sql(f"SELECT {', '.join(columns)} FROM {table} WHERE id IN ({marks(part)})", part)
        for values in cursor:
            yield dict(zip(columns, values, strict=True))


def made_here(code: str, barcode: str) -> bool:
    """Whether ``barcode`` is one an import made (``BarcodeGenerator``: the library code + a counter)."""
    return bool(code) and re.fullmatch(re.escape(code) + rf"\d{{{BARCODE_WIDTH},}}", barcode) is not None


class BarcodeGenerator:
    """Barcodes for copies a file lists without one: the library code + a zero-padded counter."""

    def __init__(self, lib: Library, cat: Catalogue) -> None:
        profile = lib.profile
        self.prefix = profile.code if profile is not None else "B"
        self.cat = cat
        pattern = re.compile(re.escape(self.prefix) + r"(\d+)$")
        last = 0
        for (barcode,) in Item.select(Item.barcode).where(Item.barcode.startswith(self.prefix)).tuples():
            match = pattern.match(barcode)
            if match:
                last = max(last, int(match.group(1)))
        self.counter = last

    def next(self) -> str:
        while True:
            self.counter += 1
            barcode = f"{self.prefix}{self.counter:0{BARCODE_WIDTH}d}"
            if barcode not in self.cat.barcodes and barcode not in self.cat.dead_barcodes:
                return barcode


