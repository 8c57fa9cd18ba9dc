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


def _visible_review_lists() -> list[ReviewDialog]:
    from PySide6.QtWidgets import QApplication

    return [w for w in QApplication.topLevelWidgets() if isinstance(w, ReviewDialog) and w.isVisible()]


def test_moving_in_from_a_backup_asks_about_the_members_only_after_the_review_list_is_closed(
        qtbot, lib, librarian, tmp_path, monkeypatch, message_boxes):
    """The import of a backup opens the list of fields to check; the question "import the members now?"
    came at the same moment, over that list. Now it comes when the list is closed."""
    from tests.core.test_interop_slims_backup import write_dump

    dump = write_dump(tmp_path / "backup_20260301_170000.sql")

    class Walked(ImportWizard):
        def exec(self):  # what the volunteer does in the wizard: the backup, Next, Next, Import
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
    qtbot.waitUntil(lambda: bool(_visible_review_lists()), timeout=10000)
    assert message_boxes == []  # nothing asked over the list
    _visible_review_lists()[0].accept()
    qtbot.waitUntil(lambda: len(message_boxes) == 1, timeout=10000)  # now: the members?
