"""What an import keeps of every record of a big file (its description key and first row, its ISBN, its source id,
its title words, its material type, its counts of copies) moves to a temporary file on disk past a limit
(``spill.RECORD_LIMIT``), so that memory stops growing with the file. Here the limits are two entries and a chunk is
two rows, so that a row repeating a book many rows after its first finds it on disk: the catalogue, the counts and
every flag (with the record and the row it names) must be exactly those of the import made in memory."""

from __future__ import annotations

import json

import pymarc
from pymarc import Field, Indicators, Subfield

from pustaka_desktop.core.interop import importer, slims, spill
from pustaka_desktop.core.interop.matching import New, ref_from_disk, ref_key, ref_to_disk
from pustaka_desktop.core.interop.near_duplicates import _kept_from_disk, _kept_to_disk
from pustaka_desktop.core.interop.spill import KEEP, SpillMap
from pustaka_desktop.core.store.models import ReviewFlag
from tests.core import interop_fixtures

empty_lib_factory = interop_fixtures.empty_lib_factory  # a fixture

FILLER = 12  # books between a book and the row that repeats it: far more than a map keeps in memory here


def _filler(n: int) -> dict[str, str]:
    return dict(title=f"Buku pengisi nomor {n} tentang desa", authors=f"<Penulis {n}>", publisher_name="Balai Pustaka",
                publish_year=str(1990 + n % 20), item_code=f"<F{n:04d}>")


def _biblio_rows() -> list[dict[str, str]]:
    """A SLiMS biblio file whose later rows meet earlier ones: a book again, an ISBN again, a near twin, a print
    book's e-book, a typed row after an untyped one; each far from the first."""
    laskar = dict(title="Laskar pelangi : sebuah novel", authors="<Hirata, Andrea>", publisher_name="Bentang Pustaka",
                  publish_year="2008", edition="Cet. 1", isbn_issn="9789793062792", item_code="<L001><L002>")
    ronggeng = dict(title="Ronggeng dukuh paruk", authors="<Tohari, Ahmad>", publisher_name="Gramedia",
                    publish_year="2003", edition="Cet. 3", item_code="<R001>")
    bekisar = dict(title="Bekisar merah", authors="<Tohari, Ahmad>", publisher_name="Gramedia", publish_year="1993",
                   isbn_issn="9789796865871", item_code="<K001>")
    first = [laskar, ronggeng, bekisar]
    later = [
        dict(laskar, item_code="<L003>"),  # the same book again: "row n describes the same book as row 1"
        dict(ronggeng, gmd_name="Electronic Resource", item_code=""),  # its e-book: another record, flagged
        dict(title="Bekisar merah", authors="<Tohari, A.>", item_code="<K002>"),  # a near twin, described with less
        dict(title="Kamus lain sama sekali", authors="<Orang Lain>", isbn_issn="9789796865871",
             item_code="<X001>"),  # another book with Bekisar merah's ISBN
        dict(ronggeng, item_code="<R002>"),  # the print book again, after its e-book
    ]
    rows = list(first)
    n = 0
    for row in later:
        rows += [_filler(n := n + 1) for _ in range(FILLER)]
        rows.append(row)
    return rows


def _slims_csv(path, books) -> None:
    def line(values):
        return ",".join('"' + v.replace('"', '""') + '"' for v in values)
    lines = [line(slims.BIBLIO_COLUMNS) + ","]
    lines += [line([dict(dict(gmd_name="Text", language_name="Indonesia"), **book).get(c, "")
                    for c in slims.BIBLIO_COLUMNS]) for book in books]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _marc(path, records: list[tuple[str, str, str]]) -> None:
    """Another library's MARC file: (001, title, year) a record; its 003 is not this library's code."""
    with open(path, "wb") as out:
        for control, title, year in records:
            rec = pymarc.Record(force_utf8=True)
            rec.add_field(Field(tag="001", data=control))
            rec.add_field(Field(tag="003", data="LAINNYA"))
            rec.add_field(Field("100", Indicators("1", " "), [Subfield("a", "Tohari, Ahmad")]))
            rec.add_field(Field("245", Indicators("1", "0"), [Subfield("a", title)]))
            rec.add_field(Field("260", Indicators(" ", " "), [Subfield("b", "Gramedia"), Subfield("c", year)]))
            out.write(rec.as_marc())


