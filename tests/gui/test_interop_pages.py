"""The Accession register page and the Import & Export page with its wizard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWizard

from pustaka_desktop.core import demo
from pustaka_desktop.core.catalog import review
from pustaka_desktop.core.interop import importer, slims
from pustaka_desktop.core.store.models import Item, Record
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.import_wizard import ImportWizard
from pustaka_desktop.gui.pages.accession_register import AccessionRegisterPage
from pustaka_desktop.gui.pages.dashboard import DashboardPage
from pustaka_desktop.gui.pages.transfer import TransferPage
from pustaka_desktop.gui.review_list import ReviewDialog


def test_register_page_pages_through_the_copies_and_filters(qtbot, lib, librarian, volunteer):
    demo.generate(lib, "tiny")
    page = AccessionRegisterPage(AppContext(lib, volunteer))
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: getattr(page, "loads_done", 0) >= 1, timeout=10_000)  # counted in the background
    assert page.model.total == Item.select().count()
    assert page.model.rowCount() <= 200
    assert not page.pdf_button.isEnabled()  # a volunteer may look, not export
    page.number_from.setText("5")
    page.number_to.setText("7")
    page.refresh()
    qtbot.waitUntil(lambda: page.loads_done >= 2, timeout=10_000)
    assert page.model.rowCount() == 3
    assert "3" in page.count_label.text()


@pytest.mark.tiny_demo
def test_register_page_saves_a_pdf(qtbot, lib, librarian, tmp_path):
    page = AccessionRegisterPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    assert page.pdf_button.isEnabled()
    target = tmp_path / "induk.pdf"
    page.save_to(str(target))
    qtbot.waitUntil(target.exists, timeout=20000)
    assert target.read_bytes().startswith(b"%PDF")


def _wizard(qtbot, ctx, fmt: str = "", path=None) -> ImportWizard:
    """The import wizard, shown, with ``fmt`` and the file ``path`` chosen on its first page (when given)."""
    wizard = ImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.show()
    if fmt:
        wizard.choose.format.setCurrentIndex(wizard.choose.format.findData(fmt))
    if path is not None:
        wizard.choose.path.setText(str(path))
    return wizard


def test_import_wizard_dry_run_then_import(qtbot, lib, librarian, tmp_path):
    path = tmp_path / "biblio.csv"
    path.write_text(",".join(slims.BIBLIO_COLUMNS) + "\n" + ",".join(
        f'"{v}"' for v in ["Laskar Pelangi", "Text", "", "9789793062792", "Bentang", "2008", "", "", "", "Indonesia",
                          "Yogyakarta", "899.221", "", "", "", "<Andrea Hirata>", "<Novel>", "<B1>"]) + "\n"
        + ",".join(f'"{v}"' for v in ["Salah", "Text", "", "9789793062790"] + [""] * 14) + "\n", encoding="utf-8")
    ctx = AppContext(lib, librarian)
    changed = []
    ctx.events.catalog_changed.connect(lambda: changed.append(1))
    wizard = _wizard(qtbot, ctx, "slims-biblio", path)
    assert wizard.choose.isComplete()
    wizard.next()
    assert wizard.preview.table.rowCount() == 2 and wizard.preview.isComplete()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.report.plan is not None, timeout=20000)
    # the wrong ISBN check digit does not cost the record: it comes in, flagged
    assert wizard.report.plan.records_add == 2 and "Perlu diperiksa" in wizard.report.summary.text()
    # nothing is left out; the field the import will keep as written is listed, with its row, before the import
    (flagged,) = [wizard.report.bad.item(r, 2).text() for r in range(wizard.report.bad.rowCount())]
    assert flagged.startswith("To check afterwards (Perlu diperiksa): Salah: 9789793062790")
    assert wizard.report.bad.item(0, 1).text() == "3"
    assert Record.select().count() == 0  # the dry run wrote nothing
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result_plan is not None, timeout=20000)
    assert Record.select().count() == 2 and changed
    # the review list opens after the import and is cleared with the keyboard alone
    dialog = wizard.review_dialog
    assert dialog is not None and dialog.table.rowCount() == 1
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.table.item(0, 4).text() == "9789793062792"  # the suggested check digit
    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)
    assert review.open_count(lib) == 0 and dialog.table.rowCount() == 0
    assert Record.get(Record.title == "Salah").isbn == "9789793062792"


def test_the_wizard_names_the_sheet_of_each_row_of_a_buku_induk_kept_a_sheet_a_year(qtbot, lib, librarian, tmp_path):
    from openpyxl import Workbook

    path = tmp_path / "buku-induk.xlsx"
    book = Workbook()
    book.remove(book.active)
    for name, rows in {"2019": [["No. Induk", "Judul", "Pengarang"], ["1/PD/2019", "Laskar Pelangi", "Andrea Hirata"]],
                       "2020": [["No. Induk", "Judul", "Pengarang"], ["1/PD/2020", "Bumi Manusia", "Pramoedya"],
                                ["2/PD/2020", None, "Tere Liye"]]}.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    wizard = _wizard(qtbot, AppContext(lib, librarian), "xlsx", path)
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.report.plan is not None, timeout=20000)
    assert wizard.report.plan.records_add == 2  # both years, not only the first sheet
    where = QCoreApplication.translate("Import", "Sheet {sheet}, row {row}").format(sheet="2020", row=3)
    assert wizard.report.bad.rowCount() == 1 and wizard.report.bad.item(0, 1).text() == where


def test_review_list_keeps_and_fixes_by_keyboard_and_the_dashboard_counts(qtbot, lib, librarian, tmp_path):
    path = tmp_path / "biblio.csv"
    rows = [["Tjerita Rakjat", "Text", "", "", "", "1958", "", "", "", "Batak Toba", "", "Fiksi", "", "", "",
             "<Soedjito>", "", "<B1>"],
            ["Kancil", "Text", "", "", "", "2001", "", "", "", "Indonesia", "", "899.221 3 HIR l", "", "", "",
             "", "", "<B2>"]]
    path.write_text(",".join(slims.BIBLIO_COLUMNS) + "\n" + "".join(
        ",".join(f'"{v}"' for v in row) + "\n" for row in rows), encoding="utf-8")
    ctx = AppContext(lib, librarian)
    importer.import_file(lib, librarian, "slims-biblio", path)
    assert review.open_count(lib) == 3
    dashboard = DashboardPage(ctx)
    qtbot.addWidget(dashboard)
    assert not dashboard.review_button.isHidden() and "3" in dashboard.review_button.text()
    dialog = ReviewDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    reasons = [dialog.entries[r].reason for r in range(dialog.table.rowCount())]
    assert sorted(reasons) == ["ddc", "ddc", "language"]
    dialog.table.setFocus()
    language = reasons.index("language")
    dialog.table.selectRow(language)
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)  # Batak Toba is right as written
    assert review.open_count(lib) == 2
    dialog.table.selectAll()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Return)  # both class numbers take their suggestions
    assert review.open_count(lib) == 0
    assert {r.title: r.ddc for r in Record.select()} == {"Tjerita Rakjat": "F", "Kancil": "899.2213"}
    assert Record.get(Record.title == "Tjerita Rakjat").language == "Batak Toba"
    dashboard.refresh()
    assert dashboard.review_button.isHidden()


@pytest.mark.tiny_demo
def test_transfer_page_exports_and_hides_nothing_it_cannot_do(qtbot, lib, librarian, tmp_path):
    page = TransferPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    assert page.export_button.isEnabled()
    target = tmp_path / "katalog.mrc"
    page.export_to("marc", str(target))
    qtbot.waitUntil(target.exists, timeout=20000)
    assert target.stat().st_size > 1000


def test_transfer_page_imports_a_member_list_kept_in_excel_after_showing_the_check(qtbot, lib, librarian, tmp_path,
                                                                                   monkeypatch):
    """A village's own member list (no card numbers) through the page: the check is shown, 'Yes'
    imports, new card numbers are given, and a second import of the same list adds nobody."""
    from openpyxl import Workbook

    from pustaka_desktop.core.store.models import Member
    from pustaka_desktop.gui.pages import transfer as transfer_module

    book = Workbook()
    for row in (["DAFTAR ANGGOTA PERPUSTAKAAN DESA"], [], ["No", "Nama", "L/P", "Tempat, Tgl Lahir", "No. HP"],
                [1, "Siti Aminah", "P", "Kutai, 12-05-1990", "0812-3456-7890"],
                [2, "Budi Santoso", "L", "Tenggarong, 3 Februari 2011", "belum ada"], [3, "", "L", "", ""]):
        book.active.append(row)
    path = tmp_path / "anggota.xlsx"
    book.save(path)
    asked: list[str] = []
    monkeypatch.setattr(transfer_module, "confirm", lambda parent, title, text: asked.append(text) or True)
    monkeypatch.setattr(transfer_module, "info", lambda parent, title, text: asked.append(text))
    page = TransferPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    assert page.members_import_button.isEnabled() and page.members_export_button.isEnabled()
    page.import_members(str(path))
    qtbot.waitUntil(lambda: "2 added" in page.last_members_import.text(), timeout=20000)
    assert "2 to add" in asked[0] and "Row 6:" in asked[0]  # the row without a name is refused and shown
    assert "Row 5: The phone belum ada is not a phone number" in asked[0]  # kept in the notes, and said
    siti = Member.get(Member.name == "Siti Aminah")
    assert siti.number and siti.phone == "081234567890" and str(siti.birth_date) == "1990-05-12"
    assert "Telepon: belum ada" in Member.get(Member.name == "Budi Santoso").notes
    page.import_members(str(path))  # the same list again: nothing to add, said so
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=20000)
    assert "0 to add" in asked[1] and Member.select().count() == 2


def test_a_volunteer_sees_the_member_import_and_export_disabled(qtbot, lib, volunteer):
    page = TransferPage(AppContext(lib, volunteer))
    qtbot.addWidget(page)
    assert not page.members_import_button.isEnabled() and not page.members_export_button.isEnabled()
    assert not page.history_import_button.isEnabled()


def test_transfer_page_brings_a_slims_backups_loans_in_after_showing_the_check(qtbot, lib, librarian, tmp_path,
                                                                             monkeypatch):
    """After the catalogue and the members of a SLiMS backup, its loans, fines and visitor book: the
    check lists what comes in and what is left out (with its line), 'Yes' imports, the copy still out is
    on loan here; the same backup again has nothing to add, and says so."""
    from pustaka_desktop.core.interop import member_import
    from pustaka_desktop.core.store.models import Loan
    from pustaka_desktop.gui.pages import transfer as transfer_module
    from tests.core.test_interop_slims_backup import write_dump
    from tests.core.test_interop_slims_history import _history

    dump = write_dump(tmp_path / "backup_20260301_170000.sql", extra=_history())
    importer.import_slims_backup(lib, librarian, dump)
    member_import.import_members(lib, librarian, dump)
    asked: list[str] = []
    monkeypatch.setattr(transfer_module, "confirm", lambda parent, title, text: asked.append(text) or True)
    monkeypatch.setattr(transfer_module, "info", lambda parent, title, text: asked.append(text))
    page = TransferPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.show()
    # a page opened fresh shows no blank gap where the last import's summary will be
    assert not page.last_history_import.isVisible() and not page.last_import.isVisible()
    assert page.history_import_button.isEnabled()
    page.import_history(str(dump))
    qtbot.waitUntil(lambda: "added" in page.last_history_import.text(), timeout=20000)
    assert page.last_history_import.isVisible()
    assert "1 loan(s) still out and 2 returned loan(s) to add" in asked[0]
    assert "X9999 is not in the catalogue" in asked[0] and "8 row(s) left out" in asked[0]
    assert "Copy B0006: for M001." in asked[0]  # SLiMS kept it for her: take it to the hold shelf
    assert Item.get(Item.barcode == "B0001").status == "on_loan" and Loan.select().count() == 3
    page.import_history(str(dump))
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=20000)
    assert "0 loan(s) still out and 0 returned loan(s) to add" in asked[1] and Loan.select().count() == 3


def test_wizard_reads_an_inlislite_report_as_inlislite(qtbot, lib, librarian, tmp_path):
    from tests.core.test_interop_movein import inlislite_laporan_katalog

    path = tmp_path / "Laporan_Katalog.xlsx"
    inlislite_laporan_katalog(path)
    wizard = _wizard(qtbot, AppContext(lib, librarian), "xlsx", path)
    wizard.next()
    assert wizard.preview.combos == [] and "INLISLite" in wizard.preview.hint.text()
    assert wizard.preview.table.item(0, 1).text() == "Laskar pelangi"
    wizard.next()
    qtbot.waitUntil(lambda: wizard.report.plan is not None, timeout=20000)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result_plan is not None, timeout=20000)
    assert Record.get(Record.slims_id == "inlislite:0010-0218000012").subtitle == "sebuah novel"
    assert Item.select().count() == 0


def _slims_pair(tmp_path):
    from tests.core.test_interop_slims_pair import biblio_text, items_text

    biblio, items = tmp_path / "senayan_biblio_export.csv", tmp_path / "senayan_item_export.csv"
    biblio.write_text(biblio_text(), encoding="utf-8")
    items.write_text(items_text(), encoding="utf-8")
    return biblio, items


def test_wizard_imports_slims_bibliography_and_items_in_one_go(qtbot, lib, librarian, tmp_path):
    biblio, items = _slims_pair(tmp_path)
    ctx = AppContext(lib, librarian)
    wizard = _wizard(qtbot, ctx)
    choose = wizard.choose
    choose.format.setCurrentIndex(choose.format.findData("marc"))
    assert not choose.items_path.isVisible()  # only SLiMS has a second file
    choose.format.setCurrentIndex(choose.format.findData("slims-biblio"))
    assert choose.items_path.isVisible()
    choose.path.setText(str(biblio))
    choose.items_path.setText(str(tmp_path / "missing.csv"))
    assert not choose.isComplete()  # a named item file must exist
    choose.items_path.setText(str(items))
    assert choose.isComplete()
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.report.plans != [], timeout=20000)
    biblio_plan, items_plan = wizard.report.plans
    assert (biblio_plan.records_add, biblio_plan.items_add) == (3, 5)
    assert items_plan.rows == 6 and len(items_plan.bad) == 1  # a copy of a title the catalogue does not have
    text = wizard.report.summary.text()
    assert "senayan_biblio_export.csv" in text and "senayan_item_export.csv" in text
    # the item file's part speaks of copies: the four of the bibliography's it describes are not "to update"
    part = text.split("senayan_item_export.csv (copies)")[1]
    assert "5 of 6 copies can come in" in part and "Records:" not in part
    assert "with their details from this file: 4.\nOther copies in this file: 1 to add, 0 to update" in part
    # the row left out names its file and its row number; it comes first, before the fields to check afterwards
    said = [wizard.report.bad.item(r, 2).text() for r in range(wizard.report.bad.rowCount())]
    assert not wizard.report.bad.isColumnHidden(0) and said[0].startswith("Left out: ")
    assert not any(line.startswith("Left out: ") for line in said[1:])
    assert wizard.report.bad.item(0, 0).text() == "senayan_item_export.csv"
    assert wizard.report.bad.item(0, 1).text() == "6"
    assert Record.select().count() == 0 and Item.select().count() == 0  # the dry run wrote nothing
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result_plans != [], timeout=20000)
    assert Record.select().count() == 3
    # the copies came in once each, with what the item file says about them
    first = Item.get(Item.barcode == "B0001")
    assert (first.location, first.price, first.accession_no) == ("Rak A", 85000, "001/P/2019")
    assert Item.select().count() == 6  # five from the bibliography + B0009 the item file adds
    assert wizard.review_dialog is not None  # the review list opens at the end
    qtbot.waitUntil(wizard.review_dialog.isVisible)
    assert wizard.review_dialog.table.rowCount() == review.open_count(lib) > 0


def test_wizard_two_files_refused_item_file_writes_nothing(qtbot, lib, librarian, tmp_path):
    biblio, _ = _slims_pair(tmp_path)
    wrong = tmp_path / "anggota.csv"
    wrong.write_text('"member_id","member_name"\n"M1","Siti"\n', encoding="utf-8")
    wizard = _wizard(qtbot, AppContext(lib, librarian), "slims-biblio", biblio)
    wizard.choose.items_path.setText(str(wrong))
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: "anggota.csv" in wizard.report.summary.text(), timeout=20000)
    assert "SLiMS" in wizard.report.summary.text()  # says which file is not what it claims
    assert not wizard.report.isComplete()  # nothing to import from here
    assert Record.select().count() == 0 and Item.select().count() == 0


def test_the_wizard_switches_to_the_format_a_chosen_file_fits(qtbot, lib, librarian, tmp_path):
    """An Excel buku induk chosen while "SLiMS bibliography CSV" (the first format) is still selected:
    the format becomes Excel, and the SLiMS item-file row goes away."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["Judul", "Pengarang"])
    book.active.append(["Laskar Pelangi", "Andrea Hirata"])
    path = tmp_path / "buku-induk.xlsx"
    book.save(path)
    wizard = _wizard(qtbot, AppContext(lib, librarian))
    assert wizard.choose.format.currentData() == "slims-biblio"
    wizard.choose.path.setText(str(path))
    assert wizard.choose.format.currentData() == "xlsx"
    assert not wizard.choose.items_path.isVisible()


