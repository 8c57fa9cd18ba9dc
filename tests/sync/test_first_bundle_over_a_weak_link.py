"""A village's first bundle over a phone link that drops: the whole bundle is up, the hub applies it (a
first bundle keeps a district PC busy for a minute or more), and the link drops while the village waits for
the answer. The village asks again and hears that its bundle went in, instead of an error after the
whole upload."""

from __future__ import annotations

import random
import socket
import threading

from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Record
from pustaka_desktop.core.sync import client

from .sync_helpers import both_databases
from .test_hub_network import _district_log, network  # noqa: F401 - the hub in its own process


class AnswerLost:
    """Forwards loopback TCP to the hub; the answer to the first "the whole bundle is there" (POST of an
    upload) never reaches the village: the hub got the question and answered, the link dropped meanwhile."""

    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.lost = 0
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            threading.Thread(target=self._pipe, args=(conn,), daemon=True).start()

    def _pipe(self, conn: socket.socket) -> None:
        upstream = socket.create_connection(("127.0.0.1", self.target_port))
        first = True
        drop = False

        def forward() -> None:
            nonlocal first, drop
            try:
                while data := conn.recv(65536):
                    if first:
                        first = False
                        with self.lock:
                            if data.startswith(b"POST /sync/v1/upload/") and not self.lost:
                                self.lost, drop = 1, True
                    upstream.sendall(data)
            except OSError:
                pass

        threading.Thread(target=forward, daemon=True).start()
        try:
            while data := upstream.recv(65536):
                if drop:
                    break  # the hub answered; the answer is lost on the way
                conn.sendall(data)
        except OSError:
            pass
        finally:
            for s in (conn, upstream):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                s.close()

    def close(self) -> None:
        self.server.close()


@both_databases
def test_the_answer_to_a_whole_upload_lost_on_the_way_is_asked_again_and_the_bundle_counts_as_sent(network):  # noqa: F811
    village, district_path, port, clock = network
    proxy = AnswerLost(port)
    try:
        with village:
            done = client.exchange(village.lib, village.staff, f"http://127.0.0.1:{proxy.port}", chunk=16 * 1024)
    finally:
        proxy.close()
    assert proxy.lost == 1 and done.resumed >= 1
    assert [result for _name, result in done.sent] == ["applied"]
    assert [result for _name, result in done.fetched] == ["applied"]  # the district's answer came back too
    results = [result for result, _name in _district_log(district_path, clock)]
    assert results.count("applied") == 1  # applied once, however often it was asked
    with village:
        assert not list(client.sync_dir(village.lib, "outgoing").glob("*"))  # delivered: nothing waits


class ShortBreath:
    """Forwards loopback TCP to the hub; every connection that carries more than ``most`` bytes towards the hub
    is cut there: a link that never holds long enough for a whole 256 KB piece (a slow 2G/EDGE line, whose
    pieces outlast the request's timeout, does the same)."""

    def __init__(self, target_port: int, most: int) -> None:
        self.target_port, self.most = target_port, most
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.cut = 0
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            threading.Thread(target=self._pipe, args=(conn,), daemon=True).start()

    def _pipe(self, conn: socket.socket) -> None:
        upstream = socket.create_connection(("127.0.0.1", self.target_port))

        def back() -> None:
            try:
                while data := upstream.recv(65536):
                    conn.sendall(data)
            except OSError:
                pass
            finally:
                conn.close()

        threading.Thread(target=back, daemon=True).start()
        sent = 0
        try:
            while data := conn.recv(65536):
                if sent + len(data) > self.most:
                    self.cut += 1
                    break
                upstream.sendall(data)
                sent += len(data)
        except OSError:
            pass
        finally:
            for s in (conn, upstream):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                s.close()

    def close(self) -> None:
        self.server.close()


def test_a_link_that_never_carries_a_whole_piece_gets_smaller_pieces_and_the_bundle_goes_through(network):  # noqa: F811
    village, district_path, port, clock = network
    with village, village.lib.transaction():  # a bundle of several pieces (notes that do not compress away)
        for n in range(1500):
            store.insert(village.lib, Record, title=f"Hikayat {n}", notes=f"{random.Random(n).getrandbits(320):x}")
    proxy = ShortBreath(port, most=20_000)
    try:
        with village:
            done = client.exchange(village.lib, village.staff, f"http://127.0.0.1:{proxy.port}", chunk=64 * 1024)
    finally:
        proxy.close()
    assert proxy.cut >= 1
    assert [result for _name, result in done.sent] == ["applied"]
    assert [result for result, _name in _district_log(district_path, clock)] == ["applied"]
