"""Results reach a screen reader: the desk, the visitor book and the kiosk announce what happened
(QAccessibleAnnouncementEvent), and labels are read by what they show."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from pustaka_desktop.core.store.models import Member
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.main_window import MainWindow
from pustaka_desktop.gui.pages import PAGES
from pustaka_desktop.gui.widgets.a11y import ANNOUNCEMENTS, plain

from .a11y_helpers import lendable

pytestmark = pytest.mark.tiny_demo  # (the tiny demo filled once per run and copied: tests/new_library.py)


@pytest.fixture
def heard(qtbot):
    said: list[tuple[str, bool]] = []
    ANNOUNCEMENTS.announced.connect(lambda text, assertive: said.append((text, assertive)))
    yield said
    ANNOUNCEMENTS.announced.disconnect()


@pytest.fixture
def window(qtbot, lib, librarian):
    win = MainWindow(AppContext(lib, librarian))
    qtbot.addWidget(win)
    win.show()
    return win


def _scan(qtbot, box, code: str) -> None:
    box.setText(code)
    qtbot.keyClick(box, Qt.Key.Key_Return)


def test_the_desk_announces_each_answer_and_refusals_interrupt(qtbot, window, heard, lib, librarian):
    desk = window.show_page("desk")
    member, item = lendable(lib, librarian)
    _scan(qtbot, desk.scan_box, member.number)
    _scan(qtbot, desk.scan_box, item.barcode)
    qtbot.waitUntil(lambda: desk.worker.pending == 0 and any(item.record.title in text for text, _ in heard),
                    timeout=10_000)
    loan = next((text, assertive) for text, assertive in heard if item.record.title in text)
    assert loan[0] == plain(desk.result.text()) and not loan[1]  # said politely, exactly as shown
    _scan(qtbot, desk.scan_box, "TIDAKADA-999")
    qtbot.waitUntil(lambda: desk.worker.pending == 0 and heard[-1][1], timeout=10_000)
    assert "TIDAKADA-999" in heard[-1][0]


def test_the_visitor_book_announces_a_member_signing_in(qtbot, window, heard):
    page = window.show_page("visitors")
    member = Member.select().where(Member.deleted == False).first()  # noqa: E712
    _scan(qtbot, page.scan_box, member.number)
    qtbot.waitUntil(lambda: any(member.name in text for text, _ in heard), timeout=5000)
    _scan(qtbot, page.scan_box, "BUKAN-KARTU")
    qtbot.waitUntil(lambda: heard[-1][1], timeout=5000)  # a refusal is said at once


def test_the_kiosk_announces_how_many_books_were_found(qtbot, lib, heard):
    from pustaka_desktop.gui.kiosk import KioskWindow

    kiosk = KioskWindow(lib)
    qtbot.addWidget(kiosk)
    kiosk.show()
    kiosk.query.setText("desa")
    kiosk.run_search()
    qtbot.waitUntil(lambda: any(text == plain(kiosk.count.text()) for text, _ in heard), timeout=5000)
    assert any(ch.isdigit() for ch in kiosk.count.text())


@pytest.mark.parametrize("key", [spec.key for spec in PAGES if not spec.district_only])
def test_labels_are_read_by_what_they_show(window, key):
    page = window.show_page(key)
    wrong = [f"{label.accessibleName()!r} instead of {plain(label.text())[:40]!r}"
             for label in page.findChildren(QLabel)
             if label.accessibleName() and plain(label.text()) and label.accessibleName() != plain(label.text())]
    assert not wrong, f"labels on page {key} whose spoken name replaces their text:\n  " + "\n  ".join(wrong)

