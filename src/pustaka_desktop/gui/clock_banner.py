"""A red banner at the top of the main window while the computer's clock needs a librarian's
confirmation (circulation is stopped until then). Not a pop-up: the desk can still see everything."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolBar, QWidget

from ..core.errors import PustakaError
from ..core.store import health
from ..core.store.clock import to_local
from .appearance import color
from .context import AppContext
from .widgets.messages import confirm, show_error


class ClockBanner(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setStyleSheet(f"background: {color('danger_bg')}; color: {color('danger')}; padding: 4px;")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.text.setStyleSheet(f"color: {color('danger')}; font-weight: bold;")
        self.button = QPushButton(self.tr("The date and time are &right"))
        self.button.setAccessibleName(self.tr("Confirm the computer's date and time"))
        self.button.setStyleSheet(f"background: {color('base')}; color: {color('danger')}; font-weight: bold;"
                                  f" border: 2px solid {color('danger_border')};")
        self.button.clicked.connect(self.confirm)
        layout = QHBoxLayout(self)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.button)
        self.refresh()

    def refresh(self) -> bool:
        """Show or hide the banner; True when circulation is blocked."""
        problem = health.clock_problem(self.ctx.lib)
        blocked = problem is not None and health.circulation_blocked_reason(self.ctx.lib) is not None
        if blocked:
            message = problem.message(QCoreApplication.translate)
            if not self.ctx.allowed("clock.confirm"):
                message += " " + self.tr("Ask a librarian.")
            self.text.setText(message)
        self.button.setVisible(blocked and self.ctx.allowed("clock.confirm"))
        toolbar = self.parentWidget()
        (toolbar if isinstance(toolbar, QToolBar) else self).setVisible(blocked)
        return blocked

    def confirm(self) -> None:
        confirm_clock(self, self.ctx)
        self.refresh()


def confirm_clock(parent, ctx: AppContext) -> bool:
    """Ask the librarian whether the PC's date and time are right; if so, lift the circulation stop."""
    translate = QCoreApplication.translate
    question = translate("ClockBanner", "Is it really {now} now? Due dates and the order of changes depend on it.")
    if not confirm(parent, translate("ClockBanner", "Confirm the date and time"),
                   question.format(now=f"{to_local(ctx.lib.clock.now()):%A %d-%m-%Y %H:%M}")):
        return False
    try:
        health.confirm_clock(ctx.lib, ctx.user)
    except PustakaError as exc:
        show_error(parent, exc)
        return False
    return True


def install(window, ctx: AppContext) -> ClockBanner:
    toolbar = QToolBar(window)
    toolbar.setObjectName("clock_banner")
    toolbar.setMovable(False)
    toolbar.setFloatable(False)
    banner = ClockBanner(ctx)
    toolbar.addWidget(banner)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    banner.refresh()
    return banner
