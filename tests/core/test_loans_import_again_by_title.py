"""A loan notebook imported again (as its report asks, after registering a missing member): a book still out that
the notebook names by its title alone was listed as "no copy on the shelf here to be this loan" - its one copy
was out on that very loan, from the first import."""

from __future__ import annotations

import openpyxl

from pustaka_desktop.core.interop import loan_lists
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Item, Loan, Record
from tests.core.circ_helpers import ctype
from tests.core.circ_helpers import member as new_member


def test_a_book_still_out_named_by_title_is_the_same_loan_the_second_time(lib, librarian, tmp_path):
    siti = new_member(lib, librarian, number="0010190300001")
    record = store.insert(lib, Record, title="Tafsir Jalalain")
    store.insert(lib, Item, record=record, barcode="TBM0003", collection_type=ctype("Sirkulasi"), status="available")
    book = openpyxl.Workbook()
    for row in (["No", "Tgl Pinjam", "Nama Peminjam", "No. Anggota", "Judul Buku", "Kode Buku", "Tgl Kembali", "Ket."],
                [1, "20-02-2026", siti.name, "0010190300001", "Tafsir Jalalain", None,
                 "27-02-2026", "belum kembali"]):  # (the tests' clock: 2 March 2026)
        book.active.append(row)
    path = tmp_path / "buku peminjaman.xlsx"
    book.save(path)

    first = loan_lists.import_loans(lib, librarian, path)
    assert (first.loans_out, first.bad) == (1, [])
    again = loan_lists.import_loans(lib, librarian, path)
    assert (again.loans_out, again.unchanged, again.bad) == (0, 1, [])
    assert Loan.select().count() == 1
