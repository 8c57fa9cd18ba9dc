"""MARC 21 (ISO 2709 and MARCXML): foreign records, round trips, bad files, idempotence."""

from __future__ import annotations

import json

import pymarc
import pytest
from pymarc import Field, Indicators, Subfield

from pustaka_desktop.core.errors import ValidationError
from pustaka_desktop.core.interop import importer, marc_writer
from pustaka_desktop.core.interop.types import RECORD_FIELDS
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Item, Record
from tests.core import interop_fixtures

empty_lib_factory = interop_fixtures.empty_lib_factory  # a fixture


def _sf(*pairs: str) -> list[Subfield]:
    return [Subfield(pairs[i], pairs[i + 1]) for i in range(0, len(pairs), 2)]


def foreign_record(title: str = "Ronggeng Dukuh Paruk /", isbn: str = "9789792278873",
                   control: str = "INLIS000123") -> pymarc.Record:
    """Catalogued elsewhere, the way SLiMS and union catalogues write: ISBD punctuation, 260, 084,
    440, several 5XX and subject tags."""
    rec = pymarc.Record(force_utf8=True)
    rec.add_field(Field(tag="001", data=control))
    rec.add_field(Field(tag="008", data="200101s2003    io            000 1 ind d"))
    rec.add_field(Field("020", Indicators(" ", " "), _sf("a", f"{isbn} (pbk.)", "c", "Rp45.000")))
    rec.add_field(Field("084", Indicators(" ", " "), _sf("a", "899.221")))
    rec.add_field(Field("100", Indicators("1", " "), _sf("a", "Tohari, Ahmad,")))
    rec.add_field(Field("245", Indicators("1", "0"), _sf("a", title, "c", "Ahmad Tohari.")))
    rec.add_field(Field("250", Indicators(" ", " "), _sf("a", "Cet. 3.")))
    rec.add_field(Field("260", Indicators(" ", " "), _sf("a", "Jakarta :", "b", "Gramedia Pustaka Utama,", "c", "2003.")))
    rec.add_field(Field("300", Indicators(" ", " "), _sf("a", "408 hlm. ;", "c", "21 cm")))
    rec.add_field(Field("440", Indicators(" ", "0"), _sf("a", "Sastra Indonesia ;", "v", "12")))
    rec.add_field(Field("500", Indicators(" ", " "), _sf("a", "Trilogi dalam satu buku.")))
    rec.add_field(Field("520", Indicators(" ", " "), _sf("a", "Kisah ronggeng di desa kecil.")))
    rec.add_field(Field("650", Indicators(" ", "4"), _sf("a", "Fiksi Indonesia", "x", "Novel.")))
    rec.add_field(Field("651", Indicators(" ", "4"), _sf("a", "Banyumas")))
    rec.add_field(Field("700", Indicators("1", " "), _sf("a", "Santosa, Budi", "e", "penyunting")))
    rec.add_field(Field("710", Indicators("2", " "), _sf("a", "Dewan Kesenian Jakarta")))
    return rec


def test_foreign_marc_record_is_read_field_by_field(lib, librarian, tmp_path):
    path = tmp_path / "foreign.mrc"
    path.write_bytes(foreign_record().as_marc())
    result = importer.import_file(lib, librarian, "marc", path)
    assert (result.records_add, result.bad) == (1, [])
    record = Record.get()
    assert (record.title, record.responsibility, record.isbn) == ("Ronggeng Dukuh Paruk", "Ahmad Tohari",
                                                                  "9789792278873")
    assert (record.ddc, record.edition, record.place, record.publisher, record.year_text, record.year) == (
        "899.221", "Cet. 3", "Jakarta", "Gramedia Pustaka Utama", "2003", 2003)
    assert (record.collation, record.series, record.language) == ("408 hlm. ; 21 cm", "Sastra Indonesia ; 12", "ind")
    # (the price beside the ISBN, as its KDT prints it)
    assert record.notes == "Trilogi dalam satu buku.\nKisah ronggeng di desa kecil.\nISBN 9789792278873 (pbk.) : Rp45.000"
    assert json.loads(record.subjects) == ["Fiksi Indonesia -- Novel", "Banyumas"]
    assert json.loads(record.authors) == [
        {"name": "Tohari, Ahmad", "role": "primary", "kind": "person"},
        {"name": "Santosa, Budi", "role": "editor", "kind": "person"},
        {"name": "Dewan Kesenian Jakarta", "role": "additional", "kind": "organisation"},
    ]


def test_a_bad_isbn_is_kept_as_written_and_flagged_not_refused(lib, librarian, tmp_path):
    from pustaka_desktop.core.catalog import review

    path = tmp_path / "two.mrc"
    path.write_bytes(foreign_record().as_marc() + foreign_record("Bekisar Merah", isbn="9789792278874",
                                                                                    control="INLIS000124").as_marc())
    result = importer.import_file(lib, librarian, "marc", path)
    assert (result.records_add, result.bad) == (2, [])
    assert Record.get(Record.title == "Bekisar Merah").isbn == "9789792278874"
    [flag] = review.open_flags(lib)
    assert (flag.reason, flag.value, flag.title, flag.suggestion) == ("isbn", "9789792278874", "Bekisar Merah",
                                                                      "9789792278873")


def test_marcxml_of_a_foreign_record(lib, librarian, tmp_path):
    path = tmp_path / "foreign.xml"
    writer = pymarc.XMLWriter(open(path, "wb"))
    writer.write(foreign_record())
    writer.close()
    result = importer.import_file(lib, librarian, "marcxml", path)
    assert result.records_add == 1 and Record.get().title == "Ronggeng Dukuh Paruk"