def test_the_wizard_imports_a_slims_backup_with_its_copies(qtbot, lib, librarian, tmp_path):
    """The backup of a SLiMS whose computer is gone, chosen while "SLiMS bibliography CSV" is still
    selected: the format becomes the backup, which brings the catalogue and its copies in one import."""
    from tests.core.test_interop_slims_backup import write_dump

    dump = write_dump(tmp_path / "backup_20261201_100000.sql")
    wizard = _wizard(qtbot, AppContext(lib, librarian))
    wizard.choose.path.setText(str(dump))
    assert wizard.choose.format.currentData() == "slims-sql"
    assert not wizard.choose.items_path.isVisible()  # one file holds both
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview.table.rowCount() == 4, timeout=10000)  # the four records
    wizard.next()
    qtbot.waitUntil(lambda: wizard.report.plans != [], timeout=20000)
    records, copies = wizard.report.plans
    assert (records.records_add, records.items_add, copies.items_add, len(copies.bad)) == (4, 6, 0, 0)
    assert "(records)" in wizard.report.summary.text() and "(copies)" in wizard.report.summary.text()
    assert Record.select().count() == 0  # the dry run wrote nothing
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result_plans != [], timeout=20000)
    assert (Record.select().count(), Item.select().count()) == (4, 6)
    assert Item.get(Item.barcode == "B0001").location == "Rak A"


