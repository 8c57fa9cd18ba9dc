"""Cancel pressed during an import in the wizard (issue 12): the import stops, the library is exactly as before and
the librarian is told so, instead of a progress dialog that just vanished; a Cancel that came as the import was
being saved says the import is complete; Import again then gives what an uninterrupted import gives."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWizard

from pustaka_desktop.core.interop import importer
from pustaka_desktop.core.store.models import Item, Record
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.import_wizard import ImportWizard
from pustaka_desktop.gui.workers import IMPORT_SAVED_ANYWAY, IMPORT_STOPPED
from tests.core.test_import_interrupted import library_state
from tests.core.test_interop_slims_pair import biblio_text, items_text


@pytest.fixture
def wizard_at_import(qtbot, lib, librarian, tmp_path):
    """The wizard with SLiMS's two exports chosen, on its last step (the check done): Import is next."""
    biblio, items = tmp_path / "senayan_biblio_export.csv", tmp_path / "senayan_item_export.csv"
    biblio.write_text(biblio_text(), encoding="utf-8")
    items.write_text(items_text(), encoding="utf-8")
    wizard = ImportWizard(AppContext(lib, librarian))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose.path.setText(str(biblio))
    wizard.choose.items_path.setText(str(items))
    qtbot.waitUntil(lambda: not wizard.choose.detecting)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.preview)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.report.plans != [], timeout=20000)
    return wizard


@pytest.fixture
def import_waits_for_cancel(monkeypatch):
    """The real import, started only once the librarian pressed Cancel (a big file, still going): with the Cancel
    (``honoured``) or as if it came as the import was being saved (not honoured)."""
    real = importer.import_slims
    how = {"waits": True, "honoured": True}

    def import_slims(lib, by, biblio, items, *, dry_run=False, progress=None, cancel=None, pictures=None,
                     review=False):
        if how["waits"] and not dry_run:
            for _ in range(3000):  # (given up after a while, not to hang)
                if cancel():
                    break
                threading.Event().wait(0.01)
        return real(lib, by, biblio, items, dry_run=dry_run, progress=progress,
                    cancel=cancel if how["honoured"] else None, pictures=pictures, review=review)
    monkeypatch.setattr(importer, "import_slims", import_slims)
    return how


def _press_cancel_once_shown(wizard: ImportWizard, qtbot) -> None:
    shown = [d for d in wizard.findChildren(QProgressDialog) if d.isVisible()]
    if not shown:
        QTimer.singleShot(20, lambda: _press_cancel_once_shown(wizard, qtbot))
        return
    qtbot.mouseClick(shown[0].findChild(QPushButton), Qt.MouseButton.LeftButton)


def test_cancel_during_the_import_says_nothing_was_changed(qtbot, lib, wizard_at_import, import_waits_for_cancel,
                                                          message_boxes):
    wizard = wizard_at_import
    before = library_state(lib)
    _press_cancel_once_shown(wizard, qtbot)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: message_boxes != [], timeout=20000)
    assert message_boxes == [IMPORT_STOPPED]
    assert library_state(lib) == before
    # the wizard is still there, on its last step: Import again brings the files in whole
    assert wizard.isVisible() and wizard.currentPage() is wizard.report
    import_waits_for_cancel["waits"] = False  # (no Cancel this time)
    message_boxes.clear()
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=20000)
    assert (Record.select().count(), Item.select().count()) == (3, 6)
    assert message_boxes == []


def test_cancel_that_came_as_the_import_was_saved_says_it_is_complete(qtbot, lib, wizard_at_import,
                                                                     import_waits_for_cancel, message_boxes):
    wizard = wizard_at_import
    import_waits_for_cancel["honoured"] = False
    _press_cancel_once_shown(wizard, qtbot)
    wizard.button(QWizard.WizardButton.FinishButton).click()
    qtbot.waitUntil(lambda: not wizard.isVisible(), timeout=20000)
    assert message_boxes[0] == IMPORT_SAVED_ANYWAY
    assert (Record.select().count(), Item.select().count()) == (3, 6)
