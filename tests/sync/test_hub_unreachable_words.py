"""When the district hub cannot be reached, the volunteer reads why in her language and what to do - never the
system's own English ("Connection refused", "[Errno -3] Temporary failure in name resolution", "[WinError
10060] ...", "[SSL: CERTIFICATE_VERIFY_FAILED] ..."), which goes to the log. Each failure is made for real
through the client (a port nobody listens on, a server that never answers, one that cuts its answer, a
self-signed certificate); what only the resolver or Windows says is raised where the system would raise it."""

from __future__ import annotations

import datetime
import errno
import ipaddress
import logging
import socket
import ssl
import threading

import pytest
from PySide6.QtCore import QCoreApplication

from pustaka_desktop import i18n
from pustaka_desktop.cli import main
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.sync import client

from .sync_helpers import village_and_district

SYSTEM_WORDS = ("Errno", "WinError", "refused it", "Connection refused", "timed out", "name resolution", "SSL",
                "CERTIFICATE_VERIFY_FAILED", "reset by peer", "unreachable", "IncompleteRead", "Traceback")


@pytest.fixture
def village(tmp_path):
    village, district = village_and_district(tmp_path, FixedClock("2026-03-02T09:00:00+07:00"))
    district.close()
    with village:
        yield village
    village.close()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _failure(url: str, timeout: float = 30.0) -> client.HubUnreachable:
    """The first request of an exchange, as ``client.exchange`` makes it (with a timeout the test chooses)."""
    hub = client.HubConnection(None, url, client.district_peer(), timeout=timeout, sign=lambda data: b"x" * 64,
                               site="SKM")
    with pytest.raises(client.HubUnreachable) as caught:
        hub.json("GET", "/sync/v1/upload/pustaka-SKM-to-DIN-20260302-0123abcd.zip")
    return caught.value


def _in(language: str, exc: client.HubUnreachable) -> str:
    i18n.install(language)
    return exc.message(QCoreApplication.translate)


def _plain(text: str) -> None:
    assert not [word for word in SYSTEM_WORDS if word.lower() in text.lower()], text


def _says(exc: client.HubUnreachable, english: str, indonesian: str) -> None:
    en, id_ = _in("en", exc), _in("id", exc)
    _plain(en)
    _plain(id_)
    assert english in en and "Nothing was lost" in en, en
    assert indonesian in id_ and "Tidak ada yang hilang" in id_, id_


class _Server:
    """A loopback server that accepts and does ``answer(connection)`` with each connection."""

    def __init__(self, answer, wrap=None) -> None:
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.answer, self.wrap, self.held = answer, wrap, []
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            self.held.append(conn)
            try:
                self.answer(self.wrap(conn) if self.wrap else conn)
            except (OSError, ssl.SSLError):
                pass

    def close(self) -> None:
        try:  # (on Linux a close alone does not wake the accept() waiting in its thread)
            self.sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.sock.close()
        for conn in self.held:
            try:  # (wakes a recv() waiting in the server's thread, as for the accept())
                conn.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            conn.close()


def _never_answers(conn) -> None:
    conn.recv(65536)  # the request is read; no answer ever comes (a district PC that hangs)


def _cut_answer(conn) -> None:
    conn.recv(65536)
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 5000\r\nContent-Type: application/json\r\n\r\n{\"rec")
    conn.close()  # the line dropped in the middle of the answer


def _reset(conn) -> None:
    conn.recv(65536)
    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")
    conn.close()  # RST: "Connection reset by peer"


def test_no_program_on_the_port_says_the_hub_program_is_not_running(village, caplog):
    with caplog.at_level(logging.WARNING):
        exc = _failure(f"http://127.0.0.1:{_free_port()}")
    _says(exc, "refused the connection", "menolak sambungan")
    assert "Connection refused" in exc.details and "Connection refused" in caplog.text  # (kept for the log)


def test_a_hub_that_never_answers_says_the_computer_does_not_answer(village):
    server = _Server(_never_answers)
    try:
        exc = _failure(f"http://127.0.0.1:{server.port}", timeout=0.5)
    finally:
        server.close()
    _says(exc, "does not answer", "tidak menjawab")


