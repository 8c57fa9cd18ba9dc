"""Choosing what to print: copies or members by a mode (just added, dates, accession numbers, a search,
hand-picked codes scanned one by one...), turned into a ``core.printing.selection`` text. Used by the
Print page."""

from __future__ import annotations

import re

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QSizePolicy,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ...core.printing import selection
from .flow_layout import FlowLayout
from .forms import button, note


class ScanList(QWidget):
    """Hand-picked codes, one per Enter (what a barcode scanner sends), listed one a line. A code the
    library does not know is refused at once with the reason (``check`` returns it), so the list
    only holds what will print; pasted "A, B C" adds each."""

    changed = Signal()

    def __init__(self, placeholder: str, check=None, parent=None) -> None:
        super().__init__(parent)
        self.check = check
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.setAccessibleName(placeholder)
        self.edit.returnPressed.connect(self.take)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Codes in the list"))
        self.list.setMaximumHeight(150)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)
        self.count = QLabel()
        self.count.setAccessibleName(self.tr("Number of codes in the list"))
        self.problem = note()
        self.problem.setStyleSheet("color: #c62828; font-weight: bold;")
        self.problem.setAccessibleName(self.tr("Code not added"))
        # the count and the two buttons wrap: in one row they kept the whole copy selector from sitting beside its
        # label on a netbook's Print page beside the practice tasks
        buttons = FlowLayout(self.count,
                             button(self.tr("&Remove chosen"), self.tr("Remove the chosen codes from the list"),
                                    self.remove_chosen),
                             button(self.tr("Empty the list"), self.tr("Empty the list"), self.clear))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit)
        layout.addWidget(self.problem)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        self._count()

    def codes(self) -> list[str]:
        return [self.list.item(n).text() for n in range(self.list.count())]

    def take(self) -> None:
        problems = []
        known = {code.upper() for code in self.codes()}
        added = False
        for code in re.split(r"[,;\s]+", self.edit.text()):
            code = code.strip()
            if not code or code.upper() in known:
                continue
            problem = self.check(code) if self.check is not None else ""
            if problem:
                problems.append(problem)
                continue
            self.list.addItem(code)
            known.add(code.upper())
            added = True
        self.problem.setText("\n".join(problems))
        self.problem.setVisible(bool(problems))
        self.edit.clear()
        if added:
            self.list.scrollToBottom()
            self._count()
            self.changed.emit()

    def remove_chosen(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))
        self._count()
        self.changed.emit()

    def clear(self) -> None:
        self.list.clear()
        self.problem.hide()
        self._count()
        self.changed.emit()

    def _count(self) -> None:
        self.count.setText(self.tr("{n} in the list").format(n=self.list.count()))
        self.problem.setVisible(bool(self.problem.text()))


