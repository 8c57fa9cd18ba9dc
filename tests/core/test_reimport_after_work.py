"""A month of both systems: a library imports its SLiMS exports (or its buku induk kept in Excel), works on the
catalogue here (a title corrected, a class number set, a copy withdrawn) while a volunteer keeps adding books in the
old system, then imports the old system's new export. Every new book and copy comes in; nothing changed here is
overwritten by the old value, and where the file differs the review list says so; nothing comes in twice."""

from __future__ import annotations

from pustaka_desktop.core.catalog import copies, records, review
from pustaka_desktop.core.circulation import loans
from pustaka_desktop.core.interop import importer, slims
from pustaka_desktop.core.store.models import Item, Record, ReviewFlag
from tests.core import circ_helpers


def _line(columns: tuple[str, ...], values: dict[str, str]) -> str:
    return ",".join(f'"{values.get(c, "")}"' for c in columns)


def _slims(tmp_path, name: str, biblios: list[dict], items: list[dict]):
    """The two files SLiMS 9 exports: every field quoted, a trailing separator after the header."""
    biblio, copies_file = tmp_path / f"{name}_biblio.csv", tmp_path / f"{name}_item.csv"
    biblio.write_text("\n".join([",".join(slims.BIBLIO_COLUMNS) + ","]
                                + [_line(slims.BIBLIO_COLUMNS, row) for row in biblios]) + "\n", encoding="utf-8")
    copies_file.write_text("\n".join([",".join(slims.ITEM_COLUMNS) + ","]
                                     + [_line(slims.ITEM_COLUMNS, row) for row in items]) + "\n", encoding="utf-8")
    return biblio, copies_file


LASKAR = dict(title="Laskar Pelangi", gmd_name="Text", publisher_name="Bentang Pustaka", publish_year="2008",
              authors="<Hirata, Andrea>", classification="899.221 3", item_code="<B0001><B0002>")
LELE = dict(title="Budidaya Lele", gmd_name="Text", publisher_name="Penebar Swadaya", publish_year="2015",
            authors="<Tim Penyusun>", classification="639", item_code="<B0003>")
ITEMS = [dict(item_code="B0001", title="Laskar Pelangi", location_name="Rak A"),
         dict(item_code="B0002", title="Laskar Pelangi", location_name="Rak A"),
         dict(item_code="B0003", title="Budidaya Lele", location_name="Rak B")]


def _month_later(tmp_path):
    """SLiMS's export after a month: a new copy of Laskar Pelangi (B0004) and a new book (B0005); the rest as it was
    (SLiMS writes an empty status, "available", for every copy it has no status for)."""
    return _slims(tmp_path, "later", [dict(LASKAR, item_code="<B0001><B0002><B0004>"), LELE,
                                      dict(title="Si Kancil", publisher_name="Balai Pustaka", publish_year="1999",
                                           authors="<Anonim>", item_code="<B0005>")],
                  [*ITEMS, dict(item_code="B0004", title="Laskar Pelangi", location_name="Rak A"),
                   dict(item_code="B0005", title="Si Kancil")])


def test_a_title_corrected_here_stays_and_the_new_copy_joins_its_book(lib, librarian, tmp_path):
    """The corrected title no longer described the book SLiMS's row describes: the row made the book a second time,
    and the new copy went under the double. Now the row's copies say which book it is: one book, its title as
    corrected here, the new copy under it; the review list says SLiMS still has the old title, once."""
    importer.import_slims(lib, librarian, *_slims(tmp_path, "first", [LASKAR, LELE], ITEMS))
    records.update_record(lib, librarian, Record.get(Record.title == "Laskar Pelangi"),
                          title="Laskar Pelangi (Edisi Revisi)")
    plans = importer.import_slims(lib, librarian, *_month_later(tmp_path))
    assert sorted(r.title for r in Record.select().where(Record.deleted == False)) == [  # noqa: E712
        "Budidaya Lele", "Laskar Pelangi (Edisi Revisi)", "Si Kancil"]
    laskar = Record.get(Record.title == "Laskar Pelangi (Edisi Revisi)")
    assert sorted(item.barcode for item in Item.select().where(Item.record == laskar)) == ["B0001", "B0002", "B0004"]
    (flag,) = ReviewFlag.select().where(ReviewFlag.reason == "changed_here")
    assert (flag.field_name, flag.value, flag.suggestion, flag.record_id) == ("title", "Laskar Pelangi",
                                                                              "Laskar Pelangi", laskar.id)
    assert plans[0].kept_here == 1 and plans[0].records_add == 1
    importer.import_slims(lib, librarian, *_month_later(tmp_path))  # the same export again: nothing new, no flag
    assert ReviewFlag.select().where(ReviewFlag.reason == "changed_here").count() == 1
    assert Record.select().count() == 3 and Item.select().count() == 5


