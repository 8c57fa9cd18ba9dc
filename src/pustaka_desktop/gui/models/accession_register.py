"""The buku induk as a Qt table model: rows are fetched from the core a page at a time as the view
scrolls (canFetchMore/fetchMore), so a register of 200,000 copies opens instantly."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt

from ...core.catalog import accession_register as register
from ...core.service import Library
from ...core.store.models import Staff

PAGE = 200


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class RegisterModel(QAbstractTableModel):
    def __init__(self, lib: Library, user: Staff, parent=None) -> None:
        super().__init__(parent)
        self.lib, self.user = lib, user
        self.filter = register.RegisterFilter()
        self.total = 0
        self.rows: list[register.RegisterRow] = []

    def reload(self, filt: register.RegisterFilter) -> None:
        self.show_first_page(filt, *self.first_page(self.lib, self.user, filt))

    @staticmethod
    def first_page(lib: Library, user: Staff, filt: register.RegisterFilter) -> tuple[int, list]:
        """The count and the first page (slow on a large library: the page runs it in the background)."""
        return register.count(lib, user, filt), register.rows(lib, user, filt, 0, PAGE, _translate)

    def show_first_page(self, filt: register.RegisterFilter, total: int, rows: list) -> None:
        self.beginResetModel()
        self.filter = filt
        self.total = total
        self.rows = rows
        self.endResetModel()

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: N802, B008
        return not parent.isValid() and len(self.rows) < self.total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: N802, B008
        more = register.rows(self.lib, self.user, self.filter, len(self.rows), PAGE, _translate)
        if not more:
            self.total = len(self.rows)
            return
        self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(more) - 1)
        self.rows.extend(more)
        self.endInsertRows()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(register.COLUMNS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        key = register.COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            value = getattr(self.rows[index.row()], key)
            if value is None:
                return ""
            if key == "received_on":
                return value.strftime("%d-%m-%Y")
            if key == "price":
                return f"{value:,}".replace(",", ".")
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("no", "price"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _translate("Register", register.COLUMNS[section][1])
        return None