def test_after_a_slims_backups_catalogue_the_page_goes_on_with_its_members_and_history(qtbot, lib, librarian,
                                                                                     tmp_path, monkeypatch):
    """Moving in from one backup: once the wizard brought the catalogue, the page offers the rest, and
    'Yes' to each check brings the members, then the loans (which need both)."""
    from pustaka_desktop.core.store.models import Loan, Member
    from pustaka_desktop.gui.pages import transfer as transfer_module
    from tests.core.test_interop_slims_backup import write_dump
    from tests.core.test_interop_slims_history import _history

    dump = write_dump(tmp_path / "backup_20260301_170000.sql", extra=_history())
    importer.import_slims_backup(lib, librarian, dump)  # what the wizard did
    asked: list[str] = []
    monkeypatch.setattr(transfer_module, "confirm", lambda parent, title, text: asked.append(text) or True)
    monkeypatch.setattr(transfer_module, "info", lambda parent, title, text: asked.append(text))
    page = TransferPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.offer_the_rest_of(str(dump))
    qtbot.waitUntil(lambda: "added" in page.last_history_import.text(), timeout=30000)
    assert "members" in asked[0] and "2 to add" in asked[1] and "1 loan(s) still out" in asked[2]
    assert Member.select().count() == 2 and Loan.select().count() == 3


