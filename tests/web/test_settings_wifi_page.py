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


def test_pins_and_the_digital_shelf_from_the_settings_page(qtbot, village, recorded_boxes, monkeypatch, tmp_path):
    from PySide6.QtWidgets import QFileDialog, QInputDialog

    from pustaka_desktop.core.catalog import digital
    from pustaka_desktop.core.community import member_pin

    from .conftest import PDF

    tab = WifiCatalogueTab(AppContext(village.lib, village.librarian))
    qtbot.addWidget(tab)
    tab.pin_member.setText(village.siti.number)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("640271", True))
    tab.set_pin()
    assert member_pin.check(village.lib, village.siti.number, "640271").id == village.siti.id
    tab.random_pin()
    shown_pin = recorded_boxes[-1].split(": ")[1].split()[0]
    assert member_pin.check(village.lib, village.siti.number, shown_pin).id == village.siti.id

    pdf = tmp_path / "Profil_Desa_2025.pdf"
    pdf.write_bytes(PDF)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(pdf), ""))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Profil Desa 2025", True))
    before = tab.shelf.count()
    tab.add_file()
    assert tab.shelf.count() == before + 1
    assert any(e.title == "Profil Desa 2025" for e in digital.shelf(village.lib))


def test_a_failure_the_system_names_in_english_is_said_in_words(qtbot, village, recorded_boxes, monkeypatch, caplog):
    """Windows out of socket buffers (WinError 10055, after weeks without a restart): the box says what to do in
    Indonesian; the system's own English goes to the log."""
    import waitress.server

    words = ("An operation on a socket could not be performed because the system lacked sufficient buffer space "
             "or because a queue was full")

    def no_buffers(*args, **kwargs):
        error = OSError(10055, words)
        error.winerror = 10055
        raise error

    monkeypatch.setattr(waitress.server, "create_server", no_buffers)
    tab = WifiCatalogueTab(AppContext(village.lib, village.librarian))
    qtbot.addWidget(tab)
    tab.enabled.setChecked(True)
    tab.port.setValue(8080)
    tab.save_button.click()
    assert not SERVICE.running
    said = " ".join(recorded_boxes)
    assert "Nyalakan ulang komputer" in said and "8080" in said, said
    assert "buffer" not in said and "10055" not in said
    assert words in caplog.text


def test_the_qr_poster_is_made_in_its_own_language(qtbot, village, recorded_boxes, monkeypatch, tmp_path):
    """A librarian with an Indonesian screen makes the QR poster in English for a visiting school's foreign
    volunteers (it was always in the screen's language)."""
    import subprocess

    from PySide6.QtWidgets import QFileDialog

    tab = WifiCatalogueTab(AppContext(village.lib, village.librarian))
    qtbot.addWidget(tab)
    assert tab.poster_language.language() == "id"  # the screen's language, unless chosen
    tab.poster_language.setCurrentIndex(tab.poster_language.findData("en"))
    tab.wifi_name.setText("Perpus-Desa")
    monkeypatch.setattr(SERVICE, "addresses", lambda: ["http://192.168.1.10:8080/"])
    target = tmp_path / "katalog-wifi.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    tab.save_poster()
    text = " ".join(subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True,
                                   check=True).stdout.split())
    assert "The catalogue on your phone" in text and "1. Connect to the Wi-Fi: Perpus-Desa" in text
    assert "Katalog" not in text
    assert recorded_boxes[-1].startswith("Tersimpan: ")  # the page stays in the screen's language
