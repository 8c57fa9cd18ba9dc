"""Practice mode on the small screens of village PCs (1366 x 768 and 1280 x 720, less the taskbar): the
guided-tasks panel on the right must leave the pages their whole width (no sideways scrolling, no cut-off
Esc button), and every task title in the panel must be readable whole (in Indonesian, the longer)."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QComboBox, QLabel, QStyle, QStyleOptionComboBox

from pustaka_desktop.core import auth
from pustaka_desktop.core.practice import library as practice
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import CollectionType, Item, Member, Record
from pustaka_desktop.gui import practice as practice_gui
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.main_window import MainWindow
from pustaka_desktop.gui.pages import printing as printing_page

from .test_accessibility_layout import clipped

# the window, maximised above a 40 px taskbar (and, on the netbook, under its 30 px title bar)
SCREENS = {"1366x768": (1366, 728), "1280x720": (1280, 680), "1024x600": (1024, 530)}
PRACTICE_PAGES = ["desk", "members", "visitors", "catalog"]  # where the guided tasks are done


@pytest.fixture
def indonesian():
    """The volunteers' language, and the longer one: "Menerima buku yang terlambat dan menerima dendanya"."""
    from pustaka_desktop import i18n

    i18n.install("id")


@contextmanager
def practising(qtbot, lib, clock, username: str, password: str):
    """The practice library of ``lib`` (twelve copies to lend) in the main window, signed in as ``username``, the
    tasks panel open: (window, panel)."""
    ctype = CollectionType.get(CollectionType.name == "Sirkulasi")
    for n in range(12):
        record = store.insert(lib, Record, title=f"Hikayat Hang Tuah jilid {n}", author="Anonim")
        store.insert(lib, Item, record=record, barcode=f"UJI{n:06d}", collection_type=ctype)
    real_path = lib.path
    lib.close()
    plib = practice.open_practice(real_path, clock)
    ctx = AppContext(plib, auth.login(plib, username, password))
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    panel = practice_gui.install(window, ctx, leave=lambda: None)
    panel.timer.stop()  # nothing to tick here
    window.show()
    try:
        yield window, panel
    finally:
        plib.close()


@pytest.fixture
def practice_window(qtbot, lib, clock):
    with practising(qtbot, lib, clock, "pustakawan", "rahasia1") as opened:
        yield opened


def _fit(qtbot, window, size) -> None:
    window.showNormal()
    window.resize(*size)
    qtbot.wait(30)


@pytest.mark.parametrize("screen", SCREENS)
def test_pages_keep_their_width_beside_the_tasks_panel(qtbot, indonesian, practice_window, screen):
    window, panel = practice_window
    _fit(qtbot, window, SCREENS[screen])
    assert panel.isVisible()
    for key in PRACTICE_PAGES:
        window.show_page(key)
        qtbot.wait(30)
        holder = window.holders[key]
        assert not holder.horizontalScrollBar().isVisible(), \
            f"{key} at {screen} scrolls sideways: needs {window.pages[key].minimumSizeHint().width()} px, " \
            f"has {holder.viewport().width()}"
        problems = clipped(window.pages[key])
        assert not problems, f"cut off on {key} at {screen}:\n  " + "\n  ".join(problems)


@pytest.mark.parametrize("screen", SCREENS)
def test_every_task_title_reads_whole_in_the_panel(qtbot, indonesian, practice_window, screen):
    window, panel = practice_window
    _fit(qtbot, window, SCREENS[screen])
    tasks = panel.list
    assert not tasks.horizontalScrollBar().isVisible()
    room = tasks.viewport().width()
    for row in range(tasks.count()):
        item = tasks.item(row)
        shown = tasks.visualItemRect(item)
        assert shown.width() <= room, f"{item.text()!r} is {shown.width()} px wide in a {room} px list"
        wrapped = tasks.fontMetrics().boundingRect(QRect(0, 0, shown.width() - 8, 10_000),
                                                   Qt.TextFlag.TextWordWrap, item.text())
        assert wrapped.height() <= shown.height(), f"{item.text()!r} is cut: needs {wrapped.height()} px high"


def test_the_navigation_names_come_back_when_the_panel_is_closed(qtbot, indonesian, practice_window):
    window, panel = practice_window
    _fit(qtbot, window, SCREENS["1280x720"])
    assert window.nav.collapsed, "beside the tasks panel the navigation shows icons only"
    panel.close()
    qtbot.wait(30)
    assert not window.nav.collapsed, "the whole width again: the page names are back"
    panel.show()
    qtbot.wait(30)
    assert window.nav.collapsed


def test_the_desk_fits_beside_the_tasks_panel_on_a_netbook(qtbot, indonesian, practice_window):
    """A new volunteer practises on the old 1024 x 600 netbook: the desk's mode buttons (Esc included) and its
    answers fit beside the tasks panel, with nothing to scroll sideways to (she has no mouse at the desk)."""
    window, panel = practice_window
    _fit(qtbot, window, (1024, 560))
    window.show_page("desk")
    qtbot.wait(30)
    desk, holder = window.pages["desk"], window.holders["desk"]
    assert panel.isVisible()
    assert not holder.horizontalScrollBar().isVisible(), \
        f"the desk scrolls sideways: needs {desk.minimumSizeHint().width()} px, has {holder.viewport().width()}"
    problems = clipped(desk)
    assert not problems, "cut off on the desk:\n  " + "\n  ".join(problems)
    escape = desk.clear_button
    shown = escape.mapTo(holder.viewport(), escape.rect().topRight())
    assert shown.x() <= holder.viewport().width(), "the Esc button is off the screen"
    reader = Member.select().where(Member.deleted == False).first()  # noqa: E712 - peewee
    copy = Item.select().where(Item.status == "available").first()
    desk.submit_scan(reader.number)
    desk.submit_scan(copy.barcode)
    qtbot.waitUntil(lambda: desk.summary is not None and bool(desk.summary.loans) and desk.worker.pending == 0,
                    timeout=20_000)
    qtbot.wait(50)
    loans = desk.card.loans
    assert not loans.horizontalScrollBar().isVisible(), "the member's loans scroll sideways"
    assert loans.columnWidth(0) >= loans.fontMetrics().horizontalAdvance("Hikayat Hang"), "no room for the titles"
    desk.shutdown()


