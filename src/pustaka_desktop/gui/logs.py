"""The rotating log file and the exception hook that logs and shows a dialog (the kiosk's says less)."""

from __future__ import annotations

import logging
import logging.handlers
import sys
import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from ..core.errors import PustakaError
from ..core.store.paths import log_dir
from .widgets.messages import error_text

log = logging.getLogger("pustaka")


def setup_logging(directory: Path | None = None) -> Path:
    directory = directory or log_dir()
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / "pustaka.log"
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def show_unexpected(exc_type, exc, tb) -> None:
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    from ..core.store.faults import explain

    truthful = explain(exc) if isinstance(exc, Exception) else None
    if truthful is not None:  # a full disk, a read-only stick, a lock, a busy database: not a crash
        exc = truthful
    if isinstance(exc, PustakaError):
        log.warning("user error reached the top: %s", exc)
    else:
        log.error("unexpected error\n%s", details)
    if QApplication.instance() is None:
        sys.__excepthook__(exc_type, exc, tb)
        return
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "Something went wrong"))
    box.setText(error_text(exc) if isinstance(exc, PustakaError) else QCoreApplication.translate("ErrorDialog",
        "Pustaka hit an unexpected problem. Your data is safe: every change is saved as soon as it is made. "
        "If this happens again, copy the details and send them to whoever supports your library."))
    box.setDetailedText(details)
    copy = box.addButton(QCoreApplication.translate("ErrorDialog", "Copy details"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QCoreApplication.translate("ErrorDialog", "Close"), QMessageBox.ButtonRole.AcceptRole)
    copy.clicked.disconnect()
    copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    box.exec()


def show_to_patrons(exc_type, exc, tb) -> None:
    """The kiosk's hook: logged whole for the librarian, and to the patron only a sentence with one button. The
    staff box's "Show Details..." put a traceback on the reading-room screen (a child presses every button), and
    with no parent the box outlived the kiosk's return to its start screen; on the kiosk it closes with it."""
    log.error("unexpected error on the kiosk\n%s", "".join(traceback.format_exception(exc_type, exc, tb)))
    if QApplication.instance() is None:
        return
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "Something went wrong"))
    box.setText(QCoreApplication.translate("ErrorDialog", "Something went wrong. Please try again, or ask at the "
                                                          "desk."))
    box.addButton(QCoreApplication.translate("ErrorDialog", "Close"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def install_excepthook(for_patrons: bool = False) -> None:
    sys.excepthook = show_to_patrons if for_patrons else show_unexpected
