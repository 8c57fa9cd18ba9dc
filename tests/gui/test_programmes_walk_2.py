"""Attendance at a village programme with twenty-five villagers at the door: guests typed one after the
other without a dialog each, several at once, a returning guest ticked rather than entered twice,
mistakes removed or merged, and the sessions table read whole at 1366×768."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from pustaka_desktop.core.community import programs
from pustaka_desktop.core.store.models import AuditLog
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages.programs import ProgramsPage

WIB = timezone(timedelta(hours=7))


def _class_with_sessions(lib, librarian, name="Kelas Membaca Ibu-ibu"):
    """Weekly on Monday 09:30, last week, today (Mon 2 March) and next week."""
    klass = programs.create_program(lib, librarian, name=name, kind="literacy")
    first = datetime(2026, 2, 23, 9, 30, tzinfo=WIB)
    sessions = [programs.add_session(lib, librarian, klass, starts_at=first + timedelta(weeks=k), place="Ruang baca",
                                     facilitator="Mas Dimas (Karang Taruna)",
                                     topic=("Menentukan harga dan ongkos kirim", "Memotret produk dengan HP",
                                            "Menerima pembayaran lewat QRIS")[k])
                for k in range(3)]
    return klass, sessions


def _page(qtbot, lib, user):
    page = ProgramsPage(AppContext(lib, user))
    qtbot.addWidget(page)
    page.tabs.setCurrentIndex(1)
    return page


def _type_guest(page, name):
    QTest.keyClicks(page.guests.name, name)
    QTest.keyClick(page.guests.name, Qt.Key.Key_Return)


@pytest.fixture
def answers(monkeypatch):
    """Question boxes answered in turn: the button whose text starts with the next answer, or the default
    button (Enter) for None; boxes that only tell (no answer left) are closed. Each box's text is kept."""
    queue: list[str | None] = []
    asked: list[str] = []

    def answer(box):
        asked.append(box.text())
        if not queue:
            return 0
        wanted = queue.pop(0)
        target = box.defaultButton() if wanted is None else next(
            b for b in box.buttons() if b.text().replace("&", "").startswith(wanted))
        target.click()
        return 0
    monkeypatch.setattr(QMessageBox, "exec", answer)
    return queue, asked


def _press_enter_in_next_dialog():
    QTimer.singleShot(0, lambda: QTest.keyClick(QApplication.activeModalWidget(), Qt.Key.Key_Return))


def _people(lib, klass):
    return [(programs.participant_name(p), p.gender, p.age_band) for p in programs.participants_of(lib, klass)]


def test_guests_typed_one_after_another_keep_the_gender_and_age_chosen_once(qtbot, lib, librarian, volunteer):
    """The old men's farming class: she picks Male and 60+ once, then types each name and Enter."""
    klass, sessions = _class_with_sessions(lib, librarian, name="Kelompok Tani Lansia")
    page = _page(qtbot, lib, volunteer)
    page.guests.gender.setCurrentIndex(page.guests.gender.findData("M"))
    page.guests.band.setCurrentIndex(page.guests.band.findData("60+"))

    for name in ("Pak Karto", "Mbah Slamet", "Pak Darmo"):
        _type_guest(page, name)

    assert _people(lib, klass) == [("Pak Karto", "M", "60+"), ("Mbah Slamet", "M", "60+"), ("Pak Darmo", "M", "60+")]
    assert len(programs.attendance_of(lib, sessions[1])) == 3  # today's session
    assert page.guests.name.text() == "" and page.guests.name.hasFocus() in (True, False)
    assert page.session_table.item(1, 4).text() == "3"


def test_five_women_entered_at_once_from_the_keyboard(qtbot, lib, librarian, volunteer):
    klass, sessions = _class_with_sessions(lib, librarian)
    page = _page(qtbot, lib, volunteer)
    page.guests.band.setCurrentIndex(page.guests.band.findData("36-59"))
    page.guests.count.setValue(5)
    QTest.keyClick(page.guests.count, Qt.Key.Key_Return)

    assert _people(lib, klass) == [("", "F", "36-59")] * 5
    assert len(programs.attendance_of(lib, sessions[1])) == 5
    assert page.guests.count.value() == 1  # the next guest is one again
    assert "5" in page.feedback.text()


