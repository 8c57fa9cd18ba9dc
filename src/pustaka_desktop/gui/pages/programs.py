"""Community programmes (kegiatan): programmes, sessions with attendance (card scans or ticks),
guest participants, partners with their MoU date, and stories with photos."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.community import programs
from ...core.errors import PustakaError
from ...core.pictures import read_picture
from ...core.store.clock import local_today, to_local
from ...core.store.models import Program
from ..context import AppContext
from ..widgets.actions import REFUSED, attempt
from ..widgets.forms import add_all, arrange, button, choice_box, column, label_for, side_by_side
from ..widgets.messages import error_text, show_error
from ..widgets.tables import INTERACTIVE, fill, fit_columns, read_only_table
from .base import Page
from .programme_forms import FormDialog, day_box, text_box
from .programme_guests import GuestEntry, describe
from .programme_partners import PartnersTab
from .programme_same_name import NEW, OPEN, ask_same_name

TOPIC_COLUMN, PRESENT_COLUMN = 1, 4
SESSIONS_TAB = 1


def _kind_name(key: str) -> str:
    return QCoreApplication.translate("Programs", programs.KIND_NAMES.get(key, key))


def _kind_box(name: str = "") -> QComboBox:
    """The kinds of programme, in the user's language."""
    return choice_box(name, [(_kind_name(key), key) for key in programs.KINDS])


