"""What every page (and every tab of a page) starts from: the open library at hand as ``self.ctx``."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from ..context import AppContext


class Page(QWidget):
    """A page of the main window or a tab of one, built as ``Page(ctx, parent=None)``."""

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx

    def fill_with_tabs(self, name: str, tabs: list[tuple[type[QWidget] | QWidget, str]]) -> list[QWidget]:
        """The page is a row of tabs (named ``name`` for screen readers), in this order; a tab given as
        a class is built as ``Tab(ctx)``. The main window shows the page's own name and icon above it.
        Gives the tabs, in order."""
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(name)
        built = []
        for tab, title in tabs:
            widget = tab(self.ctx) if isinstance(tab, type) else tab
            self.tabs.addTab(widget, title)
            built.append(widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        return built