def _buku_induk(path) -> None:
    """A hand-kept list whose rows give a count of copies ("Eks"), one title's rows far apart (two purchases), and
    rows of a copy without a number or barcode."""
    lines = ["No;Judul;Pengarang;Tahun;Eks"]
    n = 0
    for round_ in range(3):
        lines.append(f"{(n := n + 1)};Matematika kelas 4;Tim Penyusun;2019;{round_ + 1}")
        lines += [f"{(n := n + 1)};Cerita rakyat {k} dari desa;Penulis {k};2001;1" for k in range(FILLER)]
        lines.append(f"{(n := n + 1)};Kebun sayur di pekarangan;Ibu Tani;2015;")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _state(lib, plans) -> tuple:
    """Every record and copy as stored, every flag with what it names (its params: the other record and row), and
    each file's counts."""
    tables = tuple(tuple(lib.db.execute_sql(f"SELECT {columns} FROM {table} ORDER BY id").fetchall())
                   for table, columns in (("record", "id, title, subtitle, edition, year, publisher, isbn, "
                                                     "material_type, slims_id, authors"),
                                          ("item", "id, record_id, barcode, accession_no, call_number")))
    flags = tuple((f.reason, f.field_name, f.value, f.record_id, f.item_id, f.row, json.loads(f.params), f.template)
                  for f in ReviewFlag.select().order_by(ReviewFlag.id))
    counts = []
    for plan in plans:
        summary = plan.summary()
        summary.pop("file")
        counts.append(summary)
    return tables, flags, counts


def _import(make, code, imports) -> tuple:
    lib, by = make(code)
    plans = [run(lib, by) for run in imports]
    plans += [run(lib, by) for run in imports]  # (again: nothing to add or change)
    return _state(lib, [p for plan in plans for p in (plan if isinstance(plan, (list, tuple)) else [plan])])


def _both_ways(empty_lib_factory, monkeypatch, *imports) -> tuple:
    in_memory = _import(empty_lib_factory, "MEM", imports)
    monkeypatch.setattr(spill, "LIMIT", 2)
    monkeypatch.setattr(spill, "RECORD_LIMIT", 2)
    monkeypatch.setattr(importer, "CHUNK", 2)
    spilled: list[SpillMap] = []
    real = SpillMap._spill

    def noted(self):
        spilled.append(self)
        real(self)

    monkeypatch.setattr(SpillMap, "_spill", noted)
    on_disk = _import(empty_lib_factory, "MEM", imports)  # (the same code: the same barcodes made)
    assert spilled  # (the maps did go to disk)
    return in_memory, on_disk


# -- a record as the disk keeps it --

def test_a_written_record_comes_back_from_disk_with_its_key_id_and_row():
    new = New({"title": "Laskar pelangi"}, 7, key=-3)
    assert ref_to_disk(new) is KEEP  # (not written yet: it stays in memory)
    new.id = 12
    back = ref_from_disk(ref_to_disk(new))
    assert (back.id, back.row, ref_key(back), dict(back.fields)) == (12, 7, ref_key(new), {})
    assert ref_from_disk(ref_to_disk(5)) == 5  # (a record that was here before the import stays a number)
    several = _kept_from_disk(_kept_to_disk([5, new]))
    assert several[0] == 5 and (several[1].id, ref_key(several[1])) == (12, -3)
    assert _kept_to_disk([5, New({}, 1, key=-4)]) is KEEP


def test_a_spill_map_of_integer_keys_finds_them_on_disk_and_not_their_text():
    kept = SpillMap(limit=1, bits=1 << 10)
    kept[-1], kept[5], kept[2**62] = "a", "b", "c"
    kept.spill()
    assert (kept[-1], kept[5], kept[2**62]) == ("a", "b", "c") and "5" not in kept and 6 not in kept
    assert sorted(kept.keys()) == [-1, 5, 2**62]


# -- imports on both sides --

def test_a_slims_file_repeating_its_books_far_apart_comes_in_the_same_with_its_records_on_disk(
        tmp_path, empty_lib_factory, monkeypatch):
    path = tmp_path / "senayan_biblio_export.csv"
    _slims_csv(path, _biblio_rows())
    in_memory, on_disk = _both_ways(
        empty_lib_factory, monkeypatch, lambda lib, by: importer.import_file(lib, by, "slims-biblio", path))
    assert on_disk == in_memory
    flags = in_memory[1]
    # (each meeting was found: the test would pass vacuously otherwise)
    assert [f[6]["first"] for f in flags if "first" in f[6]] == [2, 3]  # the same book as row 2 (Laskar), 3
    assert [f[6].get("isbn") for f in flags if "isbn" in f[6]] == ["9789796865871"]  # the same ISBN
    assert [f[6]["other_row"] for f in flags if "other_row" in f[6]] == [3, 4, 4]  # e-book, near twin, ISBN
    assert in_memory[2][0]["records"]["add"] == 3 + 3 + 5 * FILLER