def test_the_wizard_brings_slims_covers_from_the_images_folder(qtbot, lib, librarian, tmp_path, monkeypatch):
    """The librarian chooses SLiMS's images folder beside the export: the check says how many of the
    covers the file names are there, the import adds them, and says what came of them."""
    from pustaka_desktop.gui import import_wizard as wizard_module
    from tests.core.test_interop_movein import slims9_csv
    from tests.core.test_slims_pictures import picture

    export = tmp_path / "senayan_biblio_export.csv"
    export.write_text(slims9_csv([dict(title="Laskar pelangi", image="cover_laskar.jpg", item_code="<B1>"),
                                  dict(title="Bumi manusia", image="cover_bumi.jpg", item_code="<B2>")]),
                      encoding="utf-8")
    images = tmp_path / "images"
    (images / "docs").mkdir(parents=True)
    (images / "docs" / "cover_laskar.jpg").write_bytes(picture(600, 900))
    said: list[str] = []
    monkeypatch.setattr(wizard_module, "info", lambda parent, title, text: said.append(text))
    wizard = _wizard(qtbot, AppContext(lib, librarian))
    choose = wizard.choose
    choose.format.setCurrentIndex(choose.format.findData("marc"))
    assert not choose.pictures_path.isVisible()  # MARC names no picture files
    choose.format.setCurrentIndex(choose.format.findData("slims-biblio"))
    assert choose.pictures_path.isVisible()
    choose.path.setText(str(export))
    choose.pictures_path.setText(str(tmp_path / "not-there"))
    assert not choose.isComplete()  # a named folder must exist
    choose.pictures_path.setText(str(images))
    assert choose.isComplete()
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.report.plans != [], timeout=20000)
    text = wizard.report.summary.text()
    assert "Pictures: 1 of the 2 the file names are in the folder." in text and "cover_bumi.jpg" in text
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result_plans != [], timeout=20000)
    assert Record.get(Record.title == "Laskar pelangi").cover is not None
    assert Record.get(Record.title == "Bumi manusia").cover is None
    assert said and "Cover pictures: 1 of 2 added" in said[0]


