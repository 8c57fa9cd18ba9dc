"""The hostile files the issue-14 fuzz run found, one by one: each is refused with a readable message
(or imported with a flag), never a traceback, and a refused file writes nothing."""

from __future__ import annotations

import zipfile

import pytest
from openpyxl import Workbook

from pustaka_desktop.core.errors import PustakaError, ValidationError
from pustaka_desktop.core.interop import importer
from pustaka_desktop.core.store import backup
from pustaka_desktop.core.store.models import Item, Record, ReviewFlag
from pustaka_desktop.core.sync import enrolment


def _refused(fn) -> str:
    with pytest.raises(PustakaError) as caught:
        fn()
    message = caught.value.message()
    assert message.strip() and "{" not in message
    return message


def test_marcxml_with_an_encoding_nobody_knows(lib, librarian, tmp_path):
    path = tmp_path / "koleksi.xml"
    path.write_bytes(b'<?xml version="1.0" encoding="x-mac-jawa"?><collection xmlns="http://www.loc.gov/MARC21/slim">'
                     b'<record><leader>00000nam a2200000 a 4500</leader><datafield tag="245" ind1="0" ind2="0">'
                     b'<subfield code="a">Judul</subfield></datafield></record></collection>')
    assert "encoding" in _refused(lambda: importer.import_file(lib, librarian, "marcxml", path))
    assert Record.select().count() == 0


def test_a_twenty_digit_price_is_flagged_and_the_copy_still_comes_in(lib, librarian, tmp_path):
    path = tmp_path / "buku.csv"
    path.write_text("title,barcode,price\nBuku Tani,B001,99999999999999999999\nBuku Ikan,B002,1e400\n",
                    encoding="utf-8")
    importer.import_file(lib, librarian, "csv", path)
    assert sorted(i.barcode for i in Item.select()) == ["B001", "B002"]
    assert all(i.price is None for i in Item.select())
    assert ReviewFlag.select().where(ReviewFlag.reason == "price").count() == 2


def test_an_xlsx_without_a_sheet(lib, librarian, tmp_path):
    path = tmp_path / "kosong.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/'
                   'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>')
        z.writestr("_rels/.rels", '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/'
                   'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/'
                   'officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>')
        z.writestr("xl/workbook.xml", '<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/'
                   'spreadsheetml/2006/main"><sheets/></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels", '<?xml version="1.0"?><Relationships xmlns="http://'
                   'schemas.openxmlformats.org/package/2006/relationships"></Relationships>')
    _refused(lambda: importer.import_file(lib, librarian, "xlsx", path))
    assert Record.select().count() == 0


def test_an_xlsx_whose_sheet_inflates_to_hundreds_of_megabytes_is_refused_before_unpacking(lib, librarian, tmp_path):
    path = tmp_path / "bom.xlsx"
    book = Workbook()
    book.active.append(["judul"])
    book.save(path)
    with zipfile.ZipFile(path) as z:
        files = {n: z.read(n) for n in z.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            if name == sheet:
                with z.open(name, "w", force_zip64=True) as out:  # 300 MB of padding, written in pieces
                    head, tail = data.split(b"<sheetData>", 1)
                    out.write(head + b"<!--")
                    block = b"A" * (1 << 20)
                    for _ in range(300):
                        out.write(block)
                    out.write(b"--><sheetData>" + tail)
            else:
                z.writestr(name, data)
    assert path.stat().st_size < 2 << 20
    assert "unpack" in _refused(lambda: importer.import_file(lib, librarian, "xlsx", path))


def test_deeply_nested_or_huge_enrolment_files(tmp_path):
    deep = tmp_path / "dalam.json"
    deep.write_text("[" * 200_000 + "]" * 200_000)
    huge = tmp_path / "besar.json"
    huge.write_bytes(b'{"type": "' + b"x" * (2 << 20) + b'"}')
    for path in (deep, huge):
        with pytest.raises(ValidationError):
            enrolment.read_request(path)


def test_a_corrupted_backup_given_to_restore(lib, librarian, tmp_path):
    lib.checkpoint()
    raw = bytearray(lib.path.read_bytes())
    for offset in range(100, len(raw), 997):
        raw[offset] ^= 0xFF
    for name, data in (("rusak.sqlite3", bytes(raw)), ("sampah.sqlite3", b"SQLite format 3\x00" + b"\xff\xfe" * 4000),
                       ("teks.sqlite3", "bukan basis data ✗".encode() * 100)):
        path = tmp_path / name
        path.write_bytes(data)
        _refused(lambda path=path: backup.restore(lib, librarian, path))
    assert lib.profile.name == "Perpustakaan Desa Uji"


@pytest.mark.parametrize("kept", [0.1, 0.6])
def test_a_damaged_workbook_is_refused_in_the_librarians_words_without_the_readers_english(
        lib, librarian, tmp_path, kept):
    """A workbook copied from a stick pulled out too early (cut short): the message said "... bukan berkas
    Excel (xlsx) (File is not a zip file)", openpyxl's English inside Indonesian."""
    from pustaka_desktop import i18n
    from pustaka_desktop.core.interop import sheets

    whole = tmp_path / "whole.xlsx"
    book = Workbook()
    book.active.append(["Judul", "Pengarang"])
    book.active.append(["Laskar Pelangi", "Andrea Hirata"])
    book.save(whole)
    path = tmp_path / "buku_induk.xlsx"
    data = whole.read_bytes()
    path.write_bytes(data[:int(len(data) * kept)])
    with pytest.raises(ValidationError) as refused:
        importer.import_file(lib, librarian, "xlsx", path)
    assert refused.value.template == sheets.NOT_XLSX and set(refused.value.params) == {"path"}
    i18n.install("id")  # (the tests' language, as a new library's)
    message = refused.value.message(i18n.translate)
    assert message.startswith("buku_induk.xlsx tidak bisa dibuka sebagai buku kerja Excel")
    assert "zip" not in message.lower() and "file" not in message.lower()
    assert Record.select().count() == 0


@pytest.mark.parametrize("named", ["daftar_buku.xlsx", "daftar_buku.xls"])
def test_a_workbook_locked_with_a_password_says_so(lib, librarian, tmp_path, named):
    """A village office's list saved with a password to open (Excel's Encrypt with Password: the workbook is a
    compound document then, as an xls is): it was called damaged or another kind of file, and "save it again as
    .xlsx" kept the password. The librarian is told it is locked and how to take the password off."""
    from msoffcrypto.format.ooxml import OOXMLFile

    from pustaka_desktop.core.interop import member_import, sheets

    plain = tmp_path / "plain.xlsx"
    book = Workbook()
    book.active.append(["Judul", "Pengarang", "No. Induk"])
    book.active.append(["Laskar Pelangi", "Andrea Hirata", "001"])
    book.save(plain)
    path = tmp_path / named
    with plain.open("rb") as source, path.open("wb") as out:
        OOXMLFile(source).encrypt("rahasia", out)
    for bring_in in (lambda: importer.import_file(lib, librarian, "xlsx", path),
                     lambda: member_import.import_members(lib, librarian, path)):
        with pytest.raises(ValidationError) as refused:
            bring_in()
        assert (refused.value.template, refused.value.params) == (sheets.LOCKED, {"path": named})
    assert Record.select().count() == 0
    assert not sheets.locked(plain)
