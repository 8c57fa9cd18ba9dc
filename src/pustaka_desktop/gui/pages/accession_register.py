"""The Buku induk page: the accession register with date and accession-number ranges, printable to
PDF and exportable to xlsx (librarians)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout

from ...core.catalog import accession_register as register
from ...core.errors import ValidationError
from ...core.fields import date_field
from ...core.formatting import format_number
from ..background import load_later
from ..context import AppContext
from ..models.accession_register import RegisterModel, _translate
from ..widgets.actions import save_file
from ..widgets.forms import arrange, button, label_for, note
from ..widgets.messages import info, show_error
from ..widgets.tables import EXTENDED, INTERACTIVE, NO_STRETCH, model_table
from ..workers import run_job
from .base import Page


class AccessionRegisterPage(Page):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(note(self.tr("Accession register (buku induk): every copy in the order it was received.")))

        filters = QHBoxLayout()
        self.date_from = self._field(filters, self.tr("Received from"), self.tr("YYYY-MM-DD"))
        self.date_to = self._field(filters, self.tr("to"), self.tr("YYYY-MM-DD"))
        self.number_from = self._field(filters, self.tr("Accession no. from"), "")
        self.number_to = self._field(filters, self.tr("to"), "")
        self.show_button = button(self.tr("&Show"), self.tr("Show the register"), self.refresh)
        filters.addWidget(self.show_button)
        filters.addStretch(1)
        layout.addLayout(filters)

        self.model = RegisterModel(ctx.lib, ctx.user, self)
        self.table = model_table(self.model, self.tr("Accession register"), selection=EXTENDED, resize=INTERACTIVE,
                                 stretch=NO_STRETCH)
        self.table.setAlternatingRowColors(True)
        for column, width in enumerate((50, 95, 120, 170, 300, 100, 150, 55, 150, 90, 70, 140)):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)

        self.count_label = QLabel()
        self.pdf_button = button(self.tr("Save as &PDF…"), self.tr("Save the register as PDF"),
                                 lambda: self.export("pdf"))
        self.xlsx_button = button(self.tr("Save as E&xcel…"), self.tr("Save the register as an Excel file"),
                                  lambda: self.export("xlsx"))
        for push in (self.pdf_button, self.xlsx_button):
            push.setEnabled(ctx.allowed("catalog.export"))
        layout.addLayout(arrange(QHBoxLayout(), (self.count_label, 1), self.pdf_button, self.xlsx_button))
        ctx.events.catalog_changed.connect(self.refresh)
        self.refresh()

    def _field(self, row: QHBoxLayout, label: str, placeholder: str) -> QLineEdit:
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setMaximumWidth(130)
        edit.setAccessibleName(label)
        edit.returnPressed.connect(self.refresh)
        arrange(row, label_for(label, edit), edit)
        return edit

    def current_filter(self) -> register.RegisterFilter:
        return register.RegisterFilter(date_field(self.date_from.text().strip(), "date_from"),
                                       date_field(self.date_to.text().strip(), "date_to"),
                                       self.number_from.text().strip(), self.number_to.text().strip())

    def refresh(self) -> None:
        """Counted and read off the GUI thread (200,000 copies take a while); the page stays usable."""
        try:
            filt = self.current_filter()
        except ValidationError as exc:
            show_error(self, exc)
            return
        self.count_label.setText(self.tr("Counting…"))
        lib, user = self.ctx.lib, self.ctx.user

        def shown(result) -> None:
            self.model.show_first_page(filt, *result)
            self.count_label.setText(self.tr("{count} copies").format(count=format_number(self.model.total)))
            self.loads_done = getattr(self, "loads_done", 0) + 1

        load_later(self, lib, lambda: self.model.first_page(lib, user, filt), shown,
                   lambda exc: show_error(self, exc))

    def export(self, kind: str) -> None:
        try:
            filt = self.current_filter()
        except ValidationError as exc:
            show_error(self, exc)
            return
        if kind == "pdf":
            path = save_file(self, self.tr("Save the register as PDF"), "buku-induk.pdf", self.tr("PDF files (*.pdf)"),
                             ".pdf")
        else:
            path = save_file(self, self.tr("Save the register as an Excel file"), "buku-induk.xlsx",
                             self.tr("Excel files (*.xlsx)"), ".xlsx")
        if not path:
            return
        self.save_to(path, filt)

    def save_to(self, path: str, filt: register.RegisterFilter | None = None) -> None:
        lib, user = self.ctx.lib, self.ctx.user
        filt = filt or self.current_filter()
        run_job(self, self.tr("Saving the register"),
                lambda progress, cancelled: register.export(lib, user, path, filt, _translate, progress, cancelled),
                lambda count: info(self, self.tr("Saved"), self.tr("{count} copies saved to the file.").format(count=count)))
