"""The import wizard's check and summary write counts as the CLI and the rest of the app do (2.000, 3.840): a
move-in of a 2,000-title INLISLite library read "2000 dari 2000 judul bisa masuk ... Eksemplar: 3840 ditambah"."""

from __future__ import annotations

from pustaka_desktop.core import formatting
from pustaka_desktop.core.interop.types import ImportPlan
from pustaka_desktop.gui.import_wizard import describe


def test_the_check_writes_thousands_as_the_reader_reads_them(qapp):
    plan = ImportPlan(format="inlislite", path="Laporan_Eksemplar.xlsx", dry_run=True)
    plan.records_skip, plan.items_add, plan.flags, plan.flagged_rows = 1920, 3840, 1200, 1100
    before = formatting._display_language[0]
    formatting.set_display_language("id")  # (numbers as Indonesian writes them; the words stay the source English)
    try:
        said = describe(plan)
    finally:
        formatting.set_display_language(before)
    assert "1.920 of 1.920 records can come in." in said
    assert "Records: 0 to add, 0 to update, 1.920 already the same." in said
    assert "Copies: 3.840 to add" in said and "1.200 in 1.100 rows" in said


def test_the_check_says_what_will_be_done_and_the_last_import_what_was(qapp):
    """The check before the import said "Cantuman: 6 ditambah" (added) over its Import button, and the transfer page's
    "Last import" said "Records: 6 to add" of an import done: each says its own, in both languages."""
    from pustaka_desktop import i18n

    plan = ImportPlan(format="xlsx", path="buku.xlsx", dry_run=True)
    plan.records_add, plan.items_add = 6, 6
    check = describe(plan)
    assert "Records: 6 to add, 0 to update, 0 already the same." in check and "Copies: 6 to add" in check
    assert "(Perlu diperiksa): none." in check  # ("0 in 0 rows" said nothing a volunteer could use)
    plan.dry_run = False
    done = describe(plan)
    assert "Records: 6 added, 0 updated, 0 already the same." in done and "Copies: 6 added" in done
    assert "to add" not in done
    try:
        i18n.install("id")
        check_id, done_id = describe(ImportPlan(format="xlsx", path="b.xlsx", dry_run=True, records_add=6)), \
            describe(ImportPlan(format="xlsx", path="b.xlsx", records_add=6))
    finally:
        i18n.install("en")
    assert "Cantuman: 6 akan ditambah" in check_id and "Cantuman: 6 ditambah" in done_id
