"""More values an import keeps as written (issue 12: a field that fails is kept and flagged, never lost): a material
type we have no type for ("Wayang kulit", SLiMS's "Globe", a MARC map) is kept in the record's notes, flagged when
no one knows it, and a type typed on the list is written; a year in the publisher's cell that differs from the year
field keeps the cell in the notes; a count of copies in words is read ("Eks: dua", "dua eks"), and one that cannot be
read is kept in the notes and a number typed on the list adds the copies; dates such as "12 Mrt '15" and "Mar-15"
get a suggestion; fixes on the list are in the audit log (one entry for a bulk fix); a price's note is never
written twice."""

import json

import pymarc
import pytest
from pymarc import Field, Indicators, Subfield

from pustaka_desktop import i18n
from pustaka_desktop.core import audit_log
from pustaka_desktop.core.audit_describe import describe
from pustaka_desktop.core.catalog import review
from pustaka_desktop.core.interop import importer
from pustaka_desktop.core.store.models import AuditLog, Item, Record
from tests.core.test_interop_slims import BIBLIO_HEADER, biblio_line
from tests.core.test_review_kept_values import run


@pytest.fixture(autouse=True)
def in_english():
    i18n.install("en")
    yield
    i18n.install("id")


def _slims_kinds(tmp_path):
    """A SLiMS 9 biblio export of a village library with tapes, a wall map and puppets among its books."""
    path = tmp_path / "biblio.csv"
    path.write_text("\n".join([
        BIBLIO_HEADER,
        biblio_line(title="Lagu Dolanan Anak", gmd_name="Kaset pita", publish_year="1995"),
        biblio_line(title="Peta Kabupaten Banyumas", gmd_name="Peta dinding", publish_year="2010"),
        biblio_line(title="Wayang Kulit Punakawan", gmd_name="Wayang kulit", notes="Sumbangan dalang",
                    publish_year="2001"),
        biblio_line(title="Bola Dunia", gmd_name="Globe"),
    ]) + "\n", encoding="utf-8")
    return path


def _record(title: str) -> Record:
    return Record.get(Record.title == title)


def test_a_material_type_we_have_no_type_for_is_kept_in_the_notes_and_flagged_when_unknown(lib, librarian, tmp_path):
    importer.import_file(lib, librarian, "slims-biblio", _slims_kinds(tmp_path))
    assert _record("Lagu Dolanan Anak").material_type == "av"  # (an Indonesian GMD name we read)
    assert (_record("Peta Kabupaten Banyumas").material_type, _record("Peta Kabupaten Banyumas").notes) == (
        "other", "Jenis bahan tertulis: Peta dinding")
    assert _record("Bola Dunia").notes == "Jenis bahan tertulis: Globe"
    puppets = _record("Wayang Kulit Punakawan")
    assert (puppets.material_type, puppets.notes) == ("other", "Sumbangan dalang\nJenis bahan tertulis: Wayang kulit")
    flagged = [(e.title, e.field, e.value) for e in review.open_flags(lib, reason="material_type")]
    assert flagged == [("Wayang Kulit Punakawan", "material_type", "Wayang kulit")]  # (a map or a globe: known)
    review.keep_many(lib, librarian, [e.id for e in review.open_flags(lib)])
    assert "Jenis bahan tertulis: Wayang kulit" in _record("Wayang Kulit Punakawan").notes  # kept: nothing lost


def test_a_type_typed_on_the_list_is_written_and_a_second_import_leaves_it(lib, librarian, tmp_path):
    path = _slims_kinds(tmp_path)
    importer.import_file(lib, librarian, "slims-biblio", path)
    (entry,) = review.open_flags(lib, reason="material_type")
    review.fix(lib, librarian, entry.id, "Audio-visual")  # (its name as the record form shows it)
    assert _record("Wayang Kulit Punakawan").material_type == "av"
    again = importer.import_file(lib, librarian, "slims-biblio", path)
    assert again.records_add == 0 and _record("Wayang Kulit Punakawan").material_type == "av"
    assert _record("Wayang Kulit Punakawan").notes.count("Jenis bahan tertulis") == 1
    assert review.open_count(lib) == 0


def test_a_marc_map_comes_in_as_other_with_what_it_is_in_its_notes(lib, librarian, tmp_path):
    rec = pymarc.Record(force_utf8=True, leader="00000nem a2200000 a 4500")  # leader/06 "e": a map
    rec.add_field(Field(tag="001", data="PETA-7"))
    rec.add_field(Field("245", Indicators("1", "0"), [Subfield("a", "Peta Jawa Tengah")]))
    rec.add_field(Field("500", Indicators(" ", " "), [Subfield("a", "Skala 1:500.000")]))
    path = tmp_path / "peta.mrc"
    path.write_bytes(rec.as_marc())
    importer.import_file(lib, librarian, "marc", path)
    got = _record("Peta Jawa Tengah")
    assert (got.material_type, got.notes) == ("other", "Skala 1:500.000\nJenis bahan tertulis: peta")


def test_the_publishers_cell_with_another_year_is_kept_in_the_notes(lib, librarian, tmp_path):
    path = tmp_path / "buku.csv"
    path.write_text("Judul,Penerbit,Tahun\nFiqih Sehari-hari,\"Bandung: Mizan, 2005\",2007\n", encoding="utf-8")
    importer.import_file(lib, librarian, "csv", path)
    (entry,) = review.open_flags(lib, reason="year")
    assert (entry.value, entry.suggestion) == ("2007", "2005")
    review.keep(lib, librarian, entry.id)  # the librarian keeps 2007: 2005 is still on the record
    got = _record("Fiqih Sehari-hari")
    assert (got.publisher, got.place, got.year) == ("Mizan", "Bandung", 2007)
    assert got.notes == "Penerbit tertulis: Bandung: Mizan, 2005"


