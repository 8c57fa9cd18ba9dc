"""Measuring what is on screen: contrast from the rendered pixels of a widget."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QWidget


def luminance(color: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def settle(widget: QWidget) -> None:
    """Let the window finish laying itself out before its pixels are read. Showing a window starts a
    chain of event-loop turns (the platform maximises it, the navigation then folds to icons, then the
    page area beside it is laid out again); a fixed wait can end in the middle of that chain when a turn
    is slow (an earlier test's window being torn down), and the page would be read half laid out: squeezed
    beside a column that is no longer there, scrolled sideways, a button cut to a sliver. Runs the pending
    events and layouts until a whole pass finds nothing left to do."""
    window = widget.window()
    for _ in range(50):
        QApplication.processEvents()
        layouts = [w.layout() for w in (window, *window.findChildren(QWidget)) if w.isVisible() and w.layout()]
        if not [layout for layout in layouts if layout.activate()]:  # every pending layout is redone
            return
    raise AssertionError(f"{type(window).__name__} keeps laying itself out")


def grab(widget: QWidget) -> QImage:
    settle(widget)
    return widget.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def colours(image: QImage, rect: QRect) -> Counter:
    rect = rect.intersected(image.rect())
    out: Counter = Counter()
    dpr = image.devicePixelRatio()
    for y in range(int(rect.top() * dpr), int((rect.bottom() + 1) * dpr)):
        for x in range(int(rect.left() * dpr), int((rect.right() + 1) * dpr)):
            out[image.pixel(x, y) & 0xFFFFFF] += 1
    return out


def text_contrast(image: QImage, rect: QRect) -> tuple[float, QColor, QColor] | None:
    """(contrast, ink, background) of the text drawn in ``rect``: the background is the commonest
    colour, the ink the colour that stands out most from it (ignoring specks of fewer than 3 pixels).
    None when nothing but background is there."""
    counts = colours(image, rect)
    if not counts:
        return None
    background = QColor(counts.most_common(1)[0][0])
    best = None
    for rgb, n in counts.items():
        if n < 3:
            continue
        ink = QColor(rgb)
        ratio = contrast(ink, background)
        if best is None or ratio > best[0]:
            best = (ratio, ink, background)
    if best is None or best[0] < 1.05:
        return None
    return best
