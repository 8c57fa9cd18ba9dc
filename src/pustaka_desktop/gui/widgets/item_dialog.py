"""The copy (eksemplar) editor and the batch-add-copies dialog."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...core.catalog import records as catalog
from ...core.catalog import search
from ...core.catalog.copies import (
    ITEM_STATUSES,
    MAX_BARCODE,
    MAX_BATCH,
    SOURCES,
    add_copies,
    add_item,
    clean_item,
    next_accession_numbers,
    next_barcodes,
    update_item,
)
from ...core.errors import PustakaError, ValidationError
from ...core.service import Library
from ...core.store import health
from ...core.store.clock import local_today
from ...core.store.models import Item, Record
from ..appearance import text_style
from .forms import button, date_box, label_for, note, spin, when_changed
from .messages import error_text, show_error
from .record_copies import collection_combo, source_detail_box
from .record_dialog import ERROR_STYLE, combo_code, set_combo, vocabulary_combo

# Statuses the copy editor offers; lost / damaged / withdrawn have their own (audited) buttons.
EDITABLE_STATUSES = ("available", "in_repair", "not_for_loan")


def status_name(code: str) -> str:
    """A copy's status in the user's language (``ITEM_STATUSES``; an unknown code as it is)."""
    return QCoreApplication.translate("Catalog", ITEM_STATUSES.get(code, code))


def _location_combo(lib: Library) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(True)
    combo.addItems(search.locations(lib))
    combo.setEditText("")
    return combo


class _CopyForm(QDialog):
    """Fields shared by the single-copy and the batch dialogs."""

    def _common_fields(self, lib: Library) -> dict[str, tuple[str, QWidget]]:
        """Builds the fields both dialogs have; gives them labelled, in form order."""
        self.collection_type = collection_combo(lib)
        self.location = _location_combo(lib)
        self.source = vocabulary_combo(SOURCES)
        self.source_detail = source_detail_box(lib, self.source, QCoreApplication.translate(
            "CopyForm", "Dana Desa {year}, donor name, grant programme...").format(year=local_today(lib.clock).year))
        self.supplier = QLineEdit()
        self.price = QLineEdit()
        self.price.setPlaceholderText(QCoreApplication.translate("CopyForm", "whole rupiah, e.g. 45000"))
        self.received_on = date_box(QDate(local_today(lib.clock)), "")
        return {
            "collection_type": (QCoreApplication.translate("CopyForm", "Collection &type"), self.collection_type),
            "location": (QCoreApplication.translate("CopyForm", "&Location / shelf"), self.location),
            "source": (QCoreApplication.translate("CopyForm", "Sourc&e"), self.source),
            "source_detail": (QCoreApplication.translate("CopyForm", "Source &detail"), self.source_detail),
            "supplier": (QCoreApplication.translate("CopyForm", "Su&pplier"), self.supplier),
            "price": (QCoreApplication.translate("CopyForm", "P&rice (Rp)"), self.price),
            "received_on": (QCoreApplication.translate("CopyForm", "Date rece&ived"), self.received_on),
        }

    def _finish(self, form: QFormLayout, fields: dict[str, tuple[str, QWidget]]) -> None:
        self.fields = {key: widget for key, (_label, widget) in fields.items()}
        for _key, (label_text, widget) in fields.items():
            widget.setAccessibleName(label_text.replace("&", ""))
            form.addRow(label_for(label_text, widget), widget)
        self.error = QLabel()
        self.error.setStyleSheet(text_style("danger", "font-weight: bold;"))
        self.error.setWordWrap(True)
        self.error.setAccessibleName(QCoreApplication.translate("CopyForm", "Problem with the input"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(QCoreApplication.translate("CopyForm", "&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(QCoreApplication.translate("CopyForm", "Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        for widget in self.fields.values():
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(self.check)

    def _show_problem(self, exc: ValidationError) -> None:
        self.error.setText(error_text(exc))
        widget = self.fields.get(exc.field or "")
        if widget is not None:
            widget.setStyleSheet(ERROR_STYLE)

    def _common_values(self) -> dict[str, Any]:
        return {
            "collection_type": self.collection_type.currentData(),
            "location": self.location.currentText(), "source": combo_code(self.source),
            "source_detail": self.source_detail.text(), "supplier": self.supplier.text(),
            "price": self.price.text(), "received_on": self.received_on.date().toPython(),
        }

    def values(self) -> dict[str, Any]:
        raise NotImplementedError

    def check(self) -> bool:
        for widget in self.fields.values():
            widget.setStyleSheet("")
        try:
            clean_item(self._checkable(), current=getattr(self, "item", None), today=health.data_today(self.lib))
        except ValidationError as exc:
            self._show_problem(exc)
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            return False
        self.error.setText("")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        return True

    def _checkable(self) -> dict[str, Any]:
        return {k: v for k, v in self.values().items() if not (k == "barcode" and not v)}

    def save(self) -> None:
        raise NotImplementedError

    def _commit(self, write) -> None:
        """``write()`` the copies; a field the core refuses is marked in the form, anything else it
        refuses is shown; the dialog closes when it went through."""
        try:
            write()
        except ValidationError as exc:
            self._show_problem(exc)
            return
        except PustakaError as exc:
            show_error(self, exc)
            return
        self.accept()


class ItemDialog(_CopyForm):
    """One new copy of ``record`` (``item=None``) or an edit of ``item``."""

    def __init__(self, lib: Library, by, record: Record, item: Item | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lib, self.by, self.record, self.item = lib, by, record, item
        self.result_item: Item | None = None
        self.setWindowTitle(self.tr("New copy") if item is None else self.tr("Edit copy"))
        self.barcode = QLineEdit()
        self.barcode.setMaxLength(MAX_BARCODE)
        self.accession_no = QLineEdit()
        if item is None:
            self.barcode.setPlaceholderText(self.tr("empty = next: {barcode}").format(
                barcode=next_barcodes(lib, 1)[0]))
            self.accession_no.setPlaceholderText(self.tr("empty = next from the pattern"))
        self.call_number = QLineEdit(catalog.call_number_for(record) if item is None else item.call_number)
        common = self._common_fields(lib)
        self.status = QComboBox()
        for code in EDITABLE_STATUSES:
            self.status.addItem(status_name(code), code)
        self.condition_note = QLineEdit()
        self._finish(QFormLayout(), {
            "barcode": (self.tr("&Barcode"), self.barcode),
            "accession_no": (self.tr("&Accession number"), self.accession_no),
            "call_number": (self.tr("&Call number"), self.call_number), **common,
            "status": (self.tr("Stat&us"), self.status),
            "condition_note": (self.tr("Co&ndition note"), self.condition_note),
        })
        if item is not None:
            self.barcode.setText(item.barcode)
            self.accession_no.setText(item.accession_no)
            set_combo(self.collection_type, item.collection_type_id)
            self.location.setEditText(item.location)
            set_combo(self.source, item.source)
            self.source_detail.setText(item.source_detail)
            self.supplier.setText(item.supplier)
            self.price.setText("" if item.price is None else str(item.price))
            if item.received_on:
                self.received_on.setDate(QDate(item.received_on))
            if item.status in EDITABLE_STATUSES:
                set_combo(self.status, item.status)
            else:  # lost, damaged, withdrawn, on loan: shown, changed elsewhere
                self.status.addItem(status_name(item.status), item.status)
                set_combo(self.status, item.status)
                self.status.setEnabled(False)
            self.condition_note.setText(item.condition_note)
        self.barcode.setFocus()

    def values(self) -> dict[str, Any]:
        values = {"barcode": self.barcode.text(), "accession_no": self.accession_no.text(),
                  "call_number": self.call_number.text(), "status": self.status.currentData(),
                  "condition_note": self.condition_note.text(), **self._common_values()}
        if self.item is not None and values["status"] == self.item.status:
            values.pop("status")
        return values

    def save(self) -> None:
        if not self.check():
            return
        values = self.values()

        def write() -> None:
            if self.item is None:
                self.result_item = add_item(self.lib, self.by, self.record, **values)
            else:
                self.result_item = update_item(self.lib, self.by, self.item, **values)

        self._commit(write)


class BatchCopiesDialog(_CopyForm):
    """Add N copies at once: consecutive barcodes and accession numbers, shown before saving."""

    def __init__(self, lib: Library, by, record: Record, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lib, self.by, self.record = lib, by, record
        self.items: list[Item] = []
        self.print_labels = False
        self.setWindowTitle(self.tr("Add copies"))
        self.count = spin(MAX_BATCH, "", minimum=1)
        self.count.setValue(1)
        common = self._common_fields(lib)
        self.preview = note()
        self.preview.setAccessibleName(self.tr("Barcodes and accession numbers the copies will get"))
        form = QFormLayout()
        self._finish(form, {"count": (self.tr("&Number of copies"), self.count), **common})
        form.addRow(self.tr("Will get"), self.preview)
        self.labels_button = button(self.tr("Sa&ve and print labels"),
                                    self.tr("Save, then print the labels of the new copies"),
                                    lambda: self.save(print_labels=True))
        self.labels_button.setAutoDefault(False)
        self.buttons.addButton(self.labels_button, QDialogButtonBox.ButtonRole.ActionRole)
        when_changed(self.update_preview, self.count, self.source, self.received_on)
        self.update_preview()
        self.count.setFocus()
        self.count.selectAll()

    def update_preview(self) -> None:
        n = self.count.value()
        barcodes = next_barcodes(self.lib, n)
        numbers = next_accession_numbers(self.lib, n, combo_code(self.source), self.received_on.date().year())
        if n == 1:
            text = f"{barcodes[0]}  ({numbers[0]})"
        else:
            text = self.tr("{first} … {last}  (accession numbers {first_no} … {last_no})").format(
                first=barcodes[0], last=barcodes[-1], first_no=numbers[0], last_no=numbers[-1])
        self.preview.setText(text)

    def values(self) -> dict[str, Any]:
        return self._common_values()

    def save(self, print_labels: bool = False) -> None:
        if not self.check():
            return
        self.print_labels = print_labels

        def write() -> None:
            self.items = add_copies(self.lib, self.by, self.record, self.count.value(), **self.values())

        self._commit(write)
