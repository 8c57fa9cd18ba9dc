"""MARC files as they are found, not as the standard draws them: lengths edited by hand, padding after
the last record, a BOM, Windows text in a record that says UTF-8, OAI-PMH wrappers, Koha's copy
statuses, copies without barcodes, ISBNs among words, genre subjects, records too long for ISO 2709."""

from __future__ import annotations

import json

import pymarc
from pymarc import Field, Indicators, Subfield

from pustaka_desktop.core.catalog import review
from pustaka_desktop.core.errors import ValidationError
from pustaka_desktop.core.interop import importer, marc_writer
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Item, Record
from tests.core.test_interop_marc import foreign_record


def _sf(*pairs: str) -> list[Subfield]:
    return [Subfield(pairs[i], pairs[i + 1]) for i in range(0, len(pairs), 2)]


def _record(title: str, control: str, *fields: Field) -> pymarc.Record:
    rec = pymarc.Record(force_utf8=True)
    rec.add_field(Field(tag="001", data=control))
    rec.add_field(Field("245", Indicators("1", "0"), _sf("a", title)))
    for field in fields:
        rec.add_field(field)
    return rec


def _import(lib, librarian, tmp_path, data: bytes, fmt: str = "marc", name: str = "file.mrc"):
    path = tmp_path / name
    path.write_bytes(data)
    return importer.import_file(lib, librarian, fmt, path)


def test_lengths_that_do_not_match_the_record_are_read_by_its_marks(lib, librarian, tmp_path):
    first = foreign_record("Laskar pelangi", control="A1").as_marc()
    wrong_length = bytearray(foreign_record("Sang pemimpi", control="A2").as_marc())
    wrong_length[:5] = b"%05d" % (len(wrong_length) + 2)  # the leader says two bytes more
    edited = foreign_record("Edensor", control="A3").as_marc().replace(b"Edensor", b"Edensor yang panjang")
    assert edited[:5] == foreign_record("Edensor", control="A3").as_marc()[:5]  # (a title typed in, lengths not)
    result = _import(lib, librarian, tmp_path, first + bytes(wrong_length) + edited)
    assert (result.records_add, result.bad) == (3, [])
    assert sorted(r.title for r in Record.select()) == ["Edensor yang panjang", "Laskar pelangi", "Sang pemimpi"]


def _five_digit_length_record(notes: str) -> bytes:
    """As SLiMS writes a field longer than 9,999 bytes: its length in five digits, ``%03s%04d%05d``."""
    fields = [("001", b"SL-77"), ("245", b"10\x1faAbstrak panjang"), ("500", b"  \x1fa" + notes.encode())]
    directory, body, offset = b"", b"", 0
    for tag, data in fields:
        data += b"\x1e"
        directory += tag.encode() + b"%04d" % len(data) + b"%05d" % offset
        body += data
        offset += len(data)
    base = 24 + len(directory) + 1
    leader = b"%05d" % (base + len(body) + 1) + b"nam  22" + b"%05d" % base + b"   4500"
    return leader + directory + b"\x1e" + body + b"\x1d"


def test_a_field_longer_than_the_directory_can_say_keeps_its_record(lib, librarian, tmp_path):
    notes = "Ringkasan " * 1300  # 13,000 bytes: SLiMS's long abstract
    result = _import(lib, librarian, tmp_path, _five_digit_length_record(notes) + foreign_record().as_marc())
    assert (result.records_add, result.bad) == (2, [])
    assert Record.get(Record.title == "Abstrak panjang").notes == notes.strip()


def test_padding_after_the_last_record_and_a_bom_are_not_records(lib, librarian, tmp_path):
    def records(n: int) -> bytes:
        return b"".join(foreign_record(f"{word} {n}", control=f"P{n}{word}").as_marc() for word in ("Satu", "Dua"))

    for data in (records(0) + b"\x1a", records(1) + b" " * 700, records(2) + b"\x00" * 300,
                 b"\xef\xbb\xbf" + records(3)):
        result = _import(lib, librarian, tmp_path, data)
        assert (result.rows, result.records_add, result.bad) == (2, 2, [])
    result = _import(lib, librarian, tmp_path, records(4) + records(5)[:40])  # a file cut short still says so
    assert [bad.row for bad in result.bad] == [3]


