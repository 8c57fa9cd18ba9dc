"""A rained-off session on the Kegiatan page: still in the list, saying it was cancelled and why, and
nobody can be ticked present at it."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import Qt

from pustaka_desktop.core.community import programs
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages.programs import PRESENT_COLUMN, TOPIC_COLUMN, ProgramsPage

WIB = timezone(timedelta(hours=7))


def test_a_cancelled_session_stays_listed_as_cancelled_with_its_reason(qtbot, lib, librarian):
    club = programs.create_program(lib, librarian, name="Kelas Digital Selasa", kind="digital")
    held = programs.add_session(lib, librarian, club, starts_at=datetime(2026, 2, 17, 15, 0, tzinfo=WIB), topic="Surel")
    flooded = programs.add_session(lib, librarian, club, starts_at=datetime(2026, 2, 24, 15, 0, tzinfo=WIB),
                                   topic="WhatsApp")
    guest = programs.enrol_guest(lib, librarian, club, name="Bu Siti", gender="F", age_band="36-59")
    programs.mark_attendance(lib, librarian, held, guest)
    programs.cancel_session(lib, librarian, flooded, reason="banjir")

    page = ProgramsPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    assert page.session_table.rowCount() == 2
    assert page.session_table.item(1, TOPIC_COLUMN).text() == "CANCELLED: banjir · WhatsApp"
    assert page.session_table.item(1, PRESENT_COLUMN).text() == "-"
    assert page.current_session().uid == held.uid  # the door's session is the one that took place

    page.session_table.selectRow(1)
    assert page.people.count() == 1
    assert not page.people.item(0).flags() & Qt.ItemFlag.ItemIsEnabled  # nobody attends a cancelled session
