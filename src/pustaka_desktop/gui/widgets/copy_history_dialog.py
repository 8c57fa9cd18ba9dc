"""A copy's history (core/circulation/copy_history.py) in a window: where it came from, every loan (newest first)
and what else happened to it. Opened from the catalogue's copies list (Ctrl+H, or the list's menu) and from the
desk (Ctrl+H asks for the copy's barcode: a book scanned into the desk's own box would be returned or lent).
Keyboard only: Tab moves between the two lists, Esc closes."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QInputDialog, QLabel, QVBoxLayout, QWidget

from ...core.circulation import copy_history
from ...core.errors import PustakaError
from ...core.formatting import format_date, format_datetime
from ..context import AppContext
from .forms import column, side_by_side
from .item_dialog import status_name
from .messages import show_error, translate
from .screen import fit_to_screen
from .tables import fill, read_only_table


class CopyHistoryDialog(QDialog):
    def __init__(self, history: copy_history.CopyHistory, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.history = history
        self.setWindowTitle(self.tr("History of copy {barcode}").format(barcode=history.barcode))
        status = status_name(history.status)
        self.heading = QLabel(self.tr("<b>{title}</b><br>Copy {barcode} · accession no. {accession} · call number "
                                      "{call_number} · now: <b>{status}</b> · {location}").format(
            title=escape(history.title), barcode=escape(history.barcode), accession=escape(history.accession_no or "-"),
            call_number=escape(history.call_number or "-"), status=escape(status), location=escape(history.location or "-")))
        self.heading.setWordWrap(True)
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.origin = QLabel("<br>".join(escape(line) for line in copy_history.origin_lines(history.origin, translate)))
        self.origin.setWordWrap(True)
        self.origin.setAccessibleName(self.tr("Where the copy came from"))

        self.loans = read_only_table([self.tr("Lent"), self.tr("Member"), self.tr("Lent by"), self.tr("Due"),
                                      self.tr("Returned"), self.tr("Taken back by"), self.tr("Notes")],
                                     self.tr("Loans of this copy"))
        self.loans.setWordWrap(False)
        hidden = translate("CopyHistory", copy_history.HIDDEN_MEMBER)
        fill(self.loans, [(format_date(loan.lent_at), hidden if loan.member_hidden else loan.member,
                           loan.imported or loan.lent_by, format_date(loan.due_on),
                           format_date(loan.returned_at) if loan.returned_at else self.tr("not returned"),
                           _taken_back_by(loan), copy_history.loan_note(loan, translate)) for loan in history.loans])
        self.events = read_only_table([self.tr("When"), self.tr("What"), self.tr("By"), self.tr("Details")],
                                      self.tr("Other events of this copy"))
        self.events.setWordWrap(False)
        fill(self.events, [(format_datetime(e.at), e.what, e.who, e.detail) for e in history.events])

        loans_label = QLabel(self.tr("&Loans ({count}), newest first:").format(count=len(history.loans))
                             if history.loans else self.tr("&Loans: never lent."))
        loans_label.setBuddy(self.loans)
        loans_box = column(loans_label, (self.loans, 1))
        if history.events:
            events_label = QLabel(self.tr("Other &events ({count}): status changes, stock-takes, overrides").format(
                count=len(history.events)))
            events_label.setBuddy(self.events)
            lists = side_by_side(loans_box, column(events_label, (self.events, 1)), stretch=(3, 1),
                                 orientation=Qt.Orientation.Vertical)
        else:  # an empty list would look like something failed to load: the line says there is none, with no
            # shortcut (Alt+K went to the hidden list and did nothing); the loans list's name says it aloud
            events_label = QLabel(self.tr("Other events: none recorded."))
            lists = column((loans_box, 1), events_label)
            self.events.hide()
            self.loans.setAccessibleDescription(events_label.text())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.origin)
        if history.hidden_members:
            self.privacy = QLabel(self.tr("Only the last borrower is named: who borrowed a book before is personal "
                                          "data, for librarians."))
            self.privacy.setWordWrap(True)
            layout.addWidget(self.privacy)
        layout.addWidget(lists, 1)
        layout.addWidget(buttons)
        fit_to_screen(self, 1000, 560)  # at 150 % text 1000 x 560 is larger than a 1366 x 768 screen: Close was off it
        self.loans.setFocus()
        if self.loans.rowCount():
            self.loans.selectRow(0)


def _taken_back_by(loan: copy_history.LoanEntry) -> str:
    if loan.out:
        return ""
    if loan.lost_by:  # never brought back
        return loan.lost_by
    # a return made before this version kept who took it back (and without a late fine naming them)
    return loan.returned_by or QCoreApplication.translate("CopyHistoryDialog", "not recorded")


def show_copy_history(ctx: AppContext, parent: QWidget, barcode: str) -> CopyHistoryDialog | None:
    """Open the history of the copy with this barcode; a barcode not found is said, nothing opens."""
    try:
        history = copy_history.copy_history(ctx.lib, ctx.user, barcode, translate)
    except PustakaError as exc:
        show_error(parent, exc)
        return None
    dialog = CopyHistoryDialog(history, parent)
    dialog.open()
    return dialog


def ask_and_show(ctx: AppContext, parent: QWidget, suggested: str = "") -> CopyHistoryDialog | None:
    """Ask for a copy's barcode (scanned or typed; ``suggested``: the desk's last copy), then show its history."""
    barcode, ok = QInputDialog.getText(parent, QCoreApplication.translate("CopyHistoryDialog", "History of a copy"),
                                       QCoreApplication.translate("CopyHistoryDialog", "Scan or type the copy's barcode:"),
                                       text=suggested)
    if not ok or not barcode.strip():
        return None
    return show_copy_history(ctx, parent, barcode.strip())
