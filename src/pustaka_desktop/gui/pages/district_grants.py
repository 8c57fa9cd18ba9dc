"""District: the book-grant package builder. A grant shipment for one village is catalogued once —
records and how many copies of each (the village numbers them), or copies with barcodes — loaded from a
CSV/xlsx list or typed in,
checked, then included in the next bundle written for that village. Below, every grant with where
it is: waiting for the next bundle, sent, or received by the village."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...core.errors import PustakaError
from ...core.i18n import QT_TRANSLATE_NOOP
from ...core.store.clock import to_local
from ...core.sync import grants
from ..context import AppContext
from ..widgets.actions import REFUSED, attempt, open_file
from ..widgets.forms import add_all, note, section
from ..widgets.messages import confirm, error_text, info, show_error
from ..widgets.tables import fill, read_only_table
from .base import Page

HEADERS = {
    "title": QT_TRANSLATE_NOOP("DistrictGrantsPage", "Title"),
    "author": QT_TRANSLATE_NOOP("DistrictGrantsPage", "Author"),
    "isbn": QT_TRANSLATE_NOOP("DistrictGrantsPage", "ISBN"),
    "publisher": QT_TRANSLATE_NOOP("DistrictGrantsPage", "Publisher"),
    "year": QT_TRANSLATE_NOOP("DistrictGrantsPage", "Year"),
    "ddc": QT_TRANSLATE_NOOP("DistrictGrantsPage", "DDC"),
    "copies": QT_TRANSLATE_NOOP("DistrictGrantsPage", "Copies"),
    "price": QT_TRANSLATE_NOOP("DistrictGrantsPage", "Price (Rp)"),
    "barcode": QT_TRANSLATE_NOOP("DistrictGrantsPage", "Barcode"),
    "accession_no": QT_TRANSLATE_NOOP("DistrictGrantsPage", "Accession no."),
    "call_number": QT_TRANSLATE_NOOP("DistrictGrantsPage", "Call number"),
}


ALL_VILLAGES = "*"  # the village list's last choice (no site id is a star)


class DistrictGrantsPage(Page):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.rows: list[grants.GrantRow] = []
        layout = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        # --- a new grant ---
        box, box_layout = section(self.tr("New grant package"))
        form = QFormLayout()
        self.village = QComboBox()
        self.village.setAccessibleName(self.tr("For which village"))
        self.village.currentIndexChanged.connect(self._changed)
        form.addRow(self.tr("&Village:"), self.village)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Bantuan Perpusnas 2026"))
        self.name.setAccessibleName(self.tr("Grant name"))
        self.name.textChanged.connect(self._changed)
        form.addRow(self.tr("&Name:"), self.name)
        box_layout.addLayout(form)
        self.load_button = QPushButton(self.tr("&Load list (CSV, Excel or MARC)…"))
        self.add_button = QPushButton(self.tr("A&dd row"))
        self.remove_button = QPushButton(self.tr("&Remove row"))
        self.check_button = QPushButton(self.tr("Chec&k"))
        for button in (self.load_button, self.add_button, self.remove_button, self.check_button):
            button.setAccessibleName(button.text().replace("&", "").rstrip("…"))
        box_layout.addLayout(add_all(QHBoxLayout(), self.load_button, self.add_button, self.remove_button,
                                     self.check_button))
        self.load_button.clicked.connect(self.load)
        self.add_button.clicked.connect(self.add_row)
        self.remove_button.clicked.connect(self.remove_row)
        self.check_button.clicked.connect(self.check)
        self.copies = QTableWidget(0, len(grants.COLUMNS))
        self.copies.setHorizontalHeaderLabels([QCoreApplication.translate("DistrictGrantsPage", HEADERS[c])
                                               for c in grants.COLUMNS])
        self.copies.setAccessibleName(self.tr("Books in the grant (one row per title, or per copy with its barcode)"))
        self.copies.setTabKeyNavigation(False)  # Tab leaves the table; arrows move, F2 or typing edits
        self.copies.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.copies.horizontalHeader().setStretchLastSection(True)
        self.copies.itemChanged.connect(self._changed)
        box_layout.addWidget(self.copies, 1)
        self.preview = note()
        self.preview.setAccessibleName(self.tr("Grant check"))
        box_layout.addWidget(self.preview)
        self.create_button = QPushButton()
        self.create_button.clicked.connect(self.create)
        box_layout.addWidget(self.create_button)
        splitter.addWidget(box)

        # --- the grants so far ---
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(QLabel(self.tr("Grant packages")))
        self.list = read_only_table([self.tr("Made on"), self.tr("Name"), self.tr("Village"), self.tr("Titles"),
                            self.tr("Copies"), self.tr("Status")], self.tr("Grant packages"))
        lower_layout.addWidget(self.list, 1)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)

        self.refresh()
        self.add_row()
        self._changed()

    # --- showing --------------------------------------------------------------------------------

    def refresh(self) -> None:
        current = self.village.currentData()
        self.village.blockSignals(True)
        self.village.clear()
        enrolled = grants.villages()
        for peer in enrolled:
            self.village.addItem(f"{peer.code} – {peer.name}", peer.site)
        if len(enrolled) > 1:  # a programme that sends every village the same box: one list, a package each
            self.village.addItem(self.tr("All {n} villages (a package of its own for each)").format(
                n=len(enrolled)), ALL_VILLAGES)
        index = self.village.findData(current)
        self.village.setCurrentIndex(max(0, index))
        self.village.blockSignals(False)
        self.rows = grants.grant_list(self.ctx.lib)
        states = {"waiting": self.tr("waiting for the next bundle to the village"),
                  "sent": self.tr("sent on {date}, not yet confirmed by the village"),
                  "received": self.tr("received by the village on {date}")}
        table = []
        for row in self.rows:
            when = row.received_at if row.status == "received" else row.sent_at
            state = states[row.status].format(date=to_local(when).strftime("%Y-%m-%d") if when else "")
            table.append([to_local(row.created_at).strftime("%Y-%m-%d"), row.name, f"{row.code} – {row.village}",
                          row.titles, row.copies, state])
        fill(self.list, table, [row.uid for row in self.rows])

    def _changed(self, *_args) -> None:
        """Any edit: the last check no longer holds."""
        code = self.village.currentText().split(" – ")[0] if self.village.count() else ""
        if self.village.currentData() == ALL_VILLAGES:
            code = self.tr("all villages")
        self.create_button.setText(self.tr("&Include in the next bundle to {village}").format(village=code or "…"))
        self.create_button.setAccessibleName(self.tr("Include in the next bundle to the village"))
        self.create_button.setEnabled(bool(code))
        if not self.village.count():
            self.preview.setText(self.tr("No village is enrolled yet: enrol villages on the Sync page first."))
        else:
            self.preview.setText(self.tr("Fill in one row per title with how many copies (the village numbers them "
                                         "and prints their labels), or one row per copy with its barcode; then "
                                         "Check."))

    def lines(self) -> list[dict[str, str]]:
        out = []
        for r in range(self.copies.rowCount()):
            line = {}
            for c, column in enumerate(grants.COLUMNS):
                item = self.copies.item(r, c)
                line[column] = item.text().strip() if item else ""
            title = self.copies.item(r, 0)
            if title is not None and isinstance(title.data(Qt.ItemDataRole.UserRole), dict):
                line["marc"] = title.data(Qt.ItemDataRole.UserRole)  # a MARC record's other fields
            out.append(line)
        return out

    def set_lines(self, lines: list[dict[str, str]]) -> None:
        self.copies.blockSignals(True)
        self.copies.setRowCount(len(lines))
        for r, line in enumerate(lines):
            for c, column in enumerate(grants.COLUMNS):
                self.copies.setItem(r, c, QTableWidgetItem(str(line.get(column, ""))))
            if line.get("marc"):  # kept with the row (subjects, collation...), not shown
                self.copies.item(r, 0).setData(Qt.ItemDataRole.UserRole, line["marc"])
        self.copies.blockSignals(False)
        self.copies.resizeColumnsToContents()
        self._changed()

    # --- actions ----------------------------------------------------------------------------------

    def add_row(self) -> None:
        self.copies.blockSignals(True)
        row = self.copies.rowCount()
        self.copies.insertRow(row)
        for c in range(len(grants.COLUMNS)):
            self.copies.setItem(row, c, QTableWidgetItem(""))
        if row > 0:  # a shipment often holds several copies of a title: start from the row above
            for column in ("title", "author", "isbn", "publisher", "year", "ddc", "call_number"):
                c = grants.COLUMNS.index(column)
                self.copies.item(row, c).setText(self.copies.item(row - 1, c).text())
        self.copies.blockSignals(False)
        self.copies.setCurrentCell(row, grants.COLUMNS.index("barcode") if row > 0 else 0)
        self.copies.setFocus()
        self._changed()

    def remove_row(self) -> None:
        rows = sorted({index.row() for index in self.copies.selectedIndexes()} or {self.copies.currentRow()},
                      reverse=True)
        for row in rows:
            if row >= 0:
                self.copies.removeRow(row)
        self._changed()

    def load(self) -> None:
        path = open_file(self, self.tr("Open the shipment list"), self.tr(
            "Lists (*.csv *.xlsx);;MARC or MARCXML (*.mrc *.marc *.iso *.xml *.marcxml);;All files (*)"))
        if not path:
            return
        try:
            lines = grants.read_table(path)
        except (PustakaError, OSError) as exc:
            show_error(self, exc)
            return
        self.set_lines(lines)
        self.check()

    def _sites(self) -> list[str]:
        chosen = self.village.currentData() or ""
        return [peer.site for peer in grants.villages()] if chosen == ALL_VILLAGES else [chosen]

    def check(self) -> grants.GrantPlan | None:
        try:  # (for all villages: the first one's plan; each village's is checked again when they are made)
            plan = grants.build(self.ctx.lib, self._sites()[0] if self._sites() else "", self.name.text(),
                                self.lines())
        except PustakaError as exc:
            self.preview.setText(self.tr("Not ready: {problem}").format(problem=error_text(exc)))
            if isinstance(exc, grants.GrantLinesError) and exc.lines:  # to the first line to fix
                self.copies.setCurrentCell(exc.lines[0] - 1, 0)
            return None
        ready = self.tr("Ready: {copies} copies of {titles} titles for {code} – {village}. The village gets them with "
                        "its next bundle, ready to lend.").format(
            copies=len(plan.items), titles=len(plan.records), code=plan.peer.code, village=plan.peer.name)
        if len(self._sites()) > 1:
            ready = self.tr("Ready: {copies} copies of {titles} titles for each of {n} villages. Each village gets "
                            "them with its next bundle, ready to lend.").format(
                copies=len(plan.items), titles=len(plan.records), n=len(self._sites()))
        if plan.flagged:
            ready += " " + self.tr("Lines with a value to check (an ISBN with a wrong check digit, a year, a price): "
                                   "{lines}. They go as written; the village finds them on its Needs checking (Perlu diperiksa) list."
                                   ).format(lines=", ".join(str(n) for n in plan.flagged[:20])
                                            + (" …" if len(plan.flagged) > 20 else ""))
        self.preview.setText(ready)
        return plan

    def create(self) -> None:
        plan = self.check()
        if plan is None:
            return
        sites = self._sites()
        code = plan.peer.code if len(sites) == 1 else self.tr("each of {n} villages").format(n=len(sites))
        if not confirm(self, self.tr("Grant package"), self.tr(
                "Include “{name}” ({copies} copies) in the next bundle written for {code}?").format(
                name=plan.name, copies=len(plan.items), code=code)):
            return
        if attempt(self, grants.create_for, self.ctx.lib, self.ctx.user, sites, plan.name,
                   self.lines()) is REFUSED:
            return
        self.set_lines([])
        self.name.clear()
        self.add_row()
        self.refresh()
        if len(sites) > 1:
            info(self, self.tr("Grant package"), self.tr(
                "The grants wait for the next bundles to the villages: write them on the Sync page (Write bundles "
                "for all villages)."))
            return
        info(self, self.tr("Grant package"), self.tr(
            "The grant waits for the next bundle to {code}: write it on the Sync page (Write bundle to USB stick).")
            .format(code=plan.peer.code))