def test_a_dry_run_names_the_other_book_by_its_row_the_same_from_disk(tmp_path, empty_lib_factory, monkeypatch):
    path = tmp_path / "senayan_biblio_export.csv"
    _slims_csv(path, _biblio_rows())

    def dry(lib, by):
        plan = importer.import_file(lib, by, "slims-biblio", path, dry_run=True, review=True)
        plan.to_review = [(e.reason, e.row, json.dumps(e.params, sort_keys=True, default=str))
                          for e in plan.to_review or []]
        return plan

    def seen(make, code):
        lib, by = make(code)
        plan = dry(lib, by)
        return plan.to_review, plan.summary()["records"]

    in_memory = seen(empty_lib_factory, "MEM")
    monkeypatch.setattr(spill, "RECORD_LIMIT", 2)
    monkeypatch.setattr(importer, "CHUNK", 2)
    assert seen(empty_lib_factory, "MEM") == in_memory
    assert any("other_row" in params for _, _, params in in_memory[0])


def test_a_slims_pair_repeating_its_books_far_apart_comes_in_the_same(tmp_path, empty_lib_factory, monkeypatch):
    biblio, items = tmp_path / "senayan_biblio_export.csv", tmp_path / "senayan_item_export.csv"
    rows = _biblio_rows()
    _slims_csv(biblio, rows)
    codes = [code.strip("<") for row in rows for code in row.get("item_code", "").split(">") if code.strip("<")]
    lines = [",".join(slims.ITEM_COLUMNS)]
    lines += [f"{code},899.2 X,Umum,INV{n:04d},2020-01-0{1 + n % 9},,,,,Tersedia,,1,,,,,,,Judul {code}"
              for n, code in enumerate(codes)]
    items.write_text("\n".join(lines) + "\n", encoding="utf-8")
    in_memory, on_disk = _both_ways(empty_lib_factory, monkeypatch,
                                    lambda lib, by: importer.import_slims(lib, by, biblio, items))
    assert on_disk == in_memory


def test_another_library_s_marc_records_found_again_by_their_number_and_told_apart_the_same_way(
        tmp_path, empty_lib_factory, monkeypatch):
    path = tmp_path / "lain.mrc"
    records = [("A1", "Ronggeng dukuh paruk", "2003"), ("A2", "Bekisar merah", "1993")]
    records += [(f"F{n}", f"Buku pengisi {n}", "2000") for n in range(FILLER)]
    records += [("A1", "Ronggeng dukuh paruk", "2003")]  # the same record of the source again
    records += [(f"G{n}", f"Buku pengisi lain {n}", "2001") for n in range(FILLER)]
    records += [("A3", "Bekisar merah", "1993")]  # the same description, another record of the source: kept apart
    _marc(path, records)
    in_memory, on_disk = _both_ways(empty_lib_factory, monkeypatch,
                                    lambda lib, by: importer.import_file(lib, by, "marc", path))
    assert on_disk == in_memory
    assert in_memory[2][0]["records"]["add"] == 2 + 2 * FILLER + 1


def test_a_list_counting_copies_of_a_title_far_apart_adds_them_up_the_same_way(tmp_path, empty_lib_factory,
                                                                               monkeypatch):
    path = tmp_path / "buku_induk.csv"
    _buku_induk(path)
    in_memory, on_disk = _both_ways(empty_lib_factory, monkeypatch,
                                    lambda lib, by: importer.import_file(lib, by, "csv", path))
    assert on_disk == in_memory
    first, again = in_memory[2]
    assert first["copies"]["add"] > 0 and again["copies"]["add"] == again["records"]["add"] == 0


def test_a_buku_induk_with_a_row_a_copy_repeated_far_apart(tmp_path, empty_lib_factory, monkeypatch):
    """One row a copy without a number or barcode (its price only): the n-th row of a title is its n-th copy, found
    again as such by the second import."""
    path = tmp_path / "buku_induk.csv"
    lines = ["No;Judul;Pengarang;Tahun;Harga"]
    n = 0
    for _ in range(3):
        lines.append(f"{(n := n + 1)};Matematika kelas 4;Tim Penyusun;2019;25000")
        lines += [f"{(n := n + 1)};Cerita rakyat {k} dari desa;Penulis {k};2001;15000" for k in range(FILLER)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    in_memory, on_disk = _both_ways(empty_lib_factory, monkeypatch,
                                    lambda lib, by: importer.import_file(lib, by, "csv", path))
    assert on_disk == in_memory
    first, again = in_memory[2]
    assert first["copies"]["add"] == 3 + 3 * FILLER and again["copies"]["add"] == 0
