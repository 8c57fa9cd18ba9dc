"""Start-up check: when the database fails its quick check (or cannot be opened at all), say so
plainly and offer the newest good backup. The damaged file is kept aside, never deleted."""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QMessageBox, QVBoxLayout

from ...core.errors import PustakaError
from ...core.service import Library
from ...core.store import backup, health, running
from ...core.store.clock import SystemClock, to_local
from ..appearance import text_style
from ..widgets.messages import error_text, show_error
from ..workers import start_thread

log = logging.getLogger(__name__)


class RecoveryDialog(QDialog):
    """Tells what is wrong and offers the newest good backup. ``exec()`` is Accepted when the user
    chose to restore it."""

    def __init__(self, path: Path, report: health.HealthReport, parent=None) -> None:
        super().__init__(parent)
        self.path = Path(path)
        self.report = report
        self.setWindowTitle(self.tr("The library database is damaged"))
        self.setMinimumWidth(520)
        text = QLabel(self.tr(
            "<h3>The library database is damaged</h3><p>Pustaka checked {path} at start-up and found it "
            "damaged (often after a power cut or a failing disk). Working on it could lose more data.</p>").format(
            path=self.path))
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        buttons = QDialogButtonBox()
        if report.backup is not None:
            try:
                from ..pages.backups import describe

                summary = describe(backup.preview(report.backup.path))
            except PustakaError as exc:
                summary = error_text(exc)
            offer = QLabel(self.tr(
                "<p>The newest good backup is from <b>{date}</b>:<br>{summary}</p><p>Restore it? The damaged "
                "file is kept beside it, so nothing is thrown away. Anything entered after the backup was made "
                "must be entered again.</p>").format(date=f"{to_local(report.backup.at):%d-%m-%Y %H:%M}",
                                                     summary=summary))
            offer.setWordWrap(True)
            layout.addWidget(offer)
            self.restore_button = buttons.addButton(self.tr("&Restore the backup"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
            self.restore_button.setDefault(True)
        else:
            self.restore_button = None
            none = QLabel(self.tr("<p>No good backup was found in {folder}. If you have a backup on a USB stick, "
                                  "restore it with: pustaka-cli restore FILE</p>").format(
                folder=backup.backup_dir(self.path)))
            none.setWordWrap(True)
            layout.addWidget(none)
        details = QLabel(self.tr("Details: {problem}").format(problem=report.problem))
        details.setWordWrap(True)
        details.setStyleSheet(text_style("muted"))
        layout.addWidget(details)
        buttons.addButton(self.tr("&Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def recover(path: Path, report: health.HealthReport, parent=None) -> Library | None:
    """Show the dialog; on "restore", put the backup in place and open it. None = quit."""
    dialog = RecoveryDialog(path, report, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or report.backup is None:
        return None
    try:
        aside = backup.restore_file(Path(path), report.backup.path, SystemClock().now())
        log.warning("restored %s from %s; the damaged file is %s", path, report.backup.path, aside)
        return Library.open(path)
    except PustakaError as exc:
        show_error(parent, exc)
        return None


def check_at_start(lib: Library | None, path: Path, open_error: PustakaError | None,
                   for_patrons: bool = False) -> Library | None:
    """Run after the QApplication exists: the quick check (and recovery if it fails), then the first
    backup of the day. Returns the library to use, or None to quit. ``for_patrons`` (the kiosk): a damaged
    file is only said, never restored: the kiosk starts with the PC after a power cut, and its "Restore the
    backup" (the default button) put yesterday's library over today's loans at a child's Enter.

    The quick check reads the whole file (about 3 s for a 1 GB library), so it runs only when the
    last session did not end cleanly (a power cut, a crash) or the file would not open; otherwise
    the daily backup's integrity check, in the background, is the day's check."""
    if lib is not None and running.ended_cleanly(Path(path)):
        report = health.HealthReport(True)
    else:
        report = health.check_database(Path(path))
    if not report.ok and report.fault is not None:
        # not damage: restoring a backup would lose recent work, so none is offered - say what to do
        if lib is not None:
            lib.close()
        QMessageBox.critical(None, QCoreApplication.translate("App", "Pustaka cannot start"), error_text(report.fault))
        return None
    if lib is None and report.ok:
        # an intact file that is not ours, or made by a newer version: say so, nothing to recover
        QMessageBox.critical(None, QCoreApplication.translate("App", "Pustaka cannot start"),
                             error_text(open_error) if open_error else str(path))
        return None
    if not report.ok and for_patrons:
        if lib is not None:
            lib.close()
        QMessageBox.critical(None, QCoreApplication.translate("App", "Pustaka cannot start"), QCoreApplication.translate(
            "App", "The catalogue cannot open now. Please tell the librarian.\n\n(For the librarian: start Pustaka "
                   "on the staff account; it checks the library file and offers the newest good backup.)"))
        return None
    if not report.ok:
        if lib is not None:
            lib.close()
        lib = recover(Path(path), report)
        if lib is None:
            return None
    running.mark_running(Path(path))
    if lib.is_initialised:
        start_daily_backup(lib)
    return lib


def start_daily_backup(lib: Library) -> threading.Thread:
    """The first start of the day backs up in the background: a big library takes a while to copy and
    check, and the desk must not wait for it (WAL lets it keep working meanwhile)."""

    def work() -> None:
        try:
            made = backup.daily_backup(lib)
            if made:
                log.info("daily backup %s", made)
        except PustakaError as exc:
            log.warning("the daily backup failed: %s", exc)
        except Exception:  # never let a backup problem take the desk down; it is in the log
            log.exception("the daily backup failed")
        finally:
            if not lib.db.is_closed():
                lib.db.close()  # this thread's own connection

    return start_thread(work, "daily-backup")  # (quitting, or opening the practice library, waits for it)
