"""Practice mode in the window: an orange LATIHAN banner on every window of the practice library, the
guided-tasks panel, and the trainer's list of who finished which task.

The controller (``app.Controller``) switches between the real and the practice library; this module only
shows practice mode and reports what the learner does.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidgetItem,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from ..core.practice import library as practice
from ..core.practice import tasks
from .context import AppContext
from .widgets.a11y import announce
from .widgets.tables import read_only_table

BANNER_STYLE = "background: #8a4b00; color: white; padding: 4px;"  # white on dark orange: 6.2:1
CHECK_EVERY_MS = 1500


class PracticeBanner(QWidget):
    """Says on every window that this is the practice library and nothing here is real."""

    def __init__(self, show_tasks: Callable[[], None], leave: Callable[[], None], parent=None) -> None:
        super().__init__(parent)
        self.setStyleSheet(BANNER_STYLE)
        self.setObjectName("practice_banner")
        text = QLabel(QCoreApplication.translate("Practice", "PRACTICE (LATIHAN): made-up members and loans. Nothing you do here reaches the real "
                          "library, its reports or the district."))
        text.setWordWrap(True)
        text.setStyleSheet("color: white; font-weight: bold;")
        self.tasks_button = QPushButton(QCoreApplication.translate("Practice", "Practice &tasks"))
        self.tasks_button.setStyleSheet("background: white; color: #8a4b00; font-weight: bold;")
        self.tasks_button.clicked.connect(show_tasks)
        self.leave_button = QPushButton(QCoreApplication.translate("Practice", "&Leave practice"))
        self.leave_button.setStyleSheet("background: white; color: #8a4b00; font-weight: bold;")
        self.leave_button.clicked.connect(leave)
        layout = QHBoxLayout(self)
        layout.addWidget(text, 1)
        layout.addWidget(self.tasks_button)
        layout.addWidget(self.leave_button)
        self.text = text

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt name
        # A toolbar asks a wrapped label for its height without its width: two lines of text took a banner 80 px
        # high, room a 1024 x 600 netbook's pages need. As high as the text at the width it has.
        super().resizeEvent(event)
        height = self.text.heightForWidth(self.text.width())
        if height > 0 and height != self.text.maximumHeight():
            self.text.setFixedHeight(height)


class TasksPanel(QDockWidget):
    """The guided tasks: what to do, and a tick when the practice library shows it was done."""

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(QCoreApplication.translate("Practice", "Practice tasks"), parent)
        self.ctx = ctx
        self.setObjectName("practice_tasks")
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.list = QListWidget()
        self.list.setAccessibleName(QCoreApplication.translate("Practice", "Practice tasks"))
        # Long titles ("Return a late book and take the fine") wrap inside the narrow panel: a new
        # volunteer reads each task whole, without scrolling sideways.
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentRowChanged.connect(self._show_steps)
        self.steps = QLabel()
        self.steps.setWordWrap(True)
        self.steps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                           | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.steps.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.start_button = QPushButton(QCoreApplication.translate("Practice", "&Start this task again"))
        self.start_button.clicked.connect(self._restart)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.steps)
        layout.addWidget(self.start_button)
        layout.addWidget(self.status)
        self.setWidget(body)
        self.setMinimumWidth(280)
        tasks.begin_session(ctx.lib, ctx.user.username)
        self.reload()
        self.timer = QTimer(self)
        self.timer.timeout.connect(self.check)
        self.timer.start(CHECK_EVERY_MS)

    def reload(self) -> None:
        row = max(self.list.currentRow(), 0)
        self.states = tasks.states(self.ctx.lib, self.ctx.user.username)
        self.list.clear()
        for state in self.states:
            title = QCoreApplication.translate("PracticeTask", state.task.title)
            mark = "✔ " if state.done else "○ "
            item = QListWidgetItem(mark + title)
            item.setData(Qt.ItemDataRole.AccessibleTextRole,
                         QCoreApplication.translate("Practice", "{task}: done").format(task=title) if state.done
                         else QCoreApplication.translate("Practice", "{task}: not done yet").format(task=title))
            self.list.addItem(item)
        done = sum(1 for s in self.states if s.done)
        self.status.setText(QCoreApplication.translate("Practice", "{done} of {total} tasks done.").format(done=done, total=len(self.states)))
        self.list.setCurrentRow(min(row, self.list.count() - 1))

    def _show_steps(self, row: int) -> None:
        if 0 <= row < len(self.states):
            self.steps.setText(tasks.instructions(self.ctx.lib, self.states[row].task, QCoreApplication.translate))

    def _restart(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.states) and not self.states[row].done:
            tasks.start(self.ctx.lib, self.ctx.user.username, self.states[row].task.key)
            self.status.setText(QCoreApplication.translate("Practice", "Started: do it now; the tick comes by itself."))

    def check(self) -> list:
        """Look at what the learner did; tick and say the tasks just finished."""
        finished = tasks.refresh(self.ctx.lib, self.ctx.user.username)
        if finished:
            self.reload()
            names = ", ".join(QCoreApplication.translate("PracticeTask", t.title) for t in finished)
            self.status.setText(QCoreApplication.translate("Practice", "Well done! Finished: {tasks}.").format(tasks=names) + " " + self.status.text())
            announce(self.status, self.status.text())
        return finished


def install(window, ctx: AppContext, leave: Callable[[], None]) -> TasksPanel:
    """Put practice mode on ``window``: the banner on top, the tasks panel on the right (F12)."""
    panel = TasksPanel(ctx, window)
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, panel)
    toolbar = QToolBar(window)
    toolbar.setObjectName("practice_banner_bar")
    toolbar.setMovable(False)
    toolbar.setFloatable(False)

    def show_tasks() -> None:
        panel.show()
        panel.raise_()
        panel.list.setFocus()

    banner = PracticeBanner(show_tasks, leave)
    toolbar.addWidget(banner)
    typing = getattr(window, "typing_to_scan_box", None)
    if typing is not None:  # the card scanned after reading a task (F12 left the keyboard here) reaches the desk
        typing.watch(panel.list, panel.steps, panel.start_button, banner.tasks_button, banner.leave_button)
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, toolbar)
    window.insertToolBarBreak(toolbar)
    def tasks_key() -> None:
        """F12 shows the tasks; pressed again while reading them, it puts them away (the panel's close button
        needs the mouse) and gives the page its whole width and the keyboard back."""
        if not panel.isVisible() or not panel.isAncestorOf(QApplication.focusWidget()):
            show_tasks()
            return
        panel.hide()
        page = window.current_page()
        target = getattr(page, "scan_box", None) or page or window
        target.setFocus()

    QShortcut(QKeySequence("F12"), window, activated=tasks_key)
    window.setWindowTitle(f"LATIHAN — {window.windowTitle()}")
    window.practice_panel = panel
    return panel


class ProgressDialog(QDialog):
    """For the librarian who trains the volunteers: who finished which practice task, and the practice library
    made anew for the next volunteer (the made-up loans back out, today's catalogue; the list stays)."""

    def __init__(self, real_path, parent=None, lib=None) -> None:
        super().__init__(parent)
        self.real_path = real_path
        self.lib = lib  # the real library, open in the window: the models point back at it after a reset
        self.setWindowTitle(QCoreApplication.translate("Practice", "Practice: tasks done per staff account"))
        state = practice.status(real_path)
        rows = tasks.progress_table(state.progress)
        headers = [QCoreApplication.translate("Practice", "Staff account")] + [QCoreApplication.translate("PracticeTask", t.title) for t in tasks.TASKS]
        table = read_only_table(headers, QCoreApplication.translate("Practice", "Practice tasks done per staff account"))
        table.setRowCount(len(rows))
        for r, (username, _count, done) in enumerate(rows):
            table.setItem(r, 0, QTableWidgetItem(username))
            for c, task in enumerate(tasks.TASKS, start=1):
                table.setItem(r, c, QTableWidgetItem(QCoreApplication.translate("Practice", "done") if task.key in done else "–"))
        note = QLabel(QCoreApplication.translate("Practice", "No practice library yet.") if not state.exists else
                      QCoreApplication.translate("Practice", "Practice library made {when}.").format(when=state.created_at[:10]))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(QCoreApplication.translate("Practice", "Close"))
        buttons.rejected.connect(self.reject)
        if lib is not None:
            self.reset_button = buttons.addButton(
                QCoreApplication.translate("Practice", "Make the practice library &anew"),
                QDialogButtonBox.ButtonRole.ActionRole)
            self.reset_button.clicked.connect(self.reset)
        self.note = note
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(table)
        layout.addWidget(buttons)
        self.resize(760, 320)

    def reset(self) -> None:
        """For the next volunteer: what the last one did is gone, the made-up loans are out again."""
        from PySide6.QtWidgets import QApplication

        from ..core.errors import PustakaError
        from .widgets.messages import confirm, show_error

        if not confirm(self, QCoreApplication.translate("Practice", "Make the practice library anew"),
                       QCoreApplication.translate("Practice", "Everything done in practice is removed and the practice "
                                                  "library is made again from today's catalogue. The real library is "
                                                  "not changed. The list of who finished which task stays.")):
            return
        from .other_library import quiet_the_real_library
        from .web_catalogue import start_with_app

        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            quiet_the_real_library()  # (making the copy points the models at it: patrons are not served meanwhile)
        except PustakaError as exc:
            QApplication.restoreOverrideCursor()
            show_error(self, exc)
            return
        try:
            practice.create(self.real_path, self.lib.clock)
        except PustakaError as exc:
            error = exc
        else:
            error = None
        finally:
            QApplication.restoreOverrideCursor()
            self.lib.activate()  # making the copy pointed the models at it
            start_with_app(self.lib)  # the Wi-Fi catalogue again, as Settings say
        if error is not None:
            show_error(self, error)
            return
        made = practice.status(self.real_path).created_at[:10]
        self.note.setText(QCoreApplication.translate("Practice", "Practice library made {when}.").format(when=made))
        announce(self.note, self.note.text())