def test_a_name_the_resolver_cannot_find_says_check_the_address(village, monkeypatch):
    def no_name(*args, **kwargs):
        raise socket.gaierror(socket.EAI_AGAIN, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", no_name)
    _says(_failure("http://hub.dinas-perpus.go.id:8765"), "cannot be found", "tidak ditemukan")


def test_an_address_mistyped_says_check_it(village):
    """A port typed with a letter in it ("8765" as "87a5") passes the address check; urllib then raised
    ``InvalidURL`` straight through (a traceback in the CLI)."""
    _says(_failure("http://192.168.1.10:87a5"), "not written right", "tidak ditulis dengan benar")


def test_the_hub_watch_says_a_mistyped_address_in_the_status_bar(village, qtbot):
    from PySide6.QtWidgets import QMainWindow

    from pustaka_desktop.gui import hub_watch
    from pustaka_desktop.gui.context import AppContext

    window = QMainWindow()
    qtbot.addWidget(window)
    i18n.install("id")
    with village.lib.transaction():
        client.set_hub_url(village.lib, "http://192.168.1.10:87a5")
    watch = hub_watch.install(window, AppContext(village.lib, village.staff))
    watch.stop()
    watch.check()
    qtbot.waitUntil(lambda: watch.job is None, timeout=60_000)
    message = window.statusBar().currentMessage()
    assert "tidak ditulis dengan benar" in message, message
    _plain(message)
    assert "87a5" not in message


def test_no_network_here_says_check_the_cable_or_wifi(village, monkeypatch):
    def unreachable(*args, **kwargs):
        raise OSError(errno.ENETUNREACH, "Network is unreachable")

    monkeypatch.setattr(socket, "create_connection", unreachable)
    _says(_failure("http://10.20.0.5:8765"), "no way to the district computer", "Wi-Fi")


def test_an_answer_cut_in_the_middle_says_the_connection_dropped(village):
    server = _Server(_cut_answer)
    try:
        exc = _failure(f"http://127.0.0.1:{server.port}")
    finally:
        server.close()
    _says(exc, "dropped in the middle", "terputus di tengah jalan")


def test_a_connection_reset_says_the_connection_dropped(village):
    server = _Server(_reset)
    try:
        exc = _failure(f"http://127.0.0.1:{server.port}")
    finally:
        server.close()
    _says(exc, "dropped in the middle", "terputus di tengah jalan")


def _self_signed(folder, not_after: datetime.datetime) -> ssl.SSLContext:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    certificate = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
                   .serial_number(1).not_valid_before(not_after - datetime.timedelta(days=400))
                   .not_valid_after(not_after)
                   .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                                  critical=False)
                   .sign(key, hashes.SHA256()))
    (folder / "hub.pem").write_bytes(certificate.public_bytes(serialization.Encoding.PEM) + key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(folder / "hub.pem")
    return context


@pytest.mark.parametrize("expired, english, indonesian", [
    (False, "cannot be trusted", "tidak bisa dipercaya"),
    (True, "this computer's date", "tanggal dan jam komputer ini")])
def test_a_certificate_the_village_cannot_check_says_so(village, tmp_path, monkeypatch, expired, english,
                                                        indonesian):
    now = datetime.datetime.now(datetime.UTC)
    context = _self_signed(tmp_path, now - datetime.timedelta(days=3) if expired else now + datetime.timedelta(days=30))
    if expired:  # (the self-signed one trusted here: only its date is wrong, as after a flat clock battery)
        trusted = ssl.create_default_context(cafile=str(tmp_path / "hub.pem"))
        monkeypatch.setattr(ssl, "_create_default_https_context", lambda *a, **k: trusted)
    server = _Server(_never_answers, wrap=lambda conn: context.wrap_socket(conn, server_side=True))
    try:
        exc = _failure(f"https://127.0.0.1:{server.port}", timeout=5)
    finally:
        server.close()
    _says(exc, english, indonesian)


@pytest.mark.parametrize("code, errno_, strerror, english, indonesian", [
    (10061, 10061, "No connection could be made because the target machine actively refused it",
     "refused the connection", "menolak sambungan"),
    (10060, 10060, "A connection attempt failed because the connected party did not properly respond after a period "
                   "of time, or established connection failed because connected host has failed to respond",
     "does not answer", "tidak menjawab"),
    (10051, 10051, "A socket operation was attempted to an unreachable network", "no way to the district computer",
     "Wi-Fi"),
    (10065, 10065, "A socket operation was attempted to an unreachable host", "no way to the district computer",
     "Wi-Fi"),
    (1231, errno.EINVAL, "The network location cannot be reached", "no way to the district computer", "Wi-Fi"),
    (10054, 10054, "An existing connection was forcibly closed by the remote host", "dropped in the middle",
     "terputus di tengah jalan"),
])
def test_what_windows_says_is_said_in_words(village, monkeypatch, code, errno_, strerror, english, indonesian):
    def windows(*args, **kwargs):
        error = OSError(errno_, strerror)
        error.winerror = code  # (as Windows sets it: "[WinError 10060] ...")
        raise error

    monkeypatch.setattr(socket, "create_connection", windows)
    exc = _failure("http://192.168.1.10:8765")
    _says(exc, english, indonesian)
    assert strerror in exc.details


def test_the_cli_says_it_in_indonesian_and_keeps_the_bundle(village, capsys, monkeypatch):
    monkeypatch.setenv("PUSTAKA_PASSWORD", "rahasia1")
    url = f"http://127.0.0.1:{_free_port()}"
    code = main(["--lang", "id", "--db", str(village.lib.path), "--user", "admin", "hub", "exchange", "--hub", url])
    out, err = capsys.readouterr()
    assert code == 1
    assert "menolak sambungan" in err and "Tidak ada yang hilang" in err, err
    _plain(out + err)
    assert len(list(client.sync_dir(village.lib, "outgoing").glob("*.zip"))) == 1  # waits for next time


def test_the_hub_watch_says_it_in_the_status_bar(village, qtbot, caplog):
    """The hub's port answers (so the watch tries) but the answer is cut: the status bar says so in words."""
    from PySide6.QtWidgets import QMainWindow

    from pustaka_desktop.gui import hub_watch
    from pustaka_desktop.gui.context import AppContext

    server = _Server(_cut_answer)
    window = QMainWindow()
    qtbot.addWidget(window)
    i18n.install("id")
    try:
        with village.lib.transaction():
            client.set_hub_url(village.lib, f"http://127.0.0.1:{server.port}")
        watch = hub_watch.install(window, AppContext(village.lib, village.staff))
        watch.stop()
        with caplog.at_level(logging.WARNING):
            watch.check()
            qtbot.waitUntil(lambda: watch.job is None, timeout=60_000)
    finally:
        server.close()
    message = window.statusBar().currentMessage()
    assert "terputus di tengah jalan" in message and "Tidak ada yang hilang" in message, message
    _plain(message)
    assert "IncompleteRead" in caplog.text  # (the system's words: in the log)


def test_send_now_on_the_sync_page_says_it_in_words(village, qtbot, monkeypatch):
    """"Kirim sekarang" with the district PC's program not running: the box says so in Indonesian."""
    from PySide6.QtWidgets import QMessageBox

    from pustaka_desktop.gui.context import AppContext
    from pustaka_desktop.gui.pages.sync import SyncPage

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    i18n.install("id")
    village.lib.activate()
    page = SyncPage(AppContext(village.lib, village.staff))
    qtbot.addWidget(page)
    page.hub_url.setText(f"http://127.0.0.1:{_free_port()}")
    page.send_button.click()
    qtbot.waitUntil(lambda: bool(shown), timeout=60_000)
    assert "menolak sambungan" in shown[0] and "Tidak ada yang hilang" in shown[0], shown
    _plain(shown[0])


def test_a_file_error_shown_in_a_dialog_is_said_in_words(qtbot, monkeypatch):
    """A raw OSError reaching a dialog (a job's failure, a printer's file): Windows' "[WinError 32] ..." stays in
    the details; the sentence says what to do."""
    from PySide6.QtWidgets import QMessageBox

    from pustaka_desktop.gui.widgets.messages import show_error

    boxes: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box) or 0)
    error = PermissionError(errno.EACCES, "The process cannot access the file because it is being used by another "
                                          "process", r"E:\Laporan Bulanan.xlsx")
    error.winerror = 32
    i18n.install("id")
    show_error(None, error, "Traceback ... PermissionError: [WinError 32] The process cannot access the file")
    text = boxes[0].text()
    assert "sedang dibuka di program lain" in text and r"E:\Laporan Bulanan.xlsx" in text, text
    _plain(text)
    assert "WinError 32" in boxes[0].detailedText()


