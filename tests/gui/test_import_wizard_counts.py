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