def test_a_class_number_changed_here_is_not_put_back_and_the_file_value_can_still_be_taken(lib, librarian,
                                                                                            tmp_path):
    """SLiMS's "639" put back over the "639.3" the librarian had set, without a word."""
    importer.import_slims(lib, librarian, *_slims(tmp_path, "first", [LASKAR, LELE], ITEMS))
    lele = Record.get(Record.title == "Budidaya Lele")
    records.update_record(lib, librarian, lele, ddc="639.3")
    importer.import_slims(lib, librarian, *_month_later(tmp_path))
    assert Record.get_by_id(lele.id).ddc == "639.3"
    (flag,) = [e for e in review.open_flags(lib, reason="changed_here")]
    assert (flag.field, flag.value, flag.params["ours"]) == ("ddc", "639", "639.3")
    review.fix(lib, librarian, flag.id)  # the librarian decides the old system was right after all
    assert Record.get_by_id(lele.id).ddc == "639"


def test_a_copy_withdrawn_here_does_not_come_back_to_the_shelf(lib, librarian, tmp_path):
    """SLiMS says "available" for a copy it has no status for: the copy withdrawn here went back on the shelf (the
    desk lent it, the patrons' catalogue showed it). Nothing to ask either: the old system simply never knew."""
    importer.import_slims(lib, librarian, *_slims(tmp_path, "first", [LASKAR, LELE], ITEMS))
    copies.withdraw(lib, librarian, Item.get(Item.barcode == "B0002"), "hilang dipinjam warga")
    plans = importer.import_slims(lib, librarian, *_month_later(tmp_path))
    assert Item.get(Item.barcode == "B0002").status == "withdrawn"
    assert plans[1].kept_here == 1
    assert not review.open_flags(lib, reason="changed_here")


def test_a_copy_marked_lost_in_the_old_system_while_on_loan_here_stays_on_loan(lib, librarian, tmp_path):
    """A copy lent here that the volunteer marked Missing in SLiMS became "lost" with its loan still open."""
    importer.import_slims(lib, librarian, *_slims(tmp_path, "first", [LASKAR, LELE], ITEMS))
    loans.checkout(lib, librarian, circ_helpers.member(lib, librarian, "Siti Aminah"), "B0003")
    later = [dict(row, item_status_name="Missing") if row["item_code"] == "B0003" else row for row in ITEMS]
    importer.import_slims(lib, librarian, *_slims(tmp_path, "later", [LASKAR, LELE], later))
    assert Item.get(Item.barcode == "B0003").status == "on_loan"
    (flag,) = review.open_flags(lib, reason="changed_here")
    assert flag.barcode == "B0003" and flag.params["value"] == "lost"


BUKU_INDUK = ["BUKU INDUK PERPUSTAKAAN DESA SUKAMAJU;;;;;;;", ";;;;;;;",
              "No;No Induk;Judul Buku;Pengarang;Penerbit;Tahun;Kondisi;Keterangan",
              "1;0012;Laskar Pelangi;Andrea Hirata;Bentang;2008;Baik;",
              "2;0013;Laskar Pelangi;Andrea Hirata;Bentang;2008;Baik;",
              "3;0014;Bumi Manusia;Pramoedya Ananta Toer;Hasta Mitra;1980;Baik;"]


def _buku_induk(path, rows):
    """As Excel with Indonesian settings saves a CSV: ';', Windows-1252, CR LF."""
    path.write_bytes(("\r\n".join(rows) + "\r\n").encode("cp1252"))
    return path