def test_windows_text_in_a_record_that_says_utf8_is_read_and_flagged(lib, librarian, tmp_path):
    rec = _record("Cien años de soledad", "W1", Field("100", Indicators("1", " "), _sf("a", "García Márquez, Gabriel")))
    rec.leader = rec.leader[:9] + "a" + rec.leader[10:]
    data = rec.as_marc().replace("años".encode(), "años".encode("cp1252")).replace(
        "García Márquez".encode(), "García Márquez".encode("cp1252"))
    data = b"%05d" % len(data) + data[5:]  # (the fields are shorter now; read by their marks)
    result = _import(lib, librarian, tmp_path, data)
    assert result.bad == []
    record = Record.get()
    assert (record.title, json.loads(record.authors)[0]["name"]) == ("Cien años de soledad", "García Márquez, Gabriel")
    [flag] = review.open_flags(lib, reason="encoding")
    assert flag.params == {"tags": "100, 245"}


def test_marcxml_with_a_bom_in_utf16_and_in_an_oai_pmh_response(lib, librarian, tmp_path):
    one = pymarc.record_to_xml(foreign_record("Ronggeng", control="X1"), namespace=True).decode()
    xml = f'<?xml version="1.0" encoding="UTF-8"?><collection xmlns="http://www.loc.gov/MARC21/slim">{one}</collection>'
    result = _import(lib, librarian, tmp_path, b"\xef\xbb\xbf" + xml.encode(), "marcxml", "bom.xml")
    assert (result.records_add, result.bad) == (1, [])
    utf16 = xml.replace('encoding="UTF-8"', 'encoding="UTF-16"').replace("X1", "X2").replace("Ronggeng", "Bekisar")
    result = _import(lib, librarian, tmp_path, "\ufeff".encode("utf-16-le") + utf16.encode("utf-16-le"),
                     "marcxml", "utf16.xml")
    assert (result.records_add, result.bad) == (1, [])
    # INLISLite's OAI-PMH: each <marc:record> inside a <record> of OAI's, its whole ISBD title in 245 $a,
    # all its authors in one 100 $a
    oai = ('<?xml version="1.0" encoding="UTF-8"?><OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/"><ListRecords>'
           + "".join(f'<record><header><identifier>oai:inlislite:{n}</identifier></header><metadata>'
                     f'<marc:record xmlns:marc="http://www.loc.gov/MARC21/slim"><marc:leader>00000nam  2200000   4500'
                     f'</marc:leader><marc:controlfield tag="001">INLIS-{n}</marc:controlfield>'
                     f'<marc:datafield tag="245" ind1="1" ind2="0"><marc:subfield code="a">Laskar pelangi {n} : sebuah '
                     f'novel / Andrea Hirata</marc:subfield></marc:datafield><marc:datafield tag="100" ind1="0" '
                     f'ind2=" "><marc:subfield code="a">Andrea Hirata ; Dewi Lestari</marc:subfield></marc:datafield>'
                     f'</marc:record></metadata></record>' for n in (1, 2))
           + "</ListRecords></OAI-PMH>")
    result = _import(lib, librarian, tmp_path, oai.encode(), "marcxml", "oai.xml")
    assert (result.rows, result.records_add, result.bad) == (2, 2, [])
    record = Record.get(Record.slims_id == "marc:INLIS-1")
    assert (record.title, record.subtitle, record.responsibility) == ("Laskar pelangi 1", "sebuah novel",
                                                                      "Andrea Hirata")
    assert [a["name"] for a in json.loads(record.authors)] == ["Andrea Hirata", "Dewi Lestari"]


def test_broken_marcxml_names_the_line_in_the_users_words(lib, librarian, tmp_path):
    path = tmp_path / "entity.xml"
    path.write_text('<?xml version="1.0"?>\n<collection>\n<record><datafield tag="245"><subfield code="a">A&nbsp;B'
                    "</subfield></datafield></record></collection>", encoding="utf-8")
    try:
        importer.import_file(lib, librarian, "marcxml", path)
    except ValidationError as exc:
        assert (exc.params["line"], exc.template.startswith("{path} is not a readable MARCXML file")) == (3, True)
    else:
        raise AssertionError("a broken XML file was taken")


