"""What a whole INLISLite 3.3 move-in still got wrong, with the reports written as 3.3 writes them
(``test_inlislite_33_movein_walk``): the material word ISBD puts in a title, copies INLISLite lends in a category
this library does not lend, and the copies of a book catalogued twice there."""

from __future__ import annotations

from pustaka_desktop.core.catalog import records, review, search
from pustaka_desktop.core.circulation import loan_rules
from pustaka_desktop.core.errors import render
from pustaka_desktop.core.interop import importer, lent_there, twin_records
from pustaka_desktop.core.store.models import CollectionType, Item, LoanRule, MemberType, Record

from .test_inlislite_33_movein_walk import EKSEMPLAR, KATALOG, inlislite_report


def _catalogue_row(control, bib, title, author="", publisher="Dinas Kebudayaan", year="2015", isbn="", subject="",
                   call="", ddc=""):
    return [control, bib, title, author, "", publisher, "Yogyakarta", year, subject, "1 jil.", isbn, call, "ind",
            ddc, "", "Ya", "Tidak", "Tidak", "Tidak", "admin", "12-03-2019", "admin", "12-03-2019"]


def _copy_row(barcode, induk, title, author="", publisher="Dinas Kebudayaan", year="2015", isbn="", subject="",
              call="", ddc="", category="Umum", access="Dapat dipinjam", status="Tersedia"):
    return [barcode, "12-03-2019", induk, title, author, "", publisher, "Yogyakarta", year, subject, isbn, call,
            "ind", ddc, "", "Pembelian", "Buku", category, access, "Ruang Baca Umum", "", status, "Ya", "Tidak", "IDR",
            "50,000.00", "Per eksemplar", "Perpustakaan Desa Maju Jaya", "admin", "12-03-2019", "admin",
            "12-03-2019"]


# --- 1. ISBD's general material designation in the title -------------------------------------------------------

GMD_TITLES = [
    ("Peta Jawa [Kartografi]", "Peta Jawa", "other"),
    ("Lagu daerah [Rekaman suara] : kumpulan lagu / Sanggar Seni Sekar", "Lagu daerah", "av"),
    ("Poster gizi seimbang [Bahan grafis]", "Poster gizi seimbang", "other"),
    ("Wayang kulit [Rekaman video]", "Wayang kulit", "av"),
    ("Modul bertani [Sumber elektronik] / Dinas Pertanian", "Modul bertani", "ebook"),
    ("Map of Java [cartographic material]", "Map of Java", "other"),
    ("Farming guide [electronic resource]", "Farming guide", "ebook"),
    ("Folk dances [videorecording]", "Folk dances", "av"),
    ("Babad tanah Jawi [Text]", "Babad tanah Jawi", "book"),
]


def test_the_material_word_in_an_isbd_title_becomes_the_records_material(lib, librarian, tmp_path):
    rows = [_catalogue_row(f"INLIS{n:03}", f"0010-03190{n:05}", written) for n, (written, _, _) in
            enumerate(GMD_TITLES, 1)]
    rows += [_catalogue_row("INLIS100", "0010-0319000100", "Sejarah desa [Jilid 2]"),
             _catalogue_row("INLIS101", "0010-0319000101", "Kumpulan doa [sic] harian"),
             _catalogue_row("INLIS102", "0010-0319000102", "[Kumpulan cerita rakyat Sleman]")]
    path = inlislite_report(tmp_path / "Laporan_Katalog.xlsx", "Laporan Katalog", KATALOG, rows)
    result = importer.import_file(lib, librarian, "inlislite", path)
    assert (result.records_add, result.bad) == (len(GMD_TITLES) + 3, [])
    for written, title, kind in GMD_TITLES:
        record = Record.get(Record.slims_id == f"inlislite:0010-03190{GMD_TITLES.index((written, title, kind)) + 1:05}")
        assert (record.title, record.material_type) == (title, kind), written
        assert "[" not in record.subtitle + record.responsibility
    lagu = Record.get(Record.title == "Lagu daerah")
    assert (lagu.subtitle, lagu.responsibility) == ("kumpulan lagu", "Sanggar Seni Sekar")
    peta = Record.get(Record.title == "Peta Jawa")  # ("other", as SLiMS's GMD "Kartografi" would be: its word kept)
    assert "Kartografi" in peta.notes
    # bracketed words that name no material stay in the title as written
    assert {r.title for r in Record.select().where(Record.title.contains("["))} == {
        "Sejarah desa [Jilid 2]", "Kumpulan doa [sic] harian", "[Kumpulan cerita rakyat Sleman]"}
    assert [e for e in review.open_flags(lib) if e.reason == "material_type"] == []  # (every word above is known)
    # search, the duplicate key and the shelf's sorting read the title without the bracket
    assert [h.title for h in search.search(lib, "Peta Jawa").hits] == ["Peta Jawa"]
    assert peta.match_key == records.match_key("Peta Jawa", "")
    again = importer.import_file(lib, librarian, "inlislite", path)
    assert (again.records_add, again.records_update) == (0, 0)


