"""A TCP relay on loopback in front of the hub, for the tests of links that fail the way phone links do: each
connection is piped both ways, and a kind of link decides what becomes of the bytes going up to the hub (``up``:
what to pass on, and whether the link drops after it) and of the answer coming back (``down``: False drops it)."""

from __future__ import annotations

import socket
import threading
from typing import Any


class Relay:
    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.lock = threading.Lock()
        self.server = socket.create_server(("127.0.0.1", 0))
        self.port = self.server.getsockname()[1]
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    def up(self, link: dict[str, Any], data: bytes) -> tuple[bytes, bool]:
        """What of ``data`` (on its way to the hub) goes on, and whether the link drops after it."""
        return data, False

    def down(self, link: dict[str, Any], data: bytes) -> bool:
        """Whether the hub's answer ``data`` reaches the village (False: the link drops)."""
        return True

    def close(self) -> None:
        try:  # (on Linux a close alone does not wake the accept() waiting in its thread)
            self.server.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self.server.close()

    def _accept(self) -> None:
        while True:
            try:
                conn, _ = self.server.accept()
            except OSError:
                return
            threading.Thread(target=self._pipe, args=(conn,), daemon=True).start()

    def _pipe(self, conn: socket.socket) -> None:
        upstream = socket.create_connection(("127.0.0.1", self.target_port))
        link: dict[str, Any] = {}  # (what a kind of link keeps of one connection)

        def back() -> None:
            try:
                while data := upstream.recv(65536):
                    if not self.down(link, data):
                        break
                    conn.sendall(data)
            except OSError:
                pass
            finally:
                _close(conn, upstream)

        threading.Thread(target=back, daemon=True).start()
        try:
            while data := conn.recv(65536):
                passed, drop = self.up(link, data)
                if passed:
                    upstream.sendall(passed)
                if drop:
                    break
        except OSError:
            pass
        finally:
            _close(conn, upstream)


def _close(*sockets: socket.socket) -> None:
    for s in sockets:
        try:
            s.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        s.close()
