"""The pixel checks (tests/gui/pixels.py) read a window only once it has laid itself out: folding the
navigation to icons leaves the page area to be laid out again in a later turn of the event loop, and a
page read in between is squeezed beside a column that is no longer there (a button cut to a sliver
measured as grey text)."""

from __future__ import annotations

import pytest

from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.main_window import MainWindow

from .pixels import grab


@pytest.mark.tiny_demo
def test_a_page_is_read_after_the_navigation_has_made_room(qtbot, lib, librarian):
    window = MainWindow(AppContext(lib, librarian))
    qtbot.addWidget(window)
    window.show()
    grab(window.centralWidget())
    side = window.nav.parentWidget()
    for _ in range(2):  # names shown, then icons only (or the other way round)
        window.set_navigation_collapsed(not window.nav.collapsed, chosen=False)  # what a resize does
        grab(window.centralWidget())
        assert side.width() == side.sizeHint().width(), "the page area was read before it was laid out again"
