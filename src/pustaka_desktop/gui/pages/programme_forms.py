"""The small forms of the Kegiatan page and its tabs: a day written the Indonesian way, text boxes Tab leaves, and a
dialog whose fields are named by their labels."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit, QPlainTextEdit, QWidget

from ..widgets import forms


def day_box(day: QDate) -> QDateEdit:
    """A day typed or picked, written the Indonesian way."""
    box = QDateEdit(day)
    box.setDisplayFormat("dd-MM-yyyy")
    box.setCalendarPopup(True)
    return box


def text_box() -> QPlainTextEdit:
    """Several lines of text that Tab leaves (a keyboard user was kept inside: Tab typed a tab character)."""
    box = QPlainTextEdit()
    box.setTabChangesFocus(True)
    return box


class FormDialog(forms.FormDialog):
    """A small form: rows of (label, widget) each named by its label, Save/Cancel."""

    def __init__(self, title: str, rows: list[tuple[str, QWidget]], parent=None, intro: str = "",
                 ok_text: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        for label, widget in rows:
            widget.setAccessibleName(label)
        self.finish(rows, ok_text or self.tr("Save"), self.tr("Cancel"), intro=intro)
