"""Issue #12, the losses the subfield audit (``test_no_subfield_lost``) found in MARC records as LC, Perpusnas,
INLISLite, WorldCat and Koha write them, each on its own: where each value is kept now."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from pustaka_desktop.core.interop import marc_reader, marc_unread
from tests.core.test_no_subfield_lost import _pymarc


def _read(*fields: tuple[str, str | None, Any], control: str = "X-1"):
    from pustaka_desktop.core.interop.marc_reader import from_marc

    ruas = [("001", None, control), ("245", "10", [("a", "Judul")]), *fields]
    return from_marc(_pymarc(ruas), 1)


def _notes(*fields) -> list[str]:
    return _read(*fields).record.get("notes", "").splitlines()


def test_the_price_beside_an_isbn_is_kept_as_a_kdt_prints_it():
    """020 $c (a KDT's price, "Rp45.000") was dropped; alone, terms without an ISBN are kept as written."""
    assert _notes(("020", "##", [("a", "9786024246945"), ("c", "Rp45.000")])) == ["ISBN 9786024246945 : Rp45.000"]
    assert _notes(("020", "##", [("c", "Milik negara, tidak diperdagangkan")])) == [
        "Milik negara, tidak diperdagangkan"]


def test_a_name_keeps_its_fuller_form_title_and_a_meetings_number_date_and_place():
    """100 $q and $c, 111/711 $n $d $c were dropped: "Basri, A. H." for "Basri, A. H. (Ahmad Hasan), Haji"."""
    row = _read(("100", "1#", [("a", "Basri, A. H."), ("q", "(Ahmad Hasan),"), ("c", "Haji,"), ("d", "1950-"),
                               ("e", "penerjemah.")]),
                ("711", "2#", [("a", "Seminar Nasional Perpustakaan Desa"), ("e", "Panitia"), ("n", "(2nd :"),
                               ("d", "2018 :"), ("c", "Yogyakarta)"), ("j", "editor.")]))
    assert row.record["authors"] == [
        {"name": "Basri, A. H. (Ahmad Hasan), Haji", "role": "translator", "kind": "person"},  # (without his dates)
        # (a meeting's $e is a unit of it, its role is in $j)
        {"name": "Seminar Nasional Perpustakaan Desa Panitia (2nd : 2018 : Yogyakarta)", "role": "editor",
         "kind": "organisation"}]


def test_a_name_title_entry_names_its_work_in_the_notes_and_its_author_once():
    """700 $t was dropped, and the author of the book named in it came twice."""
    row = _read(("100", "1#", [("a", "Hamid, Mohsin,"), ("d", "1971-")]),
                ("700", "12", [("a", "Hamid, Mohsin,"), ("d", "1971-"), ("t", "Reluctant fundamentalist.")]),
                ("700", "02", [("a", "Jalal al-Din al-Mahalli,"), ("t", "Tafsir al-Jalalayn."), ("l", "Indonesian.")]))
    assert [a["name"] for a in row.record["authors"]] == ["Hamid, Mohsin", "Jalal al-Din al-Mahalli"]
    assert row.record["notes"].splitlines() == [
        "Karya terkait: Hamid, Mohsin, 1971- Reluctant fundamentalist.",
        "Karya terkait: Jalal al-Din al-Mahalli, Tafsir al-Jalalayn. Indonesian."]


def test_the_other_titles_of_a_record_are_kept_in_its_notes_saying_which_they_are():
    """130/240 (uniform title), 246 (varying titles) and 740 were not read."""
    assert _notes(("240", "10", [("a", "Tafsir al-Jalalayn."), ("l", "Bahasa Indonesia")]),
                  ("246", "1#", [("i", "Judul pada sampul:"), ("a", "Tafsir al-Jalalain")]),
                  ("246", "14", [("a", "Jalalain")]), ("246", "30", [("a", "Tafsir"), ("f", "2019")]),
                  ("740", "02", [("a", "Asbabun nuzul.")])) == [
        "Judul seragam: Tafsir al-Jalalayn. Bahasa Indonesia", "Judul pada sampul: Tafsir al-Jalalain",
        "Judul sampul: Jalalain", "Judul lain: Tafsir 2019", "Judul terkait: Asbabun nuzul."]
    assert _notes(("130", "0#", [("a", "Koran."), ("l", "Indonesian.")])) == ["Judul seragam: Koran. Indonesian."]


def test_the_edition_keeps_its_own_statement_and_the_collation_what_comes_with_the_book():
    """250 $b and 300 $e were dropped."""
    row = _read(("250", "##", [("a", "Cetakan kedua /"), ("b", "disunting ulang oleh Siti Aminah.")]),
                ("300", "##", [("a", "560 halaman ;"), ("c", "24 cm +"), ("e", "1 CD-ROM.")]))
    assert (row.record["edition"], row.record["collation"]) == (
        "Cetakan kedua / disunting ulang oleh Siti Aminah", "560 halaman ; 24 cm + 1 CD-ROM")
    assert _read(("300", "##", [("a", "1 kit +"), ("e", "buku panduan")])).record["collation"] == "1 kit + buku panduan"


def test_a_thesis_is_produced_not_published_and_its_note_reads_as_one():
    """264 _0 (a thesis's place and year) was not read; 502 in its parts came as words in a row."""
    row = _read(("264", "#0", [("a", "Yogyakarta,"), ("c", "2019.")]),
                ("502", "##", [("b", "Skripsi (S1)"), ("c", "UIN Sunan Kalijaga"), ("d", "2019."),
                               ("g", "Program Studi Ilmu Perpustakaan.")]))
    assert (row.record["place"], row.record["year_text"]) == ("Yogyakarta", "2019")
    assert row.record["notes"] == "Skripsi (S1)--UIN Sunan Kalijaga, 2019. Program Studi Ilmu Perpustakaan."
    published = _read(("264", "#0", [("a", "Sleman")]), ("264", "#1", [("a", "Yogyakarta :"), ("b", "Kanisius")]))
    assert published.record["place"] == "Yogyakarta"  # (a publication first, wherever it stands)


def test_a_copyright_year_is_noted_when_the_publications_year_does_not_say_it():
    """264 _4 was dropped: "2019" published, "©2018" its copyright."""
    assert _notes(("264", "#1", [("a", "Bandung :"), ("c", "2019.")]), ("264", "#4", [("c", "©2018")])) == [
        "Hak cipta: ©2018"]
    assert "notes" not in _read(("264", "#1", [("c", "[2017]")]), ("264", "#4", [("c", "©2017")])).record


def test_a_link_and_the_language_translated_from_are_kept_in_the_notes():
    """856 (an e-book's link) and 041 $h (the original's language) were not read."""
    assert _notes(("041", "1#", [("a", "ind"), ("h", "ara")]),
                  ("856", "40", [("u", "https://opac.perpusnas.go.id/ebook/1.pdf"), ("z", "Akses anggota")]),
                  ("856", "42", [("3", "Sampul"), ("u", "https://example.org/1.jpg")])) == [
        "Diterjemahkan dari Bahasa Arab", "Tautan: https://opac.perpusnas.go.id/ebook/1.pdf (Akses anggota)",
        "Tautan: Sampul: https://example.org/1.jpg"]


def test_a_role_with_no_role_of_ours_stays_with_the_name():
    """700 $e "pembimbing" (a thesis's advisor, as INLISLite writes it) was dropped: the advisor read as an author
    with nothing saying so. Kept in brackets, as a sheet's "Nama (pembimbing)" is; a role of ours is read as one."""
    row = _read(("100", "0#", [("a", "Sri Wulandari"), ("e", "penulis")]),
                ("700", "0#", [("a", "Bambang Suprapto"), ("e", "pembimbing")]),
                ("700", "1#", [("a", "Santoso, Budi,"), ("e", "translator."), ("4", "trl")]),
                ("700", "1#", [("a", "Lalami, Laila,"), ("4", "http://id.loc.gov/vocabulary/relators/ivr")]))
    assert [(a["name"], a["role"]) for a in row.record["authors"]] == [
        ("Sri Wulandari", "primary"), ("Bambang Suprapto (pembimbing)", "additional"),
        ("Santoso, Budi", "translator"), ("Lalami, Laila (ivr)", "additional")]
    # (the words of an author's place, as sheets write them, say nothing more)
    assert _read(("100", "0#", [("a", "Sri Wulandari"), ("e", "Pengarang utama")])).record["authors"][0]["name"] == (
        "Sri Wulandari")


def test_readers_ages_are_kept_beside_the_group_they_are_read_as():
    """521 "Usia 7-12 tahun" was read as children and its ages dropped; a group's name ("Anak-anak", as our export
    writes it) is the audience alone."""
    ages = _read(("008", None, "220510s2022    io a   j      000 1 ind  "), ("521", "##", [("a", "Usia 7-12 tahun.")]))
    assert (ages.record["audience"], ages.record["notes"]) == ("children", "Usia 7-12 tahun.")
    named = _read(("521", "8#", [("a", "Anak-anak")]))
    assert (named.record["audience"], "notes" in named.record) == ("children", False)


def test_what_the_publication_statement_says_beside_its_first_place_and_publisher_is_noted():
    """A second place and publisher in 264 _1, a distributor (264 _2) and AACR2's printer (260 $e $f) were dropped;
    a publication as our export writes it (one place, one publisher) says nothing more."""
    assert _notes(("264", "#1", [("a", "Jakarta :"), ("b", "Perpusnas ;"), ("a", "Yogyakarta :"), ("b", "UGM,"),
                                 ("c", "2018.")]), ("264", "#2", [("a", "Jakarta :"), ("b", "Gramedia Distribusi")])) == [
        "Penerbitan: Jakarta : Perpusnas ; Yogyakarta : UGM, 2018.", "Distribusi: Jakarta : Gramedia Distribusi"]
    assert _notes(("260", "##", [("a", "Jakarta :"), ("b", "Lajnah,"), ("c", "2017"), ("e", "(Bandung :"),
                                 ("f", "Percetakan Negara RI)")])) == ["Pencetakan: Bandung : Percetakan Negara RI"]
    assert "notes" not in _read(("264", "#1", [("a", "Jakarta :"), ("b", "Balai Pustaka,"), ("c", "2018")])).record


def test_the_isbns_beside_the_records_own_are_kept_in_its_notes():
    """A second 020 (the e-book's ISBN), a cancelled one ($z) and the qualifiers ($q) were dropped unsaid."""
    row = _read(("020", "##", [("a", "9780735212176"), ("q", "(hardcover)")]),
                ("020", "##", [("a", "9780735212183"), ("q", "(ebook)")]), ("020", "##", [("z", "9780735212190")]))
    assert row.record["isbn"] == "9780735212176"
    assert row.record["notes"].splitlines() == [
        "ISBN 9780735212176 (hardcover)", "ISBN 9780735212183 (ebook)", "ISBN 9780735212190 (tidak berlaku)"]
    assert "notes" not in _read(("020", "##", [("a", "9780735212176")])).record  # (one ISBN alone: nothing to say)


def test_lcs_class_is_kept_as_a_class_of_another_scheme():
    """050 (LC's class, in every LC record) was not read."""
    row = _read(("050", "00", [("a", "PR9540.9.H27"), ("b", "E95 2017")]), ("082", "00", [("a", "823/.92")]))
    assert row.record["class_other"] == "lcc PR9540.9.H27 E95 2017"
    udc = _read(("050", "00", [("a", "PR9540.9.H27")]), ("084", "##", [("a", "821.161.1"), ("2", "udc")]))
    assert udc.record["class_other"] == "udc 821.161.1"  # (the library's own other scheme first)


def test_a_persons_dates_stay_in_the_subject_heading():
    """600 $d was dropped: "Soekarno -- Fiction" for "Soekarno, 1901-1970 -- Fiction"."""
    row = _read(("600", "10", [("a", "Soekarno,"), ("d", "1901-1970"), ("v", "Fiction.")]))
    assert row.record["subjects"] == ["Soekarno, 1901-1970 -- Fiction"]


def test_a_series_added_entry_is_the_series_or_kept_in_the_notes():
    """830 was not read: the series of a record with 830 only was lost, and the authority form beside 490's too."""
    alone = _read(("830", "#0", [("a", "Riverhead novel series ;"), ("v", "no. 3.")]))
    assert alone.record["series"] == "Riverhead novel series ; no. 3"
    both = _read(("490", "1#", [("a", "Riverhead novels ;"), ("v", "3")]),
                 ("830", "#0", [("a", "Riverhead novel series ;"), ("v", "no. 3.")]))
    assert (both.record["series"], both.record["notes"]) == ("Riverhead novels ; 3", "Riverhead novel series ; no. 3.")
    same = _read(("490", "1#", [("a", "Seri ; "), ("v", "3")]), ("830", "#0", [("a", "Seri ;"), ("v", "3")]))
    assert "notes" not in same.record


def test_kohas_notes_and_replacement_price_come_with_the_copy():
    """952 $x and $z (Koha's notes of a copy) were dropped, and a copy priced only by $v (replacement) had no price."""
    row = _read(("952", "##", [("p", "K0002"), ("v", "45000"), ("x", "Sampul robek"), ("z", "Baca di tempat")]))
    assert (row.items[0]["price"], row.items[0]["condition_note"]) == (45000, "Sampul robek; Baca di tempat")


def test_inlislites_call_number_in_084_goes_to_its_copies():
    """INLISLite writes its No. Panggil in 084 beside the class in 082: its 990 copies came without it."""
    row = _read(("082", "##", [("a", "899.221 3")]), ("084", "##", [("a", "899.221 3 HIR l")]),
                ("990", "##", [("a", "001/PD/2019")]), control="INLIS000000000000012")
    assert row.items == [{"accession_no": "001/PD/2019", "call_number": "899.221 3 HIR l"}]


def test_the_other_forms_and_works_a_record_links_to_are_kept_in_its_notes():
    """76X-78X (LC's "Online version", an article's journal, a magazine's former title) were not read."""
    assert _notes(("776", "08", [("i", "Online version:"), ("a", "Hamid, Mohsin."), ("t", "Exit west."),
                                 ("z", "9780735212183"), ("w", "(DLC) 2016050032")]),
                  ("780", "00", [("t", "Majalah Desa"), ("x", "1234-5678")])) == [
        "Online version: Hamid, Mohsin. Exit west. ISBN 9780735212183", "Melanjutkan: Majalah Desa ISSN 1234-5678"]


def test_a_worldcat_records_own_ddc_a_period_and_a_uniform_title_subject_are_read():
    """092 (a DDC given locally, WorldCat's records' only one at times), 648 (a period as subject) and 630 $l were
    not read."""
    row = _read(("092", "##", [("a", "027.5"), ("b", "WUL p")]), ("648", "#4", [("a", "2010-2019")]),
                ("630", "04", [("a", "Al-Qur'an."), ("l", "Bahasa Indonesia"), ("x", "Terjemahan.")]))
    assert (row.record["ddc"], row.record["subjects"]) == ("027.5", ["2010-2019", "Al-Qur'an. Bahasa Indonesia -- Terjemahan"])
    assert _read(("082", "04", [("a", "027.5")]), ("092", "##", [("a", "027")])).record["ddc"] == "027.5"


def test_the_fields_with_no_place_here_are_named_once_for_the_file(lib, librarian, tmp_path):
    """A field no rule reads (a vendor's 938, LC's 010, another system's 990) went unsaid; bookkeeping read in every
    record (040, 336-338, Koha's 999) is not named, nor INLISLite's 990 (its copies)."""
    from pustaka_desktop.core.interop import importer
    from tests.core.test_no_subfield_lost import _marc_file

    records = [[("001", None, "A-1"), ("010", "##", [("a", "  2016048497")]), ("040", "##", [("a", "DLC")]),
                ("245", "10", [("a", "Satu")]), ("938", "##", [("a", "ProQuest")])],
               [("001", None, "A-2"), ("245", "10", [("a", "Dua")]), ("336", "##", [("a", "text")]),
                ("938", "##", [("a", "Baker & Taylor")]), ("990", "##", [("a", "lokal")]), ("999", "##", [("c", "2")])]]
    plan = importer.import_file(lib, librarian, "marc", _marc_file(tmp_path, "lain.mrc", records))
    assert [(n.template, n.params) for n in plan.notices if "MARC file" in n.template] == [
        ("Fields of the MARC file with no place here, not imported: {tags}.", {"tags": "010, 938, 990"})]
    inlislite = [("001", None, "INLIS000000000000012"), ("245", "10", [("a", "Tiga")]), ("990", "##", [("a", "1/PD")])]
    plan = importer.import_file(lib, librarian, "marc", _marc_file(tmp_path, "inlis.mrc", [inlislite]))
    assert not [n for n in plan.notices if "MARC file" in n.template]


def test_the_tags_the_notice_counts_as_read_are_the_tags_the_reader_reads():
    """``marc_unread.READ`` is a second list of what ``marc_reader`` (and ``marc_notes``) read: a tag the reader is
    taught and the list is not would be named "not imported" although kept; a tag listed that nothing reads would be
    lost unsaid. Every tag the readers' code names is counted as read, and every tag counted as read is named there."""
    code = "".join(Path(marc_reader.__file__).with_name(f"{name}.py").read_text(encoding="utf-8")
                   for name in ("marc_reader", "marc_notes"))
    named = set(re.findall(r"[\"'](\d{3})[\"']", code)) - {"023"}  # ("023": a 264's second indicators, not a tag)
    assert {tag for tag in named if not marc_unread._read(tag)} == {"990"}  # (INLISLite's copies: its records only)
    assert marc_unread.READ | marc_unread.SUBJECTS <= named
