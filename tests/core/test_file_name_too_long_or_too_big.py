"""Two refusals of a save that used to reach the librarian in the system's English ("Could not save ...: File
name too long", "...: File too large") or in the wrong words (Windows' path-too-long said a name like CON is
reserved): a file name past the limit (a report named after a long title, in a deep folder) and a file past
what the disk takes (over 4 GB on a FAT32 USB stick). Both errors are the kernel's own."""

from __future__ import annotations

import subprocess
import sys

import pytest

from pustaka_desktop.core import audit_log
from pustaka_desktop.core.errors import PustakaError
from pustaka_desktop.core.store import files


def test_a_file_name_too_long_says_so_and_how_to_shorten_it(lib, librarian, tmp_path):
    (tmp_path / "usb").mkdir()
    target = tmp_path / "usb" / ("Laporan peminjaman " + "Sejarah Perjuangan Rakyat Kabupaten " * 9 + ".csv")
    with pytest.raises(PustakaError) as refused:
        audit_log.export(lib, librarian, target)
    said = refused.value.message()
    assert said.startswith(f"The name of {target} is too long") and "Choose a shorter file name" in said
    assert not list((tmp_path / "usb").iterdir())  # nothing half-written left behind


def test_windows_path_too_long_is_not_called_a_reserved_name(tmp_path):
    exc = FileNotFoundError(2, "The filename or extension is too long", str(tmp_path / "laporan.pdf"))
    exc.winerror = 206  # ERROR_FILENAME_EXCED_RANGE, as Windows sets it (errno ENOENT)
    said = files.explain_os_error(exc, writing=True).message()
    assert "is too long" in said and "CON, PRN" not in said


_TOO_BIG = """
import resource, signal, sys
from pustaka_desktop.core.errors import PustakaError
from pustaka_desktop.core.store import files

signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the kernel then refuses the write with EFBIG, as FAT32 does
resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, 64 * 1024))
try:
    with files.atomic_write(sys.argv[1]) as handle:
        handle.write(b"x" * 200 * 1024)
except PustakaError as exc:
    print(exc.message())
"""


@pytest.mark.skipif(sys.platform == "win32", reason="a file size limit is set the POSIX way")
def test_a_file_too_large_for_the_disk_says_fat32_and_what_to_do(tmp_path):
    target = tmp_path / "cadangan-dinas.sqlite3"
    said = subprocess.run([sys.executable, "-c", _TOO_BIG, str(target)], capture_output=True, text=True,
                          check=True).stdout.strip()
    assert said.startswith(f"{target} is too large for that disk: a USB stick formatted as FAT32")
    assert not target.exists() and not list(tmp_path.iterdir())