def test_kohas_copy_statuses_and_copies_without_a_barcode(lib, librarian, tmp_path):
    def koha(*pairs: str) -> Field:
        return Field("952", Indicators(" ", " "), _sf("a", "PERPUS", "o", "899.221 3 HIR l", *pairs))

    rec = _record("Koha copies", "K1", koha("p", "K1", "1", "0", "7", "0"), koha("p", "K2", "1", "1"),
                  koha("p", "K3", "4", "1"), koha("p", "K4", "0", "1"), koha("p", "K5", "7", "1"),
                  koha("i", "INV-6"), koha())
    other = _record("Held elsewhere", "K2",
                    Field("852", Indicators("0", " "), _sf("a", "Perpustakaan Nasional RI", "h", "899.221")),
                    Field("852", Indicators("0", " "), _sf("b", "Umum", "h", "600", "t", "1")),
                    Field("876", Indicators(" ", " "), _sf("a", "INV/2020/003", "c", "25000")))
    data = rec.as_marc() + other.as_marc()
    result = _import(lib, librarian, tmp_path, data)
    assert result.bad == []
    statuses = {item.barcode: item.status for item in Item.select().join(Record).where(Record.title == "Koha copies")}
    assert {code: statuses[code] for code in ("K1", "K2", "K3", "K4", "K5")} == {
        "K1": "available", "K2": "lost", "K3": "damaged", "K4": "withdrawn", "K5": "not_for_loan"}
    assert len(statuses) == 7  # the copy known by its accession number, and the one known by nothing
    assert sorted(i.accession_no for i in Item.select().join(Record).where(Record.title == "Held elsewhere")) == [
        "", "INV/2020/003"]  # the 852 of another library makes no copy
    again = _import(lib, librarian, tmp_path, data)
    assert (again.items_add, Item.select().count()) == (0, 9)


def test_isbns_among_words_an_issn_in_020_genre_and_a_title_in_k(lib, librarian, tmp_path):
    forms = ["ISBN 9789793062792", "979 3062 79 7", "9789793062792:Rp50.000", "979-3062-79-7 ; 978-979-3062-79-2"]
    records = [_record(f"Bentuk {n}", f"I{n}", Field("020", Indicators(" ", " "), _sf("a", form)))
               for n, form in enumerate(forms)]
    records.append(_record("Majalah Bobo", "S1", Field("020", Indicators(" ", " "), _sf("a", "0215-0212")),
                           Field("655", Indicators(" ", "7"), _sf("a", "Majalah anak"))))
    arsip = pymarc.Record(force_utf8=True)
    arsip.add_field(Field(tag="001", data="K9"), Field("245", Indicators("0", "0"), _sf("k", "Arsip desa Sukamaju")),
                    Field("880", Indicators("1", "0"), _sf("6", "245-01", "a", "رياض الصالحين")))
    records.append(arsip)
    result = _import(lib, librarian, tmp_path, b"".join(rec.as_marc() for rec in records))
    assert (result.records_add, result.bad) == (6, [])
    assert {Record.get(Record.title == f"Bentuk {n}").isbn for n in range(4)} == {"9789793062792"}
    bobo = Record.get(Record.title == "Majalah Bobo")
    assert (bobo.isbn, bobo.issn, json.loads(bobo.subjects)) == ("", "0215-0212", ["Majalah anak"])
    assert "رياض الصالحين" in Record.get(Record.title == "Arsip desa Sukamaju").notes


def test_a_slims_marcxml_magazine_stays_a_magazine(lib, librarian, tmp_path):
    xml = ('<collection xmlns="http://www.loc.gov/MARC21/slim"><record><leader>     na                 </leader>'
           '<datafield tag="245" ind1=" " ind2=" "><subfield code="a">Majalah Bobo</subfield>'
           '<subfield code="h">Majalah</subfield></datafield></record></collection>')
    _import(lib, librarian, tmp_path, xml.encode(), "marcxml", "slims.xml")
    assert Record.get().material_type == "magazine"


def test_a_title_with_a_thousand_copies_is_written_within_iso2709_and_comes_back_whole(lib, librarian, tmp_path):
    record = store.insert(lib, Record, title="Buku paket Matematika SD kelas 4", notes="Ringkasan " * 1500)
    store.insert_many(lib, Item, [{"record": record.id, "barcode": f"BOS{n:05d}", "location": "Gudang sekolah",
                                   "call_number": "510 MAT b", "accession_no": f"{n:05d}/BOS/2023"}
                                  for n in range(1100)])
    path = tmp_path / "export.mrc"
    marc_writer.export_marc(lib, librarian, path)
    data = path.read_bytes()
    parts = list(pymarc.MARCReader(data))
    assert len(parts) > 1 and all(part is not None for part in parts)
    assert all(int(part.leader[:5]) <= 99_999 for part in parts)
    assert sum(len(part.get_fields("852")) for part in parts) == 1100
    again = tmp_path / "again.sqlite3"
    from pustaka_desktop.core import profile
    from pustaka_desktop.core.service import Library
    other = Library.open(again)
    profile.init_library(other, name="Lain", code="LAIN", librarian="pustakawan", password="rahasia123")
    try:
        result = importer.import_file(other, librarian, "marc", path)
        assert (result.records_add, result.items_add, result.bad) == (1, 1100, [])
        assert " ".join(Record.get().notes.split()) == " ".join(("Ringkasan " * 1500).split())
    finally:
        other.close()


