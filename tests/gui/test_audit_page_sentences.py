"""The audit page's Details column reads as a sentence in the user's language, not as stored keys."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from pustaka_desktop import i18n
from pustaka_desktop.core import auth
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages.audit import AuditPage


@pytest.mark.parametrize(("language", "expected"), [
    ("id", "Denda Rp 2.500 dihapuskan, alasan: sampul sobek kecil."),
    ("en", "Fines of Rp 2,500 waived, reason: sampul sobek kecil."),
])
def test_the_details_column_tells_what_happened(qtbot, lib, librarian, language, expected):
    auth.audit(lib, librarian, "fines.waive", "member", "m-1", amount=2500, reason="sampul sobek kecil")
    try:
        i18n.install(language)
        page = AuditPage(AppContext(lib, librarian))
        qtbot.addWidget(page)
        page.show()
        qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=5000)
        titles = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
        column = titles.index("Rincian" if language == "id" else "Details")
        row = next(r for r, entry in enumerate(page.model.rows) if entry.action == "fines.waive")
        shown = page.model.data(page.model.index(row, column))
    finally:
        i18n.install("id")
    assert shown == expected