def test_the_member_import_asks_for_slims_photos_folder_and_brings_the_photos(qtbot, lib, librarian, tmp_path,
                                                                             monkeypatch):
    from pustaka_desktop.core.store.models import Member
    from pustaka_desktop.gui.pages import transfer as transfer_module
    from tests.core.test_slims_pictures import backup_with_member_photos

    dump, images = backup_with_member_photos(tmp_path, monkeypatch)
    asked: list[str] = []
    monkeypatch.setattr(transfer_module, "confirm", lambda parent, title, text: asked.append(text) or True)
    monkeypatch.setattr(transfer_module, "info", lambda parent, title, text: asked.append(text))
    monkeypatch.setattr(transfer_module, "choose_folder", lambda parent, title, start=None: str(images))
    page = TransferPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.import_members(str(dump))
    qtbot.waitUntil(lambda: "added" in page.last_members_import.text(), timeout=20000)
    assert "names 2 member photos" in asked[0]  # asked for the folder first
    assert "Pictures: 1 of the 2 the file names are in the folder." in asked[1]  # the check, with the photos
    assert "Member photos: 1 of 2 added" in page.last_members_import.text()
    assert Member.get(Member.number == "M001").photo is not None


def test_an_export_to_slims_offers_the_covers_too(qtbot, lib, librarian, tmp_path, monkeypatch):
    from pustaka_desktop.core.catalog import covers, records
    from pustaka_desktop.gui.pages import transfer as transfer_module
    from tests.core.test_slims_pictures import picture

    record = records.add_record(lib, librarian, title="Laskar Pelangi").record
    covers.set_cover(lib, librarian, record, picture(300, 450))
    records.add_record(lib, librarian, title="Tanpa sampul")
    asked: list[str] = []
    monkeypatch.setattr(transfer_module, "confirm", lambda parent, title, text: asked.append(text) or True)
    monkeypatch.setattr(transfer_module, "info", lambda parent, title, text: asked.append(text))
    page = TransferPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.export_to("slims-biblio", str(tmp_path / "slims-biblio.csv"))
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=20000)
    assert "1 record(s) have a cover picture" in asked[0] and "2 rows saved" in asked[1]
    assert [p.name for p in (tmp_path / "sampul").iterdir()] == [f"cover_{record.id}.jpg"]
    assert f"cover_{record.id}.jpg" in (tmp_path / "slims-biblio.csv").read_text(encoding="utf-8")


