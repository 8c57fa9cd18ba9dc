"""District: the inbox. A USB stick (or a shared folder) with bundles from many villages is imported
in one go, off the GUI thread, with a result line per bundle: applied, already applied, or rejected
and why. One bad bundle never stops the others; each bundle is all-or-nothing."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QLineEdit, QTableWidgetItem, QVBoxLayout

from ...core.errors import render
from ...core.sync import grants, hub
from ..appearance import color
from ..context import AppContext
from ..widgets.forms import button, note
from ..widgets.messages import error_text, show_error, translate
from ..widgets.tables import INTERACTIVE, fill, read_only_table
from ..workers import run_job
from .base import Page


class DistrictInboxPage(Page):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.lines: list[hub.InboxLine] = []
        self.job = None
        layout = QVBoxLayout(self)
        layout.addWidget(note(self.tr("Put the USB stick with the villages' bundles in, choose its folder and import "
                                      "them all. Each bundle is applied completely or not at all; a bundle read "
                                      "before is skipped.")))
        row = QHBoxLayout()
        label = QLabel(self.tr("&Folder:"))
        self.folder = QLineEdit()
        self.folder.setPlaceholderText(self.tr("Folder with bundles (pustaka-….zip)"))
        self.folder.setAccessibleName(self.tr("Folder with bundles"))
        self.folder.returnPressed.connect(self.import_all)
        label.setBuddy(self.folder)
        self.choose_button = button(self.tr("&Choose folder…"), self.tr("Choose folder"), self.choose)
        self.import_button = button(self.tr("&Import all bundles"), self.tr("Import all bundles"), self.import_all)
        row.addWidget(label)
        row.addWidget(self.folder, 1)
        row.addWidget(self.choose_button)
        row.addWidget(self.import_button)
        layout.addLayout(row)
        self.summary = note(self.tr("No bundles imported yet in this session."))
        self.summary.setAccessibleName(self.tr("Inbox summary"))
        layout.addWidget(self.summary)
        self.table = read_only_table([self.tr("Village"), self.tr("Bundle file"), self.tr("Result"), self.tr("Rows applied"),
                             self.tr("Rows in bundle"), self.tr("Why")], self.tr("Result per bundle"),
                                     resize=INTERACTIVE, stretch=5)  # why: the room that is left, wrapped
        self.table.horizontalHeader().sectionResized.connect(self._fit_reasons)
        layout.addWidget(self.table, 1)

    # --- actions ----------------------------------------------------------------------------------

    def choose(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder with the villages' bundles"),
                                                  self.folder.text())
        if folder:
            self.folder.setText(folder)
            self.import_all()

    def import_all(self) -> None:
        text = self.folder.text().strip()
        if not text:
            self.choose()
            return
        folder = Path(text)
        if not folder.is_dir():
            self.summary.setText(self.tr("The folder {folder} does not exist (is the USB stick in?).").format(
                folder=text))
            return
        lib, user = self.ctx.lib, self.ctx.user
        heard: list[hub.InboxLine] = []
        self.import_button.setEnabled(False)

        def job(progress, cancelled):
            return hub.import_folder(lib, user, folder, progress, cancelled, on_line=heard.append)

        def done(lines) -> None:
            self._show(lines, cancelled=False)

        def failed(exc) -> None:
            self._show(heard, cancelled=False)
            show_error(self, exc)

        self.job = run_job(self, self.tr("Importing the villages' bundles"), job, done, failed,
                           on_cancelled=lambda: self._show(heard, cancelled=True))

    # --- showing --------------------------------------------------------------------------------

    @staticmethod
    def _why(line: hub.InboxLine, alone: bool = False) -> str:
        """Why a bundle did not go in, and what the officer does about it."""
        found = hub.advice(line, alone)
        todo = render("Inbox", *found, translate) if found else ""
        return " ".join(part for part in (error_text(line.error) if line.error else "", todo) if part)

    def _fit_reasons(self, column: int | None = None, *_sizes) -> None:
        """A refused bundle's row as tall as its reason needs, why and what to do read whole (not cut after two
        lines), again whenever the reason's column changes width (a scroll bar came, the window was resized)."""
        last = self.table.columnCount() - 1
        if column is not None and column != last:
            return
        metrics = self.table.fontMetrics()
        # the cell's margins and grid line: Qt's own row size hint forgets the grid and can leave the last line out
        room = QRect(0, 0, max(40, self.table.columnWidth(last) - 12), 100_000)
        for r, line in enumerate(self.lines):
            item = self.table.item(r, last)
            if line.result == "rejected" and item is not None:
                needed = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, item.text()).height() + 8
                self.table.setRowHeight(r, max(self.table.sizeHintForRow(r), needed))

    def _show(self, lines: list[hub.InboxLine], cancelled: bool) -> None:
        self.import_button.setEnabled(True)
        self.lines = list(lines)
        names = {p.code: p.name for p in grants.villages(active_only=False)}
        results = {"applied": self.tr("applied"), "already": self.tr("already applied"),
                   "rejected": self.tr("rejected"), "ignored": self.tr("ignored (written by this office)")}
        rows = []
        for line in self.lines:
            village = f"{line.sender} – {names[line.sender]}" if line.sender in names else (line.sender or "?")
            rows.append([village, line.file, results.get(line.result, line.result),
                         line.changed if line.result == "applied" else "",
                         line.rows if line.result == "applied" else "",
                         self._why(line, alone=len(self.lines) == 1)])
        fill(self.table, rows, fit=False)  # (sized to its contents, the reason ran off to the right)
        for r, line in enumerate(self.lines):
            for c in range(self.table.columnCount()):
                item = self.table.item(r, c) or QTableWidgetItem("")
                item.setToolTip(item.text())
                if line.result == "rejected":
                    item.setForeground(QColor(color("danger")))
        for c in range(self.table.columnCount() - 1):  # the reason gets the room that is left
            self.table.resizeColumnToContents(c)
            self.table.setColumnWidth(c, min(self.table.columnWidth(c), 320))
        self._fit_reasons()
        counts = {key: sum(1 for line in self.lines if line.result == key) for key in results}
        text = self.tr("{n} bundles: {applied} applied, {already} already applied, {rejected} rejected.").format(
            n=len(self.lines), applied=counts["applied"], already=counts["already"], rejected=counts["rejected"])
        if counts["ignored"]:
            text += " " + self.tr("{ignored} written by this office (for the villages) left as they are.").format(
                ignored=counts["ignored"])
        refused = list(dict.fromkeys(line.sender or line.file for line in self.lines if line.result == "rejected"))
        if refused:  # (on a stick of 60 their rows scroll out of sight: named where the officer looks)
            text += " " + self.tr("Not imported: {villages}; their rows say why and what to do.").format(
                villages=", ".join(refused))
        if not self.lines and not cancelled:
            text = self.tr("No bundles (pustaka-….zip) in that folder.")
        if cancelled:
            text = self.tr("Cancelled. The bundles listed were imported; import the folder again to read the "
                           "rest.") + " " + text
        self.summary.setText(text)
        if any(line.result == "applied" for line in self.lines):
            self.ctx.events.catalog_changed.emit()
        self.table.setFocus()
