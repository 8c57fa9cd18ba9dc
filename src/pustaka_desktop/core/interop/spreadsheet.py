"""Spreadsheets (xlsx with openpyxl, and CSV): many village libraries keep the buku induk in Excel.

Import has a column-mapping step: ``preview`` reads the header and the first rows and guesses which
column is which from header names in Indonesian or English (judul/title, pengarang/author, no. induk,
eksemplar...); the user corrects the guess and passes the mapping to the import. One row is one copy
(rows of the same title + author, or ISBN, become one record with several copies) or, with an
"eksemplar" count and no barcode, a record with that many copies; a range of accession numbers in one
cell ("015-017", "018 s/d 019", "020, 021") is one copy a number when the count agrees. A cell merged down
(``merged_cells``) is read in every row under it: a title merged over its copies' rows makes them copies of
that book, an author, a "Kelas" or a "Sumber" merged over several books is each one's; a barcode or an
accession number merged down stays the first row's (one number, one copy), and the sheet's notice says so.

Headers are matched as ``types.header_keys`` reads them ("Tgl." = "Tanggal", "(Rp)" and a trailing "Buku"
aside, either side of a "/"); what is said of a value names the sheet's own header. Values are read as
hand-kept sheets write them: Excel's day numbers and months without a day in a date column, a year
column of date cells, authors joined by "dan", "&" or "/" (between persons' names only: not in
"Rumah Baca Cahaya & Pustaka Bergerak"), "dkk", a role in brackets ("Santosa, Budi (penyunting)");
Excel's error cells (#N/A) are no value; text a plain CSV turned into question marks (Arabic, Javanese
script) is flagged and said.

Export writes the catalogue as one row per copy, every field of a record and a copy in a column with a
header the import recognises (in English or Indonesian), an author's role and kind in brackets after the
name. A sheet with our export's columns is read as ours (``is_own_export``): its authors are split at
";" only. The apostrophe the export puts before formula-looking text comes off again (``cells.as_written``).
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .. import auth
from ..catalog import classnumber
from ..catalog.review import Flag
from ..cells import as_written, neutralise
from ..errors import ValidationError
from ..fields import day_of
from ..i18n import QT_TRANSLATE_NOOP
from ..jobs import checkpoint
from ..service import Library
from ..store.files import atomic_write
from ..store.models import CollectionType, Item, Record, Staff
from . import inlislite, member_sheets, merged_cells, sheets
from .sheet_values import (
    EXCEL_ERRORS,
    MAX_RANGE,
    accession_range,
    author_cell,
    authors,
    looks_lost,
    parts,
    year_text,
)
from .types import (
    BadRow,
    Cancel,
    Incoming,
    Progress,
    RowError,
    clean,
    fold,
    header_key,
    header_keys,
    language_code,
    month_only,
    parse_date,
    parse_isbn,
    parse_price,
    parse_year,
    soft,
)
from .vocabulary import GMD_IN, SOURCE_IN, STATUS_IN, source_code

Translate = Callable[[str, str], str]

# Target fields, with an English label (marked for translation) for the mapping step and the export.
FIELDS: dict[str, str] = {
    "title": QT_TRANSLATE_NOOP("Spreadsheet", "Title"),
    "subtitle": QT_TRANSLATE_NOOP("Spreadsheet", "Subtitle"),
    "authors": QT_TRANSLATE_NOOP("Spreadsheet", "Authors"),
    "responsibility": QT_TRANSLATE_NOOP("Spreadsheet", "Statement of responsibility"),
    "edition": QT_TRANSLATE_NOOP("Spreadsheet", "Edition"),
    "isbn": QT_TRANSLATE_NOOP("Spreadsheet", "ISBN"),
    "issn": QT_TRANSLATE_NOOP("Spreadsheet", "ISSN"),
    "publisher": QT_TRANSLATE_NOOP("Spreadsheet", "Publisher"),
    "place": QT_TRANSLATE_NOOP("Spreadsheet", "Place of publication"),
    "year": QT_TRANSLATE_NOOP("Spreadsheet", "Year"),
    "collation": QT_TRANSLATE_NOOP("Spreadsheet", "Collation"),
    "series": QT_TRANSLATE_NOOP("Spreadsheet", "Series"),
    "language": QT_TRANSLATE_NOOP("Spreadsheet", "Language"),
    "ddc": QT_TRANSLATE_NOOP("Spreadsheet", "Classification"),
    "class_other": QT_TRANSLATE_NOOP("Spreadsheet", "Other classification"),
    "subjects": QT_TRANSLATE_NOOP("Spreadsheet", "Subjects"),
    "notes": QT_TRANSLATE_NOOP("Spreadsheet", "Notes"),
    "material_type": QT_TRANSLATE_NOOP("Spreadsheet", "Material type"),
    "audience": QT_TRANSLATE_NOOP("Spreadsheet", "Audience"),
    "hidden": QT_TRANSLATE_NOOP("Spreadsheet", "Hidden from patrons"),
    "barcode": QT_TRANSLATE_NOOP("Spreadsheet", "Barcode"),
    "accession_no": QT_TRANSLATE_NOOP("Spreadsheet", "Accession number"),
    "call_number": QT_TRANSLATE_NOOP("Spreadsheet", "Call number"),
    "location": QT_TRANSLATE_NOOP("Spreadsheet", "Location"),
    "collection_type": QT_TRANSLATE_NOOP("Spreadsheet", "Collection type"),
    "source": QT_TRANSLATE_NOOP("Spreadsheet", "Source"),
    "source_detail": QT_TRANSLATE_NOOP("Spreadsheet", "Source detail"),
    "supplier": QT_TRANSLATE_NOOP("Spreadsheet", "Supplier"),
    "order_no": QT_TRANSLATE_NOOP("Spreadsheet", "Order number"),
    "order_date": QT_TRANSLATE_NOOP("Spreadsheet", "Order date"),
    "invoice": QT_TRANSLATE_NOOP("Spreadsheet", "Invoice"),
    "invoice_date": QT_TRANSLATE_NOOP("Spreadsheet", "Invoice date"),
    "price": QT_TRANSLATE_NOOP("Spreadsheet", "Price"),
    "received_on": QT_TRANSLATE_NOOP("Spreadsheet", "Date received"),
    "acquired_year": QT_TRANSLATE_NOOP("Spreadsheet", "Year acquired"),
    "status": QT_TRANSLATE_NOOP("Spreadsheet", "Status"),
    "condition_note": QT_TRANSLATE_NOOP("Spreadsheet", "Remarks"),
    "copies": QT_TRANSLATE_NOOP("Spreadsheet", "Copies"),
}
ITEM_KEYS = ("barcode", "accession_no", "call_number", "location", "collection_type", "source", "source_detail",
             "supplier", "order_no", "order_date", "invoice", "invoice_date", "price", "received_on", "acquired_year",
             "status", "condition_note")
RECORD_KEYS = tuple(name for name in FIELDS if name not in ITEM_KEYS and name != "copies")

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "title": ("judul", "title", "judul buku", "nama buku", "judul utama"),
    "subtitle": ("anak judul", "sub judul", "subjudul", "subtitle", "judul tambahan"),
    "authors": ("pengarang", "penulis", "author", "authors", "pengarang utama", "nama pengarang", "creator"),
    "responsibility": ("pernyataan tanggung jawab", "statement of responsibility", "sor", "tanggung jawab"),
    "edition": ("edisi", "cetakan", "edition", "edisi cetakan"),
    "isbn": ("isbn", "no isbn", "nomor isbn", "isbn issn", "isbn 13", "isbn13"),
    "issn": ("issn",),
    "publisher": ("penerbit", "publisher", "nama penerbit"),
    "place": ("kota terbit", "tempat terbit", "kota", "place", "place of publication", "tempat", "kota penerbit"),
    "year": ("tahun", "tahun terbit", "year", "thn", "thn terbit", "publish year", "tahun penerbitan"),
    "collation": ("kolasi", "jumlah halaman", "halaman", "collation", "pages", "deskripsi fisik", "tebal", "jml hal"),
    "series": ("seri", "series", "judul seri"),
    "language": ("bahasa", "language"),
    "ddc": ("ddc", "klasifikasi", "no klas", "no kelas", "kelas", "class", "classification", "no klasifikasi",
            "nomor klasifikasi", "kode klasifikasi", "klas"),
    "subjects": ("subjek", "subject", "subjects", "topik", "topics", "tajuk subjek"),
    "notes": ("catatan", "notes", "note", "abstrak"),
    "material_type": ("jenis bahan", "jenis", "material type", "gmd", "bentuk", "tipe bahan"),
    "audience": ("pembaca sasaran", "audience", "sasaran", "sasaran pembaca", "kelompok pembaca"),
    "barcode": ("barcode", "kode eksemplar", "item code", "kode buku", "kode barcode", "no barcode", "item_code"),
    "accession_no": ("no induk", "nomor induk", "accession number", "accession no", "no inventaris",
                     "nomor inventaris", "inventaris", "inventory code", "no reg", "nomor registrasi",
                     "no registrasi", "register"),
    "call_number": ("no panggil", "nomor panggil", "call number", "callnumber", "label"),
    "location": ("lokasi", "rak", "location", "shelf", "lokasi rak", "letak"),
    "collection_type": ("jenis koleksi", "koleksi", "collection type", "tipe koleksi", "collection"),
    "source": ("sumber", "asal", "source", "asal buku", "sumber perolehan", "cara perolehan", "perolehan"),
    "source_detail": ("rincian sumber", "source detail", "nama donatur", "donatur", "keterangan sumber"),
    "supplier": ("supplier", "pemasok", "toko", "agen"),
    "price": ("harga", "price", "harga buku", "harga rp"),
    "received_on": ("tanggal terima", "tgl terima", "tanggal", "tgl", "date received", "received", "tanggal masuk",
                    "tgl masuk", "tanggal diterima", "received date", "tgl diterima"),
    "status": ("status", "status eksemplar"),
    "condition_note": ("keterangan", "remarks", "ket", "kondisi", "condition"),
    "copies": ("eksemplar", "jumlah eksemplar", "jml eks", "copies", "jumlah", "eks", "jml eksemplar", "jml"),
}
# a few more headers Indonesian sheets use (INLISLite's copy report, hand-kept buku induk)
_SYNONYMS["barcode"] += ("no barcode", "nomor barcode", "kode item")
_SYNONYMS["ddc"] += ("klas ddc", "no dewey", "nomor dewey", "ddc klas")
_SYNONYMS["received_on"] += ("tanggal pengadaan", "tgl pengadaan")
_SYNONYMS["collation"] += ("deskripsi fisik",)
_SYNONYMS["place"] += ("tempat terbit", "kota terbit")
_SYNONYMS["source_detail"] += ("nama sumber", "sumber dana", "asal dana", "dana", "anggaran")
_SYNONYMS["location"] += ("lokasi ruang",)
# more spellings of hand-kept sheets; the short forms ("Tgl.", "Jml", "No."), "(Rp)" and a trailing "Buku"
# are taken care of by ``header_key``, so "Tgl. Penerimaan", "Jml Buku" and "Harga Satuan (Rp)" need no line
_SYNONYMS["authors"] += ("penyusun", "disusun oleh")
_SYNONYMS["ddc"] += ("kode klas", "kode klasifikasi")
_SYNONYMS["edition"] += ("cetakan ke", "cet")
_SYNONYMS["source"] += ("asal usul", "asal perolehan", "sumber pengadaan")
_SYNONYMS["received_on"] += ("tanggal penerimaan", "tanggal pencatatan", "tanggal pembukuan")
_SYNONYMS["price"] += ("harga satuan", "harga per eksemplar")
_SYNONYMS["location"] += ("no rak", "nomor rak", "kode rak")
_SYNONYMS["acquired_year"] = ("tahun pengadaan", "tahun perolehan", "tahun penerimaan", "tahun masuk")
# the columns our export has besides (English and Indonesian labels) and what people call them
_SYNONYMS["class_other"] = ("other classification", "klasifikasi lain", "klas lain", "kelas lain")
_SYNONYMS["hidden"] = ("hidden", "hidden from patrons", "tersembunyi", "tersembunyi dari pemustaka", "disembunyikan")
_SYNONYMS["order_no"] = ("order number", "order no", "no pesanan", "nomor pesanan", "no order", "no po")
_SYNONYMS["order_date"] = ("order date", "tanggal pesanan", "tanggal pesan", "tanggal order", "tanggal po")
_SYNONYMS["invoice"] = ("invoice", "no invoice", "invoice number", "faktur", "no faktur", "nomor faktur", "no kuitansi",
                        "kuitansi")
_SYNONYMS["invoice_date"] = ("invoice date", "tanggal faktur", "tanggal invoice", "tanggal kuitansi")
_GUESS = {header_key(name): target for target, names in _SYNONYMS.items() for name in names}
# our own field names as headers (call_number, accession_no, received_on...), as our export and people write them
_GUESS |= {header_key(name): name for name in FIELDS} | {name: name for name in FIELDS}
AUDIENCE_IN = {"children": "children", "anak": "children", "anak anak": "children", "teen": "teen",
               "remaja": "teen", "adult": "adult", "dewasa": "adult", "umum": "adult"}


def guess_mapping(headers: list[str]) -> dict[str, str]:
    """{header: field} for the headers we recognise (each field taken by its first column)."""
    out: dict[str, str] = {}
    taken: set[str] = set()
    for header in headers:
        target = next((_GUESS[key] for key in header_keys(header) if key in _GUESS), None)
        if target and target not in taken:
            out[header] = target
            taken.add(target)
    return out


def parse_mapping(text: str, headers: list[str] | None = None) -> dict[str, str]:
    """``"Judul=title,No. Induk=accession_no"`` -> dict; unknown fields are refused."""
    out: dict[str, str] = {}
    for part in (text or "").split(","):
        if not part.strip():
            continue
        column, _, target = part.partition("=")
        target = target.strip()
        if target and target not in FIELDS:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Unknown field {name}. Known fields: {fields}."),
                                  name=target, fields=", ".join(FIELDS))
        out[column.strip()] = target
    return out


@dataclass
class SheetPreview:
    headers: list[str]
    rows: list[list[str]]
    mapping: dict[str, str] = field(default_factory=dict)
    header_row: int = 1
    sheets: list[str] = field(default_factory=list)  # a workbook's sheets, when it has more than one


# --- reading --------------------------------------------------------------------------------------


def known_export(path: str | Path) -> str:
    """"inlislite" when the sheet is an export of INLISLite (read as such, without a column mapping); ''."""
    try:
        _, headers, _ = sheets.sheet_rows(path)
    except ValidationError:
        return ""
    return "inlislite" if inlislite.recognise(headers) else ""


def preview(path: str | Path, fmt: str, rows: int = 10) -> SheetPreview:
    """The header, the first ``rows`` rows and the guessed mapping, for the mapping step: of the sheet the
    import reads first (``_catalogue_sheets``). (The file's first bytes say what it is, whatever ``fmt``.)"""
    _, tables = _catalogue_sheets(path, None)
    _, header_row, headers, iterator = next(tables, ("", 0, [], iter(())))
    if not headers:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{path} is empty."), path=Path(path).name)
    sample = []
    for values in iterator:
        if len(sample) >= rows:
            break
        if any(clean(v) for v in values):
            sample.append([clean(v) for v in values][: len(headers)])
    return SheetPreview(headers, sample, guess_mapping(headers), header_row,
                        [name for name, _ in sheets.every_sheet(path) if name])


COPY_ONLY = ("price", "received_on", "acquired_year", "source", "source_detail", "supplier", "order_no", "order_date",
             "invoice", "invoice_date", "status", "condition_note")
# what a hidden-from-patrons cell says for "not hidden" (anything else written there hides the record)
_NOT_HIDDEN = frozenset({"tidak", "no", "n", "0", "false", "t", "-"})


def sheet_row(values: dict[str, Any], flags: list[Any] | None = None, headers: dict[str, str] | None = None,
              own_export: bool = False) -> tuple[dict[str, Any], list[dict[str, Any]], int]:
    """(record, copies, count) of one row's ``values`` by field; ``headers``: the sheet's header of each
    field, which the messages name (the librarian knows "Tgl Terima", not "received_on"). ``own_export``:
    the sheet is our export (``is_own_export``), whose author cell joins names with ";" only."""
    flags = [] if flags is None else flags
    headers = headers or {}
    if any(value.__class__ is str and value[:1] == "'" for value in values.values()):
        values = {name: as_written(value) for name, value in values.items()}  # (our export's formula escape)
    if any(value.__class__ is str and value[:1] == "#" for value in values.values()):
        values = _without_errors(values, headers, flags)
    title = clean(values.get("title"))
    if not title:
        raise RowError(QT_TRANSLATE_NOOP("Import", "The title is empty."))
    rec: dict[str, Any] = {"title": title}
    for name in ("subtitle", "responsibility", "edition", "issn", "publisher", "place", "collation", "series",
                 "ddc", "notes"):
        rec[name] = clean(values.get(name))
    rec["isbn"] = parse_isbn(values.get("isbn"))
    year = year_text(values.get("year"))
    if year:
        rec["year_text"] = year
        rec["year"] = parse_year(year)
    language = clean(values.get("language"))
    if language:
        rec["language"] = language_code(language)
    material = clean(values.get("material_type"))
    if material:
        rec["material_type"] = GMD_IN.get(fold(material)) or (fold(material) if fold(material) in (
            "av", "other") else "other")
    audience = clean(values.get("audience"))
    if audience:
        rec["audience"] = AUDIENCE_IN.get(fold(audience), "adult")
    hidden = clean(values.get("hidden"))
    if hidden:
        rec["hidden"] = fold(hidden) not in _NOT_HIDDEN
    rec["class_other"] = _other_class(clean(values.get("class_other")))
    rec["authors"], more = authors(values.get("authors"), joined=not own_export)
    if more and not rec.get("responsibility"):  # "Andrea Hirata, dkk": the others are not named; the cell says so
        rec["responsibility"] = clean(values.get("authors"))
    rec["subjects"] = parts(values.get("subjects"))
    rec = {k: v for k, v in rec.items() if v not in ("", None, [])}
    flags += _lost_script(rec)

    if not rec.get("ddc") and not rec.get("class_other") and clean(values.get("call_number")):
        # (a call number under a UDC class starts with the UDC number: no DDC to take from it)
        rec["ddc"] = classnumber.from_call_number(clean(values.get("call_number")))
    items: list[dict[str, Any]] = []
    # a row is a copy when it names one (barcode, accession number) or says what only a copy has (a
    # buku induk: price, date received, source...); a call number or shelf alone is not a copy
    numbered = clean(values.get("barcode")) or clean(values.get("accession_no"))
    if numbered or any(clean(values.get(k)) for k in COPY_ONLY):
        item: dict[str, Any] = {k: clean(values.get(k)) for k in ("barcode", "accession_no", "call_number",
                                                                   "location", "collection_type", "supplier",
                                                                   "condition_note", "source_detail", "order_no",
                                                                   "invoice")}
        source = clean(values.get("source"))
        if source:
            mapped = source_code(fold(source))
            if fold(source) not in SOURCE_IN and fold(source) != "other":  # ("Hibah Perpusnas": which grant)
                item["source_detail"] = item["source_detail"] or source
            item["source"] = mapped or "other"
        status = clean(values.get("status"))
        if status:
            code = STATUS_IN.get(fold(status)) or (fold(status).replace(" ", "_") if fold(status).replace(
                " ", "_") in STATUS_IN.values() else None)
            item["status"] = code or "available"
            if code is None:
                item["condition_note"] = item["condition_note"] or status
                item["_status_name"] = status
        item["price"] = soft(parse_price, values.get("price"), headers.get("price", "price"), flags, "price")
        item["received_on"] = _received_on(values, headers, flags)
        for name in ("order_date", "invoice_date"):
            item[name] = soft(parse_date, values.get(name), headers.get(name, name), flags, "date")
        acquired = values.get("acquired_year")
        if clean(acquired) and (clean(values.get("received_on")) or not _is_day(acquired)):
            # a year of acquisition is no day: kept with where the copy came from ("Hibah; Tahun pengadaan 2019")
            year = year_text(values.get("acquired_year"))
            item["source_detail"] = "; ".join(filter(None, (item["source_detail"], f"Tahun pengadaan {year}")))
        if not numbered:
            item["_unnumbered"] = True  # one copy per row; a re-import counts them instead of adding again
        items.append({k: v for k, v in item.items() if v not in ("", None)})
    copies = soft(parse_count, values.get("copies"), headers.get("copies", "copies"), flags, "copy") or 0
    numbers = accession_range(clean(values.get("accession_no"))) if not clean(values.get("barcode")) else []
    if len(numbers) > 1 and copies in (0, len(numbers)) and len(numbers) <= MAX_RANGE:
        # "015-017" with Eks 3: three copies, 015, 016 and 017, each numbered as the book is stamped
        items = [items[0] | {"accession_no": number} for number in numbers]
        copies = len(numbers)
    elif len(numbers) > 1:
        flags.append(Flag(reason="copy", field="", value=numbered, template=RANGE_DISAGREES, context="Review",
                          params={"numbers": numbered, "named": len(numbers), "count": copies}))
        if copies > 1:
            items += [dict(_alike(items[0])) for _ in range(copies - 1)]
    elif copies > 1 and items and items[0].get("_unnumbered"):
        items += [dict(items[0]) for _ in range(copies - 1)]  # "Jumlah 3" and a price, no numbers: three alike
    elif copies > 1 and items:
        # one number and "Jumlah 3": the count is what stands on the shelf; the others come alike, unnumbered
        # (so a second import counts them instead of adding them again), and the librarian is told
        items += [_alike(items[0]) for _ in range(copies - 1)]
        flags.append(Flag(reason="copy", field="", value=numbered, template=ONE_NUMBER_FOR_MORE, context="Review",
                          params={"count": copies, "number": numbered, "more": copies - 1}))
    return rec, items, copies


LOST_SCRIPT = QT_TRANSLATE_NOOP(
    "Review", "{value} is question marks where letters were: the file was saved as a plain CSV, which turns Arabic "
              "and Javanese script into question marks. Type it again, or import the sheet saved as \"CSV UTF-8\" "
              "or \"Unicode Text\".")


def _lost_script(rec: dict[str, Any]) -> list[Flag]:
    """A flag for each field of the record whose letters became question marks."""
    flags = [Flag(reason="encoding", field=name, value=rec[name], template=LOST_SCRIPT, context="Review",
                  params={"value": rec[name]}) for name in ("title", "subtitle", "publisher", "place", "series")
             if looks_lost(rec.get(name, ""))]
    flags += [Flag(reason="encoding", field="", value=author["name"], template=LOST_SCRIPT, context="Review",
                   params={"value": author["name"]}) for author in rec.get("authors", []) if looks_lost(author["name"])]
    return flags


EXCEL_ERROR = QT_TRANSLATE_NOOP("Import", "{column}: {value} is an error Excel showed for a formula, not a value: "
                                          "the field was left empty.")
TITLE_IS_AN_ERROR = QT_TRANSLATE_NOOP("Import", "The title is {value}, an error Excel showed for a formula, not a "
                                                "title: type the title in the sheet and import the row again.")


def _without_errors(values: dict[str, Any], headers: dict[str, str], flags: list[Any]) -> dict[str, Any]:
    """``values`` with Excel's error cells (#N/A...) left empty, each one flagged; a title that is one is
    no title (the row is refused, saying why)."""
    errors = {name: clean(value).upper() for name, value in values.items() if clean(value).upper() in EXCEL_ERRORS}
    if "title" in errors:
        raise RowError(TITLE_IS_AN_ERROR, value=errors["title"])
    flags += [Flag(reason="formula", field="", value=value, template=EXCEL_ERROR, context="Import",
                   params={"column": headers.get(name, name), "value": value}) for name, value in errors.items()]
    return {name: None if name in errors else value for name, value in values.items()}


def _other_class(text: str) -> str:
    """A class of another scheme as our export writes it (``UDC 912(594.53)``) -> ``udc 912(594.53)``;
    one written without its scheme's name is kept as a class of an "other" scheme."""
    if not text:
        return ""
    scheme, _, number = text.partition(" ")
    if not number.strip() or not scheme.isalpha():
        scheme, number = "other", text
    return classnumber.other_scheme(number, scheme)


def _alike(item: dict[str, Any]) -> dict[str, Any]:
    """A copy like ``item`` without its numbers: unnumbered, so a second import counts it instead of adding it."""
    return {k: v for k, v in item.items() if k not in ("barcode", "accession_no")} | {"_unnumbered": True}


def _received_on(values: dict[str, Any], headers: dict[str, str], flags: list[Any]) -> Any:
    """The day a copy came, from "Tgl Terima" (or a "Tahun Pengadaan" holding a whole date); a month
    without its day ("Maret 2019") is taken as its first day, and the review list says so."""
    field = "received_on"
    if not clean(values.get(field)) and _is_day(values.get("acquired_year")):
        field = "acquired_year"
    value = values.get(field)
    column = headers.get(field, field)
    day = soft(parse_date, value, column, flags, "date")
    if day is not None and month_only(value):
        flags.append(Flag(reason="date", field="received_on", value=clean(value), template=MONTH_ONLY,
                          context="Import", params={"column": column, "value": clean(value), "day": day.isoformat()}))
    return day


def _is_day(value: Any) -> bool:
    """Whether a cell of a year column holds a whole date (a date cell, ``12/03/2019``), not a year."""
    if day_of(value) is not None:
        return True
    try:
        return isinstance(value, str) and parse_date(value, "") is not None and not month_only(value)
    except RowError:
        return False


MONTH_ONLY = QT_TRANSLATE_NOOP("Import", "{column}: {value} gives the month but not the day: {day} was taken. "
                                         "Correct the day if you know it.")


RANGE_DISAGREES = QT_TRANSLATE_NOOP(
    "Review", "The accession numbers {numbers} name {named} copies, but the row counts {count}: the numbers are "
              "kept as written on the first copy. Give each copy its own number on the copy form.")

ONE_NUMBER_FOR_MORE = QT_TRANSLATE_NOOP(
    "Review", "The row counts {count} copies but gives one number ({number}): the other {more} came in with new "
              "barcodes and no accession number. Give each its own number on the copy form.")


def parse_count(value: Any, column: str) -> int | None:
    """A number of copies as a buku induk writes it: ``2``, ``2.0``, ``2 eks``, ``3 buah``. Anything
    else is flagged (the record still comes in, without the copies it could not count)."""
    counted = re.match(r"\s*(\d+)(?:[.,]0+)?(?![\d.,])", clean(value))
    if counted is None:
        raise RowError(QT_TRANSLATE_NOOP("Import", "{column}: {value} is not a whole number."),
                       column=column, value=clean(value))
    return int(counted.group(1))


def _read(path: str | Path, mapping: dict[str, str] | None, progress: Progress | None,
          cancel: Cancel | None) -> Iterator[Incoming]:
    """The rows of every sheet that holds a catalogue. The first such sheet is the first with a title
    column (a cover or a summary sheet before it is named as not read); a file without one is refused.
    A later sheet whose columns hold no titles (a summary, notes for the volunteers) is named as not read."""
    try:
        yield from _read_sheets(path, mapping, progress, cancel)
    except csv.Error as exc:  # a broken line, a field over the csv module's limit (found by the fuzz test)
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{path} is not a CSV file this program can read ({error})."),
                              path=Path(path).name, error=str(exc)) from exc


