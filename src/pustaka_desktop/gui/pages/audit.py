"""The audit log for librarians: who deleted, waived, overrode, exported, imported, restored, changed
roles. Filter by dates, user and action; page through; export what is shown to CSV or xlsx."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QStandardPaths
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout

from ...core import audit_log
from ...core.audit_describe import describe
from ...core.audit_names import action_name, actor_name, entity_name
from ...core.errors import PustakaError
from ...core.store.clock import local_today, to_local
from ..context import AppContext
from ..models.rows import Column, RowsModel
from ..widgets.a11y import announce
from ..widgets.forms import add_all, button, date_box
from ..widgets.messages import info, show_error, translate
from ..widgets.tables import EXTENDED, INTERACTIVE, fit_columns, model_table
from ..workers import run_job
from .base import Page

PAGE_SIZE = 200


class AuditPage(Page):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.offset = 0
        self.total = 0

        today = local_today(ctx.lib.clock)
        self.since = date_box(QDate(today - timedelta(days=30)), self.tr("From date"))
        self.until = date_box(QDate(today), self.tr("To date"))
        self.user = QComboBox()
        self.user.setAccessibleName(self.tr("User"))
        self.action = QComboBox()
        self.action.setAccessibleName(self.tr("Action"))
        self.action.setMinimumContentsLength(18)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setPlaceholderText(self.tr("Barcode, member number or name, a word…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(self.fontMetrics().averageCharWidth() * 30)
        self.search.returnPressed.connect(self.show_filtered)
        self.apply_button = button(self.tr("&Show"), self.tr("Show the entries"), self.show_filtered)
        self.apply_button.setDefault(True)
        self.export_button = button(self.tr("&Export…"), self.tr("Export the entries shown to CSV or xlsx"),
                                    lambda: self.export())

        # two rows: dates, then who and what (fits 150 % text on a 1366 x 768 screen)
        filters, who = QHBoxLayout(), QHBoxLayout()
        for row, label_text, widget in ((filters, self.tr("F&rom:"), self.since), (filters, self.tr("&To:"), self.until),
                                        (filters, self.tr("Sear&ch:"), self.search),
                                        (who, self.tr("&User:"), self.user), (who, self.tr("Acti&on:"), self.action)):
            label = QLabel(label_text)
            label.setBuddy(widget)
            row.addWidget(label)
            row.addWidget(widget)
        who.addWidget(self.apply_button)
        who.addStretch(1)
        filters.addStretch(1)
        filters.addWidget(self.export_button)

        t = QCoreApplication.translate
        self.model = RowsModel([
            Column(self.tr("Time"), lambda r: f"{to_local(r.at):%d-%m-%Y %H:%M}"),
            Column(self.tr("User"), lambda r: actor_name(r.username, t, {r.username: r.full_name})),
            Column(self.tr("Action"), lambda r: action_name(r.action, t)),
            Column(self.tr("About"), lambda r: ": ".join(p for p in (entity_name(r.entity, t), r.about) if p)),
            Column(self.tr("Details"), lambda r: describe(r.action, r.detail, t)),
        ], self)
        # the details say what happened: they take the room left, the other columns no more than they need
        self.table = model_table(self.model, self.tr("Audit log entries"), selection=EXTENDED, resize=INTERACTIVE)

        self.previous_button = button(self.tr("◀ &Newer"), self.tr("Newer entries"), lambda: self.turn(-1))
        self.next_button = button(self.tr("Ol&der ▶"), self.tr("Older entries"), lambda: self.turn(1))
        self.position = QLabel()
        pager = add_all(QHBoxLayout(), self.position)
        add_all(pager, self.previous_button, self.next_button, stretch=False)

        layout = QVBoxLayout(self)  # (the main window shows the page's name and icon above it)
        layout.addLayout(filters)
        layout.addLayout(who)
        layout.addWidget(self.table, 1)
        layout.addLayout(pager)

        self.reload_choices()
        self.apply_filters()

    # -- data -------------------------------------------------------------------------------------

    def reload_choices(self) -> None:
        lib, by, t = self.ctx.lib, self.ctx.user, QCoreApplication.translate
        names = audit_log.user_names(lib, by)
        for combo, values, everything, name in (
                (self.user, audit_log.users(lib, by), self.tr("All users"), lambda u: actor_name(u, t, names)),
                (self.action, audit_log.actions(lib, by), self.tr("All actions"), lambda a: action_name(a, t))):
            current = combo.currentData()
            combo.clear()
            combo.addItem(everything, "")
            for value in sorted(values, key=lambda v: name(v).casefold()):
                combo.addItem(name(value), value)
            index = combo.findData(current)
            combo.setCurrentIndex(max(0, index))

    def current_filter(self) -> audit_log.AuditFilter:
        return audit_log.AuditFilter(
            since=self.since.date().toPython(), until=self.until.date().toPython(),
            username=self.user.currentData() or "", action=self.action.currentData() or "", text=self.search.text())

    def apply_filters(self) -> None:
        self.offset = 0
        self.refresh()

    def show_filtered(self) -> None:
        """Enter in the search box, or Show: the entries found, and how many said aloud (the focus stays in the box,
        so a screen reader heard nothing of the table changing below it)."""
        self.apply_filters()
        announce(self.position, self.position.text())

    def turn(self, direction: int) -> None:
        self.offset = max(0, self.offset + direction * PAGE_SIZE)
        self.refresh()
        announce(self.position, self.position.text())  # (which entries are shown now: the focus stays on the button)

    def refresh(self) -> None:
        try:
            flt = self.current_filter()
            # (words typed are looked for in the sentences the table shows, in the user's language)
            self.total, rows = audit_log.find(self.ctx.lib, self.ctx.user, flt, self.offset, PAGE_SIZE,
                                              QCoreApplication.translate)
        except PustakaError as exc:
            show_error(self, exc)
            return
        self.model.set_rows(rows)
        fit_columns(self.table, widest=30, columns=range(4))
        self.table.resizeRowsToContents()  # a long sentence wraps onto more lines instead of being cut
        if self.total:
            self.position.setText(self.tr("Entries {first}–{last} of {total}").format(
                first=self.offset + 1, last=self.offset + len(rows), total=self.total))
        else:
            self.position.setText(self.tr("No entries for these filters."))
        self.previous_button.setEnabled(self.offset > 0)
        self.next_button.setEnabled(self.offset + PAGE_SIZE < self.total)
        self.export_button.setEnabled(self.total > 0)

    def showEvent(self, event) -> None:  # noqa: N802 - new entries may have been written meanwhile
        super().showEvent(event)
        self.reload_choices()
        self.refresh()

    # -- export -----------------------------------------------------------------------------------

    def export(self, path: str | None = None) -> None:
        if not path:
            folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
            default = str(Path(folder) / f"audit-{local_today(self.ctx.lib.clock):%Y%m%d}.xlsx")
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export the audit log"), default, self.tr("Excel workbook (*.xlsx);;CSV file (*.csv)"))
            if not path:
                return
        if Path(path).suffix.lower() not in (".csv", ".xlsx"):
            path += ".xlsx"
        flt = self.current_filter()
        headers = [translate("Audit", label) for _key, label in audit_log.COLUMNS]
        lib, by = self.ctx.lib, self.ctx.user

        def done(count: int) -> None:
            info(self, self.tr("Export finished"),
                 self.tr("{count} entries were saved to {path}.").format(count=count, path=path))
            self.reload_choices()
            self.refresh()

        run_job(self, self.tr("Exporting the audit log"),
                lambda progress, cancelled: audit_log.export(lib, by, path, flt, headers=headers,
                                                             progress=progress, cancel=cancelled,
                                                             translate=QCoreApplication.translate), done)
