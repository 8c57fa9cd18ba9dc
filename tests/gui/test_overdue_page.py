"""The overdue page: the list, the reminder copied with one click, letters as PDF."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog

from pustaka_desktop.core.circulation import loans as circulation
from pustaka_desktop.core.community import members
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import CollectionType, Item, Record
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages.overdue import OverduePage


def lend_late(lib, clock, librarian):
    ctype = CollectionType.get(CollectionType.name == "Sirkulasi")
    member = members.register(lib, librarian, name="Joko Widodo", member_type="Umum", phone="081298765432")
    record = store.insert(lib, Record, title="Bumi Manusia")
    store.insert(lib, Item, record=record, barcode="UJI0000000777", collection_type=ctype)
    circulation.checkout(lib, librarian, member, "UJI0000000777")
    clock.advance(days=20)  # Umum: 14 days, so 6 days late
    return member


def test_reminder_copied_to_clipboard(qtbot, lib, clock, librarian, volunteer):
    member = lend_late(lib, clock, librarian)
    page = OverduePage(AppContext(lib, volunteer))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(page.isActiveWindow)
    qtbot.waitUntil(lambda: page.loads_done >= 1, timeout=10_000)  # worked out in the background
    assert page.model.rowCount() == 1
    assert page.model.index(0, 0).data() == member.name
    assert page.model.index(0, 4).data() == "6"
    assert page.books.item(0, 0).text() == "Bumi Manusia"
    QGuiApplication.clipboard().clear()
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    copied = QGuiApplication.clipboard().text()
    assert "Joko Widodo" in copied and "Bumi Manusia" in copied and "terlambat 6 hari" in copied
    assert "+6281298765432" in page.copied.text()


def test_letters_pdf(qtbot, lib, clock, librarian, tmp_path, monkeypatch):
    lend_late(lib, clock, librarian)
    page = OverduePage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loads_done >= 1, timeout=10_000)
    target = tmp_path / "surat.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: (str(target), "")))
    page.print_letters(None)
    qtbot.waitUntil(lambda: "1" in page.copied.text(), timeout=20_000)
    assert target.read_bytes().startswith(b"%PDF")


def test_nobody_overdue(qtbot, lib, volunteer):
    page = OverduePage(AppContext(lib, volunteer))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.loads_done >= 1, timeout=10_000)
    assert page.model.rowCount() == 0
    assert "Tidak ada" in page.message.toPlainText() or "Nobody" in page.message.toPlainText()
    assert not page.copy_button.isEnabled() and not page.letters_button.isEnabled()


def test_whatsapp_link_qr_code_and_who_was_reminded_when(qtbot, lib, clock, librarian, volunteer, monkeypatch):
    from urllib.parse import parse_qs, urlparse

    import zxingcpp
    from PySide6.QtGui import QImage

    from pustaka_desktop.core.circulation import reminders
    from pustaka_desktop.gui.widgets import reminder_panel

    member = lend_late(lib, clock, librarian)  # phone 081298765432
    page = OverduePage(AppContext(lib, volunteer))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.loads_done >= 1, timeout=10_000)
    panel = page.panel
    assert "+6281298765432" in panel.phone.text()
    link = panel.reminder.link
    assert link.startswith("https://wa.me/6281298765432?text=")
    assert "Bumi Manusia" in parse_qs(urlparse(link).query)["text"][0]
    # The QR code on screen is the same link (read back by an independent decoder)
    import io

    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    qtbot.waitUntil(lambda: panel.qr_shown >= 1, timeout=10_000)  # drawn in the background
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    panel.qr.pixmap().toImage().convertToFormat(QImage.Format.Format_RGB32).save(buffer, "PNG")
    found = zxingcpp.read_barcodes(Image.open(io.BytesIO(bytes(buffer.data()))))
    assert [code.text for code in found] == [link]

    opened = []
    monkeypatch.setattr(reminder_panel.QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url)))
    assert "Belum" in panel.last.text() or "Not" in panel.last.text()
    panel.open_button.click()
    assert opened and opened[0].toString().startswith("https://wa.me/62")
    sent = reminders.history(lib, member.number)
    assert [(s.kind, s.channel, s.staff) for s in sent] == [("overdue", "whatsapp", "relawan")]
    assert sent[0].about[0]["title"] == "Bumi Manusia"
    assert page.model.index(0, 6).data()  # the list shows when


def test_phone_numbers_normalised_to_plus_62():
    from pustaka_desktop.core.circulation import reminders

    for written in ("0812-3456-7890", "62 812 3456 7890", "+62 (812) 3456-7890", "0062812.3456.7890"):
        assert reminders.international_phone(written) == "+6281234567890"
    assert reminders.international_phone("") == ""
    assert reminders.international_phone("12345") == ""
    assert reminders.international_phone("+60 12 345 6789") == ""  # Malaysia: not guessed
    assert reminders.whatsapp_link("0812 3456", "x") == ""  # too short to be a phone
