"""The shared vocabulary of imports: what a format module hands the engine (``Incoming`` rows,
``BadRow``/``RowError`` for a row it cannot read), the cleaning and parsing helpers every format uses
(dates have their own module, ``dates``), ``ImportPlan`` (what an import did or a dry run found), the
language names people write, and a streaming line reader.

Direction: format modules (``slims``, ``marc``, ``spreadsheet``, ``slims_members``) import this module;
the engine (``importer``) imports this module and the formats. Nothing here imports a format or the
engine.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..accents import fold
from ..catalog.isbn import normalise_isbn
from ..catalog.records import year_in
from ..catalog.review import Flag
from ..catalog.spelling import fold as old_spelling
from ..errors import ValidationError, render
from ..i18n import QT_TRANSLATE_NOOP
from ..jobs import Cancel, Progress  # noqa: F401  (re-exported: the formats' callbacks, with their vocabulary)
from ..store.files import cannot_read, explain_os_error
from .mojibake import undo_double_utf8

Translate = Callable[[str, str], str]

FORMATS = ("slims-biblio", "slims-item", "slims-sql", "marc", "marcxml", "inlislite", "inlislite-sql", "xlsx", "csv")
# files whose rows are copies of records already in the catalogue (a SLiMS item export, a backup's copies)
COPY_FORMATS = frozenset({"slims-item", "slims-sql-items"})
MAX_BARCODE = 20

# Item statuses (core.catalog owns the list; these are the codes the schema documents).
SOURCES = ("purchase", "grant", "donation", "other")

RECORD_FIELDS = ("title", "subtitle", "responsibility", "edition", "isbn", "issn", "material_type", "publisher",
                 "place", "year_text", "year", "collation", "series", "language", "ddc", "notes", "audience",
                 "authors", "subjects", "slims_id")
ITEM_FIELDS = ("barcode", "accession_no", "call_number", "location", "source", "source_detail", "supplier",
               "order_no", "order_date", "invoice", "invoice_date", "price", "received_on", "status",
               "condition_note")


def _identity(context: str, text: str) -> str:
    return text


# a file a reader cannot handle (an unknown encoding, a damaged zip or gzip...): the whole import is refused
UNREADABLE = QT_TRANSLATE_NOOP("Errors", "{path} could not be read ({error}). Nothing was imported.")
# the disk the file is on went away or failed while it was read (a USB stick pulled out, a damaged sector)
FILE_LOST = QT_TRANSLATE_NOOP(
    "Errors", "{path} could not be read to its end: was the USB stick or disk it is on taken out, or is it damaged? "
              "Nothing was imported, the library is as it was. Copy the file to this computer, then import it "
              "again.")


def unreadable(exc: BaseException, path: str | Path) -> ValidationError:
    """``UNREADABLE`` for a file a reader could not make sense of - unless the reason is the file's place: open
    in Excel, not there, not allowed (said with what to do, not as "(PermissionError)")."""
    held = explain_os_error(exc, path, writing=False, kind=ValidationError) if isinstance(exc, OSError) else None
    return held or ValidationError(UNREADABLE, path=Path(path).name, error=type(exc).__name__)


@contextmanager
def read_to_the_end(path: str | Path) -> Iterator[None]:
    """Reading an import file: the disk failing under it (OSError: a USB stick pulled out half way) refuses the
    file with ``FILE_LOST``, never a traceback; the import's transaction is rolled back, nothing half written."""
    try:
        yield
    except OSError as exc:
        raise (explain_os_error(exc, path, writing=False, kind=ValidationError)
               or ValidationError(FILE_LOST, path=Path(path).name)) from exc


