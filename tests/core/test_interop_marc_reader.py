"""ISO 2709 reading and writing: the same rows and bytes as pymarc, and damaged records survive."""

from __future__ import annotations

import json

import pymarc
import pytest
from pymarc import Field, Indicators, Subfield

from pustaka_desktop.core.interop import importer, iso2709, marc_reader, marc_writer
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Record
from tests.core.test_interop_marc import foreign_record


def _with_unusual_fields() -> pymarc.Record:
    rec = foreign_record("Sêrat Cênthini /")
    rec.add_field(Field("246", Indicators("3", ""), [Subfield("a", "Centhini")]))  # one indicator only
    rec.add_field(Field("852", Indicators(" ", " "), [Subfield("b", "Rak 1"), Subfield("p", "LAMA-01"),
                                                      Subfield("j", "0001/H/2020")]))
    return rec


@pytest.mark.tiny_demo
def test_reader_gives_the_same_rows_as_pymarc(lib, librarian, tmp_path):
    path = tmp_path / "ours.mrc"
    marc_writer.export_marc(lib, librarian, path)
    data = path.read_bytes() + foreign_record().as_marc() + _with_unusual_fields().as_marc()
    ours = [marc_reader.from_marc(rec, n) for n, rec in enumerate(iso2709.iter_iso2709(data), start=1)]
    theirs = [marc_reader.from_marc(rec, n) for n, rec in enumerate(pymarc.MARCReader(
        data, to_unicode=True, force_utf8=True, utf8_handling="replace", permissive=True), start=1)]
    assert len(ours) == Record.select().count() + 2
    assert ours == theirs
    assert ours[-1].record["title"] == "Sêrat Cênthini"
    assert ours[-1].items == [{"barcode": "LAMA-01", "location": "Rak 1", "accession_no": "0001/H/2020"}]


def test_damaged_record_is_a_bad_row_and_its_neighbours_import(lib, librarian, tmp_path):
    good = foreign_record().as_marc()
    second = foreign_record("Bekisar Merah", isbn="9789792278880")
    second["001"].data = "INLIS000124"
    other = second.as_marc()
    broken = bytearray(foreign_record("Lintang Kemukus", isbn="9786020301129", control="INLIS000125").as_marc())
    broken[12:17] = b"99999"  # base address past the end of the record: its field marks still say where
    bad_length = b"00x12" + b"rubbish" + b"\x1d"
    path = tmp_path / "mixed.mrc"
    path.write_bytes(good + bytes(broken) + bad_length + b"\n" + other)
    result = importer.import_file(lib, librarian, "marc", path)
    assert result.records_add == 3
    assert [(bad.row, bad.message()) for bad in result.bad] == [(3, "This MARC record is damaged and cannot be read.")]
    assert sorted(r.title for r in Record.select()) == ["Bekisar Merah", "Lintang Kemukus", "Ronggeng Dukuh Paruk"]


@pytest.mark.tiny_demo
def test_writer_gives_the_bytes_pymarc_writes(lib, librarian):
    special = Record.select().order_by(Record.id).first()
    store.update(lib, special, subtitle="sebuah kajian", notes="Baris satu\nBaris dua", series="Seri Desa",
                 collation="120 hlm. : ilus. ; 21 cm", audience="children", issn="1234-5679",
                 authors=json.dumps([{"name": "Hirata, Andrea", "role": "primary", "kind": "person"},
                                     {"name": "Yayasan Baca", "role": "editor", "kind": "organisation"}]))
    written = 0
    for record, copies in marc_writer._records_with_copies(lib, None, None):
        leader, fields = marc_writer.record_fields(record, copies, "UJI")
        data = marc_writer.iso2709(leader, fields)
        assert data == marc_writer.to_pymarc(leader, fields).as_marc()
        written += 1
        if record["id"] == special.id:
            back = marc_reader.from_marc(iso2709.parse_record(data), 1).record
            assert (back["subtitle"], back["notes"], back["audience"]) == (
                "sebuah kajian", "Baris satu\nBaris dua", "children")
    assert written == Record.select().count()


def _marc8_record(*fields: tuple[str, bytes]) -> bytes:
    """An ISO 2709 record as a MARC-8 source writes it (leader position 9 blank; a diacritic is a
    byte before its letter: 0xE2 acute, 0xE4 tilde)."""
    directory, body, offset = b"", b"", 0
    for tag, data in fields:
        data += b"\x1e"
        directory += f"{tag}{len(data):04d}{offset:05d}".encode("ascii")
        body += data
        offset += len(data)
    base = 24 + len(directory) + 1
    leader = f"{base + offset + 1:05d}nam  22{base:05d} a 4500".encode("ascii")
    return leader + directory + b"\x1e" + body + b"\x1d"


def test_a_marc8_record_keeps_its_accents_and_a_utf8_one_marked_marc8_reads_as_utf8(lib, librarian, tmp_path):
    copied = _marc8_record(("001", b"LC-1"), ("100", b"1 \x1faGarc\xe2ia M\xe2arquez, Gabriel."),
                           ("245", b"10\x1faCien a\xe4nos de soledad /\x1fcGabriel Garc\xe2ia M\xe2arquez."))
    slims_like = _marc8_record(("001", b"SL-1"), ("245", "10\x1faSêrat Cênthini".encode())),  # says MARC-8, is UTF-8
    path = tmp_path / "copied.mrc"
    path.write_bytes(copied + slims_like[0])
    result = importer.import_file(lib, librarian, "marc", path)
    assert (result.records_add, result.bad) == (2, [])
    novel = Record.get(Record.title.startswith("Cien"))
    assert novel.title == "Cien años de soledad"
    assert json.loads(novel.authors)[0]["name"].startswith("García Márquez")
    assert Record.get(Record.title.startswith("S")).title == "Sêrat Cênthini"
