"""The desk's member card: who is being served (photo, name, number, type, membership end), what
stops them borrowing, their reservations, and the books they have out with due dates and fines so
far. Three buttons act on the member (reserve a title, renew the membership, take a fine's payment); the
desk decides what they do."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ...core.circulation.member_loans import MemberSummary
from ...core.formatting import format_date, format_money
from ..appearance import color
from .pictures import show_picture

RENEW_SOON_DAYS = 30  # the card offers to renew a membership that ends within this many days


def problem_lines(summary: MemberSummary) -> list[str]:
    """Why this member cannot borrow now, one line each, in the user's language."""
    return [p.message(QCoreApplication.translate) for p in summary.problems]


class MemberCard(QFrame):
    reserve_clicked = Signal()
    renew_clicked = Signal()
    pay_clicked = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.photo = QLabel()
        self.photo.setFixedSize(120, 160)
        self.photo.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photo.setStyleSheet(f"border: 1px solid {color('border')}; background: {color('neutral_bg')};"
                                 f" color: {color('muted')};")
        self.member_name = QLabel()
        self.member_name.setStyleSheet("font-size: 20pt; font-weight: bold;")
        self.member_name.setWordWrap(True)
        self.member_details = QLabel()
        self.member_details.setStyleSheet("font-size: 12pt;")
        self.member_details.setWordWrap(True)
        self.member_alerts = QLabel()
        self.member_alerts.setStyleSheet(f"font-size: 13pt; color: {color('danger')}; font-weight: bold;")
        self.member_alerts.setWordWrap(True)
        self.member_holds = QLabel()
        self.member_holds.setStyleSheet(f"font-size: 12pt; color: {color('warning')};")
        self.member_holds.setWordWrap(True)
        self.renew_member_button = QPushButton(self.tr("F5  Renew membership…"))
        self.renew_member_button.setAccessibleName(self.tr("Renew this membership"))
        self.renew_member_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.renew_member_button.clicked.connect(self.renew_clicked)
        self.reserve_button = QPushButton(self.tr("F7  Reserve a title…"))
        self.reserve_button.setAccessibleName(self.tr("Reserve a title for this member"))
        self.reserve_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reserve_button.clicked.connect(self.reserve_clicked)
        self.pay_button = QPushButton(self.tr("F6  Pay fine…"))
        self.pay_button.setAccessibleName(self.tr("Record a payment of this member's fines"))
        self.pay_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.pay_button.clicked.connect(self.pay_clicked)
        member_actions = QHBoxLayout()
        member_actions.addWidget(self.pay_button)
        member_actions.addWidget(self.reserve_button)
        member_actions.addWidget(self.renew_member_button)
        member_actions.addStretch(1)
        card_text = QVBoxLayout()
        card_text.addWidget(self.member_name)
        card_text.addWidget(self.member_details)
        card_text.addWidget(self.member_alerts)
        card_text.addWidget(self.member_holds)
        card_text.addLayout(member_actions)
        card_text.addStretch()
        card = QHBoxLayout()
        card.addWidget(self.photo, 0, Qt.AlignmentFlag.AlignTop)
        card.addLayout(card_text, 1)

        self.loans = QTableWidget(0, 4)
        self.loans.setAccessibleName(self.tr("Books on loan to this member"))
        self.loans.setHorizontalHeaderLabels([self.tr("Title"), self.tr("Barcode"), self.tr("Due back"),
                                              self.tr("Late / fine")])
        self.loans.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.loans.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.loans.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.loans.verticalHeader().setVisible(False)
        self.loans.setStyleSheet("font-size: 12pt;")
        header = self.loans.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.setObjectName("memberBox")
        self.setStyleSheet(f"#memberBox {{ border: 1px solid {color('border')}; border-radius: 8px;"
                           f" background: {color('base')}; }}")
        self.member_layout = QVBoxLayout(self)
        self.member_layout.addLayout(card)
        self.member_layout.addWidget(self.loans, 1)

    def set_compact(self, compact: bool) -> None:
        """Large text on a small screen: no photo, a smaller name, tighter spacing (the loans stay in view)."""
        self.photo.setVisible(not compact)
        self.member_name.setStyleSheet(f"font-size: {15 if compact else 20}pt; font-weight: bold;")
        self.member_layout.setContentsMargins(*(4 if compact else 9,) * 4)
        self.member_layout.setSpacing(4 if compact else -1)  # -1: the style's own spacing

    def set_narrow(self, narrow: bool) -> None:
        """Little width (the practice tasks panel on a netbook): the barcode column goes and the late days share
        the room, so the titles the member knows her books by are not pushed out of the table (it scrolled to "udu")."""
        self.loans.setColumnHidden(1, narrow)
        self.loans.setHorizontalHeaderItem(2, QTableWidgetItem(self.tr("Due") if narrow else self.tr("Due back")))
        self.loans.setHorizontalHeaderItem(3, QTableWidgetItem(self.tr("Late") if narrow else self.tr("Late / fine")))
        # the late days and fine share the room with the title, on two lines if need be, instead of taking it all
        self.loans.horizontalHeader().setSectionResizeMode(
            3, QHeaderView.ResizeMode.Stretch if narrow else QHeaderView.ResizeMode.ResizeToContents)
        self.loans.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents if narrow else QHeaderView.ResizeMode.Interactive)

    def show_member(self, summary: MemberSummary | None, today: date, can_renew: bool, can_reserve: bool,
                    can_pay: bool = False) -> None:
        if summary is None:
            self.photo.clear()
            self.photo.setText(self.tr("No member"))
            self.member_name.setText(self.tr("No member open"))
            self.member_details.setText(self.tr("Scan a member card to see their loans."))
            self.member_alerts.setText("")
            self.member_holds.setText("")
            self.member_alerts.hide()
            self.member_holds.hide()
            self.renew_member_button.hide()
            self.reserve_button.hide()
            self.pay_button.hide()
            self.loans.setRowCount(0)
            return
        member = summary.member
        show_picture(self.photo, summary.photo, self.tr("No photo"))
        self.member_name.setText(member.name)
        details = [member.number, summary.type_name]
        if summary.age is not None:
            details.append(self.tr("{age} years").format(age=summary.age))
        details.append(self.tr("member until {date}").format(date=format_date(member.expires_on)))
        self.member_details.setText("  ·  ".join(details))
        alerts = problem_lines(summary)
        if summary.overdue:
            alerts.append(self.tr("{count} book(s) overdue, fine so far {amount}.").format(
                count=summary.overdue, amount=format_money(summary.fines_so_far)))
        if summary.fines_balance and not any(p.reason == "fines_unpaid" for p in summary.problems):
            alerts.append(self.tr("Unpaid fines: {amount}.").format(amount=format_money(summary.fines_balance)))
        self.member_alerts.setText("\n".join(alerts))
        self.member_alerts.setVisible(bool(alerts))  # an empty line would push the loans down
        holds = [self.tr("Reserved: {title} — READY, on the hold shelf").format(title=h.title) if h.status == "ready"
                 else self.tr("Reserved: {title} (number {position} in line)").format(title=h.title,
                                                                                   position=h.position)
                 for h in summary.holds]
        self.member_holds.setText("\n".join(holds))
        self.member_holds.setVisible(bool(holds))
        soon = (member.expires_on - today).days <= RENEW_SOON_DAYS
        self.renew_member_button.setVisible(can_renew and (summary.expired or soon))
        self.reserve_button.setVisible(can_reserve)
        self.pay_button.setVisible(can_pay and summary.fines_balance > 0)
        self.loans.setRowCount(len(summary.loans))
        for row, line in enumerate(summary.loans):
            late = ""
            if line.days_late:
                late = self.tr("{days} day(s) late, {amount}").format(days=line.days_late,
                                                                      amount=format_money(line.fine_so_far))
            cells = (line.title, line.barcode, format_date(line.due_on), late)
            for col, value in enumerate(cells):
                cell = QTableWidgetItem(value)
                if line.days_late:
                    cell.setBackground(QColor(color("late_bg")))
                    cell.setForeground(QColor(color("late_text")))
                self.loans.setItem(row, col, cell)