def test_the_copy_reports_bracketed_title_finds_the_catalogue_reports_record(lib, librarian, tmp_path):
    katalog = inlislite_report(tmp_path / "Laporan_Katalog.xlsx", "Laporan Katalog", KATALOG, [
        _catalogue_row("INLIS001", "0010-0319000001", "Peta Jawa [Kartografi]")])
    importer.import_file(lib, librarian, "inlislite", katalog)
    eksemplar = inlislite_report(tmp_path / "Laporan_Eksemplar.xlsx", "Worksheet", EKSEMPLAR, [
        _copy_row("00000001", "0001/PD/2019", "Peta Jawa [Kartografi]")])
    result = importer.import_file(lib, librarian, "inlislite", eksemplar)
    assert (result.records_add, result.items_add) == (0, 1)
    assert [r.title for r in Record.select()] == ["Peta Jawa"]


# --- 2. copies INLISLite lends, of a category this library does not lend ---------------------------------------


def _three_copies(tmp_path, *rows):
    return inlislite_report(tmp_path / "Laporan_Eksemplar.xlsx", "Worksheet", EKSEMPLAR, list(rows))


def test_copies_inlislite_lends_in_a_category_not_lent_here_are_said_and_the_rules_stay(lib, librarian, tmp_path):
    # INLISLite lends by the copy's Akses and Ketersediaan (Peminjaman.php: Rule_id, Status_id), never by its
    # Kategori; its own import sample lends "Koleksi Referensi". This library (as every new one) does not lend
    # "Referensi": the copies came in unlendable and nothing said so.
    referensi = CollectionType.get(CollectionType.name == "Referensi")
    assert not referensi.loanable
    path = _three_copies(
        tmp_path,
        _copy_row("00000001", "0001/PD/2019", "Kamus besar bahasa Indonesia", category="Referensi"),
        _copy_row("00000002", "0002/PD/2019", "Kamus besar bahasa Indonesia", category="Referensi", status="Dipinjam",
                  access=""),
        _copy_row("00000003", "0003/PD/2019", "Ensiklopedia anak", category="Referensi",
                  access="Tidak dapat dipinjam"),  # (not lent there either: nothing to say)
        _copy_row("00000004", "0004/PD/2019", "Laskar pelangi", category="Umum"))  # (a type it makes: lent)
    result = importer.import_file(lib, librarian, "inlislite", path)
    assert (result.items_add, result.bad) == (4, [])
    said = [n for n in result.notices if n.template == lent_there.NOT_LENT_HERE_COUNT]
    assert [(n.params["count"], n.params["name"]) for n in said] == [(2, "Referensi")]
    listed = [e for e in review.open_flags(lib) if e.reason == "collection_type" and e.value == "Referensi"]
    assert len(listed) == 1 and "May be borrowed" in listed[0].template
    # the library's own rules are as they were: nothing was lent behind the librarian's back
    assert not CollectionType.get_by_id(referensi.id).loanable and LoanRule.select().count() == 0
    assert Item.get(Item.barcode == "00000003").status == "not_for_loan"
    # what the words say to do makes the copies lendable
    loan_rules.save_rule(lib, librarian, member_type=None, collection_type=referensi.id, loanable=True)
    assert lent_there.lends(referensi.id)
    again = importer.import_file(lib, librarian, "inlislite", path)
    assert [n for n in again.notices if n.template == lent_there.NOT_LENT_HERE_COUNT] == []


