"""What the village's money bought: the funds Indonesian registers write for a copy's source ("Dana Desa 2026",
"DD", "ADD", "DAK", "BOS", "CSR Bank Jateng", "Hibah Perpusnas") come in as the right source with the words
kept, a file that does not say where a copy came from gives "other" in every format (never a purchase the
village did not make), and the impact sheet shows what each fund bought."""

from __future__ import annotations

from datetime import date

import pymarc
import pytest
from openpyxl import Workbook
from pymarc import Field, Indicators, Subfield

from pustaka_desktop.core.catalog import funds
from pustaka_desktop.core.interop import importer
from pustaka_desktop.core.interop.vocabulary import read_source
from pustaka_desktop.core.printing import impact_sheet
from pustaka_desktop.core.printing.layout import Text
from pustaka_desktop.core.reports import impact
from pustaka_desktop.core.reports.period import Period
from pustaka_desktop.core.store import write as store
from pustaka_desktop.core.store.models import Item, Record


def _xlsx(path, rows):
    book = Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def _copies():
    return {item.accession_no: (item.source, item.source_detail) for item in Item.select().order_by(Item.id)}


BUKU_INDUK = [
    ["BUKU INDUK PERPUSTAKAAN DESA SUKAMAJU"],
    [],
    ["No", "Tgl Terima", "No. Induk", "Judul Buku", "Pengarang", "Asal Buku", "Harga"],
    [1, date(2025, 2, 3), "0101", "Budidaya Lele", "Tim Penulis", "Dana Desa 2025", 50000],
    [2, date(2025, 2, 3), "0102", "Bertanam Cabai", "Tim Penulis", "DD", 45000],
    [3, date(2025, 3, 1), "0103", "Si Kancil", "Anonim", "Alokasi Dana Desa", 30000],
    [4, date(2025, 3, 1), "0104", "Laskar Pelangi", "Andrea Hirata", "APBDes TA 2025", 89000],
    [5, date(2025, 4, 7), "0105", "Atlas Indonesia", "Tim", "DAK", ""],
    [6, date(2025, 4, 7), "0106", "Kamus Jawa", "Tim", "BOS", 60000],
    [7, date(2025, 5, 9), "0107", "Ronggeng Dukuh Paruk", "Ahmad Tohari", "Swadaya", ""],
    [8, date(2025, 5, 9), "0108", "Bumi Manusia", "Pramoedya Ananta Toer", "CSR Bank Jateng", ""],
    [9, date(2025, 6, 2), "0109", "Anak Semua Bangsa", "Pramoedya Ananta Toer", "Hibah Perpusnas", ""],
    [10, date(2025, 6, 2), "0110", "Jejak Langkah", "Pramoedya Ananta Toer", "Bantuan Provinsi", ""],
    [11, date(2025, 6, 2), "0111", "Rumah Kaca", "Pramoedya Ananta Toer", "Sumbangan warga", ""],
    [12, date(2025, 7, 1), "0112", "Sang Pemimpi", "Andrea Hirata", "Pembelian", 55000],
    [13, date(2025, 7, 1), "0113", "Edensor", "Andrea Hirata", "APBD", ""],
]


def test_a_buku_induk_s_funds_come_in_as_their_source_with_the_words_kept(lib, librarian, tmp_path):
    """"Dana Desa" under Asal Buku came in as a purchase with the words dropped, so the books the village
    bought could never be listed; "DAK" came in as "other"."""
    path = _xlsx(tmp_path / "buku_induk.xlsx", BUKU_INDUK)
    result = importer.import_file(lib, librarian, "xlsx", path)
    assert (result.items_add, result.bad) == (13, [])
    assert _copies() == {
        "0101": ("purchase", "Dana Desa 2025"), "0102": ("purchase", "DD"),
        "0103": ("purchase", "Alokasi Dana Desa"), "0104": ("purchase", "APBDes TA 2025"),
        "0105": ("grant", "DAK"), "0106": ("purchase", "BOS"), "0107": ("purchase", "Swadaya"),
        "0108": ("donation", "CSR Bank Jateng"), "0109": ("grant", "Hibah Perpusnas"),
        "0110": ("grant", "Bantuan Provinsi"), "0111": ("donation", "Sumbangan warga"),
        "0112": ("purchase", ""), "0113": ("grant", "APBD")}
    again = importer.import_file(lib, librarian, "xlsx", path)
    assert (again.items_add, again.items_update) == (0, 0)
    assert _copies()["0101"] == ("purchase", "Dana Desa 2025")


@pytest.mark.parametrize(("written", "source", "fund"), [
    ("Dana Desa 2026", "purchase", "Dana Desa"), ("Pembelian DD 2026", "purchase", "Dana Desa"),
    ("DD TA. 2024", "purchase", "Dana Desa"), ("ADD", "purchase", "Alokasi Dana Desa (ADD)"),
    ("Alokasi Dana Desa (ADD) 2023", "purchase", "Alokasi Dana Desa (ADD)"), ("APBDes", "purchase", "APBDes"),
    ("APBD Desa 2022", "purchase", "APBDes"), ("DAK 2019", "grant", "DAK"), ("BOS", "purchase", "BOS"),
    ("Swadaya masyarakat", "purchase", "Swadaya"), ("CSR PT Semen Gresik 2024", "donation", "CSR PT Semen Gresik"),
    ("Hibah Perpusnas", "grant", "Perpusnas"), ("Bantuan Perpustakaan Nasional", "grant", "Perpusnas"),
    ("Bantuan Provinsi Jawa Tengah", "grant", "Bantuan Provinsi"), ("APBD", "grant", "APBD"),
    ("Sumbangan warga", "donation", None), ("Pembelian", "purchase", None)])
