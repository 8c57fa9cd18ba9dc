"""What a page shows when the database fails under it: the library's words, not the driver's English. The
dashboard counted its figures into a label as ``str(exc)`` ("unable to open database file" when the USB
stick the library runs from was pulled); a district page's error shows PostgreSQL's failures in words."""

from __future__ import annotations

import sqlite3

import pytest

from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages import dashboard
from pustaka_desktop.gui.widgets.messages import error_text


def test_the_dashboard_says_the_library_file_went_away_in_words(qtbot, lib, librarian, monkeypatch):
    def pulled(*args, **kwargs):  # what SQLite says once the stick holding the library is out
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(dashboard.figures, "dashboard", pulled)
    page = dashboard.DashboardPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: "Counting" not in page.visits.total.text(), timeout=10_000)
    said = page.visits.total.text()
    assert said.startswith(f"The library file {lib.path} cannot be opened") and "USB stick" in said
    assert "unable to open" not in said


@pytest.mark.parametrize(("error", "said"), [
    ("InsufficientPrivilege", "may not do this in the district database"),
    ("AdminShutdown", "The connection to the district database (?) was cut"),
    ("DiskFull", "The disk of the district database server (?) is full"),
])
def test_a_district_database_failure_is_shown_in_words(error, said):
    psycopg = pytest.importorskip("psycopg")
    text = {"InsufficientPrivilege": "permission denied for table union_record",
            "AdminShutdown": "terminating connection due to administrator command",
            "DiskFull": 'could not extend file "base/16384/16390": No space left on device'}[error]
    shown = error_text(getattr(psycopg.errors, error)(text))
    assert said in shown and text not in shown
