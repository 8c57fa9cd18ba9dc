"""District: search the union catalogue; holdings and availability per village."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QTableWidget, QVBoxLayout, QWidget

from ...core.errors import PustakaError
from ...core.sync import union
from ..context import AppContext
from ..widgets.messages import confirm, show_error
from .sync import _fill, _table


class DistrictUnionPage(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.hits: list[union.UnionHit] = []
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        self.query = QLineEdit()
        self.query.setPlaceholderText(self.tr("Title, author, ISBN or publisher"))
        self.query.setAccessibleName(self.tr("Search the union catalogue"))
        self.query.returnPressed.connect(self.search)
        self.search_button = QPushButton(self.tr("&Search"))
        self.search_button.setAccessibleName(self.tr("Search"))
        self.search_button.clicked.connect(self.search)
        row.addWidget(self.query, 1)
        row.addWidget(self.search_button)
        layout.addLayout(row)
        self.summary = QLabel()
        self.summary.setAccessibleName(self.tr("Union catalogue size"))
        layout.addWidget(self.summary)
        self.table = _table([self.tr("Title"), self.tr("Authors"), self.tr("ISBN"), self.tr("Year"), self.tr("Copies"),
                             self.tr("Available"), self.tr("Villages")], self.tr("Union catalogue records"))
        self.table.itemSelectionChanged.connect(self.show_holdings)
        layout.addWidget(self.table, 2)
        layout.addWidget(QLabel(self.tr("Holdings per village (as of each village's last bundle)")))
        self.holdings = _table([self.tr("Code"), self.tr("Library"), self.tr("Copies"), self.tr("Available")],
                               self.tr("Holdings per village"))
        layout.addWidget(self.holdings, 1)
        self.merge_button = QPushButton(self.tr("&Merge the two selected duplicates…"))
        self.merge_button.setAccessibleName(self.tr("Merge duplicates"))
        self.merge_button.clicked.connect(self.merge)
        self.table.setSelectionMode(QTableWidget.SelectionMode.ExtendedSelection)
        layout.addWidget(self.merge_button)
        counts = union.counts()
        self.summary.setText(self.tr("{records} titles, {copies} copies in the union catalogue.").format(
            records=f"{counts['records']:,}", copies=f"{counts['copies']:,}"))

    def search(self) -> None:
        self.hits = union.search(self.ctx.lib, self.query.text(), limit=50)
        _fill(self.table, [[h.title, h.authors, h.isbn, h.year or "", h.copies, h.available, h.villages]
                           for h in self.hits], [h.id for h in self.hits])
        _fill(self.holdings, [])
        if self.hits:
            self.table.selectRow(0)

    def show_holdings(self) -> None:
        row = self.table.currentRow()
        if 0 <= row < len(self.hits):
            hit = self.hits[row]
            _fill(self.holdings, [[h.code, h.name, h.copies, h.available] for h in hit.holdings])

    def merge(self) -> None:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        if len(rows) != 2:
            return
        keep, other = self.hits[rows[0]], self.hits[rows[1]]
        if not confirm(self, self.tr("Merge duplicates"), self.tr("Merge “{other}” into “{keep}”?").format(
                other=other.title, keep=keep.title)):
            return
        try:
            union.merge_records(self.ctx.lib, self.ctx.user, keep.id, other.id)
        except PustakaError as exc:
            show_error(self, exc)
            return
        self.search()
