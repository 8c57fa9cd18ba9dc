"""Guests at a programme session, entered the way a librarian does with twenty-five villagers in front of
her: a name and Enter for each (gender and age band stay as last chosen: the mothers' class is all women
aged 36-59), or several unnamed guests at once; a returning guest is ticked, not entered twice; an entry
made by mistake is removed, two entries who are one person are merged."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from ...core.community import programs
from ...core.community.demographics import AGE_BANDS, GENDER_NAMES
from ..widgets import forms
from ..widgets.actions import REFUSED, attempt
from ..widgets.forms import button, label_for
from ..widgets.messages import confirm

ADULT_BAND = "36-59"  # the band most programme guests are in: mothers' classes, farmers' phone classes


def describe(participant) -> str:
    """"Bu Marni (Perempuan, 36-59)": a participant as the attendance list shows them."""
    gender = QCoreApplication.translate("Members", GENDER_NAMES[participant.gender]) \
        if participant.gender in GENDER_NAMES else "?"  # Laki-laki / Perempuan, not M / F
    return f"{programs.participant_name(participant) or '-'} ({gender}, {participant.age_band or '?'})"


class GuestEntry(QWidget):
    """One row under the attendance list: name, gender, age band, how many, Add. Enter in the name adds
    the guest and leaves the gender and age band for the next one."""

    def __init__(self, page: QWidget) -> None:  # the Kegiatan page (programs.ProgramsPage)
        super().__init__(page)
        self.page = page
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Guest's name"))
        self.name.setPlaceholderText(self.tr("name (empty when adding several)"))
        self.names = QStringListModel(self)
        completer = QCompleter(self.names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name.setCompleter(completer)
        self.gender = forms.choice_box(self.tr("Guest's gender"), [(self.tr("Female"), "F"), (self.tr("Male"), "M")])
        self.band = forms.choice_box(self.tr("Guest's age"), [(band, band) for band in AGE_BANDS])
        self.band.setCurrentIndex(max(0, self.band.findData(ADULT_BAND)))
        self.count = forms.spin(programs.MAX_GUESTS_AT_ONCE, self.tr("How many guests"), minimum=1)
        self.add_button = button(self.tr("Add guest"), slot=self.add)
        self.name.returnPressed.connect(self.add)
        self.count.findChild(QLineEdit).returnPressed.connect(self.add)  # "5", Enter: five guests
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label_for(self.tr("Guest without a card:"), self.name))
        layout.addWidget(self.name, 1)
        for widget in (self.gender, self.band):
            layout.addWidget(widget)
        layout.addWidget(label_for(self.tr("How many:"), self.count))
        layout.addWidget(self.count)
        layout.addWidget(self.add_button)
        self.remove_button = button(self.tr("Remove participant…"), slot=self.remove)
        self.merge_button = button(self.tr("Same person as…"), slot=self.merge)

    def show_names(self, participants: list) -> None:
        """The names already known to this programme, offered as she types."""
        self.names.setStringList(sorted({programs.participant_name(p) for p in participants}
                                        - {""}, key=str.casefold))

    def _say(self, text: str) -> None:
        self.page.feedback.setText(text)

    def _done(self, session) -> None:
        self.name.clear()
        self.count.setValue(1)
        self.page.load_sessions(keep=session)
        self.name.setFocus()

    # --- adding ----------------------------------------------------------------------------------------

    def add(self) -> None:
        page, session = self.page, self.page.current_session()
        if page.program is None:
            return
        self.name.completer().popup().hide()  # the list of names, not left over the question
        name, count = " ".join(self.name.text().split()), self.count.value()
        if count > 1:
            self._add_several(count, name, session)
            return
        known = programs.participants_named(page.ctx.lib, page.program, name)
        if known:
            choice = self._ask_about_same_name(known[0], session)
            if choice == "tick":
                page._run(programs.mark_attendance, session, known[0])
                self._say(self.tr("Present: {name}").format(name=programs.participant_name(known[0])))
                self._done(session)
            if choice != "add":
                return
        guest = page._run(programs.enrol_guest, page.program, name=name, gender=self.gender.currentData(),
                          age_band=self.band.currentData())
        if guest is None:
            return
        if session is not None:
            page._run(programs.mark_attendance, session, guest)
        self._say(self.tr("Guest added: {guest}").format(guest=describe(guest)))
        self._done(session)

    def _add_several(self, count: int, name: str, session) -> None:
        if name:  # several people cannot share one name; she meant one named guest or several unnamed ones
            self._say(self.tr("Leave the name empty to add several guests at once."))
            return
        guests = self.page._run(programs.enrol_guests, self.page.program, count=count,
                                gender=self.gender.currentData(), age_band=self.band.currentData(), session=session)
        if guests is not None:
            self._say(self.tr("{count} guests added: {gender}, {band}").format(
                count=len(guests), gender=self.gender.currentText(), band=self.band.currentData()))
            self._done(session)

    def _ask_about_same_name(self, known, session) -> str | None:
        """A guest of this name is already enrolled: most often she came back and is ticked ("tick",
        the default for Enter); rarely another villager of the same name ("add"); None: cancelled."""
        present = session is not None and known.id in programs.attendance_of(self.page.ctx.lib, session)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Already a participant"))
        text = self.tr("{who} is already a participant of this programme.").format(who=describe(known))
        if present:
            text += " " + self.tr("She or he is already marked present at this session.")
        box.setText(text + " " + self.tr("Is this the same person?"))
        tick = None
        if session is not None and not present:
            tick = box.addButton(self.tr("Same person: mark present"), QMessageBox.ButtonRole.AcceptRole)
        other = box.addButton(self.tr("Another person: add a new guest"), QMessageBox.ButtonRole.ActionRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(tick or cancel)
        box.setEscapeButton(cancel)
        box.exec()
        clicked = box.clickedButton()
        return "tick" if tick is not None and clicked is tick else "add" if clicked is other else None

    # --- corrections -----------------------------------------------------------------------------------

    def _chosen(self):
        row = self.page.people.currentRow()
        if 0 <= row < len(self.page.participants):
            return self.page.participants[row]
        self._say(self.tr("Choose a participant in the list first."))
        return None

    def remove(self) -> None:
        """An entry made by mistake, once unticked everywhere (the core refuses while attendance is left)."""
        chosen = self._chosen()
        if chosen is None or not confirm(self, self.tr("Remove participant"), self.tr(
                "Remove {who} from this programme's participants?").format(who=describe(chosen))):
            return
        if attempt(self, programs.remove_participant, self.page.ctx.lib, self.page.ctx.user, chosen) is not REFUSED:
            self._say(self.tr("Removed: {who}").format(who=describe(chosen)))
            self.page.load_sessions(keep=self.page.current_session())

    def merge(self) -> None:
        """The chosen guest is the same person as another participant: one entry is left, with all the
        attendance of both."""
        chosen = self._chosen()
        if chosen is None:
            return
        others = [p for p in self.page.participants if p.id != chosen.id]
        if chosen.member_id or not others:
            self._say(self.tr("Choose the guest entered twice (not the member with a card) in the list first."))
            return
        same = programs.participants_named(self.page.ctx.lib, self.page.program, programs.participant_name(chosen))
        keep_box = forms.choice_box(self.tr("The same person as"), [(describe(p), p.id) for p in others])
        first_same = next((p for p in others if p in same), None)
        if first_same is not None:
            keep_box.setCurrentIndex(keep_box.findData(first_same.id))
        dialog = forms.FormDialog(self)
        dialog.setWindowTitle(self.tr("Same person"))
        dialog.finish([(self.tr("The same person as"), keep_box)], self.tr("Merge"), self.tr("Cancel"),
                      intro=self.tr("{who} and the participant chosen below are one person: the attendance of "
                                    "{who} moves to that participant, and {who} leaves the list.").format(
                                        who=describe(chosen)))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        keep = next(p for p in others if p.id == keep_box.currentData())
        if self.page._run(programs.merge_participants, keep, chosen) is not None:
            self._say(self.tr("{who} merged into {into}.").format(who=describe(chosen), into=describe(keep)))
            self.page.load_sessions(keep=self.page.current_session())

