"""Sync over the network with the real hub (``pustaka-cli hub serve`` in its own process, on loopback):
an upload cut in the middle resumes, a bundle that came by USB is not applied twice, a captured request
replayed is refused, an answer not signed by the pinned hub key is refused."""

from __future__ import annotations

import os
import random
import shutil
import socket
import subprocess
import sys
import urllib.error
import urllib.request

import pytest

from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.store.models import Item, Record, SyncBundleLog
from pustaka_desktop.core.sync import client, keys, wire

from .relay import Relay
from .sync_helpers import Site, both_databases, enrol, hub_serving

_WORDS = ("Malin Kundang", "Sangkuriang", "Timun Mas", "Bawang Merah", "Lutung Kasarung", "Danau Toba", "Roro Jonggrang",
          "Si Pitung", "Keong Mas", "Jaka Tarub", "Putri Mandalika", "Ande-Ande Lumut", "Cindelaras", "Batu Menangis",
          "Tangkuban Perahu", "Asal Usul Banyuwangi", "Si Kancil", "Nyi Roro Kidul", "Calon Arang", "Panji Semirang")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class CuttingProxy(Relay):
    """The first ``cuts`` connections that carry more than ``after`` bytes towards the hub are cut there (a phone
    connection dropping in the middle of an upload)."""

    def __init__(self, target_port: int, cuts: int, after: int) -> None:
        self.cuts, self.after, self.cut = cuts, after, 0
        super().__init__(target_port)

    def up(self, link, data):
        if "cut_this" not in link:
            link["cut_this"], link["sent"] = self.cut < self.cuts, 0
        if link["cut_this"] and link["sent"] + len(data) > self.after:
            self.cut += 1
            return data[: max(0, self.after - link["sent"])], True
        link["sent"] += len(data)
        return data, False


@pytest.fixture
def network(tmp_path):
    clock = FixedClock("2026-03-02T09:00:00+07:00")
    district = Site(tmp_path, "dinas", "DIN", clock, district=True)
    village = Site(tmp_path, "desa", "UJI", clock)
    enrol(village, district, tmp_path)
    with village, village.lib.transaction():  # (one commit, not 170: the rows and their changes are the same)
        for n in range(150):
            # (each record's own words: a bundle of near-same rows compresses below the cut point)
            words = random.Random(n).sample(_WORDS, 12)
            record = store.insert(village.lib, Record, title=f"Cerita Rakyat Nusantara jilid {n}", isbn="",
                                  subtitle="kumpulan dongeng dari Sabang sampai Merauke " * 3, notes=" ".join(words))
            if n < 20:
                store.insert(village.lib, Item, record=record, barcode=f"UJI{n:06d}")
    district_path = district.lib.path
    district.close()
    hub, port = hub_serving(district_path)
    yield village, district_path, port, clock
    hub.terminate()
    hub.wait(timeout=30)
    village.close()


def _district_log(path, clock):
    from pustaka_desktop.core.service import Library

    lib = Library.open(path, clock)
    try:
        with lib.bound():
            return [(row.result, row.file_name) for row in SyncBundleLog.select().where(SyncBundleLog.direction == "in")]
    finally:
        lib.close()


@both_databases
def test_an_upload_cut_in_the_middle_resumes_and_is_applied_once(network):
    village, district_path, port, clock = network
    proxy = CuttingProxy(port, cuts=2, after=9000)
    try:
        with village:
            done = client.exchange(village.lib, village.staff, f"http://127.0.0.1:{proxy.port}", chunk=16 * 1024)
    finally:
        proxy.close()
    assert proxy.cut == 2 and done.resumed >= 2
    assert [result for _name, result in done.sent] == ["applied"]
    assert [result for _name, result in done.fetched] == ["applied"]  # the district's answer came back
    assert [result for result, _name in _district_log(district_path, clock)] == ["applied"]
    with village:
        assert not list(client.sync_dir(village.lib, "outgoing").glob("*"))  # delivered: nothing waits


