"""The scan box shared by the desk and the stock-take, and the serial worker behind it.

USB barcode scanners "type" a whole code plus Enter in ~30 ms, and volunteers scan many books in a
row. Two rules follow:

- **No scan is lost or merged.** The box hands over each code the moment Enter arrives (and clears
  itself), so the next code starts in an empty box; codes go into a FIFO queue, never into a
  variable a second scan could overwrite.
- **A scanner set up for another program still works.** One that ends a code with Tab alone, or with Enter and
  Tab (set up for a web form or a spreadsheet: the old library system's), is told from a person by the time
  between keys the system stamped on them: a Tab within ``SCANNER_GAP_MS`` of the key before it is the
  scanner's. It ends the code as Enter would, or (after the Enter) does nothing, so the next card or book is
  not typed into the navigation list. A person's Tab still leaves the box (no keyboard trap).
- **The GUI never blocks.** The queue is worked off by ONE background thread (``SerialWorker``), in
  order, so database access stays serial while the window keeps taking keystrokes. Results come
  back to the GUI thread through queued signals, in the same order.
"""

from __future__ import annotations

import itertools
import queue
import sys
import threading
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from ...core.service import Library
from ..appearance import color

# A USB scanner types a code's keys a few milliseconds apart; a person's keys are well over this apart.
SCANNER_GAP_MS = 50

DELIBERATE_MOVES = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                    Qt.FocusReason.MouseFocusReason, Qt.FocusReason.ShortcutFocusReason)


class ScanBox(QLineEdit):
    """A large line edit that emits ``scanned(code)`` once per Enter and keeps the keyboard focus
    (when ``keep_focus`` is on) so a scanner can be used without clicking anywhere first."""

    scanned = Signal(str)

    def __init__(self, parent: QWidget | None = None, keep_focus: bool = True) -> None:
        super().__init__(parent)
        self.keep_focus = keep_focus
        self.setMaxLength(64)
        self.set_compact(False)
        self.setClearButtonEnabled(False)
        # Colours from the theme (appearance.py): readable and with a visible focus ring in both themes.
        self.setStyleSheet(
            f"QLineEdit {{ border: 3px solid {color('info_border')}; border-radius: 8px; padding: 4px 12px;"
            f" background: {color('base')}; color: {color('text')}; }}"
            f"QLineEdit:focus {{ border: 4px solid {color('focus')}; padding: 3px 11px; }}"
        )
        self.count = 0  # scans handed over since creation (the bench and tests read it)
        self._last_key_ms = 0  # the system's time stamp of the last key typed into the box (0: none)
        self.returnPressed.connect(self._take)

    def set_compact(self, compact: bool) -> None:
        """Big enough to hit from across the desk; smaller when the screen is short (the desk's compact mode)."""
        font = QFont(self.font())
        font.setPointSize(16 if compact else 22)
        self.setFont(font)
        self.setMinimumHeight(44 if compact else 56)

    def event(self, event: QEvent) -> bool:
        # Undo/redo of typed text makes no sense in a scan box: leave Ctrl+Z to the page's shortcut.
        if event.type() == QEvent.Type.ShortcutOverride and (
                event.matches(QKeySequence.StandardKey.Undo) or event.matches(QKeySequence.StandardKey.Redo)):
            event.ignore()
            return False
        if event.type() == QEvent.Type.ShortcutOverride and event.key() == Qt.Key.Key_Alt:
            # Alt pressed and let go alone (by accident) puts Windows' keyboard in the menu bar, and the next
            # scan ("B00001", a SLiMS item code) opened the Go menu. Taken here it does nothing; Alt+letter
            # together and F10 still reach the menus.
            event.accept()
            return True
        if event.type() == QEvent.Type.KeyPress:
            if self._scanners_tab(event):
                event.accept()
                return True
            self._last_key_ms = event.timestamp()
        return super().event(event)

    def _scanners_tab(self, event: QKeyEvent) -> bool:
        """Whether this key is a Tab the scanner sent at the end of a code (taken as the code's end here);
        False for a person's Tab, and when the system gave no time stamps (then every Tab is a person's)."""
        if event.key() != Qt.Key.Key_Tab or event.modifiers() != Qt.KeyboardModifier.NoModifier:
            return False
        at, before = event.timestamp(), self._last_key_ms
        if not at or not before or not 0 <= at - before <= SCANNER_GAP_MS:
            return False
        self._last_key_ms = at
        self._take()  # Tab alone ends the code; after the scanner's Enter the box is empty and nothing happens
        return True

    def _take(self) -> None:
        # Enter is handled inside the key event that carries it (QLineEdit emits returnPressed
        # synchronously), so the code is taken and the box cleared before any later keystroke lands.
        # Typing itself stays in C++: no Python runs per character.
        code = self.text().strip()
        self.clear()
        if code:
            self.count += 1
            self.scanned.emit(code)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt name
        super().focusOutEvent(event)
        # Tab, Shift+Tab, a click or a shortcut take the keyboard where the person meant: the box never
        # takes it back from them (no keyboard trap). It only picks up a focus that got lost.
        if self.keep_focus and event.reason() not in DELIBERATE_MOVES:
            QTimer.singleShot(0, self, self.reclaim_focus)

    def reclaim_focus(self) -> None:
        """Take the focus back unless a dialog or another text field is being used on purpose."""
        if not shiboken6.isValid(self):  # the window closed (a logout) before this ran
            return
        if not self.keep_focus or not self.isVisible():
            return
        if QApplication.activeModalWidget() is not None or QApplication.activePopupWidget() is not None:
            return
        focused = QApplication.focusWidget()
        if focused is not None and focused is not self and focused.window() is self.window():
            return  # another control has the keyboard on purpose
        if self.window().isActiveWindow() or QApplication.activeWindow() is None:
            self.setFocus()


