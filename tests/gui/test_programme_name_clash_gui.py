"""The Programmes page asks before making a programme under a name already here: Enter opens the one there with
the new session's form, Alt+N makes a new one anyway (a new season), Escape makes nothing; the question is read
by a screen reader as the dialog opens."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog

from pustaka_desktop.core.community import programs
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages import programs as page_module
from pustaka_desktop.gui.pages.programme_same_name import NEW, OPEN, SameNameDialog
from pustaka_desktop.gui.pages.programs import ProgramsPage

NAME = "Mendongeng untuk anak"


def _storytelling(lib, librarian):
    """The storytelling hour as the visits import left it: started in January, two sessions."""
    program = programs.create_program(lib, librarian, name=NAME, kind="storytelling", starts_on="2026-01-10")
    for day in ("2026-01-10 09:00", "2026-01-17 09:00"):
        programs.add_session(lib, librarian, program, starts_at=day)
    return program


def _press(qtbot, dialog, key) -> None:
    """``key`` as the keyboard sends it, through the window (where Qt looks up Alt+letter); the dialog closes."""
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    alt = Qt.KeyboardModifier.AltModifier if key == Qt.Key.Key_N else Qt.KeyboardModifier.NoModifier
    QTest.keyClick(dialog.windowHandle(), key, alt)
    qtbot.waitUntil(lambda: not dialog.isVisible())  # (a shortcut clicks after the button is seen pressed)


def _page_typing(qtbot, monkeypatch, lib, librarian, typed: str, key) -> tuple[ProgramsPage, list, list]:
    """The volunteer types ``typed`` in the New programme form, then answers the question with ``key``."""
    page = ProgramsPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    asked, session_forms = [], []

    def fill_form(dialog):
        dialog.findChildren(page_module.QLineEdit)[0].setText(typed)
        return QDialog.DialogCode.Accepted

    def answer(dialog):
        asked.append(dialog)
        _press(qtbot, dialog, key)
        return dialog.result()

    monkeypatch.setattr(page_module.FormDialog, "exec", fill_form)
    monkeypatch.setattr(SameNameDialog, "exec", answer)
    monkeypatch.setattr(ProgramsPage, "add_session", lambda self: session_forms.append(self.program.uid))
    page.new_program()
    return page, asked, session_forms


def test_enter_opens_the_programme_already_here_for_a_session(qtbot, monkeypatch, lib, librarian):
    program = _storytelling(lib, librarian)
    programs.create_program(lib, librarian, name="Klub Buku", kind="book_club")
    page, asked, session_forms = _page_typing(qtbot, monkeypatch, lib, librarian, "mendongeng untuk ANAK",
                                              Qt.Key.Key_Return)
    assert len(asked) == 1
    assert [p.name for p in programs.list_programs(lib)].count(NAME) == 1  # nothing made
    assert page.program.uid == program.uid and session_forms == [program.uid]
    assert page.tabs.currentIndex() == page_module.SESSIONS_TAB
    assert page.list.currentItem().text() == NAME


def test_alt_n_makes_a_new_season_anyway(qtbot, monkeypatch, lib, librarian):
    old = _storytelling(lib, librarian)
    page, asked, session_forms = _page_typing(qtbot, monkeypatch, lib, librarian, NAME, Qt.Key.Key_N)
    assert len(asked) == 1 and session_forms == []
    made = [p for p in programs.list_programs(lib) if p.uid != old.uid]
    assert [p.name for p in made] == [NAME]


def test_escape_makes_nothing(qtbot, monkeypatch, lib, librarian):
    _storytelling(lib, librarian)
    _page, asked, session_forms = _page_typing(qtbot, monkeypatch, lib, librarian, NAME, Qt.Key.Key_Escape)
    assert len(asked) == 1 and session_forms == []
    assert len(programs.list_programs(lib)) == 1


def test_a_new_name_is_made_without_a_question(qtbot, monkeypatch, lib, librarian):
    _storytelling(lib, librarian)
    _page, asked, _ = _page_typing(qtbot, monkeypatch, lib, librarian, "Kelas Digital", Qt.Key.Key_Escape)
    assert asked == []
    assert sorted(p.name for p in programs.list_programs(lib)) == ["Kelas Digital", NAME]


def test_the_question_is_read_and_answered_by_keyboard(qtbot, lib, librarian):
    program = _storytelling(lib, librarian)
    dialog = SameNameDialog(program, programs.programme_since(program), programs.held_sessions(program))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitActive(dialog)
    said = f"A programme named {NAME} already exists (since 10-01-2026, 2 sessions): add a session to it instead?"
    assert dialog.accessibleDescription() == said and dialog.question.text() == said
    assert dialog.focusWidget() is dialog.open_button and dialog.open_button.isDefault()
    for _ in range(3):  # Tab to "Make a new programme anyway" (where it stands in the row is the platform's)
        if dialog.focusWidget() is not dialog.new_button:
            QTest.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.new_button
    _press(qtbot, dialog, Qt.Key.Key_Return)  # Enter on the button Tab reached is that button's answer
    assert dialog.result() == NEW
    again = SameNameDialog(program, programs.programme_since(program), programs.held_sessions(program))
    qtbot.addWidget(again)
    _press(qtbot, again, Qt.Key.Key_Return)
    assert again.result() == OPEN
