"""The dashboard: four charts at a glance (visits over the last 30 days, loans per month, the
collection by DDC class, programme participation), each with its numbers one click away.

Nothing is precomputed: opening the page runs four aggregate queries (core.reports.figures.dashboard)
and draws them; the bench measures it on the stress library.
"""

from __future__ import annotations

import itertools

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QCoreApplication, QMargins, Qt, QTimer
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.catalog import review
from ...core.formatting import format_date, format_number
from ...core.reports import figures
from ...core.reports.documents import CLASS_LABELS
from ...core.reports.period import MONTH_NAMES
from ...core.store.faults import explain
from ..background import load_later
from ..context import AppContext
from ..review_list import open_review
from ..widgets.backup_notice import BackupNotice
from ..widgets.messages import error_text
from .dashboard_steps import FirstSteps


def whole_steps(top: int) -> tuple[int, int]:
    """The y-axis of a count, as (highest tick, step between ticks): whole numbers, at most five steps
    of 1, 2 or 5 times a power of ten; an empty chart goes 0..1 (not "1, 0, 0, 0, 0, 0": the rounded
    ticks of 0..1 in fifths)."""
    for power in itertools.count():
        for times in (1, 2, 5):
            step = times * 10 ** power
            if -(-top // step) <= 5:
                return max(1, -(-top // step)) * step, step
    raise AssertionError("unreachable")


def _month_label(key: str, full: bool = False) -> str:
    year, month = key.split("-")
    name = QCoreApplication.translate("Reports", MONTH_NAMES[int(month) - 1])
    return f"{name} {year}" if full else name[:3]


class ChartCard(QGroupBox):
    """A titled chart with a button that flips it to the table of numbers behind it."""

    def __init__(self, title: str, parent=None) -> None:
        super().__init__(title, parent)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.total = QLabel()
        self.total.setWordWrap(True)  # a narrow card (large text) wraps the total instead of cutting it
        top.addWidget(self.total, 1)
        top.addStretch(1)
        self.toggle = QPushButton(self.tr("Show numbers"))
        self.toggle.setCheckable(True)
        self.toggle.setAccessibleName(self.tr("Show the numbers of: {title}").format(title=title))
        self.toggle.toggled.connect(self.flip)
        top.addWidget(self.toggle)
        layout.addLayout(top)
        self.stack = QStackedWidget()
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(200)
        self.view.setAccessibleName(title)
        self.table = QTableWidget()
        self.table.setAccessibleName(self.tr("Numbers of: {title}").format(title=title))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.table)
        layout.addWidget(self.stack, 1)

    def flip(self, numbers: bool) -> None:
        self.stack.setCurrentIndex(1 if numbers else 0)
        self.toggle.setText(self.tr("Show chart") if numbers else self.tr("Show numbers"))

    def set_data(self, labels: list[str], series: list[tuple[str, list[int]]], headers: list[str],
                 colours: tuple[str, ...] = ("#2f6db5", "#e0823d"), every: int = 1) -> None:
        chart = QChart()
        chart.legend().setVisible(len(series) > 1)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.layout().setContentsMargins(0, 0, 0, 0)  # the room goes to the bars and their labels
        chart.setBackgroundRoundness(0)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        bars = QBarSeries()
        top = 0
        for (name, values), colour in zip(series, colours, strict=False):
            bar_set = QBarSet(name)
            bar_set.append([float(v) for v in values])
            bar_set.setColor(QColor(colour))
            bars.append(bar_set)
            top = max([top, *values])
        chart.addSeries(bars)
        axis_x = QBarCategoryAxis()
        axis_x.append([label if i % every == 0 else "\u200b" * (i + 1) for i, label in enumerate(labels)])
        small = axis_x.labelsFont()
        small.setPointSizeF(max(6.5, small.pointSizeF() - 1.5))
        axis_x.setLabelsFont(small)
        axis_x.setLabelsVisible(len(labels) <= 14)  # 30 days: the range is in the card's caption
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        bars.attachAxis(axis_x)
        axis_y = QValueAxis()
        highest, step = whole_steps(top)  # counts: a tick on every whole step, never a fraction shown as 0
        axis_y.setTickType(QValueAxis.TickType.TicksDynamic)
        axis_y.setTickAnchor(0)
        axis_y.setTickInterval(step)
        axis_y.setRange(0, highest)
        axis_y.setLabelFormat("%d")
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        bars.attachAxis(axis_y)
        replaced = self.view.chart()
        self.view.setChart(chart)
        replaced.deleteLater()  # (the view lets go of its old chart without deleting it: each refresh kept four)
        self.table.clear()
        self.table.setColumnCount(1 + len(series))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(labels))
        for row, label in enumerate(labels):
            self.table.setItem(row, 0, QTableWidgetItem(label))
            for col, (_name, values) in enumerate(series, start=1):
                item = QTableWidgetItem(format_number(values[row]))
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)