Table = tuple[str, int, list[str], Iterator[list[Any]]]  # sheet, header row, headers, the rows after the header


def _tables(path: str | Path) -> Iterator[Table]:
    """Each sheet that is not empty, its header found (``sheets.header``, knowing the headers we guess)."""
    for sheet, rows in sheets.every_sheet(path):
        header_row, headers, rest = sheets.header(rows, lambda names: len(guess_mapping(names)))
        if headers:
            yield sheet, header_row, headers, rest


def _catalogue_sheets(path: str | Path, mapping: dict[str, str] | None) -> tuple[list[str], Iterator[Table]]:
    """(the sheets before the catalogue, the sheets from the catalogue on). The catalogue is the first sheet
    that holds titles (with ``mapping``: that it fits), not a cover or a summary before it. When no sheet
    does, every sheet is given back (and none before it): the first sheet's error is the file's."""
    skipped: list[str] = []
    tables = _tables(path)
    for table in tables:
        if (not mapping and not skipped and inlislite.recognise(table[2])) or _fits(table[2], mapping):
            return skipped, itertools.chain([table], tables)
        skipped.append(table[0])
    return [], _tables(path)


def _fits(headers: list[str], mapping: dict[str, str] | None) -> bool:
    try:
        _positions(headers, mapping)
    except ValidationError:
        return False
    return True


