"""The union catalogue's matching rules (written at the top of core/sync/union.py), one case each,
on records written the way village librarians and SLiMS/INLISLite exports write them."""

import json

from pustaka_desktop.core.sync.union_match import (
    edition_of,
    form_key,
    isbn_query,
    match_keys,
    name_key,
    pack_data,
    same_book,
    score,
    volume_of,
)


def rec(title, author="", isbn="", publisher="", year=None, edition="", subtitle=""):
    return {"title": title, "subtitle": subtitle, "edition": edition, "isbn": isbn, "publisher": publisher,
            "year": year, "authors": json.dumps([{"name": author, "role": "primary"}] if author else []),
            "responsibility": ""}


def test_volumes_of_one_isbn_never_merge():
    one = rec("Ensiklopedia Islam Jilid 1", "Tim Redaksi", "978-979-461-000-5", "Ichtiar Baru", 2005)
    two = rec("Ensiklopedia Islam Jilid 2", "Tim Redaksi", "9789794610005", "Ichtiar Baru", 2005)
    assert volume_of(one) == "v1" and volume_of(two) == "v2"
    assert not same_book(one, two)
    assert volume_of(rec("Tafsir Al-Azhar Jil. II")) == "v2"
    assert volume_of(rec("Matematika", edition="Vol. 3")) == "v3"
    assert volume_of(rec("Cerita Rakyat Nusantara Buku 2")) == "v2"
    assert volume_of(rec("Buku Pintar Anak")) == ""


def test_editions_never_merge_on_isbn_alone_but_reprints_do():
    first = rec("Pengantar Ilmu Hukum", "Soeroso", "9789790000001", "Sinar Grafika", 2006)
    second = dict(first, edition="Edisi 2")
    reprint = dict(first, edition="Cet. ke-5")
    assert edition_of(second) == "e2" and edition_of(reprint) == "" and edition_of(dict(first, edition="Ed. 1")) == ""
    assert edition_of(dict(first, edition="Edisi revisi")) == "erev"
    assert edition_of(dict(first, edition="2nd ed.")) == "e2"
    assert not same_book(first, second)
    assert same_book(first, reprint)


def test_title_only_needs_publisher_and_year():
    a = rec("Kumpulan Doa Sehari-hari", publisher="Pustaka Amani", year=2010)
    b = rec("Kumpulan Doa Sehari-hari", publisher="Bintang Usaha Jaya", year=2010)
    c = rec("KUMPULAN DOA SEHARI-HARI.", publisher="Pustaka Amani", year=2010)
    assert not same_book(a, b)
    assert same_book(a, c)
    assert match_keys(rec("Kumpulan Doa Sehari-hari")) == []  # a title alone never matches


def test_same_book_with_and_without_isbn_meets_two_isbns_do_not():
    with_isbn = rec("Laskar Pelangi", "Andrea Hirata", "979-3062-79-7", "Bentang", 2005)
    without = rec("Laskar Pelangi : sebuah novel", "Hirata, Andrea", "", "Bentang Pustaka", 2008)
    other_isbn = rec("Laskar Pelangi", "Andrea Hirata", "9786022910770", "Bentang", 2020)
    assert same_book(with_isbn, without)
    assert not same_book(with_isbn, other_isbn)


def test_names_lose_honorifics_and_inversion():
    assert name_key("Setiadi, Ir.") == name_key("Setiadi") == name_key("Ir. Setiadi")
    assert name_key("Dr. H. Abdul Malik Karim Amrullah") == name_key("Amrullah, Abdul Malik Karim, Hj.".replace(
        "Hj.", "H."))
    assert name_key("Hirata, Andrea") == name_key("Andrea Hirata")
    assert name_key("Siti Aminah, S.Pd.") == name_key("Hj. Siti Aminah")
    assert same_book(rec("Budidaya Lele", "Setiadi"), rec("Budidaya lele", "Setiadi, Ir."))


def test_isbn_search_accepts_isbn10_13_and_hyphens():
    assert isbn_query("979-3062-79-7") == isbn_query("9793062797") == isbn_query("978-979-3062-79-2") \
        == "9789793062792"
    assert isbn_query("laskar pelangi") == "" and isbn_query("12345") == ""


def test_the_tidier_and_fuller_form_scores_higher():
    shouting = rec("LASKAR PELANGI.", "Andrea Hirata")
    tidy = rec("Laskar Pelangi", "Andrea Hirata", publisher="Bentang")
    assert form_key(shouting) == form_key(dict(tidy, publisher=""))
    assert score(tidy) > score(shouting)
    assert pack_data(shouting)["title"] == "LASKAR PELANGI"
