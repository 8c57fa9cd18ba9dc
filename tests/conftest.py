"""Shared fixtures: every test gets a fresh library database in a temp dir and a clock it controls."""

from __future__ import annotations

import os

# Without a display Qt aborts the whole process; offscreen keeps GUI tests headless.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("PUSTAKA_LANG", "id")

import pytest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from pustaka_desktop.core import auth, profile  # noqa: E402
from pustaka_desktop.core.service import Library  # noqa: E402
from pustaka_desktop.core.store.clock import FixedClock  # noqa: E402

# One QApplication for the whole run, made before anything (like the CLI's translator set-up)
# could make a plain QCoreApplication that GUI tests cannot use.
_qt_app = QApplication.instance() or QApplication([])

# Hashing with full scrypt cost in every fixture would slow the suite; tests use a cheap cost.
auth._SCRYPT.update(n=2**4)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock("2026-03-02T09:00:00+07:00")  # a Monday morning in Indonesia (WIB)


@pytest.fixture
def empty_lib(tmp_path, clock):
    lib = Library.open(tmp_path / "library.sqlite3", clock)
    yield lib
    lib.close()


@pytest.fixture
def lib(empty_lib):
    profile.init_library(
        empty_lib, name="Perpustakaan Desa Uji", code="UJI", librarian="pustakawan", password="rahasia1",
        pin="1234", village="Uji", kabupaten="Bandung",
    )
    return empty_lib


@pytest.fixture
def librarian(lib):
    return auth.login(lib, "pustakawan", "rahasia1")


@pytest.fixture
def volunteer(lib, librarian):
    return auth.add_staff(lib, librarian, "relawan", "relawan1", auth.VOLUNTEER, full_name="Relawan Satu")


@pytest.fixture(autouse=True)
def _number_format_kept():
    """A test that switches the process to English (a CLI run with --lang en) must not leave the next test
    writing "Rp 2,000": the display language of numbers is process-wide (core.formatting)."""
    from pustaka_desktop.core import formatting

    before = formatting._display_language[0]
    yield
    formatting.set_display_language(before)
