"""Members (Anggota): search and a paged list, the member form with inline validation, photo,
membership renewal, blocks, fines (payments; waivers for librarians), loans and loan history.

Volunteers may register new members and take payments; editing, blocking and waivers are for
librarians. Every rule is in ``core.members`` / ``core.fines`` / ``core.circulation``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.circulation import fines, member_loans
from ...core.community import demographics, member_privacy, members, members_from_before
from ...core.errors import PustakaError, ValidationError
from ...core.formatting import format_date, format_money
from ...core.pictures import read_picture
from ...core.store.models import Member
from ..appearance import color, text_style
from ..context import AppContext
from ..models.rows import Column, RowsModel
from ..widgets.a11y import make_live
from ..widgets.actions import REFUSED, attempt, open_file
from ..widgets.flow_layout import FlowLayout, LeastHeightForWidth
from ..widgets.forms import (
    FormDialog,
    arrange,
    button,
    column,
    note,
    outcome,
    search_as_you_type,
    side_by_side,
)
from ..widgets.messages import confirm, error_text, info, show_error, translate
from ..widgets.pictures import show_picture
from ..widgets.tables import fill, model_table, read_only_table
from .base import Page

PAGE_SIZE = 50

# form field -> (label, kind); kinds: text, gender, type, education, multiline
FORM_FIELDS = ("name", "gender", "birth_date", "member_type", "registered_on", "phone", "email", "nik", "address", "village",
               "rt_rw", "postal_code", "occupation", "education", "institution", "guardian", "notes")


class MemberForm(QWidget):
    """The member's details with inline validation: each field is checked by the core as soon as
    the user leaves it, and the problem is shown in red under the form."""

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.member: Member | None = None
        labels = {
            "name": self.tr("&Name:"), "gender": self.tr("Gender:"), "birth_date": self.tr("&Birth date:"),
            "member_type": self.tr("Member &type:"), "registered_on": self.tr("Registered on:"), "phone": self.tr("Phone / &WhatsApp:"),
            "email": self.tr("E-&mail:"), "nik": self.tr("N&IK (optional):"), "address": self.tr("Address:"),
            "village": self.tr("&Village:"), "rt_rw": self.tr("RT/RW:"), "postal_code": self.tr("Postal code:"),
            "occupation": self.tr("&Occupation:"), "education": self.tr("&Education:"),
            "institution": self.tr("&School / institution:"), "guardian": self.tr("G&uardian (for children):"),
            "notes": self.tr("Notes:"),
        }
        self.edits: dict[str, QWidget] = {}
        form = QFormLayout()
        for name in FORM_FIELDS:
            if name == "gender":
                edit = QComboBox()
                edit.addItem(self.tr("(not given)"), "")
                edit.addItem(QCoreApplication.translate("Members", "Male"), "M")
                edit.addItem(QCoreApplication.translate("Members", "Female"), "F")
            elif name == "member_type":
                edit = QComboBox()
                for mt in members.member_types(ctx.lib):
                    edit.addItem(mt.name, mt.id)
            elif name == "education":
                edit = QComboBox()
                edit.setEditable(True)
                edit.addItem("", "")
                for level in demographics.EDUCATION_LEVELS:  # shown in the user's language, stored as the level
                    edit.addItem(QCoreApplication.translate("Members", demographics.EDUCATION_NAMES[level]), level)
            elif name == "notes":
                edit = QPlainTextEdit()
                edit.setTabChangesFocus(True)
                edit.setMaximumHeight(60)
            else:
                edit = QLineEdit()
                edit.editingFinished.connect(lambda n=name: self.check_field(n))
            if name == "birth_date":
                edit.setPlaceholderText(self.tr("DD-MM-YYYY, e.g. 17-08-2012"))
            if name == "registered_on":
                edit.setPlaceholderText(self.tr("DD-MM-YYYY (empty: today)"))
            if name == "phone":
                edit.setPlaceholderText("08123456789")
            edit.setAccessibleName(labels[name].replace("&", "").rstrip(":"))
            self.edits[name] = edit
            form.addRow(labels[name], edit)
            if name == "registered_on":  # said under the date while it is the import's day, not a registration
                self.from_before = outcome()
                self.from_before.setStyleSheet(text_style("warning"))
                form.addRow(self.from_before)
                # ... and, for the member who did join on the import's day, the way to say that date is real
                self.date_is_real = QCheckBox(self.tr("The date above is the &real day this member registered"))
                self.date_is_real.setVisible(False)
                form.addRow(self.date_is_real)
        self.problem = QLabel("")
        self.problem.setAccessibleName(self.tr("Problem with the form"))
        self.problem.setStyleSheet(text_style("danger", "font-weight: bold;"))
        self.problem.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.problem)

    def set_read_only(self, read_only: bool) -> None:
        for edit in self.edits.values():
            if isinstance(edit, (QLineEdit, QPlainTextEdit)):
                edit.setReadOnly(read_only)
            else:
                edit.setEnabled(not read_only)
        self.date_is_real.setEnabled(not read_only)

    def clear(self) -> None:
        self.member = None
        self.load(None)

    def load(self, member: Member | None) -> None:
        self.member = member
        self.problem.setText("")
        self.from_before.setText(self.tr(
            "The data moved in from the old system gave no registration date: this date only stands in for it, and "
            "the member counts as a member from before Pustaka, not as a new one. Type the real date if you know it "
            "(an old card, the registration book).") if member is not None and members_from_before.is_from_before(member)
            else "")
        self.date_is_real.setChecked(False)
        self.date_is_real.setVisible(bool(self.from_before.text()))
        for name, edit in self.edits.items():
            value = getattr(member, name, None) if member is not None else None
            if name == "member_type":
                index = edit.findData(member.member_type_id) if member is not None else edit.findText("Umum")
                edit.setCurrentIndex(max(0, index))
            elif name == "gender":
                edit.setCurrentIndex(max(0, edit.findData(value or "")))
            elif name == "education":
                index = edit.findData(value or "")
                if index >= 0:
                    edit.setCurrentIndex(index)
                else:
                    edit.setCurrentText(value or "")
            elif isinstance(edit, QPlainTextEdit):
                edit.setPlainText(value or "")
            else:
                edit.setText(format_date(value) if hasattr(value, "isoformat") else (value or ""))
            edit.setStyleSheet("")

    def values(self) -> dict:
        out = {}
        for name, edit in self.edits.items():
            if name in ("gender", "member_type"):
                out[name] = edit.currentData()
            elif name == "education":
                index = edit.findText(edit.currentText())
                out[name] = edit.itemData(index) if index >= 0 else edit.currentText()
            elif isinstance(edit, QPlainTextEdit):
                out[name] = edit.toPlainText()
            else:
                out[name] = edit.text()
        out["birth_date"] = out["birth_date"] or None
        if not out["registered_on"].strip():  # (a new member: today; a member's date is never emptied)
            del out["registered_on"]
        return out

    def check_field(self, name: str) -> bool:
        """Inline validation of one field through the core's own rules."""
        value = self.values().get(name)  # (an empty registration date is left out: today, or the member's own)
        edit = self.edits[name]
        try:
            members.clean_member(self.ctx.lib, {name: value}, current=self.member)
        except ValidationError as exc:
            edit.setStyleSheet(f"border: 2px solid {color('danger_border')};")
            self.problem.setText(error_text(exc))
            return False
        edit.setStyleSheet("")
        if self.problem.text() and all(e.styleSheet() == "" for e in self.edits.values()):
            self.problem.setText("")
        return True

    def show_problem(self, exc: PustakaError) -> None:
        self.problem.setText(error_text(exc))
        field = getattr(exc, "field", None)
        if field in self.edits:
            self.edits[field].setStyleSheet(f"border: 2px solid {color('danger_border')};")
            self.edits[field].setFocus()


