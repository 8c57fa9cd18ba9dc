"""The import engine's writing part: what ``ImportSession`` planned of records and copies already here,
compared with them a batch at a time (only what changed is updated; what the librarian changed here stays),
then each chunk written -- the new records and copies, the changes, the flags of the review list.
``ImportSession`` is built on ``ChunkWriting``: the state is the session's (``ImportSession.__init__``)."""

from __future__ import annotations

from datetime import date
from typing import Any

from ..catalog import review
from ..catalog.isbn import cut_from
from ..store import write
from ..store.models import Item, Record, Subject
from . import changed_here, duplicate_flags, row_checks
from .import_copies import FORMAT_RESTORED
from .matching import WRITTEN, New, Ref, held_copy, ref_id, rows_by_id, unwritten
from .not_data import row_list
from .types import BadRow, note_written

RELEASE_CHUNK = 2000  # held copies written at a time when the item file did not list them


class ChunkWriting:
    """The rows ``ImportSession`` planned, compared with what is here and written a chunk at a time."""

    def _reset(self) -> None:
        self.new_records: list[New] = []
        self.record_updates: dict[int, dict[str, Any]] = {}
        self.new_items: list[tuple[Ref, New]] = []
        self.item_updates: dict[int, dict[str, Any]] = {}
        self.pending_records: list[tuple[int, dict[str, Any], set[str], int, list[review.Flag]]] = []
        # (copy, the file's fields, collection type, row, the title to tell it by (``_another_books``), flags)
        self.pending_items: list[tuple[int, dict[str, Any], int | None, int, tuple[str, int, str, int] | None,
                                       list[review.Flag]]] = []
        # flags of copies still held back stay until their copy is written
        self.flags = [entry for entry in self.flags if unwritten(entry[2])]

    def _compare_records(self) -> None:
        if not self.pending_records:
            return
        ids = list({rid for rid, *_ in self.pending_records})
        columns = [f.column_name for f in Record._meta.sorted_fields if f.name != "cover"]
        rows = {row["id"]: row for row in rows_by_id(self.lib, "record", columns, ids)}
        for rid, rec, flagged, row, flags in self.pending_records:
            changes = row_checks.record_changes(rows[rid], rec, flagged)
            if flags:  # (an ISBN a spreadsheet cut, of a record holding it whole: nothing to type again)
                flags = [f for f in flags if not (f.field == "isbn" and cut_from(f.value, rows[rid]["isbn"]))]
            flags = [*flags, *changed_here.keep_changed_here(rows[rid], changes, row, self.result, self.imports)]
            if changes:
                self.record_updates.setdefault(rid, {}).update(changes)
                self.result.records_update += 1
            else:
                self.result.records_skip += 1
            for flag in flags:  # (a flag the list already has is not written twice: review.add)
                self.flags.append((flag, rid, None))
        self.pending_records.clear()

    def _compare_items(self) -> None:
        if not self.pending_items:
            return
        ids = list({iid for iid, *_ in self.pending_items})
        columns = [f.column_name for f in Item._meta.sorted_fields]
        rows = {}
        for row in rows_by_id(self.lib, "item", columns, ids):
            row["collection_type"] = row.pop("collection_type_id", None)
            rows[row["id"]] = row
        others = self._another_books()
        for n, (iid, fields, type_id, row, _, flags) in enumerate(self.pending_items):
            if n in others:
                continue  # (left out: the copy here is another book's)
            note_written(fields, rows[iid]["condition_note"])  # (the file's note, else the copy's own)
            incoming = {k: (v.isoformat() if isinstance(v, date) else v) for k, v in fields.items()}
            changes = row_checks.item_changes(rows[iid], incoming, type_id)
            flags = [*flags, *changed_here.keep_changed_here(rows[iid], changes, row, self.result, self.imports)]
            if iid in self.relabelled:
                changes["barcode"] = self.relabelled.pop(iid)
            if changes:
                for k in list(changes):
                    if k in fields and isinstance(fields[k], date):
                        changes[k] = fields[k]
                self.item_updates.setdefault(iid, {}).update(changes)
                self.result.items_update += 1
            else:
                self.result.items_skip += 1
            for flag in flags:
                self.flags.append((flag, rows[iid]["record_id"], iid))
        self.pending_items.clear()

    def _another_books(self) -> set[int]:
        """The places in ``pending_items`` of copies here that are another book's than their row's, each left out
        and said (``changed_here.another_books``)."""
        asked = [(n, (iid, *check)) for n, (iid, _, _, _, check, _) in enumerate(self.pending_items)
                 if check is not None]
        if not asked:
            return set()
        found = changed_here.another_books(self.lib, [check for _, check in asked], self.result)
        return {asked[k][0] for k in found}

    def write_chunk(self) -> None:
        lib = self.lib
        self._compare_records()
        self._compare_items()
        if self.new_records:
            rows = []
            for new in self.new_records:
                row = new.fields  # (the row itself: a new record's fields are dropped once written)
                for name in ("authors", "subjects"):
                    if name in row and not isinstance(row[name], str):
                        row[name] = row_checks.to_json(row[name])
                rows.append(row)
            before = lib.db.execute_sql("SELECT coalesce(max(id), 0) FROM record").fetchone()[0]
            write.insert_many(lib, Record, rows)
            for n, new in enumerate(self.new_records, start=1):
                new.id = before + n  # INTEGER PRIMARY KEY: max(id) + 1, in insert order
                new.fields = WRITTEN
        write.update_many(lib, Record, self.record_updates)
        review.settle_rewritten(lib, self.by, self.record_updates)  # (its file corrected: what was flagged is gone)
        if self.new_items:
            rows = []
            for ref, new in self.new_items:
                row = new.fields  # (as above)
                row["record"] = ref_id(ref)
                # a file that does not say where a copy came from (MARC without 876 $e, a sheet without an
                # Asal column, SLiMS's 0): "other", the same for every format -- never a purchase the impact
                # sheet would tell the village it paid for
                row["source"] = row.get("source") or "other"
                rows.append(row)
            before = lib.db.execute_sql("SELECT coalesce(max(id), 0) FROM item").fetchone()[0]
            write.insert_many(lib, Item, rows)
            for n, (_, new) in enumerate(self.new_items, start=1):
                new.id = before + n
                new.fields = WRITTEN
        write.update_many(lib, Item, self.item_updates)
        review.settle_rewritten(lib, self.by, self.item_updates, of_copies=True)
        if self.flags:
            out = []
            for flag, record_ref, item_ref in self.flags:
                if unwritten(item_ref):
                    continue  # its copy is held back: written with it (see _reset)
                flag.record = ref_id(record_ref)
                flag.item = ref_id(item_ref)
                out.append(flag)
            duplicate_flags.name_others(lib, out)
            written = review.add(lib, out, self.result.origin)
            self.result.flags += len(written)
            self.result.flagged_rows += len({flag.row for flag in written})
        if self.covers:  # every record is written by now: its id is known
            self.result.cover_files.extend((ref_id(ref), name) for ref, name in self.covers)
            self.covers.clear()
        self._reset()

    def spill(self) -> None:
        """After a chunk is written (its records have ids): what the import keeps of every copy (its barcode, its first
        row, the copy held back) goes to disk beyond ``spill.LIMIT`` entries a map, and what it keeps of every record
        (its keys, first row, ISBN, title words...) beyond ``spill.RECORD_LIMIT`` (``interop.spill``)."""
        for index in (self.cat.barcodes, self.deferred, self.cat.kinds, *self.file_maps()):
            if index is not None:
                index.spill()
        if self.near_twins is not None:
            self.near_twins.spill()

    def release(self) -> None:
        """Every copy still held back is written as it is (the item file did not list it), a chunk at a time."""
        if self.deferred is None:
            return
        for barcode, entry in self.deferred.items():
            self.new_items.append(held_copy(barcode, entry))
            if len(self.new_items) >= RELEASE_CHUNK:
                self.write_chunk()
        self.deferred.clear()

    def finish(self) -> None:
        self.write_chunk()
        self.lent_there.say(self.result)
        if self.format_restored:
            self.result.notices.append(BadRow(0, FORMAT_RESTORED, {"rows": row_list(self.format_restored)}))
        if self.new_subjects:
            write.insert_many(self.lib, Subject, [{"term": term} for term in self.new_subjects.values()])