def test_a_category_lent_to_some_members_here_is_not_said(lib, librarian, tmp_path):
    referensi = CollectionType.get(CollectionType.name == "Referensi")
    lembaga = MemberType.get(MemberType.name == "Lembaga")
    loan_rules.save_rule(lib, librarian, member_type=lembaga.id, collection_type=referensi.id, loanable=True)
    path = _three_copies(tmp_path, _copy_row("00000001", "0001/PD/2019", "Kamus", category="Referensi"))
    result = importer.import_file(lib, librarian, "inlislite", path)
    assert [n for n in result.notices if n.template == lent_there.NOT_LENT_HERE_COUNT] == []


# --- 3. a book entered twice in INLISLite, and its copy report without BIB IDs ---------------------------------

SEJARAH = {"title": "Sejarah desa Maju Jaya", "author": "Sutrisno", "publisher": "Pemerintah Desa", "year": "2015"}


def _twice(tmp_path, first=None, second=None):
    return inlislite_report(tmp_path / "Laporan_Katalog.xlsx", "Laporan Katalog", KATALOG, [
        _catalogue_row("INLIS001", "0010-0319000001", **SEJARAH, **(first or {})),
        _catalogue_row("INLIS002", "0010-0319000002", **SEJARAH, **(second or {}))])


def _copies_of(bib):
    record = Record.get(Record.slims_id == f"inlislite:{bib}")
    return sorted(item.accession_no for item in Item.select().where(Item.record == record))


def test_copies_of_a_book_entered_twice_go_to_the_record_their_isbn_and_subject_name(lib, librarian, tmp_path):
    importer.import_file(lib, librarian, "inlislite", _twice(
        tmp_path, {"isbn": "978-602-8519-93-9", "subject": "Sejarah -- Sleman", "ddc": "959.8"},
        {"subject": "Desa -- Sejarah"}))
    eksemplar = inlislite_report(tmp_path / "Laporan_Eksemplar.xlsx", "Worksheet", EKSEMPLAR, [
        _copy_row("00000001", "0001/PD/2019", **SEJARAH, isbn="978-602-8519-93-9", subject="Sejarah -- Sleman",
                  ddc="959.8"),
        _copy_row("00000002", "0002/PD/2019", **SEJARAH, subject="Desa -- Sejarah"),
        _copy_row("00000003", "0003/PD/2019", **SEJARAH, isbn="978-602-8519-93-9", subject="Sejarah -- Sleman",
                  ddc="959.8"),
        _copy_row("00000004", "0004/PD/2019", **SEJARAH, subject="Desa -- Sejarah")])
    result = importer.import_file(lib, librarian, "inlislite", eksemplar)
    assert (result.records_add, result.items_add) == (0, 4)
    assert _copies_of("0010-0319000001") == ["0001/PD/2019", "0003/PD/2019"]
    assert _copies_of("0010-0319000002") == ["0002/PD/2019", "0004/PD/2019"]
    assert [e for e in review.open_flags(lib) if e.template == twin_records.COPIES_TO_ONE] == []
    again = importer.import_file(lib, librarian, "inlislite", eksemplar)
    assert (again.items_add, again.items_update) == (0, 0)


def test_copies_nothing_tells_apart_go_to_one_record_and_the_list_says_which_and_how_to_move_them(
        lib, librarian, tmp_path):
    importer.import_file(lib, librarian, "inlislite", _twice(tmp_path))
    eksemplar = inlislite_report(tmp_path / "Laporan_Eksemplar.xlsx", "Worksheet", EKSEMPLAR, [
        _copy_row("00000001", "0001/PD/2019", **SEJARAH), _copy_row("00000002", "0002/PD/2019", **SEJARAH)])
    importer.import_file(lib, librarian, "inlislite", eksemplar)
    first = Record.get(Record.slims_id == "inlislite:0010-0319000001")
    second = Record.get(Record.slims_id == "inlislite:0010-0319000002")
    assert _copies_of("0010-0319000001") == ["0001/PD/2019", "0002/PD/2019"]  # (no identity is made up)
    said = [e for e in review.open_flags(lib) if e.template == twin_records.COPIES_TO_ONE]
    assert len(said) == 1 and said[0].reason == "duplicate" and said[0].record_id == first.id
    assert said[0].params["other"] == second.id
    words = render("Review", said[0].template, said[0].params)
    assert "all its copies came to this record" in words and "Move… (Ctrl+M)" in words
    assert f"record {second.id}" in words
    again = importer.import_file(lib, librarian, "inlislite", eksemplar)  # (said once)
    assert len([e for e in review.open_flags(lib) if e.template == twin_records.COPIES_TO_ONE]) == 1
    assert again.items_add == 0


