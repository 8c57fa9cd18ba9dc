"""Settings > Wi-Fi catalogue in the desktop app: switching the web catalogue on starts the real
server (phones can load it), a taken port gets a clear message, switching off stops it."""

from __future__ import annotations

import socket
import urllib.request

import pytest
from PySide6.QtWidgets import QMessageBox

from pustaka_desktop import i18n
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages.settings_wifi import WifiCatalogueTab
from pustaka_desktop.gui.web_catalogue import SERVICE


@pytest.fixture(autouse=True)
def recorded_boxes(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    i18n.install("id")
    yield shown
    SERVICE.stop()
    i18n.install("en")


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_switching_on_serves_the_catalogue_and_off_stops_it(qtbot, village, recorded_boxes):
    tab = WifiCatalogueTab(AppContext(village.lib, village.librarian))
    qtbot.addWidget(tab)
    assert not tab.enabled.isChecked() and "Tertutup" in tab.status.text()
    port = _free_port()
    tab.enabled.setChecked(True)
    tab.port.setValue(port)
    tab.parts["door"].setChecked(True)
    tab.save_button.click()
    assert SERVICE.running and "Terbuka" in tab.status.text()
    page = urllib.request.urlopen(f"http://127.0.0.1:{port}/buku-tamu", timeout=10).read().decode()
    assert "buku tamu" in page.lower()
    tab.enabled.setChecked(False)
    tab.save_button.click()
    assert not SERVICE.running and "Tertutup" in tab.status.text()


def test_a_taken_port_is_explained(qtbot, village, recorded_boxes):
    with socket.socket() as other:
        other.bind(("0.0.0.0", 0))
        other.listen()
        port = other.getsockname()[1]
        tab = WifiCatalogueTab(AppContext(village.lib, village.librarian))
        qtbot.addWidget(tab)
        tab.enabled.setChecked(True)
        tab.port.setValue(port)
        tab.save_button.click()
    assert not SERVICE.running
    assert any(str(port) in text and "sudah dipakai" in text for text in recorded_boxes)
    assert "Firewall" in tab.status.text()
