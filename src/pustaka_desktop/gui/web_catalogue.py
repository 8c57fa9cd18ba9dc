"""The web catalogue's server in the desktop app: started with the app when Settings > Wi-Fi catalogue
says so, restarted when the settings change, stopped when the app closes. The server itself is
pustaka_desktop.web (waitress in its own thread; its worker threads read through their own SQLite
connections and write through the core's one write path)."""

from __future__ import annotations

import logging

from ..core.errors import PustakaError
from ..core.service import Library
from ..core.wifi_catalogue import options

log = logging.getLogger(__name__)


class WebCatalogueService:
    def __init__(self) -> None:
        self.server = None
        self.error: PustakaError | None = None
        self.lib: Library | None = None

    @property
    def running(self) -> bool:
        return self.server is not None and self.server.running

    def addresses(self) -> list[str]:
        from ..web.server import addresses

        return addresses(self.server.port) if self.running else []

    def apply(self, lib: Library) -> None:
        """Start, restart or stop the server to match the saved settings. A failure (port taken...)
        is kept in ``error`` for the settings page and the log; the app goes on."""
        self.stop()
        self.lib = lib
        opts = options(lib)
        if not opts.enabled:
            return
        from ..web.app import WebApp
        from ..web.server import WebServer

        try:
            self.server = WebServer(WebApp(lib=lib, parts=opts.parts), "0.0.0.0", opts.port).start()
        except PustakaError as exc:
            self.error = exc
            self.server = None
            log.warning("web catalogue did not start: %s", exc)

    def stop(self) -> None:
        self.error = None
        if self.server is not None:
            self.server.stop()
            self.server = None


SERVICE = WebCatalogueService()


def start_with_app(lib: Library) -> None:
    SERVICE.apply(lib)


def stop_with_app() -> None:
    SERVICE.stop()
