"""Alt+letter works: no two controls on screen at the same time share an underlined letter, in
Indonesian and in English. What is on screen at once: the menu bar's titles with the whole current
page (buttons, labelled fields, group boxes, tabs); each open menu's entries; a dialog's own
controls; the kiosk. With a clash Alt+letter only cycles between the two and a keyboard user
cannot tell which one it will reach."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QTabBar, QWidget

from pustaka_desktop import i18n
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.main_window import MainWindow
from pustaka_desktop.gui.pages import PAGES

VILLAGE_PAGES = [spec.key for spec in PAGES if not spec.district_only]
LANGUAGES = ["id", "en"]

pytestmark = pytest.mark.tiny_demo  # (every page has something to show)


def mnemonic(text: str) -> str | None:
    """The letter Alt reaches in ``text`` ("Anggota &baru" -> "b"), None without one."""
    text = text.replace("&&", "")
    at = text.find("&")
    return text[at + 1].lower() if 0 <= at < len(text) - 1 else None


def mnemonics(root: QWidget) -> list[tuple[str, str]]:
    """(letter, what carries it) for every control visible under ``root``. Disabled controls count:
    selecting a row enables them while the others stay on screen."""
    found: list[tuple[str | None, str]] = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or (widget is not root and widget.window() is not root.window()):
            continue
        if isinstance(widget, QAbstractButton):
            found.append((mnemonic(widget.text()), widget.text()))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            found.append((mnemonic(widget.text()), widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((mnemonic(widget.title()), widget.title()))
        elif isinstance(widget, QTabBar):
            found.extend((mnemonic(widget.tabText(i)), widget.tabText(i)) for i in range(widget.count()))
    return [(letter, text) for letter, text in found if letter]


def clashes(found: list[tuple[str, str]]) -> dict[str, list[str]]:
    by_letter: dict[str, list[str]] = {}
    for letter, text in found:
        by_letter.setdefault(letter, []).append(text)
    return {letter: texts for letter, texts in by_letter.items() if len(texts) > 1}


def menu_bar(window: MainWindow) -> list[tuple[str, str]]:
    return [(mnemonic(a.text()), a.text()) for a in window.menuBar().actions() if mnemonic(a.text())]


@pytest.fixture(params=LANGUAGES)
def language(request):
    i18n.install(request.param)
    yield request.param
    i18n.install("id")


def test_the_letters_are_found_as_alt_reaches_them():
    assert mnemonic("Anggota &baru") == "b"
    assert mnemonic("Simpan && tutup") is None
    assert mnemonic("&& &Ekspor") == "e"
    assert clashes([("b", "&Buka"), ("b", "Anggota &baru"), ("s", "&Simpan")]) == {"b": ["&Buka", "Anggota &baru"]}


@pytest.mark.parametrize("key", VILLAGE_PAGES)
def test_no_two_letters_alike_on_a_page_with_the_menu_bar(qtbot, lib, librarian, language, key):
    window = MainWindow(AppContext(lib, librarian))
    qtbot.addWidget(window)
    window.show()
    window.show_page(key)
    qtbot.wait(20)
    found = menu_bar(window) + mnemonics(window)  # the page, the heading and the status bar
    assert not clashes(found), f"page {key} in {language}: the same Alt letter twice: {clashes(found)}"


def test_no_two_letters_alike_on_the_district_pages(qtbot, tmp_path, language):
    from pustaka_desktop.core.store.clock import FixedClock
    from tests.sync.sync_helpers import Site

    district = Site(tmp_path, "dinas", "DIN", FixedClock("2026-03-02T09:00:00+07:00"), district=True)
    try:
        district.lib.activate()
        window = MainWindow(AppContext(district.lib, district.staff))
        qtbot.addWidget(window)
        window.show()
        keys = [spec.key for spec in PAGES if spec.district_only]
        assert set(keys) <= set(window.page_keys())
        for key in keys:
            window.show_page(key)
            qtbot.wait(20)
            found = menu_bar(window) + mnemonics(window)
            assert not clashes(found), f"page {key} in {language}: the same Alt letter twice: {clashes(found)}"
        settings = window.show_page("settings")  # and its district-only tab
        settings.tabs.setCurrentWidget(settings.district_db_tab)
        qtbot.wait(20)
        found = menu_bar(window) + mnemonics(window)
        assert not clashes(found), f"union database tab in {language}: the same Alt letter twice: {clashes(found)}"
        window.close()
    finally:
        district.close()


def test_no_two_letters_alike_within_a_menu(qtbot, lib, librarian, language):
    window = MainWindow(AppContext(lib, librarian))
    qtbot.addWidget(window)
    for action in window.menuBar().actions():
        menu: QMenu | None = action.menu()
        found = [(mnemonic(a.text()), a.text()) for a in menu.actions() if mnemonic(a.text())]
        assert not clashes(found), f"menu {action.text()} in {language}: {clashes(found)}"


def _dialogs(lib, librarian) -> dict[str, Callable[[], QWidget]]:
    from PySide6.QtCore import QDate

    from pustaka_desktop.core.store.models import Item, LoanRule, MemberType, Record, Visit
    from pustaka_desktop.gui import about, import_wizard, kiosk, login, review_list
    from pustaka_desktop.gui.pages import circulation_rules, district_union, members, settings, visitor_book
    from pustaka_desktop.gui.widgets import item_dialog, label_template_dialog, record_dialog, reserve_dialog

    ctx = AppContext(lib, librarian)
    record = Record.select().where(~Record.deleted).first()
    item = Item.select().where((Item.record == record) & ~Item.deleted).first()
    types = list(MemberType.select())
    return {
        "login": lambda: login.LoginDialog(lib),
        "about": lambda: about.AboutDialog(lib),
        "record": lambda: record_dialog.RecordDialog(lib, librarian, record),
        "new record": lambda: record_dialog.RecordDialog(lib, librarian),
        "copy": lambda: item_dialog.ItemDialog(lib, librarian, record, item),
        "copies": lambda: item_dialog.BatchCopiesDialog(lib, librarian, record),
        "reserve title": lambda: reserve_dialog.ReserveForMemberDialog(ctx, record.id, record.title),
        "label sheet": lambda: label_template_dialog.LabelTemplateDialog(ctx),
        "import": lambda: import_wizard.ImportWizard(ctx),
        "review list": lambda: review_list.ReviewDialog(ctx),
        "staff": lambda: settings.StaffDialog(librarian),
        "new staff": lambda: settings.StaffDialog(None),
        "member type": lambda: circulation_rules.MemberTypeDialog(types[0]),
        "loan rule": lambda: circulation_rules.RuleDialog(LoanRule.select().first(), types, []),
        "holiday": lambda: circulation_rules.HolidayDialog(QDate(2026, 3, 2)),
        "group visit": lambda: visitor_book.GroupDialog(),
        "correct visit": lambda: visitor_book.CorrectDialog(Visit.select().first()),
        "waive fine": lambda: members.WaiverDialog(5000),
        "kiosk": lambda: kiosk.KioskWindow(lib),
        "kiosk reserve": lambda: kiosk.ReserveDialog(lib, record.id, record.title),
        "union record": lambda: district_union.UnionRecordDialog({"title": record.title}),
    }


DIALOGS = ["login", "about", "record", "new record", "copy", "copies", "reserve title", "label sheet", "import",
           "review list", "staff", "new staff", "member type", "loan rule", "holiday", "group visit",
           "correct visit", "waive fine", "kiosk", "kiosk reserve", "union record"]


@pytest.mark.parametrize("name", DIALOGS)
def test_no_two_letters_alike_in_a_dialog(qtbot, lib, librarian, language, name):
    dialog = _dialogs(lib, librarian)[name]()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(10)
    found = mnemonics(dialog)
    assert not clashes(found), f"dialog {name} in {language}: the same Alt letter twice: {clashes(found)}"
