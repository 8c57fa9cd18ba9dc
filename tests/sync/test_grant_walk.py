"""A book grant walked as the people who handle it: the district office gets Perpusnas's list for a village
(one line per title, with how many copies and their price, no barcodes: the boxes arrive unlabelled), sends
it with the next bundle, and the village librarian finds the books catalogued, numbered in the village's own
series, priced and ready to label; the district sees the package arrived and counts each copy once."""

from __future__ import annotations

import pytest

from pustaka_desktop.cli import main
from pustaka_desktop.core.catalog import copies as catalog_copies
from pustaka_desktop.core.catalog import records
from pustaka_desktop.core.errors import Refused, ValidationError
from pustaka_desktop.core.printing.selection import items_just_added
from pustaka_desktop.core.reports import figures
from pustaka_desktop.core.reports.period import Period
from pustaka_desktop.core.store.clock import FixedClock
from pustaka_desktop.core.store.models import Item, Record, SyncException
from pustaka_desktop.core.sync import grants, stats

from .sync_helpers import Site, enrol

# what a district office gets from the programme: a heading above the columns, one line per title
PERPUSNAS_LIST = (
    "DAFTAR BUKU BANTUAN BACAAN BERMUTU TAHUN 2026;;;;;;;\n"
    "Desa Sukamaju, Kabupaten Bandung;;;;;;;\n"
    "No;Judul;Pengarang;Penerbit;Tahun Terbit;ISBN;Jumlah;Harga\n"
    "1;Cerita Rakyat Jawa Barat;Sukardi;Balai Pustaka;1963;;2;45000\n"
    "2;الأربعين النووية;النووي;Dar al-Minhaj;2010;;2;Rp 38.000,-\n"
    "3;Budidaya Lele di Lahan Sempit;Ir. Slamet Riyadi;Penebar Swadaya;2019;978-602-8066-64-8;3;52.000\n"
)
GRANT = "Bantuan Buku Bacaan Bermutu Perpusnas 2026"


@pytest.fixture
def trio(tmp_path):
    clock = FixedClock("2026-03-02T09:00:00+07:00")
    district = Site(tmp_path, "dinas", "DIN", clock, district=True)
    village = Site(tmp_path, "suka", "SKM", clock)
    other = Site(tmp_path, "maju", "MJU", clock)
    enrol(village, district, tmp_path)
    enrol(other, district, tmp_path)
    with village:  # the village's own books, catalogued years ago in the old spelling, and a kitab
        for title, author, count in (("Tjerita Rakjat Djawa Barat", "Soekardi", 2), ("الأربعين النووية", "النووي", 1)):
            record = records.add_record(village.lib, village.staff, title=title, authors=[author]).record
            catalog_copies.add_copies(village.lib, village.staff, record, count)
    yield district, village, other
    for site in (district, village, other):
        site.close()


def _grant_from_list(district: Site, tmp_path, text: str = PERPUSNAS_LIST, to: str = "SKM") -> None:
    sheet = tmp_path / "hibah.csv"
    sheet.write_text(text, encoding="utf-8")
    with district:
        grants.create(district.lib, district.staff, to, GRANT, grants.read_table(sheet))


def _copies(village: Site) -> list[Item]:
    with village:
        return list(Item.select().where(Item.source == "grant").order_by(Item.barcode))


def test_a_perpusnas_list_without_barcodes_arrives_numbered_by_the_village_ready_to_label(trio, tmp_path):
    district, village, _ = trio
    _grant_from_list(district, tmp_path)
    bundle = district.export_to(village)
    result = village.import_file(bundle)
    assert result.grants == [(GRANT, 7)]
    granted = _copies(village)
    # numbered after the village's own three copies, in the village's series; accession numbers say "grant"
    assert [i.barcode for i in granted] == [f"SKM{n:06d}" for n in range(4, 11)]
    assert [i.accession_no for i in granted] == [f"{n:05d}/G/2026" for n in range(4, 11)]
    assert [i.price for i in granted] == [45000, 45000, 38000, 38000, 52000, 52000, 52000]
    assert {i.source_detail for i in granted} == {GRANT}
    assert all(i.call_number and i.received_on.isoformat() == "2026-03-02" for i in granted)
    with village:
        titles = {r.title: r.items.where(Item.deleted == False).count() for r in Record.select()}  # noqa: E712
        assert {i.barcode for i in items_just_added(village.lib)} >= {i.barcode for i in granted}
        by_source = figures.new_copies_by_source(village.lib, Period.year(2026))
    assert by_source["grant"] == {"copies": 7, "value": 2 * 45000 + 2 * 38000 + 3 * 52000, "priced": 7}
    # the old spelling and the kitab are the village's own records, with more copies
    assert titles == {"Tjerita Rakjat Djawa Barat": 4, "الأربعين النووية": 3, "Budidaya Lele di Lahan Sempit": 3}
    assert village.import_file(bundle).result == "already" and len(_copies(village)) == 7  # a second time: nothing