def test_a_buku_induk_imported_again_after_a_title_fix_does_not_double_the_book_or_its_copies(lib, librarian,
                                                                                              tmp_path):
    """A hand-kept buku induk names its copies by accession number only. With a title corrected here, the same
    rows made the book again with copies 0012 and 0013 a second time (the withdrawn one back on the shelf)."""
    importer.import_file(lib, librarian, "csv", _buku_induk(tmp_path / "induk.csv", BUKU_INDUK))
    records.update_record(lib, librarian, Record.get(Record.title == "Bumi Manusia"),
                          title="Bumi Manusia (Tetralogi Buru 1)")
    copies.withdraw(lib, librarian, Item.get(Item.accession_no == "0013"))
    more = [*BUKU_INDUK, "4;0015;Bumi Manusia;Pramoedya Ananta Toer;Hasta Mitra;1980;Baik;",
            "5;0016;Si Kancil;Anonim;Balai Pustaka;1999;Baik;"]
    plan = importer.import_file(lib, librarian, "csv", _buku_induk(tmp_path / "induk lagi.csv", more))
    assert (plan.records_add, plan.items_add) == (1, 2)
    assert sorted(r.title for r in Record.select()) == ["Bumi Manusia (Tetralogi Buru 1)", "Laskar Pelangi",
                                                        "Si Kancil"]
    bumi = Record.get(Record.title == "Bumi Manusia (Tetralogi Buru 1)")
    assert sorted(i.accession_no for i in Item.select().where(Item.record == bumi)) == ["0014", "0015"]
    assert sorted(i.accession_no for i in Item.select()) == ["0012", "0013", "0014", "0015", "0016"]
    assert Item.get(Item.accession_no == "0013").status == "withdrawn"


def test_a_membership_renewed_here_and_a_new_phone_are_not_undone_by_the_old_member_list(lib, librarian, tmp_path):
    """SLiMS's member export after a month: the membership renewed at the desk here went back to the old end
    date (the desk then refused her as expired), her new phone and address back to the old ones. A new member of
    SLiMS comes in; the report names whose details were kept."""
    from pustaka_desktop.core.community import members
    from pustaka_desktop.core.interop import member_import, slims_members
    from pustaka_desktop.core.store.models import Member

    header = ",".join(slims_members.COLUMNS) + ","
    siti = ('"M0001","Siti Aminah","0","Umum","","Kp. Babakan RT 01","","","0","","","0812-3456-7890","",'
            '"2024-01-10","2024-01-10","2026-03-31","1990-05-01",""')
    budi = ('"M0002","Budi Santoso","1","Umum","","Jl. Raya 5","","","0","","","","","2026-03-20","2026-03-20",'
            '"2027-03-20","2011-02-03",""')
    first, later = tmp_path / "anggota.csv", tmp_path / "anggota lagi.csv"
    first.write_text(f"{header}\n{siti}\n", encoding="utf-8")
    later.write_text(f"{header}\n{siti}\n{budi}\n", encoding="utf-8")
    member_import.import_members(lib, librarian, first)
    member = Member.get(Member.number == "M0001")
    members.update_member(lib, librarian, member, phone="0856-9999-0000", address="Dusun Krajan RT 03")
    renewed = members.renew_membership(lib, librarian, Member.get_by_id(member.id))
    plan = member_import.import_members(lib, librarian, later)
    member = Member.get_by_id(member.id)
    assert (member.expires_on, member.phone, member.address) == (renewed, "085699990000", "Dusun Krajan RT 03")
    assert Member.select().count() == 2 and plan.add == 1
    assert plan.kept_here == [("Siti Aminah", "M0001")]


def test_a_book_deleted_here_does_not_come_back_without_its_copies(lib, librarian, tmp_path):
    """A book weeded here (deleted with its copy) came back from SLiMS's next export as a record without a copy,
    its copy "left out" in both files' reports."""
    importer.import_slims(lib, librarian, *_slims(tmp_path, "first", [LASKAR, LELE], ITEMS))
    records.delete_record(lib, librarian, Record.get(Record.title == "Budidaya Lele"))
    plans = importer.import_slims(lib, librarian, *_month_later(tmp_path))
    assert sorted(r.title for r in Record.select().where(Record.deleted == False)) == [  # noqa: E712
        "Laskar Pelangi", "Si Kancil"]
    assert [notice.params for plan in plans for notice in plan.notices] == [{"barcodes": "B0003"}] * 2
    assert not any(plan.left_out or plan.bad for plan in plans)


