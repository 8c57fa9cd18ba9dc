"""SLiMS export files as the export pages of particular SLiMS versions write them (each fixture copies
what the PHP does, cited in the test): a line break written as it is (9.6.1), a CR LF written as two
escapes (9.7), the member export's MySQL escapes, a two-character separator, no separator at all, and
SLiMS's own GMD names."""

from __future__ import annotations

import pytest

from pustaka_desktop.core.errors import ValidationError
from pustaka_desktop.core.interop import importer, member_import, slims, slims_csv, slims_members
from pustaka_desktop.core.store.models import Item, Member, Record
from tests.core import interop_fixtures

empty_lib_factory = interop_fixtures.empty_lib_factory  # a fixture

BIBLIO_HEADER = ",".join(f'"{c}"' for c in slims.BIBLIO_COLUMNS)


def v961_row(**values: str) -> str:
    """SLiMS 9.6.1 (lib/Csv/Row.php): every field quoted, a quote doubled, nothing else escaped."""
    return ",".join('"' + values.get(c, "").replace('"', '""') + '"' for c in slims.BIBLIO_COLUMNS)


def v97_row(sep: str = ",", **values: str) -> str:
    """SLiMS 9.7 (export.php:126): CR and LF each replaced by \\n, then quoted as 9.6.1."""
    escaped = {k: v.replace("\n", "\\n").replace("\r", "\\n") for k, v in values.items()}
    return sep.join('"' + escaped.get(c, "").replace('"', '""') + '"' for c in slims.BIBLIO_COLUMNS)


def write(tmp_path, name: str, text: str):
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return path


@pytest.mark.parametrize("line_break", ["\r\n", "\n"])
def test_a_line_break_written_as_it_is_by_slims_961_keeps_the_record_and_the_rows_after_it(
        lib, librarian, tmp_path, line_break):
    """An open quote at a line's end reads on only when the lines together make one whole row: a row
    cut short is refused alone."""
    path = write(tmp_path, "biblio.csv", "\n".join([
        BIBLIO_HEADER,
        v961_row(title="Laskar Pelangi", item_code="<B00001>"),
        v961_row(title='Kumpulan puisi "Aku"', notes=f'Judul asli: "Deru Campur Debu", terbit 1949{line_break}'
                                                      f"Cetakan ulang{line_break}{line_break}Balai Pustaka",
                 sor="Chairil Anwar", authors="<Anwar, Chairil>", item_code="<B00003>"),
        '"Terlalu","sedikit',
        v961_row(title="Matematika"),  # (no copies: the row ends with an empty field)
    ]) + "\n")
    result = importer.import_file(lib, librarian, "slims-biblio", path)
    assert [bad.row for bad in result.bad] == [7]
    assert result.records_add == 3 and Item.select().count() == 2
    aku = Record.get(Record.title == 'Kumpulan puisi "Aku"')
    assert aku.notes == 'Judul asli: "Deru Campur Debu", terbit 1949\nCetakan ulang\n\nBalai Pustaka'
    assert aku.responsibility == "Chairil Anwar" and [i.barcode for i in aku.items] == ["B00003"]


@pytest.mark.parametrize("separator", [",", ";", "\t"])
def test_a_961_export_without_its_header_whose_first_record_has_a_line_break_comes_in_whole(
        lib, librarian, tmp_path, separator):
    """"Put columns names in the first row" left unticked, and the newest record (SLiMS exports the last updated
    first) has notes of several lines: the file's first line is a piece of a row, yet the file is SLiMS's."""
    def row(**values: str) -> str:
        return separator.join('"' + values.get(c, "").replace('"', '""') + '"' for c in slims.BIBLIO_COLUMNS)

    path = write(tmp_path, "biblio.csv", "\n".join([
        row(title='Kumpulan puisi "Aku"', notes='Judul asli: "Deru Campur Debu", 1949\r\nCetakan ulang',
            item_code="<B00003>"),
        row(title="Laskar Pelangi", item_code="<B00001>"),
    ]) + "\n")
    result = importer.import_file(lib, librarian, "slims-biblio", path)
    assert result.bad == [] and result.records_add == 2
    assert Record.get(Record.title == 'Kumpulan puisi "Aku"').notes == (
        'Judul asli: "Deru Campur Debu", 1949\nCetakan ulang')
    assert sorted(i.barcode for i in Item.select()) == ["B00001", "B00003"]


def test_a_file_whose_first_line_is_cut_and_never_made_whole_is_still_refused(lib, librarian, tmp_path):
    """(The first line of another file: a quote left open that no following lines close into SLiMS's columns.)"""
    path = write(tmp_path, "biblio.csv", '"Judul","Catatan mulai\nterus\n"Laskar Pelangi","Andrea"\n')
    with pytest.raises(ValidationError):
        importer.import_file(lib, librarian, "slims-biblio", path)


