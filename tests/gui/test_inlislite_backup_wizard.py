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
