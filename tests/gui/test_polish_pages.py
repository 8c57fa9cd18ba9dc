"""The window's heading names the page (icon and name above every page): a page that opens with a big bold
title of its own reads its name twice ("Keterlambatan" over "Buku terlambat", "Pemesanan" over "Pemesanan")."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QLabel

from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.main_window import MainWindow
from pustaka_desktop.gui.pages import PAGES

VILLAGE_PAGES = [spec.key for spec in PAGES if not spec.district_only]
DISTRICT_PAGES = [spec.key for spec in PAGES if spec.district_only]


def own_titles(page) -> list[str]:
    """Big bold text in the page's top-left corner: a title. (Live figures there, "Pengunjung hari ini: 12" on
    the visitor book, are what the page is for, not its name: they carry a number.)"""
    base = QApplication.font().pointSizeF()
    found = []
    for label in page.findChildren(QLabel):
        corner = label.mapTo(page, QPoint(0, 0))
        font = label.font()
        if (label.isVisibleTo(page) and label.text().strip() and corner.x() < 40 and corner.y() < 40
                and font.bold() and font.pointSizeF() >= base + 3 and not re.search(r"\d", label.text())):
            found.append(label.text())
    return found


@pytest.fixture
def window(qtbot, lib, librarian):
    win = MainWindow(AppContext(lib, librarian))
    qtbot.addWidget(win)
    win.resize(1366, 728)
    win.show()
    return win


@pytest.mark.tiny_demo
@pytest.mark.parametrize("key", VILLAGE_PAGES)
def test_no_page_repeats_the_windows_heading(qtbot, window, key):
    page = window.show_page(key)
    qtbot.wait(20)
    assert not own_titles(page), f"page {key} has a title of its own under the window's heading: {own_titles(page)}"


def test_no_district_page_repeats_the_windows_heading(qtbot, tmp_path, clock):
    from pustaka_desktop.core import auth, profile
    from pustaka_desktop.core.service import Library

    district = Library.open(tmp_path / "district.sqlite3", clock)
    try:
        profile.init_library(district, name="Dinas Perpustakaan Kabupaten Uji", code="DKU", librarian="dinas",
                             password="rahasia1", kind="district")
        window = MainWindow(AppContext(district, auth.login(district, "dinas", "rahasia1")))
        qtbot.addWidget(window)
        window.resize(1366, 728)
        window.show()
        for key in DISTRICT_PAGES:
            page = window.show_page(key)
            qtbot.wait(20)
            assert not own_titles(page), f"page {key} has a title of its own: {own_titles(page)}"
        window.close()
    finally:
        district.close()


# --- The kiosk names the day a copy comes back with its weekday ----------------------------------------------------


def test_the_kiosk_says_on_which_weekday_the_first_copy_comes_back(qtbot, lib, librarian):
    """All copies out: "(yang pertama kembali Senin, 16 Maret 2026)": the patron plans the visit by the day."""
    from pustaka_desktop.core.catalog import records as catalog
    from pustaka_desktop.core.catalog.copies import add_item
    from pustaka_desktop.core.circulation import loans
    from pustaka_desktop.gui.kiosk import KioskWindow

    from ..core.circ_helpers import member

    record = catalog.add_record(lib, librarian, title="Sang Pemimpi", authors="Andrea Hirata", ddc="899.221").record
    copy = add_item(lib, librarian, record, location="Rak B")
    loans.checkout(lib, librarian, member(lib, librarian), copy.barcode)  # Monday 2 March: back Monday 16 March
    kiosk = KioskWindow(lib)
    qtbot.addWidget(kiosk)
    try:
        kiosk.show_record(record.id)
        text = kiosk.availability.text()
        assert re.search(r"(Monday|Senin), 16 (March|Maret) 2026", text), text
    finally:
        kiosk.unlocked = True  # the librarian's PIN: closing at the end asks nothing


# --- The Members page finds a class by its school and class, as the member-card selection does ---------------------


def _pupils(lib, librarian):
    """A class list as the school import keeps it: the school, and "Kelas: 4A" in the notes."""
    from pustaka_desktop.core.community import members

    def pupil(name, school, notes):
        return members.register(lib, librarian, name=name, member_type="Umum", institution=school, notes=notes,
                                allow_duplicate=True)

    pupil("Siti Aminah", "SD NEGERI 1 SUKAMAJU", "Kelas: 4A\nNISN 0123456789")
    pupil("Budi Santoso", "SD NEGERI 1 SUKAMAJU", "Kelas: 4A")
    pupil("Dewi Lestari", "SD NEGERI 1 SUKAMAJU", "Kelas: 5B")
    pupil("Rahmat Hidayat", "SD NEGERI 12 SUKAMAJU", "Kelas: 4A")
    pupil("Nur Aini", "SD NEGERI 1 SUKAMAJU", "Kelas: 4AB")


def _found(qtbot, page, text):
    from PySide6.QtCore import Qt

    page.search.clear()
    qtbot.keyClicks(page.search, text)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)
    return sorted(member.name for member in page.model.rows)


def test_a_librarian_finds_a_class_on_the_members_page(qtbot, lib, librarian):
    from pustaka_desktop.core.printing.selection import select_members
    from pustaka_desktop.gui.pages.members import MembersPage

    _pupils(lib, librarian)
    page = MembersPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.show()
    class_4a = ["Budi Santoso", "Siti Aminah"]
    assert _found(qtbot, page, "SD NEGERI 1 SUKAMAJU 4A") == class_4a  # not SD NEGERI 12's 4A, nor class 4AB
    assert _found(qtbot, page, "sd negeri 1 4a") == class_4a  # typed as it comes
    assert _found(qtbot, page, "Siti 4A") == ["Siti Aminah"]
    assert _found(qtbot, page, "SD NEGERI 12") == ["Rahmat Hidayat"]
    # the same words choose the same members for their cards (Print page)
    assert sorted(m.name for m in select_members(lib, "search:SD NEGERI 1 SUKAMAJU 4A")) == class_4a


def test_a_volunteer_still_looks_members_up_one_by_one(qtbot, lib, librarian, volunteer):
    """School and class are personal data a volunteer does not see: a volunteer's search does not list a class."""
    from pustaka_desktop.gui.pages.members import MembersPage

    _pupils(lib, librarian)
    page = MembersPage(AppContext(lib, volunteer))
    qtbot.addWidget(page)
    page.show()
    assert _found(qtbot, page, "SD NEGERI 1 SUKAMAJU 4A") == []
    assert _found(qtbot, page, "Siti") == ["Siti Aminah"]
