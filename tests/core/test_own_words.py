"""Our xlsx export writes a record's material type and readers and a copy's source and status as the app names them
("Buku elektronik", "Remaja", "Sumbangan", "Tidak ditemukan"), not as codes; imported back, each is exactly what it
was, whichever language wrote the file: every status (the stock-take's *missing* too, which a hand-kept sheet's
"Tidak ditemukan" is not), every source, kind and readers, into an empty library and into its own without a change."""

from __future__ import annotations

import openpyxl
import pytest

from pustaka_desktop.core.catalog import records
from pustaka_desktop.core.catalog.copies import ITEM_STATUSES, SOURCES
from pustaka_desktop.core.catalog.records import AUDIENCES, MATERIAL_TYPES
from pustaka_desktop.core.interop import importer, spreadsheet
from pustaka_desktop.core.store import write
from pustaka_desktop.core.store.models import Item, Record, ReviewFlag
from pustaka_desktop.i18n import translator_for
from tests.core import interop_fixtures
from tests.core.test_round_trips import fingerprint

empty_lib_factory = interop_fixtures.empty_lib_factory  # a fixture


def _every_word(lib) -> dict[str, tuple]:
    """A record of each kind and readers, and a copy in each status and from each source: barcode -> what it has."""
    kinds, readers = list(MATERIAL_TYPES), list(AUDIENCES)
    statuses, sources = list(ITEM_STATUSES), list(SOURCES)
    out = {}
    for n in range(max(len(kinds), len(statuses))):
        rec = records.clean_record({"title": f"Buku ke-{n}", "material_type": kinds[n % len(kinds)],
                                    "audience": readers[n % len(readers)]}, 2026)
        rec["match_key"] = records.match_key(rec["title"], "")
        record = write.insert(lib, Record, **rec)
        barcode = f"B{n:03d}"
        write.insert(lib, Item, record=record.id, barcode=barcode, status=statuses[n % len(statuses)],
                     source=sources[n % len(sources)])
        out[barcode] = (rec["material_type"], rec["audience"], statuses[n % len(statuses)], sources[n % len(sources)])
    return out


def _as_stored() -> dict[str, tuple]:
    return {item.barcode: (item.record.material_type, item.record.audience, item.status, item.source)
            for item in Item.select().join(Record)}


@pytest.mark.parametrize("language", ["id", "en"])
def test_every_word_comes_back_as_it_was(lib, librarian, tmp_path, empty_lib_factory, language):
    made = _every_word(lib)
    path = tmp_path / "katalog.xlsx"
    spreadsheet.export_xlsx(lib, librarian, path, translator_for(language))
    sheet = openpyxl.load_workbook(path).active
    cells = {cell.value for row in sheet.iter_rows(min_row=2) for cell in row}
    if language == "id":
        assert {"Buku elektronik", "Remaja", "Sumbangan", "Tidak ditemukan", "Dipinjam", "Diperbaiki"} <= cells
    assert not {"ebook", "teen", "donation", "missing", "on_loan", "in_repair"} & cells  # (no code a person reads)

    before = fingerprint(lib)
    plan = importer.import_file(lib, librarian, "xlsx", path)
    assert (plan.records_update, plan.items_update, fingerprint(lib)) == (0, 0, before)

    other, other_librarian = empty_lib_factory()
    plan = importer.import_file(other, other_librarian, "xlsx", path)
    on_loan = {barcode for barcode, (*_, status, _source) in made.items() if status == "on_loan"}
    # (no loan comes with a file: a copy that was out is on the shelf of the library the file goes to)
    expected = {barcode: (kind, readers, "available" if barcode in on_loan else status, source)
                for barcode, (kind, readers, status, source) in made.items()}
    assert _as_stored() == expected
    assert not Item.select().where(Item.condition_note != "").exists()  # (no status kept as a remark)
    assert not ReviewFlag.select().exists()


def test_an_export_made_before_with_codes_still_reads(lib, librarian, tmp_path, empty_lib_factory):
    made = _every_word(lib)
    path = tmp_path / "katalog.xlsx"
    spreadsheet.export_xlsx(lib, librarian, path)
    workbook = openpyxl.load_workbook(path)
    sheet = workbook.active
    headers = [cell.value for cell in sheet[1]]
    columns = {name: headers.index(spreadsheet.FIELDS[name]) for name in ("material_type", "audience", "source",
                                                                          "status", "barcode")}
    for row in sheet.iter_rows(min_row=2):
        kind, readers, status, source = made[row[columns["barcode"]].value]
        for name, code in (("material_type", kind), ("audience", readers), ("status", status), ("source", source)):
            row[columns[name]].value = code  # (as the export wrote them before: the codes)
    workbook.save(path)
    other, other_librarian = empty_lib_factory()
    importer.import_file(other, other_librarian, "xlsx", path)
    assert {barcode: status for barcode, (*_, status, _source) in _as_stored().items()} == {
        barcode: "available" if status == "on_loan" else status for barcode, (*_, status, _source) in made.items()}
