"""The programmes page: sessions, attendance by card scan and by ticking, partners, stories."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from pustaka_desktop.core.community import members, programs
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages.programs import ProgramsPage


def test_attendance_by_scan_and_tick(qtbot, lib, librarian, volunteer):
    members.register(lib, librarian, name="Sari Dewi", gender="F", member_type="Umum", number="UJI-7")
    sewing = programs.create_program(lib, librarian, name="Menjahit", kind="skills", skill="Menjahit")
    session = programs.add_session(lib, librarian, sewing, starts_at=datetime(2026, 3, 2, 10, 0), place="Balai")
    guest = programs.enrol_guest(lib, volunteer, sewing, name="Ani", gender="F", age_band="36-59")
    page = ProgramsPage(AppContext(lib, volunteer))
    qtbot.addWidget(page)
    assert not page.new_button.isVisibleTo(page) and not page.save_button.isVisibleTo(page)
    assert page.session_table.rowCount() == 1 and page.people.count() == 1
    QTest.keyClicks(page.scan, "UJI-7")
    QTest.keyClick(page.scan, Qt.Key.Key_Return)
    assert "Sari Dewi" in page.feedback.text()
    assert programs.attendance_of(lib, session) == {p.id for p in programs.participants_of(lib, sewing)
                                                    if p.member_id}
    page.people.item(0).setCheckState(Qt.CheckState.Checked)  # the guest, ticked present
    assert guest.id in programs.attendance_of(lib, session)
    assert page.session_table.item(0, 4).text() == "2"
    QTest.keyClicks(page.scan, "NOBODY")
    QTest.keyClick(page.scan, Qt.Key.Key_Return)
    assert "NOBODY" in page.feedback.text()


def test_librarian_edits_details_and_partners(qtbot, lib, librarian):
    program = programs.create_program(lib, librarian, name="Klub Buku", kind="book_club")
    partner = programs.add_partner(lib, librarian, name="SDN 1 Uji", kind="school", mou_date="2026-01-05")
    page = ProgramsPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.outcomes.setPlainText("Remaja menulis resensi.")
    QTest.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert programs.get_program(lib, program.uid).outcomes == "Remaja menulis resensi."
    page.partner_pick.setCurrentIndex(page.partner_pick.findData(partner.uid))
    QTest.mouseClick(page.link_button, Qt.MouseButton.LeftButton)
    assert page.partner_list.count() == 1 and "SDN 1 Uji" in page.partner_list.item(0).text()