def test_slims_97_writes_a_cr_lf_as_two_escapes_read_back_as_one_line_break(lib, librarian, tmp_path):
    path = write(tmp_path, "biblio.csv", "\n".join([
        BIBLIO_HEADER,
        v97_row(title="Dua Baris", notes="Baris satu\r\nBaris dua"),
        v97_row(title="Paragraf", notes="Baris satu\r\n\r\nBaris dua"),
        v97_row(title="Baris LF", notes="Baris satu\nBaris dua\n\nBaris tiga"),  # LF alone: every break kept
    ]) + "\n")
    importer.import_file(lib, librarian, "slims-biblio", path)
    notes = dict(Record.select(Record.title, Record.notes).tuples())
    assert notes == {"Dua Baris": "Baris satu\nBaris dua", "Paragraf": "Baris satu\n\nBaris dua",
                     "Baris LF": "Baris satu\nBaris dua\n\nBaris tiga"}


def slims_member_line(values: list[str], sep: str = ",", quote: str = '"') -> str:
    """membership/export.php:99-106: MySQL's escape_string on each field, never undone; the last
    character of the row (the separator's) cut."""
    def escape(text: str) -> str:
        return (text.replace("\\", "\\\\").replace("'", "\\'").replace('"', '\\"').replace("\r", "\\r")
                .replace("\n", "\\n"))
    return "".join(quote + escape(v) + quote + sep for v in values)[:-1]


MEMBER = ["2024001", "Muhammad Ma'ruf Amin", "1", "Siswa", "", 'Jl. "Mawar", RT 02\r\nDesa Sukamaju', "", "SMPN 2",
          "0", "", "", "", "", "2024-07-15", "2024-07-15", "2027-07-15", "2011-03-02", 'Kelas 7A, "ketua kelas"']


@pytest.mark.parametrize(("sep", "quote"), [(",", '"'), (",", "'"), (";", '"'), ("||", '"')])
def test_the_member_exports_backslashes_are_undone(lib, librarian, tmp_path, sep, quote):
    second = ["2024002", "Nur'aini Syafi'i", "0", "Siswa", "", "C:\\Data\\nama", *MEMBER[6:17], "Wali: Bu Siti\\Pak"]
    header = "".join(quote + c + quote + sep for c in slims_members.COLUMNS)
    path = write(tmp_path, "members.csv", header + "\n" + slims_member_line(MEMBER, sep, quote) + "\n"
                 + slims_member_line(second, sep, quote) + "\n")
    result = member_import.import_members(lib, librarian, path)
    assert result.bad == [] and result.add == 2
    maruf = Member.get(Member.number == "2024001")
    assert maruf.name == "Muhammad Ma'ruf Amin"
    assert maruf.address == 'Jl. "Mawar", RT 02\nDesa Sukamaju'
    assert maruf.notes == 'Kelas 7A, "ketua kelas"'
    nuraini = Member.get(Member.number == "2024002")
    # (a "Wali: ..." line ending the notes is the member's guardian, as our export writes it: ``member_extras``)
    assert (nuraini.name, nuraini.address, nuraini.guardian, nuraini.notes) == (
        "Nur'aini Syafi'i", "C:\\Data\\nama", "Bu Siti\\Pak", "")


def test_a_backslash_in_our_member_export_comes_back_as_written(lib, librarian, tmp_path, empty_lib_factory):
    path = tmp_path / "import.csv"
    path.write_bytes((",".join(slims_members.COLUMNS) + "\n"
                      + slims_member_line([*MEMBER[:5], "Gg. 3\\4", *MEMBER[6:17], "a\\nb"]) + "\n").encode())
    member_import.import_members(lib, librarian, path)
    out = tmp_path / "out.csv"
    slims_members.export_members(lib, librarian, out)
    other, other_librarian = empty_lib_factory()
    member_import.import_members(other, other_librarian, out)
    member = Member.get(Member.number == "2024001")
    assert (member.address, member.notes, member.name) == ("Gg. 3\\4", "a\\nb", "Muhammad Ma'ruf Amin")


def test_an_item_export_with_a_two_character_separator_keeps_every_copys_details(lib, librarian, tmp_path):
    """item_export.php:130-134: stripslashes leaves a quote alone; substr_replace(-1) cuts one character of
    the separator, leaving ``|`` at each row's end; the header ends with the whole separator."""
    biblio = write(tmp_path, "biblio.csv", BIBLIO_HEADER + "\n" + v97_row(title="Laskar Pelangi", item_code="<B1><B2>")
                   + "\n")
    values = {c: "" for c in slims.ITEM_COLUMNS} | {"call_number": "899.221 HIR l", "location_name": "Perpustakaan",
                                                    "source": "1", "price": "65000", "title": "Laskar Pelangi"}
    rows = [{**values, "item_code": "B1", "supplier_name": 'CV "Maju Jaya"', "inventory_code": "INV/1"},
            {**values, "item_code": "B2", "inventory_code": "INV/2", "item_status_name": "Repair"}]
    text = "".join(f'"{c}"||' for c in slims.ITEM_COLUMNS) + "\n"
    text += "".join("".join(f'"{row[c]}"||' for c in slims.ITEM_COLUMNS)[:-1] + "\n" for row in rows)
    items = write(tmp_path, "items.csv", text)
    importer.import_file(lib, librarian, "slims-biblio", biblio)
    result = importer.import_file(lib, librarian, "slims-item", items)
    assert result.bad == []
    first, second = Item.get(Item.barcode == "B1"), Item.get(Item.barcode == "B2")
    assert (first.supplier, first.accession_no, first.price) == ('CV "Maju Jaya"', "INV/1", 65000)
    assert (second.accession_no, second.status) == ("INV/2", "in_repair")