COUNTS = ("Judul,Pengarang,Eks\n"
          "Laskar Pelangi,Andrea Hirata,Eks: dua\n"
          "Sang Pemimpi,Andrea Hirata,dua eks\n"
          "Edensor,Andrea Hirata,2 (dua)\n"
          "Maryamah Karpov,Andrea Hirata,tiga buah\n"
          "Padang Bulan,Andrea Hirata,banyak\n")


def _copies(title: str) -> int:
    return Item.select().join(Record).where(Record.title == title).count()


def test_counts_of_copies_in_words_are_read(lib, librarian, tmp_path):
    path = tmp_path / "buku.csv"
    path.write_text(COUNTS, encoding="utf-8")
    importer.import_file(lib, librarian, "csv", path)
    assert [_copies(t) for t in ("Laskar Pelangi", "Sang Pemimpi", "Edensor", "Maryamah Karpov")] == [2, 2, 2, 3]
    assert [e.value for e in review.open_flags(lib, reason="copy")] == ["banyak"]


def test_a_count_that_cannot_be_read_is_kept_and_a_number_typed_on_the_list_adds_the_copies(
        tmp_path, capsys, monkeypatch):
    db = str(tmp_path / "lib.sqlite3")
    assert run(capsys, "--db", db, "--lang", "en", "init", "--library-name", "Desa", "--library-code", "DSA",
               "--librarian", "budi", "--password", "rahasia1")[0] == 0
    path = tmp_path / "buku.csv"
    path.write_text(COUNTS, encoding="utf-8")
    assert run(capsys, "--db", db, "--lang", "en", "import", "csv", str(path))[0] == 0
    monkeypatch.setenv("PUSTAKA_PASSWORD", "rahasia1")
    base = ("--db", db, "--lang", "en", "--user", "budi", "review")
    code, out, _ = run(capsys, *base, "list", "--reason", "copy", "--json")
    (item,) = json.loads(out)["items"]
    assert run(capsys, *base, "fix", str(item["id"]), "--value", "dua")[0] == 1  # (digits, said so)
    assert run(capsys, *base, "fix", str(item["id"]), "--value", "3")[0] == 0

    from pustaka_desktop.core.service import Library

    lib = Library.open(db)
    try:
        assert _copies("Padang Bulan") == 3
        assert _record("Padang Bulan").notes == "Jumlah eksemplar tertulis: banyak"
        assert review.open_count(lib, "copy") == 0
    finally:
        lib.close()


def test_dates_a_person_reads_at_once_get_a_suggestion(lib, librarian, tmp_path):
    path = tmp_path / "buku.csv"
    path.write_text("Judul,Barcode,Tgl Terima\nLaskar Pelangi,B001,12 Mrt '15\nSang Pemimpi,B002,Mar-15\n"
                    "Edensor,B003,kemarin\n", encoding="utf-8")
    importer.import_file(lib, librarian, "csv", path)
    found = {e.value: e.suggestion for e in review.open_flags(lib, reason="date")}
    assert found == {"12 Mrt '15": "2015-03-12", "Mar-15": "2015-03-01", "kemarin": ""}
    done, failed = review.fix_many(lib, librarian, review.bulk_ids(lib, "date"))
    assert (done, failed) == (2, [])
    assert {i.barcode: str(i.received_on) for i in Item.select()} == {
        "B001": "2015-03-12", "B002": "2015-03-01", "B003": "None"}
    assert Item.get(Item.barcode == "B001").condition_note == "Tanggal terima tertulis: 12 Mrt '15"


def test_fixes_on_the_list_are_in_the_audit_log_one_entry_for_a_bulk_fix(lib, librarian, tmp_path):
    path = tmp_path / "buku.csv"
    path.write_text("Judul,Kelas,Barcode,Harga\nLaskar Pelangi,umum,B001,gratis\nSang Pemimpi,?,B002,\n"
                    "Edensor,PDF,B003,\n", encoding="utf-8")
    importer.import_file(lib, librarian, "csv", path)
    price = next(e for e in review.open_flags(lib) if e.reason == "price")
    review.fix(lib, librarian, price.id, "15000")
    assert review.fix_many(lib, librarian, review.bulk_ids(lib))[0] == 3
    rows = [row for row in audit_log.page(lib, librarian) if row.action.startswith("catalog.review")]
    assert sorted(row.action for row in rows) == ["catalog.review_fix", "catalog.review_fix_all"]
    one = next(row for row in rows if row.action == "catalog.review_fix")
    assert describe(one.action, one.detail, i18n.translate) == (
        "Price corrected on the review list: gratis is now 15000; copy B001.")
    assert one.about.startswith("B001")
    bulk = next(row for row in rows if row.action == "catalog.review_fix_all")
    assert describe(bulk.action, bulk.detail, i18n.translate) == (
        "3 suggestions of the review list used at once, 0 left on the list; kind: Class number.")


def test_a_fixed_price_keeps_its_note_once_through_re_imports(lib, librarian, tmp_path):
    path = tmp_path / "buku.csv"
    path.write_text("Judul,Barcode,Harga,Keterangan\nLaskar Pelangi,B001,gratis,sampul lepas\n", encoding="utf-8")
    importer.import_file(lib, librarian, "csv", path)
    (entry,) = review.open_flags(lib, reason="price")
    review.fix(lib, librarian, entry.id, "20000")
    for _ in range(2):
        importer.import_file(lib, librarian, "csv", path)
    copy = Item.get(Item.barcode == "B001")
    assert (copy.price, copy.condition_note) == (20000, "sampul lepas; Harga tertulis: gratis")
    assert review.open_count(lib) == 0 and AuditLog.select().where(AuditLog.action == "catalog.review_fix").count() == 1
