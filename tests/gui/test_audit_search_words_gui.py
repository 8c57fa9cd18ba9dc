"""The audit page's search box finds an entry by the words its table shows, in Indonesian: a librarian reads
"Katalog diimpor" and types `diimpor`, presses Enter, and sees that entry (not "No entries for these filters")."""

from __future__ import annotations

from PySide6.QtCore import Qt

from pustaka_desktop import i18n
from pustaka_desktop.core import auth
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages.audit import AuditPage


def test_words_of_the_shown_sentences_find_their_entries(qtbot, lib, librarian):
    i18n.install("id")
    auth.audit(lib, librarian, "catalog.import", "", "", file="biblio_desa.csv", format="slims-biblio",
               records={"add": 120})
    auth.audit(lib, librarian, "circulation.undo", "", "", what="checkin", barcode="TBM0003")
    page = AuditPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.show()

    qtbot.keyClicks(page.search, "Diimpor")
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert page.total == 1
    assert page.model.data(page.model.index(0, 2)) == "Katalog diimpor"

    page.search.setText("pengembalian dibatalkan")
    page.show_filtered()
    assert page.total == 1 and "TBM0003" in page.model.data(page.model.index(0, 4))
