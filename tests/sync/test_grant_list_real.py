"""Book-grant lists as they really come: a thousand-title list from Perpusnas has a few ISBNs with a wrong
check digit and a price written as a word; a line with no title or a Jumlah that is not a number. The grant
still goes whole, the values kept as written and flagged on the village's review list; the lines that cannot
be read are all named at once, with their row in the list."""

from __future__ import annotations

from pathlib import Path

import pytest

from pustaka_desktop.cli import main
from pustaka_desktop.core.catalog import copies as catalog_copies
from pustaka_desktop.core.catalog import records, review
from pustaka_desktop.core.store.models import GrantPackage, Item, Record
from pustaka_desktop.core.sync import grants

GRANT = "Bantuan Buku 2026"


def _sheet(tmp_path, body: str):
    sheet = tmp_path / "hibah.csv"
    sheet.write_text("No;Judul;Pengarang;Penerbit;Tahun Terbit;ISBN;Jumlah;Harga\n" + body, encoding="utf-8")
    return grants.read_table(sheet)


def test_a_wrong_check_digit_and_a_price_in_words_come_in_kept_as_written_and_flagged(pair, tmp_path):
    village, district = pair
    lines = _sheet(tmp_path, "1;Budidaya Lele di Lahan Sempit;Slamet Riyadi;Penebar Swadaya;2019;978-602-8066-64-7;3;"
                             "52.000\n"
                             "2;Cerita Rakyat Jawa Barat;Sukardi;Balai Pustaka;1963;;2;gratis\n"
                             "3;Beternak Ayam Kampung;Sari;Agromedia;2020;978-979-006-006-7;1;40000\n")
    with district:
        plan = grants.build(district.lib, "SKM", GRANT, lines)
        assert len(plan.items) == 6 and plan.flagged == [1, 2]
        grants.create(district.lib, district.staff, "SKM", GRANT, lines)
    assert village.import_file(district.export_to(village)).grants == [(GRANT, 6)]
    with village:
        lele = Record.get(Record.title == "Budidaya Lele di Lahan Sempit")
        assert lele.isbn == "978-602-8066-64-7" and lele.items.count() == 3  # as the list wrote it, every copy
        flags = review.open_flags(village.lib)
        isbn = [f for f in flags if f.reason == "isbn"]
        assert [(f.record_id, f.value, f.suggestion, f.origin) for f in isbn] == [
            (lele.id, "978-602-8066-64-7", "9786028066648", GRANT)]
        priced = [f for f in flags if f.reason == "price"]
        cerita = Record.get(Record.title == "Cerita Rakyat Jawa Barat")
        assert sorted(f.item_id for f in priced) == sorted(i.id for i in cerita.items)
        assert {f.value for f in priced} == {"gratis"}
        assert {i.price for i in cerita.items} == {None}
        assert {f.reason for f in flags} == {"isbn", "price"}  # the good line brings no flag


def test_every_line_that_cannot_be_read_is_named_at_once_and_nothing_is_saved(pair, tmp_path):
    _village, district = pair
    good = "".join(f"{n};Buku Bacaan {n};Penulis {n};Balai Pustaka;2020;;1;20000\n" for n in range(1, 1001))
    rows = good.splitlines(keepends=True)
    rows[1] = "2;;Tanpa Judul;Balai Pustaka;2020;;1;20000\n"  # no title
    rows[499] = "500;Buku Tani;Budi;Kanisius;2018;;dua;20000\n"  # Jumlah in words
    rows[998] = "999;Buku Ikan;Sari;Kanisius;2018;;9789790060061;20000\n"  # an ISBN slipped into Jumlah
    with district, pytest.raises(grants.GrantLinesError) as raised:
        grants.create(district.lib, district.staff, "SKM", GRANT, _sheet(tmp_path, "".join(rows)))
    assert raised.value.lines == [2, 500, 999]
    text = raised.value.message()
    assert "Line 2:" in text and "Line 500: dua" in text and "Line 999: 9789790060061" in text
    with district:
        assert GrantPackage.select().count() == 0


def test_a_line_number_is_the_row_the_officer_sees_even_after_an_empty_row(pair):
    _village, district = pair
    table = [{"title": "Buku Ikan", "copies": "1"}, {"title": "", "copies": ""}, {"title": "Buku Tani", "copies": "x"}]
    with district, pytest.raises(grants.GrantLinesError) as raised:
        grants.build(district.lib, "SKM", GRANT, table)
    assert raised.value.lines == [3]
    with district:
        assert Item.select().count() == 0


