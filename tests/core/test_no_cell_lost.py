"""Issue #12, "Moving in without loss", cell by cell: every non-empty cell of a catalogue file as people and systems
write it (a buku induk kept by hand in Excel, SLiMS 9's biblio and item exports, INLISLite 3.3's catalogue and copy
reports) ends up somewhere in the library (a record's or copy's field, its notes or remarks, the review list) or is
named by the import (a column not read, a row left out with its reason). A value that silently disappears fails
here, naming its sheet, row, column and value.

Each column says how its cells are looked for (``_FORMS``): a price as a number, a date as a date, a class number as
stored, an author inside the authors list... A cell is looked for in the records and copies its own row made (found
by the row's title, barcode or accession number), the review flags on them, and what the import said of its row."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from openpyxl import Workbook

from pustaka_desktop.core.interop import importer, sheet_values
from pustaka_desktop.core.store.models import Item, Record, ReviewFlag
from tests.core.test_no_member_cell_lost import Cell

# --- the accounting -----------------------------------------------------------------------------------------------


def _fold(text: Any) -> str:
    return re.sub(r"\s+", " ", str(text)).strip().casefold()


_MONTHS = {"januari": 1, "februari": 2, "pebruari": 2, "maret": 3, "april": 4, "mei": 5, "juni": 6, "juli": 7,
           "agustus": 8, "september": 9, "oktober": 10, "nopember": 11, "november": 11, "desember": 12}


def _as_date(value: Any) -> str:
    """A date cell as the ISO day it means, or '' (then it is looked for as written)."""
    if isinstance(value, datetime | date):
        return (value.date() if isinstance(value, datetime) else value).isoformat()
    text = str(value).strip()
    for pattern in ("%d-%m-%Y", "%d/%m/%Y", "%Y-%m-%d", "%Y-%m-%d %H:%M:%S"):
        try:
            return datetime.strptime(text, pattern).date().isoformat()
        except ValueError:
            pass
    words = re.fullmatch(r"(\d{1,2}) (\w+) (\d{4})", text)
    if words and words[2].casefold() in _MONTHS:
        return date(int(words[3]), _MONTHS[words[2].casefold()], int(words[1])).isoformat()
    return ""


def _price(value: Any) -> list[str]:
    digits = re.sub(r"[,.]00$", "", re.sub(r"[^\d,.]", "", str(value))).replace(".", "").replace(",", "")
    return [f"price={int(digits)}"] if digits else []


# how each column's value may be stored: the forms looked for (folded), besides the value as written
LANGUAGES = {"indonesia": "ind", "bahasa indonesia": "ind", "bhs. indonesia": "ind", "arab": "ara", "inggris": "eng", "english": "eng",
             "jawa": "jav", "sunda": "sun", "ind": "ind", "ara": "ara", "eng": "eng"}
_FORMS = {
    "text": lambda v: [],
    "date": lambda v: [f"date={_as_date(v)}"] if _as_date(v) else [],
    "price": _price,
    "class": lambda v: [str(v).replace(" ", ""), str(v).replace(" ", "").split("/")[0]],
    "language": lambda v: [f"language={LANGUAGES[_fold(v)]}"] if _fold(v) in LANGUAGES else [],
    "isbn": lambda v: [re.sub(r"[^\dXx]", "", str(v))],
    "people": lambda v: [f"author={_fold(name)}" for name in re.split(r"\s+dan\s+|\s*[;<>]\s*|\s*&\s*", str(v))
                         if name.strip()],
    "count": lambda v: [f"copies={int(re.sub(r'[^0-9]', '', str(v)) or 0)}"],
    "year": lambda v: [f"year={int(v)}"] if re.fullmatch(r"\d{4}", str(v).strip()) else [],
    "subjects": lambda v: [part for part in re.split(r"\s*[;<>]\s*|\s+--\s+", str(v)) if part.strip()],
    "source": lambda v: [SOURCES[_fold(v)]] if _fold(v) in SOURCES else [],
    "accession": lambda v: _accessions(str(v)),
    "title": lambda v: [part for part in re.split(r"\s+[:/]\s+", str(v)) if part.strip()],
    "slims_text": lambda v: [str(v).replace("\\n", "\n")],
    "currency": lambda v: ["price=none-or-rupiah"] if _fold(v) in ("rupiah", "idr", "rp") else [],
    "codes": lambda v: re.findall(r"<([^<>]+)>", str(v)),
    "gmd": lambda v: [GMD.get(_fold(v), "")],
    "slims_source": lambda v: [{"1": "purchase", "2": "grant", "0": "other"}.get(str(v).strip(), "")],
    "status": lambda v: [{"repair": "damaged", "missing": "lost", "no loan": "not_for_loan", "tersedia": "available",
                          "rusak": "damaged"}.get(_fold(v), "")],
    # INLISLite's Akses: a copy it lends is on the shelf here, one it does not is not for loan
    "access": lambda v: [{"dapat dipinjam": "available"}.get(_fold(v), "")],
}
GMD = {"text": "book", "buku": "book"}
# the kinds whose value is several: each of its parts must be found (an author of two is no author kept)
_EACH = {"people", "subjects", "accession", "codes", "title"}
SOURCES = {"beli": "purchase", "pembelian": "purchase", "hibah": "grant", "sumbangan": "donation",
           "hadiah": "donation",
           # a bare "Wakaf" is read as a donation with no detail (test_interop_spreadsheet's own choice): the word
           # says how it was given, not by whom
           "wakaf": "donation"}


def _accessions(text: str) -> list[str]:
    """``003-004/PD/2019``: the numbers of the copies it makes."""
    span = re.fullmatch(r"(\d+)-(\d+)(.*)", text.strip())
    if not span:
        return []
    width = len(span[1])
    return [f"{n:0{width}d}{span[3]}" for n in range(int(span[1]), int(span[2]) + 1)]


@dataclass
class Sheet:
    """A table as the file holds it: its name, its header, its rows (numbered as the file numbers them), and for
    each column the kind of its values (``_FORMS``) and which columns find the row's records and copies."""

    name: str
    header: list[str]
    rows: list[list[Any]]
    kinds: dict[str, str]
    first_row: int = 2  # the file's number of the first row under the header
    titles: tuple[str, ...] = ("Judul",)  # the columns that name the row's record
    copies: tuple[str, ...] = ()  # the columns that name its copies (a barcode, an accession number)
    accepted: dict[str, str] = field(default_factory=dict)  # column -> why its cells may go unkept

    def cells(self):
        for n, row in enumerate(self.rows, start=self.first_row):
            for column, value in zip(self.header, row, strict=True):
                if value not in (None, "") and str(value).strip() not in ("", "-"):
                    yield Cell(self.name, n, column, value), dict(zip(self.header, row, strict=True))


