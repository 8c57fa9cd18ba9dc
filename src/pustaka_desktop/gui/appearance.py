"""Text size and the high-contrast theme, applied app-wide.

Text size (100-200 %) scales the whole interface through Qt's scale factor, so every page, including
large type the desk sets in points, grows together and nothing is cut off. It must be known before
the QApplication exists, so a change applies when the app restarts (it restarts itself).
"""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QProcess
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from ..core.profile import HIGH_CONTRAST_KEY, TEXT_SIZE_KEY, TEXT_SIZES  # noqa: F401 - the GUI's names for them

# Keyboard users must always see where they are.
FOCUS_STYLE = """
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QSpinBox:focus, QDateEdit:focus,
QListView:focus, QTreeView:focus, QTableView:focus, QListWidget:focus, QTableWidget:focus {
    border: 2px solid #1565c0;
}
"""

HIGH_CONTRAST_STYLE = """
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QComboBox:focus, QSpinBox:focus, QDateEdit:focus,
QListView:focus, QTreeView:focus, QTableView:focus, QListWidget:focus, QTableWidget:focus {
    border: 3px solid #ffeb3b;
}
QPushButton { border: 2px solid #ffffff; padding: 4px 10px; background: #000000; color: #ffffff; }
QPushButton:focus, QPushButton:hover { border: 3px solid #ffeb3b; color: #ffeb3b; }
QPushButton:disabled { color: #9e9e9e; border-color: #9e9e9e; }
"""


def prepare_scale(text_size: int) -> None:
    """Call before the QApplication is created."""
    size = min(max(int(text_size or 100), 100), 200)
    if size != 100 and "QT_SCALE_FACTOR" not in os.environ:
        os.environ["QT_SCALE_FACTOR"] = f"{size / 100:.2f}"


def high_contrast_palette() -> QPalette:
    black, white, yellow, cyan = QColor("#000000"), QColor("#ffffff"), QColor("#ffeb3b"), QColor("#80d8ff")
    palette = QPalette()
    for role, color in (
        (QPalette.ColorRole.Window, black), (QPalette.ColorRole.WindowText, white),
        (QPalette.ColorRole.Base, black), (QPalette.ColorRole.AlternateBase, QColor("#1a1a1a")),
        (QPalette.ColorRole.Text, white), (QPalette.ColorRole.Button, black),
        (QPalette.ColorRole.ButtonText, white), (QPalette.ColorRole.Highlight, yellow),
        (QPalette.ColorRole.HighlightedText, black), (QPalette.ColorRole.ToolTipBase, black),
        (QPalette.ColorRole.ToolTipText, white), (QPalette.ColorRole.Link, cyan),
        (QPalette.ColorRole.PlaceholderText, QColor("#bdbdbd")), (QPalette.ColorRole.BrightText, yellow),
    ):
        palette.setColor(role, color)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#9e9e9e"))
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.ButtonText, QColor("#9e9e9e"))
    return palette


def apply_theme(app: QApplication, high_contrast: bool) -> None:
    app.setStyle(QStyleFactory.create("Fusion"))
    if high_contrast:
        app.setPalette(high_contrast_palette())
        app.setStyleSheet(HIGH_CONTRAST_STYLE)
    else:
        app.setPalette(app.style().standardPalette())
        app.setStyleSheet(FOCUS_STYLE)


def restart_app() -> None:
    """Start a new Pustaka with the same arguments, then quit this one (for a new text size)."""
    arguments = sys.argv[1:] if getattr(sys, "frozen", False) else sys.argv
    QProcess.startDetached(sys.executable, arguments)
    QApplication.quit()