def test_marc_as_text_from_marcedit_and_inlislites_opac(lib, librarian, tmp_path):
    from pustaka_desktop.core.interop import readers

    text = ("=LDR  00000nam  2200000   4500\n=001  INLIS000123\n=020  \\\\$a978-979-3062-79-2\n"
            "=245  10$$aLaskar pelangi :$bsebuah novel /$cAndrea Hirata.\n"  # (INLISLite: its value's own $)
            "=260  \\\\$aYogyakarta :$bBentang,$c2008.\n=500  \\\\$aHarga {dollar}10\n\n"
            "=LDR  00000nam\\\\2200000\\\\\\4500\n=001  ME-2\n=245  10$aSang pemimpi\n"
            "=952  \\\\$pB0001$oPEM s\n")
    path = tmp_path / "MARC_123_UTF8.txt"
    path.write_text(text, encoding="utf-8")
    assert readers.fitting_format(path, "csv") == "marc"
    result = importer.import_file(lib, librarian, "marc", path)
    assert (result.records_add, result.items_add, result.bad) == (2, 1, [])
    laskar = Record.get(Record.slims_id == "marc:INLIS000123")
    assert (laskar.title, laskar.subtitle, laskar.isbn, laskar.publisher, laskar.year) == (
        "Laskar pelangi", "sebuah novel", "9789793062792", "Bentang", 2008)
    assert laskar.notes == "Harga $10"
    assert Item.get().barcode == "B0001"


def test_marcedit_character_mnemonics_and_marc8_escapes_into_arabic(lib, librarian, tmp_path):
    text = ("=LDR  00000nam  2200000   4500\n=001  ME-9\n=100  1\\$aGarc{acute}ia M{acute}arquez, Gabriel\n"
            "=245  10$aCaf{eacute} di tepi S{atilde}o Paulo :$ba{tilde}nos {U+00E9}t{x00E9}\n")
    path = tmp_path / "marcedit.mrk"
    path.write_text(text, encoding="utf-8")
    importer.import_file(lib, librarian, "marc", path)
    record = Record.get()
    assert (record.title, record.subtitle) == ("Café di tepi São Paulo", "años été")
    assert json.loads(record.authors)[0]["name"] == "García Márquez, Gabriel"
    # an 880 in MARC-8 Arabic (ESC ( 3 ... ESC ( B) is plain ASCII bytes, never to be read as UTF-8 text
    rec = _record("Riyad al-salihin", "A8", Field("880", Indicators("1", "0"), _sf("6", "245-01", "a", "")))
    data = rec.as_marc().replace(b"\x1fa\x1e", b"\x1fa\x1b(3GJ\x1b(B\x1e")
    data = b"%05d" % len(data) + data[5:9] + b" " + data[10:]  # (leader/09 blank: MARC-8)
    _import(lib, librarian, tmp_path, data)
    assert "\x1b" not in Record.get(Record.title == "Riyad al-salihin").notes


def test_two_systems_numbers_that_meet_never_make_one_book_of_two(lib, librarian, tmp_path):
    """MARC 001 "1" of one library's export and "1" of another's (SLiMS numbers its records from 1): a
    book already here under that number with another title is another book, kept apart and said so."""
    _import(lib, librarian, tmp_path, _record("Bumi manusia", "1").as_marc(), name="one.mrc")
    other = _record("Atlas Indonesia", "1").as_marc()
    result = _import(lib, librarian, tmp_path, other, name="two.mrc")
    assert (result.records_add, result.records_update) == (1, 0)
    assert sorted(r.title for r in Record.select()) == ["Atlas Indonesia", "Bumi manusia"]
    [flag] = review.open_flags(lib, reason="duplicate")
    assert (flag.params["number"], flag.params["other_title"]) == ("1", "Bumi manusia")
    again = _import(lib, librarian, tmp_path, other, name="two.mrc")
    assert (again.records_add, again.records_update, Record.select().count()) == (0, 0, 2)
    fixed = _import(lib, librarian, tmp_path, _record("Bumi manusia : roman", "1").as_marc(), name="three.mrc")
    assert (fixed.records_add, fixed.records_update) == (0, 1)  # (the same book, its title corrected)
