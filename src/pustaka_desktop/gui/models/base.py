"""What every read-only table model here shares: a Python list of rows, one per line of the view,
and (for long lists) rows fetched from the core a page at a time as the view scrolls
(``canFetchMore``/``fetchMore``), so 100,000 rows cost one page.

A subclass says how many columns there are, their titles, and what one cell shows (``cell``);
nothing here queries the database.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ListTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Any] = []

    # what a subclass says
    def column_count(self) -> int:
        raise NotImplementedError

    def title(self, section: int) -> str:
        raise NotImplementedError

    def cell(self, row: Any, column: int, role: int) -> Any:
        """What ``row`` shows in ``column`` for ``role`` (None: nothing)."""
        raise NotImplementedError

    # the list
    def row_at(self, row: int) -> Any:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    # the model
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else self.column_count()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.cell(self.rows[index.row()], index.column(), role)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.title(section)
        return None


class PagedTableModel(ListTableModel):
    """Rows come a page at a time: ``total`` is how many there are in all, ``fetch_page(offset)``
    asks the core for the next page."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.total = 0

    def fetch_page(self, offset: int) -> list[Any]:
        raise NotImplementedError

    def show_rows(self, rows: list[Any], total: int) -> None:
        """A new first page (or everything loaded so far, again) out of ``total``."""
        self.beginResetModel()
        self.rows = list(rows)
        self.total = total
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: N802, B008
        if not self.canFetchMore(parent):
            return
        more = self.fetch_page(len(self.rows))
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()
