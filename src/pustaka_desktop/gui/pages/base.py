"""What every page (and every tab of a page) starts from: the open library at hand as ``self.ctx``."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ..context import AppContext


class Page(QWidget):
    """A page of the main window or a tab of one, built as ``Page(ctx, parent=None)``."""

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def fill_with_tabs(self, name: str, tabs: list[tuple[QWidget, str]]) -> QTabWidget:
        """The page is a row of tabs (named ``name`` for screen readers), in this order; the main
        window shows the page's own name and icon above it."""
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(name)
        for tab, title in tabs:
            self.tabs.addTab(tab, title)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        return self.tabs
