"""The import wizard's first step tells a chosen file's format on a worker thread, not the GUI's: a workbook is opened
to see whether it is a SLiMS export saved from Excel, and openpyxl opening a 50 MB buku induk took tens of seconds on
an old PC while the window froze ("Not Responding") and Cancel did nothing. Now a busy bar and Cancel show; Cancel
gives the first step back at once (the opening ends on its own, its answer dropped); a PDF, a Word document or a
photo chosen by mistake is said in plain words under the file field, and Next waits for the right file."""

from __future__ import annotations

import threading
import zipfile

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton

from pustaka_desktop.core.catalog import records as catalog
from pustaka_desktop.core.errors import ValidationError
from pustaka_desktop.core.interop import not_records, readers, sheets, slims
from pustaka_desktop.core.interop.types import UNREADABLE
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.import_wizard import ImportWizard, describe_all
from pustaka_desktop.gui.pages.catalog import CatalogPage
from pustaka_desktop.gui.pages.settings import SettingsPage
from tests.core.test_slims_as_workbook import BIBLIO, _workbook

from .test_keyboard_import import _buku_induk

SAFETY = 1000  # hundredths of a second a held opening waits at most (a test that fails must not hang)


@pytest.fixture
def openings(monkeypatch):
    """Each opening of a workbook's first sheet recorded (on the GUI thread or not, ended or not). ``hold`` set:
    the opening waits until it is cleared, asking nothing, as openpyxl does on a large workbook."""
    made: list[dict] = []
    hold = threading.Event()
    real = sheets.first_sheet

    def first_sheet(path):
        made.append(opening := {"on the GUI thread": threading.current_thread() is threading.main_thread(),
                                "ended": False})
        for _ in range(SAFETY):
            if not hold.is_set():
                break
            threading.Event().wait(0.01)
        opening["ended"] = True
        yield from real(path)

    readers._first_rows_of.cache_clear()
    monkeypatch.setattr(sheets, "first_sheet", first_sheet)
    yield made, hold
    hold.clear()
    readers._first_rows_of.cache_clear()


def _wizard(qtbot, lib, librarian, fmt: str) -> ImportWizard:
    wizard = ImportWizard(AppContext(lib, librarian))
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.choose.format.setCurrentIndex(wizard.choose.format.findData(fmt))
    return wizard


def _when_shown(wizard: ImportWizard, then) -> None:
    """``then(dialog)`` once the progress dialog shows."""
    shown = [d for d in wizard.findChildren(QProgressDialog) if d.isVisible()]
    if not shown:
        QTimer.singleShot(20, lambda: _when_shown(wizard, then))
        return
    then(shown[0])


def _next_enabled(wizard: ImportWizard) -> bool:
    return wizard.button(wizard.WizardButton.NextButton).isEnabled()


def test_a_slims_export_saved_from_excel_is_told_off_the_gui_thread_with_a_busy_bar(qtbot, lib, librarian, tmp_path,
                                                                                  openings, message_boxes):
    made, hold = openings
    path = _workbook(tmp_path / "senayan_biblio_export.xlsx", slims.BIBLIO_COLUMNS, [BIBLIO])
    wizard = _wizard(qtbot, lib, librarian, "xlsx")
    seen: list[tuple[str, int]] = []

    def look_and_let_go(dialog: QProgressDialog) -> None:
        seen.append((dialog.labelText(), dialog.maximum()))
        hold.clear()

    hold.set()
    QTimer.singleShot(0, lambda: _when_shown(wizard, look_and_let_go))
    wizard.choose.path.setText(str(path))
    assert seen == [("Looking at the file to tell its format", 0)]  # a busy bar: opening says nothing of how far
    assert made and not made[0]["on the GUI thread"]
    choose = wizard.choose
    assert choose.format.currentData() == "slims-biblio" and choose.format_note.isVisible()
    assert choose.items_path.isVisible() and _next_enabled(wizard) and message_boxes == []


def test_cancel_while_a_large_workbook_opens_gives_the_first_step_back_at_once(qtbot, lib, librarian, tmp_path,
                                                                             openings, message_boxes):
    made, hold = openings
    path = _workbook(tmp_path / "senayan_biblio_export.xlsx", slims.BIBLIO_COLUMNS, [BIBLIO])
    wizard = _wizard(qtbot, lib, librarian, "xlsx")
    hold.set()
    QTimer.singleShot(0, lambda: _when_shown(wizard, lambda dialog: qtbot.mouseClick(
        dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)))
    wizard.choose.path.setText(str(path))
    assert made and not made[0]["ended"]  # back before the workbook is open: it was not waited for
    choose = wizard.choose
    assert wizard.currentPage() is choose and choose.format.currentData() == "xlsx"  # as chosen: nothing told
    assert not choose.format_note.isVisible() and _next_enabled(wizard) and message_boxes == []
    assert not [d for d in wizard.findChildren(QProgressDialog) if d.isVisible()]
    hold.clear()  # the opening ends on its own: its answer is dropped, nothing shows again
    qtbot.waitUntil(lambda: made[0]["ended"])
    qtbot.wait(50)
    assert choose.format.currentData() == "xlsx" and not choose.format_note.isVisible()
    assert not [d for d in wizard.findChildren(QProgressDialog) if d.isVisible()] and message_boxes == []


