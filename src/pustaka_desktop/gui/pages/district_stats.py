"""District: statistics per village and totals for a period, and who is late with a bundle."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from ...core.errors import PustakaError
from ...core.store.clock import local_today
from ...core.sync import stats
from ..context import AppContext
from ..widgets.messages import info, show_error
from ..widgets.tables import read_only_table
from .sync import _fill


class DistrictStatsPage(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Year")))
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(local_today(ctx.lib.clock).year)
        self.year.setAccessibleName(self.tr("Year"))
        self.year.valueChanged.connect(self.refresh)
        row.addWidget(self.year)
        self.save_button = QPushButton(self.tr("&Save as spreadsheet…"))
        self.save_button.setAccessibleName(self.tr("Save as spreadsheet"))
        self.save_button.clicked.connect(self.save)
        row.addWidget(self.save_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.late = QLabel()
        self.late.setWordWrap(True)
        self.late.setAccessibleName(self.tr("Late villages"))
        layout.addWidget(self.late)
        headers = [QCoreApplication.translate("DistrictReport", label) for _, label in stats.COLUMNS]
        self.table = read_only_table(headers, self.tr("Statistics per village"))
        layout.addWidget(self.table, 1)
        self.refresh()

    def refresh(self) -> None:
        start, end = stats.year_range(self.year.value())
        rows, total = stats.district_report(self.ctx.lib, start, end)
        yes = self.tr("late")
        table = []
        for r in [*rows, total]:
            values = asdict(r)
            table.append([values[key] if key != "late" else (yes if values[key] else "") for key, _ in stats.COLUMNS])
        _fill(self.table, table)
        late = [r.code for r in rows if r.late]
        self.late.setText(self.tr("Late (no bundle for over {days} days): {codes}").format(
            days=stats.LATE_AFTER_DAYS, codes=", ".join(late)) if late else self.tr("No village is late."))

    def save(self) -> None:
        year = self.year.value()
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the district report"),
                                              f"statistik-perpustakaan-{year}.xlsx", self.tr("Spreadsheets (*.xlsx)"))
        if not path:
            return
        start, end = stats.year_range(year)
        rows, total = stats.district_report(self.ctx.lib, start, end)
        headers = [QCoreApplication.translate("DistrictReport", label) for _, label in stats.COLUMNS]
        try:
            stats.write_xlsx(path, rows, total, headers, self.tr("District library statistics {year}").format(year=year))
        except PustakaError as exc:
            show_error(self, exc)
            return
        info(self, self.tr("Report saved"), self.tr("Saved to {path}.").format(path=path))


__all__ = ["DistrictStatsPage", "date"]
