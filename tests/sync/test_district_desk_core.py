"""Core helpers behind the district pages: the inbox, the grant builder and union record editing."""

from __future__ import annotations

import json
import shutil

import pytest

from pustaka_desktop.core.errors import Cancelled, Conflict, NotFound, ValidationError
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.store.models import Item, Record, SyncReplica
from pustaka_desktop.core.sync import grants, hub, union, union_rebuild

from .sync_helpers import Site, both_databases, enrol


@pytest.fixture
def trio(tmp_path):
    clock = FixedClock("2026-03-02T09:00:00+07:00")
    district = Site(tmp_path, "dinas", "DIN", clock, district=True)
    one = Site(tmp_path, "suka", "SKM", clock)
    two = Site(tmp_path, "maju", "MJU", clock)
    enrol(one, district, tmp_path)
    enrol(two, district, tmp_path)
    yield one, two, district
    for site in (one, two, district):
        site.close()


def _inbox(tmp_path, *paths):
    folder = tmp_path / "usb"
    folder.mkdir(exist_ok=True)
    for path in paths:
        shutil.copy(path, folder / path.name)
    return folder


@both_databases
def test_inbox_reports_each_bundle_and_keeps_going_after_a_bad_one(trio, tmp_path):
    one, two, district = trio
    with one:
        store.insert(one.lib, Record, title="Laskar Pelangi")
    a, b = one.export_to(district), two.export_to(district)
    folder = _inbox(tmp_path, a, b)
    damaged = folder / "pustaka-XYZ-to-DIN-2026-03-02-deadbeef.zip"
    damaged.write_bytes(b"PK\x03\x04 not really a zip")
    heard = []
    with district:
        lines = hub.import_folder(district.lib, district.staff, folder, on_line=heard.append)
        again = hub.import_folder(district.lib, district.staff, folder)
    assert heard == lines
    by_sender = {line.sender: line for line in lines}
    assert by_sender["SKM"].result == "applied" and by_sender["SKM"].changed > 0
    assert by_sender["MJU"].result == "applied"
    assert by_sender["XYZ"].result == "rejected" and by_sender["XYZ"].error is not None
    assert sorted(line.result for line in again) == ["already", "already", "rejected"]


def test_inbox_cancel_keeps_the_bundles_already_imported(trio, tmp_path):
    one, two, district = trio
    folder = _inbox(tmp_path, one.export_to(district), two.export_to(district))
    heard = []
    with district:
        with pytest.raises(Cancelled):
            hub.import_folder(district.lib, district.staff, folder, cancel=lambda: len(heard) == 1,
                              on_line=heard.append)
        assert len(heard) == 1 and heard[0].result == "applied"
        lines = hub.import_folder(district.lib, district.staff, folder)
    assert sorted(line.result for line in lines) == ["already", "applied"]


def test_bundle_sender_code_from_file_name():
    assert hub.bundle_sender_code("pustaka-SKM-to-DIN-2026-03-02-ab12cd34.zip") == "SKM"
    assert hub.bundle_sender_code("holiday.zip") == ""


def test_grant_table_reads_indonesian_headers_from_csv_and_xlsx(tmp_path):
    from openpyxl import Workbook

    csv_path = tmp_path / "hibah.csv"
    csv_path.write_text("Judul;Pengarang;ISBN;Tahun;Barkode;No Induk;Warna\n"
                        "Buku Tani;Budi;;2025;H001;H/001;merah\n\n", encoding="utf-8")
    lines = grants.read_table(csv_path)
    assert lines == [{"title": "Buku Tani", "author": "Budi", "isbn": "", "publisher": "", "year": "2025", "ddc": "",
                      "copies": "", "price": "", "barcode": "H001", "accession_no": "H/001", "call_number": ""}]
    book = Workbook()
    book.active.append(["title", "author", "year", "barcode"])
    book.active.append(["Ikan Laut", "Sari", 2024, "H002"])
    book.save(tmp_path / "hibah.xlsx")
    assert grants.read_table(tmp_path / "hibah.xlsx")[0]["year"] == "2024"
    (tmp_path / "bad.csv").write_text("nama,alamat\nA,B\n", encoding="utf-8")
    with pytest.raises(ValidationError):
        grants.read_table(tmp_path / "bad.csv")