class DashboardPage(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        root = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addStretch(1)  # no title of its own: the window's heading above names the page
        self.review_button = QPushButton()  # imported fields kept as written, until none is left
        self.review_button.setAccessibleName(self.tr("Open the list of imported fields to check"))
        self.review_button.clicked.connect(self.open_review)
        top.addWidget(self.review_button)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        top.addWidget(self.refresh_button)
        root.addLayout(top)
        # a library being set up: what to do first, ticked from its data (core.first_steps)
        self.first_steps = FirstSteps(ctx)
        root.addWidget(self.first_steps)
        self.first_steps.changed.connect(self._refresh_notices)
        # a failed daily backup, or no copy on a USB stick for a week: said here, where the day starts
        self.backup_notice = BackupNotice(ctx)
        root.addWidget(self.backup_notice)
        grid = QGridLayout()
        self.visits = ChartCard(self.tr("Visitors, last 30 days"))
        self.loans = ChartCard(self.tr("Loans per month"))
        self.collection = ChartCard(self.tr("Collection by subject (DDC class)"))
        self.programs = ChartCard(self.tr("Community activities per month"))
        grid.addWidget(self.visits, 0, 0)
        grid.addWidget(self.loans, 0, 1)
        grid.addWidget(self.collection, 1, 0)
        grid.addWidget(self.programs, 1, 1)
        root.addLayout(grid, 1)
        self.data: dict = {}
        self.refresh()
        for signal in (ctx.events.visits_changed, ctx.events.circulation_changed, ctx.events.catalog_changed,
                       ctx.events.programs_changed):
            signal.connect(self.mark_stale)
        # the list's count is one quick query: kept right at once, so the dashboard never says 7 while the list
        # opened from the status line beside it (or a re-import) says 0
        ctx.events.catalog_changed.connect(self.show_review_count)
        self._stale = False

    def mark_stale(self) -> None:
        self._stale = True

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        # a copy made on the Backups page meanwhile, a daily backup that failed, a step done on another page
        if self._stale:
            self.refresh()  # (the notices with it)
        else:
            self._refresh_notices()

    def _refresh_notices(self) -> None:
        self.first_steps.refresh()
        self.backup_notice.first_copy_asked_elsewhere = self.first_steps.backup_step_open
        self.backup_notice.refresh()

    def open_review(self) -> None:
        open_review(self.ctx, self, self.refresh)

    def show_review_count(self) -> None:
        waiting = review.open_count(self.ctx.lib)
        self.review_button.setText(self.tr("Needs checking (Perlu diperiksa): {count}").format(count=waiting))
        self.review_button.setVisible(waiting > 0)

    def refresh(self) -> None:
        self._stale = False
        self.show_review_count()
        self._refresh_notices()
        # The figures are counted off the GUI thread (a large library has hundreds of thousands of
        # loans to count): the page opens at once and the charts fill in when the numbers arrive.
        for card in (self.visits, self.loans, self.programs):
            card.total.setText(self.tr("Counting…"))
        self.collection.total.setText(self.tr("Counting the collection…"))
        lib = self.ctx.lib
        load_later(self, lib, lambda: figures.dashboard(lib, with_collection=False), self._show_figures,
                   lambda exc: self.visits.total.setText(error_text(explain(exc, lib.path) or exc)))
        QTimer.singleShot(0, self._count_collection)  # after the page is on screen

    def _show_figures(self, data: dict) -> None:
        self.data.update(data)
        self.loads_done = getattr(self, "loads_done", 0) + 1
        days = data["visits_30_days"]
        self.visits.set_data([d.strftime("%d") for d, _ in days], [(self.tr("Visitors"), [n for _, n in days])],
                             [self.tr("Day"), self.tr("Visitors")], every=3)
        for row, (day, _) in enumerate(days):  # the numbers table gives the full date
            self.visits.table.item(row, 0).setText(format_date(day))
        self.visits.total.setText(self.tr("Total: {n}").format(n=format_number(sum(n for _, n in days)))
                                  + f"  ·  {days[0][0]:%d/%m} – {days[-1][0]:%d/%m}")
        months = data["loans_per_month"]
        self.loans.set_data([_month_label(m) for m, _ in months], [(self.tr("Loans"), [n for _, n in months])],
                            [self.tr("Month"), self.tr("Loans")])
        for row, (key, _) in enumerate(months):
            self.loans.table.item(row, 0).setText(_month_label(key, True))
        self.loans.total.setText(self.tr("Total: {n}").format(n=format_number(sum(n for _, n in months))))
        part = data["participation_per_month"]
        self.programs.set_data([_month_label(m) for m, _, _ in part],
                               [(self.tr("Sessions"), [s for _, s, _ in part]),
                                (self.tr("Attendances"), [a for _, _, a in part])],
                               [self.tr("Month"), self.tr("Sessions"), self.tr("Attendances")])
        for row, (key, _, _) in enumerate(part):
            self.programs.table.item(row, 0).setText(_month_label(key, True))
        self.programs.total.setText(self.tr("Attendances: {n}").format(n=format_number(sum(a for _, _, a in part))))

    def _count_collection(self) -> None:
        """The collection by class reads the whole collection: counted in the background like the other charts (the
        card is its own owner: the two loads do not make each other stale); a failure leaves the chart empty."""
        lib = self.ctx.lib
        load_later(self.collection, lib, lambda: figures.collection_by_class(lib), self.show_collection,
                   lambda exc: None)

    def show_collection(self, classes) -> None:
        if classes is None:
            return
        self.data["collection_by_class"] = classes
        self.collection.set_data(  # under a bar of ~30 px a word is cut: "etc."; the numbers table says it in full
            [k if k != "other" else QCoreApplication.translate("ChartAxis", "etc.") for k, _, _ in classes],
            [(self.tr("Titles"), [t for _, t, _ in classes]), (self.tr("Copies"), [c for _, _, c in classes])],
            [self.tr("Class"), self.tr("Titles"), self.tr("Copies")])
        self.collection.total.setText(self.tr("Copies: {n}").format(n=format_number(sum(c for _, _, c in classes))))
        self.collection.table.setRowCount(len(classes))
        for row, (key, _, _) in enumerate(classes):  # the numbers table names the classes in full
            self.collection.table.item(row, 0).setText(QCoreApplication.translate("Reports", CLASS_LABELS[key]))
