"""The desk's F6 payment box: how much of their fines the open member pays.

A USB scanner types into whatever has the focus. A volunteer who pressed F6 and then scanned the next
member's card (or a book) must not record a payment of "1234" rupiah, nor of the whole amount offered,
for the member before: text that is a card or a copy's label is a scan, and the box closes as SCANNED
with nothing paid (the desk passes the scan on). Anything else that is not an amount stays in the box
with a message.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...core.circulation.desk_reads import identify
from ...core.formatting import format_money, parse_rupiah
from ...core.service import Library
from .desk_question import SCANNED  # the dialog's result when a card or label was scanned into it


class PaymentDialog(QDialog):
    def __init__(self, lib: Library, name: str, owed: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lib, self.name, self.owed = lib, name, owed
        self.amount = 0  # accepted: the rupiah paid
        self.scanned_code = ""  # SCANNED: the code that came in
        self.setWindowTitle(self.tr("Pay fine"))
        self.setMinimumWidth(460)
        self.setStyleSheet("font-size: 13pt;")  # read across the desk, like the rest of it
        question = QLabel(self.tr("{name} owes {amount}. Amount paid (Rp):").format(
            name=name, amount=format_money(owed)))
        question.setWordWrap(True)
        self.field = QLineEdit(str(owed))
        self.field.setAccessibleName(self.tr("Amount paid (Rp)"))
        self.field.selectAll()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #8a1111; font-size: 12pt;")
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Record payment"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (question, self.field, self.message, buttons):
            layout.addWidget(widget)
        self.field.setFocus()  # the amount is what the keyboard (and a stray scan) reaches first

    def accept(self) -> None:
        text = self.field.text().strip()
        amount = parse_rupiah(text)
        # An amount that is also a card or label read exactly is taken as the scan: nothing paid is the
        # safe side (the volunteer sees it and types it again as 5.000); a card with its zeros is no amount.
        kind = identify(self.lib, text, exact=amount is not None) if text else None
        if kind is not None:
            self.scanned_code = text
            self.done(SCANNED)
            return
        if amount is None:
            self._refuse(self.tr("Type the amount in rupiah, for example 5000 or 5.000."))
        elif amount > self.owed:
            self._refuse(self.tr("{name} owes only {amount}; the payment cannot be more.").format(
                name=self.name, amount=format_money(self.owed)))
        else:
            self.amount = amount
            super().accept()

    def _refuse(self, text: str) -> None:
        self.message.setText(text)
        self.field.selectAll()
        self.field.setFocus()
