"""The backup reminder where the librarian looks every day: the dashboard and the Backups page.

"Last backup to a USB stick: 45 days ago (12-10-2026). Back up now." with a button that does it, and a
failed daily backup in plain words with what to do (``core.store.backup_reminder`` words both). On the
dashboard it shows only when something needs doing; the Backups page always says when the last copy
left this PC. No dialog at start: a line on the page, announced to a screen reader when it appears or
changes, its button reached with Tab or its Alt letter.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from ...core.practice import library as practice
from ...core.store import backup, backup_reminder, backup_status
from ..appearance import text_style, tone_style
from ..context import AppContext
from ..workers import run_job
from .a11y import make_live
from .actions import choose_folder
from .forms import button, note
from .messages import info

# The daily backup runs in the background after the start; a page already open learns of its failure
# within this long without a click.
RECHECK_MS = 60_000


def back_up_to_usb(parent: QWidget, ctx: AppContext, folder: str | None, done: Callable[[Path], None]) -> None:
    """Ask for the USB stick (or take ``folder``), make the checked copy there in the background, then
    ``done(path)`` (it says where the copy went)."""
    translate = QCoreApplication.translate
    folder = folder or choose_folder(parent, translate("BackupsPage", "Choose the USB stick or folder"))
    if not folder:
        return
    lib, by = ctx.lib, ctx.user
    run_job(parent, translate("BackupsPage", "Backing up to USB"),
            lambda progress, cancelled: backup.backup_to(lib, by, folder), done)


def saved_text(ctx: AppContext, path: Path) -> str:
    """What the librarian is told after "Back up to USB": where the copy went, and, when that folder is on
    the library's own disk, that it is lost with the disk (so the reminder stays)."""
    translate = QCoreApplication.translate
    if not backup_status.is_off_pc(ctx.lib.path, Path(path).parent):
        return translate("BackupsPage", "The backup was saved to {path} and checked.").format(path=path) + " " + \
            translate("BackupReminder", backup_status.SAME_DISK)
    return translate("BackupsPage", "The backup was saved to {path} and checked. You can remove the USB stick now."
                     ).format(path=path)


class BackupNotice(QFrame):

    def __init__(self, ctx: AppContext, always: bool = False, with_button: bool = True, parent=None) -> None:
        """``always``: say when the last copy left this PC even when it is recent (the Backups page);
        otherwise only a reminder that needs doing shows (the dashboard)."""
        super().__init__(parent)
        self.ctx = ctx
        self.always = always
        # the dashboard's first steps ask for the first USB copy themselves: then "no copy yet" is not said twice
        self.first_copy_asked_elsewhere = False
        self.reminder: backup_reminder.BackupReminder | None = None
        self.failure = make_live(note())
        self.failure.setStyleSheet(text_style("danger", "font-weight: bold;"))
        self.off_pc = make_live(note())
        # the same words as the Backups page's button and the dashboard's first steps: one action, one name
        self.button = button(self.tr("Back up to a &USB stick…"), self.tr("Back up to a USB stick"),
                             lambda: self.back_up())
        self.button.setEnabled(ctx.allowed("backup.create"))
        self.with_button = with_button
        texts = QVBoxLayout()
        texts.addWidget(self.failure)
        texts.addWidget(self.off_pc)
        layout = QHBoxLayout(self)
        layout.addLayout(texts, 1)
        layout.addWidget(self.button)
        self.timer = QTimer(self)
        self.timer.setInterval(RECHECK_MS)
        self.timer.timeout.connect(self._recheck)
        self.timer.start()
        # (no refresh here: shown before it sits in its page, it would open as a window of its own;
        # the page refreshes it once placed)

    def _recheck(self) -> None:
        if self.window().isVisible():  # (hidden itself while all is well: the page's window decides)
            self.refresh()

    def refresh(self) -> None:
        lib = self.ctx.lib
        if practice.is_practice(lib):  # the practice library keeps no backups: nothing to remind of
            self.reminder = None
            self.hide()
            return
        self.reminder = shown = backup_reminder.reminder(lib)
        translate = QCoreApplication.translate
        self.failure.setText(shown.failure_text(translate))
        self.failure.setVisible(shown.failure is not None)
        text = shown.off_pc_text(translate)
        if shown.off_pc_due and not self.ctx.allowed("backup.create"):
            text += " " + self.tr("Ask a librarian: only a librarian may copy the library.")
        self.off_pc.setText(text if shown.off_pc_due or self.always else "")
        self.off_pc.setVisible(shown.off_pc_due or self.always)
        attention = shown.needs_attention and not (
            self.first_copy_asked_elsewhere and shown.last_off_pc is None and shown.failure is None)
        self.setStyleSheet(tone_style("danger" if shown.failure else "warning", "BackupNotice") if attention else "")
        self.button.setVisible(self.with_button and attention and self.ctx.allowed("backup.create"))
        self.button.setAccessibleDescription(" ".join(shown.lines(translate)))
        if self.parentWidget() is not None:  # a parentless widget shown would open as a window of its own
            self.setVisible(attention or self.always)

    def back_up(self, folder: str | None = None) -> None:
        def done(path: Path) -> None:
            self.refresh()
            info(self, QCoreApplication.translate("BackupsPage", "Backup made"), saved_text(self.ctx, path))

        back_up_to_usb(self, self.ctx, folder, done)