def _record_haystack(record: Record) -> list[str]:
    out = [_fold(getattr(record, name)) for name in (
        "title", "subtitle", "responsibility", "edition", "isbn", "issn", "material_type", "publisher", "place",
        "year_text", "collation", "series", "ddc", "notes", "slims_id", "class_other")]
    out += [f"language={record.language}", f"year={record.year}", f"copies={record.items.count()}"]
    out += [f"author={_fold(a['name'])}" for a in json.loads(record.authors)]
    out += [_fold(s) for s in json.loads(record.subjects)]
    return out


def _item_haystack(item: Item) -> list[str]:
    out = [_fold(getattr(item, name)) for name in (
        "barcode", "accession_no", "call_number", "location", "source", "source_detail", "supplier", "order_no",
        "invoice", "status", "condition_note")]
    out += [f"price={item.price}", "price=none-or-rupiah", _fold(item.collection_type.name if item.collection_type else "")]
    out += [f"date={getattr(item, name)}" for name in ("received_on", "order_date", "invoice_date")
            if getattr(item, name)]
    return out


def _flag_haystack(flags) -> list[str]:
    out = []
    for flag in flags:
        out += [_fold(flag.value), _fold(flag.suggestion)]
        out += [_fold(v) for v in json.loads(flag.params or "{}").values()]
    return out


def _said(plan) -> list[tuple[str, int, list[str]]]:
    """What the import said: (sheet, row, folded words), row 0 for the whole file."""
    out = []
    for said in [*plan.notices, *plan.left_out, *plan.bad]:
        words = [_fold(v) for v in said.params.values()] + [_fold(said.template)]
        out.append((said.sheet, said.row, words))
    return out