def test_what_an_earlier_import_wrote_is_the_old_systems_and_its_next_change_is_taken(lib, librarian, tmp_path):
    """A copy SLiMS marked Missing last month came in lost; found again in SLiMS, it comes back to the shelf: the
    status an import wrote is not the librarian's. The biblio and item files imported one after the other (the
    item file updating the copies) likewise: SLiMS's new shelf for a copy is taken, nothing asked."""
    biblio, items = _slims(tmp_path, "first", [LASKAR, LELE], ITEMS)
    importer.import_file(lib, librarian, "slims-biblio", biblio)
    importer.import_file(lib, librarian, "slims-item", items)
    lost = [dict(row, item_status_name="Missing") if row["item_code"] == "B0003" else row for row in ITEMS]
    importer.import_slims(lib, librarian, *_slims(tmp_path, "lost", [LASKAR, LELE], lost))
    assert Item.get(Item.barcode == "B0003").status == "lost"
    found = [dict(row, location_name="Rak Pertanian") if row["item_code"] == "B0003" else row for row in ITEMS]
    plans = importer.import_slims(lib, librarian, *_slims(tmp_path, "found", [LASKAR, LELE], found))
    copy = Item.get(Item.barcode == "B0003")
    assert (copy.status, copy.location) == ("available", "Rak Pertanian")
    assert not any(plan.kept_here for plan in plans) and not review.open_flags(lib, reason="changed_here")


def test_a_barcode_each_system_gave_to_a_book_of_its_own_is_said_and_the_copy_here_keeps_its_details(lib, librarian,
                                                                                                   tmp_path):
    """The librarian stuck label B0005 on a new book here while the volunteer gave B0005 to another new book in
    SLiMS: the import wrote SLiMS's details (shelf, status) over the copy here, and SLiMS's book came in without
    its copy, without a word."""
    importer.import_slims(lib, librarian, *_slims(tmp_path, "first", [LASKAR, LELE], ITEMS))
    here = records.add_record(lib, librarian, title="Panduan Posyandu", authors=[{"name": "Kemenkes"}]).record
    copies.add_item(lib, librarian, here, barcode="B0005", location="Rak Kesehatan")
    plans = importer.import_slims(lib, librarian, *_month_later(tmp_path))
    copy = Item.get(Item.barcode == "B0005")
    assert (copy.record_id, copy.location) == (here.id, "Rak Kesehatan")
    assert [(bad.params["barcode"], bad.params["title"]) for plan in plans for bad in plan.left_out] == [
        ("B0005", "Panduan Posyandu")] * 2
    assert Record.get(Record.title == "Si Kancil")  # SLiMS's book came in, its copy said to need a barcode


def test_inlislites_catalogue_report_again_keeps_the_class_number_and_title_set_here(lib, librarian, tmp_path):
    """INLISLite's Laporan Katalog exported again after a month: its records are found by BIB ID, and its old
    class number and title went back over the ones set here."""
    from openpyxl import Workbook

    def report(name, rows):
        book = Workbook()
        book.active.title = "Laporan Katalog"
        for row in [["BIB ID", "Judul", "Pengarang", "Penerbit", "Tahun Terbit", "Klas DDC"], *rows]:
            book.active.append(row)
        book.save(tmp_path / name)
        return tmp_path / name

    lele = ["0010-0002", "Budidaya lele", "Tim Penyusun", "Penebar Swadaya", "2015", "639"]
    importer.import_file(lib, librarian, "inlislite", report("Laporan_Katalog.xlsx", [lele]))
    record = Record.get(Record.title == "Budidaya lele")
    records.update_record(lib, librarian, record, title="Budidaya Lele di Kolam Terpal", ddc="639.31")
    kancil = ["0010-0003", "Si Kancil", "Anonim", "Balai Pustaka", "1999", "398.2"]
    plan = importer.import_file(lib, librarian, "inlislite", report("Laporan_Katalog (1).xlsx", [lele, kancil]))
    record = Record.get_by_id(record.id)
    assert (record.title, record.ddc) == ("Budidaya Lele di Kolam Terpal", "639.31")
    assert (plan.records_add, plan.kept_here, Record.select().count()) == (1, 1, 2)
    assert sorted(e.field for e in review.open_flags(lib, reason="changed_here")) == ["ddc", "title"]