def _read_sheets(path: str | Path, mapping: dict[str, str] | None, progress: Progress | None,
                 cancel: Cancel | None) -> Iterator[Incoming]:
    skipped, tables = _catalogue_sheets(path, mapping)
    first = next(tables, None)
    if first is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "{path} is empty."), path=Path(path).name)
    sheet, header_row, headers, iterator = first
    if not skipped and not mapping and inlislite.recognise(headers):  # INLISLite's export: ISBD titles, BIB IDs
        yield from inlislite.read(path, progress, cancel)
        return
    positions = _positions(headers, mapping)  # (no sheet holds titles: the first sheet's error)
    for name in skipped:
        yield Incoming(0, notice=BadRow(0, NOT_READ, {"sheet": name}, sheet=name), sheet=name)
    total_hint = Path(path).stat().st_size // 60 + 1
    counted = [0]  # rows of the sheets before: the progress bar goes on from them
    yield from _sheet(iterator, header_row, _unread(headers, mapping), positions, sheet, total_hint, counted,
                      progress, cancel, headers=headers, own=is_own_export(positions))
    for sheet, header_row, headers, iterator in tables:
        try:
            positions = _positions(headers, mapping, later=True)
        except ValidationError:
            yield Incoming(0, notice=BadRow(0, NOT_READ, {"sheet": sheet}, sheet=sheet), sheet=sheet)
            continue
        yield from _sheet(iterator, header_row, _unread(headers, mapping), positions, sheet, total_hint, counted,
                          progress, cancel, headers=headers, own=is_own_export(positions))


