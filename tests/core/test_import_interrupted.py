"""An interrupted import (a Cancel, Ctrl+C, the USB stick pulled out, a power cut) leaves the library exactly as
before, says so, and a second import then gives what an uninterrupted one gives (issue 12). What
tests/robustness (SIGKILLs of small imports) and test_interop_big_import (a cancel between chunks) cover is not
repeated here: the end of an import (its search index and indexes being built), a file that stops being readable
half way, Ctrl+C in pustaka-cli, and what the next start says after a power cut."""

from __future__ import annotations

import pytest

from pustaka_desktop.core.errors import Cancelled
from pustaka_desktop.core.interop import bulk, importer
from pustaka_desktop.core.store.models import AuditLog, ChangeLog, Item, Record, ReviewFlag
from tests.core.test_interop_slims_pair import biblio_text, items_text


def library_state(lib) -> dict:
    """What a librarian would find changed: records, copies, review flags, the search index, change log, audit, and
    the tables' indexes."""
    sql = lib.db.execute_sql
    return {
        "records": sorted(sql("SELECT uid, title, version FROM record").fetchall()),
        "copies": sorted(sql("SELECT uid, barcode, record_id, version FROM item").fetchall()),
        "flags": ReviewFlag.select().count(),
        "search index": sorted(sql("SELECT rowid, title FROM record_fts").fetchall()),
        "change log": ChangeLog.select().count(),
        "audit": AuditLog.select().count(),
        "schema": sql("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall(),
    }


@pytest.fixture
def slims_pair(tmp_path):
    biblio, items = tmp_path / "senayan_biblio_export.csv", tmp_path / "senayan_item_export.csv"
    biblio.write_text(biblio_text(), encoding="utf-8")
    items.write_text(items_text(), encoding="utf-8")
    return biblio, items


def _counts(plans) -> list[dict]:
    return [{k: v for k, v in plan.summary().items() if k != "dry_run"} for plan in plans]


@pytest.mark.parametrize("big", [False, True], ids=["small file", "big file: indexes rebuilt at the end"])
def test_cancel_pressed_while_the_import_builds_its_search_index_stops_it(lib, librarian, slims_pair, monkeypatch,
                                                                         big):
    """Cancel pressed when the bar says "Updating the search index" (seconds of a 50,000-record import on an old
    PC): the import stopped, nothing saved. It went on and saved everything, the Cancel ignored."""
    if big:
        monkeypatch.setattr(bulk, "_BIG_IMPORT", 1)
    expected = _counts(importer.import_slims(lib, librarian, *slims_pair, dry_run=True))
    before = library_state(lib)
    said: list[str] = []

    def cancel() -> bool:
        return "Updating the search index" in said  # pressed once the last step shows

    with pytest.raises(Cancelled):
        importer.import_slims(lib, librarian, *slims_pair, progress=lambda _f, message: said.append(message),
                              cancel=cancel)
    assert library_state(lib) == before
    # the second try goes in whole, as one that was never interrupted
    assert _counts(importer.import_slims(lib, librarian, *slims_pair)) == [
        {**counts, "applied": True} for counts in expected]
    assert Record.select().count() == 3 and Item.select().count() == 6
    assert lib.db.execute_sql("SELECT count(*) FROM record_fts WHERE record_fts MATCH 'laskar'").fetchone()[0] == 1
