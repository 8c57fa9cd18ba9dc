"""The import wizard's preview step: the first rows of the file; for a spreadsheet, a field chooser above
every column, lined up with it (``import_wizard`` holds the other steps)."""

from __future__ import annotations

import itertools
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizardPage,
)

from ..core.errors import PustakaError
from ..core.interop import readers, spreadsheet
from .widgets.a11y import narrow_combo, readable, release_tab
from .widgets.messages import error_text, translate
from .widgets.screen import UNLIMITED
from .widgets.tables import fit_columns

PREVIEW_WIDEST = 36  # characters: the widest a preview column grows to fit what it shows


class Choices(Protocol):
    """What the preview asks of its wizard (``import_wizard.ImportWizard``): the choices of the first step."""

    def fmt(self) -> str: ...

    def path(self) -> str: ...

    def database(self) -> str | None: ...


class PreviewPage(QWizardPage):
    """The first rows of the file; for a spreadsheet, a field chooser above every column. The choosers
    and the table scroll sideways together (a sheet of many columns does not widen the wizard past the
    screen); Tab goes through the choosers in column order, then the table, then the buttons."""

    def __init__(self, wizard: Choices) -> None:
        super().__init__(wizard)
        self.wiz = wizard
        self.setTitle(self.tr("Preview"))
        layout = QVBoxLayout(self)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.fields_label = QLabel(self.tr("&Column contents, left to right (Tab goes to the next column):"))
        layout.addWidget(self.fields_label)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no Tab stop of its own: its contents have them
        inner = QWidget()
        self.column = QVBoxLayout(inner)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(0)
        self.mapping_bar = QWidget()
        self.mapping_row = QHBoxLayout(self.mapping_bar)
        self.mapping_row.setContentsMargins(0, 0, 0, 0)
        self.mapping_row.setSpacing(0)
        self.column.addWidget(self.mapping_bar)
        self.table = QTableWidget()
        self.table.setAccessibleName(self.tr("First rows of the file"))
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        release_tab(self.table)
        self.table.horizontalHeader().sectionResized.connect(self._line_up)
        self.table.currentCellChanged.connect(self._show_cell)
        self.column.addWidget(self.table, 1)
        self.column.addStretch(0)  # below a table of its full size: the room left over
        self.scroll.setWidget(inner)
        layout.addWidget(self.scroll, 1)
        self.combos: list[tuple[str, QComboBox]] = []
        self.error = ""

    def initializePage(self) -> None:  # noqa: N802
        fmt, path = self.wiz.fmt(), self.wiz.path()
        self.combos = []
        while self.mapping_row.count():
            widget = self.mapping_row.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.table.clear()
        self._table_scrolls_itself(True)
        self.fields_label.setBuddy(None)
        self.fields_label.hide()
        self.error = ""
        readable(self.hint, False)
        try:
            if fmt in ("xlsx", "csv") and not spreadsheet.known_export(path):
                self._spreadsheet(path)
            else:  # another system's own export (INLISLite) is read as that system writes it: no mapping
                self._records(fmt, path)
                if fmt in ("xlsx", "csv"):
                    self.hint.setText(self.tr("Recognised as an INLISLite export: read as INLISLite writes it. "
                                              "The first rows:"))
        except PustakaError as exc:
            self.error = error_text(exc)
            self.hint.setText(self.error)
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            # why Next stays grey is read first: the focus went to the empty table, the reason only painted
            readable(self.hint, True)
            self.hint.setFocus(Qt.FocusReason.OtherFocusReason)
        self.completeChanged.emit()

    def _spreadsheet(self, path: str) -> None:
        seen = spreadsheet.preview(path, rows=10)
        hint = self.tr("Choose what each column holds. The guess comes from the column names; "
                       "columns set to “(ignore)” are not imported.")
        if seen.sheets:  # a buku induk kept a sheet a year: the others come in too, with these choices
            hint += " " + self.tr("The workbook has {count} sheets ({names}): this is the first; every sheet with "
                                  "titles is imported, its columns read by these choices.").format(
                count=len(seen.sheets), names=", ".join(seen.sheets))
        self.hint.setText(hint)
        self.table.setColumnCount(len(seen.headers))
        self.table.setRowCount(len(seen.rows))
        self.table.setHorizontalHeaderLabels(seen.headers)
        for r, values in enumerate(seen.rows):
            for c, value in enumerate(values):
                self._cell(r, c, value)
        for header in seen.headers:
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Field for column {column}").format(column=header))
            combo.addItem(self.tr("(ignore)"), "")
            for key, label in spreadsheet.FIELDS.items():
                combo.addItem(translate("Spreadsheet", label), key)
            guess = seen.mapping.get(header, "")
            combo.setCurrentIndex(max(0, combo.findData(guess)))
            combo.setToolTip(header)
            combo.currentIndexChanged.connect(self.completeChanged)
            narrow_combo(combo, 12)  # the column sets the width; the open list shows every field in full
            self.mapping_row.addWidget(combo)
            self.combos.append((header, combo))
        self.mapping_row.addStretch(1)
        combos = [combo for _, combo in self.combos]
        if combos:
            self.fields_label.setBuddy(combos[0])
            self.fields_label.show()
            for first, second in itertools.pairwise([*combos, self.table]):  # (made after the table and the
                QWidget.setTabOrder(first, second)                            # buttons: Tab reached them last)
        # the table shows all its (ten) rows at full width; the page scrolls it and the choosers together
        self._table_scrolls_itself(False)
        fit_columns(self.table, PREVIEW_WIDEST)
        for c, combo in enumerate(combos):
            self.table.setColumnWidth(c, max(self.table.columnWidth(c), combo.sizeHint().width()))
        self.table.resizeRowsToContents()
        self._line_up()

    def _cell(self, row: int, column: int, text: str) -> None:
        item = QTableWidgetItem(text)
        item.setToolTip(text)  # a long title is cut with "…": the whole of it on the pointer
        self.table.setItem(row, column, item)

    def _table_scrolls_itself(self, scrolls: bool) -> None:
        """A file of records: the table fills the page and scrolls on its own. A spreadsheet: the table
        takes its full size below the choosers, and the page scrolls both."""
        policy = Qt.ScrollBarPolicy.ScrollBarAsNeeded if scrolls else Qt.ScrollBarPolicy.ScrollBarAlwaysOff
        self.table.setHorizontalScrollBarPolicy(policy)
        self.table.setVerticalScrollBarPolicy(policy)
        self.table.verticalHeader().setVisible(scrolls)  # (row numbers would shift the columns off the choosers)
        self.mapping_bar.setVisible(not scrolls)
        self.column.setStretch(1, 1 if scrolls else 0)  # the table takes the room left, or the space below it
        self.column.setStretch(2, 0 if scrolls else 1)
        if scrolls:
            self.table.setMinimumSize(0, 0)
            self.table.setMaximumSize(UNLIMITED, UNLIMITED)
        self.mapping_row.setContentsMargins(self.table.frameWidth(), 0, 0, 0)

    def _line_up(self, *_resized) -> None:
        """Each chooser exactly as wide as its column, the table as large as all its cells."""
        if not self.combos:
            return
        for c, (_header, combo) in enumerate(self.combos):
            combo.setFixedWidth(self.table.columnWidth(c))
        frame = 2 * self.table.frameWidth()
        header = self.table.horizontalHeader()
        rows = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        self.table.setFixedSize(header.length() + frame, header.sizeHint().height() + rows + frame)

    def _show_cell(self, row: int, column: int, *_previous) -> None:
        """Arrowing through the table of a spreadsheet brings its current cell into view."""
        if self.combos and row >= 0 and column >= 0:
            cell = self.table.visualRect(self.table.model().index(row, column))
            centre = self.table.viewport().mapTo(self.scroll.widget(), cell.center())
            self.scroll.ensureVisible(centre.x(), centre.y(), cell.width() // 2 + 8, cell.height() // 2 + 8)

    def _records(self, fmt: str, path: str) -> None:
        database = self.wiz.database()
        which = {"database": database} if database else None  # (the slims-sql reader takes it from the mapping)
        rows = list(itertools.islice((inc for inc in readers.parse(fmt, path, which) if inc.notice is None), 20))
        self.hint.setText(self.tr("The first rows of the library {database}:").format(database=database) if database
                          else self.tr("The first rows of the file:"))
        headers = [self.tr("Row"), self.tr("Title"), self.tr("Authors"), self.tr("ISBN"), self.tr("Copies"),
                   self.tr("Problem")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        sample = rows[:20]
        self.table.setRowCount(len(sample))
        for r, inc in enumerate(sample):
            record = inc.record or {}
            values = [str(inc.row), record.get("title", inc.record_title),
                      "; ".join(a["name"] for a in record.get("authors", [])), record.get("isbn", ""),
                      ", ".join(i.get("barcode", "") for i in inc.items),
                      inc.error.message(translate) if inc.error else ""]
            for c, value in enumerate(values):
                self._cell(r, c, value)
        # an ISBN is read whole; a long title is cut ("…") instead of taking the room of the others
        fit_columns(self.table, PREVIEW_WIDEST)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeRowsToContents()

    def mapping(self) -> dict[str, str] | None:
        if not self.combos:
            return None
        return {header: combo.currentData() for header, combo in self.combos}

    def isComplete(self) -> bool:  # noqa: N802
        if self.error:
            return False
        if self.combos:
            return any(combo.currentData() == "title" for _, combo in self.combos)
        return True
