"""The last values an import silently changed (issue 12: a field that fails is kept as written and flagged): readers
("Sasaran": Remaja, SD, 17+; MARC 008/22 and 521) are read when they name a group and kept in the notes and flagged
when not, never read as adults without a word; a MARC picture (leader/06 "k") is no audio-visual; a "Jenis" column
of topics is read as subjects with one notice, not one flag a row; a MARC copy's source and status in the library's
own words, and an INLISLite access of its own, are kept and flagged. A second import of the same file changes
nothing."""

import pymarc
import pytest
from openpyxl import Workbook
from pymarc import Field, Indicators, Subfield

from pustaka_desktop import i18n
from pustaka_desktop.core.catalog import review
from pustaka_desktop.core.interop import importer, topic_column, vocabulary
from pustaka_desktop.core.store.models import Item, Record


@pytest.fixture(autouse=True)
def in_english():
    i18n.install("en")
    yield
    i18n.install("id")


def _record(title: str) -> Record:
    return Record.get(Record.title == title)


# --- readers ----------------------------------------------------------------------------------------------


READERS = ("Judul,Pengarang,Sasaran\n"
           "Si Kancil,Tim Pustaka,Anak-anak\n"
           "Dilan 1990,Pidi Baiq,Remaja\n"
           "Bercocok Tanam Cabai,Dinas Pertanian,Dewasa\n"
           "Tuntunan Shalat,Moh. Rifai,Umum\n"
           "Aku Bisa Membaca,Tim PAUD,PAUD\n"
           "Matematika Kelas 4,Kemendikbud,SD\n"
           "Senam Sehat Lansia,Puskesmas,Lansia\n"
           "Bobo Edisi 12,Redaksi Bobo,Balita\n"
           "Ayat-Ayat Cinta,Habiburrahman El Shirazy,17+\n"
           "Sains untuk Pelajar,Tim Guru,Pelajar\n"
           "Ensiklopedia Keluarga,Tim Pustaka,0-17 tahun\n")


def _readers_csv(tmp_path):
    path = tmp_path / "buku.csv"
    path.write_text(READERS, encoding="utf-8")
    return path


def test_readers_written_in_indonesian_are_read_and_the_others_kept_and_flagged(lib, librarian, tmp_path):
    importer.import_file(lib, librarian, "csv", _readers_csv(tmp_path))
    got = {r.title: r.audience for r in Record.select()}
    assert got == {"Si Kancil": "children", "Dilan 1990": "teen", "Bercocok Tanam Cabai": "adult",
                   "Tuntunan Shalat": "adult", "Aku Bisa Membaca": "children", "Matematika Kelas 4": "children",
                   "Senam Sehat Lansia": "adult", "Bobo Edisi 12": "children", "Ayat-Ayat Cinta": "adult",
                   "Sains untuk Pelajar": "adult", "Ensiklopedia Keluarga": "adult"}
    # "Pelajar" (a pupil of any age) and "0-17" name no one group: kept in the notes, flagged, never lost
    flagged = sorted((e.title, e.field, e.value) for e in review.open_flags(lib, reason="audience"))
    assert flagged == [("Ensiklopedia Keluarga", "audience", "0-17 tahun"),
                       ("Sains untuk Pelajar", "audience", "Pelajar")]
    assert _record("Sains untuk Pelajar").notes == "Pembaca sasaran tertulis: Pelajar"
    review.keep_many(lib, librarian, [e.id for e in review.open_flags(lib)])
    assert _record("Ensiklopedia Keluarga").notes == "Pembaca sasaran tertulis: 0-17 tahun"


def test_readers_chosen_on_the_list_are_written_and_a_second_import_changes_nothing(lib, librarian, tmp_path):
    path = _readers_csv(tmp_path)
    importer.import_file(lib, librarian, "csv", path)
    entry = next(e for e in review.open_flags(lib, reason="audience") if e.value == "Pelajar")
    review.fix(lib, librarian, entry.id, "Remaja")  # (typed as the record form names it)
    assert _record("Sains untuk Pelajar").audience == "teen"
    again = importer.import_file(lib, librarian, "csv", path)
    assert (again.records_add, again.records_update, again.items_add) == (0, 0, 0)
    assert _record("Sains untuk Pelajar").audience == "teen"
    assert _record("Sains untuk Pelajar").notes.count("Pembaca sasaran tertulis") == 1


