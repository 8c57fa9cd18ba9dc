"""The copies of the import engine's rows: each copy a row lists, matched with the copies here and the rows
before it -- by barcode (the zeros a spreadsheet dropped put back), by accession number, by its place among
its record's copies without a number -- or planned as a new copy, with a barcode made here when it has none;
a row's count ("3 Eks.") made into copies. ``ImportSession`` is built on ``CopyPlanning``: the state is the
session's (``ImportSession.__init__``), the writing ``import_writing``'s."""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from ..catalog import review
from ..catalog.copies import MAX_BARCODE
from ..i18n import QT_TRANSLATE_NOOP
from ..store import write
from ..store.models import CollectionType, Item
from . import changed_here
from .matching import ADDED, BarcodeGenerator, New, Ref, held_copy, held_entry, made_here, ref_id, ref_key
from .types import WRITTEN_AS, BadRow, Incoming, fold, note_written

# what the item file may fill in of a copy the biblio file listed (CopyPlanning._fill)
_FILLABLE = frozenset(Item._meta.fields) - {"barcode", "collection_type", "_soft"}
_BARCODE = re.compile(r"^[A-Za-z0-9\-./]+$")
NEW_TYPE_ADDED = QT_TRANSLATE_NOOP(
    "Review", "The collection type {name} was new to this library and has been added. Rename or merge it on the "
              "settings page if it means one you already have.")
# the same said by a dry run, which adds nothing
NEW_TYPE_TO_ADD = QT_TRANSLATE_NOOP(
    "Review", "The collection type {name} is new to this library: the import will add it. If it means one you already "
              "have, rename that one on the settings page to {name} first, or merge the two after the import.")
REPEATED_ROW = QT_TRANSLATE_NOOP(
    "Import", "The same book with the same accession number {number} as row {first}: read once, so its copies "
              "came in once (a row copied twice?).")
# the same, the first row on another sheet of the workbook (its row number alone sent her to this sheet's row)
REPEATED_ROW_SHEET = QT_TRANSLATE_NOOP(
    "Import", "The same book with the same accession number {number} as sheet {sheet}, row {first}: read once, so "
              "its copies came in once (a row copied twice?).")
SAME_BARCODE = QT_TRANSLATE_NOOP("Import", "The copy {barcode} was left out: row {first} of this file has the same "
                                           "barcode.")
SAME_BARCODE_SHEET = QT_TRANSLATE_NOOP(
    "Import", "The copy {barcode} was left out: sheet {sheet}, row {first} of this file has the same barcode.")
RECEIVED_LATER = QT_TRANSLATE_NOOP("Errors", "The date received is in the future.")  # (the copy form's words)
SHARED_ACCESSION = QT_TRANSLATE_NOOP(
    "Review", "The accession number {number} is also used by another copy: this copy came in with it as written. "
              "If the buku induk started its numbering again (a new year, a new librarian), keep it; otherwise give "
              "this copy its own number.")


ZEROS_OF_ANOTHER_BOOK = QT_TRANSLATE_NOOP(
    "Review", "The barcode {barcode} may be {known} with the zeros in front that a spreadsheet drops, but {known} is a "
              "copy of another book, {title}: the files disagree. It came in as a new copy {barcode} of this book. "
              "Look at the label on the book, and delete the copy that is not on the shelf.")
ZEROS_OF_SEVERAL = QT_TRANSLATE_NOOP(
    "Review", "The barcode {barcode} may be any of {known}, with the zeros in front that a spreadsheet drops: it came "
              "in as a new copy {barcode} of this book. Look at the label on the book, and delete the copy that is "
              "not on the shelf.")


def _at(inc: Incoming) -> int | str:
    """Where a row is, kept for a later row's message: its number, and its sheet in a workbook of several."""
    return f"{inc.sheet}\x1f{inc.row}" if inc.sheet else inc.row


