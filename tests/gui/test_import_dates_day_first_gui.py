"""In the app, as in pustaka-cli: the check before a loans import names a left-out row's dates day first, and the
review list (*Perlu diperiksa*) shows a flag's day and a date suggestion day first; the correction typed that way
is taken."""

from __future__ import annotations

from datetime import date

import openpyxl

from pustaka_desktop.core.interop import importer
from pustaka_desktop.core.store.models import Item
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages import transfer as transfer_module
from pustaka_desktop.gui.pages.transfer import TransferPage
from pustaka_desktop.gui.review_list import CORRECTION, WHY, ReviewDialog
from tests.core.test_import_dates_day_first import BUKU_INDUK


def test_the_loans_check_says_a_left_out_rows_dates_day_first(qtbot, lib, librarian, tmp_path, monkeypatch):
    book = openpyxl.Workbook()
    for row in (["No", "Tgl Pinjam", "Nama Peminjam", "Judul Buku", "Tgl Kembali", "Tgl Dikembalikan"],
                [1, "20-01-2026", "Rina Wati", "Si Kancil", "27-01-2026", "12-01-2026"]):  # back before it was lent
        book.active.append(row)
    path = tmp_path / "buku peminjaman.xlsx"
    book.save(path)
    asked: list[str] = []
    monkeypatch.setattr(transfer_module, "confirm", lambda parent, title, text: asked.append(text) and False)
    monkeypatch.setattr(transfer_module, "info", lambda parent, title, text: asked.append(text))
    page = TransferPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.import_loans(str(path))
    qtbot.waitUntil(lambda: bool(asked), timeout=20000)
    assert "The loan of 20-01-2026 was returned on 12-01-2026" in asked[0], asked[0]


def test_the_review_list_shows_days_day_first_and_takes_them_so(qtbot, lib, librarian, tmp_path):
    path = tmp_path / "buku induk.csv"
    path.write_text(BUKU_INDUK, encoding="utf-8")
    importer.import_file(lib, librarian, "csv", path)
    dialog = ReviewDialog(AppContext(lib, librarian))
    qtbot.addWidget(dialog)
    dialog.show()
    rows = {entry.value: r for r, entry in enumerate(dialog.entries)}
    assert "01-03-2019 was taken" in dialog.table.item(rows["Maret 2019"], WHY).text()
    unread = rows["Mar-15"]
    assert dialog.table.item(unread, CORRECTION).text() == "01-03-2015"
    item_id = dialog.entries[unread].item_id
    dialog.table.item(unread, CORRECTION).setText("12-03-2015")  # the day the librarian finds in the book
    dialog.fix_typed(unread)
    assert Item.get_by_id(item_id).received_on == date(2015, 3, 12)
