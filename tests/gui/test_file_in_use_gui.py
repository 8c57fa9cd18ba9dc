"""In the window: a file open in Excel or a PDF reader (Windows: PermissionError, winerror 32) is a plain
message ("close it there, then try again"), never a crash dialog with a traceback, and nothing changes."""

import builtins
import errno
import pathlib

import pytest
from PIL import Image as PILImage

from pustaka_desktop.core.errors import PustakaError
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages.printing import PrintingPage
from pustaka_desktop.gui.widgets import actions
from pustaka_desktop.gui.workers import Job

SHARING_VIOLATION = 32


def in_use(filename: str) -> PermissionError:
    exc = PermissionError(errno.EACCES, "The process cannot access the file", filename)
    exc.winerror = SHARING_VIOLATION  # what Windows sets (errno alone is 13 for many causes)
    return exc


def held_open_elsewhere(monkeypatch, held: pathlib.Path) -> None:
    real_open, real_path_open = builtins.open, pathlib.Path.open

    def refusing_open(file, *args, **kwargs):
        if isinstance(file, (str, pathlib.Path)) and pathlib.Path(file) == held:
            raise in_use(str(file))
        return real_open(file, *args, **kwargs)

    def refusing_path_open(self, *args, **kwargs):
        if pathlib.Path(self) == held:
            raise in_use(str(self))
        return real_path_open(self, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", refusing_open)
    monkeypatch.setattr(pathlib.Path, "open", refusing_path_open)


def test_attempt_says_a_file_is_open_elsewhere(qtbot, monkeypatch, tmp_path):
    shown = []
    monkeypatch.setattr(actions, "show_error", lambda parent, exc, details="": shown.append(exc))
    target = str(tmp_path / "daftar pengunjung.xlsx")

    def save():
        raise in_use(target)

    assert actions.attempt(None, save) is actions.REFUSED
    assert isinstance(shown[0], PustakaError) and "open in another program" in shown[0].message()


def test_a_background_job_meeting_a_held_file_fails_in_words(qtbot, tmp_path):
    failures = []

    def job(progress, cancelled):
        raise in_use(str(tmp_path / "laporan bulanan.pdf"))

    worker = Job(job)
    worker.signals.failed.connect(lambda exc, details: failures.append((exc, details)))
    worker.run()  # (on this thread: run() as the pool would call it)
    exc, details = failures[0]
    assert isinstance(exc, PustakaError) and "open in another program" in exc.message()
    assert details == ""  # no traceback offered: nothing crashed


@pytest.fixture
def printing_page(qtbot, lib, librarian, monkeypatch):
    shown = []
    monkeypatch.setattr("pustaka_desktop.gui.pages.printing.show_error",
                        lambda parent, exc, details="": shown.append(exc))
    page = PrintingPage(AppContext(lib, librarian))
    page.shown = shown
    qtbot.addWidget(page)
    return page


def test_a_logo_still_open_in_the_picture_editor_is_said(printing_page, lib, tmp_path, monkeypatch):
    logo = tmp_path / "logo perpustakaan.png"
    PILImage.new("RGB", (200, 200), (20, 120, 40)).save(logo)
    monkeypatch.setattr("pustaka_desktop.gui.pages.printing.QFileDialog.getOpenFileName",
                        lambda *args, **kwargs: (str(logo), ""))
    held_open_elsewhere(monkeypatch, logo)
    printing_page.choose_logo()
    assert "open in another program" in printing_page.shown[0].message()
    assert not lib.profile.logo


def test_import_wizard_format_check_of_a_workbook_held_by_excel(qtbot, tmp_path, monkeypatch):
    """Excel lets the first bytes be read, then refuses the workbook's parts: no "(PermissionError)"."""
    from pustaka_desktop.core.interop import readers
    from pustaka_desktop.gui import import_wizard

    sheet = tmp_path / "Data Buku 2025.xlsx"
    sheet.write_bytes(b"PK\x03\x04" + b"\x00" * 100)

    def held(path, chosen):
        raise in_use(str(path))

    monkeypatch.setattr(readers, "fitting_format", held)
    with pytest.raises(PustakaError) as caught:
        import_wizard.format_of(str(sheet), "xlsx")(lambda *a: None, lambda: False)
    assert "open in another program" in caught.value.message()
    assert "PermissionError" not in caught.value.message()
