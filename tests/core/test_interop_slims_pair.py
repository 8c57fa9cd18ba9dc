"""A SLiMS library's biblio and item exports as one import (importer.import_slims): the catalogue it
makes is the one the two files make imported one after the other, but each copy is written once."""

from __future__ import annotations

import json

import pytest

from pustaka_desktop.core.errors import ValidationError
from pustaka_desktop.core.interop import importer, slims
from pustaka_desktop.core.interop.import_session import ImportSession
from pustaka_desktop.core.interop.matching import ADDED, New, held_copy
from pustaka_desktop.core.store import log_lines
from pustaka_desktop.core.store.models import ChangeLog, Item, Record, ReviewFlag
from tests.core import interop_fixtures

empty_lib_factory = interop_fixtures.empty_lib_factory  # a fixture


def _line(columns: tuple[str, ...], values: dict[str, str]) -> str:
    return ",".join(f'"{values.get(c, "")}"' for c in columns)


def biblio_text() -> str:
    """As SLiMS 9 writes its bibliography export (header with a trailing separator, \\n for line
    breaks, <a><b> lists, an unescaped quote)."""
    rows = [
        dict(title="Laskar Pelangi : sebuah novel", gmd_name="Text", edition="Cet. 5", isbn_issn="979-3062-79-7",
             publisher_name="Bentang Pustaka", publish_year="c2008", call_number="899.221 3 HIR l",
             language_name="Indonesia", place_name="Yogyakarta", classification="899.221 3",
             notes="Baris satu\\nBaris dua", authors="<Hirata, Andrea>", topics="<Novel>",
             item_code="<B0001><B0002><B0003>"),
        dict(title='Kisah "Si Kancil" dan Buaya', gmd_name="Text", publisher_name="Balai Pustaka",
             publish_year="1999", classification="398.2", authors="<Anonim>", item_code="<B0004>"),
        dict(title="Budidaya Lele", publisher_name="Penebar Swadaya", publish_year="2015", classification="639.3",
             isbn_issn="978-602-00-0000-1", authors="<Tim Penyusun>", item_code="<B0005>"),
    ]
    return "\n".join([",".join(slims.BIBLIO_COLUMNS) + ","] + [_line(slims.BIBLIO_COLUMNS, r) for r in rows]) + "\n"


def items_text() -> str:
    """As SLiMS writes its item export: every field quoted, quotes inside a title left unescaped."""
    rows = [
        dict(item_code="B0001", call_number="899.221 3 HIR l", coll_type_name="Sirkulasi",
             inventory_code="001/P/2019", received_date="2019-02-01", location_name="Rak A", source="1",
             price="85000.00", price_currency="Rupiah", title="Laskar Pelangi : sebuah novel"),
        dict(item_code="B0002", coll_type_name="Koleksi Langka", item_status_name="Repair", source="2",
             received_date="0000-00-00", title="Laskar Pelangi : sebuah novel"),
        dict(item_code="B0004", received_date="2019-31-12", location_name="Rak B", title='Kisah "Si Kancil" dan Buaya'),
        dict(item_code="B0009", coll_type_name="Sirkulasi", title="Budidaya Lele"),  # not in the biblio file
        dict(item_code="B0010", title="Judul Yang Tidak Ada"),
        dict(item_code="B0005", item_status_name="Hilang di banjir", title="Budidaya Lele"),
    ]
    return "\n".join([",".join(slims.ITEM_COLUMNS) + ","] + [_line(slims.ITEM_COLUMNS, r) for r in rows]) + "\n"


@pytest.fixture
def files(tmp_path):
    biblio, items = tmp_path / "senayan_biblio_export.csv", tmp_path / "senayan_item_export.csv"
    biblio.write_text(biblio_text(), encoding="utf-8")
    items.write_text(items_text(), encoding="utf-8")
    return biblio, items


