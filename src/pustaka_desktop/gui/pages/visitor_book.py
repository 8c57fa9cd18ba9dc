"""The visitor book (buku tamu) at the entrance: can run full screen, works with a scanner and
touch/mouse alone.

- Members scan their card: one beep, a welcome line, done (a second scan the same day is welcomed
  but not counted again — see core.visits).
- Non-members tap through a few large buttons: gender, age, occupation, origin, purpose.
- Group visits (rombongan) in a small form with counts by gender and school level / age band.
- Reading on site: switch the scanner to "books read here" and scan copies from the trolley.
- Today's count is always visible; a librarian can correct or remove a line.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.community import visits
from ...core.community.demographics import AGE_BANDS
from ...core.errors import PustakaError
from ...core.formatting import format_number
from ...core.store.clock import to_local
from ...core.store.models import Visit
from ..appearance import text_style
from ..background import load_later
from ..context import AppContext
from ..models.rows import Column, RowsModel
from ..widgets.a11y import announce
from ..widgets.forms import FormDialog, spin
from ..widgets.messages import confirm, error_text, show_error
from ..widgets.scan_box import ScanBox
from ..widgets.sounds import DeskSounds

BIG = 20


class WrapButton(QPushButton):
    """A big touch button whose text wraps onto more lines instead of making the page wider than
    the screen (a plain QPushButton never wraps)."""

    def __init__(self, text: str, point: int) -> None:
        super().__init__()
        self.label = QLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        font = QFont(self.label.font())
        font.setPointSize(point)
        self.label.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.label)

    def text(self) -> str:  # the words on the button, for code and tests alike
        return self.label.text()

    def sizeHint(self):  # noqa: N802 - Qt override
        return self.layout().sizeHint()

    def minimumSizeHint(self):  # noqa: N802 - Qt override
        hint = self.layout().minimumSize()
        hint.setWidth(min(hint.width(), 160))
        return hint


def _big_button(text: str, name: str, point: int = BIG) -> QPushButton:
    button = WrapButton(text, point)
    button.setMinimumHeight(72)
    button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
    button.setAccessibleName(name)
    return button


class Steps(QStackedWidget):
    """The guest's steps, one on screen at a time. A plain stacked widget is as tall as its tallest
    step: on the first step the occupation grid's height made the two sign-in buttons fill the page and
    pushed today's list to the bottom edge. The first step is kept to a few button heights."""

    def fit(self) -> None:
        first = self.currentIndex() == 0 and self.widget(0) is not None
        self.setMaximumHeight(self.widget(0).minimumSizeHint().height() * 3 if first else 16777215)


