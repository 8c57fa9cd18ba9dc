"""Backups & safety: the automatic backups with a preview of each, "back up to USB now", restore
(the current database is backed up first), the computer's clock check, and the idle lock."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QHBoxLayout, QLabel, QVBoxLayout

from ...core import session
from ...core.errors import PustakaError
from ...core.formatting import format_number
from ...core.store import backup, backup_budget, health
from ...core.store.clock import to_local
from ...core.sync import district_db
from ..appearance import text_style
from ..background import load_later
from ..clock_banner import confirm_clock
from ..context import AppContext
from ..models.rows import Column, RowsModel
from ..widgets.actions import REFUSED, attempt, choose_folder, open_file
from ..widgets.backup_notice import BackupNotice, back_up_to_usb, saved_text
from ..widgets.flow_layout import FlowLayout, LeastHeightForWidth
from ..widgets.forms import add_all, arrange, button, note, section, spin
from ..widgets.messages import confirm, error_text, info, show_error
from ..widgets.tables import model_table
from ..workers import run_job
from .base import Page


def _gb(size: int) -> str:
    """A size as people read it: 1.5 GB, 420 MB."""
    if size >= 1 << 30:
        return f"{size / (1 << 30):.1f} GB"
    return f"{max(0, size) / (1 << 20):.0f} MB"


def describe(preview: backup.BackupPreview) -> str:
    """A backup's contents in a few words, in the user's language."""
    counts = ", ".join(
        f"{format_number(preview.counts.get(table, 0))} {QCoreApplication.translate('Backup', label)}"
        for table, label in backup.PREVIEW_COUNTS.items())
    return QCoreApplication.translate(
        "BackupsPage", "{library} ({code}), saved {date}: {counts}; {open} loans still out.").format(
        library=preview.library_name or "?", code=preview.library_code or "?",
        date=f"{to_local(preview.made_at):%d-%m-%Y %H:%M}" if preview.made_at else "?", counts=counts,
        open=format_number(preview.open_loans))


class BackupsPage(LeastHeightForWidth, Page):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)

        # -- the clock ------------------------------------------------------------------------------
        self.clock_label = note()
        self.confirm_clock_button = button(self.tr("The date and time are &right"),
                                           self.tr("Confirm the computer's date and time"), self.confirm_clock)
        clock_box, clock_layout = section(self.tr("Computer clock"), layout=QHBoxLayout)
        arrange(clock_layout, (self.clock_label, 1), self.confirm_clock_button)

        # -- backups --------------------------------------------------------------------------------
        self.model = RowsModel([
            Column(self.tr("Saved"), lambda b: f"{to_local(b.at):%d-%m-%Y %H:%M}"),
            Column(self.tr("Why"), lambda b: QCoreApplication.translate(
                "Backup", backup.REASON_LABELS.get(b.reason, b.reason)) if b.reason in backup.REASON_LABELS
                else b.reason),
            Column(self.tr("Size"), lambda b: f"{b.size / 1_048_576:.1f} MB", align_right=True),
        ], self)
        self.table = model_table(self.model, self.tr("Automatic backups"), stretch=1)
        self.preview_label = note()
        self.folder_label = note(self.tr("Automatic backups are kept in {folder} (the last 14 days and one a "
                                         "month for a year).").format(folder=backup.backup_dir(ctx.lib.path)))
        self.budget_label = note()
        self.budget_label.setAccessibleName(self.tr("Disk used by backups"))
        self.elsewhere_label = note()  # a district whose union catalogue is in PostgreSQL: not in these files
        self.elsewhere_label.setVisible(False)

        self.backup_now_button = button(self.tr("&Back up now"), self.tr("Make a backup now in the backups folder"),
                                        self.backup_now)
        self.usb_button = button(self.tr("Back up to a &USB stick…"), self.tr("Back up to a USB stick or another folder"),
                                 lambda: self.backup_to_usb())
        self.restore_button = button(self.tr("&Restore selected…"), self.tr("Restore the selected backup"),
                                     self.restore_selected)
        self.restore_file_button = button(self.tr("Restore from a &file…"), self.tr("Restore a backup from a file"),
                                          lambda: self.restore_from_file())
        buttons = FlowLayout(self.backup_now_button, self.usb_button, self.restore_button,  # (wrap on a netbook)
                             self.restore_file_button)
        # when a copy last left this PC, and a failed daily backup; "Back up to USB…" below does it
        self.backup_notice = BackupNotice(ctx, always=True, with_button=False)
        backups_box, backups_layout = section(self.tr("Backups"))
        arrange(backups_layout, self.backup_notice, self.folder_label, self.budget_label, self.elsewhere_label, buttons, (self.table, 1), self.preview_label)

        # -- idle lock ------------------------------------------------------------------------------
        self.idle = spin(session.MAX_IDLE_MINUTES, self.tr("Lock the screen after this many idle minutes"),
                         suffix=self.tr(" min"))
        self.idle.setGroupSeparatorShown(False)
        self.idle.setSpecialValueText(self.tr("never"))
        self.idle.setValue(session.idle_minutes(ctx.lib))
        self.idle_save = button(self.tr("&Save"), self.tr("Save the idle lock time"), self.save_idle)
        lock_box, lock_layout = section(self.tr("Idle lock"), layout=QFormLayout)
        row = add_all(QHBoxLayout(), self.idle, self.idle_save)
        idle_label = QLabel(self.tr("Lock &the screen after:"))
        idle_label.setBuddy(self.idle)
        lock_layout.addRow(idle_label, row)

        # -- moving to a new PC ---------------------------------------------------------------------
        move_text = note(self.tr(
            "Copying the library file by hand can miss the latest loans and leaves the sync key behind. This "
            "puts the whole library and its key into one file on a USB stick; on the new PC choose \"Move from "
            "the old PC\" on the first screen. This PC stops sending sync bundles afterwards."))
        self.move_button = button(self.tr("&Move to another PC…"),
                                  self.tr("Pack the whole library into one file for a new PC"),
                                  lambda: self.move_to_new_pc())
        move_box, move_layout = section(self.tr("Move to another PC"), layout=QHBoxLayout)
        arrange(move_layout, (move_text, 1), self.move_button)

        layout = QVBoxLayout(self)
        layout.addWidget(clock_box)
        layout.addWidget(backups_box, 1)
        layout.addWidget(lock_box)
        layout.addWidget(move_box)

        can_restore = ctx.allowed("backup.restore")
        self.restore_button.setVisible(can_restore)
        self.restore_file_button.setVisible(can_restore)
        self.usb_button.setEnabled(ctx.allowed("backup.create"))
        self.move_button.setEnabled(ctx.allowed("backup.create"))
        self.idle.setEnabled(ctx.allowed("settings.edit"))
        self.idle_save.setEnabled(ctx.allowed("settings.edit"))

        self.table.selectionModel().currentRowChanged.connect(lambda current, _old: self.show_preview(current.row()))
        self.refresh()

    # -- state --------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.refresh_clock()
        self.backup_notice.refresh()
        self.model.set_rows(backup.list_backups(self.ctx.lib.path))
        use = backup_budget.disk_use(self.ctx.lib.path)
        text = self.tr("The {count} backups use {used} of their {budget} budget (the database itself: {db}; "
                       "free on this disk: {free}). The oldest go first when a new backup would not fit.").format(
            count=use.count, used=_gb(use.backups), budget=_gb(use.budget), db=_gb(use.database), free=_gb(use.free))
        if use.free < use.database:
            text += " " + self.tr("Warning: the disk has less free space than one more backup needs.")
        self.budget_label.setText(text)
        elsewhere = district_db.kept_elsewhere(self.ctx.lib)
        self.elsewhere_label.setVisible(bool(elsewhere))
        self.elsewhere_label.setText(self.tr(
            "The union catalogue and the district figures are kept in PostgreSQL ({where}): these backups do not "
            "hold them. Back that database up with its own tool (pg_dump). From the villages' data in these "
            "backups the counts can be made again, but not the district's merges, splits and edits.").format(
            where=elsewhere))
        self.restore_button.setEnabled(bool(self.model.rows))
        if self.model.rows:
            self.table.selectRow(0)
            self.show_preview(0)
        else:
            self.preview_label.setText(self.tr("No automatic backups yet."))

    def refresh_clock(self) -> None:
        lib = self.ctx.lib
        problem = health.clock_problem(lib)
        blocked = health.circulation_blocked_reason(lib)
        if problem is None:
            self.clock_label.setText(self.tr("The computer's clock looks right."))
        elif blocked is None:
            confirmed = self.tr("A librarian has confirmed the date and time.")
            self.clock_label.setText(f"{problem.message(QCoreApplication.translate)}\n{confirmed}")
        else:
            self.clock_label.setText(problem.message(QCoreApplication.translate))
        self.clock_label.setStyleSheet(text_style("danger", "font-weight: bold;") if blocked else "")
        self.confirm_clock_button.setVisible(blocked is not None)
        self.confirm_clock_button.setEnabled(self.ctx.allowed("clock.confirm"))

    def show_preview(self, row: int) -> None:
        item = self.model.row_at(row)
        if item is None:
            return
        # Reading a backup counts its rows: on a large library that takes a second, off the GUI thread.
        self.preview_label.setText(self.tr("Reading the backup…"))
        path = item.path
        load_later(self.preview_label, self.ctx.lib, lambda: backup.preview(path),
                   lambda preview: self.preview_label.setText(describe(preview)),
                   lambda exc: self.preview_label.setText(error_text(exc)))

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.refresh()

    # -- actions ------------------------------------------------------------------------------------

    def confirm_clock(self) -> None:
        confirm_clock(self, self.ctx)
        self.refresh_clock()
        self.ctx.events.settings_changed.emit()

    def backup_now(self) -> None:
        lib = self.ctx.lib
        run_job(self, self.tr("Making a backup"), lambda progress, cancelled: backup.backup_before(lib, "manual"),
                lambda path: (self.refresh(), info(self, self.tr("Backup made"),
                                                   self.tr("The backup was saved and checked: {path}").format(
                                                       path=path))))

    def backup_to_usb(self, folder: str | None = None) -> None:
        back_up_to_usb(self, self.ctx, folder, lambda path: (self.backup_notice.refresh(), info(
            self, self.tr("Backup made"), saved_text(self.ctx, path))))

    def move_to_new_pc(self, folder: str | None = None) -> None:
        from ...core.store import move

        if not folder:
            if not confirm(self, self.tr("Move to another PC?"), self.tr(
                    "The whole library goes into one file for the new PC. After that, this PC no longer sends sync "
                    "bundles (two PCs must never sync as one library). Go on?")):
                return
            folder = choose_folder(self, self.tr("Choose the USB stick or folder"))
            if not folder:
                return
        lib, by = self.ctx.lib, self.ctx.user
        run_job(self, self.tr("Packing the library"), lambda progress, cancelled: move.pack(lib, by, folder),
                lambda path: (self.backup_notice.refresh(), info(self, self.tr("Ready to move"), self.tr(
                    "The whole library is in {path}. On the new PC, install Pustaka and choose \"Move from the old "
                    "PC\" on the first screen, then log in with the same account.").format(path=path))))

    def restore_selected(self) -> None:
        item = self.model.row_at(self.table.currentIndex().row())
        if item is not None:
            self.restore_from_file(str(item.path))

    def restore_from_file(self, path: str | None = None) -> None:
        if not path:
            path = open_file(self, self.tr("Choose a backup"), self.tr("Pustaka backups (*.sqlite3);;All files (*)"),
                             str(backup.backup_dir(self.ctx.lib.path)))
            if not path:
                return
        try:
            preview = backup.preview(path)
        except PustakaError as exc:
            show_error(self, exc)
            return
        if not confirm(self, self.tr("Restore this backup?"), self.tr(
                "{summary}\n\nEverything entered after this backup was made will be replaced by the backup. "
                "The current database is backed up first, so this can be undone.").format(
                summary=describe(preview))):
            return
        lib, by = self.ctx.lib, self.ctx.user

        def done(_result) -> None:
            events = self.ctx.events
            for signal in (events.catalog_changed, events.members_changed, events.circulation_changed,
                           events.visits_changed, events.programs_changed, events.settings_changed):
                signal.emit()
            self.refresh()
            info(self, self.tr("Restored"), self.tr("The backup was restored."))

        run_job(self, self.tr("Restoring the backup"),
                lambda progress, cancelled: backup.restore(lib, by, path, progress, cancelled), done)

    def save_idle(self) -> None:
        if attempt(self, session.set_idle_minutes, self.ctx.lib, self.ctx.user, self.idle.value()) is REFUSED:
            return
        window = self.window()
        if hasattr(window, "idle_lock"):
            window.idle_lock.set_minutes(self.idle.value())
        info(self, self.tr("Saved"), self.tr("The idle lock time was saved."))