NOT_READ = QT_TRANSLATE_NOOP("Import", "Not read: none of its columns holds titles.")
COLUMNS_NOT_READ = QT_TRANSLATE_NOOP("Import", "Columns not imported (no field of ours was chosen for them): {columns}. "
                                               "Choose a field for each in the wizard's preview, or --map on the "
                                               "command line.")


def _positions(headers: list[str], mapping: dict[str, str] | None, later: bool = False) -> list[tuple[int, str]]:
    """(column, field) of the columns a sheet's headers give (``guess_mapping``, or ``mapping``). A
    ``later`` sheet may lack a column the mapping names (made on the first sheet): it is passed over."""
    chosen = guess_mapping(headers)
    if mapping:
        known = {fold(h): h for h in headers}
        for column, target in mapping.items():
            header = column if column in headers else known.get(fold(column))
            if header is None and later:
                continue
            if header is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "The file has no column {column}."),
                                      column=column)
            # a target may be given to one column only
            chosen = {h: t for h, t in chosen.items() if t != target}
            chosen[header] = target
        chosen = {h: t for h, t in chosen.items() if t}
    if "title" not in chosen.values():
        if not mapping and "member_name" in member_sheets.recognised(headers):  # the other list on the same page
            raise ValidationError(QT_TRANSLATE_NOOP(
                "Errors", "This is a member list (its columns: {columns}), not a catalogue: import it with Import & "
                          "Export → Import members…, or with pustaka-cli members-import."),
                columns=", ".join(h for h in headers if not h.startswith("#")))
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "No column is mapped to the title. Choose which column holds the title."))
    return [(headers.index(h), t) for h, t in chosen.items()]


