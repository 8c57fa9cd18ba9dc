"""Issue #12, the fields of records copied from Perpusnas, WorldCat, LC and Koha that the subfield audit
(``test_no_subfield_lost``) found dropped unsaid, each on its own: where each is kept now."""

from __future__ import annotations

from tests.core.test_no_subfield_lost import _read


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
