"""Which of our fields a spreadsheet's column is, by its header: the headers Indonesian and English sheets write
(judul/title, pengarang/author, no. induk, eksemplar...; a hand-kept buku induk's, INLISLite's, our own export's
field names), matched as ``types.header_keys`` reads them ("Tgl." = "Tanggal", "(Rp)" and a trailing "Buku" aside,
either side of a "/"). ``guess_mapping`` guesses; the librarian corrects the guess in the wizard or with ``--map``
(``parse_mapping``). Two columns may share a field only where it lists several values (``JOINABLE``); any other field
given to two columns is refused (``clashes``). ``spreadsheet`` reads the sheets with the mapping."""

from __future__ import annotations

import re

from ..errors import ValidationError
from ..i18n import QT_TRANSLATE_NOOP, indonesian
from . import source_marks
from .catalogue_row import FIELDS
from .types import header_key, header_keys

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "title": ("judul", "title", "judul buku", "nama buku", "judul utama"),
    "subtitle": ("anak judul", "sub judul", "subjudul", "subtitle", "judul tambahan"),
    "authors": ("pengarang", "penulis", "author", "authors", "pengarang utama", "nama pengarang", "creator"),
    "responsibility": ("pernyataan tanggung jawab", "statement of responsibility", "sor", "tanggung jawab"),
    "edition": ("edisi", "cetakan", "edition", "edisi cetakan"),
    "isbn": ("isbn", "no isbn", "nomor isbn", "isbn issn", "isbn 13", "isbn13"),
    "issn": ("issn",),
    # (the area "Kota : Penerbit, Tahun" as the KDT and INLISLite's form name it: taken apart as a publisher cell is)
    "publisher": ("penerbit", "publisher", "nama penerbit", "penerbitan", "impresum", "imprint"),
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
    "source_detail": ("rincian sumber", "source detail", "keterangan sumber"),
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
_SYNONYMS["translators"] = ("penerjemah", "penterjemah", "alih bahasa", "diterjemahkan oleh", "translator",
                            "translators", "translated by")
_SYNONYMS["editors"] = ("penyunting", "disunting oleh", "editor", "editors", "edited by")
# the volume of a work in several ("Jilid 2", "Vol. III", "Juz 30"): part of its title, so that each volume is a book
_SYNONYMS["volume"] = ("jilid", "jld", "jilid ke", "no jilid", "nomor jilid", "volume", "vol", "juz", "juz ke")
# "Eks. ke" 1, 2, 3: which copy of its title a row of a buku induk is (not how many: that is "Jumlah")
_SYNONYMS["copy_ordinal"] = ("eksemplar ke", "eksemplar yang ke", "copy no", "copy number")
# who gave the copy: a gift, the donor kept with it (the impact sheet counts donated books)
_SYNONYMS["donor"] = ("donatur", "nama donatur", "penyumbang", "nama penyumbang", "pemberi", "sumbangan dari",
                      "hadiah dari", "bantuan dari", "donor", "donated by", "given by")
# more spellings: a class "Klasifikasi DDC", a summary "Sinopsis", key words, a call number's "Kode Panggil"
_SYNONYMS["ddc"] += ("klasifikasi ddc", "kelas ddc")
_SYNONYMS["notes"] += ("sinopsis", "ringkasan", "ringkasan isi")
_SYNONYMS["subjects"] += ("kata kunci",)
_SYNONYMS["call_number"] += ("kode panggil",)
_SYNONYMS["ddc"] += ("kode klas", "kode klasifikasi")
_SYNONYMS["edition"] += ("cetakan ke", "cet")
_SYNONYMS["source"] += ("asal usul", "asal perolehan", "sumber pengadaan")
_SYNONYMS["received_on"] += ("tanggal penerimaan", "tanggal pencatatan", "tanggal pembukuan")
_SYNONYMS["price"] += ("harga satuan", "harga per eksemplar")
_SYNONYMS["location"] += ("no rak", "nomor rak", "kode rak")
_SYNONYMS["ddc"] += ("no ddc", "nomor ddc", "kode ddc", "nomor klas", "notasi", "notasi ddc")
_SYNONYMS["received_on"] += ("tanggal perolehan", "tanggal pembelian")
# "No. Register" beside "No. Reg", "No. Inv."; the state of a copy as "Keadaan (Buku)"; a count "Banyaknya"
_SYNONYMS["accession_no"] += ("no register", "nomor register", "no inv", "nomor inv")
_SYNONYMS["condition_note"] += ("keadaan",)
_SYNONYMS["copies"] += ("banyaknya", "banyak")
_SYNONYMS["acquired_year"] = ("tahun pengadaan", "tahun perolehan", "tahun penerimaan", "tahun masuk")
# the columns our export has besides (English and Indonesian labels) and what people call them
_SYNONYMS["class_other"] = ("other classification", "klasifikasi lain", "klas lain", "kelas lain")
_SYNONYMS["hidden"] = ("hidden", "hidden from patrons", "tersembunyi", "tersembunyi dari pemustaka", "disembunyikan")
_SYNONYMS["order_no"] = ("order number", "order no", "no pesanan", "nomor pesanan", "no order", "no po")
_SYNONYMS["order_date"] = ("order date", "tanggal pesanan", "tanggal pesan", "tanggal order", "tanggal po")
_SYNONYMS["invoice"] = ("invoice", "no invoice", "invoice number", "faktur", "no faktur", "nomor faktur", "no kuitansi",
                        "kuitansi")
