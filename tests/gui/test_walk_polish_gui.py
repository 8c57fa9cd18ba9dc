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


def test_use_all_suggestions_says_how_many_it_used_and_a_screen_reader_hears_it(qtbot, lib, librarian, tmp_path):
    from pustaka_desktop.core.catalog import review
    from pustaka_desktop.core.interop import importer
    from pustaka_desktop.gui.context import AppContext
    from pustaka_desktop.gui.review_list import ReviewDialog
    from pustaka_desktop.gui.widgets.a11y import ANNOUNCEMENTS
    from tests.core.test_interop_slims_backup import BIBLIO, write_dump

    typed = {1: "20l5", 2: "2O15", 7: "20xx5"}  # two years with a suggestion, one without
    biblio = [dict(b, publish_year=typed.get(b["biblio_id"], b["publish_year"])) for b in BIBLIO]
    importer.import_slims_backup(lib, librarian, write_dump(tmp_path / "backup.sql", biblio=biblio))
    with_suggestion = sum(1 for entry in review.open_flags(lib) if entry.suggestion)
    assert with_suggestion >= 2
    heard: list[tuple[str, bool]] = []
    ANNOUNCEMENTS.announced.connect(lambda text, assertive: heard.append((text, assertive)))
    try:
        dialog = ReviewDialog(AppContext(lib, librarian))
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.all_button.click()
    finally:
        ANNOUNCEMENTS.announced.disconnect()
    left = review.open_count(lib)
    said = f"{with_suggestion} suggested corrections used; {left} fields are left to check."
    assert left >= 1 and dialog.status.text() == said
    assert (said, False) in heard
