"""The Import & Export page: bring a catalogue in from SLiMS, MARC or a spreadsheet (through the
import wizard), and save the catalogue in those formats so a library can move on or go back."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout

from ...core.catalog import review
from ...core.interop import marc, slims, spreadsheet
from ..context import AppContext
from ..import_wizard import ImportWizard, describe_all
from ..review_list import open_review
from ..widgets.actions import save_file
from ..widgets.forms import arrange, button, choice_box, label_for, note, section
from ..widgets.messages import info
from ..workers import run_job
from .base import Page

EXPORTS = ("slims-biblio", "slims-item", "marc", "marcxml", "xlsx")
SUFFIX = {"slims-biblio": ".csv", "slims-item": ".csv", "marc": ".mrc", "marcxml": ".xml", "xlsx": ".xlsx"}


class TransferPage(Page):
    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(ctx, parent)
        layout = QVBoxLayout(self)

        box, inner = section(self.tr("Import"), self.tr(
            "Bring records and copies in from SLiMS (bibliography and item CSV files), MARC 21 or MARCXML, or "
            "a spreadsheet such as a buku induk kept in Excel. You see a preview and a check of every row "
            "before anything is saved; importing the same file again adds nothing twice."))
        self.import_button = button(self.tr("&Import a file…"), self.tr("Import a catalogue file"), self.open_wizard)
        self.review_button = button("", self.tr("Open the list of imported fields to check"), self.open_review)
        self.last_import = note()
        arrange(inner, self.import_button, self.review_button, self.last_import)
        ctx.events.catalog_changed.connect(self.show_review_count)
        self.show_review_count()
        layout.addWidget(box)

        box, inner = section(self.tr("Export"), self.tr(
            "Save the whole catalogue as a file for SLiMS (first the bibliography file, then the item file), "
            "as MARC for other library systems, or as an Excel sheet (one row per copy)."))
        self.export_format = choice_box(self.tr("Export format"), [
            (self.tr("SLiMS bibliography CSV"), "slims-biblio"), (self.tr("SLiMS item (copies) CSV"), "slims-item"),
            (self.tr("MARC 21 (ISO 2709, .mrc)"), "marc"), (self.tr("MARCXML (.xml)"), "marcxml"),
            (self.tr("Excel spreadsheet (.xlsx)"), "xlsx")])
        self.export_button = button(self.tr("&Export…"), self.tr("Export the catalogue"), self.choose_export)
        self.export_button.setEnabled(ctx.allowed("catalog.export"))
        inner.addLayout(arrange(QHBoxLayout(), label_for(self.tr("&Format:"), self.export_format),
                                (self.export_format, 1), self.export_button))
        layout.addWidget(box)
        layout.addStretch(1)

    def open_wizard(self) -> None:
        wizard = ImportWizard(self.ctx, self)
        if wizard.exec() and wizard.result_plans:
            self.last_import.setText(self.tr("Last import:") + "\n" + describe_all(wizard.result_plans))

    def show_review_count(self) -> None:
        count = review.open_count(self.ctx.lib)
        self.review_button.setText(self.tr("Needs checking (Perlu diperiksa): {count}…").format(count=count))
        self.review_button.setEnabled(count > 0)

    def open_review(self) -> None:
        open_review(self.ctx, self, self.show_review_count)

    def choose_export(self) -> None:
        fmt = self.export_format.currentData()
        suffix = SUFFIX[fmt]
        default = {"slims-biblio": "slims-biblio.csv", "slims-item": "slims-item.csv"}.get(fmt, f"katalog{suffix}")
        path = save_file(self, self.tr("Export the catalogue"), default,
                         self.tr("Files ({patterns})").format(patterns=f"*{suffix}"), suffix)
        if path:
            self.export_to(fmt, path)

    def export_to(self, fmt: str, path: str) -> None:
        lib, user = self.ctx.lib, self.ctx.user

        def job(progress, cancelled):
            if fmt == "slims-biblio":
                return slims.export_biblio(lib, user, path, progress, cancelled)
            if fmt == "slims-item":
                return slims.export_items(lib, user, path, progress, cancelled)
            if fmt in ("marc", "marcxml"):
                return marc.export_marc(lib, user, path, fmt == "marcxml", progress, cancelled)
            return spreadsheet.export_xlsx(lib, user, path, QCoreApplication.translate, progress, cancelled)

        run_job(self, self.tr("Exporting"), job,
                lambda count: info(self, self.tr("Exported"),
                                   self.tr("{count} rows saved to {path}.").format(count=count, path=path)))