@dataclass
class BadRow:
    """A row that is left out of the import, with why (a translatable template and its values)."""

    row: int
    template: str
    params: dict[str, Any] = field(default_factory=dict)
    context: str = "Import"  # "Errors" for the catalogue's own validation messages
    sheet: str = ""  # the sheet of a workbook of several (the row is numbered in it)

    def where(self, translate: Translate = _identity) -> str:
        """"14"; in a workbook of several sheets "Sheet 2020, row 14", or "Sheet Rekap" (the whole sheet)."""
        if not self.sheet:
            return str(self.row)
        if not self.row:
            return translate("Import", "Sheet {sheet}").format(sheet=self.sheet)
        return translate("Import", "Sheet {sheet}, row {row}").format(sheet=self.sheet, row=self.row)

    def line(self, translate: Translate = _identity) -> str:
        """The report's line: "Row 14: why", or "Sheet 2020, row 14: why" (or only why, of no one row)."""
        if not self.row and not self.sheet:
            return self.message(translate)
        if self.sheet:
            return f"{self.where(translate)}: {self.message(translate)}"
        return translate("Import", "Row {row}: {message}").format(row=self.row, message=self.message(translate))

    def message(self, translate: Translate = _identity) -> str:
        return render(self.context, self.template, self.params, translate)


class RowError(Exception):
    """Raised by a format's field parsers; becomes the row's BadRow."""

    def __init__(self, template: str, **params: Any) -> None:
        super().__init__(template)
        self.template = template
        self.params = params
        self.suggestion = ""  # a correction a person would see at once ("Mar-15": 2015-03-01), for the review list


@dataclass
class Incoming:
    """One row (or MARC record) of a file, as the catalogue would see it."""

    row: int
    record: dict[str, Any] | None = None  # Record fields the file carries; authors/subjects as lists
    items: list[dict[str, Any]] = field(default_factory=list)  # copies; ``collection_type`` as a name
    record_title: str = ""  # a SLiMS item row names its record by title only
    control: str = ""  # MARC 001 (a uid when a Pustaka library wrote the file)
    control_library: str = ""  # MARC 003: the code of the library whose number ``control`` is
    copies: int = 0  # a spreadsheet's "eksemplar" count when it lists no barcodes
    error: BadRow | None = None
    source_id: str = ""  # the record's id in the system it came from (Record.slims_id), e.g. "inlislite:123"
    # the record's other ids in that system: INLISLite numbers a record twice (its Control Number, the MARC 001,
    # and its BIB ID), and its MARC export and catalogue report each give one; a record imported from one file is
    # found again by the other's
    also_known_as: tuple[str, ...] = ()
    flags: list[Any] = field(default_factory=list)  # core.catalog.review.Flag: values kept as written
    cover_file: str = ""  # the file name of the record's cover picture in the source system (SLiMS ``image``)
    sheet: str = ""  # the sheet of a workbook of several that the row is in
    notice: BadRow | None = None  # no row: something the reader says of the file (a column it did not read)
    a_copy: bool = False  # a row of a list of copies (INLISLite's copy report): its record is on other rows too
    # record fields the reader took apart by a guess (INLISLite's "place publisher" in one cell): they never
    # replace what the catalogue has
    guessed: frozenset[str] = frozenset()
    # record fields the reader made from another column (SLiMS's DDC from the call number, its classification left
    # empty): they describe a new record, and never change one here, an empty field neither
    derived: frozenset[str] = frozenset()
    # the record's number in the sheet (our xlsx export's): rows described alike with other numbers are other records
    record_no: str = ""
    # the row's checks (``row_checks.row_checked``), made by the session or by the process that read the row ahead
    # (``read_ahead``: its record then crosses only in them, cleaned, and ``record`` is None)
    checked: Any = None


