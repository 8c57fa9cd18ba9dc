"""The import wizard's preview step: the first rows of the file; for a spreadsheet, a field chooser above
every column, lined up with it (``import_wizard`` holds the other steps). The rows are read on a worker thread
when Next is pressed on the first step (``PreviewPage.read``): a SLiMS backup is read whole for them, and a
district's is hundreds of MB."""

from __future__ import annotations

import itertools
from contextlib import closing
from dataclasses import dataclass, field
from datetime import date
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

from ..core.errors import Cancelled, PustakaError
from ..core.interop import readers, sheet_headers, source_marks, spreadsheet
from ..core.interop.catalogue_row import as_read, to_check
from ..core.interop.types import Incoming, clean
from ..core.jobs import checkpoint
from .widgets.a11y import announce, make_live, narrow_combo, readable, release_tab
from .widgets.messages import error_text, translate
from .widgets.screen import UNLIMITED
from .widgets.tables import fit_columns
from .workers import JobFn, wait_for

PREVIEW_WIDEST = 36  # characters: the widest a preview column grows to fit what it shows
SHEET_ROWS = 10  # the rows of a spreadsheet shown under its choosers
RECORD_ROWS = 20  # the records shown of another format


class Choices(Protocol):
    """What the preview asks of its wizard (``import_wizard.ImportWizard``): the choices of the first step."""

    def fmt(self) -> str: ...

    def path(self) -> str: ...

    def database(self) -> str | None: ...


@dataclass
class FirstRows:
    """What the preview read of the file: a spreadsheet's first rows, to map; or the first records of another
    format (or of a spreadsheet that is INLISLite's export); or why the file cannot be read."""

    sheet: spreadsheet.SheetPreview | None = None
    records: list[Incoming] = field(default_factory=list)
    inlislite: bool = False
    error: str = ""