class ProgramsPage(Page):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.editor = ctx.allowed("programs.edit")
        self.program: Program | None = None
        self.sessions: list = []
        self.participants: list = []
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Programmes"))
        # a TPBIS training's name is long ("Pelatihan membuat kerupuk dan memasarkan lewat WhatsApp"): read whole,
        # on two lines, not cut at "memasa" with a scroll bar under the list
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.currentRowChanged.connect(self.select)
        self.new_button = self._editing(button(self.tr("New programme…"), slot=self.new_program))
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Programme details"))
        split = side_by_side(column((self.list, 1), self.new_button, margins=True), self.tabs, stretch=(0, 3))
        split.setChildrenCollapsible(True)
        QVBoxLayout(self).addWidget(split, 1)

        # details
        details = QWidget()
        form = QFormLayout(details)
        self.name = QLineEdit()
        self.kind = _kind_box()
        self.skill = QLineEdit()
        self.description = text_box()
        self.outcomes = text_box()
        for label, widget in ((self.tr("Name"), self.name), (self.tr("Type"), self.kind),
                              (self.tr("Skill taught"), self.skill), (self.tr("Description"), self.description),
                              (self.tr("Outcomes"), self.outcomes)):
            widget.setAccessibleName(label)
            widget.setEnabled(self.editor)
            form.addRow(label, widget)
        self.save_button = self._editing(button(self.tr("Save changes"), slot=self.save_details))
        form.addRow(self.save_button)
        self.tabs.addTab(details, self.tr("Details"))

        # sessions and attendance
        # the topic takes the room left; the other columns are as wide as what they show, on one line
        self.session_table = read_only_table([self.tr("Date and time"), self.tr("Topic"), self.tr("Place"),
                                              self.tr("Facilitator"), self.tr("Present")], self.tr("Sessions"),
                                             resize=INTERACTIVE, stretch=TOPIC_COLUMN)
        self.session_table.setWordWrap(False)
        self.session_table.itemSelectionChanged.connect(self.load_attendance)
        self.add_session_button = self._editing(button(self.tr("Add session…"), slot=self.add_session))
        self.move_session_button = self._editing(button(self.tr("Change session…"), slot=self.move_session))
        self.cancel_session_button = self._editing(button(self.tr("Cancel session…"), slot=self.cancel_session))
        self.scan = QLineEdit()
        self.scan.setAccessibleName(self.tr("Scan a member card to mark present"))
        self.scan.returnPressed.connect(self.scan_card)
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("Participants: tick who was present"))
        self.people.itemChanged.connect(self.tick)
        self.feedback = QLabel(" ")
        self.feedback.setAccessibleName(self.tr("Result"))
        self.guests = GuestEntry(self)
        self.add_guest_button = self.guests.add_button
        self.tabs.addTab(column(
            (self.session_table, 1), add_all(QHBoxLayout(), self.add_session_button, self.move_session_button,
                                             self.cancel_session_button),
            arrange(QHBoxLayout(), label_for(self.tr("Member card (marks present):"), self.scan), (self.scan, 1)),
            self.guests, (self.people, 1),
            arrange(QHBoxLayout(), (self.feedback, 1), self.guests.remove_button, self.guests.merge_button),
            margins=True), self.tr("Sessions and attendance"))

        # partners
        self.partners = PartnersTab(self)
        self.partner_list, self.partner_pick, self.partner_role = self.partners.list, self.partners.pick, self.partners.role
        self.link_button, self.new_partner_button = self.partners.link_button, self.partners.new_button
        self.tabs.addTab(self.partners, self.tr("Partners"))

        # stories
        stories = QWidget()
        layout = QVBoxLayout(stories)
        self.story_list = QListWidget()
        self.story_list.setAccessibleName(self.tr("Stories and testimonials"))
        self.story_list.setWordWrap(True)
        layout.addWidget(self.story_list, 1)
        self.story_button = self._editing(button(self.tr("Add story…"), slot=self.add_story))
        layout.addWidget(self.story_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.tabs.addTab(stories, self.tr("Stories"))

        self.refresh()
        ctx.events.programs_changed.connect(self.refresh)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        """A volunteer comes here to take attendance at the door: the page opens on the sessions with the card field
        ready, so the scanner's number lands there (on the list of programmes it was lost, typed as a search)."""
        super().showEvent(event)
        if not self.editor:
            self.tabs.setCurrentIndex(SESSIONS_TAB)
            self.scan.setFocus(Qt.FocusReason.OtherFocusReason)

    def _editing(self, widget: QWidget) -> QWidget:
        """A control for changing programmes: hidden from staff who may only look."""
        if not self.editor:
            widget.hide()
        return widget

    # --- loading -------------------------------------------------------------------------------------

    def refresh(self) -> None:
        current = self.program.uid if self.program else None
        self.all_programs = programs.list_programs(self.ctx.lib)
        self.list.blockSignals(True)
        self.list.clear()
        for program in self.all_programs:
            item = QListWidgetItem(program.name)
            item.setToolTip(_kind_name(program.kind))
            self.list.addItem(item)
        self.list.blockSignals(False)
        index = next((i for i, p in enumerate(self.all_programs) if p.uid == current), 0 if self.all_programs else -1)
        self.tabs.setEnabled(index >= 0)
        if index >= 0:
            self.list.setCurrentRow(index)
            self.select(index)

    def select(self, row: int) -> None:
        if row < 0 or row >= len(self.all_programs):
            return
        same = self.program is not None and self.program.uid == self.all_programs[row].uid
        keep = self.current_session() if same else None  # a refresh keeps the session being worked on
        self.program = program = self.all_programs[row]
        self.name.setText(program.name)
        self.kind.setCurrentIndex(max(0, programs.KINDS.index(program.kind) if program.kind in programs.KINDS else 0))
        self.skill.setText(program.skill)
        self.description.setPlainText(program.description)
        self.outcomes.setPlainText(program.outcomes)
        self.load_sessions(keep=keep)
        self.load_partners()
        self.load_stories()

    def load_sessions(self, keep=None) -> None:
        """Fill the sessions, selecting ``keep`` (the session being worked on) or else today's session,
        so that card scans never land on a session planned for next week."""
        self.sessions = programs.sessions_of(self.ctx.lib, self.program)
        fill(self.session_table, [self._session_row(session) for session in self.sessions], fit=False)
        self._grey_cancelled()
        self._fit_session_columns()
        chosen = next((s for s in self.sessions if keep is not None and s.uid == keep.uid), None) \
            or programs.session_now(self.sessions, self.ctx.lib.clock.now())
        if chosen is not None:
            self.session_table.selectRow(self.sessions.index(chosen))
        else:
            self.people.clear()
        self.load_attendance()

    def _session_row(self, session) -> tuple:
        """A session's line; a cancelled one says so, and why, where its topic was (it stays listed: the
        report counts the sessions planned, held and cancelled)."""
        when = to_local(session.starts_at).strftime("%d-%m-%Y %H:%M")
        if session.cancelled:
            said = self.tr("CANCELLED: {reason}").format(reason=session.cancel_reason or "-")
            return when, " · ".join(x for x in (said, session.topic) if x), session.place, session.facilitator, "-"
        return when, session.topic, session.place, session.facilitator, len(programs.attendance_of(self.ctx.lib,
                                                                                                  session))

    def _grey_cancelled(self) -> None:
        grey = self.palette().color(self.palette().ColorGroup.Disabled, self.palette().ColorRole.Text)
        for row, session in enumerate(self.sessions):
            for col in range(self.session_table.columnCount()):
                item = self.session_table.item(row, col)
                if session.cancelled and item is not None:
                    item.setForeground(grey)

    def _fit_session_columns(self) -> None:
        """Date, place, facilitator and count read whole (a long facilitator such as "Mas Dimas (Karang
        Taruna)" up to 30 characters, cut with "…" beyond, its tooltip whole); the topic has the rest."""
        for row in range(self.session_table.rowCount()):
            for col in (TOPIC_COLUMN, TOPIC_COLUMN + 1, TOPIC_COLUMN + 2):
                item = self.session_table.item(row, col)
                if item is not None and item.text():
                    item.setToolTip(item.text())
        fit_columns(self.session_table, widest=30, columns=(0, 2, 3, PRESENT_COLUMN))

    def current_session(self):
        rows = self.session_table.selectionModel().selectedRows()
        return self.sessions[rows[0].row()] if rows and rows[0].row() < len(self.sessions) else None

    def load_attendance(self) -> None:
        session = self.current_session()
        self.participants = programs.participants_of(self.ctx.lib, self.program) if self.program else []
        present = programs.attendance_of(self.ctx.lib, session) if session else set()
        self.people.blockSignals(True)
        self.people.clear()
        for participant in self.participants:
            item = QListWidgetItem(describe(participant))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if participant.id in present else Qt.CheckState.Unchecked)
            if session is None or session.cancelled:  # nobody attends a cancelled session
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.people.addItem(item)
        self.people.blockSignals(False)
        self.guests.show_names(self.participants)

    def load_partners(self) -> None:
        self.partners.load()

    def load_stories(self) -> None:
        self.story_list.clear()
        for story in programs.stories_of(self.ctx.lib, self.program):
            photo = " 📷" if story.photo else ""
            told = story.told_on.strftime("%d-%m-%Y") if story.told_on else ""
            public = " — " + self.tr("may be shown in public") if story.consent else ""
            self.story_list.addItem(f"{story.title or '-'} ({story.author}, {told}){photo}{public}\n{story.text}")

    # --- actions -------------------------------------------------------------------------------------

    def _run(self, fn, *args, **kwargs):
        """``fn(lib, user, ...)``; None when the core refused (the user was told why)."""
        result = attempt(self, fn, self.ctx.lib, self.ctx.user, *args, **kwargs)
        return None if result is REFUSED else result

    def changed(self) -> None:
        self.ctx.events.programs_changed.emit()

    def new_program(self) -> None:
        name, kind, skill = QLineEdit(), _kind_box(), QLineEdit()
        dialog = FormDialog(self.tr("New programme"), [(self.tr("Name"), name), (self.tr("Type"), kind),
                                                       (self.tr("Skill taught"), skill)], self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        same = programs.programmes_named(self.ctx.lib, name.text())
        answer = ask_same_name(self, same[0]) if same else NEW
        if answer == OPEN:
            self.add_session_to(same[0])
        if answer != NEW:
            return
        program = self._run(programs.create_program, name=name.text(), kind=kind.currentData(), skill=skill.text(),
                            starts_on=local_today(self.ctx.lib.clock), new_anyway=bool(same))
        if program is not None:
            self.program = program
            self.changed()

    def add_session_to(self, program: Program) -> None:
        """The programme already here, opened on its sessions, with the new session's form."""
        self.program = program
        self.refresh()
        self.tabs.setCurrentIndex(SESSIONS_TAB)
        self.add_session()

    def save_details(self) -> None:
        if self.program is None:
            return
        if self._run(programs.update_program, self.program, name=self.name.text(), kind=self.kind.currentData(),
                     skill=self.skill.text(), description=self.description.toPlainText(),
                     outcomes=self.outcomes.toPlainText()) is not None:
            self.changed()

    def _ask_session(self, title: str, session=None) -> dict | None:
        """The session form (empty, or filled from ``session``); its answers, or None if cancelled."""
        start = QDateTime(to_local(session.starts_at).replace(tzinfo=None)) if session else QDateTime.currentDateTime()
        when = QDateTimeEdit(start)
        when.setDisplayFormat("dd-MM-yyyy HH:mm")
        when.setCalendarPopup(True)
        place, facilitator, topic = (QLineEdit(session.place if session else ""),
                                     QLineEdit(session.facilitator if session else ""),
                                     QLineEdit(session.topic if session else ""))
        dialog = FormDialog(title, [(self.tr("Date and time"), when), (self.tr("Place"), place),
                                    (self.tr("Facilitator"), facilitator), (self.tr("Topic"), topic)], self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return {"starts_at": when.dateTime().toPython(), "place": place.text(), "facilitator": facilitator.text(),
                "topic": topic.text()}

    def add_session(self) -> None:
        if self.program is None:
            return
        answers = self._ask_session(self.tr("New session"))
        session = self._run(programs.add_session, self.program, **answers) if answers else None
        if session is not None:
            self.load_sessions(keep=session)
            self.changed()

    def move_session(self) -> None:
        """A session moved to another day, hour or place."""
        session = self.current_session()
        if session is None:
            self.feedback.setText(self.tr("Choose a session first."))
            return
        answers = self._ask_session(self.tr("Change session"), session)
        if answers and self._run(programs.update_session, session, **answers) is not None:
            self.load_sessions(keep=session)
            self.changed()

    def cancel_session(self) -> None:
        """A session that will not take place (or did not): kept in the list as cancelled with its reason,
        shown as cancelled on the web calendar and never counted as held."""
        session = self.current_session()
        if session is None:
            self.feedback.setText(self.tr("Choose a session first."))
            return
        present = len(programs.attendance_of(self.ctx.lib, session))
        intro = self.tr("The session of {when} stays in the list as cancelled, with the reason; the web calendar "
                        "shows it as cancelled on its day and the reports count it as cancelled, not held.").format(
            when=to_local(session.starts_at).strftime("%d-%m-%Y %H:%M"))
        if present:
            intro += " " + self.tr("{count} people were marked present at it; that attendance is removed too.").format(
                count=present)
        reason = QLineEdit()
        reason.setPlaceholderText(self.tr("e.g. heavy rain"))
        dialog = FormDialog(self.tr("Cancel session"), [(self.tr("Reason"), reason)], self, intro=intro,
                            ok_text=self.tr("Cancel the session"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        if attempt(self, programs.cancel_session, self.ctx.lib, self.ctx.user, session,
                   reason=reason.text()) is not REFUSED:
            self.load_sessions(keep=session)
            self.changed()

    def scan_card(self) -> None:
        code = self.scan.text().strip()
        self.scan.clear()
        session = self.current_session()
        if not code or session is None:
            self.feedback.setText(self.tr("Choose a session first."))
            return
        try:
            participant = programs.scan_attendance(self.ctx.lib, self.ctx.user, session, code)
        except PustakaError as exc:
            self.feedback.setText(error_text(exc))
            return
        self.feedback.setText(self.tr("Present: {name}").format(name=programs.participant_name(participant)))
        self.load_sessions(keep=session)

    def tick(self, item: QListWidgetItem) -> None:
        session = self.current_session()
        row = self.people.row(item)
        if session is None or row >= len(self.participants):
            return
        present = item.checkState() == Qt.CheckState.Checked
        self._run(programs.mark_attendance, session, self.participants[row], present)
        count = len(programs.attendance_of(self.ctx.lib, session))
        cell = self.session_table.item(self.sessions.index(session), PRESENT_COLUMN)
        if cell is not None:
            cell.setText(str(count))

    def add_story(self) -> None:
        if self.program is None:
            return
        title, author, text = QLineEdit(), QLineEdit(), text_box()
        photo_path = QLineEdit()
        photo_path.setPlaceholderText(self.tr("optional: a photo file"))
        browse = QPushButton(self.tr("Choose photo…"))
        browse.clicked.connect(lambda: photo_path.setText(QFileDialog.getOpenFileName(
            self, self.tr("Photo"), str(Path.home()), self.tr("Pictures (*.jpg *.jpeg *.png)"))[0]))
        consent = QCheckBox(self.tr("The teller agreed that it may be shown in public (impact sheet, posts)"))
        # Stories are typed in days after the session: the day it was told puts it in that month's TPBIS report
        told_on = day_box(QDate(local_today(self.ctx.lib.clock)))  # (no maximum: typing 21-02 on 2 March
        # would pass through 21-03, past it, and Qt would turn it into 02-02)
        dialog = FormDialog(self.tr("New story"), [(self.tr("Title"), title), (self.tr("Told by"), author),
                                                   (self.tr("Told on"), told_on),
                                                   (self.tr("Story"), text), (self.tr("Photo"), photo_path),
                                                   (self.tr("Photo file"), browse), (self.tr("Consent"), consent)],
                            self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        photo = None
        if photo_path.text().strip():
            try:
                photo = read_picture(photo_path.text().strip(), "photo")
            except PustakaError as exc:
                show_error(self, exc)
                return
        if self._run(programs.add_story, self.program, title=title.text(), text=text.toPlainText(),
                     author=author.text(), told_on=told_on.date().toPython(), photo=photo,
                     consent=consent.isChecked()) is not None:
            self.load_stories()
