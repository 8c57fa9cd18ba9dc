"""Run by bench/startup.py in a fresh process: start the real GUI on a library, log in, and report
when the main window has painted for the first time, and the resident memory then."""

import os
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

from pustaka_desktop import i18n
from pustaka_desktop.core import auth
from pustaka_desktop.core.service import Library
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.main_window import MainWindow


def rss_mb() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


class FirstPaint(QObject):
    def eventFilter(self, obj, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self.report)
            obj.removeEventFilter(self)
        return False

    def report(self):
        print(f"painted {time.time():.6f} {rss_mb():.1f}", flush=True)
        QApplication.quit()


def main() -> None:
    db, user, password = sys.argv[1:4]
    app = QApplication([])
    i18n.install("id")
    lib = Library.open(db)
    staff = auth.login(lib, user, password)
    window = MainWindow(AppContext(lib, staff))
    probe = FirstPaint()
    window.installEventFilter(probe)
    window.show()
    app.exec()


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    main()
