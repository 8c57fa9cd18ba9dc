"""The Buku induk page: the accession register with date and accession-number ranges, printable to
PDF and exportable to xlsx (librarians)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...core.catalog import accession_register as register
from ...core.errors import ValidationError
from ...core.fields import date_field
from ...core.formatting import format_number
from ..background import load_later
from ..context import AppContext
from ..models.accession_register import RegisterModel, _translate
from ..widgets.messages import info, show_error
from ..workers import run_job


class AccessionRegisterPage(QWidget):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        heading = QLabel(self.tr("Accession register (buku induk): every copy in the order it was received."))
        heading.setWordWrap(True)
        layout.addWidget(heading)

        filters = QHBoxLayout()
        self.date_from = self._field(filters, self.tr("Received from"), self.tr("YYYY-MM-DD"))
        self.date_to = self._field(filters, self.tr("to"), self.tr("YYYY-MM-DD"))
        self.number_from = self._field(filters, self.tr("Accession no. from"), "")
        self.number_to = self._field(filters, self.tr("to"), "")
        self.show_button = QPushButton(self.tr("&Show"))
        self.show_button.setAccessibleName(self.tr("Show the register"))
        self.show_button.clicked.connect(self.refresh)
        filters.addWidget(self.show_button)
        filters.addStretch(1)
        layout.addLayout(filters)

        self.model = RegisterModel(ctx.lib, ctx.user, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Accession register"))
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((50, 95, 120, 170, 300, 100, 150, 55, 150, 90, 70, 140)):
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.count_label = QLabel()
        bottom.addWidget(self.count_label, 1)
        self.pdf_button = QPushButton(self.tr("Save as &PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Save the register as PDF"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.xlsx_button = QPushButton(self.tr("Save as E&xcel…"))
        self.xlsx_button.setAccessibleName(self.tr("Save the register as an Excel file"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        for button in (self.pdf_button, self.xlsx_button):
            button.setEnabled(ctx.allowed("catalog.export"))
            bottom.addWidget(button)
        layout.addLayout(bottom)
        ctx.events.catalog_changed.connect(self.refresh)
        self.refresh()

    def _field(self, row: QHBoxLayout, label: str, placeholder: str) -> QLineEdit:
        caption = QLabel(label)
        edit = QLineEdit()
        edit.setPlaceholderText(placeholder)
        edit.setMaximumWidth(130)
        edit.setAccessibleName(label)
        edit.returnPressed.connect(self.refresh)
        caption.setBuddy(edit)
        row.addWidget(caption)
        row.addWidget(edit)
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
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the register as PDF"), "buku-induk.pdf",
                                                  self.tr("PDF files (*.pdf)"))
        else:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the register as an Excel file"),
                                                  "buku-induk.xlsx", self.tr("Excel files (*.xlsx)"))
        if not path:
            return
        if not path.lower().endswith(f".{kind}"):
            path += f".{kind}"
        self.save_to(path, filt)

    def save_to(self, path: str, filt: register.RegisterFilter | None = None) -> None:
        lib, user = self.ctx.lib, self.ctx.user
        filt = filt or self.current_filter()
        run_job(self, self.tr("Saving the register"),
                lambda progress, cancelled: register.export(lib, user, path, filt, _translate, progress, cancelled),
                lambda count: info(self, self.tr("Saved"), self.tr("{count} copies saved to the file.").format(count=count)))