@pytest.mark.parametrize(("written", "code"), [
    ("13+", "teen"), ("7+", "children"), ("21+", "adult"), ("Usia 7-12 tahun", "children"), ("SMP", "teen"),
    ("Semua Umur", "adult"), ("Anak - anak", "children"), ("Pelajar", "Pelajar"), ("10-20", "10-20")])
def test_ages_and_school_levels_name_their_readers(written, code):
    assert vocabulary.audience_code(written) == code


def _marc(tmp_path, records, name="katalog.mrc"):
    path = tmp_path / name
    path.write_bytes(b"".join(rec.as_marc() for rec in records))
    return path


def _book(control, title, audience_code_, leader="00000nam a2200000 a 4500", note=None):
    rec = pymarc.Record(force_utf8=True, leader=leader)
    rec.add_field(Field(tag="001", data=control))
    f008 = "200101s2010    io " + "    " + audience_code_ + " " * 12 + "ind d"  # (008/22: the readers)
    rec.add_field(Field(tag="008", data=f008))
    rec.add_field(Field("245", Indicators("1", "0"), [Subfield("a", title)]))
    if note:
        rec.add_field(Field("521", Indicators(" ", " "), [Subfield("a", note)]))
    return rec


def test_marc_target_audience_codes_are_read_and_one_marc_has_not_is_kept_and_flagged(lib, librarian, tmp_path):
    assert (_book("X", "X", "g").get("008").data[22], len(_book("X", "X", "g").get("008").data)) == ("g", 40)
    path = _marc(tmp_path, [
        _book("B1", "Buku Bergambar", "a"), _book("B2", "Kisah Remaja", "d"), _book("B3", "Bertani Padi", "g"),
        _book("B4", "Tata Cara Koperasi", "f"), _book("B5", "Buku Tanpa Kode", "|"),
        _book("B6", "Buku Kode Aneh", "x"),
        _book("B7", "Bacaan Pelajar", " ", note="Pelajar"),
        # a map's 008/22 is its projection, not its readers
        _book("P1", "Peta Jawa", "x", leader="00000nem a2200000 a 4500")])
    importer.import_file(lib, librarian, "marc", path)
    got = {r.title: r.audience for r in Record.select()}
    assert got == {"Buku Bergambar": "children", "Kisah Remaja": "teen", "Bertani Padi": "adult",
                   "Tata Cara Koperasi": "adult", "Buku Tanpa Kode": "adult", "Buku Kode Aneh": "adult",
                   "Bacaan Pelajar": "adult", "Peta Jawa": "adult"}
    flagged = sorted((e.title, e.value) for e in review.open_flags(lib, reason="audience"))
    assert flagged == [("Bacaan Pelajar", "Pelajar"), ("Buku Kode Aneh", "x (MARC 008/22)")]
    assert _record("Bacaan Pelajar").notes == "Pembaca sasaran tertulis: Pelajar"
    assert _record("Buku Kode Aneh").notes == "Pembaca sasaran tertulis: x (MARC 008/22)"
    again = importer.import_file(lib, librarian, "marc", path)
    assert (again.records_add, again.records_update) == (0, 0)


def test_a_marc_poster_is_a_picture_not_audio_visual(lib, librarian, tmp_path):
    poster = _book("K1", "Poster Cuci Tangan Pakai Sabun", "g", leader="00000nkm a2200000 a 4500")
    film = _book("G1", "Film Dokumenter Desa", "g", leader="00000ngm a2200000 a 4500")
    importer.import_file(lib, librarian, "marc", _marc(tmp_path, [poster, film]))
    got = _record("Poster Cuci Tangan Pakai Sabun")
    assert (got.material_type, got.notes) == ("other", "Jenis bahan tertulis: bahan grafis")
    assert _record("Film Dokumenter Desa").material_type == "av"  # (projected: still audio-visual)
    assert review.open_flags(lib, reason="material_type") == []  # (a picture is a kind we know)


# --- a "Jenis" column of topics ---------------------------------------------------------------------------


TOPICS = [("Tuntunan Shalat", "Agama"), ("Kisah Para Nabi", "Agama"), ("Belajar Membaca", "Pendidikan"),
          ("Si Kancil", "Cerita Anak"), ("Bertani Cabai", "Pertanian"), ("Hidup Sehat", "Kesehatan"),
          ("Majalah Trubus 2019", "Majalah"), ("Lagu Anak", "Kaset"), ("Mengenal Bank", "Ekonomi"),
          ("Doa Harian", "Agama")]


def _jenis_csv(tmp_path, rows, name="buku.csv"):
    path = tmp_path / name
    path.write_text("Judul,Pengarang,Jenis,Subjek\n" + "".join(
        f"{title},Tim Pustaka,{kind},{'Fiqih' if title == 'Tuntunan Shalat' else ''}\n" for title, kind in rows),
        encoding="utf-8")
    return path