def _column_named(column: str, words: list[str]) -> bool:
    """Whether a notice names ``column``: in a list of columns ("Columns not imported: Paraf, Status BNI"), or as
    "the ... column" in its words."""
    column = _fold(column)
    return any(column in (part.strip() for part in w.split(",")) or f"{column} column" in w for w in words)


def _found(form: str, haystack: list[str]) -> bool:
    if "=" in form and not form.startswith("author="):
        return form in haystack
    if form.startswith("author="):  # a name inside the authors list (or the statement of responsibility)
        name = form.removeprefix("author=")
        return form in haystack or any(name in text for text in haystack if not text.startswith("author="))
    if len(form) < 4:  # ("AS", "2": found inside any word; a short value must be a field's whole value)
        return form in haystack
    return any(form in text for text in haystack)


def lost_cells(sheet: Sheet, plans) -> list[str]:
    """The cells of ``sheet`` found nowhere: in the records and copies of their row, the review flags on those,
    or what the import said of the row (or of the column)."""
    plans = plans if isinstance(plans, list | tuple) else [plans]
    said = [entry for plan in plans for entry in _said(plan)]
    lost = []
    for cell, row in sheet.cells():
        if cell.column in sheet.accepted:
            continue
        items = [i for c in sheet.copies if row.get(c) not in (None, "")
                 for i in Item.select().where((Item.barcode == str(row[c]).strip())
                                              | (Item.accession_no == str(row[c]).strip()))]
        records = {i.record_id: i.record for i in items}
        for title_column in sheet.titles:
            title = _fold(row.get(title_column) or "")
            if title:
                records.update({r.id: r for r in Record.select() if title.startswith(_fold(r.title))
                                or _fold(r.title).startswith(title)})
        items += [i for r in records.values() for i in r.items if i not in items]
        haystack = [text for r in records.values() for text in _record_haystack(r)]
        haystack += [text for i in items for text in _item_haystack(i)]
        haystack += _flag_haystack(ReviewFlag.select().where(
            ReviewFlag.record.in_(list(records)) | ReviewFlag.item.in_([i.id for i in items])))
        haystack += [w for where, n, words in said if n == cell.row and where in ("", sheet.name) for w in words]
        column_said = any(_column_named(cell.column, words) for where, n, words in said
                          if n == 0 and where in ("", sheet.name))
        kind = sheet.kinds.get(cell.column, "text")
        forms = [_fold(f) for f in _FORMS[kind](cell.value)]
        if column_said:
            continue
        if kind in _EACH and len(forms) > 1:  # (a cell of several: each part, not the cell kept whole as one)
            if all(_found(form, haystack) for form in forms):
                continue
        elif any(_found(form, haystack) for form in [_fold(cell.value), *forms]):
            continue
        lost.append(str(cell))
    return lost


# --- a buku induk kept by hand in Excel ---------------------------------------------------------------------------

INDUK = ["No", "Tgl Terima", "No. Induk", "Judul", "Pengarang", "Penerbit", "Kota Terbit", "Tahun", "Edisi", "ISBN",
         "Klas", "Bahasa", "Jml Eks", "Harga", "Asal", "Keterangan", "Kondisi", "Lokasi", "Subjek"]
INDUK_KINDS = {"Tgl Terima": "date", "Pengarang": "people", "Tahun": "year", "ISBN": "isbn", "Klas": "class",
               "Bahasa": "language", "Jml Eks": "count", "Harga": "price", "Subjek": "subjects", "Asal": "source",
               "No. Induk": "accession"}
INDUK_ROWS = [
    [1, date(2019, 1, 12), "001/PD/2019", "Laskar Pelangi", "Andrea Hirata", "Bentang Pustaka", "Yogyakarta",
     "c2008", "Cet. 5", "978-979-1227-00-6", "899.221 3", "Indonesia", 1, "Rp 25.000", "Beli", "Beli di Gramedia",
     "Baik", "Rak A", "Novel"],
    [2, "3 Februari 2019", "002/PD/2019", "تفسير الجلالين", "Jalaluddin al-Mahalli dan Jalaluddin as-Suyuthi",
     "Dar al-Fikr", "Beirut", "1420 H", None, None, "297.122", "Arab", 1, 45000, "Wakaf",
     "Wakaf Masjid Al-Ikhlas", "rusak ringan", "Rak Agama", "Tafsir"],
    [3, "10-03-2019", "003-004/PD/2019", "Sedjarah Indonesia", "Sanusi Pane", "Balai Pustaka", "Djakarta", "1956",
     None, None, "959.8", "Indonesia", 2, "Rp 7.500,-", "Hibah Perpusnas", None, "Baik", "Rak B", "Sejarah"],
    [4, "10-03-2019", "005/PD/2019", "Budidaya Ikan Lele", "Tim Penebar Swadaya dkk", "Penebar Swadaya", "Jakarta",
     "2015", "Ed. revisi", None, "639.3", "Indonesia", 1, "35000", "Sumbangan", "Dari Pak Kades",
     "Rusak berat", "Rak C", "Perikanan; Lele"],
]