def _pdf(path):
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n")
    return path


def _word(path):
    with zipfile.ZipFile(path, "w") as document:
        document.writestr("[Content_Types].xml", "<Types/>")
        document.writestr("word/document.xml", "<w:document><w:body><w:tbl/></w:body></w:document>")
    return path


def _photo(path):
    path.write_bytes(b"\xff\xd8\xff\xe1\x00\x18Exif\x00\x00II*\x00" + bytes(64))
    return path


@pytest.mark.parametrize(("make", "name", "said"), [
    (_pdf, "buku_induk.pdf", not_records.NOT_RECORDS_PDF), (_word, "buku_induk.docx", not_records.NOT_RECORDS_TEXT),
    (_photo, "IMG_20240812_101530.jpg", not_records.NOT_RECORDS_PICTURE)])
def test_a_document_or_a_photo_chosen_by_mistake_is_said_and_next_waits(qtbot, lib, librarian, tmp_path,
                                                                       message_boxes, make, name, said):
    wizard = _wizard(qtbot, lib, librarian, "xlsx")
    choose = wizard.choose
    choose.path.setText(str(make(tmp_path / name)))
    assert choose.format_note.isVisible() and choose.format_note.text() == said.format(path=name)
    assert not _next_enabled(wizard) and message_boxes == []
    choose.path.setText(str(_buku_induk(tmp_path / "buku_induk.xlsx")))  # the right file: the note goes
    assert not choose.format_note.isVisible() and _next_enabled(wizard)


def test_a_pdf_is_refused_by_the_import_too(tmp_path):
    """The command line and the preview read the file with ``parse``: a PDF made a "column" named %PDF-1.7."""
    with pytest.raises(ValidationError) as refused:
        list(readers.parse("csv", _pdf(tmp_path / "katalog.pdf")))
    assert refused.value.template == not_records.NOT_RECORDS_PDF and refused.value.params["path"] == "katalog.pdf"


def test_a_file_the_checks_did_not_foresee_is_said_plainly_not_as_a_traceback(qtbot, lib, librarian, tmp_path,
                                                                            monkeypatch, message_boxes):
    def damaged(path, chosen):
        raise zipfile.BadZipFile("Bad CRC-32 for file 'xl/sharedStrings.xml'")

    monkeypatch.setattr(readers, "fitting_format", damaged)
    wizard = _wizard(qtbot, lib, librarian, "xlsx")
    path = tmp_path / "buku_induk.xlsx"
    path.write_bytes(b"PK\x03\x04" + bytes(200))
    wizard.choose.path.setText(str(path))
    assert wizard.choose.format_note.text() == UNREADABLE.format(path="buku_induk.xlsx", error="BadZipFile")
    assert not _next_enabled(wizard) and message_boxes == []


def test_the_open_record_and_the_table_follow_the_class_number_setting_at_once(qtbot, lib, librarian,
                                                                               message_boxes):
    """Settings, "Class numbers", saved: the record open on the Katalog page (and its row in the table) showed the
    old way until the librarian chose it again."""
    catalog.add_record(lib, librarian, title="Laskar Pelangi", authors="Andrea Hirata", ddc="899.2213")
    ctx = AppContext(lib, librarian)
    katalog = CatalogPage(ctx)
    qtbot.addWidget(katalog)
    assert "899.2213 HIR l" in katalog.detail.toPlainText()  # the best match shows at once
    settings = SettingsPage(ctx)
    qtbot.addWidget(settings)
    settings.class_numbers_tab.segmented.setChecked(True)
    settings.class_numbers_tab.save()
    shown = katalog.detail.toPlainText()
    assert "899.221 3 HIR l" in shown and "899.2213" not in shown
    assert katalog.model.data(katalog.model.index(0, 3)) == "899.221 3 HIR l"


def test_the_check_before_the_import_says_what_can_come_in_not_what_came_in(qtbot, lib, librarian, tmp_path,
                                                                            message_boxes):
    """On "Periksa sebelum mengimpor" the first line read "2 dari 2 judul berhasil masuk" (came in) over the
    Import button, as if the import were done: a volunteer could close the wizard with nothing imported."""
    wizard = _wizard(qtbot, lib, librarian, "xlsx")
    wizard.choose.path.setText(str(_buku_induk(tmp_path / "buku_induk.xlsx")))
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: bool(wizard.report.plans), timeout=20000)
    checked = wizard.report.summary.text()
    assert "2 of 2 records can come in." in checked and "came in" not in checked
    wizard.accept()
    qtbot.waitUntil(lambda: bool(wizard.result_plans), timeout=20000)
    assert "2 of 2 records came in." in describe_all(wizard.result_plans)  # (the Impor & Ekspor page's "Last import")