def _catalogue() -> dict:
    copies = {}
    for item in Item.select():
        copies[item.barcode] = (item.record.title, item.accession_no, str(item.received_on), item.location,
                                item.price, item.source, item.status, item.condition_note,
                                item.collection_type.name if item.collection_type_id else "", item.call_number)
    records = sorted((r.title, r.ddc, r.isbn, r.year, r.language) for r in Record.select())
    flags = sorted((f.reason, f.field_name, f.value, f.record.title if f.record_id else "",
                    f.item.barcode if f.item_id else "", f.row) for f in ReviewFlag.select())
    return {"copies": copies, "records": records, "flags": flags}


def _summaries(plans) -> list[dict]:
    out = []
    for plan in plans:
        summary = plan.summary()
        summary.pop("file")
        out.append(summary)
    return out


def test_one_import_makes_the_catalogue_the_two_files_make_one_after_the_other(files, empty_lib_factory):
    biblio, items = files
    apart, apart_by = empty_lib_factory("APART")
    plans_apart = [importer.import_file(apart, apart_by, "slims-biblio", biblio),
                   importer.import_file(apart, apart_by, "slims-item", items)]
    seen_apart = _catalogue()
    together, together_by = empty_lib_factory("ONCE")
    plans = importer.import_slims(together, together_by, biblio, items)
    # the same counts, except that the item file gives the biblio file's copies their details as they are
    # written, where one file after the other updates them: said as such, not as "to update"
    detailed = plans[1].items_detailed
    assert detailed == plans_apart[1].items_update > 0 and plans[1].items_update == 0
    plans_apart[1].items_update, plans_apart[1].items_detailed = 0, detailed
    assert _summaries(plans) == _summaries(plans_apart)
    assert _catalogue() == seen_apart
    first = seen_apart["copies"]["B0001"]
    assert first[1:6] == ("001/P/2019", "2019-02-01", "Rak A", 85000, "purchase")
    assert seen_apart["copies"]["B0003"][0] == "Laskar Pelangi"  # in the biblio file only
    assert seen_apart["copies"]["B0009"][0] == "Budidaya Lele"  # in the item file only
    assert [bad.row for bad in plans[1].bad] == [6]  # the copy of a title the catalogue does not have
    assert together.db.execute_sql("SELECT count(*) FROM record_fts").fetchone()[0] == 3


def test_each_copy_is_written_once_with_its_details_and_logged_once(files, lib, librarian):
    biblio, items = files
    importer.import_slims(lib, librarian, *files)
    lines = list(ChangeLog.select().where(ChangeLog.entity == "item").order_by(ChangeLog.seq))
    assert [line.op for line in lines] == ["insert_range"]  # no update, and no line a copy (store.log_lines)
    named = log_lines.touched(lib.db, [(c.entity, c.row_uid, c.op, c.fields) for c in lines])["item"]
    assert sorted(named) == sorted(uid for (uid,) in Item.select(Item.uid).tuples()) and len(named) == 6
    copy = Item.get(Item.barcode == "B0001")
    assert copy.field_versions == ""  # never edited: the insert's version covers every field
    assert log_lines.seq_of(lib.db, lib.site_id, copy.version) == lines[0].seq


