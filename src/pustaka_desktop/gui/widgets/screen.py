"""Windows that fit the screen they open on. A dialog asks for its comfortable size but never for
more than the screen's free area (``availableGeometry``: the taskbar left out) minus the window
frame, so its buttons stay in reach on a 1024 x 600 netbook with a taskbar."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

UNLIMITED = 16777215  # Qt's QWIDGETSIZE_MAX: no limit on a widget's size
FRAME = QSize(20, 40)  # the window manager's borders and title bar, drawn around the widget
SMALLEST = QSize(320, 240)  # a screen reporting less than this is a misreport: don't squeeze to nothing


def screen_of(widget: QWidget) -> QScreen | None:
    """The screen ``widget``'s window is on (the primary one while it is nowhere yet); None without any screen.

    Never the widget's own ``screen`` (nor its window's): PySide makes the application's one QScreen wrapper the
    child of the widget asked, and when Python's cycle collector frees that widget in a cycle it may clear the
    wrapper first, which then takes the QScreen as its own and deletes it: every window drawn after that crashes
    (seen as segmentation faults in the GUI tests; ``tests/gui/test_screen_kept.py``). The application's static
    getters give the wrapper no parent."""
    centre = widget.window().geometry().center()  # (a window's geometry is on the desktop's coordinates)
    return QGuiApplication.screenAt(centre) or QGuiApplication.primaryScreen()


def screen_room(widget: QWidget) -> QSize:
    """The largest size ``widget``'s window may take on its screen, frame included."""
    screen = screen_of(widget)
    if screen is None:  # no screen at all (a test without a display): nothing to fit
        return QSize(UNLIMITED, UNLIMITED)
    free = screen.availableGeometry()
    return QSize(max(SMALLEST.width(), free.width() - FRAME.width()),
                 max(SMALLEST.height(), free.height() - FRAME.height()))


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """``width`` x ``height`` when the screen has room, else the screen's free area; and the window
    never grows past it later (a wide page would otherwise push its buttons off the screen)."""
    room = screen_room(window)
    window.setMaximumSize(room)
    window.resize(min(width, room.width()), min(height, room.height()))