def test_when_the_copy_report_came_first_the_second_record_says_where_its_copies_went(lib, librarian, tmp_path):
    eksemplar = inlislite_report(tmp_path / "Laporan_Eksemplar.xlsx", "Worksheet", EKSEMPLAR, [
        _copy_row("00000001", "0001/PD/2019", **SEJARAH), _copy_row("00000002", "0002/PD/2019", **SEJARAH)])
    importer.import_file(lib, librarian, "inlislite", eksemplar)
    importer.import_file(lib, librarian, "inlislite", _twice(tmp_path))
    first = Record.get(Record.slims_id == "inlislite:0010-0319000001")
    second = Record.get(Record.slims_id == "inlislite:0010-0319000002")
    assert _copies_of("0010-0319000001") == ["0001/PD/2019", "0002/PD/2019"]
    said = [e for e in review.open_flags(lib) if e.template == twin_records.COPIES_ELSEWHERE]
    assert len(said) == 1 and said[0].record_id == second.id and said[0].params["other"] == first.id
    assert said[0].reason == "duplicate"



def test_the_material_word_in_245_a_of_inlislites_marc_becomes_the_records_material(lib, librarian, tmp_path):
    """INLISLite's MARC and OAI exports write the whole ISBD title in 245 $a, its material word included; a record
    with its own 245 $h, a bracket that names no material, and a record this program wrote keep theirs."""
    import pymarc
    from pymarc import Field, Indicators, Subfield

    def marc(control, title, *more, leader="00000nam  2200000   4500"):
        rec = pymarc.Record(force_utf8=True, leader=leader)
        rec.add_field(Field(tag="001", data=control))
        rec.add_field(Field("245", Indicators("1", "0"), [Subfield("a", title), *more]))
        rec.add_field(Field("100", Indicators("0", " "), [Subfield("a", "Bakosurtanal")]))
        return rec

    ours = "1b4e28ba-2fa1-11d2-883f-0016d3cca427"
    records = [marc("INLIS-1", "Peta Jawa [Kartografi] / Bakosurtanal"),
               marc("INLIS-2", "Lagu daerah [Rekaman suara] : kumpulan lagu / Bakosurtanal"),
               marc("INLIS-3", "Modul bertani [Sumber elektronik]"),
               marc("INLIS-4", "Sejarah desa [Jilid 2]"),
               marc("LC-5", "Folk dances", Subfield("h", "[videorecording] /"), Subfield("c", "Bakosurtanal.")),
               marc(ours, "Catatan [Kartografi] kami")]
    path = tmp_path / "inlislite.xml"
    path.write_bytes(b"<collection xmlns='http://www.loc.gov/MARC21/slim'>"
                     + b"".join(pymarc.record_to_xml(r) for r in records) + b"</collection>")
    result = importer.import_file(lib, librarian, "marcxml", path)
    assert (result.records_add, result.bad) == (6, [])
    got = {r.title: (r.material_type, r.subtitle, r.responsibility) for r in Record.select()}
    assert got["Peta Jawa"] == ("other", "", "Bakosurtanal")
    assert "Kartografi" in Record.get(Record.title == "Peta Jawa").notes  # (a material none of ours: its word kept)
    assert got["Lagu daerah"] == ("av", "kumpulan lagu", "Bakosurtanal")
    assert got["Modul bertani"][0] == "ebook"
    assert got["Sejarah desa [Jilid 2]"][0] == "book"
    assert got["Folk dances"][0] == "av"
    assert "Catatan [Kartografi] kami" in got  # (a title this program wrote is as it was typed)
    assert [h.title for h in search.search(lib, "Peta Jawa").hits] == ["Peta Jawa"]
    again = importer.import_file(lib, librarian, "marcxml", path)
    assert (again.records_add, again.records_update) == (0, 0)
