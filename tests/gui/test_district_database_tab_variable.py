"""Settings > Union catalogue database on a PC where whoever installed the district hub set
PUSTAKA_DISTRICT_DATABASE: the tab says when that variable (not a choice saved in the library) put the union
catalogue on a server, brings it back for good (the saved choice wins from then on, also after a restart), and
says when the variable is no longer used. No server is needed: the variable names one nobody answers on."""

from __future__ import annotations

import socket

import pytest

from pustaka_desktop.core.service import Library
from pustaka_desktop.core.settings import set_setting
from pustaka_desktop.core.store import postgres
from pustaka_desktop.core.sync import dialect, union
from pustaka_desktop.gui import workers
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages import settings_district_db
from pustaka_desktop.gui.pages.settings import SettingsPage
from tests.gui.test_district_database_tab import district_with_a_book
from tests.sync.sync_helpers import Site


def _nobody_listens() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"postgresql://dinas@127.0.0.1:{port}/pustaka_hub"


@pytest.fixture
def district(tmp_path, monkeypatch):
    """A district office with a village's book in its catalogue, opened on a PC whose variable names a server."""
    site = district_with_a_book(tmp_path, monkeypatch)
    monkeypatch.setenv(postgres.DSN_ENV, _nobody_listens())
    _reopen(site)
    yield site
    site.close()


def _reopen(site: Site) -> None:
    path = site.lib.path
    site.close()
    site.lib = Library.open(path, site.clock)
    site.lib.activate()


def _page(qtbot, site):
    page = SettingsPage(AppContext(lib=site.lib, user=site.staff))
    qtbot.addWidget(page)
    return page


def test_the_tab_says_the_variable_chose_the_server_and_bringing_it_back_holds_after_a_restart(
        qtbot, district, monkeypatch, message_boxes):
    asked: list[str] = []
    monkeypatch.setattr(settings_district_db, "confirm", lambda parent, title, text: asked.append(text) or True)
    page = _page(qtbot, district)
    tab = page.district_db_tab
    said = tab.where.text()
    assert "On the PostgreSQL server" in said and "named by this PC's PUSTAKA_DISTRICT_DATABASE variable" in said
    assert not tab.back_button.isHidden() and not tab.move_button.isEnabled()

    tab.back_button.click()
    qtbot.waitUntil(lambda: not workers._unfinished and not workers._running, timeout=30_000)
    assert "wins over it" in asked[0]
    assert message_boxes == ["The union catalogue is kept in this file again."]
    said = tab.where.text()
    assert "In this library's own file" in said and "On the PostgreSQL server" not in said
    assert "PUSTAKA_DISTRICT_DATABASE variable names" in said and "the variable is not used" in said
    assert tab.back_button.isHidden() and tab.move_button.isEnabled()

    _reopen(district)  # the next start: still this file, the server not asked
    page = _page(qtbot, district)
    tab = page.district_db_tab
    assert "In this library's own file" in tab.where.text() and tab.back_button.isHidden()
    assert dialect.describe(district.lib)["kind"] == "sqlite"
    assert [h.title for h in union.search(district.lib, "laskar")] == ["Laskar Pelangi"]


def test_moving_to_another_server_than_the_variables_says_the_one_typed_wins(qtbot, district, monkeypatch):
    asked: list[str] = []
    monkeypatch.setattr(settings_district_db, "confirm", lambda parent, title, text: asked.append(text) or False)
    set_setting(postgres.DSN_SETTING, postgres.THIS_FILE)  # brought back earlier
    _reopen(district)
    page = _page(qtbot, district)
    tab = page.district_db_tab
    tab.host.setText("192.168.1.10")
    tab.database.setText("pustaka")
    tab.user.setText("dinas")
    tab.move_button.click()
    assert "PUSTAKA_DISTRICT_DATABASE variable names another database" in asked[0]
    assert "the server chosen here wins over it" in asked[0]
    assert dialect.describe(district.lib)["kind"] == "sqlite"  # (the officer said no: nothing moved)
