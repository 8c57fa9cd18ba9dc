"""What a volunteer met walking a whole SLiMS move-in in the window (the walk-through's "larger problems"):
the import's check page, the review list, the catalogue page at 1366×768."""

from __future__ import annotations

from pustaka_desktop.core.interop.types import ImportPlan
from pustaka_desktop.gui.import_wizard import describe


def test_the_item_files_part_says_first_that_its_copies_got_their_details(qapp):
    """SLiMS's item export beside its biblio export: every copy the biblio file listed gets its details, none is
    "added". "Copies: 0 to add" under "6392 of 6401 copies came in" read as a contradiction."""
    items = ImportPlan(format="slims-item", path="senayan_item_export.csv", rows=6401, items_detailed=6392)
    lines = describe(items).splitlines()
    assert lines[:2] == ["6392 of 6392 copies came in.",
                         "Copies the records file listed, with their details from this file: 6392."]
    assert not any(line.startswith("Copies: ") or "to add" in line for line in lines)
    items.items_add = 2  # two copies only this file has (their records came in before)
    assert describe(items).splitlines()[2] == "Other copies in this file: 2 to add, 0 to update, 0 already the same."
