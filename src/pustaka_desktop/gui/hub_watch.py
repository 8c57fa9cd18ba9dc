"""Sync whenever a connection exists: a village with a district hub address set checks now and then
whether the hub answers (one TCP connection, no data: nothing to pay on a metered phone connection) and,
when it does, sends what waits and fetches what is there in the background. The status bar says what
happened; nothing pops up. USB stays the fallback; "Send now" on the Sync page does the same on demand.
"""

from __future__ import annotations

import logging
import socket
import urllib.parse

from PySide6.QtCore import QCoreApplication, QObject, QTimer

from ..core.sync import client
from .context import AppContext
from .widgets.messages import error_text
from .workers import Job

log = logging.getLogger(__name__)
FIRST_CHECK_MS = 30_000
EVERY_MS = 15 * 60_000


def reachable(url: str, timeout: float = 3.0) -> bool:
    """Whether the hub's port accepts a connection (no request is sent)."""
    parts = urllib.parse.urlsplit(url)
    try:
        port = parts.port or (443 if parts.scheme == "https" else 80)
    except ValueError:  # a port typed with a letter in it: the exchange then says in words to check the address
        return True
    try:
        with socket.create_connection((parts.hostname or "", port), timeout=timeout):
            return True
    except OSError:
        return False


class HubWatch(QObject):
    def __init__(self, window, ctx: AppContext) -> None:
        super().__init__(window)
        self.window, self.ctx = window, ctx
        self.job: Job | None = None
        self.first = QTimer(self)  # children of the window: they stop when it goes
        self.first.setSingleShot(True)
        self.first.timeout.connect(self.check)
        self.first.start(FIRST_CHECK_MS)
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(EVERY_MS)

    def stop(self) -> None:
        self.first.stop()
        self.timer.stop()

    def check(self) -> None:
        try:
            url = client.hub_url(self.ctx.lib)
        except Exception:  # the library was closed under us (logout, switch to practice): nothing to do
            return
        if not url or self.job is not None or not self.ctx.allowed("sync.manage"):
            return
        lib, user = self.ctx.lib, self.ctx.user

        def work(progress, cancelled):
            if not reachable(url):
                return None
            return client.exchange(lib, user, url, progress, cancelled)

        self.job = Job(work)
        self.job.signals.done.connect(self._done)
        self.job.signals.failed.connect(self._failed)
        self.job.signals.cancelled.connect(self._clear)
        self.job.start()

    def _clear(self, *_args) -> None:
        if self.job is not None:
            self.job.release()
        self.job = None

    def _say(self, text: str) -> None:
        bar = self.window.statusBar() if hasattr(self.window, "statusBar") else None
        if bar is not None:
            bar.showMessage(text, 60_000)

    def _done(self, result) -> None:
        self._clear()
        if result is None:
            return  # not reachable now: try again later, quietly
        sent, fetched = len(result.sent), len(result.fetched)
        log.info("hub exchange: %s sent, %s fetched, %s resumed", sent, fetched, result.resumed)
        text = QCoreApplication.translate("HubWatch", "Synced with the district hub: {sent} bundle(s) sent, "
                                                      "{fetched} received.").format(sent=sent, fetched=fetched)
        # every 15 minutes again, until the PC's clock is set right
        self._say(" ".join(filter(None, (text, client.clock_warning(result.clock_offset,
                                                                    QCoreApplication.translate)))))

    def _failed(self, exc, _details: str = "") -> None:
        self._clear()
        message = error_text(exc)
        log.warning("hub exchange failed: %s %s", message, getattr(exc, "details", ""))  # (the system's words)
        self._say(QCoreApplication.translate("HubWatch", "Sync with the district hub did not finish: {why}").format(
            why=message))


def install(window, ctx: AppContext) -> HubWatch | None:
    """Only a village library syncs with a hub; the district is the hub."""
    if ctx.lib.is_district:
        return None
    window.hub_watch = HubWatch(window, ctx)
    return window.hub_watch