def _workbook(path, sheet: Sheet) -> str:
    book = Workbook()
    book.active.title = sheet.name
    book.active.append(["BUKU INDUK PERPUSTAKAAN DESA SUKAMAJU"])
    book.active.append(sheet.header)
    for row in sheet.rows:
        book.active.append(row)
    book.save(path)
    return str(path)


def test_every_cell_of_a_buku_induk_kept_by_hand_is_kept_or_named(lib, librarian, tmp_path):
    sheet = Sheet("Buku Induk", INDUK, INDUK_ROWS, INDUK_KINDS, first_row=3, copies=("No. Induk",),
                  # the running number of the row: the book's place in the list, nothing of the book
                  accepted={"No": "a running number"})
    plan = importer.import_file(lib, librarian, "xlsx", _workbook(tmp_path / "buku induk.xlsx", sheet))
    lost = lost_cells(sheet, plan)
    assert lost == [], "\n".join(lost)


# the same kept by another hand: headers with a slash, the class with its call number, counts and prices as typed,
# and a column of its own (a paraf, the keeper's initials) no field takes
INDUK_2 = ["No", "Tgl Terima", "No. Induk", "Judul", "Pengarang", "Penerbit", "Kota Terbit", "Tahun", "ISBN",
           "Klas/No. Panggil", "Bahasa", "Jml/Eks", "Harga", "Asal/Sumber", "Keterangan", "Lokasi/Rak", "Paraf"]
INDUK_2_KINDS = {"Tgl Terima": "date", "Pengarang": "people", "Tahun": "year", "ISBN": "isbn", "Bahasa": "language",
                 "Jml/Eks": "count", "Harga": "price", "Asal/Sumber": "source", "Klas/No. Panggil": "text"}
INDUK_2_ROWS = [
    [1, "02-01-2020", "010/PD/2020", "Ayat-ayat cinta", "Habiburrahman El Shirazy", "Republika", "Jakarta", "c2019",
     "979-3210-60-2", "899.221 3 HAB a", "Bhs. Indonesia", "2 eks", "@ Rp 45.000", "Hibah Perpusnas", "Cetakan ke-30",
     "Rak Novel", "AS"],
    [2, "02-01-2020", "012/PD/2020", "Kitab kuning pesantren", "Martin van Bruinessen", "Mizan", "Bandung", "1995",
     None, "297.07 BRU k", "Indonesia", 1, "Rp 30.000,-", "Wakaf", "Wakaf dari Pak Haji Dahlan", "Rak Agama", "AS"],
]


def test_every_cell_of_a_buku_induk_with_slash_headers_is_kept_or_named(lib, librarian, tmp_path):
    sheet = Sheet("2020", INDUK_2, INDUK_2_ROWS, INDUK_2_KINDS, first_row=3, copies=("No. Induk",),
                  accepted={"No": "a running number"})
    plan = importer.import_file(lib, librarian, "xlsx", _workbook(tmp_path / "induk 2020.xlsx", sheet))
    lost = lost_cells(sheet, plan)
    assert lost == [], "\n".join(lost)


# --- SLiMS 9's biblio and item exports ----------------------------------------------------------------------------
# written as bench/interop_slims.py writes them (as SLiMS's export pages do): every field quoted, the item file's
# header ending with a separator, authors, topics and item codes as <a><b>

BIBLIO = ["title", "gmd_name", "edition", "isbn_issn", "publisher_name", "publish_year", "collation", "series_title",
          "call_number", "language_name", "place_name", "classification", "notes", "image", "sor", "authors",
          "topics", "item_code"]