def test_the_words_registers_write_for_funds(written, source, fund):
    assert read_source(written)[0] == source
    assert funds.fund_of(written) == fund


def test_a_sheet_without_a_source_column_gives_other_not_purchase_and_a_fund_column_its_source(lib, librarian,
                                                                                               tmp_path):
    """A sheet without "Asal" came in as purchases the village never made; a "Sumber Dana" alone says it."""
    path = _xlsx(tmp_path / "buku.xlsx", [
        ["No Induk", "Judul", "Pengarang", "Harga", "Sumber Dana"],
        ["0201", "Si Kancil", "Anonim", 30000, ""],
        ["0202", "Budidaya Lele", "Tim Penulis", 50000, "Dana Desa 2026"]])
    importer.import_file(lib, librarian, "xlsx", path)
    assert _copies() == {"0201": ("other", ""), "0202": ("purchase", "Dana Desa 2026")}
    again = importer.import_file(lib, librarian, "xlsx", path)
    assert (again.items_add, again.items_update) == (0, 0)


def _marc(path, *copies: list[Subfield]):
    rec = pymarc.Record(force_utf8=True)
    rec.add_field(Field("245", Indicators("1", "0"), [Subfield("a", "Budidaya lele")]))
    for subfields in copies:
        rec.add_field(Field("876", Indicators(" ", " "), subfields))
    path.write_bytes(rec.as_marc())
    return path


def test_marc_without_a_source_gives_other_and_its_fund_words_are_kept(lib, librarian, tmp_path):
    path = _marc(tmp_path / "koleksi.mrc",
                 [Subfield("a", "0301"), Subfield("p", "B0301")],
                 [Subfield("a", "0302"), Subfield("p", "B0302"), Subfield("e", "Dana Desa 2025")],
                 [Subfield("a", "0303"), Subfield("p", "B0303"), Subfield("e", "DAK")])
    importer.import_file(lib, librarian, "marc", path)
    assert _copies() == {"0301": ("other", ""), "0302": ("purchase", "Dana Desa 2025"), "0303": ("grant", "DAK")}
    again = importer.import_file(lib, librarian, "marc", path)
    assert (again.items_add, again.items_update) == (0, 0)


def _sheet_text(data) -> str:
    return " ".join(e.text for e in impact_sheet.impact_elements(data) if isinstance(e, Text))


def test_the_impact_sheet_shows_what_each_fund_bought(lib, clock, librarian):
    """The village hears "Dana Desa: 3, worth Rp 145.000", not only "bought: 4": what its money bought."""
    record = store.insert(lib, Record, title="Budidaya Lele", ddc="639.3")
    copies = [("A1", "purchase", "Dana Desa 2026", 50_000, date(2026, 3, 1)),
              ("A2", "purchase", "Dana Desa 2026", 50_000, date(2026, 3, 1)),
              ("A3", "purchase", "Pembelian DD", 45_000, date(2026, 8, 1)),
              ("A4", "purchase", "", 30_000, date(2026, 8, 1)),  # a purchase naming no fund: the source's line
              ("G1", "grant", "Hibah Perpusnas", None, date(2026, 5, 1)),
              ("C1", "donation", "CSR Bank Jateng 2026", 60_000, date(2026, 6, 1)),
              ("OLD", "purchase", "Dana Desa 2025", 99_000, date(2025, 6, 1))]  # last year's
    for barcode, source, detail, price, received in copies:
        store.insert(lib, Item, record=record, barcode=barcode, source=source, source_detail=detail, price=price,
                     received_on=received)
    clock.set("2027-01-20T09:00:00+07:00")
    data = impact.impact_data(lib, Period.year(2026))
    assert [(f["fund"], f["source"], f["copies"], f["value"]) for f in data["funds"]] == [
        ("Dana Desa", "purchase", 3, 145_000), ("CSR Bank Jateng", "donation", 1, 60_000),
        ("Perpusnas", "grant", 1, 0)]
    text = _sheet_text(data)
    assert "• bought: 4, worth Rp 175,000 – from Dana Desa: 3, worth Rp 145,000 • grants: 1 – from Perpusnas: 1" in text
    assert "• donated: 1, worth Rp 60,000 – from CSR Bank Jateng: 1, worth Rp 60,000" in text


def test_inlislite_rows_without_a_source_give_other_and_a_fund_is_read_from_either_column(lib, librarian, tmp_path):
    from tests.core.test_import_inlislite_more import LASKAR, buku_induk

    def copy(source: str, name: str) -> list[str]:
        row = list(LASKAR)
        row[9], row[10] = source, name  # Jenis Sumber Perolehan, Nama Sumber Perolehan
        return row

    path = buku_induk(tmp_path / "Laporan_Periodik_Data.xls", [
        ["2019-03-12 00:00:00", "001/PD/2019", *copy("", "")],
        ["2019-03-12 00:00:00", "002/PD/2019", *copy("", "Dana Desa 2019")],
        ["2019-03-12 00:00:00", "003/PD/2019", *copy("Dana Desa", "TA 2019")],
        ["2019-03-12 00:00:00", "004/PD/2019", *copy("Pembelian", "ADD 2019")]])
    importer.import_file(lib, librarian, "inlislite", path)
    assert _copies() == {"001/PD/2019": ("other", ""), "002/PD/2019": ("purchase", "Dana Desa 2019"),
                         "003/PD/2019": ("purchase", "Dana Desa; TA 2019"),
                         "004/PD/2019": ("purchase", "ADD 2019")}
    again = importer.import_file(lib, librarian, "inlislite", path)
    assert (again.items_add, again.items_update) == (0, 0)
