"""The import wizard's preview reads its first rows on a worker thread, not the GUI's: a SLiMS backup is read whole
for them (the authors and copies of its first rows are in tables after them), and a district's backup of 500 MB
left the window "Not Responding" with no progress and no way out. Now Next on the first step shows the reading's
progress and Cancel, which leaves the wizard on its first step; a file that cannot be read still says why on the
preview; the preview shows the same rows, its choosers over the columns of a spreadsheet."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from pustaka_desktop.core.interop import readers, slims_backup, spreadsheet
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.import_wizard import ImportWizard
from tests.core.test_interop_slims_backup import BIBLIO, write_dump

from .test_keyboard_import import BUKU_INDUK, _buku_induk


@pytest.fixture
def readings(monkeypatch):
    """Each reading of a file for the preview recorded: whether it ran on the GUI thread, and the progress it
    reported. ``hold`` set: the reading waits until the librarian cancels it (then goes on, and sees it)."""
    made: list[dict] = []
    hold = threading.Event()
    real_parse, real_preview = readers.parse, spreadsheet.preview

    def held(cancel) -> None:
        for _ in range(3000):  # (a large file, still reading; given up after a while, not to hang)
            if not hold.is_set() or (cancel and cancel()):
                return
            threading.Event().wait(0.01)

    def parse(fmt, path, mapping=None, progress=None, cancel=None):
        made.append(reading := {"on the GUI thread": threading.current_thread() is threading.main_thread(),
                                "progress": []})
        held(cancel)

        def told(fraction: float, message: str) -> None:
            reading["progress"].append((fraction, message))
            progress(fraction, message)
        return real_parse(fmt, path, mapping, told if progress else None, cancel)

    def preview(path, rows=10):
        made.append({"on the GUI thread": threading.current_thread() is threading.main_thread(), "progress": []})
        return real_preview(path, rows)

    monkeypatch.setattr(readers, "parse", parse)
    monkeypatch.setattr(spreadsheet, "preview", preview)
    return made, hold


def _wizard(qtbot, lib, librarian, path: Path, fmt: str = "") -> ImportWizard:
    wizard = ImportWizard(AppContext(lib, librarian))
    qtbot.addWidget(wizard)
    wizard.show()
    if fmt:
        wizard.choose.format.setCurrentIndex(wizard.choose.format.findData(fmt))
    wizard.choose.path.setText(str(path))
    return wizard


def _cancel_once_shown(qtbot, wizard: ImportWizard, pressed: list[str]) -> None:
    """The librarian presses Cancel on the progress dialog, once it shows."""
    shown = [d for d in wizard.findChildren(QProgressDialog) if d.isVisible()]
    if not shown:
        QTimer.singleShot(20, lambda: _cancel_once_shown(qtbot, wizard, pressed))
        return
    pressed.append(shown[0].labelText())
    qtbot.mouseClick(shown[0].findChild(QPushButton), Qt.MouseButton.LeftButton)


def test_a_backups_first_rows_are_read_off_the_gui_thread_and_said_how_far(qtbot, lib, librarian, tmp_path,
                                                                          readings, message_boxes):
    made, _hold = readings
    wizard = _wizard(qtbot, lib, librarian, write_dump(tmp_path / "backup_20261201_100000.sql"))
    assert wizard.choose.format.currentData() == "slims-sql"
    wizard.next()
    assert wizard.currentPage() is wizard.preview and message_boxes == []
    assert len(made) == 1 and not made[0]["on the GUI thread"]
    assert made[0]["progress"] and made[0]["progress"][0] == (0.5, "Reading the file")  # the whole (small) file
    table = wizard.preview.table
    assert [table.item(r, 1).text() for r in range(table.rowCount())] == [
        "Laskar Pelangi", 'Kisah "Si Kancil" dan Buaya', "Riyāḍ aṣ-Ṣāliḥīn = رياض الصالحين", "Budidaya Lele"]
    assert table.item(0, 2).text() == "Hirata, Andrea" and table.item(0, 4).text() == "B0001, B0002"
    assert wizard.preview.isComplete()


def test_a_spreadsheet_is_read_off_the_gui_thread_and_its_choosers_stand_over_its_columns(qtbot, lib, librarian,
                                                                                        tmp_path, readings):
    made, _hold = readings
    wizard = _wizard(qtbot, lib, librarian, _buku_induk(tmp_path / "buku_induk.xlsx"), "xlsx")
    wizard.activateWindow()
    wizard.next()
    QApplication.processEvents()
    preview = wizard.preview
    assert len(made) == 1 and not made[0]["on the GUI thread"]
    assert preview.table.rowCount() == 2 and preview.table.item(0, 1).text() == "Si Kancil dan Buaya"
    assert [header for header, _ in preview.combos] == BUKU_INDUK
    assert [combo.width() for _, combo in preview.combos] == [preview.table.columnWidth(c)
                                                             for c in range(len(BUKU_INDUK))]
    assert preview.mapping()["Judul"] == "title" and preview.isComplete()


def test_cancel_while_the_first_rows_are_read_stays_on_the_first_page(qtbot, lib, librarian, tmp_path, readings,
                                                                    message_boxes):
    made, hold = readings
    hold.set()
    wizard = _wizard(qtbot, lib, librarian, write_dump(tmp_path / "backup_20261201_100000.sql"))
    pressed: list[str] = []
    QTimer.singleShot(0, lambda: _cancel_once_shown(qtbot, wizard, pressed))
    wizard.next()
    assert pressed == ["Reading the first rows for the preview"] and made and not made[0]["on the GUI thread"]
    assert wizard.currentPage() is wizard.choose and message_boxes == []
    assert wizard.button(wizard.WizardButton.NextButton).isEnabled()  # choose again, or Next to read again
    hold.clear()
    wizard.next()  # read to the end this time
    assert wizard.currentPage() is wizard.preview and wizard.preview.table.rowCount() == 4


def test_a_file_that_cannot_be_read_still_says_why_on_the_preview(qtbot, lib, librarian, tmp_path, readings,
                                                                 message_boxes):
    made, _hold = readings
    path = tmp_path / "katalog.xml"
    path.write_text("<collection><record><datafield tag='245'>", encoding="utf-8")  # cut off while copied
    wizard = _wizard(qtbot, lib, librarian, path, "marcxml")
    wizard.activateWindow()
    wizard.next()
    preview = wizard.preview
    assert made and not made[0]["on the GUI thread"]
    assert wizard.currentPage() is preview and preview.error and preview.hint.text() == preview.error
    assert "katalog.xml" in preview.error and not preview.isComplete() and message_boxes == []
    assert preview.table.rowCount() == 0 and wizard.button(wizard.WizardButton.BackButton).isEnabled()


def test_a_backups_reading_says_how_far_it_is_from_its_start(tmp_path):
    """The tables the rows point into come after them: the whole file is read for them before the first row,
    and that half of the reading now moves the bar (it stood at nought, for tens of seconds on an old PC)."""
    notes = "Catatan panjang tentang buku ini. " * 25
    biblio = [dict(BIBLIO[n % 4], biblio_id=n, title=f"Buku {n}", notes=notes) for n in range(1, 3001)]
    path = write_dump(tmp_path / "backup_besar.sql", biblio=biblio)
    assert path.stat().st_size > 2 << 20  # (the reading is told how far a megabyte at a time)
    told: list[tuple[float, str]] = []
    records = list(slims_backup.read_biblio(path, lambda fraction, message: told.append((fraction, message))))
    assert len(records) == 3000
    fractions = [fraction for fraction, _ in told]
    assert fractions == sorted(fractions) and 0 < fractions[0] < 0.5 and 0.5 in fractions  # the file, whole
    assert any(0.5 < fraction <= 1.0 for fraction in fractions)  # then the rows
    assert {message for _, message in told} == {"Reading the file"}
