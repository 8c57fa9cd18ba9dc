"""Fixtures shared by the import/export tests: a second, empty library to import into."""

from __future__ import annotations

import pytest

from pustaka_desktop.core import auth, profile
from pustaka_desktop.core.service import Library
from tests import new_library


@pytest.fixture
def empty_lib_factory(tmp_path, clock):
    """``make()`` opens a fresh initialised library (the models then point at it) and returns it with
    its librarian."""
    opened: list[Library] = []

    def make(code: str = "LAIN"):
        other = new_library.open_new(tmp_path / f"other-{len(opened)}.sqlite3", clock)
        opened.append(other)
        profile.init_library(other, name="Perpustakaan Lain", code=code, librarian="lain", password="rahasia1")
        return other, auth.login(other, "lain", "rahasia1")

    yield make
    for other in opened:
        other.close()
