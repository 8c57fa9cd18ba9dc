"""A Qt table model over catalogue search results, fetched a page at a time (``canFetchMore`` /
``fetchMore``): scrolling down asks the core for the next page, so 100,000 hits cost one page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ...core.catalog import search
from ...core.service import Library

PAGE = 50


class SearchResultsModel(QAbstractTableModel):
    def __init__(self, lib: Library, parent=None, include_hidden: bool = True) -> None:
        super().__init__(parent)
        self.lib = lib
        self.include_hidden = include_hidden
        self.text = ""
        self.filters = search.Filters(include_hidden=include_hidden)
        self.hits: list[search.Hit] = []
        self.total = 0
        self.exact: int | None = None
        self.corrected = ""
        self.headers = [
            QCoreApplication.translate("SearchResultsModel", "Title"),
            QCoreApplication.translate("SearchResultsModel", "Author"),
            QCoreApplication.translate("SearchResultsModel", "Year"),
            QCoreApplication.translate("SearchResultsModel", "Call number"),
            QCoreApplication.translate("SearchResultsModel", "Shelf"),
            QCoreApplication.translate("SearchResultsModel", "Available"),
        ]

    # --- querying ---------------------------------------------------------------------------------

    def run(self, text: str, filters: search.Filters | None = None) -> None:
        """A new search: the first page replaces the rows."""
        self.text = text
        self.filters = filters or search.Filters(include_hidden=self.include_hidden)
        self.filters.include_hidden = self.include_hidden and self.filters.include_hidden
        page = search.search(self.lib, text, self.filters, offset=0, limit=PAGE)
        self.beginResetModel()
        self.hits = page.hits
        self.total = page.total
        self.exact = page.exact
        self.corrected = page.corrected  # a typo corrected: the rows are for this text
        self.endResetModel()

    def refresh(self) -> None:
        """Run the same search again (after an edit), keeping as many rows as were loaded."""
        loaded = max(PAGE, len(self.hits))
        page = search.search(self.lib, self.text, self.filters, offset=0, limit=loaded)
        self.beginResetModel()
        self.hits = page.hits
        self.total = page.total
        self.exact = page.exact
        self.corrected = page.corrected  # a typo corrected: the rows are for this text
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and len(self.hits) < self.total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: N802, B008
        if parent.isValid() or len(self.hits) >= self.total:
            return
        page = search.search(self.lib, self.text, self.filters, offset=len(self.hits), limit=PAGE)
        if not page.hits:
            self.total = len(self.hits)
            return
        first = len(self.hits)
        self.beginInsertRows(QModelIndex(), first, first + len(page.hits) - 1)
        self.hits.extend(page.hits)
        self.endInsertRows()

    def hit_at(self, row: int) -> search.Hit | None:
        return self.hits[row] if 0 <= row < len(self.hits) else None

    def row_of(self, record_id: int) -> int:
        for n, hit in enumerate(self.hits):
            if hit.record_id == record_id:
                return n
        return -1

    # --- the model --------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        hit = self.hits[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return hit.title + (f" : {hit.subtitle}" if hit.subtitle else "")
            if column == 1:
                return hit.authors
            if column == 2:
                return "" if hit.year is None else str(hit.year)
            if column == 3:
                return hit.call_number
            if column == 4:
                return hit.location
            if column == 5:
                return QCoreApplication.translate("SearchResultsModel", "{available} of {copies}").format(
                    available=hit.available, copies=hit.copies)
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return hit.title + (f" : {hit.subtitle}" if hit.subtitle else "")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 5):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None
