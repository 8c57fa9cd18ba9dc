"""The practice library is made (or opened) while the real library is at work: patrons on the Wi-Fi catalogue and
a sync with the district hub in the background. While the practice file opens, the models point at it for the
whole program, so nothing of the real library may run beside it: no patron is served from the practice file, no
background job goes on, and a job that will not end refuses the switch without changing anything."""

from __future__ import annotations

import argparse
import socket
import sqlite3
import threading
import urllib.error
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QApplication

from pustaka_desktop.core import wifi_catalogue
from pustaka_desktop.core.practice import library as practice
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import CollectionType, Item, Record
from pustaka_desktop.gui import other_library, web_catalogue
from pustaka_desktop.gui.app import Controller
from pustaka_desktop.gui.widgets import messages
from pustaka_desktop.gui.workers import Job

from ..web.conftest import Phone


def _catalogue(lib) -> None:
    ctype = CollectionType.get(CollectionType.name == "Sirkulasi")
    for n in range(4):
        record = store.insert(lib, Record, title=f"Timun Mas {n}", isbn="")
        store.insert(lib, Item, record=record, barcode=f"UJI{n:06d}", collection_type=ctype)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def served(lib, librarian):
    """The real Wi-Fi catalogue on a free port, as Settings > Wi-Fi catalogue starts it."""
    _catalogue(lib)
    wifi_catalogue.save_options(lib, librarian, enabled=True, port=_free_port(), parts=["catalogue", "door"])
    web_catalogue.start_with_app(lib)
    assert web_catalogue.SERVICE.running, web_catalogue.SERVICE.error
    yield lib
    web_catalogue.stop_with_app()


def _phone() -> Phone | None:
    """A patron's phone on the Wi-Fi catalogue (None when nobody answers there)."""
    if not web_catalogue.SERVICE.running:
        return None
    return Phone(f"http://127.0.0.1:{web_catalogue.SERVICE.server.port}")


def _sign_in(phone: Phone) -> int:
    """A guest signs the visitor book at the door: the HTTP status, or 0 when nobody answered."""
    try:
        return phone.post("/buku-tamu/tamu", {"jenis_kelamin": "F", "usia": "19-35", "keperluan": "read",
                                              "asal": "village"}, form_page="/buku-tamu").status
    except (urllib.error.URLError, ConnectionError):
        return 0


def _signed_in_while_making(monkeypatch) -> list[int]:
    """Patch the making of the practice library: half way, a guest signs in at the door on her phone (the page
    open before, as a phone keeps it)."""
    answers: list[int] = []
    phone = _phone()
    fill = practice._fill

    def fill_and_sign_in(plib, seed):
        fill(plib, seed)
        answers.append(_sign_in(phone))

    monkeypatch.setattr(practice, "_fill", fill_and_sign_in)
    return answers


def _visits(path) -> int:
    """Visits in a library file, read straight from it (not through the models)."""
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode=ro", uri=True)
    try:
        return conn.execute("SELECT count(*) FROM visit").fetchone()[0]
    finally:
        conn.close()


def test_no_sign_in_lands_in_the_practice_library_while_it_is_made_anew(qtbot, served, monkeypatch):
    from pustaka_desktop.gui import practice as practice_gui

    answers = _signed_in_while_making(monkeypatch)
    monkeypatch.setattr(messages, "confirm", lambda parent, title, text: True)
    dialog = practice_gui.ProgressDialog(served.path, None, served)
    qtbot.addWidget(dialog)
    dialog.reset_button.click()
    made = practice.practice_path(served.path)
    assert answers == [0]  # nobody answered her for that moment: her visit was not taken at all
    assert _visits(made) == 0 and _visits(served.path) == 0  # (before the fix it landed in the practice file)
    assert _sign_in(_phone()) == 200  # and afterwards the door signs patrons into the real library again
    assert _visits(served.path) == 1 and _visits(made) == 0


def test_no_sign_in_lands_in_the_practice_library_while_a_volunteer_goes_to_practise(qtbot, served, monkeypatch):
    answers = _signed_in_while_making(monkeypatch)  # the first time: the practice library is made on the way
    controller = Controller(QApplication.instance(), served, argparse.Namespace(user=None, page=None))
    assert controller.switch_library()
    try:
        assert answers == [0] and not web_catalogue.SERVICE.running  # not while it is made, nor while she practises
    finally:
        assert controller.switch_library()
    assert _visits(practice.practice_path(served.path)) == 0
    assert _sign_in(_phone()) == 200 and _visits(served.path) == 1
    controller.lib.close()


def test_background_work_that_does_not_end_refuses_the_switch_and_nothing_changes(qtbot, served, monkeypatch):
    release = threading.Event()
    stubborn = Job(lambda progress, cancelled: release.wait(20))  # (a network call that does not look at Cancel)
    stubborn.start()
    shown: list[str] = []
    monkeypatch.setattr(other_library, "WAIT_MS", 300)
    monkeypatch.setattr(messages, "show_error", lambda parent, exc: shown.append(str(exc)))
    controller = Controller(QApplication.instance(), served, argparse.Namespace(user=None, page=None))
    try:
        assert not controller.switch_library()
        assert not controller.in_practice and controller.lib is served
        assert shown and not practice.practice_path(served.path).exists()  # said, and no practice file made
        assert _sign_in(_phone()) == 200 and _visits(served.path) == 1  # patrons are served again at once
        assert Record.select().where(Record.title.startswith("Timun Mas")).count() == 4  # the models: the real file
    finally:
        release.set()
        QThreadPool.globalInstance().waitForDone(20_000)


def test_a_sync_in_the_background_is_cancelled_before_the_practice_library_opens(qtbot, served, monkeypatch):
    looked = threading.Event()
    seen: list[bool] = []

    def exchange(progress, cancelled):  # a hub exchange between two pieces of its upload
        while not cancelled():
            looked.set()
            threading.Event().wait(0.02)
        seen.append(True)

    Job(exchange).start()
    assert looked.wait(10)
    controller = Controller(QApplication.instance(), served, argparse.Namespace(user=None, page=None))
    assert controller.switch_library()
    try:
        assert seen == [True]  # it had stopped before the models pointed at the practice file
    finally:
        assert controller.switch_library()
    controller.lib.close()