def test_a_file_without_a_separator_is_read(lib, librarian, tmp_path):
    """export.php:106 trims the separator typed: a tab becomes nothing and the fields stand back to back."""
    path = write(tmp_path, "biblio.csv", "\n".join([
        "".join(f'"{c}"' for c in slims.BIBLIO_COLUMNS),
        v97_row("", title="Laskar Pelangi", gmd_name="Text", publish_year="2005", item_code="<B1><B2>"),
        v97_row("", title='Kumpulan puisi "Aku"', gmd_name="Text", notes='Judul asli: "Deru Campur Debu", 1949',
                sor="Chairil Anwar"),  # (no copies: the row ends with an empty field)
    ]) + "\n")
    result = importer.import_file(lib, librarian, "slims-biblio", path)
    assert result.bad == [] and result.records_add == 2 and Item.select().count() == 2
    aku = Record.get(Record.title == 'Kumpulan puisi "Aku"')
    assert (aku.notes, aku.responsibility, aku.material_type) == (
        'Judul asli: "Deru Campur Debu", 1949', "Chairil Anwar", "book")


def test_an_old_file_without_a_separator_and_quotes_written_alone_is_read(lib, librarian, tmp_path):
    """SLiMS 8 (stripslashes): a quote inside a field is written alone; the export has no header here."""
    def old_row(**values: str) -> str:
        return "".join(f'"{values.get(c, "")}"' for c in slims.BIBLIO_COLUMNS)

    path = write(tmp_path, "biblio.csv", old_row(title="Laskar Pelangi", edition="Cet. 1", item_code="<B1>") + "\n"
                 + old_row(title='Kumpulan puisi "Aku"', gmd_name="Text", item_code="<B3>") + "\n")
    result = importer.import_file(lib, librarian, "slims-biblio", path)
    assert result.bad == [] and sorted(r.title for r in Record.select()) == ['Kumpulan puisi "Aku"', "Laskar Pelangi"]


def test_a_row_without_a_separator_that_cannot_be_told_apart_says_so(lib, librarian, tmp_path):
    path = write(tmp_path, "biblio.csv", "\n".join([
        "".join(f'"{c}"' for c in slims.BIBLIO_COLUMNS),
        v97_row("", title="Laskar Pelangi", item_code="<B1>"),
        v97_row("", title='Dua ""kutip" aneh', item_code="<B2>"),
    ]) + "\n")
    result = importer.import_file(lib, librarian, "slims-biblio", path, dry_run=True)
    assert result.records_add == 1
    assert [(bad.row, bad.template) for bad in result.bad] == [(3, slims_csv.NO_SEPARATOR)]


# every GMD a new SLiMS has (install/install.sql.php:361-392)
SLIMS_GMDS = {
    "Text": "book", "Art Original": "other", "Chart": "other", "Computer Software": "av", "Diorama": "other",
    "Filmstrip": "av", "Flash Card": "other", "Game": "other", "Globe": "other", "Kit": "other", "Map": "other",
    "Microform": "other", "Manuscript": "book", "Model": "other", "Motion Picture": "av",
    "Microscope Slide": "other", "Music": "other", "Picture": "other", "Realia": "other", "Slide": "av",
    "Sound Recording": "av", "Technical Drawing": "other", "Transparency": "av", "Video Recording": "av",
    "Equipment": "other", "Computer File": "ebook", "Cartographic Material": "other", "CD-ROM": "av",
    "Multimedia": "av", "Electronic Resource": "ebook", "Digital Versatile Disc": "av",
}


def test_every_gmd_slims_installs_becomes_a_material_type():
    from pustaka_desktop.core.interop import row_checks

    flags = []  # (the reader gives a GMD we have no type for as written; the import's row check makes it "other")
    found = {gmd: row_checks.checked_record(slims.biblio_row({c: "" for c in slims.BIBLIO_COLUMNS} | {
        "title": "T", "gmd_name": gmd})[0], 2026, 2, flags)[0]["material_type"] for gmd in SLIMS_GMDS}
    assert found == SLIMS_GMDS
    assert flags == []  # each one known: its name in the record's notes, nothing to check
