"""SLiMS 9's MARC export offers three kinds (*Batch Export*: MARC RAW, MARCXML, MARCJSON); its MARCJSON file
(``slims-marc-export.json``, read from slims/slims9_bulian ``biblio.inc.php`` ``marc_export`` and PEAR File_MARC's
``Record::toJSON``) was refused as "not a MARC (ISO 2709) file"."""

from __future__ import annotations

import json

from pustaka_desktop.core.interop import importer, readers
from pustaka_desktop.core.store.models import Record


def _php(value: str) -> str:
    """What File_MARC's utf8_encode makes of UTF-8 text SLiMS holds: each byte a character (json_encode then
    writes them as \\u00c3...)."""
    return value.encode("utf-8").decode("latin-1")


def _field(tag, *subfields, ind1=" "):
    return {tag: {"ind1": ind1, "ind2": " ", "subfields": [{code: _php(value)} for code, value in subfields]}}


def _slims_json(path, records):
    # as marc_export writes them: 245 $a, $b " : rest", $c, $h; 005 as a data field; 260, 041 (a language's
    # name), 084 (the class); each record json_encode'd, joined by commas inside [ ]
    text = "[" + ",".join(json.dumps({"leader": " " * 24, "fields": fields}).replace("/", "\\/")
                          for fields in records) + "]"
    path.write_text(text, encoding="ascii")
    return path


def _records():
    return [
        [_field("245", ("a", "Serat Cênthini"), ("b", " :  jilid 1"), ("c", "Ranggasutrasna"), ("h", "Text"), ind1="0"),
         _field("020", ("a", "9789794610009")), _field("100", ("a", "Ranggasutrasna")),
         _field("650", ("a", "Sastra Jawa")), _field("005", ("a", "20200102080000")),
         _field("260", ("a", "Yogyakarta"), ("b", "Kepel Press"), ("c", "2015")), _field("041", ("a", "Jawa")),
         _field("084", ("a", "899.222 RAN s")), _field("300", ("a", "xx, 412 hlm. :"), ("c", "24 cm"))],
        [_field("245", ("a", "تفسير الجلالين"), ("c", "Jalaluddin al-Mahalli"), ind1="0"),
         _field("100", ("a", "al-Mahalli, Jalaluddin")), _field("005", ("a", "20210505090000")),
         _field("260", ("a", "Kairo"), ("c", "1405 H")), _field("041", ("a", "Arab")), _field("084", ("a", "2X1.3"))],
    ]


def test_slims_marcjson_export_comes_in_with_its_letters_as_typed(lib, librarian, tmp_path):
    path = _slims_json(tmp_path / "slims-marc-export.json", _records())
    assert readers.fitting_format(path, "csv") == "marc"  # (the wizard switches to MARC when the file is chosen)
    result = importer.import_file(lib, librarian, "marc", path)
    assert (result.records_add, result.bad) == (2, [])
    centhini = Record.get(Record.isbn == "9789794610009")
    assert (centhini.title, centhini.subtitle, centhini.responsibility) == ("Serat Cênthini", "jilid 1",
                                                                            "Ranggasutrasna")
    assert (centhini.place, centhini.publisher, centhini.year, centhini.language) == ("Yogyakarta", "Kepel Press",
                                                                                      2015, "jav")
    assert (centhini.collation, json.loads(centhini.subjects)) == ("xx, 412 hlm. ; 24 cm", ["Sastra Jawa"])
    tafsir = Record.get(Record.language == "ara")
    assert (tafsir.title, tafsir.ddc, tafsir.year_text) == ("تفسير الجلالين", "2X1.3", "1405 H")
    again = importer.import_file(lib, librarian, "marc", path)
    assert (again.records_add, again.records_update, again.records_skip) == (0, 0, 2)


def test_a_json_file_that_holds_no_marc_is_said_to_be_unreadable(lib, librarian, tmp_path):
    path = tmp_path / "anggota.json"
    path.write_text('[{"member_id": "0001", "member_name": "Siti"}]', encoding="utf-8")
    try:
        importer.import_file(lib, librarian, "marc", path)
    except Exception as exc:  # noqa: BLE001 - the message is what she reads
        assert "anggota.json" in str(exc) and "MARC" in str(exc)
    else:
        raise AssertionError("a JSON file without MARC records was taken")
    assert Record.select().count() == 0


def test_a_dash_slims_keeps_for_no_publisher_or_author_is_none_in_its_marc(lib, librarian, tmp_path):
    # SLiMS's lists keep a publisher, place and author "-" typed for none: its MARC export writes them (260 $b -,
    # 100 $a -), and the book had an author "-" on its card and label
    path = _slims_json(tmp_path / "slims-marc-export.json", [[
        _field("245", ("a", "Bertani Cabai"), ("c", "-"), ind1="0"), _field("100", ("a", "-")),
        _field("650", ("a", "-")), _field("260", ("a", "-"), ("b", "-"), ("c", "2015")), _field("041", ("a", "Indonesia")),
        _field("084", ("a", "635"))]])
    importer.import_file(lib, librarian, "marc", path)
    cabai = Record.get()
    assert (cabai.authors, cabai.subjects, cabai.publisher, cabai.place, cabai.responsibility, cabai.year) == (
        "[]", "[]", "", "", "", 2015)
