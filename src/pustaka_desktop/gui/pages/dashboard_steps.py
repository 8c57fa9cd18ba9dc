"""The dashboard's "First steps" list for a library still being set up (``core.first_steps`` decides what
is done and whether it shows): one line per step, ticked from the library's data, with a button to the
place where the step is done. A new librarian lands on the dashboard after the first-start wizard; this
tells her what to do first instead of four empty charts.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QGridLayout, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...core import first_steps
from ..appearance import text_style, tone_style
from ..context import AppContext
from ..widgets.backup_notice import back_up_to_usb, saved_text
from ..widgets.forms import button, note
from ..widgets.messages import info


class FirstSteps(QGroupBox):
    """Hidden unless ``core.first_steps.shown_to`` gives steps; ``changed`` when it hid or showed."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(self.tr("First steps"), parent)
        self.ctx = ctx
        self.steps: list[first_steps.Step] = []
        self.setStyleSheet(tone_style("info", "FirstSteps"))
        self.setObjectName("FirstSteps")
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        top.addWidget(note(self.tr("This library is still being set up. Each step ticks itself when it is done.")), 1)
        self.close_button = button(self.tr("Hide this &list"), self.tr("Hide the first steps list"), self.close_list)
        top.addWidget(self.close_button)
        layout.addLayout(top)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        layout.addLayout(self.grid)
        self.marks: dict[str, QLabel] = {}
        self.texts: dict[str, QLabel] = {}
        self.buttons: dict[str, list] = {}
        for row, key in enumerate(first_steps.TITLES):
            mark = QLabel()
            text = note()
            text.setTextFormat(Qt.TextFormat.RichText)  # a done step is struck through
            self.grid.addWidget(mark, row, 0)
            self.grid.addWidget(text, row, 1)
            actions = QHBoxLayout()
            self.buttons[key] = [button(label, slot=slot) for label, slot in self._actions(key)]
            for push in self.buttons[key]:
                actions.addWidget(push)
            holder = QWidget()
            holder.setLayout(actions)
            actions.setContentsMargins(0, 0, 0, 0)
            self.grid.addWidget(holder, row, 2)
            self.marks[key], self.texts[key] = mark, text

    def _actions(self, key: str) -> list[tuple[str, object]]:
        """Each step's buttons: to the page where it is done; the backup step's button makes the copy."""
        def go(page: str, tab: str = ""):
            return lambda: self.open_page(page, tab)

        return {
            first_steps.CATALOGUE: [(self.tr("&Import a catalogue…"), go("transfer")),
                                    (self.tr("Add a &book"), go("catalog"))],
            first_steps.OPENING_DAYS: [(self.tr("Opening &days…"), go("rules", "holidays"))],
            first_steps.MEMBERS: [(self.tr("&Members…"), go("members"))],
            first_steps.LABELS: [(self.tr("&Print labels…"), go("printing"))],
            first_steps.BACKUP: [(self.tr("Back up to a &USB stick…"), self.back_up)],
        }[key]

    def refresh(self) -> None:
        was = bool(self.steps)
        self.steps = first_steps.shown_to(self.ctx.lib, self.ctx.user)
        for step in self.steps:
            title = QCoreApplication.translate("FirstSteps", step.title)
            self.marks[step.key].setText("✔" if step.done else "○")
            self.marks[step.key].setStyleSheet(text_style("ok", "font-weight: bold;") if step.done else "")
            self.texts[step.key].setText(f"<s>{escape(title)}</s>" if step.done else escape(title))
            self.texts[step.key].setAccessibleName(
                (self.tr("Done: {step}") if step.done else self.tr("To do: {step}")).format(step=title))
            for push in self.buttons[step.key]:
                push.setVisible(not step.done)
        if self.parentWidget() is not None:
            self.setVisible(bool(self.steps))
        if was != bool(self.steps):
            self.changed.emit()

    @property
    def backup_step_open(self) -> bool:
        """The list shows and asks for the first USB copy: the yellow reminder need not say it again."""
        return any(step.key == first_steps.BACKUP and not step.done for step in self.steps)

    def open_page(self, key: str, tab: str = "") -> None:
        """The page where a step is done; ``tab``: the page's attribute holding the tab to open on it."""
        window = self.window()
        if not hasattr(window, "focus_page"):
            return
        page = window.show_page(key)
        tabs, wanted = getattr(page, "tabs", None), getattr(page, tab, None) if tab else None
        if tabs is not None and wanted is not None and tabs.indexOf(wanted) >= 0:
            tabs.setCurrentWidget(wanted)
        window.focus_page(key)

    def back_up(self) -> None:
        def done(path) -> None:
            self.refresh()
            self.changed.emit()
            info(self, QCoreApplication.translate("BackupsPage", "Backup made"), saved_text(self.ctx, path))

        back_up_to_usb(self, self.ctx, None, done)

    def close_list(self) -> None:
        first_steps.close(self.ctx.lib)
        self.refresh()