def first_rows(fmt: str, path: str, database: str | None) -> JobFn:
    """The preview's reading of the file ``path`` as a job for a worker thread. Each reader stops after the first
    rows, except where the file does not let it: a SLiMS backup is read whole (the authors and copies of its
    first rows are in the tables after them), and so is a workbook without its size noted at its top (openpyxl
    measures it before the first row). The import reads the file again, whole, as before."""
    def job(progress, cancel) -> FirstRows:
        if fmt in ("xlsx", "csv") and not spreadsheet.known_export(path):
            checkpoint(None, cancel, 0.0)  # (opening a workbook asks nothing: Cancel is heard between the steps)
            sheet = spreadsheet.preview(path, rows=SHEET_ROWS)
            checkpoint(None, cancel, 1.0)
            return FirstRows(sheet=sheet)
        which = {"database": database} if database else None  # (the slims-sql reader takes it from the mapping)
        with closing(readers.guarded(readers.parse(fmt, path, which, progress, cancel), path)) as rows:
            records = list(itertools.islice((inc for inc in rows if inc.notice is None), RECORD_ROWS))
        checkpoint(None, cancel, 1.0)
        return FirstRows(records=records, inlislite=fmt in ("xlsx", "csv"))
    return job


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
        # two columns given one field: said at once (Next waits when one column's values would be lost)
        self.shared = QLabel()
        self.shared.setWordWrap(True)
        self.shared.hide()
        layout.addWidget(self.shared)
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
        # why the current cell is marked "(to check)": the pointer's tooltip is out of a keyboard user's reach
        self.cell_note = make_live(QLabel())
        self.cell_note.setWordWrap(True)
        layout.addWidget(self.cell_note)
        self.combos: list[tuple[str, QComboBox]] = []
        self.cells: list[list] = []  # the spreadsheet's first rows, as the file holds them
        self.error = ""
        self.seen = FirstRows()  # read by ``read`` (Next on the first step), shown by ``initializePage``
        self.reading = False  # ``read`` waits for the worker thread

    def read(self) -> bool:
        """Next on the first step: the first rows of the chosen file, read on a worker thread while the window
        stays alive, with the progress dialog and Cancel (a backup is read whole: tens of seconds on an old PC).
        False when the librarian cancels: the wizard stays on the file it was reading, to choose again or wait.
        A file that cannot be read goes on to this page, which says why."""
        self.reading = True
        try:
            self.seen = wait_for(self.wizard(), self.tr("Reading the first rows for the preview"),
                                 first_rows(self.wiz.fmt(), self.wiz.path(), self.wiz.database()))
        except Cancelled:
            return False
        except PustakaError as exc:
            self.seen = FirstRows(error=error_text(exc))
        finally:
            self.reading = False
        return self.wizard().isVisible()  # (closed meanwhile: nowhere to go)

    def initializePage(self) -> None:  # noqa: N802
        self.combos = []
        while self.mapping_row.count():
            widget = self.mapping_row.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.table.clear()
        self.cell_note.setText("")
        self._table_scrolls_itself(True)
        self.fields_label.setBuddy(None)
        self.fields_label.hide()
        self.shared.setText("")
        self.shared.hide()
        self.error = ""
        readable(self.hint, False)
        seen = self.seen
        if seen.error:
            self.error = seen.error
            self.hint.setText(self.error)
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            # why Next stays grey is read first: the focus went to the empty table, the reason only painted
            readable(self.hint, True)
            self.hint.setFocus(Qt.FocusReason.OtherFocusReason)
        elif seen.sheet is not None:
            self._spreadsheet(seen.sheet)
        else:  # another system's own export (INLISLite) is read as that system writes it: no mapping
            self._records(seen.records)
            if seen.inlislite:
                self.hint.setText(self.tr("Recognised as an INLISLite export: read as INLISLite writes it. "
                                          "The first rows:"))
        self.completeChanged.emit()

    def _spreadsheet(self, seen: spreadsheet.SheetPreview) -> None:
        hint = self.tr("Choose what each column holds. The guess comes from the column names; "
                       "columns set to “(ignore)” are not imported.")
        if seen.sheets:  # a buku induk kept a sheet a year: the others come in too, with these choices
            # (named: after a cover or instructions sheet, the one shown is not the workbook's first)
            hint += " " + self.tr("The workbook has {count} sheets ({names}): shown here is “{sheet}”, the first "
                                  "with titles; every sheet with titles is imported, its columns read by these "
                                  "choices.").format(count=len(seen.sheets), names=", ".join(seen.sheets),
                                                     sheet=seen.sheet or seen.sheets[0])
        if seen.hidden_columns:  # (a helper column she hid would fill a field she never sees: named, to ignore)
            hint += " " + self.tr("Columns hidden in Excel are read too: {columns}. Set one to “(ignore)” if it "
                                  "should not come in.").format(columns=", ".join(seen.hidden_columns))
        if seen.hidden:  # (what she sees in Excel is fewer rows than what comes in: said before, counted after)
            hint += " " + self.tr("Some rows of the sheet are hidden in Excel (hidden, or filtered out): they are "
                                  "imported too. The check on the next step counts them.")
        self.hint.setText(hint)
        self.table.setColumnCount(len(seen.headers))
        self.table.setRowCount(len(seen.rows))
        self.table.setHorizontalHeaderLabels(seen.headers)
        self.cells = seen.cells or seen.rows
        for column, header in enumerate(seen.headers):
            self._show_column(column, seen.mapping.get(header, ""))
        for column, header in enumerate(seen.headers):
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Field for column {column}").format(column=header))
            combo.addItem(self.tr("(ignore)"), "")
            for key, label in spreadsheet.FIELDS.items():
                combo.addItem(translate("Spreadsheet", label), key)
            guess = seen.mapping.get(header, "")
            combo.setCurrentIndex(max(0, combo.findData(guess)))
            combo.setToolTip(header)
            combo.currentIndexChanged.connect(self._say_shared)
            combo.currentIndexChanged.connect(self.completeChanged)
            combo.currentIndexChanged.connect(lambda _index, c=column, chosen=combo: self._field_chosen(c, chosen))
            narrow_combo(combo, 12)  # the column sets the width; the open list shows every field in full
            self.mapping_row.addWidget(combo)
            self.combos.append((header, combo))
        self.mapping_row.addStretch(1)
        self._say_shared()
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

    def _cell(self, row: int, column: int, text: str, written: str = "") -> None:
        item = QTableWidgetItem(text)
        tip = text  # a long title is cut with "…": the whole of it on the pointer
        if written and written != text:  # (and what the file says, when the import reads it another way)
            tip = self.tr("{value}\nIn the file: {written}").format(value=text, written=written)
        item.setToolTip(tip)
        self.table.setItem(row, column, item)

    def _show_column(self, column: int, name: str) -> None:
        """A column's cells as the import reads them into the field ``name`` (``as_read``): 42100 or
        "2015-03-02 00:00:00" under "Tgl Terima" is the day 06-04-2015 to the import, and reads as broken data
        to a librarian; "45000.0" under "Harga" is Rp 45.000. A value the import keeps for checking afterwards
        ("Maret 2015": the 1st taken; "31-13-2016": no date) is marked so, and its tooltip says why."""
        header = self.table.horizontalHeaderItem(column)
        for row, values in enumerate(self.cells):
            value = values[column] if column < len(values) else None
            text = as_read(name, value)
            check = to_check(name, value, header.text() if header else "")
            if check is not None:
                text = self.tr("{value} (to check)").format(value=text)
            # (a date cell's "2015-03-02 00:00:00" is no more what the librarian typed than the day shown)
            self._cell(row, column, text, "" if isinstance(value, date) else clean(value))
            if check is not None:
                item = self.table.item(row, column)
                why = translate("Import", check[0]).format(**check[1])
                item.setToolTip(item.toolTip() + "\n" + why)
                item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, why)  # read with the cell
        self._say_cell()

    def _field_chosen(self, column: int, combo: QComboBox) -> None:
        """Another field chosen for a column: its cells shown as that field reads them (the choosers keep
        their widths: the table's columns follow them)."""
        self._show_column(column, combo.currentData())
        fit_columns(self.table, PREVIEW_WIDEST, [column])
        self.table.setColumnWidth(column, max(self.table.columnWidth(column), combo.sizeHint().width()))
        self.table.resizeRowsToContents()
        self._line_up()

    def _say_shared(self) -> None:
        """Two columns given one field: one that takes a single column is said as a problem (only one column's
        values could come in: Next waits until she chooses), one that lists several (authors, subjects,
        remarks, notes) as what happens: each row's values joined."""
        lines = []
        for target, columns in sheet_headers.sharing(self.mapping() or {}).items():
            named = ", ".join(f"“{column}”" for column in columns)
            label = translate("Spreadsheet", spreadsheet.FIELDS[target])
            if target == "source" and source_marks.is_group(columns):
                lines.append(self.tr("The columns {columns} are read as ticks: the column marked in a row (X, a "
                                     "tick, a donor's name) is the copy's source, and numbers under them count the "
                                     "copies from each. A row marked under two of them is listed to check.").format(columns=named))
            elif target in sheet_headers.JOINABLE:
                lines.append(self.tr("The columns {columns} all go to “{field}”: each row's values are joined, one "
                                     "after another.").format(columns=named, field=label))
            else:
                lines.append(self.tr("The columns {columns} are all set to “{field}”, which takes one column: only "
                                     "one column's values could come in. Choose another field for all but one of "
                                     "them, or “(ignore)”.").format(columns=named, field=label))
        text = "\n".join(lines)
        if text == self.shared.text():
            return  # (said once, not again at each change of another column)
        self.shared.setText(text)
        self.shared.setVisible(bool(text))
        readable(self.shared, bool(text))
        if text:
            announce(self.shared, text)  # (the focus stays in the chooser she changed: the line shows above)

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

    def _say_cell(self) -> None:
        """Below the table: why the current cell is marked "(to check)" (nothing for a cell that is not)."""
        item = self.table.currentItem()
        why = item.data(Qt.ItemDataRole.AccessibleDescriptionRole) if item is not None else None
        self.cell_note.setText(why or "")  # (it names the column and the value; a row number would not be Excel's)

    def _show_cell(self, row: int, column: int, *_previous) -> None:
        """Arrowing through the table of a spreadsheet brings its current cell into view, and says why a cell marked
        "(to check)" is."""
        self._say_cell()
        if self.combos and row >= 0 and column >= 0:
            cell = self.table.visualRect(self.table.model().index(row, column))
            centre = self.table.viewport().mapTo(self.scroll.widget(), cell.center())
            self.scroll.ensureVisible(centre.x(), centre.y(), cell.width() // 2 + 8, cell.height() // 2 + 8)

    def _records(self, rows: list[Incoming]) -> None:
        database = self.wiz.database()
        self.hint.setText(self.tr("The first rows of the library {database}:").format(database=database) if database
                          else self.tr("The first rows of the file:"))
        headers = [self.tr("Row"), self.tr("Title"), self.tr("Authors"), self.tr("ISBN"), self.tr("Copies"),
                   self.tr("Problem")]
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for r, inc in enumerate(rows):
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
            mapping = self.mapping() or {}
            return bool(spreadsheet.TITLE_FIELDS & set(mapping.values())) and not sheet_headers.clashes(mapping)
        return True
