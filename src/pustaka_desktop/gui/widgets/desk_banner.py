"""How the desk shows its answers: the banner with the answer to the last scan (a fixed-height box
coloured by tone, its text in the largest bold size that fits, said to screen readers) and the list of
last actions (newest first, marked by tone). What an answer says is gui/desk_answers.py's."""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem

from ..appearance import color
from .a11y import announce

TONES = {"ok": "ok", "refused": "danger", "hold": "warning", "neutral": "neutral"}  # desk tone -> theme tone
MARKS = {"ok": "✔", "refused": "✖", "hold": "★", "neutral": "·"}


def tone_colours(tone: str) -> tuple[str, str, str]:
    """Background, text and border of a desk tone, from the current theme (appearance.py)."""
    name = TONES[tone]
    return color(name + "_bg"), color(name), color(name + "_border")


class AnswerBanner(QLabel):
    """The answer to the last scan. Its height is fixed by the desk (the answer never moves the rest of
    the desk); the text shrinks to fit instead."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setMinimumWidth(200)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self._largest = 20
        self._tone = "neutral"
        self._padding = (10, 16)  # (top and bottom, sides); less on a compact desk, where every line counts

    def set_compact(self, compact: bool) -> None:
        self._padding = (4, 10) if compact else (10, 16)
        if self.text():
            self.show_answer(self.text(), self._tone, announce_it=False)

    def show_answer(self, text: str, tone: str, announce_it: bool = True) -> None:
        background, foreground, border = tone_colours(tone)
        self._tone = tone
        self._largest = 15 if tone == "neutral" else 20
        size = self._fitting_size(text, self._largest)
        self.setStyleSheet(
            f"QLabel {{ background: {background}; color: {foreground}; border: 3px solid {border};"
            f" border-radius: 10px; padding: {self._padding[0]}px {self._padding[1]}px; font-size: {size}pt;"
            f" font-weight: bold; }}")
        self.setText(text)
        if announce_it:
            announce(self, text, assertive=tone == "refused")  # screen readers hear every answer

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().resizeEvent(event)
        # narrower when the F8 button appears beside it (after the text was sized): the text wrapped into
        # more lines than the banner holds and was cut at the top and the bottom
        if event.oldSize().width() != event.size().width():
            self.refit()

    def _fitting_size(self, text: str, largest: int) -> int:
        """The largest point size (down to 10) at which ``text`` fits the fixed-height banner."""
        width = max(120, self.width() - 2 * self._padding[1] - 6)
        height = self.maximumHeight() - 2 * self._padding[0] - 6
        font = QFont(self.font())
        font.setBold(True)
        for size in range(largest, 9, -1):
            font.setPointSize(size)
            box = QFontMetrics(font).boundingRect(QRect(0, 0, width, 10_000), int(Qt.TextFlag.TextWordWrap), text)
            if box.height() <= height and box.width() <= width:
                return size
        return 10

    def refit(self) -> None:
        """The answer shown, in the largest size that fits the banner as it is now (not announced again)."""
        style = self.styleSheet()
        match = re.search(r"font-size: (\d+)pt", style)
        if self.text() and match:
            self.setStyleSheet(style.replace(match.group(0),
                                             f"font-size: {self._fitting_size(self.text(), self._largest)}pt"))


class LastActions(QListWidget):
    """The desk's last answers, newest first, at most ``keep`` of them; the first line of each shows,
    the whole answer is its tooltip."""

    def __init__(self, keep: int, parent=None) -> None:
        super().__init__(parent)
        self.keep = keep
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setStyleSheet("QListWidget { font-size: 11pt; } QListWidget::item { padding: 4px; }")
        self.setWordWrap(True)

    def add(self, time: str, text: str, tone: str) -> None:
        item = QListWidgetItem(f"{time}  {MARKS[tone]}  {text.splitlines()[0]}")
        item.setToolTip(text)
        if tone != "ok":
            background, foreground, _ = tone_colours(tone)
            item.setBackground(QColor(background))
            item.setForeground(QColor(foreground))
        self.insertItem(0, item)
        while self.count() > self.keep:
            self.takeItem(self.count() - 1)
