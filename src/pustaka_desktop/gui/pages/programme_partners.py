"""The Partners tab of the Kegiatan page: who works with the library on this programme, and what each one does
(the PKK brings the mothers, the puskesmas sends a speaker). The TPBIS report asks for the role; it was kept
since the first plan but nothing asked for it or showed it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.community import partner_roles, programs
from ...core.store.clock import local_today
from ..widgets.forms import arrange, button, choice_box, column, label_for
from .programme_forms import FormDialog, day_box


def role_box(name: str) -> QComboBox:
    """The usual roles to pick from, or her own words typed in."""
    box = QComboBox()
    box.setEditable(True)
    box.setAccessibleName(name)
    box.addItem("")
    for role in partner_roles.ROLE_SUGGESTIONS:
        box.addItem(QCoreApplication.translate("Programs", role))
    box.lineEdit().setPlaceholderText(QCoreApplication.translate("ProgramsPage", "optional"))
    return box


class PartnersTab(QWidget):
    def __init__(self, page) -> None:  # the Kegiatan page (programs.ProgramsPage)
        super().__init__(page)
        self.page = page
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Partners of this programme"))
        self.pick = page._editing(choice_box(self.tr("Partner to add"), []))
        self.role = page._editing(role_box(self.tr("Role in this programme")))
        role_label = page._editing(label_for(self.tr("R&ole:"), self.role))
        self.link_button = page._editing(button(self.tr("Add to programme"), slot=self.link))
        self.link_button.setToolTip(self.tr("A partner already in the programme gets the role chosen"))
        self.new_button = page._editing(button(self.tr("New partner…"), slot=self.new_partner))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(column((self.list, 1), arrange(QHBoxLayout(), (self.pick, 1), role_label, (self.role, 1),
                                                        self.link_button, self.new_button), margins=True))

    def load(self) -> None:
        lib, program = self.page.ctx.lib, self.page.program
        self.list.clear()
        roles = partner_roles.roles_of(program) if program is not None else {}
        for partner in programs.partners_of(lib, program):
            kind = QCoreApplication.translate("Programs", programs.PARTNER_KIND_NAMES.get(partner.kind, partner.kind))
            mou = self.tr("MoU {date}").format(date=partner.mou_date.strftime("%d-%m-%Y")) if partner.mou_date else ""
            self.list.addItem(" · ".join(x for x in (partner.name, kind, roles.get(partner.id, ""), mou) if x))
        self.pick.clear()
        for partner in programs.list_partners(lib):
            self.pick.addItem(partner.name, partner.uid)

    def link(self) -> None:
        uid = self.pick.currentData()
        partner = next((p for p in programs.list_partners(self.page.ctx.lib) if p.uid == uid), None)
        if partner is None or self.page.program is None:
            return
        self.page._run(programs.link_partner, self.page.program, partner, self.role.currentText().strip())
        self.role.setCurrentIndex(0)
        self.load()

    def new_partner(self) -> None:
        name, kind, contact, role = QLineEdit(), QComboBox(), QLineEdit(), role_box("")
        for key in programs.PARTNER_KINDS:
            kind.addItem(QCoreApplication.translate("Programs", programs.PARTNER_KIND_NAMES[key]), key)
        # Most village partners (the PKK, a BUMDes) work without a signed agreement: the date is asked only when
        # there is one, or the TPBIS report would show an MoU dated the day the partner was typed in.
        has_mou = QCheckBox(self.tr("There is a signed agreement (MoU)"))
        mou = day_box(QDate(local_today(self.page.ctx.lib.clock)))
        mou.setEnabled(False)
        has_mou.toggled.connect(mou.setEnabled)
        rows = [(self.tr("Name"), name), (self.tr("Type"), kind), (self.tr("Contact"), contact),
                (self.tr("Agreement"), has_mou), (self.tr("Agreement (MoU) date"), mou)]
        if self.page.program is not None:
            rows.insert(2, (self.tr("Role in this programme"), role))
        dialog = FormDialog(self.tr("New partner"), rows, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        partner = self.page._run(programs.add_partner, name=name.text(), kind=kind.currentData(),
                                 contact=contact.text(), mou_date=mou.date().toPython() if has_mou.isChecked() else None)
        if partner is not None and self.page.program is not None:
            self.page._run(programs.link_partner, self.page.program, partner, role.currentText().strip())
        self.load()
