"""Text size and the two themes (normal, high contrast), applied app-wide.

Text size (100-200 %) scales the whole interface through Qt's scale factor, so every page, including
large type the desk sets in points, grows together and nothing is cut off. It must be known before
the QApplication exists, so a change applies when the app restarts (it restarts itself).

Colours: pages never write colour codes of their own. They ask the current theme by meaning,
``color("danger")``, ``color("danger_bg")``, or take a whole banner style with ``tone_style("ok")``;
both themes give every pair at least 4.5:1 (text) and 3:1 (borders, the focus ring). The app-wide
style sheet draws a focus ring of at least 2 px on every control that takes the keyboard, in both
themes. Colours are read when a page is built (the app restarts for a new theme).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field

from PySide6.QtCore import QProcess
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

from ..core.profile import HIGH_CONTRAST_KEY, TEXT_SIZE_KEY, TEXT_SIZES  # noqa: F401 - the GUI's names for them

# Set beside QT_SCALE_FACTOR when the text-size setting (not the person starting Pustaka) chose it, so a
# restart for a new size does not inherit the old one.
OWN_SCALE_MARK = "PUSTAKA_SCALE_FROM_SETTINGS"


@dataclass(frozen=True)
class Theme:
    name: str
    high_contrast: bool
    ring: int  # focus ring width in px
    colors: dict[str, str] = field(default_factory=dict)


# Every foreground below reaches at least 4.5:1 on the backgrounds it is used on ("window", "base",
# its own *_bg); borders and the focus ring at least 3:1 (tests/gui/test_accessibility_contrast.py).
NORMAL = Theme("normal", False, 2, {
    "window": "#efefef", "base": "#ffffff", "text": "#000000", "muted": "#48515c",
    "border": "#6e6e6e", "focus": "#0b57d0",
    "button": "#fafafa", "button_text": "#000000", "button_hover": "#e3ecfb",
    "accent": "#1557b0", "accent_text": "#ffffff",  # a chosen mode, the selected page
    "highlight": "#1557b0", "highlight_text": "#ffffff",
    "ok": "#0f5a2b", "ok_bg": "#dcf3e4", "ok_border": "#2e8b57",
    "danger": "#a31515", "danger_bg": "#fde2e1", "danger_border": "#c62828",
    "warning": "#6b4a00", "warning_bg": "#fff0c2", "warning_border": "#b07d00",
    "info": "#0b3d91", "info_bg": "#e3edff", "info_border": "#3d6fb6",
    "neutral": "#2b3440", "neutral_bg": "#f7f9fc", "neutral_border": "#7a8799",
    "late_bg": "#fde2e1", "late_text": "#000000",
    "link": "#0b4fb3", "disabled": "#6b6b6b",
})
HIGH_CONTRAST = Theme("high-contrast", True, 3, {
    "window": "#000000", "base": "#000000", "text": "#ffffff", "muted": "#d9d9d9",
    "border": "#ffffff", "focus": "#ffeb3b",
    "button": "#000000", "button_text": "#ffffff", "button_hover": "#262626",
    "accent": "#80d8ff", "accent_text": "#000000",
    "highlight": "#ffeb3b", "highlight_text": "#000000",
    "ok": "#69f0ae", "ok_bg": "#000000", "ok_border": "#69f0ae",
    "danger": "#ff8a80", "danger_bg": "#000000", "danger_border": "#ff8a80",
    "warning": "#ffd54f", "warning_bg": "#000000", "warning_border": "#ffd54f",
    "info": "#82b1ff", "info_bg": "#000000", "info_border": "#82b1ff",
    "neutral": "#ffffff", "neutral_bg": "#000000", "neutral_border": "#ffffff",
    "late_bg": "#4a0000", "late_text": "#ffffff",
    "link": "#80d8ff", "disabled": "#b0b0b0",
})
TONES = ("ok", "danger", "warning", "info", "neutral")
_current: list[Theme] = [NORMAL]


def current_theme() -> Theme:
    return _current[0]


def color(name: str) -> str:
    """The current theme's colour for a meaning ("text", "muted", "danger", "ok_bg", "focus"...)."""
    return current_theme().colors[name]


def qcolor(name: str) -> QColor:
    return QColor(color(name))


def tone_style(tone: str, selector: str = "QLabel", extra: str = "") -> str:
    """A banner's style sheet in a tone ("ok", "danger", "warning", "info", "neutral"): its text,
    background and a 3 px border, all from the current theme."""
    tone = tone if tone in TONES else "neutral"
    return (f"{selector} {{ color: {color(tone)}; background: {color(tone + '_bg')}; "
            f"border: 3px solid {color(tone + '_border')}; border-radius: 8px; padding: 8px 14px; {extra} }}")


def text_style(tone: str, extra: str = "") -> str:
    """Coloured text on the page's own background: "color: ...;" plus ``extra``."""
    name = tone if tone in current_theme().colors else "text"
    return f"color: {color(name)}; {extra}".strip()


