"""The visitor book page driven like at the entrance: card scans, big buttons, groups, corrections."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QPushButton

from pustaka_desktop import i18n
from pustaka_desktop.core.community import members, visits
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Item, Record, Visit
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages import visitor_book as module
from pustaka_desktop.gui.pages.visitor_book import VisitorBookPage


@pytest.fixture(autouse=True)
def indonesian():
    i18n.install("id")  # the default language at the entrance
    yield
    i18n.install("en")

def scan(page, code):
    page.scan_box.setFocus()
    QTest.keyClicks(page.scan_box, code)
    QTest.keyClick(page.scan_box, Qt.Key.Key_Return)


def tap(page, text):
    step = page.steps.currentWidget()
    button = next(b for b in step.findChildren(QPushButton) if b.text() == text)
    QTest.mouseClick(button, Qt.MouseButton.LeftButton)


def test_card_scans_and_guest_buttons(qtbot, lib, librarian, volunteer):
    members.register(lib, librarian, name="Sari Dewi", gender="F", member_type="Umum", number="UJI-7")
    page = VisitorBookPage(AppContext(lib, volunteer))
    qtbot.addWidget(page)
    page.show()
    scan(page, "UJI-7")
    assert "Sari Dewi" in page.message.text() and page.sounds.played == ["ok"]
    scan(page, "UJI-7")  # the same member again today: welcomed, not counted twice
    scan(page, "NOBODY")
    assert page.sounds.played == ["ok", "ok", "refused"]
    assert visits.today_count(lib) == 1

    QTest.mouseClick(page.guest_button, Qt.MouseButton.LeftButton)
    for text in ("Perempuan", "13-18 tahun", "Pelajar", "Di desa ini", "Belajar"):
        tap(page, text)
    assert page.steps.currentIndex() == 0
    guest = Visit.select().where(Visit.member.is_null()).get()
    assert (guest.gender, guest.age_band, guest.occupation, guest.origin_place, guest.purpose) == \
        ("F", "13-18", "Pelajar", "village", "study")
    qtbot.waitUntil(lambda: page.count_label.text().endswith("2") and page.model.rowCount() == 2,
                    timeout=10_000)  # read in the background


def test_group_visit_and_reading_on_site(qtbot, lib, volunteer, monkeypatch):
    record = store.insert(lib, Record, title="Si Kancil")
    store.insert(lib, Item, record=record, barcode="UJI000009")
    page = VisitorBookPage(AppContext(lib, volunteer))
    qtbot.addWidget(page)
    assert not page.correct_button.isVisibleTo(page)  # volunteers do not correct

    def fill_group(dialog):
        dialog.name.setText("Kelas 4 SDN 1")
        dialog.spins["M"].setValue(10)
        dialog.spins["F"].setValue(12)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(module.GroupDialog, "exec", fill_group)
    QTest.mouseClick(page.group_button, Qt.MouseButton.LeftButton)
    assert visits.today_count(lib) == 22 and "22" in page.message.text()

    QTest.mouseClick(page.reading_button, Qt.MouseButton.LeftButton)
    scan(page, "UJI000009")
    assert "Si Kancil" in page.message.text() and visits.readings_on(lib) == 1
    assert visits.today_count(lib) == 22  # a book read is not a visitor


def test_librarian_corrects_and_removes(qtbot, lib, librarian, monkeypatch):
    visits.record_guest(lib, librarian, gender="M", age_band="60+", purpose="read")
    page = VisitorBookPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=10_000)  # read in the background
    page.table.selectRow(0)

    def fix(dialog):
        dialog.purpose.setCurrentIndex(visits.PURPOSES.index("internet"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(module.CorrectDialog, "exec", fix)
    QTest.mouseClick(page.correct_button, Qt.MouseButton.LeftButton)
    assert Visit.get().purpose == "internet"
    monkeypatch.setattr(module, "confirm", lambda *a: True)
    qtbot.waitUntil(lambda: page.loads_done >= 2, timeout=10_000)
    page.table.selectRow(0)
    QTest.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert visits.today_count(lib) == 0
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=10_000)
