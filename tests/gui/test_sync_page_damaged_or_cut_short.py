"""The Sync page's "Import bundle file..." says whether a bundle that cannot be read is damaged (a byte flipped on
the USB stick: the file is whole) or incomplete (the copy stopped early), not "truncated" for both."""

from __future__ import annotations

import zipfile

import pytest

from pustaka_desktop.core.sync import bundle
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages.sync import SyncPage


@pytest.fixture
def english():
    from pustaka_desktop import i18n

    i18n.install("en")


@pytest.fixture
def good(tmp_path):
    manifest = {"bundle_id": "b1", "sender": "x", "receiver": "y"}
    rows = b"".join(b'{"entity": "record", "title": "Buku %d"}\n' % n for n in range(200))
    path = tmp_path / "pustaka-SKM-to-DIN-20260302-090000a7.zip"
    path.write_bytes(bundle.build(manifest, {bundle.CHANGES: rows}, lambda data: b"s" * 64))
    return path


def imported(qtbot, lib, librarian, monkeypatch, path) -> str:
    page = SyncPage(AppContext(lib=lib, user=librarian))
    qtbot.addWidget(page)
    monkeypatch.setattr("pustaka_desktop.gui.pages.sync.open_file", lambda *args: str(path))
    page._import_file()
    qtbot.waitUntil(lambda: page.results.rowCount() == 1, timeout=20_000)
    assert page.results.item(0, 1).text() == "rejected"
    return page.results.item(0, 4).text()


def test_a_flipped_byte_is_said_as_damaged(qtbot, english, lib, librarian, monkeypatch, good, tmp_path):
    with zipfile.ZipFile(good) as zf:
        at = zf.getinfo(bundle.MANIFEST).header_offset + 30 + len(bundle.MANIFEST) + 5  # in the manifest's bytes
    raw = bytearray(good.read_bytes())
    raw[at] ^= 0x01
    bad = tmp_path / "damaged" / good.name
    bad.parent.mkdir()
    bad.write_bytes(bytes(raw))
    why = imported(qtbot, lib, librarian, monkeypatch, bad)
    assert why.startswith("The bundle is damaged: the file is whole") and "ends too early" not in why


def test_a_copy_cut_short_is_said_as_incomplete(qtbot, english, lib, librarian, monkeypatch, good, tmp_path):
    raw = good.read_bytes()
    bad = tmp_path / "cut" / good.name
    bad.parent.mkdir()
    bad.write_bytes(raw[: len(raw) * 2 // 3])
    why = imported(qtbot, lib, librarian, monkeypatch, bad)
    assert why.startswith("The bundle is incomplete: the file ends too early") and "damaged" not in why


def test_the_reason_is_read_whole_without_scrolling_sideways(qtbot, english, lib, librarian, monkeypatch, good,
                                                             tmp_path):
    """At the window's first size the reason wraps in its cell (it was cut at the table's edge, to be scrolled)."""
    raw = good.read_bytes()
    bad = tmp_path / "cut" / good.name
    bad.parent.mkdir()
    bad.write_bytes(raw[: len(raw) // 2])
    page = SyncPage(AppContext(lib=lib, user=librarian))
    qtbot.addWidget(page)
    page.resize(1000, 700)  # (the page beside the navigation in a 1280x728 window)
    page.show()
    monkeypatch.setattr("pustaka_desktop.gui.pages.sync.open_file", lambda *args: str(bad))
    page._import_file()
    table = page.results
    qtbot.waitUntil(lambda: table.rowCount() == 1, timeout=20_000)
    qtbot.waitUntil(lambda: table.rowHeight(0) > 2 * table.fontMetrics().height())
    why = table.item(0, 4).text()
    header = table.horizontalHeader()
    assert header.sectionViewportPosition(4) + header.sectionSize(4) <= table.viewport().width()
    assert not table.horizontalScrollBar().isVisible() or table.horizontalScrollBar().maximum() == 0
    lines = table.fontMetrics().horizontalAdvance(why) / max(header.sectionSize(4), 1)
    assert table.rowHeight(0) >= int(lines) * table.fontMetrics().lineSpacing()  # (every line of it shows)