def _damaged_copy(bundle: Path, to: Path) -> Path:
    """A stick pulled out while the bundle was copied on: the first half of the file, the rest never written."""
    to.write_bytes(bundle.read_bytes()[: bundle.stat().st_size // 2])
    return to


@pytest.mark.parametrize(("name", "said", "not_said"), [
    ("renamed", "Not imported: kiriman desa.zip. Ask the library that wrote it for a new bundle", "(?)"),
    ("as-written", "Ask SKM for a new bundle", "The other bundles went in"),
])
def test_one_damaged_bundle_imported_alone_is_told_plainly(pair, tmp_path, capsys, monkeypatch, name, said, not_said):
    village, district = pair
    bundle = village.export_to(district)
    target = tmp_path / ("kiriman desa.zip" if name == "renamed" else bundle.name)
    damaged = _damaged_copy(bundle, target)
    district.close()
    monkeypatch.setenv("PUSTAKA_LANG", "en")
    monkeypatch.setenv("PUSTAKA_PASSWORD", "rahasia1")
    capsys.readouterr()
    assert main(["--db", str(district.lib.path), "--user", "admin", "sync", "import", str(damaged)]) == 1
    out = capsys.readouterr().out
    assert said in out and not_said not in out
    assert "The other bundles went in" not in out


def test_the_sync_page_says_in_words_which_grant_barcode_was_renumbered(pair, qtbot):
    from pustaka_desktop.core.store.models import SyncException
    from pustaka_desktop.core.sync import conflicts
    from pustaka_desktop.gui.context import AppContext
    from pustaka_desktop.gui.pages.sync import SyncPage

    village, district = pair
    with district:  # the district labelled the books in the village's series; SKM000001 is taken there
        grants.create(district.lib, district.staff, "SKM", GRANT, [{"title": "Budidaya Lele", "barcode": "SKM000001"}])
    with village:
        record = records.add_record(village.lib, village.staff, title="Buku Desa", authors=["Sari"]).record
        catalog_copies.add_copies(village.lib, village.staff, record, 1)  # SKM000001
    village.import_file(district.export_to(village))
    with village:
        [exception] = SyncException.select()
        label, template, values = conflicts.exception_text(exception)
        said = template.format(**values)
        assert said == f"Grant “{GRANT}”: barcode SKM000001 is already used here; the copy was numbered SKM000002."
        village.lib.activate()
        page = SyncPage(AppContext(lib=village.lib, user=village.staff))
        qtbot.addWidget(page)
        page.refresh()
        assert page.exceptions.item(0, 2).text() == said and page.exceptions.item(0, 1).text() == "Book grant"


PERPUSNAS_MARCXML = """<?xml version="1.0" encoding="UTF-8"?>
<collection xmlns="http://www.loc.gov/MARC21/slim">
 <record>
  <leader>00000nam a2200000 a 4500</leader>
  <controlfield tag="001">INLIS000000000012345</controlfield>
  <datafield tag="020" ind1=" " ind2=" "><subfield code="a">978-602-8066-64-8</subfield></datafield>
  <datafield tag="082" ind1="0" ind2="4"><subfield code="a">639.31</subfield></datafield>
  <datafield tag="100" ind1="0" ind2=" "><subfield code="a">Slamet Riyadi</subfield></datafield>
  <datafield tag="245" ind1="1" ind2="0"><subfield code="a">Budidaya lele di lahan sempit /</subfield>
   <subfield code="c">Slamet Riyadi</subfield></datafield>
  <datafield tag="260" ind1=" " ind2=" "><subfield code="a">Jakarta :</subfield>
   <subfield code="b">Penebar Swadaya,</subfield><subfield code="c">2019</subfield></datafield>
  <datafield tag="300" ind1=" " ind2=" "><subfield code="a">viii, 96 hlm. ;</subfield><subfield code="c">21 cm</subfield></datafield>
  <datafield tag="650" ind1=" " ind2="4"><subfield code="a">Ikan lele -- Budidaya</subfield></datafield>
  <datafield tag="852" ind1=" " ind2=" "><subfield code="p">SKM-H-001</subfield></datafield>
  <datafield tag="852" ind1=" " ind2=" "><subfield code="p">SKM-H-002</subfield></datafield>
  <datafield tag="876" ind1=" " ind2=" "><subfield code="p">SKM-H-001</subfield><subfield code="c">52000</subfield></datafield>
  <datafield tag="876" ind1=" " ind2=" "><subfield code="p">SKM-H-002</subfield><subfield code="c">52000</subfield></datafield>
 </record>
 <record>
  <leader>00000nam a2200000 a 4500</leader>
  <datafield tag="100" ind1="0" ind2=" "><subfield code="a">Sukardi</subfield></datafield>
  <datafield tag="245" ind1="1" ind2="0"><subfield code="a">Cerita rakyat Jawa Barat</subfield></datafield>
  <datafield tag="260" ind1=" " ind2=" "><subfield code="b">Balai Pustaka</subfield><subfield code="c">1963</subfield></datafield>
 </record>
</collection>
"""


def test_a_marcxml_shipment_brings_its_copies_prices_and_every_field_of_the_record(pair, tmp_path):
    village, district = pair
    path = tmp_path / "hibah-perpusnas.xml"
    path.write_text(PERPUSNAS_MARCXML, encoding="utf-8")
    lines = grants.read_table(path)
    assert [(line["title"], line["copies"], line["barcode"], line["price"]) for line in lines] == [
        ("Budidaya lele di lahan sempit", "1", "SKM-H-001", "52000"),
        ("Budidaya lele di lahan sempit", "1", "SKM-H-002", "52000"),
        ("Cerita rakyat Jawa Barat", "1", "", "")]  # no holdings: one copy
    with district:
        grants.create(district.lib, district.staff, "SKM", GRANT, lines)
    assert village.import_file(district.export_to(village)).grants == [(GRANT, 3)]
    with village:
        lele = Record.get(Record.title == "Budidaya lele di lahan sempit")
        assert (lele.isbn, lele.ddc, lele.place, lele.publisher) == ("9786028066648", "639.31", "Jakarta",
                                                                    "Penebar Swadaya")
        assert "Ikan lele" in lele.subjects and "96 hlm" in lele.collation
        assert sorted((i.barcode, i.price) for i in lele.items) == [("SKM-H-001", 52000), ("SKM-H-002", 52000)]
        assert Record.get(Record.title == "Cerita rakyat Jawa Barat").items.count() == 1