def style_sheet(theme: Theme) -> str:
    """The app-wide style sheet: visible borders and a focus ring on every control in both themes."""
    c, ring = theme.colors, theme.ring
    inner = ring - 1  # the normal border is 1 px: padding shrinks by the difference so nothing jumps
    return f"""
QLineEdit, QPlainTextEdit, QTextEdit, QAbstractSpinBox, QDateEdit, QComboBox {{
    border: 1px solid {c['border']}; border-radius: 3px; background: {c['base']}; color: {c['text']};
    padding: {1 + inner}px {2 + inner}px;
    selection-background-color: {c['highlight']}; selection-color: {c['highlight_text']};
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QAbstractSpinBox:focus, QDateEdit:focus,
QComboBox:focus {{
    border: {ring}px solid {c['focus']}; padding: 1px 2px;
}}
QLineEdit:disabled, QComboBox:disabled, QAbstractSpinBox:disabled {{ color: {c['disabled']}; }}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ width: 20px; }}
QAbstractItemView, QListView, QTreeView, QTableView, QListWidget, QTreeWidget, QTableWidget {{
    border: 1px solid {c['border']}; background: {c['base']}; color: {c['text']};
    selection-background-color: {c['highlight']}; selection-color: {c['highlight_text']};
}}
QAbstractItemView:focus, QListView:focus, QTreeView:focus, QTableView:focus, QListWidget:focus,
QTreeWidget:focus, QTableWidget:focus {{
    border: {ring}px solid {c['focus']};
}}
QPushButton, QToolButton {{
    border: 1px solid {c['border']}; border-radius: 4px; background: {c['button']}; color: {c['button_text']};
    padding: {3 + inner}px {10 + inner}px;
}}
QToolButton {{ padding: {1 + inner}px {3 + inner}px; }}
QPushButton:hover, QToolButton:hover {{ background: {c['button_hover']}; }}
QPushButton:checked, QToolButton:checked {{ background: {c['accent']}; color: {c['accent_text']}; }}
QPushButton:default {{ border-width: {ring}px; padding: {3 + inner - (ring - 1)}px {10 + inner - (ring - 1)}px; }}
QPushButton:focus, QToolButton:focus {{
    border: {ring}px solid {c['focus']}; padding: 3px 10px;
}}
QToolButton:focus {{ padding: 1px 3px; }}
QPushButton:disabled, QToolButton:disabled {{ color: {c['disabled']}; border-color: {c['disabled']}; }}
QCheckBox, QRadioButton {{ border: {ring}px solid transparent; border-radius: 3px; padding: 1px 2px; }}
QCheckBox:focus, QRadioButton:focus {{ border-color: {c['focus']}; }}
QTabBar::tab {{
    border: 1px solid {c['border']}; border-bottom: none; padding: {3 + inner}px {10 + inner}px;
    background: {c['button']}; color: {c['button_text']}; margin-right: 2px;
}}
QTabBar::tab:selected {{ background: {c['base']}; font-weight: bold; }}
QTabBar:focus {{ outline: none; }}
QTabBar::tab:selected:focus {{ border: {ring}px solid {c['focus']}; padding: 3px 10px; }}
QGroupBox {{ border: 1px solid {c['border']}; border-radius: 4px; margin-top: 1.2em; padding-top: 4px; }}
QGroupBox::title {{ subcontrol-origin: margin; left: 8px; padding: 0 4px; color: {c['text']}; }}
QToolTip {{ color: {c['text']}; background: {c['base']}; border: 1px solid {c['border']}; }}
QLabel:link {{ color: {c['link']}; }}
QMenu::item:selected, QMenuBar::item:selected {{ background: {c['highlight']}; color: {c['highlight_text']}; }}
"""


def theme_palette(theme: Theme) -> QPalette:
    c = theme.colors
    palette = QPalette()
    role = QPalette.ColorRole
    for name, key in (
        (role.Window, "window"), (role.WindowText, "text"), (role.Base, "base"), (role.Text, "text"),
        (role.Button, "button"), (role.ButtonText, "button_text"), (role.Highlight, "highlight"),
        (role.HighlightedText, "highlight_text"), (role.ToolTipBase, "base"), (role.ToolTipText, "text"),
        (role.Link, "link"), (role.BrightText, "focus"), (role.PlaceholderText, "muted"),
    ):
        palette.setColor(name, QColor(c[key]))
    palette.setColor(role.AlternateBase, QColor("#1a1a1a" if theme.high_contrast else "#f4f6f9"))
    for disabled in (role.Text, role.ButtonText, role.WindowText):
        palette.setColor(QPalette.ColorGroup.Disabled, disabled, QColor(c["disabled"]))
    return palette


def high_contrast_palette() -> QPalette:
    return theme_palette(HIGH_CONTRAST)


def apply_theme(app: QApplication, high_contrast: bool) -> None:
    theme = HIGH_CONTRAST if high_contrast else NORMAL
    _current[0] = theme
    app.setStyle(QStyleFactory.create("Fusion"))
    app.setPalette(theme_palette(theme))
    app.setStyleSheet(style_sheet(theme))


def prepare_scale(text_size: int) -> None:
    """Call before the QApplication is created. A QT_SCALE_FACTOR the person set themselves wins;
    one this app set from the setting is replaced (and removed at 100 %)."""
    size = min(max(int(text_size or 100), 100), 200)
    if "QT_SCALE_FACTOR" in os.environ and not os.environ.get(OWN_SCALE_MARK):
        return
    os.environ.pop("QT_SCALE_FACTOR", None)
    os.environ.pop(OWN_SCALE_MARK, None)
    if size != 100:
        os.environ["QT_SCALE_FACTOR"] = f"{size / 100:.2f}"
        os.environ[OWN_SCALE_MARK] = "1"


def restart_environment(environ: dict[str, str]) -> dict[str, str]:
    """The environment for the restarted app: without the scale factor this app chose itself, so the
    new process reads the new text size from the settings."""
    out = dict(environ)
    if out.get(OWN_SCALE_MARK):
        out.pop("QT_SCALE_FACTOR", None)
        out.pop(OWN_SCALE_MARK, None)
    return out


def restart_app() -> None:
    """Start a new Pustaka with the same arguments, then quit this one (for a new text size)."""
    arguments = sys.argv[1:] if getattr(sys, "frozen", False) else sys.argv
    clean = restart_environment(dict(os.environ))
    for name in set(os.environ) - set(clean):
        os.environ.pop(name)  # the child inherits this process's environment
    QProcess.startDetached(sys.executable, arguments)
    QApplication.quit()
