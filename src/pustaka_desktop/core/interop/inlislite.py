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
  ``Lokasi Ruang``, ``Nama Sumber``, ``Ketersediaan``, ``Harga`` (``45,000.00``), ``Mata Uang``,
  ``Akses`` (``Tidak dapat dipinjam``, ``Referensi``: the copy is not for loan). Its ``Status OPAC``
  is the copy's, which has no place here (it hides no record); its ``Bentuk Fisik`` is not read
  (INLISLite joins the media table on the source id, so the column names the wrong thing).
- INLISLite 3.0-3.2 (the Yii version most village libraries still run, read from pizaini/inlislite):
  *Laporan Koleksi → Buku Induk*, "Export Excel": a web page's table saved as ``.xls`` under three title
  lines, ``No. | Tanggal Pengadaan`` (``2019-03-12 00:00:00``) ``| Nomer Induk | Jenis Bahan`` (its
  worksheet: Monograf...) ``| Bentuk Fisik | Judul | Pengarang | Edisi | Tempat Terbit | Penerbit | Tahun
  Terbit | Deskripsi Fisik | Jenis Sumber Perolehan | Nama Sumber Perolehan | Kategori | ISBN | ISSN |
  Harga`` (``IDR - 45000``, or `` - 45000``: the code reads the currency under a name the query does not
  give it). No barcode: its copies get the library's barcodes and keep INLISLite's accession numbers.
