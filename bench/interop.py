"""Import/export benchmarks on the stress library: export its 100,000 records (with 200,000 copies in
852 holdings) as MARC 21, import that file into a fresh, empty library, then import it again (which
must add nothing). CPU seconds are noted beside the wall-clock time: on a busy machine the gap is
time spent waiting for a processor."""

from __future__ import annotations

import time

from . import BenchContext, Row


def _timed(fn):
    wall, cpu = time.perf_counter(), time.process_time()
    result = fn()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def rows(ctx: BenchContext) -> list[Row]:
    from pustaka_desktop.core import auth, profile
    from pustaka_desktop.core.interop import importer, marc_writer
    from pustaka_desktop.core.service import Library
    from pustaka_desktop.core.store.models import Item, Record

    source = Library.open(ctx.copy_db("interop-source"))
    by = auth.Staff(username="bench", role=auth.LIBRARIAN, active=True)
    records = Record.select().where(Record.deleted == False).count()  # noqa: E712
    path = ctx.scratch / "stress.mrc"
    exported, export_s, export_cpu = _timed(lambda: marc_writer.export_marc(source, by, path))
    source.close()

    target = Library.open(ctx.scratch / "interop-target.sqlite3")
    profile.init_library(target, name="Bench", code="BEN", librarian="bench", password="bench123")
    result, import_s, import_cpu = _timed(lambda: importer.import_file(target, by, "marc", path))
    copies = Item.select().count()
    imported = Record.select().count()
    indexed = target.db.execute_sql("SELECT count(*) FROM record_fts").fetchone()[0]
    again, again_s, again_cpu = _timed(lambda: importer.import_file(target, by, "marc", path))
    target.close()
    size_mb = path.stat().st_size / 1e6
    return [
        Row(f"export {exported:,} records to MARC", export_s, "s", 30.0,
            note=f"{size_mb:.0f} MB, {records:,} records in the library; CPU {export_cpu:.1f} s"),
        Row(f"import {imported:,} MARC records", import_s, "s", 60.0,
            note=f"{copies:,} copies from 852, {indexed:,} in the search index, {len(result.bad)} bad rows; "
                 f"CPU {import_cpu:.1f} s"),
        Row("re-import the same MARC file", again_s, "s", None,
            note=f"adds {again.records_add + again.items_add}, changes {again.records_update + again.items_update}; "
                 f"CPU {again_cpu:.1f} s"),
    ]
