"""The copies part of the new-record form: how many copies come with the title, and what a box of books
shares (shelf, collection type, source such as a grant and its note, the date the box came in), with the
barcodes and accession numbers they will get. "Save and next title" empties the title but keeps this box's
choices: the next book of the same box is only scanned."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from ...core.catalog import funds, isbn_first, search
from ...core.catalog.copies import MAX_BATCH, SOURCES
from ...core.circulation import loan_rules
from ...core.errors import PustakaError
from ...core.service import Library
from ...core.store.clock import local_today
from .forms import date_box, label_for
from .messages import error_text


def vocabulary_combo(values: dict[str, str], context: str = "Catalog") -> QComboBox:
    combo = QComboBox()
    for code, label in values.items():
        combo.addItem(QCoreApplication.translate(context, label), code)
    return combo


def combo_code(combo: QComboBox) -> str:
    """The code of an editable vocabulary combo: the chosen entry's code, or the typed text."""
    index = combo.findText(combo.currentText())
    return combo.itemData(index) if index >= 0 else combo.currentText().strip()


def collection_combo(lib: Library) -> QComboBox:
    """The library's collection types (Referensi, Fiksi anak...), '—' for none."""
    combo = QComboBox()
    combo.addItem("—", None)
    for ctype in loan_rules.collection_types(lib):
        combo.addItem(ctype.name, ctype.id)
    return combo


def source_detail_box(lib: Library, source: QComboBox, placeholder: str) -> QLineEdit:
    """The copies' source detail, offering what this library wrote before as she types ("da": "Dana Desa
    2026"), so a new purchase names its fund the same way each time and the impact sheet can count what the
    village's money bought; picking one that names a fund sets the source it means (Hibah Perpusnas: a grant)."""
    edit = QLineEdit()
    edit.setPlaceholderText(placeholder)
    completer = QCompleter(funds.usual_details(lib), edit)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    edit.setCompleter(completer)

    def picked(text: str) -> None:
        index = source.findData(funds.fund_source(text) or "")
        if index >= 0:
            source.setCurrentIndex(index)

    completer.activated.connect(picked)
    return edit


class CopiesBox(QGroupBox):
    # (its texts keep the context "RecordDialog": they were the record form's own and are translated so)
    def __init__(self, lib: Library, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lib = lib
        self.setTitle(QCoreApplication.translate("RecordDialog", "Copies to add with this title"))
        self.copies = QSpinBox()
        self.copies.setRange(0, MAX_BATCH)
        self.copies.setValue(1)
        self.copies.setAccessibleName(QCoreApplication.translate("RecordDialog", "Number of new copies"))
        self.location = QComboBox()
        self.location.setEditable(True)
        self.location.addItems(search.locations(lib))
        self.location.setEditText("")
        self.location.setAccessibleName(QCoreApplication.translate("RecordDialog", "Shelf of the new copies"))
        self.collection_type = collection_combo(lib)
        self.collection_type.setAccessibleName(QCoreApplication.translate("RecordDialog", "Collection type of the new copies"))
        self.source = vocabulary_combo(SOURCES)
        self.source.setAccessibleName(QCoreApplication.translate("RecordDialog", "Source of the new copies"))
        self.source_detail = source_detail_box(lib, self.source, QCoreApplication.translate(
            "RecordDialog", "Dana Desa {year}, donor name, grant programme...").format(year=local_today(lib.clock).year))
        self.source_detail.setAccessibleName(QCoreApplication.translate("RecordDialog", "Source detail of the new copies"))
        self.received_on = date_box(QDate(local_today(lib.clock)), QCoreApplication.translate("RecordDialog", "Date the new copies were received"))
        self.numbers = QLabel()
        self.numbers.setWordWrap(True)
        self.numbers.setAccessibleName(QCoreApplication.translate("RecordDialog", "Barcodes and accession numbers the copies will get"))

        # two columns: the form above must keep room on a 1366x768 screen
        grid = QGridLayout(self)
        grid.addWidget(label_for(QCoreApplication.translate("RecordDialog", "Ne&w copies:"), self.copies), 0, 0)
        grid.addWidget(self.copies, 0, 1)
        grid.addWidget(label_for(QCoreApplication.translate("RecordDialog", "Shelf:"), self.location), 0, 2)
        grid.addWidget(self.location, 0, 3)
        grid.addWidget(label_for(QCoreApplication.translate("RecordDialog", "Collection type:"), self.collection_type), 1, 0)
        grid.addWidget(self.collection_type, 1, 1)
        grid.addWidget(label_for(QCoreApplication.translate("RecordDialog", "Received:"), self.received_on), 1, 2)
        grid.addWidget(self.received_on, 1, 3)
        grid.addWidget(label_for(QCoreApplication.translate("RecordDialog", "Source:"), self.source), 2, 0)
        grid.addWidget(self.source, 2, 1)
        grid.addWidget(label_for(QCoreApplication.translate("RecordDialog", "Source detail:"), self.source_detail), 2, 2)
        grid.addWidget(self.source_detail, 2, 3)
        grid.addWidget(QLabel(QCoreApplication.translate("RecordDialog", "Will get:")), 3, 0)
        grid.addWidget(self.numbers, 3, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 2)
        self.copies.valueChanged.connect(self.update_numbers)
        self.source.currentIndexChanged.connect(self.update_numbers)
        self.received_on.dateChanged.connect(self.update_numbers)
        self.update_numbers()

    def item_fields(self) -> dict[str, Any]:
        """What every new copy gets (``isbn_first.save``'s item fields)."""
        return {"location": self.location.currentText().strip(), "source": combo_code(self.source),
                "collection_type": self.collection_type.currentData(), "source_detail": self.source_detail.text(),
                "received_on": self.received_on.date().toPython()}

    def next_title(self) -> None:
        """One copy of the next title; the box's shelf, collection type, source and date stay."""
        self.copies.setValue(1)
        self.update_numbers()  # (the barcodes just saved are taken)

    def update_numbers(self) -> None:
        count = self.copies.value()
        if count <= 0:
            self.numbers.setText(QCoreApplication.translate("RecordDialog", "no copies now (add them later)"))
            return
        try:
            barcodes, accession = isbn_first.numbers_preview(self.lib, count, combo_code(self.source),
                                                             self.received_on.date().year())
        except PustakaError as exc:
            self.numbers.setText(error_text(exc))
            return
        if count == 1:
            self.numbers.setText(f"{barcodes[0]}  ({accession[0]})")
        else:
            self.numbers.setText(QCoreApplication.translate("RecordDialog", "{first} … {last}  (accession numbers {first_no} … {last_no})").format(
                first=barcodes[0], last=barcodes[-1], first_no=accession[0], last_no=accession[-1]))
