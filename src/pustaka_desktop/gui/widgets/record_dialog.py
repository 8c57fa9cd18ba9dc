"""The record editor: every bibliographic field, checked as it is typed (the core's own rules), with a
warning (never a refusal) when the ISBN or title + first author is already in the catalogue."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core.catalog import records as catalog
from ...core.catalog.isbn import format_isbn
from ...core.errors import PustakaError, ValidationError
from ...core.service import Library
from ...core.store.clock import local_today
from ...core.store.models import Record
from .messages import error_text, show_error

ERROR_STYLE = "border: 2px solid #c62828;"


def split_list(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


def vocabulary_combo(values: dict[str, str], context: str = "Catalog") -> QComboBox:
    combo = QComboBox()
    for code, label in values.items():
        combo.addItem(QCoreApplication.translate(context, label), code)
    return combo


def set_combo(combo: QComboBox, code: str) -> None:
    index = combo.findData(code)
    if index < 0 and combo.isEditable():
        combo.setEditText(code)
    elif index >= 0:
        combo.setCurrentIndex(index)


def combo_code(combo: QComboBox) -> str:
    """The code of an editable vocabulary combo: the chosen entry's code, or the typed text."""
    index = combo.findText(combo.currentText())
    return combo.itemData(index) if index >= 0 else combo.currentText().strip()


