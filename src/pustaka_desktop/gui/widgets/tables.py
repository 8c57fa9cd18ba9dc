"""The read-only tables pages show (search results, loans, holidays, partners, conflicts): one way to
set them up, so every list behaves alike under the mouse, the keyboard and a screen reader."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import TypeVar

from PySide6.QtCore import QAbstractItemModel, QEvent, QModelIndex, QObject
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
)

SINGLE = QAbstractItemView.SelectionMode.SingleSelection
EXTENDED = QAbstractItemView.SelectionMode.ExtendedSelection
NONE = QAbstractItemView.SelectionMode.NoSelection
TO_CONTENTS = QHeaderView.ResizeMode.ResizeToContents
INTERACTIVE = QHeaderView.ResizeMode.Interactive
STRETCH = QHeaderView.ResizeMode.Stretch
NO_STRETCH = -1  # every column keeps its own width
KEY_ROLE = 256  # Qt.ItemDataRole.UserRole: the row's key on its first cell

View = TypeVar("View", bound=QTableView)


def read_only(view: View, name: str, *, selection: QAbstractItemView.SelectionMode = SINGLE,
              resize: QHeaderView.ResizeMode = TO_CONTENTS, stretch: int | None = None) -> View:
    """Named for screen readers, whole rows selected, nothing typed into cells, no row numbers; the
    columns sized by ``resize`` and column ``stretch`` (the last one when None, none with NO_STRETCH)
    taking the room left."""
    view.setAccessibleName(name)
    view.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move inside it
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(selection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    header = view.horizontalHeader()
    header.setSectionResizeMode(resize)
    if stretch is None:
        header.setStretchLastSection(True)
    elif stretch != NO_STRETCH:
        header.setSectionResizeMode(stretch, STRETCH)
    return view


def wrapped_column(table: QTableView, column: int) -> None:
    """A column of sentences (why a bundle was refused, and what to do) read whole: it takes the room the other
    columns leave and its text wraps onto more lines in a taller row, instead of being cut at the table's edge
    and scrolled sideways. For short lists: every row is measured."""
    table.setWordWrap(True)
    table.horizontalHeader().setSectionResizeMode(column, STRETCH)
    table.verticalHeader().setSectionResizeMode(TO_CONTENTS)


def read_only_table(headers: list[str], name: str, **options) -> QTableWidget:
    """A read-only table of cells with these column titles (see ``read_only`` for the options)."""
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    return read_only(table, name, **options)


def model_table(model: QAbstractItemModel, name: str, **options) -> QTableView:
    """A read-only view over ``model`` (see ``read_only`` for the options)."""
    view = QTableView()
    view.setModel(model)
    return read_only(view, name, **options)


def current_key(table: QTableWidget) -> object | None:
    """The key ``fill`` put on the current row (None: no row is current)."""
    item = table.item(table.currentRow(), 0) if table.currentRow() >= 0 else None
    return None if item is None else item.data(KEY_ROLE)


def fill(table: QTableWidget, rows: Sequence[Sequence[object]], keys: Sequence[object] | None = None,
         fit: bool = True) -> None:
    """The table's rows become ``rows`` (None shows as empty); ``keys[r]`` rides on row r's first cell
    (``KEY_ROLE``); with ``fit`` the columns are then sized to what they show."""
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            if keys is not None and c == 0:
                item.setData(KEY_ROLE, keys[r])
            table.setItem(r, c, item)
    if fit:  # (a stretched column keeps the room left: sized to its text it ran past the table's edge)
        header = table.horizontalHeader()
        for column in range(table.columnCount()):
            if header.sectionResizeMode(column) != STRETCH:
                table.resizeColumnToContents(column)


def fit_columns(view: QTableView, widest: int = 40, columns: Iterable[int] | None = None) -> None:
    """Each column (of ``columns``, all when None) as wide as what it shows, but no wider than
    ``widest`` average characters: a long title is cut with "…" (its cell's tooltip keeps it whole)
    instead of taking the room of the columns beside it. The columns stay resizable by hand."""
    limit = view.fontMetrics().averageCharWidth() * widest
    header = view.horizontalHeader()
    for column in range(header.count()) if columns is None else columns:
        header.setSectionResizeMode(column, INTERACTIVE)
        view.resizeColumnToContents(column)
        view.setColumnWidth(column, min(view.columnWidth(column), limit))


def fit_widths(view: QTableView, chars: Mapping[int, int], main: tuple[int, int] | None = None) -> None:
    """Each column of ``chars`` as wide as its header's title and ``chars[column]`` average characters, whichever
    is wider: what a column shows is read whole on a 1366×768 screen (a call number such as ``899.221 3 HIR l``,
    the title "Nomor panggil"), without measuring every row of a 100,000-title result. Resizable by hand.
    ``main`` (column, characters): the stretched main column keeps that room (``main_column_keeps_room``)."""
    if main is not None:
        main_column_keeps_room(view, *main)
    header = view.horizontalHeader()
    char = view.fontMetrics().averageCharWidth()
    margin = 2 * (view.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, view) + 1) + char
    for column, count in chars.items():
        header.setSectionResizeMode(column, INTERACTIVE)
        view.setColumnWidth(column, max(header.sectionSizeHint(column), count * char + margin))


class _MainColumnKeepsRoom(QObject):
    """See ``main_column_keeps_room``: watches the table's size."""

    def __init__(self, view: QTableView, column: int, chars: int) -> None:
        super().__init__(view)
        self.view, self.column, self.chars = view, column, chars
        view.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 - Qt name
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.fit()
        return False

    def fit(self) -> None:
        view, header = self.view, self.view.horizontalHeader()
        need = self.chars * view.fontMetrics().averageCharWidth()
        others = sum(header.sectionSize(c) for c in range(header.count())
                     if c != self.column and not header.isSectionHidden(c))
        room = view.width() - 2 * view.frameWidth() - view.verticalHeader().width() \
            - view.verticalScrollBar().sizeHint().width() - others
        stretched = header.sectionResizeMode(self.column) == QHeaderView.ResizeMode.Stretch
        if stretched and room < need:
            header.setSectionResizeMode(self.column, INTERACTIVE)
            view.setColumnWidth(self.column, need)
        elif not stretched and room >= need:
            header.setSectionResizeMode(self.column, QHeaderView.ResizeMode.Stretch)


def main_column_keeps_room(view: QTableView, column: int, chars: int) -> None:
    """The stretched main column (a title) keeps ``chars`` characters when the table is narrow (a 1024 x 600
    netbook beside the practice tasks): the later columns scroll sideways instead. Stretched when there is room."""
    _MainColumnKeepsRoom(view, column, chars)


# the characters that give a text its direction (Unicode's strong types)
_LEFT_TO_RIGHT = {"L"}
_RIGHT_TO_LEFT = {"R", "AL"}
RLI, PDI = "\u2067", "\u2069"  # a right-to-left isolate: its own direction, whatever is around it
ELLIPSIS = "\u2026"


def right_to_left_tail(text: str) -> int:
    """Where a text that starts left to right ends in right-to-left script (``Riyāḍ aṣ-Ṣāliḥīn = رياض الصالحين``)
    starts that script: the first right-to-left character after the last left-to-right one; -1 for another text."""
    kinds = [unicodedata.bidirectional(c) for c in text]
    strong = [n for n, kind in enumerate(kinds) if kind in _LEFT_TO_RIGHT | _RIGHT_TO_LEFT]
    if not strong or kinds[strong[0]] not in _LEFT_TO_RIGHT or kinds[strong[-1]] not in _RIGHT_TO_LEFT:
        return -1
    last_ltr = max(n for n in strong if kinds[n] in _LEFT_TO_RIGHT)
    return next(n for n in strong if n > last_ltr)


def elided_at_its_end(text: str, metrics: QFontMetrics, room: int) -> str:
    """``text`` cut to ``room`` pixels with "…" where its reading stops: a right-to-left part at its end keeps
    its own words in order and takes the "…" at its left end. (Qt puts it after the text's last letter, which in
    a left-to-right line shows at the Arabic part's right, its beginning: it read as cut in the middle.) A text
    that fits, or has no such part, or whose left-to-right part does not fit either, is left to Qt."""
    start = right_to_left_tail(text)
    if start < 0 or metrics.horizontalAdvance(text) <= room:
        return text

    def cut(end: int) -> str:
        return f"{text[:start]}{RLI}{text[start:end].rstrip()}{ELLIPSIS}{PDI}"

    low, high = start, len(text) - 1  # the longest cut of the right-to-left part that fits
    if metrics.horizontalAdvance(cut(start + 1)) > room:
        return text
    while low < high:
        middle = (low + high + 1) // 2
        if metrics.horizontalAdvance(cut(middle)) <= room:
            low = middle
        else:
            high = middle - 1
    return cut(low)


class ElideAtTheEnd(QStyledItemDelegate):
    """Cells cut where their reading stops, also a title that ends in Arabic script (``elided_at_its_end``)."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # noqa: N802 - Qt name
        super().initStyleOption(option, index)
        widget = option.widget
        style = widget.style() if widget is not None else None
        margin = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1) if style else 8
        room = option.rect.width() - margin - 2  # (a pixel short of Qt's own cut on either side)
        if room > 0 and option.text:
            option.text = elided_at_its_end(option.text, option.fontMetrics, room)
