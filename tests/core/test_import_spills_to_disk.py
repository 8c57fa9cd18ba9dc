"""What an import keeps of every copy of a big file (its barcode, its first row, a copy held back for the item
file) moves to a temporary file on disk past a limit (``interop.spill``), so that memory stops growing with the
file (issue 12). Here the limit is a handful and chunks are tiny, so that small files take every path a
50,000-title library takes: the catalogue must be exactly the one made in memory."""

from __future__ import annotations

import pytest
from bench.interop_slims import generate

from pustaka_desktop.core.interop import importer, spill
from pustaka_desktop.core.interop.import_session import ImportSession
from pustaka_desktop.core.interop.matching import ADDED, Catalogue, New, held_copies, held_entry
from pustaka_desktop.core.interop.spill import KEEP, SpillMap
from tests.core import interop_fixtures
from tests.core.test_interop_slims_pair import _catalogue, _summaries, files  # noqa: F401 (a fixture)

empty_lib_factory = interop_fixtures.empty_lib_factory  # a fixture


# -- the map itself --

def test_a_spill_map_answers_like_a_dict_on_both_sides():
    kept = SpillMap(limit=2)
    for n in range(10):
        kept[f"B{n}"] = n
    assert type(kept) is SpillMap and len(kept.in_memory()) == 10  # (a plain dict until it is told to spill)
    kept.spill()
    assert kept._disk is not None and kept.in_memory() == ["B9"]  # (the oldest went to disk, till half the limit)
    assert [kept[f"B{n}"] for n in range(10)] == list(range(10))
    assert "B3" in kept and "X3" not in kept and kept.get("X3", "none") == "none"
    with pytest.raises(KeyError):
        kept["X3"]  # noqa: B018
    kept["B3"] = 33  # (a newer value shadows the one on disk, and replaces it at the next spill)
    assert kept["B3"] == 33 and kept.setdefault("B3", 0) == 33 and kept.setdefault("B99", 99) == 99
    assert kept.pop("B4") == 4 and "B4" not in kept and kept.pop("B4", None) is None
    assert kept.pop("B3") == 33 and "B3" not in kept  # (neither the newer value nor the one on disk is left)
    for n in range(10, 20):
        kept[f"B{n}"] = n
    kept.spill()  # (again: what was popped stays gone)
    assert "B4" not in kept and "B3" not in kept and kept
    assert dict(kept.items()) == dict(kept) == {f"B{n}": n for n in (*range(20), 99) if n not in (3, 4)}
    kept.clear()
    assert not kept and "B1" not in kept and kept._disk is None and type(kept) is SpillMap


