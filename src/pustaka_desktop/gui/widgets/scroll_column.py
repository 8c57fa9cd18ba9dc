"""A column of a page that scrolls down on its own when the window is short, and keeps its width.

On a 1024 x 600 netbook the Print page's choices are taller than the room: the whole page scrolled, and the first
page's preview, its summary and the Print and Save buttons beside them went below the screen's edge. With the choices
in such a column the rest of the page stays on the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QComboBox, QFrame, QScrollArea, QStyle, QWidget

from .a11y import narrow_combo


class ScrollColumn(QScrollArea):
    """``column`` scrolls down inside the page; it is never narrower than it needs (no sideways scrolling), and with
    ``max_width`` the column itself is at most that wide."""

    def __init__(self, column: QWidget, max_width: int | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # (Tab goes to the controls in it)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # the scroll area measures the column as it takes it, and Qt then keeps a list's least width as measured:
        # its lists are narrowed first, as the page's tidy-up would (a11y.narrow_combo), or one long paper size
        # ("Phone story / WhatsApp status (1080 × 1920 pixels)") widened the whole column
        for combo in column.findChildren(QComboBox):
            narrow_combo(combo)
        self.setWidget(column)
        if max_width is not None:
            self.setMaximumWidth(max_width + self._bar() + 2 * self.frameWidth())

    def _bar(self) -> int:
        return self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        inside = self.widget().minimumSizeHint()
        return QSize(inside.width() + self._bar() + 2 * self.frameWidth(), min(inside.height(), 120))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        inside = self.widget().sizeHint()
        return QSize(inside.width() + self._bar() + 2 * self.frameWidth(), inside.height())