def test_several_guests_with_one_name_are_refused_with_a_message(qtbot, lib, librarian, volunteer):
    klass, sessions = _class_with_sessions(lib, librarian)
    page = _page(qtbot, lib, volunteer)
    page.guests.count.setValue(4)
    _type_guest(page, "Bu Marni")
    assert programs.participants_of(lib, klass) == []
    assert "empty" in page.feedback.text()


def test_a_returning_guest_typed_again_is_ticked_not_doubled(qtbot, lib, librarian, volunteer, answers):
    klass, sessions = _class_with_sessions(lib, librarian)
    marni = programs.enrol_guest(lib, volunteer, klass, name="Bu Marni", gender="F", age_band="36-59")
    programs.mark_attendance(lib, volunteer, sessions[0], marni)
    page = _page(qtbot, lib, volunteer)
    assert "Bu Marni" in page.guests.names.stringList()  # offered as she types

    answers[0].append(None)  # Enter: the same person
    _type_guest(page, "bu  marni")

    assert "Bu Marni (Female, 36-59) is already a participant" in answers[1][0]
    assert [p.uid for p in programs.participants_of(lib, klass)] == [marni.uid]
    assert marni.id in programs.attendance_of(lib, sessions[1])

    answers[0].append("Another person")  # a second Bu Marni from the next hamlet
    _type_guest(page, "Bu Marni")
    assert len(programs.participants_of(lib, klass)) == 2


def test_a_guest_typed_by_mistake_is_removed_and_a_double_merged(qtbot, lib, librarian, volunteer, answers):
    klass, sessions = _class_with_sessions(lib, librarian)
    marni = programs.enrol_guest(lib, volunteer, klass, name="Bu Marni", gender="F", age_band="36-59")
    programs.mark_attendance(lib, volunteer, sessions[0], marni)
    page = _page(qtbot, lib, volunteer)
    _type_guest(page, "Bu Marmi")  # a typing slip: a new guest, ticked present today
    answers[0].extend(["Another person", "Yes"])
    _type_guest(page, "Bu Marni")  # Bu Marni again, as someone else by mistake
    assert len(programs.participants_of(lib, klass)) == 3

    page.people.setCurrentRow(1)  # Bu Marmi: untick, then remove
    page.people.item(1).setCheckState(Qt.CheckState.Unchecked)
    QTest.mouseClick(page.guests.remove_button, Qt.MouseButton.LeftButton)
    assert [programs.participant_name(p) for p in programs.participants_of(lib, klass)] == ["Bu Marni", "Bu Marni"]
    assert AuditLog.select().where(AuditLog.action == "programs.remove_participant").count() == 1

    page.people.setCurrentRow(1)  # the second Bu Marni is the first one: merged, her attendance kept
    _press_enter_in_next_dialog()
    QTest.mouseClick(page.guests.merge_button, Qt.MouseButton.LeftButton)
    assert [p.uid for p in programs.participants_of(lib, klass)] == [marni.uid]
    assert [marni.id in programs.attendance_of(lib, s) for s in sessions] == [True, True, False]
    assert page.people.count() == 1


def test_removing_a_guest_still_marked_present_is_refused(qtbot, lib, librarian, volunteer, answers):
    klass, sessions = _class_with_sessions(lib, librarian)
    page = _page(qtbot, lib, volunteer)
    _type_guest(page, "Bu Marmi")
    page.people.setCurrentRow(0)
    answers[0].append("Yes")
    QTest.mouseClick(page.guests.remove_button, Qt.MouseButton.LeftButton)

    assert len(programs.participants_of(lib, klass)) == 1
    assert "Bu Marmi is marked present at 1 sessions" in answers[1][-1]


def test_the_sessions_are_read_whole_at_1366_by_768(qtbot, lib, librarian):
    """The page's share of a 1366×768 screen: date, topic, place, facilitator and count, none cut."""
    klass, sessions = _class_with_sessions(lib, librarian)
    page = _page(qtbot, lib, librarian)
    page.resize(1030, 650)
    page.show()
    qtbot.waitExposed(page)
    table = page.session_table
    metrics = table.fontMetrics()
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers == ["Date and time", "Topic", "Place", "Facilitator", "Present"]
    for column in range(table.columnCount()):
        widest = max(metrics.horizontalAdvance(table.item(r, column).text()) for r in range(table.rowCount()))
        assert table.columnWidth(column) >= max(widest, metrics.horizontalAdvance(headers[column])), headers[column]
    assert not table.wordWrap()
    assert table.item(0, 1).text() == "Menentukan harga dan ongkos kirim"