def is_own_export(positions: list[tuple[int, str]]) -> bool:
    """Whether a sheet is our own export (or a copy of it saved again): it has every column our export
    has written since its first version; no sheet kept by hand has all of them."""
    return FIRST_EXPORT_FIELDS.issubset(name for _, name in positions)


def _unread(headers: list[str], mapping: dict[str, str] | None) -> list[str]:
    """The columns no field takes and nobody chose to leave out (the wizard's mapping names every column):
    said, not dropped without a word. A sheet's own row numbers ("No") and blank headers are no data."""
    taken = set(guess_mapping(headers)) | {fold(h) for h in (mapping or {})}
    return [h for h in headers if h not in taken and fold(h) not in taken and sheets.holds_data(h)]


def _sheet(rows: Iterator[list[Any]], header_row: int, unread: list[str], positions: list[tuple[int, str]],
           sheet: str, total_hint: int, counted: list[int], progress: Progress | None,
           cancel: Cancel | None, headers: list[str] | None = None, own: bool = False) -> Iterator[Incoming]:
    labels = {t: headers[i] for i, t in positions} if headers else {}  # what the messages call each column
    lost: list[int] = []  # rows whose script a plain CSV turned into question marks
    if unread:
        yield Incoming(0, notice=BadRow(0, COLUMNS_NOT_READ, {"columns": ", ".join(unread)}, sheet=sheet),
                       sheet=sheet)
    above: dict[str, Any] = {}  # the book of the last row that named one
    numbers_merged: tuple[list[int], set[str]] = ([], set())  # rows under a barcode or accession number merged down
    number = header_row
    for row in sheets.table_rows(sheets.filled_rows(rows, header_row + 1, total_hint, progress, cancel, counted[0]),
                                 sheet):
        if isinstance(row, BadRow):  # totals, a signature block: not books, said
            yield Incoming(0, notice=row, sheet=sheet)
            continue
        number, values = row
        picked = {t: (values[i] if i < len(values) else None) for i, t in positions}
        columns = merged_cells.merged_columns(values)
        merged = {t for i, t in positions if i in columns} if columns else set()  # values of a cell merged down
        if merged & _NUMBERS:  # a number names one copy: the first row's, not each row's under it
            picked.update(dict.fromkeys(merged & _NUMBERS))
            numbers_merged[0].append(number)
            numbers_merged[1].update(merged & _NUMBERS)
        if any(clean(picked.get(k)) for k in RECORD_KEYS if k not in merged):
            above = {k: picked.get(k) for k in RECORD_KEYS}  # (a book of its own; a "Kelas" merged over it is its)
        elif above and ("title" in merged or any(clean(picked.get(k)) for k in ITEM_KEYS if k not in merged)):
            # a copy row under its book: its title merged down over the book's copies (read into each of
            # them, as a cell left blank under a merge in a CSV or "sda" written by hand is read): the book
            # of the row above, with what the book's first row gave and the others left blank
            picked.update(above)
        flags: list[Any] = []
        try:
            rec, items, copies = sheet_row(picked, flags, labels, own_export=own)
        except RowError as exc:
            yield Incoming(number, error=BadRow(number, exc.template, exc.params), sheet=sheet)
            continue
        if any(flag.reason == "encoding" for flag in flags):
            lost.append(number)
        yield Incoming(number, record=rec, items=items, copies=copies, flags=flags, sheet=sheet)
    counted[0] += number
    if numbers_merged[0]:
        named = ", ".join(sorted(labels.get(name, name) for name in numbers_merged[1]))
        yield Incoming(0, notice=BadRow(0, merged_cells.NUMBER_MERGED, {"column": named, "rows": sheets.row_list(
            numbers_merged[0])}, sheet=sheet), sheet=sheet)
    if lost:
        yield Incoming(0, notice=BadRow(0, SCRIPT_LOST, {"rows": _row_list(lost)}, sheet=sheet), sheet=sheet)


