"""Measuring what is on screen: contrast from the rendered pixels of a widget."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QWidget


def luminance(color: QColor) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue())


def contrast(a: QColor, b: QColor) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def grab(widget: QWidget) -> QImage:
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
