"""Import & Export → Import visitor book and activities: the check says what comes in and what is odd, a Yes
brings it in, the same workbook again adds nothing."""

from __future__ import annotations

from datetime import datetime

import openpyxl

from pustaka_desktop.core.store.models import Member, ProgramSession, Visit
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages import transfer as transfer_module
from pustaka_desktop.gui.pages.transfer import TransferPage


def test_the_visitor_book_button_brings_the_months_before_the_move(qtbot, lib, librarian, tmp_path, monkeypatch):
    book = openpyxl.Workbook()
    book.active.title = "Buku Tamu"
    for row in (["No", "Tanggal", "Nama", "Alamat/Asal", "L/P", "Umur", "Keperluan"],
                [1, datetime(2026, 1, 5), "Siti", "Uji", "P", 30, "Membaca"],
                [2, None, "Budi", "Uji", "L", "sepuluh", "Tugas"],
                [3, "31/02/2026", "Salah", "Uji", "L", 20, "Membaca"]):
        book.active.append(row)
    activities = book.create_sheet("Kegiatan")
    for row in (["Tanggal", "Nama Kegiatan", "Jumlah Peserta", "Mitra"],
                [datetime(2026, 2, 7), "Mendongeng", 15, "PKK"]):
        activities.append(row)
    path = tmp_path / "buku tamu 2026.xlsx"
    book.save(path)
    asked: list[str] = []
    monkeypatch.setattr(transfer_module, "confirm", lambda parent, title, text: asked.append(text) or True)
    monkeypatch.setattr(transfer_module, "info", lambda parent, title, text: asked.append(text))
    page = TransferPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    assert page.visits_import_button.isEnabled()

    page.import_visits(str(path))
    qtbot.waitUntil(lambda: "added" in page.last_history_import.text(), timeout=20000)
    assert "2 line(s) of the visitor book (2 people) and 1 session(s) of 1 new activity(ies)" in asked[0]
    assert "31/02/2026" in asked[0] and "\"sepuluh\" read as 10" in asked[0]
    assert Visit.select().count() == 2 and ProgramSession.select().count() == 1 and Member.select().count() == 0
    page.import_visits(str(path))
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=20000)
    assert "0 line(s) of the visitor book" in asked[1] and Visit.select().count() == 2
