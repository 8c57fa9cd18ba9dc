"""The question the Programmes page asks when a new programme would take the name of one already here
("Mendongeng untuk anak", brought in by the visits import): most often it is the same activity, whose meeting
today is a session of that programme, not a second programme counting the same children again. The volunteer
may still make a new one (a new season kept apart).

Read by keyboard and screen reader: the question is the dialog's description (read with its title as it opens),
Enter opens the programme already here, Alt+N makes the new one, Escape makes nothing."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from ...core.community import programs
from ...core.store.models import Program
from ..widgets.forms import arrange, note

OPEN, NEW = 2, 3  # what ``exec`` returns besides Rejected (0: nothing made)


class SameNameDialog(QDialog):
    def __init__(self, program: Program, since: date, sessions: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Programme already exists"))
        question = self.tr("A programme named {name} already exists (since {since}, {count} sessions): add a "
                           "session to it instead?").format(name=program.name, since=since.strftime("%d-%m-%Y"),
                                                            count=sessions)
        self.setAccessibleDescription(question)  # (the focus is on a button: the question is read with the title)
        self.question = note(question)
        hint = note(self.tr("A new season or another group may be a programme of its own: then make a new one."))
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(self.tr("&Open it and add a session"),
                                             QDialogButtonBox.ButtonRole.AcceptRole)
        self.new_button = buttons.addButton(self.tr("Make a &new programme anyway"),
                                            QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button = buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.open_button.setDefault(True)  # Enter: the safe answer, nothing counted twice (Enter on a button Tab
        # reached is that button's answer: every one is auto-default, as in any dialog)
        buttons.accepted.connect(lambda: self.done(OPEN))
        self.new_button.clicked.connect(lambda: self.done(NEW))
        buttons.rejected.connect(self.reject)
        arrange(QVBoxLayout(self), self.question, hint, buttons)
        self.open_button.setFocus()


def ask_same_name(parent: QWidget, program: Program) -> int:
    """OPEN, NEW, or 0 (the question closed: nothing made)."""
    dialog = SameNameDialog(program, programs.programme_since(program), programs.held_sessions(program), parent)
    return dialog.exec()