class SerialWorker(QThread):
    """One background thread that runs submitted jobs strictly in order.

    ``submit(fn, *args)`` returns a ticket number at once; later ``finished(ticket, result)`` or
    ``failed(ticket, exc, details)`` is emitted on the GUI thread, in submission order. Jobs touch the
    database through this thread's own SQLite connection (WAL lets the GUI read meanwhile)."""

    finished_job = Signal(int, object)
    failed_job = Signal(int, object, str)
    idle = Signal()

    def __init__(self, lib: Library, parent=None) -> None:
        # Qt's, not Python's: a page left to Python's cycle collector would have its thread object deleted on whatever
        # thread collects; ``close`` deletes it on the GUI thread when its page goes
        super().__init__(parent if parent is not None else QCoreApplication.instance())
        self.lib = lib
        # The worker runs Python (peewee) while the GUI thread needs the GIL for every Python slot:
        # hand the GIL over every 1 ms instead of 5 ms so keystrokes and repaints never queue up.
        sys.setswitchinterval(min(sys.getswitchinterval(), 0.001))
        self._queue: queue.Queue[tuple[int, Callable[..., Any], tuple] | None] = queue.Queue()
        self._tickets = itertools.count(1)
        self._pending = 0
        self._lock = threading.Lock()
        self.processed = 0

    @property
    def pending(self) -> int:
        with self._lock:
            return self._pending

    def submit(self, fn: Callable[..., Any], *args: Any) -> int:
        ticket = next(self._tickets)
        with self._lock:
            self._pending += 1
        self._queue.put((ticket, fn, args))
        if not self.isRunning():
            self.start()
        return ticket

    def run(self) -> None:
        try:
            while True:
                job = self._queue.get()
                if job is None:
                    break
                ticket, fn, args = job
                try:
                    result = fn(*args)
                except Exception as exc:  # reported to the GUI; the job's transaction rolled back
                    self._done()
                    self.failed_job.emit(ticket, exc, traceback.format_exc())
                else:
                    self._done()
                    self.finished_job.emit(ticket, result)
                if self._queue.empty():
                    self.idle.emit()
        finally:
            # This thread's SQLite connection (peewee keeps one per thread).
            if not self.lib.db.is_closed():
                self.lib.db.close()

    def _done(self) -> None:
        with self._lock:
            self._pending -= 1
            self.processed += 1

    def close(self, *_dying) -> None:
        """Its page is gone: the queued jobs finish, the thread ends, and the object is deleted (by Qt, on the GUI
        thread). Safe from ``destroyed``, which hands over the dying page."""
        if not shiboken6.isValid(self):
            return
        self.stop()
        self.deleteLater()

    def stop(self, wait_ms: int = 10_000) -> None:
        """Finish the queued jobs, then end the thread. Safe to call twice, and from a signal that
        passes its own arguments (``destroyed`` hands over the dying object)."""
        if not isinstance(wait_ms, int) or isinstance(wait_ms, bool):
            wait_ms = 10_000
        if not shiboken6.isValid(self):
            return
        if self.isRunning():
            self._queue.put(None)
            self.wait(wait_ms)