def test_what_cannot_go_to_disk_stays_in_memory():
    odd = SpillMap(limit=1, encode=lambda value: KEEP if value % 2 else value * 10, decode=lambda value: value // 10)
    for n in range(6):
        odd[f"k{n}"] = n
    odd.spill()
    assert set(odd.in_memory()) == {"k1", "k3", "k5"}  # (the odd ones: KEEP)
    assert dict(odd.items()) == {f"k{n}": n for n in range(6)}


def test_a_held_copy_goes_to_disk_once_its_record_has_an_id():
    held = held_copies()
    held.limit = 1
    record = New({"title": "Laskar Pelangi"})
    held["B1"] = held["B2"] = held_entry(record, {"call_number": "899.221 3 HIR l"})
    held["B3"] = (7, New({"barcode": "B3"}))  # (a copy held as itself: flags name its New)
    held.spill()
    assert set(held.in_memory()) == {"B1", "B2", "B3"}  # (its record is not written yet)
    record.id = 12
    held.spill()
    assert set(held.in_memory()) == {"B3"}
    assert held["B1"] == (12, "call_number", "899.221 3 HIR l")


def test_a_barcode_added_by_the_import_stays_added_on_disk(lib):
    cat = Catalogue()
    cat.barcodes.limit = 1
    cat.barcodes["B1"], cat.barcodes["B2"], cat.barcodes["B3"] = ADDED, 5, ADDED
    cat.barcodes.spill()
    assert cat.barcodes._disk is not None and not cat.barcodes.in_memory()
    assert cat.barcodes["B1"] is ADDED and cat.barcodes["B2"] == 5 and cat.barcodes.get("B3") is ADDED


# -- an import on both sides --

@pytest.fixture
def tiny_limits(monkeypatch):
    monkeypatch.setattr(spill, "LIMIT", 2)
    monkeypatch.setattr(importer, "CHUNK", 3)


def _imported(make, code, biblio, items):
    lib, by = make(code)
    plans = importer.import_slims(lib, by, biblio, items)
    return _summaries(plans), _catalogue()


def test_the_pair_makes_the_same_catalogue_with_its_copies_on_disk(files, empty_lib_factory, monkeypatch):  # noqa: F811
    in_memory = _imported(empty_lib_factory, "MEM", *files)
    monkeypatch.setattr(spill, "LIMIT", 2)
    monkeypatch.setattr(importer, "CHUNK", 2)
    assert _imported(empty_lib_factory, "DISK", *files) == in_memory


def test_a_generated_library_comes_in_the_same_way_and_again_changes_nothing(tmp_path, empty_lib_factory,
                                                                           monkeypatch):
    """A SLiMS library of 150 titles and 400 copies as SLiMS writes it (the bench's), with an item file missing a few
    copies the biblio file lists (written as they are when the item file ends) and repeating one."""
    biblio, items = generate(tmp_path, records=150, copies=400, seed=3)
    lines = items.read_text(encoding="utf-8").splitlines(keepends=True)
    items.write_text("".join([*lines[:-7], lines[5]]), encoding="utf-8")  # (the last six left out, one row twice)
    in_memory = _imported(empty_lib_factory, "MEM", biblio, items)
    monkeypatch.setattr(spill, "LIMIT", 2)
    monkeypatch.setattr(importer, "CHUNK", 3)
    seen = []
    real_shed = ImportSession.shed

    def shed(session):  # (what each file's planning kept in memory, at its end)
        seen.append((len(session.barcode_rows.in_memory()), len(session.cat.barcodes.in_memory()),
                     session.barcode_rows._disk is not None))
        real_shed(session)

    monkeypatch.setattr(ImportSession, "shed", shed)
    lib, by = empty_lib_factory("DISK")
    plans = importer.import_slims(lib, by, biblio, items)
    assert (_summaries(plans), _catalogue()) == in_memory
    assert plans[0].copies_in == 400 and len(plans[1].left_out) == 1  # (the row twice: said once)
    # (in memory at most the limit and the copies of the rows since the last chunk was written: 3 rows)
    assert seen and all(rows < 40 and barcodes < 40 and on_disk for rows, barcodes, on_disk in seen)
    again = importer.import_slims(lib, by, biblio, items)
    assert all(plan.records_add == plan.records_update == plan.items_add == plan.items_update == 0 for plan in again)
    assert _catalogue()["copies"] == in_memory[1]["copies"]


def test_a_dry_run_on_disk_leaves_nothing(files, lib, librarian, tiny_limits):  # noqa: F811
    plans = importer.import_slims(lib, librarian, *files, dry_run=True)
    assert plans[0].records_add == 3 and not _catalogue()["records"]


def test_a_full_disk_under_the_working_file_is_said_and_the_library_stays_as_it_was(files, lib, librarian,  # noqa: F811
                                                                                    tiny_limits, monkeypatch):
    import sqlite3
    import tempfile

    from pustaka_desktop.core.store.faults import DISK_FULL, DiskFull

    def full(self):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(SpillMap, "_spill", full)
    with pytest.raises(DiskFull) as raised:
        importer.import_slims(lib, librarian, *files)
    assert raised.value.template == DISK_FULL and raised.value.params["path"] == tempfile.gettempdir()
    assert not _catalogue()["records"] and not _catalogue()["copies"]


def test_a_cancel_with_copies_on_disk_leaves_the_library_as_it_was_and_the_next_import_whole(
        tmp_path, empty_lib_factory, monkeypatch):
    from pustaka_desktop.core.errors import Cancelled
    from tests.core.test_import_interrupted import library_state

    biblio, items = generate(tmp_path, records=60, copies=150, seed=5)
    whole = _imported(empty_lib_factory, "WHOLE", biblio, items)
    monkeypatch.setattr(spill, "LIMIT", 2)
    monkeypatch.setattr(importer, "CHUNK", 3)
    lib, by = empty_lib_factory("CANCEL")
    before = library_state(lib)
    asked = []

    def cancel() -> bool:  # (pressed while the item file is read: the biblio file's copies are held on disk)
        asked.append(1)
        return len(asked) > 30

    with pytest.raises(Cancelled):
        importer.import_slims(lib, by, biblio, items, cancel=cancel)
    assert library_state(lib) == before
    assert (_summaries(importer.import_slims(lib, by, biblio, items)), _catalogue()) == whole