@dataclass
class ImportPlan:
    """What an import did (or, for a dry run, would do)."""

    format: str
    path: str
    rows: int = 0  # rows (records, lines) read
    copy_rows: int = 0  # of them, rows of a list of copies (INLISLite's copy report): a copy each, not a record
    records_add: int = 0
    records_update: int = 0
    records_skip: int = 0
    items_add: int = 0
    items_update: int = 0
    items_skip: int = 0
    # the second file of a two-file import (import_slims, a backup's copies): copies the first file
    # listed, given their details by this one (new copies, written once: not "updated")
    items_detailed: int = 0
    kept_here: int = 0  # records and copies the file would change where they were changed here (``changed_here``)
    barcodes_given: int = 0  # new copies given a barcode of this library (the file had none): they need labels
    bad: list[BadRow] = field(default_factory=list)  # rows refused whole
    left_out: list[BadRow] = field(default_factory=list)  # copies left out (their record came in)
    notices: list[BadRow] = field(default_factory=list)  # said of the file, not of a row: columns not read
    flags: int = 0  # fields flagged for review
    flagged_rows: int = 0  # rows with at least one flag
    applied: bool = False
    dry_run: bool = False
    origin: str = ""  # how this import names itself in the review list
    to_review: list[Any] | None = None  # what it flagged (review.Entry), when asked for (``importer.import_file``)
    # pictures (import with a pictures folder): (record id, the file the row named), then what came of them
    cover_files: list[tuple[int, str]] = field(default_factory=list)
    covers_named: int = 0  # records whose row names the file of a cover picture (SLiMS's ``image``)
    covers: Any = None  # slims_pictures.PictureReport
    shelf: Any = None  # slims_files.ShelfReport: a SLiMS backup's attached files, with its repository folder

    @property
    def changes(self) -> int:
        return (self.records_add + self.records_update + self.items_add + self.items_update + self.items_detailed
                + (self.covers.attached if self.covers is not None else 0)
                + (self.shelf.attached if self.shelf is not None else 0))

    @property
    def brought_in(self) -> bool:
        """Whether the import was saved with a record or a copy of the file in it (a move-in then goes on)."""
        return self.applied and self.records_in + self.copies_in > 0

    @property
    def copies_in(self) -> int:
        """Copies that came in (added, given their details, updated or already the same)."""
        return self.items_add + self.items_detailed + self.items_update + self.items_skip

    @property
    def lists_copies(self) -> bool:
        """The file is a list of copies (SLiMS's item export, INLISLite's copy report): what came in is said in
        copies, not in records (its rows of one book are its copies, not rows "joined" into one record)."""
        return self.format in COPY_FORMATS or (self.rows > 0 and self.copy_rows == self.rows)

    @property
    def records_in(self) -> int:
        """Records that came in (added, updated or already the same)."""
        return self.records_add + self.records_update + self.records_skip

    def summary(self) -> dict[str, Any]:
        """Its figures, for --json and the audit log: counts and codes only. The notices are sentences, which
        the caller adds in the user's language (``notice.line(translate)``): here they came out in English."""
        return {
            "format": self.format, "file": self.path, "rows": self.rows, "applied": self.applied,
            "dry_run": self.dry_run,
            "records": {"add": self.records_add, "update": self.records_update, "skip": self.records_skip},
            "copies": {"add": self.items_add, "update": self.items_update, "skip": self.items_skip,
                       "detailed": self.items_detailed, "new_barcodes": self.barcodes_given},
            "kept_here": self.kept_here,
            "bad_rows": len(self.bad), "copies_left_out": len(self.left_out), "flagged_rows": self.flagged_rows,
            "flags": self.flags, "covers": self.covers.summary() if self.covers is not None else None,
            "digital_shelf": self.shelf.summary() if self.shelf is not None else None,
        }


class _AnyValue:
    """A copy's ``_soft`` values (the file's value is vaguer than these, so a copy in the catalogue keeps
    its own) when that is any value at all: the file's value only fills an empty field."""

    def __contains__(self, value: object) -> bool:
        return value not in ("", None)

    def __reduce__(self) -> str:
        return "ANY_VALUE"  # (one of it: a row read in a second process, ``read_ahead``, still holds this one)


ANY_VALUE = _AnyValue()


class _EveryValue:
    """A copy's ``_soft`` values when the file's value is only for a new copy: a copy in the catalogue keeps its
    own, an empty one too (a call number left empty follows its record's)."""

    def __contains__(self, value: object) -> bool:
        return True

    def __reduce__(self) -> str:
        return "EVERY_VALUE"  # (as ANY_VALUE: one of it, across ``read_ahead``'s second process too)


