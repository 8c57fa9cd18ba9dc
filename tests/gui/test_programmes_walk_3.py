"""The Programmes page as a village librarian fills it in days after the event: a story told at last month's
training, and a partner (the PKK) that works with the library without a signed agreement."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QDateEdit, QLineEdit, QPlainTextEdit

from pustaka_desktop.core.community import programs
from pustaka_desktop.core.reports import figures
from pustaka_desktop.core.reports.period import Period
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages.programs import ProgramsPage


def _named(dialog, kind, name):
    found = [w for w in dialog.findChildren(kind) if w.accessibleName() == name]
    if not found:
        dialog.reject()  # (the test fails on what it finds, rather than wait on a form nobody fills)
        raise AssertionError(f"the form has no {name!r}")
    return found[0]


def _page(qtbot, lib, user):
    page = ProgramsPage(AppContext(lib, user))
    qtbot.addWidget(page)
    return page


def test_a_story_typed_in_later_keeps_the_day_it_was_told(qtbot, lib, librarian):
    """2 March: the story Bu Nur told at the kerupuk training on 21 February goes in February's TPBIS report."""
    training = programs.create_program(lib, librarian, name="Pelatihan kerupuk dan WhatsApp", kind="digital")
    page = _page(qtbot, lib, librarian)

    def answer():
        dialog = QApplication.activeModalWidget()
        told_on = _named(dialog, QDateEdit, "Told on")
        assert told_on.date() == QDate(2026, 3, 2)  # today, unless she says otherwise
        told_on.setSelectedSection(QDateEdit.Section.DaySection)  # tabbed into: its day is chosen, typed over
        QTest.keyClicks(told_on, "21022026")
        _named(dialog, QLineEdit, "Told by").setText("Nurhayati")
        _named(dialog, QPlainTextEdit, "Story").setPlainText("Setelah pelatihan, 3 ibu mulai jualan online.")
        _named(dialog, QCheckBox, "Consent").setChecked(True)
        QTest.keyClick(dialog, Qt.Key.Key_Return)
    QTimer.singleShot(0, answer)
    QTest.mouseClick(page.story_button, Qt.MouseButton.LeftButton)

    [story] = programs.stories_of(lib, training)
    assert story.told_on == date(2026, 2, 21) and story.consent
    told = figures.programmes(lib, Period.month(2026, 2))["stories"]
    assert [s["author"] for s in told] == ["Nurhayati"]
    assert "21-02-2026" in page.story_list.item(0).text()


def test_a_partner_without_an_agreement_gets_no_mou_date(qtbot, lib, librarian):
    training = programs.create_program(lib, librarian, name="Kursus Menjahit", kind="skills")
    page = _page(qtbot, lib, librarian)

    def answer(name, agreement):
        dialog = QApplication.activeModalWidget()
        _named(dialog, QLineEdit, "Name").setText(name)
        mou = _named(dialog, QDateEdit, "Agreement (MoU) date")
        assert not mou.isEnabled()  # nothing to date until she says there is an agreement
        if agreement:
            _named(dialog, QCheckBox, "Agreement").setChecked(True)
            assert mou.isEnabled()
            mou.setDate(QDate(2025, 8, 17))
        QTest.keyClick(dialog, Qt.Key.Key_Return)

    QTimer.singleShot(0, lambda: answer("PKK Desa Sukamaju", False))
    QTest.mouseClick(page.new_partner_button, Qt.MouseButton.LeftButton)
    QTimer.singleShot(0, lambda: answer("BUMDes Sukamaju Makmur", True))
    QTest.mouseClick(page.new_partner_button, Qt.MouseButton.LeftButton)

    dates = {p.name: p.mou_date for p in programs.partners_of(lib, training)}
    assert dates == {"PKK Desa Sukamaju": None, "BUMDes Sukamaju Makmur": date(2025, 8, 17)}
    assert "MoU" not in page.partner_list.item(1).text() and "MoU 17-08-2025" in page.partner_list.item(0).text()


def test_a_volunteer_at_the_door_scans_cards_as_soon_as_the_page_opens(qtbot, lib, librarian, volunteer):
    """Dewi has the volunteer role and a barcode scanner: she opens Kegiatan and scans. The scanner types the card
    number and Enter wherever the keyboard is; it must land in the card field of today's session."""
    from pustaka_desktop.core.community import members

    members.register(lib, librarian, name="Siti Aminah", gender="F", member_type="Umum", number="SKM-A00001")
    course = programs.create_program(lib, librarian, name="Kursus Menjahit", kind="skills")
    today = programs.add_session(lib, librarian, course, starts_at="2026-03-02 09:00", place="Balai desa")
    page = ProgramsPage(AppContext(lib, volunteer))
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5_000)

    assert page.tabs.currentIndex() == 1  # the sessions, not the details she may not change
    scanner = QApplication.focusWidget()
    QTest.keyClicks(scanner, "SKM-A00001")
    QTest.keyClick(scanner, Qt.Key.Key_Return)
    assert "Siti Aminah" in page.feedback.text()
    assert len(programs.attendance_of(lib, today)) == 1


