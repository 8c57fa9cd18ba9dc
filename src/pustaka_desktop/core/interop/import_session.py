"""The import engine's working part: one file's ``Incoming`` rows matched against the catalogue and
the rows before them (``row``): the records they describe found or planned here, their copies by
``import_copies``, then written a chunk at a time (``import_writing``). ``importer`` drives it, in one
transaction, and holds the rules it follows."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..catalog import records, review
from ..catalog.isbn import digits_lost
from ..i18n import QT_TRANSLATE_NOOP
from ..service import Library
from ..store.clock import local_today, this_year
from ..store.models import Staff
from . import changed_here, duplicate_flags, later_rows, row_checks, twin_records
from .import_copies import CopyPlanning
from .import_writing import ChunkWriting
from .lent_there import LentThere
from .matching import (
    WRITTEN,
    BarcodeGenerator,
    Catalogue,
    New,
    Ref,
    kind_key,
    new_record,
    record_map,
    ref_id,
    ref_key,
    rows_by_id,
    title_words,
)
from .near_duplicates import NearTwins
from .spill import SpillMap
from .twin_records import Twins
from .types import BadRow, ImportPlan, Incoming, first_author, fold

# formats whose rows are one record each (a spreadsheet repeats a title once per copy)
ONE_ROW_PER_RECORD = {"slims-biblio", "marc", "marcxml", "inlislite"}
# formats whose rows name their record by title only (Incoming.record_title): a session reads one file,
# so only these need the title index that new records are added to
FINDS_RECORDS_BY_TITLE = {"slims-item"}
# formats whose rows may give a count of copies instead of listing them ("Jumlah 3": Incoming.copies): only these
# count the copies each record gets from the file (``planned``; a SLiMS move-in kept 50,000 counts nothing read)
COUNTS_COPIES = {"xlsx", "csv"}
# a copy row (SLiMS's item export) whose book is not in the catalogue
NO_RECORD_TITLED = QT_TRANSLATE_NOOP("Import", "No record titled {title} in the catalogue: import the biblio file first.")


class ImportSession(CopyPlanning, ChunkWriting):
    """One file's rows, planned against the catalogue and the rows before them, written a chunk at a time."""

    def __init__(self, lib: Library, by: Staff | None, result: ImportPlan, covers: bool = False,
                 taken: SpillMap | None = None, held: SpillMap | None = None) -> None:
        """``held``: where this file's copies are held back for the next file of the import, or (the item file after
        the biblio file) the copies it fills in; ``taken``: the barcodes the file before took (``Catalogue``)."""
        self.lib = lib
        self.by = by
        self.result = result
        self.cat = Catalogue(taken)
        profile = lib.profile
        self.library_code = profile.code if profile is not None else ""  # (MARC 003 of our own files)
        self.this_year = this_year(lib.clock)
        self.today = local_today(lib.clock)  # (a copy received after it is no day the copy form takes)
        # "u:uid" / "s:source" / "k:identity" (+ KIND type: matching.kind_key) -> record
        # (these by record: each the oldest on disk once a big file's are many, ``spill``)
        self.in_file: dict[str, Ref] = record_map(of_records=True)
        self.first_row: dict[str, int] = record_map()  # a description key ("k:...") -> the first row that gave it
        self.id_key: dict[Any, str] = record_map()  # ref_key -> the id key ("u:..." / "s:...") of the row that gave it
        self.isbn_rows: dict[str, Ref] = record_map(of_records=True)
        # barcode -> first row of this file, "sheet\x1frow" in a workbook of several (``import_copies._at``; a big
        # file's on disk: ``spill``)
        self.barcode_rows = SpillMap()
        self.accession_rows: dict[Any, int | str] = {}  # copy named by its accession number -> its first row, as above
        self.accession_prints: dict[Any, int] = {}  # the same copy -> what that row said of it (``import_copies._print``)
        # ref_key -> copies it adds
        self.planned: dict[Any, int] | None = record_map() if result.format in COUNTS_COPIES else None
        self.counted: dict[Any, int] = record_map()  # ref_key -> the copies its rows' counts ("Jumlah") add up to
        self.unnumbered: dict[Any, int] = record_map()  # ref_key -> rows of this file that are a copy without a number
        self.new_subjects: dict[str, str] = {}
        self.flagged_types: set[str] = set()
        self.type_ids: dict[str, int | None] = {}  # a collection type as the file writes it -> its id here
        self.flagged_status: set[str] = set()
        self.lent_there = LentThere()  # (copies the old system lent, of a type this library does not lend)
        self.barcodes: BarcodeGenerator | None = None
        self.relabelled: dict[int, str] = {}  # copy -> the barcode on the book, given instead of one made here
        self.given: list[New] = []  # copies given a barcode of this library (their books need labels: new_barcodes)
        self.format_restored: list[int] = []  # rows whose copy an earlier import numbered bare (``_read_without_its_format``)
        self.labelled: list[int] = []  # copies given the barcode on their book instead (theirs no longer needed)
        # copies held back until the item file of the same import gives their details (import_slims):
        # barcode -> (record, copy), each written once, whole, instead of inserted bare and updated; a copy nothing
        # names is held as its record and fields alone, shared by the row's copies that give the same (held_entry)
        self.deferred = held  # (``matching.held_copies``)
        self.filling = taken is not None  # (the second file: it fills in the copies the first held back)
        self.last_held: tuple[Any, ...] | None = None  # (the entry the row's next copy may share)
        self.flags: list[tuple[review.Flag, Ref | None, Ref | None]] = []
        self.near_twins: NearTwins | None = None  # loaded when the file first adds a record
        self.twins: Twins | None = None  # (a book the old system has twice: ``twin_records``)
        self.imports = changed_here.import_stretches()  # (what earlier imports wrote is not "changed here")
        self._reset()
        # (record, the file of its cover), collected when the import has a pictures folder
        self.covers: list[tuple[Ref, str]] | None = [] if covers else None


    # -- planning --

    def row(self, inc: Incoming) -> None:
        if not inc.sheet:
            return self._row(inc)
        # a row of one sheet of several: what it refused, left out or flagged names its sheet
        result = self.result
        marks = (len(result.bad), len(result.left_out), len(self.flags), len(self.pending_records),
                 len(self.pending_items))
        self._row(inc)
        for bad in (*result.bad[marks[0]:], *result.left_out[marks[1]:]):
            bad.sheet = bad.sheet or inc.sheet  # (a copy left out by a batch of earlier rows has its own)
        flags = [flag for flag, *_ in self.flags[marks[2]:]]
        for pending, mark in ((self.pending_records, marks[3]), (self.pending_items, marks[4])):
            flags += [flag for entry in pending[mark:] for flag in entry[-1]]  # (each entry ends with its flags)
        for flag in flags:
            flag.sheet = flag.sheet or inc.sheet  # (a batch compared in this row holds earlier rows' flags too)
        return None

    def _row(self, inc: Incoming) -> None:
        result = self.result
        if inc.notice is not None:
            result.notices.append(inc.notice)
            return
        result.rows += 1 if inc.row else 0  # (row 0: a whole sheet that was not read)
        result.copy_rows += 1 if inc.row and inc.a_copy else 0
        if inc.error is not None:
            result.bad.append(inc.error)
            return
        if changed_here.deleted_here(self.cat, inc, result):  # (a book weeded here: it does not come back)
            return
        if inc.checked is None:  # (else made by the process that read the row ahead: read_ahead)
            inc.checked = row_checks.row_checked(inc, self.this_year)
        flags, rec, flagged, refused, ident = inc.checked
        if refused is not None:
            result.bad.append(refused)
            return
        ref: Ref | None = None
        all_known = False  # (every copy of the row is here or in this import: then none needs looking up again)
        if rec is not None:
            ref = self._record(inc, rec, set(flagged), flags, ident)
            if inc.cover_file:
                result.covers_named += 1
                if self.covers is not None:
                    self.covers.append((ref, inc.cover_file))
            flags = []
        elif inc.record_title:
            all_known = bool(inc.items) and all(map(self._taken, (item.get("barcode") for item in inc.items)))
            if not all_known:  # (a copy the catalogue or this import already has keeps its record: no title to look up)
                ref = self._record_by_title(inc, flags)
        items = inc.items
        if ref is None and not all_known:
            known = [item for item in items if item.get("barcode") in self.cat.barcodes]
            if not known:
                result.bad.append(self._no_record(inc))
                return
        if ref is not None and self._repeats_a_row(inc, ref, items):
            return
        for item in items:
            self._item(inc, ref, item, flags)
            flags = []
        if inc.copies and not items and ref is not None:
            self._counted_copies(inc, ref)
        for flag in flags:  # flags of a row whose record matched by title
            self.flags.append((flag, ref, None))


    def _taken(self, barcode: str | None) -> bool:
        """Whether the catalogue or this import has the copy ``barcode``: a copy held back for this file is asked for
        there first (``_held``: the map the copy's row reads next)."""
        return self._held(barcode) or barcode in self.cat.barcodes

    @staticmethod
    def _no_record(inc: Incoming) -> BadRow:
        """A copy row whose record is not here. A row naming no title is the copy of a record without a title
        (SLiMS writes the record's title): that record was refused, importing the biblio file first does not help."""
        if inc.record_title:
            return BadRow(inc.row, NO_RECORD_TITLED, {"title": inc.record_title})
        return BadRow(inc.row, QT_TRANSLATE_NOOP(
            "Import", "Copy {barcode}: its record has no title, and a record without a title is left out. Give it "
                      "its title in SLiMS, then import again."),
            {"barcode": ", ".join(item.get("barcode", "") for item in inc.items)})

    def _record(self, inc: Incoming, rec: dict[str, Any], flagged: set[str], flags: list[review.Flag],
                ident: str) -> Ref:
        result = self.result
        cat = self.cat
        if not cat.records_loaded:
            cat.load_records()
        keys = []
        with_copies: int | None = None
        kind = rec.get("material_type", "") if "material_type" not in flagged else ""  # (one it could not read: none)
        joined = self._first_described(ident) if not kind and inc.items else None
        if joined is not None and cat.kind_of(joined) == "ebook":
            kind = "book"  # a copy on the shelf is no e-book's: the print record of the description, or a new one
        uid = inc.control if inc.control and row_checks.looks_like_uid(inc.control) else ""
        by_uid = cat.record_of_uid(uid) if uid else None
        if uid:
            keys.append(("u:" + uid, by_uid))  # (whoever's file it is: the record with this uid is this book)
        if inc.source_id:
            if by_uid is None:  # (a record found by its uid keeps its source: none, when it is ours)
                rec["slims_id"] = inc.source_id
            by_source = cat.by_source.get(inc.source_id)
            if by_source is None:  # (imported before from the source's other export, under its other id)
                by_source = next((cat.by_source[alias] for alias in inc.also_known_as if alias in cat.by_source), None)
                if by_source is not None:
                    rec.pop("slims_id", None)  # (it keeps the id it came with: each file finds it again)
            if isinstance(by_source, int) and not cat.title_words_of.get(by_source, set()) & title_words(ident):
                # two systems' numbers met (MARC 001 "1" of one library and of another): another book, kept apart
                flags.append(duplicate_flags.same_number(inc.row, inc.source_id, rec.get("title", ""), by_source))
                by_source = None
            keys.append(("s:" + inc.source_id, by_source))
        by_ident = cat.described(ident, kind)
        if by_ident is not None and inc.source_id and isinstance(by_ident, int):
            # (or the id an earlier row of this file gave it: INLISLite's catalogue report after its copy report,
            # whose records have none, a book entered twice there must not become one record here)
            other = cat.source_of.get(by_ident, "")
            if not other:
                given = self.id_key.get(by_ident, "")
                other = given[2:] if given.startswith("s:") else ""
            if other and other != inc.source_id and other not in inc.also_known_as:
                # the same description, another record in the source system (its copies, if a list of copies
                # without the source's ids came first, all went to that one: said when this one is made)
                with_copies = by_ident if cat.copy_counts.get(by_ident) and other.startswith("inlislite:") else None
                by_ident = None
        own_id = keys[0][0] if keys else ""  # (the row's id in its source: our uid, or the source's own)
        twin = ""
        if isinstance(by_ident, int) and inc.a_copy and not inc.source_id and ident in cat.twins:
            by_ident, twin = self._twin(inc, ident, by_ident, rec, flags)
        elif isinstance(by_ident, int) and ident in cat.twins and (held := self._twin_holding(ident, inc.items)):
            # two records here described alike (our export of them, back): the row is the one holding its copies
            by_ident, twin = held, f"\x1d{held}"
        if inc.record_no:  # (two records of one description in our export: each its own, in this file)
            twin += f"\x1e{inc.record_no}"
        keys.append((kind_key(self.in_file, "k:" + ident + twin, kind, cat.kind_of), by_ident))
        for key, _ in keys:
            if key in self.in_file:
                ref = self.in_file[key]
                if key.startswith("k:") and own_id and self.id_key.get(ref_key(ref), own_id) != own_id:
                    continue  # (a print book and its e-book: one description, two records of the source)
                for k, _ in keys:
                    self.in_file.setdefault(k, ref)
                self.first_row.setdefault(keys[-1][0], inc.row)  # (a row found by its id may describe it anew)
                if key.startswith("k:") and self.result.format in ONE_ROW_PER_RECORD and not inc.a_copy:
                    # two records of the source with one description: taken as one, said so
                    flags.append(review.Flag(reason="duplicate", field="", value=rec.get("title", ""),
                                             template=QT_TRANSLATE_NOOP(
                        "Review", "Row {row} describes the same book as row {first} (title, edition, year, "
                                  "publisher, authors): both were taken as this one record, with the copies of "
                                  "both."), params={"row": inc.row, "first": self.first_row.get(key, 0)},
                        row=inc.row))
                if self.result.format in COUNTS_COPIES:  # (a sheet kept by hand: the book's rows, a row a copy)
                    flags += self._more_of(ref, rec, flagged, inc.row)
                for flag in flags:  # (what this row flagged: a copy's price, a field of the record again)
                    self.flags.append((flag, ref, None))
                flags.clear()
                return ref  # another row of a record this file already gave
        existing = next((found for _, found in keys if found is not None), None)
        if existing is None and inc.a_copy:  # (a list of copies: the copy it numbers is of a record here)
            existing = next(filter(None, map(cat.holder_of_number, (i.get("accession_no", "") for i in inc.items))),
                            None)
        if existing is None and inc.a_copy and not inc.source_id:
            existing = self._catalogued_in_inlislite(rec)
        if existing is None and inc.items:  # (its title corrected here: the old system's file has the old one)
            existing = changed_here.record_of_copies(self.lib, cat, inc.items, ident, rec.get("isbn", ""))
        if existing is not None:
            ref = existing
            if isinstance(existing, int):
                if inc.derived:  # (the file does not say them)
                    rec = {k: v for k, v in rec.items() if k not in inc.derived}
                self.pending_records.append((existing, rec, flagged, inc.row, flags))
            else:
                result.records_skip += 1
        else:
            fields = dict(rec)
            fields["match_key"] = records.match_key(rec.get("title", ""), first_author(rec.get("authors")))
            if uid:
                self._uid(inc, uid, fields, flags)
            ref = new_record(fields, inc.row)
            cat.note_kind(ref, fields.get("material_type", ""))
            self.new_records.append(ref)
            result.records_add += 1
            twin = self._first_described(ident)
            if kind and twin is not None and cat.kind_of(twin) != cat.kind_of(ref):
                flags.append(duplicate_flags.other_kind(inc.row, rec.get("title", ""), twin))
            isbn = rec.get("isbn", "")
            if isbn and not digits_lost(isbn):  # (what Excel left of many books' ISBNs: 9.78602E+12)
                other = cat.by_isbn.get(isbn) or self.isbn_rows.get(isbn)
                if other is not None:
                    flags.append(duplicate_flags.same_isbn(inc.row, isbn, other))
                else:
                    self.isbn_rows[isbn] = ref
            if with_copies is not None:
                flags.append(duplicate_flags.other_book(inc.row, rec.get("title", ""), with_copies,
                                                        twin_records.COPIES_ELSEWHERE))
            self._near_twin(inc.row, rec.get("title", ""), ref, flags, ident)
            for flag in flags:
                self.flags.append((flag, ref, None))
            if result.format in FINDS_RECORDS_BY_TITLE:
                cat.add_title(rec, ref)
            self._remember_subjects(rec.get("subjects") or [])
        for key, _ in keys:
            self.in_file[key] = ref
        if inc.record_no:  # (the first of its description still, for a row without a number and ``_first_described``)
            self.in_file.setdefault("k:" + ident, ref)
        self.first_row.setdefault(keys[-1][0], inc.row)  # (only a description is told as "the same book as row...")
        if own_id:
            self.id_key.setdefault(ref_key(ref), own_id)
        return ref

    def _more_of(self, ref: Ref, rec: dict[str, Any], flagged: set[str], row: int) -> list[review.Flag]:
        """What a later row of a book this file gave adds to its record (``later_rows``): filled in its fields while
        it is planned, else (written in an earlier chunk, or a record here) with the changes written next."""
        if isinstance(ref, New) and ref.fields is not WRITTEN:
            fills, flags = later_rows.more_of(ref.fields, rec, flagged, row)
            ref.fields.update(fills)
            return flags
        rid = ref_id(ref)
        if rid is None:
            return []
        current = next(rows_by_id(self.lib, "record", [*later_rows.FILLED, "field_versions"], [rid]), {})
        for pending, fields, *_ in self.pending_records:  # (what the rows before will write: not compared yet)
            if pending == rid:
                current.update({k: v for k, v in fields.items() if not later_rows.empty(v)})
        current.update(self.record_updates.get(rid, {}))
        fills, flags = later_rows.more_of(current, rec, flagged, row)
        # (a field the librarian emptied here since the book came in stays empty, as the first row's fields do)
        flags += changed_here.keep_changed_here(current, fills, row, self.result, self.imports)
        if fills:
            self.record_updates.setdefault(rid, {}).update(
                {k: row_checks.to_json(v) if k == "subjects" else v for k, v in fills.items()})
        return flags

    def _twin(self, inc: Incoming, ident: str, first: int, rec: dict[str, Any],
              flags: list[review.Flag]) -> tuple[int, str]:
        """A copy row of a book catalogued twice in the old system (``twin_records``): the record its values tell, and
        the key this file finds it by (its copies of the other record must not join it), else the first, said."""
        if self.twins is None:
            self.twins = Twins(self.lib)
        records = self.cat.twins[ident]
        chosen = self.twins.which(records, rec)
        if chosen is not None:
            return chosen, f"\x1d{chosen}"
        self.twins.copies_to_one(ident, inc.row, rec.get("title", ""), [r for r in records if r != first], flags)
        return first, ""

    def _catalogued_in_inlislite(self, rec: dict[str, Any]) -> Ref | None:
        """The record INLISLite's catalogue report brought that a row of its copy report is a copy of, when the row
        describes it with less: the copy report has no BIB ID, and its librarian ticks the columns it shows (without
        "Edisi" or "Penerbit" the row's description is not the record's). Only the one such record: of two (2013 and
        2016, the copy report without "Tahun Terbit") the row makes its own record, flagged as a possible duplicate."""
        if self.near_twins is None:
            self.near_twins = NearTwins()
        found = [ref for ref in self.near_twins.may_be(rec)
                 if isinstance(ref, int) and self.cat.source_of.get(ref, "").startswith("inlislite:")]
        return found[0] if len(found) == 1 else None

    def _twin_holding(self, ident: str, items: list[dict[str, Any]]) -> int | None:
        """Of the records here described alike (``ident``), the one holding a copy the row lists: by its barcode, or
        by the accession number one copy here carries (our buku induk's rows have no barcode)."""
        for item in items:
            if item.get("barcode"):
                found = self.lib.db.execute_sql("SELECT record_id FROM item WHERE barcode = ? AND deleted = 0",
                                                [item["barcode"]]).fetchone()
                holder = found[0] if found else None
            else:
                holder = self.cat.holder_of_number(item.get("accession_no", ""))
            if holder in self.cat.twins[ident]:
                return holder
        return None

    def _first_described(self, ident: str) -> Ref | None:
        """The record a row stating no material type joins by its description (``identity``): the first of
        this file's, else the catalogue's."""
        return self.in_file.get("k:" + ident, self.cat.by_ident.get(ident))

    def _uid(self, inc: Incoming, uid: str, fields: dict[str, Any], flags: list[review.Flag]) -> None:
        """The uid of a new record whose row gives one (MARC 001 of a file a Pustaka library wrote). The file's
        uid is taken only from this library's own file (its 003 is our code): a new PC of the same library
        then keeps the uids its books have at the district hub, which knows each book by its uid (the union
        catalogue, grants, bundles). Another library's uid stays theirs: taken here, the hub would receive
        one uid for two libraries' books. Such a record gets a uid of its own and keeps the file's as its
        source id (``marc:CODE:uid``), which the next import of the file finds. A uid is never used twice:
        the uid of a record deleted here brings the book back as a new record, said so.
        (A spreadsheet names no uid: a sheet cannot show whose it is, anyone can type a code in a cell.)"""
        if uid in self.cat.dead_uids:
            # (listed with the possible duplicates: a record the librarian may not want twice, or at all)
            flags.append(review.Flag(reason="duplicate", field="", value=fields.get("title", ""),
                                     template=QT_TRANSLATE_NOOP(
                "Review", "{title} was deleted from this catalogue earlier and came in again with this file: it "
                          "is a new record now. Delete it again if the library no longer has the book."),
                params={"title": fields.get("title", "")}, row=inc.row))
        elif inc.control_library and inc.control_library == self.library_code:
            fields["uid"] = uid
            fields.pop("slims_id", None)  # (the record is the one the file was written from, not a copy of it)

    def _near_twin(self, row: int, title: str, new: New, flags: list[review.Flag], ident: str) -> None:
        """A new record that may be a book the catalogue or this file has, described with less or written shorter
        (``near_duplicates``): flagged, never merged; not again when a flag of the row names that record (the
        same ISBN)."""
        if self.near_twins is None:
            self.near_twins = NearTwins()
        found = self.near_twins.meet(new, ident)
        if found is None or any(ref_key(f.params.get("_other", new)) == ref_key(found[0]) for f in flags):
            return
        other, missing = found
        flags.append(duplicate_flags.near_twin(row, title, other, missing))

    def _record_by_title(self, inc: Incoming, flags: list[review.Flag]) -> Ref | None:
        found = self.cat.titles().get(fold(inc.record_title), [])
        if len(found) > 1 and not any(item.get("barcode") in self.cat.barcodes for item in inc.items):
            flags.append(review.Flag(reason="copy", field="", value=inc.record_title, template=QT_TRANSLATE_NOOP(
                "Review", "{count} records are titled {title}: this copy was put under the first one. Check that "
                          "it belongs there."), params={"count": len(found), "title": inc.record_title}, row=inc.row))
        return found[0] if found else None

    def _remember_subjects(self, subjects: Iterable[str]) -> None:
        for term in subjects:
            key = fold(term)
            if key and key not in self.cat.subjects and key not in self.new_subjects:
                self.new_subjects[key] = term

    def file_maps(self) -> list[SpillMap]:
        """What this session keeps of the file's rows, copy by copy and record by record (each the oldest on disk
        once many: ``ChunkWriting.spill``)."""
        maps = (self.barcode_rows, self.in_file, self.first_row, self.isbn_rows, self.id_key, self.planned,
                self.counted, self.unnumbered)
        return [index for index in maps if index is not None]

    def shed(self) -> None:
        """Forget what only planning needed (the catalogue's keys, this file's rows) once the file is
        read and written: a two-file import keeps this session only to write the flags of copies held
        back, and the next file's session loads the catalogue afresh."""
        self.cat = None  # type: ignore[assignment]
        self.near_twins = None
        for index in self.file_maps():
            index.clear()  # (its file on disk, if it had one, deleted now)
        self.accession_rows = {}
        self.accession_prints = {}
        self.new_subjects = {}
        self.barcodes = None
        self.last_held = None