- INLISLite 3.3's copy import template (Eksemplar → Import Excel, ``EksemplarImportController``): the sheet a
  library typed its books into for INLISLite, one copy a row, headed ``JUDUL_UTAMA``, ``ANAK_JUDUL``,
  ``TAJUK_PENGARANG``, ``NO_INDUK``, ``JUMLAH_HALAMAN`` | ``DIMENSI``... (underscores read as spaces); its
  ``---Belum ditentukan---`` (a form's "not chosen yet") is no value.

The librarian ticks the columns of a report (``$this->request->getPost('columns')``), so any of
them may be missing: a file is INLISLite's when every column is one of its labels and one at least is
its own (``Klas DDC``, ``No. Dewey``, ``Ketersediaan``...; the sheet name of the copy report is
PhpSpreadsheet's default ``Worksheet``, so headers are all there is); ``import inlislite`` only needs
a title column.

What INLISLite stores in a catalogue's fields depends on how the record came in (its cataloguing
form or its MARC import, ``KatalogMarcController::_mapTagsToCatalogData``), read here both ways:
- authors ``;`` (form) or `` ; `` (MARC: 100/700 with their subfield codes turned into spaces, so
  ``Toer, Pramoedya Ananta, 1925-2006.`` and ``Lestari, Dewi, penyunting.``): dates taken off,
  the relator word read as the role;
- subjects ``;`` (form) or `` -- `` (MARC: one 600/650/651 field each);
- ``Klas DDC`` ($a alone from the form; from MARC every 082 subfield: ``899.2213 23`` is $a and the
  DDC edition $2, not a class number 899.221323 (``class_number``));
- ISBNs joined by `` ; ``, with MARC's $q (``9789799731234 (pbk.)``): the first valid one.

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

from ..catalog import classnumber, imprint
from ..catalog.review import Flag
from ..errors import ValidationError
from ..formatting import Count
from ..i18n import QT_TRANSLATE_NOOP
from . import inlislite_tags
from .dates import parse_date
from .prices import parse_price
from .sheet_values import NOTHING, collation
from .sheets import ROW_NUMBER_HEADERS, filled_rows, holds_data, sheet_rows, table_rows
from .types import (
    BadRow,
    Cancel,
    Incoming,
    Progress,
    clean,
    fold,
    kept_as_written,
    language_code,
    parse_isbn,
    soft,
    split_isbd,
)
from .vocabulary import (
    ROLE_IN,
    copy_source,
    material_code,
    other_money,
    source_detail,
    status_of_name,
    title_without_gmd,
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
    "nama sumber": "source_detail", "ketersediaan": "status", "harga": "price", "akses": "access",
    "mata uang": "currency",
    # INLISLite 3.0-3.2's Buku Induk report ("Nomer", as it writes it)
    "nomer induk": "accession_no", "nomor induk": "accession_no", "jenis bahan": "material_type",
    "jenis sumber perolehan": "source", "nama sumber perolehan": "source_detail", "issn": "issn",
    # its Periodik report ("Nomor"/"Nomer" as each export writes it; ``PERIODIK_LABELS``)
    "nomor barcode": "barcode", "nomer barcode": "barcode", "nomor panggil": "call_number",
    "nomer panggil": "call_number", "sumber perolehan": "source", "jenis akses": "access",
    "data bibliografis": "bibliographic",
    # the same reports with INLISLite set to English (its messages/en/app.php)
    "procurement date": "received_on", "source type": "material_type", "acquisition resource": "source_detail",
    "category": "collection_type", "price": "price", "bibliografis": "bibliographic", "resource": "source",
    "access type": "access", "barcode number": "barcode",
    # INLISLite 3.3's copy import template (``TEMPLATE_LABELS``), its headers' underscores read as spaces
    "tgl pengadaan": "received_on", "judul utama": "title", "anak judul": "subtitle",
    "pernyataan tanggungjawab": "responsibility", "tajuk pengarang": "authors",
    "tajuk pengarang badan kooperasi": "authors_corporate", "pengarang tambahan nama orang": "authors_added",
    "pengarang tambahan nama badan": "authors_added_corporate", "kota terbit": "place", "jumlah halaman": "collation",
    "dimensi": "dimensions", "no ddc": "ddc", "nomor panggil eksemplar": "call_number",
    "nomor panggil katalog": "record_call_number", "subjek topik": "subjects",
}
SIGNATURE = {"control", "bibid"}  # a catalogue export
COPY_SIGNATURE = {"barcode", "accession_no"}  # Laporan Eksemplar
# the labels of the columns a librarian can tick (LaporanKatalog.php, LaporanEksemplar.php), folded
CATALOGUE_LABELS = frozenset({
    "no kontrol", "bib id", "judul", "pengarang", "edisi", "penerbit", "tempat terbit", "tahun terbit", "subjek",
    "deskripsi fisik", "isbn", "no panggil", "bahasa", "klas ddc", "abstrak", "status opac", "status bni",
    "status kin", "status rda", "dibuat oleh", "tanggal dibuat", "diperbarui oleh", "tanggal diperbarui"})
COPY_LABELS = frozenset({
    "no barcode", "tanggal pengadaan", "no induk", "judul", "pengarang", "edisi", "penerbit", "tempat terbit",
    "tahun terbit", "subjek", "isbn", "no panggil", "bahasa", "no dewey", "no rfid", "jenis sumber", "bentuk fisik",
    "kategori", "akses", "lokasi ruang", "nama sumber", "ketersediaan", "status opac", "status drm", "mata uang",
    "harga", "satuan harga", "lokasi perpustakaan", "dibuat oleh", "tanggal dibuat", "diperbarui oleh",
    "tanggal diperbarui"})
# labels a list kept by hand has too: alone they do not make a file INLISLite's
_COMMON_LABELS = frozenset({"judul", "pengarang", "edisi", "penerbit", "tempat terbit", "tahun terbit", "subjek",
                            "deskripsi fisik", "isbn", "no panggil", "bahasa", "abstrak", "no barcode", "no induk",
                            "kategori", "harga"})
# INLISLite 3.0-3.2's Buku Induk (every column, always): known by three of its own labels at least, as a buku
# induk kept by hand may write "Nomer Induk" too
BUKU_INDUK_LABELS = frozenset({
    "tanggal pengadaan", "nomer induk", "jenis bahan", "bentuk fisik", "judul", "pengarang", "edisi", "tempat terbit",
    "penerbit", "tahun terbit", "deskripsi fisik", "jenis sumber perolehan", "nama sumber perolehan", "kategori",
    "isbn", "issn", "harga"})
_BUKU_INDUK_OWN = frozenset({"nomer induk", "jenis bahan", "bentuk fisik", "jenis sumber perolehan",
                             "nama sumber perolehan", "procurement date", "source type", "physical format",
                             "acquisition resource"})
# ... in English: "Nomer Induk" stays, and "Source Type" names both the worksheet and the source (``_keys``)
BUKU_INDUK_LABELS |= {"procurement date", "source type", "physical format", "title", "author", "edition",
                      "publish location", "publisher", "publish year", "physical description", "acquisition resource",
                      "category", "price"}
# INLISLite 3.0-3.2's Laporan Koleksi -> Periodik, "...-data" (Laporan_Periodik_Data.xls, laporan-koleksi-periodik-
# data.ods): the description in one "Data Bibliografis" cell (``periodik_description``), Indonesian or English
PERIODIK_LABELS = frozenset({
    "nomor induk", "nomer induk", "data bibliografis", "bibliografis", "nomor panggil", "nomer panggil", "call number",
    "tanggal pengadaan", "procurement date", "sumber perolehan", "resource", "jenis bahan", "source type",
    "bentuk fisik", "physical format", "kategori", "category", "jenis akses", "access type", "harga", "price",
    "nomor barcode", "nomer barcode", "barcode number", "nomor rfid", "nomer rfid", "rfid"})
# INLISLite 3.3's copy import template (Eksemplar → Import → download template, ``EksemplarImportController``): the
# sheet a library typed its books into for INLISLite, one copy a row, headed ``JUDUL_UTAMA``, ``NO_INDUK``...
TEMPLATE_LABELS = frozenset({
    "tgl pengadaan", "no induk", "no barcode", "no rfid", "jenis sumber", "nama sumber", "mata uang", "harga",
    "kode lokasi perpustakaan", "kode lokasi ruang", "akses", "kategori", "media", "ketersediaan",
    "nomor panggil eksemplar", "jenis bahan", "judul utama", "anak judul", "pernyataan tanggungjawab",
    "tajuk pengarang", "tajuk pengarang badan kooperasi", "pengarang tambahan nama orang",
    "pengarang tambahan nama badan", "edisi", "kota terbit", "penerbit", "tahun terbit", "jumlah halaman", "dimensi",
    "isbn", "issn", "ismn", "no ddc", "nomor panggil katalog", "abstrak", "bahasa", "subjek topik", "edisi serial",
    "tgl terbit edisi serial", "bahan sertaan serial", "keterangan lain serial"})
_TEMPLATE_OWN = frozenset({"tgl pengadaan", "judul utama", "anak judul", "pernyataan tanggungjawab", "tajuk pengarang",
                           "nomor panggil eksemplar", "nomor panggil katalog", "subjek topik", "kode lokasi ruang"})
# the OPAC export's (a catalogue, whose English labels the English reports of copies share)
_OPAC_LABELS = frozenset({"id", "control number", "bibid", "title", "author", "edition", "publisher", "publish location",
                          "publish year", "subject", "physical description", "isbn", "call number", "languages"})
COPY_ONLY_LABELS = (COPY_LABELS | BUKU_INDUK_LABELS | PERIODIK_LABELS | TEMPLATE_LABELS) - CATALOGUE_LABELS - _OPAC_LABELS
# INLISLite's worksheets (Jenis Bahan) that are books; the others by their GMD names, else "other"
_BOOK_WORKSHEETS = {"monograf", "manuskrip"}
# INLISLite's sources that are none of ours (its others are read by vocabulary.source_code)
OTHER_SOURCES = {"tukar": "other", "tukar menukar": "other", "titipan": "other", "deposit": "other",
                 "terbitan sendiri": "other"}
STATUSES = {"tersedia": "available", "dipinjam": "available", "sedang dipinjam": "available", "rusak": "damaged",
            "hilang": "lost",
            "dalam perbaikan": "in_repair", "perbaikan": "in_repair", "tidak dipinjamkan": "not_for_loan",
            "dilarang dipinjam": "not_for_loan", "baca di tempat": "not_for_loan", "dihapus": "withdrawn",
            "penyiangan": "withdrawn"}
# "Akses" (collectionrules): what a copy on the shelf may do
# (INLISLite's OPAC reads "Tersedia" as an access that lends, as "Dapat dipinjam")
ACCESS = {"dapat dipinjam": "", "tersedia": "", "dapat dipinjamkan": "", "tidak dapat dipinjam": "not_for_loan",
          "referensi": "not_for_loan", "baca di tempat": "not_for_loan", "tidak dipinjamkan": "not_for_loan"}


# what INLISLite's forms hold until a value is chosen ("---Belum ditentukan---", its template's own rows too), and
# the "-" typed for none (a publisher, a place): no value
_UNDECIDED = re.compile(r"-*\s*belum ditentukan\s*-*", re.IGNORECASE)
NOT_KEPT = QT_TRANSLATE_NOOP("Import", "Columns of the INLISLite export with no place here, not imported: {columns}.")
# a copy INLISLite had out on loan: its loan is in INLISLite's loan report, not here (the copy comes in on the shelf)
_OUT = frozenset({"dipinjam", "sedang dipinjam"})
ON_LOAN_THERE = QT_TRANSLATE_NOOP(
    "Import", "{count} copies were out on loan in INLISLite when this report was made (Ketersediaan: Dipinjam); this "
              "report does not say to whom. Import INLISLite's loan report (Laporan Peminjaman) too, with Import & "
              "Export → Import loans (INLISLite, Excel)…, or with pustaka-cli loans-import Laporan_Peminjaman.xlsx. "
              "Until then these books show as on the shelf.")
MAY_END_WITH_EDITION = QT_TRANSLATE_NOOP(
    "Import", "Class number {value}: the last number ({edition}) may be the DDC edition that INLISLite adds to "
              "class numbers it took from MARC; then the class is {suggestion}. Kept as written ({kept}).")


def _label(header: Any) -> str:
    """A header folded, its underscores spaces (the import template's ``NO_INDUK`` is ``No Induk``)."""
    return " ".join(fold(header).replace("_", " ").split())


def recognise(headers: list[str], sheet: str = "") -> bool:
    """True for the header row of an INLISLite catalogue or copy export: its ids (``BIB ID``...), or
    only INLISLite's labels with one of its own among them, or the sheet name INLISLite gives its
    catalogue report (``sheet``, when the caller knows it)."""
    if inlislite_tags.recognise(headers):  # (Export Data Tag: MARC fields, one a row)
        return True
    keys = {HEADERS.get(_label(h)) for h in headers}
    if keys & SIGNATURE or (COPY_SIGNATURE <= keys and "title" in keys and "ddc" in keys):
        return True
    labels = {_label(h) for h in headers if clean(h)} - ROW_NUMBER_HEADERS
    if "bibliographic" in keys and labels <= PERIODIK_LABELS:
        return True
    if "title" in keys and labels <= TEMPLATE_LABELS and len(labels & _TEMPLATE_OWN) >= 3:
        return True
    if "title" in keys and labels <= BUKU_INDUK_LABELS and len(labels & _BUKU_INDUK_OWN) >= 3:
        return True
    if "title" not in keys or not (labels <= CATALOGUE_LABELS or labels <= COPY_LABELS):
        return False
    return bool(labels - _COMMON_LABELS) or fold(sheet) == "laporan katalog"


def _split(value: Any, pattern: str = r"\s*[;\n]\s*") -> list[str]:
    parts = [part.strip(" .") for part in re.split(pattern, clean(value))]
    return list(dict.fromkeys(part for part in parts if part))


# a person's dates as MARC's 100/700 $d writes them: "1925-2006", "1965-", "b. 1925", "ca. 1800", "1925?-"
_DATES = re.compile(r"(?:(?:b|d|fl|ca|lahir|wafat|w)\.?\s*)?\d{3,4}\??\s*[-–]?\s*(?:\d{3,4}\??)?", re.IGNORECASE)


def _relator(piece: str) -> tuple[str, str | None]:
    """The relator words at the end of a piece of a name (MARC $e/$4, lower case: ``penyunting``,
    ``ed.``, ``1967- editor edt``) -> (what is left, the role they name: '' for the author's own, None
    when there are none). A capital "Ed" is a name, not "ed."."""
    words = piece.split()
    role: str | None = None
    while words and words[-1] == words[-1].lower() and words[-1].strip(".()") in ROLE_IN:
        named = ROLE_IN[words.pop().strip(".()")]
        role = named or role or ""
    return " ".join(words).strip(" ."), role


def authors(value: Any) -> list[dict[str, str]]:
    """The ``Pengarang`` cell: names joined by ``;``; a name from MARC carries its dates and relator
    word after commas (``Lestari, Dewi, penyunting.``): those come off, the word becomes the role."""
    out = []
    for name in _split(value):
        parts = [part.strip() for part in name.split(",")]
        role = ""
        while len(parts) > 1:
            rest, relator = _relator(parts[-1].strip(" ."))
            role = role or relator or ""
            if rest and not _DATES.fullmatch(rest):
                if relator is not None:
                    parts[-1] = rest
                break
            parts.pop()
        name = ", ".join(parts).strip(" .,")
        if name:
            out.append({"name": name, "role": role or ("primary" if not out else "additional"), "kind": "person"})
    return out


def _all_authors(values: dict[str, Any]) -> list[dict[str, str]]:
    """``Pengarang``, or the import template's main heading (a person's or a body's) and its added names."""
    out = authors(values.get("authors"))
    for key, kind in (("authors_corporate", "organisation"), ("authors_added", "person"),
                      ("authors_added_corporate", "organisation")):
        for name in authors(values.get(key)):
            if not any(fold(name["name"]) == fold(known["name"]) for known in out):
                kind = "person" if "," in name["name"] else kind  # ("Sari, Maya" typed under the bodies: a person)
                out.append(name | {"kind": kind, "role": "primary" if not out else "additional"})
    return out


def subjects(value: Any) -> list[str]:
    """The ``Subjek`` cell: ``;`` between the form's subjects, `` -- `` between the MARC fields."""
    return _split(value, r"\s*(?:[;\n]| -- )\s*")


# MARC 082 $2, the DDC edition: "23", "22", "23/ind", "23/eng/20230216" (editions 14 and later)
_EDITION = re.compile(r"(?:1[4-9]|[2-9]\d)(?:/[a-z]{2,4}(?:/\d{8})?)?", re.IGNORECASE)
# what else INLISLite writes after $a: $b the item number ("HIR l"), $m, $q the agency ("IdJkN")
_SUBFIELD_WORD = re.compile(r"[A-Z]{1,4}\.?|[a-z]{1,2}\.?|[A-Z][a-z]?[A-Z][A-Za-z]{0,3}")


def _decimals(word: str) -> int:
    return len(word.replace(",", ".").partition(".")[2]) if "." in word.replace(",", ".") else -1


def class_number(cell: Any, call_number: Any, flags: list[Any]) -> str:
    """``Klas DDC`` / ``No. Dewey`` as INLISLite stores it -> the class number, else the cell as written
    (the catalogue's check then flags it). From MARC, INLISLite keeps every 082 subfield with the codes
    turned into spaces (``$a899.2213$223`` -> ``899.2213 23``, ``$a899.2213$bHIR l$223``); from its
    form, $a as typed, with the KDT segmentation space (``899.221 3``). A trailing number that is both
    a segment and an edition (``899.221 23``) is read by the call number, else kept and flagged."""
    text = " ".join(clean(cell).split())
    call_class = classnumber.from_call_number(clean(call_number))
    if not text:
        return call_class
    readings = [_one_082(part.strip(), call_class, flags, text) for part in text.split(";") if part.strip()]
    classes = {getattr(classnumber.parse(reading), "stored", reading) for reading in readings}
    return readings[0] if len(classes) == 1 else text  # several 082 fields that differ: kept as written


def _one_082(text: str, call_class: str, flags: list[Any], cell: str) -> str:
    """One 082 field as INLISLite wrote it: [prefix] $a words (digits), then words of $b/$m/$q/$2."""
    words = text.split()
    first = classnumber.parse(words[0])
    start = 1 if first is not None and first.prefix and not first.number else 0  # "F 899.221 3"
    end = start
    while end < len(words) and (not re.search(r"[A-Za-z]", words[end]) or re.match(r"2X\d", words[end], re.I)):
        end += 1
    rest = words[end:]
    if end == start or not all(_SUBFIELD_WORD.fullmatch(w) or _EDITION.fullmatch(w) for w in rest):
        return text  # not INLISLite's 082: kept as written, the catalogue's check flags it
    written = classnumber.parse(" ".join(words[:end]))
    edition = end - start > 1 and _EDITION.fullmatch(words[end - 1])
    without = classnumber.parse(" ".join(words[:end - 1])) if edition else None
    if without is None or not without.number:
        return written.stored if written is not None and rest else text
    # "899.221 23" may also be a KDT segment after the third decimal: the one reading that stays in doubt
    if written is None or end - start > 2 or _decimals(words[start]) != 3 or call_class == without.stored:
        return without.stored
    if call_class != written.stored:
        flags.append(Flag(reason="ddc", field="ddc", value=cell, template=MAY_END_WITH_EDITION, context="Import",
                          params={"value": cell, "edition": words[end - 1], "suggestion": without.stored,
                                  "kept": written.stored}, suggestion=without.stored))
    return written.stored


def other_ids(values: dict[str, Any]) -> tuple[str, ...]:
    """The ids INLISLite's MARC export gives the record of a report's row (``marc_reader.inlislite_ids`` the other
    way): its Control Number is the MARC 001."""
    control = clean(values.get("control"))
    return (f"marc:{control}",) if control else ()


def inlis_row(values: dict[str, Any], flags: list[Any]) -> tuple[dict[str, Any], list[dict[str, Any]], str]:
    title, gmd = title_without_gmd(clean(values.get("title")))  # ("Peta Jawa [Kartografi]": ISBD's material word)
    rec: dict[str, Any] = split_isbd(title)
    for key in ("subtitle", "responsibility"):  # (the import template's columns of their own)
        rec[key] = rec.get(key) or clean(values.get(key)).strip(" .:;/")
    for key in ("edition", "publisher", "place", "collation"):
        rec[key] = clean(values.get(key)).strip(" .:;,")
    if clean(values.get("dimensions")):  # (the template's pages and size apart: "120 hlm." and "21 cm")
        rec["collation"] = collation(values.get("collation"), values.get("dimensions"))
    rec["notes"] = clean(values.get("notes")).strip()  # (an abstract is sentences: its last full stop is its own)
    rec["year_text"] = clean(values.get("year")).strip(" .")
    rec["isbn"] = parse_isbn(values.get("isbn"))
    rec["language"] = language_code(clean(values.get("language")))
    rec["ddc"] = class_number(values.get("ddc"), values.get("call_number") or values.get("record_call_number"), flags)
    rec["authors"] = _all_authors(values)
    rec["subjects"] = subjects(values.get("subjects"))
    if fold(clean(values.get("opac"))) in ("tidak", "no", "0"):
        rec["hidden"] = True
    rec["issn"] = clean(values.get("issn"))
    material = fold(clean(values.get("material_type")))
    if material:
        rec["material_type"] = "book" if material in _BOOK_WORKSHEETS else material_code(clean(values.get("material_type")))
    elif gmd:  # (as SLiMS's gmd_name: a word none of our types is kept in the record's notes, ``row_checks``)
        rec["material_type"] = material_code(gmd)
    items: list[dict[str, Any]] = []
    barcode, accession = clean(values.get("barcode")), clean(values.get("accession_no"))
    if barcode or accession or values.get("_copy"):
        items.append(copy_of(values, flags))
    source = clean(values.get("bibid")) or clean(values.get("control"))
    return {k: v for k, v in rec.items() if v not in ("", None, [])}, items, f"inlislite:{source}" if source else ""


# the Buku Induk's price: "IDR - 45000", or " - 45000" (the currency the code reads under a name its query does not
# give it is always empty)
_PRICE_WITH_CURRENCY = re.compile(r"([A-Za-z]{3})?\s*-\s*(\d[\d.,]*)")


def _price_and_currency(values: dict[str, Any]) -> tuple[str, str]:
    price, currency = clean(values.get("price")), clean(values.get("currency"))
    joined = _PRICE_WITH_CURRENCY.fullmatch(price)
    if joined:
        return joined.group(2), currency or (joined.group(1) or "")
    return price, currency


def copy_of(values: dict[str, Any], flags: list[Any]) -> dict[str, Any]:
    """One row of Laporan Eksemplar (or of INLISLite 3.0-3.2's Buku Induk) as a copy."""
    barcode, accession = clean(values.get("barcode")), clean(values.get("accession_no"))
    price, currency = _price_and_currency(values)
    since = len(flags)
    source, detail = clean(values.get("source")), clean(values.get("source_detail"))
    # no Jenis Sumber: the fund its Nama Sumber names, else none (the import makes it "other")
    code = OTHER_SOURCES.get(fold(source)) or copy_source(source, detail)
    kept = source_detail(source, detail)  # ("Tukar", "Dana Desa 2019": the words say more than the source)
    item = {"barcode": barcode, "accession_no": accession,
            "call_number": clean(values.get("call_number")) or clean(values.get("record_call_number")),
            "location": clean(values.get("location")), "collection_type": clean(values.get("collection_type")),
            "source": code or "", "source_detail": kept,
            "received_on": soft(parse_date, values.get("received_on"), "Tanggal Pengadaan", flags, "date", "received_on"),
            "price": soft(parse_price, price, "Harga", flags, "price", "price")}
    if not barcode and not accession:
        item["_unnumbered"] = True  # a report without the numbers ticked: a re-import counts, adds nothing
    if code in ("grant", "donation"):
        item["_soft"] = {"source": ("grant", "donation", "other")}  # "Hadiah/Hibah": either, or a better word
    money = other_money(item, price, currency, flags)
    status, access = clean(values.get("status")), clean(values.get("access"))
    if status and fold(status) in STATUSES:
        item["status"] = STATUSES[fold(status)]
    elif status:  # a library's own: its words read ("Hilang di banjir": lost), kept in the remarks
        item["condition_note"] = status
        if status_of_name(status):
            item["status"] = status_of_name(status)
        else:  # (and flagged when they say nothing this program reads)
            item["_status_name"] = status
    if ACCESS.get(fold(access)) and item.get("status", "available") == "available" and "_status_name" not in item:
        item["status"] = ACCESS[fold(access)]
    elif access and ACCESS.get(fold(access)) != "":  # (not the access INLISLite lends by)
        # a copy not to lend whose status says more ("Rusak" beside "Baca di tempat"), or an access of the library's
        # own ("Terbatas", "Hanya di ruang baca"): the access is kept in the remarks, so the copy mended is not lent
        # without a word
        item["condition_note"] = "; ".join(filter(None, [item.get("condition_note", ""), f"Akses: {access}"]))
        if fold(access) not in ACCESS:  # (one of its own may be a copy not to lend: the import flags it once a name)
            item.setdefault("_status_name", f"Akses: {access}")
    item["condition_note"] = "; ".join(filter(None, [item.get("condition_note", ""), money]))
    if ACCESS.get(fold(access), None) == "" or fold(status) in _OUT:
        item["_lent_there"] = True  # (INLISLite lends it: its collection type here should too, ``lent_there``)
    return {k: v for k, v in kept_as_written(item, flags, since).items() if v not in ("", None)}


def _keys(headers: list[str]) -> list[str]:
    """Our key of each column; in the copy report "Status OPAC" is the copy's (collections.IsOPAC), which a
    copy here has no place for: it must not hide the whole record. INLISLite in English heads two columns of
    its Buku Induk "Source Type" (Jenis Bahan, then Jenis Sumber Perolehan): the second is the source."""
    copies = any(_label(h) in COPY_ONLY_LABELS for h in headers)
    keys = [HEADERS.get(_label(h), "") if not (copies and _label(h) == "status opac") else "" for h in headers]
    types = [i for i, h in enumerate(headers) if fold(h) == "source type"]
    if len(types) == 2:
        keys[types[1]] = "source"
    return keys


# INLISLite 3.0-3.2's Periodik "Open-Office-Excel-data" (OpenTBS filling laporan-koleksi-periodik-data.ods): the
# "Data Bibliografis" cell's paragraphs are the title, an empty one, the edition (or serial issue), "place
# publisher year" (the two joined by a space), the subjects and the class number, each there even when empty
_IMPRINT_YEAR = re.compile(r"\s*(\[?[cC]?\d{4}\??\]?\.?|\[?(?:s\.a|t\.th?|n\.d)\.?\]?)$")


def periodik_description(cell: Any, values: dict[str, Any]) -> set[str]:
    """The ``Data Bibliografis`` cell taken apart into ``values`` (title, edition, place, publisher, year,
    subjects, class); returns the fields read by a guess (place and publisher: INLISLite joins them with a
    space), which never replace what the catalogue has (its Buku Induk writes them apart)."""
    lines = [line.strip() for line in clean(cell).split("\n")] + [""] * 6
    values["title"] = lines[0]
    values["edition"] = lines[2]
    imprint = " ".join(lines[3].split())
    year = _IMPRINT_YEAR.search(imprint)
    if year:
        values["year"], imprint = year.group(1), imprint[:year.start()]
    values["place"], values["publisher"] = _place_and_publisher(imprint.strip(" ,.:;"))
    values["subjects"], values["ddc"] = lines[4], lines[5]
    return {"place", "publisher"}


def _place_and_publisher(text: str) -> tuple[str, str]:
    """``Jakarta : Gramedia`` (as MARC brought it) at its colon; ``Jakarta Gramedia Pustaka Utama`` after the longest
    first words that name a place we know (``imprint.is_place``); else all of it is the publisher's."""
    if ":" in text:
        place, _, publisher = text.partition(":")
        return place.strip(" ,"), publisher.strip(" ,")
    words = text.split()
    for size in (3, 2, 1):
        if len(words) > size and imprint.is_place(" ".join(words[:size])):
            return " ".join(words[:size]), " ".join(words[size:])
    return "", text


NO_TITLE_COLUMN = QT_TRANSLATE_NOOP(
    "Errors", "{path} cannot be read as an INLISLite export: its first row has no title column (\"Judul\" or "
              "\"Title\"), only: {columns}.")


PERIODIK_EXCEL = QT_TRANSLATE_NOOP(
    "Errors", "{path} is INLISLite's Periodik report saved with \"Excel-data\": INLISLite writes each copy's barcode "
              "in its \"Nomer Induk\" column there, so the copies' accession numbers (No. Induk) are not in it. In "
              "INLISLite open Laporan Koleksi → Periodik again, show the same data and choose Export → "
              "\"Open-Office-Excel-data\": that file (.ods) has both numbers; import it after the Buku Induk, and "
              "the copies get their barcodes. Nothing was imported.")


SLIMS_EXPORT = {
    "slims-biblio": QT_TRANSLATE_NOOP(
        "Errors", "{path} is SLiMS's bibliography export (its columns are SLiMS's: gmd_name, isbn_issn, authors...), "
                  "not INLISLite's: import it as \"SLiMS bibliography CSV\" (pustaka-cli import slims-biblio). "
                  "Nothing was imported."),
    "slims-item": QT_TRANSLATE_NOOP(
        "Errors", "{path} is SLiMS's item (copies) export (its columns are SLiMS's: item_code, coll_type_name...), "
                  "not INLISLite's: import it as \"SLiMS item (copies) CSV\" (pustaka-cli import slims-item). "
                  "Nothing was imported."),
}


def read(path: str | Path, progress: Progress | None = None, cancel: Cancel | None = None) -> Iterator[Incoming]:
    """The rows of an INLISLite export (xlsx or CSV, told apart by the file itself): any of the columns
    the librarian ticked, as long as the title is one. Without BIB ID a record is matched by its
    description, as the generic import does, so a second import adds nothing. (A SLiMS export chosen as
    INLISLite is refused by ``readers.parse``, naming its format: ``SLIMS_EXPORT``.) The totals row
    and signature block under a report are left out and said, as in any sheet (``sheets.table_rows``)."""
    header_row, headers, rows = sheet_rows(path)
    if inlislite_tags.recognise(headers):
        yield from inlislite_tags.read(path, progress, cancel)
        return
    keys = _keys(headers)
    periodik = "bibliographic" in keys
    if periodik and {"nomer induk", "nomer barcode"} <= {fold(h) for h in headers}:
        raise ValidationError(PERIODIK_EXCEL, path=Path(path).name)
    if "title" not in keys and not periodik:
        raise ValidationError(NO_TITLE_COLUMN, path=Path(path).name,
                              columns=", ".join(f"\"{h}\"" for h in headers if clean(h)) or "-")
    copy_report = any(_label(h) in COPY_ONLY_LABELS for h in headers)
    unread = [h for h, key in zip(headers, keys, strict=True)
              if not key and holds_data(h)]
    if unread:  # said, not dropped without a word
        yield Incoming(0, notice=BadRow(0, NOT_KEPT, {"columns": ", ".join(unread)}))
    size_hint = max(1, Path(path).stat().st_size // 150)
    out_on_loan = 0
    for row in table_rows(filled_rows(rows, header_row + 1, size_hint, progress, cancel)):
        if isinstance(row, BadRow):  # "Total Eksemplar : 4" under the report: no book, said
            yield Incoming(0, notice=row)
            continue
        number, values = row
        picked = {key: None if _UNDECIDED.fullmatch(clean(values[i])) or key != "title" and clean(values[i]) in NOTHING
                  else values[i] for i, key in enumerate(keys) if key and i < len(values)}
        guessed = periodik_description(picked.pop("bibliographic", ""), picked) if periodik else set()
        if not clean(picked.get("title")):
            yield Incoming(number, error=BadRow(number, QT_TRANSLATE_NOOP("Import", "The title is empty.")))
            continue
        if copy_report:
            picked["_copy"] = True  # each row of Laporan Eksemplar is one copy, numbered or not
            out_on_loan += fold(clean(picked.get("status"))) in _OUT
        flags: list[Any] = []
        rec, items, source = inlis_row(picked, flags)
        yield Incoming(number, record=rec, items=items, source_id=source, flags=flags, a_copy=copy_report,
                       guessed=frozenset(guessed), also_known_as=other_ids(picked))
    if out_on_loan:
        yield Incoming(0, notice=BadRow(0, ON_LOAN_THERE, {"count": Count(out_on_loan)}))