def test_the_librarian_still_opens_on_the_details(qtbot, lib, librarian):
    programs.create_program(lib, librarian, name="Kursus Menjahit", kind="skills")
    page = _page(qtbot, lib, librarian)
    page.show()
    assert page.tabs.currentIndex() == 0


def test_a_long_training_name_is_read_whole_in_the_list(qtbot, lib, librarian):
    long_name = "Pelatihan membuat kerupuk dan memasarkan lewat WhatsApp"
    programs.create_program(lib, librarian, name="Kursus Menjahit", kind="skills")
    programs.create_program(lib, librarian, name=long_name, kind="digital")
    page = _page(qtbot, lib, librarian)
    page.resize(1366 - 240, 700)  # the main window at 1366×768 beside the side bar
    page.show()
    qtbot.waitExposed(page)
    row = next(i for i in range(page.list.count()) if page.list.item(i).text() == long_name)
    shown = page.list.visualItemRect(page.list.item(row))
    one_line = page.list.fontMetrics().height()

    assert shown.width() <= page.list.viewport().width()  # nothing runs past the list's right edge
    assert shown.height() >= 2 * one_line  # the rest of the name goes on a second line
    assert not page.list.horizontalScrollBar().isVisible()


def test_tab_leaves_the_outcome_and_the_story_boxes(qtbot, lib, librarian):
    """A keyboard-only librarian writes the outcome, then Tab to Save: Tab must not type a tab into the text."""
    training = programs.create_program(lib, librarian, name="Kursus Menjahit", kind="skills")
    page = _page(qtbot, lib, librarian)
    QTest.keyClicks(page.outcomes, "3 ibu mulai jualan online")
    QTest.keyClick(page.outcomes, Qt.Key.Key_Tab)
    assert page.outcomes.toPlainText() == "3 ibu mulai jualan online"

    def answer():
        dialog = QApplication.activeModalWidget()
        story = _named(dialog, QPlainTextEdit, "Story")
        QTest.keyClicks(story, "Aki Karta ikut menemani cucunya.")
        QTest.keyClick(story, Qt.Key.Key_Tab)
        story_text = story.toPlainText()
        dialog.reject()
        assert story_text == "Aki Karta ikut menemani cucunya."
    QTimer.singleShot(0, answer)
    QTest.mouseClick(page.story_button, Qt.MouseButton.LeftButton)
    assert programs.stories_of(lib, training) == []


def test_a_partners_role_is_asked_and_shown(qtbot, lib, librarian):
    """What the partner does (the PKK brings the mothers, the puskesmas sends a speaker) is asked when it is linked
    or made, and shown in the list: the TPBIS report's partner table has a Role column."""
    from pustaka_desktop.core.community import partner_roles

    training = programs.create_program(lib, librarian, name="Kursus Menjahit", kind="skills")
    pkk = programs.add_partner(lib, librarian, name="PKK Desa Sukamaju", kind="pkk")
    page = _page(qtbot, lib, librarian)
    page.partner_pick.setCurrentIndex(page.partner_pick.findData(pkk.uid))
    page.partner_role.setCurrentText("Menggerakkan peserta")  # her own words
    QTest.mouseClick(page.link_button, Qt.MouseButton.LeftButton)
    assert "Menggerakkan peserta" in page.partner_list.item(0).text()
    assert page.partner_role.currentText() == ""  # ready for the next partner

    def answer():
        dialog = QApplication.activeModalWidget()
        _named(dialog, QLineEdit, "Name").setText("Puskesmas Cibeureum")
        role = _named(dialog, QComboBox, "Role in this programme")
        role.setCurrentIndex(role.findText("Speaker or trainer"))  # one of the usual roles
        QTest.keyClick(dialog, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    QTest.mouseClick(page.new_partner_button, Qt.MouseButton.LeftButton)
    assert sorted(partner_roles.roles_of(training).values()) == ["Menggerakkan peserta", "Speaker or trainer"]
    assert any("Speaker or trainer" in page.partner_list.item(n).text() for n in range(page.partner_list.count()))
