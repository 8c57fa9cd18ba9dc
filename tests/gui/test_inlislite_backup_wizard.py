"""The import wizard with INLISLite's own database backup (``core.interop.inlislite_backup``): chosen while another
format is selected, the wizard takes it for what it is, checks it, and brings the catalogue with its copies."""

from __future__ import annotations

from PySide6.QtWidgets import QWizard

from pustaka_desktop.core.interop import inlislite_backup
from pustaka_desktop.core.store.models import Item, Record
from pustaka_desktop.gui.context import AppContext
from tests.core import inlislite_backup_sample as sample
from tests.gui.test_interop_pages import _wizard


def test_the_wizard_takes_an_inlislite_backup_for_what_it_is_and_imports_it(qtbot, lib, librarian, tmp_path):
    dump = sample.write(tmp_path / "backup_2026_12_01_101500.sql")
    wizard = _wizard(qtbot, AppContext(lib, librarian))
    wizard.choose.format.setCurrentIndex(wizard.choose.format.findData("slims-sql"))  # (SLiMS's backup still chosen)
    wizard.choose.path.setText(str(dump))
    assert wizard.choose.format.currentData() == "inlislite-sql"
    assert "INLISLite" in wizard.choose.format.currentText()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview.table.rowCount() == 4, timeout=10000)  # the four records in use
    wizard.next()
    qtbot.waitUntil(lambda: wizard.report.plans != [], timeout=20000)
    (plan,) = wizard.report.plans
    assert (plan.records_add, plan.items_add) == (4, 5)
    said = wizard.report.summary.text()
    assert "Karantina" in said or "quarantine" in said
    assert Record.select().count() == 0  # the check wrote nothing
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result_plans != [], timeout=20000)
    assert (Record.select().count(), Item.select().count()) == (4, 5)
    assert {n.template for n in wizard.result_plans[0].notices} >= {inlislite_backup.IN_QUARANTINE,
                                                                     inlislite_backup.OUT_ON_LOAN}


def test_after_the_catalogue_the_page_goes_on_with_the_backups_members_and_loans(qtbot, lib, librarian, tmp_path,
                                                                                 monkeypatch):
    """Moving in from INLISLite's backup: once the wizard brought the catalogue, the page offers its members, loans
    and visitor book, and 'Yes' to each check brings the members, then the loans and visits (which need them)."""
    from pustaka_desktop.core.interop import importer
    from pustaka_desktop.core.store.models import Loan, Member, Visit
    from pustaka_desktop.gui.pages import transfer as transfer_module
    from pustaka_desktop.gui.pages.transfer import TransferPage

    dump = sample.write(tmp_path / "backup_2026_12_01_101500.sql")
    importer.import_file(lib, librarian, "inlislite-sql", dump)  # what the wizard did
    asked: list[str] = []
    monkeypatch.setattr(transfer_module, "confirm", lambda parent, title, text: asked.append(text) or True)
    monkeypatch.setattr(transfer_module, "info", lambda parent, title, text: asked.append(text))
    page = TransferPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.offer_the_rest_of_inlislite(str(dump))
    qtbot.waitUntil(lambda: Visit.select().count() > 0 and page.last_history_import.text() != "", timeout=30000)
    assert "the loans and the visitor book" in asked[0]
    assert Member.select().count() == 3 and Loan.select().where(Loan.returned_at.is_null()).count() == 2
    assert Visit.select().where(Visit.member.is_null(False)).count() == 1  # (Siti, by her card)


def test_the_wizard_takes_inlislites_folder_of_digital_content(qtbot, lib, librarian, tmp_path):
    from pustaka_desktop.core.catalog import digital
    from tests.core.test_inlislite_files import _backup_and_folder

    backup, folder = _backup_and_folder(tmp_path)
    wizard = _wizard(qtbot, AppContext(lib, librarian))
    wizard.choose.path.setText(str(backup))
    assert wizard.choose.format.currentData() == "inlislite-sql" and wizard.choose.repository_path.isVisible()
    assert "INLISLite" in wizard.choose.repository_path.placeholderText()
    wizard.choose.repository_path.setText(str(folder))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview.table.rowCount() == 4, timeout=10000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.report.plans != [], timeout=20000)
    assert "INLISLite's 4 digital files would be added" in wizard.report.summary.text() or (
        "4 berkas digital INLISLite" in wizard.report.summary.text())
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: wizard.result_plans != [], timeout=20000)
    lele = Record.get(Record.title == "Budidaya ikan lele di kolam terpal")
    assert len(digital.files_of(lib, lele.id)) == 1
