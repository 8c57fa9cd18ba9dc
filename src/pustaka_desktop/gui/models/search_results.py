"""A Qt table model over catalogue search results, fetched a page at a time (``canFetchMore`` /
``fetchMore``): scrolling down asks the core for the next page, so 100,000 hits cost one page."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt

from ...core.catalog import search
from ...core.catalog.records import kind_named
from ...core.service import Library
from .base import RIGHT, PagedTableModel

PAGE = 50


class SearchResultsModel(PagedTableModel):
    def __init__(self, lib: Library, parent=None, include_hidden: bool = True) -> None:
        super().__init__(parent)
        self.lib = lib
        self.include_hidden = include_hidden
        self.text = ""
        self.filters = search.Filters(include_hidden=include_hidden)
        self.exact: int | None = None
        self.corrected = ""
        self.shelf = ""
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
        self._show(search.search(self.lib, text, self.filters, offset=0, limit=PAGE))

    def refresh(self) -> None:
        """Run the same search again (after an edit), keeping as many rows as were loaded."""
        self._show(search.search(self.lib, self.text, self.filters, offset=0, limit=max(PAGE, len(self.rows))))

    def _show(self, page: search.SearchPage) -> None:
        self.exact = page.exact
        self.corrected = page.corrected  # a typo corrected: the rows are for this text
        self.shelf = page.shelf  # the text read as a class or call number
        self.show_rows(page.hits, page.total)

    def fetch_page(self, offset: int) -> list[search.Hit]:
        return search.search(self.lib, self.text, self.filters, offset=offset, limit=PAGE).hits

    @property
    def hits(self) -> list[search.Hit]:
        return self.rows

    def hit_at(self, row: int) -> search.Hit | None:
        return self.row_at(row)

    def row_of(self, record_id: int) -> int:
        for n, hit in enumerate(self.hits):
            if hit.record_id == record_id:
                return n
        return -1

    # --- the model --------------------------------------------------------------------------------

    def column_count(self) -> int:
        return len(self.headers)

    def title(self, section: int) -> str:
        return self.headers[section]

    def cell(self, hit: search.Hit, column: int, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return hit.title + (f" : {hit.subtitle}" if hit.subtitle else "") + kind_suffix(hit.material_type)
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
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:  # (the whole of a title cut short in its column)
            return hit.title + (f" : {hit.subtitle}" if hit.subtitle else "") + kind_suffix(hit.material_type)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 5):
            return RIGHT
        return None


def kind_suffix(material_type: str) -> str:
    """" [E-book]" after a title that is no printed book: a print book and its e-book (or audio book, a
    magazine) with one title are two rows a volunteer must tell apart at a glance; most titles are books."""
    label = kind_named(material_type)
    return f" [{QCoreApplication.translate('Catalog', label)}]" if label else ""