def _print(item: dict[str, Any]) -> int:
    """What a row says of its copy, to tell a row copied twice (the same) from the same number given to another copy
    (a buku induk numbered from 1 again, the book bought again: another date, another price): as one number, kept for
    every numbered copy of the file (its fields were a kilobyte a copy)."""
    return hash(tuple(sorted((key, str(value)) for key, value in item.items()
                             if not key.startswith("_") and key != "barcode" and value)))  # (the copy's label: its own)


def _bare_numbers(number: str) -> list[str]:
    """The numbers an earlier import may have read ``number`` as when its cell's format wrote text around it
    (``B0001``: 1; ``001/PD/2019``: 1 or 2019): each run of digits without its zeros in front; none when ``number``
    is such a number already."""
    runs = [str(int(run)) for run in re.findall(r"\d+", number)]
    return [] if number in runs else list(dict.fromkeys(runs))


FORMAT_RESTORED = QT_TRANSLATE_NOOP(
    "Import", "Rows {rows}: copies an earlier import numbered without the text their cell's format shows (1 for B0001 "
              "or 001/PD/2019) are these rows' copies, not new ones: each now has its number as shown, as on its label.")


def _first(at: int | str, inc: Incoming, template: str, on_another_sheet: str) -> tuple[str, dict[str, Any]]:
    """The message naming the first row ``at`` to a later row ``inc``, with its sheet when that is another."""
    sheet, _, row = str(at).rpartition("\x1f")
    if sheet and sheet != inc.sheet:
        return on_another_sheet, {"sheet": sheet, "first": int(row)}
    return template, {"first": int(row)}


