"""What a volunteer moving a village library in from SLiMS meets, screen after screen (found walking it in
Indonesian with a library of a few thousand titles): one question at a time, whole words and columns,
counts that add up to the rows of the file, and messages that say what really happened."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.import_wizard import ImportWizard
from pustaka_desktop.gui.pages import transfer as transfer_module
from pustaka_desktop.gui.pages.transfer import TransferPage
from pustaka_desktop.gui.review_list import ReviewDialog


def test_moving_in_from_a_backup_asks_about_the_members_only_after_the_review_list_is_closed(
        qtbot, lib, librarian, tmp_path, monkeypatch, message_boxes):
    """The import of a backup opens the list of fields to check; the question "import the members now?"
    came at the same moment, over that list. Now it comes when the list is closed."""
    from tests.core.test_interop_slims_backup import write_dump

    dump = write_dump(tmp_path / "backup_20260301_170000.sql")
    walked: list[ImportWizard] = []

    class Walked(ImportWizard):
        def exec(self):  # what the volunteer does in the wizard: the backup, Next, Next, Import
            walked.append(self)
            self.show()
            self.choose.path.setText(str(dump))
            self.next()
            self.next()
            qtbot.waitUntil(lambda: self.report.plans != [], timeout=20000)
            self.button(QWizard.WizardButton.FinishButton).click()
            qtbot.waitUntil(lambda: self.result_plans != [], timeout=20000)
            return 1

    monkeypatch.setattr(transfer_module, "ImportWizard", Walked)
    page = TransferPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.open_wizard()
    review_list = walked[0].review_dialog
    assert isinstance(review_list, ReviewDialog)
    qtbot.waitUntil(review_list.isVisible, timeout=10000)
    assert message_boxes == []  # nothing asked over the list
    review_list.accept()
    qtbot.waitUntil(lambda: len(message_boxes) == 1, timeout=10000)  # now: the members?


def _checked_pair(qtbot, lib, librarian, tmp_path) -> ImportWizard:
    """The wizard on its check page, with SLiMS's two exports of a library whose bibliography has a row
    without a title (its copies are in the item file too)."""
    from pustaka_desktop.core.interop import slims
    from tests.core.test_interop_slims_pair import _line

    biblio, items = tmp_path / "senayan_biblio_export.csv", tmp_path / "senayan_item_export.csv"
    biblio.write_text("\n".join([",".join(slims.BIBLIO_COLUMNS) + ",", *(_line(slims.BIBLIO_COLUMNS, row) for row in [
        dict(title="Laskar Pelangi", classification="899.221 3", item_code="<B0001>"),
        dict(title="", classification="398.2", item_code="<B0002>"),
        dict(title="Laskar Pelangi", classification="899.221 3", item_code="<B0003>")])]) + "\n", encoding="utf-8")
    items.write_text("\n".join([",".join(slims.ITEM_COLUMNS) + ",", *(_line(slims.ITEM_COLUMNS, row) for row in [
        dict(item_code="B0001", title="Laskar Pelangi"), dict(item_code="B0002", title=""),
        dict(item_code="B0003", title="Laskar Pelangi")])]) + "\n", encoding="utf-8")
    wizard = ImportWizard(AppContext(lib, librarian))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose.format.setCurrentIndex(wizard.choose.format.findData("slims-biblio"))
    wizard.choose.path.setText(str(biblio))
    wizard.choose.items_path.setText(str(items))
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.report.plans != [], timeout=20000)
    return wizard


def test_the_check_shows_the_whole_file_name_of_each_row_left_out(qtbot, lib, librarian, tmp_path):
    """"senayan_bibl…" or "senayan_ite…": which of the two files a row is in was cut off."""
    table = _checked_pair(qtbot, lib, librarian, tmp_path).report.bad
    left_out = [r for r in range(table.rowCount()) if table.item(r, 2).text().startswith("Left out: ")]
    assert len(left_out) == 2 and not table.isColumnHidden(0)
    assert table.columnWidth(0) >= table.sizeHintForColumn(0)


def test_a_copy_of_a_record_without_a_title_is_not_told_to_import_the_biblio_file_first(qtbot, lib, librarian,
                                                                                        tmp_path):
    """Both files were imported together: "No record titled  in the catalogue: import the biblio file first"
    (a double space for the missing title) sent the volunteer to do what was already done."""
    _, items_plan = _checked_pair(qtbot, lib, librarian, tmp_path).report.plans
    (left_out,) = items_plan.bad
    assert left_out.params == {"barcode": "B0002"}
    assert "biblio file first" not in left_out.message() and "B0002" in left_out.message()


def test_the_check_counts_every_row_of_the_bibliography_file(qtbot, lib, librarian, tmp_path):
    """Two rows describing one book come in as one record: "3195 of 3199 records" for a file of 3200 rows
    left one row unaccounted for. Now the rows add up: records, rows joined to an earlier one, rows left out."""
    wizard = _checked_pair(qtbot, lib, librarian, tmp_path)
    biblio_plan = wizard.report.plans[0]
    assert (biblio_plan.rows, biblio_plan.records_in, len(biblio_plan.bad)) == (3, 1, 1)
    text = wizard.report.summary.text()
    assert "1 of 3 records can come in" in text
    assert "as an earlier row, taken as its record with their copies (Perlu diperiksa): 1." in text


def test_the_review_list_shows_the_kind_of_each_field_whole(qtbot, lib, librarian, tmp_path):
    """"Mungkin dupli…": the kind column was cut at 18 average characters; its labels are short words."""
    from pustaka_desktop.core.interop import importer
    from pustaka_desktop.gui.review_list import KIND

    wizard = _checked_pair(qtbot, lib, librarian, tmp_path)
    importer.import_slims(lib, librarian, wizard.path(), wizard.items())
    dialog = ReviewDialog(AppContext(lib, librarian))
    qtbot.addWidget(dialog)
    kinds = [dialog.table.item(row, KIND).text() for row in range(dialog.table.rowCount())]
    assert "Possible duplicate" in kinds or "Mungkin duplikat" in kinds
    assert dialog.table.columnWidth(KIND) >= dialog.table.sizeHintForColumn(KIND)


def test_the_label_search_promises_only_what_the_catalogue_search_finds(qtbot, lib, librarian, tmp_path):
    """The Printing page's search said "words from the title, author, call number…" while a call number such
    as 899.221 3 found nothing, so the preview stayed empty. The catalogue search now finds class and call
    numbers (core.catalog.shelf_search), and the hint says so again."""
    from PySide6.QtWidgets import QLineEdit

    from pustaka_desktop.core.catalog.search import search
    from pustaka_desktop.core.interop import importer
    from pustaka_desktop.gui.pages.printing import PrintingPage

    wizard = _checked_pair(qtbot, lib, librarian, tmp_path)
    importer.import_slims(lib, librarian, wizard.path(), wizard.items())
    assert [hit.title for hit in search(lib, "899.221 3").hits] == ["Laskar Pelangi"]
    page = PrintingPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    box = page.items
    box.mode.setCurrentIndex(box.mode.findData("search"))
    placeholder = box.stack.currentWidget().findChild(QLineEdit).placeholderText()
    assert "title" in placeholder and "call number" in placeholder


def test_the_labels_choice_of_copies_is_as_tall_as_what_it_asks(qtbot, lib, librarian):
    """"Just added … in the last 30 days" floated in a box as tall as the list of scanned barcodes."""
    from pustaka_desktop.gui.pages.printing import PrintingPage

    page = PrintingPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    box = page.items
    box.mode.setCurrentIndex(box.mode.findData("just-added"))
    days = box.stack.currentWidget()
    assert box.stack.sizeHint().height() <= days.sizeHint().height()
    box.mode.setCurrentIndex(box.mode.findData("barcodes"))  # the list of scanned barcodes has its room
    assert box.stack.sizeHint().height() >= box.stack.currentWidget().sizeHint().height() > days.sizeHint().height()