class WaiverDialog(FormDialog):
    def __init__(self, owed: int, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Waive fines"))
        self.amount = QLineEdit(str(owed))
        self.amount.setAccessibleName(self.tr("Amount to waive"))
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason for the waiver"))
        self.finish([(self.tr("&Amount (Rp):"), self.amount), (self.tr("&Reason:"), self.reason)],
                    self.tr("Waive"), self.tr("Cancel"))


class MembersPage(LeastHeightForWidth, Page):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        self.offset = 0
        self.total = 0
        self.member: Member | None = None
        self.creating = False

        # search and list
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search members"))
        # a librarian also finds a class by its school and class (a volunteer looks up one member at a time)
        self.search.setPlaceholderText(self.tr("Search by name, member number, phone, school or class (SD NEGERI 1 4A)")
                                       if member_privacy.sees_personal_data(ctx.user)
                                       else self.tr("Search by name, member number or phone"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumHeight(34)
        self.search_timer = search_as_you_type(self.search, self.run_search)
        self.new_button = button(self.tr("New member"), self.tr("Register a new member"), self.new_member)
        self.new_button.setToolTip("Ctrl+N")
        self.new_button.setEnabled(ctx.allowed("members.register"))
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)

        today_str = self.tr("Expires")
        self.model = RowsModel([
            Column(self.tr("Number"), lambda m: m.number),
            Column(self.tr("Name"), lambda m: m.name),
            Column(self.tr("Phone"), lambda m: m.phone),
            Column(self.tr("Village"), lambda m: m.village),
            Column(today_str, lambda m: format_date(m.expires_on)),
        ], self)
        self.model.highlight = lambda m: color("late_bg") if m.blocked else None
        self.table = model_table(self.model, self.tr("Members found"))
        self.table.selectionModel().currentRowChanged.connect(lambda cur, _: self.open_row(cur.row()))
        self.count_label = make_live(QLabel())  # how many were found, said aloud: the focus stays in the search box
        self.prev_button = button(self.tr("◀ Previous"), self.tr("Previous page"), lambda: self.page(-1))
        self.next_button = button(self.tr("Next ▶"), self.tr("Next page"), lambda: self.page(1))
        # what was found (or how to search) above the page buttons: beside them, on a netbook, it was a column of
        # one word a line
        self.count_label.setWordWrap(True)
        paging = QHBoxLayout()
        paging.addStretch(1)
        arrange(paging, self.prev_button, self.next_button)
        left = column(top, (self.table, 1), self.count_label, paging)
        # the card number and a whole name in view beside the practice tasks on a netbook (the splitter gave the
        # list 185 px: "Ahmad Sari (latiha")
        left.setMinimumWidth(44 * self.table.fontMetrics().averageCharWidth())

        # the member
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 16pt; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.status = note()
        self.photo = QLabel()
        self.photo.setFixedSize(96, 128)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setStyleSheet(f"border: 1px solid {color('border')}; background: {color('neutral_bg')};"
                                 f" color: {color('muted')};")
        self.form = MemberForm(ctx)
        self.save_button = button(self.tr("&Save"), self.tr("Save member"), self.save)
        self.photo_button = button(self.tr("&Photo from file…"), self.tr("Photo from file"), self.photo_from_file)
        self.camera_button = button(self.tr("Ta&ke photo…"), self.tr("Take a photo with the camera"),
                                    self.photo_from_camera)
        if not _camera_available():  # (setVisible(True) on a widget without a parent flashes a window)
            self.camera_button.hide()
        self.renew_button = button(self.tr("&Renew membership"), self.tr("Renew membership"), self.renew)
        self.block_button = button(self.tr("Blo&ck…"), self.tr("Block or unblock"), self.toggle_block)
        self.serve_button = button(self.tr("Serve at the des&k"), self.tr("Open this member at the circulation desk"),
                                   self.serve_at_desk)
        if not ctx.allowed("circulation.checkout"):
            self.serve_button.hide()
        self.card_button = button(self.tr("Print card…"), self.tr("Print this member's card"), self.print_card)
        if not ctx.allowed("printing.print"):
            self.card_button.hide()
        # the actions wrap onto as many rows as the room needs: 150 % text on a 1366 x 768 screen, or a 1024 x 600
        # netbook beside the practice tasks (in two fixed rows the page scrolled sideways there)
        actions = FlowLayout(self.serve_button, self.save_button, self.renew_button, self.block_button,
                             self.photo_button, self.camera_button, self.card_button)
        head = QHBoxLayout()
        head.addWidget(self.photo)
        head_text = QVBoxLayout()
        head_text.addWidget(self.heading)
        head_text.addWidget(self.status)
        head_text.addStretch()
        head.addLayout(head_text, 1)

        details = QWidget()
        details_layout = QVBoxLayout(details)
        details_layout.addWidget(self.form)
        details_layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(details)

        self.loans = read_only_table([self.tr("Title"), self.tr("Barcode"), self.tr("Due back"), self.tr("Late")],
                            self.tr("Books on loan"))
        self.history = read_only_table([self.tr("Title"), self.tr("Barcode"), self.tr("Lent"), self.tr("Returned"),
                                        self.tr("Taken back by")], self.tr("Loan history"))
        loans_tab = column(QLabel(self.tr("On loan now:")), (self.loans, 1), QLabel(self.tr("History (newest first):")),
                           (self.history, 2), margins=True)

        self.ledger = read_only_table([self.tr("Date"), self.tr("What"), self.tr("Amount"), self.tr("Balance"),
                              self.tr("Note"), self.tr("Staff")], self.tr("Fines ledger"))
        self.owed = QLabel()
        self.owed.setStyleSheet("font-size: 13pt; font-weight: bold;")
        self.pay_button = button(self.tr("Record &payment…"), self.tr("Record a payment"), self.pay)
        self.waive_button = button(self.tr("&Waive…"), self.tr("Waive fines"), self.waive)
        if not ctx.allowed("fines.waive"):
            self.waive_button.hide()
        fine_actions = arrange(QHBoxLayout(), (self.owed, 1), self.pay_button, self.waive_button)
        fines_tab = column(fine_actions, (self.ledger, 1), margins=True)

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Member"))
        self.tabs.addTab(scroll, self.tr("&Details"))
        self.tabs.addTab(loans_tab, self.tr("&Loans"))
        self.tabs.addTab(fines_tab, self.tr("&Fines"))
        right = column(head, actions, (self.tabs, 1))  # the actions always in sight, above the long form
        layout = QVBoxLayout(self)
        halves = side_by_side(left, right, stretch=(2, 3))
        # a splitter shares out by size hints first: the long form's held the list to ~265 px at 1366 x 768
        # (the phone column cut, the search box's hint too); two to three from the start
        halves.setSizes([400, 600])
        layout.addWidget(halves)

        for key, slot in (("Ctrl+N", self.new_member), ("Ctrl+F", self.search.setFocus), ("Ctrl+S", self.save)):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
        ctx.events.members_changed.connect(self.run_search)
        ctx.events.circulation_changed.connect(self._reload_member)
        self.show_member(None)
        self.run_search()

    # -- list -------------------------------------------------------------------------------------

    def run_search(self) -> None:
        self.offset = 0
        self._fetch()

    def page(self, step: int) -> None:
        offset = self.offset + step * PAGE_SIZE
        if 0 <= offset < max(self.total, 1):
            self.offset = offset
            self._fetch()

    def _fetch(self) -> None:
        try:  # a volunteer looks members up one at a time, and sees no personal data
            result = member_privacy.search_for(self.ctx.lib, self.ctx.user, self.search.text(), self.offset, PAGE_SIZE)
        except ValidationError as exc:
            self.model.set_rows([])
            self.total = 0
            self.count_label.setText(error_text(exc))
            self.prev_button.setEnabled(False)
            self.next_button.setEnabled(False)
            return
        self.total = result.total
        self.model.set_rows(result.rows)
        last = min(self.offset + PAGE_SIZE, self.total)
        self.count_label.setText(self.tr("{first}–{last} of {total} members").format(
            first=self.offset + 1 if self.total else 0, last=last, total=self.total))
        self.prev_button.setEnabled(self.offset > 0)
        self.next_button.setEnabled(last < self.total)

    def open_row(self, row: int) -> None:
        member = self.model.row_at(row)
        if member is not None:
            self.show_member(member_privacy.for_desk(members.by_id(self.ctx.lib, member.id), self.ctx.user))

    # -- one member -------------------------------------------------------------------------------

    def new_member(self) -> None:
        if not self.ctx.allowed("members.register"):
            return
        self.table.clearSelection()
        self.creating = True
        self.show_member(None, creating=True)
        self.tabs.setCurrentIndex(0)
        self.form.edits["name"].setFocus()

    def _reload_member(self) -> None:
        if self.member is not None:
            self.show_member(members.by_id(self.ctx.lib, self.member.id))

    def show_member(self, member: Member | None, creating: bool = False) -> None:
        self.member = member
        self.creating = creating
        editable = creating or (member is not None and self.ctx.allowed("members.edit"))
        self.form.load(member)
        self.form.set_read_only(not editable)
        self.form.setEnabled(member is not None or creating)
        self.save_button.setVisible(editable)
        self.save_button.setText(self.tr("&Register") if creating else self.tr("&Save"))
        has = member is not None
        for push in (self.photo_button, self.camera_button, self.renew_button, self.pay_button, self.serve_button,
                     self.card_button):
            push.setEnabled(has)
        self.camera_button.setVisible(_camera_available())
        self.block_button.setEnabled(has and self.ctx.allowed("members.edit"))
        self.waive_button.setEnabled(has)
        self.tabs.setTabEnabled(1, has)
        self.tabs.setTabEnabled(2, has)
        if member is None:
            self.heading.setText(self.tr("New member") if creating else self.tr("Choose a member from the list"))
            self.status.setText(self.tr("Fill in the form and press Register.") if creating else "")
            self.photo.clear()
            self.photo.setText(self.tr("No photo"))
            for table in (self.loans, self.history, self.ledger):
                table.setRowCount(0)
            self.owed.setText("")
            return
        self.heading.setText(f"{member.name}  ·  {member.number}")
        summary = member_loans.member_summary(self.ctx.lib, member)
        status = [self.tr("Member until {date}").format(date=format_date(member.expires_on))]
        if summary.expired:
            status.append(self.tr("MEMBERSHIP EXPIRED"))
        if member.blocked:
            status.append(self.tr("BLOCKED: {reason}").format(reason=member.blocked_reason))
        if summary.overdue:
            status.append(self.tr("{count} overdue").format(count=summary.overdue))
        if summary.fines_balance:
            status.append(self.tr("unpaid fines {amount}").format(amount=format_money(summary.fines_balance)))
        self.status.setText("  ·  ".join(status))
        self.status.setStyleSheet(text_style("danger", "font-weight: bold;") if (summary.expired or member.blocked
                                                                          or summary.fines_balance) else "")
        self.block_button.setText(self.tr("Un&block") if member.blocked else self.tr("Blo&ck…"))
        show_picture(self.photo, member.photo, self.tr("No photo"))
        fill(self.loans, fit=False, rows=[(x.title, x.barcode, format_date(x.due_on),
                            self.tr("{days} day(s), {amount}").format(days=x.days_late, amount=format_money(x.fine_so_far))
                            if x.days_late else "") for x in summary.loans])
        fill(self.history, fit=False, rows=[(title, barcode, format_date(lent), format_date(back), back_to)
                             for barcode, title, lent, back, back_to
                             in member_loans.loan_history(self.ctx.lib, member, translate=translate)])
        kinds = {"charge": self.tr("Fine"), "payment": self.tr("Payment"), "waiver": self.tr("Waiver")}
        fill(self.ledger, fit=False, rows=[(format_date(line.at), kinds.get(line.kind, line.kind),
                             format_money(line.amount), format_money(line.balance), line.title or line.note, line.staff)
                            for line in fines.ledger(self.ctx.lib, member)])
        self.owed.setText(self.tr("Unpaid: {amount}").format(amount=format_money(summary.fines_balance)))
        self.waive_button.setEnabled(summary.fines_balance > 0)
        self.pay_button.setEnabled(summary.fines_balance > 0)

    def save(self) -> None:
        if not (self.creating or (self.member is not None and self.ctx.allowed("members.edit"))):
            return
        values = self.form.values()
        try:
            if self.creating:
                try:
                    member = members.register(self.ctx.lib, self.ctx.user, **values)
                except members.DuplicateMember as exc:
                    if not confirm(self, self.tr("Possible duplicate"), error_text(exc)):
                        return
                    member = members.register(self.ctx.lib, self.ctx.user, allow_duplicate=True, **values)
            else:
                member = members.update_member(self.ctx.lib, self.ctx.user, self.member,
                                               date_is_real=self.form.date_is_real.isChecked(), **values)
        except ValidationError as exc:
            self.form.show_problem(exc)
            return
        except PustakaError as exc:
            show_error(self, exc)
            return
        created = self.creating
        self.ctx.events.members_changed.emit()
        self.show_member(members.by_id(self.ctx.lib, member.id))
        if created:
            self.status.setText(self.tr("Registered. Card number: {number}").format(number=member.number))

    def photo_from_file(self) -> None:
        if self.member is None:
            return
        path = open_file(self, self.tr("Choose a photo"), self.tr("Pictures (*.jpg *.jpeg *.png *.bmp *.gif *.webp)"))
        if path:
            data = attempt(self, read_picture, path, "photo")  # (open in another program: said, not a crash)
            if data is not REFUSED:
                self._set_photo(data)

    def _change(self, call, *args, fines_changed: bool = False):
        """``call(lib, user, member, *args)`` for the open member; when it went through, the member is
        shown again and the other pages hear of it. Gives the call's result (REFUSED: the user was told)."""
        result = attempt(self, call, self.ctx.lib, self.ctx.user, self.member, *args)
        if result is not REFUSED:
            self._reload_member()
            (self.ctx.events.circulation_changed if fines_changed else self.ctx.events.members_changed).emit()
        return result

    def _set_photo(self, data: bytes) -> None:
        self._change(members.set_photo, data)

    def photo_from_camera(self) -> None:
        if self.member is None:
            return
        from ..widgets.camera import CameraDialog

        dialog = CameraDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.jpeg:
            self._set_photo(dialog.jpeg)

    def serve_at_desk(self) -> None:
        """A patron without a card: open them at the desk (the main window switches to it)."""
        window = self.window()
        if self.member is None or not hasattr(window, "show_page"):
            return
        desk = window.show_page("desk")
        if desk is not None:
            desk.open_member(self.member.number)

    def print_card(self) -> None:
        """This member's card on the Print page (a new member, a membership renewed, a card lost)."""
        window = self.window()
        page = window.show_page("printing") if self.member is not None and hasattr(window, "show_page") else None
        if page is not None:
            page.print_member_cards([self.member.id], self.member.name)

    def renew(self) -> None:
        if self.member is None:
            return
        expiry = self._change(members.renew_membership)
        if expiry is REFUSED:
            return
        info(self, self.tr("Membership renewed"),
             self.tr("{name} is a member until {date}.").format(name=self.member.name, date=format_date(expiry)))

    def toggle_block(self) -> None:
        if self.member is None:
            return
        if self.member.blocked:
            self._change(members.unblock)
            return
        reason, ok = QInputDialog.getText(self, self.tr("Block member"),
                                          self.tr("Why may {name} not borrow?").format(name=self.member.name))
        if ok:
            self._change(members.block, reason)

    def pay(self) -> None:
        if self.member is None:
            return
        owed = fines.balance(self.ctx.lib, self.member)
        amount, ok = QInputDialog.getInt(self, self.tr("Record payment"),
                                         self.tr("Amount paid (Rp), owed {amount}:").format(amount=format_money(owed)),
                                         owed, 1, max(owed, 1), 500)
        if ok:
            self._change(fines.pay, amount, fines_changed=True)

    def waive(self) -> None:
        if self.member is None:
            return
        dialog = WaiverDialog(fines.balance(self.ctx.lib, self.member), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            amount = int(dialog.amount.text().replace(".", "").strip() or 0)
        except ValueError:
            amount = 0
        self._change(fines.waive, amount, dialog.reason.text(), fines_changed=True)


def _camera_available() -> bool:
    """A webcam is offered only when QtMultimedia loads and a camera is connected."""
    global _CAMERA
    if _CAMERA is None:
        from PySide6.QtGui import QGuiApplication

        _CAMERA = False
        if QGuiApplication.platformName() not in ("offscreen", "minimal"):
            try:
                from PySide6.QtMultimedia import QMediaDevices

                _CAMERA = bool(QMediaDevices.videoInputs())
            except ImportError:  # e.g. libpulse missing on Linux: no camera button
                _CAMERA = False
    return _CAMERA


_CAMERA: bool | None = None