_NUMBERS = {"barcode", "accession_no"}  # what names one copy
SCRIPT_LOST = QT_TRANSLATE_NOOP(
    "Import", "Rows {rows}: text that is only question marks (????). Excel's plain \"CSV\" turns Arabic and Javanese "
              "script into question marks, and the script cannot be read back from this file. In Excel, save the "
              "sheet again as \"CSV UTF-8\" or \"Unicode Text\" and import that file instead.")


def _row_list(numbers: list[int], shown: int = 10) -> str:
    """"2, 3, 5" (the first ``shown`` of them, then "…")."""
    return ", ".join(map(str, numbers[:shown])) + (", …" if len(numbers) > shown else "")


def read_xlsx(path, mapping=None, progress=None, cancel=None) -> Iterator[Incoming]:
    return _read(path, mapping, progress, cancel)


def read_csv(path, mapping=None, progress=None, cancel=None) -> Iterator[Incoming]:
    return _read(path, mapping, progress, cancel)


# --- export ---------------------------------------------------------------------------------------

# every field of a record and a copy (but the cover, and what the catalogue derives: the year, the match
# key), so that an export imported into an empty library gives the same records and copies
EXPORT_FIELDS = ("title", "subtitle", "authors", "responsibility", "edition", "isbn", "issn", "publisher", "place",
                 "year", "collation", "series", "language", "ddc", "class_other", "subjects", "notes", "material_type",
                 "audience", "hidden", "barcode", "accession_no", "call_number", "location", "collection_type",
                 "source", "source_detail", "supplier", "order_no", "order_date", "invoice", "invoice_date", "price",
                 "received_on", "status", "condition_note")
