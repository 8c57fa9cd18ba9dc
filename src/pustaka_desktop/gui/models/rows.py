"""A small read-only Qt table model over a list of rows (one page of a core query at a time).

Pages fetch a page of results from the core (``limit``/``offset``) and hand the rows here with
column definitions; nothing here queries the database, so a 100,000-row library costs one page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor

from .base import RIGHT, ListTableModel


@dataclass(frozen=True)
class Column:
    title: str  # already translated
    value: Callable[[Any], Any]
    align_right: bool = False


class RowsModel(ListTableModel):
    def __init__(self, columns: Sequence[Column], parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.highlight: Callable[[Any], str | None] | None = None  # row -> background colour or None

    def column_count(self) -> int:
        return len(self.columns)

    def title(self, section: int) -> str:
        return self.columns[section].title

    def cell(self, row: Any, column_number: int, role: int) -> Any:
        column = self.columns[column_number]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.value(row)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_right:
            return RIGHT
        if role == Qt.ItemDataRole.BackgroundRole and self.highlight is not None:
            colour = self.highlight(row)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.ForegroundRole and self.highlight is not None:
            colour = self.highlight(row)  # text that stays readable on the highlight, whatever the theme
            return QBrush(QColor("#000000" if colour and QColor(colour).lightnessF() > 0.5 else "#ffffff")) \
                if colour else None
        return None