def test_a_jenis_column_of_topics_is_read_as_subjects_and_said_once(lib, librarian, tmp_path):
    path = _jenis_csv(tmp_path, TOPICS)
    result = importer.import_file(lib, librarian, "csv", path)
    assert review.open_flags(lib, reason="material_type") == []  # not a flag a row
    shalat = _record("Tuntunan Shalat")
    assert (shalat.material_type, shalat.subjects) == ("book", '["Fiqih", "Agama"]')
    assert _record("Si Kancil").subjects == '["Cerita Anak"]'
    # what is a material type stays one
    assert (_record("Majalah Trubus 2019").material_type, _record("Lagu Anak").material_type) == ("magazine", "av")
    [notice] = [n for n in result.notices if n.template == topic_column.TOPICS_READ]
    assert notice.params == {"column": "Jenis", "examples": "Agama, Pendidikan, Cerita Anak", "count": 8}
    again = importer.import_file(lib, librarian, "csv", path)
    assert (again.records_add, again.records_update) == (0, 0)
    # a column of material types with one odd value is still read as material types: the odd one flagged
    rows = [(f"Buku {n}", "Buku") for n in range(8)] + [("Wayang Kulit", "Wayang kulit"), ("Trubus", "Majalah")]
    kinds = importer.import_file(lib, librarian, "csv", _jenis_csv(tmp_path, rows, "jenis.csv"))
    assert [e.value for e in review.open_flags(lib, reason="material_type")] == ["Wayang kulit"]
    assert not [n for n in kinds.notices if n.template == topic_column.TOPICS_READ]
    assert _record("Wayang Kulit").subjects == "[]"


# --- copies' values in the library's own words ----------------------------------------------------------


def test_a_marc_copys_source_and_status_in_the_librarys_own_words_are_kept_and_flagged(lib, librarian, tmp_path):
    rec = _book("C1", "Laskar Pelangi", "e")
    rec.add_field(Field("852", Indicators(" ", " "), [Subfield("b", "Rak 3"), Subfield("p", "B0001")]))
    rec.add_field(Field("852", Indicators(" ", " "), [Subfield("b", "Rak 3"), Subfield("p", "B0002")]))
    rec.add_field(Field("876", Indicators(" ", " "), [Subfield("p", "B0001"), Subfield("e", "Hibah Perpusnas")]))
    rec.add_field(Field("876", Indicators(" ", " "), [Subfield("p", "B0002"), Subfield("e", "Tukar-menukar"),
                                                      Subfield("j", "Tandon")]))
    path = _marc(tmp_path, [rec])
    importer.import_file(lib, librarian, "marc", path)
    one, two = Item.get(Item.barcode == "B0001"), Item.get(Item.barcode == "B0002")
    assert (one.source, one.source_detail) == ("grant", "Hibah Perpusnas")
    assert (two.source, two.source_detail, two.status, two.condition_note) == (
        "other", "Tukar-menukar", "not_for_loan", "Tandon")  # a reserve copy (tandon): kept off the loan desk
    assert [e.value for e in review.open_flags(lib, reason="status")] == []  # (its word is read: nothing to ask)
    again = importer.import_file(lib, librarian, "marc", path)
    assert (again.items_add, again.items_update) == (0, 0)


def test_an_inlislite_access_of_the_librarys_own_is_flagged_not_lent_without_a_word(lib, librarian, tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.title = "Worksheet"  # (PhpSpreadsheet's default: LaporanEksemplar.php keeps it)
    sheet.append(["No. Barcode", "No. Induk", "Judul", "No. Dewey", "Akses", "Ketersediaan"])
    sheet.append(["B1", "001", "Kamus Besar Bahasa Indonesia", "499.221 3", "Terbatas", "Tersedia"])
    sheet.append(["B2", "002", "Kamus Besar Bahasa Indonesia", "499.221 3", "Dapat dipinjam", "Tersedia"])
    path = tmp_path / "Laporan_Eksemplar.xlsx"
    book.save(path)
    importer.import_file(lib, librarian, "inlislite", path)
    assert Item.get(Item.barcode == "B1").condition_note == "Akses: Terbatas"
    assert [e.value for e in review.open_flags(lib, reason="status")] == ["Akses: Terbatas"]
    again = importer.import_file(lib, librarian, "inlislite", path)
    assert (again.items_add, again.items_update) == (0, 0)