EVERY_VALUE = _EveryValue()


def soft(parser: Callable[[Any, str], Any], value: Any, column: str, flags: list[Any], reason: str,
         field: str = "") -> Any:
    """``parser(value, column)``, or None with a review flag when the value cannot be read (a date or
    price a copy can live without: the copy still comes in, the value as written is in the flag).
    ``field``: the copy's field it was for, which a fix on the review list writes; ``kept_as_written`` then
    keeps the value in the copy's note too."""
    if value is None or value == "":
        return None
    try:
        return parser(value, column)
    except RowError as exc:
        flags.append(Flag(reason=reason, field=field, value=clean(value), template=exc.template, params=exc.params,
                          context="Import", suggestion=exc.suggestion if field else ""))
        return None


# A copy's value that could not be read is kept in its note under these words ("Harga tertulis: gratis"),
# in the library's language like the other words importers write into notes ("Tahun pengadaan 2019")
WRITTEN_AS = {"price": "Harga tertulis", "received_on": "Tanggal terima tertulis",
              "order_date": "Tanggal pesan tertulis", "invoice_date": "Tanggal faktur tertulis"}


def kept_as_written(item: dict[str, Any], flags: list[Any], since: int) -> dict[str, Any]:
    """The flags raised while reading ``item`` (``flags[since:]``) become the copy's own (``_flags``: the
    import writes them against this copy, not the row's first), and each price or date that could not be
    read is kept for the copy's note as written (``_written``; ``with_written`` adds it). The review flag only
    says what to check, and it closes when the librarian keeps the value (and never leaves this PC): the
    note stays with the copy, on its form and in the catalogue."""
    own = flags[since:]
    del flags[since:]
    lines = [f"{WRITTEN_AS[flag.field]}: {flag.value}" for flag in own
             if getattr(flag, "field", "") in WRITTEN_AS and item.get(flag.field) in (None, "") and flag.value]
    if lines:
        item["_written"] = lines
    if own:
        item.setdefault("_flags", []).extend(own)
    return item


def with_written(note: str | None, written: list[str]) -> str:
    """A copy's note with the values kept as written added (each once: a second import of the same file, a
    note that says it already), after what it says: nothing the librarian wrote in it is replaced."""
    note = note or ""
    return "; ".join(filter(None, [note, *(line for line in written if line not in note)]))


def note_written(fields: dict[str, Any], note_now: Any = "") -> None:
    """``fields`` of a copy with the values ``kept_as_written`` kept (``_written``) moved into its note: the note
    the fields give, else ``note_now`` (the one the copy has or will have), with them added (``with_written``)."""
    if "_written" in fields:
        fields["condition_note"] = with_written(fields.get("condition_note") or note_now, fields.pop("_written"))


def with_note(notes: Any, line: str) -> str:
    """A record's notes with ``line`` on a line of its own, once (a second import of the same file adds nothing):
    what the file or the librarian wrote stays as it is."""
    notes = str(notes or "")
    return notes if line in notes else "\n".join(filter(None, [notes, line]))


# --- small parsers shared by the formats -----------------------------------------------------------


# Excel's "Unicode Text" (tab-separated UTF-16 with a BOM): how Arabic and Javanese script survive a
# save from an Excel whose "CSV" would write them in the Windows code page as question marks
UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
UTF8_BOM = b"\xef\xbb\xbf"  # what Notepad and other Windows tools put in front of UTF-8


