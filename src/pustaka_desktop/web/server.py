"""Running the web catalogue: waitress (a production WSGI server that runs on Windows and Linux) in its
own thread, started and stopped by the desktop app or ``pustaka-cli serve``.

``WebServer(app, host, port).start()`` binds the port first, so "port taken" or "not allowed" is a
clear PustakaError before any thread runs; ``addresses(port)`` are the links to put on the poster.
"""

from __future__ import annotations

import errno
import logging
import socket
import sys
import threading

from ..core import network_errors
from ..core.errors import PustakaError
from ..core.i18n import QT_TRANSLATE_NOOP
from .app import WebApp

log = logging.getLogger(__name__)
THREADS = 4  # two cores on a village PC: more threads only wait for each other


class ServerError(PustakaError):
    pass


FIREWALL_HINT = QT_TRANSLATE_NOOP(
    "Errors", "If phones cannot open the address: on Windows, open Control Panel > Windows Defender Firewall > "
              "Allow an app through Windows Firewall, and tick Pustaka for Private networks (the library Wi-Fi "
              "must be set as a private network).")


class WebServer:
    def __init__(self, app: WebApp, host: str = "0.0.0.0", port: int = 8080, threads: int = THREADS) -> None:
        self.app = app
        self.host = host
        self.port = port
        self.threads = threads
        self._server = None
        self._thread: threading.Thread | None = None

    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> WebServer:
        from waitress import wasyncore
        from waitress.server import create_server
        from waitress.task import ThreadedTaskDispatcher

        # made here, not by waitress: it starts the worker threads (and a socket pair) before it binds the port, and
        # a port already taken left them running for as long as the program ran, at each try in Settings
        workers, sockets = ThreadedTaskDispatcher(), {}
        workers.set_thread_count(self.threads)
        try:
            self._server = create_server(self.app, map=sockets, _dispatcher=workers, host=self.host, port=self.port,
                                         threads=self.threads, ident="Pustaka", expose_tracebacks=False,
                                         clear_untrusted_proxy_headers=True, max_request_body_size=1 << 20,
                                         max_request_header_size=16 * 1024, channel_timeout=30, connection_limit=200)
        except OSError as exc:
            workers.shutdown(timeout=5)
            wasyncore.close_all(sockets)
            raise _explain(exc, self.host, self.port) from exc
        self.port = getattr(self._server, "effective_port", self.port)  # port 0 = any free port (tests)
        self._thread = threading.Thread(target=self._run, name="pustaka-web", daemon=True)
        self._thread.start()
        log.info("web catalogue on %s:%s", self.host, self.port)
        return self

    def _run(self) -> None:
        try:
            self._server.run()
        except Exception:  # the socket closed under it at stop(): nothing to report
            log.debug("web server loop ended", exc_info=True)

    def stop(self, timeout: float = 5.0) -> None:
        """Stop answering: no new connections; the requests being answered finish (each is one
        transaction, so nothing is left half-done) and those still queued are dropped unanswered (not
        done at all); then the phones' open connections are closed, so their browsers say at once
        that the PC does not answer instead of waiting on a connection nobody serves."""
        server, self._server = self._server, None
        if server is not None:
            from waitress import wasyncore

            try:
                wasyncore.dispatcher.close(server)  # the listening socket only: the trigger is still needed
            except Exception:
                log.debug("closing the web server", exc_info=True)
            try:
                server.task_dispatcher.shutdown(timeout=timeout)
            except Exception:
                log.debug("stopping the web server's workers", exc_info=True)
            try:  # in the server's own thread, which then ends (its socket map is empty)
                server.trigger.pull_trigger(lambda: wasyncore.close_all(server._map))
            except Exception:
                log.debug("closing the phones' connections", exc_info=True)
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def serve_forever(self) -> None:
        """Block until interrupted (the CLI)."""
        if self._thread is None:
            self.start()
        try:
            while self._thread is not None and self._thread.is_alive():
                self._thread.join(0.5)
        finally:
            self.stop()


def _explain(exc: OSError, host: str, port: int) -> ServerError:
    if exc.errno in (errno.EADDRINUSE, getattr(errno, "WSAEADDRINUSE", -1), 10048):
        return ServerError(QT_TRANSLATE_NOOP(
            "Errors", "Port {port} is already in use by another program. Choose another port (for example "
                      "8081) in Settings > Wi-Fi catalogue, or close the other program."), port=port)
    if exc.errno in (errno.EACCES, errno.EPERM, 10013):
        return ServerError(QT_TRANSLATE_NOOP(
            "Errors", "This computer does not allow Pustaka to open port {port}. Choose a port above 1024; "
                      "on Windows, allow Pustaka in the firewall for private networks."), port=port)
    if exc.errno in (errno.EADDRNOTAVAIL, 10049) or isinstance(exc, socket.gaierror):  # (a name: not found)
        return ServerError(QT_TRANSLATE_NOOP("Errors", "This computer has no network address {host}."), host=host)
    log.warning("web catalogue on %s:%s not started: %s", host, port, network_errors.technical(exc))
    return ServerError(QT_TRANSLATE_NOOP(
        "Errors", "The web catalogue could not start on port {port}. Restart the computer and try again; if it "
                  "still fails, choose another port (for example 8081) in Settings > Wi-Fi catalogue. The "
                  "system's own words are in the log file."), port=port)


def addresses(port: int) -> list[str]:
    """Links phones on the same Wi-Fi can open: this PC's IPv4 addresses on its networks (no loopback),
    found without sending anything anywhere."""
    found: list[str] = []
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
        found = [info[4][0] for info in infos]
    except OSError:
        pass
    if sys.platform.startswith("linux"):
        found += _linux_addresses()
    out = []
    for ip in found:
        if not ip.startswith("127.") and ip not in out:
            out.append(ip)
    return [f"http://{ip}:{port}/" for ip in out]


def _linux_addresses() -> list[str]:
    import array
    import fcntl
    import struct

    out = []
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            for _index, name in socket.if_nameindex():
                try:
                    packed = fcntl.ioctl(sock.fileno(), 0x8915, struct.pack("256s", name[:15].encode()))  # SIOCGIFADDR
                except OSError:
                    continue
                out.append(socket.inet_ntoa(array.array("B", packed[20:24]).tobytes()))
    except OSError:
        pass
    return out