@both_databases
def test_a_bundle_that_came_by_usb_is_not_applied_again_over_the_network(network, tmp_path):
    village, district_path, port, clock = network
    with village:
        from pustaka_desktop.core.sync import export

        stick_file = export.export_bundle(village.lib, village.staff, "DIN", village.stick).path
    # the district imports it from the stick ...
    env = dict(os.environ, PUSTAKA_LANG="en")
    subprocess.run([sys.executable, "-c", "import sys; from pustaka_desktop.cli import main; sys.exit(main())",
                    "--db", str(district_path), "sync", "import", str(stick_file)], env=env, check=True,
                   capture_output=True)
    # ... and the same file then goes over the network too
    with village:
        outgoing = client.sync_dir(village.lib, "outgoing")
        shutil.copy(stick_file, outgoing / stick_file.name)
        done = client.exchange(village.lib, village.staff, f"http://127.0.0.1:{port}", chunk=64 * 1024)
    assert done.sent == [(stick_file.name, "already")]
    assert [result for result, _name in _district_log(district_path, clock)].count("applied") == 1


def test_a_replayed_request_and_a_stranger_are_refused(network):
    village, _district_path, port, _clock = network
    target = "/sync/v1/outbox/prepare"
    with village:
        headers = wire.sign_request(lambda data: keys.sign(village.lib, data), village.lib.site_id, "POST", target,
                                    b"")

    def send(h):
        request = urllib.request.Request(f"http://127.0.0.1:{port}{target}", data=b"", method="POST", headers=h)
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                return answer.status
        except urllib.error.HTTPError as error:
            return error.code

    assert send(headers) == 200
    assert send(headers) == 403  # the same signed request again: a replay
    stranger = dict(headers, **{wire.NONCE: "a" * 32, wire.SIGNATURE: headers[wire.SIGNATURE]})
    assert send(stranger) == 401  # the signature does not cover this nonce


def test_an_answer_not_signed_by_the_pinned_hub_is_refused(network, tmp_path):
    village, _district_path, port, _clock = network
    with village:
        peer = client.district_peer()
        peer.public_key = keys.public_key_b64(village.lib)  # pretend the pinned key is another one
        connection = client.HubConnection(village.lib, f"http://127.0.0.1:{port}", peer)
        with pytest.raises(client.NetworkError):
            connection.json("POST", "/sync/v1/outbox/prepare")


def test_no_hub_reachable_says_so_and_keeps_the_bundle(tmp_path):
    clock = FixedClock("2026-03-02T09:00:00+07:00")
    district = Site(tmp_path, "dinas", "DIN", clock, district=True)
    village = Site(tmp_path, "desa", "UJI", clock)
    enrol(village, district, tmp_path)
    try:
        with village:
            with pytest.raises(client.NetworkError):
                client.exchange(village.lib, village.staff, f"http://127.0.0.1:{_free_port()}")
            assert len(list(client.sync_dir(village.lib, "outgoing").glob("*.zip"))) == 1  # waits for next time
    finally:
        village.close()
        district.close()


def test_the_app_syncs_by_itself_when_the_hub_answers(network, qtbot):
    from PySide6.QtWidgets import QMainWindow

    from pustaka_desktop.gui import hub_watch
    from pustaka_desktop.gui.context import AppContext

    village, district_path, port, clock = network
    window = QMainWindow()
    qtbot.addWidget(window)
    with village:
        with village.lib.transaction():
            client.set_hub_url(village.lib, f"http://127.0.0.1:{port}")
        watch = hub_watch.install(window, AppContext(village.lib, village.staff))
        watch.stop()
        watch.check()
        qtbot.waitUntil(lambda: watch.job is None, timeout=60_000)
        message = window.statusBar().currentMessage()
        assert "1" in message and "hub" in message.lower()  # "... 1 bundle(s) sent, 1 received" in either language
    assert [result for result, _name in _district_log(district_path, clock)] == ["applied"]
    assert not hub_watch.reachable(f"http://127.0.0.1:{_free_port()}")


@both_databases
def test_the_hub_publishes_the_union_catalogue_with_its_holdings(network):
    village, _district_path, port, _clock = network
    with village:
        client.exchange(village.lib, village.staff, f"http://127.0.0.1:{port}", chunk=64 * 1024)
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/?q=Cerita+Rakyat", timeout=30) as page:
        html = page.read().decode("utf-8")
    assert "Cerita Rakyat Nusantara" in html and "Perpustakaan desa" in html  # the village holding it
    record = next(part.split('"')[0] for part in html.split('href="/buku/')[1:])
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/buku/{record}", timeout=30) as page:
        detail = page.read().decode("utf-8")
    assert "Perpustakaan desa" in detail
