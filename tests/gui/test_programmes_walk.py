"""The Kegiatan page walked as a librarian does it: sessions planned weeks ahead, attendance taken at
the door by card scans and guest forms, sessions moved or cancelled."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

from PySide6.QtCore import QDateTime, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QLineEdit

from pustaka_desktop.core.community import members, programs
from pustaka_desktop.core.store.clock import to_local
from pustaka_desktop.core.store.models import AuditLog
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages.programs import ProgramsPage

WIB = timezone(timedelta(hours=7))


def _weekly_club(lib, librarian):
    """A book club with sessions every Monday 09:30, two weeks back to two weeks ahead (today is Mon 2 March)."""
    club = programs.create_program(lib, librarian, name="Klub Buku Senin", kind="book_club")
    first = datetime(2026, 2, 16, 9, 30, tzinfo=WIB)
    sessions = [programs.add_session(lib, librarian, club, starts_at=first + timedelta(weeks=k), place="Ruang baca")
                for k in range(5)]
    return club, sessions


def _scan(page, number):
    QTest.keyClicks(page.scan, number)
    QTest.keyClick(page.scan, Qt.Key.Key_Return)


def _add_guest(page, name, gender_index=0):
    """A guest entered the way a volunteer does: pick the gender, type the name, Enter."""
    page.guests.gender.setCurrentIndex(gender_index)
    QTest.keyClicks(page.guests.name, name)
    QTest.keyClick(page.guests.name, Qt.Key.Key_Return)


def test_scans_and_guests_go_to_todays_session_not_next_weeks(qtbot, lib, librarian, volunteer):
    members.register(lib, librarian, name="Sri Wahyuni", gender="F", member_type="Umum", number="SKM-0001")
    members.register(lib, librarian, name="Budi Santoso", gender="M", member_type="Umum", number="SKM-0002")
    club, sessions = _weekly_club(lib, librarian)
    today = sessions[2]  # Monday 2 March 09:30; the page opens at 09:00, people arrive early
    page = ProgramsPage(AppContext(lib, volunteer))
    qtbot.addWidget(page)

    assert page.current_session().uid == today.uid
    _scan(page, "SKM-0001")
    _add_guest(page, "Bu Marni")
    _scan(page, "SKM-0002")  # after the guest form, still today's session

    assert len(programs.attendance_of(lib, today)) == 3
    assert all(not programs.attendance_of(lib, s) for s in sessions if s.uid != today.uid)
    assert page.session_table.item(2, 4).text() == "3"


def test_a_session_chosen_by_hand_stays_chosen_while_entering_its_list(qtbot, lib, librarian, volunteer):
    """Last week's attendance typed in from the paper list: every guest and scan goes to last week."""
    members.register(lib, librarian, name="Sri Wahyuni", gender="F", member_type="Umum", number="SKM-0001")
    club, sessions = _weekly_club(lib, librarian)
    last_week = sessions[1]
    page = ProgramsPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.session_table.selectRow(1)
    _add_guest(page, "Pak Karto", gender_index=1)
    _scan(page, "SKM-0001")

    assert page.current_session().uid == last_week.uid
    assert len(programs.attendance_of(lib, last_week)) == 2
    assert not programs.attendance_of(lib, sessions[2])


def _answer_session_form(day, place="", reason=""):
    """Answers the session form (a new day and place) or the cancel form (a reason), then Enter."""
    def answer():
        dialog = QApplication.activeModalWidget()
        if day is not None:
            dialog.findChildren(QDateTimeEdit)[0].setDateTime(QDateTime(day))
            dialog.findChildren(QLineEdit)[-3].setText(place)  # the place; the edit's own line comes first
        else:
            dialog.findChildren(QLineEdit)[0].setText(reason)
        QTest.keyClick(dialog, Qt.Key.Key_Return)
    QTimer.singleShot(0, answer)


def test_a_session_moved_and_one_cancelled_for_rain(qtbot, lib, librarian):
    club, sessions = _weekly_club(lib, librarian)
    page = ProgramsPage(AppContext(lib, librarian))
    qtbot.addWidget(page)

    page.session_table.selectRow(3)  # 9 March: the hall is taken, moved to Tuesday afternoon
    _answer_session_form(datetime(2026, 3, 10, 15, 0), place="Balai desa")
    QTest.mouseClick(page.move_session_button, Qt.MouseButton.LeftButton)
    moved = programs.sessions_of(lib, club)[3]
    assert moved.uid == sessions[3].uid and moved.place == "Balai desa"
    assert to_local(moved.starts_at).strftime("%d-%m-%Y %H:%M") == "10-03-2026 15:00"

    page.session_table.selectRow(4)  # 16 March: rained off
    _answer_session_form(None, reason="hujan deras")
    QTest.mouseClick(page.cancel_session_button, Qt.MouseButton.LeftButton)
    kept = programs.sessions_of(lib, club)  # kept, as cancelled: the report counts it so
    assert [s.uid for s in kept] == [s.uid for s in sessions] and kept[4].cancelled
    assert page.session_table.rowCount() == 5
    cancelled = AuditLog.select().where(AuditLog.action == "programs.cancel_session").get()
    assert "hujan deras" in cancelled.detail


def test_on_the_day_the_page_opens_on_todays_session_hours_before_it(qtbot, lib, librarian, clock):
    """At 07:00 the librarian prepares the 09:30 session: it is today's, not last week's."""
    club, sessions = _weekly_club(lib, librarian)
    clock.set("2026-03-02T07:00:00+07:00")
    page = ProgramsPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    assert page.current_session().uid == sessions[2].uid