@both_databases
def test_grant_build_checks_lines_and_groups_titles(trio):
    one, two, district = trio
    good = [{"title": "Buku Tani", "author": "Budi", "barcode": "H1"},
            {"title": "Buku Tani", "author": "Budi", "barcode": "H2"},
            {"title": "Ikan", "isbn": "978-979-3062-79-2", "barcode": "H3", "year": "2024"},
            {"title": "", "barcode": ""}]  # an empty row typed by mistake is ignored
    with district:
        plan = grants.build(district.lib, "SKM", "Hibah 2026", good)
        assert (len(plan.records), len(plan.items)) == (2, 3)
        assert plan.records[1]["isbn"] == "9789793062792"
        with pytest.raises(ValidationError) as bad:
            grants.build(district.lib, "SKM", "Hibah 2026", [{"title": "X", "barcode": "H9", "copies": "dua"}])
        assert bad.value.lines == [1]
        # a field that fails a check goes as written, flagged for the village (issue 12)
        flagged = grants.build(district.lib, "SKM", "Hibah 2026", [{"title": "X", "isbn": "12345", "year": "dua"}])
        assert flagged.flagged == [1] and flagged.records[0]["isbn"] == "12345"
        with pytest.raises(grants.GrantLinesError) as twice:
            grants.build(district.lib, "SKM", "Hibah", [{"title": "X", "barcode": "H1"}, {"title": "Y", "barcode": "H1"}])
        assert [type(p) for p in twice.value.problems] == [Conflict]
        with pytest.raises(NotFound):
            grants.build(district.lib, "ZZZ", "Hibah", good)
        grants.create(district.lib, district.staff, "SKM", "Hibah 2026", good)
        with pytest.raises(grants.GrantLinesError) as waiting:  # waiting in the first grant already
            grants.build(district.lib, "SKM", "Hibah 2", [{"title": "Z", "barcode": "H2"}])
        assert [type(p) for p in waiting.value.problems] == [Conflict]
        grants.build(district.lib, "MJU", "Hibah 2", [{"title": "Z", "barcode": "H2"}])  # another village: fine


def test_grant_list_follows_waiting_sent_received(trio):
    one, two, district = trio
    with district:
        grants.create(district.lib, district.staff, "SKM", "Hibah 2026", [{"title": "Buku Tani", "barcode": "H1"}])
        [row] = grants.grant_list(district.lib)
        assert (row.code, row.status, row.copies, row.titles) == ("SKM", "waiting", 1, 1)
    one.import_file(district.export_to(one))
    with district:
        assert grants.grant_list(district.lib)[0].status == "sent"
    district.import_file(one.export_to(district))
    with district:
        row = grants.grant_list(district.lib)[0]
        assert row.status == "received" and row.received_at is not None


@both_databases
def test_union_edit_adopts_validates_and_travels_back(trio):
    one, two, district = trio
    with one:
        store.insert(one.lib, Record, title="Laskar Pelangi", publisher="Bentang")
        store.insert(one.lib, Item, record=Record.get().id, barcode="SKM1")
    district.import_file(one.export_to(district))
    with district:
        [hit] = union.search(district.lib, "laskar")
        fields = union.record_fields(district.lib, hit.id)
        assert fields["title"] == "Laskar Pelangi" and fields["adopted"] is False
        with pytest.raises(ValidationError):
            hub.edit_record(district.lib, district.staff, hit.id, title="  ")
        with pytest.raises(ValidationError):
            hub.edit_record(district.lib, district.staff, hit.id, isbn="123")
        hub.edit_record(district.lib, district.staff, hit.id, publisher="Bentang Pustaka")
        assert union.record_fields(district.lib, hit.id)["adopted"] is True
        replica = SyncReplica.get(SyncReplica.entity == "record")
        assert json.loads(replica.data)["publisher"] == "Bentang Pustaka"
    one.import_file(district.export_to(one))
    with one:
        assert Record.get().publisher == "Bentang Pustaka"


