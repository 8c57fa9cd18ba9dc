"""District: statistics per village and totals for a year, quarter or month, and who is late with a
bundle. Days and years are cut in the library's time zone (chosen here); times are shown in it."""

from __future__ import annotations

from dataclasses import asdict

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QVBoxLayout

from ...core.printing.district_pdf import write_district_pdf
from ...core.reports.period import MONTH_NAMES, Period
from ...core.sync import district_recorded, stats, tally
from ..context import AppContext
from ..widgets.actions import REFUSED, attempt, save_file
from ..widgets.forms import add_all, button, label_for, note, spin
from ..widgets.messages import info
from ..widgets.output_language import OutputLanguageBox
from ..widgets.tables import fill, read_only_table
from ..workers import run_job
from .base import Page

MAX_SAID = 8  # villages named under the table before "... and N more": the table stays in sight


class DistrictStatsPage(Page):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Year")))
        self.year = spin(2100, self.tr("Year"), minimum=2000)
        self.year.setGroupSeparatorShown(False)
        self.year.setValue(tally.local_today(ctx.lib).year)
        row.addWidget(self.year)
        self.part = QComboBox()
        self.part.setAccessibleName(self.tr("Part of the year"))
        self.part.addItem(self.tr("Whole year"), "year:0")
        for q in range(1, 5):
            self.part.addItem(self.tr("Quarter {q}").format(q=q), f"quarter:{q}")
        for m, name in enumerate(MONTH_NAMES, start=1):
            self.part.addItem(QCoreApplication.translate("Reports", name), f"month:{m}")
        row.addWidget(self.part)
        row.addWidget(QLabel(self.tr("Time zone")))
        self.zone = QComboBox()
        self.zone.setAccessibleName(self.tr("Time zone the days are cut in"))
        for code, hours in tally.ZONES.items():
            self.zone.addItem(f"{code} (UTC+{hours})", code)
        self.zone.setCurrentIndex(list(tally.ZONES).index(tally.time_zone()))
        row.addWidget(self.zone)
        row.addStretch(1)
        layout.addLayout(row)
        # the files in their own language, whatever the screen's: an officer with an English screen sends the
        # National Library its sheet in Indonesian
        self.language = OutputLanguageBox(self.tr("Language of the report"))
        self.save_button = button(self.tr("&Save as spreadsheet…"), self.tr("Save as spreadsheet"), self.save)
        self.pdf_button = button(self.tr("Save as &PDF…"), self.tr("Save as PDF to print"), self.save_pdf)
        layout.addLayout(add_all(QHBoxLayout(), label_for(self.tr("Language of the &report:"), self.language),
                                 self.language, self.save_button, self.pdf_button))
        self.late = note()
        self.late.setAccessibleName(self.tr("Late villages"))
        layout.addWidget(self.late)
        self.unchecked = note()
        self.unchecked.setAccessibleName(self.tr("Villages with entries to check"))
        layout.addWidget(self.unchecked)
        self.recorded = note()
        self.recorded.setAccessibleName(self.tr("Figures not recorded in Pustaka all the period"))
        layout.addWidget(self.recorded)
        self.note = note(self.tr("Titles, copies and members as at the end of the period (copies weeded, lost or "
                                 "withdrawn left out); visitors per open day of each village. To check: what is "
                                 "open on the village's review list as its last bundle said (empty: its version "
                                 "does not say)."))
        layout.addWidget(self.note)
        headers = [QCoreApplication.translate("DistrictReport", label) for _, label in stats.COLUMNS]
        self.table = read_only_table(headers, self.tr("Statistics per village"))
        layout.addWidget(self.table, 1)
        self.year.valueChanged.connect(self.refresh)
        self.part.currentIndexChanged.connect(self.refresh)
        self.zone.activated.connect(self.change_zone)
        self.refresh()

    def period(self) -> Period:
        kind, number = str(self.part.currentData() or "year:0").split(":")
        number = int(number)
        year = self.year.value()
        if kind == "quarter":
            return Period.quarter(year, number)
        if kind == "month":
            return Period.month(year, number)
        return Period.year(year)

    def _label(self, period: Period) -> str:
        return period.label(QCoreApplication.translate)

    def change_zone(self) -> None:
        zone = self.zone.currentData()
        if zone == tally.time_zone():
            return
        if attempt(self, tally.set_time_zone, self.ctx.lib, self.ctx.user, zone) is REFUSED:
            self.zone.setCurrentIndex(list(tally.ZONES).index(tally.time_zone()))
            return
        self.refresh()

    def refresh(self) -> None:
        rows, total = stats.district_report(self.ctx.lib, self.period())
        yes = self.tr("late")
        table = []
        translate = QCoreApplication.translate
        said = []  # what each village (and the total) did not record all the period, under the marked figures
        for r in [*rows, total]:
            values = dict(asdict(r), last_bundle=tally.shown_local(r.last_bundle))  # dd-mm-yyyy, as elsewhere
            if r is total:
                values["name"] = self.tr("Total")
            table.append([district_recorded.short_cell(values, key, stats.shown_figure(values[key]), translate)
                          if key != "late" else (yes if values[key] else "") for key, _ in stats.COLUMNS])
            text = (district_recorded.total_note if r is total else district_recorded.village_note)(values, translate)
            if text:
                said.append(f"{values['name'] if r is total else r.code}: {text}")
        fill(self.table, table)
        if len(said) > MAX_SAID:  # the printed report and the spreadsheet list every village
            said = [*said[:MAX_SAID - 1], self.tr("... and {n} more villages (the printed report and the spreadsheet "
                                                  "list them all)").format(n=len(said) - MAX_SAID), said[-1]]
        self.recorded.setText(self.tr("{mark} Not recorded in Pustaka all the period (before a village moved in, "
                                      "or not kept there) or not yet arrived in a bundle, never counted as 0:").format(mark=district_recorded.MARK) + "\n"
                              + "\n".join(said) if said else "")
        self.recorded.setVisible(bool(said))
        late = [r.code for r in rows if r.late]
        self.late.setText(self.tr("Late (no bundle for over {days} days): {codes}").format(
            days=stats.LATE_AFTER_DAYS, codes=", ".join(late)) if late else self.tr("No village is late."))
        # most first: the village whose moved-in catalogue most needs a visit
        unchecked = sorted((r for r in rows if r.to_check), key=lambda r: (-r.to_check, r.code))
        self.unchecked.setText(self.tr("Still to check on the villages' review lists: {villages}").format(
            villages=", ".join(f"{r.code} {r.to_check}" for r in unchecked)) if unchecked else "")
        self.unchecked.setVisible(bool(unchecked))

    def save(self) -> None:
        period = self.period()
        path = save_file(self, self.tr("Save the district report"), f"statistik-perpustakaan-{period.slug()}.xlsx",
                         self.tr("Spreadsheets (*.xlsx)"), ".xlsx")
        if not path or attempt(self, stats.save_xlsx, self.ctx.lib, period, path, self.language.words()) is REFUSED:
            return
        info(self, self.tr("Report saved"), self.tr("Saved to {path}.").format(path=path))

    def save_pdf(self):
        """The printed report, its words and numbers in the chosen language, made off the GUI thread (a year adds up
        every month of every village for its charts). Returns the job."""
        period = self.period()
        path = save_file(self, self.tr("Save the district report"), f"statistik-perpustakaan-{period.slug()}.pdf",
                         self.tr("PDF files (*.pdf)"), ".pdf")
        if not path:
            return None
        lib, user, words = self.ctx.lib, self.ctx.user, self.language.words()
        return run_job(self, self.tr("Making the report"),
                       lambda progress, cancelled: write_district_pdf(lib, user, period, path, words),
                       lambda saved: info(self, self.tr("Report saved"), self.tr("Saved to {path}.").format(path=saved)))


__all__ = ["DistrictStatsPage"]
