"""The import wizard, the review list and the dashboard driven with the keyboard alone, on a small
screen: what a tester found going through a SLiMS export and a buku induk kept in Excel without a
mouse (the column choosers out of reach, tables that kept Tab, F2 editing nothing, Enter pressed
twice, windows wider or taller than the screen, cut ISBNs, an empty chart's "0, 0, 0, 0, 1")."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCharts import QBarCategoryAxis, QValueAxis
from PySide6.QtCore import QCoreApplication, QEvent, QPoint, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit

from pustaka_desktop import i18n
from pustaka_desktop.core.catalog import review
from pustaka_desktop.core.interop import importer, slims
from pustaka_desktop.core.store.models import Record
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.main_window import MainWindow
from pustaka_desktop.gui.pages.dashboard import ChartCard, DashboardPage
from pustaka_desktop.gui.review_list import CORRECTION, RECORD, WHY, ReviewDialog
from pustaka_desktop.gui.widgets.screen import UNLIMITED, screen_of

from .a11y_helpers import describe, leaves_with, press
from .test_interop_pages import _wizard

LONG_TITLE = ("Turi-turian ni Halak Batak: Kumpulan Cerita Rakyat dari Tanah Batak untuk Anak-anak Sekolah Dasar "
              "dan Menengah")  # 112 characters, as in the tester's file
BUKU_INDUK = ["No", "Judul", "Pengarang", "Penerbit", "Tahun Terbit", "No. Induk", "Kode Eksemplar", "Jumlah"]


def _slims_csv(path, rows: list[dict[str, str]]):
    """A SLiMS bibliography export as SLiMS writes it: every field quoted, authors and items in <...>."""
    lines = [",".join(slims.BIBLIO_COLUMNS)]
    lines += [",".join(f'"{row.get(column, "")}"' for column in slims.BIBLIO_COLUMNS) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _flagged_catalogue(tmp_path):
    """Three books with a field each the import keeps as written: a class number, an ISBN, a language."""
    return _slims_csv(tmp_path / "biblio.csv", [
        {"title": "Laskar Pelangi", "gmd_name": "Text", "isbn_issn": "9789793062792", "classification": "899.221 3 HIR l",
         "language_name": "Indonesia", "authors": "<Andrea Hirata>", "item_code": "<B00001>"},
        {"title": "The Little Prince", "gmd_name": "Text", "isbn_issn": "9780156012199", "classification": "843",
         "language_name": "English", "authors": "<Antoine de Saint-Exupéry>", "item_code": "<B00006>"},
        {"title": LONG_TITLE, "gmd_name": "Text", "classification": "398.2", "language_name": "Batak Toba",
         "authors": "<Sitompul>", "item_code": "<B00009>"},
    ])


def _buku_induk(path, headers=BUKU_INDUK):
    """A buku induk kept by hand in Excel, one copy a row."""
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(headers)
    for n, (title, author) in enumerate([("Si Kancil dan Buaya", "Dongeng Nusantara"),
                                         ("Cara Menanam Padi", "Dinas Pertanian")], start=1):
        row = {"No": str(n), "Judul": title, "Pengarang": author, "Penerbit": "Balai Pustaka", "Tahun Terbit": "1998",
               "No. Induk": f"00{n}/SKM/2020", "Kode Eksemplar": f"E000{n}", "Jumlah": "1"}
        sheet.append([row.get(header, f"{header} {n}") for header in headers])
    book.save(path)
    return path


def _active(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def _review(qtbot, lib, librarian, tmp_path) -> ReviewDialog:
    importer.import_file(lib, librarian, "slims-biblio", _flagged_catalogue(tmp_path))
    dialog = ReviewDialog(AppContext(lib, librarian))
    qtbot.addWidget(dialog)
    dialog.show()
    _active(qtbot, dialog)
    dialog.table.setFocus()
    return dialog


def _row_of(dialog: ReviewDialog, reason: str) -> int:
    return next(r for r, entry in enumerate(dialog.entries) if entry.reason == reason)


# -- the mapping step ------------------------------------------------------------------------------


def test_tab_goes_through_the_column_choosers_in_order_then_the_table_then_the_buttons(qtbot, lib, librarian,
                                                                                      tmp_path):
    wizard = _wizard(qtbot, AppContext(lib, librarian), "xlsx", _buku_induk(tmp_path / "buku_induk.xlsx"))
    _active(qtbot, wizard)
    wizard.next()
    combos = [combo for _, combo in wizard.preview.combos]
    assert len(combos) == len(BUKU_INDUK)
    assert QApplication.focusWidget() is combos[0]  # the step opens on the first column's chooser
    stops = [QApplication.focusWidget()] + [press(qtbot, Qt.Key.Key_Tab) for _ in range(len(combos) + 1)]
    assert stops == [*combos, wizard.preview.table, wizard.button(wizard.WizardButton.BackButton)], \
        [describe(widget) for widget in stops]
    # the choosers have an Alt letter: the label above them leads to the first
    assert wizard.preview.fields_label.buddy() is combos[0] and "&" in wizard.preview.fields_label.text()


def test_a_wide_sheet_scrolls_its_choosers_with_its_columns_and_the_wizard_stays_on_the_screen(qtbot, lib,
                                                                                               librarian, tmp_path):
    headers = [*BUKU_INDUK, "Kota Terbit", "Bahasa", "Harga", "Sumber", "Keterangan"]  # 13 columns
    wizard = _wizard(qtbot, AppContext(lib, librarian), "xlsx", _buku_induk(tmp_path / "lebar.xlsx", headers))
    free = screen_of(wizard).availableGeometry()
    wizard.next()
    QApplication.processEvents()
    preview = wizard.preview
    assert wizard.frameGeometry().width() <= free.width()
    for which in (wizard.WizardButton.NextButton, wizard.WizardButton.CancelButton):
        button = wizard.button(which)
        assert free.contains(button.mapToGlobal(QPoint(button.width() - 1, button.height() - 1))), which
    # every chooser sits over its column, and one scroll bar moves both
    inner = preview.scroll.widget()
    for c, (_header, combo) in enumerate(preview.combos):
        column_left = preview.table.viewport().mapTo(inner, QPoint(preview.table.columnViewportPosition(c), 0)).x()
        assert combo.mapTo(inner, QPoint(0, 0)).x() == column_left and combo.width() == preview.table.columnWidth(c)
    assert preview.scroll.horizontalScrollBar().maximum() > 0
    assert preview.table.horizontalScrollBar().maximum() == 0  # the table does not scroll apart from them
    last = preview.combos[-1][1]
    last.setFocus(Qt.FocusReason.TabFocusReason)
    preview.scroll.ensureWidgetVisible(last)
    assert preview.scroll.horizontalScrollBar().value() > 0
    wizard.next()  # the check step: the wizard did not keep a width the screen lacks
    assert wizard.frameGeometry().width() <= free.width()


# -- the preview of a catalogue file -------------------------------------------------------------------


def test_the_preview_shows_isbns_whole_and_cuts_long_titles(qtbot, lib, librarian, tmp_path):
    wizard = _wizard(qtbot, AppContext(lib, librarian), "slims-biblio", _flagged_catalogue(tmp_path))
    wizard.next()
    table = wizard.preview.table
    isbn, title = 3, 1
    assert table.item(0, isbn).text() == "9789793062792"
    assert table.columnWidth(isbn) >= table.sizeHintForColumn(isbn)  # read whole, not "9789793062…"
    assert table.columnWidth(title) < table.fontMetrics().horizontalAdvance(LONG_TITLE)


# -- tables let Tab go -------------------------------------------------------------------------------


def test_tab_leaves_the_preview_the_check_and_the_review_tables(qtbot, lib, librarian, tmp_path):
    path = _slims_csv(tmp_path / "biblio.csv", [
        {"title": "Laskar Pelangi", "gmd_name": "Text", "isbn_issn": "9789793062792", "item_code": "<B1>"},
        {"title": "", "gmd_name": "Text", "isbn_issn": "9789793210605", "item_code": "<B2>"},  # no title: left out
    ])
    wizard = _wizard(qtbot, AppContext(lib, librarian), "slims-biblio", path)
    _active(qtbot, wizard)
    wizard.next()
    assert wizard.preview.table.rowCount() >= 1
    assert leaves_with(qtbot, wizard.preview.table, Qt.Key.Key_Tab)
    assert leaves_with(qtbot, wizard.preview.table, Qt.Key.Key_Backtab)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.report.plan is not None, timeout=20000)
    assert wizard.report.bad.rowCount() == 1
    assert leaves_with(qtbot, wizard.report.bad, Qt.Key.Key_Tab)
    wizard.close()
    dialog = _review(qtbot, lib, librarian, tmp_path)
    assert leaves_with(qtbot, dialog.table, Qt.Key.Key_Tab)
    assert leaves_with(qtbot, dialog.table, Qt.Key.Key_Backtab)


# -- the review list -------------------------------------------------------------------------------


def test_f2_or_typing_edits_the_correction_of_the_selected_row(qtbot, lib, librarian, tmp_path):
    dialog = _review(qtbot, lib, librarian, tmp_path)
    table = dialog.table
    assert table.currentColumn() == CORRECTION  # where F2 and typing go, from the start
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Left)  # the arrows move between rows; the current cell stays the correction
    assert (table.currentRow(), table.currentColumn()) == (1, CORRECTION)
    table.setCurrentCell(1, RECORD)  # (a click on the title)
    press(qtbot, Qt.Key.Key_F2)
    assert table.state() == QAbstractItemView.State.EditingState and table.currentColumn() == CORRECTION
    press(qtbot, Qt.Key.Key_Escape)
    language = _row_of(dialog, "language")
    table.setCurrentCell(language, RECORD)
    table.selectRow(language)
    for letter in "bbc":  # typing starts the editor with what is typed
        qtbot.keyClicks(QApplication.focusWidget(), letter)
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "bbc"
    assert table.currentColumn() == CORRECTION


def test_one_enter_applies_a_typed_correction_and_the_next_row_is_ready(qtbot, lib, librarian, tmp_path):
    dialog = _review(qtbot, lib, librarian, tmp_path)
    table = dialog.table
    ddc = _row_of(dialog, "ddc")
    table.selectRow(ddc)
    table.to_correction(ddc)
    press(qtbot, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "899.221")  # not the suggestion (899.2213): what the librarian chose
    press(qtbot, Qt.Key.Key_Return)  # once
    assert Record.get(Record.title == "Laskar Pelangi").ddc == "899.221"
    assert review.open_count(lib) == 2 and table.rowCount() == 2
    # the next row is selected, its correction current: F2 works at once
    assert table.currentRow() == min(ddc, 1) and table.currentColumn() == CORRECTION
    assert table.selectionModel().isRowSelected(table.currentRow())


def test_a_refused_typed_value_stays_in_the_editor_with_the_reason(qtbot, lib, librarian, tmp_path):
    dialog = _review(qtbot, lib, librarian, tmp_path)
    table = dialog.table
    isbn = _row_of(dialog, "isbn")
    suggestion = dialog.entries[isbn].suggestion
    table.selectRow(isbn)
    table.to_correction(isbn)
    press(qtbot, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    editor.selectAll()
    qtbot.keyClicks(editor, "9780156012196")  # a wrong check digit again
    press(qtbot, Qt.Key.Key_Return)
    assert dialog.status.text()  # why it was refused
    editor = QApplication.focusWidget()
    assert isinstance(editor, QLineEdit) and editor.text() == "9780156012196"
    assert table.state() == QAbstractItemView.State.EditingState
    press(qtbot, Qt.Key.Key_Return)  # Enter again is refused again: never the suggestion in its place
    assert Record.get(Record.title == "The Little Prince").isbn != suggestion
    assert review.open_count(lib) == 3


@pytest.mark.parametrize("screen", [(1024, 600), (1366, 768)])
def test_a_long_title_leaves_the_reason_and_the_correction_in_view(qtbot, lib, librarian, tmp_path, screen):
    dialog = _review(qtbot, lib, librarian, tmp_path)
    dialog.setMaximumSize(UNLIMITED, UNLIMITED)
    dialog.resize(min(1000, screen[0] - 20), min(560, screen[1] - 40))  # what fit_to_screen gives there
    table = dialog.table
    for rows_left in (3, 1):
        while table.rowCount() > rows_left:  # keep the long title for last
            table.selectRow(next(r for r, e in enumerate(dialog.entries) if e.reason != "language"))
            dialog.keep_selected()
        QApplication.processEvents()
        view = table.viewport().width()
        assert table.columnWidth(WHY) >= 20 * table.fontMetrics().averageCharWidth(), rows_left
        assert table.columnViewportPosition(CORRECTION) + table.columnWidth(CORRECTION) <= view, rows_left
        assert table.horizontalScrollBar().maximum() == 0
        title = table.item(_row_of(dialog, "language"), RECORD)
        assert table.columnWidth(RECORD) < table.fontMetrics().horizontalAdvance(LONG_TITLE)  # cut with "…"
        assert title.toolTip() == LONG_TITLE  # and whole on the pointer


def test_the_dialogs_open_no_larger_than_the_screen(qtbot, lib, librarian, tmp_path):
    dialog = _review(qtbot, lib, librarian, tmp_path)
    wizard = _wizard(qtbot, AppContext(lib, librarian))
    for window in (dialog, wizard):
        free = screen_of(window).availableGeometry()  # (the test screen is 800 px wide)
        assert window.frameGeometry().width() <= free.width() and window.frameGeometry().height() <= free.height()


# -- the dashboard -----------------------------------------------------------------------------------


@pytest.fixture
def indonesian():
    i18n.install("id")
    yield
    i18n.install("en")


def test_the_dashboard_opens_with_ctrl_0_and_the_go_menu_has_alt_letters(qtbot, lib, librarian, indonesian):
    window = MainWindow(AppContext(lib, librarian))
    qtbot.addWidget(window)
    window.show()
    _active(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.current_key() == "dashboard"
    go = window.menuBar().actions()[1].menu()
    entries = [action.text() for action in go.actions() if not action.isSeparator()]
    letters = [text.replace("&&", "")[text.replace("&&", "").index("&") + 1].lower()
               for text in entries if "&" in text.replace("&&", "")]
    assert len(letters) == len(entries) and len(set(letters)) == len(letters), entries
    assert any("Impor && Ekspor" in text.replace("&I", "I").replace("&E", "E") for text in entries)


def _tick_labels(axis: QValueAxis) -> list[str]:
    """The labels the axis draws (its label format is %d)."""
    if axis.tickType() == QValueAxis.TickType.TicksDynamic:
        count = int((axis.max() - axis.tickAnchor()) // axis.tickInterval()) + 1
        values = [axis.tickAnchor() + n * axis.tickInterval() for n in range(count)]
    else:
        step = (axis.max() - axis.min()) / (axis.tickCount() - 1)
        values = [axis.min() + n * step for n in range(axis.tickCount())]
    return [str(int(value)) for value in values]


def _axis(card, kind):
    return next(axis for axis in card.view.chart().axes() if isinstance(axis, kind))


def test_an_empty_chart_counts_in_whole_numbers(qtbot, lib, librarian):
    page = DashboardPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: getattr(page, "loads_done", 0) >= 1, timeout=10_000)
    labels = _tick_labels(_axis(page.loans, QValueAxis))  # nothing lent yet
    assert labels == ["0", "1"]
    page.loans.set_data(["Jan", "Feb"], [("Loans", [7, 3])], ["Month", "Loans"])
    labels = _tick_labels(_axis(page.loans, QValueAxis))
    assert len(set(labels)) == len(labels) and int(labels[-1]) >= 7


def test_the_last_class_of_the_collection_chart_is_not_cut(qtbot, lib, librarian, indonesian):
    page = DashboardPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.resize(780, 520)  # the page on a 1024 x 600 screen
    page.show()
    classes = [(f"{n}00" if n else "000", n, n + 1) for n in range(10)] + [("other", 1, 1)]
    page.show_collection(classes)
    qtbot.waitUntil(lambda: page.collection.view.chart().plotArea().width() > 0)
    QApplication.processEvents()
    axis = _axis(page.collection, QBarCategoryAxis)
    room = page.collection.view.chart().plotArea().width() / axis.count()
    label = axis.categories()[-1]
    assert QFontMetrics(axis.labelsFont()).horizontalAdvance(label) <= room, (label, room)


def test_a_chart_drawn_again_lets_its_old_chart_go(qtbot):
    """The dashboard draws its four charts again at each refresh (it stays open all day at the desk): the view
    let go of each old chart without deleting it, so every refresh kept four more in memory."""
    card = ChartCard("Loans per month")
    qtbot.addWidget(card)
    card.set_data(["Jan"], [("Loans", [1])], ["Month", "Loans"])
    first = card.view.chart()
    card.set_data(["Jan", "Feb"], [("Loans", [7, 3])], ["Month", "Loans"])
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
    assert not shiboken6.isValid(first)
    assert shiboken6.isValid(card.view.chart()) and len(card.view.chart().axes()) == 2