def test_the_wizard_puts_a_slims_backups_attached_files_on_the_digital_shelf(qtbot, lib, librarian, tmp_path,
                                                                           monkeypatch):
    from pustaka_desktop.core.store.models import DigitalFile
    from pustaka_desktop.gui import import_wizard as wizard_module
    from tests.core.test_slims_files import slims_with_repository

    dump, repository = slims_with_repository(tmp_path)
    said: list[str] = []
    monkeypatch.setattr(wizard_module, "info", lambda parent, title, text: said.append(text))
    wizard = _wizard(qtbot, AppContext(lib, librarian))
    choose = wizard.choose
    choose.path.setText(str(dump))
    assert choose.format.currentData() == "slims-sql" and choose.repository_path.isVisible()
    choose.repository_path.setText(str(repository))
    assert choose.isComplete()
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.report.plans != [], timeout=20000)
    assert "Digital shelf: 3 of SLiMS's 8 attached files would be added." in wizard.report.summary.text()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result_plans != [], timeout=20000)
    assert DigitalFile.select().count() == 2
    assert said and "Digital shelf: 2 of SLiMS's 8 attached files added" in said[0] and "soal_ujian.pdf" in said[0]
    choose.format.setCurrentIndex(choose.format.findData("slims-biblio"))
    assert not choose.repository_path.isVisible()  # only a backup lists the attached files
