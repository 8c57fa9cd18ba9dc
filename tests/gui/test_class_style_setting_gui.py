"""Settings, "Class numbers": the librarian chooses 899.2213 or 899.221 3 with the keyboard, saves, and the
Katalog page shows the record's class and call number that way the next time it shows the record."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from pustaka_desktop import i18n
from pustaka_desktop.core.catalog import class_style
from pustaka_desktop.core.catalog import records as catalog
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.main_window import MainWindow
from pustaka_desktop.gui.pages.catalog import CatalogPage
from pustaka_desktop.gui.pages.settings import SettingsPage
from tests.gui.test_accessibility_mnemonics import clashes, menu_bar, mnemonics


def test_the_choice_is_made_with_the_keyboard_and_the_katalog_page_follows(qtbot, lib, librarian, message_boxes):
    record = catalog.add_record(lib, librarian, title="Laskar Pelangi", authors="Andrea Hirata",
                                ddc="899.2213").record
    ctx = AppContext(lib, librarian)
    katalog = CatalogPage(ctx)
    qtbot.addWidget(katalog)
    katalog._show_record(record.id)
    assert "899.2213 HIR l" in katalog.detail.toPlainText()  # not chosen yet: without marks

    page = SettingsPage(ctx)
    qtbot.addWidget(page)
    tab = page.class_numbers_tab
    page.tabs.setCurrentWidget(tab)
    page.show()
    page.activateWindow()
    qtbot.waitActive(page)  # (Alt+letter reaches the window that has the keyboard)
    assert tab.plain.isChecked() and not tab.segmented.isChecked()
    assert "899.2213" in tab.plain.text() and "899.221 3" in tab.segmented.text()
    assert tab.segmented.accessibleName() and tab.plain.accessibleName() and tab.save_button.accessibleName()
    # Alt+letter as the keyboard sends it (through the window: where Qt looks up the shortcuts)
    QTest.keyClick(page.windowHandle(), Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # "... the &KDT ..."
    qtbot.waitUntil(tab.segmented.isChecked)  # (a shortcut clicks after the button is seen pressed)
    assert tab.segmented.hasFocus() and not class_style.segmented()  # chosen, not saved yet
    QTest.keyClick(page.windowHandle(), Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)  # "&Save"
    qtbot.waitUntil(class_style.segmented)
    assert message_boxes and "899.221 3" in message_boxes[-1]

    katalog._show_record(record.id)
    shown = katalog.detail.toPlainText()
    assert "899.221 3 HIR l" in shown and "899.2213" not in shown  # the class and the call number


def test_a_volunteer_is_refused_and_nothing_changes(qtbot, lib, volunteer, message_boxes):
    page = SettingsPage(AppContext(lib, volunteer))
    qtbot.addWidget(page)
    page.class_numbers_tab.segmented.setChecked(True)
    page.class_numbers_tab.save()
    assert not class_style.segmented()
    assert message_boxes  # the refusal was shown


def test_the_tab_shows_the_choice_saved_and_its_letters_do_not_clash(qtbot, lib, librarian):
    class_style.choose_by_hand(lib, librarian, True)
    i18n.install("en")
    try:
        window = MainWindow(AppContext(lib, librarian))
        qtbot.addWidget(window)
        window.show()
        page = window.show_page("settings")
        page.tabs.setCurrentWidget(page.class_numbers_tab)
        qtbot.wait(20)
        assert page.class_numbers_tab.segmented.isChecked()
        found = menu_bar(window) + mnemonics(window)
        assert not clashes(found), clashes(found)
    finally:
        i18n.install("id")
