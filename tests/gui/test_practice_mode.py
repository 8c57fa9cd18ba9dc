"""Practice mode through the windows: the login window goes to the practice library and back, every
practice window says LATIHAN, and lending at the desk ticks the guided task."""

from __future__ import annotations

import argparse

from PySide6.QtWidgets import QApplication, QLabel

from pustaka_desktop.core import auth
from pustaka_desktop.core.practice import library as practice
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import CollectionType, Item, Member, Record
from pustaka_desktop.gui.app import Controller
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.login import LoginDialog
from pustaka_desktop.gui.main_window import MainWindow
from pustaka_desktop.gui.pages.desk import DeskPage

from .test_desk_page import scan, wait_done


def _catalogue(lib) -> None:
    ctype = CollectionType.get(CollectionType.name == "Sirkulasi")
    for n in range(10):
        record = store.insert(lib, Record, title=f"Cerita Rakyat {n}")
        store.insert(lib, Item, record=record, barcode=f"UJI{n:06d}", collection_type=ctype)


def test_login_window_goes_to_practice_and_back(qtbot, lib):
    _catalogue(lib)
    controller = Controller(QApplication.instance(), lib, argparse.Namespace(user=None, page=None))
    assert not controller.in_practice
    assert "LATIHAN" not in LoginDialog(lib).windowTitle()
    assert controller.switch_library()
    try:
        assert controller.in_practice and practice.is_practice(controller.lib)
        assert controller.lib.path == practice.practice_path(lib.path)
        dialog = LoginDialog(controller.lib, practice=True)
        qtbot.addWidget(dialog)
        assert "LATIHAN" in dialog.windowTitle()
        assert any("LATIHAN" in label.text() for label in dialog.findChildren(QLabel))
        assert Member.select().count() == practice.PRACTICE_MEMBERS  # the models now read the practice file
    finally:
        assert controller.switch_library()
    assert not controller.in_practice and controller.lib.path == lib.path
    assert Member.select().count() == 0  # back on the real library, which has no members


def test_lending_at_the_desk_ticks_the_guided_task(qtbot, lib, clock):
    _catalogue(lib)
    real_path = lib.path
    lib.close()
    plib = practice.open_practice(real_path, clock)
    try:
        learner = auth.login(plib, "pustakawan", "rahasia1")
        ctx = AppContext(plib, learner)
        window = MainWindow(ctx)
        qtbot.addWidget(window)
        from pustaka_desktop.gui import practice as practice_gui

        panel = practice_gui.install(window, ctx, leave=lambda: None)
        assert window.windowTitle().startswith("LATIHAN")
        assert not panel.list.item(0).text().startswith("✔")
        clock.advance(minutes=1)
        panel.timer.stop()  # checked by hand below, not by the timer
        desk = DeskPage(ctx)
        qtbot.addWidget(desk)
        desk.show()
        try:
            member = Member.select().order_by(Member.id).first()
            shelf = Item.select().where(Item.status == "available").order_by(Item.id).first()
            scan(desk, member.number)
            scan(desk, shelf.barcode)
            wait_done(qtbot, desk, 2)
        finally:
            desk.shutdown()
        assert [task.key for task in panel.check()] == ["lend"]
        assert panel.list.item(0).text().startswith("✔")
        assert "1 of 7" in panel.status.text() or "1 dari 7" in panel.status.text()
    finally:
        plib.close()


def test_an_unknown_page_asked_for_at_start_is_said_and_the_usual_page_opens(qtbot, lib, librarian, caplog):
    """``pustaka --page review`` (no such page: the review list opens from the dashboard) opened the desk without a
    word; the log says the pages there are, and the window opens as it would without the option."""
    controller = Controller(QApplication.instance(), lib, argparse.Namespace(user=None, page="review"))
    with caplog.at_level("WARNING"):
        controller.open_main_window(librarian)
    qtbot.addWidget(controller.window)
    assert "--page review: no such page" in caplog.text and "dashboard" in caplog.text
    assert controller.window.current_key() in controller.window.page_keys()
    second = Controller(QApplication.instance(), lib, argparse.Namespace(user=None, page="catalog"))
    second.open_main_window(librarian)
    qtbot.addWidget(second.window)
    assert second.window.current_key() == "catalog"
