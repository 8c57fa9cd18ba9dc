"""A copy lost on loan, from the catalogue's "Mark lost" on a copy that is out: the member says the book is lost
and pays for it (``core.circulation.lost_loans``; the CLI's ``lost``). Without it the catalogue only said "check it
in first", and checking in a book nobody brought back charged a late fine and put it on the shelf list.

The price offered is the copy's own (what the library paid); the librarian agrees another with the member, or 0."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLineEdit, QWidget

from ...core.circulation.desk_reads import open_loan, title_of
from ...core.circulation.lost_loans import declare_lost
from ...core.community import members
from ...core.errors import ValidationError
from ...core.formatting import format_money, parse_rupiah
from ...core.i18n import QT_TRANSLATE_NOOP
from ...core.store.models import Item, Member
from ..context import AppContext
from ..widgets.actions import until_saved
from ..widgets.forms import FormDialog
from ..widgets.messages import info


class LostOnLoanDialog(FormDialog):
    def __init__(self, item: Item, title: str, member: Member, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lost on loan"))
        self.price = QLineEdit(str(item.price or 0))
        self.price.setAccessibleName(self.tr("Price the member pays (Rp)"))
        self.note = QLineEdit()
        self.note.setAccessibleName(self.tr("Note"))
        self.finish([(self.tr("&Price to pay (Rp):"), self.price), (self.tr("N&ote:"), self.note)],
                    self.tr("Mark lost and charge"), self.tr("Cancel"), intro=self.tr(
                        "Copy {barcode} ({title}) is on loan to {name} ({number}). When it is lost, the loan ends, the "
                        "copy is marked lost and {name} is charged the price below (0: nothing to pay); no late fine "
                        "is added. If the book turns up, scanning it says who paid.").format(
                        barcode=item.barcode, title=title, name=member.name, number=member.number), below=self.tr(
                        "The copy's price: {price}.").format(price=format_money(item.price or 0)))
        self.price.selectAll()
        self.price.setFocus()


def declare(parent: QWidget, ctx: AppContext, item: Item) -> bool:
    """Asks the price and declares the copy lost on its loan; True when it was."""
    loan = open_loan(item)
    if loan is None:
        return False
    title = title_of(item)
    dialog = LostOnLoanDialog(item, title, members.by_id(ctx.lib, loan.member_id), parent)

    def save() -> None:
        amount = parse_rupiah(dialog.price.text())
        if amount is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The price must be a whole number of rupiah, 0 or more."),
                                  field="price")
        done = declare_lost(ctx.lib, ctx.user, item.barcode, amount, dialog.note.text())
        info(parent, dialog.windowTitle(), QCoreApplication.translate("Circulation", done.message).format(**done.params))

    return until_saved(dialog, save)
