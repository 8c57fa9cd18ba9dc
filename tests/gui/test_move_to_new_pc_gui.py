"""Moving the library to a new PC from the app (issue 14): the Backups page packs it, the first-run
wizard on the new PC takes it in."""

from pathlib import Path

from pustaka_desktop.core.service import Library
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Record
from pustaka_desktop.gui import first_run
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.first_run import FirstRunWizard, move_in_at_start
from pustaka_desktop.gui.pages.backups import BackupsPage


def test_pack_on_the_backups_page_then_move_in_on_the_new_pc(qtbot, lib, librarian, clock, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr("pustaka_desktop.gui.pages.backups.info", lambda parent, title, text: shown.append(text))
    monkeypatch.setattr("pustaka_desktop.gui.pages.backups.show_error",
                        lambda parent, exc, details="": shown.append(str(exc)))
    store.insert(lib, Record, title="Laskar Pelangi")
    page = BackupsPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.show()
    assert page.move_button.isEnabled()
    usb = tmp_path / "usb"
    usb.mkdir()
    page.move_to_new_pc(str(usb))
    qtbot.waitUntil(lambda: len(shown) == 1, timeout=10000)
    packed = next(usb.glob("pustaka-pindah-*.zip"))
    assert str(packed) in shown[0]

    new_path = tmp_path / "pc-baru" / "pustaka.sqlite3"
    fresh = Library.open(new_path, clock)  # what the first start on the new PC makes
    wizard = FirstRunWizard(fresh)
    qtbot.addWidget(wizard)
    monkeypatch.setattr("PySide6.QtWidgets.QFileDialog.getOpenFileName", lambda *a, **k: (str(packed), ""))
    wizard.move_button.click()
    assert wizard.move_file == str(packed) and wizard.staff is None
    monkeypatch.setattr(first_run.QMessageBox, "information", lambda *a, **k: None)
    moved = move_in_at_start(fresh, new_path, wizard.move_file)
    with moved.bound():
        assert moved.profile.code == lib.profile.code
        assert [r.title for r in Record.select()] == ["Laskar Pelangi"]
    moved.close()
    lib.activate()
    assert Path(new_path).exists()
