"""The record editor: every bibliographic field, checked as it is typed (the core's own rules), with a
warning (never a refusal) when the ISBN or title + first author is already in the catalogue.

A new record starts ISBN-first (``core.catalog.isbn_first``): scan the ISBN (or a copy's barcode) and
the form fills from this catalogue, the district's catalogue or the publisher prefix; a title typed by
hand that the district knows is offered with one click. The copies (how many, shelf, source) are part
of the same form (``record_copies``), and "Save and print labels" hands the new copies to the Print page.

A box of books: "Save and next title" (Ctrl+Enter) saves and empties the form for the next scan, keeping what
the box shares (shelf, collection type, source and its note, date received); the copies of every title saved
in one sitting are printed together. A book printed with a wrong ISBN check digit is said so plainly, with
the right digit; the librarian may keep the number as printed (a tick, never by accident): it goes on the
review list ("Perlu diperiksa") like an import's."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...core import auth
from ...core.catalog import isbn_first
from ...core.catalog import records as catalog
from ...core.catalog.copies import items_of
from ...core.catalog.isbn import compact_isbn, corrected_isbn, format_isbn, misprinted_isbn
from ...core.errors import PustakaError, ValidationError
from ...core.service import Library
from ...core.store.clock import this_year
from ...core.store.models import Item, Record
from .messages import confirm, error_text, show_error
from .record_copies import CopiesBox, combo_code, vocabulary_combo  # noqa: F401 (others import them from here)
from .record_scan_guard import ScanGuard
from .screen import fit_to_screen

ERROR_STYLE = "border: 2px solid #c62828;"
GUESSED_STYLE = "background: #fff4c2;"


def split_list(text: str) -> list[str]:
    return [part.strip() for part in text.split(";") if part.strip()]


def set_combo(combo: QComboBox, code: str) -> None:
    index = combo.findData(code)
    if index < 0 and combo.isEditable():
        combo.setEditText(code)
    elif index >= 0:
        combo.setCurrentIndex(index)


class RecordDialog(QDialog):
    """New record (``record=None``) or edit. After ``exec()`` is accepted, ``saved`` holds the
    ``catalog.Saved`` result (with its duplicate warnings), ``items`` the copies added with it and
    ``print_labels`` whether the librarian asked for their labels. After "Save and next title" the form stays
    open: ``saved`` is the last title saved (also when the form is then closed), ``items`` every copy saved
    in this sitting."""

    def __init__(self, lib: Library, by, record: Record | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lib = lib
        self.by = by
        self.record = record
        self.new = record is None
        self.saved: catalog.Saved | None = None
        self.items: list[Item] = []
        self.print_labels = False
        self.deleted = False  # the record was deleted from this dialog (edit only)
        self.found: isbn_first.Found | None = None
        self.offers: list[isbn_first.DistrictMatch] = []
        self.setWindowTitle(self.tr("New record") if record is None else self.tr("Edit record"))
        fit_to_screen(self, 680, 700)  # (on a 1024 x 600 netbook Save was below the screen's edge)

        # ISBN first: a scanner types the code and Enter. The look-up's widgets are the dialog's children from the
        # start: an edited record shows none of them, and a widget no window owns is freed by Python's cycle
        # collector on whichever thread it runs (an import's worker): Qt must never delete a widget there.
        self.scan = QLineEdit(self)
        self.scan.setPlaceholderText(self.tr("Scan or type the ISBN (or a copy's barcode), then Enter"))
        self.scan.setAccessibleName(self.tr("ISBN or barcode to look up"))
        self.scan.returnPressed.connect(self.look_up)
        self.scan.installEventFilter(self)
        self.found_note = QLabel(self)
        self.found_note.setWordWrap(True)
        self.found_note.setAccessibleName(self.tr("Where the data came from"))
        self.offer = QLabel(self)
        self.offer.setWordWrap(True)
        self.offer.setTextFormat(Qt.TextFormat.RichText)
        self.offer.setAccessibleName(self.tr("The district's catalogue knows this title"))
        self.offer.linkActivated.connect(self.take_offer)
        self.offer.hide()

        self.title = QLineEdit()
        self.subtitle = QLineEdit()
        self.responsibility = QLineEdit()
        self.authors = QLineEdit()
        self.authors.setPlaceholderText(self.tr("Main author first; separate names with ;"))
        self.edition = QLineEdit()
        self.isbn = QLineEdit()
        self.isbn.setPlaceholderText(self.tr("ISBN-10 or ISBN-13, hyphens allowed"))
        # a book really printed with a wrong check digit: kept so only when ticked, for this number only
        self.keep_isbn = QCheckBox(self.tr("Keep this ISBN as printed in the book (it goes on the review list)"))
        self.keep_isbn.hide()
        self._kept_for = ""
        self.keep_isbn.toggled.connect(self._keep_isbn_toggled)
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
            "place": self.tr("Place o&f publication"), "year_text": self.tr("&Year"),
            "collation": self.tr("&Collation"), "series": self.tr("Series"), "language": self.tr("&Language"),
            "ddc": self.tr("DDC class"), "subjects": self.tr("Su&bjects"), "audience": self.tr("Au&dience"),
            "notes": self.tr("N&otes"), "hidden": "",
        }
        # a kitab's year as printed, "1405": possible only as a Hijri year (the import flags it the same)
        self.year_hint = QLabel()
        self.year_hint.setWordWrap(True)
        self.year_hint.setStyleSheet("color: #8a5a00;")
        self.year_hint.setVisible(False)
        form = QFormLayout()
        for key, widget in self.fields.items():
            widget.setAccessibleName(labels[key].replace("&", "").replace(" *", "") or self.tr("Hidden from kiosk"))
            if labels[key]:
                label = QLabel(labels[key])
                label.setBuddy(widget)
                form.addRow(label, widget)
            else:
                form.addRow("", widget)
            if key == "isbn":
                form.addRow("", self.keep_isbn)
            if key == "year_text":
                form.addRow("", self.year_hint)
        form.addRow(self.tr("Call number (derived)"), self.call_number)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        if self.new:
            scan_row = QHBoxLayout()
            scan_label = QLabel(self.tr("Loo&k up ISBN / barcode:"))
            scan_label.setBuddy(self.scan)
            scan_row.addWidget(scan_label)
            scan_row.addWidget(self.scan, 1)
            body_layout.addLayout(scan_row)
            body_layout.addWidget(self.found_note)
            body_layout.addWidget(self.offer)
        else:
            self.scan.hide()
            self.found_note.hide()
        body_layout.addLayout(form)
        copies_box = CopiesBox(lib)  # below the scrolling fields: always in sight
        copies_box.setVisible(self.new)
        self.copies, self.location, self.source = copies_box.copies, copies_box.location, copies_box.source
        self.numbers, self.copies_box = copies_box.numbers, copies_box
        self.copies.valueChanged.connect(lambda count: self.labels_button.setEnabled(count > 0 or bool(self.items)))
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
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Save"))
        self.save_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.next_button = QPushButton(self.tr("Save and ne&xt title"))
        self.next_button.setAccessibleName(self.tr("Save this title and empty the form for the next book of the box"))
        self.next_button.setToolTip(self.tr("Ctrl+Enter: saves, then waits for the next ISBN scan (shelf, "
                                            "collection type, source and date received stay)"))
        self.next_button.setAutoDefault(False)
        self.buttons.addButton(self.next_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.next_button.clicked.connect(self.save_and_next)
        self.next_button.setVisible(self.new)
        if self.new:
            for keys in ("Ctrl+Return", "Ctrl+Enter"):  # (never plain Enter: a scanner ends every code with it)
                QShortcut(QKeySequence(keys), self, self.save_and_next)
        self.labels_button = QPushButton(self.tr("Sa&ve and print labels"))
        self.labels_button.setAccessibleName(self.tr("Save, then print the labels of the new copies"))
        self.labels_button.setAutoDefault(False)
        self.buttons.addButton(self.labels_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.labels_button.clicked.connect(lambda: self.save(print_labels=True))
        self.labels_button.setVisible(self.new)
        self.delete_button = QPushButton(self.tr("Delete this wron&g record…"))
        self.delete_button.setAccessibleName(self.tr("Delete this record and its copies, saved by mistake"))
        self.delete_button.setAutoDefault(False)
        self.buttons.addButton(self.delete_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.delete_button.clicked.connect(self.delete_record)
        self.delete_button.setVisible(not self.new and auth.allowed(by, "catalog.delete"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(copies_box)
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
        # a scanner in the wrong field: the next book scanned into "New copies" or the title is a scan
        self.scan_guard = ScanGuard([w for w in self.fields.values() if isinstance(w, QLineEdit)], self.copies,
                                    self.isbn, self._scanned_while_open, self.focusNextChild, self)
        self.check(None)
        if self.new:
            self.scan.setFocus()
        else:
            self.title.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        # A scanner ends with Enter: it looks the code up and must not also press Save.
        if watched is self.scan and event.type() == QEvent.Type.KeyPress and event.key() in (
                Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.look_up()
            return True
        return super().eventFilter(watched, event)

    def _scanned_while_open(self, code: str) -> None:
        """The same title scanned again is one more copy; another book waits until this one is saved. Into an
        empty form (just after "Save and next title", the cursor put elsewhere) a scan is the next book."""
        if self.new and self.record is None and not self.title.text().strip() and not self.isbn.text().strip():
            self.scan.setText(code)
            self.look_up()
            return
        if isbn_first.names_the_same_title(code, self.isbn.text(), self.record):
            self.copies.setValue(self.copies.value() + 1)
            self.found_note.setStyleSheet("color: #1b5e20;")
            self.found_note.setText(self.tr("Another copy of this title: {n} copies will be added.").format(
                n=self.copies.value()))
            self.copies.setFocus()
            return
        self.found_note.setStyleSheet("color: #c62828; font-weight: bold;")
        self.found_note.setText(self.tr("{code} was scanned while this title is still open: nothing was saved. "
                                        "Save this title first (or cancel it), then scan the next book.")
                                .format(code=code))

    # --- ISBN first ------------------------------------------------------------------------------

    def look_up(self) -> None:
        code = self.scan.text().strip()
        if not code:
            return
        try:
            found = isbn_first.lookup(self.lib, code)
        except PustakaError as exc:
            self.found_note.setStyleSheet("color: #c62828; font-weight: bold;")
            self.found_note.setText(error_text(exc))
            if misprinted_isbn(code):  # the number goes in the form: mistyped, scan again; printed so, tick to keep
                self.record, self.found = None, None
                self.fill({"isbn": code})
                self.found_note.setText(self._misprint_text(code))
            self.scan.selectAll()
            return
        self.found = found
        self.found_note.setStyleSheet("color: #1b5e20;" if found.source != isbn_first.UNKNOWN else "")
        self.found_note.setText(QCoreApplication.translate("Catalog", found.message))
        if found.record is not None:
            self.record = found.record
            self.setWindowTitle(self.tr("New copies of a title already here"))
            self._load(found.record)
        else:
            self.record = None
            self.setWindowTitle(self.tr("New record"))
            self.fill(found.fields, guessed=found.guessed)
        self.scan.clear()
        if found.source in (isbn_first.LOCAL, isbn_first.PACK, isbn_first.UNION):
            self.copies.setFocus()
            self.copies.selectAll()
        else:
            self.title.setFocus()

    def fill(self, fields: dict[str, Any], guessed: tuple[str, ...] = ()) -> None:
        """Put looked-up values in the form (fields not given are cleared: a new title)."""
        for key in ("title", "subtitle", "responsibility", "edition", "issn", "publisher", "place", "year_text",
                    "collation", "series", "ddc"):
            self.fields[key].setText(str(fields.get(key) or ""))
        self.isbn.setText(format_isbn(fields["isbn"]) if fields.get("isbn") else "")
        for widget in self.fields.values():
            widget.setToolTip("")  # (the last title's "guessed" marks)
        self.authors.setText("; ".join(a.get("name", "") for a in fields.get("authors", [])))
        self._authors_known = {a.get("name", ""): a for a in fields.get("authors", [])}
        self.subjects.setText("; ".join(fields.get("subjects", [])))
        set_combo(self.material_type, fields.get("material_type") or "book")
        set_combo(self.language, fields.get("language") or "ind")
        set_combo(self.audience, fields.get("audience") or "adult")
        self.notes.setPlainText(str(fields.get("notes") or ""))
        self.check(None)
        for key in guessed:
            widget = self.fields.get(key)
            if widget is not None:
                widget.setStyleSheet(GUESSED_STYLE)
                widget.setToolTip(self.tr("Guessed from the ISBN's publisher prefix: check it."))

    def _update_offer(self) -> None:
        """While a new title is typed by hand: the district's record of it, one click to take over."""
        if not self.new or self.record is not None or self.found is not None or self.isbn.text().strip():
            self.offers = []
        else:
            self.offers = isbn_first.district_matches(self.lib, self.title.text())
        if not self.offers:
            self.offer.hide()
            return
        from html import escape

        use = escape(self.tr("use this record"))  # (outside the f-string: the translation tools read it there)
        links = "<br>".join(f"• {escape(o.summary())} — <a href='{n}'>{use}</a>" for n, o in enumerate(self.offers))
        self.offer.setText(escape(self.tr("The district's catalogue has:")) + "<br>" + links)
        self.offer.show()

    def take_offer(self, link: str) -> None:
        offer = self.offers[int(link)]
        self.found = isbn_first.Found(isbn_first.PACK, offer.isbn, offer.fields)
        self.fill(offer.fields)
        self.offer.hide()
        self.found_note.setStyleSheet("color: #1b5e20;")
        self.found_note.setText(QCoreApplication.translate("Catalog", self.found.message))
        self.copies.setFocus()
        self.copies.selectAll()

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
        known.update(getattr(self, "_authors_known", {}))
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

    # --- an ISBN printed with a wrong check digit ------------------------------------------------------

    def _misprint_text(self, typed: str) -> str:
        return self.tr("The check digit of ISBN {isbn} does not fit: with these digits the ISBN would be {right}. "
                       "Check the number on the book. If the book really prints it so, tick “Keep this ISBN as "
                       "printed”.").format(isbn=typed.strip(), right=format_isbn(corrected_isbn(typed)))

    def _keep_isbn_toggled(self, kept: bool) -> None:
        self._kept_for = compact_isbn(self.isbn.text()) if kept else ""
        if kept and self.found_note.text() == self._misprint_text(self.isbn.text()):
            self.found_note.setText("")  # (the question is answered)
        self.check("isbn")

    def _isbn_as_kept(self) -> bool:
        """Whether the ISBN field holds a misprinted ISBN to keep: ticked for this very number, or the record's
        own ISBN as it was kept before (an import's, or an earlier save)."""
        typed = compact_isbn(self.isbn.text())
        if self.record is not None and self.record.isbn and typed == compact_isbn(self.record.isbn):
            return True
        return self.keep_isbn.isChecked() and typed == self._kept_for

    def _show_keep_isbn(self) -> None:
        misprint = bool(misprinted_isbn(self.isbn.text())) and not (
            self.record is not None and compact_isbn(self.isbn.text()) == compact_isbn(self.record.isbn or ""))
        if self.keep_isbn.isChecked() and not (misprint and compact_isbn(self.isbn.text()) == self._kept_for):
            self.keep_isbn.blockSignals(True)  # another number typed: the tick was for the one before
            self.keep_isbn.setChecked(False)
            self.keep_isbn.blockSignals(False)
            self._kept_for = ""
        self.keep_isbn.setVisible(misprint)

    def check(self, changed: str | None) -> bool:
        """Inline validation: the core's rules on the whole form; the first bad field is marked."""
        for widget in self.fields.values():
            widget.setStyleSheet("")
        self._show_keep_isbn()
        values = self.values()
        if self._isbn_as_kept():
            values["isbn"] = ""  # (kept as printed: the core keeps it on save; the other fields are checked)
        try:
            cleaned = catalog.clean_record(values, this_year(self.lib.clock))
        except ValidationError as exc:
            self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(False)
            self.next_button.setEnabled(False)
            if changed is None and not self.title.text().strip():
                return False  # a fresh form: no red before the user typed anything
            said = self._misprint_text(self.isbn.text()) if exc.field == "isbn" and misprinted_isbn(
                self.isbn.text()) else error_text(exc)
            self.error.setText("" if said == self.found_note.text() else said)  # (said once is enough)
            widget = self.fields.get(exc.field or "")
            if widget is not None:
                widget.setStyleSheet(ERROR_STYLE)
            return False
        self.error.setText("")
        gregorian = catalog.maybe_hijri(self.year_text.text())
        self.year_hint.setText("" if gregorian is None else self.tr(
            "{year} H (Hijri) is about {gregorian}: if the book counts its years so, write {year} H.").format(
            year=self.year_text.text().strip(), gregorian=gregorian))
        self.year_hint.setVisible(gregorian is not None)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(True)
        self.next_button.setEnabled(True)
        self.call_number.setText(catalog.call_number_for({"ddc": cleaned.get("ddc", ""), "title": cleaned["title"],
                                                          "authors": values["authors"]}))
        if changed in (None, "title", "isbn"):
            self._update_offer()
        if changed in (None, "isbn", "title", "authors"):
            isbn = misprinted_isbn(self.isbn.text()) if self._isbn_as_kept() else cleaned.get("isbn", "")
            duplicates = catalog.find_duplicates(self.lib, isbn, cleaned["title"],
                                                 catalog.first_author(values["authors"]), exclude=self.record)
            if duplicates:
                names = "; ".join(f"{d.title} (#{d.id})" for d in duplicates[:3])
                self.warning.setText(self.tr("Already in the catalogue? {records}").format(records=names))
            else:
                self.warning.setText("")
        return True

    def delete_record(self) -> None:
        """A title saved by mistake (twice, or a wrong book) goes with its copies, after a plain question."""
        copies = len(items_of(self.record))
        if not confirm(self, self.tr("Delete record"), self.tr(
                "Delete “{title}” and its {n} copies from the catalogue? Only for a record saved by mistake: a book "
                "that left the library is withdrawn copy by copy instead.").format(title=self.record.title, n=copies)):
            return
        try:
            catalog.delete_record(self.lib, self.by, self.record)
        except PustakaError as exc:
            show_error(self, exc)
            return
        self.deleted = True
        self.accept()

    def save_and_next(self) -> None:
        """Save, then the empty form waits for the next book of the box."""
        if self.new:
            self.save(next_title=True)

    def save(self, print_labels: bool = False, next_title: bool = False) -> None:
        if not self.check("save"):
            return
        values = self.values()
        kept = self._isbn_as_kept()
        try:
            if self.new:
                done = isbn_first.save(self.lib, self.by, values, copies=self.copies.value(), record=self.record,
                                       isbn_as_printed=kept, **self.copies_box.item_fields())
                self.saved = catalog.Saved(done.record, done.duplicates)
                self.items += done.items  # (a box saved title after title: its labels are printed together)
            else:
                self.saved = isbn_first.edit(self.lib, self.by, self.record, isbn_as_printed=kept, **values)
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
        if next_title:
            self._ready_for_next(done)
            return
        self.print_labels = print_labels and bool(self.items)
        self.accept()

    def _ready_for_next(self, done: isbn_first.Catalogued) -> None:
        """The form empties for the next book; what the box shares stays; the cursor waits for the scan."""
        self.record, self.found, self._authors_known = None, None, {}
        self.fill({})
        self.hidden.setChecked(False)
        self.copies_box.next_title()
        self.setWindowTitle(self.tr("New record"))
        self.error.setText("")
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Close"))
        said = self.tr("Saved: “{title}” ({n} new copies). Scan the next book.").format(
            title=done.record.title, n=len(done.items))
        if done.duplicates:
            said += " " + self.tr("The catalogue already has a title with the same ISBN or title and author: "
                                  "{records}").format(records="; ".join(f"{d.title} (#{d.id})"
                                                                        for d in done.duplicates[:3]))
        self.found_note.setStyleSheet("color: #1b5e20;")
        self.found_note.setText(said)
        self.warning.setText("")
        self.scan.clear()
        self.scan.setFocus()