def test_what_the_import_keeps_of_each_copy_is_its_barcode_alone(files, lib, librarian, monkeypatch):
    """Memory that grows with the file (issue 12, a 100,000-copy move-in): a copy the biblio file holds back for
    the item file is kept as its row's fields (one entry for the row's copies, no copy object of its own), and a
    copy once written is only a taken barcode in the import's barcode index, not the copy with its id."""
    seen = {}

    def keep(session):
        if session.result.format == "slims-biblio":  # (before the biblio file's planning state is forgotten)
            seen["held"] = dict(session.deferred)
        seen.setdefault("barcodes", []).append(dict(session.cat.barcodes))
        real_shed(session)

    real_shed = ImportSession.shed
    monkeypatch.setattr(ImportSession, "shed", keep)
    real_finish = ImportSession.finish

    def finished(session):
        real_finish(session)
        if session.result.format == "slims-item":
            seen.setdefault("barcodes", []).append(dict(session.cat.barcodes))

    monkeypatch.setattr(ImportSession, "finish", finished)
    first, second = importer.import_slims(lib, librarian, *files)
    held = seen["held"]
    assert sorted(held) == ["B0001", "B0002", "B0003", "B0004", "B0005"]
    assert held["B0001"] is held["B0002"] is held["B0003"]  # the three copies of Laskar Pelangi: one entry
    assert len({id(entry) for entry in held.values()}) == 3
    assert not any(isinstance(value, New) for entry in held.values() for value in entry[1:])  # ([0]: its record)
    assert held_copy("B0002", held["B0002"])[1].fields == {"barcode": "B0002", "call_number": "899.221 3 HIR l",
                                                           "source": "other"}
    for barcodes in seen["barcodes"]:  # after the biblio file, and after the item file
        assert barcodes and all(value is ADDED for value in barcodes.values())
    # and each copy still came in whole, with what the item file gave it
    assert (second.items_detailed, Item.select().count()) == (4, 6)
    copy = Item.get(Item.barcode == "B0003")  # held back, not in the item file: written as the biblio file gave it
    assert (copy.record.title, copy.call_number, copy.source) == ("Laskar Pelangi", "899.221 3 HIR l", "other")
    assert Item.get(Item.barcode == "B0001").location == "Rak A"


def test_a_second_import_of_slims_files_reads_no_uid_of_the_catalogue(files, lib, librarian, monkeypatch):
    """SLiMS's files name no uid of this program: a re-import into the catalogue they made does not hold every
    record's uid (a 50,000-title library's were 7 MB of its memory); a file that names uids reads them (test_interop_marc)."""
    importer.import_slims(lib, librarian, *files)
    catalogues = []
    real_shed = ImportSession.shed

    def keep(session):
        catalogues.append(session.cat)
        real_shed(session)

    monkeypatch.setattr(ImportSession, "shed", keep)
    again = importer.import_slims(lib, librarian, *files)
    assert [(p.records_add, p.records_update, p.items_add, p.items_update) for p in again] == [(0, 0, 0, 0)] * 2
    assert len(catalogues) == 1 and catalogues[0].records_loaded and catalogues[0]._by_uid is None
    uid, rid = Record.select(Record.uid, Record.id).tuples().first()
    assert catalogues[0].record_of_uid(uid) == rid  # (asked: read then)
    # a stored copy's accession number (SLiMS's inventory code) is held with the copy's id alone, no pair a copy
    numbered = Item.get(Item.barcode == "B0001")
    assert catalogues[0].accessions == {"001/P/2019": numbered.id}
    assert catalogues[0].accession_copy("001/P/2019", numbered.record_id) == numbered.id
    assert catalogues[0].holder_of_number("001/P/2019") == numbered.record_id


def test_importing_the_same_two_files_again_changes_nothing(files, lib, librarian):
    importer.import_slims(lib, librarian, *files)
    lines = ChangeLog.select().count()
    again = importer.import_slims(lib, librarian, *files)
    assert [(p.records_add, p.records_update, p.items_add, p.items_update) for p in again] == [(0, 0, 0, 0)] * 2
    assert ChangeLog.select().count() == lines
    apart = importer.import_file(lib, librarian, "slims-item", files[1])
    assert (apart.items_add, apart.items_update) == (0, 0)


def test_a_wrong_item_file_leaves_the_catalogue_as_it_was(files, lib, librarian, tmp_path):
    wrong = tmp_path / "members.csv"
    wrong.write_text("member_id,member_name\n1,Siti\n", encoding="utf-8")
    before = Record.select().count()
    with pytest.raises(ValidationError):
        importer.import_slims(lib, librarian, files[0], wrong)
    assert Record.select().count() == before  # not even the biblio file's records: one import, one transaction
    assert Item.select().where(Item.barcode == "B0001").count() == 0