class RecordDialog(QDialog):
    """New record (``record=None``) or edit. After ``exec()`` is accepted, ``saved`` holds the
    ``catalog.Saved`` result (with its duplicate warnings)."""

    def __init__(self, lib: Library, by, record: Record | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lib = lib
        self.by = by
        self.record = record
        self.saved: catalog.Saved | None = None
        self.setWindowTitle(self.tr("New record") if record is None else self.tr("Edit record"))
        self.resize(640, 640)

        self.title = QLineEdit()
        self.subtitle = QLineEdit()
        self.responsibility = QLineEdit()
        self.authors = QLineEdit()
        self.authors.setPlaceholderText(self.tr("Main author first; separate names with ;"))
        self.edition = QLineEdit()
        self.isbn = QLineEdit()
        self.isbn.setPlaceholderText(self.tr("ISBN-10 or ISBN-13, hyphens allowed"))
        self.issn = QLineEdit()
        self.material_type = vocabulary_combo(catalog.MATERIAL_TYPES)
        self.publisher = QLineEdit()
        self.place = QLineEdit()
        self.year_text = QLineEdit()
        self.year_text.setPlaceholderText(self.tr("as printed, e.g. 2010 or c2010"))
        self.collation = QLineEdit()
        self.collation.setPlaceholderText(self.tr("e.g. xii, 240 hlm. ; 21 cm"))
        self.series = QLineEdit()
        self.language = vocabulary_combo(catalog.LANGUAGES)
        self.language.setEditable(True)
        self.ddc = QLineEdit()
        self.ddc.setPlaceholderText(self.tr("e.g. 899.221"))
        self.subjects = QLineEdit()
        self.subjects.setPlaceholderText(self.tr("separate subjects with ;"))
        self.subjects.setCompleter(QCompleter(catalog.subject_terms(lib, limit=500), self))
        self.audience = vocabulary_combo(catalog.AUDIENCES)
        set_combo(self.audience, "adult")
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(70)
        self.hidden = QCheckBox(self.tr("Hide from the patron kiosk"))
        self.call_number = QLabel()
        self.call_number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.fields: dict[str, QWidget] = {
            "title": self.title, "subtitle": self.subtitle, "responsibility": self.responsibility,
            "authors": self.authors, "edition": self.edition, "isbn": self.isbn, "issn": self.issn,
            "material_type": self.material_type, "publisher": self.publisher, "place": self.place,
            "year_text": self.year_text, "collation": self.collation, "series": self.series,
            "language": self.language, "ddc": self.ddc, "subjects": self.subjects, "audience": self.audience,
            "notes": self.notes, "hidden": self.hidden,
        }
        labels = {
            "title": self.tr("&Title *"), "subtitle": self.tr("S&ubtitle"),
            "responsibility": self.tr("Statement of &responsibility"), "authors": self.tr("&Authors"),
            "edition": self.tr("&Edition"), "isbn": self.tr("&ISBN"), "issn": self.tr("ISS&N"),
            "material_type": self.tr("&Material type"), "publisher": self.tr("&Publisher"),
            "place": self.tr("Pl&ace of publication"), "year_text": self.tr("&Year"),
            "collation": self.tr("&Collation"), "series": self.tr("Se&ries"), "language": self.tr("&Language"),
            "ddc": self.tr("&DDC class"), "subjects": self.tr("Su&bjects"), "audience": self.tr("Au&dience"),
            "notes": self.tr("N&otes"), "hidden": "",
        }
        form = QFormLayout()
        for key, widget in self.fields.items():
            widget.setAccessibleName(labels[key].replace("&", "").replace(" *", "") or self.tr("Hidden from kiosk"))
            if labels[key]:
                label = QLabel(labels[key])
                label.setBuddy(widget)
                form.addRow(label, widget)
            else:
                form.addRow("", widget)
        form.addRow(self.tr("Call number (derived)"), self.call_number)
        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)

        self.error = QLabel()
        self.error.setStyleSheet("color: #c62828; font-weight: bold;")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem with the input"))
        self.warning = QLabel()
        self.warning.setStyleSheet("color: #8a5a00;")
        self.warning.setWordWrap(True)
        self.warning.setAccessibleName(self.tr("Possible duplicate"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.warning)
        layout.addWidget(self.buttons)

        if record is not None:
            self._load(record)
        for key, widget in self.fields.items():
            if isinstance(widget, QLineEdit):
                widget.textChanged.connect(lambda _text, k=key: self.check(k))
            elif isinstance(widget, QComboBox):
                widget.currentIndexChanged.connect(lambda _i, k=key: self.check(k))
        self.check(None)
        self.title.setFocus()

    def _load(self, record: Record) -> None:
        for key in ("title", "subtitle", "responsibility", "edition", "issn", "publisher", "place", "year_text",
                    "collation", "series", "ddc"):
            self.fields[key].setText(getattr(record, key) or "")
        self.isbn.setText(format_isbn(record.isbn) if record.isbn else "")
        self.authors.setText("; ".join(a["name"] for a in catalog.authors_of(record)))
        self.subjects.setText("; ".join(catalog.subjects_of(record)))
        set_combo(self.material_type, record.material_type)
        set_combo(self.language, record.language)
        set_combo(self.audience, record.audience)
        self.notes.setPlainText(record.notes or "")
        self.hidden.setChecked(bool(record.hidden))

    def _authors(self) -> list[dict[str, str]]:
        """Names from the line, keeping the role and kind of names the record already had."""
        known = {a["name"]: a for a in catalog.authors_of(self.record)} if self.record is not None else {}
        out = []
        for n, name in enumerate(split_list(self.authors.text())):
            if name in known:
                out.append(dict(known[name]))
            else:
                out.append({"name": name, "role": "primary" if n == 0 else "additional", "kind": "person"})
        return out

    def values(self) -> dict[str, Any]:
        language = combo_code(self.language)
        return {
            "title": self.title.text(), "subtitle": self.subtitle.text(),
            "responsibility": self.responsibility.text(), "authors": self._authors(), "edition": self.edition.text(),
            "isbn": self.isbn.text(), "issn": self.issn.text(), "material_type": self.material_type.currentData(),
            "publisher": self.publisher.text(), "place": self.place.text(), "year_text": self.year_text.text(),
            "collation": self.collation.text(), "series": self.series.text(), "language": language or "",
            "ddc": self.ddc.text(), "subjects": split_list(self.subjects.text()),
            "audience": self.audience.currentData(), "notes": self.notes.toPlainText(),
            "hidden": self.hidden.isChecked(),
        }

    def check(self, changed: str | None) -> bool:
        """Inline validation: the core's rules on the whole form; the first bad field is marked."""
        for widget in self.fields.values():
            widget.setStyleSheet("")
        values = self.values()
        try:
            cleaned = catalog.clean_record(values, local_today(self.lib.clock).year)
        except ValidationError as exc:
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            if changed is None and not self.title.text().strip():
                return False  # a fresh form: no red before the user typed anything
            self.error.setText(error_text(exc))
            widget = self.fields.get(exc.field or "")
            if widget is not None:
                widget.setStyleSheet(ERROR_STYLE)
            return False
        self.error.setText("")
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        self.call_number.setText(catalog.call_number_for({"ddc": cleaned.get("ddc", ""), "title": cleaned["title"],
                                                          "authors": values["authors"]}))
        if changed in (None, "isbn", "title", "authors"):
            duplicates = catalog.find_duplicates(self.lib, cleaned.get("isbn", ""), cleaned["title"],
                                                 catalog.first_author(values["authors"]), exclude=self.record)
            if duplicates:
                names = "; ".join(f"{d.title} (#{d.id})" for d in duplicates[:3])
                self.warning.setText(self.tr("Already in the catalogue? {records}").format(records=names))
            else:
                self.warning.setText("")
        return True

    def save(self) -> None:
        if not self.check("save"):
            return
        values = self.values()
        try:
            if self.record is None:
                self.saved = catalog.add_record(self.lib, self.by, **values)
            else:
                self.saved = catalog.update_record(self.lib, self.by, self.record, **values)
        except ValidationError as exc:
            self.error.setText(error_text(exc))
            widget = self.fields.get(exc.field or "")
            if widget is not None:
                widget.setStyleSheet(ERROR_STYLE)
                widget.setFocus()
            return
        except PustakaError as exc:
            show_error(self, exc)
            return
        self.accept()