class SelectionBox(QWidget):
    """Choose copies or members: a mode and its parameters, turned into a core selection text.
    ``check(kind, code)`` returns why a hand-picked code cannot be used ('' when it can); ``search_hint`` is what
    the search finds (the catalogue's, unless members are chosen)."""

    def __init__(self, modes: list[tuple[str, str]], parent=None, check=None, search_hint: str = "") -> None:
        super().__init__(parent)
        self.check = check
        self.search_hint = search_hint
        self.scan_lists: dict[str, ScanList] = {}
        self.mode = QComboBox()
        self.mode.setAccessibleName(self.tr("Which to print"))
        self.stack = QStackedWidget()
        self.makers = []
        for key, title in modes:
            self.mode.addItem(title, key)
            widget, maker = self._editor(key)
            self.stack.addWidget(widget)
            self.makers.append(maker)
        self.mode.currentIndexChanged.connect(self.show_editor)
        self.stack.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.show_editor(0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.mode)
        layout.addWidget(self.stack)

    def show_editor(self, index: int) -> None:
        """The editor of the chosen mode, as tall as itself: a stack is as tall as its tallest page (the list
        of scanned barcodes), which left "in the last 30 days" floating in an empty box."""
        for n in range(self.stack.count()):  # (the width stays the widest page's: the form does not jump)
            tall = QSizePolicy.Policy.Preferred if n == index else QSizePolicy.Policy.Ignored
            self.stack.widget(n).setSizePolicy(QSizePolicy.Policy.Preferred, tall)
        self.stack.setCurrentIndex(index)
        self.stack.updateGeometry()

    def _editor(self, key: str):
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        if key in ("just-added", "new"):
            days = QSpinBox()
            days.setRange(1, 3650)
            days.setValue(selection.DEFAULT_DAYS)
            days.setSuffix(self.tr(" days"))
            days.setAccessibleName(self.tr("Added in the last days"))
            row.addWidget(QLabel(self.tr("in the last")))
            row.addWidget(days)
            row.addStretch()
            self.changed_by(days.valueChanged)
            return box, lambda: f"{key}:{days.value()}"
        if key == "dates":
            first, last = QDateEdit(), QDateEdit()
            for edit, name in ((first, self.tr("From date")), (last, self.tr("To date"))):
                edit.setCalendarPopup(True)
                edit.setDisplayFormat("dd-MM-yyyy")
                edit.setDate(QDate.currentDate())
                edit.setAccessibleName(name)
                self.changed_by(edit.dateChanged)
            first.setDate(QDate.currentDate().addDays(-30))
            row.addWidget(first)
            row.addWidget(QLabel("–"))
            row.addWidget(last)
            return box, lambda: (f"dates:{first.date().toString('yyyy-MM-dd')}.."
                                 f"{last.date().toString('yyyy-MM-dd')}")
        if key == "accession":
            first, last = QLineEdit(), QLineEdit()
            first.setPlaceholderText("1")
            last.setPlaceholderText("50")
            first.setAccessibleName(self.tr("First accession number"))
            last.setAccessibleName(self.tr("Last accession number"))
            for edit in (first, last):
                self.changed_by(edit.textChanged)
            row.addWidget(first)
            row.addWidget(QLabel("–"))
            row.addWidget(last)
            return box, lambda: f"accession:{first.text().strip()}..{last.text().strip()}"
        if key == "ids":
            self.ids: list[int] = []
            self.ids_label = QLabel()
            row.addWidget(self.ids_label)
            return box, lambda: "ids:" + ",".join(map(str, self.ids))
        if key == "all":
            row.addWidget(QLabel(self.tr("every member whose card is still valid")))
            return box, lambda: "all"
        if key == "new-barcodes":  # (copies an import gave this library's barcodes: catalog.new_barcodes)
            said = QLabel(self.tr("copies the file listed without a barcode: their books have no label yet"))
            said.setWordWrap(True)
            row.addWidget(said, 1)
            return box, lambda: "new-barcodes"
        if key in ("imported", "unprinted"):  # (imported: they keep the old system's registration dates)
            said = QLabel(self.tr("members brought in from SLiMS, INLISLite or a list, whose card is still valid")
                          if key == "imported" else self.tr("valid members whose card was never printed or saved "
                                                            "as PDF here"))
            said.setWordWrap(True)
            row.addWidget(said, 1)
            return box, lambda: key
        if key in ("barcodes", "numbers"):
            placeholder = (self.tr("scan a barcode (Enter after each)") if key == "barcodes"
                           else self.tr("scan a member card or type its number, then Enter"))
            check = (lambda code, k=key: self.check(k, code)) if self.check is not None else None
            scan_list = self.scan_lists[key] = ScanList(placeholder, check)
            self.changed_by(scan_list.changed)
            return scan_list, lambda: f"{key}:" + ",".join(scan_list.codes())
        edit = QLineEdit()
        edit.setPlaceholderText({
            "search": self.search_hint or self.tr("words from the title or author, a class or call number "
                                                  "(899.221 3 HIR), an ISBN or barcode..."),  # (what search finds)
        }.get(key, ""))
        edit.setAccessibleName(edit.placeholderText())
        self.changed_by(edit.textChanged)
        row.addWidget(edit)
        return box, lambda: f"{key}:{edit.text()}"

    def changed_by(self, signal) -> None:
        signal.connect(lambda *_: self.on_change())

    def on_change(self) -> None:  # replaced by the page
        pass

    def spec(self) -> str:
        return self.makers[self.mode.currentIndex()]()

    def use_mode(self, key: str) -> None:
        self.mode.setCurrentIndex(self.mode.findData(key))
        self.on_change()

    def use_ids(self, ids: list[int], text: str) -> None:
        """Select rows handed over by another page (e.g. a catalogue search result)."""
        self.ids = list(ids)
        self.ids_label.setText(text)
        self.mode.setCurrentIndex(self.mode.findData("ids"))
        self.on_change()