def windows_text(data: bytes) -> str:
    """Bytes of the Windows code page (a file or a field that is not UTF-8); Latin-1 for the five bytes
    the code page leaves undefined."""
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def read_text(path: str | Path) -> str:
    """A text file's contents: UTF-16 with a BOM, UTF-8 (a BOM is tolerated), else Windows-1252, else
    Latin-1."""
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise cannot_read(exc, path) from exc
    if data[:2] in UTF16_BOMS:
        return data.decode("utf-16", errors="replace")
    if b"\x00" in data[:4096]:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "{path} is not a text (CSV) file. Check that you chose the right file and format."),
            path=Path(path).name)
    data = data.removeprefix(UTF8_BOM)
    try:
        return "\n".join(map(undo_double_utf8, data.decode("utf-8").split("\n")))  # (an old SLiMS's, mended)
    except UnicodeDecodeError:
        return windows_text(data)


def clean(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def parse_year(text: str) -> int | None:
    """The year of a publication-year cell (``catalog.records.year_in``), None when it has none or an
    impossible one (the record's own check flags it)."""
    year = year_in(clean(text))
    return year if year is not None and 1000 <= year <= 2099 else None


def parse_isbn(text: str) -> str:
    """ISBN-13 digits for a valid ISBN, also one written among other words (``ISBN 978...``,
    ``978... (pbk.)``, ``978...:Rp50.000``, two ISBNs joined by ``;``: the first valid one). Otherwise
    the number as written without the words around it, or the text as written when no number looks
    like an ISBN (the catalogue's check flags it for review: a wrong check digit printed in a book is
    common, and the record still comes in)."""
    text = clean(text)
    if not text:
        return ""
    try:
        return normalise_isbn(text.replace("-", "").replace(" ", "") if len(text) <= 17 else text)
    except ValidationError:
        pass
    candidates = _ISBN_IN_TEXT.findall(text)
    for candidate in candidates:
        try:
            return normalise_isbn(re.sub(r"[\s-]", "", candidate))
        except ValidationError:
            continue
    return candidates[0] if len(candidates) == 1 else text


# an ISBN-13 (978/979 and ten more) or an ISBN-10 inside other words, groups split by spaces or hyphens
_ISBN_IN_TEXT = re.compile(r"(?<![\dXx])(?:97[89][\s-]?)?\d(?:[\s-]?\d){8}[\s-]?[\dXx](?![\dXx])")


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


_ISSN = re.compile(r"^\d{4}-?\d{3}[\dXx]$")


def split_isbn_issn(text: str) -> dict[str, str]:
    """SLiMS keeps ISBN and ISSN in one column: an 8-character code with a hyphen is an ISSN."""
    text = clean(text)
    if not text:
        return {}
    if _ISSN.match(text) and len(text.replace("-", "")) == 8:
        return {"issn": text.upper() if "-" in text else f"{text[:4]}-{text[4:]}".upper()}
    return {"isbn": parse_isbn(text)}


# words a hand-kept sheet's header shortens or spells its own way, and the word they stand for; "(Rp)"
# says nothing of which column it is
_HEADER_WORDS = {"no": "nomor", "nmr": "nomor", "tgl": "tanggal", "tmp": "tempat", "tpt": "tempat", "thn": "tahun",
                 "th": "tahun", "jml": "jumlah", "jmlh": "jumlah", "jns": "jenis", "telp": "telepon", "tlp": "telepon",
                 "ortu": "orang tua", "eks": "eksemplar", "eksp": "eksemplar", "exp": "eksemplar",
                 "subyek": "subjek", "hal": "halaman", "rp": ""}
# a trailing "Buku" names no column ("No. Induk Buku", "Jumlah Buku", "Sumber Buku"), unless the word
# before it says nothing alone ("Jenis Buku", "Kode Buku", "Nomor Buku")
_NOT_WITHOUT_BUKU = frozenset({"jenis", "kode", "nomor", "nama"})


def header_key(text: str) -> str:
    """A column header as a key: ``fold`` with the usual short forms spelled out (``Tgl.`` = ``Tanggal``,
    ``Jml`` = ``Jumlah``, ``E-mail`` = ``Email``) and ``(Rp)`` dropped."""
    words = fold(text).replace("e mail", "email").split()
    return " ".join(word for word in (_HEADER_WORDS.get(w, w) for w in words) if word)


def header_keys(text: str) -> list[str]:
    """The keys to look a header up by, best first: the whole header, without a trailing "Buku", the
    words before a bracket, then each side of a "/" ("Pengarang/Penulis", "NIK/No. KTP")."""
    parts = [text, str(text).split("(")[0], *(str(text).split("/") if "/" in str(text) else [])]
    keys: list[str] = []
    for part in parts:
        key = header_key(part)
        bare = key.removesuffix(" buku")
        for candidate in (key, bare if bare != key and bare not in _NOT_WITHOUT_BUKU else ""):
            if candidate and candidate not in keys:
                keys.append(candidate)
    return keys


def first_author(authors: list[dict[str, str]] | None) -> str:
    return authors[0]["name"] if authors else ""


# --- languages ------------------------------------------------------------------------------------

# ISO 639-2/B code <-> the Indonesian names SLiMS and INLISLite list (SLiMS writes the name in MARC 041)
LANGUAGE_NAMES = {"ind": "Indonesia", "eng": "Inggris", "ara": "Arab", "jav": "Jawa", "sun": "Sunda",
                  "may": "Melayu", "mad": "Madura", "ban": "Bali", "bug": "Bugis", "min": "Minangkabau",
                  "btk": "Batak", "ace": "Aceh", "bjn": "Banjar", "sas": "Sasak", "mak": "Makassar",
                  "chi": "Mandarin", "jpn": "Jepang", "kor": "Korea", "dut": "Belanda", "ger": "Jerman",
                  "fre": "Prancis", "spa": "Spanyol", "rus": "Rusia", "lat": "Latin", "hin": "Hindi",
                  "urd": "Urdu", "per": "Persia", "tur": "Turki", "tha": "Thai", "vie": "Vietnam"}
_LANGUAGE_IN = {
    "indonesia": "ind", "bahasa indonesia": "ind", "b indonesia": "ind", "indonesian": "ind", "id": "ind",
    "in": "ind", "inggris": "eng", "bahasa inggris": "eng", "b inggris": "eng", "english": "eng", "en": "eng",
    "arab": "ara", "bahasa arab": "ara", "arabic": "ara", "ar": "ara", "jawa": "jav", "bahasa jawa": "jav",
    "javanese": "jav", "jv": "jav", "sunda": "sun", "bahasa sunda": "sun", "sundanese": "sun", "su": "sun",
    "melayu": "may", "bahasa melayu": "may", "malay": "may", "ms": "may", "msa": "may", "madura": "mad",
    "madurese": "mad", "bali": "ban", "balinese": "ban", "bugis": "bug", "buginese": "bug", "minangkabau": "min",
    "minang": "min", "batak": "btk", "aceh": "ace", "acehnese": "ace", "banjar": "bjn", "sasak": "sas",
    "makassar": "mak", "mandarin": "chi", "cina": "chi", "china": "chi", "tionghoa": "chi", "chinese": "chi",
    "zh": "chi", "zho": "chi", "jepang": "jpn", "japanese": "jpn", "ja": "jpn", "korea": "kor", "korean": "kor",
    "belanda": "dut", "dutch": "dut", "nl": "dut", "nld": "dut", "jerman": "ger", "german": "ger", "de": "ger",
    "deu": "ger", "prancis": "fre", "perancis": "fre", "french": "fre", "fr": "fre", "fra": "fre",
    "spanyol": "spa", "spanish": "spa", "es": "spa", "rusia": "rus", "russian": "rus", "latin": "lat",
    "hindi": "hin", "urdu": "urd", "persia": "per", "parsi": "per", "persian": "per", "fas": "per",
    "turki": "tur", "turkish": "tur", "thai": "tha", "vietnam": "vie", "vietnamese": "vie", "inggeris": "eng",
    "jawa kuno": "kaw", "kawi": "kaw",
}
# the names as the spelling before 1972 wrote them, on old books and in catalogues typed from them: Djawa, Soenda,
# Melajoe, Tjina, Djepang, Atjeh (``spelling.fold`` gives the old and today's spelling one key)
_LANGUAGE_OLD = {old_spelling(name): code for name, code in _LANGUAGE_IN.items()}
_CODES = set(LANGUAGE_NAMES) | {"und", "mul", "zxx"}


def language_code(text: str) -> str:
    """A language as people and systems write it -> an ISO 639-2/B code: a code (``ind``, ``IND``), a
    name in Indonesian or English (``Bahasa Indonesia``, ``Inggris``, ``Arabic``), or a run of codes
    as older MARC records write several languages (``engund``, ``indeng``: the first that says
    something). An unknown value is returned as written: the catalogue keeps it and flags it."""
    text = clean(text)
    if not text:
        return ""
    key = fold(text)
    if key in _LANGUAGE_IN:
        return _LANGUAGE_IN[key]
    compact = key.replace(" ", "")
    if len(compact) == 3 and compact.isascii() and compact.isalpha():
        return compact
    if len(compact) % 3 == 0 and compact.isascii() and compact.isalpha():
        codes = [compact[i:i + 3] for i in range(0, len(compact), 3)]
        if all(code in _CODES or code in _LANGUAGE_IN.values() for code in codes):
            real = [code for code in codes if code not in ("und", "mul", "zxx")]
            return real[0] if real else codes[0]
    # "Indonesia; Inggris", "Indonesia/Arab", "Bhs. Indonesia", "Basa Jawa": split before folding (folding drops
    # the marks), then each part with "bahasa" as people shorten it (Bhs., B., Basa in Javanese) taken off
    for part in re.split(r"[;,/&+]| - | dan | and ", text.lower()):
        part = _LANGUAGE_WORD.sub("", fold(part))
        if part in _LANGUAGE_IN:
            return _LANGUAGE_IN[part]
        if len(part) > 3 and old_spelling(part) in _LANGUAGE_OLD:  # (not a two-letter code: "ja" is no "ya")
            return _LANGUAGE_OLD[old_spelling(part)]
    return text


_LANGUAGE_WORD = re.compile(r"^(bahasa|bhs|bhsa|bah|basa|b)\s+")


# --- reading text files line by line ----------------------------------------------------------------


def _encoding(path: Path) -> str:
    """UTF-8 when the whole file decodes as UTF-8 (checked in blocks, nothing kept), else Windows-1252."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        with path.open("rb") as handle:
            while True:
                block = handle.read(1 << 20)
                if not block:
                    decoder.decode(b"", final=True)
                    return "utf-8-sig"
                decoder.decode(block)
    except UnicodeDecodeError:
        return "cp1252"


def text_lines(path: str | Path) -> tuple[int, Iterator[str]]:
    """(file size, the lines of a text file without their line ends), read as it goes: UTF-16 with a
    BOM (Excel's "Unicode Text"), UTF-8 (a BOM is tolerated), else Windows-1252 (a CSV saved by an
    old Excel). A binary file is refused."""
    path = Path(path)
    try:
        with path.open("rb") as handle:
            head = handle.read(4096)
        size = path.stat().st_size
    except OSError as exc:
        raise cannot_read(exc, path) from exc
    if head[:2] in UTF16_BOMS:
        encoding = "utf-16"
    elif b"\x00" in head:
        raise ValidationError(QT_TRANSLATE_NOOP(
            "Errors", "{path} is not a text (CSV) file. Check that you chose the right file and format."),
            path=path.name)
    else:
        encoding = _encoding(path)

    def lines() -> Iterator[str]:
        # universal newlines: LF, CR LF, and CR alone (SLiMS's "carriage return" record separator)
        with path.open(encoding=encoding, errors="replace") as handle:
            if encoding == "cp1252":
                for line in handle:
                    yield line.rstrip("\n")
            else:  # UTF-8: a line an old SLiMS stored twice as UTF-8 is mended (``mojibake``)
                for line in handle:
                    yield undo_double_utf8(line.rstrip("\n"))

    return size, lines()
