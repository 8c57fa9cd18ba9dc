"""The buku induk as a Qt table model: rows are fetched from the core a page at a time as the view
scrolls (canFetchMore/fetchMore), so a register of 200,000 copies opens instantly."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from ...core.catalog import accession_register as register
from ...core.service import Library
from ...core.store.models import Staff
from .base import RIGHT, PagedTableModel

PAGE = 200


def _translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class RegisterModel(PagedTableModel):
    def __init__(self, lib: Library, user: Staff, parent=None) -> None:
        super().__init__(parent)
        self.lib, self.user = lib, user
        self.filter = register.RegisterFilter()

    def reload(self, filt: register.RegisterFilter) -> None:
        self.show_first_page(filt, *self.first_page(self.lib, self.user, filt))

    @staticmethod
    def first_page(lib: Library, user: Staff, filt: register.RegisterFilter) -> tuple[int, list]:
        """The count and the first page (slow on a large library: the page runs it in the background)."""
        return register.count(lib, user, filt), register.rows(lib, user, filt, 0, PAGE, _translate)

    def show_first_page(self, filt: register.RegisterFilter, total: int, rows: list) -> None:
        self.filter = filt
        self.show_rows(rows, total)

    def fetch_page(self, offset: int) -> list:
        return register.rows(self.lib, self.user, self.filter, offset, PAGE, _translate)

    def column_count(self) -> int:
        return len(register.COLUMNS)

    def title(self, section: int) -> str:
        return _translate("Register", register.COLUMNS[section][1])

    def cell(self, row: register.RegisterRow, column: int, role: int) -> Any:
        key = register.COLUMNS[column][0]
        if role == Qt.ItemDataRole.DisplayRole:
            value = getattr(row, key)
            if value is None:
                return ""
            if key == "received_on":
                return value.strftime("%d-%m-%Y")
            if key == "price":
                return f"{value:,}".replace(",", ".")
            return str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("no", "price"):
            return RIGHT
        return None