LIBRARIAN_PAGES = ["printing", "rules", "backups"]  # a librarian practises printing labels; its neighbours


def _every_tab(page):
    """Each tab of a page in turn (a page without tabs: once)."""
    tabs = getattr(page, "tabs", None)
    for index in range(tabs.count() if tabs is not None else 1):
        if tabs is not None:
            tabs.setCurrentIndex(index)
        yield tabs.tabText(index) if tabs is not None else ""


@pytest.mark.parametrize("screen", SCREENS)
def test_the_librarians_pages_keep_their_width_beside_the_tasks_panel(qtbot, indonesian, practice_window, screen):
    """At 1024 x 600 Print needed 777 px of 655 (its Print and Save buttons were off the screen), Circulation rules
    674 and Backups 667: every tab of them fits now, nothing cut off."""
    window, panel = practice_window
    _fit(qtbot, window, SCREENS[screen])
    assert panel.isVisible()
    for key in LIBRARIAN_PAGES:
        page = window.show_page(key)
        holder = window.holders[key]
        for tab in _every_tab(page):
            qtbot.wait(30)
            assert not holder.horizontalScrollBar().isVisible(), \
                f"{key} {tab!r} at {screen} scrolls sideways: needs {page.minimumSizeHint().width()} px, " \
                f"has {holder.viewport().width()}"
            problems = clipped(page)
            assert not problems, f"cut off on {key} {tab!r} at {screen}:\n  " + "\n  ".join(problems)
            least = page.layout().minimumHeightForWidth(page.width())  # (-1: its height is not the width's)
            assert page.height() <= max(least, page.minimumSizeHint().height(), holder.viewport().height()), \
                f"{key} at {screen} scrolls down for nothing: {page.height()} px high, needs {least}"


def _within_sight(widget, holder) -> bool:
    """On the screen whole, with nothing to scroll (neither sideways nor down)."""
    corner = widget.mapTo(holder.viewport(), widget.rect().bottomRight())
    return (widget.isVisible() and widget.width() >= widget.sizeHint().width()
            and corner.x() <= holder.viewport().width() and corner.y() <= holder.viewport().height())


def _text_room(combo: QComboBox) -> int:
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    return combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                        QStyle.SubControl.SC_ComboBoxEditField, combo).width()


@pytest.mark.parametrize("screen", ["1024x600", "1366x768"])
def test_printing_labels_beside_the_tasks_panel(qtbot, indonesian, practice_window, screen):
    """The librarian's practice task "print the labels of the new title": on the netbook the Print and Save buttons
    and the preview were in a column off the screen's edge, and below it (the choices are taller than the room: they
    scroll down on their own now); the sheet's whole name, every way of choosing copies and the preview fit now. On
    the wider screen the labels stay beside their fields."""
    window, _panel = practice_window
    _fit(qtbot, window, SCREENS[screen])
    printing = window.show_page("printing")
    holder = window.holders["printing"]
    qtbot.wait(50)
    for push in (printing.print_button, printing.save_button):
        assert _within_sight(push, holder), f"{push.text()!r} is off the screen or cut at {screen}"
    sheet = printing.template
    for index in range(sheet.count()):  # Indonesian label sheets: "Tom & Jerry No. 103 · 64 × 32 mm · 3 × 4"
        sheet.setCurrentIndex(index)
        qtbot.wait(20)
        assert sheet.mapTo(holder.viewport(), sheet.rect().topRight()).x() <= holder.viewport().width()
        assert not holder.horizontalScrollBar().isVisible(), f"{sheet.currentText()!r}: the page scrolls sideways"
        assert sheet.toolTip() == sheet.currentText()
        if len(sheet.currentText()) <= printing_page.SHEET_NAME_LETTERS:
            assert _text_room(sheet) >= sheet.fontMetrics().horizontalAdvance(sheet.currentText()), \
                f"the label sheet's name is cut: {sheet.currentText()!r}"
    form = printing.kind.parentWidget().layout()
    copies = form.labelForField(printing.items)
    assert copies.y() == printing.items.y(), "the copy selector is too wide to sit beside its label"
    preview = printing.preview.parentWidget().parentWidget()  # (its scroll area)
    assert not preview.horizontalScrollBar().isVisible(), "the first page's preview scrolls sideways"
    choose = printing.items
    for mode in range(choose.mode.count()):  # the hand-picked barcodes' list and buttons are the widest
        choose.mode.setCurrentIndex(mode)
        qtbot.wait(20)
        assert not holder.horizontalScrollBar().isVisible(), f"{choose.mode.itemText(mode)!r} scrolls sideways"
        problems = clipped(choose)
        assert not problems, f"cut off in {choose.mode.itemText(mode)!r}:\n  " + "\n  ".join(problems)
    if screen == "1366x768":
        label = next(label for label in printing.findChildren(QLabel) if label.buddy() is sheet)
        assert label.y() == sheet.y() and label.x() < sheet.x(), "on the wider screen the label is beside its field"
