"""Community programmes (kegiatan): programmes, sessions with attendance (card scans or ticks),
guest participants, partners with their MoU date, and stories with photos."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.community import programs
from ...core.community.members import AGE_BANDS, GENDER_NAMES
from ...core.errors import PustakaError
from ...core.store.clock import local_today, to_local
from ...core.store.models import Program
from ..context import AppContext
from ..widgets import forms
from ..widgets.messages import error_text, show_error


def _kind_name(key: str) -> str:
    return QCoreApplication.translate("Programs", programs.KIND_NAMES.get(key, key))


class FormDialog(forms.FormDialog):
    """A small form: rows of (label, widget) each named by its label, Save/Cancel."""

    def __init__(self, title: str, rows: list[tuple[str, QWidget]], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        for label, widget in rows:
            widget.setAccessibleName(label)
        self.finish(rows, self.tr("Save"), self.tr("Cancel"))


class ProgramsPage(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.editor = ctx.allowed("programs.edit")
        self.program: Program | None = None
        self.sessions: list = []
        self.participants: list = []
        root = QVBoxLayout(self)
        split = QSplitter()
        root.addWidget(split, 1)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Programmes"))
        self.list.currentRowChanged.connect(self.select)
        left_layout.addWidget(self.list, 1)
        self.new_button = QPushButton(self.tr("New programme…"))
        self.new_button.clicked.connect(self.new_program)
        if not self.editor:
            self.new_button.hide()
        left_layout.addWidget(self.new_button)
        split.addWidget(left)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Programme details"))
        split.addWidget(self.tabs)
        split.setStretchFactor(1, 3)

        # details
        details = QWidget()
        form = QFormLayout(details)
        self.name = QLineEdit()
        self.kind = QComboBox()
        for key in programs.KINDS:
            self.kind.addItem(_kind_name(key), key)
        self.skill = QLineEdit()
        self.description = QPlainTextEdit()
        self.outcomes = QPlainTextEdit()
        for label, widget in ((self.tr("Name"), self.name), (self.tr("Type"), self.kind),
                              (self.tr("Skill taught"), self.skill), (self.tr("Description"), self.description),
                              (self.tr("Outcomes"), self.outcomes)):
            widget.setAccessibleName(label)
            widget.setEnabled(self.editor)
            form.addRow(label, widget)
        self.save_button = QPushButton(self.tr("Save changes"))
        self.save_button.clicked.connect(self.save_details)
        if not self.editor:
            self.save_button.hide()
        form.addRow(self.save_button)
        self.tabs.addTab(details, self.tr("Details"))

        # sessions and attendance
        sessions = QWidget()
        layout = QVBoxLayout(sessions)
        self.session_table = QTableWidget(0, 4)
        self.session_table.setAccessibleName(self.tr("Sessions"))
        self.session_table.setHorizontalHeaderLabels([self.tr("Date and time"), self.tr("Place"),
                                                      self.tr("Facilitator"), self.tr("Present")])
        self.session_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.session_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.session_table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.session_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.session_table.verticalHeader().hide()
        self.session_table.itemSelectionChanged.connect(self.load_attendance)
        layout.addWidget(self.session_table, 1)
        row = QHBoxLayout()
        self.add_session_button = QPushButton(self.tr("Add session…"))
        self.add_session_button.clicked.connect(self.add_session)
        if not self.editor:
            self.add_session_button.hide()
        row.addWidget(self.add_session_button)
        self.add_guest_button = QPushButton(self.tr("Add guest participant…"))
        self.add_guest_button.clicked.connect(self.add_guest)
        row.addWidget(self.add_guest_button)
        row.addStretch(1)
        layout.addLayout(row)
        scan_row = QHBoxLayout()
        scan_label = QLabel(self.tr("Member card (marks present):"))
        self.scan = QLineEdit()
        self.scan.setAccessibleName(self.tr("Scan a member card to mark present"))
        scan_label.setBuddy(self.scan)
        self.scan.returnPressed.connect(self.scan_card)
        scan_row.addWidget(scan_label)
        scan_row.addWidget(self.scan, 1)
        layout.addLayout(scan_row)
        self.people = QListWidget()
        self.people.setAccessibleName(self.tr("Participants: tick who was present"))
        self.people.itemChanged.connect(self.tick)
        layout.addWidget(self.people, 1)
        self.feedback = QLabel(" ")
        self.feedback.setAccessibleName(self.tr("Result"))
        layout.addWidget(self.feedback)
        self.tabs.addTab(sessions, self.tr("Sessions and attendance"))

        # partners
        partners = QWidget()
        layout = QVBoxLayout(partners)
        self.partner_list = QListWidget()
        self.partner_list.setAccessibleName(self.tr("Partners of this programme"))
        layout.addWidget(self.partner_list, 1)
        row = QHBoxLayout()
        self.partner_pick = QComboBox()
        self.partner_pick.setAccessibleName(self.tr("Partner to add"))
        row.addWidget(self.partner_pick, 1)
        self.link_button = QPushButton(self.tr("Add to programme"))
        self.link_button.clicked.connect(self.link_partner)
        row.addWidget(self.link_button)
        self.new_partner_button = QPushButton(self.tr("New partner…"))
        self.new_partner_button.clicked.connect(self.new_partner)
        row.addWidget(self.new_partner_button)
        for widget in (self.partner_pick, self.link_button, self.new_partner_button):
            if not self.editor:
                widget.hide()
        layout.addLayout(row)
        self.tabs.addTab(partners, self.tr("Partners"))

        # stories
        stories = QWidget()
        layout = QVBoxLayout(stories)
        self.story_list = QListWidget()
        self.story_list.setAccessibleName(self.tr("Stories and testimonials"))
        self.story_list.setWordWrap(True)
        layout.addWidget(self.story_list, 1)
        self.story_button = QPushButton(self.tr("Add story…"))
        self.story_button.clicked.connect(self.add_story)
        if not self.editor:
            self.story_button.hide()
        layout.addWidget(self.story_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.tabs.addTab(stories, self.tr("Stories"))

        self.refresh()
        ctx.events.programs_changed.connect(self.refresh)

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
        self.program = program = self.all_programs[row]
        self.name.setText(program.name)
        self.kind.setCurrentIndex(max(0, programs.KINDS.index(program.kind) if program.kind in programs.KINDS else 0))
        self.skill.setText(program.skill)
        self.description.setPlainText(program.description)
        self.outcomes.setPlainText(program.outcomes)
        self.load_sessions()
        self.load_partners()
        self.load_stories()

    def load_sessions(self) -> None:
        self.sessions = programs.sessions_of(self.ctx.lib, self.program)
        self.session_table.setRowCount(len(self.sessions))
        for row, session in enumerate(self.sessions):
            present = len(programs.attendance_of(self.ctx.lib, session))
            values = [to_local(session.starts_at).strftime("%d-%m-%Y %H:%M"), session.place, session.facilitator,
                      str(present)]
            for col, value in enumerate(values):
                self.session_table.setItem(row, col, QTableWidgetItem(value))
        if self.sessions:
            self.session_table.selectRow(len(self.sessions) - 1)
        else:
            self.people.clear()
        self.load_attendance()

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
            gender = QCoreApplication.translate("Members", GENDER_NAMES[participant.gender]) \
                if participant.gender in GENDER_NAMES else "?"  # Laki-laki / Perempuan, not M / F
            item = QListWidgetItem(f"{programs.participant_name(participant) or '-'} "
                                   f"({gender}, {participant.age_band or '?'})")
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if participant.id in present else Qt.CheckState.Unchecked)
            if session is None:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.people.addItem(item)
        self.people.blockSignals(False)

    def load_partners(self) -> None:
        self.partner_list.clear()
        for partner in programs.partners_of(self.ctx.lib, self.program):
            kind = QCoreApplication.translate("Programs", programs.PARTNER_KIND_NAMES.get(partner.kind, partner.kind))
            mou = self.tr("MoU {date}").format(date=partner.mou_date.strftime("%d-%m-%Y")) if partner.mou_date else ""
            self.partner_list.addItem(" · ".join(x for x in (partner.name, kind, mou) if x))
        self.partner_pick.clear()
        for partner in programs.list_partners(self.ctx.lib):
            self.partner_pick.addItem(partner.name, partner.uid)

    def load_stories(self) -> None:
        self.story_list.clear()
        for story in programs.stories_of(self.ctx.lib, self.program):
            photo = " 📷" if story.photo else ""
            told = story.told_on.strftime("%d-%m-%Y") if story.told_on else ""
            public = " — " + self.tr("may be shown in public") if story.consent else ""
            self.story_list.addItem(f"{story.title or '-'} ({story.author}, {told}){photo}{public}\n{story.text}")

    # --- actions -------------------------------------------------------------------------------------

    def _run(self, fn, *args, **kwargs):
        try:
            return fn(self.ctx.lib, self.ctx.user, *args, **kwargs)
        except PustakaError as exc:
            show_error(self, exc)
            return None

    def changed(self) -> None:
        self.ctx.events.programs_changed.emit()

    def new_program(self) -> None:
        name, kind, skill = QLineEdit(), QComboBox(), QLineEdit()
        for key in programs.KINDS:
            kind.addItem(_kind_name(key), key)
        dialog = FormDialog(self.tr("New programme"), [(self.tr("Name"), name), (self.tr("Type"), kind),
                                                       (self.tr("Skill taught"), skill)], self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        program = self._run(programs.create_program, name=name.text(), kind=kind.currentData(), skill=skill.text(),
                            starts_on=local_today(self.ctx.lib.clock))
        if program is not None:
            self.program = program
            self.changed()

    def save_details(self) -> None:
        if self.program is None:
            return
        if self._run(programs.update_program, self.program, name=self.name.text(), kind=self.kind.currentData(),
                     skill=self.skill.text(), description=self.description.toPlainText(),
                     outcomes=self.outcomes.toPlainText()) is not None:
            self.changed()

    def add_session(self) -> None:
        if self.program is None:
            return
        when = QDateTimeEdit(QDateTime.currentDateTime())
        when.setDisplayFormat("dd-MM-yyyy HH:mm")
        when.setCalendarPopup(True)
        place, facilitator, topic = QLineEdit(), QLineEdit(), QLineEdit()
        dialog = FormDialog(self.tr("New session"), [(self.tr("Date and time"), when), (self.tr("Place"), place),
                                                     (self.tr("Facilitator"), facilitator), (self.tr("Topic"), topic)],
                            self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        starts = when.dateTime().toPython()
        if self._run(programs.add_session, self.program, starts_at=starts, place=place.text(),
                     facilitator=facilitator.text(), topic=topic.text()) is not None:
            self.load_sessions()
            self.changed()

    def add_guest(self) -> None:
        if self.program is None:
            return
        name, gender, band = QLineEdit(), QComboBox(), QComboBox()
        gender.addItem(self.tr("Female"), "F")
        gender.addItem(self.tr("Male"), "M")
        for b in AGE_BANDS:
            band.addItem(b, b)
        dialog = FormDialog(self.tr("Guest participant"), [(self.tr("Name (optional)"), name),
                                                           (self.tr("Gender"), gender), (self.tr("Age"), band)], self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        participant = self._run(programs.enrol_guest, self.program, name=name.text(), gender=gender.currentData(),
                                age_band=band.currentData())
        session = self.current_session()
        if participant is not None and session is not None:
            self._run(programs.mark_attendance, session, participant)
        self.load_sessions()

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
        row = self.session_table.currentRow()
        self.load_sessions()
        if row >= 0:
            self.session_table.selectRow(row)

    def tick(self, item: QListWidgetItem) -> None:
        session = self.current_session()
        row = self.people.row(item)
        if session is None or row >= len(self.participants):
            return
        present = item.checkState() == Qt.CheckState.Checked
        self._run(programs.mark_attendance, session, self.participants[row], present)
        count = len(programs.attendance_of(self.ctx.lib, session))
        cell = self.session_table.item(self.sessions.index(session), 3)
        if cell is not None:
            cell.setText(str(count))

    def link_partner(self) -> None:
        uid = self.partner_pick.currentData()
        partner = next((p for p in programs.list_partners(self.ctx.lib) if p.uid == uid), None)
        if partner is None or self.program is None:
            return
        self._run(programs.link_partner, self.program, partner)
        self.load_partners()

    def new_partner(self) -> None:
        name, kind, contact = QLineEdit(), QComboBox(), QLineEdit()
        for key in programs.PARTNER_KINDS:
            kind.addItem(QCoreApplication.translate("Programs", programs.PARTNER_KIND_NAMES[key]), key)
        mou = QDateEdit(QDate.currentDate())
        mou.setDisplayFormat("dd-MM-yyyy")
        mou.setCalendarPopup(True)
        dialog = FormDialog(self.tr("New partner"), [(self.tr("Name"), name), (self.tr("Type"), kind),
                                                     (self.tr("Contact"), contact),
                                                     (self.tr("Agreement (MoU) date"), mou)], self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        partner = self._run(programs.add_partner, name=name.text(), kind=kind.currentData(), contact=contact.text(),
                            mou_date=mou.date().toPython())
        if partner is not None and self.program is not None:
            self._run(programs.link_partner, self.program, partner)
        self.load_partners()

    def add_story(self) -> None:
        if self.program is None:
            return
        title, author, text = QLineEdit(), QLineEdit(), QPlainTextEdit()
        photo_path = QLineEdit()
        photo_path.setPlaceholderText(self.tr("optional: a photo file"))
        browse = QPushButton(self.tr("Choose photo…"))
        browse.clicked.connect(lambda: photo_path.setText(QFileDialog.getOpenFileName(
            self, self.tr("Photo"), str(Path.home()), self.tr("Pictures (*.jpg *.jpeg *.png)"))[0]))
        consent = QCheckBox(self.tr("The teller agreed that it may be shown in public (impact sheet, posts)"))
        dialog = FormDialog(self.tr("New story"), [(self.tr("Title"), title), (self.tr("Told by"), author),
                                                   (self.tr("Story"), text), (self.tr("Photo"), photo_path),
                                                   (self.tr("Photo file"), browse), (self.tr("Consent"), consent)],
                            self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        photo = None
        if photo_path.text().strip():
            try:
                photo = Path(photo_path.text().strip()).read_bytes()
            except OSError as exc:
                show_error(self, exc)
                return
        if self._run(programs.add_story, self.program, title=title.text(), text=text.toPlainText(),
                     author=author.text(), photo=photo, consent=consent.isChecked()) is not None:
            self.load_stories()