def test_the_district_pcs_own_disk_trouble_is_not_said_as_the_villages(tmp_path):
    """The hub cannot write the piece on its own disk: the village hears that the district hub has a problem to
    tell the district office about - not the district's file path and "is a folder" or "the USB stick is full",
    which a volunteer would take for her own PC."""
    import os
    import random
    import subprocess
    import sys
    import time

    from pustaka_desktop.core.store import write as store
    from pustaka_desktop.core.store.models import Record
    from pustaka_desktop.core.sync import export, relay

    village, district = village_and_district(tmp_path, FixedClock("2026-03-02T09:00:00+07:00"))
    with village:
        for n in range(60):  # (a bundle bigger than what the hub seems to hold: its pieces are sent)
            store.insert(village.lib, Record, title=f"Cerita Rakyat jilid {n} {random.Random(n).random()}",
                         notes=" ".join(str(random.Random(n).random()) for _ in range(8)))
        bundle = export.export_bundle(village.lib, village.staff, client.district_peer().site,
                                      client.sync_dir(village.lib, "outgoing")).path
    with district:
        held = relay.hub_dir(district.lib) / "incoming" / village.lib.site_id / (bundle.name + ".part")
    held.mkdir(parents=True)  # (where the piece goes, something the hub cannot append to)
    district_path = district.lib.path
    district.close()
    port = _free_port()
    hub = subprocess.Popen([sys.executable, "-c", "import sys; from pustaka_desktop.cli import main; sys.exit(main())",
                            "--db", str(district_path), "hub", "serve", "--host", "127.0.0.1", "--port", str(port)],
                           env=dict(os.environ, PUSTAKA_LANG="en"), stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL)
    try:
        for _attempt in range(200):
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                assert hub.poll() is None, "the hub did not start"
                time.sleep(0.3)
        with village:
            with pytest.raises(client.NetworkError) as caught:
                client.exchange(village.lib, village.staff, f"http://127.0.0.1:{port}")
            assert bundle.exists()  # waits for next time
    finally:
        hub.terminate()
        hub.wait(timeout=30)
        village.close()
    said = caught.value.message()
    assert "district hub ran into an error" in said and "tell the district office" in said, said
    assert str(tmp_path) not in said and "folder" not in said