BIBLIO_KINDS = {"isbn_issn": "isbn", "publish_year": "year", "classification": "class", "language_name": "language",
                "authors": "people", "topics": "subjects", "item_code": "codes", "gmd_name": "gmd", "title": "title",
                "notes": "slims_text"}
BIBLIO_ROWS = [
    ["Laskar pelangi : sebuah novel", "Text", "Cet. 5", "978-979-1227-00-1", "Bentang Pustaka", "c2008",
     "xiv, 529 hlm. ; 20 cm", "Tetralogi Laskar Pelangi", "899.221 3 HIR l", "Indonesia", "Yogyakarta", "899.221 3",
     "Novel pertama dari tetralogi.\\nCetakan kelima.", "laskar.jpg", "Andrea Hirata", "<Hirata, Andrea>",
     "<Novel Indonesia><Fiksi>", "<B0001><B0002>"],
    ["Riyadhus shalihin", "Text", "", "", "Dar al-Fikr", "1420 H", "2 jil. ; 24 cm", "", "297.124 NAW r", "Arab",
     "Beirut", "297.124", "", "", "", "<an-Nawawi, Yahya bin Syaraf>", "<Hadis>", "<B0003>"],
    ["Peta dinding Kabupaten Sleman", "Peta dinding", "", "", "Bakosurtanal", "1998", "1 lbr. ; 90 x 120 cm", "",
     "912 PET", "Indonesia", "Djakarta", "912", "", "", "", "<Bakosurtanal>", "<Peta><Sleman>", "<B0004>"],
]
ITEM = ["item_code", "call_number", "coll_type_name", "inventory_code", "received_date", "supplier_name", "order_no",
        "location_name", "order_date", "item_status_name", "site", "source", "invoice", "price", "price_currency",
        "invoice_date", "input_date", "last_update", "title"]
ITEM_KINDS = {"received_date": "date", "order_date": "date", "invoice_date": "date", "price": "price",
              "source": "slims_source", "item_status_name": "status", "title": "title", "price_currency": "currency"}
# (a price in rupiah is stored as rupiah: the currency is what the number means; another money is kept as written)
ITEM_ACCEPTED = {
    # SLiMS's own stamps of when its row was typed and last saved: the old system's, nothing of the book (the day
    # the copy came is its received_date)
    "input_date": "SLiMS's stamp", "last_update": "SLiMS's stamp"}
ITEM_ROWS = [
    ["B0001", "899.221 3 HIR l", "Umum", "001/PD/2019", "2019-03-12", "Toko Buku Gramedia", "PO-12/2019", "Rak A",
     "2019-03-01", "", "Lemari 2", "1", "INV-2019-07", "79000", "Rupiah", "2019-03-05", "2019-03-12 10:11:12",
     "2021-05-06 07:08:09", "Laskar pelangi : sebuah novel"],
    ["B0002", "899.221 3 HIR l", "Umum", "002/PD/2019", "2019-03-12", "", "", "Rak A", "", "Repair", "", "2", "",
     "25", "USD", "", "2019-03-12 10:11:12", "2021-05-06 07:08:09", "Laskar pelangi : sebuah novel"],
    ["B0003", "297.124 NAW r", "Referensi", "003/PD/2019", "2019-04-01", "", "", "Ruang Agama", "", "", "", "0", "",
     "0", "", "", "2019-04-01 08:00:00", "2019-04-01 08:00:00", "Riyadhus shalihin"],
    ["B0004", "912 PET", "Referensi", "004/PD/2019", "2019-04-02", "", "", "Ruang Baca", "", "", "", "2", "",
     "150000", "Rupiah", "", "2019-04-02 08:00:00", "2019-04-02 08:00:00", "Peta dinding Kabupaten Sleman"],
]


def _slims_files(folder) -> tuple[str, str]:
    biblio, items = folder / "senayan_biblio_export.csv", folder / "senayan_item_export.csv"
    biblio.write_text("".join(",".join(f'"{v}"' for v in row) + "\n" for row in [BIBLIO, *BIBLIO_ROWS]),
                      encoding="utf-8")
    items.write_text("".join("".join(f'"{v}",' for v in row) + "\n" for row in [ITEM, *ITEM_ROWS]),
                     encoding="utf-8")
    return str(biblio), str(items)


