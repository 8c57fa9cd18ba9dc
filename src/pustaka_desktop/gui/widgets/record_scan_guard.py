"""A barcode scanner in the wrong field of the record form.

After a look-up the cursor waits in "New copies" (or in the title): the next book of the box scanned there
typed its digits into the count (97 copies) and its Enter pressed Save. ``ScanGuard`` watches the form's
fields: a run of keys that ends in Enter and looks like a code (``scanned_code``) is taken back out of the
field and handed to the form as a scan instead. The book's own ISBN scanned into its empty ISBN field is kept
there, and the cursor moves on. A person typing and pressing Enter still saves, as in any form.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget

_ISBN_AT_END = re.compile(r"\d[\dXx]{9}(?:\d{3})?$")


def scanned_code(keys: str) -> str:
    """The code a barcode scanner typed at the end of these keys ('' when a person typed them): the whole
    run when it is one word of mostly digits (an ISBN, a copy's barcode; never a count of copies), or an
    ISBN glued to the end of a title typed just before the scan."""
    code = keys.strip()
    if len(code) >= 8 and " " not in code and sum(ch.isdigit() for ch in code) >= 6:
        return code
    tail = _ISBN_AT_END.search(code)
    return tail.group(0) if tail else ""


class ScanGuard(QObject):
    """Watches ``fields`` (line edits) and the ``copies`` count; ``isbn`` is the form's ISBN field. A scan
    typed into one of them calls ``on_scan(code)``; the ISBN scanned into its own empty field calls
    ``move_on()`` instead."""

    def __init__(self, fields: list[QLineEdit], copies: QSpinBox, isbn: QLineEdit,
                 on_scan: Callable[[str], None], move_on: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.guarded: list[QWidget] = [*fields, copies]
        self.copies, self.isbn = copies, isbn
        self.on_scan, self.move_on = on_scan, move_on
        self._key_run = ""
        self._run_widget: QWidget | None = None
        self._before_run: Any = None
        for widget in self.guarded:
            widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched in self.guarded and event.type() == QEvent.Type.KeyPress:
            return self._key(watched, event)
        return super().eventFilter(watched, event)

    def _key(self, widget: QWidget, event) -> bool:
        if widget is not self._run_widget:  # a run of keys never spans two fields
            self._run_widget, self._key_run = widget, ""
        if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            text = event.text()
            if text and text.isprintable() and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                if not self._key_run:
                    self._before_run = widget.value() if widget is self.copies else widget.text()
                self._key_run += text
            else:
                self._key_run = ""  # Backspace, arrows, a shortcut: a person editing
            return False
        run, self._key_run = self._key_run, ""
        code = scanned_code(run)
        if not code:
            return False  # Enter after typing: Save, as in any form
        if widget is self.isbn and not self._before_run:
            self.move_on()  # the book's own ISBN scanned into its field: keep it, move on
            return True
        if widget is self.copies:
            self.copies.setValue(self._before_run)
        elif widget.text().endswith(code):
            widget.setText(widget.text()[:-len(code)].rstrip() if run.strip() != code else self._before_run)
        else:
            widget.setText(self._before_run)
        self.on_scan(code)
        return True
