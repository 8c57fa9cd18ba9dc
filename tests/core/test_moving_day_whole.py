"""One moving day, whole: a SLiMS 8 library (its header-less exports with SLiMS's ``rn`` line breaks, an Arabic
title) comes in, the librarian works through "Perlu diperiksa", brings in the loan notebook, and imports
everything again, which must change nothing. The pieces were built one by one; these tests check where they meet."""

from __future__ import annotations

from datetime import datetime

import openpyxl
import pytest

from pustaka_desktop.core import first_steps
from pustaka_desktop.core.catalog import review
from pustaka_desktop.core.circulation import loans
from pustaka_desktop.core.interop import importer, loan_lists
from pustaka_desktop.core.store.models import Item, Loan, Record
from tests.core.circ_helpers import member as new_member

# SLiMS 8's senayan_biblio_export.csv (no header, every field enclosed): a year typed with a letter for a digit, a
# title and a note whose line breaks SLiMS wrote as the letters rn where a word could end so (only likely breaks)
BIBLIO = (
    '"Ensiklopedia Anak Muslim","Text","","","Mizan","20l5","","","2X0 TIM e","Indonesia","Bandung","2X0",'
    '"Sumbangan dari PemdesrnTahun 2010","","","<Tim Mizan>","<Islam>","<B00001><B00002>"\n'
    '"Profil Desa SukamajurnTahun 2010","Text","","","Pemdes Sukamaju","2010","","","959.8 PRO","Indonesia",'
    '"Sukamaju","959.8","","","","<Tim Penyusun>","<Sejarah desa>","<B00003>"\n'
    '"صحيح البخاري","Text","","","دار الفكر","1994","","","2X4.1 BUK s","Arab","Beirut","2X4.1","","","",'
    '"<البخاري، محمد بن إسماعيل>","<Hadis>","<B00004>"\n'
)
# senayan_item_export.csv: 19 fields, the record named by its title last
ITEMS = "".join(
    f'"{code}","{call}","Umum","{n:03d}/TBM","2015-01-05","","","Taman Bacaan","","","","1","","45000","Rupiah","",'
    f'"2015-01-05 09:00:00","2015-01-05 09:00:00","{title}"\n'
    for n, (code, call, title) in enumerate([
        ("B00001", "2X0 TIM e", "Ensiklopedia Anak Muslim"), ("B00002", "2X0 TIM e", "Ensiklopedia Anak Muslim"),
        ("B00003", "959.8 PRO", "Profil Desa SukamajurnTahun 2010"), ("B00004", "2X4.1 BUK s", "صحيح البخاري")], 1))


@pytest.fixture
def slims8(tmp_path):
    biblio, items = tmp_path / "senayan_biblio_export.csv", tmp_path / "senayan_item_export.csv"
    biblio.write_text(BIBLIO, encoding="utf-8")
    items.write_text(ITEMS, encoding="utf-8")
    return biblio, items


def test_the_same_files_after_the_review_list_was_worked_through_change_nothing(lib, librarian, slims8):
    importer.import_slims(lib, librarian, *slims8)
    assert {f.reason for f in review.open_flags(lib)} >= {"year", "encoding"}
    # the librarian works through the list: every suggestion used, kind by kind
    for reason in review.counts_by_reason(lib):
        for flag in review.open_flags(lib, reason):
            if flag.suggestion:
                review.fix(lib, librarian, flag.id)
    fixed = Record.get(Record.title.startswith("Ensiklopedia"))
    assert fixed.year == 2015
    assert Record.get(Record.publisher == "Pemdes Sukamaju").title == "Profil Desa Sukamaju Tahun 2010"
    left = review.open_count(lib)

    again = importer.import_slims(lib, librarian, *slims8)

    # the file still says "20l5" and "SukamajurnTahun": the corrected books are found, not made a second time
    assert [(plan.records_add, plan.records_update, plan.items_add) for plan in again] == [(0, 0, 0), (0, 0, 0)]
    assert Record.select().count() == 3 and Item.select().count() == 4
    assert Record.get_by_id(fixed.id).year == 2015
    assert review.open_count(lib) == left  # no "possible duplicate", no year or line break to check again


NOTEBOOK = ["No", "Tgl Pinjam", "Nama Peminjam", "No. Anggota", "Judul Buku", "Kode Buku", "Tgl Kembali",
            "Tgl Dikembalikan", "Ket."]


def test_the_first_steps_stay_after_the_loan_notebook_and_go_with_the_first_loan_at_the_desk(lib, librarian, slims8,
                                                                                            tmp_path):
    importer.import_slims(lib, librarian, *slims8)
    rina = new_member(lib, librarian, name="Rina Wati")
    notebook = tmp_path / "buku peminjaman 2026.xlsx"
    book = openpyxl.Workbook()
    for row in (NOTEBOOK,
                [1, datetime(2026, 1, 6), rina.name, rina.number, "Ensiklopedia Anak Muslim", "B00001",
                 datetime(2026, 1, 13), datetime(2026, 1, 12), "sudah kembali"],
                [2, datetime(2026, 2, 23), rina.name, rina.number, "صحيح البخاري", "B00004", datetime(2026, 3, 2),
                 None, "belum kembali"]):
        book.active.append(row)
    book.save(notebook)
    assert (loan_lists.import_loans(lib, librarian, notebook).loans_out, Loan.select().count()) == (1, 2)

    # the labels, the opening days and the first backup are still to do: the list stays on the dashboard
    steps = first_steps.shown_to(lib, librarian)
    assert [step.key for step in steps if not step.done] == [
        first_steps.OPENING_DAYS, first_steps.LABELS, first_steps.BACKUP]

    loans.checkout(lib, librarian, rina, "B00002")  # the library is in use: the list goes
    assert first_steps.shown_to(lib, librarian) == []


def test_the_command_lines_check_says_what_can_come_in_not_that_it_came(slims8, tmp_path, capsys):
    from pustaka_desktop.cli import main

    biblio, items = slims8
    db = str(tmp_path / "pindah.sqlite3")
    assert main(["--lang", "en", "--db", db, "init", "--library-name", "TBM", "--library-code", "TBM",
                 "--librarian", "budi", "--password", "rahasia1"]) == 0
    capsys.readouterr()
    main(["--lang", "en", "--db", db, "import", "slims-biblio", str(biblio), "--items", str(items), "--dry-run"])
    out = capsys.readouterr().out
    assert "Dry run, nothing was changed." in out
    assert "3 of 3 records can come in (0 rows refused)." in out and "4 of 4 copies can come in" in out
    assert "came in" not in out