@both_databases
def test_a_search_lists_a_few_villages_per_title_and_the_record_all(trio, monkeypatch):
    from pustaka_desktop.core.sync import union_search
    from pustaka_desktop.web.union_source import UnionSource, _where

    one, two, district = trio
    for site, status in ((one, "on_loan"), (two, "available")):
        with site:
            record = store.insert(site.lib, Record, title="Laskar Pelangi", isbn="9789793062792")
            store.insert(site.lib, Item, record=record.id, barcode=f"{site.code}1", status=status)
        district.import_file(site.export_to(district))
    monkeypatch.setattr(union_search, "HOLDINGS_LISTED", 1)  # a province lists 12 of a thousand villages
    with district:
        [hit] = union.search(district.lib, "laskar")
        assert hit.villages == 2 and [h.code for h in hit.holdings] == ["MJU"]  # the one with it on the shelf
        assert _where(hit).endswith("… +1")
        record = UnionSource(district.lib).record(str(hit.id))
        assert len(record.copies) == 2  # the record's own page: every village


@both_databases
def test_union_search_forgives_old_spellings_both_ways_and_after_an_upgrade(trio, monkeypatch):
    """Village shelves hold every spelling Indonesian has had; the district's search folds them as the
    village catalogue does: Djakarta = Jakarta, Soekarno = Sukarno, Rakjat = Rakyat."""
    from pustaka_desktop.core.settings import set_setting
    from pustaka_desktop.core.sync import dialect, union_match

    one, two, district = trio
    with one:
        old = store.insert(one.lib, Record, title="Sedjarah Kota Djakarta", authors=json.dumps([{"name": "Soekanto", "role": "author", "kind": "person"}]))
        store.insert(one.lib, Item, record=old.id, barcode="SKM1")
        speech = store.insert(one.lib, Record, title="Penjambung Lidah Rakjat", authors=json.dumps([{"name": "Soekarno", "role": "author", "kind": "person"}]))
        store.insert(one.lib, Item, record=speech.id, barcode="SKM2")
    with two:
        new = store.insert(two.lib, Record, title="Jakarta dari Masa ke Masa", authors=json.dumps([{"name": "Tim Penyusun", "role": "author", "kind": "corporate"}]))
        store.insert(two.lib, Item, record=new.id, barcode="MJU1")
    searchable = dialect.searchable
    monkeypatch.setattr(dialect, "searchable", union_match.fold)  # words indexed as before this rule
    district.import_file(one.export_to(district))
    district.import_file(two.export_to(district))
    monkeypatch.setattr(dialect, "searchable", searchable)  # (not undo(): it would take the union_backend's too)

    def titles(text):
        with district:
            return sorted(hit.title for hit in union.search(district.lib, text))

    with district:
        set_setting(union_rebuild.WORDS_SETTING, 1)  # a district upgraded with its index made by the old rule
    assert titles("sejarah jakarta") == []
    with district:
        union_rebuild.ensure_current(district.lib)  # what the next import, search page or report does first
    assert titles("sejarah jakarta") == ["Sedjarah Kota Djakarta"]
    assert titles("djakarta") == ["Jakarta dari Masa ke Masa", "Sedjarah Kota Djakarta"]
    assert titles("sukarno penyambung rakyat") == ["Penjambung Lidah Rakjat"]
    assert titles("Soekarno") == ["Penjambung Lidah Rakjat"]

    with two:  # a record indexed from now on, by the new rule
        store.insert(two.lib, Item, record=store.insert(two.lib, Record, title="Tjerita Rakjat Djawa").id,
                     barcode="MJU2")
    district.import_file(two.export_to(district))
    assert titles("cerita rakyat jawa") == ["Tjerita Rakjat Djawa"]


def test_a_grant_list_saved_by_wps_office_comes_in_whole(tmp_path):
    """WPS Office may declare a sheet's size as "A1": the grant list read as its one cell, "no title column"."""
    from openpyxl import Workbook

    from tests.core.test_sheets_from_other_tools import _sized_as

    book = Workbook()
    book.active.append(["Judul", "Pengarang", "Jumlah"])
    book.active.append(["Buku Tani", "Budi", 3])
    book.save(tmp_path / "hibah.xlsx")
    lines = grants.read_table(_sized_as(tmp_path / "hibah.xlsx", "A1"))
    assert [(line["title"], line["copies"]) for line in lines] == [("Buku Tani", "3")]
