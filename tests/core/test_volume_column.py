"""A list that keeps the volume of a work in a column of its own (Jilid, Vol., Juz): each volume is its own record,
with the volume after its title as a title states it. The column was "not imported", and the volumes of one work
came in as one record, their copies joined (the issue: volumes stay separate records)."""

from __future__ import annotations

import pytest

from pustaka_desktop.core.interop import importer
from pustaka_desktop.core.interop.catalogue_row import with_volume
from pustaka_desktop.core.interop.sheet_headers import guess_mapping
from pustaka_desktop.core.store.models import Item, Record


@pytest.mark.parametrize("header", ["Jilid", "Jld.", "No. Jilid", "Vol.", "Volume", "Juz"])
def test_volume_headers_are_guessed(header):
    assert guess_mapping(["Judul", header, "Pengarang"])[header] == "volume"


@pytest.mark.parametrize(("title", "volume", "header", "expected"), [
    ("Tafsir Al-Misbah", "2", "Jilid", "Tafsir Al-Misbah Jilid 2"),
    ("Ensiklopedia Islam", "III", "Vol.", "Ensiklopedia Islam Vol. III"),
    ("Ensiklopedia Islam", "Vol. IV", "Jilid", "Ensiklopedia Islam Vol. IV"),
    ("Al-Quran dan Terjemahnya", "30", "Juz", "Al-Quran dan Terjemahnya Juz 30"),
    ("Tafsir Al-Misbah Jilid 1", "1", "Jilid", "Tafsir Al-Misbah Jilid 1"),  # (the title says it already)
    ("Tafsir Al-Misbah Jilid 1", "Jilid 1", "Jilid", "Tafsir Al-Misbah Jilid 1"),
    ("Kamus", "", "Jilid", "Kamus"),
    ("Sejarah Nasional Indonesia", "1-2", "Jilid", "Sejarah Nasional Indonesia Jilid 1-2"),
])
def test_the_volume_is_written_after_the_title(title, volume, header, expected):
    assert with_volume(title, volume, header) == expected


def test_the_volumes_of_a_buku_induk_are_separate_records_with_their_copies(lib, librarian, tmp_path):
    path = tmp_path / "buku induk.csv"
    path.write_text("No;Judul;Jilid;Pengarang;Penerbit;Tahun;Kode Eksemplar\n"
                    "1;Tafsir Al-Misbah;1;M. Quraish Shihab;Lentera Hati;2002;B001\n"
                    "2;Tafsir Al-Misbah;2;M. Quraish Shihab;Lentera Hati;2002;B002\n"
                    "3;Tafsir Al-Misbah;2;M. Quraish Shihab;Lentera Hati;2002;B003\n"
                    "4;Ensiklopedia Islam;Vol. III;Tim Penyusun;Ichtiar;1997;B004\n", encoding="utf-8")
    result = importer.import_file(lib, librarian, "csv", path)
    assert result.records_add == 3 and result.items_add == 4 and not result.notices
    copies = {record.title: sorted(item.barcode for item in Item.select().where(Item.record == record))
              for record in Record.select()}
    assert copies == {"Tafsir Al-Misbah Jilid 1": ["B001"], "Tafsir Al-Misbah Jilid 2": ["B002", "B003"],
                      "Ensiklopedia Islam Vol. III": ["B004"]}
    again = importer.import_file(lib, librarian, "csv", path)  # (the same file again: nothing new)
    assert (again.records_add, again.items_add) == (0, 0)


@pytest.mark.parametrize("header", ["Eks. ke", "Eksemplar ke-", "Eks ke", "Copy No."])
def test_which_copy_headers_are_guessed_and_not_taken_for_a_count(header):
    assert guess_mapping(["Judul", header, "Pengarang"])[header] == "copy_ordinal"


def test_a_buku_induk_row_per_copy_numbered_eks_ke_makes_its_copies_once(lib, librarian, tmp_path):
    """"Eks. ke" 1, 2: each row is one copy of its title (the list has no barcode or accession number column); the
    column was "not imported" and the titles came in without a copy. A blank title under a book is its copy too."""
    path = tmp_path / "daftar buku.csv"
    path.write_text("No;Judul;Pengarang;Eks. ke\n1;Laskar Pelangi;Andrea Hirata;1\n2;Laskar Pelangi;Andrea Hirata;2\n"
                    "3;Sang Pemimpi;Andrea Hirata;1\n4;;;2\n", encoding="utf-8")
    result = importer.import_file(lib, librarian, "csv", path)
    assert (result.records_add, result.items_add, result.barcodes_given) == (2, 4, 4)
    counts = {record.title: Item.select().where(Item.record == record).count() for record in Record.select()}
    assert counts == {"Laskar Pelangi": 2, "Sang Pemimpi": 2}
    again = importer.import_file(lib, librarian, "csv", path)
    assert (again.records_add, again.items_add) == (0, 0) and Item.select().count() == 4


@pytest.mark.parametrize(("header", "field"), [("Penyumbang", "donor"), ("Donatur", "donor"), ("Bantuan dari", "donor"),
                                               ("Klasifikasi DDC", "ddc"), ("Sinopsis", "notes"),
                                               ("Kata Kunci", "subjects"), ("Kode Panggil", "call_number")])
def test_more_headers_of_hand_kept_lists(header, field):
    assert guess_mapping(["Judul", header])[header] == field


def test_a_donor_column_makes_a_donation_unless_the_source_says_another(lib, librarian, tmp_path):
    """"Penyumbang: Bpk. H. Ahmad": the copy was given (the impact sheet counts donated books), the donor kept with
    it; "Hibah" under Asal Buku with the giver named stays a grant. The column was "not imported" (or a detail
    without a source: "other")."""
    path = tmp_path / "buku.csv"
    path.write_text("Judul;Pengarang;Penyumbang;Asal Buku;Kode Eksemplar\n"
                    "Laskar Pelangi;Andrea Hirata;Bpk. H. Ahmad;;D1\nSang Pemimpi;Andrea Hirata;Perpusnas;Hibah;D2\n"
                    "Edensor;Andrea Hirata;;Beli;D3\n", encoding="utf-8")
    result = importer.import_file(lib, librarian, "csv", path)
    assert result.items_add == 3 and not result.notices
    assert {item.barcode: (item.source, item.source_detail) for item in Item.select()} == {
        "D1": ("donation", "Bpk. H. Ahmad"), "D2": ("grant", "Perpusnas"), "D3": ("purchase", "")}
