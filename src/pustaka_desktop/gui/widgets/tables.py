"""The read-only tables pages show (search results, loans, holidays, partners, conflicts): one way to
set them up, so every list behaves alike under the mouse, the keyboard and a screen reader."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QTableWidget, QTableWidgetItem

SINGLE = QAbstractItemView.SelectionMode.SingleSelection
EXTENDED = QAbstractItemView.SelectionMode.ExtendedSelection
NONE = QAbstractItemView.SelectionMode.NoSelection
TO_CONTENTS = QHeaderView.ResizeMode.ResizeToContents
INTERACTIVE = QHeaderView.ResizeMode.Interactive
STRETCH = QHeaderView.ResizeMode.Stretch
NO_STRETCH = -1  # every column keeps its own width
KEY_ROLE = 256  # Qt.ItemDataRole.UserRole: the row's key on its first cell

View = TypeVar("View", bound=QTableView)


def read_only(view: View, name: str, *, selection: QAbstractItemView.SelectionMode = SINGLE,
              resize: QHeaderView.ResizeMode = TO_CONTENTS, stretch: int | None = None) -> View:
    """Named for screen readers, whole rows selected, nothing typed into cells, no row numbers; the
    columns sized by ``resize`` and column ``stretch`` (the last one when None, none with NO_STRETCH)
    taking the room left."""
    view.setAccessibleName(name)
    view.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move inside it
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(selection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(resize)
    if stretch is None:
        header.setStretchLastSection(True)
    elif stretch != NO_STRETCH:
        header.setSectionResizeMode(stretch, STRETCH)
    return view


def read_only_table(headers: list[str], name: str, **options) -> QTableWidget:
    """A read-only table of cells with these column titles (see ``read_only`` for the options)."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    return read_only(table, name, **options)


def model_table(model: QAbstractItemModel, name: str, **options) -> QTableView:
    """A read-only view over ``model`` (see ``read_only`` for the options)."""
    view = QTableView()
    view.setModel(model)
    return read_only(view, name, **options)


def current_key(table: QTableWidget) -> object | None:
    """The key ``fill`` put on the current row (None: no row is current)."""
    item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
    return None if item is None else item.data(KEY_ROLE)


def fill(table: QTableWidget, rows: Sequence[Sequence[object]], keys: Sequence[object] | None = None,
         fit: bool = True) -> None:
    """The table's rows become ``rows`` (None shows as empty); ``keys[r]`` rides on row r's first cell
    (``KEY_ROLE``); with ``fit`` the columns are then sized to what they show."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            if keys is not None and c == 0:
                item.setData(KEY_ROLE, keys[r])
            table.setItem(r, c, item)
    if fit:
        table.resizeColumnsToContents()


def fit_columns(view: QTableView, widest: int = 40, columns: Iterable[int] | None = None) -> None:
    """Each column (of ``columns``, all when None) as wide as what it shows, but no wider than
    ``widest`` average characters: a long title is cut with "…" (its cell's tooltip keeps it whole)
    instead of taking the room of the columns beside it. The columns stay resizable by hand."""
    limit = view.fontMetrics().averageCharWidth() * widest
    header = view.horizontalHeader()
    for column in range(header.count()) if columns is None else columns:
        header.setSectionResizeMode(column, INTERACTIVE)
        view.resizeColumnToContents(column)
        view.setColumnWidth(column, min(view.columnWidth(column), limit))
