"""A page's figures and previews are made off the GUI thread by one loader (``gui.background.load_later``): only
the newest request of a page reaches it, a request it takes back (``forget``) reaches it never, and a failure
comes as the error itself (the page says it in words; a user's mistake is not logged as a crash)."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QWidget

from pustaka_desktop.core.errors import ValidationError
from pustaka_desktop.gui import background


def _page(qtbot) -> tuple[QWidget, list]:
    page = QWidget()
    qtbot.addWidget(page)
    return page, []


def test_only_the_newest_request_of_a_page_reaches_it(qtbot, lib):
    page, shown = _page(qtbot)
    slow = threading.Event()
    background.load_later(page, lib, lambda: (slow.wait(5), "older")[1], shown.append)
    background.load_later(page, lib, lambda: "newer", shown.append)
    qtbot.waitUntil(lambda: shown == ["newer"], timeout=5000)
    slow.set()
    qtbot.waitUntil(lambda: not background._running, timeout=5000)
    assert shown == ["newer"]


def test_a_request_taken_back_never_reaches_the_page(qtbot, lib):
    page, shown = _page(qtbot)
    go_on = threading.Event()
    background.load_later(page, lib, lambda: (go_on.wait(5), "preview of the old choice")[1], shown.append)
    background.forget(page)  # (the choice changed into one that cannot be previewed)
    go_on.set()
    qtbot.waitUntil(lambda: not background._running, timeout=5000)
    assert shown == []


def test_a_failure_comes_as_the_error_itself(qtbot, lib, caplog):
    page, failures = _page(qtbot)

    def refused():
        raise ValidationError("No copies are chosen.")

    background.load_later(page, lib, refused, lambda result: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert isinstance(failures[0], ValidationError)
    assert "background load failed" not in caplog.text  # (a user's mistake is not a crash in the log)
