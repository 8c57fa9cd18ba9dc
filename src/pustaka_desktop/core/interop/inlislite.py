"""INLISLite (the National Library's system, version 3): its catalogue and copy exports.

What INLISLite 3 itself writes (read from its source, INLISLite-Perpusnas/INLISLIteV33):
- **Laporan Katalog** (xlsx, sheet ``Laporan Katalog``): the columns the librarian ticked, headed
  ``No. Kontrol``, ``BIB ID``, ``Judul``, ``Pengarang``, ``Edisi``, ``Penerbit``, ``Tempat Terbit``,
  ``Tahun Terbit``, ``Subjek``, ``Deskripsi Fisik``, ``ISBN``, ``No. Panggil``, ``Bahasa``,
  ``Klas DDC``, ``Abstrak``, ``Status OPAC`` (Ya/Tidak), ``Status BNI``..., ``Tanggal Dibuat``
  (dd-mm-yyyy)... One row per title, no copies.
- **OPAC export** (CSV by PHP's fputcsv, or xlsx): ``ID``, ``Control Number``, ``BIBID``, ``Title``,
  ``Author``, ``Edition``, ``Publisher``, ``Publish Location``, ``Publish Year``, ``Subject``,
  ``Physical Description``, ``ISBN``, ``Call Number``, ``Languages``. No class number column: the
  class is read from the call number (``899.221 3 HIR l``).
- **Laporan Eksemplar** (xlsx): one row per copy, ``No. Barcode``, ``Tanggal Pengadaan`` (dd-mm-yyyy),
  ``No. Induk``, ``Judul``, ``Pengarang``... ``No. Dewey``, ``Jenis Sumber``, ``Kategori``,
  ``Lokasi Ruang``, ``Nama Sumber``, ``Ketersediaan``, ``Harga`` (``45,000.00``).

Titles come as INLISLite stores them, in ISBD form (``Laskar pelangi : sebuah novel / Andrea
Hirata``): split into title, subtitle and statement of responsibility. ``BIB ID`` (else ``No.
Kontrol``) is kept as the record's source id, so importing the same file again changes nothing.
A catalogue file makes records and no copies; a copy file makes records (matched by their
description, as the catalogue file made them) with their copies.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..catalog import classnumber
from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP
from .sheets import ROW_NUMBER_HEADERS, filled_rows, sheet_rows
from .types import (
    BadRow,
    Cancel,
    Incoming,
    Progress,
    clean,
    fold,
    language_code,
    parse_date,
    parse_isbn,
    parse_price,
    soft,
)

# header (folded) -> our key
HEADERS = {
    "no kontrol": "control", "control number": "control", "bib id": "bibid", "bibid": "bibid",
    "judul": "title", "title": "title", "pengarang": "authors", "author": "authors", "edisi": "edition",
    "edition": "edition", "penerbit": "publisher", "publisher": "publisher", "tempat terbit": "place",
    "publish location": "place", "tahun terbit": "year", "publish year": "year", "subjek": "subjects",
    "subject": "subjects", "deskripsi fisik": "collation", "physical description": "collation", "isbn": "isbn",
    "no panggil": "call_number", "call number": "call_number", "bahasa": "language", "languages": "language",
    "klas ddc": "ddc", "no dewey": "ddc", "abstrak": "notes", "status opac": "opac",
    "no barcode": "barcode", "tanggal pengadaan": "received_on", "no induk": "accession_no",
    "jenis sumber": "source", "kategori": "collection_type", "lokasi ruang": "location",
    "nama sumber": "source_detail", "ketersediaan": "status", "harga": "price",
}
SIGNATURE = {"control", "bibid"}  # a catalogue export
COPY_SIGNATURE = {"barcode", "accession_no"}  # Laporan Eksemplar
SOURCES = {"pembelian": "purchase", "beli": "purchase", "hadiah": "donation", "sumbangan": "donation",
           "hibah": "grant", "bantuan": "grant", "tukar": "other", "tukar menukar": "other",
           "titipan": "other", "deposit": "other", "terbitan sendiri": "other"}
STATUSES = {"tersedia": "available", "dipinjam": "available", "rusak": "damaged", "hilang": "lost",
            "dalam perbaikan": "in_repair", "perbaikan": "in_repair", "tidak dipinjamkan": "not_for_loan",
            "dilarang dipinjam": "not_for_loan", "baca di tempat": "not_for_loan", "dihapus": "withdrawn",
            "penyiangan": "withdrawn"}


NOT_KEPT = QT_TRANSLATE_NOOP("Import", "Columns of the INLISLite export with no place here, not imported: {columns}.")


def recognise(headers: list[str]) -> bool:
    """True for the header row of an INLISLite catalogue or copy export."""
    keys = {HEADERS.get(fold(h)) for h in headers}
    return bool(keys & SIGNATURE) or (COPY_SIGNATURE <= keys and "title" in keys and "ddc" in keys)


def split_isbd(title: str) -> dict[str, str]:
    """``Judul : anak judul / pengarang`` -> title, subtitle, responsibility (ISBD punctuation)."""
    text = " ".join(clean(title).split()).rstrip(" .")
    out: dict[str, str] = {}
    if " / " in text:
        text, responsibility = text.split(" / ", 1)
        out["responsibility"] = responsibility.strip(" .;")
    if " : " in text:
        text, subtitle = text.split(" : ", 1)
        out["subtitle"] = subtitle.strip(" .")
    out["title"] = text.strip(" .:/")
    return out


def _split(value: Any) -> list[str]:
    return [part.strip(" .") for part in re.split(r"\s*[;\n]\s*", clean(value)) if part.strip(" .")]


def inlis_row(values: dict[str, Any], flags: list[Any]) -> tuple[dict[str, Any], list[dict[str, Any]], str]:
    rec: dict[str, Any] = split_isbd(values.get("title", ""))
    for key in ("edition", "publisher", "place", "collation", "notes"):
        rec[key] = clean(values.get(key)).strip(" .:;,")
    rec["year_text"] = clean(values.get("year")).strip(" .")
    rec["isbn"] = parse_isbn(values.get("isbn"))
    rec["language"] = language_code(clean(values.get("language")))
    ddc = clean(values.get("ddc"))
    rec["ddc"] = ddc or classnumber.from_call_number(clean(values.get("call_number")))
    rec["authors"] = [{"name": name, "role": "primary" if i == 0 else "additional", "kind": "person"}
                      for i, name in enumerate(_split(values.get("authors")))]
    rec["subjects"] = _split(values.get("subjects"))
    if fold(clean(values.get("opac"))) in ("tidak", "no", "0"):
        rec["hidden"] = True
    items: list[dict[str, Any]] = []
    barcode, accession = clean(values.get("barcode")), clean(values.get("accession_no"))
    if barcode or accession:
        status = clean(values.get("status"))
        item = {"barcode": barcode, "accession_no": accession, "call_number": clean(values.get("call_number")),
                "location": clean(values.get("location")), "collection_type": clean(values.get("collection_type")),
                "source": SOURCES.get(fold(clean(values.get("source"))), "other" if values.get("source") else ""),
                "source_detail": clean(values.get("source_detail")),
                "received_on": soft(parse_date, values.get("received_on"), "Tanggal Pengadaan", flags, "date"),
                "price": soft(parse_price, values.get("price"), "Harga", flags, "price")}
        if status and fold(status) in STATUSES:
            item["status"] = STATUSES[fold(status)]
        elif status:
            item["condition_note"] = status
            item["_status_name"] = status
        items.append({k: v for k, v in item.items() if v not in ("", None)})
    source = clean(values.get("bibid")) or clean(values.get("control"))
    return {k: v for k, v in rec.items() if v not in ("", None, [])}, items, f"inlislite:{source}" if source else ""


def read(path: str | Path, progress: Progress | None = None, cancel: Cancel | None = None) -> Iterator[Incoming]:
    """The rows of an INLISLite export (xlsx or CSV, told apart by the file itself)."""
    header_row, headers, rows = sheet_rows(path)
    keys = [HEADERS.get(fold(h), "") for h in headers]
    if not recognise(headers) or "title" not in keys:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "{path} is not an INLISLite catalogue or copy export: its first row has no \"No. Kontrol\", "
                      "\"BIB ID\", \"Judul\" or \"Title\" column."), path=Path(path).name)
    unread = [h for h, key in zip(headers, keys, strict=True)
              if not key and fold(h) not in ROW_NUMBER_HEADERS and not h.startswith("#")]
    if unread:  # said, not dropped without a word
        yield Incoming(0, notice=BadRow(0, NOT_KEPT, {"columns": ", ".join(unread)}))
    size_hint = max(1, Path(path).stat().st_size // 150)
    for number, values in filled_rows(rows, header_row + 1, size_hint, progress, cancel):
        picked = {key: values[i] for i, key in enumerate(keys) if key and i < len(values)}
        if not clean(picked.get("title")):
            yield Incoming(number, error=BadRow(number, QT_TRANSLATE_NOOP("Import", "The title is empty.")))
            continue
        flags: list[Any] = []
        rec, items, source = inlis_row(picked, flags)
        yield Incoming(number, record=rec, items=items, source_id=source, flags=flags)
