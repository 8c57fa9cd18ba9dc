"""The librarian on a new PC after the old one's disk broke: the first screen takes last month's
backup from the USB stick and says what the backup did not bring (the sync key, the shelf's files)."""

from pustaka_desktop.core.service import Library
from pustaka_desktop.core.store import backup
from pustaka_desktop.gui import first_run
from pustaka_desktop.gui.first_run import FirstRunWizard, move_in_at_start


def test_first_screen_restores_a_backup_and_says_to_enrol_again(qtbot, lib, librarian, clock, tmp_path, monkeypatch):
    stick = tmp_path / "FLASHDISK"
    stick.mkdir()
    saved = backup.backup_to(lib, librarian, stick)

    new_path = tmp_path / "pc-baru" / "pustaka.sqlite3"
    fresh = Library.open(new_path, clock)  # what the first start on the new PC makes
    wizard = FirstRunWizard(fresh)
    qtbot.addWidget(wizard)
    offered = []

    def choose(parent, title, folder, filters):
        offered.append(filters)
        return str(saved), ""

    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", choose)
    wizard.move_button.click()
    assert "*.sqlite3" in offered[0]  # a backup can be chosen, not only a move file
    said = []
    monkeypatch.setattr(first_run.QMessageBox, "information", lambda parent, title, text: said.append(text))
    monkeypatch.setattr(first_run.QMessageBox, "critical", lambda parent, title, text: said.append(text))
    restored = move_in_at_start(fresh, new_path, wizard.move_file)
    assert restored is not None, said
    try:
        assert restored.is_initialised and restored.profile.code == "UJI"
    finally:
        restored.close()
    assert "sync key" in said[0] or "kunci sinkronisasi" in said[0]