def test_files_that_are_not_marc_change_nothing(lib, librarian, tmp_path):
    text = tmp_path / "notes.mrc"
    text.write_text("title,author\nA,B\n")
    with pytest.raises(ValidationError) as caught:
        importer.import_file(lib, librarian, "marc", text)
    assert "not a MARC" in str(caught.value)
    broken = tmp_path / "broken.xml"
    broken.write_text("<collection><record><datafield tag='245'>")
    with pytest.raises(ValidationError):
        importer.import_file(lib, librarian, "marcxml", broken)
    assert Record.select().count() == 0


@pytest.mark.tiny_demo
@pytest.mark.parametrize("xml", [False, True])
def test_round_trip_ours_to_marc_to_ours_loses_nothing(lib, librarian, tmp_path, empty_lib_factory, xml):
    special = Record.select().order_by(Record.id).first()
    store.update(lib, special, subtitle="sebuah kajian", edition="Ed. revisi", notes="Baris satu\nBaris dua",
                 series="Seri Desa", collation="120 hlm. : ilus. ; 21 cm", audience="children",
                 authors=json.dumps([{"name": "Hirata, Andrea", "role": "primary", "kind": "person"},
                                     {"name": "Yayasan Baca", "role": "editor", "kind": "organisation"},
                                     {"name": "Sari, Dewi", "role": "translator", "kind": "person"}]),
                 subjects=json.dumps(["Novel", "Sastra -- Kajian"]))
    path = tmp_path / ("out.xml" if xml else "out.mrc")
    assert marc_writer.export_marc(lib, librarian, path, xml=xml) == Record.select().count()
    before = _snapshot()
    other, other_librarian = empty_lib_factory("UJI")  # this library on a new PC: it takes its uids back
    result = importer.import_file(other, other_librarian, "marcxml" if xml else "marc", path)
    assert result.bad == []
    assert _diff(_snapshot(), before) == []
    again = importer.import_file(other, other_librarian, "marcxml" if xml else "marc", path)
    assert (again.records_add, again.records_update, again.items_add, again.items_update) == (0, 0, 0, 0)


def _snapshot() -> dict:
    out = {}
    for record in Record.select().where(Record.deleted == False):  # noqa: E712
        fields = {name: getattr(record, name) for name in RECORD_FIELDS if name != "slims_id"}
        fields["authors"] = json.loads(record.authors)
        fields["subjects"] = json.loads(record.subjects)
        fields["items"] = sorted((i.barcode, i.accession_no, i.call_number, i.location)
                                 for i in Item.select().where(Item.record == record))
        out[record.uid] = fields
    return out


def _diff(a: dict, b: dict) -> list:
    return [(uid, k, a[uid][k], b[uid][k]) for uid in a for k in a[uid] if a[uid][k] != b[uid][k]]


@pytest.mark.parametrize("xml", [False, True])
def test_what_a_round_trip_used_to_change_comes_back_as_it_was(lib, librarian, tmp_path, empty_lib_factory, xml):
    """Values that look like ISBD punctuation are the value's own in a record we wrote; two records with
    one description are two; blank lines, a hidden title, a copy's supplier and condition come back."""
    from datetime import date

    def add(title: str, **fields):
        record = store.insert(lib, Record, title=title, year=2020, year_text="2020", publisher="Pustaka Desa",
                              authors=json.dumps([{"name": "Tim Penyusun", "role": "primary", "kind": "person"}]),
                              **fields)
        return record

    print_book = add("Panduan literasi digital", material_type="book")
    add("Panduan literasi digital", material_type="ebook", hidden=True)
    add("Ayat-ayat cinta : sebuah novel pembangun jiwa")
    add("Ilmu pengetahuan alam SD / MI kelas 5")
    add("Kisah Nabi Muhammad S.A.W.", edition="Ed. 1, cet. 3.",
        notes="Baris satu.\n\nCatatan kedua.\n\n\nBibliografi.", subjects=json.dumps(["Muhammad, Nabi, S.A.W."]))
    store.insert(lib, Item, record=print_book, barcode="SRC000020", supplier="Toko Buku Sinar",
                 condition_note="Sampul sobek.", received_on=date(2021, 3, 4), price=45000)
    path = tmp_path / ("out.xml" if xml else "out.mrc")
    marc_writer.export_marc(lib, librarian, path, xml=xml)
    fields = ("title", "subtitle", "responsibility", "edition", "notes", "subjects", "material_type", "hidden")

    def snapshot() -> dict:
        return {r.uid: {name: getattr(r, name) for name in fields} for r in Record.select()}

    def copies() -> list:
        return [(i.barcode, i.supplier, i.condition_note, i.price) for i in Item.select()]

    before, copies_before = snapshot(), copies()
    other, other_librarian = empty_lib_factory("UJI")  # (as above: compared uid by uid)
    fmt = "marcxml" if xml else "marc"
    result = importer.import_file(other, other_librarian, fmt, path)
    assert (result.records_add, result.bad) == (5, [])
    after = snapshot()
    assert [(uid, name, after[uid][name]) for uid in before for name in fields
            if after[uid][name] != before[uid][name]] == []
    assert copies() == copies_before
    home = importer.import_file(lib, librarian, fmt, path)  # back into the library it came from: nothing changes
    assert (home.records_add, home.records_update, home.items_add, home.items_update) == (0, 0, 0, 0)


def test_where_the_title_ends_and_the_subtitle_begins_does_not_make_another_book():
    from pustaka_desktop.core.interop.matching import identity

    one_column = {"title": "Ayat-ayat cinta : sebuah novel pembangun jiwa", "year": 2004}
    two = {"title": "Ayat-ayat cinta", "subtitle": "sebuah novel pembangun jiwa", "year": 2004}
    assert identity(one_column) == identity(two) != identity({**two, "edition": "Cet. 2"})