def test_every_cell_of_slims_biblio_and_item_exports_is_kept_or_named(lib, librarian, tmp_path):
    biblio, items = _slims_files(tmp_path)
    plans = importer.import_slims(lib, librarian, biblio, items)
    lost = lost_cells(Sheet("senayan_biblio_export.csv", BIBLIO, BIBLIO_ROWS, BIBLIO_KINDS, titles=("title",)),
                      plans)
    lost += lost_cells(Sheet("senayan_item_export.csv", ITEM, ITEM_ROWS, ITEM_KINDS, titles=("title",),
                             copies=("item_code",), accepted=ITEM_ACCEPTED), plans)
    assert lost == [], "\n".join(lost)


# --- INLISLite 3.3's catalogue and copy reports -------------------------------------------------------------------
# as tests/core/test_inlislite_33_movein_walk.py writes them (PhpSpreadsheet: a numeric text becomes a number)

KATALOG_ROWS = [
    ["INLIS000000000000001", "0010-0319000001", "Laskar pelangi : sebuah novel / Andrea Hirata", "Hirata, Andrea",
     "Cet. 5", "Bentang Pustaka", "Yogyakarta", "c2008", "Fiksi Indonesia -- Novel", "xii, 529 hlm. ; 20 cm",
     "978-979-1227-00-1", "899.221 3 HIR l", "ind", "899.221 3", "Kisah sepuluh anak Belitung.", "Ya", "Tidak",
     "Tidak", "Ya", "admin", "12-03-2019", "admin", "12-03-2019"],
    ["INLIS000000000000002", "0010-0319000002", "Tafsir al-Misbah : pesan, kesan dan keserasian al-Qur'an",
     "Shihab, M. Quraish", "Ed. revisi", "Lentera Hati", "Djakarta", "1421 H", "Tafsir", "15 jil. ; 24 cm", "",
     "297.122 7 SHI t", "ind", "297.122 7", "", "Ya", "Tidak", "Tidak", "Tidak", "admin", "01-04-2019", "admin",
     "01-04-2019"],
]
EKSEMPLAR_ROWS = [
    ["00000001", "12-03-2019", "0001/PD-MJ/2019", "Laskar pelangi : sebuah novel / Andrea Hirata", "Hirata, Andrea",
     "Cet. 5", "Bentang Pustaka", "Yogyakarta", "c2008", "Fiksi Indonesia -- Novel", "978-979-1227-00-1",
     "899.221 3 HIR l", "ind", "899.221 3", "RF0001", "Pembelian", "Buku", "Umum", "Dapat dipinjam",
     "Ruang Baca Umum", "Dana Desa 2019", "Tersedia", "Ya", "Tidak", "IDR", "79,000.00", "Per eksemplar",
     "Perpustakaan Desa Maju Jaya", "admin", "12-03-2019", "admin", "12-03-2019"],
    ["100002", "01-04-2019", "0002/PD-MJ/2019", "Tafsir al-Misbah : pesan, kesan dan keserasian al-Qur'an",
     "Shihab, M. Quraish", "Ed. revisi", "Lentera Hati", "Djakarta", "1421 H", "Tafsir", "", "297.122 7 SHI t",
     "ind", "297.122 7", "", "Hibah", "Buku", "Referensi", "Baca di tempat", "Ruang Referensi", "Hibah Perpusnas",
     "Rusak", "Ya", "Tidak", "IDR", "125,000.00", "Per eksemplar", "Perpustakaan Desa Maju Jaya", "admin",
     "01-04-2019", "admin", "01-04-2019"],
]
KATALOG_KINDS = {"Judul": "title", "Pengarang": "people", "Subjek": "subjects", "ISBN": "isbn", "Bahasa": "language",
                 "Klas DDC": "class", "No. Panggil": "text"}
EKSEMPLAR_KINDS = KATALOG_KINDS | {"Tanggal Pengadaan": "date", "Harga": "price", "Mata Uang": "currency",
                                   "No. Dewey": "class", "Jenis Sumber": "source", "Ketersediaan": "status",
                                   "Akses": "access"}
