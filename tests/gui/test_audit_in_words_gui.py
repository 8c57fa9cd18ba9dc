"""The audit page as a village head reads it: who did it by name (the command line too), what the entry is
about by number and name, never a uid; and the search box finds what was done to one copy."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt

from pustaka_desktop import i18n
from pustaka_desktop.core import auth
from pustaka_desktop.core.catalog import copies
from pustaka_desktop.core.catalog import records as catalog
from pustaka_desktop.core.community import members
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages.audit import AuditPage

UID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


@pytest.fixture(autouse=True)
def in_english():
    i18n.install("en")
    yield
    i18n.install("id")


def _cells(page, title):
    model = page.model
    column = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())].index(title)
    return [model.data(model.index(row, column)) for row in range(model.rowCount())]


def test_the_page_names_people_and_things(qtbot, lib, librarian):
    member = members.register(lib, librarian, name="Siti Aminah", member_type="Umum")
    members.block(lib, librarian, member, "buku belum kembali")
    record = catalog.add_record(lib, librarian, title="Laskar Pelangi").record
    item = copies.add_item(lib, librarian, record, barcode="UJI000555")
    cli = auth.Staff(username="cli:perpus", role=auth.LIBRARIAN, active=True, full_name="")
    copies.mark_lost(lib, cli, item, note="dilaporkan hilang")

    page = AuditPage(AppContext(lib, librarian))
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.model.rowCount() >= 3, timeout=5000)
    assert "command line (computer account perpus)" in _cells(page, "User")
    about = _cells(page, "About")
    assert f"member: {member.number} Siti Aminah" in about
    assert "copy: UJI000555 “Laskar Pelangi”" in about
    shown = [str(page.model.data(page.model.index(r, c))) for r in range(page.model.rowCount())
             for c in range(page.model.columnCount())]
    assert not [text for text in shown if UID.search(text)]

    page.search.setText("UJI000555")
    page.apply_filters()
    assert _cells(page, "Action") == ["Copy marked as lost"]