class GroupDialog(FormDialog):
    """A group visit: name, counts by gender and by school level or age band, purpose."""

    def __init__(self, parent=None, visit: Visit | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Group visit"))
        self.name = QLineEdit()
        self.name.setAccessibleName(self.tr("Group name"))
        self.name.setPlaceholderText(self.tr("e.g. Class 4 SDN 1 Sukamaju"))
        self.spins: dict[str, QSpinBox] = {}
        labels = [("M", self.tr("Boys / men")), ("F", self.tr("Girls / women"))]
        labels += [(key, self.tr("School level: {name}").format(
            name=QCoreApplication.translate("Visits", visits.SCHOOL_LEVEL_NAMES[key])))
            for key in visits.SCHOOL_LEVELS]
        labels += [(band, self.tr("Age {band}").format(band=band)) for band in AGE_BANDS]
        # the counts two by two: one under the other the dialog was 624 px high and its Save button below the
        # edge of a 1024 x 600 netbook's screen
        counts = QGridLayout()
        counts.setContentsMargins(0, 0, 0, 0)
        for n, (key, label) in enumerate(labels):
            self.spins[key] = spin(visits.MAX_GROUP, label)
            self.spins[key].setMinimumHeight(36)
            name = QLabel(label)
            name.setBuddy(self.spins[key])
            counts.addWidget(name, n // 2, 2 * (n % 2))
            counts.addWidget(self.spins[key], n // 2, 2 * (n % 2) + 1)
        counts_box = QWidget()
        counts_box.setLayout(counts)
        rows = [(self.tr("Group name"), self.name), ("", counts_box)]
        self.purpose = QComboBox()
        self.purpose.setAccessibleName(self.tr("Purpose of the visit"))
        for key in visits.PURPOSES:
            self.purpose.addItem(self._purpose_name(key), key)
        self.purpose.setCurrentIndex(visits.PURPOSES.index("activity"))
        rows.append((self.tr("Purpose"), self.purpose))
        self.finish(rows, self.tr("Save"), self.tr("Cancel"),
                    below=self.tr("Count by gender, and if you like also by school level or age: the two totals "
                                  "must agree."))
        if visit is not None:
            import json

            self.name.setText(visit.group_name)
            for key, value in (json.loads(visit.breakdown) if visit.breakdown else {}).items():
                if key in self.spins:
                    self.spins[key].setValue(value)
            self.purpose.setCurrentIndex(max(0, visits.PURPOSES.index(visit.purpose)))

    def _purpose_name(self, key: str) -> str:
        return QCoreApplication.translate("Visits", visits.PURPOSE_NAMES[key])

    def counts(self) -> dict[str, int]:
        return {key: spin.value() for key, spin in self.spins.items() if spin.value()}


class CorrectDialog(FormDialog):
    """A librarian corrects one line of an individual visitor."""

    def __init__(self, visit: Visit, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Correct a visit"))
        self.purpose = QComboBox()
        self.purpose.setAccessibleName(self.tr("Purpose"))
        for key in visits.PURPOSES:
            self.purpose.addItem(QCoreApplication.translate("Visits", visits.PURPOSE_NAMES[key]), key)
        self.purpose.setCurrentIndex(visits.PURPOSES.index(visit.purpose) if visit.purpose in visits.PURPOSES else 0)
        self.gender = QComboBox()
        self.gender.setAccessibleName(self.tr("Gender"))
        for key, label in (("M", self.tr("Male")), ("F", self.tr("Female"))):
            self.gender.addItem(label, key)
        self.gender.setCurrentIndex(0 if visit.gender == "M" else 1)
        self.band = QComboBox()
        self.band.setAccessibleName(self.tr("Age"))
        for band in AGE_BANDS:
            self.band.addItem(band, band)
        if visit.age_band in AGE_BANDS:
            self.band.setCurrentIndex(AGE_BANDS.index(visit.age_band))
        self.finish([(self.tr("Purpose"), self.purpose), (self.tr("Gender"), self.gender), (self.tr("Age"), self.band)],
                    self.tr("Save"), self.tr("Cancel"))

    def changes(self) -> dict[str, str]:
        return {"purpose": self.purpose.currentData(), "gender": self.gender.currentData(),
                "age_band": self.band.currentData()}


class VisitorBookPage(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sounds = DeskSounds(self)
        self.guest: dict[str, str] = {}
        self.reading_mode = False

        root = QVBoxLayout(self)
        top = QHBoxLayout()  # (the main window shows the page's name and icon above it)
        self.count_label = QLabel()
        count_font = QFont(self.count_label.font())
        count_font.setPointSize(22)
        count_font.setBold(True)
        self.count_label.setFont(count_font)
        self.count_label.setWordWrap(True)  # 200 % text on a small screen
        self.count_label.setAccessibleName(self.tr("Visitors today"))
        top.addWidget(self.count_label, 1)
        self.full_button = QPushButton(self.tr("Full screen (F11)"))
        self.full_button.setMinimumHeight(44)  # a finger's width
        self.full_button.setCheckable(True)
        self.full_button.toggled.connect(self.set_full_screen)
        top.addWidget(self.full_button)
        root.addLayout(top)

        scan_row = QHBoxLayout()
        self.scan_label = QLabel()
        scan_font = QFont(self.scan_label.font())
        scan_font.setPointSize(16)
        self.scan_label.setFont(scan_font)
        scan_row.addWidget(self.scan_label)
        self.scan_box = ScanBox(self)
        self.scan_box.setAccessibleName(self.tr("Scan a member card"))
        self.scan_label.setBuddy(self.scan_box)
        self.scan_box.scanned.connect(self.on_scan)
        scan_row.addWidget(self.scan_box, 1)
        self.reading_button = QPushButton(self.tr("Books read here"))
        self.reading_button.setCheckable(True)
        self.reading_button.setMinimumHeight(56)
        self.reading_button.setAccessibleName(self.tr("Switch the scanner to books read on site"))
        self.reading_button.toggled.connect(self.set_reading_mode)
        scan_row.addWidget(self.reading_button)
        root.addLayout(scan_row)

        self.message = QLabel(" ")
        message_font = QFont(self.message.font())
        message_font.setPointSize(20)
        message_font.setBold(True)
        self.message.setFont(message_font)
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Result of the last entry"))
        root.addWidget(self.message)

        self.steps = Steps()
        root.addWidget(self.steps, 3)
        self._build_steps()
        self.steps.currentChanged.connect(self.steps.fit)
        self.steps.fit()

        bottom = QHBoxLayout()
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Today's visitor book"))
        self.model = RowsModel([
            Column(self.tr("Time"), lambda v: to_local(v.at).strftime("%H:%M")),
            Column(self.tr("Visitor"), self._who),
            Column(self.tr("People"), lambda v: v.headcount, align_right=True),
            Column(self.tr("Purpose"), lambda v: self._purpose(v.purpose)),
        ], self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().hide()
        self.table.setMinimumHeight(self.table.fontMetrics().height() * 8)  # a header and a few lines
        bottom.addWidget(self.table, 1)
        side = QVBoxLayout()
        self.correct_button = QPushButton(self.tr("Correct…"))
        self.correct_button.clicked.connect(self.correct_selected)
        self.remove_button = QPushButton(self.tr("Remove line"))
        self.remove_button.clicked.connect(self.remove_selected)
        for button in (self.correct_button, self.remove_button):
            button.setMinimumHeight(44)  # a finger's width
            side.addWidget(button)
            if not ctx.allowed("visits.correct"):  # (setVisible(True) on a widget without a parent flashes a window)
                button.hide()
        side.addStretch(1)
        bottom.addLayout(side)
        root.addLayout(bottom, 2)

        QShortcut(QKeySequence(Qt.Key.Key_F11), self, activated=self.full_button.toggle)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, activated=self.escape)
        self._clear_timer = QTimer(self)
        self._clear_timer.setSingleShot(True)
        self._clear_timer.timeout.connect(lambda: self.message.setText(" "))
        self.set_reading_mode(False)
        self.refresh()
        ctx.events.visits_changed.connect(self.refresh)

    # --- the guest steps -----------------------------------------------------------------------------

    def _grid(self, question: str, choices: list[tuple[str, str]], key: str, columns: int = 3) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        label = QLabel(question)
        font = QFont(label.font())
        font.setPointSize(18)
        label.setFont(font)
        layout.addWidget(label)
        grid = QGridLayout()
        for n, (value, text) in enumerate(choices):
            button = _big_button(text, f"{question} {text}")
            button.clicked.connect(lambda _=False, v=value: self.choose(key, v))
            grid.addWidget(button, n // columns, n % columns)
        layout.addLayout(grid, 1)
        back = QPushButton(self.tr("Cancel"))
        back.setMinimumHeight(44)
        back.setAccessibleName(self.tr("Cancel the guest entry"))
        back.clicked.connect(self.reset_guest)
        layout.addWidget(back, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _build_steps(self) -> None:
        home = QWidget()
        layout = QHBoxLayout(home)
        self.guest_button = _big_button(self.tr("Not a member? Tap here to sign the book"),
                                        self.tr("Sign the book as a guest"), 22)
        self.guest_button.clicked.connect(self.start_guest)
        layout.addWidget(self.guest_button, 2)
        self.group_button = _big_button(self.tr("Group visit"), self.tr("Record a group visit"), 18)
        self.group_button.clicked.connect(self.add_group)
        layout.addWidget(self.group_button, 1)
        self.steps.addWidget(home)
        self.step_keys = ["gender", "age_band", "occupation", "origin", "purpose"]
        self.steps.addWidget(self._grid(self.tr("You are:"), [("M", self.tr("Male")), ("F", self.tr("Female"))],
                                        "gender", 2))
        self.steps.addWidget(self._grid(self.tr("Your age:"), [(b, self.tr("{band} years").format(band=b))
                                                               for b in AGE_BANDS], "age_band", 3))
        self.steps.addWidget(self._grid(self.tr("Your occupation:"), [(o, QCoreApplication.translate("Visits", visits.OCCUPATION_NAMES.get(o, o)))
                                                                       for o in visits.OCCUPATIONS],
                                        "occupation", 3))  # 3 columns fit 200 % text
        self.steps.addWidget(self._grid(self.tr("You live:"), [("village", self.tr("In this village")),
                                                               ("elsewhere", self.tr("Elsewhere"))], "origin", 2))
        self.steps.addWidget(self._grid(self.tr("You came to:"), [(p, self._purpose(p)) for p in visits.PURPOSES],
                                        "purpose", 3))

    def start_guest(self) -> None:
        self.guest = {}
        self._show_step(1)

    def _show_step(self, index: int) -> None:
        """The next question; the keyboard moves onto its first answer (the old button is gone)."""
        self.steps.setCurrentIndex(index)
        answers = [b for b in self.steps.currentWidget().findChildren(QPushButton) if b.isVisibleTo(self.steps)]
        if answers:
            answers[0].setFocus(Qt.FocusReason.TabFocusReason)

    def reset_guest(self) -> None:
        self.guest = {}
        self.steps.setCurrentIndex(0)
        self.scan_box.setFocus()

    def choose(self, key: str, value: str) -> None:
        self.guest[key] = value
        index = self.step_keys.index(key) + 1
        if index < len(self.step_keys):
            self._show_step(index + 1)
            return
        try:
            visits.record_guest(self.ctx.lib, self.ctx.user, gender=self.guest["gender"],
                                age_band=self.guest["age_band"], occupation=self.guest["occupation"],
                                origin=self.guest["origin"], purpose=self.guest["purpose"])
        except PustakaError as exc:
            self.say(error_text(exc), ok=False)
        else:
            self.say(self.tr("Thank you, welcome to the library!"))
            self.changed()
        self.reset_guest()

    # --- scanning ------------------------------------------------------------------------------------

    def set_reading_mode(self, on: bool) -> None:
        self.reading_mode = on
        if on:
            self.scan_label.setText(self.tr("Scan books read here:"))
            self.scan_box.setAccessibleName(self.tr("Scan a book read on site"))
        else:
            self.scan_label.setText(self.tr("Members, scan your card:"))
            self.scan_box.setAccessibleName(self.tr("Scan a member card"))
        self.scan_box.setFocus()

    def on_scan(self, code: str) -> None:
        lib, user = self.ctx.lib, self.ctx.user
        try:
            if self.reading_mode:
                use = visits.record_reading(lib, user, code)
                self.say(self.tr("Read on site: {title} (today: {n})").format(
                    title=use.item.record.title, n=visits.readings_on(lib)))
                return
            result = visits.record_member(lib, user, code)
        except PustakaError as exc:
            self.say(error_text(exc), ok=False)
            return
        if result.repeat:
            self.say(self.tr("Welcome back, {name}! You are already in today's book.").format(name=result.member.name))
        else:
            self.say(self.tr("Welcome, {name}!").format(name=result.member.name))
            self.changed()

    def say(self, text: str, ok: bool = True) -> None:
        self.message.setText(text)
        announce(self.message, text, assertive=not ok)
        self.message.setStyleSheet(text_style("ok" if ok else "danger"))
        self.sounds.play("ok" if ok else "refused")
        self._clear_timer.start(8000)

    # --- groups and corrections ----------------------------------------------------------------------

    def add_group(self) -> None:
        dialog = GroupDialog(self)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            try:
                line = visits.record_group(self.ctx.lib, self.ctx.user, dialog.name.text(), dialog.counts(),
                                           purpose=dialog.purpose.currentData())
            except PustakaError as exc:
                show_error(self, exc)
                continue
            self.say(self.tr("Group {name} recorded: {n} people.").format(name=line.group_name, n=line.headcount))
            self.changed()
            break
        self.scan_box.setFocus()

    def selected(self) -> Visit | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def correct_selected(self) -> None:
        visit = self.selected()
        if visit is None:
            return
        try:
            if visit.group_name:
                dialog = GroupDialog(self, visit)
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return
                visits.correct_visit(self.ctx.lib, self.ctx.user, visit, group_name=dialog.name.text(),
                                     counts=dialog.counts(), purpose=dialog.purpose.currentData())
            else:
                dialog = CorrectDialog(visit, self)
                if dialog.exec() != QDialog.DialogCode.Accepted:
                    return
                visits.correct_visit(self.ctx.lib, self.ctx.user, visit, **dialog.changes())
        except PustakaError as exc:
            show_error(self, exc)
            return
        self.changed()

    def remove_selected(self) -> None:
        visit = self.selected()
        if visit is None:
            return
        if not confirm(self, self.tr("Remove line"), self.tr("Take this line out of the visitor book?")):
            return
        try:
            visits.remove_visit(self.ctx.lib, self.ctx.user, visit)
        except PustakaError as exc:
            show_error(self, exc)
            return
        self.changed()

    # --- the rest ------------------------------------------------------------------------------------

    def _who(self, visit: Visit) -> str:
        if visit.member_id:
            return f"{visit.member.name} ({visit.member.number})"
        if visit.group_name:
            return self.tr("Group: {name}").format(name=visit.group_name)
        gender = self.tr("Male") if visit.gender == "M" else self.tr("Female")
        return self.tr("Guest ({gender}, {band})").format(gender=gender, band=visit.age_band)

    def _purpose(self, key: str) -> str:
        return QCoreApplication.translate("Visits", visits.PURPOSE_NAMES.get(key, key))

    def changed(self) -> None:
        self.ctx.events.visits_changed.emit()

    def refresh(self) -> None:
        """Today's count and lines are read off the GUI thread (a large visitor book takes a while)."""
        lib = self.ctx.lib
        load_later(self, lib, lambda: (visits.today_count(lib), visits.day_visits(lib, limit=200)), self._show_today)

    def _show_today(self, result) -> None:
        count, lines = result
        self.count_label.setText(self.tr("Visitors today: {n}").format(n=format_number(count)))
        self.model.set_rows(lines)
        self.table.resizeColumnToContents(0)
        self.loads_done = getattr(self, "loads_done", 0) + 1

    def set_full_screen(self, on: bool) -> None:
        window = self.window()
        if on:
            window.showFullScreen()
        else:
            window.showNormal()
        self.scan_box.setFocus()

    def escape(self) -> None:
        if self.steps.currentIndex():
            self.reset_guest()
        elif self.full_button.isChecked():
            self.full_button.setChecked(False)

    def showEvent(self, event) -> None:  # noqa: N802 - Qt name
        super().showEvent(event)
        self.refresh()
        self.scan_box.setFocus()
