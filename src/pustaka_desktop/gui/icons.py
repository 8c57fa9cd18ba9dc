"""The app's icons: one set (Tabler Icons, MIT licence, in resources/icons/tabler with its licence).

The icons are line drawings in ``currentColor``; they are drawn in the current theme's text colour
(and the highlight's text colour when selected), so they stay visible in the high-contrast theme.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from .appearance import color, current_theme

ICON_DIR = Path(__file__).resolve().parent.parent / "resources" / "icons" / "tabler"
SIZES = (16, 20, 24, 32, 48, 64)


def icon_path(name: str) -> Path:
    return ICON_DIR / f"{name}.svg"


def _pixmap(svg: str, ink: str, size: int) -> QPixmap:
    renderer = QSvgRenderer(QByteArray(svg.replace("currentColor", ink).encode("utf-8")))
    pixmap = QPixmap(QSize(size, size))
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


@lru_cache(maxsize=256)
def _icon(name: str, ink: str, selected_ink: str, disabled_ink: str) -> QIcon:
    path = icon_path(name)
    icon = QIcon()
    if not path.exists():
        return icon
    svg = path.read_text(encoding="utf-8")
    for size in SIZES:
        icon.addPixmap(_pixmap(svg, ink, size), QIcon.Mode.Normal)
        icon.addPixmap(_pixmap(svg, ink, size), QIcon.Mode.Active)
        icon.addPixmap(_pixmap(svg, selected_ink, size), QIcon.Mode.Selected)
        icon.addPixmap(_pixmap(svg, disabled_ink, size), QIcon.Mode.Disabled)
    return icon


def icon(name: str, ink: str | None = None) -> QIcon:
    """The icon ``name`` (a file in resources/icons/tabler) in the theme's text colour, or ``ink``."""
    return _icon(name, ink or color("text"), color("highlight_text"), color("disabled"))


def pixmap(name: str, size: int, ink: str | None = None) -> QPixmap:
    """A single picture of the icon, e.g. for a page heading."""
    path = icon_path(name)
    if not path.exists():
        return QPixmap()
    return _pixmap(path.read_text(encoding="utf-8"), ink or color("text"), size)


def theme_key() -> str:
    return current_theme().name
