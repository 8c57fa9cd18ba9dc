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
    assert lines[:2] == ["6.392 of 6.392 copies came in.",  # (counts as the app writes them: 6.392)
                         "Copies the records file listed, with their details from this file: 6.392."]
    assert not any(line.startswith("Copies: ") or "to add" in line for line in lines)
    items.items_add = 2  # two copies only this file has (their records came in before)
    assert describe(items).splitlines()[2] == "Other copies in this file: 2 added, 0 updated, 0 already the same."
    items.dry_run = True  # (the check before the import says what it will do)
    assert describe(items).splitlines()[2] == "Other copies in this file: 2 to add, 0 to update, 0 already the same."


def test_use_all_suggestions_says_how_many_it_used_and_a_screen_reader_hears_it(qtbot, lib, librarian, tmp_path,
                                                                               monkeypatch):
    from pustaka_desktop.core.catalog import review
    from pustaka_desktop.core.interop import importer
    from pustaka_desktop.gui import review_list
    from pustaka_desktop.gui.context import AppContext
    from pustaka_desktop.gui.review_list import ReviewDialog
    from pustaka_desktop.gui.widgets.a11y import ANNOUNCEMENTS
    from tests.core.test_interop_slims_backup import BIBLIO, write_dump

    typed = {1: "20l5", 2: "2O15", 7: "20xx5"}  # two years with a suggestion, one without
    biblio = [dict(b, publish_year=typed.get(b["biblio_id"], b["publish_year"])) for b in BIBLIO]
    importer.import_slims_backup(lib, librarian, write_dump(tmp_path / "backup.sql", biblio=biblio))
    # (an ISBN's recomputed check digit is left for one by one when all kinds are shown)
    with_suggestion = sum(1 for entry in review.open_flags(lib) if entry.suggestion and entry.reason != "isbn")
    assert with_suggestion >= 2
    heard: list[tuple[str, bool]] = []
    ANNOUNCEMENTS.announced.connect(lambda text, assertive: heard.append((text, assertive)))
    try:
        dialog = ReviewDialog(AppContext(lib, librarian))
        qtbot.addWidget(dialog)
        dialog.show()
        monkeypatch.setattr(review_list, "confirm", lambda *_args: True)  # (it asks first, saying how many)
        dialog.all_button.click()
        qtbot.waitUntil(lambda: "suggested corrections used" in dialog.status.text(), timeout=5000)
    finally:
        ANNOUNCEMENTS.announced.disconnect()
    left = review.open_count(lib)
    said = f"{with_suggestion} suggested corrections used; {left} fields are left to check."
    assert left >= 1 and dialog.status.text() == said
    assert (said, False) in heard


ARABIC_TITLE = "Riyāḍ aṣ-Ṣāliḥīn = رياض الصالحين"


def _moved_in_page(qtbot, lib, librarian):
    """The Catalogue page as wide as it is in the window on a 1366×768 screen, on a record SLiMS's copies
    wrote with a segmented call number."""
    from pustaka_desktop.core.catalog import records as catalog
    from pustaka_desktop.core.catalog.copies import add_item
    from pustaka_desktop.gui.context import AppContext
    from pustaka_desktop.gui.pages.catalog import CatalogPage

    record = catalog.add_record(lib, librarian, title=ARABIC_TITLE, authors="An-Nawawi, Yahya ibn Syaraf",
                                ddc="899.2213").record
    add_item(lib, librarian, record, call_number="899.221 3 NAW r", location="Rak B", accession_no="6120/P/2010")
    page = CatalogPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.resize(1120, 690)  # (the sidebar takes the rest of 1366)
    page.show()
    page.run_search()
    qtbot.waitUntil(lambda: page.model.total == 1, timeout=3000)
    page.results.selectRow(0)
    qtbot.waitUntil(lambda: page.copies_model.rowCount() == 1, timeout=3000)
    return page


def test_at_1366_the_call_number_and_the_copys_status_are_read_whole(qtbot, lib, librarian):
    page = _moved_in_page(qtbot, lib, librarian)
    results, copies = page.results, page.copies
    call = results.fontMetrics().horizontalAdvance("899.221 3 NAW r")
    assert results.columnWidth(3) >= results.horizontalHeader().sectionSizeHint(3)  # "Call number" not cut
    assert results.columnWidth(3) >= call + 6  # (and the margins of its cell)
    assert not copies.wordWrap()  # the call number on one line
    header = copies.horizontalHeader()
    status = page.copies_model.headerData(2, header.orientation())
    assert status == "Status" and copies.columnWidth(1) >= call + 6
    assert header.sectionViewportPosition(2) + header.sectionSize(2) <= copies.viewport().width()  # in view


def test_a_title_ending_in_arabic_is_cut_at_the_arabics_end_not_its_middle(qtbot, lib, librarian):
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QStyleOptionViewItem

    from pustaka_desktop.gui.widgets.tables import PDI, RLI

    page = _moved_in_page(qtbot, lib, librarian)
    results = page.results
    option = QStyleOptionViewItem()
    option.initFrom(results.viewport())
    option.widget = results
    index = page.model.index(0, 0)
    # the title column narrower than the title (as beside a long author or on a smaller screen)
    option.rect = QRect(0, 0, results.fontMetrics().horizontalAdvance(ARABIC_TITLE) * 3 // 4, 30)
    results.itemDelegateForColumn(0).initStyleOption(option, index)
    latin, arabic = ARABIC_TITLE.split("= ")
    assert option.text.startswith(f"{latin}= {RLI}") and option.text.endswith(f"…{PDI}")
    kept = option.text[len(latin) + 3:-2]
    assert kept and arabic.startswith(kept) and kept != arabic  # its first words, in their order
    assert results.fontMetrics().horizontalAdvance(option.text) < option.rect.width()