def test_a_barcode_the_district_gave_that_the_village_uses_gets_a_new_number_not_lost(trio, tmp_path):
    district, village, _ = trio
    with district:  # the district labelled the books, in the village's own series (SKM000001 is taken there)
        grants.create(district.lib, district.staff, "SKM", GRANT, [
            {"title": "Budidaya Lele di Lahan Sempit", "barcode": "SKM000001"},
            {"title": "Budidaya Lele di Lahan Sempit", "barcode": "SKM000050"},
            {"title": "Beternak Ayam Kampung", "copies": "2"}])
    village.import_file(district.export_to(village))
    assert [i.barcode for i in _copies(village)] == ["SKM000050", "SKM000051", "SKM000052", "SKM000053"]
    with village:
        assert Item.select().where(Item.barcode == "SKM000001").get().source == "purchase"
        assert SyncException.select().where(SyncException.kind == "grant-barcode").count() == 1


def test_the_village_is_told_of_the_grant_and_how_to_print_its_labels(trio, tmp_path, capsys, monkeypatch):
    district, village, _ = trio
    monkeypatch.setenv("PUSTAKA_PASSWORD", "rahasia1")
    _grant_from_list(district, tmp_path)
    bundle = district.export_to(village)
    capsys.readouterr()
    assert main(["--db", str(village.lib.path), "--lang", "en", "--user", "admin", "sync", "import", str(bundle)]) == 0
    out = capsys.readouterr().out
    assert f"Book grant {GRANT}: 7 copies added" in out and "--select just-added" in out


def test_the_district_sees_it_arrived_and_counts_each_copy_once(trio, tmp_path):
    district, village, _ = trio
    _grant_from_list(district, tmp_path)
    village.import_file(district.export_to(village))
    district.import_file(village.export_to(district))
    with district:
        [row] = grants.grant_list(district.lib)
        rows, total = stats.district_report(district.lib, Period.year(2026))
    assert row.status == "received" and row.copies == 7
    # the village's 3 own copies and the 7 granted, once: the package the district made is not counted again
    assert {r.code: (r.records, r.copies) for r in rows}["SKM"] == (3, 10) and total.copies == 10


@pytest.mark.parametrize(("line", "problem"), [
    ("Buku Tani;Budi;dua", "not a number of copies"),
    ("Buku Tani;Budi;9781234567897", "not a number of copies"),  # an ISBN slipped into Jumlah
])
def test_a_list_with_a_wrong_number_says_which_line(trio, tmp_path, line, problem):
    district, _, _ = trio
    sheet = tmp_path / "hibah.csv"
    sheet.write_text("Judul;Pengarang;Jumlah;Harga\nBuku Ikan;Sari;1;20000\n" + line + "\n", encoding="utf-8")
    with district, pytest.raises(ValidationError) as raised:
        grants.build(district.lib, "SKM", GRANT, grants.read_table(sheet))
    [line_problem] = raised.value.problems
    assert problem in line_problem.template and line_problem.params["line"] == 2


def test_a_grant_for_another_village_is_refused_there_and_changes_nothing(trio, tmp_path):
    district, village, other = trio
    _grant_from_list(district, tmp_path)
    bundle = district.export_to(village)
    with pytest.raises(Refused) as raised:
        other.import_file(bundle)
    assert raised.value.reason == "wrong-receiver"
    assert _copies(other) == []
    assert village.import_file(bundle).grants == [(GRANT, 7)]  # it still goes in where it belongs