class CopyPlanning:
    """The copies of ``ImportSession``'s rows, planned against the copies here and the rows before them."""

    def _repeats_a_row(self, inc: Incoming, ref: Ref, items: list[dict[str, Any]]) -> bool:
        """Whether the row names by their accession numbers only copies of its book an earlier row of this file
        named (a row copied twice by mistake): then it is read once, said, so that its count ("3 Eks.") does not
        add the copies without a number a second time."""
        numbered = [item for item in items if item.get("accession_no") and not item.get("barcode")]
        numbers = [item["accession_no"] for item in numbered]
        # the copy of each number an earlier row of this file described the same (the same number on a copy
        # described otherwise is another copy: ``_numbered_copy``)
        firsts = [next((self.accession_rows[copy] for copy in self.cat.accession_copies(item["accession_no"], ref)
                        if copy in self.accession_rows and self.accession_prints.get(copy) == _print(item)), None)
                  for item in numbered]
        if not numbers or None in firsts:
            return False
        # (a notice, not a copy left out: nothing of the book is lost, and the import did not fail)
        template, params = _first(firsts[0], inc, REPEATED_ROW, REPEATED_ROW_SHEET)
        self.result.notices.append(BadRow(inc.row, template, {"number": ", ".join(numbers), **params},
                                          sheet=inc.sheet))
        return True

    def _counted_copies(self, inc: Incoming, ref: Ref) -> None:
        # the counts of the rows of one title add up (two purchases, each "Jumlah 1", are two copies); against
        # the copies the title has, here and in the catalogue, so a second import of the file adds none
        self.counted[ref_key(ref)] = total = self.counted.get(ref_key(ref), 0) + inc.copies
        planned = self.planned
        assert planned is not None  # (a format whose rows give counts: ``import_session.COUNTS_COPIES``)
        have = planned.get(ref_key(ref), 0) + (self.cat.copy_counts.get(ref, 0) if isinstance(ref, int) else 0)
        for _ in range(max(0, total - have)):
            barcode = self._made_barcode()
            new = New({"barcode": barcode})
            self.given.append(new)
            self.cat.barcodes[barcode] = ADDED
            self.new_items.append((ref, new))
            planned[ref_key(ref)] = planned.get(ref_key(ref), 0) + 1
            self.result.items_add += 1

    def _type_id(self, name: str, row: int, flags: list[review.Flag]) -> int | None:
        known = self.type_ids.get(name, -1)  # (as written: most copies of a file name a handful of types)
        if known != -1:
            return known
        self.type_ids[name] = found = self._type_of(name, row, flags)
        return found

    def _type_of(self, name: str, row: int, flags: list[review.Flag]) -> int | None:
        key = fold(name)
        if not key:
            return None
        if key not in self.cat.types:
            self.cat.types[key] = write.insert(self.lib, CollectionType, name=" ".join(name.split())).id
            if key not in self.flagged_types:
                self.flagged_types.add(key)
                template = NEW_TYPE_TO_ADD if self.result.dry_run else NEW_TYPE_ADDED
                flags.append(review.Flag(reason="collection_type", field="", value=name, template=template,
                                         params={"name": name}, row=row))
        return self.cat.types[key]

    def _item(self, inc: Incoming, ref: Ref | None, item: dict[str, Any], flags: list[review.Flag]) -> None:
        result = self.result
        cat = self.cat
        fields = dict(item)
        values = fields.values()
        if "" in values or None in values:  # (the readers leave out empty values: a row rarely has one)
            fields = {k: v for k, v in item.items() if v not in ("", None)}
        own = fields.pop("_flags", [])  # (types.kept_as_written: flags about this copy, not the row's first)
        for flag in own:
            flag.row = flag.row or inc.row
        flags = [*flags, *own]
        status_name = fields.pop("_status_name", "")
        unnumbered = fields.pop("_unnumbered", False)
        lent_there = fields.pop("_lent_there", False)
        if "received_on" in fields:
            self._not_to_come(fields, inc.row, flags)
        if status_name and fold(status_name) not in self.flagged_status:
            self.flagged_status.add(fold(status_name))
            flags.append(review.Flag(reason="status", field="", value=status_name, template=QT_TRANSLATE_NOOP(
                "Review", "The copy status {status} is not one this program knows: the copy is available (members "
                          "can borrow and reserve it), with the status kept in its remarks. If it is not on the shelf "
                          "to lend, change its status in the catalogue."), params={"status": status_name},
                row=inc.row))
        type_name = fields.pop("collection_type", "")
        type_id = self._type_id(type_name, inc.row, flags) if type_name else None
        if lent_there and type_id is not None:
            self.lent_there.note(type_id, type_name, inc.row, flags)
        barcode = fields.get("barcode", "")
        held = self._held(barcode)
        if barcode and not held and barcode not in cat.barcodes and ref is not None:
            fields["barcode"] = barcode = self._zeros_put_back(barcode, ref, inc.row, flags)
            held = self._held(barcode)  # ("13" taken as "00013", held back)
        if barcode:
            if barcode in self.barcode_rows:
                template, params = _first(self.barcode_rows[barcode], inc, SAME_BARCODE, SAME_BARCODE_SHEET)
                result.left_out.append(BadRow(inc.row, template, {"barcode": barcode, **params}))
                return
            if barcode in cat.dead_barcodes:
                result.left_out.append(BadRow(inc.row, QT_TRANSLATE_NOOP(
                    "Import", "The copy {barcode} was left out: the barcode belonged to a deleted copy and cannot be "
                              "used again."), {"barcode": barcode}))
                return
            self.barcode_rows[barcode] = _at(inc)
            if len(barcode) > MAX_BARCODE or not _BARCODE.match(barcode):
                flags.append(review.Flag(reason="copy", field="barcode", value=barcode, template=QT_TRANSLATE_NOOP(
                    "Review", "The barcode {barcode} has spaces or other signs, or more than {n} characters: a "
                              "scanner may not read it from a new label."), params={"barcode": barcode,
                                                                                    "n": MAX_BARCODE}, row=inc.row))
        existing = ADDED if held else cat.barcodes.get(barcode) if barcode else None
        # (one barcode given to two books while both systems were used: the copy here is told from the row's when
        # its batch is compared, ``changed_here.another_books``, in one query, and its row's copy left out then)
        check = ((changed_here.title_to_check(inc), inc.row, inc.sheet, len(result.left_out))
                 if isinstance(existing, int) and not isinstance(ref, int) else None)
        acc = fields.get("accession_no", "")
        if existing is None and barcode and acc and ref is not None:
            existing = self._relabelled(barcode, acc, ref)
        if existing is None and not barcode and acc:
            existing = self._numbered_copy(acc, ref)
            if existing is not None:
                self.accession_rows.setdefault(existing, _at(inc))
                self.accession_prints.setdefault(existing, _print(item))
        if existing is None and isinstance(ref, int) and (barcode or acc):
            existing = self._read_without_its_format(barcode, acc, ref, inc, fields)
        if isinstance(existing, int) and (existing, acc) in cat.renumbered:
            del fields["accession_no"]  # (the file's number, which the librarian changed: hers stays)
        if existing is None and acc and acc in cat.accessions:
            # another book's copy has the number (a buku induk numbered from 1 again by the next librarian):
            # this copy comes in with it as written, and the librarian is told
            flags.append(review.Flag(reason="copy", field="accession_no", value=acc, template=SHARED_ACCESSION,
                                     context="Review", params={"number": acc}, row=inc.row))
        if existing is None and unnumbered and ref is not None:
            # a buku induk row without a barcode or number: the record's n-th such row is its n-th copy
            seen = self.unnumbered[ref_key(ref)] = self.unnumbered.get(ref_key(ref), 0) + 1
            if isinstance(ref, int) and seen <= self.cat.copy_counts.get(ref, 0):
                result.items_skip += 1
                return
        if held:
            self._fill(barcode, fields, type_id, flags)
            return
        if existing is not None:
            if isinstance(existing, int):
                self.pending_items.append((existing, fields, type_id, inc.row, check, flags))
                if len(self.pending_items) >= 500:
                    self._compare_items()
            else:
                result.items_skip += 1
            return
        if ref is None:
            return
        made = not barcode
        if made:
            fields["barcode"] = barcode = self._made_barcode()
        if type_id is not None:
            fields["collection_type"] = type_id
        fields.pop("_soft", None)
        note_written(fields)
        cat.barcodes[barcode] = ADDED
        if self.planned is not None:
            self.planned[ref_key(ref)] = self.planned.get(ref_key(ref), 0) + 1
        result.items_add += 1
        if self.deferred is not None and not (made or acc or flags):
            self._hold(barcode, ref, fields)  # (no flag, number or label names it: no New of its own yet)
            return
        new = New(fields)
        if made:
            self.given.append(new)
        if acc:
            cat.note_accession(acc, new, ref)
            self.accession_rows[new] = _at(inc)
            self.accession_prints[new] = _print(item)
        if self.deferred is not None:
            self.deferred[barcode] = (ref, new)
        else:
            self.new_items.append((ref, new))
        for flag in flags:
            self.flags.append((flag, ref, new))

    def _not_to_come(self, fields: dict[str, Any], row: int, flags: list[review.Flag]) -> None:
        """A day received after today (a slip of the year: 2091 for 2019) is none the copy form takes: it came in as
        it was, the copy counted in a year to come. It is kept in the copy's remarks as written (``WRITTEN_AS``), and
        said, as a day that is no date is."""
        received = fields["received_on"]
        if isinstance(received, str):
            try:
                received = date.fromisoformat(received[:10])
            except ValueError:
                return
        if isinstance(received, datetime):
            received = received.date()
        if not isinstance(received, date) or received <= self.today:
            return
        del fields["received_on"]
        shown = received.strftime("%d-%m-%Y")
        fields["_written"] = [*fields.get("_written", []), f"{WRITTEN_AS['received_on']}: {shown}"]
        flags.append(review.Flag(reason="date", field="received_on", value=shown, template=RECEIVED_LATER,
                                 context="Errors", row=row))

    def _held(self, barcode: str | None) -> bool:
        """Whether ``barcode`` is a copy the file before listed, held back for this one to fill in: one this import
        added (``ADDED``), so the barcode map need not be asked too (on disk, a big move-in's item file read it twice)."""
        return self.filling and bool(barcode) and barcode in self.deferred

    def _hold(self, barcode: str, ref: Ref, fields: dict[str, Any]) -> None:
        """Hold back a copy for the item file (``deferred``) as its record and fields in one tuple (``held_entry``),
        one for the copies of a row that give the same (a SLiMS biblio row lists its copies with its call number
        alone): its ``New`` is made when the item file fills it in or it is written as it is (``held_copy``). A New,
        a dict and a tuple a copy were a 100,000-copy move-in's largest memory, held until its item file was read."""
        assert self.deferred is not None
        del fields["barcode"]
        entry = held_entry(ref, fields)
        if entry != self.last_held:
            self.last_held = entry
        self.deferred[barcode] = self.last_held

    def _described_alike(self, copy: int, fields: dict[str, Any]) -> bool:
        """Whether the copy here has the day received and price the row gives (where both say one): the same row read
        again, not the book bought again a year later under a number started again from 1."""
        here = self.lib.db.execute_sql("SELECT received_on, price FROM item WHERE id = ?", [copy]).fetchone()
        for name, ours in zip(("received_on", "price"), here, strict=True):
            theirs = fields.get(name)
            if theirs not in (None, "") and ours not in (None, "") and str(theirs)[:10] != str(ours)[:10]:
                return False
        return True

    def _read_without_its_format(self, barcode: str, acc: str, ref: int, inc: Incoming,
                                 fields: dict[str, Any]) -> int | None:
        """The copy of the record here ``ref`` that an earlier import numbered with the bare number of this row's
        (``1`` for the barcode ``B0001`` or the No. Induk ``001/PD/2019`` a cell's format shows around the number
        1: read so before the format was): this row's copy, which takes the number as shown, as on its label. Not
        a copy another row of the file names; said once for the file (``finish``)."""
        found: list[int] = []
        for bare in _bare_numbers(barcode or acc):
            if barcode:
                copy = self.cat.barcodes.get(bare)
                if isinstance(copy, int) and bare not in self.barcode_rows and self._holder(bare) == ref:
                    found.append(copy)
            else:
                found += [copy for copy in self.cat.accession_copies(bare, ref)
                          if isinstance(copy, int) and copy not in self.accession_rows]
        if len(found) != 1 or not self._described_alike(found[0], fields):
            return None
        if barcode:
            self.cat.barcodes[barcode] = found[0]
            self.relabelled[found[0]] = barcode
        else:
            self.accession_rows.setdefault(found[0], _at(inc))
        self.format_restored.append(inc.row)
        return found[0]

    def _made_barcode(self) -> str:
        """A barcode of this library for a copy the file lists without one."""
        if self.barcodes is None:
            self.barcodes = BarcodeGenerator(self.lib, self.cat)
        self.result.barcodes_given += 1
        return self.barcodes.next()

    def _relabelled(self, barcode: str, acc: str, ref: Ref) -> int | None:
        """The copy of the record numbered ``acc`` when it came with a barcode made here (INLISLite's Buku Induk
        has none): it takes the file's ``barcode``, the label already on the book."""
        copy = self.cat.accession_copy(acc, ref)
        if not isinstance(copy, int):
            return None
        (current,) = self.lib.db.execute_sql("SELECT barcode FROM item WHERE id = ?", [copy]).fetchone()
        if not made_here(self.library_code, current):
            return None
        self.cat.barcodes[barcode] = copy  # (its old barcode stays taken: never made again for another copy)
        self.relabelled[copy] = barcode
        self.labelled.append(copy)
        return copy

    def _numbered_copy(self, acc: str, ref: Ref | None) -> Ref | None:
        """The copy a row naming only an accession number describes: its record's copy of that number not taken by
        an earlier row of this file (the same number on another book is another copy); a row of copies only (no
        record): any copy of it."""
        if ref is None:
            return self.cat.first_numbered(acc)
        # a copy an earlier row of this file took is not this row's (``_repeats_a_row`` read a row copied twice
        # once): the next copy of the number, else a new one (a buku induk numbered from 1 again, the book bought
        # again, said as a number another copy has)
        return next((copy for copy in self.cat.accession_copies(acc, ref) if copy not in self.accession_rows), None)

    def _zeros_put_back(self, barcode: str, ref: Ref, row: int, flags: list[review.Flag]) -> str:
        """``barcode``, or the one copy of the same record whose barcode it is with the zeros in front that
        Excel drops from a number ("13" for "00013"): then the row describes that copy, said so. When the copies
        it may be are another book's (the item file and the biblio file disagree) or several, it comes in as
        written and the list says which copies it may be."""
        found = self.cat.zero_padded(barcode)
        if not found:
            return barcode
        holders = [self._holder(code) for code in found]
        same = [code for code, record in zip(found, holders, strict=True)
                if record is not None and (record is ref or (ref_id(record) is not None and ref_id(record) == ref_id(ref)))]
        if len(same) == 1:
            flags.append(review.Flag(reason="copy", field="", value=barcode, template=QT_TRANSLATE_NOOP(
                "Review", "The barcode {barcode} was taken as {known}, a copy of the same book: a spreadsheet drops "
                          "the zeros in front of a number."), params={"barcode": barcode, "known": same[0]}, row=row))
            return same[0]
        if len(found) == 1 and holders[0] is not None:
            flags.append(review.Flag(reason="copy", field="", value=barcode, template=ZEROS_OF_ANOTHER_BOOK, params={
                "barcode": barcode, "known": found[0], "title": self._title_of(holders[0])}, row=row))
        elif len(found) > 1:
            flags.append(review.Flag(reason="copy", field="", value=barcode, template=ZEROS_OF_SEVERAL,
                                     params={"barcode": barcode, "known": ", ".join(found)}, row=row))
        return barcode

    def _holder(self, barcode: str) -> Ref | None:
        """The record of the copy ``barcode`` (None: a copy this import wrote already, its record not kept)."""
        held = self.cat.barcodes[barcode]
        if self.deferred is not None and barcode in self.deferred:
            return self.deferred[barcode][0]
        if isinstance(held, int):
            return self.lib.db.execute_sql("SELECT record_id FROM item WHERE id = ?", [held]).fetchone()[0]
        return None

    def _title_of(self, record: Ref) -> str:
        if isinstance(record, New):
            if record.id is None:
                return str(record.fields.get("title", ""))
            record = record.id
        found = self.lib.db.execute_sql("SELECT title FROM record WHERE id = ?", [record]).fetchone()
        return found[0] if found else ""

    def _fill(self, barcode: str, fields: dict[str, Any], type_id: int | None, flags: list[review.Flag]) -> None:
        """A copy the biblio file of this import listed (held back, not yet written) gets the item
        file's details: what an update of the just-inserted copy would set, written with its insert."""
        assert self.deferred is not None
        ref, new = held_copy(barcode, self.deferred.pop(barcode))
        note_written(fields, new.fields.get("condition_note"))
        fillable = _FILLABLE
        new.fields.update({name: value for name, value in fields.items() if name in fillable})  # (no empties here)
        if type_id is not None:
            new.fields["collection_type"] = type_id
        self.new_items.append((ref, new))
        self.result.items_detailed += 1
        for flag in flags:
            self.flags.append((flag, ref, new))
