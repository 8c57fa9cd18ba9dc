"""Pictures the core keeps as bytes (a member's photo) shown in a label."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QLabel


def show_picture(label: QLabel, data: bytes | None, missing: str) -> None:
    """``data`` (JPEG, PNG, ...) scaled into the label keeping its shape; ``missing`` (already
    translated) is shown instead when there is no picture or it cannot be read."""
    pixmap = QPixmap()
    if data and pixmap.loadFromData(data):
        label.setPixmap(pixmap.scaled(label.size(), Qt.AspectRatioMode.KeepAspectRatio,
                                      Qt.TransformationMode.SmoothTransformation))
    else:
        label.clear()
        label.setText(missing)
