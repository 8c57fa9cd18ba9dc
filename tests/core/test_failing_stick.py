"""A cheap or worn-out USB stick on the old Windows PC: Windows says "Data error (cyclic redundancy check)" or
"A device attached to the system is not functioning", and Python gives both errno EACCES (13), the same as "access
denied". The message must not send the librarian to Windows' user rights (no setting helps a failing stick):
it says the stick is failing or was pulled, and to try again or use another one."""

import errno
import sqlite3

import pytest
from PySide6.QtCore import QCoreApplication

from pustaka_desktop import i18n
from pustaka_desktop.core.errors import PustakaError
from pustaka_desktop.core.store import backup, files
from pustaka_desktop.core.store import db as dbmod

CRC, GEN_FAILURE = 23, 31


def windows_says(winerror: int, filename: str, text: str) -> PermissionError:
    exc = PermissionError(errno.EACCES, text, filename)
    exc.winerror = winerror  # (as Windows sets it; Linux has none)
    return exc


def _both_languages(exc: PustakaError) -> tuple[str, str]:
    english = exc.message()
    i18n.install("id")
    try:
        return english, exc.message(QCoreApplication.translate)
    finally:
        i18n.install("en")


def test_a_backup_onto_a_failing_stick_says_the_stick_is_failing(lib, librarian, tmp_path, monkeypatch):
    stick = tmp_path / "FLASHDISK"
    stick.mkdir()

    def crc_error(path, mode="r", *args, **kwargs):
        raise windows_says(CRC, str(path), "Data error (cyclic redundancy check)")

    monkeypatch.setattr(backup, "open", crc_error, raising=False)
    monkeypatch.setattr(dbmod, "backup", lambda db, target: (_ for _ in ()).throw(sqlite3.OperationalError("disk I/O")))
    with pytest.raises(PustakaError) as caught:
        backup.backup_to(lib, librarian, stick)
    english, indonesian = _both_languages(caught.value)
    assert "failing" in english and "another USB stick" in english, english
    assert "may not write" not in english and "cyclic" not in english
    assert "rusak" in indonesian and "flashdisk lain" in indonesian, indonesian
    assert list(stick.iterdir()) == []


def test_a_stick_pulled_while_an_export_is_written_says_so(tmp_path, monkeypatch):
    target = tmp_path / "laporan.pdf"

    def pulled(handle):
        raise windows_says(GEN_FAILURE, str(target) + ".partial", "A device attached to the system is not functioning")

    monkeypatch.setattr(files.os, "fsync", pulled)
    with pytest.raises(PustakaError) as caught:
        files.write_bytes(target, b"%PDF-1.4 ...")
    english, indonesian = _both_languages(caught.value)
    assert "pulled out" in english and "may not write" not in english and "device attached" not in english, english
    assert "dicabut" in indonesian, indonesian
    assert not target.exists() and not (tmp_path / "laporan.pdf.partial").exists()