# INLISLite's bookkeeping, nothing of the book: its second number of the record (its BIB ID is kept as the record's
# source id, and its MARC export, keyed by No. Kontrol, carries the BIB ID too), who typed the row and when (its own
# stamps), and whether its web catalogue, Perpusnas's union catalogues (BNI, KIN) and RDA rules took the record
INLISLITE_ACCEPTED = dict.fromkeys(("No. Kontrol", "Dibuat Oleh", "Tanggal Dibuat", "Diperbarui Oleh", "Tanggal Diperbarui",
                                    "Status OPAC", "Status BNI", "Status KIN", "Status RDA", "Status DRM"),
                                   "INLISLite's bookkeeping")


def test_every_cell_of_inlislite_catalogue_and_copy_reports_is_kept_or_named(lib, librarian, tmp_path):
    from tests.core.test_inlislite_33_movein_walk import EKSEMPLAR, KATALOG, inlislite_report

    katalog = inlislite_report(tmp_path / "Laporan_Katalog.xlsx", "Laporan Katalog", KATALOG, KATALOG_ROWS)
    eksemplar = inlislite_report(tmp_path / "Laporan_Eksemplar.xlsx", "Worksheet", EKSEMPLAR, EKSEMPLAR_ROWS)
    plans = [importer.import_file(lib, librarian, "inlislite", katalog),
             importer.import_file(lib, librarian, "inlislite", eksemplar)]
    lost = lost_cells(Sheet("Laporan Katalog", KATALOG, KATALOG_ROWS, KATALOG_KINDS, accepted=INLISLITE_ACCEPTED),
                      plans)
    lost += lost_cells(Sheet("Worksheet", EKSEMPLAR, EKSEMPLAR_ROWS, EKSEMPLAR_KINDS, copies=("No. Barcode",),
                             accepted=INLISLITE_ACCEPTED), plans)
    assert lost == [], "\n".join(lost)


# --- the losses the audit found, each on its own --------------------------------------------------------------------


def test_two_authors_with_the_arabic_article_are_two_authors():
    """"Jalaluddin al-Mahalli dan Jalaluddin as-Suyuthi" was one author (each side has one capitalised word before
    "al-"/"as-", so neither read as a person's name): the second author was no author, found by no author search."""
    assert sheet_values.author_names("Jalaluddin al-Mahalli dan Jalaluddin as-Suyuthi") == (
        ["Jalaluddin al-Mahalli", "Jalaluddin as-Suyuthi"], False)
    assert sheet_values.author_names("Imam an-Nawawi & Ibnu Hajar al-Asqalani")[0] == [
        "Imam an-Nawawi", "Ibnu Hajar al-Asqalani"]
    # (a body's name stays one)
    assert sheet_values.author_names("Yayasan al-Ikhlas dan Masjid at-Taqwa")[0] == [
        "Yayasan al-Ikhlas dan Masjid at-Taqwa"]


def test_covers_a_slims_file_names_are_said_when_no_pictures_folder_comes_with_it(lib, librarian, tmp_path):
    """SLiMS's ``image`` column was read and forgotten without its images folder: nothing said that the file named
    covers, nor how to bring them."""
    biblio, items = _slims_files(tmp_path)
    plan = importer.import_slims(lib, librarian, biblio, items, dry_run=True)[0]
    assert [n.params["count"] for n in plan.notices if n.template == importer.COVERS_NOT_BROUGHT] == [1]
    folder = tmp_path / "images"
    folder.mkdir()
    plan = importer.import_slims(lib, librarian, biblio, items, pictures=folder)[0]
    assert [n for n in plan.notices if n.template == importer.COVERS_NOT_BROUGHT] == []
    assert plan.covers is not None  # (the folder's report names the picture it lacks)


def test_inlislite_access_not_to_lend_beside_a_status_is_kept_in_the_remarks(lib, librarian, tmp_path):
    """A damaged copy INLISLite lets be read in the library only ("Baca di tempat"): the status was taken and the
    access forgotten, so the copy once mended would be lent."""
    from tests.core.test_inlislite_33_movein_walk import EKSEMPLAR, inlislite_report

    path = inlislite_report(tmp_path / "Laporan_Eksemplar.xlsx", "Worksheet", EKSEMPLAR, EKSEMPLAR_ROWS)
    importer.import_file(lib, librarian, "inlislite", path)
    copy = Item.get(Item.barcode == "100002")
    assert (copy.status, copy.condition_note) == ("damaged", "Akses: Baca di tempat")
    assert Item.get(Item.barcode == "00000001").condition_note == ""  # (one it lends: nothing to say)