_SYNONYMS["invoice_date"] = ("invoice date", "tanggal faktur", "tanggal invoice", "tanggal kuitansi")
# the year bought, the shop and its receipt as a buku induk of purchases writes them ("kwitansi" as often as "kuitansi")
_SYNONYMS["acquired_year"] += ("tahun beli", "tahun pembelian", "tahun anggaran")
_SYNONYMS["supplier"] += ("penyedia", "nama toko", "toko buku")
_SYNONYMS["invoice"] += ("kwitansi", "no kwitansi", "nomor kwitansi", "nomor kuitansi")
_SYNONYMS["invoice_date"] += ("tanggal kwitansi",)
# one column of both, the title as a KDT writes it with its authors after " / " ("Judul/Pengarang")
_SYNONYMS["title_authors"] = ("judul pengarang", "judul dan pengarang", "judul & pengarang", "title author",
                              "title and author", "judul penulis")
# SLiMS's Reporting → Titles List in Indonesian heads its count of copies "Salin" (its translation of "Copies")
_SYNONYMS["copies"] += ("salin",)
_SYNONYMS["record_no"] = ("record number", "nomor cantuman", "no cantuman")
# short and local spellings of hand-kept sheets: "Bhs", "Barkod", a room for a shelf, the readers' school level
_SYNONYMS["language"] += ("bhs",)
_SYNONYMS["barcode"] += ("barkod", "no barkod", "kode barkod")
_SYNONYMS["location"] += ("ruang", "ruangan")
_SYNONYMS["audience"] += ("pembaca", "jenjang", "jenjang pembaca", "usia pembaca")
# the size of a hand-kept sheet's books beside their pages ("Halaman" | "Ukuran"): joined to the collation
_SYNONYMS["dimensions"] = ("ukuran", "dimensi", "ukuran cm", "tinggi cm", "tinggi", "size", "dimensions")
_GUESS = {header_key(name): target for target, names in _SYNONYMS.items() for name in names}
# our own field names as headers (call_number, accession_no, received_on...), as our export and people write them
_GUESS |= {header_key(name): name for name in FIELDS} | {name: name for name in FIELDS}
# and our export's headers, in English and as the app's translation writes them: our own file is always read back
_GUESS |= {header_key(label): name for name, label in FIELDS.items()}
_GUESS |= {header_key(indonesian("Spreadsheet", label)): name for name, label in FIELDS.items()}


# fields several columns may fill, joined by "; " (a buku induk's "Kondisi" and "Keterangan" are both the copy's
# remarks: "Rusak; sampul sobek"); any other field is taken by one column
JOINED = frozenset({"condition_note", "notes"})
# and, when the librarian chooses so, the fields that list several values apart at "; ": "Pengarang 1" and
# "Pengarang 2" are two authors, "Subjek 1" and "Subjek 2" two subjects (a guess never joins them: "Pengarang"
# and "Pengarang Utama" side by side would name the same person twice)
JOINABLE = JOINED | {"authors", "subjects"}


# a column numbered after a field several columns may list ("Pengarang 1", "Pengarang 2", "Subjek ke-3")
_NUMBERED = re.compile(r"(.+?) (?:ke )?\d{1,2}")


def _numbered(header: str) -> str | None:
    """The field of a numbered column of authors or subjects: each such column is one more (joined, not a guess
    that two differently named columns mean the same)."""
    found = _NUMBERED.fullmatch(header_key(header))
    target = _GUESS.get(found.group(1)) if found else None
    return target if target in ("authors", "subjects") else None


def guess_mapping(headers: list[str]) -> dict[str, str]:
    """{header: field} for the headers we recognise (each field taken by its first column, but ``JOINED`` and the
    numbered columns of authors or subjects)."""
    out: dict[str, str] = {}
    taken: set[str] = set()
    for header in headers:
        target = next((_GUESS[key] for key in header_keys(header) if key in _GUESS), None)
        numbered = _numbered(header) if target is None else None
        target = target or numbered
        if target and (target not in taken or target in JOINED or numbered):
            out[header] = target
            taken.add(target)
    marks = source_marks.columns(headers).values()  # "Asal Buku" over "Beli | Hibah | Sumbangan": each the source
    if "source" not in taken and not any(header in out for header in marks):  # (by its mark; "Dana" is the fund's)
        out |= dict.fromkeys(marks, "source")
    return out


def sharing(mapping: dict[str, str]) -> dict[str, list[str]]:
    """{field: its columns} of each field that ``mapping`` gives to more than one column."""
    columns: dict[str, list[str]] = {}
    for column, target in mapping.items():
        if target:
            columns.setdefault(target, []).append(column)
    return {target: named for target, named in columns.items() if len(named) > 1}


def clashes(mapping: dict[str, str]) -> dict[str, list[str]]:
    """{field: its columns} of each field that takes one column but ``mapping`` gives to several: all but one
    column's values would be lost (``JOINABLE`` fields join theirs instead)."""
    return {target: named for target, named in sharing(mapping).items()
            if target not in JOINABLE and not (target == "source" and source_marks.is_group(named))}


SHARED_FIELD = QT_TRANSLATE_NOOP(
    "Errors", "The columns {columns} are all given the field {target}, which takes one column: the values of all but "
              "one would be lost. Give one of them another field, or leave it out.")


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
