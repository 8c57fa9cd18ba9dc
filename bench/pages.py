"""Every page's first opening on the stress library (100,000 records): the longest the GUI thread was
blocked (target <= 200 ms), measured with a 5 ms heartbeat timer from the click on the page in the
navigation until the page has shown its data (background loads included: filling a table on the GUI
thread counts too). A librarian of a village library, logged in, in the real main window (offscreen).
The click is the navigation's own (its current item changes, as a mouse click or an arrow key does);
the note says when the page itself was there (its code is loaded off the GUI thread meanwhile).
"""

from __future__ import annotations

import os
import time

from . import BenchContext, Row

HEARTBEAT_MS = 5
SETTLE_S = 2.5  # after the click: long enough for background loads to report
TARGET_MS = 200.0


def rows(ctx: BenchContext) -> list[Row]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt, QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from pustaka_desktop.core import auth
    from pustaka_desktop.core.service import Library
    from pustaka_desktop.core.store.models import Staff
    from pustaka_desktop.gui.context import AppContext
    from pustaka_desktop.gui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    QMessageBox.exec = lambda box: QMessageBox.StandardButton.NoButton  # a stray box must not hang the run
    lib = Library.open(ctx.copy_db("pages"))
    staff = Staff.select().where((Staff.role == auth.LIBRARIAN) & (Staff.active == True)).first()  # noqa: E712
    window = MainWindow(AppContext(lib, staff))
    window.resize(1366, 728)
    window.show()
    app.processEvents()

    clock = QElapsedTimer()
    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(HEARTBEAT_MS)
    state = {"last": 0, "worst": 0.0}

    def beat() -> None:
        now = clock.elapsed()
        state["worst"] = max(state["worst"], now - state["last"] - HEARTBEAT_MS)
        state["last"] = now

    heartbeat.timeout.connect(beat)
    out: list[Row] = []
    keys = [key for key in window.page_keys() if key != "desk"] + ["desk"]
    for key in keys:
        settle_until = time.perf_counter() + 0.3
        while time.perf_counter() < settle_until:  # the previous page's late work is not counted here
            app.processEvents()
            time.sleep(0.002)
        clock.start()
        state.update(last=0, worst=0.0)
        heartbeat.start()
        opened = time.perf_counter()
        QTimer.singleShot(0, lambda k=key: window.nav.setCurrentItem(window.nav_item(k)))
        deadline = opened + SETTLE_S
        built = None
        while time.perf_counter() < deadline:
            app.processEvents()
            if built is None and key in window.pages:
                built = (time.perf_counter() - opened) * 1000
            time.sleep(0.001)
        heartbeat.stop()
        spec = next((spec for spec in window.specs if spec.key == key), None)
        title = QCoreApplication.translate("Navigation", spec.title) if spec is not None else key
        out.append(Row(f"Page first open, worst GUI stall: {title}", max(0.0, state["worst"]), "ms", TARGET_MS,
                       note=f"page '{key}', {HEARTBEAT_MS} ms heartbeat over {SETTLE_S:.1f} s from the click; "
                            + (f"page there after {built:.0f} ms" if built is not None else "page not built yet")))
    desk = window.pages.get("desk")
    if desk is not None:
        desk.shutdown()
    window.close()
    lib.close()
    return out
