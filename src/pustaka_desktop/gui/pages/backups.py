"""Backups & safety: the automatic backups with a preview of each, "back up to USB now", restore
(the current database is backed up first), the computer's clock check, and the idle lock."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core import session
from ...core.errors import PustakaError
from ...core.formatting import format_number
from ...core.store import backup, backup_budget, health
from ...core.store.clock import to_local
from ..appearance import text_style
from ..clock_banner import confirm_clock
from ..context import AppContext
from ..models.rows import Column, RowsModel
from ..widgets.messages import confirm, error_text, info, show_error
from ..workers import run_job


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


class BackupsPage(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx

        # -- the clock ------------------------------------------------------------------------------
        self.clock_label = QLabel()
        self.clock_label.setWordWrap(True)
        self.confirm_clock_button = QPushButton(self.tr("The date and time are &right"))
        self.confirm_clock_button.setAccessibleName(self.tr("Confirm the computer's date and time"))
        clock_box = QGroupBox(self.tr("Computer clock"))
        clock_layout = QHBoxLayout(clock_box)
        clock_layout.addWidget(self.clock_label, 1)
        clock_layout.addWidget(self.confirm_clock_button)

        # -- backups --------------------------------------------------------------------------------
        self.model = RowsModel([
            Column(self.tr("Saved"), lambda b: f"{to_local(b.at):%d-%m-%Y %H:%M}"),
            Column(self.tr("Why"), lambda b: QCoreApplication.translate(
                "Backup", backup.REASON_LABELS.get(b.reason, b.reason)) if b.reason in backup.REASON_LABELS
                else b.reason),
            Column(self.tr("Size"), lambda b: f"{b.size / 1_048_576:.1f} MB", align_right=True),
        ], self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Automatic backups"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.preview_label = QLabel()
        self.preview_label.setWordWrap(True)
        self.folder_label = QLabel(self.tr("Automatic backups are kept in {folder} (the last 14 days and one a "
                                           "month for a year).").format(folder=backup.backup_dir(ctx.lib.path)))
        self.folder_label.setWordWrap(True)
        self.budget_label = QLabel()
        self.budget_label.setWordWrap(True)
        self.budget_label.setAccessibleName(self.tr("Disk used by backups"))

        self.backup_now_button = QPushButton(self.tr("&Back up now"))
        self.backup_now_button.setAccessibleName(self.tr("Make a backup now in the backups folder"))
        self.usb_button = QPushButton(self.tr("Back up to &USB…"))
        self.usb_button.setAccessibleName(self.tr("Back up to a USB stick or another folder"))
        self.restore_button = QPushButton(self.tr("&Restore selected…"))
        self.restore_button.setAccessibleName(self.tr("Restore the selected backup"))
        self.restore_file_button = QPushButton(self.tr("Restore from a &file…"))
        self.restore_file_button.setAccessibleName(self.tr("Restore a backup from a file"))
        buttons = QHBoxLayout()
        for button in (self.backup_now_button, self.usb_button, self.restore_button, self.restore_file_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        backups_box = QGroupBox(self.tr("Backups"))
        backups_layout = QVBoxLayout(backups_box)
        backups_layout.addWidget(self.folder_label)
        backups_layout.addWidget(self.budget_label)
        backups_layout.addLayout(buttons)
        backups_layout.addWidget(self.table, 1)
        backups_layout.addWidget(self.preview_label)

        # -- idle lock ------------------------------------------------------------------------------
        self.idle = QSpinBox()
        self.idle.setRange(0, session.MAX_IDLE_MINUTES)
        self.idle.setSuffix(self.tr(" min"))
        self.idle.setSpecialValueText(self.tr("never"))
        self.idle.setValue(session.idle_minutes(ctx.lib))
        self.idle.setAccessibleName(self.tr("Lock the screen after this many idle minutes"))
        self.idle_save = QPushButton(self.tr("&Save"))
        self.idle_save.setAccessibleName(self.tr("Save the idle lock time"))
        lock_box = QGroupBox(self.tr("Idle lock"))
        lock_layout = QFormLayout(lock_box)
        row = QHBoxLayout()
        row.addWidget(self.idle)
        row.addWidget(self.idle_save)
        row.addStretch(1)
        idle_label = QLabel(self.tr("Lock the screen &after:"))
        idle_label.setBuddy(self.idle)
        lock_layout.addRow(idle_label, row)

        # -- moving to a new PC ---------------------------------------------------------------------
        move_box = QGroupBox(self.tr("Move to another PC"))
        move_layout = QHBoxLayout(move_box)
        move_text = QLabel(self.tr(
            "Copying the library file by hand can miss the latest loans and leaves the sync key behind. This "
            "puts the whole library and its key into one file on a USB stick; on the new PC choose \"Move from "
            "the old PC\" on the first screen. This PC stops sending sync bundles afterwards."))
        move_text.setWordWrap(True)
        self.move_button = QPushButton(self.tr("&Move to another PC…"))
        self.move_button.setAccessibleName(self.tr("Pack the whole library into one file for a new PC"))
        move_layout.addWidget(move_text, 1)
        move_layout.addWidget(self.move_button)

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

        self.confirm_clock_button.clicked.connect(self.confirm_clock)
        self.backup_now_button.clicked.connect(self.backup_now)
        self.usb_button.clicked.connect(lambda: self.backup_to_usb())
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button.clicked.connect(lambda: self.restore_from_file())
        self.idle_save.clicked.connect(self.save_idle)
        self.move_button.clicked.connect(lambda: self.move_to_new_pc())
        self.table.selectionModel().currentRowChanged.connect(lambda current, _old: self.show_preview(current.row()))
        self.refresh()

    # -- state --------------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.refresh_clock()
        self.model.set_rows(backup.list_backups(self.ctx.lib.path))
        use = backup_budget.disk_use(self.ctx.lib.path)
        text = self.tr("The {count} backups use {used} of their {budget} budget (the database itself: {db}; "
                       "free on this disk: {free}). The oldest go first when a new backup would not fit.").format(
            count=use.count, used=_gb(use.backups), budget=_gb(use.budget), db=_gb(use.database), free=_gb(use.free))
        if use.free < use.database:
            text += " " + self.tr("Warning: the disk has less free space than one more backup needs.")
        self.budget_label.setText(text)
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
        try:
            self.preview_label.setText(describe(backup.preview(item.path)))
        except PustakaError as exc:
            self.preview_label.setText(error_text(exc))

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
        if not folder:
            start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
            folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the USB stick or folder"), start)
            if not folder:
                return
        lib, by = self.ctx.lib, self.ctx.user
        run_job(self, self.tr("Backing up to USB"), lambda progress, cancelled: backup.backup_to(lib, by, folder),
                lambda path: info(self, self.tr("Backup made"), self.tr(
                    "The backup was saved to {path} and checked. You can remove the USB stick now.").format(
                    path=path)))

    def move_to_new_pc(self, folder: str | None = None) -> None:
        from ...core.store import move

        if not folder:
            if not confirm(self, self.tr("Move to another PC?"), self.tr(
                    "The whole library goes into one file for the new PC. After that, this PC no longer sends sync "
                    "bundles (two PCs must never sync as one library). Go on?")):
                return
            start = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.HomeLocation)
            folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the USB stick or folder"), start)
            if not folder:
                return
        lib, by = self.ctx.lib, self.ctx.user
        run_job(self, self.tr("Packing the library"), lambda progress, cancelled: move.pack(lib, by, folder),
                lambda path: info(self, self.tr("Ready to move"), self.tr(
                    "The whole library is in {path}. On the new PC, install Pustaka and choose \"Move from the old "
                    "PC\" on the first screen, then log in with the same account.").format(path=path)))

    def restore_selected(self) -> None:
        item = self.model.row_at(self.table.currentIndex().row())
        if item is not None:
            self.restore_from_file(str(item.path))

    def restore_from_file(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a backup"), str(backup.backup_dir(
                self.ctx.lib.path)), self.tr("Pustaka backups (*.sqlite3);;All files (*)"))
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
        try:
            session.set_idle_minutes(self.ctx.lib, self.ctx.user, self.idle.value())
        except PustakaError as exc:
            show_error(self, exc)
            return
        window = self.window()
        if hasattr(window, "idle_lock"):
            window.idle_lock.set_minutes(self.idle.value())
        info(self, self.tr("Saved"), self.tr("The idle lock time was saved."))
