"""Import/export benchmarks on the stress library: export its 100,000 records (with 200,000 copies in
852 holdings) as MARC 21, then import that file into a fresh, empty library."""

from __future__ import annotations

import time

from . import BenchContext, Row


def rows(ctx: BenchContext) -> list[Row]:
    from pustaka_desktop.core import auth, profile
    from pustaka_desktop.core.interop import importer, marc
    from pustaka_desktop.core.models import Item, Record
    from pustaka_desktop.core.service import Library

    source = Library.open(ctx.copy_db("interop-source"))
    by = auth.Staff(username="bench", role=auth.LIBRARIAN, active=True)
    records = Record.select().where(Record.deleted == False).count()  # noqa: E712
    path = ctx.scratch / "stress.mrc"
    started = time.perf_counter()
    exported = marc.export_marc(source, by, path)
    export_s = time.perf_counter() - started
    source.close()

    target = Library.open(ctx.scratch / "interop-target.sqlite3")
    profile.init_library(target, name="Bench", code="BEN", librarian="bench", password="bench123")
    started = time.perf_counter()
    result = importer.import_file(target, by, "marc", path)
    import_s = time.perf_counter() - started
    copies = Item.select().count()
    imported = Record.select().count()
    target.close()
    size_mb = path.stat().st_size / 1e6
    return [
        Row(f"export {exported:,} records to MARC", export_s, "s", 30.0,
            note=f"{size_mb:.0f} MB, {records:,} records in the library"),
        Row(f"import {imported:,} MARC records", import_s, "s", 60.0,
            note=f"{copies:,} copies from 852, {len(result.bad)} bad rows"),
    ]