def test_a_dry_run_counts_what_the_import_does_and_writes_nothing(files, lib, librarian):
    before = (Record.select().count(), Item.select().count(), ChangeLog.select().count())
    dry = importer.import_slims(lib, librarian, *files, dry_run=True)
    assert (Record.select().count(), Item.select().count(), ChangeLog.select().count()) == before
    done = importer.import_slims(lib, librarian, *files)
    assert [(p.records_add, p.items_add, p.items_update, len(p.bad), p.flagged_rows) for p in dry] == [
        (p.records_add, p.items_add, p.items_update, len(p.bad), p.flagged_rows) for p in done]


def _numbered(tmp_path, item_codes: list[str]) -> tuple:
    """Two titles whose copies have barcodes of digits (00012, 00013 / 00014), and an item file as Excel
    saves it after opening SLiMS's export: the zeros in front of each barcode gone."""
    biblio = tmp_path / "biblio.csv"
    biblio.write_text("\n".join([",".join(slims.BIBLIO_COLUMNS), _line(slims.BIBLIO_COLUMNS, dict(
        title="Laskar Pelangi", publish_year="2008", authors="<Andrea Hirata>", item_code="<00012><00013>")),
        _line(slims.BIBLIO_COLUMNS, dict(title="Sang Pemimpi", publish_year="2006", authors="<Andrea Hirata>",
                                         item_code="<00014>"))]) + "\n", encoding="utf-8")
    items = tmp_path / "items.csv"
    rows = [dict(item_code=code, inventory_code=f"{n}/PD/2019", item_status_name="Rusak" if n == 2 else "",
                 title=title) for n, (code, title) in enumerate(item_codes, start=1)]
    items.write_text("\n".join([";".join(slims.ITEM_COLUMNS)] + [";".join(r.get(c, "") for c in slims.ITEM_COLUMNS)
                                                                  for r in rows]) + "\n", encoding="utf-8")
    return biblio, items


@pytest.mark.parametrize("together", [True, False], ids=["one import", "one file after the other"])
def test_a_barcode_excel_stripped_of_its_zeros_finds_its_copy_of_the_same_book(lib, librarian, tmp_path, together):
    biblio, items = _numbered(tmp_path, [("12", "Laskar Pelangi"), ("13", "Laskar Pelangi"),
                                         ("14", "Laskar Pelangi")])  # (14 is a copy of Sang Pemimpi)
    if together:
        importer.import_slims(lib, librarian, biblio, items)
    else:
        importer.import_file(lib, librarian, "slims-biblio", biblio)
        importer.import_file(lib, librarian, "slims-item", items)
    copies = {c.barcode: (c.record.title, c.accession_no, c.status) for c in Item.select()}
    assert copies == {"00012": ("Laskar Pelangi", "1/PD/2019", "available"),
                      "00013": ("Laskar Pelangi", "2/PD/2019", "damaged"),
                      "00014": ("Sang Pemimpi", "", "available"),
                      "14": ("Laskar Pelangi", "3/PD/2019", "available")}  # another book's copy: not taken
    taken = [(f.value, json.loads(f.params)["known"]) for f in ReviewFlag.select().where(ReviewFlag.reason == "copy")
             if "known" in json.loads(f.params)]
    # (14 may be Sang Pemimpi's 00014: the files disagree, said so with the copy it came in as, never taken)
    assert sorted(taken) == [("12", "00012"), ("13", "00013"), ("14", "00014")]
    (disagreeing,) = [f for f in ReviewFlag.select().where(ReviewFlag.reason == "copy") if "Sang Pemimpi" in f.params]
    assert disagreeing.value == "14" and disagreeing.item.barcode == "14"
