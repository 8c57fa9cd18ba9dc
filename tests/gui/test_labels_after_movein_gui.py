"""Moving day on the Import & Export page: an import that gave copies this library's barcodes says so with a button
that opens the Print page choosing exactly those copies; SLiMS's CSV exports end with the next steps of the move
(the members, then the loans), as a SLiMS backup does."""

from __future__ import annotations

from pustaka_desktop.core.interop import importer
from pustaka_desktop.core.printing import selection
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.import_wizard import ImportWizard
from pustaka_desktop.gui.pages import transfer as transfer_module
from pustaka_desktop.gui.pages.printing import PrintingPage
from pustaka_desktop.gui.pages.transfer import TransferPage

from ..core.test_interop_slims_pair import biblio_text, items_text
from ..core.test_labels_after_movein import ROOM_A, sheet


def walked(monkeypatch, fmt: str, run, items: str = "") -> None:
    """The wizard, walked to its end: ``run()`` is the import its Import button makes."""
    class Walked(ImportWizard):
        def exec(self):
            self.result_plans = run()
            self.result_plan = self.result_plans[0]
            return 1

        def fmt(self):
            return fmt

        def items(self):
            return items

    monkeypatch.setattr(transfer_module, "ImportWizard", Walked)


class Window:
    """The main window's one service the page uses: open a page by its key."""

    def __init__(self, ctx: AppContext, qtbot) -> None:
        self.printing = PrintingPage(ctx)
        qtbot.addWidget(self.printing)

    def show_page(self, key: str):
        return self.printing if key == "printing" else None


def test_the_import_offers_the_labels_of_the_copies_it_gave_new_barcodes(qtbot, lib, librarian, tmp_path,
                                                                           monkeypatch):
    ctx = AppContext(lib, librarian)
    path = sheet(tmp_path, "buku induk.csv", ROOM_A)
    walked(monkeypatch, "csv", lambda: [importer.import_file(lib, librarian, "csv", path)])
    page = TransferPage(ctx)
    qtbot.addWidget(page)
    assert not page.new_labels_button.isVisibleTo(page)
    page.open_wizard()
    assert "Copies given a new barcode of this library (the file has none for them): 6." in page.last_import.text()
    assert page.new_labels_button.isVisibleTo(page)
    window = Window(ctx, qtbot)
    monkeypatch.setattr(page, "window", lambda: window)
    page.new_labels_button.click()
    printing = window.printing
    assert printing.tabs.currentIndex() == 0 and printing.items.spec() == "new-barcodes"
    assert len(selection.copies_to_print(lib, printing.items.spec())) == 6
    page.open_wizard()  # the same file again: nothing new to label
    assert not page.new_labels_button.isVisibleTo(page) and "new barcode" not in page.last_import.text()


def test_a_slims_csv_import_says_the_next_steps_of_the_move(qtbot, lib, librarian, tmp_path, monkeypatch,
                                                            message_boxes):
    biblio, items = tmp_path / "biblio.csv", tmp_path / "item.csv"
    biblio.write_text(biblio_text(), encoding="utf-8")
    items.write_text(items_text(), encoding="utf-8")
    walked(monkeypatch, "slims-biblio", lambda: list(importer.import_slims(lib, librarian, biblio, items)), str(items))
    page = TransferPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.open_wizard()
    assert page.last_import.text().endswith(transfer_module.SLIMS_NEXT)
    [asked] = message_boxes  # the members next? (as after a SLiMS backup); No here: nothing more happens
    assert asked.startswith(transfer_module.SLIMS_NEXT) and "members export now?" in asked


def test_an_item_file_whose_books_are_not_here_says_no_next_steps(qtbot, lib, librarian, tmp_path, monkeypatch,
                                                                  message_boxes):
    """SLiMS's item export alone, before its bibliography: none of its copies came in, so the move does not go on
    with the members (they said "next steps" and offered the members export as if the catalogue were in)."""
    items = tmp_path / "item.csv"
    items.write_text(items_text(), encoding="utf-8")
    walked(monkeypatch, "slims-item", lambda: [importer.import_file(lib, librarian, "slims-item", items)])
    page = TransferPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.open_wizard()
    assert "Last import:" in page.last_import.text() and transfer_module.SLIMS_NEXT not in page.last_import.text()
    assert not message_boxes