# the columns of the export's first version (``is_own_export``)
FIRST_EXPORT_FIELDS = frozenset(EXPORT_FIELDS) - {"class_other", "hidden", "order_no", "order_date", "invoice",
                                                  "invoice_date"}
HIDDEN_YES = QT_TRANSLATE_NOOP("Spreadsheet", "yes")


def _identity(context: str, text: str) -> str:
    return text


def _other_class_cell(stored: str) -> str:
    """``udc 912(594.53)`` as a librarian writes it: ``UDC 912(594.53)`` (``_other_class`` reads it back)."""
    scheme, _, number = stored.partition(" ")
    return f"{scheme.upper()} {number}" if number else stored


def export_xlsx(lib: Library, by: Staff | None, path: str | Path, translate: Translate = _identity,
                progress: Progress | None = None, cancel: Cancel | None = None) -> int:
    """The catalogue as an xlsx sheet, one row per copy (a record without copies gets one row);
    returns the number of rows written."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    auth.require(by, "catalog.export")
    types = dict(CollectionType.select(CollectionType.id, CollectionType.name).tuples())
    copies: dict[int, list[Item]] = {}
    for item in Item.select().where(Item.deleted == False).order_by(Item.record, Item.id).iterator():  # noqa: E712
        copies.setdefault(item.__data__["record"], []).append(item)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(translate("Spreadsheet", "Catalogue"))
    bold = Font(bold=True)
    header = []
    for name in EXPORT_FIELDS:
        cell = WriteOnlyCell(sheet, value=translate("Spreadsheet", FIELDS[name]))
        cell.font = bold
        header.append(cell)
    sheet.append(header)
    hidden = translate("Spreadsheet", HIDDEN_YES)
    query = Record.select().where(Record.deleted == False).order_by(Record.id)  # noqa: E712
    total = max(1, query.count())
    count = 0
    for n, record in enumerate(query.iterator()):
        if n % 500 == 0:
            checkpoint(progress, cancel, 0.9 * n / total, QT_TRANSLATE_NOOP("Export", "Writing records"))
        base = [record.title, record.subtitle, author_cell(json.loads(record.authors or "[]")),
                record.responsibility, record.edition, record.isbn, record.issn, record.publisher, record.place,
                record.year_text, record.collation, record.series, record.language, record.ddc,
                _other_class_cell(record.class_other), "; ".join(json.loads(record.subjects or "[]")), record.notes,
                record.material_type, record.audience, hidden if record.hidden else ""]
        for item in copies.get(record.id, []) or [None]:
            if item is None:
                extra = [""] * (len(EXPORT_FIELDS) - len(base))
            else:
                extra = [item.barcode, item.accession_no, item.call_number, item.location,
                         types.get(item.__data__.get("collection_type"), ""), item.source, item.source_detail,
                         item.supplier, item.order_no, item.order_date, item.invoice, item.invoice_date, item.price,
                         item.received_on, item.status, item.condition_note]
            sheet.append([neutralise(v) if v not in ("", None) else None for v in base + extra])  # no live formulas
            count += 1
    if progress:
        progress(0.95, QT_TRANSLATE_NOOP("Export", "Saving the file"))
    buffer = io.BytesIO()
    workbook.save(buffer)
    with atomic_write(path) as out:
        out.write(buffer.getvalue())
    auth.audit(lib, by, "catalog.export", "record", format="xlsx", file=Path(path).name, rows=count)
    return count
