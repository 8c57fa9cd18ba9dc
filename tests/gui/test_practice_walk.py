"""A new volunteer walks practice mode through the windows, while the library goes on around them: patrons on
the Wi-Fi catalogue are never served the practice library."""

from __future__ import annotations

import argparse

from PySide6.QtWidgets import QApplication

from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import CollectionType, Item, Record
from pustaka_desktop.gui import web_catalogue
from pustaka_desktop.gui.app import Controller


def _catalogue(lib) -> None:
    ctype = CollectionType.get(CollectionType.name == "Sirkulasi")
    for n in range(8):
        record = store.insert(lib, Record, title=f"Timun Mas {n}", isbn="")
        store.insert(lib, Item, record=record, barcode=f"UJI{n:06d}", collection_type=ctype)


class FakeServer:
    """Stands for the running Wi-Fi catalogue (a real one would bind a port)."""

    running = True

    def __init__(self) -> None:
        self.stopped = False

    def stop(self) -> None:
        self.stopped = True
        self.running = False


def test_the_wifi_catalogue_never_serves_the_practice_library(qtbot, lib, monkeypatch):
    _catalogue(lib)
    served = []
    monkeypatch.setattr(web_catalogue.SERVICE, "apply", lambda library: served.append(library.path))
    server = FakeServer()
    monkeypatch.setattr(web_catalogue.SERVICE, "server", server)
    controller = Controller(QApplication.instance(), lib, argparse.Namespace(user=None, page=None))
    assert controller.switch_library()  # the volunteer presses "Mode latihan"
    try:
        # the models now read the practice file: a patron's reservation or door sign-in would land there
        assert server.stopped and not web_catalogue.SERVICE.running
        assert served == []
    finally:
        assert controller.switch_library()  # "Kembali ke perpustakaan sebenarnya"
    assert served == [lib.path]  # the real library is served again
    monkeypatch.setattr(web_catalogue.SERVICE, "server", None)


def test_started_on_the_practice_file_the_way_back_is_the_real_library(qtbot, lib, monkeypatch):
    """The CLI's help says "open it in the app with pustaka --db on its file": leaving must still go back."""
    from pustaka_desktop.core.practice import library as practice
    from pustaka_desktop.core.service import Library

    monkeypatch.setattr(web_catalogue.SERVICE, "apply", lambda library: None)
    _catalogue(lib)
    real_path = lib.path
    target = practice.create(real_path)
    lib.close()
    controller = Controller(QApplication.instance(), Library.open(target), argparse.Namespace(user=None, page=None))
    assert controller.in_practice
    assert controller.switch_library()  # "Kembali ke perpustakaan sebenarnya"
    try:
        assert not controller.in_practice
        assert controller.lib.path == real_path and not practice.is_practice(controller.lib)
    finally:
        controller.lib.close()
        lib.activate()


def test_the_librarian_makes_the_practice_library_anew_for_the_next_volunteer(qtbot, lib, librarian, clock,
                                                                             monkeypatch):
    from pustaka_desktop.core import auth
    from pustaka_desktop.core.circulation import loans
    from pustaka_desktop.core.practice import library as practice
    from pustaka_desktop.core.service import Library
    from pustaka_desktop.core.store.models import Loan, Member
    from pustaka_desktop.gui import practice as practice_gui
    from pustaka_desktop.gui.widgets import messages

    _catalogue(lib)
    practice.create(lib.path, clock)
    plib = Library.open(practice.practice_path(lib.path), clock)  # the last volunteer lent every copy on the shelf
    learner = auth.login(plib, "pustakawan", "rahasia1")
    shelf = list(Item.select().where(Item.status == "available"))
    for item, member in zip(shelf, Member.select().order_by(Member.id), strict=False):
        loans.checkout(plib, learner, member, item.barcode)
    assert practice.status(lib.path).open_loans == 8
    plib.close()
    lib.activate()
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: True)
    dialog = practice_gui.ProgressDialog(lib.path, None, lib)
    qtbot.addWidget(dialog)
    dialog.reset_button.click()
    assert Record.select().where(Record.title.startswith("Timun Mas")).count() == 8  # the models read the real file
    assert Loan.select().count() == 0
    state = practice.status(lib.path)
    assert state.exists and state.open_loans < 8  # copies on the shelf again for the next volunteer to lend
