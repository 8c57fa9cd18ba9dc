"""Reports: choose a report, a period and its language, make the PDF / xlsx / CSV off the GUI thread, open it."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from ...core.errors import PustakaError
from ...core.formatting import format_number
from ...core.printing import impact_sheet
from ...core.reports import impact, iplm_data, monthly_data, save, tpbis_data
from ...core.reports.period import MONTH_NAMES, Period
from ...core.store.clock import local_today
from ..context import AppContext
from ..widgets.actions import REFUSED, attempt, save_file
from ..widgets.forms import add_all, button, choice_box, date_box, note, spin
from ..widgets.messages import error_text, show_error
from ..widgets.messages import translate as _translate
from ..widgets.output_language import OutputLanguageBox
from ..workers import run_job
from .base import Page

REPORTS = ("monthly", "iplm", "tpbis", "impact")
FORMATS = {"impact": (("pdf", "PDF"), ("png", "PNG"))}
TABLE_FORMATS = (("pdf", "PDF"), ("xlsx", "Excel (xlsx)"), ("csv", "CSV"))
KINDS = ("month", "quarter", "year", "day", "custom")


class ReportsPage(Page):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.last_path: Path | None = None
        self.job = None
        self.last_report = None
        today = local_today(ctx.lib.clock)
        root = QVBoxLayout(self)
        root.addWidget(note(self.tr("Make the reports the district office and the National Library ask for. "
                                    "Every report can be saved as PDF, Excel (xlsx) or CSV.")))
        form = QFormLayout()
        self.report = choice_box(self.tr("Report"), [
            (self.tr("Village library report (monthly or any period)"), "monthly"),
            (self.tr("IPLM data sheet (a year)"), "iplm"), (self.tr("TPBIS activity report"), "tpbis"),
            (self.tr("Impact sheet for the village deliberation (Musyawarah Desa)"), "impact")])
        form.addRow(self.tr("Report"), self.report)
        self.kind = choice_box(self.tr("Period"), list(zip(
            (self.tr("Month"), self.tr("Quarter"), self.tr("Year"), self.tr("Day"), self.tr("From … to …")), KINDS,
            strict=True)))
        form.addRow(self.tr("Period"), self.kind)
        self.year = spin(2100, self.tr("Year"), minimum=2000)
        self.year.setGroupSeparatorShown(False)
        self.month = choice_box(self.tr("Month"), [(_translate("Reports", name), n)
                                                   for n, name in enumerate(MONTH_NAMES, start=1)])
        self.quarter = choice_box(self.tr("Quarter"), [(self.tr("Quarter {q}").format(q=q), q) for q in range(1, 5)])
        # the previous month is what a monthly report is usually made for
        previous = today.replace(day=1) - timedelta(days=1)
        self.year.setValue(previous.year)
        self.month.setCurrentIndex(previous.month - 1)
        self.quarter.setCurrentIndex((today.month - 1) // 3)
        self.which_row = add_all(QHBoxLayout(), self.month, self.quarter, self.year)
        form.addRow(self.tr("Which"), self.which_row)
        self.start = date_box(QDate(today.year, today.month, 1), self.tr("From"))
        self.end = date_box(QDate(today.year, today.month, today.day), self.tr("To"))
        self.dash = QLabel("–")
        self.days_row = add_all(QHBoxLayout(), self.start, self.dash, self.end)
        form.addRow(self.tr("Days"), self.days_row)
        self.format = choice_box(self.tr("File type"), [])
        form.addRow(self.tr("File type"), self.format)
        # (an English report for a partner from an Indonesian screen: its words and its numbers in English)
        self.language = OutputLanguageBox(self.tr("Language of the report"))
        form.addRow(self.tr("Language of the report"), self.language)
        # What only the library knows, for the impact sheet (kept per period, for next time)
        self.budget = QLineEdit()
        self.budget.setPlaceholderText(self.tr("e.g. 15.000.000"))
        self.budget.setAccessibleName(self.tr("Budget received (rupiah)"))
        self.received = QLineEdit()
        self.received.setPlaceholderText(self.tr("e.g. 120 books from a TPBIS grant, 2 computers"))
        self.received.setAccessibleName(self.tr("Other support received"))
        self.plans = QPlainTextEdit()
        self.plans.setTabChangesFocus(True)
        self.plans.setMaximumHeight(80)
        self.plans.setAccessibleName(self.tr("Plans for next year"))
        self.request = QLineEdit()
        self.request.setPlaceholderText(self.tr("e.g. 20.000.000"))
        self.request.setAccessibleName(self.tr("Budget asked for next year (rupiah)"))
        self.impact_rows = [(self.tr("&Budget received (Rp)"), self.budget),
                            (self.tr("Other &support"), self.received), (self.tr("P&lans"), self.plans),
                            (self.tr("Budget &asked for (Rp)"), self.request)]
        for label, widget in self.impact_rows:
            form.addRow(label, widget)
        self.form = form
        root.addLayout(form)
        self.make_button = button(self.tr("Make report…"), slot=self.make)
        self.make_button.setDefault(True)
        self.open_button = button(self.tr("Open the file"), slot=self.open_file)
        self.open_button.setEnabled(False)
        root.addLayout(add_all(QHBoxLayout(), self.make_button, self.open_button))
        self.status = note(" ")
        self.status.setAccessibleName(self.tr("Report status"))
        root.addWidget(self.status)
        root.addStretch(1)
        self.report.currentIndexChanged.connect(self.update_fields)
        self.kind.currentIndexChanged.connect(self.update_fields)
        self.year.valueChanged.connect(self.load_impact_inputs)
        self.month.currentIndexChanged.connect(self.load_impact_inputs)
        self.quarter.currentIndexChanged.connect(self.load_impact_inputs)
        self.update_fields()

    def update_fields(self) -> None:
        report = self.report.currentData()
        chosen_now, self.last_report = report != self.last_report, report
        if report == "iplm":
            self.kind.setCurrentIndex(KINDS.index("year"))
        if report == "impact" and chosen_now:
            # the deliberation looks back on a year: last year until mid-year (Musrenbang in January)
            self.kind.setCurrentIndex(KINDS.index("year"))
            self.year.setValue(impact.default_period(local_today(self.ctx.lib.clock)).start.year)
        kind = self.kind.currentData()
        self.kind.setEnabled(report != "iplm")
        # one way to say which days: the month, quarter or year, or the days themselves (a greyed "1-5 December"
        # beside "November" read as the report's days)
        self.form.setRowVisible(self.which_row, kind in ("month", "quarter", "year"))
        self.form.setRowVisible(self.days_row, kind in ("day", "custom"))
        # (after the rows: showing a row shows all its fields)
        self.month.setVisible(kind == "month")
        self.quarter.setVisible(kind == "quarter")
        self.year.setVisible(kind in ("month", "quarter", "year"))
        self.dash.setVisible(kind == "custom")  # (one day: no "to")
        self.end.setVisible(kind == "custom")
        formats = FORMATS.get(report, TABLE_FORMATS)
        if [self.format.itemData(i) for i in range(self.format.count())] != [key for key, _ in formats]:
            self.format.clear()
            for key, label in formats:
                self.format.addItem(self.tr("PNG picture (to share on WhatsApp)") if key == "png" else label, key)
        for _label, widget in self.impact_rows:
            self.form.setRowVisible(widget, report == "impact")
        self.load_impact_inputs()

    def load_impact_inputs(self, *_args) -> None:
        """The budget, support and plans saved for this period, ready to check or change."""
        if self.report.currentData() != "impact":
            return
        try:
            kept = impact.inputs(self.ctx.lib, self.period())
        except PustakaError:
            return
        self.budget.setText(format_number(kept.budget) if kept.budget else "")
        self.received.setText(kept.received)
        self.plans.setPlainText(kept.plans)
        self.request.setText(format_number(kept.request) if kept.request else "")

    def period(self) -> Period:
        kind = self.kind.currentData()
        year = self.year.value()
        if kind == "month":
            return Period.month(year, self.month.currentData())
        if kind == "quarter":
            return Period.quarter(year, self.quarter.currentData())
        if kind == "year":
            return Period.year(year)
        start = self.start.date().toPython()
        if kind == "day":
            return Period.day(start)
        return Period.custom(start, self.end.date().toPython())

    def suggested_name(self) -> str:
        report = self.report.currentData()
        period = self.period()
        stem = {"monthly": "laporan", "iplm": "iplm", "tpbis": "tpbis", "impact": "lembar-dampak"}[report]
        code = self.ctx.lib.profile.code.lower() if self.ctx.lib.profile else "pustaka"
        return f"{stem}-{code}-{period.slug()}.{self.format.currentData()}"

    def make(self) -> None:
        try:
            period = self.period()
        except Exception as exc:  # a custom range that ends before it starts
            show_error(self, exc)
            return
        ext = self.format.currentData()
        path = save_file(self, self.tr("Save the report"), str(Path.home() / self.suggested_name()),
                         f"{ext.upper()} (*.{ext})", f".{ext}")
        if not path:
            return
        if self.report.currentData() == "impact" and self.ctx.allowed("settings.edit") and attempt(
                self, impact.save_inputs, self.ctx.lib, self.ctx.user, period, budget=self.budget.text(),
                received=self.received.text(), plans=self.plans.toPlainText(),
                request=self.request.text()) is REFUSED:
            return
        self.generate(period, Path(path))

    def generate(self, period: Period, path: Path):
        """Make the report into ``path`` on the thread pool (returns the job)."""
        lib, report = self.ctx.lib, self.report.currentData()
        words = self.language.words()

        def work(progress, cancelled):
            if report == "impact":
                impact_sheet.write_impact_sheet(lib, self.ctx.user, period, path, words)
                return path
            if report == "iplm":
                data = iplm_data(lib, period.start.year, progress, cancelled)
            elif report == "tpbis":
                data = tpbis_data(lib, period, progress, cancelled)
            else:
                data = monthly_data(lib, period, progress, cancelled)
            if cancelled():
                from ...core.errors import Cancelled

                raise Cancelled()
            progress(0.95, "")
            return save(lib, self.ctx.user, data, path, words)

        self.status.setText(self.tr("Making the report…"))
        self.make_button.setEnabled(False)
        self.job = run_job(self, self.tr("Making the report"), work, self.done, self.failed,
                           on_cancelled=self.cancelled)
        return self.job

    def done(self, path: Path) -> None:
        self.last_path = Path(path)
        self.make_button.setEnabled(True)
        self.open_button.setEnabled(True)
        self.status.setText(self.tr("Saved: {path}").format(path=path))

    def failed(self, exc: BaseException) -> None:
        self.make_button.setEnabled(True)
        self.status.setText(self.tr("The report was not made: {error}").format(error=error_text(exc)))

    def cancelled(self) -> None:
        self.make_button.setEnabled(True)
        self.status.setText(self.tr("Cancelled; nothing was saved."))

    def open_file(self) -> None:
        if self.last_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_path)))

