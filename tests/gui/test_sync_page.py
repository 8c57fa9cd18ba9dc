"""The sync page: status, a bundle written to a folder, conflicts and exceptions listed."""

from __future__ import annotations

import json

from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Record, SyncConflict, SyncException
from pustaka_desktop.core.sync import enrolment
from pustaka_desktop.gui.context import AppContext
from pustaka_desktop.gui.pages.sync import SyncPage


def test_sync_page_lists_partner_conflicts_and_exceptions(qtbot, lib, librarian, tmp_path):
    # a district answer needs a district: fake the partner by enrolling a second library
    from pustaka_desktop.core import auth, profile
    from pustaka_desktop.core.service import Library

    district = Library.open(tmp_path / "d" / "d.sqlite3", lib.clock)
    with district.bound():
        profile.init_library(district, name="Dinas", code="DIN", librarian="d", password="dinas123", kind="district")
        dstaff = auth.login(district, "d", "dinas123")
    lib.activate()
    enrolment.make_request(lib, librarian, tmp_path / "req.json")
    with district.bound():
        enrolment.accept_request(district, dstaff, tmp_path / "req.json", tmp_path / "ans.json")
    lib.activate()
    enrolment.finish(lib, librarian, tmp_path / "ans.json")
    record = store.insert(lib, Record, title="Versi Desa")
    SyncConflict.create(at=lib.clock.now(), entity="record", row_uid=record.uid, field="title",
                        kept_value=json.dumps("Versi Desa"), kept_version=record.version,
                        lost_value=json.dumps("Versi Dinas"), lost_version="0000000000001-0000-x", peer="x")
    SyncException.create(at=lib.clock.now(), kind="double-loan", key="k", detail="{}")

    page = SyncPage(AppContext(lib=lib, user=librarian))
    qtbot.addWidget(page)
    assert page.peers.rowCount() == 1 and page.peers.item(0, 0).text() == "DIN"
    assert page.conflicts.rowCount() == 1 and page.exceptions.rowCount() == 1
    assert not page.copy_box.isVisible()

    page.conflicts.selectRow(0)
    page.reverse_button.click()
    assert Record.get_by_id(record.id).title == "Versi Dinas"
    assert page.conflicts.rowCount() == 0
    page.exceptions.selectRow(0)
    page.resolve_button.click()
    assert page.exceptions.rowCount() == 0
    district.close()
